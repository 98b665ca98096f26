"""The window's side of the analyst's layer: the corpus' user store and its undo stack.

Every edit goes through :meth:`EditSession.push`, which wraps it in an
:class:`EditCommand` on a ``QUndoStack``: redo appends the edit to the store
(one transaction), undo removes it, and either way the edits are applied
again to the extracted corpus (:func:`viewer.userstore.apply.apply_edits`)
and ``changed`` is emitted with the new edited result.  An edit that changes
one event's attributes only (star, note, title, hide) is patched in place
instead (:mod:`viewer.userstore.patch`) and ``patched`` is emitted with the
(old, new) event pairs, so the window updates those rows and marks and
nothing else; its undo puts the old events back.  The store, not the
stack, is the truth: after a restart the edits are there, only the undo
history is not.

Publication dates the user sets live in the same store.  On the first open
of a corpus' store, the dates older versions kept in QSettings
(``pubdates/<sha256 or id>``) are copied in once (see
:mod:`viewer.userstore.migrate`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from viewer.model import Article, CorpusResult, Event
from viewer.userstore.apply import EditedResult, apply_edits
from viewer.userstore.db import UserStore
from viewer.userstore.edits import Edit, EventRef, event_ref
from viewer.userstore.migrate import migrate_pubdates
from viewer.userstore.patch import Patch, patch_edit, unpatch


class EditCommand(QUndoCommand):
    """One edit on the undo stack; its text is the step's name shown in the Edit menu."""

    def __init__(self, session: EditSession, edits: Sequence[Edit], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.edits = list(edits)

    def redo(self) -> None:
        self.session._store_add(self.edits)

    def undo(self) -> None:
        self.session._store_remove(self.edits)


class EditSession(QObject):
    """The user store of the open corpus, the undo stack, and the edited result."""

    changed = Signal(object)  # EditedResult
    patched = Signal(object, object)  # EditedResult, [(old Event, new Event, edit kind)]

    def __init__(self, parent: QObject | None = None, root: Path | None = None) -> None:
        """``root``: the data directory (default: the user's; tests pass a temporary one)."""
        super().__init__(parent)
        self.root = root
        self.stack = QUndoStack(self)
        self.store: UserStore | None = None
        self.base: CorpusResult | None = None
        self.edited: EditedResult | None = None
        self.paths: list[Path] = []
        self._patches: dict[str, Patch] = {}  # edit id -> how it was patched in (for its undo)
        self.patching = True  # False: every edit takes the full re-apply (benchmarks compare)

    # --- the corpus -----------------------------------------------------------

    def open_corpus(self, paths: Sequence[str | Path]) -> None:
        """Switch to the store of ``paths`` (undo history belongs to the corpus it was made on)."""
        paths = [Path(p) for p in paths]
        if self.store is not None and paths == self.paths:
            return
        self.close()
        self.paths = paths
        self.store = UserStore.for_corpus(paths, root=self.root)
        self.stack.clear()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def migrate_legacy(self, legacy: Mapping[str, date], articles: Sequence[Article] | None = None) -> int:
        """Copy dates older versions saved (QSettings ``pubdates/<sha256 or id>``) into the
        store, once per corpus (see :mod:`viewer.userstore.migrate`)."""
        if self.store is None:
            return 0
        return migrate_pubdates(self.store, legacy, "qsettings", articles)

    def pubdates(self) -> dict[str, date]:
        return self.store.pubdates() if self.store is not None else {}

    def set_pubdate(self, article: Article, when: date | None) -> None:
        if self.store is not None:
            self.store.set_pubdate(article.sha256 or article.id, when)

    # --- results ----------------------------------------------------------------

    def set_base(self, result: CorpusResult) -> EditedResult:
        """A new extraction result: apply the stored edits to it (no signal)."""
        self.base = result
        self._patches.clear()
        self.edited = apply_edits(result, self.store.edits() if self.store is not None else [])
        if self.store is not None:
            self.edited.result.problems.extend(self.store.problems)
        return self.edited

    def _reapply(self) -> None:
        if self.base is not None:
            self.set_base(self.base)
            self.changed.emit(self.edited)

    # --- edits ------------------------------------------------------------------

    def ref(self, event: Event) -> EventRef:
        """The anchors of ``event`` as shown now (edited result)."""
        result = self.edited.result if self.edited is not None else self.base
        arts = {a.id: a for a in result.articles} if result is not None else {}
        return event_ref(event, arts)

    def push(self, edit: Edit | Sequence[Edit], text: str) -> None:
        """Record an edit (or several as one step) as an undoable step named ``text``."""
        edits = [edit] if isinstance(edit, Edit) else list(edit)
        if self.store is None or not edits:
            return
        self.stack.push(EditCommand(self, edits, text))

    def _store_add(self, edits: list[Edit]) -> None:
        if self.store is not None:
            self.store.add_many(edits)
            if not self._patch_in(edits):
                self._reapply()

    def _store_remove(self, edits: list[Edit]) -> None:
        if self.store is not None:
            self.store.remove_many(e.id for e in edits)
            if not self._patch_out(edits):
                self._reapply()

    def _patch_in(self, edits: list[Edit]) -> bool:
        """Apply ``edits`` in place when each changes one event's attributes; else nothing."""
        if not self.patching or self.edited is None or self.base is None:
            return False
        done: list[Patch] = []
        for edit in edits:
            p = patch_edit(self.edited, edit)
            if p is None:
                for q in reversed(done):
                    unpatch(q)
                return False
            done.append(p)
        for p in done:
            self._patches[p.edit_id] = p
        self.patched.emit(self.edited, [(p.old, p.new, e.kind) for p, e in zip(done, edits, strict=True)])
        return True

    def _patch_out(self, edits: list[Edit]) -> bool:
        """Undo of a patched step: put the old events back (only if nothing changed since)."""
        found = [self._patches.get(e.id) for e in edits]
        if any(p is None or p.out is not self.edited for p in found):
            for e in edits:
                self._patches.pop(e.id, None)
            return False
        for p in reversed(found):
            unpatch(p)
            self._patches.pop(p.edit_id, None)
        self.patched.emit(self.edited, [(p.new, p.old, e.kind) for p, e in zip(found, edits, strict=True)])
        return True

    def log(self) -> list[Edit]:
        return self.store.edits() if self.store is not None else []
