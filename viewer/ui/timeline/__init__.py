"""Right-to-left timeline widget (earliest event at the right edge).

Public API: :class:`TimelineView` (see its docstrings). ``demo.render_demo_png``
renders it with synthetic events for eyeballing and benchmarks.
"""

from ._none_guard import immortalize_none

# PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call;
# see _none_guard.  Must run before any painting.
immortalize_none()

from .view import TimelineView  # noqa: E402

__all__ = ["TimelineView"]
