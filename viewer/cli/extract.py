"""``python -m viewer extract PATH… [--out FILE] [--format json|jsonl|csv] …``

The headless pipeline from the command line.  Output goes to ``--out`` (written
atomically) or stdout, always UTF-8:

- ``json``: ``{"articles": [...], "mentions": [...], "events": [...], "problems": [...]}``
- ``jsonl``: one record a line, each with a ``"type"`` of ``article``,
  ``mention``, ``event`` or ``problem``
- ``csv``: the events (UTF-8 with BOM so spreadsheets show Arabic); list cells
  are joined with ``;``

Problems go to stderr as ``path: reason``, once each; a progress line too when
stderr is a terminal.  Exit status: 0 when at least one article was loaded
(warnings allowed), 1 when nothing could be read, 2 for usage errors.

Results are cached (see ``viewer.store``) unless ``--no-cache``.  The cache only
saves time: the output depends on the files and the options alone (publication
dates saved from the window are not applied here; use ``--pubdate``).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from viewer.atomicio import write_bytes_atomic
from viewer.model import CorpusResult, Event, Problem
from viewer.pubrange import pubdate_error
from viewer.safetext import display

FORMATS = ("json", "jsonl", "csv")
CSV_COLUMNS = ("id", "earliest", "latest", "granularity", "kind", "certain", "title", "topics",
               "actors", "articles", "flags", "importance", "sources", "places", "date_source")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m viewer extract",
        description="Extract dated events from Arabic articles (.txt/.html files or folders).",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--out", "-o", metavar="FILE", help="output file (default: stdout)")
    p.add_argument("--format", "-f", choices=FORMATS,
                   help="output format (default: from the --out suffix, else json)")
    p.add_argument("--pubdate", action="append", default=[], metavar="FILE=YYYY-MM-DD",
                   help="publication date of an article (file name, path or id); repeatable")
    p.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                   help="worker processes (0 = one per CPU; default 1)")
    cache = p.add_mutually_exclusive_group()
    cache.add_argument("--cache", metavar="PATH", help="cache database (default: the user cache dir)")
    cache.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="no progress, and only errors (not warnings) on stderr")
    return p


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= n <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be between 0 and {MAX_JOBS}")
    return n or (os.cpu_count() or 1)


# Each worker is a Python process with the extractor loaded (~100 MB): more than this only
# exhausts memory.
MAX_JOBS = 64


def parse_pubdates(values: Iterable[str]) -> dict[str, date]:
    """``FILE=YYYY-MM-DD`` items → mapping; ValueError with a readable message otherwise."""
    out: dict[str, date] = {}
    for item in values:
        key, sep, value = item.rpartition("=")
        if not sep or not key.strip():
            raise ValueError(f"--pubdate {item!r}: expected FILE=YYYY-MM-DD")
        try:
            d = date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(
                f"--pubdate {item!r}: {value.strip()!r} is not a date (expected YYYY-MM-DD, e.g. 2024-12-08)"
            ) from None
        if why := pubdate_error(d):
            raise ValueError(f"--pubdate {item!r}: {why}")
        out[key.strip()] = d
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        try:
            pubdates = parse_pubdates(args.pubdate)
        except ValueError as exc:
            parser.error(str(exc))  # usage error: status 2
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    fmt = args.format or _format_from_suffix(args.out)

    missing = [p for p in args.paths if not Path(p).exists()]
    store = None
    if not args.no_cache:
        from viewer.store import Store

        # The inputs are passed so that a cache path among or inside them is refused.
        store = Store(args.cache, inputs=args.paths) if args.cache else Store(inputs=args.paths)

    progress = None
    if not args.quiet and _isatty(sys.stderr):
        progress = _progress_printer(sys.stderr)

    from viewer.loading import ingest

    try:
        result = ingest(args.paths, store=store, jobs=args.jobs, pubdates=pubdates,
                        progress=progress, reading=progress, user_pubdates=False)
    except KeyboardInterrupt:
        if progress is not None:
            sys.stderr.write("\n")
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if store is not None:
            store.close()
    if progress is not None and result.articles:
        sys.stderr.write("\n")

    for p in missing:  # the reader reports these; this is only a safety net
        if not any(pr.path and Path(pr.path) == Path(p) for pr in result.problems):
            result.problems.append(Problem(kind="unreadable", message="no such file or folder",
                                           path=p, severity="error"))
    _report_problems(result, sys.stderr, quiet=args.quiet)
    _check_unmatched_pubdates(result, pubdates, sys.stderr)

    try:
        write_output(result, fmt, args.out)
    except OSError as exc:
        print(f"{args.out}: cannot write output ({exc.strerror or exc})", file=sys.stderr)
        return 1
    if not result.articles:
        print("no article could be read", file=sys.stderr)
        return 1
    return 0


def _format_from_suffix(out: str | None) -> str:
    if out:
        suffix = Path(out).suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
        if suffix == "ndjson":
            return "jsonl"
    return "json"


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _progress_printer(stream: IO[str]):
    width = 0

    def show(done: int, total: int, name: str) -> None:
        nonlocal width
        digits = len(str(total))
        line = f"\r[{done:>{digits}}/{total}] {name}"
        pad = max(0, width - len(line))
        width = len(line)
        stream.write(line + " " * pad)
        stream.flush()

    return show


def _problem_location(p: Problem, paths: dict[str, str]) -> str:
    if p.path:
        return p.path
    if p.article:
        return paths.get(p.article, p.article)
    return p.kind


# Control characters (C0/C1, DEL) and bidi embeddings/overrides/isolates in a file name or a
# quoted passage must not reach the terminal raw: an ESC sequence could rewrite the screen and
# an unterminated U+202E reverse the rest of the line.  They are shown as escapes instead.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` safe for one terminal line: controls become ``\\xNN`` / ``\\uNNNN``."""
    return _UNPRINTABLE.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
        text,
    )


def _report_problems(result: CorpusResult, stream: IO[str], quiet: bool) -> None:
    paths = {a.id: a.path for a in result.articles}
    seen: set[str] = set()
    for p in result.problems:
        if quiet and p.severity != "error":
            continue
        line = printable(display(f"{_problem_location(p, paths)}: {p.message}"))
        if line not in seen:
            seen.add(line)
            print(line, file=stream)


def _check_unmatched_pubdates(result: CorpusResult, pubdates: dict[str, date], stream: IO[str]) -> None:
    if not pubdates or not result.articles:
        return
    known: set[str] = set()
    for a in result.articles:
        p = Path(a.path)
        known.update({a.id, p.name, str(p)})
        if a.path:
            known.add(str(p.resolve()))
    for key in pubdates:
        if key not in known and str(Path(key).resolve()) not in known:
            print(printable(f"{key}: --pubdate matches no article"), file=stream)


# --- output -------------------------------------------------------------------

def _records(result: CorpusResult) -> Iterable[dict[str, Any]]:
    for a in result.articles:
        yield {"type": "article", **a.to_dict(include_text=False)}
    for m in result.mentions:
        yield {"type": "mention", **m.to_dict()}
    for e in result.events:
        yield {"type": "event", **e.to_dict()}
    for p in result.problems:
        yield {"type": "problem", **p.to_dict()}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    # A cell starting like a formula would be evaluated by a spreadsheet.
    return "'" + value if value.startswith(_FORMULA_START) else value


def event_csv_row(e: Event) -> list[str]:
    return [
        e.id,
        e.earliest.isoformat() if e.earliest else "",
        e.latest.isoformat() if e.latest else "",
        e.granularity,
        e.kind,
        "true" if e.certain else "false",
        _cell(e.title),
        ";".join(e.topics),
        _cell(";".join(e.actors)),
        ";".join(e.articles),
        ";".join(e.flags),
        "" if e.importance is None else f"{e.importance:.3f}",
        str(e.sources or len(e.articles)),
        _cell(";".join(e.places)),
        e.date_source or "",
    ]


def render(result: CorpusResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.to_dict(include_text=False), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(result))
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(CSV_COLUMNS)
        for e in result.events:
            w.writerow(event_csv_row(e))
        return "\ufeff" + buf.getvalue()
    raise ValueError(f"unknown format {fmt!r}")


def write_output(result: CorpusResult, fmt: str, out: str | None) -> None:
    # display(): a file name that is not UTF-8 is written with U+FFFD, never an encoding error
    data = display(render(result, fmt)).encode("utf-8")
    if out is None or out == "-":
        stream = getattr(sys.stdout, "buffer", None)
        try:
            if stream is None:
                sys.stdout.write(data.decode("utf-8"))
                sys.stdout.flush()
            else:
                sys.stdout.flush()
                stream.write(data)
                stream.flush()
        except BrokenPipeError:
            # The reader went away (e.g. `| head`): not an error of ours.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return
    if _is_special(out):
        # /dev/null, a FIFO, a terminal: written to as they are; an atomic rename would put
        # a regular file in their place (as root, /dev/null itself was replaced that way)
        with open(out, "wb") as f:
            f.write(data)
        return
    write_bytes_atomic(out, data)


def _is_special(path: str) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
