"""Write events to CSV (UTF-8 with BOM, for spreadsheets) and JSON (CLI schema).

The JSON document has the same shape as ``python -m viewer extract``:
``{"articles": [...], "mentions": [...], "events": [...]}``; an export of the
visible events keeps only the events and the articles/mentions they cite, so
the file can be read back by anything that reads the CLI output.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from viewer.atomicio import write_bytes_atomic
from viewer.model import Article, Event, Mention, Problem
from viewer.safetext import display

# The CLI's columns (``python -m viewer extract --format csv``), plus the evidence spans.
CSV_COLUMNS = (
    "id",
    "earliest",
    "latest",
    "granularity",
    "kind",
    "certain",
    "title",
    "topics",
    "actors",
    "articles",
    "flags",
    "evidence",
    "importance",
    "sources",
    "places",
    "date_source",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """A cell starting like a formula would be evaluated by a spreadsheet."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def event_row(ev: Event) -> dict[str, str]:
    """One CSV row; lists are joined with ``;``, evidence as ``article:start-end``."""
    return {
        "id": ev.id,
        "earliest": ev.earliest.isoformat() if ev.earliest else "",
        "latest": ev.latest.isoformat() if ev.latest else "",
        "granularity": ev.granularity,
        "kind": ev.kind,
        "certain": "true" if ev.certain else "false",
        "title": _cell(ev.title),
        "topics": ";".join(ev.topics),
        "actors": _cell(";".join(ev.actors)),
        "flags": ";".join(ev.flags),
        "articles": ";".join(ev.articles),
        "evidence": ";".join(f"{e.article}:{e.passage_start}-{e.passage_end}" for e in ev.evidence),
        "importance": "" if ev.importance is None else f"{ev.importance:.3f}",
        "sources": str(ev.sources or len(ev.articles)),
        "places": _cell(";".join(ev.places)),
        "date_source": ev.date_source or "",
    }


#: what the window's export adds so a reader sees names, not ids
LABEL_COLUMNS = ("date_text", "topic_labels", "article_titles")


def events_csv_text(
    events: Iterable[Event],
    topic_labels: dict[str, str] | None = None,
    article_titles: dict[str, str] | None = None,
    date_text=None,
) -> str:
    """CSV of ``events``; with ``topic_labels`` / ``article_titles`` / ``date_text(ev)``
    the :data:`LABEL_COLUMNS` follow the id columns (the window's export)."""
    labelled = topic_labels is not None or article_titles is not None or date_text is not None
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS + (LABEL_COLUMNS if labelled else ()), lineterminator="\r\n")
    w.writeheader()
    tl, at = topic_labels or {}, article_titles or {}
    for ev in events:
        row = event_row(ev)
        if labelled:
            row["date_text"] = _cell(date_text(ev)) if date_text else ""
            row["topic_labels"] = _cell(";".join(tl.get(t, t) for t in ev.topics))
            row["article_titles"] = _cell(";".join(display(at.get(a) or a) for a in ev.articles))
        w.writerow(row)
    return buf.getvalue()


def write_events_csv(events: Iterable[Event], path: str | Path, **labels) -> None:
    """UTF-8 with BOM so Excel opens Arabic correctly (``labels``: see :func:`events_csv_text`)."""
    write_bytes_atomic(path, events_csv_text(events, **labels).encode("utf-8-sig"))  # old file kept on failure


def events_document(
    events: Sequence[Event],
    articles: Iterable[Article] = (),
    mentions: Iterable[Mention] = (),
    problems: Iterable[Problem] = (),
) -> dict[str, Any]:
    """The CLI JSON shape restricted to ``events`` and what they cite."""
    cited = {a for ev in events for a in ev.articles}
    ids = {ev.id for ev in events}
    spans = {(e.article, e.mention_start, e.mention_end) for ev in events for e in ev.evidence}
    return {
        "articles": [a.to_dict(include_text=False) for a in articles if a.id in cited],
        "mentions": [m.to_dict() for m in mentions if (m.article, m.start, m.end) in spans],
        "events": [ev.to_dict() for ev in events],
        "problems": [p.to_dict() for p in problems if p.event in ids],
    }


def write_events_json(
    events: Sequence[Event],
    path: str | Path,
    articles: Iterable[Article] = (),
    mentions: Iterable[Mention] = (),
    problems: Iterable[Problem] = (),
) -> None:
    doc = events_document(events, articles, mentions, problems)
    write_bytes_atomic(path, display(json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
