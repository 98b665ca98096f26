"""Merge the same fact reported by several articles into one event.

Two events are the same fact when their dates are compatible (the intervals
overlap) and their passages say the same thing: an IDF-weighted overlap of
content words, so that words every article repeats (الكويت, الناتو) weigh
little and distinctive ones (انضمت, المركز الإقليمي, تدشين) decide.  The
merged date is the most precise compatible reading; very similar statements
from different articles with incompatible dates are merged too, flagged
``sources-disagree``, and keep each reading on its evidence.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from hashlib import sha256
from pathlib import Path

from viewer.extract.normalize import normalize_text
from viewer.extract.vocab import default_matcher
from viewer.gcpause import gc_paused
from viewer.lang import load as _load_lang
from viewer.model import Event, Problem

# Bump when merging changes its output: it keys the store's cache of merged
# corpora (together with a hash of this file, see fingerprint()).
MERGE_VERSION = "2"
SAME_FACT = 0.4  # weighted overlap needed to merge compatible dates
DISAGREE = 0.6  # weighted Jaccard needed to call different dates one disputed fact
_GRAN_RANK = {
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "year": 4,
    "decade": 5,
    "century": 6,
    "unknown": 9,
}
_LANG = _load_lang()
_STOP = _LANG.stopwords  # viewer/lang/ar/stopwords.toml
# One clitic letter + the article, longest first (viewer/lang/ar/clitics.toml).
_PREFIXES = tuple(p for p in _LANG.clitic_prefixes(max_letters=1) if p.endswith((_LANG.article, _LANG.lam_article)))
_SUFFIXES = ("ها", "هم", "يه", "ات", "ه")
# Verbs and nouns of the same event type, folded so "انضمت" = "تنضم" = "انضمام".
_EVENT_STEMS = {
    "نضم": "@join",
    "انضم": "@join",
    "تنضم": "@join",
    "ينضم": "@join",
    "افتتح": "@open",
    "افتتاح": "@open",
    "تدشين": "@open",
    "دشن": "@open",
    "يفتتح": "@open",
    "انشاء": "@found",
    "تاسيس": "@found",
    "تاسس": "@found",
    "اسس": "@found",
    "تاسست": "@found",
    "استضاف": "@host",
    "تستضيف": "@host",
    "يستضيف": "@host",
    "استضافه": "@host",
    "توقيع": "@sign",
    "وقع": "@sign",
    "وقعت": "@sign",
    "يوقع": "@sign",
    "عقد": "@hold",
    "يعقد": "@hold",
    "انعقد": "@hold",
    "تعقد": "@hold",
}
BLOCK_CAP = 60
_ACTS = frozenset(_EVENT_STEMS.values())
WINDOW_AFTER = 3
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Light Arabic stemming: article and attached prepositions, a few suffixes."""
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p) :]
            break
    else:
        if word[:1] in "وفبل" and len(word) >= 5:
            word = word[1:]
    for s in _SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 3:
            word = word[: -len(s)]
            break
    for prefix, canon in _EVENT_STEMS.items():
        if word.startswith(prefix):
            return canon
    return word


def content_words(text: str) -> set[str]:
    return set(_content_words(text))


@lru_cache(maxsize=1 << 16)
def _content_words(text: str) -> frozenset[str]:
    words = _WORDS.findall(normalize_text(text))
    return frozenset(stem(w) for w in words if w not in _STOP and len(w) > 2)


@lru_cache(maxsize=1 << 16)
def _title_words(title: str) -> frozenset[str]:
    """Content words and actors (``@``-prefixed) of an event title."""
    actors = default_matcher().actors(normalize_text(title))
    return _content_words(title) | {"@" + a for a in actors}


def fact_words(ev: Event, texts: dict[str, str]) -> set[str]:
    """What the dated statement is about: its title clause and the words right after the date."""
    e = ev.evidence[0]
    t = texts.get(e.article, "")
    after = _WORDS.findall(normalize_text(t[e.mention_end : e.passage_end]))
    after = [w for w in after if w not in _STOP and len(w) > 2][:WINDOW_AFTER]
    return set(_title_words(ev.title)).union(stem(w) for w in after)


def _overlap(a: date | None, b: date | None, c: date | None, d: date | None) -> bool:
    if a is None or c is None:
        return False
    b = b or date.max
    d = d or date.max
    return a <= d and c <= b


def merge_events(
    events: list[Event], texts: dict[str, str] | None = None
) -> tuple[list[Event], list[Problem]]:
    """Merge per-article events; ``texts`` maps article id → text (for passage words).

    Candidate pairs (see :func:`_candidate_blocks`) are visited in ascending
    ``(i, j)`` order, which the order-dependent cluster intervals rely on; each
    pair is first screened with cheap precomputed facts (date overlap as
    ordinals, shared plain words, shared acts) before any weighted score.
    Merging never modifies ``events``: an event no other joins is returned as is.
    """
    with gc_paused():
        return _merge_events(events, texts or {})


def _merge_events(events: list[Event], texts: dict[str, str]) -> tuple[list[Event], list[Problem]]:
    n_ev = len(events)
    words = [frozenset(fact_words(e, texts)) for e in events]
    df: Counter[str] = Counter()
    for ws in words:
        df.update(ws)
    n = max(n_ev, 1)
    idf = {w: math.log(1 + n / c) for w, c in df.items()}
    # Sums of weights are exactly rounded (fsum), so they do not depend on set order.
    weight = [math.fsum([idf[w] for w in ws]) for ws in words]
    tags = frozenset(w for w in df if w.startswith("@"))  # actors and acts
    plain = [ws - tags for ws in words]
    acts = [ws & _ACTS for ws in words]
    first = [e.evidence[0].mention_start for e in events]
    arts = [tuple(e.articles) for e in events]
    big = date.max.toordinal() + 1
    lo_o = [e.earliest.toordinal() if e.earliest else 0 for e in events]
    hi_o = [e.latest.toordinal() if e.latest else big for e in events]
    multi = [e.kind == "multi" for e in events]

    fsum = math.fsum
    parent = list(range(n_ev))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Each cluster keeps the intersection of its members' intervals: a fact has
    # one date, so overlap must hold for the whole cluster, not just pairwise
    # (2015 ~ 2015-2018 ~ 2018 must not chain 2015 to 2018).
    lo = [e.earliest or date.min for e in events]
    hi = [e.latest or date.max for e in events]
    disputed: set[int] = set()
    disputed_roots: set[int] = set()
    disputes: list[tuple[int, int]] = []
    blocks = _candidate_blocks(events, words)
    for i in range(n_ev):
        mine = blocks[i]
        if not mine:
            continue
        partners: set[int] = set()
        for members in mine:
            partners.update(members[bisect_right(members, i):])
        if not partners:
            continue
        lo_i, hi_i, multi_i, first_i, arts_i = lo_o[i], hi_o[i], multi[i], first[i], arts[i]
        plain_i, acts_i, words_i, weight_i = plain[i], acts[i], words[i], weight[i]
        for j in sorted(partners):
            if first_i == first[j] and arts_i == arts[j]:
                continue  # parts of one multi-date mention are separate facts
            compatible = lo_i <= hi_o[j] and lo_o[j] <= hi_i
            if compatible and multi_i and multi[j]:
                compatible = lo_i == lo_o[j]
            if compatible:
                # score(): at least two shared plain words, then the weighted overlap.
                # The cheap cluster checks come first: they decide whatever the score.
                if len(plain_i & plain[j]) < 2:
                    continue
                ri, rj = find(i), find(j)
                if ri == rj:
                    continue
                new_lo = lo[ri] if lo[ri] > lo[rj] else lo[rj]
                new_hi = hi[ri] if hi[ri] < hi[rj] else hi[rj]
                if new_lo > new_hi:
                    continue
                inter = fsum([idf[w] for w in words_i & words[j]])
                if inter / min(weight_i, weight[j]) >= SAME_FACT:
                    parent[ri] = rj
                    lo[rj], hi[rj] = new_lo, new_hi
            elif arts_i != arts[j] and acts_i & acts[j]:
                # same_statement(): nearly the same words (weighted Jaccard), same kind of act.
                words_j = words[j]
                union = fsum([idf[w] for w in words_i | words_j])
                if union > 0 and fsum([idf[w] for w in words_i & words_j]) / union >= DISAGREE:
                    disputes.append((i, j))
    # A dispute joins two readings of one fact; it never chains further, or
    # similar statements of different years collapse into one event.
    for i, j in disputes:
        ri, rj = find(i), find(j)
        if ri == rj or ri in disputed_roots or rj in disputed_roots:
            continue
        parent[ri] = rj
        disputed_roots.add(rj)
        disputed.update((i, j))

    groups: dict[int, list[int]] = {}
    for i in range(n_ev):
        groups.setdefault(find(i), []).append(i)

    merged: list[Event] = []
    problems: list[Problem] = []
    for idxs in groups.values():
        members = [events[i] for i in idxs]
        ev = _combine(members)
        if any(i in disputed for i in idxs) and len({(e.earliest, e.latest) for e in members}) > 1:
            ev.flags.append("sources-disagree")
            ev.certain = False
            readings = "; ".join(f"{e.evidence[0].article}: {e.earliest}..{e.latest}" for e in members)
            problems.append(
                Problem(
                    "disagree",
                    f"sources disagree on the date of «{ev.title}»: {readings}",
                    None,
                    ev.evidence[0].article,
                    ev.id,
                )
            )
        merged.append(ev)
    merged.sort(key=lambda e: (e.earliest or date.max, e.id))
    return merged, problems


def _candidate_blocks(events: list[Event], words: list[frozenset[str]]) -> list[list[list[int]]]:
    """For each event, the blocks (ascending event indexes) it shares with others.

    Pairs worth scoring are dated events sharing at least one distinctive word:
    an inverted index replaces the all-pairs loop, so 100k events do not cost
    10^10 comparisons; words carried by more than BLOCK_CAP events are too
    common to tell facts apart and do not create pairs on their own, except
    among events of the same year (each event counts for the years of its
    interval, at most three).  The pairs of event ``i`` are the members after
    ``i`` of its blocks.  (A word's same-year blocks are subsets of its
    any-date block, so they only matter when that one is over the cap.)
    """
    index: dict[str, list[int]] = defaultdict(list)
    years: list[tuple[int, ...]] = [()] * len(events)
    for i, e in enumerate(events):
        if e.earliest is None or "date-unresolved" in e.flags:
            continue
        first = e.earliest.year
        years[i] = tuple(range(first, min((e.latest or e.earliest).year, first + 2) + 1))
        for w in words[i]:
            index[w].append(i)
    out: list[list[list[int]]] = [[] for _ in events]
    for w, members in index.items():
        if len(members) < 2 or w.startswith("@"):
            continue
        if len(members) <= BLOCK_CAP:
            blocks: Iterable[list[int]] = (members,)
        else:  # any date: too common; the same year: still pairs events
            by_year: dict[int, list[int]] = defaultdict(list)
            for i in members:
                for y in years[i]:
                    by_year[y].append(i)
            blocks = (b for b in by_year.values() if 2 <= len(b) <= BLOCK_CAP)
        for block in blocks:
            for i in block[:-1]:
                out[i].append(block)
    return out


def _candidate_pairs(events: list[Event], words: list[frozenset[str]]) -> list[tuple[int, int]]:
    """Every candidate pair ``(i, j)``, ``i < j``, in the order merge_events visits them."""
    pairs: list[tuple[int, int]] = []
    for i, mine in enumerate(_candidate_blocks(events, words)):
        partners: set[int] = set()
        for members in mine:
            partners.update(members[bisect_right(members, i):])
        pairs.extend((i, j) for j in sorted(partners))
    return pairs


def _precision(e: Event) -> tuple[int, int]:
    span = ((e.latest or date.max) - e.earliest).days if e.earliest else 10**9
    return _GRAN_RANK.get(e.granularity, 9), span


def _combine(members: list[Event]) -> Event:
    if len(members) == 1:
        return members[0]
    members.sort(key=lambda e: (e.evidence[0].article, e.evidence[0].mention_start))
    best = min(members, key=lambda e: (_precision(e), e.evidence[0].article))
    lead = members[0]
    # The title most representative of the group: shares most words with the others.
    bags = [_content_words(e.title) for e in members]
    shared = Counter(w for bag in bags for w in bag)

    def centrality(k: int) -> int:  # words shared with the other titles, linear in the group
        return sum(shared[w] - 1 for w in bags[k])

    titled = min(range(len(members)), key=lambda k: (members[k].title.startswith("…"), -centrality(k), k))
    topics: list[str] = []
    actors: list[str] = []
    flags: list[str] = []
    evidence = []
    for e in members:
        topics += [t for t in e.topics if t not in topics]
        actors += [a for a in e.actors if a not in actors]
        flags += [f for f in e.flags if f not in flags]
        evidence += e.evidence
    disagree = len({(e.earliest, e.latest) for e in members}) > 1 and not all(
        _overlap(best.earliest, best.latest, e.earliest, e.latest) for e in members
    )
    earliest = min(e.earliest for e in members if e.earliest) if disagree else best.earliest
    latest = max((e.latest or date.max) for e in members) if disagree else best.latest
    return Event(
        id=lead.id,
        earliest=earliest,
        latest=None if latest == date.max else latest,
        granularity=best.granularity,
        kind=best.kind,
        title=members[titled].title,
        certain=all(e.certain for e in members),
        topics=topics,
        actors=actors,
        evidence=evidence,
        flags=flags,
    )


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What decides merging's output: MERGE_VERSION and this file's source
    (the extractor's vocabulary is covered by EXTRACTOR_VERSION)."""
    try:
        source = sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:
        source = "nosource"
    return f"{MERGE_VERSION}:{source}"
