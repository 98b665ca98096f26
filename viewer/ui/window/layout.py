"""The main window's layout: which widgets exist and where they sit.

The timeline is the main view: it gets :data:`TIMELINE_SHARE` of the height
(a vertical splitter over the rest).  Below it, side by side: the filters (in
a scroll area, so their length never sets the window's minimum height), the
lists (events, articles, problems as tabs: one click away, no height taken by
docks) and the sources.  An "active filters" bar sits above them and shows
only when a filter is on.  The window never asks for more than
:data:`MIN_SIZE`, and opens inside the screen's available geometry at any
``QT_SCALE_FACTOR`` (:func:`initial_geometry`).

Signals are connected by the window itself (``MainWindow._connect``), so this
module only builds and places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.filters import FilterPanel
from viewer.ui.models import EventTableModel
from viewer.ui.problems import ArticlesPanel, ProblemsPanel
from viewer.ui.sources import SourcesPanel
from viewer.ui.timeline import TimelineView

if TYPE_CHECKING:
    from viewer.ui.mainwindow import MainWindow

#: share of the central area's height the timeline gets by default
TIMELINE_SHARE = 0.46
#: the window's minimum size (logical px); the issue asks for <= 800x600
MIN_SIZE = QSize(640, 480)
#: preferred size when the screen has room
PREFERRED = QSize(1600, 1000)
#: narrower event tables hide the actors column so the title keeps its room
ACTORS_MIN_TABLE_W = 620
#: bottom row, left to right in reading order: filters, lists, sources (shares of the width)
FILTERS_W = 270
LISTS_SHARE = 0.42


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
    # the title gets what the others leave; dates are at most "~ 12–13 ديسمبر 2025"
    hh.resizeSection(EventTableModel.DATE, 120)
    hh.resizeSection(EventTableModel.TOPICS, 96)
    hh.resizeSection(EventTableModel.ACTORS, 80)
    hh.resizeSection(EventTableModel.SOURCES, 44)
    hh.setMinimumSectionSize(36)
    table.installEventFilter(_TableFit(table))
    from viewer.ui.highlight import MatchDelegate

    table.setItemDelegateForColumn(EventTableModel.TITLE, MatchDelegate(model, table))
    return table


class _TableFit(QObject):
    """Keeps the title readable in a narrow table: the actors column (also in the
    tooltip and the filter panel) steps aside below :data:`ACTORS_MIN_TABLE_W` px."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize:
            obj.setColumnHidden(EventTableModel.ACTORS, obj.width() < ACTORS_MIN_TABLE_W)
        return False


def build_widgets(win: MainWindow) -> None:
    """Create the window's widgets as attributes of ``win`` and lay them out."""
    from viewer.ui.filterbar import ActiveFiltersBar

    win.timeline = TimelineView(win)
    win.timeline.setObjectName("timeline")
    win.filters = FilterPanel(win)
    win.filters.setObjectName("filters")
    win.filters_scroll = QScrollArea(win)
    win.filters_scroll.setObjectName("filters-scroll")
    win.filters_scroll.setWidget(win.filters)
    win.filters_scroll.setWidgetResizable(True)
    win.filters_scroll.setFrameShape(QFrame.NoFrame)
    win.filters_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    win.filters_scroll.setMinimumWidth(min(300, win.filters.minimumSizeHint().width() + 18))
    win.model = EventTableModel(win)
    win.table = make_event_table(win, win.model)
    win.sources = SourcesPanel(win)
    win.sources.setObjectName("sources")
    win.problems = ProblemsPanel(win)
    win.articles_panel = ArticlesPanel(win)

    win.lists = QTabWidget(win)
    win.lists.setObjectName("lists")
    win.lists.setDocumentMode(True)
    win.lists.addTab(win.table, "")
    win.lists.addTab(win.articles_panel, "")
    win.lists.addTab(win.problems, "")

    win.bottom = QSplitter(Qt.Horizontal, win)
    win.bottom.setObjectName("bottom-splitter")
    win.bottom.addWidget(win.filters_scroll)
    win.bottom.addWidget(win.lists)
    win.bottom.addWidget(win.sources)
    win.bottom.setChildrenCollapsible(True)
    win.bottom.setStretchFactor(0, 0)
    win.bottom.setStretchFactor(1, 2)
    win.bottom.setStretchFactor(2, 3)

    win.filter_bar = ActiveFiltersBar(win)
    win.filter_bar.setObjectName("active-filters")
    lower = QWidget(win)
    lower.setObjectName("lower")
    lay = QVBoxLayout(lower)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(0)
    lay.addWidget(win.filter_bar)
    lay.addWidget(win.bottom, 1)

    win.main_split = QSplitter(Qt.Vertical, win)
    win.main_split.setObjectName("main-splitter")
    win.main_split.addWidget(win.timeline)
    win.main_split.addWidget(lower)
    win.main_split.setChildrenCollapsible(False)
    win.main_split.setStretchFactor(0, 1)
    win.main_split.setStretchFactor(1, 1)
    win.setCentralWidget(win.main_split)

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
    win.setMinimumSize(MIN_SIZE)


def initial_geometry(available: QRect) -> QRect:
    """The window's first geometry: :data:`PREFERRED`, shrunk to the screen's available
    area (logical px, so any ``QT_SCALE_FACTOR`` is accounted for) and centred in it."""
    w = max(min(PREFERRED.width(), available.width() - 16), min(MIN_SIZE.width(), available.width()))
    h = max(min(PREFERRED.height(), available.height() - 48), min(MIN_SIZE.height(), available.height()))
    x = available.x() + (available.width() - w) // 2
    y = available.y() + max(0, (available.height() - h) // 2)
    return QRect(x, y, w, h)


def fit_on_screen(win: MainWindow) -> None:
    """Move/shrink ``win`` so its frame lies inside the available screen area."""
    screen = win.screen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    g = win.geometry()
    if avail.contains(g):
        return
    w = min(g.width(), avail.width())
    h = min(g.height(), avail.height())
    x = min(max(g.x(), avail.x()), avail.right() - w + 1)
    y = min(max(g.y(), avail.y()), avail.bottom() - h + 1)
    win.setGeometry(x, y, w, h)


def apply_default_sizes(win: MainWindow) -> None:
    """Default proportions on first show (unless splitters were restored from settings)."""
    h = max(200, win.main_split.height())
    top = int(h * TIMELINE_SHARE)
    win.main_split.setSizes([top, h - top])
    w = max(600, win.bottom.width())
    fw = FILTERS_W if w >= 900 else max(200, int(w * 0.26))
    lists = int((w - fw) * LISTS_SHARE)
    win.bottom.setSizes([fw, lists, w - fw - lists])
