"""Right-to-left timeline widget (earliest event at the right edge).

Public API: :class:`TimelineView` (see its docstrings). ``demo.render_demo_png``
renders it with synthetic events for eyeballing and benchmarks.
"""

from .view import TimelineView

__all__ = ["TimelineView"]
