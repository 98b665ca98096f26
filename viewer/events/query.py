"""Headless event filtering: the accepted set and live facet counts.

The window never filters row by row in a Qt proxy (``filterAcceptsRow`` in
Python freezes at 10^5 rows).  Instead :class:`EventIndex` precomputes, once
per corpus, everything a filter needs (normalized search text per event and
per article, date bounds, topic/actor lists), and :meth:`EventIndex.query`
answers one :class:`Filter` in a single O(n) pass, returning the accepted
event indices *and* the per-topic / per-actor counts shown next to each
checkbox.

Semantics (documented for the user in the README):

* topics (and actors alike): ``None`` means no filter.  Two modes, because the
  two gestures mean different things: in ``"exclude"`` mode (the default,
  reached from "all checked") unchecking a topic hides every event that
  carries it; in ``"any"`` mode (reached from "none checked") an event shows
  when at least one of its topics is checked.  Events without any topic
  belong to the pseudo-topic ``NO_TOPIC`` (``""``), without actors to
  ``NO_ACTOR``;
* dates: the event's interval overlaps ``[date_from, date_to]``; undated
  events (no date, placeholder, unresolved) pass only with ``include_undated``
  and are never excluded by the range itself;
* text: every whitespace-separated token of the normalized query occurs in
  the event's title, or the full text of one of its articles matches: through
  the store's FTS5 index when the window has one (every word a word prefix,
  leading clitics ignored, ``"..."`` a phrase; the passages are part of that
  text), else by the same substring test on the passages and the articles.

Counts are *facet* counts: a topic's count is the number of events that pass
every filter except the topic filter and carry that topic, so an unchecked
topic still shows how many events checking it would bring back.

No Qt here: the core stays importable without PySide6.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from viewer.extract.normalize import normalize_for_search, normalize_text
from viewer.model import Article, Event

NO_TOPIC = ""
NO_ACTOR = ""

UNDATED_FLAGS = frozenset({"date-placeholder", "date-unresolved"})


def is_undated(event: Event) -> bool:
    """True when the event has no trustworthy position on the time axis."""
    return event.earliest is None or bool(UNDATED_FLAGS.intersection(event.flags))


# --- normalization -----------------------------------------------------------

_SPACES = re.compile(r"\s+")
_SEP = "\x1e"  # INFORMATION SEPARATOR TWO: untouched by normalization, never in news text
_FOLD_CHUNK = 4000  # texts folded per C-level pass (see _normalize_many)


def normalize(text: str) -> str:
    """Search form of ``text``: the extractor's normalization, case-folded, spaces collapsed."""
    return _SPACES.sub(" ", normalize_for_search(text).casefold())


# --- filter and result -------------------------------------------------------


@dataclass
class Filter:
    """What the user asked for; ``None`` sets mean "everything"."""

    topics: frozenset[str] | None = None
    actors: frozenset[str] | None = None
    topic_mode: str = "exclude"  # or "any"
    actor_mode: str = "exclude"
    date_from: date | None = None
    date_to: date | None = None
    include_undated: bool = True
    text: str = ""
    #: where ``text`` must occur: "titles", "passages" (titles and the events' own
    #: passages) or "articles" (anywhere in the events' articles)
    text_scope: str = "passages"


@dataclass
class QueryResult:
    accepted: list[int] = field(default_factory=list)  # indices into EventIndex.events, input order
    topic_counts: dict[str, int] = field(default_factory=dict)
    actor_counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
    #: with a text query: relevance of each accepted event (higher first), see
    #: :meth:`EventIndex.query`; empty without one
    scores: dict[int, float] = field(default_factory=dict)

    def ranked(self) -> list[int]:
        """Accepted indices, most relevant first (input order without a text query)."""
        if not self.scores:
            return list(self.accepted)
        sc = self.scores
        return sorted(self.accepted, key=lambda i: (-sc.get(i, 0.0), i))

    def accepted_ids(self, index: EventIndex) -> list[str]:
        return [index.events[i].id for i in self.accepted]


class EventIndex:
    """Everything a filter needs, computed once per corpus."""

    def __init__(
        self,
        events: Sequence[Event],
        articles: Iterable[Article] = (),
        normalizer: Callable[[str], str] | None = None,
        article_search: Callable[[str, dict[str, str]], set[str] | None] | None = None,
    ) -> None:
        """``article_search(query, {article id: sha256})``: the ids of articles whose
        full text matches, from a full-text index (the store's SQLite FTS5); when
        absent, when an article has no content hash, or when it answers ``None`` (no
        index yet), article texts are scanned instead."""
        self.normalize = normalizer or normalize
        self.events = list(events)
        arts = {a.id: a for a in articles}
        self._arts = arts
        self._shas = {aid: a.sha256 for aid, a in arts.items() if a.sha256}
        self._article_search = article_search if len(self._shas) == len(arts) else None
        self._article_norm_cache: dict[str, str] | None = None
        self._title_norm: list[str] = []
        self._articles: list[tuple[str, ...]] = []
        self._topics: list[tuple[str, ...]] = []
        self._actors: list[tuple[str, ...]] = []
        self._lo: list[date | None] = []
        self._hi: list[date | None] = []
        self._undated: list[bool] = []
        self.all_topics: dict[str, int] = {}
        self.all_actors: dict[str, int] = {}
        raw: list[str] = []
        # With a full-text index, an event's passages need no text of their own:
        # they are part of its articles' text, which the index matches.
        with_passages = self._article_search is None
        for ev in self.events:
            if with_passages:
                parts = [ev.title]
                for evi in ev.evidence:
                    a = arts.get(evi.article)
                    if a is not None:
                        parts.append(a.text[evi.passage_start : evi.passage_end])
                raw.append(" \u2029 ".join(parts))
            else:
                raw.append(ev.title)
            self._articles.append(tuple(ev.articles))
            topics = tuple(dict.fromkeys(ev.topics)) or (NO_TOPIC,)
            actors = tuple(dict.fromkeys(ev.actors)) or (NO_ACTOR,)
            self._topics.append(topics)
            self._actors.append(actors)
            for t in topics:
                self.all_topics[t] = self.all_topics.get(t, 0) + 1
            for a in actors:
                self.all_actors[a] = self.all_actors.get(a, 0) + 1
            und = is_undated(ev)
            self._undated.append(und)
            self._lo.append(ev.earliest)
            self._hi.append(ev.latest or ev.earliest)
        self._title_norm = self._normalize_many(raw)
        self._with_passages = with_passages
        # Without a full-text index the text above is title + passages already: it
        # serves the passage scope as is; titles alone are folded on first use.
        self._titles_only: list[str] | None = None if with_passages else self._title_norm
        self._passages_only: list[str] | None = self._title_norm if with_passages else None
        dated = [d for d, u in zip(self._lo, self._undated, strict=True) if d is not None and not u]
        dated_hi = [d for d, u in zip(self._hi, self._undated, strict=True) if d is not None and not u]
        self.min_date: date | None = min(dated) if dated else None
        self.max_date: date | None = max(dated_hi) if dated_hi else None

    def _normalize_many(self, texts: list[str]) -> list[str]:
        """``[self.normalize(t) for t in texts]``, in a few C-level passes.

        A corpus of 10,000 articles has ~10^5 events and 15 M characters of
        passages; one call per event took 6 s.  Joined by a separator the
        normalization leaves alone, the whole lot is folded at once and split
        back.  A text that contains the separator itself takes the slow path.
        """
        if self.normalize is not normalize or not texts:
            return [self.normalize(t) for t in texts]
        if len(texts) > _FOLD_CHUNK:
            # In chunks: one C call over 10 MB of titles holds the GIL for tens of ms, and
            # the window's loader builds this index in a worker thread beside the GUI.
            return [x for k in range(0, len(texts), _FOLD_CHUNK) for x in self._normalize_many(texts[k:k + _FOLD_CHUNK])]
        joined = _SEP.join(texts)
        parts = normalize_text(joined).casefold().split(_SEP)
        if len(parts) != len(texts):
            return [self.normalize(t) for t in texts]
        return [" ".join(p.split()) for p in parts]

    def replace_event(self, k: int, ev: Event) -> None:
        """Put ``ev`` at position ``k`` in place of an event with the same id, topics,
        actors and dates (an analyst's star, note, title or hide): only its title's
        search text is refolded, so one edit costs one event, not a rebuild."""
        old = self.events[k]
        if (old.id, old.topics, old.actors, old.earliest, old.latest, is_undated(old)) != \
                (ev.id, ev.topics, ev.actors, ev.earliest, ev.latest, is_undated(ev)):
            raise ValueError(f"event {ev.id} changed more than its attributes: rebuild the index")
        self.events[k] = ev
        if ev.title == old.title:
            return
        if self._with_passages:
            parts = [ev.title] + [self._arts[e.article].text[e.passage_start:e.passage_end]
                                  for e in ev.evidence if e.article in self._arts]
            self._title_norm[k] = self._normalize_many([" \u2029 ".join(parts)])[0]
        else:
            self._title_norm[k] = self._normalize_many([ev.title])[0]
        if self._titles_only is not None and self._titles_only is not self._title_norm:
            self._titles_only[k] = self._normalize_many([ev.title])[0]

    def count_undated(self, indices: Iterable[int]) -> int:
        """How many of these events have no trustworthy date (see :func:`is_undated`)."""
        und = self._undated
        return sum(1 for i in indices if und[i])

    def __len__(self) -> int:
        return len(self.events)

    @property
    def _article_norm(self) -> dict[str, str]:
        """Normalized article texts, built only when there is no full-text index."""
        if self._article_norm_cache is None:
            self._article_norm_cache = {aid: self.normalize(a.text) for aid, a in self._arts.items()}
        return self._article_norm_cache

    def _article_hits(self, text: str, tokens: list[str]) -> set[str]:
        if self._article_search is not None:
            try:
                hits = self._article_search(text, self._shas)
            except Exception:  # an index problem must not break filtering
                hits = None
            if hits is not None:
                return hits
        return {aid for aid, t in self._article_norm.items() if all(tok in t for tok in tokens)}

    def _titles(self) -> list[str]:
        """Normalized titles alone (built on the first title-scope search)."""
        if self._titles_only is None:
            self._titles_only = self._normalize_many([ev.title for ev in self.events])
        return self._titles_only

    def _passages(self) -> list[str]:
        """Normalized passages of each event (built on the first passage-scope search)."""
        if self._passages_only is None:
            arts = self._arts
            raw = []
            for ev in self.events:
                parts = []
                for evi in ev.evidence:
                    a = arts.get(evi.article)
                    if a is not None:
                        parts.append(a.text[evi.passage_start : evi.passage_end])
                raw.append(" \u2029 ".join(parts))
            self._passages_only = self._normalize_many(raw)
        return self._passages_only

    def _text_matcher(self, text: str, scope: str = "passages") -> Callable[[int], float] | None:
        """``match(i)``: 0 when event i does not match, else its relevance.

        Relevance: every query word found in the title counts 3, in the event's
        own passages 2, only elsewhere in its articles 1 (scope "articles"); an
        exact phrase in the title or passages adds 2.  So the events *about* the
        words come first, then those whose articles merely mention them.
        """
        tokens = [t for t in self.normalize(text).split(" ") if t]
        if not tokens:
            return None
        phrase = " ".join(tokens)
        titles = self._titles()
        passages = self._passages() if scope in ("passages", "articles") else None
        art_hit = self._article_hits(text, tokens) if scope == "articles" else set()
        arts = self._articles
        n_tok = len(tokens)

        def match(i: int) -> float:
            t = titles[i]
            in_title = sum(1 for tok in tokens if tok in t)
            in_pass = 0
            p = ""
            if passages is not None and in_title < n_tok:
                p = passages[i]
                in_pass = sum(1 for tok in tokens if tok in p and tok not in t)
            if in_title + in_pass == n_tok:
                score = 3.0 * in_title + 2.0 * in_pass
                if n_tok > 1 and (phrase in t or (p and phrase in p)):
                    score += 2.0
                return score
            if art_hit and any(a in art_hit for a in arts[i]):
                return 1.0
            return 0.0

        return match

    def query(self, flt: Filter) -> QueryResult:
        """One pass: accepted indices plus facet counts (see module docstring)."""
        if (flt.topics is None and flt.actors is None and flt.date_from is None and flt.date_to is None
                and flt.include_undated and not flt.text.strip()):
            # Nothing filtered (every load starts here): every event, and the facet
            # counts are the corpus counts; no pass over 10^5 events needed.
            return QueryResult(list(range(len(self.events))), dict(self.all_topics), dict(self.all_actors),
                               len(self.events))
        res = QueryResult(total=len(self.events))
        topic_counts: dict[str, int] = dict.fromkeys(self.all_topics, 0)
        actor_counts: dict[str, int] = dict.fromkeys(self.all_actors, 0)
        text_ok = self._text_matcher(flt.text, flt.text_scope)
        scores = res.scores
        tsel, asel = flt.topics, flt.actors
        t_any, a_any = flt.topic_mode == "any", flt.actor_mode == "any"
        dfrom, dto, undated_ok = flt.date_from, flt.date_to, flt.include_undated
        accepted = res.accepted
        lo, hi, und = self._lo, self._hi, self._undated
        for i in range(len(self.events)):
            # date + text: shared by every facet
            if und[i]:
                if not undated_ok:
                    continue
            else:
                if dfrom is not None and (hi[i] is None or hi[i] < dfrom):
                    continue
                if dto is not None and lo[i] is not None and lo[i] > dto:
                    continue
            if text_ok is not None:
                sc = text_ok(i)
                if not sc:
                    continue
                scores[i] = sc
            topics = self._topics[i]
            actors = self._actors[i]
            if tsel is None:
                t_pass = True
            elif t_any:
                t_pass = any(t in tsel for t in topics)
            else:
                t_pass = all(t in tsel for t in topics)
            if asel is None:
                a_pass = True
            elif a_any:
                a_pass = any(a in asel for a in actors)
            else:
                a_pass = all(a in asel for a in actors)
            if a_pass:
                for t in topics:
                    topic_counts[t] += 1
            if t_pass:
                for a in actors:
                    actor_counts[a] += 1
            if t_pass and a_pass:
                accepted.append(i)
        res.topic_counts = topic_counts
        res.actor_counts = actor_counts
        return res
