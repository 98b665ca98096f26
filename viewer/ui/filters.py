"""The filter panel: search, topics, actors and date range.

The panel only *collects* the user's choices (:meth:`FilterPanel.current_filter`)
and shows counts it is given; the window runs the query in
:mod:`viewer.events.query` and pushes the results to the timeline, the table
and back here, all at once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.display.search import DEFAULT_SCOPE, SCOPES
from viewer.events.query import NO_ACTOR, NO_TOPIC, Filter
from viewer.ui.calendar import localize_date_edit
from viewer.ui.models import CheckListModel
from viewer.ui.resources import TopicInfo


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class _Section(QWidget):
    """A titled block with "all"/"none" buttons in its header row (lighter than a group box)."""

    def __init__(self, parent: QWidget, *buttons: QToolButton) -> None:
        super().__init__(parent)
        self._title = QLabel(self)
        f = self._title.font()
        f.setBold(True)
        self._title.setFont(f)
        self.mode = QComboBox(self)
        self.mode.addItem("", "exclude")
        self.mode.addItem("", "any")
        self.mode.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self._title, 1)
        head.addWidget(self.mode)
        for b in buttons:
            b.setAutoRaise(True)
            head.addWidget(b)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 2, 0, 2)
        self.body.setSpacing(2)
        self.body.addLayout(head)

    def title(self) -> str:
        return self._title.text()

    def mode_value(self) -> str:
        return self.mode.currentData()

    def set_mode(self, mode: str) -> None:
        i = self.mode.findData(mode)
        if i >= 0:
            self.mode.setCurrentIndex(i)

    def retranslate(self, exclude: str, any_: str, tip: str) -> None:
        self.mode.setItemText(0, exclude)
        self.mode.setItemText(1, any_)
        self.mode.setToolTip(tip)

    def setTitle(self, text: str) -> None:
        self._title.setText(text)


class FilterPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "ar"
        self._topics: list[TopicInfo] = []
        self._bounds: tuple[date, date] | None = None
        self._quiet = False

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.scope = QComboBox(self)
        self.scope.setObjectName("search-scope")
        for key in SCOPES:
            self.scope.addItem("", key)
        self.scope.setCurrentIndex(SCOPES.index(DEFAULT_SCOPE))
        self.scope.currentIndexChanged.connect(self._emit)

        # topics
        self.topic_model = CheckListModel(self)
        self.topic_view = QListView(self)
        self.topic_view.setObjectName("topics")
        self.topic_view.setModel(self.topic_model)
        self.topic_view.setUniformItemSizes(True)
        self.topic_all = QToolButton(self)
        self.topic_none = QToolButton(self)
        self.topic_all.clicked.connect(lambda: self._all_none(self.topic_box, self.topic_model, True))
        self.topic_none.clicked.connect(lambda: self._all_none(self.topic_box, self.topic_model, False))
        self.topic_model.checkedChanged.connect(self._emit)
        self.topic_box = _Section(self, self.topic_all, self.topic_none)
        self.topic_box.body.addWidget(self.topic_view)
        self.topic_box.mode.currentIndexChanged.connect(self._emit)

        # actors
        self.actor_model = CheckListModel(self)
        self.actor_proxy = QSortFilterProxyModel(self)  # filters the *list of actors*, not events
        self.actor_proxy.setSourceModel(self.actor_model)
        self.actor_proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.actor_find = QLineEdit(self)
        self.actor_find.setClearButtonEnabled(True)
        self.actor_find.textChanged.connect(self.actor_proxy.setFilterFixedString)
        self.actor_view = QListView(self)
        self.actor_view.setObjectName("actors")
        self.actor_view.setModel(self.actor_proxy)
        self.actor_view.setUniformItemSizes(True)
        self.actor_all = QToolButton(self)
        self.actor_none = QToolButton(self)
        self.actor_all.clicked.connect(lambda: self._all_none(self.actor_box, self.actor_model, True))
        self.actor_none.clicked.connect(lambda: self._all_none(self.actor_box, self.actor_model, False))
        self.actor_model.checkedChanged.connect(self._emit)
        self.actor_box = _Section(self, self.actor_all, self.actor_none)
        self.actor_box.body.addWidget(self.actor_find)
        self.actor_box.body.addWidget(self.actor_view)
        self.actor_box.mode.currentIndexChanged.connect(self._emit)

        # dates
        self.date_box = QGroupBox(self)
        self.date_box.setCheckable(True)
        self.date_box.setChecked(False)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for w in (self.date_from, self.date_to):
            localize_date_edit(w)  # ISO, left to right, popup calendar (again in set_language)
            w.dateChanged.connect(self._emit)
        self.undated = QCheckBox(self)
        self.undated.setChecked(True)
        self.undated.toggled.connect(self._emit)
        self.date_box.toggled.connect(self._emit)
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        dl = QHBoxLayout(self.date_box)
        dl.setContentsMargins(4, 2, 4, 2)
        for w in (self.from_label, self.date_from, self.to_label, self.date_to):
            dl.addWidget(w)
        dl.setStretch(1, 1)
        dl.setStretch(3, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.scope)
        lay.addLayout(search_row)
        self.lists = QSplitter(Qt.Vertical, self)
        self.lists.setObjectName("filter-lists")
        self.lists.setChildrenCollapsible(False)
        self.lists.addWidget(self.topic_box)
        self.lists.addWidget(self.actor_box)
        self.lists.setStretchFactor(0, 3)
        self.lists.setStretchFactor(1, 2)
        lay.addWidget(self.lists, 1)
        lay.addWidget(self.date_box)
        lay.addWidget(self.undated)
        self.retranslateUi()

    # --- data -------------------------------------------------------------------
    def set_corpus(
        self,
        topics: list[TopicInfo],
        topic_ids: dict[str, int],
        actors: dict[str, int],
        bounds: tuple[date | None, date | None],
        state: dict[str, Any] | None = None,
    ) -> None:
        """New corpus: rebuild the lists; keep the user's choices where they still apply."""
        self._quiet = True
        try:
            prev = state if state is not None else self.state()
            self._topics = [t for t in topics if t.id in topic_ids] + [
                TopicInfo(t, t, t, "#888888")
                for t in topic_ids
                if t not in {x.id for x in topics} and t != NO_TOPIC
            ]
            items = [(t.id, t.label(self.lang), t.color) for t in self._topics]
            if NO_TOPIC in topic_ids:
                items.append((NO_TOPIC, self.tr("(no topic)"), "#cccccc"))
            unchecked = set(prev.get("topics_off", []))
            self.topic_model.set_items(items, {k for k, _, _ in items if k not in unchecked})
            names = sorted((a for a in actors if a != NO_ACTOR), key=lambda a: (-actors[a], a))
            aitems = [(a, a, None) for a in names]
            if NO_ACTOR in actors:
                aitems.append((NO_ACTOR, self.tr("(no actor)"), None))
            aoff = set(prev.get("actors_off", []))
            self.actor_model.set_items(aitems, {k for k, _, _ in aitems if k not in aoff})
            lo, hi = bounds
            if lo and hi:
                self._bounds = (lo, hi)
                for w in (self.date_from, self.date_to):
                    w.setDateRange(_qdate(lo), _qdate(hi))
                self.date_from.setDate(_qdate(lo))
                self.date_to.setDate(_qdate(hi))
            if prev.get("date_on") and prev.get("date_from") and prev.get("date_to"):
                self.date_box.setChecked(True)
                self.date_from.setDate(QDate.fromString(prev["date_from"], Qt.ISODate))
                self.date_to.setDate(QDate.fromString(prev["date_to"], Qt.ISODate))
            else:
                self.date_box.setChecked(False)
            self.undated.setChecked(bool(prev.get("undated", True)))
            self.topic_box.set_mode(prev.get("topic_mode", "exclude"))
            self.actor_box.set_mode(prev.get("actor_mode", "exclude"))
            if "text" in prev:
                self.search.setText(prev.get("text", ""))
            if prev.get("scope") in SCOPES:
                self.set_scope(prev["scope"])
        finally:
            self._quiet = False

    def _all_none(self, section: _Section, model: CheckListModel, on: bool) -> None:
        """ "All" then uncheck = remove topics; "None" then check = add topics."""
        self._quiet = True
        try:
            section.set_mode("exclude" if on else "any")
        finally:
            self._quiet = False
        model.set_checked(set(model.keys()) if on else set())
        self._emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            h = max(200, self.lists.height())
            self.lists.setSizes([int(h * 0.62), h - int(h * 0.62)])

    def set_counts(self, topic_counts: dict[str, int], actor_counts: dict[str, int]) -> None:
        self.topic_model.set_counts(topic_counts)
        self.actor_model.set_counts(actor_counts)

    def set_eastern(self, eastern: bool) -> None:
        self.topic_model.set_eastern(eastern)
        self.actor_model.set_eastern(eastern)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for w in (self.date_from, self.date_to):
            localize_date_edit(w, lang)
        labels = {t.id: t.label(lang) for t in self._topics}
        labels[NO_TOPIC] = self.tr("(no topic)")
        self.topic_model.set_labels(labels)
        self.actor_model.set_labels({NO_ACTOR: self.tr("(no actor)")})

    def current_filter(self) -> Filter:
        tm, am = self.topic_model, self.actor_model
        f = Filter(
            topics=None if tm.all_checked() else frozenset(tm.checked()),
            actors=None if am.all_checked() else frozenset(am.checked()),
            topic_mode=self.topic_box.mode_value(),
            actor_mode=self.actor_box.mode_value(),
            include_undated=self.undated.isChecked(),
            text=self.search.text().strip(),
            text_scope=self.scope.currentData() or DEFAULT_SCOPE,
        )
        if self.date_box.isChecked():
            f.date_from = _pydate(self.date_from.date())
            f.date_to = _pydate(self.date_to.date())
        return f

    def state(self) -> dict[str, Any]:
        """What persists across launches (unchecked keys, so new topics start checked)."""
        return {
            "topics_off": sorted(set(self.topic_model.keys()) - self.topic_model.checked()),
            "topic_mode": self.topic_box.mode_value(),
            "actor_mode": self.actor_box.mode_value(),
            "actors_off": sorted(set(self.actor_model.keys()) - self.actor_model.checked()),
            "date_on": self.date_box.isChecked(),
            "date_from": self.date_from.date().toString(Qt.ISODate),
            "date_to": self.date_to.date().toString(Qt.ISODate),
            "undated": self.undated.isChecked(),
            "text": self.search.text(),
            "scope": self.scope.currentData(),
        }

    # --- what is active (the window's "active filters" bar) -------------------------
    def active_filters(self) -> list[tuple[str, str]]:
        """(key, translated description) of every filter that hides something now."""
        out: list[tuple[str, str]] = []
        text = self.search.text().strip()
        if text:
            out.append(("text", self.tr("search: %1").replace("%1", text)))
        for key, model, box, label in (
            ("topics", self.topic_model, self.topic_box, self.tr("topics")),
            ("actors", self.actor_model, self.actor_box, self.tr("actors")),
        ):
            if model.all_checked() and box.mode_value() == "exclude":
                continue
            on = [model.label_of(k) for k in model.keys() if k in model.checked()]
            n_all = len(model.keys())
            if box.mode_value() == "any" and len(on) == n_all:
                continue
            shown = ("، " if self.lang == "ar" else ", ").join(on[:2]) + ("…" if len(on) > 2 else "")
            out.append(
                (key, self.tr("%1: %2 of %3").replace("%1", label).replace("%2", shown or "—")
                 .replace("%3", str(n_all)) if on else self.tr("%1: none").replace("%1", label))
            )
        if self.date_box.isChecked():
            out.append(
                ("dates", self.tr("dates %1 – %2").replace("%1", self.date_from.date().toString(Qt.ISODate))
                 .replace("%2", self.date_to.date().toString(Qt.ISODate)))
            )
        if not self.undated.isChecked():
            out.append(("undated", self.tr("undated events hidden")))
        return out

    def clear_filter(self, key: str) -> None:
        """Switch one filter off (a chip of the active-filters bar)."""
        self._clear(key)
        self.changed.emit()

    def reset(self) -> None:
        """Every filter off, in one change (the bar's "clear all")."""
        for key in ("text", "topics", "actors", "dates", "undated"):
            self._clear(key)
        self.changed.emit()

    def _clear(self, key: str) -> None:
        self._quiet = True
        try:
            if key == "text":
                self.search.clear()
                self._debounce.stop()
            elif key == "topics":
                self.topic_box.set_mode("exclude")
                self.topic_model.set_checked(set(self.topic_model.keys()))
            elif key == "actors":
                self.actor_box.set_mode("exclude")
                self.actor_model.set_checked(set(self.actor_model.keys()))
                self.actor_find.clear()
            elif key == "dates":
                self.date_box.setChecked(False)
            elif key == "undated":
                self.undated.setChecked(True)
        finally:
            self._quiet = False

    def set_scope(self, scope: str) -> None:
        """Where the search looks: "titles", "passages" or "articles"."""
        i = self.scope.findData(scope)
        if i >= 0:
            self.scope.setCurrentIndex(i)

    def set_topic_checked(self, topic_id: str, on: bool) -> None:
        self.topic_model.set_key_checked(topic_id, on)

    def only_topic(self, topic_id: str) -> None:
        """Show every event that carries this topic."""
        self._quiet = True
        self.topic_box.set_mode("any")
        self._quiet = False
        self.topic_model.set_checked({topic_id})

    # --- i18n -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search…"))
        for i, text in enumerate((self.tr("titles"), self.tr("passages"), self.tr("whole articles"))):
            self.scope.setItemText(i, text)
        self.scope.setToolTip(
            self.tr(
                "Where the words must occur: event titles; titles and the passages the events "
                "rest on; or anywhere in the events' articles. Results are ranked: title matches first."
            )
        )
        self.search.setToolTip(self.tr("Ignores diacritics, tatweel and alef/hamza forms"))
        self.topic_box.setTitle(self.tr("Topics"))
        tip = self.tr(
            "Hide unchecked: an event disappears when one of its topics is unchecked.\n"
            "Any checked: an event shows when at least one of its topics is checked."
        )
        self.topic_box.retranslate(self.tr("hide unchecked"), self.tr("any checked"), tip)
        self.actor_box.retranslate(self.tr("hide unchecked"), self.tr("any checked"), tip)
        self.actor_box.setTitle(self.tr("Actors"))
        self.actor_find.setPlaceholderText(self.tr("Find an actor…"))
        for b in (self.topic_all, self.actor_all):
            b.setText(self.tr("All"))
        for b in (self.topic_none, self.actor_none):
            b.setText(self.tr("None"))
        self.date_box.setTitle(self.tr("Date range"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.undated.setText(self.tr("Include undated and unresolved events"))

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit()
