"""The Edit menu's actions on a session: each edit kind, its undo and its redo (pytest-qt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QWidget

from viewer.loading import ingest
from viewer.model import Article, Event
from viewer.ui.edits.actions import EditActions, py_offset
from viewer.ui.edits.dialogs import DateDialog, split_names
from viewer.ui.edits.session import EditSession
from viewer.userstore.db import UserStore

DATA = Path(__file__).resolve().parent / "data" / "analyst"


class _Pane:
    def __init__(self, parent: QWidget) -> None:
        self.text = QPlainTextEdit(parent)
        self.article: Article | None = None


class _Sources:
    def __init__(self, parent: QWidget) -> None:
        self.panes = [_Pane(parent)]


class Host:
    """What EditActions needs of the window, over the real session."""

    def __init__(self, root: Path, widget: QWidget) -> None:
        self.session = EditSession(widget, root=root)
        self.session.open_corpus([DATA])
        self.session.changed.connect(self._show)
        self.session.patched.connect(lambda edited, _changes: self._show(edited))
        self.lang = "ar"
        self.topics = []
        self.sources = _Sources(widget)
        self.selected: str | None = None
        self._show(self.session.set_base(ingest([DATA])))

    def _show(self, edited) -> None:
        self.result = edited.result
        self.articles = {a.id: a for a in edited.result.articles}
        self.events_by_id = {e.id: e for e in edited.result.events}

    def pick(self, year: int, prefix: str) -> Event:
        ev = next(e for e in self.events_by_id.values() if e.earliest and e.earliest.year == year
                  and e.evidence[0].article.startswith(prefix))
        self.selected = ev.id
        return ev


@pytest.fixture
def host(qtbot, tmp_path: Path):
    from viewer.ui.app import make_app

    make_app([], "en")  # the English step names below, whatever an earlier test chose
    w = QWidget()
    qtbot.addWidget(w)
    h = Host(tmp_path / "data", w)
    h.actions = EditActions(h, w)
    yield h
    h.session.close()


def undo_redo(host: Host, check_done, check_undone) -> None:
    """Undo, redo (twice over), checking the shown result and the store each time."""
    stack = host.session.stack
    check_done()
    n = len(host.session.log())
    stack.undo()
    check_undone()
    assert len(host.session.log()) == n - 1
    stack.redo()
    check_done()
    assert len(host.session.log()) == n
    stack.undo()
    stack.redo()
    check_done()


def test_date_edit_undo_redo_and_menu_names(host: Host) -> None:
    ev = host.pick(1998, "a1")
    assert host.actions.edit_date((date(1998, 3, 1), date(1998, 3, 31), "month", True))

    def done():
        e = host.events_by_id[ev.id]
        assert (e.earliest, e.latest, e.granularity, e.certain) == (date(1998, 3, 1), date(1998, 3, 31),
                                                                     "month", False)

    def undone():
        e = host.events_by_id[ev.id]
        assert (e.earliest, e.granularity, e.certain) == (date(1998, 1, 1), "year", True)

    undo_redo(host, done, undone)
    # the Edit menu names the step
    assert host.session.stack.undoText().startswith("Change the date of")
    assert host.actions.act_undo.text().startswith("Undo")
    assert "Change the date of" in host.actions.act_undo.text()
    assert host.actions.act_undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in host.actions.act_redo.shortcuts()]


@pytest.mark.parametrize("kind", ["title", "topics", "actors", "note", "star", "hide"])
def test_each_simple_edit_undo_redo(host: Host, kind: str) -> None:
    ev = host.pick(2022, "a2")
    before = host.events_by_id[ev.id]
    do = {
        "title": lambda: host.actions.edit_title("قمة القاهرة"),
        "topics": lambda: host.actions.edit_topics(["food"]),
        "actors": lambda: host.actions.edit_actors(["مصر", "الأردن"]),
        "note": lambda: host.actions.edit_note("تحقق من البيان"),
        "star": host.actions.toggle_star,
        "hide": host.actions.toggle_hide,
    }[kind]
    get = {
        "title": lambda e: e.title, "topics": lambda e: e.topics, "actors": lambda e: e.actors,
        "note": lambda e: host.session.edited.notes.get(e.id), "star": lambda e: "starred" in e.flags,
        "hide": lambda e: "hidden" in e.flags,
    }[kind]
    want = {"title": "قمة القاهرة", "topics": ["food"], "actors": ["مصر", "الأردن"], "note": "تحقق من البيان",
            "star": True, "hide": True}[kind]
    old = get(before)
    assert do()
    undo_redo(host, lambda: get(host.events_by_id[ev.id]) == want or pytest.fail(kind),
              lambda: get(host.events_by_id[ev.id]) == old or pytest.fail(kind))
    assert "edited" in host.events_by_id[ev.id].flags


def test_delete_merge_split_undo_redo(host: Host) -> None:
    ev = host.pick(2026, "a1")
    n = len(host.events_by_id)
    assert host.actions.delete()
    undo_redo(host, lambda: ev.id not in host.events_by_id, lambda: ev.id in host.events_by_id)

    keep = host.pick(2020, "a3")
    other = next(e for e in host.events_by_id.values() if e.earliest == keep.earliest and e.id != keep.id)
    assert host.actions.merge(other.id)
    undo_redo(host, lambda: other.id not in host.events_by_id and len(host.events_by_id[keep.id].evidence) == 2,
              lambda: other.id in host.events_by_id)
    assert len(host.events_by_id) == n - 2

    host.selected = keep.id
    assert host.actions.split([1])
    undo_redo(host, lambda: len(host.events_by_id) == n - 1 and len(host.events_by_id[keep.id].evidence) == 1,
              lambda: len(host.events_by_id) == n - 2)


def test_add_event_from_a_selected_passage(host: Host, qtbot) -> None:
    a = next(x for x in host.articles.values() if x.id.startswith("a3"))
    pane = host.sources.panes[0]
    pane.article = a
    pane.text.setPlainText(a.text)
    start = a.text.index("وأوضحت")
    end = a.text.index("كيلومتر") + len("كيلومتر")
    cur = pane.text.textCursor()
    cur.setPosition(start)
    cur.setPosition(end, cur.MoveMode.KeepAnchor)
    pane.text.setTextCursor(cur)
    assert host.actions.selected_passage() == (a, start, end)
    n = len(host.events_by_id)
    assert host.actions.add_from_selection((date(2020, 10, 1), date(2020, 10, 31), "month", False, "بدء الإنشاء"))

    def done():
        new = [e for e in host.events_by_id.values() if "manual" in e.flags]
        assert len(new) == 1 and new[0].title == "بدء الإنشاء"
        (e,) = new[0].evidence
        assert a.text[e.passage_start:e.passage_end] == a.text[start:end]

    undo_redo(host, done, lambda: len(host.events_by_id) == n)
    assert host.session.stack.undoText() == "Add the event “بدء الإنشاء”"


def test_utf16_selection_offsets_with_an_emoji_before_the_passage() -> None:
    text = "😀 الناتو 2004 𝔸 ثم"
    i = text.index("2004")
    u16 = len(text[:i].encode("utf-16-le")) // 2
    assert u16 == i + 1 and py_offset(text, u16) == i
    j = text.index("ثم")
    assert py_offset(text, len(text[:j].encode("utf-16-le")) // 2) == j


def test_edits_are_in_the_store_after_a_restart(host: Host, tmp_path: Path) -> None:
    host.pick(2019, "a2")
    host.actions.edit_title("خطة العمل العربية")
    host.actions.toggle_star()
    path = host.session.store.path
    host.session.close()
    with UserStore(path) as st:
        assert [e.kind for e in st.edits()] == ["title", "star"]


def test_date_dialog_values(qtbot) -> None:
    ev = Event("e1", date(2024, 12, 8), date(2024, 12, 8), "day", "absolute", "اجتماع")
    dlg = DateDialog(ev)
    qtbot.addWidget(dlg)
    assert dlg.value() == (date(2024, 12, 8), date(2024, 12, 8), "day", False)
    dlg.precision.setCurrentIndex(dlg.precision.findData("month"))
    dlg.approximate.setChecked(True)
    assert dlg.value() == (date(2024, 12, 1), date(2024, 12, 31), "month", True)
    dlg.precision.setCurrentIndex(dlg.precision.findData("range"))
    assert dlg.end.isEnabled()
    dlg.end.setDate(dlg.start.date().addDays(3))
    assert dlg.value()[:3] == (date(2024, 12, 8), date(2024, 12, 11), "day")
    # a year-long event opens at year precision
    dlg2 = DateDialog(Event("e2", date(2004, 1, 1), date(2004, 12, 31), "year", "absolute", "x", certain=False))
    qtbot.addWidget(dlg2)
    assert dlg2.value() == (date(2004, 1, 1), date(2004, 12, 31), "year", True)


def test_dialog_path_through_the_real_dialog(host: Host, qtbot) -> None:
    """The action opens the dialog when no value is given; accepting it pushes the edit."""
    ev = host.pick(2015, "a2")

    def accept():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, QDialog)
        dlg.edit.setText("التعاون في الطاقة المتجددة")
        dlg.accept()

    QTimer.singleShot(50, accept)
    assert host.actions.edit_title()
    assert host.events_by_id[ev.id].title == "التعاون في الطاقة المتجددة"


def test_actor_names_split_on_arabic_and_latin_commas() -> None:
    assert split_names("مصر، الأردن,العراق\n\nمصر") == ["مصر", "الأردن", "العراق"]
