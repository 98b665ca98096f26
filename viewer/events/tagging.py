"""Topics, actors, places and importance of merged events, from their passages.

Extraction tags each event with the bundled vocabulary (viewer/events/build.py
calls :func:`tag_passage`; cached, and the cache key covers the vocabulary
files, so an edit of them re-extracts).  A corpus folder's own ``topics.toml``
/ ``actors.toml``, or an edit made in the window, re-tags the merged corpus on
top of the cached extraction when it is assembled, without re-extracting
anything.  Each distinct passage is tagged once.

Topics: the keywords of the event's passages (its clause); when a passage
names none, its paragraph line.  Actors: the gazetteer (countries, bodies,
listed people), organisations by pattern and people by title cue (see
viewer/extract/names.py); a short form of a name found in the corpus (الدعم
السريع, الكاظمي) is folded onto the one longer name that ends with it.
Places are their own facet.

Importance (0..1) = 0.55 · sources + 0.25 · lead + 0.20 · salience, where
``sources`` = log2(1 + independent sources) / log2(1 + 8), capped at 1
(word-identical copies of one passage are one source); ``lead`` = 1 when a
passage sits in an article's headline or first paragraph, else 0;
``salience`` = the share of the corpus's articles that name the event's most
named actor or topic.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from viewer.extract.normalize import normalize, normalize_text
from viewer.extract.vocab import Matcher, default_matcher, tokens
from viewer.model import Event

MAX_SOURCES = 8
LEAD_CHARS = 400


def tag_events(
    events: list[Event], texts: Mapping[str, str], matcher: Matcher | None = None, retag: bool | None = None
) -> None:
    """Set ``topics``, ``actors``, ``places``, ``sources`` and ``importance`` of every event, in place.

    With the bundled vocabulary the tags were set at extraction (cached, keyed
    by the vocabulary files) and merging united them: only sources and
    importance are computed then, unless ``retag``.  Another matcher (a corpus
    folder's own topics/actors, an edit in the window) re-tags every passage."""
    matcher = matcher or default_matcher()
    if retag is None:
        retag = matcher is not default_matcher()
    order = {t.id: i for i, t in enumerate(matcher.vocab.topics)}
    cache: dict[tuple[str, int, int], tuple[list[str], list[str], list[str]]] = {}
    lead_end = {aid: _lead_end(t) for aid, t in texts.items()}
    for ev in events:
        topics: list[str] = []
        actors: list[str] = []
        places: list[str] = []
        lead = False
        wordings: set[int] = set()
        for e in ev.evidence:
            text = texts.get(e.article)
            if text is None:
                continue
            if retag:
                key = (e.article, e.passage_start, e.passage_end)
                got = cache.get(key)
                if got is None:
                    got = cache[key] = tag_passage(matcher, text, e.passage_start, e.passage_end)
                t, a, p = got
                topics += [x for x in t if x not in topics]
                actors += [x for x in a if x not in actors]
                places += [x for x in p if x not in places]
            lead = lead or e.passage_start < lead_end.get(e.article, 0)
            wordings.add(hash(" ".join(text[e.passage_start : e.passage_end].split())))
        if retag and texts:  # without the texts (a bare event list) the extraction's tags stay
            ev.topics = sorted(topics, key=lambda x: order.get(x, len(order)))
            ev.actors = actors
            ev.places = places
        if texts:
            ev.sources = len(wordings)
        ev.importance = float(lead)  # provisional: finished by _score once salience is known
    _fold_short_names(events)
    _score(events, len(texts))


def tag_passage(matcher: Matcher, text: str, start: int, end: int) -> tuple[list[str], list[str], list[str]]:
    """Topics, actors and places of text[start:end] (topics from its line when it names none)."""
    norm = normalize(text[start:end])
    toks = tokens(norm.text)
    topics = matcher.topics_of(toks)
    if not matcher.has_general(topics):  # the paragraph line gives context ("… التي انطلقت في 2019")
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else hi
        if (lo, hi) != (start, end) and hi - lo < 2000:
            topics = matcher.topic_union(topics, matcher.topics(normalize_text(text[lo:hi])))
    actors = matcher.actors_of(toks)
    for name in matcher.names_in(norm, 0, len(norm.text)):
        if name not in actors:
            actors.append(name)
    places = [p for p in matcher.places_in(norm, 0, len(norm.text), toks) if p not in actors]
    return topics, actors, places


def _lead_end(text: str) -> int:
    """End of the headline and first paragraph (the first two non-empty lines), at most LEAD_CHARS."""
    pos = 0
    seen = 0
    while seen < 2:
        nl = text.find("\n", pos)
        line = text[pos : nl if nl >= 0 else len(text)]
        if line.strip():
            seen += 1
        if nl < 0:
            pos = len(text)
            break
        pos = nl + 1
    return min(pos, LEAD_CHARS)


def _fold_short_names(events: Iterable[Event]) -> None:
    """``الدعم السريع`` → ``قوات الدعم السريع`` when exactly one longer found name ends with it."""
    events = list(events)
    names = {a for ev in events for a in ev.actors}
    words = {a: tuple(normalize_text(a).split()) for a in names}
    fold: dict[str, str] = {}
    for short, sw in words.items():
        longer = [n for n, lw in words.items() if len(lw) > len(sw) and lw[-len(sw):] == sw]
        if len(longer) == 1 and (len(sw) > 1 or len(sw[0]) > 4):
            fold[short] = longer[0]
    if not fold:
        return
    for ev in events:
        if any(a in fold for a in ev.actors):
            ev.actors = list(dict.fromkeys(fold.get(a, a) for a in ev.actors))


def _score(events: list[Event], n_articles: int) -> None:
    arts = [ev.articles for ev in events]
    seen: dict[str, set[str]] = {}
    for ev, a in zip(events, arts, strict=True):
        for x in (*ev.actors, *ev.topics):
            got = seen.get(x)
            if got is None:
                seen[x] = set(a)
            else:
                got.update(a)
    n = max(n_articles, 1)
    reach = {x: min(1.0, len(a) / n) for x, a in seen.items()}
    norm = math.log2(1 + MAX_SOURCES)
    for ev, a in zip(events, arts, strict=True):
        lead = ev.importance or 0.0
        src = min(1.0, math.log2(1 + (ev.sources or len(a))) / norm)
        sal = max([reach[x] for x in ev.actors] + [reach[x] for x in ev.topics], default=0.0)
        ev.importance = round(0.55 * src + 0.25 * lead + 0.20 * sal, 3)
