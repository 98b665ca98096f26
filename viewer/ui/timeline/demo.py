"""A one-call PNG render of the timeline with synthetic events, for eyeballing
(the events themselves: :mod:`viewer.bench.synthevents`, Qt-free).

    python -c "from viewer.ui.timeline.demo import render_demo_png as r; r('/tmp/t.png', 20)"
"""

from __future__ import annotations

import os

from viewer.bench.synthevents import TOPIC_COLORS, seed_like_events, synthetic_events

__all__ = ["TOPIC_COLORS", "render_demo_png", "seed_like_events", "synthetic_events"]


def _ensure_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        app.setLayoutDirection(Qt.RightToLeft)
    return app


def render_demo_png(
    path,
    n_events: int = 20,
    width: int = 1400,
    height: int = 560,
    lang: str = "ar",
    eastern: bool = False,
    zoom: float | None = None,
) -> str:
    """Render the widget with synthetic events to ``path`` (PNG); returns the path.

    ``n_events <= 20`` uses seed-like events (padded with synthetic ones);
    ``zoom`` (>1) zooms in around the centre before rendering.
    """
    _ensure_app()
    from .view import TimelineView

    events = seed_like_events()
    if n_events > len(events):
        events += synthetic_events(n_events - len(events), start_year=1950 if n_events <= 20 else 1945)
    else:
        events = events[:n_events]
    view = TimelineView()
    view.resize(width, height)
    view.set_language(lang)
    view.set_eastern_digits(eastern)
    view.set_events(events, TOPIC_COLORS)
    view.fit_all()
    if zoom:
        view.zoom_by(zoom)
    img = view.viewport().grab()
    img.save(str(path), "PNG")
    return str(path)
