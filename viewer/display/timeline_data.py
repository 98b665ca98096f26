"""Qt-free, numpy-free event store for the timeline.

Events are kept in flat arrays sorted by time, never as one object per drawn
item.  A global index ``i`` orders events by ``(start, end, id)`` (dated first,
then undated): it is the keyboard/time order.  Filtering only rewrites a
visibility mask and its prefix sums, so ``set_visible`` is O(n) over plain
bytes and the per-frame work is a few bisections.

Times are float days: ``date.toordinal()`` for the start of a day, and the end
of an interval is exclusive (a day event covers ``[d, d + 1)``).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import deque
from itertools import accumulate, repeat

from viewer.display.labels import is_fuzzy
from viewer.display.sorting import sorted_in_steps
from viewer.events.query import is_undated
from viewer.model import Event

POINT = 1  # drawn as a point marker (day / month precision)
FUZZY = 2  # uncertain or unresolved: whole interval, faded ends
OPEN = 4  # latest unknown: fading tail
EDITED = 8  # the analyst edited or added it (viewer.userstore: flag "edited")
STARRED = 16  # the analyst starred it
HIDDEN = 32  # the analyst hid it (shown only in the "hidden" view)

# Events longer than this (days) go to the "long" tier, so the short tier can
# find overlapping events by bisecting on start within a bounded look-back.
LONG_DAYS = 400.0
OPEN_TAIL_DAYS = 3 * 365.25
POINT_GRANULARITIES = ("day", "week", "month", "season")
INTERVAL_KINDS = ("range", "multi", "since", "decade")


def importance_of(e: Event) -> tuple[float, int]:
    """How much an event matters for labelling: the event model's ``importance``
    score (0 when not computed, e.g. events made by hand), then how many distinct
    articles report it, which also decides among equal scores."""
    imp = getattr(e, "importance", 0.0)
    return (float(imp) if isinstance(imp, int | float) else 0.0, len({ev.article for ev in e.evidence}))


class TimelineData:
    """Sorted arrays of one corpus's events (see module docstring).

    Undated *and unresolved* events (``viewer.events.query.is_undated``: no
    trustworthy position on the axis) are kept after the dated ones and drawn
    in the timeline's "undated" strip, as the table and the README describe.
    """

    def __init__(self, events: list[Event]):
        dated = [e for e in events if not is_undated(e)]
        undated = [e for e in events if is_undated(e)]
        bounded_end = [e.latest.toordinal() + 1 for e in dated if e.latest is not None]
        max_bounded = max(bounded_end) if bounded_end else None
        rows = []
        for e in dated:
            s = float(e.earliest.toordinal())
            if e.latest is None:
                # open-ended: a fading tail of OPEN_TAIL_DAYS (at most up to the
                # latest bounded event, but never shorter than a year)
                en = max(min(max_bounded or 0.0, s + OPEN_TAIL_DAYS), s + 365.0)
            else:
                en = max(float(e.latest.toordinal() + 1), s + 1.0)
            rows.append((s, en, e.id, e))
        rows = sorted_in_steps(rows, key=lambda r: (r[0], r[1], r[2]))  # the GUI thread runs meanwhile
        self.n_dated = len(rows)
        self.events: list[Event] = [r[3] for r in rows] + undated
        self.n = len(self.events)
        self.start = array("d", (r[0] for r in rows))
        self.end = array("d", (r[1] for r in rows))
        self.anchor = array("d", ((r[0] + r[1]) / 2.0 for r in rows))
        flags = bytearray(self.n_dated)
        for i, r in enumerate(rows):
            e = r[3]
            f = 0
            if e.latest is None:
                f |= OPEN
            if is_fuzzy(e):
                f |= FUZZY
            if e.flags:
                f |= (EDITED if "edited" in e.flags else 0) | (STARRED if "starred" in e.flags else 0) \
                    | (HIDDEN if "hidden" in e.flags else 0)
            if e.granularity in POINT_GRANULARITIES and e.kind not in INTERVAL_KINDS and r[1] - r[0] <= 92:
                f |= POINT
            flags[i] = f
        self.flags = flags
        self.index: dict[str, int] = {e.id: i for i, e in enumerate(self.events)}
        keys = [importance_of(e) for e in self.events]
        # indices by importance (most important first; earlier first on ties): the
        # order in which the layout hands out labelled places; ``rank[i]`` is the
        # position of event i in it
        self.by_importance = array("l", sorted_in_steps(range(self.n), key=lambda i: (-keys[i][0], -keys[i][1], i)))
        self.rank = array("l", [0] * self.n)
        for r, i in enumerate(self.by_importance):
            self.rank[i] = r
        self.ids = [e.id for e in self.events]

        long_idx = [i for i in range(self.n_dated) if self.end[i] - self.start[i] > LONG_DAYS]
        self.long_idx = array("l", long_idx)
        self.long_start = array("d", (self.start[i] for i in long_idx))
        self.long_pmax = array("d", accumulate((self.end[i] for i in long_idx), max))
        self.long_maxdur = max((self.end[i] - self.start[i] for i in long_idx), default=0.0)
        self.short_maxdur = max(
            (
                self.end[i] - self.start[i]
                for i in range(self.n_dated)
                if self.end[i] - self.start[i] <= LONG_DAYS
            ),
            default=0.0,
        )
        self.color_idx = array("l", [0] * self.n)
        self.color_keys: dict[str, int] | None = None  # what color_idx was computed for
        self.set_visible(None)

    def assign_colors(self, key_of: dict[str, int]) -> None:
        """Colour index of each event: ``key_of`` of its first topic (0: none).  The
        loader's worker calls it, so the view only checks ``color_keys``."""
        ci = self.color_idx
        for i, e in enumerate(self.events):
            ci[i] = key_of.get(e.topics[0], 0) if e.topics else 0
        self.color_keys = dict(key_of)

    def replace_event(self, ev: Event) -> int | None:
        """Put ``ev`` in place of the event with its id (same dates: an analyst's star,
        note, title or hide) and refresh its mark bits; its position, or None if unknown."""
        i = self.index.get(ev.id)
        if i is None:
            return None
        self.events[i] = ev
        if i < self.n_dated:
            f = self.flags[i] & ~(EDITED | STARRED | HIDDEN)
            if ev.flags:
                f |= (EDITED if "edited" in ev.flags else 0) | (STARRED if "starred" in ev.flags else 0) \
                    | (HIDDEN if "hidden" in ev.flags else 0)
            self.flags[i] = f
        return i

    # -- visibility ---------------------------------------------------------
    def set_visible(self, ids) -> None:
        if ids is None:
            mask = bytearray(b"\x01") * self.n
        else:
            # C-level loop: index.get(id, n) → n for unknown ids (a spare slot)
            n = self.n
            mask = bytearray(n + 1)
            deque(map(mask.__setitem__, map(self.index.get, ids, repeat(n)), repeat(1)), maxlen=0)
            del mask[n]
        self.mask = mask
        # prefix[k] = number of visible events among indices < k
        self.prefix = array("l", accumulate(mask, initial=0))
        self._vis_bounds = None

    def visible_topic_counts(self) -> dict[int, int]:
        """Visible events per colour index (the first topic), for the legend."""
        from collections import Counter
        from itertools import compress

        return dict(Counter(compress(self.color_idx, self.mask)))

    def visible_count(self) -> int:
        return self.prefix[-1]

    def visible_undated(self) -> list[int]:
        m = self.mask
        return [i for i in range(self.n_dated, self.n) if m[i]]

    def visible_bounds(self) -> tuple[float, float] | None:
        """(min start, max end) of visible dated events, cached per mask."""
        if self._vis_bounds is None:
            p = self.prefix
            nd = self.n_dated
            if p[nd] == 0:
                self._vis_bounds = ()
            else:
                first = bisect_right(p, 0) - 1  # first index i with mask[i] = 1
                m = self.mask
                end = self.end
                hi = max(end[i] for i in range(nd) if m[i]) if p[nd] != nd else max(end, default=0.0)
                self._vis_bounds = (self.start[first], hi)
        return self._vis_bounds or None

    # -- queries --------------------------------------------------------------
    def starts_between(self, t0: float, t1: float) -> int:
        """Visible dated events whose start lies in [t0, t1)."""
        s = self.start
        return self.prefix[bisect_left(s, t1)] - self.prefix[bisect_left(s, t0)]

    def window(self, t0: float, t1: float) -> list[int]:
        """Visible dated events overlapping [t0, t1), in time order."""
        s, e, m = self.start, self.end, self.mask
        lo = bisect_left(s, t0 - self.short_maxdur)
        hi = bisect_left(s, t1)
        out = []
        if self.long_idx:
            ls = self.long_start
            j0 = max(bisect_left(ls, t0 - self.long_maxdur), bisect_right(self.long_pmax, t0))
            j1 = bisect_left(ls, t0 - self.short_maxdur)
            li = self.long_idx
            for j in range(j0, j1):
                i = li[j]
                if m[i] and e[i] > t0:
                    out.append(i)
        out.extend(i for i in range(lo, hi) if m[i] and e[i] > t0)
        return out

    def index_of_start(self, t: float) -> int:
        return bisect_left(self.start, t)

    def next_visible(self, i: int | None, step: int) -> int | None:
        """Next visible index after ``i`` in time order (step=+1) or before (-1)."""
        m = self.mask
        if i is None:
            j = 0 if step > 0 else self.n - 1
        else:
            j = i + step
        while 0 <= j < self.n:
            if m[j]:
                return j
            j += step
        return None

    def first_visible(self) -> int | None:
        return self.next_visible(None, 1)

    def last_visible_dated(self) -> int | None:
        j = self.n_dated - 1
        m = self.mask
        while j >= 0:
            if m[j]:
                return j
            j -= 1
        return self.next_visible(None, -1)

    def ids_in_order(self) -> list[str]:
        ids, m = self.ids, self.mask
        return [ids[i] for i in range(self.n) if m[i]]
