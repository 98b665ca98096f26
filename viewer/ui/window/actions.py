"""The window's actions, menus and toolbar, and their translated texts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
    QStyle,
    QToolBar,
    QToolButton,
)

from viewer.ui.dates import digits
from viewer.ui.topic_dialog import open_topic_dialog


class ActionsMixin:
    """Mixed into :class:`viewer.ui.mainwindow.MainWindow`."""

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
        self.act_topic = QAction("", self)  # issue 11: viewer/ui/topic_dialog.py
        self.act_topic.triggered.connect(lambda: open_topic_dialog(self))
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
        self.act_clear_selection = QAction(self)
        self.act_clear_selection.setShortcut(QKeySequence(Qt.Key_Escape))
        self.act_clear_selection.triggered.connect(lambda: self.select_event(None))
        self.addAction(self.act_clear_selection)
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

        # lanes grouped by topic or by actor (View ▸ Lanes), remembered per corpus
        self.lane_actions = QActionGroup(self)
        self.lane_actions.setExclusive(True)
        self.act_lanes_none = QAction("", self)
        self.act_lanes_topic = QAction("", self)
        self.act_lanes_actor = QAction("", self)
        for a, mode in ((self.act_lanes_none, ""), (self.act_lanes_topic, "topic"), (self.act_lanes_actor, "actor")):
            a.setCheckable(True)
            a.setData(mode)
            self.lane_actions.addAction(a)
            a.triggered.connect(lambda _c=False, mode=mode: self.set_lane_mode(mode))
        self.act_lanes_none.setChecked(True)

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
        self.lanes_menu = self.view_menu.addMenu("")
        for a in self.lane_actions.actions():
            self.lanes_menu.addAction(a)
        self.view_menu.addAction(self.act_topic)
        self.lang_menu = self.view_menu.addMenu("")
        self.lang_menu.addAction(self.act_ar)
        self.lang_menu.addAction(self.act_en)

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

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Arabic news timeline"))
        self.act_open.setText(self.tr("Open folder…"))
        self.act_topic.setText(self.tr("Add or edit a topic…"))
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
        self.lanes_menu.setTitle(self.tr("Lanes"))
        self.act_lanes_none.setText(self.tr("One set of lanes"))
        self.act_lanes_topic.setText(self.tr("A band per topic"))
        self.act_lanes_actor.setText(self.tr("A band per actor"))
        self.retranslate_tabs()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.model.retranslate()
        self._update_status()

    def retranslate_tabs(self) -> None:
        """Tab titles of the lists, with how many rows each holds."""
        n_ev = getattr(self, "_shown", 0)
        n_art = len(self.articles)
        n_prob = len(self.problems.problems)
        for i, (text, n) in enumerate(
            ((self.tr("Events"), n_ev), (self.tr("Articles"), n_art), (self.tr("Problems"), n_prob))
        ):
            self.lists.setTabText(i, f"{text} ({digits(str(n), self.eastern)})")
