"""Right-to-left timeline widget (earliest event at the right edge).

Public API: :class:`TimelineView` (see its docstrings). ``demo.render_demo_png``
renders it with synthetic events for eyeballing; ``demo.synthetic_events(n)``
is the deterministic, Qt-free data for benchmarks.

Timing one frame (benchmark)::

    view.resize(1400, 600); view.set_events(demo.synthetic_events(100_000), demo.TOPIC_COLORS)
    view.fit_all(); view.zoom_by(200)          # pick a zoom level
    ms = view.render_frame_for_bench()        # layout + paint into a QImage, in ms
    # equivalently: t = perf_counter(); view.viewport().grab(); ...

Pan between frames (``view.pan_by_pixels(5)``) so each frame re-lays out, as
it does on screen.  ``view.display_mode()`` tells "detail" from "aggregate".
"""

from .view import TimelineView

__all__ = ["TimelineView"]
