"""Row <-> dataclass conversion for the cache (plain rows and JSON columns, no pickles)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from viewer.model import Article, Event, Evidence, Mention, Problem


def d2s(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def s2d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# --- mentions -------------------------------------------------------------

MENTION_COLS = ("seq", "article", "start", "end_", "surface", "earliest", "latest", "granularity",
                "kind", "resolved", "calendar", "note", "parts")


def mention_row(seq: int, m: Mention) -> tuple:
    parts = None
    if m.parts is not None:
        parts = dumps([[d2s(a), d2s(b)] for a, b in m.parts])
    return (seq, m.article, m.start, m.end, m.surface, d2s(m.earliest), d2s(m.latest), m.granularity,
            m.kind, int(bool(m.resolved)), m.calendar, m.note, parts)


def mention_from_row(r: tuple) -> Mention:
    (_seq, article, start, end, surface, earliest, latest, gran, kind, resolved, calendar, note,
     parts) = r
    return Mention(
        article=article, start=start, end=end, surface=surface, earliest=s2d(earliest),
        latest=s2d(latest), granularity=gran, kind=kind, resolved=bool(resolved),
        calendar=calendar, note=note,
        parts=[(s2d(a), s2d(b)) for a, b in json.loads(parts)] if parts is not None else None,
    )


# --- events ---------------------------------------------------------------

EVENT_COLS = ("seq", "id", "earliest", "latest", "granularity", "kind", "title", "certain", "topics",
              "actors", "evidence", "flags")


def _evidence_dict(e: Evidence) -> dict[str, Any]:
    return {
        "article": e.article, "passage_start": e.passage_start, "passage_end": e.passage_end,
        "mention_start": e.mention_start, "mention_end": e.mention_end,
        "earliest": d2s(e.earliest), "latest": d2s(e.latest), "granularity": e.granularity,
        "resolved": e.resolved,
    }


def _evidence_from(d: dict[str, Any]) -> Evidence:
    return Evidence(
        article=d["article"], passage_start=d["passage_start"], passage_end=d["passage_end"],
        mention_start=d["mention_start"], mention_end=d["mention_end"],
        earliest=s2d(d.get("earliest")), latest=s2d(d.get("latest")),
        granularity=d.get("granularity", "unknown"), resolved=d.get("resolved", True),
    )


def event_row(seq: int, e: Event) -> tuple:
    return (seq, e.id, d2s(e.earliest), d2s(e.latest), e.granularity, e.kind, e.title,
            int(bool(e.certain)), dumps(list(e.topics)), dumps(list(e.actors)),
            dumps([_evidence_dict(x) for x in e.evidence]), dumps(list(e.flags)))


def event_from_row(r: tuple) -> Event:
    (_seq, eid, earliest, latest, gran, kind, title, certain, topics, actors, evidence, flags) = r
    return Event(
        id=eid, earliest=s2d(earliest), latest=s2d(latest), granularity=gran, kind=kind,
        title=title, certain=bool(certain), topics=json.loads(topics), actors=json.loads(actors),
        evidence=[_evidence_from(x) for x in json.loads(evidence)], flags=json.loads(flags),
    )


# --- problems -------------------------------------------------------------

PROBLEM_COLS = ("seq", "kind", "message", "path", "article", "event", "severity")


def problem_row(seq: int, p: Problem) -> tuple:
    return (seq, p.kind, p.message, p.path, p.article, p.event, p.severity)


def problem_from_row(r: tuple) -> Problem:
    (_seq, kind, message, path, article, event, severity) = r
    return Problem(kind=kind, message=message, path=path, article=article, event=event,
                   severity=severity)


# --- article fields that extraction fills -----------------------------------

def article_extracted_fields(a: Article) -> str:
    """The article fields ``process_article`` may set (restored on a cache hit)."""
    return dumps({
        "published": d2s(a.published), "published_how": a.published_how,
        "published_min": d2s(a.published_min), "published_reason": a.published_reason,
    })


def restore_article_fields(a: Article, blob: str) -> None:
    """Put back what extraction inferred; a known publication date (part of the key) is kept."""
    if a.published is not None:
        return
    d = json.loads(blob)
    a.published_how = d.get("published_how") or a.published_how
    a.published_min = s2d(d.get("published_min"))
    a.published_reason = d.get("published_reason")
