"""Dumps and feeds → articles: JSONL, CSV, RSS 2.0, Atom.

* JSONL (``.jsonl``, ``.ndjson``): one JSON object a line, streamed (a line is
  parsed, turned into an article and dropped: a 100,000-record file is never
  held twice in memory).
* CSV (``.csv``, UTF-8 with or without BOM, any of ``, ; \\t |``): one row an
  article, columns found by name (see ``fields.py``); no text column is one
  error naming the columns looked for and the ones found.
* RSS 2.0 / Atom (``.rss``, ``.atom``, ``.xml``): each ``item``/``entry`` an
  article dated by its ``pubDate``/``published`` (``updated`` is the
  modification date).  Parsed with ``defusedxml``: entity declarations, DTDs
  and external references are refused, so an entity bomb is a clear problem.

Ids are ``<file stem>#<record key>`` (the record's own id/guid when it has a
unique one, else ``L<line>``/``R<row>``/``i<item>``), so they stay stable when
other records change.  Offsets refer to each record's own text.  A bad record
is reported alone (file, line, reason) and the rest loads.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from viewer.corpus.formats.fields import FIELDS, map_fields
from viewer.corpus.page.dates import is_placeholder, parse_iso
from viewer.model import Article, Problem

DUMP_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".rss", ".atom", ".xml"})
MAX_LINE = 16 << 20  # a JSONL line / CSV field longer than this is a bad record
MAX_FEED = 64 << 20
PROGRESS_EVERY = 1000  # records between two progress calls (and cancel checks)
_HTMLISH = re.compile(r"<(?:p|div|br|span|a|img|h[1-6]|ul|li|strong|em|b|i|figure|table)\b[^<>]{0,200}>|&[a-z]{2,8};",
                      re.I)
_KEY = re.compile(r"[^\w.-]+")


def read_records(
    path: str, stem: str, progress: Callable[[int], None] | None = None, cancel: threading.Event | None = None
) -> tuple[list[Article], list[Problem]]:
    """Every record of the dump or feed at ``path`` as an article, with located problems.

    ``progress(records)`` every ``PROGRESS_EVERY`` records; when ``cancel`` is set,
    reading stops between records and the articles so far are returned."""
    ext = os.path.splitext(path)[1].lower()
    try:
        if ext in (".jsonl", ".ndjson"):
            return _collect(path, stem, _jsonl(path), progress, cancel)
        if ext == ".csv":
            return _collect(path, stem, _csv(path), progress, cancel)
        from viewer.corpus.formats.feeds import read_feed

        return _collect(path, stem, read_feed(path, MAX_FEED), progress, cancel)
    except OSError as e:
        return [], [Problem("unreadable", f"file could not be read: {e.strerror or e}", path, severity="error")]


# A record as the readers yield it: (key, where, fields) or a problem.
Rec = tuple[str, str, dict] | Problem


def _collect(path: str, stem: str, recs: Iterator[Rec], progress: Callable[[int], None] | None = None,
             cancel: threading.Event | None = None) -> tuple[list[Article], list[Problem]]:
    articles: list[Article] = []
    problems: list[Problem] = []
    used: set[str] = set()
    for n, r in enumerate(recs, 1):
        if n % PROGRESS_EVERY == 0:
            if cancel is not None and cancel.is_set():
                break
            if progress is not None:
                progress(n)
        if isinstance(r, Problem):
            r.path = path
            problems.append(r)
            continue
        key, where, rec = r
        art, why = make_article(rec, path)
        if art is None:
            problems.append(Problem("record", f"{where}: {why}; skipped", path))
            continue
        own = rec.get("id")
        own = _KEY.sub("_", str(own)).strip("_")[:80] if own not in (None, "") else ""
        rid = f"{stem}#{own}" if own and f"{stem}#{own}" not in used else f"{stem}#{key}"
        n = 2
        while rid in used:
            rid = f"{stem}#{key}_{n}"
            n += 1
        used.add(rid)
        art.id = rid
        articles.append(art)
    return articles, problems


def make_article(rec: dict, path: str) -> tuple[Article | None, str | None]:
    """An article from a record whose keys are roles (text, title, date, url, source)."""
    from viewer.corpus.htmltext import read_html
    from viewer.corpus.page.read import apply_reading, read_page
    from viewer.corpus.pubdate import offer

    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, "no text"
    page = None
    if _HTMLISH.search(text[:20000]):
        page = read_html(text)
        text = page.text
        if not text.strip():
            return None, "the text is empty once its markup is removed"
    title = rec.get("title") if isinstance(rec.get("title"), str) else ""
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    source = rec.get("source") if isinstance(rec.get("source"), str) else None
    art = Article(id="", path=path, text=text, title=" ".join(title.split())[:300], source=source, url=url,
                  sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    reading = read_page(text, page, url)
    if not art.title:
        art.title = " ".join((reading.headline or text.strip().split("\n", 1)[0]).split())[:120]
    raw_date = rec.get("date")
    when = record_date(raw_date) if raw_date not in (None, "") else None
    notes = []
    if raw_date not in (None, "") and when is None:
        notes.append(f"the record's date {str(raw_date)[:40]!r} is not a date (or a placeholder)")
    offer(art, when, "feed", None, f"date field: {str(raw_date)[:60]}" if when else None)
    apply_reading(art, reading)
    if isinstance(rec.get("modified"), str):
        art.modified = record_date(rec["modified"]) or art.modified
    art.page_notes = notes + art.page_notes
    return art, None


def record_date(value) -> date | None:
    """A record's date: ISO 8601, RFC 822 (feeds), epoch seconds/milliseconds, or as pages write it."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        secs = value / 1000 if value > 1e11 else value
        try:
            d = datetime.fromtimestamp(secs, UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
        return None if is_placeholder(d) or secs <= 86400 else d
    if not isinstance(value, str):
        return None
    s = value.strip()
    if re.fullmatch(r"\d{9,13}", s):
        return record_date(int(s))
    if re.match(r"[A-Za-z]{3},|\d{1,2} [A-Za-z]{3} \d{4}", s):
        try:
            d = parsedate_to_datetime(s).date()
            return None if is_placeholder(d) else d
        except (TypeError, ValueError, IndexError):
            pass
    return parse_iso(s)


_ROLE_CACHE: dict[tuple, dict[str, str]] = {}


def _roles(keys) -> dict[str, str]:
    """``map_fields`` of a record's keys (records of a dump share them: looked up once)."""
    k = tuple(keys)
    got = _ROLE_CACHE.get(k)
    if got is None:
        got = map_fields(k)
        if len(_ROLE_CACHE) < 1024:
            _ROLE_CACHE[k] = got
    return got


def _jsonl(path: str) -> Iterator[Rec]:
    with open(path, "rb") as f:
        for n, line in enumerate(f, 1):
            if len(line) > MAX_LINE:
                yield Problem("record", f"line {n}: longer than {MAX_LINE:,} bytes; skipped", path,
                              params={"reason": "too-long", "line": n, "limit": MAX_LINE})
                continue
            s = line.strip()
            if not s:
                continue
            try:
                obj = json.loads(s.decode("utf-8-sig" if n == 1 else "utf-8", errors="strict"))
            except UnicodeDecodeError:
                yield Problem("record", f"line {n}: not UTF-8; skipped", path, params={"reason": "not-utf8", "line": n})
                continue
            except ValueError as e:
                yield Problem("record", f"line {n}: not valid JSON ({str(e)[:80]}); skipped", path,
                              params={"reason": "bad-json", "line": n})
                continue
            if not isinstance(obj, dict):
                yield Problem("record", f"line {n}: a JSON {type(obj).__name__}, not an object; skipped", path,
                              params={"reason": "not-object", "line": n})
                continue
            roles = _roles(obj.keys())
            if "text" not in roles:
                yield Problem("record", f"line {n}: no text field (looked for {', '.join(FIELDS['text'][:6])} …; "
                                        f"found {', '.join(map(str, list(obj)[:8]))}); skipped", path,
                              params={"reason": "no-text-field", "line": n,
                                      "found": ", ".join(map(str, list(obj)[:8]))})
                continue
            yield f"L{n}", f"line {n}", {role: obj.get(k) for role, k in roles.items()}


def _csv(path: str) -> Iterator[Rec]:
    csv.field_size_limit(MAX_LINE)
    with open(path, "rb") as raw:
        head = raw.read(65536)
        raw.seek(0)
        sample = head.decode("utf-8-sig", errors="replace")
        try:
            dialect = csv.Sniffer().sniff(sample.split("\n", 1)[0] + "\n", delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        f = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
        reader = csv.reader(f, dialect)
        try:
            header = next(reader)
        except StopIteration:
            yield Problem("record", "the CSV file is empty", path, severity="error", params={"reason": "csv-empty"})
            return
        except csv.Error as e:
            yield Problem("record", f"line 1: the header cannot be read ({e})", path, severity="error")
            return
        roles = _roles(header)
        if "text" not in roles:
            yield Problem("record", "no text column: expected one of "
                                    f"{', '.join(FIELDS['text'][:8])} … (found: {', '.join(header[:12])})",
                          path, severity="error",
                          params={"reason": "no-text-column", "found": ", ".join(header[:12])})
            return
        index = {role: header.index(k) for role, k in roles.items()}
        row_no = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield Problem("record", f"line {reader.line_num}: {e}; the rest of the file is not read", path)
                return
            row_no += 1
            if not any(c.strip() for c in row):
                continue
            if len(row) != len(header):
                yield Problem("record", f"line {reader.line_num}: {len(row)} fields, the header has "
                                        f"{len(header)}; skipped", path,
                              params={"reason": "field-count", "line": reader.line_num, "count": len(row),
                                      "total": len(header)})
                continue
            yield f"R{row_no}", f"line {reader.line_num}", {role: row[i] for role, i in index.items()}
