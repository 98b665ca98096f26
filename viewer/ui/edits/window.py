"""Wiring the analyst's layer into the main window, with as few hooks there as possible.

:func:`install` gives the window its :class:`EditSession` (``win.session``) and
:class:`EditActions` (``win.edit_actions``), puts the Edit menu between File and
View, the project and publishing actions in the File and Export menus, and the
"show: all / edited / starred / hidden" choice in the toolbar.  The window
itself only (1) passes each extraction result through :func:`edited_result`,
(2) filters the accepted events with :func:`view_filter`, (3) reads and
writes publication dates through the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox

from viewer.model import CorpusResult
from viewer.ui.edits.actions import EditActions
from viewer.ui.edits.session import EditSession
from viewer.userstore.view import MODES, restrict


class _WindowHooks(QObject):
    """Menus, toolbar choice, publishing and project files for one window."""

    def __init__(self, win) -> None:
        super().__init__(win)
        self.win = win
        self.acts = win.edit_actions
        mb = win.menuBar()
        mb.insertMenu(win.view_menu.menuAction(), self.acts.menu)
        # File: projects
        self.act_save_project = QAction(win)
        self.act_save_project.setShortcut(QKeySequence.Save)
        self.act_save_project.triggered.connect(lambda: self.save_project())
        self.act_open_project = QAction(win)
        self.act_open_project.triggered.connect(lambda: self.open_project())
        first = win.file_menu.actions()[1] if len(win.file_menu.actions()) > 1 else None
        win.file_menu.insertAction(first, self.act_open_project)
        win.file_menu.insertAction(first, self.act_save_project)
        # Export: publishing
        self.act_tljs = QAction(win)
        self.act_tljs.triggered.connect(lambda: self.publish("timelinejs"))
        self.act_page = QAction(win)
        self.act_page.triggered.connect(lambda: self.publish("html"))
        self.scope_group = QActionGroup(win)
        self.scope_actions: dict[str, QAction] = {}
        win.export_menu.addSeparator()
        win.export_menu.addAction(self.act_tljs)
        win.export_menu.addAction(self.act_page)
        self.scope_menu = win.export_menu.addMenu("")
        for scope in ("visible", "starred", "selected"):
            a = QAction(win)
            a.setCheckable(True)
            a.setChecked(scope == "visible")
            self.scope_group.addAction(a)
            self.scope_menu.addAction(a)
            self.scope_actions[scope] = a
        # Toolbar: which events
        self.mode_label = QLabel(win)
        self.mode = QComboBox(win)
        self.mode.setObjectName("edit-view-mode")
        for m in MODES:
            self.mode.addItem("", m)
        self.mode.currentIndexChanged.connect(lambda _i: win.apply_filter())
        win.toolbar.addSeparator()
        win.toolbar.addWidget(self.mode_label)
        win.toolbar.addWidget(self.mode)
        win.session.changed.connect(self._on_changed)
        win.session.patched.connect(self._on_patched)
        win.session.stack.indexChanged.connect(lambda _i: self.acts.update_enabled())
        win.state.watch("selected", lambda _s: self.acts.update_enabled())
        win.installEventFilter(self)
        self.retranslate()

    # --- translation -----------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:
        if obj is self.win and event.type() == QEvent.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.acts.retranslate()
        self.act_save_project.setText(self.tr("Save project…"))
        self.act_open_project.setText(self.tr("Open project…"))
        self.act_tljs.setText(self.tr("Publish as TimelineJS…"))
        self.act_page.setText(self.tr("Publish as an offline page…"))
        self.scope_menu.setTitle(self.tr("Publish which events"))
        self.scope_actions["visible"].setText(self.tr("The events shown (filters applied)"))
        self.scope_actions["starred"].setText(self.tr("Starred events"))
        self.scope_actions["selected"].setText(self.tr("The selected event"))
        self.mode_label.setText(self.tr("Show:"))
        names = {"all": self.tr("All events"), "edited": self.tr("Only edited"),
                 "starred": self.tr("Only starred"), "hidden": self.tr("Only hidden")}
        for i in range(self.mode.count()):
            self.mode.setItemText(i, names[self.mode.itemData(i)])

    # --- edited results ------------------------------------------------------------

    def _on_changed(self, edited) -> None:
        self.win._show_result(edited.result, final=True)
        self.acts.update_enabled()

    def _on_patched(self, edited, changes) -> None:
        """One event's star, note, title or hidden state changed: replace it in the
        index, the table row and the timeline mark, nothing else.  Visibility is
        queried again only when it may have changed (a hide, a view other than
        "all", a title under a text search)."""
        win = self.win
        if win.index is None:
            self._on_changed(edited)
            return
        todo = []
        for old, new, kind in changes:
            k = win.model._id_to_index.get(new.id)
            if k is None or k >= len(win.index.events) or win.index.events[k] is not old:
                self._on_changed(edited)  # the window shows something else: rebuild as before
                return
            todo.append((k, new, kind))
        win.result = edited.result  # the same events but these (a first edit gives it a list of its own)
        text = win.filters.current_filter().text
        refilter = self.mode.currentData() != "all"
        for k, new, kind in todo:
            win.events_by_id[new.id] = new
            win.index.replace_event(k, new)
            win.model.replace_event(new)
            win.timeline.replace_event(new)
            refilter = refilter or kind == "hide" or (kind == "title" and bool(text))
        if refilter:
            win.apply_filter()
        for (old, _n, _kd), (_k, new, kind) in zip(changes, todo, strict=True):
            if new.id != win.selected:
                continue
            if kind == "title":  # the sources pane names the event: show it again
                win.sources.show_event(new, win.articles)
            elif getattr(win.sources, "current_event", None) is old:
                win.sources.current_event = new  # nothing it shows changed: no reload of the text
        self.acts.update_enabled()

    # --- publishing --------------------------------------------------------------------

    def scope(self) -> str:
        return next((s for s, a in self.scope_actions.items() if a.isChecked()), "visible")

    def publication(self, scope: str | None = None):
        """The :class:`~viewer.publish.select.Publication` of the chosen scope."""
        from viewer.publish.select import select

        win = self.win
        edited = win.session.edited
        scope = scope or self.scope()
        if scope == "selected":
            ids = [win.selected] if win.selected else []
        elif scope == "starred":
            ids = None
        else:
            ids = [e.id for e in win.visible_events()]
        labels = {t.id: t.label(win.lang) for t in win.topics}
        return select(edited, ids=ids, starred=scope == "starred", include_hidden=scope != "starred",
                      lang=win.lang, labels=labels,
                      title=self.tr("Timeline: %1").replace("%1", ", ".join(p.name for p in win.corpus_paths)))

    def publish(self, fmt: str, path: str | None = None) -> bool:
        from viewer.publish import write

        win = self.win
        if win.session.edited is None:
            return False
        if path is None:
            filt = self.tr("TimelineJS JSON (*.json)") if fmt == "timelinejs" else self.tr("Web page (*.html)")
            path, _ = QFileDialog.getSaveFileName(win, self.tr("Publish"), "", filt)
            if not path:
                return False
        pub = self.publication()
        try:
            write(pub, fmt, path, win.session.edited.result.mentions, win.session.log())
        except OSError as exc:
            QMessageBox.warning(win, self.tr("Publish"), self.tr("Cannot write %1: %2")
                                .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        win.status.setText(self.tr("%1 events published to %2").replace("%1", str(len(pub.events)))
                           .replace("%2", Path(path).name))
        return True

    # --- project files ----------------------------------------------------------------

    def view_state(self) -> dict:
        win = self.win
        lo, hi = win.timeline.visible_range()
        return {"filters": win.filters.state(), "zoom": [lo.isoformat(), hi.isoformat()],
                "mode": self.mode.currentData(), "selected": win.selected, "lang": win.lang}

    def save_project(self, path: str | None = None) -> bool:
        from viewer.userstore.project import SUFFIX, save_project

        win = self.win
        if path is None:
            path, _ = QFileDialog.getSaveFileName(win, self.tr("Save project"), "", self.tr("Timeline project (*.antproj)"))
            if not path:
                return False
            if not path.endswith(SUFFIX):
                path += SUFFIX
        try:
            save_project(path, list(win.corpus_paths), win.session.log(), win.session.pubdates(),
                         self.view_state())
        except OSError as exc:
            QMessageBox.warning(win, self.tr("Save project"), exc.strerror or str(exc))
            return False
        return True

    def open_project(self, path: str | None = None) -> bool:
        from viewer.userstore.project import ProjectError, load_project, open_into_store

        win = self.win
        if path is None:
            path, _ = QFileDialog.getOpenFileName(win, self.tr("Open project"), "", self.tr("Timeline project (*.antproj)"))
            if not path:
                return False
        try:
            project = load_project(path)
        except ProjectError as exc:
            QMessageBox.warning(win, self.tr("Open project"), str(exc))
            return False
        if not project.corpus:
            QMessageBox.warning(win, self.tr("Open project"),
                                self.tr("None of the project's folders was found: %1")
                                .replace("%1", ", ".join(project.missing)))
            return False
        win.session.open_corpus(project.corpus)
        open_into_store(project, win.session.store)
        self.pending_view = project.view
        win._restored_filters = project.view.get("filters")
        mode = project.view.get("mode")
        if mode in MODES:
            self.mode.setCurrentIndex(MODES.index(mode))
        win.loaded.connect(self._restore_view)
        win.open_paths(project.corpus)
        return True

    def _restore_view(self) -> None:
        from datetime import date

        win = self.win
        try:
            win.loaded.disconnect(self._restore_view)
        except (RuntimeError, TypeError):
            pass
        view = getattr(self, "pending_view", None) or {}
        self.pending_view = None
        zoom = view.get("zoom")
        if zoom:
            try:
                win.timeline.set_range(date.fromisoformat(zoom[0]), date.fromisoformat(zoom[1]))
            except (ValueError, TypeError):
                pass
        if view.get("selected"):
            win.select_event(view["selected"], origin="project")


def install(win) -> None:
    """Give ``win`` its edit session, Edit menu, publishing and project actions."""
    win.session = EditSession(win)
    win.edit_actions = EditActions(win, win)
    win.edit_hooks = _WindowHooks(win)


def edited_result(win, result: CorpusResult) -> CorpusResult:
    """The extraction result as the analyst edited it (what the window shows)."""
    session = getattr(win, "session", None)
    if session is None:
        return result
    return session.set_base(result).result


def view_filter(win, accepted: list[int]) -> list[int]:
    """The accepted events that the "show" choice keeps (hidden ones only in "hidden")."""
    hooks = getattr(win, "edit_hooks", None)
    mode = hooks.mode.currentData() if hooks is not None else "all"
    edited = win.session.edited if getattr(win, "session", None) is not None else None
    if mode == "all" and (edited is None or not edited.edited):
        return accepted
    return restrict(win.index.events, accepted, mode)
