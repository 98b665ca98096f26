"""One event per dated statement, with its passage, title, topics and actors.

The passage is the sentence holding the date, cut down to the date's own
clause when the sentence carries several dates ("توقيع اتفاقية (2016-2017)
وإنشاء مركز … في عام 2017" is two events).  The title is taken from that
clause, so nothing shown is invented.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from functools import lru_cache

from viewer.events.titles import make_title_text
from viewer.extract.normalize import Normalized, normalize
from viewer.extract.sentences import sentences, split_between, trim
from viewer.extract.vocab import Matcher, default_matcher, tokens
from viewer.model import Article, Event, Evidence, Mention, Problem

# Kinds that never become events.
_NOT_EVENTS = {"copyright"}


def event_id(article: str, mention_start: int, part: int = 0) -> str:
    """Stable id: independent of dates, so re-resolving keeps selections and links."""
    h = hashlib.sha1(f"{article}:{mention_start}:{part}".encode()).hexdigest()[:10]
    return f"e{h}"


def build_events(
    article: Article, mentions: list[Mention], matcher: Matcher | None = None
) -> tuple[list[Event], list[Problem]]:
    matcher = matcher or default_matcher()
    text = article.text
    norm = normalize(text)
    usable = [m for m in mentions if m.kind not in _NOT_EVENTS]
    sents = sentences(text)
    passages = _passages(text, usable, sents)
    events: list[Event] = []
    problems: list[Problem] = []
    sent_starts = [s.start for s in sents]
    # Lookups depend only on the (normalized) span looked in: mentions sharing
    # a passage or a sentence share them.  A clause's topics, listed actors and
    # listed places come from one look-up (Matcher.tags_of).
    span_topics: dict[tuple[int, int], list[str]] = {}
    span_tags: dict[tuple[int, int], tuple[list[str], list[str], list[str]]] = {}

    def topics_in(span: tuple[int, int]) -> list[str]:
        if span not in span_topics:
            span_topics[span] = matcher.topics_of(tokens(norm.text[span[0] : span[1]]))
        return list(span_topics[span])

    for m, (ps, pe) in zip(usable, passages, strict=True):
        title, ps, pe = title_and_span(text, ps, pe, m)
        clause = _norm_span(norm, ps, pe)
        got = span_tags.get(clause)
        if got is None:
            found_topics, actors, found_places = matcher.tags_of(tokens(norm.text[clause[0] : clause[1]]))
            # the gazetteer, then organisations by pattern and people by cue (viewer/extract/names.py)
            for name in matcher.names_in(norm, *clause):
                if name not in actors:
                    actors.append(name)
            places = [p for p in matcher.places_found(norm, *clause, found_places) if p not in actors]
            got = span_tags[clause] = (found_topics, actors, places)
        topics = list(got[0])
        if not matcher.has_general(topics):  # the whole sentence gives the context
            ss, se = _cap(text, *_sentence_of(sents, text, m.start, sent_starts), m)
            topics = matcher.topic_union(topics, topics_in(_norm_span(norm, ss, se)))
        actors = list(got[1])
        places = list(got[2])
        parts = m.parts if m.parts else [(m.earliest, m.latest)]  # multi, since + multi: one event per part
        for i, (earliest, latest) in enumerate(parts):
            flags: list[str] = []
            certain = m.resolved
            if m.kind == "placeholder":
                flags.append("date-placeholder")
            elif not m.resolved:
                flags.append("date-unresolved")
            ev = Event(
                id=event_id(article.id, m.start, i),
                earliest=earliest,
                latest=latest,
                granularity=m.granularity,
                kind=m.kind,
                title=title,
                certain=certain,
                topics=topics,
                actors=list(actors),
                places=list(places),
                evidence=[
                    Evidence(article.id, ps, pe, m.start, m.end, earliest, latest, m.granularity, m.resolved)
                ],
                flags=flags,
            )
            events.append(ev)
            if "date-placeholder" in flags:
                problems.append(
                    Problem(
                        "placeholder",
                        f"template placeholder instead of a date: «{m.surface}»",
                        article.path,
                        article.id,
                        ev.id,
                        params={"surface": m.surface},  # the window words it (sD, issue 12 item 5)
                    )
                )
            elif "date-unresolved" in flags:
                problems.append(
                    Problem(
                        "unresolved",
                        f"«{m.surface}» depends on the unknown publication date",
                        article.path,
                        article.id,
                        ev.id,
                        params={"surface": m.surface},
                    )
                )
    return events, problems


def _norm_span(norm: Normalized, start: int, end: int) -> tuple[int, int]:

    return norm.norm_pos(start), norm.norm_pos(end)


def _sentence_of(sents: list, text: str, pos: int, starts: list[int] | None = None) -> tuple[int, int]:
    if starts is None:
        starts = [s.start for s in sents]
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sents[i].start <= pos < sents[i].end:
        return sents[i].start, sents[i].end
    return max(0, pos - 100), min(len(text), pos + 100)


def _passages(text: str, mentions: list[Mention], sents: list) -> list[tuple[int, int]]:
    """Passage span for each mention: its sentence, or its clause if the sentence has several dates."""
    out: list[tuple[int, int]] = []
    si = 0
    by_sentence: dict[int, list[int]] = {}
    for idx, m in enumerate(mentions):
        while si < len(sents) and sents[si].end <= m.start:
            si += 1
        key = si if si < len(sents) and sents[si].start <= m.start else -1 - idx
        by_sentence.setdefault(key, []).append(idx)
    spans: dict[int, tuple[int, int]] = {}
    for key, idxs in by_sentence.items():
        if key < 0:
            for i in idxs:
                m = mentions[i]
                spans[i] = _widen(text, m.start, m.end)
            continue
        s = sents[key]
        bounds = [s.start]
        for a, b in itertools.pairwise(idxs):
            cut = split_between(text, mentions[a].end, mentions[b].start)
            bounds.append(cut if cut is not None else bounds[-1])
        bounds.append(s.end)
        for j, i in enumerate(idxs):
            lo, hi = bounds[j], bounds[j + 1]
            if hi <= lo:  # no boundary found between two dates: share the sentence
                lo, hi = s.start, s.end
            lo, hi = trim(text, lo, hi)
            m = mentions[i]
            lo, hi = min(lo, m.start), max(hi, m.end)
            spans[i] = _cap(text, lo, hi, m)
    for i in range(len(mentions)):
        out.append(spans[i])
    return out


MAX_PASSAGE = 600


def _cap(text: str, lo: int, hi: int, m: Mention) -> tuple[int, int]:
    """A run-on "sentence" (no punctuation for pages) is cut to a window around its date.

    Keeps passages readable, and keeps title-making linear on adversarial
    input where thousands of dates share one sentence.
    """
    if hi - lo <= MAX_PASSAGE:
        return lo, hi
    half = MAX_PASSAGE // 2
    a = max(lo, m.start - half)
    b = min(hi, m.end + half)
    if a > lo:
        sp = text.find(" ", a, m.start)
        a = sp + 1 if sp >= 0 else a
    if b < hi:
        sp = text.rfind(" ", m.end, b)
        b = sp if sp >= 0 else b
    return a, b


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, (len(text) if hi < 0 else hi)


def make_title(text: str, ps: int, pe: int, m: Mention) -> str:
    """Who did what, from the passage around the date (rule: viewer/events/titles.py, docs/events.md)."""
    return title_and_span(text, ps, pe, m)[0]


def title_and_span(text: str, ps: int, pe: int, m: Mention) -> tuple[str, int, int]:
    """The title and the span it was read from (the passage, widened to the clause it
    needs when the passage was cut between two dates: the evidence then covers it)."""
    # Read on to the sentence's end: the title stops at the next date or clause break anyway.
    stop = _SENTENCE_END.search(text, m.end, min(len(text), m.end + 300))
    end = max(pe, stop.start() if stop else min(len(text), m.end + 300))
    start = ps
    if sum(map(_has_letter, text[ps : m.start].split())) < 5:
        # A clause cut short between two dates ("… (2016-2017) وإنشاء مركز الحلف – [في عام 2017]"):
        # read back to the previous date, sentence end or line start.
        lo = max(text.rfind("\n", 0, ps) + 1, ps - 200)
        back = _BACK_STOP.search(text[lo:ps][::-1])
        start = ps - back.start() if back else lo
    line_start = start == 0 or not text[text.rfind("\n", 0, start) + 1 : start].strip()
    title = make_title_text(text[start : m.start], text[m.end : end], m.surface, line_start)
    if title == m.surface:
        return title, ps, pe
    # Widen the span only as far as the title's words actually reach.
    first = title.split()[0] if title.split() else ""
    hit = text.find(first, start, m.start) if first else -1
    lo = min(ps, hit) if 0 <= hit < ps else ps
    last = title.rstrip("…").split()[-1] if title.rstrip("…").split() else ""
    tail = text.rfind(last, m.end, end) if last else -1
    hi = max(pe, tail + len(last)) if tail >= pe else pe
    return title, lo, hi


@lru_cache(maxsize=1 << 16)
def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


_SENTENCE_END = re.compile(r"[.!?؟](?=\s|$)|\n")
_BACK_STOP = re.compile(r"[0-9٠-٩۰-۹).!?؟]")
