"""Language: Qt's own strings, plural forms, translated problems, calendars, labels
instead of ids, and Qt's command-line options (``-reverse``)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_ui_fixtures import sample_result, settings_tmp  # noqa: F401

from viewer.model import Problem

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    from viewer.ui.resources import Translations

    Translations.instance().set_language("en")  # later tests read English strings


def _win(qtbot, lang="ar"):
    from viewer.ui.app import make_app
    from viewer.ui.mainwindow import MainWindow

    _app, tr = make_app([], lang)
    w = MainWindow(tr, restore=False, cache=":memory:")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.on_loaded(sample_result())
    QApplication.processEvents()
    return w


def test_qt_own_dialog_strings_are_arabic(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.app import make_app

    _app, tr = make_app([], "ar")
    box = QDialogButtonBox(QDialogButtonBox.Cancel | QDialogButtonBox.Ok)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert "Cancel" not in texts and any("\u0600" <= ch <= "\u06ff" for t in texts for ch in t)
    tr.set_language("en")
    box2 = QDialogButtonBox(QDialogButtonBox.Cancel)
    qtbot.addWidget(box2)
    assert box2.buttons()[0].text().replace("&", "") == "Cancel"


def test_arabic_plural_forms(qtbot, settings_tmp):  # noqa: F811
    w = _win(qtbot)
    forms = {n: w.tr("%n event(s)", "", n) for n in (0, 1, 2, 5, 11, 100)}
    assert len(set(forms.values())) == 6, forms
    assert forms[2] == "حدثان" and forms[5] == "5 أحداث" and forms[11] == "11 حدثًا" and forms[100] == "100 حدث"
    assert w.status.text().startswith(w.tr("%n event(s)", "", w._shown))
    w.close()


def test_problem_messages_are_translated(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.app import make_app
    from viewer.ui.problems import ProblemsModel, ProblemsPanel

    _app, tr = make_app([], "ar")
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.set_problems([
        Problem("unreadable", "[Errno 13] Permission denied", path="/corpus/x/مقال.txt", severity="error"),
        Problem("placeholder", "اجتماع في [أدخل التاريخ]", article="a1", event="e9"),
    ])
    m = panel.model
    msg = [m.index(r, ProblemsModel.MESSAGE).data() for r in range(2)]
    assert any("تعذرت قراءة" in t and "مقال.txt" in t for t in msg)
    assert any("عبارة قالب" in t for t in msg)
    assert not any("Permission denied" in t for t in msg)  # the core's English is the tooltip's detail
    tips = [m.index(r, ProblemsModel.MESSAGE).data(Qt.ToolTipRole) for r in range(2)]
    assert any("Permission denied" in t for t in tips)
    tr.set_language("en")
    QApplication.processEvents()
    msg = [m.index(r, ProblemsModel.MESSAGE).data() for r in range(2)]
    assert any("Permission denied" in t for t in msg)  # English: the core's precise message


def test_calendars_speak_arabic_with_a_friday_saturday_weekend(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.calendar import weekend_days

    w = _win(qtbot)
    cal = w.filters.date_from.calendarWidget()
    assert cal.locale().language() == QLocale.Arabic
    assert weekend_days(cal) == {Qt.Friday, Qt.Saturday}
    assert cal.firstDayOfWeek() == Qt.Saturday
    w.set_language("en")
    assert weekend_days(cal) == {Qt.Saturday, Qt.Sunday}
    w.close()


def test_labels_not_ids_in_tooltips_and_csv(qtbot, settings_tmp, tmp_path):  # noqa: F811
    w = _win(qtbot)
    ev = w.events_by_id["e1949"]
    tip = w.describe_event(ev)
    assert "مقال أول" in tip and "مقال ثان" in tip  # article titles
    assert "a1" not in tip.replace("\u2068", " ").split() and "partnership" not in tip
    rect = w.timeline.event_rect("e1949")
    assert w.timeline.tooltip_at(rect.center()) == tip  # the timeline shows the same text
    # the table's date tooltip explains flags in words
    from viewer.ui.models import EventTableModel

    row = w.model.row_of("erel")
    dtip = w.model.index(row, EventTableModel.DATE).data(Qt.ToolTipRole)
    assert "date-unresolved" not in dtip and "غير محسوم" in dtip
    out = tmp_path / "e.csv"
    w.export_csv(out)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    r1949 = next(r for r in rows if r["id"] == "e1949")
    labels = w.topic_labels()
    assert r1949["topic_labels"] == labels["partnership"] and "partnership" not in r1949["topic_labels"]
    assert "مقال أول" in r1949["article_titles"] and r1949["date_text"] == "أبريل 1949"
    w.close()


def test_unresolved_is_written_the_same_in_table_and_timeline(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.models import EventTableModel

    w = _win(qtbot)
    row = w.model.row_of("erel")
    cell = w.model.index(row, EventTableModel.DATE).data()
    assert cell.startswith("غير محسوم")
    tip = w.timeline.tooltip_at(w.timeline.event_rect("erel").center())
    assert tip.splitlines()[0] == cell
    w.close()


def test_qt_options_reach_qapplication():
    from viewer.ui.app import parse_args

    args = parse_args(["--lang", "ar", "-reverse", "-style", "fusion"])
    assert args.lang == "ar" and args.qt_args == ["-reverse", "-style", "fusion"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import sys; sys.argv=['main.py','-reverse','--lang','ar']\n"
        "from viewer.ui.app import make_app, parse_args\n"
        "a=parse_args(sys.argv[1:]); app,tr=make_app(a.qt_args,a.lang)\n"
        "from PySide6.QtCore import Qt\n"
        "print('DIR', 'rtl' if app.layoutDirection()==Qt.RightToLeft else 'ltr')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "DIR ltr" in proc.stdout  # -reverse mirrors the Arabic (right-to-left) UI
    proc = subprocess.run(
        [sys.executable, "main.py", "-reverse", "--bench-first-paint", "--no-restore", "--cache", ":memory:"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "FIRST_PAINT_MS=" in proc.stdout
