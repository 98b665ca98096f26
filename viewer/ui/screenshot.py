"""``python -m viewer screenshot --out FILE.png [--corpus DIR] [--topic ID] [--event ID] [--lang ar|en] [--size WxH]``.

Renders the main window offscreen with saved settings ignored, so docs and
checks are reproducible.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m viewer screenshot", description="Render the main window to PNG"
    )
    p.add_argument("--out", required=True)
    p.add_argument("--corpus", action="append")
    p.add_argument("--topic", action="append", help="show only this topic (repeatable)")
    p.add_argument("--event", help="select this event id (or an index into the time-ordered list, e.g. #3)")
    p.add_argument("--article", help="open this article alone")
    p.add_argument("--search", help="search text")
    p.add_argument("--lang", choices=("ar", "en"), default="ar")
    p.add_argument("--size", default="1600x1000")
    p.add_argument("--eastern", action="store_true", help="Eastern Arabic digits")
    p.add_argument("--pubdate", action="append", default=[], help="ARTICLE_ID=YYYY-MM-DD (not saved)")
    return p.parse_args(argv)


def render(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import date

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from viewer.ui.app import make_app

    # never read or write the user's settings from a screenshot run
    tmp = tempfile.mkdtemp(prefix="viewer-shot-")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp)
    app, tr = make_app([], args.lang)
    from viewer.ui.mainwindow import MainWindow

    w, h = (int(x) for x in args.size.lower().split("x"))
    corpus = [Path(c) for c in args.corpus] if args.corpus else None
    win = MainWindow(tr, corpus=corpus, restore=False)
    win.session.root = Path(tmp) / "data"  # nor the user's edits (a user store of its own)
    win.resize(w, h)
    win.show()
    if args.pubdate:
        s = QSettings()
        for item in args.pubdate:
            aid, d = item.split("=", 1)
            s.setValue("pubdates/" + aid, date.fromisoformat(d).isoformat())
    win.load()
    win.loader.wait()
    QApplication.processEvents()
    for _ in range(50):
        if win.index is not None:
            break
        QApplication.processEvents()
        win.loader.wait(100)
    if win.index is None:
        print("screenshot: corpus did not load", file=sys.stderr)
        return 1
    if args.eastern:
        win.set_eastern_digits(True)
    if args.topic:  # "only these topics": every event carrying one of them
        win.filters.only_topic(args.topic[0])
        win.filters.topic_model.set_checked(set(args.topic))
    if args.search:
        win.filters.search.setText(args.search)
        win.apply_filter()
    win.timeline.fit_all()
    if args.event:
        eid = args.event
        if eid.startswith("#"):
            order = [e.id for e in win.visible_events()]
            eid = order[int(eid[1:])]
        win.select_event(eid)
    elif args.article:
        win.open_article(args.article)
    for _ in range(5):
        QApplication.processEvents()
    for p in win.sources.panes:
        p.scroll_to_passage()
    QApplication.processEvents()
    ok = win.grab().save(args.out)
    print(f"wrote {args.out}" if ok else f"could not write {args.out}")
    win.close()
    app.processEvents()
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    return render(parse_args(list(sys.argv[1:] if argv is None else argv)))
