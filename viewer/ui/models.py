"""Thin Qt adapters over plain Python lists.

:class:`EventTableModel` holds the *already filtered* rows (indices into the
corpus event list, computed by :mod:`viewer.events.query`), so no Python code
runs per row per filter change.  Sorting uses per-column ranks computed once
per corpus with ``QCollator`` (Arabic-aware string order) and then sorts the
visible rows by integer rank.

:class:`CheckListModel` is the checkable topic/actor list with live counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cmp_to_key

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap

from viewer.display.bidi import has_controls, isolate, plain_tooltip
from viewer.display.search import match_spans
from viewer.display.snapshot import date_key as _date_key
from viewer.display.snapshot import date_ranks
from viewer.events.query import is_undated
from viewer.model import Event
from viewer.ui.dates import digits, format_event_date
from viewer.ui.edits.marks import mark_icon
from viewer.ui.resources import TopicInfo

EVENT_ID_ROLE = Qt.UserRole + 1
KEY_ROLE = Qt.UserRole + 2
COUNT_ROLE = Qt.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def swatch(color: str, size: int = 12) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(color))
    return QIcon(pm)


def collator(lang: str = "ar") -> QCollator:
    c = QCollator(QLocale(QLocale.Arabic) if lang == "ar" else QLocale(QLocale.English))
    c.setNumericMode(True)
    c.setCaseSensitivity(Qt.CaseInsensitive)
    return c


def flag_words(flags) -> str:
    """What an event's flags mean, in words (the table's date tooltip; never ids)."""
    words = {
        "date-unresolved": QCoreApplication.translate("Dates", "unresolved: the publication date is unknown"),
        "date-placeholder": QCoreApplication.translate("Dates", "a template placeholder instead of a date"),
        "sources-disagree": QCoreApplication.translate("Dates", "sources disagree on the date"),
    }
    return "\n".join(words.get(f, f) for f in flags)


class EventTableModel(QAbstractTableModel):
    DATE, TITLE, TOPICS, ACTORS, SOURCES = range(5)
    COLUMNS = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.events: list[Event] = []
        self._rows: list[int] = []
        self._pos: list[int] | None = []  # event index -> row (-1: hidden); built on demand
        self._id_to_index: dict[str, int] = {}
        self._ranks: dict[int, list[int]] = {}
        self._topics: dict[str, TopicInfo] = {}
        self.lang = "ar"
        self.eastern = False
        self.sort_column = self.DATE
        self.sort_order = Qt.AscendingOrder
        self._keep_order = False
        self.search_tokens: list[str] = []
        self._match_cache: dict[int, list[tuple[int, int]]] = {}

    # --- data in ----------------------------------------------------------------
    def set_events(
        self, events: Sequence[Event], topics: Sequence[TopicInfo], date_order: list[int] | None = None,
        id_to_index: dict[str, int] | None = None,
    ) -> None:
        """``date_order``: :func:`date_ranks` of ``events``, ``id_to_index``: each event id's
        index, when already computed (off the GUI thread)."""
        self.beginResetModel()
        self.events = list(events)
        self._topics = {t.id: t for t in topics}
        if id_to_index is None or len(id_to_index) != len(self.events):
            id_to_index = {e.id: i for i, e in enumerate(self.events)}
        self._id_to_index = id_to_index
        self._ranks.clear()
        if date_order is not None and len(date_order) == len(self.events):
            self._ranks[self.DATE] = date_order
        self._rows = list(range(len(self.events)))
        self._sort_rows()
        self.endResetModel()

    def replace_event(self, ev: Event) -> int:
        """Put ``ev`` in place of the event with its id and repaint its row only (an
        analyst's star, note, title or hide); the row shown, or -1 (not shown / unknown).
        A new title re-sorts when the table is sorted by title."""
        i = self._id_to_index.get(ev.id)
        if i is None:
            return -1
        old = self.events[i]
        self.events[i] = ev
        self._match_cache.pop(id(old), None)
        if ev.title != old.title:
            self._ranks.pop(self.TITLE, None)
            if self.sort_column == self.TITLE and not self._keep_order:
                self.sort(self.sort_column, self.sort_order)
        row = self.row_of(ev.id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
        return row

    def set_rows(self, indices: Sequence[int], ranked: bool = False) -> None:
        """Show exactly these events (indices into ``events``), in the current sort order;
        ``ranked``: in the given order (search relevance) until a header is clicked."""
        self.beginResetModel()
        self._rows = list(indices)
        self._keep_order = ranked
        if not ranked:
            self._sort_rows()
        else:
            self._pos = None
        self.endResetModel()

    def set_search(self, tokens: Sequence[str]) -> None:
        """Folded query words whose matches the title column highlights."""
        self.search_tokens = list(tokens)
        self._match_cache: dict[int, list[tuple[int, int]]] = {}

    def match_spans_of(self, ev: Event) -> list[tuple[int, int]]:
        """Spans of ``ev.title`` (original offsets) matching the current search."""
        if not self.search_tokens:
            return []
        key = id(ev)
        spans = self._match_cache.get(key)
        if spans is None:
            spans = self._match_cache[key] = match_spans(ev.title, self.search_tokens)
        return spans

    def set_display(self, lang: str | None = None, eastern: bool | None = None) -> None:
        if lang is not None and lang != self.lang:
            self.lang = lang
            self._ranks.pop(self.TOPICS, None)
            self._ranks.pop(self.ACTORS, None)
        if eastern is not None:
            self.eastern = eastern
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.COLUMNS - 1)

    def retranslate(self) -> None:
        self.set_display()

    # --- lookups ------------------------------------------------------------------
    def event_at(self, row: int) -> Event | None:
        if 0 <= row < len(self._rows):
            return self.events[self._rows[row]]
        return None

    def row_of(self, event_id: str) -> int:
        i = self._id_to_index.get(event_id)
        if i is None:
            return -1
        if self._pos is None:
            # Built once per row change, and only when asked: a dict of 10^5 ids
            # on every filter change cost a third of a second.
            pos = [-1] * len(self.events)
            for r, k in enumerate(self._rows):
                pos[k] = r
            self._pos = pos
        return self._pos[i]

    def visible_events(self) -> list[Event]:
        return [self.events[i] for i in self._rows]

    def topic_labels(self, ev: Event) -> str:
        sep = "، " if self.lang == "ar" else ", "
        return sep.join(
            self._topics[t].label(self.lang) if t in self._topics else isolate(t) for t in ev.topics
        )

    # --- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < self.COLUMNS:
            return (
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Topics"),
                self.tr("Actors"),
                self.tr("Sources"),
            )[section]
        if orientation == Qt.Vertical and role == Qt.DisplayRole and 0 <= section < len(self._rows):
            return digits(str(section + 1), self.eastern)
        return None

    def data(self, index: _Index, role: int = Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= self.COLUMNS:
            return None
        ev = self.events[self._rows[index.row()]]
        col = index.column()
        # Titles and actors come from article text: isolated (viewer.display.bidi) so a
        # direction control inside them cannot reorder the cell or its neighbours.
        if role == Qt.DisplayRole:
            if col == self.DATE:
                return format_event_date(ev, self.lang, self.eastern)
            if col == self.TITLE:
                return isolate(ev.title)
            if col == self.TOPICS:
                return self.topic_labels(ev)
            if col == self.ACTORS:
                return ("، " if self.lang == "ar" else ", ").join(isolate(a) for a in ev.actors)
            if col == self.SOURCES:
                return digits(str(len(ev.articles)), self.eastern)
        elif role == Qt.ToolTipRole:
            if col == self.TITLE:
                return plain_tooltip(isolate(ev.title))
            if col == self.DATE and ev.flags:
                return flag_words(ev.flags)
            if col == self.TOPICS:
                return self.topic_labels(ev)
        elif role == Qt.DecorationRole and col == self.TITLE and ev.flags:
            return mark_icon(ev.flags)  # starred / edited / hidden by the analyst
        elif role == Qt.DecorationRole and col == self.TOPICS and ev.topics:
            t = self._topics.get(ev.topics[0])
            return swatch(t.color) if t else None
        elif role == Qt.ForegroundRole and col == self.DATE and (is_undated(ev) or not ev.certain):
            return QBrush(QColor("#a0522d"))
        elif role == Qt.FontRole and col == self.DATE and is_undated(ev):
            f = QFont()
            f.setItalic(True)
            return f
        elif role == EVENT_ID_ROLE:
            return ev.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMNS:
            return
        self._keep_order = False
        self.layoutAboutToBeChanged.emit()
        old_ids = [self.events[i].id for i in self._rows]
        persistent = self.persistentIndexList()
        self.sort_column, self.sort_order = column, order
        self._sort_rows()
        new_from = []
        for p in persistent:
            r = p.row()
            eid = old_ids[r] if 0 <= r < len(old_ids) else None
            nr = self.row_of(eid) if eid else -1
            new_from.append(self.index(nr, p.column()) if nr >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new_from)
        self.layoutChanged.emit()

    # --- sorting ---------------------------------------------------------------------
    def _rank(self, column: int) -> list[int]:
        ranks = self._ranks.get(column)
        if ranks is not None:
            return ranks
        n = len(self.events)
        if column == self.DATE:
            ranks = date_ranks(self.events)
            self._ranks[column] = ranks
            return ranks
        elif column == self.SOURCES:
            order = sorted(
                range(n), key=lambda i: (len(self.events[i].articles), self._date_key(self.events[i]))
            )
        else:
            coll = collator(self.lang)
            texts = [self._sort_text(column, e) for e in self.events]
            order = sorted(range(n), key=cmp_to_key(lambda a, b: coll.compare(texts[a], texts[b])))
        ranks = [0] * n
        for r, i in enumerate(order):
            ranks[i] = r
        self._ranks[column] = ranks
        return ranks

    _date_key = staticmethod(_date_key)

    def _sort_text(self, column: int, ev: Event) -> str:
        if column == self.TITLE:
            return ev.title
        if column == self.TOPICS:
            return self.topic_labels(ev)
        return " ".join(ev.actors)

    def _sort_rows(self) -> None:
        ranks = self._rank(self.sort_column)
        if len(self._rows) == len(ranks):  # every event (rows are distinct): invert the ranks, no sort
            key = (id(ranks), self.sort_order)
            cached = getattr(self, "_full_order", None)
            if cached is not None and cached[0] == key and cached[1] is ranks:
                self._rows = list(cached[2])  # set_events and the first apply_filter: once, not twice
            else:
                order = [0] * len(ranks)
                for i, r in enumerate(ranks):
                    order[r] = i
                if self.sort_order == Qt.DescendingOrder:
                    order.reverse()
                self._full_order = (key, ranks, order)
                self._rows = list(order)
        else:
            self._rows.sort(key=ranks.__getitem__, reverse=self.sort_order == Qt.DescendingOrder)
        self._pos = None


class CheckListModel(QAbstractListModel):
    """Checkable list of (key, label, colour) with a live count per item."""

    checkedChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._labels: dict[str, str] = {}
        self._colors: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self._checked: set[str] = set()
        self.eastern = False

    def set_items(
        self, items: Sequence[tuple[str, str, str | None]], checked: set[str] | None = None
    ) -> None:
        self.beginResetModel()
        self._keys = [k for k, _, _ in items]
        self._labels = {k: lbl for k, lbl, _ in items}
        self._colors = {k: c for k, _, c in items if c}
        self._checked = set(self._keys) if checked is None else set(checked) & set(self._keys)
        self._counts = {k: self._counts.get(k, 0) for k in self._keys}
        self.endResetModel()

    def set_labels(self, labels: dict[str, str]) -> None:
        self._labels.update(labels)
        self._changed_all()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = {k: counts.get(k, 0) for k in self._keys}
        self._changed_all()

    def set_eastern(self, eastern: bool) -> None:
        self.eastern = eastern
        self._changed_all()

    def keys(self) -> list[str]:
        return list(self._keys)

    def checked(self) -> set[str]:
        return set(self._checked)

    def all_checked(self) -> bool:
        return len(self._checked) == len(self._keys)

    def set_checked(self, keys: set[str]) -> None:
        new = set(keys) & set(self._keys)
        if new != self._checked:
            self._checked = new
            self._changed_all()
            self.checkedChanged.emit()

    def set_key_checked(self, key: str, on: bool) -> None:
        new = set(self._checked)
        (new.add if on else new.discard)(key)
        self.set_checked(new)

    def count(self, key: str) -> int:
        return self._counts.get(key, 0)

    def label_of(self, key: str) -> str:
        return self._labels.get(key, key)

    def _changed_all(self) -> None:
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, 0))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: _Index, role: int = Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        key = self._keys[index.row()]
        if role == Qt.DisplayRole:
            label = self._labels.get(key, key)
            if has_controls(label):  # an actor name from an article: keep the count in its place
                label = isolate(label)
            return f"{label}  ({digits(str(self._counts.get(key, 0)), self.eastern)})"
        if role == Qt.ToolTipRole:
            return plain_tooltip(isolate(self._labels.get(key, key)))
        if role == Qt.CheckStateRole:
            return Qt.Checked if key in self._checked else Qt.Unchecked
        if role == Qt.DecorationRole and key in self._colors:
            return swatch(self._colors[key])
        if role == Qt.ForegroundRole and self._counts.get(key, 0) == 0:
            return QBrush(QColor("#999999"))
        if role == KEY_ROLE:
            return key
        if role == COUNT_ROLE:
            return self._counts.get(key, 0)
        return None

    def setData(self, index: _Index, value, role: int = Qt.EditRole) -> bool:
        if role != Qt.CheckStateRole or not index.isValid() or index.row() >= len(self._keys):
            return False
        key = self._keys[index.row()]
        on = value in (Qt.Checked, Qt.Checked.value, 2, True)
        new = set(self._checked)
        (new.add if on else new.discard)(key)
        if new != self._checked:
            self._checked = new
            self.dataChanged.emit(index, index, [Qt.CheckStateRole, Qt.DisplayRole])
            self.checkedChanged.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable | Qt.ItemNeverHasChildren
