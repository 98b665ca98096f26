"""Timeline layout: where everything of one frame goes, in viewport pixels.

Why separate from painting: the same layout answers hit-testing, tooltips,
the tests' geometry queries and export, and it is recomputed only when size,
time window, filter, selection or language change (``_invalidate``).
Only the events inside the window are looked at (bisection on the sorted
arrays of :mod:`viewer.display.timeline_data`); past ``detail_limit``
events the frame switches to per-pixel-column aggregates.

Who gets a label: places in the lanes are handed out in order of
*importance* (the event model's score, else the number of sources; see
``importance_of``), the selected event first, each with the longest of its
label variants that still fits; whatever finds no place is counted in the
pills under the lanes.  So at any zoom the events that matter most are the
ones you can read, and the selection never hides in a count.

Frame, top to bottom: overview strip (the whole extent, the visible window
outlined), lanes (optionally grouped in bands by topic), count pills, axis
(one or two rows), and a bottom row holding the undated/unresolved events
and the legend of topic colours.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
)

from viewer.display import axis as axis_mod
from viewer.display.bidi import isolate
from viewer.display.labels import TEXT, digits, elide_title, is_fuzzy
from viewer.display.timeline_data import FUZZY, POINT

from .constants import GAP, HIST_BW, MIN_BAR, OVERFLOW_W, PILL_GROUP, R

OVERVIEW_H = 12.0  # px of the overview strip
LABEL_CHARS = (64, 30, 14)  # label variants, longest first: labels use the room they have
AGG_TRIES = 20000  # aggregate mode: how far down the importance order to look for labels
AGG_MISSES = 4000  # ... and how many candidates in a row may find no place before the lanes count as full
AGG_MEASURED_MISSES = 300  # ... of which this many measured labels (font metrics cost ~35 µs each)


class Layout:
    """Everything one frame draws, in viewport pixels; also used for hit-testing."""

    def __init__(self, w: int, h: int, t0: float, t1: float):
        self.w, self.h, self.t0, self.t1 = w, h, t0, t1
        self.mode = "detail"
        self.items: list[tuple] = []  # (idx, lane_rect, mark_rect, label_rect|None, label, selected)
        self.clusters: list[tuple] = []  # (rect, count, t_lo, t_hi, QColor)
        self.hist: list[tuple] = []  # (rect, QColor)
        self.axis_ticks: list[tuple] = []  # (x, major)
        self.axis_labels: list[tuple] = []  # (rect, text)
        self.undated: list[tuple] = []  # (rect, idx)
        self.undated_strip: QRectF | None = None
        self.undated_title: tuple | None = None  # (rect, text)
        self.undated_more: tuple | None = None  # (rect, text)
        self.legend: list[tuple] = []  # (swatch rect, text rect, text, QColor)
        self.bands: list[tuple] = []  # (band rect, label rect, text, QColor)  lanes by topic
        self.overview: tuple | None = None  # (strip rect, [(rect, QColor)], window rect)
        self.hits: list[tuple] = []  # (rect, kind, payload)
        self.geom: dict = {}


class _Lane:
    """Occupied x-intervals of one lane, kept sorted, for "does [x0, x1] fit here?"."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def fits(self, x0: float, x1: float) -> bool:
        k = bisect_left(self.starts, x0)
        if k < len(self.starts) and self.starts[k] < x1 + GAP:
            return False
        return not (k > 0 and self.ends[k - 1] + GAP > x0)

    def add(self, x0: float, x1: float) -> None:
        k = bisect_left(self.starts, x0)
        self.starts.insert(k, x0)
        self.ends.insert(k, x1)


class LayoutMixin:
    """Computes :class:`Layout` for :class:`~.view.TimelineView` (mixed into it)."""

    def _label(self, i: int) -> tuple[str, float]:
        """The middle-length label (what the selection and aggregate mode use)."""
        v = self._variants(i)
        return self._measured(v[min(1, len(v) - 1)])

    def _labels(self, i: int) -> list[tuple[str, float]]:
        """Label variants (text, width px), longest first; "~"/"حوالي" when approximate."""
        return [self._measured(v) for v in self._variants(i)]

    def _variants(self, i: int) -> list[list]:
        """Label variants as ``[text, width or None]``: a width is measured only when a
        layout asks for it (font metrics are most of the cost of a dense frame)."""
        c = self._label_cache.get(i)
        if c is None:
            ev = self._data.events[i]
            prefix = TEXT[self._lang]["approx"] if is_fuzzy(ev) else ""
            c, seen = [], set()
            for n in LABEL_CHARS:
                # isolate after eliding (which may cut a control pair): article text
                # cannot reorder the prefix or the label
                text = prefix + isolate(elide_title(ev.title, n) or ev.id)
                if text not in seen:
                    seen.add(text)
                    c.append([text, None])
            if len(self._label_cache) > 50000:
                self._label_cache.clear()
            self._label_cache[i] = c
        return c

    def _measured(self, v: list) -> tuple[str, float]:
        if v[1] is None:
            v[1] = self._fm.horizontalAdvance(v[0]) + 1.0
        return v[0], v[1]

    @staticmethod
    def _any_lane_fits(lanes: list[_Lane], first: int, stop: int, x0: float, x1: float) -> bool:
        return any(lanes[k].fits(x0, x1) for k in range(first, stop))

    def _ensure_layout(self) -> Layout:
        if self._layout is None or self._layout.w != self._vw() or self._layout.h != self._vh():
            self._layout = self._compute_layout(self._vw(), self._vh(), self._t0, self._t1)
        return self._layout

    def _geometry(self, w: int, h: int, has_bottom: bool, two_axis_rows: bool) -> dict:
        fm = self._fm = QFontMetricsF(self.font())
        # Arabic fonts reserve much more line height than their letters use (Noto
        # Sans Arabic 10 pt: 27 px line, ~19 px of ink).  Lanes and axis rows are
        # sized to the ink, so a 240 px timeline holds four or more lanes; the
        # glyph box is drawn ``text_dy`` above each text box.
        ink_up, ink_down = 0.74 * fm.ascent(), 0.70 * fm.descent()
        th = min(fm.height(), ink_up + ink_down)
        text_dy = fm.ascent() - ink_up
        lane_h = th + 4.0
        axis_h = (2 * th + 12.0) if two_axis_rows else (th + 12.0)
        cluster_h = th + 4.0
        und_h = th + 8.0 if has_bottom else 0.0
        ov_h = OVERVIEW_H if self._overview_on else 0.0
        axis_y = h - und_h - axis_h
        cluster_y = axis_y - cluster_h
        top = 3.0 + ov_h + (3.0 if ov_h else 0.0)
        n_lanes = max(1, int((cluster_y - top) // lane_h))
        return {
            "th": th,
            "text_dy": text_dy,
            "lane_h": lane_h,
            "top": top,
            "ov_h": ov_h,
            "n_lanes": n_lanes,
            "cluster_y": cluster_y,
            "cluster_h": cluster_h,
            "axis_y": axis_y,
            "axis_h": axis_h,
            "und_y": h - und_h,
            "und_h": und_h,
        }

    def lane_count(self) -> int:
        """Label lanes of the last frame (grows with the widget's height)."""
        return self._ensure_layout().geom["n_lanes"]

    def _compute_layout(self, w: int, h: int, t0: float, t1: float) -> Layout:
        lay = Layout(w, h, t0, t1)
        d = self._data
        undated = d.visible_undated()
        legend = self._legend_entries()
        unit, _step = axis_mod.choose_step(t1 - t0, w, QFontMetricsF(self.font()).horizontalAdvance, self._lang)
        lay.geom = self._geometry(w, h, bool(undated or legend), axis_mod.context_unit(unit) is not None)
        n_start = d.starts_between(t0, t1)
        if n_start > self.detail_limit:
            lay.mode = "aggregate"
            self._layout_aggregate(lay)
        else:
            self._layout_detail(lay)
        self._layout_axis(lay)
        self._layout_bottom(lay, undated, legend)
        if self._overview_on:
            self._layout_overview(lay)
        # selected event on top of everything for hit-testing
        lay.hits.sort(key=lambda hit: 0 if hit[1] == "event" and hit[2] == self._selected else 1)
        return lay

    def _item_geometry(self, lay: Layout, i: int, lw: float | None):
        """(mark_rect_x0, x1, label_x0, label_x1) for event i; label None → mark only."""
        d = self._data
        f = d.flags[i]
        w = lay.w
        if f & POINT and not f & FUZZY:
            mx = self._x(d.anchor[i], lay)
            m0, m1 = mx - R, mx + R
            if lw is None:
                return m0, m1, None, None
            lr = min(m0 - 3.0, w - 2.0)
            if lr - lw < 2.0 and m1 + 3.0 + lw <= w - 2.0:
                return m0, m1, m1 + 3.0, m1 + 3.0 + lw  # no room on the later side: the earlier one
            return m0, m1, lr - lw, lr
        xr = self._x(d.start[i], lay)
        xl = self._x(d.end[i], lay)
        if xr - xl < MIN_BAR:
            c = (xr + xl) / 2
            xl, xr = c - MIN_BAR / 2, c + MIN_BAR / 2
        if lw is None:
            return xl, xr, None, None
        vis_r, vis_l = min(xr, w - 2.0), max(xl, 2.0)
        if vis_r - vis_l >= lw + 10.0:
            lr = vis_r - 5.0  # inside the bar, at its earlier (right) end
        else:
            lr = xl - 3.0
            if lr - lw < 2.0 and xr + 3.0 + lw <= w - 2.0:
                return xl, xr, xr + 3.0, xr + 3.0 + lw
        return xl, xr, lr - lw, lr

    def _bands(self, cands: list[int], n_lanes: int) -> tuple[dict[int, int], list[tuple[int, int, int]]]:
        """Lanes by topic: (colour index → band, [(colour index, first lane, lane count)]).

        One band per topic among ``cands`` (most events first), lanes shared in
        proportion with at least one each; topics beyond the lanes share the last band.
        """
        ci = self._band_groups()
        counts = Counter(ci[i] for i in cands)
        if self._selected is not None and self._selected < len(ci):
            counts[ci[self._selected]] += 0
        order = [c for c, _n in counts.most_common()]
        if not order:
            return {}, []
        nb = min(len(order), n_lanes)
        total = sum(counts[c] for c in order)
        sizes = [1] * nb
        spare = n_lanes - nb
        for k in range(nb):
            share = counts[order[k]] if k < nb - 1 else sum(counts[c] for c in order[nb - 1 :])
            add = min(spare, int(spare * share / max(total, 1)))
            sizes[k] += add
        left = n_lanes - sum(sizes)
        k = 0
        while left > 0:
            sizes[k % nb] += 1
            left -= 1
            k += 1
        band_of = {c: min(k, nb - 1) for k, c in enumerate(order)}
        bands, lane = [], 0
        for k in range(nb):
            bands.append((order[k] if k < nb - 1 or len(order) == nb else -1, lane, sizes[k]))
            lane += sizes[k]
        return band_of, bands

    def _layout_detail(self, lay: Layout) -> None:
        d = self._data
        g = lay.geom
        lane_h, n_lanes = g["lane_h"], g["n_lanes"]
        cands = d.window(lay.t0, lay.t1)
        sel = self._selected
        w = lay.w
        k = w / (lay.t1 - lay.t0)
        t1 = lay.t1
        anchor = d.anchor
        overflow: dict[int, list[int]] = {}

        if self._by_topic:
            band_of, bands = self._bands(cands, n_lanes)
        else:
            band_of, bands = {}, [(None, 0, n_lanes)]
        lanes = [_Lane() for _ in range(n_lanes)]
        ci = self._band_groups() if self._by_topic else d.color_idx
        self._layout_bands(lay, bands)

        rank = d.rank
        order = sorted(cands, key=rank.__getitem__)
        if sel is not None and sel < d.n_dated and d.mask[sel] and sel in set(cands):
            order.remove(sel)
            order.insert(0, sel)
        for i in order:
            b = bands[band_of.get(ci[i], len(bands) - 1)] if band_of else bands[0]
            first, count = b[1], b[2]
            placed = False
            if i != sel:
                # Every label's span holds the mark: where the mark fits no lane, no
                # label does, and the event goes to a count without measuring any.
                m0, m1, _l0, _l1 = self._item_geometry(lay, i, None)
                if not self._any_lane_fits(lanes, first, first + count, m0, m1):
                    ax = min(max(k * (t1 - anchor[i]), 0.0), w - 1.0)
                    overflow.setdefault(int(ax // OVERFLOW_W), []).append(i)
                    continue
            variants = self._labels(i)
            for vi, (text, lw) in enumerate(variants):
                m0, m1, l0, l1 = self._item_geometry(lay, i, lw)
                if (l0 < 0 or l1 > w) and vi < len(variants) - 1:
                    continue  # a label cut by the edge: try a shorter one
                x0, x1 = min(m0, l0), max(m1, l1)
                for lane in range(first, first + count):
                    if lanes[lane].fits(x0, x1):
                        lanes[lane].add(x0, x1)
                        self._add_item(lay, i, lane, m0, m1, l0, l1, text, i == sel)
                        placed = True
                        break
                if placed:
                    break
            if not placed:
                if i == sel:  # the selection is never hidden in a count
                    text, lw = variants[-1]
                    m0, m1, l0, l1 = self._item_geometry(lay, i, lw)
                    self._add_item(lay, i, first, m0, m1, l0, l1, text, True)
                    continue
                ax = min(max(k * (t1 - anchor[i]), 0.0), w - 1.0)
                overflow.setdefault(int(ax // OVERFLOW_W), []).append(i)

        cy, ch = g["cluster_y"], g["cluster_h"]
        for b, idxs in sorted(overflow.items()):
            rect = QRectF(b * OVERFLOW_W + 2, cy + 2, OVERFLOW_W - 4, ch - 4)
            col = Counter(d.color_idx[i] for i in idxs).most_common(1)[0][0]
            t_lo = self._t(rect.right(), lay)
            t_hi = self._t(rect.left(), lay)
            lay.clusters.append((rect, len(idxs), t_lo, t_hi, self._colors[col]))
            lay.hits.append((rect, "cluster", rect.center().x()))
        _ = lane_h

    def _add_item(self, lay: Layout, i: int, lane: int, m0, m1, l0, l1, label, selected: bool) -> None:
        """Place event ``i`` in ``lane`` (0 = just above the count pills, upwards)."""
        d, g = self._data, lay.geom
        lane_h, th = g["lane_h"], g["th"]
        y = g["cluster_y"] - (lane + 1) * lane_h
        cy = y + lane_h / 2
        if d.flags[i] & POINT and not d.flags[i] & FUZZY:
            mark = QRectF(m0, cy - R, m1 - m0, 2 * R)
        else:
            # bars fill the lane: the label may sit on the light tint and the
            # solid base line runs below the text
            mark = QRectF(m0, y + 1, m1 - m0, lane_h - 2)
        lrect = None if l0 is None else QRectF(l0, y + (lane_h - th) / 2, l1 - l0, th)
        lane_rect = QRectF(mark)
        if lrect is not None:
            lane_rect = lane_rect.united(lrect)
        lay.items.append((i, lane_rect, mark, lrect, label, selected))
        lay.hits.append((lane_rect.adjusted(-2, -3, 2, 3), "event", i))

    def _layout_bands(self, lay: Layout, bands: list[tuple]) -> None:
        """Band frames and their topic names (lanes by topic only)."""
        if not self._by_topic or not bands:
            return
        g = lay.geom
        lane_h, th = g["lane_h"], g["th"]
        for col_idx, first, count in bands:
            y_bottom = g["cluster_y"] - first * lane_h
            y_top = y_bottom - count * lane_h
            rect = QRectF(0, y_top, lay.w, count * lane_h)
            if col_idx is None:
                continue
            name, color = self._band_label(col_idx)
            tw = self._fm.horizontalAdvance(name) + 1.0
            lrect = QRectF(lay.w - 6 - tw, y_top + (lane_h - th) / 2, tw, th)
            lay.bands.append((rect, lrect, name, color))

    def _band_groups(self) -> list[int]:
        """Per event, the band it goes to: its colour index (first topic) in topic mode,
        the index of its first actor in actor mode (0: no actor).  Cached per data set."""
        if self._lane_mode != "actor":
            return self._data.color_idx
        key = id(self._data)
        cached = getattr(self, "_actor_groups", None)
        if cached is None or cached[0] != key or len(cached[1]) != len(self._data.events):
            names: dict[str, int] = {}
            groups = [names.setdefault(e.actors[0], len(names) + 1) if e.actors else 0 for e in self._data.events]
            cached = self._actor_groups = (key, groups, {v: k for k, v in names.items()})
        return cached[1]

    def _band_label(self, group: int) -> tuple[str, QColor]:
        """Name and colour of a band (``-1``: the shared last band of the rest)."""
        if group < 0:
            return TEXT[self._lang]["other"], self._colors[0]
        if self._lane_mode == "actor":
            self._band_groups()
            name = self._actor_groups[2].get(group) if group else None
            return (isolate(name) if name else TEXT[self._lang]["no_actor"]), self._colors[0]
        return self._topic_name(group), self._colors[group]

    def _layout_aggregate(self, lay: Layout) -> None:
        """Too many events to draw: per-column histogram in the lower lanes, count
        pills, and the most important events of the window labelled above."""
        d = self._data
        g = lay.geom
        w = lay.w
        s, p = d.start, d.prefix
        nb = math.ceil(w / HIST_BW)
        # boundary k at x = k*BW; index of first start >= t(x) (t decreases with x)
        bidx = [bisect_left(s, self._t(k * HIST_BW, lay)) for k in range(nb + 1)]
        counts = [p[bidx[k]] - p[bidx[k + 1]] for k in range(nb)]
        cmax = max(counts, default=0)
        n_lanes, lane_h = g["n_lanes"], g["lane_h"]
        label_lanes = max(1, n_lanes - max(1, n_lanes // 3))  # upper lanes carry labels
        hist_lanes = n_lanes - label_lanes
        area_h = max(4.0, hist_lanes * lane_h - 2) if hist_lanes else max(4.0, lane_h * 0.6)
        area_top = g["cluster_y"] - 2 - area_h
        smax = math.sqrt(cmax) if cmax else 1.0
        hist_col = QColor(self.palette().highlight().color())
        mask, ci = d.mask, d.color_idx

        def dominant(a: int, b: int):
            if b <= a:
                return self._colors[0]
            step = max(1, (b - a) // 7)
            cnt = Counter(ci[j] for j in range(a, b, step) if mask[j])
            return self._colors[cnt.most_common(1)[0][0] if cnt else 0]

        for kk, c in enumerate(counts):
            if not c:
                continue
            # sqrt scale: dense decades do not flatten sparse ones to nothing
            hh = max(2.0, area_h * math.sqrt(c) / smax)
            rect = QRectF(kk * HIST_BW + 0.5, g["cluster_y"] - 2 - hh, HIST_BW - 1.0, hh)
            lay.hist.append((rect, hist_col))
            lay.hits.append((QRectF(kk * HIST_BW, area_top, HIST_BW, area_h + 2), "zoom", rect.center().x()))
        cy, ch = g["cluster_y"], g["cluster_h"]
        gw = PILL_GROUP * HIST_BW
        for gi in range(0, nb, PILL_GROUP):
            k1 = min(gi + PILL_GROUP, nb)
            c = p[bidx[gi]] - p[bidx[k1]]
            if not c:
                continue
            rect = QRectF(gi * HIST_BW + 2, cy + 2, gw - 4, ch - 4)
            lay.clusters.append(
                (rect, c, self._t(rect.right(), lay), self._t(rect.left(), lay), dominant(bidx[k1], bidx[gi]))
            )
            lay.hits.append((rect, "cluster", rect.center().x()))

        # labels: selection first, then down the importance order, in the upper lanes
        lanes = [_Lane() for _ in range(n_lanes)]
        t0, t1 = lay.t0, lay.t1
        start, end, nd = d.start, d.end, d.n_dated
        sel = self._selected
        order = d.by_importance
        seq = ([sel] if sel is not None and sel < nd and mask[sel] else []) + list(order[:AGG_TRIES])
        placed = 0
        budget = label_lanes * 12
        # covered[x]: how many label lanes hold something at pixel column x.  A mark whose
        # middle column is covered in every lane fits none (it overlaps in each): rejected
        # without the lane-by-lane search, which would cost most of a dense frame.
        covered = bytearray(int(w) + 2)
        n_label = n_lanes - hist_lanes
        misses = measured = 0
        for i in seq:
            if placed >= budget or misses > AGG_MISSES or measured > AGG_MEASURED_MISSES:
                break
            if i >= nd or not mask[i] or (i == sel and placed) or start[i] >= t1 or end[i] <= t0:
                continue
            misses += 1  # an event of the window; reset when one is placed
            if i != sel:
                m0, m1, _l0, _l1 = self._item_geometry(lay, i, None)
                mid = int((m0 + m1) / 2)
                if 0 <= mid < len(covered) and covered[mid] >= n_label:
                    continue
                if not self._any_lane_fits(lanes, hist_lanes, n_lanes, m0, m1):
                    continue  # not even the mark fits: no label will (see _layout_detail)
            text, lw = self._label(i)
            measured += 1
            m0, m1, l0, l1 = self._item_geometry(lay, i, lw)
            x0, x1 = min(m0, l0), max(m1, l1)
            for lane in range(hist_lanes, n_lanes):
                if lanes[lane].fits(x0, x1):
                    lanes[lane].add(x0, x1)
                    for x in range(max(0, math.ceil(x0)), min(len(covered), math.floor(x1) + 1)):
                        covered[x] += 1
                    misses = measured = 0
                    self._add_item(lay, i, lane, m0, m1, l0, l1, text, i == sel)
                    placed += 1
                    break
            else:
                if i == sel:
                    self._add_item(lay, i, n_lanes - 1, m0, m1, l0, l1, text, True)
                    placed += 1

    def _layout_axis(self, lay: Layout) -> None:
        g = lay.geom
        fm = self._fm
        w = lay.w
        unit, step = axis_mod.choose_step(lay.t1 - lay.t0, w, fm.horizontalAdvance, self._lang)
        ay = g["axis_y"]
        th = g["th"]
        row1_y = ay + 8.0
        row2_y = ay + 10.0 + th
        last_left = math.inf  # labels are produced right to left
        for t, tn, dd in axis_mod.ticks(lay.t0, lay.t1, unit, step):
            x = self._x(t, lay)
            if -1 <= x <= w + 1:
                lay.axis_ticks.append((x, False))
            text = axis_mod.tick_label(dd, unit, self._lang, self._eastern)
            tw = fm.horizontalAdvance(text) + 1.0
            cx = self._x((t + min(tn, t + 400 * step)) / 2, lay) if step == 1 else x
            r = QRectF(cx - tw / 2, row1_y, tw, th)
            if r.left() < 1 or r.right() > w - 1:
                continue
            if r.right() + 8 > last_left:
                continue
            last_left = r.left()
            lay.axis_labels.append((r, text))
        cu = axis_mod.context_unit(unit)
        if cu is None:
            return
        last_left = math.inf
        bounds = axis_mod.ticks(lay.t0, lay.t1, cu, 1)
        for k, (t, _tn, dd) in enumerate(bounds):
            x = self._x(t, lay)
            text = axis_mod.context_label(dd, cu, self._lang, self._eastern)
            tw = fm.horizontalAdvance(text) + 1.0
            if x > w - 1:
                # period began before the right edge: sticky label at the right,
                # unless the next boundary's label needs the room
                if k + 1 < len(bounds) and self._x(bounds[k + 1][0], lay) > w - 2 * tw - 24:
                    continue
                r = QRectF(w - 4 - tw, row2_y, tw, th)
            else:
                lay.axis_ticks.append((x, True))
                r = QRectF(x - 4 - tw, row2_y, tw, th)
            if r.left() < 1 or r.right() + 8 > last_left:
                continue
            last_left = r.left()
            lay.axis_labels.append((r, text))

    def _topic_name(self, col_idx: int) -> str:
        return self._color_names.get(col_idx, TEXT[self._lang]["no_topic"])

    def _legend_entries(self) -> list[tuple[int, int]]:
        """(colour index, visible events) of the topics shown now, most events first."""
        if not self._legend_on:
            return []
        counts = self._data.visible_topic_counts()
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def _layout_bottom(self, lay: Layout, undated: list[int], legend: list[tuple[int, int]]) -> None:
        """The bottom row: undated/unresolved events from the right (the earliest side,
        after a title), the legend of topic colours from the left."""
        g = lay.geom
        if not g["und_h"]:
            return
        w = lay.w
        y, hh, th = g["und_y"], g["und_h"], g["th"]
        lay.undated_strip = QRectF(0, y, w, hh)
        ty = y + (hh - th) / 2
        x = w - 8.0
        if undated:
            title = TEXT[self._lang]["undated"]
            tw = self._fm.horizontalAdvance(title) + 1.0
            tr = QRectF(x - tw, ty, tw, th)
            lay.undated_title = (tr, title)
            x = tr.left() - 14
        cy = y + hh / 2
        # the legend takes at most 60 % of the row, from the left edge
        legend_limit = max(0.0, min(x - 40.0, w * 0.6))
        lx = 8.0
        for col_idx, n in legend:
            name = f"{self._topic_name(col_idx)} {digits(str(n), self._eastern)}"
            nw = self._fm.horizontalAdvance(name) + 1.0
            if lx + 14 + nw > legend_limit:
                break
            sw = QRectF(lx, cy - 5, 10, 10)
            lay.legend.append((sw, QRectF(lx + 14, ty, nw, th), name, self._colors[col_idx]))
            lay.hits.append((QRectF(lx, y, 14 + nw, hh), "legend", col_idx))
            lx += 14 + nw + 14
        # leave room after the legend for the "+N" of undated events that do not fit
        more_w = self._fm.horizontalAdvance("+" + digits(str(len(undated)), self._eastern)) + 1.0
        und_limit = max(lx + 12.0 + more_w, 60.0)
        for kk, i in enumerate(undated):
            if x < und_limit:
                rest = len(undated) - kk
                text = "+" + digits(str(rest), self._eastern)
                mw = self._fm.horizontalAdvance(text) + 1.0
                lay.undated_more = (QRectF(x + R - mw, ty, mw, th), text)
                break
            rect = QRectF(x - R, cy - R, 2 * R, 2 * R)
            lay.undated.append((rect, i))
            lay.hits.append((rect.adjusted(-3, -3, 3, 3), "event", i))
            x -= 2 * R + 6

    def _layout_overview(self, lay: Layout) -> None:
        """The whole extent of the visible events at the top, the shown window outlined."""
        d = self._data
        b = d.visible_bounds()
        if not b:
            return
        w = lay.w
        # the extent of the events, widened to the shown window when it reaches
        # beyond (at "fit all" both coincide, so the strip and the view line up)
        lo, hi = min(b[0], lay.t0), max(b[1], lay.t1)
        strip = QRectF(0, 2, w, OVERVIEW_H)
        nb = max(1, int(w // 4))
        s, p = d.start, d.prefix
        bw = w / nb
        # x = w * (hi - t) / (hi - lo): right to left like the main view
        edges = [bisect_left(s, hi - (k * bw) * (hi - lo) / w) for k in range(nb + 1)]
        counts = [p[edges[k]] - p[edges[k + 1]] for k in range(nb)]
        cmax = max(counts, default=0) or 1
        bars = []
        col = self.palette().mid().color()
        for kk, c in enumerate(counts):
            if c:
                hh = max(1.5, (OVERVIEW_H - 2) * math.sqrt(c / cmax))
                bars.append((QRectF(kk * bw, strip.bottom() - hh, max(1.0, bw - 0.5), hh), col))
        x_left = w * (hi - lay.t1) / (hi - lo)
        x_right = w * (hi - lay.t0) / (hi - lo)
        win = QRectF(max(0.0, x_left), strip.top(), max(3.0, min(w, x_right) - max(0.0, x_left)), OVERVIEW_H)
        lay.overview = (strip, bars, win, (lo, hi))
        lay.hits.append((strip.adjusted(0, -2, 0, 2), "overview", (lo, hi)))
