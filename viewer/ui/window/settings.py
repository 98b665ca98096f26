"""What the window remembers between sessions (QSettings): geometry, splitters,
filters and display options.  The user's publication dates live in the corpus'
user store (``viewer.ui.edits.session``); older QSettings entries are copied there once."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
)

from viewer.model import Article
from viewer.settingscheck import filter_state, saved_pubdates
from viewer.ui.pubdate import CLEAR, PubDateDialog


def _settings() -> QSettings:
    return QSettings()


class SettingsMixin:
    """Mixed into :class:`viewer.ui.mainwindow.MainWindow`."""

    @staticmethod
    def _pubdate_key(a: Article) -> str:
        return a.sha256 or a.id

    def saved_pubdates(self) -> dict[str, date]:
        """The user's publication dates: the corpus' user store, where the dates older
        versions kept in QSettings are copied once (checked, as every saved value)."""
        s = _settings()
        s.beginGroup("pubdates")
        legacy, msgs = saved_pubdates((k, s.value(k)) for k in s.childKeys())
        s.endGroup()
        self._settings_messages(msgs)
        self.session.migrate_legacy(legacy)
        return self.session.pubdates()

    def _settings_messages(self, msgs: list[str]) -> None:
        """A saved value was dropped: said on stderr and in the status bar, never fatal."""
        for m in msgs:
            print(f"settings: {m}", file=sys.stderr)
        if msgs:
            self.statusBar().showMessage(self.tr("Some saved settings were invalid and ignored"), 10000)

    def request_pubdate(self, article_id: str) -> None:
        a = self.articles.get(article_id)
        if a is None:
            return
        dlg = PubDateDialog(a, self)
        r = dlg.exec()
        if r == QDialog.Accepted:
            self.set_pubdate(article_id, dlg.chosen())
        elif r == CLEAR:
            self.set_pubdate(article_id, None)

    def set_pubdate(self, article_id: str, when: date | None) -> None:
        """Set (or forget) the user's publication date as one step on the undo stack.

        A publication date is an edit like the others: Ctrl+Z gives the previous
        one back (or none), and the article is re-run either way.
        """
        a = self.articles.get(article_id)
        if a is None:
            return
        before = self.session.pubdates().get(a.sha256 or a.id)
        text = self.tr("Publication date of “%1”").replace("%1", a.title or a.id)
        self.session.stack.push(PubdateCommand(self, article_id, before, when, text))

    def apply_pubdate(self, article_id: str, when: date | None) -> None:
        """Save the user's date (or forget it) and re-run that article; events move when done."""
        a = self.articles.get(article_id)
        if a is None:
            return
        self.session.set_pubdate(a, when)  # the user store, keyed by sha256
        self._set_busy(True)
        self.loader.set_pubdate(article_id, when)


    def restore_settings(self) -> None:
        s = _settings()
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray | bytes):
            self.restoreGeometry(geo)
        st = s.value("window/state")
        if isinstance(st, QByteArray | bytes):
            self.restoreState(st)
        for key, sp in (("splitters/main", self.main_split), ("splitters/bottom", self.bottom)):
            v = s.value(key)
            if isinstance(v, QByteArray | bytes) and sp.restoreState(v):
                self._sized = True
        self._restored_filters = self.saved_filters(self.corpus_paths)
        eastern = str(s.value("view/eastern", "false")).lower() in ("true", "1")
        self.act_digits.setChecked(eastern)
        self.set_eastern_digits(eastern)

    def save_settings(self) -> None:
        s = _settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("splitters/main", self.main_split.saveState())
        s.setValue("splitters/bottom", self.bottom.saveState())
        self.save_filters()
        s.setValue("view/lang", self.lang)
        s.setValue("view/eastern", self.eastern)
        s.sync()

    # --- filters, remembered per corpus --------------------------------------------------
    @staticmethod
    def corpus_key(paths) -> str:
        """Stable key of a corpus: its resolved paths (order does not matter)."""
        import hashlib

        norm = sorted(str(Path(p).expanduser().resolve()) for p in paths)
        return hashlib.sha1("\n".join(norm).encode("utf-8")).hexdigest()[:16]

    def saved_filters(self, paths) -> dict | None:
        """The filters last used on this corpus (never another corpus's)."""
        raw = _settings().value("filters/by-corpus/" + self.corpus_key(paths))
        state, msgs = filter_state(raw)  # validated: a damaged value is dropped, never fatal
        self._settings_messages(msgs)
        self.restore_view(paths)  # the view options are remembered with the filters
        return state

    # --- view options, remembered per corpus (lanes) -------------------------------------
    def restore_view(self, paths) -> None:
        """The lane grouping last used on this corpus (none when never set or invalid)."""
        raw = _settings().value("view/by-corpus/" + self.corpus_key(paths))
        mode = ""
        if isinstance(raw, str) and len(raw) < 1000:
            try:
                value = json.loads(raw)
            except ValueError:
                value = None
            if isinstance(value, dict) and value.get("lanes") in self.timeline.LANE_MODES:
                mode = value["lanes"]
            elif value is not None:
                self._settings_messages([f"view/by-corpus: ignored a value of the wrong shape ({raw[:40]!r})"])
        self.set_lane_mode(mode, save=False)

    def save_view(self) -> None:
        _settings().setValue("view/by-corpus/" + self.corpus_key(self.corpus_paths),
                             json.dumps({"lanes": self.timeline.lane_mode()}))

    def set_lane_mode(self, mode: str, save: bool = True) -> None:
        """Group the timeline's lanes by topic, by actor or not at all (View ▸ Lanes)."""
        self.timeline.set_lane_mode(mode)
        for act in self.lane_actions.actions():
            act.setChecked(act.data() == self.timeline.lane_mode())
        if save:
            self.save_view()

    def save_filters(self) -> None:
        """Remember the current filters (and view options) for the corpus shown now."""
        if self.index is None:
            return
        self.save_view()
        s = _settings()
        s.setValue(
            "filters/by-corpus/" + self.corpus_key(self.corpus_paths),
            json.dumps(self.filters.state(), ensure_ascii=False),
        )
        s.remove("filters/state")  # the old global key applied one corpus's filters to the next


class PubdateCommand(QUndoCommand):
    """The user's publication date of one article, undoable (redo sets it, undo restores the old one)."""

    def __init__(self, win, article_id: str, before: date | None, after: date | None, text: str) -> None:
        super().__init__(text)
        self.win, self.article_id, self.before, self.after = win, article_id, before, after

    def redo(self) -> None:
        self.win.apply_pubdate(self.article_id, self.after)

    def undo(self) -> None:
        self.win.apply_pubdate(self.article_id, self.before)
