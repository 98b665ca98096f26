"""Window-load benchmark child: ``python -m viewer.bench.window FOLDER --cache DB [--jobs N]``.

Opens the real main window (offscreen) on ``FOLDER`` twice with the same
cache: cold (everything extracted) then warm (everything cached).  A 10 ms
``QTimer`` on the GUI thread measures responsiveness while the corpus loads:
the gap between two ticks is how long a user's click would wait.  Prints one
JSON line: time to the first events shown (a partial result), to the loaded
signal, and the median / p95 / max tick gap, for each run.  Its own process,
so Qt stays out of the benchmark driver; the entry point is guarded because
the window's process pool re-imports ``__main__`` (spawn).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path


def _one_run(folder: Path, cache: str, jobs: int | None) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.ui.mainwindow import MainWindow

    app = QApplication.instance()
    w = MainWindow(corpus=[folder], cache=cache, restore=False, jobs=jobs)
    w.resize(1600, 1000)
    w.show()
    gaps: list[float] = []
    first_events: list[float] = []
    state = {"last": 0.0, "t0": 0.0, "loaded": None}

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - state["last"]) * 1000)
        state["last"] = now

    def on_partial(result) -> None:
        if not first_events and result.events:
            first_events.append(time.perf_counter() - state["t0"])

    def on_loaded() -> None:
        state["loaded"] = time.perf_counter() - state["t0"]
        if not first_events and w.result is not None and w.result.events:
            first_events.append(state["loaded"])
        QTimer.singleShot(0, app.quit)

    w.loader.partial.connect(on_partial)
    w.loaded.connect(on_loaded)
    timer = QTimer()
    timer.timeout.connect(tick)
    state["t0"] = state["last"] = time.perf_counter()
    timer.start(10)
    QTimer.singleShot(0, w.load)
    app.exec()
    timer.stop()
    result = w.result
    w.close()
    gaps.sort()
    return {
        "articles": len(result.articles) if result else 0,
        "events": len(result.events) if result else 0,
        "first_events_s": first_events[0] if first_events else None,
        "loaded_s": state["loaded"],
        "tick_gap_median_ms": statistics.median(gaps) if gaps else None,
        "tick_gap_p95_ms": gaps[int(len(gaps) * 0.95)] if gaps else None,
        "tick_gap_max_ms": gaps[-1] if gaps else None,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m viewer.bench.window")
    p.add_argument("folder", type=Path)
    p.add_argument("--cache", required=True)
    p.add_argument("--jobs", type=int, default=None)
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from viewer.ui.app import make_app

    make_app([], "ar")
    out = {"cold": _one_run(args.folder, args.cache, args.jobs), "warm": _one_run(args.folder, args.cache, args.jobs)}
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
