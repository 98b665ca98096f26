"""What one analyst's edit costs in the real window: ``python -m viewer.bench.edits``.

The window (offscreen) shows N synthetic events (the timeline bench's,
:func:`viewer.bench.synthevents.synthetic_events`, each given a passage of its
own in one of N/100 synthetic articles so its anchors name it alone), then
each edit kind is made through the Edit menu's actions on a few events, and
undone; the time is from the action to the window showing it (the session
and the window run synchronously in the GUI thread).  ``--full`` times the
same with in-place patching switched off: every edit re-applies the whole
log and rebuilds the window's index, as before the patch path existed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from viewer.model import Article, CorpusResult, Evidence

KINDS = ("star", "note", "title", "hide", "undo-star", "date")


def corpus(n: int, seed: int = 0) -> CorpusResult:
    """``n`` synthetic events, each citing its own sentence of a synthetic article."""
    from viewer.bench.synthevents import synthetic_events

    events = synthetic_events(n, seed)
    per = 100
    texts: dict[str, list[str]] = {}
    out = []
    for k, ev in enumerate(events):
        aid = f"art{k // per}"
        parts = texts.setdefault(aid, [])
        start = sum(len(p) for p in parts)
        year = ev.earliest.year if ev.earliest else 2000
        sentence = f"جرى الحدث رقم {k} في عام {year} بحسب المصادر. "
        m0 = start + sentence.index("عام")
        parts.append(sentence)
        ev = replace(ev, evidence=[Evidence(aid, start, start + len(sentence), m0, m0 + len(f"عام {year}"),
                                            ev.earliest, ev.latest, ev.granularity, ev.certain)])
        out.append(ev)
    articles = []
    for aid, parts in texts.items():
        text = "".join(parts)
        articles.append(Article(id=aid, path=f"/synth/{aid}.txt", text=text, title=aid,
                                sha256=hashlib.sha256(text.encode()).hexdigest()))
    return CorpusResult(articles=articles, events=out)


def run(n: int, repeat: int, patching: bool) -> tuple[dict[str, float], dict[str, float]]:
    """Median ms per edit kind at ``n`` events: until the window's models are updated,
    and until the next frame is painted too (``processEvents``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from viewer.ui.app import make_app
    from viewer.ui.edits.window import edited_result
    from viewer.ui.mainwindow import MainWindow

    tmp = Path(tempfile.mkdtemp(prefix="bench-edits-"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp / "settings"))
    app, tr = make_app([], "ar")
    win = MainWindow(tr, corpus=None, cache=None, restore=False, jobs=1)
    win.resize(1400, 900)
    win.show()
    win.session.root = tmp / "data"
    win.session.open_corpus([tmp / "corpus"])
    win.session.patching = patching
    result = corpus(n)
    win._show_result(edited_result(win, result), final=True)
    app.processEvents()
    ids = [e.id for e in result.events if e.earliest is not None]
    times: dict[str, list[float]] = {k: [] for k in KINDS}
    painted: dict[str, list[float]] = {k: [] for k in KINDS}
    acts = win.edit_actions
    for r in range(repeat):
        eid = ids[(r * 7919) % len(ids)]
        for kind in KINDS:
            win.select_event(eid)
            t = time.perf_counter()
            if kind == "star":
                acts.toggle_star()
            elif kind == "note":
                acts.edit_note(f"ملاحظة {r}")
            elif kind == "title":
                acts.edit_title(f"عنوان مصحح {r}")
            elif kind == "hide":
                acts.toggle_hide()
            elif kind == "undo-star":
                acts.toggle_star()
                t = time.perf_counter()
                win.session.stack.undo()
            elif kind == "date":
                acts.edit_date((date(1990, 5, 1), date(1990, 5, 31), "month", False))
            times[kind].append((time.perf_counter() - t) * 1000)
            app.processEvents()
            painted[kind].append((time.perf_counter() - t) * 1000)
            if kind == "hide":
                win.session.stack.undo()  # the event comes back into view for the next kinds
    win.close()
    win.session.close()
    med = {k: statistics.median(v) for k, v in times.items()}
    return med, {k: statistics.median(v) for k, v in painted.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--full", action="store_true", help="every edit takes the full re-apply (before)")
    a = ap.parse_args(argv)
    print(f"{'events':>8} " + " ".join(f"{k:>10}" for k in KINDS) + "   (median ms per edit"
          + (", full re-apply" if a.full else ", patched in place") + "; models updated / + frame painted)")
    for n in (int(s) for s in a.sizes.split(",")):
        res, paint = run(n, a.repeat, not a.full)
        print(f"{n:>8} " + " ".join(f"{res[k]:>10.1f}" for k in KINDS), flush=True)
        print(f"{'+paint':>8} " + " ".join(f"{paint[k]:>10.1f}" for k in KINDS), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
