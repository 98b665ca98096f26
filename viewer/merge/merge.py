"""Merge the same fact reported by several articles into one event.

Two rules, each deciding from the two events alone (viewer/merge/keys.py), so
the clusters of a fact do not depend on how big the corpus is:

1. **Same statement**: word-identical passages (normalized, the date at the
   same word) in different articles are one event, whatever their dates; when
   the dates differ (an aggregator one day later turns ``أمس`` into another
   day) the event is flagged ``sources-disagree`` and each evidence keeps its
   own reading.
2. **Same fact in other words**: statements of the same *act* (launch ≠ join,
   resources/acts.toml), the same or no *subject* (the title's first
   actor: قطر joining is not البحرين joining), compatible dates (a cluster
   keeps the intersection of its members' intervals, so 2015 ~ 2015-2018 ~
   2018 never chains), and a shared object word (except for acts that happen
   once for a subject on a date, such as an outbreak).  Statements dated only
   to a decade or century, unresolved ones and ones with no act are merged by
   rule 1 only: "the 1990s" is no fact.

The merged date is the most precise compatible reading, and the event says
which article gave it (``date_source``).
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date
from functools import lru_cache
from hashlib import sha256
from pathlib import Path

from viewer.extract.normalize import normalize, normalize_text
from viewer.extract.vocab import default_matcher, tokens
from viewer.gcpause import gc_paused
from viewer.merge import keys
from viewer.model import Event, Problem

# Bump when merging changes its output: it keys the store's cache of merged
# corpora (together with a hash of this file, see fingerprint()).
MERGE_VERSION = "4"
SAME_OBJECT = 0.5  # Jaccard of the object words of two statements of a non-singular act
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
_VAGUE = {"decade", "century", "unknown"}


def content_words(text: str) -> set[str]:
    return {keys.stem(w) for w in normalize_text(text).split() if len(w) > 2}


_PREPS = frozenset(normalize_text(w) for w in "إلى على في من عن مع ضمن لدى بين حول عبر نحو ضد".split())
SUBJECT_REACH = 3  # words after the act where a verb's subject stands (VSO)


@lru_cache(maxsize=1 << 16)
def subject_of(title: str) -> tuple[str, str] | None:
    """The title's subject: (name, type) of the first actor before the act word or
    within SUBJECT_REACH words after it, not governed by a preposition (انضمت إلى
    مبادرة … has no subject but Kuwait's, found elsewhere; إنشاء مركز … مبادرة
    إسطنبول has none).  type: country, person, org (pattern names: org)."""
    m = default_matcher()
    norm = normalize(title)
    toks = tokens(norm.text)
    act_at = next((i for i, t in enumerate(toks) if keys.act_in(t) is not None), None)
    found = m._actor_index.find_tokens(toks)
    types = m.actor_types
    for label, i in sorted(found.items(), key=lambda x: x[1]):
        if act_at is not None and i > act_at + SUBJECT_REACH:
            break
        t = toks[i]
        if (i and toks[i - 1] in _PREPS) or (t[:1] in "لب" and t[1:3] in ("ال", "لا") and len(t) > 4):
            continue
        return label, types.get(label, "org")
    names = m.names_in(norm, 0, len(norm.text))
    if names and (act_at is None or act_at <= SUBJECT_REACH):
        return names[0], "org"
    return None


def _blocks(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Different subjects never merge; an organisation named beside a country or
    person (مبادرة إسطنبول … الكويت) is often its object, so only like with like blocks."""
    if a is None or b is None or a[0] == b[0]:
        return False
    return a[1] == b[1] or (a[1] != "org" and b[1] != "org")


def merge_events(
    events: list[Event], texts: dict[str, str] | None = None
) -> tuple[list[Event], list[Problem]]:
    """Merge per-article events; ``texts`` maps article id → text (for passages).

    Merging never modifies ``events``: an event no other joins is returned as is.
    """
    with gc_paused():
        return _merge_events(events, texts or {})


def _merge_events(events: list[Event], texts: dict[str, str]) -> tuple[list[Event], list[Problem]]:
    n_ev = len(events)
    parent = list(range(n_ev))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    # 1. the same statement, word for word
    by_statement: dict[tuple, list[int]] = {}
    for i, e in enumerate(events):
        k = keys.statement_key(e, texts)
        if k is not None:
            by_statement.setdefault(k, []).append(i)
    for idxs in by_statement.values():
        # Copies a few days apart are one statement read on different publication days;
        # the same sentence years apart ("last year, X announced …" in every year's
        # article) is a new statement each time.
        line = sorted(idxs, key=lambda i: (events[i].earliest or date.min, events[i].evidence[0].article))
        for a, b in itertools.pairwise(line):
            if _near(events[a], events[b]):
                union(a, b)

    # 2. the same act, subject, date and object
    groups: dict[tuple[str, int], list[int]] = {}
    acts: dict[int, str] = {}
    for i, e in enumerate(events):
        if e.earliest is None or "date-unresolved" in e.flags or e.granularity in _VAGUE:
            continue
        act = keys.act_of(e, texts)
        if act is None:
            continue
        acts[i] = act
        groups.setdefault((act, e.earliest.year), []).append(i)
    singular = keys.singular_acts()
    for (act, _year), idxs in groups.items():
        # Pairwise, so the clusters do not depend on the order events come in or on
        # how many others there are; candidates share an object word (or the act is singular).
        info = {}
        for i in idxs:
            e = events[i]
            subj = subject_of(e.title)
            drop = {keys.stem(w) for w in normalize_text(subj[0] if subj else "").split()}
            info[i] = (subj, keys.content_of(e, texts, drop), e.earliest, e.latest or date.max,
                       (e.evidence[0].article, e.evidence[0].mention_start), e.kind == "since")
        if act in singular:
            key_groups = [idxs]
        else:
            # Other acts: the same subject and object words, or, on one and the same
            # day, the same subject and most object words (a reworded wire copy).
            # Looser rules chain: "organised a workshop on X" ~ "… on Y" ~ "… on Z".
            by_key: dict[tuple, list[int]] = {}
            for i in idxs:
                subj, obj, lo, hi, _spot, _since = info[i]
                by_key.setdefault((subj, obj), []).append(i)
                if subj is not None and events[i].granularity == "day":
                    by_key.setdefault((subj, "day", lo, hi), []).append(i)
            key_groups = list(by_key.values())
        for members in key_groups:
            _join_by_dates(members, info, union, find, act in singular)

    groups_out: dict[int, list[int]] = {}
    for i in range(n_ev):
        groups_out.setdefault(find(i), []).append(i)

    merged: list[Event] = []
    problems: list[Problem] = []
    for idxs in groups_out.values():
        members = [events[i] for i in idxs]
        ev = _combine(members)
        if len(members) > 1 and len({(e.earliest, e.latest) for e in members}) > 1 and not _compatible(members):
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
                    params={"title": ev.title, "readings": readings},  # worded by the window (sD)
                )
            )
        merged.append(ev)
    merged.sort(key=lambda e: (e.earliest or date.max, e.id))
    return merged, problems


def _join_by_dates(members: list[int], info: dict, union, find, singular: bool) -> None:
    """Join statements of one key group whose dates are one reading of one date.

    Equal intervals join; for an act that happens once (an opening, an
    accession), a coarser interval (2017) joins the statements it contains
    (January 2017) when they are one cluster, so a year never bridges two
    different days."""
    buckets: dict[tuple[date, date], list[int]] = {}
    # Each bucket's first statement is where its members are joined: the first in text
    # order of the articles (by id), not in the order the events come in, so the
    # clusters do not depend on how a corpus lists its files.
    for i in sorted(members, key=lambda i: info[i][4]):
        buckets.setdefault((info[i][2], info[i][3]), []).append(i)

    def ok(i: int, j: int) -> bool:
        si, oi = info[i][0], info[i][1]
        sj, oj = info[j][0], info[j][1]
        if info[i][4] == info[j][4] or _blocks(si, sj):
            return False
        if singular:
            # An act that happens once needs nothing more; but a state said to hold
            # "since" a date is a beginning only of what it names: "since 1996" said of
            # a cooperation and of a visit are two facts, unless one subject says both.
            if info[i][5] and info[j][5]:  # two states: one subject, the same thing
                return si is not None and sj is not None and si[0] == sj[0] and oi == oj
            if info[i][5] or info[j][5]:  # a state and the act that began it
                return bool(oi & oj)
            return True
        return oi == oj or len(oi & oj) >= SAME_OBJECT * len(oi | oj)

    for idxs in buckets.values():
        for j in idxs[1:]:
            if ok(idxs[0], j):
                union(idxs[0], j)
    if not singular:
        return  # "organised a workshop" in 2017 may be any of that year's workshops
    spans = sorted(buckets, key=lambda b: ((b[1] - b[0]).days, b))
    for k, (lo, hi) in enumerate(spans):
        inner = [b for b in spans[:k] if lo <= b[0] and b[1] <= hi and b != (lo, hi)]
        if not inner:
            continue
        roots = {find(buckets[b][0]) for b in inner}
        if len(roots) == 1:
            head = buckets[inner[0]][0]
            for i in buckets[(lo, hi)]:
                if ok(head, i):
                    union(head, i)


COPY_DAYS = 7  # how far apart the readings of one word-identical statement may be


def _near(a: Event, b: Event) -> bool:
    """``b`` (not earlier than ``a``) starts at most COPY_DAYS after ``a`` ends (undated: near)."""
    if a.earliest is None or b.earliest is None:
        return True
    return (b.earliest - (a.latest or a.earliest)).days <= COPY_DAYS


def _compatible(members: list[Event]) -> bool:
    lo = max(e.earliest or date.min for e in members)
    hi = min(e.latest or date.max for e in members)
    return lo <= hi


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
    bags = [content_words(e.title) for e in members]
    shared = Counter(w for bag in bags for w in bag)

    def centrality(k: int) -> int:  # words shared with the other titles, linear in the group
        return sum(shared[w] - 1 for w in bags[k])

    titled = min(range(len(members)), key=lambda k: (members[k].title.startswith("…"), -centrality(k), k))
    topics: list[str] = []
    actors: list[str] = []
    places: list[str] = []
    flags: list[str] = []
    evidence = []
    for e in members:
        topics += [t for t in e.topics if t not in topics]
        actors += [a for a in e.actors if a not in actors]
        places += [p for p in e.places if p not in places]
        flags += [f for f in e.flags if f not in flags]
        evidence += e.evidence
    disagree = not _compatible(members)
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
        places=places,
        date_source=None if disagree else best.evidence[0].article,
    )


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """What decides merging's output: MERGE_VERSION and this file's source
    (the extractor's vocabulary is covered by EXTRACTOR_VERSION)."""
    h = sha256()
    for f in (Path(__file__), Path(keys.__file__)):
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"nosource")
    return f"{MERGE_VERSION}:{h.hexdigest()[:16]}:{keys.acts_digest()}"
