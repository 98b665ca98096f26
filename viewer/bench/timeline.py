"""Timeline benchmark child: ``python -m viewer.bench.timeline N [--frames K]``.

Builds ``N`` synthetic events (``viewer.ui.timeline.demo.synthetic_events``: deterministic;
days, months, years, ranges, fuzzy, unresolved and placeholder events), renders ``viewer.ui.timeline.
TimelineView`` offscreen and prints one JSON line: ``set_events`` time, paint
time per frame (median and p95) at three zoom levels — fit-all, a ~1-year and a
~1-month window — where every frame is a 1-pixel pan followed by
``viewport().grab()`` (so the layout is really recomputed), the time to apply a
topic filter (``set_visible``) and peak memory (``VmHWM``/``ru_maxrss``: total,
Qt baseline, the events themselves and what the view adds).  Run in its own
process so Qt stays out of the benchmark driver and memory is per size.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from datetime import date, timedelta


def _maxrss_mb() -> float:
    """Peak resident memory of this process.  On Linux ``VmHWM`` (``ru_maxrss`` keeps the
    parent's high-water mark across fork/exec, so a child of a big process would report it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / (1024 * 1024)


def _stats(ms: list[float]) -> dict[str, float]:
    s = sorted(ms)
    p95 = s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]
    return {"median_ms": statistics.median(s), "p95_ms": p95, "first_ms": ms[0] if ms else 0.0}


def measure(n: int, frames: int = 20, width: int = 1600, height: int = 600) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from viewer.bench.synthevents import TOPIC_COLORS, synthetic_events
    from viewer.ui.timeline import TimelineView

    app = QApplication.instance() or QApplication([])
    rss_start = _maxrss_mb()
    events, colors = synthetic_events(n), TOPIC_COLORS
    rss_base = _maxrss_mb()
    view = TimelineView()
    view.resize(width, height)
    view.show()
    app.processEvents()

    t = time.perf_counter()
    view.set_events(events, colors)
    build_ms = (time.perf_counter() - t) * 1000
    app.processEvents()

    def frames_at(setup) -> dict[str, float]:
        setup()
        app.processEvents()
        ms = []
        step = 1
        for _ in range(frames):
            view.pan_by_pixels(step)
            step = -step
            t = time.perf_counter()
            view.viewport().grab()
            ms.append((time.perf_counter() - t) * 1000)
        return _stats(ms)

    center = date(2012, 6, 15)
    levels = {
        "fit_all": frames_at(view.fit_all),
        "year": frames_at(lambda: view.set_range(center - timedelta(days=182), center + timedelta(days=182))),
        "month": frames_at(lambda: view.set_range(center - timedelta(days=15), center + timedelta(days=15))),
    }

    view.fit_all()
    app.processEvents()
    ids = {e.id for e in events if e.topics and e.topics[0] == "cyber"}
    t = time.perf_counter()
    view.set_visible(ids)
    filter_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    view.viewport().grab()
    filtered_paint_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    view.set_visible(None)
    unfilter_ms = (time.perf_counter() - t) * 1000

    peak = _maxrss_mb()
    view.close()
    return {
        "events": n, "set_events_ms": build_ms, "paint": levels,
        "filter_ms": filter_ms, "filter_visible": len(ids), "filtered_paint_ms": filtered_paint_ms,
        "unfilter_ms": unfilter_ms, "peak_rss_mb": peak, "qt_baseline_mb": rss_start,
        "events_mb": rss_base - rss_start, "view_mb": peak - rss_base,
        "viewport": [width, height], "frames": frames,
    }


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        print("usage: python -m viewer.bench.timeline N [--frames K]", file=sys.stderr)
        return 2
    frames = 20
    if "--frames" in argv:
        i = argv.index("--frames")
        frames = int(argv[i + 1])
        del argv[i:i + 2]
    print(json.dumps(measure(int(argv[0]), frames=frames)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
