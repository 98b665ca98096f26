"""The problems and articles docks: model/view behaviour, signals, menus, laziness."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QTableView
from test_ui_fixtures import settings_tmp  # noqa: F401

from viewer.display.bidi import LRI, PDI, isolate, isolate_ltr, plain_tooltip
from viewer.display.snapshot import collect_problems
from viewer.model import Article, CorpusResult, Event, Problem
from viewer.ui.problems import (
    ROLE,
    SIZE_SAMPLE_ROWS,
    ArticlesModel,
    ArticlesPanel,
    ProblemsModel,
    ProblemsPanel,
)

EASTERN = set("٠١٢٣٤٥٦٧٨٩")


def _problems() -> list[Problem]:
    return [
        Problem("unreadable", "cannot read", path="/corpus/dir/broken.txt", severity="error"),
        Problem("unresolved", "عنوان الحدث", article="a1", event="e1"),
        Problem("encoding", "not UTF-8", path="/corpus/cp.txt", article="a2"),
        Problem("cache", "cache moved aside"),
        Problem("frobnicate", "new kind", article="a3"),
    ]


def _articles() -> list[Article]:
    return [
        Article(id="a1", path="/c/a1.txt", text="", title="بيان الناتو", source="الجزيرة", published=date(2004, 3, 29)),
        Article(id="a2", path="/c/a2.txt", text="", title="", source=None, published_min=date(2010, 5, 1)),
        Article(id="a3", path="/c/a3.txt", text="", title="خبر ثالث", source="BBC"),
    ]


def _rows(model, columns: int) -> list[tuple]:
    return [tuple(model.index(r, c).data() for c in range(columns)) for r in range(model.rowCount())]


def _shown(qtbot, panel):
    qtbot.addWidget(panel)
    panel.resize(800, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _click(qtbot, view: QTableView, row: int, col: int = 0, double: bool = False) -> None:
    index = view.model().index(row, col)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=pos)
    if double:  # a double click is a click, then a second press reported as a double click
        qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=pos)


# --- Qt's own model checks ---------------------------------------------------------------
def test_models_pass_qtmodeltester(qtbot, qtmodeltester):
    problems = ProblemsPanel()
    qtbot.addWidget(problems)
    problems.set_problems(_problems())
    qtmodeltester.check(problems.model)
    problems.model.sort(ProblemsModel.KIND, Qt.DescendingOrder)
    qtmodeltester.check(problems.model)
    problems.set_problems([])
    qtmodeltester.check(problems.model)

    articles = ArticlesPanel()
    qtbot.addWidget(articles)
    articles.set_articles(_articles(), {"a1": 3})
    qtmodeltester.check(articles.model)
    articles.model.sort(ArticlesModel.PUBLISHED, Qt.AscendingOrder)
    articles.set_display(eastern=True)
    qtmodeltester.check(articles.model)
    articles.set_articles([], {})
    qtmodeltester.check(articles.model)


# --- problems ----------------------------------------------------------------------------
def test_problems_panel_rows_tooltips_and_colour(qtbot):
    from viewer.ui.app import make_app

    make_app([], "en")  # the English headers below, whatever an earlier test chose
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    probs = _problems()
    panel.set_problems([*probs, probs[1], probs[0]])  # reported twice: listed once
    assert panel.problems == probs
    view = panel.view
    assert isinstance(view, QTableView) and view.objectName() == "problems"
    model = view.model()
    assert model is panel.model and model.rowCount() == 5 and model.columnCount() == 3
    assert [model.headerData(c, Qt.Horizontal) for c in range(3)] == ["Kind", "Message", "File"]
    rows = _rows(model, 3)
    for i, p in enumerate(probs):
        assert rows[i] == (panel.kind_label(p.kind), isolate(p.message), isolate_ltr(panel.where(p)))
        assert model.index(i, 0).data(ROLE) == i
        assert model.index(i, 0).data(Qt.ToolTipRole) == p.kind
        assert model.index(i, 1).data(Qt.ToolTipRole) == plain_tooltip(isolate(p.message))
        assert model.index(i, 2).data(Qt.ToolTipRole) == plain_tooltip(isolate_ltr(p.path or p.article or ""))
    assert rows[0][2] == LRI + "broken.txt" + PDI  # the file name; the full path is in the tooltip
    assert rows[1][2] == LRI + "a1" + PDI  # no file: the article id
    assert rows[3][2] == ""
    assert rows[4][0] == "Other problem (frobnicate)"
    # Severity "error": the kind in red, nothing else coloured.
    assert QColor(model.index(0, 0).data(Qt.ForegroundRole).color()) == QColor(Qt.red)
    assert model.index(0, 1).data(Qt.ForegroundRole) is None
    assert model.index(1, 0).data(Qt.ForegroundRole) is None
    # Every row fits a uniform height; the kind column was sized to its longest label.
    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.Fixed
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(rows[4][0])
    panel.set_problems([])
    assert model.rowCount() == 0 and panel.problems == []


def test_problem_click_and_enter_go_to_event_or_article(qtbot):
    panel = _shown(qtbot, ProblemsPanel())
    panel.set_problems(_problems())
    events, articles = [], []
    panel.eventRequested.connect(events.append)
    panel.articleRequested.connect(articles.append)
    _click(qtbot, panel.view, 1, 1)  # has an event: the event
    assert events == ["e1"] and articles == []
    _click(qtbot, panel.view, 2, 2)  # only an article: the article
    assert articles == ["a2"]
    _click(qtbot, panel.view, 3)  # neither: nothing
    _click(qtbot, panel.view, 0)
    assert events == ["e1"] and articles == ["a2"]
    panel.view.setCurrentIndex(panel.model.index(4, 0))
    qtbot.keyClick(panel.view, Qt.Key_Enter)  # activation by keyboard
    assert articles == ["a2", "a3"]


def _menu_spy(qtbot, trigger: int | None):
    """Answer every context menu the panel opens (its real ``exec``): note its actions, pick one."""
    shown: list[list[str]] = []

    def answer() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            actions = menu.actions()
            shown.append([a.text() for a in actions])
            if trigger is not None:
                actions[trigger].trigger()
            menu.close()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(10)
    return shown, timer  # the caller holds the timer for the test's duration


@pytest.mark.parametrize("trigger", [0, 1])
def test_problem_context_menu(qtbot, trigger):
    panel = _shown(qtbot, ProblemsPanel())
    panel.set_problems(_problems())
    shown, _timer = _menu_spy(qtbot, trigger)
    opened, pubdates = [], []
    panel.articleRequested.connect(opened.append)
    panel.pubdateRequested.connect(pubdates.append)
    view = panel.view

    def menu_at(row: int) -> None:
        view.customContextMenuRequested.emit(view.visualRect(panel.model.index(row, 1)).center())

    menu_at(0)  # a file problem without an article: no menu
    menu_at(3)
    view.customContextMenuRequested.emit(QPoint(5, view.viewport().height() - 2))  # below the rows
    assert shown == []
    menu_at(2)
    assert shown == [["Open article", "Set publication date…"]]
    assert (opened, pubdates) == ((["a2"], []) if trigger == 0 else ([], ["a2"]))


def test_problems_panel_retranslates(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.app import make_app

    _app, tr = make_app([], "en")
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems(_problems())
    model = panel.view.model()
    assert model.index(1, 0).data() == "Unresolved date"
    try:
        tr.set_language("ar")
        qtbot.waitUntil(lambda: model.headerData(0, Qt.Horizontal) == "النوع")
        assert model.index(1, 0).data() == "تاريخ غير محسوم" == panel.kind_label("unresolved")
    finally:
        tr.set_language("en")
    qtbot.waitUntil(lambda: model.headerData(0, Qt.Horizontal) == "Kind")
    assert model.index(1, 0).data() == "Unresolved date"


def test_problems_sort_by_header_and_keep_selection(qtbot):
    panel = _shown(qtbot, ProblemsPanel())
    probs = _problems()
    panel.set_problems(probs)
    view, model = panel.view, panel.model
    view.selectRow(1)  # the "unresolved" problem
    view.horizontalHeader().setSortIndicator(ProblemsModel.KIND, Qt.AscendingOrder)  # a header click
    labels = [model.index(r, 0).data() for r in range(5)]
    assert labels == sorted(labels, key=str.lower)
    assert view.selectionModel().selectedRows()[0].data(ROLE) == 1  # the selection followed its row
    # A refill keeps the order the user chose; -1 is the list's own order again.
    panel.set_problems(list(reversed(probs)))
    assert [model.index(r, 0).data() for r in range(5)] == labels
    assert panel.problems == list(reversed(probs))
    rows = [model.index(r, 0).data(ROLE) for r in range(5)]
    assert [panel.problems[i].kind for i in rows] == [panel.problem_at(model.index(r, 0)).kind for r in range(5)]
    model.sort(-1)
    assert [model.index(r, 0).data(ROLE) for r in range(5)] == list(range(5))


# --- articles ----------------------------------------------------------------------------
def test_articles_panel_rows_digits_and_counts(qtbot):
    panel = ArticlesPanel()
    qtbot.addWidget(panel)
    arts = _articles()
    panel.set_display(lang="en")
    panel.set_articles(iter(arts), {"a1": 12, "a3": 1})
    view = panel.view
    assert view.objectName() == "articles"
    model = view.model()
    assert panel.articles == arts and panel.event_counts == {"a1": 12, "a3": 1}
    assert [model.headerData(c, Qt.Horizontal) for c in range(4)] == ["Title", "Source", "Published", "Events"]
    rows = _rows(model, 4)
    assert rows[0] == (isolate("بيان الناتو"), isolate("الجزيرة"), panel._date_text(arts[0]), "12")
    assert "2004" in rows[0][2]
    assert rows[1][0] == isolate("a2")  # no title: the id
    assert rows[1][1] == isolate("")
    assert rows[1][2].startswith("unknown, not before") and "2010" in rows[1][2]
    assert rows[1][3] == "0" and rows[2][3] == "1"
    assert rows[2][2] == "unknown"
    assert [model.index(r, 0).data(ROLE) for r in range(3)] == ["a1", "a2", "a3"]
    assert model.index(0, 0).data(Qt.ToolTipRole) == plain_tooltip(f"{isolate(arts[0].title)}\n{isolate_ltr(arts[0].path)}")
    # Eastern digits in the date and the event count, and back.
    panel.set_display(lang="ar", eastern=True)
    rows = _rows(model, 4)
    assert rows[0][3] == "١٢" and EASTERN & set(rows[0][2]) and not set("0123456789") & set(rows[0][2])
    assert EASTERN & set(rows[1][2])
    panel.set_display(eastern=False)
    assert _rows(model, 4)[0][3] == "12"


def test_article_activation_and_context_menu(qtbot):
    panel = _shown(qtbot, ArticlesPanel())
    panel.set_articles(_articles(), {})
    opened, pubdates = [], []
    panel.articleRequested.connect(opened.append)
    panel.pubdateRequested.connect(pubdates.append)
    _click(qtbot, panel.view, 1)  # a single click only selects
    assert opened == []
    _click(qtbot, panel.view, 2, 1, double=True)
    assert opened[-1] == "a3"
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key_Return)
    assert opened[-1] == "a1"
    shown, _timer = _menu_spy(qtbot, 1)
    view = panel.view
    view.customContextMenuRequested.emit(view.visualRect(panel.model.index(1, 2)).center())
    assert shown == [["Open article", "Set publication date…"]] and pubdates == ["a2"]
    view.customContextMenuRequested.emit(QPoint(5, view.viewport().height() - 2))  # no row there
    assert len(shown) == 1


def test_articles_sort_by_date_and_count(qtbot):
    panel = ArticlesPanel()
    qtbot.addWidget(panel)
    panel.set_articles(_articles(), {"a1": 1, "a2": 5, "a3": 0})
    model = panel.model

    def ids():
        return [model.index(r, 0).data(ROLE) for r in range(model.rowCount())]

    panel.view.sortByColumn(ArticlesModel.EVENTS, Qt.DescendingOrder)
    assert ids() == ["a2", "a1", "a3"]
    panel.view.sortByColumn(ArticlesModel.PUBLISHED, Qt.AscendingOrder)
    assert ids() == ["a1", "a3", "a2"]  # known dates first, then unknown by lower bound
    panel.view.sortByColumn(ArticlesModel.TITLE, Qt.AscendingOrder)
    assert ids() == ["a1", "a3", "a2"]  # Arabic collation: ب, خ, then the Latin "a2" (no title: its id)


def test_articles_panel_retranslates(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.app import make_app

    _app, tr = make_app([], "en")
    panel = ArticlesPanel()
    qtbot.addWidget(panel)
    panel.set_articles(_articles(), {})
    model = panel.model
    assert model.index(2, 2).data() == "unknown"
    try:
        tr.set_language("ar")
        qtbot.waitUntil(lambda: model.headerData(0, Qt.Horizontal) == "العنوان")
        assert model.index(2, 2).data() == "غير معروف"
    finally:
        tr.set_language("en")
    qtbot.waitUntil(lambda: model.headerData(0, Qt.Horizontal) == "Title")


# --- a big corpus: nothing is computed per row --------------------------------------------
def test_big_lists_read_only_a_sample_of_rows(qtbot, monkeypatch):
    from viewer.ui import problems as mod

    touched: set[tuple[str, int]] = set()
    data = mod._ListModel.data

    def spy(self, index, role=0):
        touched.add((type(self).__name__, index.row()))
        return data(self, index, role)

    monkeypatch.setattr(mod._ListModel, "data", spy)
    n = 10_000
    probs = [Problem("unresolved", f"m{i}", article=f"a{i}", event=f"e{i}") for i in range(n)]
    arts = [Article(id=f"a{i}", path=f"/c/{i}.txt", text="", title=f"t{i}", published=date(2001, 1, 1)) for i in range(n)]
    problems = _shown(qtbot, ProblemsPanel())
    articles = _shown(qtbot, ArticlesPanel())
    problems.set_problems(probs)
    articles.set_articles(arts, {a.id: 1 for a in arts})
    articles.set_display(eastern=True)
    qtbot.wait(50)  # layout and paint
    assert problems.model.rowCount() == articles.model.rowCount() == n
    for name in ("ProblemsModel", "ArticlesModel"):
        rows = {r for m, r in touched if m == name}
        assert 0 < len(rows) <= SIZE_SAMPLE_ROWS + 100, (name, len(rows))
    # These widgets outlive the test (and the spy); a later test's language switch
    # re-sized their columns and crashed the process inside Qt (main at f18967d; the
    # same 10,000 rows without the monkeypatched data() do not crash).  Emptied, they
    # have nothing left to measure.
    problems.set_problems([])
    articles.set_articles([], {})


def test_collect_problems_adds_flagged_events_once():
    events = [
        Event(id=f"e{i}", earliest=None, latest=None, granularity="day", kind="statement", title=f"t{i}",
              flags=["date-unresolved", "sources-disagree"] if i % 2 else [])
        for i in range(1000)
    ]
    reported = [Problem("unresolved", "already", event="e1")]
    out = collect_problems(CorpusResult(events=events, problems=reported))
    assert out[0] is reported[0]
    keys = [(p.kind, p.event) for p in out]
    assert len(keys) == len(set(keys)) == 1 + 500 + 499
    assert all(p.message == "t" + p.event[1:] and p.article is None for p in out[1:])
