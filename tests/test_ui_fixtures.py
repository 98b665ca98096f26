"""Hand-made corpus for the window tests (no pipeline needed), and shared fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.model import Article, CorpusResult, Event, Evidence, Problem

A1_TEXT = (
    "مقدمة 😀 ورمز 𝔸 قبل المقطع.\n"
    "انضمت الكويت إلى مبادرة إسطنبول للتعاون عام 2004 بعد مشاورات.\n"
    "تأسس حلف شمال الأطلسي في أبريل 1949 في واشنطن.\n"
    "وفي عام 2017 افتتح المركز الإقليمي لمكافحة الهجمات السيبرانية.\n"
    "نص فيه وسم <b>x</b> يجب أن يظهر حرفيا.\n"
    "[أدخل التاريخ هنا]"
)
A2_TEXT = (
    "قال السفير إن الحلف تأسس في أبريل 1949.\n"
    "ويعقد الاجتماع يومي 8 و9 ديسمبر 2025 في الكويت.\n"
    "وسيعقد لقاء آخر في ديسمبر الجاري."
)


def span(text: str, passage: str, mention: str) -> tuple[int, int, int, int]:
    ps = text.index(passage)
    ms = text.index(mention, ps)
    return ps, ps + len(passage), ms, ms + len(mention)


def ev(eid, lo, hi, gran, title, topics, evid, flags=(), actors=(), certain=True, kind="absolute"):
    evidence = [Evidence(a, *sp, earliest=lo, latest=hi, granularity=gran) for a, sp in evid]
    return Event(eid, lo, hi, gran, kind, title, certain, list(topics), list(actors), evidence, list(flags))


def sample_result() -> CorpusResult:
    a1 = Article("a1", "/tmp/a1.txt", A1_TEXT, title="مقال أول 😀", source="كونا", sha256="sha-a1")
    a2 = Article("a2", "/tmp/a2.txt", A2_TEXT, title="مقال ثان", source=None, sha256="sha-a2")
    p1949_1 = "تأسس حلف شمال الأطلسي في أبريل 1949 في واشنطن."
    p1949_2 = "قال السفير إن الحلف تأسس في أبريل 1949."
    p2004 = "انضمت الكويت إلى مبادرة إسطنبول للتعاون عام 2004 بعد مشاورات."
    p2017 = "وفي عام 2017 افتتح المركز الإقليمي لمكافحة الهجمات السيبرانية."
    p2025 = "ويعقد الاجتماع يومي 8 و9 ديسمبر 2025 في الكويت."
    prel = "وسيعقد لقاء آخر في ديسمبر الجاري."
    events = [
        ev(
            "e1949",
            date(1949, 4, 1),
            date(1949, 4, 30),
            "month",
            "تأسيس حلف شمال الأطلسي",
            ["partnership"],
            [("a1", span(A1_TEXT, p1949_1, "أبريل 1949")), ("a2", span(A2_TEXT, p1949_2, "أبريل 1949"))],
            actors=["الناتو"],
        ),
        ev(
            "e2004",
            date(2004, 1, 1),
            date(2004, 12, 31),
            "year",
            "انضمام الكويت إلى مبادرة إسطنبول",
            ["partnership", "dialogue"],
            [("a1", span(A1_TEXT, p2004, "عام 2004"))],
            actors=["الكويت", "الناتو"],
        ),
        ev(
            "e2017",
            date(2017, 1, 1),
            date(2017, 12, 31),
            "year",
            "افتتاح المركز الإقليمي",
            ["cyber"],
            [("a1", span(A1_TEXT, p2017, "عام 2017"))],
            actors=["الكويت"],
        ),
        ev(
            "e2025",
            date(2025, 12, 8),
            date(2025, 12, 9),
            "day",
            "الاجتماع في الكويت",
            ["dialogue"],
            [("a2", span(A2_TEXT, p2025, "يومي 8 و9 ديسمبر 2025"))],
            actors=["الكويت"],
        ),
        ev(
            "erel",
            date(2025, 12, 9),
            None,
            "month",
            "لقاء آخر",
            ["dialogue"],
            [("a2", span(A2_TEXT, prel, "ديسمبر الجاري"))],
            flags=["date-unresolved"],
            certain=False,
            kind="relative",
        ),
        ev(
            "eph",
            None,
            None,
            "unknown",
            "حدث بلا تاريخ",
            [],
            [("a1", span(A1_TEXT, "[أدخل التاريخ هنا]", "[أدخل التاريخ هنا]"))],
            flags=["date-placeholder"],
            kind="placeholder",
        ),
    ]
    problems = [
        Problem("unresolved", "ديسمبر الجاري: publication date unknown", article="a2", event="erel"),
        Problem("unreadable", "cannot read broken.bin", path="/tmp/broken.bin", severity="error"),
    ]
    return CorpusResult([a1, a2], [], events, problems)


@pytest.fixture
def settings_tmp(tmp_path):
    """Keep QSettings out of the user's config."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("ArabicNewsTimelineTest")
    QCoreApplication.setApplicationName("viewer-test")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


def open_window(qtbot, corpus, cache=None, lang="ar", jobs=1, size=(1400, 900)):
    """The real main window on ``corpus`` (not loaded yet), shown offscreen."""
    from viewer.ui.app import make_app
    from viewer.ui.mainwindow import MainWindow

    _app, tr = make_app([], lang)
    w = MainWindow(tr, corpus=corpus, cache=None if cache is None else str(cache), restore=False, jobs=jobs)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    return w


def load_window(qtbot, w, timeout=120_000):
    """``w.load()`` and wait until the result is shown."""
    with qtbot.waitSignal(w.loaded, timeout=timeout):
        w.load()
