"""The window on a hand-made corpus: filtering, selection, sources, i18n, export, settings."""

from __future__ import annotations

import csv
import itertools
import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from test_ui_fixtures import A1_TEXT, sample_result, settings_tmp  # noqa: F401

from viewer.ui.models import EventTableModel
from viewer.ui.problems import ROLE
from viewer.ui.sources import utf16_offset


@pytest.fixture
def win(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.app import make_app
    from viewer.ui.mainwindow import MainWindow

    _app, tr = make_app([], "ar")
    w = MainWindow(tr, restore=False)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    w.on_loaded(sample_result())
    QApplication.processEvents()
    yield w
    w.close()


def table_ids(w):
    m = w.model
    return [m.index(r, 0).data(Qt.UserRole + 1) for r in range(m.rowCount())]


def timeline_ids(w):
    return set(w.timeline.event_ids_in_order())


def test_rtl_and_arabic_by_default(win):
    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert win.filters.topic_box.title() == "الموضوعات"
    assert win.model.headerData(EventTableModel.DATE, Qt.Horizontal) == "التاريخ"


def test_unchecking_a_topic_removes_its_events_from_timeline_and_table(win):
    before_t, before_tab = timeline_ids(win), set(table_ids(win))
    assert before_t == before_tab == {e.id for e in win.result.events}
    win.filters.set_topic_checked("cyber", False)
    QApplication.processEvents()
    gone = {e.id for e in win.result.events if "cyber" in e.topics}
    assert gone == {"e2017"}
    assert before_t - timeline_ids(win) == gone
    assert before_tab - set(table_ids(win)) == gone
    # the unchecked topic keeps its count so the user sees what checking it brings back
    assert win.filters.topic_model.count("cyber") == 1
    win.filters.set_topic_checked("cyber", True)
    assert set(table_ids(win)) == before_tab


def test_selecting_multisource_event_opens_one_pane_per_source_with_exact_highlight(win):
    win.select_event("e1949")
    QApplication.processEvents()
    ev = win.events_by_id["e1949"]
    assert len(win.sources.panes) == 2
    for evi in ev.evidence:
        pane = win.sources.pane_for(evi.article)
        text = win.articles[evi.article].text
        got = pane.passage_texts()
        assert got[0] == text[evi.passage_start : evi.passage_end]
        assert got[1] == text[evi.mention_start : evi.mention_end]
    # the table follows the selection
    row = win.table.currentIndex().row()
    assert win.model.event_at(row).id == "e1949"


def test_highlight_survives_emoji_and_non_bmp_before_the_passage(win):
    win.select_event("e2004")
    pane = win.sources.panes[0]
    evi = win.events_by_id["e2004"].evidence[0]
    assert utf16_offset(A1_TEXT, evi.passage_start) == evi.passage_start + 2  # 😀 and 𝔸
    assert pane.passage_texts()[0] == A1_TEXT[evi.passage_start : evi.passage_end]
    sel = pane.text.extraSelections()[0]
    assert sel.cursor.selectionStart() == utf16_offset(A1_TEXT, evi.passage_start)


def test_article_text_is_plain_text(win):
    win.open_article("a1")
    pane = win.sources.panes[0]
    assert "<b>x</b>" in pane.text.toPlainText()
    assert pane.text.document().defaultTextOption().textDirection() == Qt.RightToLeft


def test_table_click_selects_on_timeline(win, qtbot):
    row = next(r for r in range(win.model.rowCount()) if win.model.event_at(r).id == "e2025")
    win.table.setCurrentIndex(win.model.index(row, 1))
    assert win.timeline.selected_event() == "e2025"
    assert win.sources.panes[0].article.id == "a2"


def test_timeline_signal_selects_table_row(win):
    win.timeline.eventSelected.emit("e2017")
    assert win.model.event_at(win.table.currentIndex().row()).id == "e2017"


def test_undated_events_are_marked_in_the_table(win):
    texts = {win.model.event_at(r).id: win.model.index(r, 0).data() for r in range(win.model.rowCount())}
    assert texts["eph"] == "غير مؤرخ"
    assert "غير محسوم" in texts["erel"]
    # undated events sort after dated ones
    assert table_ids(win)[-2:] == ["erel", "eph"] or set(table_ids(win)[-2:]) == {"erel", "eph"}


def test_table_sort_by_title_uses_collation(win):
    win.table.sortByColumn(EventTableModel.TITLE, Qt.AscendingOrder)
    titles = [win.model.event_at(r).title for r in range(win.model.rowCount())]
    from viewer.ui.models import collator

    c = collator("ar")
    assert all(c.compare(a, b) <= 0 for a, b in itertools.pairwise(titles))


def test_model_passes_qtmodeltester(win, qtmodeltester):
    qtmodeltester.check(win.model)
    qtmodeltester.check(win.filters.topic_model)


def test_english_switch_changes_visible_strings_live(win):
    assert win.act_fit.text() == "ملاءمة الكل"
    win.set_language("en")
    QApplication.processEvents()
    assert QApplication.layoutDirection() == Qt.LeftToRight
    assert win.act_fit.text() == "Fit all"
    assert win.filters.topic_box.title() == "Topics"
    assert win.model.headerData(EventTableModel.DATE, Qt.Horizontal) == "Date"
    assert win.lists.tabText(2).startswith("Problems (")
    labels = [win.filters.topic_model.index(r, 0).data() for r in range(win.filters.topic_model.rowCount())]
    assert any(lbl.startswith("Partnership and agreements") for lbl in labels)
    win.set_language("ar")
    QApplication.processEvents()
    assert win.filters.topic_box.title() == "الموضوعات"


def test_exports_reproduce_visible_events(win, tmp_path):
    win.filters.set_topic_checked("cyber", False)
    visible = [e.id for e in win.visible_events()]
    win.export_csv(tmp_path / "v.csv")
    win.export_json(tmp_path / "v.json")
    with open(tmp_path / "v.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == visible
    doc = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["events"]] == visible
    assert doc["events"][0]["title"] == win.events_by_id[visible[0]].title


def test_problems_panel_goes_to_event_and_article(win):
    model = win.problems.view.model()
    kinds = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert "تاريخ غير محسوم" in kinds
    index = next(
        model.index(i, 1)
        for i in range(model.rowCount())
        if win.problems.problems[model.index(i, 0).data(ROLE)].event == "erel"
    )
    win.problems.view.clicked.emit(index)  # what a click on the row does
    assert win.selected == "erel"
    assert win.sources.panes[0].article.id == "a2"


def test_settings_persist_filters_and_language(win, settings_tmp):  # noqa: F811
    win.filters.set_topic_checked("cyber", False)
    win.set_eastern_digits(True)
    win.save_settings()
    s = QSettings()
    key = "filters/by-corpus/" + win.corpus_key(win.corpus_paths)
    assert json.loads(s.value(key))["topics_off"] == ["cyber"]
    assert s.value("filters/state") is None  # never one global filter for every corpus
    assert s.value("view/lang") == "ar"
    from viewer.ui.mainwindow import MainWindow

    w2 = MainWindow(win.translations, restore=True)
    w2.on_loaded(sample_result())
    assert "cyber" not in w2.filters.topic_model.checked()
    assert "e2017" not in table_ids(w2)
    assert w2.eastern
    w2.close()
    assert list(settings_tmp.rglob("*.ini"))


def test_problem_click_reveals_a_filtered_out_event(win):
    win.filters.search.setText("لا يوجد هذا النص")
    win.apply_filter()
    assert win.model.rowCount() == 0
    model = win.problems.view.model()
    i = next(i for i, p in enumerate(win.problems.problems) if p.event == "erel")
    win.problems.view.activated.emit(model.index(i, 0))  # Enter on the row
    assert win.selected == "erel"
    assert win.model.row_of("erel") >= 0
    assert win.timeline.selected_event() == "erel"


def test_filters_are_remembered_per_corpus(win, settings_tmp, tmp_path):  # noqa: F811
    """A topic filter chosen on one corpus never applies to another; returning to the
    first corpus brings its filter back."""
    from viewer.ui.mainwindow import MainWindow

    win.filters.set_topic_checked("cyber", False)
    win.filters.search.setText("الكويت")
    win.save_settings()
    other = tmp_path / "other"
    other.mkdir()
    w2 = MainWindow(win.translations, corpus=[other], restore=True)
    w2.on_loaded(sample_result())  # same events, another folder
    assert "cyber" in w2.filters.topic_model.checked()
    assert w2.filters.search.text() == ""
    assert not w2.filter_bar.isVisible()
    w2.close()
    w3 = MainWindow(win.translations, restore=True)  # the seeds again
    w3.on_loaded(sample_result())
    assert "cyber" not in w3.filters.topic_model.checked()
    assert w3.filters.search.text() == "الكويت"
    w3.close()


def test_escape_clears_the_selection_everywhere(win, qtbot):
    win.select_event("e1949")
    QApplication.processEvents()
    assert win.sources.panes and win.table.selectionModel().hasSelection()
    win.timeline.setFocus()
    qtbot.keyClick(win.timeline, Qt.Key_Escape)
    QApplication.processEvents()
    assert win.selected is None and win.timeline.selected_event() is None
    assert not win.table.selectionModel().hasSelection()
    assert not win.sources.panes and win.sources.placeholder.isVisible()
    # from the table too
    win.select_event("e2004")
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key_Escape)
    assert win.selected is None and win.timeline.selected_event() is None


def test_fit_keeps_the_selection_labelled(win):
    win.select_event("e2004")
    win.timeline.zoom_by(50)
    win.timeline.fit_all()
    assert "e2004" in dict(win.timeline.event_label_rects())


def test_a_filtered_out_selection_clears_the_sources(win):
    win.select_event("e2017")
    assert win.sources.panes
    win.filters.set_topic_checked("cyber", False)  # e2017's topic
    QApplication.processEvents()
    assert win.selected is None and not win.sources.panes
