"""The main window: timeline on top; filters, event table and sources below.

Data flow inside the window is one direction, as in the pipeline:
``CorpusLoader`` (its worker also builds the ``EventIndex`` and the view
arrays, see ``make_snapshot``) → :meth:`MainWindow.on_loaded` swaps them in →
every filter change runs one ``EventIndex.query`` → the timeline
(``set_visible``), the table (``set_rows``) and the filter counts update
together.  Selection is shared: the timeline, the table and the problems list
all end in :meth:`MainWindow.select_event`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from viewer.events.export import write_events_csv, write_events_json
from viewer.events.query import EventIndex
from viewer.model import Article, CorpusResult, Event
from viewer.ui.bidi import isolate_ltr, plain_tooltip
from viewer.ui.dates import digits
from viewer.ui.loader import CorpusLoader, make_snapshot
from viewer.ui.models import EVENT_ID_ROLE, EventTableModel
from viewer.ui.problems import ArticlesPanel, ProblemsPanel
from viewer.ui.pubdate import CLEAR, PubDateDialog
from viewer.ui.resources import SEEDS, TopicInfo, Translations, load_topics
from viewer.ui.sources import SourcesPanel
from viewer.ui.timeline import TimelineView


def _settings() -> QSettings:
    return QSettings()


class MainWindow(QMainWindow):
    loaded = Signal()

    def __init__(
        self,
        translations: Translations | None = None,
        corpus: list[str | Path] | None = None,
        cache: str | None = None,
        restore: bool = True,
        jobs: int | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.translations = translations or Translations.instance()
        self.lang = self.translations.lang
        self.eastern = False
        self.topics: list[TopicInfo] = load_topics()
        self.result: CorpusResult | None = None
        self.index: EventIndex | None = None
        self.articles: dict[str, Article] = {}
        self.events_by_id: dict[str, Event] = {}
        self.selected: str | None = None
        self._syncing = False
        self._first_load = True
        self._partial_fitted = False
        self._restored_filters: dict | None = None
        self.corpus_paths: list[Path] = [Path(p) for p in (corpus or [SEEDS])]

        self.loader = CorpusLoader(self, cache=cache, jobs=jobs)
        self.loader.finished.connect(self.on_loaded)
        self.loader.partial.connect(self.on_partial)
        self.loader.failed.connect(self._on_failed)
        self.loader.progress.connect(self._on_progress)
        self.setAcceptDrops(True)

        # --- widgets ---------------------------------------------------------------
        self.timeline = TimelineView(self)
        self.timeline.setObjectName("timeline")
        self.timeline.eventSelected.connect(lambda eid: self.select_event(eid, origin="timeline"))
        self.timeline.eventActivated.connect(self._activate_event)

        from viewer.ui.filters import FilterPanel

        self.filters = FilterPanel(self)
        self.filters.setObjectName("filters")
        self.filters.changed.connect(self.apply_filter)

        self.model = EventTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("events")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EventTableModel.DATE, Qt.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)  # the logical end, in either direction
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        hh.setSectionResizeMode(EventTableModel.TITLE, QHeaderView.Stretch)
        hh.resizeSection(EventTableModel.DATE, 165)
        hh.resizeSection(EventTableModel.TOPICS, 120)
        hh.resizeSection(EventTableModel.ACTORS, 90)
        hh.resizeSection(EventTableModel.SOURCES, 55)
        hh.setMinimumSectionSize(40)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current)
        self.table.activated.connect(lambda idx: self._activate_event(idx.data(EVENT_ID_ROLE)))

        self.sources = SourcesPanel(self)
        self.sources.setObjectName("sources")
        self.sources.pubdateRequested.connect(self.request_pubdate)

        self.bottom = QSplitter(Qt.Horizontal, self)
        self.bottom.setObjectName("bottom-splitter")
        self.bottom.addWidget(self.filters)
        self.bottom.addWidget(self.table)
        self.bottom.addWidget(self.sources)
        self.bottom.setStretchFactor(0, 0)
        self.bottom.setStretchFactor(1, 2)
        self.bottom.setStretchFactor(2, 3)
        self.bottom.setSizes([270, 560, 770])

        self.main_split = QSplitter(Qt.Vertical, self)
        self.main_split.setObjectName("main-splitter")
        self.main_split.addWidget(self.timeline)
        self.main_split.addWidget(self.bottom)
        self.main_split.setStretchFactor(0, 2)
        self.main_split.setStretchFactor(1, 3)
        self.main_split.setSizes([330, 560])
        self.setCentralWidget(self.main_split)

        self.problems = ProblemsPanel(self)
        self.problems.eventRequested.connect(
            lambda eid: self.select_event(eid, origin="problems", reveal=True)
        )
        self.problems.articleRequested.connect(self.open_article)
        self.problems.pubdateRequested.connect(self.request_pubdate)
        self.articles_panel = ArticlesPanel(self)
        self.articles_panel.articleRequested.connect(self.open_article)
        self.articles_panel.pubdateRequested.connect(self.request_pubdate)
        self.problems_dock = QDockWidget(self)
        self.problems_dock.setObjectName("problems-dock")
        self.problems_dock.setWidget(self.problems)
        self.articles_dock = QDockWidget(self)
        self.articles_dock.setObjectName("articles-dock")
        self.articles_dock.setWidget(self.articles_panel)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.articles_dock)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.problems_dock)
        self.tabifyDockWidget(self.articles_dock, self.problems_dock)
        self.problems_dock.raise_()
        self._sized = False

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.load_count = QLabel(self)
        self.load_count.setObjectName("load-count")
        self.load_count.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("load-progress")
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("load-cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.load_count)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        self._build_actions()
        self.retranslateUi()
        self.resize(1600, 1000)
        if restore:
            self.restore_settings()
        self._apply_language_to_views()

    # --- actions / menus ----------------------------------------------------------------
    def _build_actions(self) -> None:
        st = self.style()
        self.act_open = QAction(st.standardIcon(QStyle.SP_DirOpenIcon), "", self)
        self.act_open.setShortcut(QKeySequence.Open)
        self.act_open.triggered.connect(self.choose_folder)
        self.act_fit = QAction(st.standardIcon(QStyle.SP_BrowserReload), "", self)
        self.act_fit.setShortcut(QKeySequence("Ctrl+0"))
        self.act_fit.triggered.connect(self.timeline.fit_all)
        self.act_zoom_in = QAction("+", self)
        self.act_zoom_in.setShortcut(QKeySequence.ZoomIn)
        self.act_zoom_in.triggered.connect(self.timeline.zoom_in)
        self.act_zoom_out = QAction("−", self)
        self.act_zoom_out.setShortcut(QKeySequence.ZoomOut)
        self.act_zoom_out.triggered.connect(self.timeline.zoom_out)
        self.act_digits = QAction("", self)
        self.act_digits.setCheckable(True)
        self.act_digits.toggled.connect(self.set_eastern_digits)
        self.act_csv = QAction("", self)
        self.act_csv.triggered.connect(lambda: self._export_dialog("csv"))
        self.act_json = QAction("", self)
        self.act_json.triggered.connect(lambda: self._export_dialog("json"))
        self.act_png = QAction("", self)
        self.act_png.triggered.connect(lambda: self._export_dialog("png"))
        self.act_svg = QAction("", self)
        self.act_svg.triggered.connect(lambda: self._export_dialog("svg"))
        self.act_quit = QAction("", self)
        self.act_quit.setShortcut(QKeySequence.Quit)
        self.act_quit.triggered.connect(self.close)
        self.act_search = QAction(self)
        self.act_search.setShortcut(QKeySequence.Find)
        self.act_search.triggered.connect(lambda: self.filters.search.setFocus())
        self.addAction(self.act_search)

        self.act_ar = QAction("العربية", self)
        self.act_en = QAction("English", self)
        grp = QActionGroup(self)
        for a, code in ((self.act_ar, "ar"), (self.act_en, "en")):
            a.setCheckable(True)
            a.setData(code)
            grp.addAction(a)
            a.triggered.connect(lambda _c=False, code=code: self.set_language(code))

        self.export_menu = QMenu(self)
        for a in (self.act_csv, self.act_json):
            self.export_menu.addAction(a)
        self.export_menu.addSeparator()
        for a in (self.act_png, self.act_svg):
            self.export_menu.addAction(a)

        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.file_menu.addAction(self.act_open)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.view_menu = mb.addMenu("")
        for a in (self.act_fit, self.act_zoom_in, self.act_zoom_out, self.act_digits):
            self.view_menu.addAction(a)
        self.lang_menu = self.view_menu.addMenu("")
        self.lang_menu.addAction(self.act_ar)
        self.lang_menu.addAction(self.act_en)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.problems_dock.toggleViewAction())
        self.view_menu.addAction(self.articles_dock.toggleViewAction())

        tb = QToolBar(self)
        tb.setObjectName("main-toolbar")
        tb.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        tb.addAction(self.act_open)
        tb.addSeparator()
        tb.addAction(self.act_fit)
        tb.addAction(self.act_zoom_in)
        tb.addAction(self.act_zoom_out)
        tb.addSeparator()
        tb.addAction(self.act_digits)
        tb.addSeparator()
        self.export_button = QToolButton(self)
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        self.export_button.setIcon(st.standardIcon(QStyle.SP_DialogSaveButton))
        self.export_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        tb.addWidget(self.export_button)
        self.toolbar = tb
        self.addToolBar(tb)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # default proportions, unless restored from settings
            self._sized = True
            self.resizeDocks([self.problems_dock], [110], Qt.Vertical)
            h = max(400, self.main_split.height())
            self.main_split.setSizes([int(h * 0.34), h - int(h * 0.34)])
            w = max(900, self.bottom.width())
            self.bottom.setSizes([280, int((w - 280) * 0.45), w - 280 - int((w - 280) * 0.45)])

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Arabic news timeline"))
        self.act_open.setText(self.tr("Open folder…"))
        self.act_fit.setText(self.tr("Fit all"))
        self.act_zoom_in.setToolTip(self.tr("Zoom in"))
        self.act_zoom_out.setToolTip(self.tr("Zoom out"))
        self.act_zoom_in.setText("+")
        self.act_zoom_out.setText("−")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop loading; the articles done so far stay"))
        self.act_digits.setText(self.tr("Eastern digits ٠١٢"))
        self.act_digits.setToolTip(self.tr("Show Eastern Arabic digits (٠١٢٣) instead of Western (0123)"))
        self.act_csv.setText(self.tr("Visible events as CSV…"))
        self.act_json.setText(self.tr("Visible events as JSON…"))
        self.act_png.setText(self.tr("Timeline as PNG…"))
        self.act_svg.setText(self.tr("Timeline as SVG…"))
        self.act_quit.setText(self.tr("Quit"))
        self.export_menu.setTitle(self.tr("Export"))
        self.export_button.setText(self.tr("Export"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.lang_menu.setTitle(self.tr("Language"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.articles_dock.setWindowTitle(self.tr("Articles"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.model.retranslate()
        self._update_status()

    # --- loading ----------------------------------------------------------------------------
    def load(self, paths: list[str | Path] | None = None) -> None:
        if paths is not None:
            self.corpus_paths = [Path(p) for p in paths]
        self._set_busy(True)
        self.status.setText(self.tr("Loading…"))
        self.loader.load(self.corpus_paths, self.saved_pubdates())

    def open_paths(self, paths: list[str | Path]) -> None:
        """Replace the corpus by ``paths`` (the Open dialog and drag-and-drop end here)."""
        self.selected = None
        self._first_load = True
        self._partial_fitted = False
        self.load(paths)

    def choose_folder(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of articles"))
        if d:
            self.open_paths([d])

    def cancel_loading(self) -> None:
        """Stop the current load; the articles done so far are shown with a ``cancelled`` problem."""
        self.cancel_button.setEnabled(False)
        self.loader.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.load_count.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.load_count.setText("")

    def _on_progress(self, done: int, total: int, name: str = "") -> None:
        self._set_busy(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.load_count.setText(
            self.tr("%1 of %2 articles")
            .replace("%1", digits(f"{done:,}", self.eastern))
            .replace("%2", digits(f"{total:,}", self.eastern))
        )
        self.load_count.setToolTip(plain_tooltip(isolate_ltr(name)))

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Loading failed"))
        box = QMessageBox(
            QMessageBox.Warning, self.tr("Loading failed"), message[-2000:], QMessageBox.Ok, self
        )
        box.setTextFormat(Qt.PlainText)  # a traceback may quote article text: never rich text
        box.exec()

    # Drag a folder or files from a file manager onto the window to open them.
    def dragEnterEvent(self, event) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = _local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_paths(paths)

    def on_partial(self, result: CorpusResult) -> None:
        """Events of the articles done so far, while a big corpus is still loading."""
        self._show_result(result, final=False)

    def on_loaded(self, result: CorpusResult) -> None:
        self._set_busy(False)
        self._show_result(result, final=True)
        self.loaded.emit()

    def _show_result(self, result: CorpusResult, final: bool) -> None:
        prev_sel = self.selected
        prev_ev = self.events_by_id.get(prev_sel) if prev_sel else None
        self.result = result
        self.articles = {a.id: a for a in result.articles}
        self.events_by_id = {e.id: e for e in result.events}
        # Prepared by the loader's worker; built here only for a result handed in directly.
        snap = self.loader.snapshot_for(result) or make_snapshot(result, self.loader.search)
        self.index = snap.index
        colors = {t.id: t.color for t in self.topics}
        self.timeline.set_events(result.events, colors, snap.timeline)
        self.model.set_events(result.events, self.topics, snap.date_ranks)
        state = self._restored_filters if self._first_load else None
        self.filters.set_corpus(
            self.topics,
            self.index.all_topics,
            self.index.all_actors,
            (self.index.min_date, self.index.max_date),
            state,
        )
        if final:
            self._restored_filters = None
            self.problems.set_problems(snap.problems)
        self.articles_panel.set_articles(result.articles, snap.article_counts)
        self.apply_filter()
        # keep the user's place across re-runs (e.g. after setting a publication date)
        target = prev_sel if prev_sel in self.events_by_id else self._successor(prev_ev)
        if target:
            self.select_event(target, origin="reload")
        elif self.sources.single is not None and self.sources.single.id in self.articles:
            self.open_article(self.sources.single.id)
        else:
            self.selected = None
            self.sources.show_event(None, self.articles)
        if final and self._first_load:
            self._first_load = False
            QTimer.singleShot(0, self.timeline.fit_all)
        elif not final and self._first_load and not self._partial_fitted:
            self._partial_fitted = True  # once: later partials must not undo the user's zoom
            QTimer.singleShot(0, self.timeline.fit_all)

    def _successor(self, old: Event | None) -> str | None:
        """After a re-run event ids may change: find the event citing the same passage."""
        if old is None:
            return None
        spans = {(e.article, e.passage_start, e.mention_start) for e in old.evidence}
        for ev in self.events_by_id.values():
            if any((e.article, e.passage_start, e.mention_start) in spans for e in ev.evidence):
                return ev.id
        return None

    # --- filtering ----------------------------------------------------------------------------
    def apply_filter(self) -> None:
        if self.index is None:
            return
        res = self.index.query(self.filters.current_filter())
        self.model.set_rows(res.accepted)
        ids = res.accepted_ids(self.index)
        self.visible_ids = ids
        self.timeline.set_visible(None if len(ids) == res.total else ids)
        self.filters.set_counts(res.topic_counts, res.actor_counts)
        self._shown, self._total = len(ids), res.total
        self._undated_shown = self.index.count_undated(res.accepted)
        self._update_status()
        if self.selected and self.model.row_of(self.selected) >= 0:
            self._select_row(self.selected)

    def _update_status(self) -> None:
        if self.index is None:
            return
        n = digits(str(getattr(self, "_shown", 0)), self.eastern)
        m = digits(str(getattr(self, "_total", 0)), self.eastern)
        undated = getattr(self, "_undated_shown", 0)
        text = self.tr("%1 of %2 events").replace("%1", n).replace("%2", m)
        if undated:
            text += " · " + self.tr("%1 undated or unresolved").replace(
                "%1", digits(str(undated), self.eastern)
            )
        self.status.setText(text)

    def visible_events(self) -> list[Event]:
        """The filtered events in table order."""
        return self.model.visible_events()

    # --- selection ----------------------------------------------------------------------------
    def _on_table_current(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        self.select_event(current.data(EVENT_ID_ROLE), origin="table")

    def _select_row(self, event_id: str) -> None:
        row = self.model.row_of(event_id)
        if row < 0:
            self.table.clearSelection()
            return
        self._syncing = True
        try:
            idx = self.model.index(row, EventTableModel.TITLE)
            self.table.selectionModel().setCurrentIndex(
                idx,
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows,
            )
            self.table.scrollTo(idx)
        finally:
            self._syncing = False

    def select_event(self, event_id: str | None, origin: str = "api", reveal: bool = False) -> None:
        """The single place a selection lands; updates timeline, table and sources."""
        if event_id is not None and event_id not in self.events_by_id:
            return
        if reveal and event_id is not None and self.model.row_of(event_id) < 0:
            self.filters.set_corpus(
                self.topics,
                self.index.all_topics,
                self.index.all_actors,
                (self.index.min_date, self.index.max_date),
                state={"text": ""},
            )
            self.apply_filter()
        self.selected = event_id
        if origin != "timeline":
            self.timeline.select_event(event_id)
        if origin != "table" and event_id is not None:
            self._select_row(event_id)
        ev = self.events_by_id.get(event_id) if event_id else None
        self.sources.show_event(ev, self.articles)

    def _activate_event(self, event_id: str) -> None:
        self.select_event(event_id, origin="activate")
        if self.sources.panes:
            self.sources.panes[0].text.setFocus()

    def open_article(self, article_id: str) -> None:
        a = self.articles.get(article_id)
        if a is not None:
            self.sources.show_article(a)

    # --- display options ---------------------------------------------------------------------------
    def set_eastern_digits(self, on: bool) -> None:
        self.eastern = bool(on)
        if self.act_digits.isChecked() != self.eastern:
            self.act_digits.setChecked(self.eastern)
        self.timeline.set_eastern_digits(self.eastern)
        self.model.set_display(eastern=self.eastern)
        self.filters.set_eastern(self.eastern)
        self.sources.set_display(eastern=self.eastern)
        self.articles_panel.set_display(eastern=self.eastern)
        self._update_status()

    def set_language(self, lang: str) -> None:
        lang = "ar" if lang == "ar" else "en"
        self.translations.set_language(lang)
        self.lang = lang
        QApplication.setLayoutDirection(Qt.RightToLeft if lang == "ar" else Qt.LeftToRight)
        self._apply_language_to_views()
        QApplication.sendPostedEvents(None, QEvent.LanguageChange)

    def _apply_language_to_views(self) -> None:
        lang = self.lang = self.translations.lang
        (self.act_ar if lang == "ar" else self.act_en).setChecked(True)
        self.timeline.set_language(lang)
        self.model.set_display(lang=lang)
        self.filters.set_language(lang)
        self.sources.set_display(lang=lang)
        self.articles_panel.set_display(lang=lang)
        self.retranslateUi()

    # --- publication dates -------------------------------------------------------------------------------
    @staticmethod
    def _pubdate_key(a: Article) -> str:
        return a.sha256 or a.id

    def saved_pubdates(self) -> dict[str, date]:
        s = _settings()
        s.beginGroup("pubdates")
        out: dict[str, date] = {}
        for k in s.childKeys():
            try:
                out[k] = date.fromisoformat(str(s.value(k)))
            except ValueError:
                continue
        s.endGroup()
        return out

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
        """Save the user's date (or forget it) and re-run that article; events move when done."""
        a = self.articles.get(article_id)
        if a is None:
            return
        s = _settings()
        key = "pubdates/" + self._pubdate_key(a)
        if when is None:
            s.remove(key)
        else:
            s.setValue(key, when.isoformat())
        s.sync()
        self._set_busy(True)
        self.loader.set_pubdate(article_id, when)

    # --- export ------------------------------------------------------------------------------------
    def export_csv(self, path: str | Path) -> None:
        write_events_csv(self.visible_events(), path)

    def export_json(self, path: str | Path) -> None:
        r = self.result
        if r is None:
            write_events_json(self.visible_events(), path)
        else:
            write_events_json(self.visible_events(), path, r.articles, r.mentions, r.problems)

    def export_png(self, path: str | Path) -> None:
        self.timeline.export_png(str(path))

    def export_svg(self, path: str | Path) -> None:
        self.timeline.export_svg(str(path))

    def _export_dialog(self, kind: str) -> None:
        filters = {
            "csv": self.tr("CSV (*.csv)"),
            "json": self.tr("JSON (*.json)"),
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG image (*.svg)"),
        }
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"timeline.{kind}", filters[kind])
        if not path:
            return
        try:
            getattr(self, f"export_{kind}")(path)
        except Exception as exc:  # never fatal
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)

    # --- settings ------------------------------------------------------------------------------------
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
        raw = s.value("filters/state")
        if raw:
            try:
                self._restored_filters = json.loads(str(raw))
            except ValueError:
                self._restored_filters = None
        eastern = str(s.value("view/eastern", "false")).lower() in ("true", "1")
        self.act_digits.setChecked(eastern)
        self.set_eastern_digits(eastern)

    def save_settings(self) -> None:
        s = _settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("splitters/main", self.main_split.saveState())
        s.setValue("splitters/bottom", self.bottom.saveState())
        if self.index is not None:
            s.setValue("filters/state", json.dumps(self.filters.state(), ensure_ascii=False))
        s.setValue("view/lang", self.lang)
        s.setValue("view/eastern", self.eastern)
        s.sync()

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.loader.close()
        super().closeEvent(event)


def _local_paths(mime) -> list[Path]:
    """Local files and folders in a drag's data (URLs from a file manager)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def central_widgets(win: MainWindow) -> list[QWidget]:  # for tests/screenshots
    return [win.timeline, win.filters, win.table, win.sources]
