"""``python -m viewer export --corpus DIR --format timelinejs|html|csv|json --out FILE …``

Publishes a corpus as the analyst edited it: the corpus is read and
extracted (through the cache), the user store of that corpus supplies the
publication dates and edits (the same store the window writes), and the
chosen events are written atomically.  ``--project FILE`` takes the corpus,
edits and dates from a saved project instead (nothing is written to any
store then).

Which events: every visible one by default; ``--starred``, ``--event ID``
(repeatable), ``--topic``/``--actor`` (repeatable, any of), ``--text``,
``--from``/``--to`` narrow it; ``--include-hidden`` adds hidden ones.

Edits that no longer attach are reported on stderr (never dropped from the
store).  Exit status: 0 written, 1 nothing could be read or written, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from viewer.publish import FORMATS

_SUFFIXES = {".json": "json", ".csv": "csv", ".html": "html", ".htm": "html"}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m viewer export",
                                description="Export the analyst's edited timeline.")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--corpus", action="append", metavar="DIR", help="corpus folder or file (repeatable)")
    src.add_argument("--project", metavar="FILE", help="a saved project (corpus, edits, dates)")
    p.add_argument("--format", "-f", choices=FORMATS, help="default: from the --out suffix")
    p.add_argument("--out", "-o", metavar="FILE", required=True, help="output file ('-' for stdout)")
    p.add_argument("--starred", action="store_true", help="only starred events")
    p.add_argument("--event", action="append", default=[], metavar="ID", help="only these events (repeatable)")
    p.add_argument("--topic", action="append", default=[], metavar="ID", help="events with any of these topics")
    p.add_argument("--actor", action="append", default=[], metavar="NAME", help="events with any of these actors")
    p.add_argument("--text", default="", metavar="QUERY", help="events whose title or sources match")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--include-hidden", action="store_true", help="also events the analyst hid")
    p.add_argument("--title", default="", help="title of the published timeline")
    p.add_argument("--lang", choices=("ar", "en"), default="ar", help="language of dates and labels")
    p.add_argument("--user-store", metavar="PATH", help="the user store file (default: the corpus' own)")
    cache = p.add_mutually_exclusive_group()
    cache.add_argument("--cache", metavar="PATH", help="cache database (default: the user cache dir)")
    cache.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    return p


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    fmt = args.format or _SUFFIXES.get(Path(args.out).suffix.lower())
    if fmt is None:
        print("cannot tell the format from the --out suffix: give --format", file=sys.stderr)
        return 2

    from viewer.events.query import Filter
    from viewer.publish import render
    from viewer.publish.select import select
    from viewer.userstore.db import UserStore
    from viewer.userstore.load import load_edited

    if args.project:
        from viewer.userstore.project import ProjectError, load_project

        try:
            project = load_project(args.project)
        except ProjectError as exc:
            print(exc, file=sys.stderr)
            return 1
        for m in project.missing:
            print(f"{m}: corpus folder of the project not found", file=sys.stderr)
        paths = [str(p) for p in project.corpus]
        user = UserStore()  # in memory: a project export writes to no store
        user.replace_all(project.edits, project.pubdates)
    else:
        paths = list(args.corpus)
        user = UserStore(args.user_store, corpus=paths) if args.user_store else UserStore.for_corpus(paths)
    missing = [p for p in paths if not Path(p).exists()]
    for p in missing:
        print(f"{p}: no such file or folder", file=sys.stderr)
    if not paths or len(missing) == len(paths):
        return 1

    cache = None
    if not args.no_cache:
        from viewer.store import Store

        cache = Store(args.cache) if args.cache else Store()
    try:
        edited = load_edited(paths, user, cache=cache)
        log = user.edits()
    finally:
        user.close()
        if cache is not None:
            cache.close()
    if not edited.result.articles:
        print("no article could be read", file=sys.stderr)
        return 1
    for edit, why in edited.orphans:
        print(f"edit not attached ({why}): {edit.describe()}", file=sys.stderr)

    flt = None
    if args.topic or args.actor or args.text or args.date_from or args.date_to:
        flt = Filter(topics=frozenset(args.topic) if args.topic else None, topic_mode="any",
                     actors=frozenset(args.actor) if args.actor else None, actor_mode="any",
                     text=args.text, date_from=args.date_from, date_to=args.date_to)
    pub = select(edited, ids=args.event or None, starred=args.starred, flt=flt,
                 include_hidden=args.include_hidden, title=args.title, lang=args.lang)
    data = render(pub, fmt, edited.result.mentions, log)
    try:
        if args.out == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            from viewer.atomicio import write_bytes_atomic

            write_bytes_atomic(args.out, data)
    except OSError as exc:
        print(f"{args.out}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    print(f"{len(pub.events)} events written to {args.out} ({fmt})", file=sys.stderr)
    return 0
