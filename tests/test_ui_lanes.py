"""Issue 12 item 2: optional lanes by topic or by actor, from the View menu, remembered
per corpus with the other view state."""

from __future__ import annotations

import shutil

from conftest import SEEDS
from PySide6.QtWidgets import QApplication
from test_ui_fixtures import settings_tmp  # noqa: F401
from test_ui_seeds import _make

from viewer.display.bidi import isolate


def _lanes_menu(win):
    return next(a.menu() for a in win.view_menu.actions() if a.menu() is win.lanes_menu)


def test_view_menu_groups_lanes_by_topic_and_by_actor(qtbot, settings_tmp, tmp_path):  # noqa: F811
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    win = _make(qtbot, corpus=[corpus])
    try:
        menu = _lanes_menu(win)
        assert menu.title() == "المسارات"
        texts = [a.text() for a in menu.actions()]
        assert texts == ["مسارات مشتركة", "شريط لكل موضوع", "شريط لكل جهة"]
        assert win.act_lanes_none.isChecked() and win.timeline.band_texts() == []

        win.act_lanes_topic.trigger()
        QApplication.processEvents()
        assert win.act_lanes_topic.isChecked() and not win.act_lanes_none.isChecked()
        assert win.timeline.lane_mode() == "topic"
        labels = win.topic_labels()
        first_topics = {labels[e.topics[0]] for e in win.visible_events() if e.topics and e.earliest}
        bands = set(win.timeline.band_texts())
        assert bands and bands <= first_topics | {"أخرى", "بلا موضوع"}
        assert len(bands & first_topics) >= 2

        win.act_lanes_actor.trigger()
        QApplication.processEvents()
        assert win.timeline.lane_mode() == "actor"
        actors = {isolate(e.actors[0]) for e in win.visible_events() if e.actors and e.earliest}
        bands = set(win.timeline.band_texts())
        assert bands and bands <= actors | {"أخرى", "بلا جهة"}
        assert bands & actors
        # every labelled event sits inside the band of its first actor
        rects = dict(win.timeline.event_label_rects())
        lay = win.timeline._ensure_layout()
        band_of = {name: rect for rect, _lr, name, _c in lay.bands}
        checked = 0
        for ev in win.visible_events():
            if ev.id in rects and ev.actors and isolate(ev.actors[0]) in band_of:
                band = band_of[isolate(ev.actors[0])]
                assert band.top() - 1 <= rects[ev.id].center().y() <= band.bottom() + 1, ev.id
                checked += 1
        assert checked >= 2

        # English texts, live
        win.set_language("en")
        QApplication.processEvents()
        assert [a.text() for a in menu.actions()] == ["One set of lanes", "A band per topic", "A band per actor"]
        win.set_language("ar")
        win.save_settings()
    finally:
        win.close()

    # the same corpus again: the actor bands come back; another corpus starts without bands
    from viewer.ui.mainwindow import MainWindow

    w2 = MainWindow(win.translations, corpus=[corpus], restore=True)
    qtbot.addWidget(w2)
    assert w2.timeline.lane_mode() == "actor" and w2.act_lanes_actor.isChecked()
    w2.close()
    other = tmp_path / "other"
    other.mkdir()
    w3 = MainWindow(win.translations, corpus=[other], restore=True)
    qtbot.addWidget(w3)
    assert w3.timeline.lane_mode() == "" and w3.act_lanes_none.isChecked()
    w3.close()


def test_a_damaged_saved_lane_value_is_dropped(qtbot, settings_tmp):  # noqa: F811
    from PySide6.QtCore import QSettings

    from viewer.ui.app import make_app
    from viewer.ui.mainwindow import MainWindow

    _app, tr = make_app([], "ar")
    key = "view/by-corpus/" + MainWindow.corpus_key([SEEDS])
    QSettings().setValue(key, '{"lanes": ["topic"]}')
    w = MainWindow(tr, restore=True)
    qtbot.addWidget(w)
    assert w.timeline.lane_mode() == ""
    w.close()
