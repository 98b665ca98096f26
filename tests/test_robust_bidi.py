"""Bidi controls in article text cannot reorder the UI around them (viewer.display.bidi).

String level: ``isolate`` closes or drops every unterminated control and wraps
the string in FSI … PDI.  Layout level: Qt lays out "label + UI text" with the
UI text in logical order, where the raw label would have reversed it.  Widget
level: the strings the table, the timeline, the problems list and the article
header actually show are isolated.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_ui_fixtures import settings_tmp  # noqa: F401

from viewer.display.bidi import FSI, LRI, PDF, PDI, RLE, RLO, balance, isolate, isolate_ltr, strip_controls
from viewer.model import Article, CorpusResult, Event, Evidence, Problem

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _balanced(s: str) -> bool:
    """True when every opener has its closer, per UAX #9 (isolates close inner embeddings)."""
    stack: list[str] = []
    for ch in s:
        if ch in "\u2066\u2067\u2068":
            stack.append("i")
        elif ch in "\u202a\u202b\u202d\u202e":
            stack.append("e")
        elif ch == PDI:
            if not stack or stack[-1] != "i":
                return False  # no isolate open, or an embedding left open inside it
            stack.pop()
        elif ch == PDF:
            if not stack or stack[-1] != "e":
                return False
            stack.pop()
    return not stack


@pytest.mark.parametrize(
    ("raw", "balanced"),
    [
        ("عنوان", "عنوان"),
        (RLO + "abc", "abc"),  # unterminated override: dropped
        ("abc" + PDF, "abc"),  # closer without opener: dropped
        ("a" + PDI + "b", "ab"),
        (RLO + "abc" + PDF, RLO + "abc" + PDF),  # balanced pair: kept
        (LRI + "2017" + PDI, LRI + "2017" + PDI),
        (LRI + RLE + "x" + PDI, LRI + "x" + PDI),  # embedding left open inside an isolate
        (RLE + LRI + "x" + PDF, "x"),  # PDF cannot close the embedding across an open isolate
    ],
)
def test_balance_examples(raw, balanced):
    assert balance(raw) == balanced
    assert _balanced(balance(raw))


def test_isolate_wraps_and_keeps_one_line():
    assert isolate("") == ""
    assert isolate(None) == ""
    s = isolate("سطر\nآخر " + RLO)
    assert s == FSI + "سطر آخر " + PDI
    assert isolate_ltr("a/\u202eb.txt") == LRI + "a/b.txt" + PDI
    assert strip_controls("x" + RLO + "y" + PDI) == "xy"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(CONTROLS) + list("ab عن\n")), max_size=40))
def test_isolate_is_always_balanced_and_keeps_visible_text(text):
    out = isolate(text)
    if not text:
        return
    assert out[0] == FSI and out[-1] == PDI
    assert _balanced(out)
    assert "\n" not in out
    visible = lambda s: "".join(c for c in s if c not in CONTROLS and not c.isspace())  # noqa: E731
    assert visible(out) == visible(text)


# -- layout ---------------------------------------------------------------------------------------


def _x_positions(qapp, s: str, chars: str) -> list[float]:
    from PySide6.QtGui import QFont, QTextLayout

    lay = QTextLayout(s, QFont())
    lay.beginLayout()
    line = lay.createLine()
    lay.endLayout()
    return [line.cursorToX(s.index(c))[0] for c in chars]


def _in_logical_order(xs: list[float]) -> bool:
    return xs == sorted(xs)


@pytest.mark.parametrize("control", ["\u202e", "\u202b", "\u2067", "\u2068"])
def test_label_followed_by_ui_text_is_not_reordered(qapp, control):
    title = control + "abc"  # an unterminated control at the end of an article title
    # Without isolation the UI text after the title is reordered (the test can fail).
    if control == "\u202e":
        assert not _in_logical_order(_x_positions(qapp, title + " XYZ", "XYZ"))
    # With it, "XYZ" stays left to right after the title, whatever the control.
    assert _in_logical_order(_x_positions(qapp, isolate(title) + " XYZ", "XYZ"))
    assert _in_logical_order(_x_positions(qapp, "XYZ " + isolate(title) + " done", "XYZ"))


# -- widgets ----------------------------------------------------------------------------------------

EVIL = "عنوان " + RLO + "abc"  # unterminated RIGHT-TO-LEFT OVERRIDE


def _result() -> CorpusResult:
    text = EVIL + "\nانضمت الكويت عام 2004 إلى المبادرة.\n"
    ms = text.index("عام 2004")
    a = Article("evil\u202e", "/tmp/ev\u202eil.txt", text, title=EVIL, source="وكالة " + RLO, sha256="x")
    ev = Event(
        "e1", date(2004, 1, 1), date(2004, 12, 31), "year", "absolute", EVIL, True, ["dialogue"],
        ["الكويت" + RLO],
        [Evidence(a.id, 0, len(text), ms, ms + len("عام 2004"))],
    )
    probs = [
        Problem("bidi", "text contains 1 bidirectional control character", a.path, a.id),
        Problem("placeholder", f"template placeholder instead of a date: «{EVIL}»", a.path, a.id, "e1"),
    ]
    return CorpusResult([a], [], [ev], probs)


def _visible(s: str) -> str:
    return "".join(c for c in s if unicodedata.category(c) != "Cf")


def _safe(s: str) -> bool:
    """No control left unterminated, and the whole string cannot leak outwards."""
    return _balanced(s)


def test_widgets_show_isolated_strings(qtbot, settings_tmp):  # noqa: F811
    from PySide6.QtCore import Qt

    from viewer.display.labels import event_label, tooltip_text
    from viewer.ui.models import EventTableModel
    from viewer.ui.problems import ArticlesPanel, ProblemsPanel
    from viewer.ui.sources import SourcesPanel

    r = _result()
    ev = r.events[0]

    model = EventTableModel()
    model.set_events(r.events, [])
    for col in range(model.COLUMNS):
        for role in (Qt.DisplayRole, Qt.ToolTipRole):
            v = model.index(0, col).data(role)
            if isinstance(v, str):
                assert _safe(v), (col, role, v)
    assert _visible(model.index(0, EventTableModel.TITLE).data()) == _visible(EVIL)

    for s in (event_label(ev, "ar"), tooltip_text(ev, "ar", False)):
        assert _safe(s)
    assert event_label(ev, "ar").startswith(FSI)

    problems = ProblemsPanel()
    qtbot.addWidget(problems)
    problems.set_problems(r.problems)
    pm = problems.view.model()
    assert pm.rowCount() == 2
    for i in range(pm.rowCount()):
        for c in range(3):
            assert _safe(pm.index(i, c).data())
            assert _safe(pm.index(i, c).data(Qt.ToolTipRole) or "")
    assert pm.index(0, 2).data() == LRI + "evil.txt" + PDI  # the file, its control removed

    arts = ArticlesPanel()
    qtbot.addWidget(arts)
    arts.set_articles(r.articles, {})
    am = arts.view.model()
    assert all(_safe(am.index(0, c).data()) for c in range(4))
    assert am.index(0, 0).data(Qt.ToolTipRole) and _safe(am.index(0, 0).data(Qt.ToolTipRole))

    sources = SourcesPanel()
    qtbot.addWidget(sources)
    sources.show_event(ev, {r.articles[0].id: r.articles[0]})
    pane = sources.panes[0]
    for s in (sources.heading.text(), pane.title.full_text(), pane.meta.full_text(), pane.meta.toolTip()):
        assert _safe(s), s
    # The article itself is shown as plain text, exactly as read (controls included).
    assert pane.text.toPlainText() == r.articles[0].text
    sources.show_article(r.articles[0])
    assert _safe(sources.heading.text())


def test_table_cell_then_ui_text_keeps_order(qtbot, qapp, settings_tmp):  # noqa: F811
    """The title cell as the table shows it, followed by UI text, lays out in logical order."""
    from viewer.ui.models import EventTableModel

    r = _result()
    model = EventTableModel()
    model.set_events(r.events, [])
    cell = model.index(0, EventTableModel.TITLE).data()
    assert _in_logical_order(_x_positions(qapp, cell + " XYZ", "XYZ"))
    assert not _in_logical_order(_x_positions(qapp, r.events[0].title + " XYZ", "XYZ"))


@pytest.mark.parametrize(
    "text",
    [
        'عنوان <img src="http://example.invalid/x.png"> بعده',
        "<b>غامق</b>\nسطر ثان",
        "a &lt;b&gt; c",
        "نص عادي بلا وسوم",
        "",
    ],
)
def test_tooltips_never_render_input_as_html(qapp, text):
    """What a tooltip shows is the text itself, even when it looks like HTML."""
    from PySide6.QtGui import Qt as QtGui_Qt
    from PySide6.QtGui import QTextDocument

    from viewer.display.bidi import plain_tooltip

    tip = plain_tooltip(text)
    if QtGui_Qt.mightBeRichText(tip):  # what QToolTip does
        doc = QTextDocument()
        doc.setHtml(tip)
        shown = doc.toPlainText().replace("\u2028", "\n")
    else:
        shown = tip
    assert shown == text
    assert "<img" not in tip or "&lt;img" in tip


def test_table_tooltip_of_an_html_title_is_literal(qtbot, settings_tmp):  # noqa: F811
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from viewer.ui.models import EventTableModel

    r = _result()
    r.events[0].title = '<img src="http://example.invalid/t.png" onerror="x()">عنوان'
    model = EventTableModel()
    model.set_events(r.events, [])
    tip = model.index(0, EventTableModel.TITLE).data(Qt.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert _visible(doc.toPlainText()) == _visible(r.events[0].title)


def test_filter_list_label_with_a_control_keeps_its_count_in_place(qapp):
    from PySide6.QtCore import Qt

    from viewer.ui.models import CheckListModel

    m = CheckListModel()
    m.set_items([("a", "الكويت" + RLO, None), ("b", "Partnership", "#ff0000")])
    m.set_counts({"a": 12, "b": 3})
    shown = m.index(0, 0).data(Qt.DisplayRole)
    assert _balanced(shown) and shown.endswith("(12)")
    assert m.index(1, 0).data(Qt.DisplayRole) == "Partnership  (3)"  # plain labels untouched
    assert _balanced(m.index(0, 0).data(Qt.ToolTipRole))
