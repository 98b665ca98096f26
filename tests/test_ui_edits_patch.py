"""A star in the real window changes that event's table row and timeline mark and nothing
else (no model reset, no index rebuild), and its undo puts everything back (pytest-qt)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.test_ui_fixtures import load_window, open_window, settings_tmp  # noqa: F401
from viewer.display.timeline_data import STARRED
from viewer.ui.models import EventTableModel

DATA = Path(__file__).resolve().parent / "data" / "analyst"
ROLES = (Qt.DisplayRole, Qt.ToolTipRole, Qt.DecorationRole)


@pytest.fixture
def win(qtbot, settings_tmp, tmp_path):  # noqa: F811
    corpus = tmp_path / "news"
    shutil.copytree(DATA, corpus)
    w = open_window(qtbot, [corpus], cache=":memory:", lang="ar")
    w.session.root = tmp_path / "userdata"
    load_window(qtbot, w)
    yield w
    w.close()


def rows(w) -> dict[str, tuple]:
    """Every shown row's cells (text, tooltip, has an icon), by event id."""
    m = w.model
    out = {}
    for r in range(m.rowCount()):
        cells = []
        for c in range(m.columnCount()):
            ix = m.index(r, c)
            for role in ROLES:
                v = ix.data(role)
                cells.append(v is not None if role == Qt.DecorationRole else v)
        out[m.event_at(r).id] = tuple(cells)
    return out


def marks(w) -> dict[str, int]:
    d = w.timeline._data
    return {d.ids[i]: d.flags[i] for i in range(d.n_dated)}


def test_star_changes_only_that_event_row_and_marker_and_undo_restores(win, qtbot) -> None:
    ev = next(e for e in win.result.events if e.earliest is not None)
    win.select_event(ev.id)
    rows0, marks0, index0 = rows(win), marks(win), win.index
    resets, changed = [], []
    win.model.modelReset.connect(lambda: resets.append(1))
    win.model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))

    assert win.edit_actions.toggle_star()
    rows1, marks1 = rows(win), marks(win)
    assert set(rows1) == set(rows0)
    assert [k for k in rows0 if rows0[k] != rows1[k]] == [ev.id]  # only its row differs
    icon = EventTableModel.TITLE * len(ROLES) + 2
    assert rows1[ev.id][icon] and not rows0[ev.id][icon]  # ... by the star icon in the title cell
    assert [k for k in marks0 if marks0[k] != marks1[k]] == [ev.id]
    assert marks1[ev.id] & STARRED and not marks0[ev.id] & STARRED
    assert not resets and changed and {r for r, _ in changed} == {win.model.row_of(ev.id)}
    assert win.index is index0  # patched, not rebuilt
    assert "starred" in win.events_by_id[ev.id].flags and win.selected == ev.id

    win.session.stack.undo()
    assert rows(win) == rows0 and marks(win) == marks0
    assert "starred" not in win.events_by_id[ev.id].flags
    win.session.stack.redo()
    assert rows(win) == rows1 and marks(win) == marks1 and not resets


def test_patched_window_equals_a_full_rebuild(win) -> None:
    """Star, note, title, hide patched in place show what the full re-apply shows."""
    acts = win.edit_actions
    evs = [e for e in win.result.events if e.earliest is not None][:3]
    win.select_event(evs[0].id)
    acts.toggle_star()
    acts.edit_title("قمة عمّان للطاقة")
    win.select_event(evs[1].id)
    acts.edit_note("راجع التاريخ")
    win.select_event(evs[2].id)
    acts.toggle_hide()
    patched = (rows(win), marks(win), [e for e in win.result.events], dict(win.session.edited.notes))
    assert evs[2].id not in patched[0]  # hidden: out of the default view
    win.session._reapply()  # the old path: everything re-applied and rebuilt
    assert (rows(win), marks(win), [e for e in win.result.events], dict(win.session.edited.notes)) == patched
