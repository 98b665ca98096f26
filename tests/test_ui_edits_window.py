"""The analyst's layer in the real main window: Edit menu, undo/redo, marks, view filter,
orphans in Problems, dates migrated from QSettings, publishing and project files."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.test_ui_fixtures import load_window, open_window, settings_tmp  # noqa: F401
from viewer.display.timeline_data import EDITED, STARRED
from viewer.ui.models import EventTableModel

DATA = Path(__file__).resolve().parent / "data" / "analyst"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    c = tmp_path / "news"
    shutil.copytree(DATA, c)
    return c


@pytest.fixture
def win(qtbot, settings_tmp, corpus):  # noqa: F811
    w = open_window(qtbot, [corpus], cache=":memory:", lang="ar")
    load_window(qtbot, w)
    yield w
    w.close()


def pick(w, year: int, prefix: str) -> str:
    ev = next(e for e in w.result.events if e.earliest and e.earliest.year == year
              and e.evidence[0].article.startswith(prefix))
    w.select_event(ev.id)
    return ev.id


def row_icon(w, event_id: str):
    row = w.model.row_of(event_id)
    return w.model.index(row, EventTableModel.TITLE).data(Qt.DecorationRole)


def test_edit_menu_sits_between_file_and_view_and_names_the_step(win) -> None:
    titles = [a.menu().objectName() or a.text() for a in win.menuBar().actions()]
    edit_menu = win.edit_actions.menu
    assert edit_menu.menuAction() in win.menuBar().actions()
    i = win.menuBar().actions().index(edit_menu.menuAction())
    assert win.menuBar().actions()[i - 1] == win.file_menu.menuAction()
    assert win.menuBar().actions()[i + 1] == win.view_menu.menuAction()
    assert len(titles) >= 3
    eid = pick(win, 2022, "a2")
    assert win.edit_actions.edit_title("قمة القاهرة للأمن المائي")
    undo = win.edit_actions.act_undo.text()  # the Arabic UI (the default) names the step
    assert undo.startswith("تراجع عن: تغيير عنوان «") and "القاهرة" in undo
    assert edit_menu.title() == "&تحرير"
    assert win.edit_actions.act_undo.isEnabled() and not win.edit_actions.act_redo.isEnabled()
    # the table and the timeline show the edit, and the selection stayed on the event
    assert win.selected == eid and win.events_by_id[eid].title == "قمة القاهرة للأمن المائي"
    assert row_icon(win, eid) is not None
    i = win.timeline._data.index[eid]
    assert win.timeline._data.flags[i] & EDITED
    # Ctrl+Z / Ctrl+Shift+Z through the actions
    win.edit_actions.act_undo.trigger()
    assert win.events_by_id[eid].title != "قمة القاهرة للأمن المائي" and row_icon(win, eid) is None
    assert win.edit_actions.act_redo.isEnabled()
    win.edit_actions.act_redo.trigger()
    assert win.events_by_id[eid].title == "قمة القاهرة للأمن المائي"


def test_english_ui_names_the_step_in_english(qtbot, settings_tmp, corpus) -> None:  # noqa: F811
    w = open_window(qtbot, [corpus], cache=":memory:", lang="en")
    load_window(qtbot, w)
    pick(w, 2015, "a2")
    w.edit_actions.toggle_star()
    assert w.edit_actions.act_undo.text().startswith("Undo Star “")
    assert w.edit_actions.menu.title() == "&Edit"
    w.close()


def test_star_hide_and_the_show_filter(win) -> None:
    eid = pick(win, 2019, "a2")
    win.edit_actions.toggle_star()
    i = win.timeline._data.index[eid]
    assert win.timeline._data.flags[i] & STARRED
    other = pick(win, 2024, "a2")
    total = win.model.rowCount()
    win.edit_actions.toggle_hide()
    assert win.model.row_of(other) < 0 and win.model.rowCount() == total - 1  # hidden from the default view
    mode = win.edit_hooks.mode
    mode.setCurrentIndex(mode.findData("starred"))
    assert [win.model.event_at(r).id for r in range(win.model.rowCount())] == [eid]
    mode.setCurrentIndex(mode.findData("edited"))
    assert {win.model.event_at(r).id for r in range(win.model.rowCount())} == {eid}
    mode.setCurrentIndex(mode.findData("hidden"))
    assert [win.model.event_at(r).id for r in range(win.model.rowCount())] == [other]
    mode.setCurrentIndex(mode.findData("all"))
    win.edit_actions.act_undo.trigger()  # un-hide
    assert win.model.row_of(other) >= 0


def test_orphaned_edit_is_listed_in_problems(qtbot, settings_tmp, corpus) -> None:  # noqa: F811
    w = open_window(qtbot, [corpus], cache=":memory:")
    load_window(qtbot, w)
    pick(w, 1998, "a1")
    w.edit_actions.edit_title("أول خط للربط الكهربائي")
    w.close()
    path = corpus / "a1_energy.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("عام 1998", "عام 1997"), encoding="utf-8")
    w2 = open_window(qtbot, [corpus], cache=":memory:")
    load_window(qtbot, w2)
    orphans = [p for p in w2.problems.problems if p.kind == "orphan-edit"]
    assert len(orphans) == 1 and "أول خط للربط الكهربائي" in orphans[0].message
    # said in Arabic in the Arabic window (kind + parameters through tr()), with the title written
    from viewer.ui.problems import ProblemsModel

    m = w2.problems.model
    row = next(r for r in range(m.rowCount()) if m.item_at(r).kind == "orphan-edit")
    shown = m.index(row, ProblemsModel.MESSAGE).data()
    assert "تعذر ربط عنوان حددته بالنص" in shown and "أول خط للربط الكهربائي" in shown
    assert "could not be re-attached" not in shown
    w2.close()


def test_publication_dates_move_from_qsettings_into_the_user_store(qtbot, settings_tmp, corpus) -> None:  # noqa: F811
    import hashlib

    sha = hashlib.sha256((corpus / "a2_water.txt").read_bytes()).hexdigest()
    w = open_window(qtbot, [corpus], cache=":memory:")  # the app's settings names are set here
    QSettings().setValue(f"pubdates/{sha}", "2022-10-05")  # what an older version saved
    load_window(qtbot, w)
    a = next(x for x in w.result.articles if x.id.startswith("a2"))
    assert (a.published, a.published_how) == (date(2022, 10, 5), "user")
    assert w.session.store.pubdates() == {sha: date(2022, 10, 5)}
    # migrated once: forgetting the date in the window does not bring it back on a relaunch
    w.session.store.set_pubdate(sha, None)
    w.close()
    w2 = open_window(qtbot, [corpus], cache=":memory:")
    load_window(qtbot, w2)
    assert next(x for x in w2.result.articles if x.id.startswith("a2")).published is None
    w2.close()


def test_publish_from_the_window(win, tmp_path: Path) -> None:
    eid = pick(win, 2022, "a2")
    win.edit_actions.toggle_star()
    win.edit_hooks.scope_actions["starred"].setChecked(True)
    assert win.edit_hooks.publish("timelinejs", str(tmp_path / "t.json"))
    doc = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert [s["unique_id"] for s in doc["events"]] == [eid]
    win.edit_hooks.scope_actions["visible"].setChecked(True)
    assert win.edit_hooks.publish("html", str(tmp_path / "p.html"))
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert page.count('class="event"') == win.model.rowCount()


def test_project_save_and_reopen(qtbot, win, tmp_path: Path) -> None:
    pick(win, 2022, "a2")
    win.edit_actions.edit_title("قمة الأمن المائي")
    win.edit_actions.toggle_star()
    win.filters.set_topic_checked("dialogue", False)
    win.apply_filter()
    proj = tmp_path / "s.antproj"
    assert win.edit_hooks.save_project(str(proj))
    doc = json.loads(proj.read_text(encoding="utf-8"))
    assert len(doc["edits"]) == 2 and doc["view"]["filters"]["topics_off"] == ["dialogue"]
    # a fresh window elsewhere (another data dir) opens it and shows the same edits
    win.close()
    w2 = open_window(qtbot, [DATA], cache=":memory:")
    w2.session.root = tmp_path / "other-data"
    with qtbot.waitSignal(w2.loaded, timeout=60_000):
        assert w2.edit_hooks.open_project(str(proj))
    titles = {e.title: e for e in w2.result.events}
    assert "starred" in titles["قمة الأمن المائي"].flags
    assert "dialogue" not in w2.filters.topic_model.checked()
    w2.close()
