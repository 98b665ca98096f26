"""Problems and articles lists (docks): clickable, never fatal.

Problems come from ``CorpusResult.problems``; events flagged
``date-unresolved`` / ``date-placeholder`` / ``sources-disagree`` that the
pipeline did not report are added so every uncertain event is reachable.

Both lists are refilled on every load and on every partial result while a big
corpus loads, so they are model/view: a :class:`QAbstractTableModel` over the
plain Python list (a reset per refill, every cell computed lazily in
``data()`` for the rows the view actually paints) shown in a ``QTableView``
with fixed (uniform) row heights.  Column widths are measured on a sample of rows
(``QHeaderView.setResizeContentsPrecision``), never on every row.  Sorting
(header click) sorts a row permutation in the model once, by a precomputed
key per row (``QCollator`` sort keys for text): no Python runs per comparison
and there is no proxy model.  The translated strings (``tr``) stay in the
panels, whose contexts the translation file uses; the models get them as
callables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QVBoxLayout, QWidget

from viewer.display.bidi import isolate, isolate_ltr, plain_tooltip
from viewer.model import Article, Problem
from viewer.safetext import display
from viewer.ui.calendar import ui_lang
from viewer.ui.dates import digits, format_day
from viewer.ui.models import collator

# Problems: the index into ``ProblemsPanel.problems``; articles: the article id.
ROLE = Qt.UserRole + 1
# Rows measured when a column is sized to its contents (the visible ones first).
SIZE_SAMPLE_ROWS = 200

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_ERROR_BRUSH = QBrush(Qt.red)
# data() runs for every painted or measured cell and every role the delegate asks
# for: roles are compared as plain ints (a PySide enum attribute costs microseconds).
_DISPLAY = int(Qt.DisplayRole.value)
_TOOLTIP = int(Qt.ToolTipRole.value)
_FOREGROUND = int(Qt.ForegroundRole.value)
_ROLE = int(ROLE)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _ROLE))
_HORIZONTAL = Qt.Horizontal
_QUOTED = re.compile("«(.+?)»")
_QUOTING_KINDS = frozenset(("placeholder", "unresolved", "disagree"))

class _ListModel(QAbstractTableModel):
    """A flat, read-only table over a Python list, in a sortable row order.

    ``_order[row]`` is the index into ``items`` shown at ``row``; with no sort
    column (-1) it is the list's own order.
    """

    COLUMNS = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list = []
        self._order: list[int] = []
        self._headers: list[str] = [""] * self.COLUMNS
        self.sort_column = -1
        self.sort_order = Qt.AscendingOrder

    # --- data in --------------------------------------------------------------------
    def set_items(self, items: Sequence) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._order = self._sorted_order()
        self.endResetModel()

    def set_headers(self, labels: Sequence[str]) -> None:
        self._headers = list(labels)
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.COLUMNS - 1)

    def refresh(self, first: int = 0, last: int | None = None) -> None:
        """Every row's text in columns ``first``..``last`` may have changed (one signal)."""
        if self._order:
            last = self.COLUMNS - 1 if last is None else last
            self.dataChanged.emit(self.index(0, first), self.index(len(self._order) - 1, last))

    # --- lookups --------------------------------------------------------------------
    def item_index(self, row: int) -> int:
        """The index into ``items`` of the item shown at ``row`` (-1 when out of range)."""
        return self._order[row] if 0 <= row < len(self._order) else -1

    def item_at(self, row: int):
        i = self.item_index(row)
        return self.items[i] if i >= 0 else None

    # --- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < self.COLUMNS:
            return self._headers[section]
        return None

    # flags() is not overridden: QAbstractTableModel's (C++) already gives enabled,
    # selectable, never has children, and views ask it for every cell they handle.

    def data(self, index: _Index, role: int = _DISPLAY):
        if role not in _ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row >= len(self._order) or col >= self.COLUMNS:
            return None
        i = self._order[row]
        return self._cell(self.items[i], i, col, role)

    def _cell(self, item, i: int, col: int, role: int):  # pragma: no cover - overridden
        return None

    # --- sorting --------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Sort by ``column`` (-1: the list's own order); selections follow their rows."""
        if column >= self.COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        old = self._order
        self._order = self._sorted_order()
        persistent = self.persistentIndexList()
        if persistent:
            new_row = [0] * len(self._order)
            for r, i in enumerate(self._order):
                new_row[i] = r
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(new_row[old[p.row()]], p.column()) if 0 <= p.row() < len(old) else QModelIndex()
                    for p in persistent
                ],
            )
        self.layoutChanged.emit()

    def resort(self) -> None:
        """Sort again (the sort keys of a column changed, e.g. its language)."""
        if self.sort_column >= 0 and self.items:
            self.sort(self.sort_column, self.sort_order)

    def _sorted_order(self) -> list[int]:
        n = len(self.items)
        if self.sort_column < 0 or n < 2:
            return list(range(n))
        keys = self._sort_keys(self.sort_column)
        # Python's sort is stable: ties keep the list's order in both directions.
        return sorted(range(n), key=keys.__getitem__, reverse=self.sort_order == Qt.DescendingOrder)

    def _sort_keys(self, column: int) -> list:  # pragma: no cover - overridden
        return [0] * len(self.items)

    @staticmethod
    def _text_keys(texts: Iterable[str], lang: str = "ar") -> list:
        return list(map(collator(lang).sortKey, texts))


class ProblemsModel(_ListModel):
    """The problems list: kind (translated), message, file (or article id)."""

    KIND, MESSAGE, WHERE = range(3)
    COLUMNS = 3

    def __init__(
        self, kind_label: Callable[[str], str], parent=None, describe: Callable[[Problem], str] | None = None
    ) -> None:
        super().__init__(parent)
        self._kind_label = kind_label
        self._describe = describe
        self._alike: dict[tuple[str, str], int] = {}
        self._labels: dict[str, str] = {}

    def message(self, p: Problem) -> str:
        """The problem in the UI language (kind + its parameters through tr()); the core's
        own English wording stays in the tooltip as the technical detail."""
        if self._describe is not None:
            text = self._describe(p)
            if text:
                # two problems that read alike (same kind, same file) keep the core's detail
                if self._alike.get((p.kind, text), 0) > 1:
                    text += " — " + p.message
                return text
        return p.message

    def set_items(self, items, alike: dict[tuple[str, str], int] | None = None) -> None:
        """``alike``: :meth:`alike_counts` of ``items`` when already known (the loader's worker)."""
        self._alike = alike if alike is not None else self.alike_counts(items)
        super().set_items(items)

    def alike_counts(self, items) -> dict[tuple[str, str], int]:
        """How many problems of each kind read the same (``describe`` text).  Pure: the
        loader calls it from its worker thread (``tr`` is thread-safe)."""
        alike: dict[tuple[str, str], int] = {}
        if self._describe is not None:
            for p in items:
                t = self._describe(p)
                if t:
                    alike[(p.kind, t)] = alike.get((p.kind, t), 0) + 1
        return alike

    def label(self, kind: str) -> str:
        # One kind_label() per kind and language, not one per painted cell.
        text = self._labels.get(kind)
        if text is None:
            text = self._labels[kind] = self._kind_label(kind)
        return text

    def retranslate(self, headers: Sequence[str]) -> None:
        self._labels.clear()
        self.set_headers(headers)
        self.refresh(self.KIND, self.MESSAGE)
        if self.sort_column == self.KIND:
            self.resort()

    def _cell(self, p: Problem, i: int, col: int, role: int):
        # Messages quote article text and file names: isolated so bidi controls in
        # them cannot reorder the row.
        if role == _DISPLAY:
            if col == self.KIND:
                return self.label(p.kind)
            if col == self.MESSAGE:
                return isolate(display(self.message(p)))
            return isolate_ltr(ProblemsPanel.where(p))
        if role == _TOOLTIP:
            if col == self.KIND:
                return p.kind
            if col == self.MESSAGE:
                shown = self.message(p)
                detail = "" if shown == p.message else "\n" + isolate(display(p.message))
                return plain_tooltip(isolate(shown) + detail)
            return plain_tooltip(isolate_ltr(display(p.path or p.article or "")))
        if role == _FOREGROUND:
            return _ERROR_BRUSH if col == self.KIND and p.severity == "error" else None
        if role == _ROLE:
            return i
        return None

    def _sort_keys(self, column: int) -> list:
        if column == self.KIND:
            return self._text_keys(self.label(p.kind) for p in self.items)
        if column == self.MESSAGE:
            return self._text_keys(self.message(p) for p in self.items)
        return self._text_keys(ProblemsPanel.where(p) for p in self.items)


class ArticlesModel(_ListModel):
    """The articles list: title, source, publication date, number of events."""

    TITLE, SOURCE, PUBLISHED, EVENTS = range(4)
    COLUMNS = 4

    def __init__(self, date_text: Callable[[Article], str], parent=None) -> None:
        super().__init__(parent)
        self._date_text = date_text
        self.event_counts: dict[str, int] = {}
        self.lang = "ar"
        self.eastern = False

    def set_articles(self, articles: Sequence[Article], event_counts: dict[str, int]) -> None:
        self.event_counts = event_counts
        self.set_items(articles)

    def _cell(self, a: Article, i: int, col: int, role: int):
        if role == _DISPLAY:
            if col == self.TITLE:
                return isolate(a.title or a.id)
            if col == self.SOURCE:
                return isolate(a.source or "")
            if col == self.PUBLISHED:
                return self._date_text(a)
            return digits(str(self.event_counts.get(a.id, 0)), self.eastern)
        if role == _TOOLTIP:
            if col == self.TITLE:
                return plain_tooltip(f"{isolate(a.title)}\n{isolate_ltr(display(a.path or ''))}")
            return None
        if role == _ROLE:
            return a.id
        return None

    def _sort_keys(self, column: int) -> list:
        items = self.items
        if column == self.TITLE:
            return self._text_keys((a.title or a.id for a in items), self.lang)
        if column == self.SOURCE:
            return self._text_keys((a.source or "" for a in items), self.lang)
        if column == self.PUBLISHED:
            # Known dates first in date order, then the unknown ones by their lower bound.
            return [
                (0, a.published.toordinal()) if a.published
                else (1, a.published_min.toordinal() if a.published_min else 0)
                for a in items
            ]
        counts = self.event_counts
        return [counts.get(a.id, 0) for a in items]


def _make_view(parent: QWidget, name: str, model: _ListModel) -> QTableView:
    """A table dressed as a plain list: whole rows, no grid, no row numbers.

    A ``QTableView`` rather than a ``QTreeView``: with fixed row heights it does no
    per-row layout at all on a reset (a tree view asks the model about every row,
    three times slower at 10,000 rows).
    """
    view = QTableView(parent)
    view.setObjectName(name)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.Fixed)  # uniform row heights
    height = view.fontMetrics().height() + 6
    rows.setMinimumSectionSize(height)
    rows.setDefaultSectionSize(height)
    columns = view.horizontalHeader()
    columns.setDefaultAlignment(Qt.AlignLeading | Qt.AlignVCenter)
    columns.setHighlightSections(False)
    columns.setStretchLastSection(True)
    # Sizing a column to its contents measures this many rows, never all of them.
    columns.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
    rows.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
    view.setModel(model)
    # The list's own order until the user clicks a header.
    columns.setSortIndicator(-1, Qt.AscendingOrder)
    view.setSortingEnabled(True)
    view.setContextMenuPolicy(Qt.CustomContextMenu)
    return view


class ProblemsPanel(QWidget):
    eventRequested = Signal(str)
    articleRequested = Signal(str)
    pubdateRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._eastern = False
        self.problems: list[Problem] = []
        self.model = ProblemsModel(self.kind_label, self, describe=self.describe)
        self.view = _make_view(self, "problems", self.model)
        self.view.activated.connect(self._activate)
        self.view.clicked.connect(self._activate)
        self.view.customContextMenuRequested.connect(self._menu)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.retranslateUi()

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``QObject.tr``, remembered per language: :meth:`describe` runs once per problem
        and a 10,000-article corpus has tens of thousands of them (one translation lookup
        each was seconds of the GUI thread at the end of a load)."""
        key = (ui_lang(), text, disambiguation, n)
        memo = self.__dict__.setdefault("_tr_memo", {})
        got = memo.get(key)
        if got is None:
            got = memo[key] = super().tr(text, disambiguation, n)
        return got

    def kind_label(self, kind: str) -> str:
        """A translated, human label for every kind of problem the core reports."""
        labels = {
            # the corpus reader
            "unreadable": self.tr("Unreadable file"),
            "empty": self.tr("Empty file"),
            "binary": self.tr("Binary file"),
            "encoding": self.tr("Encoding fallback"),
            "truncated": self.tr("File too large (truncated)"),
            "bidi": self.tr("Direction control characters"),
            "duplicate-id": self.tr("Duplicate article id"),
            "manifest": self.tr("Manifest problem"),
            "record": self.tr("Bad record in a dump or feed"),
            "link": self.tr("Link leaving the folder"),
            "cap": self.tr("Size limit applied"),
            "orphan-edit": self.tr("Edit that no longer attaches"),
            "user-store": self.tr("Your saved edits"),
            # extraction, merging, ingestion, the cache
            "extract": self.tr("Extraction failed"),
            "placeholder": self.tr("Placeholder date"),
            "unresolved": self.tr("Unresolved date"),
            "disagree": self.tr("Sources disagree"),
            "cancelled": self.tr("Loading cancelled"),
            "cache": self.tr("Cache damaged or unavailable"),
        }
        return labels.get(kind) or self.tr("Other problem (%1)").replace("%1", kind)

    def describe(self, p: Problem) -> str:
        """The problem in the UI language: its kind and parameters (``Problem.params``)
        through ``tr()``; "" when the core gave no parameters and no sentence fits (the
        core's own English text is then shown).

        English is a translation too (the source strings), so both languages read
        the same facts; counts use the language's plural forms (Arabic has six)."""
        en = ui_lang() == "en"
        params = p.params or {}
        reason = params.get("reason", "")
        name = isolate_ltr(display(Path(p.path).name)) if p.path else (
            isolate_ltr(display(p.article)) if p.article else "")
        # no params (a cache written before they existed): the words the core quotes «…»
        # are the article's own (the surface or the title); never its English around them
        quoted = _QUOTED.search(p.message) if not params and p.kind in _QUOTING_KINDS else None
        title = isolate(display(str(params.get("title") or (quoted.group(1) if quoted else p.message))))
        specific = self._specific(p.kind, reason, params, name, en)
        if specific:
            return specific
        if en:
            return ""  # the core's English sentence is more precise than a generic one
        templates = {
            "unreadable": self.tr("%1 could not be read; the other files were loaded"),
            "empty": self.tr("%1 is empty"),
            "binary": self.tr("%1 is not a text file; skipped"),
            "encoding": self.tr("%1 was decoded with a fallback encoding; check its letters"),
            "truncated": self.tr("%1 is too large; only its beginning was read"),
            "bidi": self.tr("%1 contains direction control characters; they are shown isolated"),
            "duplicate-id": self.tr("%1 has the id of another article; it was renamed"),
            "manifest": self.tr("the manifest has an entry that cannot be used (%1)"),
            "placeholder": self.tr("“%2”: the text has a template placeholder instead of a date"),
            "unresolved": self.tr("“%2”: the date depends on the unknown publication date; set it"),
            "disagree": self.tr("“%2”: the sources give different dates"),
            "cancelled": self.tr("Loading was cancelled; the articles read so far are shown"),
            "cache": self.tr("The cache could not be used; everything was extracted again"),
            "extract": self.tr("%1: extraction failed; the article is listed without events"),
            "record": self.tr("%1: a record could not be used; the others were loaded"),
            "link": self.tr("%1 is a link that leaves the opened folder; skipped"),
            "cap": self.tr("%1: a size limit applied; part of the page was not used"),
            "user-store": self.tr("Your edits file had a problem; the detail is in the tooltip"),
            "orphan-edit": self.tr("An edit of yours no longer attaches to the text; it is kept, not lost"),
        }
        t = templates.get(p.kind)
        if t is None:
            return ""
        return t.replace("%1", name or title).replace("%2", title)

    def _specific(self, kind: str, reason: str, params: dict, name: str, en: bool) -> str:
        """The sentence for one (kind, reason) the core names, with its values; "" if none."""
        def num(key: str) -> int:
            v = params.get(key, 0)
            return v if isinstance(v, int) else 0

        line = digits(str(num("line")), self._eastern)
        t = ""
        if kind == "unreadable":
            t = {
                "not-found": self.tr("%1 was not found (moved or deleted?)"),
                "permission": self.tr("%1 cannot be read: permission denied"),
                "folder": self.tr("%1 is a folder, not a file"),
                "special": self.tr("%1 is not a regular file (a device, a pipe or a socket); skipped"),
                "os-error": self.tr("%1 could not be read (%2); the other files were loaded"),
            }.get(reason, "")
        elif kind == "empty":
            t = {
                "no-bytes": self.tr("%1 is empty"),
                "blank": self.tr("%1 holds only white space"),
                "no-html-text": self.tr("%1: the page has no visible text"),
            }.get(reason, "")
        elif kind == "binary" and reason:
            t = self.tr("%1 is not a text file (it holds binary bytes); skipped")
        elif kind == "truncated" and reason == "size":
            mb = f"{num('size') / 1e6:.1f}"
            t = self.tr("%1 is %2 MB; only its first %3 MB were read").replace("%2", digits(mb, self._eastern))
            t = t.replace("%3", digits(f"{num('read') / 1e6:.1f}", self._eastern))
        elif kind == "bidi" and reason == "controls":
            t = self.tr("%1 contains %2 that can reorder what is shown; they are kept and shown isolated")
            t = t.replace("%2", self._count(num("count"), "controls", en))
        elif kind == "cancelled" and reason == "files":
            t = self.tr("Loading was cancelled: %1 of %2 read; they are shown")
            t = t.replace("%1", digits(str(num("count")), self._eastern))
            return t.replace("%2", self._count(num("total"), "files", en))
        elif kind == "duplicate-id" and params.get("id"):
            t = self.tr("%1 has the id “%2” of %3; it is listed as “%4”")
            t = t.replace("%2", isolate_ltr(display(str(params["id"]))))
            other = Path(str(params.get("other", "")))  # its folder too: both may be "report.txt"
            t = t.replace("%3", isolate_ltr(display(str(Path(other.parent.name) / other.name))))
            t = t.replace("%4", isolate_ltr(display(str(params.get("new", "")))))
        elif kind == "link" and reason == "outside":
            t = self.tr("%1 is a link that leaves the opened folder (to %2); skipped — open the target itself")
            t = t.replace("%2", isolate_ltr(display(str(params.get("target", "")))))
        elif kind == "placeholder" and params.get("surface"):
            t = self.tr("%1: “%3” is a template placeholder, not a date")
            t = t.replace("%3", isolate(display(str(params["surface"]))))
        elif kind == "unresolved" and params.get("surface"):
            t = self.tr("%1: “%3” depends on the unknown publication date; set it in the article pane")
            t = t.replace("%3", isolate(display(str(params["surface"]))))
        elif kind in ("placeholder", "unresolved", "disagree") and params.get("title"):
            t = {
                "placeholder": self.tr("“%3”: the text has a template placeholder instead of a date"),
                "unresolved": self.tr("“%3”: the date depends on the unknown publication date; set it"),
                "disagree": self.tr("“%3”: the sources give different dates"),
            }[kind].replace("%3", isolate(display(str(params["title"]))))
        elif kind == "cancelled" and reason == "articles":
            t = self.tr("Loading was cancelled: %1 of %2 processed; they are shown")
            t = t.replace("%1", digits(str(num("count")), self._eastern))
            return t.replace("%2", self._count(num("total"), "articles", en))
        elif kind == "encoding" and reason == "codec":
            t = self.tr("%1: its encoding was uncertain; it was read as %3 — check that its letters look right")
            t = t.replace("%3", isolate_ltr(display(str(params.get("codec", "")))))
        elif kind == "extract" and reason == "error":
            t = self.tr("%1: extraction failed (%3); the article is listed without events")
            t = t.replace("%3", isolate_ltr(display(str(params.get("error", "")))))
        elif kind == "cap" and reason == "mentions":
            t = self.tr("%1: too many dates; only the first %3 give events and the text after character %4 "
                        "was not scanned")
            t = t.replace("%3", self._count(num("kept"), "mentions", en))
            t = t.replace("%4", digits(f"{num('offset'):,}", self._eastern))
        elif kind == "cap" and reason == "html-budget":
            t = self.tr("%1: the page's markup is beyond the size limits; the part after them was not read")
        elif kind == "cap" and reason == "pubdate-range":
            t = self.tr("%1: the publication date %3 is out of the accepted range; relative dates stay unresolved")
            t = t.replace("%3", isolate_ltr(display(str(params.get("date", "")))))
        elif kind == "manifest" and reason == "ignored":
            causes = {
                "nesting": self.tr("it is nested too deeply"),
                "syntax": self.tr("it is not valid TOML"),
                "parse": self.tr("it could not be parsed"),
                "shape": self.tr("it has no [articles] table of entries"),
                "unreadable": self.tr("it could not be read"),
                "not-utf8": self.tr("it is not UTF-8"),
            }
            t = self.tr("The manifest %1 is ignored (%3): titles and dates come from the files themselves")
            t = t.replace("%3", causes.get(str(params.get("cause")), self.tr("it cannot be used")))
        elif kind == "manifest" and reason in ("entry", "unknown-key") and params.get("key") is not None:
            causes = {
                "outside": self.tr("it points outside the corpus folder"),
                "duplicate": self.tr("it names the same file as another entry"),
                "not-table": self.tr("it is not a table of title, source, published …"),
                "field": self.tr("one of its values cannot be used"),
                "no-file": self.tr("no .txt or .html file of the folder has this name"),
            }
            if reason == "unknown-key":
                t = self.tr("%1: the key “%3” is unknown (expected [articles]); ignored")
            else:
                t = self.tr("%1: the entry “%3” is ignored (%4)")
                t = t.replace("%4", causes.get(str(params.get("cause")), self.tr("it cannot be used")))
            t = t.replace("%3", isolate_ltr(display(str(params["key"]))))
        elif kind == "cache" and reason in ("refused", "memory", "rebuilt"):
            t = {
                "refused": self.tr("%1 was not used as the cache (it is not a cache of this application, or it is "
                                   "part of what was opened); working without a cache"),
                "memory": self.tr("The cache %1 could not be used; working without a cache this time"),
                "rebuilt": self.tr("The cache %1 was damaged; it was kept as %3 and a new one built"),
            }[reason]
            t = t.replace("%3", isolate_ltr(display(str(params.get("aside", "")))))
        elif kind == "user-store" and reason in ("corrupt", "bad-edit", "bad-pubdate"):
            t = {
                "corrupt": self.tr("Your edits file could not be read; it was kept as %3 and a new one started"),
                "bad-edit": self.tr("Edit number %3 in your edits file cannot be read; it was skipped"),
                "bad-pubdate": self.tr("A publication date saved in your edits file is not a date; it was skipped"),
            }[reason]
            t = t.replace("%3", isolate_ltr(display(str(params.get("aside") or digits(str(num("seq")), self._eastern)))))
            return t
        elif kind == "orphan-edit" and reason == "edit":
            edits = {
                "date": self.tr("a date you set"), "title": self.tr("a title you set"),
                "topics": self.tr("topics you set"), "actors": self.tr("actors you set"),
                "hide": self.tr("an event you hid or showed"), "delete": self.tr("an event you deleted"),
                "merge": self.tr("a merge you made"), "split": self.tr("a split you made"),
                "note": self.tr("a note of yours"), "star": self.tr("a star you set"),
                "manual": self.tr("an event you added"),
            }
            t = self.tr("%1: %3 no longer attaches to the text (the article changed); it is kept, not lost")
            t = t.replace("%3", edits.get(str(params.get("edit")), self.tr("an edit of yours")))
            if params.get("detail"):
                t += " — «" + isolate(display(str(params["detail"]))) + "»"
            if not name:
                t = t.replace("%1: ", "")
        elif kind == "record":
            t = {
                "too-long": self.tr("%1, line %2: the line is too long; skipped"),
                "not-utf8": self.tr("%1, line %2: not UTF-8; skipped"),
                "bad-json": self.tr("%1, line %2: not valid JSON; skipped"),
                "not-object": self.tr("%1, line %2: not a JSON object; skipped"),
                "no-text-field": self.tr("%1, line %2: no text field (found: %3); skipped"),
                "csv-empty": self.tr("%1: the CSV file is empty"),
                "no-text-column": self.tr("%1: no text column (found: %3); nothing was read"),
                "field-count": self.tr("%1, line %2: %3 instead of %4; skipped"),
                "feed-too-big": self.tr("%1: the feed is too large (%3 MB); not read"),
                "feed-entities": self.tr("%1: the feed declares entities or external references; refused, not read"),
                "feed-xml": self.tr("%1: not well-formed XML (line %2); not read"),
                "not-feed": self.tr("%1 is not an RSS or Atom feed (its root element is <%3>); not read"),
            }.get(reason, "")
            if reason == "feed-too-big":
                t = t.replace("%3", digits(f"{num('size') / 1e6:.1f}", self._eastern))
            if reason == "field-count":
                t = t.replace("%3", self._count(num("count"), "fields", en))
                t = t.replace("%4", digits(str(num("total")), self._eastern))
            t = t.replace("%2", line).replace("%3", isolate(display(str(params.get("found", "")))))
        if not t:
            return ""
        t = t.replace("%2", isolate(display(str(params.get("error", "")))))
        return t.replace("%1", name)

    def _count(self, n: int, what: str, en: bool) -> str:
        """``n`` things with the language's plural form (Arabic: six, by %n numerus)."""
        if en:
            one, many = {"files": ("file", "files"), "fields": ("field", "fields"),
                         "articles": ("article", "articles"), "mentions": ("date mention", "date mentions"),
                         "controls": ("direction control character", "direction control characters")}[what]
            return f"{n} {one if n == 1 else many}"
        text = {
            "files": lambda: self.tr("%n file(s)", "", n),
            "fields": lambda: self.tr("%n field(s)", "", n),
            "articles": lambda: self.tr("%n article(s)", "", n),
            "mentions": lambda: self.tr("%n date mention(s)", "", n),
            "controls": lambda: self.tr("%n direction control character(s)", "", n),
        }[what]()
        return digits(text, self._eastern)

    def set_eastern(self, on: bool) -> None:
        """Counts and line numbers in the messages in Eastern digits (٠١٢) or Western."""
        self._eastern = bool(on)
        self.model.set_items(self.problems)

    def set_problems(self, problems: Iterable[Problem], prepared: tuple | None = None) -> None:
        """``prepared``: :meth:`prepare` of ``problems``, computed off the GUI thread."""
        if prepared is not None and prepared[:2] == (ui_lang(), self._eastern):
            self.problems = prepared[2]
            self.model.set_items(self.problems, prepared[3])
        else:
            self.problems = self.unique(problems)
            self.model.set_items(self.problems)
        self.view.resizeColumnToContents(ProblemsModel.KIND)

    @staticmethod
    def unique(problems: Iterable[Problem]) -> list[Problem]:
        """The same problem twice (e.g. reported by two stages) is listed once."""
        seen: set[tuple] = set()
        out = []
        for p in problems:
            key = (p.kind, p.message, p.path, p.article, p.event, p.severity)
            if key not in seen:
                seen.add(key)
                out.append(p)
        return out

    def prepare(self, problems: Iterable[Problem]) -> tuple:
        """What :meth:`set_problems` computes, for the loader's worker thread (a 10,000-article
        corpus has tens of thousands of problems: a few hundred ms of the GUI thread)."""
        items = self.unique(problems)
        return (ui_lang(), self._eastern, items, self.model.alike_counts(items))

    @staticmethod
    def where(p: Problem) -> str:
        """The file (its name; the full path is in the tooltip), else the article id."""
        # display(): an undecodable byte of a file name shows as U+FFFD, never drops the row
        if p.path:
            return display(Path(p.path).name or p.path)
        return display(p.article or "")

    def problem_at(self, index: _Index) -> Problem | None:
        """The problem shown at ``index`` (a row of the view's model), if any."""
        return self.model.item_at(index.row()) if index.isValid() else None

    def _activate(self, index: _Index) -> None:
        p = self.problem_at(index)
        if p is None:
            return
        if p.event:
            self.eventRequested.emit(p.event)
        elif p.article:
            self.articleRequested.emit(p.article)

    def _menu(self, pos: QPoint) -> None:
        p = self.problem_at(self.view.indexAt(pos))
        if p is None or not p.article:
            return
        aid = p.article
        menu = QMenu(self)
        menu.addAction(self.tr("Open article"), lambda: self.articleRequested.emit(aid))
        menu.addAction(self.tr("Set publication date…"), lambda: self.pubdateRequested.emit(aid))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.model.retranslate([self.tr("Kind"), self.tr("Message"), self.tr("File")])
        self.view.resizeColumnToContents(ProblemsModel.KIND)


class ArticlesPanel(QWidget):
    """Every article of the corpus; activating one opens it alone."""

    articleRequested = Signal(str)
    pubdateRequested = Signal(str)

    SIZED_COLUMNS = (ArticlesModel.SOURCE, ArticlesModel.PUBLISHED, ArticlesModel.EVENTS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "ar"
        self.eastern = False
        self.model = ArticlesModel(self._date_text, self)
        self.view = _make_view(self, "articles", self.model)
        self.view.activated.connect(self._activate)
        self.view.doubleClicked.connect(self._activate)
        self.view.customContextMenuRequested.connect(self._menu)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.retranslateUi()

    @property
    def articles(self) -> list[Article]:
        return self.model.items

    @property
    def event_counts(self) -> dict[str, int]:
        return self.model.event_counts

    def set_articles(self, articles: Iterable[Article], event_counts: dict[str, int]) -> None:
        self.model.set_articles(list(articles), event_counts)
        self._size_columns()

    def set_display(self, lang: str | None = None, eastern: bool | None = None) -> None:
        if lang is not None:
            self.lang = self.model.lang = lang
        if eastern is not None:
            self.eastern = self.model.eastern = eastern
        self.model.refresh(ArticlesModel.PUBLISHED, ArticlesModel.EVENTS)
        if lang is not None and self.model.sort_column in (ArticlesModel.TITLE, ArticlesModel.SOURCE):
            self.model.resort()
        self._size_columns()

    def article_at(self, index: _Index) -> Article | None:
        """The article shown at ``index`` (a row of the view's model), if any."""
        return self.model.item_at(index.row()) if index.isValid() else None

    def _date_text(self, a: Article) -> str:
        if a.published:
            return digits(format_day(a.published, self.lang), self.eastern)
        if a.published_min:
            return self.tr("unknown, not before %1").replace(
                "%1", digits(format_day(a.published_min, self.lang), self.eastern)
            )
        return self.tr("unknown")

    def _size_columns(self) -> None:
        for c in self.SIZED_COLUMNS:
            self.view.resizeColumnToContents(c)

    def _activate(self, index: _Index) -> None:
        a = self.article_at(index)
        if a is not None:
            self.articleRequested.emit(a.id)

    def _menu(self, pos: QPoint) -> None:
        a = self.article_at(self.view.indexAt(pos))
        if a is None:
            return
        aid = a.id
        menu = QMenu(self)
        menu.addAction(self.tr("Open article"), lambda: self.articleRequested.emit(aid))
        menu.addAction(self.tr("Set publication date…"), lambda: self.pubdateRequested.emit(aid))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.model.set_headers([self.tr("Title"), self.tr("Source"), self.tr("Published"), self.tr("Events")])
        self.model.refresh(ArticlesModel.PUBLISHED, ArticlesModel.PUBLISHED)  # "unknown" is translated
        self._size_columns()
