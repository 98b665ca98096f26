"""The window on the real seeds through the real pipeline (loader thread included)."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from test_ui_fixtures import settings_tmp  # noqa: F401

from viewer.events.query import is_undated
from viewer.ui.models import EventTableModel
from viewer.ui.problems import ROLE

SEEDS_ARTICLE_000 = "000_0b23c83037af3ae1"


def _make(qtbot, corpus=None, lang="ar"):
    from viewer.ui.app import make_app
    from viewer.ui.mainwindow import MainWindow

    _app, tr = make_app([], lang)
    w = MainWindow(tr, corpus=corpus, restore=False)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    with qtbot.waitSignal(w.loaded, timeout=60_000):
        w.load()
    return w


@pytest.fixture
def win(qtbot, settings_tmp):  # noqa: F811
    w = _make(qtbot)
    yield w
    w.close()


def table_ids(w):
    return [w.model.event_at(r).id for r in range(w.model.rowCount())]


def test_seeds_load_with_events_and_problems(win):
    assert len(win.result.articles) == 5
    assert win.model.rowCount() == len(win.result.events) > 5
    kinds = {p.kind for p in win.problems.problems}
    assert {"unresolved", "placeholder"} <= kinds
    model = win.articles_panel.view.model()
    assert model.rowCount() == 5
    assert {model.index(r, 0).data(ROLE) for r in range(5)} == {a.id for a in win.result.articles}


def test_unchecking_a_topic_removes_exactly_its_events(win):
    topic = "cyber"
    before_tab, before_tl = set(table_ids(win)), set(win.timeline.event_ids_in_order())
    assert before_tab == before_tl
    has = {e.id for e in win.result.events if topic in e.topics}
    assert has
    win.filters.set_topic_checked(topic, False)
    assert before_tab - set(table_ids(win)) == has
    assert before_tl - set(win.timeline.event_ids_in_order()) == has
    win.filters.set_topic_checked(topic, True)
    assert set(table_ids(win)) == before_tab


def test_only_one_topic_shows_every_event_carrying_it(win):
    win.filters.only_topic("partnership")
    expect = {e.id for e in win.result.events if "partnership" in e.topics}
    assert set(table_ids(win)) == expect == set(win.timeline.event_ids_in_order())


def test_multi_source_event_opens_one_pane_per_source_with_exact_highlights(win):
    ev = max(win.result.events, key=lambda e: len(e.articles))
    assert len(ev.articles) >= 2
    row = win.model.row_of(ev.id)
    win.table.setCurrentIndex(win.model.index(row, EventTableModel.TITLE))
    assert win.timeline.selected_event() == ev.id
    assert [p.article.id for p in win.sources.panes] == ev.articles
    for evi in ev.evidence:
        pane = win.sources.pane_for(evi.article)
        text = win.articles[evi.article].text
        got = pane.passage_texts()
        spans = [s for s in pane.spans]
        k = spans.index((evi.passage_start, evi.passage_end, evi.mention_start, evi.mention_end))
        assert got[2 * k] == text[evi.passage_start : evi.passage_end]
        assert got[2 * k + 1] == text[evi.mention_start : evi.mention_end]
        # scrolled to the passage: the passage's first line is inside the viewport
        cur = pane.text.textCursor()
        assert pane.text.viewport().rect().intersects(pane.text.cursorRect(cur))


def test_1949_lies_right_of_2025_on_the_timeline(win):
    e1949 = next(e for e in win.result.events if e.earliest and e.earliest.year == 1949)
    e2025 = next(e for e in win.result.events if e.earliest and e.earliest.year == 2025 and not is_undated(e))
    assert win.timeline.event_x(e1949.id) > win.timeline.event_x(e2025.id)
    assert win.timeline.x_for_date(date(1949, 4, 1)) > win.timeline.x_for_date(date(2025, 1, 1))


def test_keyboard_visits_events_in_time_order(win, qtbot):
    win.timeline.setFocus()
    qtbot.keyClick(win.timeline, Qt.Key_Home)
    seen = [win.timeline.selected_event()]
    for _ in range(len(win.result.events) + 2):
        qtbot.keyClick(win.timeline, Qt.Key_Left)  # left = later in a right-to-left timeline
        cur = win.timeline.selected_event()
        if cur == seen[-1]:
            break
        seen.append(cur)
    dated = [win.events_by_id[i] for i in seen if not is_undated(win.events_by_id[i])]
    assert len(dated) == sum(1 for e in win.result.events if not is_undated(e))
    keys = [(e.earliest, e.latest or e.earliest) for e in dated]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    # the table follows every step
    assert win.model.event_at(win.table.currentIndex().row()).id == seen[-1]
    # table keyboard navigation (sorted by date) is in time order too
    win.table.setFocus()
    win.table.setCurrentIndex(win.model.index(0, 1))
    order = [win.selected]
    for _ in range(win.model.rowCount() - 1):
        qtbot.keyClick(win.table, Qt.Key_Down)
        order.append(win.selected)
    dates = [win.events_by_id[i].earliest for i in order if not is_undated(win.events_by_id[i])]
    assert dates == sorted(dates)


def test_setting_publication_date_resolves_relative_dates(win, qtbot):
    ev = next(
        e for e in win.result.events if SEEDS_ARTICLE_000 in e.articles and "date-unresolved" in e.flags
    )
    win.select_event(ev.id)
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        win.set_pubdate(SEEDS_ARTICLE_000, date(2025, 12, 1))
    a = win.articles[SEEDS_ARTICLE_000]
    assert a.published == date(2025, 12, 1)
    moved = win.events_by_id[win.selected]  # the selection followed the event
    assert (moved.earliest, moved.latest) == (date(2025, 12, 8), date(2025, 12, 9))
    assert "date-unresolved" not in moved.flags
    assert not any(p.event == moved.id and p.kind == "unresolved" for p in win.problems.problems)
    # the choice is saved in the corpus' user store (issue 13), keyed by the article's
    # content hash, and applied on next launch
    assert win.session.store.pubdates()[a.sha256] == date(2025, 12, 1)
    assert QSettings().value(f"pubdates/{a.sha256}") is None
    w2 = _make(qtbot)
    again = [
        e for e in w2.result.events if SEEDS_ARTICLE_000 in e.articles and e.earliest == date(2025, 12, 8)
    ]
    assert again and "date-unresolved" not in again[0].flags
    w2.close()
    # forgetting it brings the uncertainty back
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        win.set_pubdate(SEEDS_ARTICLE_000, None)
    assert any("date-unresolved" in e.flags for e in win.result.events if SEEDS_ARTICLE_000 in e.articles)


def test_publication_date_is_an_undoable_step(win, qtbot):
    """Setting a date is on the undo stack: undo gives the uncertainty back, redo the date."""
    stack = win.session.stack
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        win.set_pubdate(SEEDS_ARTICLE_000, date(2025, 12, 1))
    sha = win.articles[SEEDS_ARTICLE_000].sha256
    assert stack.canUndo() and "«" in stack.undoText()  # Arabic step name, with the article's title
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        stack.undo()
    assert win.articles[SEEDS_ARTICLE_000].published is None
    assert sha not in win.session.store.pubdates()
    assert any("date-unresolved" in e.flags for e in win.result.events if SEEDS_ARTICLE_000 in e.articles)
    with qtbot.waitSignal(win.loaded, timeout=60_000):
        stack.redo()
    assert win.articles[SEEDS_ARTICLE_000].published == date(2025, 12, 1)
    assert win.session.store.pubdates()[sha] == date(2025, 12, 1)


def test_exports_reproduce_the_visible_events(win, tmp_path):
    win.filters.set_topic_checked("dialogue", False)
    visible = win.visible_events()
    assert 0 < len(visible) < len(win.result.events)
    win.export_csv(tmp_path / "v.csv")
    win.export_json(tmp_path / "v.json")
    with open(tmp_path / "v.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == [e.id for e in visible]
    assert [r["title"] for r in rows] == [e.title for e in visible]
    doc = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))
    assert doc["events"] == json.loads(json.dumps([e.to_dict() for e in visible], ensure_ascii=False))
    win.export_png(tmp_path / "t.png")
    win.export_svg(tmp_path / "t.svg")
    assert (tmp_path / "t.png").stat().st_size > 1000
    assert "<svg" in (tmp_path / "t.svg").read_text(encoding="utf-8")


def test_english_switch_on_seeds(win):
    assert win.model.headerData(EventTableModel.TITLE, Qt.Horizontal) == "الحدث"
    win.set_language("en")
    QApplication.processEvents()
    assert win.model.headerData(EventTableModel.TITLE, Qt.Horizontal) == "Event"
    assert win.act_open.text() == "Open folder…"
    assert win.filters.search.placeholderText().startswith("Search")
    win.set_language("ar")


def test_html_tags_in_an_article_show_literally(qtbot, settings_tmp, tmp_path):  # noqa: F811
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "tags.txt").write_text(
        "عنوان\nانضمت الكويت عام 2004 إلى المبادرة <b>x</b> وفق الخبر.\n", encoding="utf-8"
    )
    w = _make(qtbot, corpus=[d])
    assert w.result.events
    w.select_event(w.result.events[0].id)
    pane = w.sources.panes[0]
    assert "<b>x</b>" in pane.text.toPlainText()
    assert pane.text.document().defaultTextOption().textDirection() == Qt.RightToLeft
    w.close()


def test_search_finds_article_text_ignoring_diacritics(win):
    win.filters.search.setText("إسطَنبول")
    win.apply_filter()
    n = win.model.rowCount()
    win.filters.search.setText("اسطنبول")
    win.apply_filter()
    assert win.model.rowCount() == n > 0
    win.filters.search.setText("")
    win.apply_filter()
