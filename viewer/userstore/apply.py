"""Apply the analyst's edits to an extracted corpus: one pure function for every consumer.

The window, the CLI export and the publishers all call :func:`apply_edits`, so
they show the same edited timeline.  The input corpus is never modified
(events that an edit touches are copied), and applying no edit returns the
corpus as it is.

Edits are applied in log order, each against the state the previous ones
left: a title set on an event that was later merged still shows on the
merged event, an edit of a manual event finds it by its passage.  An edit
whose anchors match no event (the article changed or vanished, the evidence
is no longer extracted) is an *orphan*: it is reported as a
``Problem(kind="orphan-edit")`` saying what it was, kept in the store, and
attaches again if the text comes back.
"""

from __future__ import annotations

import bisect
import copy
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from viewer.model import Article, CorpusResult, Event, Evidence, Problem
from viewer.userstore.edits import Anchor, Edit, EventRef, evidence_when

# Flags an edit puts on an event (exports and filters read them).
EDITED = "edited"
STARRED = "starred"
HIDDEN = "hidden"
MANUAL = "manual"
APPROXIMATE = "date-approximate"
_UNDATED = ("date-unresolved", "date-placeholder")


@dataclass
class EditedResult:
    """The corpus with the edits applied, and what the window marks."""

    result: CorpusResult
    notes: dict[str, str] = field(default_factory=dict)  # event id -> note
    edited: dict[str, list[str]] = field(default_factory=dict)  # event id -> kinds applied, in order
    orphans: list[tuple[Edit, str]] = field(default_factory=list)  # (edit, why it did not attach)
    applied: int = 0
    targets: dict[str, str] = field(default_factory=dict)  # edit id -> id of the event it landed on
    # The applying state after the last edit (work positions, evidence index), kept so one
    # more star/note/title/hide edit can be patched in place (viewer.userstore.patch).
    state: _State | None = field(default=None, repr=False, compare=False)
    slot: dict[int, int] = field(default_factory=dict, repr=False, compare=False)  # work pos -> events pos

    @property
    def events(self) -> list[Event]:
        return self.result.events

    def starred(self, event: Event) -> bool:
        return STARRED in event.flags

    def hidden(self, event: Event) -> bool:
        return HIDDEN in event.flags


def apply_edits(result: CorpusResult, edits: Iterable[Edit]) -> EditedResult:
    """``result`` with ``edits`` applied in order (see the module docstring)."""
    edits = sorted(edits, key=lambda e: (e.seq if e.seq is not None else 1 << 62, e.created))
    if not edits:
        return EditedResult(result)
    state = _State(result)
    out = EditedResult(result)
    for edit in edits:
        why = state.apply(edit)
        if why is None:
            out.applied += 1
            if state.last is not None:
                out.targets[edit.id] = state.last
        else:
            out.orphans.append((edit, why))
    events: list[Event] = []
    out.state = state
    for i, ev in enumerate(state.work):
        if ev is None:
            continue
        out.slot[i] = len(events)
        events.append(ev)
        if state.kinds.get(i):
            out.edited[ev.id] = state.kinds[i]
        if state.notes.get(i):
            out.notes[ev.id] = state.notes[i]
    problems = list(result.problems)
    for edit, why in out.orphans:
        anchor = edit.first_anchor()
        problems.append(Problem(
            kind="orphan-edit", severity="warning", article=anchor.article if anchor else None,
            message=f"an edit could not be re-attached ({why}): {edit.describe()}",
            # worded by the window (issue 12 item 5); the title or note the analyst wrote, as written
            params={"reason": "edit", "edit": edit.kind,
                    "detail": str(edit.payload.get("title") or edit.payload.get("text") or "")[:80]},
        ))
    out.result = replace(result, events=events, problems=problems)
    return out


class _State:
    """The events while edits are applied: copy-on-write, with an evidence index per article."""

    def __init__(self, result: CorpusResult) -> None:
        self.articles: dict[str, Article] = {a.id: a for a in result.articles}
        self.by_sha: dict[str, str] = {a.sha256: a.id for a in result.articles if a.sha256}
        self.work: list[Event | None] = list(result.events)
        self.copied: set[int] = set()
        # per article: evidence mentions sorted by start -> event position, so an anchor
        # finds its candidates by bisection (an article may hold thousands of events)
        self.spans: dict[str, _Spans] = {}
        for i, ev in enumerate(self.work):
            self._index(i, ev)
        for sp in self.spans.values():
            sp.sort()
        self.kinds: dict[int, list[str]] = {}  # position in work -> edit kinds
        self.last: str | None = None  # id of the event the last edit landed on
        self.notes: dict[int, str] = {}

    # --- bookkeeping --------------------------------------------------------

    def _index(self, i: int, ev: Event, evidence: list[Evidence] | None = None) -> None:
        for e in ev.evidence if evidence is None else evidence:
            sp = self.spans.get(e.article)
            if sp is None:
                sp = self.spans[e.article] = _Spans()
            sp.add(e.mention_start, e.mention_end, i)

    def _touch(self, i: int) -> Event:
        """The event at ``i``, copied once so the input corpus stays as it was."""
        ev = self.work[i]
        assert ev is not None
        if i not in self.copied:
            ev = copy.copy(ev)
            ev.topics, ev.actors, ev.flags = list(ev.topics), list(ev.actors), list(ev.flags)
            ev.evidence = list(ev.evidence)
            self.work[i] = ev
            self.copied.add(i)
        return ev

    def _mark(self, i: int, kind: str) -> None:
        ev = self.work[i]
        assert ev is not None
        self.last = ev.id
        self.kinds.setdefault(i, []).append(kind)
        if EDITED not in ev.flags:
            ev.flags.append(EDITED)

    def _add(self, ev: Event) -> int:
        self.work.append(ev)
        i = len(self.work) - 1
        self.copied.add(i)
        self._index(i, ev)
        return i

    # --- anchors ------------------------------------------------------------

    def article_of(self, anchor: Anchor) -> Article | None:
        """The article holding the anchored text: same content hash (or, without one, same id)."""
        aid = self.by_sha.get(anchor.sha256) if anchor.sha256 else anchor.article
        a = self.articles.get(aid) if aid else None
        if a is None or a.text[anchor.mention_start:anchor.mention_end] != anchor.surface:
            return None
        return a

    def find(self, ref: EventRef) -> tuple[int | None, str]:
        """The event the anchors point at (most anchors agreeing, best span match), or why none."""
        scores: dict[int, float] = {}
        known = False
        for anchor in ref:
            a = self.article_of(anchor)
            if a is None:
                continue
            known = True
            best: tuple[float, int] | None = None
            sp = self.spans.get(a.id)
            for i in sp.near(anchor.passage_start, anchor.passage_end) if sp is not None else ():
                ev = self.work[i]
                if ev is None:
                    continue
                s = 0.0
                for e in ev.evidence:
                    # cheap reject first: every match needs the evidence's mention inside
                    # the anchored passage or overlapping the anchored mention
                    if e.article != a.id or e.mention_end <= anchor.passage_start \
                            or e.mention_start >= anchor.passage_end:
                        continue
                    s = max(s, _score(anchor, e))
                if s > 0 and (best is None or s > best[0]):
                    best = (s, i)
            if best is not None:
                scores[best[1]] = scores.get(best[1], 0.0) + best[0]
        if not scores:
            return None, ("the evidence is no longer extracted" if known
                          else "the article changed or is no longer in the corpus")
        return max(scores, key=lambda i: (scores[i], -i)), ""

    # --- the edits ------------------------------------------------------------

    def apply(self, edit: Edit) -> str | None:
        """Apply one edit; None when done, else why it could not attach."""
        self.last = None
        if edit.kind == "manual":
            return self._manual(edit)
        i, why = self.find(edit.targets[0])
        if i is None:
            return why
        p = edit.payload
        if edit.kind == "delete":
            self.last = self.work[i].id if self.work[i] is not None else None
            self._drop(i)
            return None
        if edit.kind == "merge":
            j, why = self.find(edit.targets[1])
            if j is None:
                return "the other event: " + why
            if j == i:
                return None  # already one event (e.g. the extractor now merges them)
            return self._merge(i, j)
        if edit.kind == "split":
            return self._split(i, edit)
        ev = self._touch(i)
        if edit.kind == "date":
            ev.earliest = date.fromisoformat(p["earliest"])
            ev.latest = date.fromisoformat(p["latest"])
            ev.granularity = str(p["granularity"])
            ev.certain = not p.get("approximate", False)
            ev.flags = [f for f in ev.flags if f not in _UNDATED and f != APPROXIMATE]
            if not ev.certain:
                ev.flags.append(APPROXIMATE)
        elif edit.kind == "title":
            ev.title = str(p["title"])
        elif edit.kind == "topics":
            ev.topics = [str(t) for t in p.get("topics", [])]
        elif edit.kind == "actors":
            ev.actors = [str(t) for t in p.get("actors", [])]
        elif edit.kind == "hide":
            _set_flag(ev, HIDDEN, bool(p.get("hidden", True)))
        elif edit.kind == "star":
            _set_flag(ev, STARRED, bool(p.get("starred", True)))
        elif edit.kind == "note":
            text = str(p.get("text", ""))
            if text:
                self.notes[i] = text
            else:
                self.notes.pop(i, None)
        self._mark(i, edit.kind)
        return None

    def _drop(self, i: int) -> None:
        self.work[i] = None
        self.kinds.pop(i, None)
        self.notes.pop(i, None)

    def _merge(self, i: int, j: int) -> None:
        keep = self._touch(i)
        other = self.work[j]
        assert other is not None
        have = {_span(e) for e in keep.evidence}
        added = [e for e in other.evidence if _span(e) not in have]
        keep.evidence.extend(added)
        keep.topics.extend(t for t in other.topics if t not in keep.topics)
        keep.actors.extend(a for a in other.actors if a not in keep.actors)
        keep.flags.extend(f for f in other.flags if f not in keep.flags and f not in (EDITED, HIDDEN))
        note = self.notes.get(j)
        if note:
            mine = self.notes.get(i)
            self.notes[i] = f"{mine}\n{note}" if mine else note
        self._drop(j)
        self._index(i, keep, added)
        self._mark(i, "merge")

    def _split(self, i: int, edit: Edit) -> str | None:
        ev = self.work[i]
        assert ev is not None
        moved_anchors = [Anchor.from_dict(d) for d in edit.payload.get("moved", [])]
        moved: list[Evidence] = []
        for anchor in moved_anchors:
            a = self.article_of(anchor)
            if a is None:
                continue
            cands = [(s, k) for k, e in enumerate(ev.evidence)
                     if e.article == a.id and (s := _score(anchor, e)) > 0]
            if cands:
                e = ev.evidence[max(cands)[1]]
                if e not in moved:
                    moved.append(e)
        if not moved:
            return "the sources to split off are no longer part of the event"
        if len(moved) == len(ev.evidence):
            return "every source of the event would move: nothing left to split from"
        user_dated = "date" in self.kinds.get(i, ())
        ev = self._touch(i)
        ev.evidence = [e for e in ev.evidence if e not in moved]
        if not user_dated:
            _redate(ev)
        new = replace(ev, id=_derived_id("s", edit.id), evidence=moved, topics=list(ev.topics),
                      actors=list(ev.actors), flags=[f for f in ev.flags if f not in (STARRED, EDITED)])
        _redate(new)
        self._mark(i, "split")
        self._mark(self._add(new), "split")
        return None

    def _manual(self, edit: Edit) -> str | None:
        p = edit.payload
        anchor = Anchor.from_dict(p["anchor"])
        a = self.article_of(anchor)
        if a is None:
            return "the article changed or is no longer in the corpus"
        lo = date.fromisoformat(p["earliest"]) if p.get("earliest") else None
        hi = date.fromisoformat(p["latest"]) if p.get("latest") else lo
        approx = bool(p.get("approximate"))
        flags = [MANUAL] + ([APPROXIMATE] if approx and lo else []) + ([] if lo else ["date-placeholder"])
        ev = Event(
            id=_derived_id("u", edit.id), earliest=lo, latest=hi,
            granularity=str(p.get("granularity") or "unknown"), kind="manual",
            title=str(p.get("title", "")), certain=not approx, topics=list(p.get("topics", [])),
            actors=list(p.get("actors", [])), flags=flags,
            evidence=[Evidence(a.id, anchor.passage_start, anchor.passage_end, anchor.mention_start,
                               anchor.mention_end, lo, hi, str(p.get("granularity") or "unknown"), True)],
        )
        self._mark(self._add(ev), "manual")
        return None


class _Spans:
    """One article's evidence mentions, sorted by start, each with its event's position."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[tuple[int, int, int]] = []  # (start, end, event position)
        self.maxlen = 0
        self._sorted = True

    def add(self, start: int, end: int, i: int) -> None:
        self.maxlen = max(self.maxlen, end - start)
        if self._sorted and self.items and (start, end, i) < self.items[-1]:
            self._sorted = False
        self.items.append((start, end, i))
        self.starts.append(start)

    def sort(self) -> None:
        if not self._sorted:
            self.items.sort()
            self.starts = [s for s, _e, _i in self.items]
            self._sorted = True

    def near(self, lo: int, hi: int) -> list[int]:
        """Positions of events with a mention overlapping ``[lo, hi)``, ascending."""
        self.sort()
        k0 = bisect.bisect_left(self.starts, lo - self.maxlen)
        k1 = bisect.bisect_left(self.starts, hi)
        return sorted({i for _s, e, i in self.items[k0:k1] if e > lo})


def _score(anchor: Anchor, e: Evidence) -> float:
    """How well evidence ``e`` matches ``anchor`` (0: not at all).

    Same mention span beats overlapping mentions (a re-extraction that widened
    ``2004`` to ``عام 2004``), which beat a mention inside the anchored passage.  The
    same date reading breaks ties between the events of one mention."""
    if (e.mention_start, e.mention_end) == (anchor.mention_start, anchor.mention_end):
        return 100.0 + _same_date(anchor, e) + _overlap(e.passage_start, e.passage_end,
                                                         anchor.passage_start, anchor.passage_end)
    m = _overlap(e.mention_start, e.mention_end, anchor.mention_start, anchor.mention_end)
    if m > 0:
        return 50.0 + _same_date(anchor, e) + m
    if anchor.passage_start <= e.mention_start and e.mention_end <= anchor.passage_end:
        return 10.0 + _overlap(e.passage_start, e.passage_end, anchor.passage_start, anchor.passage_end)
    return 0.0


def _same_date(anchor: Anchor, e: Evidence) -> float:
    return 5.0 if anchor.when and anchor.when == evidence_when(e) else 0.0


def _overlap(a0: int, a1: int, b0: int, b1: int) -> float:
    """Overlap of two spans as a fraction (0..1) of the longer one."""
    inter = min(a1, b1) - max(a0, b0)
    if inter <= 0:
        return 0.0
    return inter / max(a1 - a0, b1 - b0, 1)


def _span(e: Evidence) -> tuple[str, int, int, int, int]:
    return (e.article, e.passage_start, e.passage_end, e.mention_start, e.mention_end)


def _set_flag(ev: Event, flag: str, on: bool) -> None:
    if on and flag not in ev.flags:
        ev.flags.append(flag)
    elif not on and flag in ev.flags:
        ev.flags.remove(flag)


def _redate(ev: Event) -> None:
    """An event's interval from its evidence (after a split)."""
    dated = [e for e in ev.evidence if e.earliest is not None]
    if not dated:
        return
    ev.earliest = min(e.earliest for e in dated if e.earliest)
    ev.latest = max((e.latest or e.earliest) for e in dated if e.earliest)
    ev.granularity = dated[0].granularity


def _derived_id(prefix: str, edit_id: str) -> str:
    """A stable id for an event an edit creates (same edit, same id, on every machine)."""
    return prefix + hashlib.sha1(edit_id.encode()).hexdigest()[:10]


def refs_for(events: Sequence[Event], articles: Iterable[Article]) -> dict[str, EventRef]:
    """``event id -> EventRef`` for building edits on what is shown."""
    from viewer.userstore.edits import event_ref

    arts = {a.id: a for a in articles}
    return {ev.id: event_ref(ev, arts) for ev in events}
