"""Qt-free presentation logic: what the window shows, computed without a window.

Why a package of its own: these helpers (bidi isolation, event labels and
tooltips, axis ticks, the timeline's sorted arrays, the snapshot the loader
builds in its worker, the observable view state) are pure Python, so they run
in worker threads, in the headless CLI and in tests without PySide6.  The
import-linter contract in ``pyproject.toml`` forbids Qt everywhere except
``viewer.ui``; ``viewer.ui`` adapts these to widgets.
"""
