"""Timeline widget: RTL mapping, keyboard, clicks, filtering, zoom, labels, export."""

from __future__ import annotations

import itertools
import time
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from viewer.bench.synthevents import TOPIC_COLORS, synthetic_events
from viewer.model import Event, Evidence
from viewer.ui.timeline import TimelineView

COLORS = {"dialogue": "#9467bd", "partnership": "#ff7f0e", "cyber": "#1f77b4", "training": "#2ca02c"}


def _ev(id_, e, lt, gran, kind, title, topics=("dialogue",), certain=True, flags=()):
    return Event(
        id=id_,
        earliest=e,
        latest=lt,
        granularity=gran,
        kind=kind,
        title=title,
        certain=certain,
        topics=list(topics),
        flags=list(flags),
        evidence=[Evidence("a1", 0, 5, 0, 2), Evidence("a2", 0, 5, 0, 2)],
    )


def make_events():
    return [
        _ev(
            "e2004",
            date(2004, 1, 1),
            date(2004, 12, 31),
            "year",
            "absolute",
            "انضمام الكويت إلى مبادرة إسطنبول",
        ),
        _ev("e1949", date(1949, 4, 1), date(1949, 4, 30), "month", "absolute", "تأسيس حلف شمال الأطلسي"),
        _ev(
            "e2017",
            date(2017, 1, 1),
            date(2017, 1, 31),
            "month",
            "absolute",
            "افتتاح المركز الإقليمي",
            ["training"],
        ),
        _ev(
            "e2016r",
            date(2016, 1, 1),
            date(2017, 12, 31),
            "year",
            "range",
            "خطة الشراكة (2016-2017)",
            ["partnership"],
        ),
        _ev(
            "e2025",
            date(2025, 12, 8),
            date(2025, 12, 9),
            "day",
            "range",
            "دورة في الأمن السيبراني",
            ["cyber"],
        ),
        _ev(
            "eunres",
            date(2020, 1, 1),
            None,
            "year",
            "relative",
            "اجتماع العام الماضي",
            [],
            certain=False,
            flags=["date-unresolved"],
        ),
        _ev("eplace", None, None, "unknown", "placeholder", "[أدخل التاريخ هنا]", flags=["date-placeholder"]),
    ]


# dated events in time order; "eunres" (a lower bound only) and "eplace" have no
# trustworthy place on the axis and sit in the undated strip, as in the table
TIME_ORDER = ["e1949", "e2004", "e2016r", "e2017", "e2025"]


@pytest.fixture
def rtl_app(qapp):
    old = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.RightToLeft)
    yield qapp
    qapp.setLayoutDirection(old)


@pytest.fixture
def view(qtbot, rtl_app):
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(1200, 480)
    v.set_events(make_events(), COLORS)
    v.show()
    qtbot.waitExposed(v)
    v.fit_all()
    return v


def _click_event(qtbot, v, event_id):
    rect = v.event_rect(event_id)
    assert rect is not None, f"{event_id} not drawn"
    pos = QPoint(round(rect.center().x()), round(rect.center().y()))
    qtbot.mouseClick(v.viewport(), Qt.LeftButton, pos=pos)


def test_time_flows_right_to_left(view):
    assert view.layoutDirection() == Qt.RightToLeft
    x1949 = view.x_for_date(date(1949, 4, 15))
    x2025 = view.x_for_date(date(2025, 12, 8))
    assert x1949 > x2025
    assert view.event_x("e1949") > view.event_x("e2004") > view.event_x("e2025")
    # all dated events are inside the viewport after fit_all
    for eid in TIME_ORDER:
        assert 0 <= view.event_x(eid) <= view.viewport().width()
    earliest, latest = view.visible_range()
    assert earliest < date(1949, 4, 1) and latest > date(2025, 12, 9)


def test_event_ids_in_order(view):
    assert view.event_ids_in_order() == [*TIME_ORDER, "eunres", "eplace"]


def test_keyboard_traversal(qtbot, view):
    view.setFocus()
    view.select_event("e1949")
    assert view.selected_event() == "e1949"
    with qtbot.waitSignal(view.eventSelected) as sig:
        qtbot.keyClick(view, Qt.Key_Left)
    assert sig.args == ["e2004"]
    # Left walks forward in time, Right walks back
    seen = ["e1949", "e2004"]
    for _ in range(len(TIME_ORDER) - 2):
        qtbot.keyClick(view, Qt.Key_Left)
        seen.append(view.selected_event())
    assert seen == TIME_ORDER
    for expected in reversed(TIME_ORDER[:-1]):
        qtbot.keyClick(view, Qt.Key_Right)
        assert view.selected_event() == expected
    qtbot.keyClick(view, Qt.Key_Right)  # already the earliest: stays
    assert view.selected_event() == "e1949"
    qtbot.keyClick(view, Qt.Key_End)
    assert view.selected_event() == "e2025"
    qtbot.keyClick(view, Qt.Key_Home)
    assert view.selected_event() == "e1949"
    with qtbot.waitSignal(view.eventActivated) as sig:
        qtbot.keyClick(view, Qt.Key_Return)
    assert sig.args == ["e1949"]


def test_select_event_does_not_reemit(qtbot, view):
    got = []
    view.eventSelected.connect(got.append)
    view.select_event("e2017")
    view.select_event("e2017")
    assert got == ["e2017"]
    assert view.selected_event() == "e2017"


def test_select_scrolls_into_view(view):
    view.set_range(date(1940, 1, 1), date(1960, 1, 1))
    view.select_event("e2025")
    x = view.event_x("e2025")
    assert 0 <= x <= view.viewport().width()


def test_click_marker_selects(qtbot, view):
    # click at x_for_date of the 1949 marker (middle of April 1949)
    x = view.x_for_date(date(1949, 4, 16))
    rect = view.event_rect("e1949")
    with qtbot.waitSignal(view.eventSelected) as sig:
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=QPoint(round(x), round(rect.center().y())))
    assert sig.args == ["e1949"]
    _click_event(qtbot, view, "e2025")
    assert view.selected_event() == "e2025"
    with qtbot.waitSignal(view.eventActivated) as sig:
        rect = view.event_rect("e2017")
        qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=rect.center().toPoint())
    assert sig.args == ["e2017"]


def test_undated_strip_selectable(qtbot, view):
    rect = view.event_rect("eplace")
    assert rect is not None
    assert rect.top() > view.axis_label_rects()[0].top()  # below the axis
    _click_event(qtbot, view, "eplace")
    assert view.selected_event() == "eplace"
    tip = view.tooltip_at(rect.center())
    assert "غير مؤرخ" in tip


def test_set_visible_hides(qtbot, view):
    rect = view.event_rect("e2017")
    view.set_visible({"e1949", "e2025"})
    assert view.event_ids_in_order() == ["e1949", "e2025"]
    assert view.event_rect("e2017") is None
    got = []
    view.eventSelected.connect(got.append)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center().toPoint())
    assert got == []
    assert view.selected_event() is None
    view.set_visible(None)
    assert len(view.event_ids_in_order()) == 7


def test_set_visible_clears_hidden_selection(view):
    view.select_event("e2004")
    view.set_visible({"e1949"})
    assert view.selected_event() is None
    view.select_event("e2004")  # hidden: cannot be selected
    assert view.selected_event() is None


def test_zoom_keeps_anchor_fixed(view):
    before = view.visible_range()
    span_before = before[1] - before[0]
    ax = 300.0
    d = view.date_at(ax)
    x_before = view.x_for_date(d)
    view.zoom_by(3.0, anchor_x=ax)
    after = view.visible_range()
    assert after != before
    assert (after[1] - after[0]) < span_before / 2
    assert abs(view.x_for_date(d) - x_before) < 1.0
    view.zoom_by(1 / 3.0, anchor_x=ax)
    assert abs(view.x_for_date(d) - x_before) < 1.0


def test_wheel_and_keys_zoom(qtbot, view):
    span0 = view.visible_range()[1] - view.visible_range()[0]
    qtbot.keyClick(view, Qt.Key_Plus)
    span1 = view.visible_range()[1] - view.visible_range()[0]
    assert span1 < span0
    qtbot.keyClick(view, Qt.Key_Minus)
    qtbot.keyClick(view, Qt.Key_Minus)
    assert view.visible_range()[1] - view.visible_range()[0] > span1
    qtbot.keyClick(view, Qt.Key_F)
    assert view.visible_range()[1] - view.visible_range()[0] == span0


def test_drag_pans(qtbot, view):
    d = view.date_at(600)
    x0 = view.x_for_date(d)
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.LeftButton, pos=QPoint(600, 100))
    for x in (620, 650, 700):
        qtbot.mouseMove(vp, QPoint(x, 100))
    qtbot.mouseRelease(vp, Qt.LeftButton, pos=QPoint(700, 100))
    assert abs(view.x_for_date(d) - (x0 + 100)) < 2.0


def _assert_disjoint(rects):
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b), (a, b)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_axis_labels_never_overlap(view, lang):
    view.set_language(lang)
    spans = [
        (date(1900, 1, 1), date(2030, 1, 1)),
        (date(1940, 1, 1), date(2030, 1, 1)),
        (date(2000, 1, 1), date(2026, 1, 1)),
        (date(2015, 6, 1), date(2018, 2, 1)),
        (date(2016, 11, 1), date(2017, 4, 1)),
        (date(2017, 1, 1), date(2017, 2, 15)),
        (date(2025, 12, 1), date(2025, 12, 20)),
        (date(2025, 12, 6), date(2025, 12, 10)),
    ]
    for a, b in spans:
        view.set_range(a, b)
        rects = view.axis_label_rects()
        assert rects, (a, b)
        _assert_disjoint(rects)
        for r in rects:
            assert r.left() >= 0 and r.right() <= view.viewport().width()
    for factor in (0.5, 2, 8, 50, 400, 3000, 20000):
        view.fit_all()
        view.zoom_by(factor)
        _assert_disjoint(view.axis_label_rects())
        _assert_disjoint([r for _, r in view.event_label_rects()])


def test_axis_month_names(view):
    view.set_range(date(2016, 11, 1), date(2017, 4, 1))
    texts = " ".join(view.axis_label_texts())
    assert "يناير" in texts and "فبراير" in texts
    view.set_language("en")
    texts = " ".join(view.axis_label_texts())
    assert "Jan" in texts


def test_eastern_digits(view):
    view.set_range(date(2000, 1, 1), date(2010, 1, 1))
    assert "2004" in view.axis_label_texts()
    view.set_eastern_digits(True)
    assert "٢٠٠٤" in view.axis_label_texts()
    view.set_eastern_digits(False)
    assert "2004" in view.axis_label_texts()


def test_event_labels_dont_overlap_when_dense(qtbot, rtl_app):
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(900, 400)
    v.set_events(synthetic_events(600, seed=3, start_year=2000, end_year=2000), TOPIC_COLORS)
    assert v.display_mode() == "detail"
    rects = v.event_label_rects()
    assert rects
    _assert_disjoint([r for _, r in rects])
    assert len(rects) < 600  # not all fit: the rest are clustered
    assert sum(v.cluster_counts()) > 0
    many = synthetic_events(5000, seed=3, start_year=2000, end_year=2000)
    v.set_events(many, TOPIC_COLORS)
    assert v.display_mode() == "aggregate"
    # every event with a place on the axis is counted once (the rest sit in the undated strip)
    from viewer.events.query import is_undated

    assert sum(v.cluster_counts()) == sum(1 for e in many if not is_undated(e))


def test_unresolved_sits_in_the_undated_strip(view):
    """An unresolved event (lower bound only) is drawn in the bottom strip, not as a bar."""
    und = view.event_rect("eunres")
    place = view.event_rect("eplace")
    assert und is not None and place is not None
    assert abs(und.center().y() - place.center().y()) < 1  # same row
    axis_y = max(r.bottom() for r in view.axis_label_rects())
    assert und.top() > axis_y  # below the axis, not in the lanes
    assert "eunres" not in dict(view.event_label_rects())


def test_uncertain_label_prefix_and_tooltip(qtbot, rtl_app):
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(1000, 400)
    evs = make_events()
    evs.append(_ev("eappr", date(2010, 1, 1), date(2010, 12, 31), "year", "absolute", "قمة تقريبية", certain=False))
    v.set_events(evs, COLORS)
    v.show()
    v.fit_all()
    labels = dict(v.event_label_rects())
    assert "eappr" in labels
    tip = v.tooltip_at(v.event_rect("eappr").center())
    assert tip.startswith("حوالي")
    assert "a1" in tip and "a2" in tip
    v.set_language("en")
    tip = v.tooltip_at(v.event_rect("e1949").center())
    assert "April 1949" in tip and "Sources: a1, a2" in tip


def test_tooltip_is_plain_text(qtbot, rtl_app):
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(800, 300)
    v.set_events([_ev("x", date(2020, 1, 1), date(2020, 1, 1), "day", "absolute", "<b>bold</b> & co")], {})
    tip = v.tooltip_at(v.event_rect("x").center())
    assert "<b>bold</b> & co" in tip  # the raw text, shown escaped by the widget


def test_export_png_svg(view, tmp_path):
    png = tmp_path / "t.png"
    svg = tmp_path / "t.svg"
    view.zoom_by(20)
    assert view.export_png(png, width=1000)
    assert view.export_svg(svg)
    assert png.stat().st_size > 1000
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in svg.read_text(encoding="utf-8")
    # export renders fit-all, not the zoomed view
    from PySide6.QtGui import QImage

    img = QImage(str(png))
    assert img.width() == 1000


def test_grab_renders(view):
    img = view.viewport().grab().toImage()
    assert img.width() == view.viewport().width()
    assert view.render_frame_for_bench() >= 0


def test_100k_events(qtbot, rtl_app):
    events = synthetic_events(100_000, seed=1)
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(1400, 600)
    t = time.perf_counter()
    v.set_events(events, TOPIC_COLORS)
    v.render_frame_for_bench()
    assert v.display_mode() == "aggregate"
    ids = {e.id for e in events[::3]}
    v.set_visible(ids)
    v.render_frame_for_bench()
    assert len(v.event_ids_in_order()) == len(ids)
    v.set_visible(None)
    for factor in (30, 100, 1000):
        v.fit_all()
        v.zoom_by(factor)
        v.render_frame_for_bench()
        _assert_disjoint([r for _, r in v.event_label_rects()])
        _assert_disjoint(v.axis_label_rects())
    assert v.display_mode() == "detail"
    first = v.event_ids_in_order()[0]
    v.select_event(first)
    qtbot.keyClick(v, Qt.Key_Left)
    assert v.selected_event() == v.event_ids_in_order()[1]
    assert time.perf_counter() - t < 20


def test_empty_view(qtbot, rtl_app):
    v = TimelineView()
    qtbot.addWidget(v)
    v.set_events([], {})
    assert v.event_ids_in_order() == []
    v.render_frame_for_bench()
    qtbot.keyClick(v, Qt.Key_Left)
    assert v.selected_event() is None
    v.tooltip_at(QPointF(10, 10))
