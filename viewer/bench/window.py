"""Window-load benchmark child: ``python -m viewer.bench.window FOLDER --cache DB [--jobs N] [--run cold|warm]``.

Opens the real main window (offscreen) on ``FOLDER`` with the cache ``DB`` and
loads it once.  The driver (``viewer.bench.run``) runs it twice, each in a
fresh process: ``cold`` on an empty cache (everything extracted), then
``warm`` — the cached reopen a user gets when starting the app again.

A 10 ms ``QTimer`` on the GUI thread measures responsiveness: the gap between
two ticks is how long a user's click would wait.  The timer runs from the
``load()`` call until 300 ms after the window said ``loaded`` (the hand-over
to the models included, and whatever the window deferred after it).

Prints one JSON line: time to the first events shown (a partial result or the
final one), to the ``loaded`` signal, the median / p95 / max tick gap, how
many gaps exceeded 100 ms, and memory: the process's resident set before the
load, its peak (``ru_maxrss``) and after, as KB per article.  Extraction runs
in worker processes when ``--jobs`` > 1; their memory is not counted (they end
with the load).  Its own process, so Qt stays out of the benchmark driver; the
entry point is guarded because the window's process pool re-imports
``__main__`` (spawn).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

SETTLE_MS = 300
STALL_MS = 100


def rss_mb() -> float:
    """The process's resident set now (MB), from /proc (0 where there is none)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000  # KB on Linux


def one_run(folder: Path, cache: str, jobs: int | None) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.ui.mainwindow import MainWindow

    app = QApplication.instance()
    w = MainWindow(corpus=[folder], cache=cache, restore=False, jobs=jobs)
    w.resize(1600, 1000)
    w.show()
    app.processEvents()
    gaps: list[float] = []
    first_events: list[float] = []
    state: dict = {"last": 0.0, "t0": 0.0, "loaded": None}

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - state["last"]) * 1000)
        state["last"] = now

    def shown_events() -> bool:
        return w.model.rowCount() > 0

    def on_partial(_result) -> None:
        if not first_events and shown_events():
            first_events.append(time.perf_counter() - state["t0"])

    def on_loaded() -> None:
        state["loaded"] = time.perf_counter() - state["t0"]
        if not first_events and w.result is not None and w.result.events:
            first_events.append(state["loaded"])
        QTimer.singleShot(SETTLE_MS, app.quit)

    # after the window's own slots, so the events are on screen when it is timed
    w.loader.partial.connect(lambda r: QTimer.singleShot(0, lambda: on_partial(r)))
    w.loaded.connect(on_loaded)
    timer = QTimer()
    timer.timeout.connect(tick)
    rss_before = rss_mb()
    state["t0"] = state["last"] = time.perf_counter()
    timer.start(10)
    QTimer.singleShot(0, w.load)
    app.exec()
    timer.stop()
    rss_after = rss_mb()
    peak = peak_rss_mb()
    result = w.result
    n = len(result.articles) if result else 0
    w.close()
    gaps.sort()
    return {
        "articles": n,
        "events": len(result.events) if result else 0,
        "first_events_s": first_events[0] if first_events else None,
        "loaded_s": state["loaded"],
        "tick_gap_median_ms": statistics.median(gaps) if gaps else None,
        "tick_gap_p95_ms": gaps[int(len(gaps) * 0.95)] if gaps else None,
        "tick_gap_max_ms": gaps[-1] if gaps else None,
        "stalls_over_100ms": sum(g > STALL_MS for g in gaps),
        "rss_before_mb": rss_before,
        "rss_peak_mb": peak,
        "rss_after_mb": rss_after,
        "kb_per_article_peak": (peak - rss_before) * 1000 / n if n else None,
        "kb_per_article_held": (rss_after - rss_before) * 1000 / n if n else None,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m viewer.bench.window")
    p.add_argument("folder", type=Path)
    p.add_argument("--cache", required=True)
    p.add_argument("--jobs", type=int, default=None)
    p.add_argument("--run", choices=("cold", "warm"), default=None,
                   help="the label of this run (default: cold then warm in this process)")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from viewer.ui.app import make_app

    make_app([], "ar")
    if args.run:
        out = {args.run: one_run(args.folder, args.cache, args.jobs)}
    else:
        out = {"cold": one_run(args.folder, args.cache, args.jobs), "warm": one_run(args.folder, args.cache, args.jobs)}
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
