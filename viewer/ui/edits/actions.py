"""The Edit menu: undo/redo and every correction of the selected event.

:class:`EditActions` needs little of the window (see :class:`EditHost`): the
selected event, the shown articles and topics, the source panes (for "add an
event from the selected passage") and a parent for dialogs.  Each action
method takes its value as an optional argument: given, no dialog opens (tests
and scripts); omitted, the dialog asks.  Every step is pushed on the
session's undo stack with a translated name, which the Edit menu shows
("Undo Change the date of …").
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from viewer.model import Article, Event
from viewer.ui.edits.dialogs import (
    ActorsDialog,
    DateDialog,
    EventPickDialog,
    ManualEventDialog,
    SplitDialog,
    TextDialog,
    TopicsDialog,
)
from viewer.ui.edits.session import EditSession
from viewer.userstore.apply import HIDDEN, STARRED
from viewer.userstore.edits import Edit, date_edit, evidence_anchor, manual_edit, selection_anchor

TITLE_CHARS = 40


class EditHost(Protocol):
    session: EditSession
    articles: dict[str, Article]
    events_by_id: dict[str, Event]
    selected: str | None
    lang: str
    topics: list
    sources: object


def py_offset(text: str, u16: int) -> int:
    """The Python index of a UTF-16 position (Qt's cursor positions count UTF-16 units)."""
    n = 0
    for i, ch in enumerate(text):
        if n >= u16:
            return i
        n += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS - 1] + "…"


class EditActions(QObject):
    """The actions (and the Edit menu) acting on the host's selected event."""

    def __init__(self, host: EditHost, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.host = host
        self.parent_widget = parent_widget
        stack = host.session.stack
        # Own actions rather than createUndoAction: their "Undo <step>" text is translated.
        self.act_undo = QAction(self)
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_undo.triggered.connect(stack.undo)
        self.act_redo = QAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.triggered.connect(stack.redo)
        for sig in (stack.indexChanged, stack.cleanChanged, stack.canUndoChanged, stack.canRedoChanged):
            sig.connect(self._on_stack)
        self.act_date = QAction(self)
        self.act_date.triggered.connect(lambda: self.edit_date())
        self.act_title = QAction(self)
        self.act_title.triggered.connect(lambda: self.edit_title())
        self.act_topics = QAction(self)
        self.act_topics.triggered.connect(lambda: self.edit_topics())
        self.act_actors = QAction(self)
        self.act_actors.triggered.connect(lambda: self.edit_actors())
        self.act_note = QAction(self)
        self.act_note.triggered.connect(lambda: self.edit_note())
        self.act_star = QAction(self)
        self.act_star.setShortcut(QKeySequence("Ctrl+D"))
        self.act_star.triggered.connect(lambda: self.toggle_star())
        self.act_hide = QAction(self)
        self.act_hide.triggered.connect(lambda: self.toggle_hide())
        self.act_delete = QAction(self)
        self.act_delete.setShortcut(QKeySequence.Delete)
        self.act_delete.triggered.connect(lambda: self.delete())
        self.act_merge = QAction(self)
        self.act_merge.triggered.connect(lambda: self.merge())
        self.act_split = QAction(self)
        self.act_split.triggered.connect(lambda: self.split())
        self.act_manual = QAction(self)
        self.act_manual.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.act_manual.triggered.connect(lambda: self.add_from_selection())
        self.event_actions = [self.act_date, self.act_title, self.act_topics, self.act_actors, self.act_note,
                              self.act_star, self.act_hide, self.act_merge, self.act_split, self.act_delete]
        self.menu = QMenu(parent_widget)
        self.menu.addAction(self.act_undo)
        self.menu.addAction(self.act_redo)
        self.menu.addSeparator()
        for a in self.event_actions[:5]:
            self.menu.addAction(a)
        self.menu.addSeparator()
        for a in self.event_actions[5:]:
            self.menu.addAction(a)
        self.menu.addSeparator()
        self.menu.addAction(self.act_manual)
        self.menu.aboutToShow.connect(self.update_enabled)
        self.retranslate()
        self.update_enabled()

    # --- state -----------------------------------------------------------------

    def current(self) -> Event | None:
        sel = self.host.selected
        return self.host.events_by_id.get(sel) if sel else None

    def update_enabled(self) -> None:
        ev = self.current()
        on = ev is not None and self.host.session.store is not None
        for a in self.event_actions:
            a.setEnabled(on)
        self.act_split.setEnabled(on and ev is not None and len(ev.evidence) > 1)
        self.act_star.setText(self.tr("Remove star") if ev is not None and STARRED in ev.flags
                              else self.tr("Star"))
        self.act_hide.setText(self.tr("Show again") if ev is not None and HIDDEN in ev.flags
                              else self.tr("Hide"))
        self.act_manual.setEnabled(self.host.session.store is not None)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Edit"))
        self._update_undo()
        self.act_date.setText(self.tr("Correct the date…"))
        self.act_title.setText(self.tr("Edit the title…"))
        self.act_topics.setText(self.tr("Topics…"))
        self.act_actors.setText(self.tr("Actors…"))
        self.act_note.setText(self.tr("Note…"))
        self.act_delete.setText(self.tr("Delete the event"))
        self.act_merge.setText(self.tr("Merge with another event…"))
        self.act_split.setText(self.tr("Split the sources…"))
        self.act_manual.setText(self.tr("Add an event from the selected passage…"))
        self.update_enabled()

    def _on_stack(self, *_args) -> None:
        try:
            self._update_undo()
        except RuntimeError:  # the window is being destroyed (stack or actions already gone)
            pass

    def _update_undo(self) -> None:
        """"Undo <the step's name>" / "Redo <…>", enabled when there is one."""
        stack = self.host.session.stack
        for act, can, text, plain, named in (
            (self.act_undo, stack.canUndo(), stack.undoText(), self.tr("Undo"), self.tr("Undo %1")),
            (self.act_redo, stack.canRedo(), stack.redoText(), self.tr("Redo"), self.tr("Redo %1")),
        ):
            act.setEnabled(can)
            act.setText(named.replace("%1", text) if can and text else plain)

    def _push(self, edit: Edit | list[Edit], text: str, ev: Event) -> None:
        self.host.session.push(edit, text.replace("%1", _short(ev.title)))

    # --- the edits -------------------------------------------------------------------

    def edit_date(self, value: tuple[date, date, str, bool] | None = None) -> bool:
        ev = self.current()
        if ev is None:
            return False
        if value is None:
            dlg = DateDialog(ev, self.parent_widget)
            if dlg.exec() != QDialog.Accepted:
                return False
            value = dlg.value()
        lo, hi, g, approx = value
        self._push(date_edit(self.host.session.ref(ev), lo, hi, g, approx), self.tr("Change the date of “%1”"), ev)
        return True

    def edit_title(self, value: str | None = None) -> bool:
        ev = self.current()
        if ev is None:
            return False
        if value is None:
            dlg = TextDialog(self.tr("Edit the title"), self.tr("Title"), ev.title, parent=self.parent_widget)
            if dlg.exec() != QDialog.Accepted:
                return False
            value = dlg.value()
        if not value or value == ev.title:
            return False
        self._push(Edit("title", (self.host.session.ref(ev),), {"title": value}),
                   self.tr("Retitle “%1”"), ev)
        return True

    def edit_topics(self, value: list[str] | None = None) -> bool:
        ev = self.current()
        if ev is None:
            return False
        if value is None:
            pairs = [(t.id, t.label(self.host.lang)) for t in self.host.topics]
            dlg = TopicsDialog(pairs, ev.topics, self.parent_widget)
            if dlg.exec() != QDialog.Accepted:
                return False
            value = dlg.value()
        if value == ev.topics:
            return False
        self._push(Edit("topics", (self.host.session.ref(ev),), {"topics": list(value)}),
                   self.tr("Change the topics of “%1”"), ev)
        return True

    def edit_actors(self, value: list[str] | None = None) -> bool:
        ev = self.current()
        if ev is None:
            return False
        if value is None:
            dlg = ActorsDialog(ev.actors, self.parent_widget)
            if dlg.exec() != QDialog.Accepted:
                return False
            value = dlg.names()
        if value == ev.actors:
            return False
        self._push(Edit("actors", (self.host.session.ref(ev),), {"actors": list(value)}),
                   self.tr("Change the actors of “%1”"), ev)
        return True

    def edit_note(self, value: str | None = None) -> bool:
        ev = self.current()
        if ev is None:
            return False
        old = self.host.session.edited.notes.get(ev.id, "") if self.host.session.edited else ""
        if value is None:
            dlg = TextDialog(self.tr("Note"), self.tr("Your note on this event (empty removes it)"), old,
                             multiline=True, parent=self.parent_widget)
            if dlg.exec() != QDialog.Accepted:
                return False
            value = dlg.value()
        if value == old:
            return False
        self._push(Edit("note", (self.host.session.ref(ev),), {"text": value}),
                   self.tr("Note on “%1”") if value else self.tr("Remove the note on “%1”"), ev)
        return True

    def toggle_star(self) -> bool:
        ev = self.current()
        if ev is None:
            return False
        on = STARRED not in ev.flags
        self._push(Edit("star", (self.host.session.ref(ev),), {"starred": on}),
                   self.tr("Star “%1”") if on else self.tr("Unstar “%1”"), ev)
        return True

    def toggle_hide(self) -> bool:
        ev = self.current()
        if ev is None:
            return False
        on = HIDDEN not in ev.flags
        self._push(Edit("hide", (self.host.session.ref(ev),), {"hidden": on}),
                   self.tr("Hide “%1”") if on else self.tr("Show “%1” again"), ev)
        return True

    def delete(self) -> bool:
        ev = self.current()
        if ev is None:
            return False
        self._push(Edit("delete", (self.host.session.ref(ev),)), self.tr("Delete “%1”"), ev)
        return True

    def merge(self, other_id: str | None = None) -> bool:
        ev = self.current()
        if ev is None:
            return False
        if other_id is None:
            from viewer.ui.dates import format_event_date

            dlg = EventPickDialog(ev, list(self.host.events_by_id.values()),
                                  lambda e: f"{format_event_date(e, self.host.lang)} — {e.title}",
                                  self.parent_widget)
            if dlg.exec() != QDialog.Accepted:
                return False
            other_id = dlg.value()
        other = self.host.events_by_id.get(other_id) if other_id else None
        if other is None or other.id == ev.id:
            return False
        s = self.host.session
        self._push(Edit("merge", (s.ref(ev), s.ref(other))), self.tr("Merge into “%1”"), ev)
        return True

    def split(self, moved: list[int] | None = None) -> bool:
        ev = self.current()
        if ev is None or len(ev.evidence) < 2:
            return False
        if moved is None:
            dlg = SplitDialog(ev, self.host.articles, self.parent_widget)
            if dlg.exec() != QDialog.Accepted:
                return False
            moved = dlg.value()
        if not moved or len(moved) >= len(ev.evidence):
            return False
        arts = self.host.articles
        anchors = [evidence_anchor(arts[ev.evidence[k].article], ev.evidence[k]).to_dict() for k in moved]
        self._push(Edit("split", (self.host.session.ref(ev),), {"moved": anchors}), self.tr("Split “%1”"), ev)
        return True

    def selected_passage(self) -> tuple[Article, int, int] | None:
        """The article and Python offsets of the text selected in a source pane (focused first)."""
        panes = list(getattr(self.host.sources, "panes", []))
        panes.sort(key=lambda p: not p.text.hasFocus())
        for pane in panes:
            cur = pane.text.textCursor()
            if pane.article is not None and cur.hasSelection():
                text = pane.article.text
                a, b = py_offset(text, cur.selectionStart()), py_offset(text, cur.selectionEnd())
                if a < b:
                    return pane.article, a, b
        return None

    def add_from_selection(self, value: tuple[date, date, str, bool, str] | None = None,
                           selection: tuple[Article, int, int] | None = None) -> bool:
        """A new event whose evidence is the selected passage; its date and title are asked."""
        selection = selection or self.selected_passage()
        if selection is None:
            QMessageBox.information(self.parent_widget, self.tr("Add an event"),
                                    self.tr("Select the passage that supports the event in an article first."))
            return False
        article, a, b = selection
        if value is None:
            dlg = ManualEventDialog(article.text[a:b], _short(article.text[a:b]), self.parent_widget)
            if dlg.exec() != QDialog.Accepted:
                return False
            value = (*dlg.value(), dlg.title() or _short(article.text[a:b]))
        lo, hi, g, approx, title = value
        edit = manual_edit(selection_anchor(article, a, b), lo, hi, g, title, approximate=approx)
        self.host.session.push(edit, self.tr("Add the event “%1”").replace("%1", _short(title)))
        return True

