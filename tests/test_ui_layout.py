"""Layout of the window and the timeline: small screens, lanes, labels, sources, filters bar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from test_ui_fixtures import sample_result, settings_tmp  # noqa: F401

from viewer.bench.synthevents import TOPIC_COLORS, synthetic_events
from viewer.model import Article, Event, Evidence
from viewer.ui.timeline import TimelineView
from viewer.ui.window.layout import MIN_SIZE, initial_geometry


def _window(qtbot, size=(1024, 640), corpus=None):
    from viewer.ui.app import make_app
    from viewer.ui.mainwindow import MainWindow

    _app, tr = make_app([], "ar")
    w = MainWindow(tr, corpus=corpus, restore=False, cache=":memory:")
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def seeds_win(qtbot, settings_tmp):  # noqa: F811
    w = _window(qtbot)
    with qtbot.waitSignal(w.loaded, timeout=60000):
        w.load()
    QApplication.processEvents()
    yield w
    w.close()
    w.translations.set_language("en")  # later tests read English strings


def test_minimum_size_is_small_and_first_geometry_fits_any_screen():
    assert MIN_SIZE.width() <= 800 and MIN_SIZE.height() <= 600
    # QT_SCALE_FACTOR=2 on a 1920x1080 screen leaves 960x540 logical pixels (minus panels)
    for avail in (QRect(0, 0, 960, 510), QRect(0, 0, 1366, 740), QRect(0, 27, 1920, 1053)):
        g = initial_geometry(avail)
        assert avail.contains(g), (avail, g)
    assert initial_geometry(QRect(0, 0, 3840, 2160)).size().toTuple() == (1600, 1000)


def test_window_opens_inside_the_available_screen(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.app import make_app
    from viewer.ui.mainwindow import MainWindow

    _app, tr = make_app([], "ar")
    w = MainWindow(tr, restore=False, cache=":memory:")
    qtbot.addWidget(w)
    avail = w.screen().availableGeometry()
    assert avail.contains(w.geometry())
    assert w.minimumSizeHint().height() <= 600 and w.minimumSizeHint().width() <= 800


def test_at_1024x640_the_timeline_is_the_main_view_with_four_lanes(seeds_win):
    w = seeds_win
    assert w.size().toTuple() == (1024, 640)
    central = w.centralWidget().height()
    assert w.timeline.height() >= 0.4 * central
    assert w.timeline.lane_count() >= 4
    # table and sources are on screen too, the sources pane readable
    assert w.table.isVisible() and w.table.height() > 100
    assert w.sources.isVisible() and w.sources.width() >= 320
    # most of the seed events carry a readable label, the rest are counted
    labelled = {eid for eid, _r in w.timeline.event_label_rects()}
    dated = [i for i in w.timeline.event_ids_in_order() if w.timeline.event_x(i) is not None]
    assert len(labelled) >= 0.6 * len(dated)
    assert len(labelled) + sum(w.timeline.cluster_counts()) == len(dated)


def test_lanes_grow_with_height(qtbot):
    v = TimelineView()
    qtbot.addWidget(v)
    v.set_events(synthetic_events(300, seed=1, start_year=2000, end_year=2010), TOPIC_COLORS)
    v.show()
    qtbot.waitExposed(v)
    counts = []
    for h in (160, 240, 400, 700):
        v.resize(1000, h)
        QApplication.processEvents()
        counts.append(v.lane_count())
    assert counts == sorted(counts) and counts[-1] >= counts[0] + 8
    assert counts[1] >= 4  # a 240 px timeline holds four lanes


def _evs(n_sources_of: dict[str, int], year: int = 2010) -> list[Event]:
    out = []
    for k, (eid, n) in enumerate(n_sources_of.items()):
        d = date(year, 1 + k % 12, 1 + k % 27)
        out.append(
            Event(
                eid, d, d, "day", "absolute", f"حدث رقم {k} عن اجتماع مطول في العاصمة",
                topics=["cyber"], evidence=[Evidence(f"a{j}", 0, 5, 0, 2) for j in range(n)],
            )
        )
    return out


def test_most_reported_events_get_the_labels(qtbot):
    # 40 events in one year on a narrow, low timeline: not all can be labelled
    spec = {f"e{k}": 1 for k in range(40)}
    spec["e7"] = 6
    spec["e23"] = 4
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(500, 200)
    v.set_events(_evs(spec), TOPIC_COLORS)
    labelled = {eid for eid, _r in v.event_label_rects()}
    assert {"e7", "e23"} <= labelled
    assert len(labelled) < 40 and len(labelled) + sum(v.cluster_counts()) == 40


def test_importance_score_wins_over_source_count(qtbot):
    evs = _evs({f"e{k}": 1 for k in range(40)})
    evs[5].importance = 9.0  # the event model's score, when it has one
    evs[6].evidence = [Evidence(f"a{j}", 0, 5, 0, 2) for j in range(3)]
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(360, 170)
    v.set_events(evs, TOPIC_COLORS)
    order = list(v._data.by_importance[:2])
    assert [v._data.ids[i] for i in order] == ["e5", "e6"]
    assert "e5" in dict(v.event_label_rects())


def test_selection_keeps_its_label_after_fit_even_when_aggregated(qtbot):
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(900, 260)
    evs = synthetic_events(5000, seed=2)
    v.set_events(evs, TOPIC_COLORS)
    target = evs[1234].id
    v.select_event(target)
    v.fit_all()
    assert v.display_mode() == "aggregate"
    assert target in dict(v.event_label_rects())
    # aggregate mode still labels the most important events, not only the selection
    assert len(v.event_label_rects()) >= 5


def test_legend_overview_and_topic_lanes(qtbot):
    v = TimelineView()
    qtbot.addWidget(v)
    v.resize(1100, 420)
    labels = {k: f"موضوع {n}" for n, k in enumerate(TOPIC_COLORS)}
    labels["cyber"] = "الأمن السيبراني"
    v.set_events(synthetic_events(120, seed=4, start_year=2000, end_year=2020), TOPIC_COLORS, topic_labels=labels)
    v.show()
    qtbot.waitExposed(v)
    legend = v.legend_texts()
    assert len(legend) >= 4
    assert not any(k in t for t in legend for k in TOPIC_COLORS)  # labels, never ids
    # most frequent topic first, with its count of visible events
    from collections import Counter

    top, n = Counter(e.topics[0] for e in v._data.events if e.topics).most_common(1)[0]
    assert legend[0] == f"{labels[top]} {n}"
    # the overview window covers the strip at "fit all" and shrinks when zoomed in
    full = v.overview_window().width()
    v.zoom_by(4)
    assert v.overview_window().width() < full / 2
    v.set_lanes_by_topic(True)
    bands = v.band_texts()
    assert len(bands) >= 2 and labels[top] in bands
    # every labelled event sits in the band of its first topic
    v.fit_all()
    lay = v._ensure_layout()
    band_rects = {name: r for r, _lr, name, _c in lay.bands}
    for i, _lane, mark, _lrect, _label, _sel in lay.items:
        ev = v._data.events[i]
        name = labels.get(ev.topics[0], ev.topics[0]) if ev.topics else None
        if name in band_rects:
            assert band_rects[name].adjusted(0, -1, 0, 1).contains(mark.center())


def _four_source_event() -> tuple[Event, dict[str, Article]]:
    arts = {}
    evidence = []
    for k in range(4):
        body = "\n".join(f"سطر تمهيدي رقم {j} في المقال {k} عن التعاون." for j in range(60))
        passage = f"وأعلن الطرفان في 12 مارس 2019 عن اتفاق جديد للتعاون رقم {k}."
        text = body + "\n" + passage + "\n" + body
        ps = text.index(passage)
        ms = text.index("12 مارس 2019", ps)
        arts[f"s{k}"] = Article(f"s{k}", f"/tmp/s{k}.txt", text, title=f"مقال {k}", source=f"مصدر {k}")
        evidence.append(Evidence(f"s{k}", ps, ps + len(passage), ms, ms + len("12 مارس 2019")))
    ev = Event("e4", date(2019, 3, 12), date(2019, 3, 12), "day", "absolute", "اتفاق جديد", evidence=evidence)
    return ev, arts


def test_sources_never_narrower_than_320px_tabs_beyond(qtbot):
    from viewer.ui.sources import MIN_PANE_W, SourcesPanel

    panel = SourcesPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    qtbot.waitExposed(panel)
    ev, arts = _four_source_event()
    panel.show_event(ev, arts)
    QApplication.processEvents()
    shown = panel.visible_panes()
    assert len(shown) == 2 and all(p.width() >= MIN_PANE_W - 10 for p in shown)
    assert panel.tabs.isVisible() and panel.tabs.count() == 4
    panel.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    assert panel.panes[3] in panel.visible_panes()
    # each shown pane has its passage start and its date mention in view
    for p in panel.visible_panes():
        ps, _pe, ms, me = p.spans[0]
        assert p.span_visible(ms, me), p.article.id
        assert p.span_visible(ps, ps + 1), p.article.id
    panel.resize(1400, 500)
    QApplication.processEvents()
    assert len(panel.visible_panes()) == 4 and not panel.tabs.isVisible()


def test_empty_sources_area_says_what_to_do(qtbot):
    from viewer.ui.sources import SourcesPanel

    panel = SourcesPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    assert panel.placeholder.isVisible()
    assert "حدث" in panel.placeholder.text() or "event" in panel.placeholder.text().lower()
    panel.set_empty_corpus(True)
    assert "Ctrl+O" in panel.placeholder.text()


def test_active_filters_bar_shows_and_clears_in_one_click(qtbot, settings_tmp):  # noqa: F811
    w = _window(qtbot, size=(1366, 768))
    w.on_loaded(sample_result())
    QApplication.processEvents()
    assert not w.filter_bar.isVisible()
    total = w.model.rowCount()
    w.filters.set_topic_checked("cyber", False)
    w.filters.search.setText("الكويت")
    w.apply_filter()
    QApplication.processEvents()
    assert w.filter_bar.isVisible()
    keys = {c.objectName() for c in w.filter_bar.chips()}
    assert {"chip-text", "chip-topics"} <= keys
    assert w.model.rowCount() < total
    qtbot.mouseClick(w.filter_bar.clear_all, Qt.LeftButton)
    QApplication.processEvents()
    assert w.model.rowCount() == total and not w.filter_bar.isVisible()
    assert w.filters.search.text() == ""
    w.close()
    w.translations.set_language("en")
