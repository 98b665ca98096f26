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
    p.add_argument("--size", default="1600x1000", type=_size, metavar="WxH",
                   help=f"window size, {MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIDE}x{MAX_SIDE}")
    p.add_argument("--eastern", action="store_true", help="Eastern Arabic digits")
    p.add_argument("--pubdate", action="append", default=[], type=_pubdate,
                   help="ARTICLE_ID=YYYY-MM-DD (not saved)")
    return p.parse_args(argv)


# A window of 100000x100000 asked Qt for a 40 GB backing store (segfault); usage errors are
# messages, never tracebacks.
MIN_SIZE = (320, 240)
MAX_SIDE = 8192


def _size(value: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not WIDTHxHEIGHT, e.g. 1600x1000") from None
    if not (MIN_SIZE[0] <= w <= MAX_SIDE and MIN_SIZE[1] <= h <= MAX_SIDE):
        raise argparse.ArgumentTypeError(
            f"{w}x{h} is outside {MIN_SIZE[0]}x{MIN_SIZE[1]} … {MAX_SIDE}x{MAX_SIDE}")
    return w, h


def _pubdate(value: str) -> tuple[str, str]:
    from datetime import date

    from viewer.pubrange import pubdate_error

    aid, sep, d = value.rpartition("=")
    try:
        day = date.fromisoformat(d.strip())
    except ValueError:
        day = None
    if not sep or not aid.strip() or day is None:
        raise argparse.ArgumentTypeError(f"{value!r}: expected ARTICLE_ID=YYYY-MM-DD")
    if why := pubdate_error(day):
        raise argparse.ArgumentTypeError(f"{value!r}: {why}")
    return aid.strip(), day.isoformat()


def render(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from viewer.ui.app import make_app

    # never read or write the user's settings from a screenshot run
    tmp = tempfile.mkdtemp(prefix="viewer-shot-")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp)
    app, tr = make_app([], args.lang)
    from viewer.ui.mainwindow import MainWindow

    w, h = args.size
    corpus = [Path(c) for c in args.corpus] if args.corpus else None
    win = MainWindow(tr, corpus=corpus, restore=False)
    win.session.root = Path(tmp) / "data"  # nor the user's edits (a user store of its own)
    win.resize(w, h)
    win.show()
    if args.pubdate:
        s = QSettings()
        for aid, d in args.pubdate:
            s.setValue("pubdates/" + aid, d)
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
            try:
                eid = order[int(eid[1:])]
            except (ValueError, IndexError):
                print(f"screenshot: --event {args.event}: there are {len(order)} visible events", file=sys.stderr)
                win.close()
                return 2
        win.select_event(eid)
    elif args.article:
        win.open_article(args.article)
    for _ in range(5):
        QApplication.processEvents()
    for p in win.sources.panes:
        p.scroll_to_passage()
    QApplication.processEvents()
    from viewer.atomicio import atomic_path

    try:
        with atomic_path(args.out, suffix=Path(args.out).suffix or ".png") as tmp:
            if not win.grab().save(tmp):
                raise OSError("the image could not be encoded")
        ok = True
        print(f"wrote {args.out}")
    except OSError as exc:
        ok = False
        print(f"screenshot: could not write {args.out} ({exc.strerror or exc})", file=sys.stderr)
    win.close()
    app.processEvents()
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed
        return exc.code if isinstance(exc.code, int) else 2
    return render(args)
