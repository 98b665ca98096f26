"""Smaller window items of issues 12 and 14: file names with undecodable bytes, and
ISO date fields that read left to right in the Arabic UI."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from test_ui_fixtures import load_window, open_window, settings_tmp  # noqa: F401

from viewer.ui.problems import ProblemsModel

# "الدولة.txt" and "صحيفة-فارغ.txt" in Windows-1256 bytes, as old zip archives unpack them
GOOD_NAME = b"\xc7\xe1\xcf\xe6\xe1\xc9.txt"
EMPTY_NAME = b"\xd5\xcd\xed\xdd\xc9-empty.txt"


def _corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    text = "الكويت - افتتح المركز الإقليمي للتدريب في 12 مارس 2017 بحضور وفد من الحلف.\n"
    with open(os.path.join(os.fsencode(root), GOOD_NAME), "wb") as f:
        f.write(text.encode("utf-8"))
    with open(os.path.join(os.fsencode(root), EMPTY_NAME), "wb"):
        pass
    (root / "plain.txt").write_text("وقعت الكويت اتفاقية تعاون عام 2006.\n", encoding="utf-8")
    return root


def test_undecodable_file_names_show_a_replacement_character(qtbot, settings_tmp, tmp_path):  # noqa: F811
    root = _corpus(tmp_path)
    w = open_window(qtbot, [root])
    load_window(qtbot, w)
    try:
        # the article with the undecodable name is loaded, listed and readable
        arts = [a for a in w.result.articles if "\ufffd" in a.id]
        assert len(arts) == 1 and len(w.result.articles) == 2
        art = arts[0]
        model = w.articles_panel.view.model()
        rows = {model.index(r, 0).data(Qt.UserRole + 1): r for r in range(model.rowCount())}
        assert art.id in rows
        tip = model.index(rows[art.id], 0).data(Qt.ToolTipRole)
        assert "\ufffd" in tip and tip.count("\ufffd") == 6  # one per undecodable byte, none dropped
        # the sources pane: header tooltip names the file with U+FFFD
        w.open_article(art.id)
        QApplication.processEvents()
        pane = w.sources.panes[0]
        assert "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd.txt" in pane.title.toolTip()
        assert "الكويت - افتتح" in pane.text.toPlainText()
        # the problems pane: the empty file, named with U+FFFD in the list, message and tooltip
        pm = w.problems.model
        hits = [r for r in range(pm.rowCount()) if pm.item_at(r).kind == "empty"]
        assert len(hits) == 1
        r = hits[0]
        where = pm.index(r, ProblemsModel.WHERE).data()
        assert "\ufffd\ufffd\ufffd\ufffd\ufffd-empty.txt" in where
        assert "\ufffd" in pm.index(r, ProblemsModel.MESSAGE).data()
        assert "\ufffd" in pm.index(r, ProblemsModel.WHERE).data(Qt.ToolTipRole)
        # the exported image's title uses the same replacement for a bad folder name
        assert w.export_header().title.endswith("corpus")
    finally:
        w.close()


def test_iso_date_fields_read_left_to_right_in_arabic(qtbot, settings_tmp):  # noqa: F811
    from viewer.model import Article
    from viewer.ui.app import make_app
    from viewer.ui.edits.dialogs import DateDialog
    from viewer.ui.pubdate import PubDateDialog

    make_app([], "ar")
    assert QApplication.layoutDirection() == Qt.RightToLeft
    art = Article(id="a1", path="/tmp/a1.txt", title="مقال", text="نص", published=date(2010, 3, 1))
    pub = PubDateDialog(art)
    qtbot.addWidget(pub)
    fix = DateDialog(None)
    qtbot.addWidget(fix)
    fix.start.setDate(pub.edit.date())
    for dlg, edit in ((pub, pub.edit), (fix, fix.start), (fix, fix.end)):
        assert dlg.layoutDirection() == Qt.RightToLeft  # the dialog is Arabic …
        assert edit.layoutDirection() == Qt.LeftToRight  # … its ISO field is not mirrored
        line = edit.findChild(QLineEdit)
        assert line is not None and line.layoutDirection() == Qt.LeftToRight
        assert line.isLeftToRight()
        # the popup calendar keeps the Arabic direction
        assert edit.calendarWidget().layoutDirection() == Qt.RightToLeft
    # the text itself in ISO order (Qt reverses the sections of a format set while RTL)
    assert pub.edit.text() == "2010-03-01" and fix.start.text() == "2010-03-01"
    line = pub.edit.findChild(QLineEdit)
    assert line.text() == "2010-03-01"


def test_filter_date_fields_read_left_to_right_in_arabic(qtbot, settings_tmp):  # noqa: F811
    from PySide6.QtCore import QDate

    from viewer.ui.app import make_app
    from viewer.ui.filters import FilterPanel

    make_app([], "ar")
    panel = FilterPanel()
    qtbot.addWidget(panel)
    for edit in (panel.date_from, panel.date_to):
        edit.setDate(QDate(2010, 3, 1))
        assert edit.layoutDirection() == Qt.LeftToRight and edit.text() == "2010-03-01"
