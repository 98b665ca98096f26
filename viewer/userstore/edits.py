"""The analyst's edits as plain data: what was changed, and where it is anchored.

An edit never refers to an event by its id alone: ids are derived from the
extraction (article id and mention offset) and may change with a new
extractor version.  It refers to the *evidence* instead: the article's content
hash, the passage and mention spans and the mention's surface text
(:class:`Anchor`).  An event is named by the anchors of all its evidence
(:data:`EventRef`), so an edit still finds a merged event when one of its
sources is gone.

Edits are an append-only log: correcting a title twice stores two edits, the
later wins, and undo removes the last one.  Everything here round-trips
through JSON (the user store and the project file both hold that form).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from viewer.model import GRANULARITIES, Article, Event, Evidence

# Every kind of edit, in the order the UI lists them.
KINDS = (
    "date",  # payload: earliest, latest (ISO), granularity, approximate
    "title",  # payload: title
    "topics",  # payload: topics (list of topic ids)
    "actors",  # payload: actors (list of names)
    "hide",  # payload: hidden (bool): kept, but out of the default view and exports
    "delete",  # the event is removed from the result
    "merge",  # targets: (kept event, absorbed event)
    "split",  # targets: (event,); payload: moved (anchors of the evidence that leave)
    "note",  # payload: text ("" removes the note)
    "star",  # payload: starred (bool)
    "manual",  # no target; payload: anchor (the selected passage) + date/title/topics/actors
)

# Anchors keep at most this much of the passage, to describe an orphaned edit.
CONTEXT_CHARS = 160


@dataclass(frozen=True)
class Anchor:
    """One piece of evidence, by content: survives a re-extraction that keeps the text."""

    sha256: str
    article: str  # the article id when the edit was made (shown for orphans)
    passage_start: int
    passage_end: int
    mention_start: int
    mention_end: int
    surface: str  # text[mention_start:mention_end] (for a manual event: the whole selection)
    context: str = ""  # the start of the passage, for a human reading an orphan
    # The evidence's reading of the date when the edit was made: only tells apart the
    # events one mention yields (عامي 2015 و2018 is two events on one span).
    when: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256, "article": self.article,
            "passage": [self.passage_start, self.passage_end],
            "mention": [self.mention_start, self.mention_end],
            "surface": self.surface, "context": self.context, "when": self.when,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Anchor:
        ps, pe = (int(x) for x in d["passage"])
        ms, me = (int(x) for x in d["mention"])
        return cls(str(d.get("sha256", "")), str(d.get("article", "")), ps, pe, ms, me,
                   str(d.get("surface", "")), str(d.get("context", "")), str(d.get("when", "")))


# An event is named by the anchors of its evidence.
EventRef = tuple[Anchor, ...]


def evidence_anchor(article: Article, ev: Evidence) -> Anchor:
    """The anchor of one evidence entry of ``article``."""
    text = article.text
    return Anchor(
        article.sha256, article.id, ev.passage_start, ev.passage_end, ev.mention_start, ev.mention_end,
        text[ev.mention_start:ev.mention_end],
        text[ev.passage_start:min(ev.passage_end, ev.passage_start + CONTEXT_CHARS)],
        evidence_when(ev),
    )


def evidence_when(ev: Evidence) -> str:
    """``earliest/latest`` of an evidence entry as text (empty parts when unknown)."""
    return f"{ev.earliest.isoformat() if ev.earliest else ''}/{ev.latest.isoformat() if ev.latest else ''}"


def event_ref(event: Event, articles: dict[str, Article]) -> EventRef:
    """The anchors of ``event``'s evidence (evidence whose article is unknown is skipped)."""
    return tuple(evidence_anchor(articles[e.article], e) for e in event.evidence if e.article in articles)


def selection_anchor(article: Article, start: int, end: int) -> Anchor:
    """The anchor of a passage the user selected (a manual event's evidence)."""
    if not 0 <= start < end <= len(article.text):
        raise ValueError(f"selection {start}-{end} is outside the article ({len(article.text)} characters)")
    surface = article.text[start:end]
    return Anchor(article.sha256, article.id, start, end, start, end, surface, surface[:CONTEXT_CHARS])


@dataclass
class Edit:
    """One change the analyst made.  ``seq`` orders the log (given by the store)."""

    kind: str
    targets: tuple[EventRef, ...] = ()
    payload: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created: float = field(default_factory=time.time)
    seq: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown edit kind {self.kind!r}")
        need = {"merge": 2, "manual": 0}.get(self.kind, 1)
        if len(self.targets) != need:
            raise ValueError(f"a {self.kind} edit names {need} event(s), got {len(self.targets)}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "created": self.created,
            "targets": [[a.to_dict() for a in ref] for ref in self.targets],
            "payload": self.payload,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], seq: int | None = None) -> Edit:
        targets = tuple(tuple(Anchor.from_dict(a) for a in ref) for ref in d.get("targets", ()))
        return cls(kind=str(d["kind"]), targets=targets, payload=dict(d.get("payload") or {}),
                   id=str(d["id"]), created=float(d.get("created", 0.0)), seq=seq)

    def describe(self) -> str:
        """What the edit was, in words (for an orphan in the Problems panel)."""
        p = self.payload
        what = {
            "date": lambda: f"date set to {p.get('earliest')}..{p.get('latest')} ({p.get('granularity')}"
                            f"{', approximately' if p.get('approximate') else ''})",
            "title": lambda: f"title set to «{p.get('title', '')}»",
            "topics": lambda: "topics set to " + (", ".join(p.get("topics", [])) or "none"),
            "actors": lambda: "actors set to " + (", ".join(p.get("actors", [])) or "none"),
            "hide": lambda: "hidden" if p.get("hidden", True) else "shown again",
            "delete": lambda: "deleted",
            "merge": lambda: "merged with another event",
            "split": lambda: f"split ({len(p.get('moved', []))} source(s) moved to a new event)",
            "note": lambda: f"note «{p.get('text', '')[:60]}»",
            "star": lambda: "starred" if p.get("starred", True) else "unstarred",
            "manual": lambda: f"event added by hand «{p.get('title', '')}»",
        }[self.kind]()
        anchor = self.first_anchor()
        where = f" on «{anchor.context or anchor.surface}» in {anchor.article}" if anchor else ""
        return what + where

    def first_anchor(self) -> Anchor | None:
        if self.kind == "manual":
            return Anchor.from_dict(self.payload["anchor"])
        for ref in self.targets:
            if ref:
                return ref[0]
        return None


# --- constructors the window and the tests use --------------------------------


def date_edit(ref: EventRef, earliest: date, latest: date, granularity: str,
              approximate: bool = False) -> Edit:
    """Correct an event's date: the interval at its precision, optionally "approximately"."""
    _check_interval(earliest, latest, granularity)
    return Edit("date", (ref,), {"earliest": earliest.isoformat(), "latest": latest.isoformat(),
                                 "granularity": granularity, "approximate": bool(approximate)})


def manual_edit(anchor: Anchor, earliest: date | None, latest: date | None, granularity: str,
                title: str, approximate: bool = False, topics: list[str] | None = None,
                actors: list[str] | None = None) -> Edit:
    """An event the analyst adds; ``anchor`` is the selected passage (its evidence)."""
    if earliest is not None and latest is not None:
        _check_interval(earliest, latest, granularity)
    return Edit("manual", (), {
        "anchor": anchor.to_dict(), "title": title,
        "earliest": earliest.isoformat() if earliest else None,
        "latest": (latest or earliest).isoformat() if (latest or earliest) else None,
        "granularity": granularity if earliest else "unknown", "approximate": bool(approximate),
        "topics": list(topics or []), "actors": list(actors or []),
    })


def _check_interval(earliest: date, latest: date, granularity: str) -> None:
    if granularity not in GRANULARITIES:
        raise ValueError(f"unknown precision {granularity!r}")
    if latest < earliest:
        raise ValueError(f"the end ({latest}) is before the start ({earliest})")


def interval_at(d: date, precision: str) -> tuple[date, date]:
    """The interval a date denotes at a precision: ``(2024-12-08, "month")`` is all of December."""
    import calendar

    if precision in ("day", "week"):
        return d, d
    if precision in ("month", "season"):
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if precision == "decade":
        y = d.year - d.year % 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
    if precision == "century":
        y = d.year - (d.year - 1) % 100
        return date(y, 1, 1), date(y + 99, 12, 31)
    raise ValueError(f"unknown precision {precision!r}")
