"""The main window's layout: which widgets exist and where they sit.

Timeline on top; filters, event table and sources below (a vertical splitter
over a horizontal one); problems and articles as tabbed docks; loading
progress in the status bar.  Signals are connected by the window itself
(``MainWindow._connect``), so this module only builds and places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QToolButton,
)

from viewer.ui.filters import FilterPanel
from viewer.ui.models import EventTableModel
from viewer.ui.problems import ArticlesPanel, ProblemsPanel
from viewer.ui.sources import SourcesPanel
from viewer.ui.timeline import TimelineView

if TYPE_CHECKING:
    from viewer.ui.mainwindow import MainWindow

#: share of the central area's height the timeline gets by default
TIMELINE_SHARE = 0.34


def make_event_table(win: MainWindow, model: EventTableModel) -> QTableView:
    table = QTableView(win)
    table.setObjectName("events")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSortingEnabled(True)
    table.sortByColumn(EventTableModel.DATE, Qt.AscendingOrder)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.ElideRight)  # the logical end, in either direction
    table.verticalHeader().setDefaultSectionSize(26)
    table.verticalHeader().setVisible(False)
    hh = table.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.Interactive)
    hh.setSectionResizeMode(EventTableModel.TITLE, QHeaderView.Stretch)
    hh.resizeSection(EventTableModel.DATE, 165)
    hh.resizeSection(EventTableModel.TOPICS, 120)
    hh.resizeSection(EventTableModel.ACTORS, 90)
    hh.resizeSection(EventTableModel.SOURCES, 55)
    hh.setMinimumSectionSize(40)
    return table


def build_widgets(win: MainWindow) -> None:
    """Create the window's widgets as attributes of ``win`` and lay them out."""
    win.timeline = TimelineView(win)
    win.timeline.setObjectName("timeline")
    win.filters = FilterPanel(win)
    win.filters.setObjectName("filters")
    win.model = EventTableModel(win)
    win.table = make_event_table(win, win.model)
    win.sources = SourcesPanel(win)
    win.sources.setObjectName("sources")

    win.bottom = QSplitter(Qt.Horizontal, win)
    win.bottom.setObjectName("bottom-splitter")
    win.bottom.addWidget(win.filters)
    win.bottom.addWidget(win.table)
    win.bottom.addWidget(win.sources)
    win.bottom.setStretchFactor(0, 0)
    win.bottom.setStretchFactor(1, 2)
    win.bottom.setStretchFactor(2, 3)
    win.bottom.setSizes([270, 560, 770])

    win.main_split = QSplitter(Qt.Vertical, win)
    win.main_split.setObjectName("main-splitter")
    win.main_split.addWidget(win.timeline)
    win.main_split.addWidget(win.bottom)
    win.main_split.setStretchFactor(0, 2)
    win.main_split.setStretchFactor(1, 3)
    win.main_split.setSizes([330, 560])
    win.setCentralWidget(win.main_split)

    win.problems = ProblemsPanel(win)
    win.articles_panel = ArticlesPanel(win)
    win.problems_dock = QDockWidget(win)
    win.problems_dock.setObjectName("problems-dock")
    win.problems_dock.setWidget(win.problems)
    win.articles_dock = QDockWidget(win)
    win.articles_dock.setObjectName("articles-dock")
    win.articles_dock.setWidget(win.articles_panel)
    win.addDockWidget(Qt.BottomDockWidgetArea, win.articles_dock)
    win.addDockWidget(Qt.BottomDockWidgetArea, win.problems_dock)
    win.tabifyDockWidget(win.articles_dock, win.problems_dock)
    win.problems_dock.raise_()

    win.status = QLabel(win)
    win.status.setObjectName("status")
    win.load_count = QLabel(win)
    win.load_count.setObjectName("load-count")
    win.load_count.setVisible(False)
    win.progress = QProgressBar(win)
    win.progress.setObjectName("load-progress")
    win.progress.setMaximumWidth(220)
    win.progress.setVisible(False)
    win.cancel_button = QToolButton(win)
    win.cancel_button.setObjectName("load-cancel")
    win.cancel_button.setVisible(False)
    win.statusBar().addWidget(win.status, 1)
    win.statusBar().addPermanentWidget(win.load_count)
    win.statusBar().addPermanentWidget(win.progress)
    win.statusBar().addPermanentWidget(win.cancel_button)


def apply_default_sizes(win: MainWindow) -> None:
    """Default proportions on first show (unless splitters were restored from settings)."""
    win.resizeDocks([win.problems_dock], [110], Qt.Vertical)
    h = max(400, win.main_split.height())
    top = int(h * TIMELINE_SHARE)
    win.main_split.setSizes([top, h - top])
    w = max(900, win.bottom.width())
    win.bottom.setSizes([280, int((w - 280) * 0.45), w - 280 - int((w - 280) * 0.45)])
