"""Plain data passed between the pipeline stages.

Every stage takes and returns these dataclasses, so the pipeline can run
headless (CLI, tests, benchmark) and the UI only has to display them.  Dates
are ``datetime.date``; offsets are Python ``str`` indices into
``Article.text`` (the *original* decoded text), so ``text[start:end]`` is
always the surface that was matched.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

# How an article's publication date is known, strongest first (the precedence
# itself is decided in one place: viewer/corpus/pubdate.py).  ``inferred`` is
# the bound: only a lower bound (``published_min``) is known and relative
# mentions stay unresolved.
PUBLISHED_HOW = ("user", "cli", "manifest", "feed", "page-metadata", "dateline", "byline", "url",
                 "inferred", "unknown")

# Granularity of a normalized interval, finest first.
GRANULARITIES = ("day", "week", "month", "season", "year", "decade", "century", "unknown")

# Kinds of temporal mention.
MENTION_KINDS = (
    "absolute",  # 8 ديسمبر 2024, أبريل 1949, عام 2004
    "relative",  # ديسمبر الجاري, أمس, العام الماضي (needs the publication date)
    "range",  # (2016-2017), من 2016 إلى 2018, يومي 8 و9 ديسمبر 2024
    "since",  # منذ عام 2017 (earliest = 2017-01-01, latest = the year's end)
    "multi",  # عامي 2015 و2018 (one mention, earliest..latest span both)
    "decade",  # التسعينيات
    "anniversary",  # الذكرى الـ75 لتأسيس … (resolved from a founding year)
    "hijri",  # 15 رمضان 1446 هـ (converted with Umm al-Qura)
    "weekday",  # يوم الثلاثاء (relative to publication date)
    "placeholder",  # [أدخل التاريخ هنا …] : never dated
    "copyright",  # © 2024 : bounds the publication date, never an event
)


@dataclass
class Article:
    """One source document with its original text and what is known of it."""

    id: str
    path: str
    text: str
    title: str = ""
    source: str | None = None
    published: date | None = None
    published_how: str = "unknown"
    # Inferred lower bound of the publication date, and why (human readable).
    published_min: date | None = None
    published_reason: str | None = None
    encoding: str = "utf-8"
    sha256: str = ""
    url: str | None = None
    # Where the text states the publication date (offsets into ``text``), or
    # the metadata field it came from, as written.
    published_span: tuple[int, int] | None = None
    published_evidence: str | None = None
    # "Last updated": never the publication date, kept apart.
    modified: date | None = None
    # What the page is made of (corpus/page): the article body and the page
    # furniture (start, end, kind) — bylines, datelines, stamps, widgets,
    # tickers, related lists, captions, breadcrumbs, notices.  Furniture stays
    # in ``text`` but yields no event, no title and no bound.
    body: tuple[int, int] | None = None
    furniture: list[tuple[int, int, str]] = field(default_factory=list)
    # Why dates the page shows were not taken as its publication date.
    page_notes: list[str] = field(default_factory=list)

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        d = _jsonable(asdict(self))
        if not include_text:
            d.pop("text", None)
        return d


@dataclass
class Mention:
    """A temporal expression found in an article.

    ``earliest``/``latest`` bound the interval the expression can denote.  For
    an unresolved relative mention ``latest`` may be ``None`` (no upper bound
    known) while ``earliest`` is the widest lower bound the text allows.
    ``placeholder`` mentions have no dates at all.
    """

    article: str
    start: int
    end: int
    surface: str
    earliest: date | None
    latest: date | None
    granularity: str
    kind: str
    resolved: bool = True
    calendar: str = "gregorian"
    note: str | None = None
    # For ``multi`` mentions (عامي 2015 و2018): each (earliest, latest) part.
    parts: list[tuple[date, date]] | None = None

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


@dataclass
class Evidence:
    """Where one source supports an event, and the date as that source reads it."""

    article: str
    passage_start: int
    passage_end: int
    mention_start: int
    mention_end: int
    earliest: date | None = None
    latest: date | None = None
    granularity: str = "unknown"
    resolved: bool = True

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


@dataclass
class Event:
    """A dated statement, possibly supported by several articles."""

    id: str
    earliest: date | None
    latest: date | None
    granularity: str
    kind: str
    title: str
    certain: bool = True
    topics: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    # Set by viewer.events.tagging on the merged corpus (not cached: they follow
    # the vocabulary in use): places named in the passages, and how important
    # the event is (0..1; see docs/events.md; None: not scored), with what the score rests on.
    places: list[str] = field(default_factory=list)
    importance: float | None = None
    sources: int = 0  # independent sources: articles whose passages differ in wording
    date_source: str | None = None  # the article whose reading gave the (most precise) date

    @property
    def articles(self) -> list[str]:
        seen: dict[str, None] = {}
        for ev in self.evidence:
            seen.setdefault(ev.article, None)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        d = _jsonable(asdict(self))
        d["articles"] = self.articles
        return d


@dataclass
class Problem:
    """Something the user should know about: never fatal, always located."""

    kind: str  # unreadable, encoding, empty, binary, manifest, placeholder, unresolved, disagree, cache …
    message: str
    path: str | None = None
    article: str | None = None
    event: str | None = None
    severity: str = "warning"  # "error" when the file could not be loaded
    #: what the UI needs to say it in the user's language: ``reason`` names the case
    #: within the kind (``not-found``, ``permission`` …), the other keys its values
    #: (``line``, ``count``, ``total``, ``error`` …).  ``message`` stays the core's
    #: English wording (CLI, logs, the UI's technical detail); empty for old caches.
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CorpusResult:
    """Everything the pipeline knows about a set of files."""

    articles: list[Article] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def article(self, article_id: str) -> Article | None:
        for a in self.articles:
            if a.id == article_id:
                return a
        return None

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        return {
            "articles": [a.to_dict(include_text) for a in self.articles],
            "mentions": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
            "problems": [p.to_dict() for p in self.problems],
        }


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    return obj
