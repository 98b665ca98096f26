"""What the window derives from a corpus result, computed without Qt.

The loader builds a :class:`Snapshot` in its worker thread so the GUI thread
only swaps references when a load ends (on 10,000 articles, ~10^5 events,
building these is seconds the window would otherwise be frozen for).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from viewer.display.sorting import sorted_in_steps
from viewer.events.query import is_undated
from viewer.model import CorpusResult, Event, Problem


def date_key(ev: Event):
    und = is_undated(ev)
    lo = ev.earliest.toordinal() if ev.earliest else 0
    hi = ev.latest.toordinal() if ev.latest else lo
    return (und, lo, hi, ev.id)


def date_ranks(events: Sequence[Event]) -> list[int]:
    """Each event's rank in date order (undated last): the table's default sort.
    Qt-free, so the loader computes it in its worker thread."""
    order = sorted_in_steps(range(len(events)), key=lambda i: date_key(events[i]))
    ranks = [0] * len(events)
    for r, i in enumerate(order):
        ranks[i] = r
    return ranks


FLAG_KINDS = {
    "date-unresolved": "unresolved",
    "date-placeholder": "placeholder",
    "sources-disagree": "disagree",
}


def collect_problems(result: CorpusResult) -> list[Problem]:
    out = list(result.problems)
    seen = {(p.kind, p.event) for p in out if p.event}
    for ev in result.events:
        for flag, kind in FLAG_KINDS.items():
            if flag in ev.flags and (kind, ev.id) not in seen:
                arts = ev.articles
                out.append(Problem(kind, ev.title, article=arts[0] if arts else None, event=ev.id,
                                   params={"title": ev.title}))
    return out


def make_snapshot(result: CorpusResult, search: Callable | None = None,
                  color_keys: dict[str, int] | None = None) -> Snapshot:
    """The result plus what the window derives from it that needs no Qt: the filter
    index, the timeline's arrays (with each event's colour index when ``color_keys``
    maps topic ids to palette indices), the table's date order, the problem list, how
    many events cite each article, and the lookups by id."""
    from viewer.display.timeline_data import TimelineData
    from viewer.events.query import EventIndex
    from viewer.gcpause import gc_paused

    with gc_paused(freeze=True):  # long-lived: no later collection walks it (viewer.gcpause)
        counts: dict[str, int] = {}
        for e in result.events:
            for a in e.articles:
                counts[a] = counts.get(a, 0) + 1
        timeline = TimelineData(list(result.events))
        if color_keys is not None:
            timeline.assign_colors(color_keys)
        return Snapshot(
            result,
            EventIndex(result.events, result.articles, article_search=search),
            timeline,
            date_ranks(result.events),
            collect_problems(result),
            counts,
            {e.id: i for i, e in enumerate(result.events)},
            {a.id: a for a in result.articles},
            {e.id: e for e in result.events},
        )


@dataclasses.dataclass
class Snapshot:
    """A result as delivered to the window (see :meth:`CorpusLoader.snapshot_for`)."""

    result: CorpusResult
    index: object  # EventIndex
    timeline: object  # TimelineData
    date_ranks: list[int]
    problems: list[Problem]  # collect_problems(result)
    article_counts: dict[str, int]  # article id -> how many events cite it
    event_pos: dict[str, int] = dataclasses.field(default_factory=dict)  # event id -> index in result.events
    articles: dict[str, object] = dataclasses.field(default_factory=dict)  # article id -> Article
    events_by_id: dict[str, Event] = dataclasses.field(default_factory=dict)
    #: what the UI prepared off its thread (the loader's ``prepare`` hook), by name
    extra: dict[str, object] = dataclasses.field(default_factory=dict)
