"""A source pane keeps its passage in view when it is resized after the article was shown.

Seen under Xvfb (xcb) at 1366×768: clicking an event showed its article while the
pane was still 190×68 px; the pane then grew to 588×198 and showed a blank viewport,
because the scroll position computed for the narrow wrap was kept."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSlider, QApplication

from viewer.model import Article
from viewer.ui.sources import ArticlePane

_PARA = ("وقالت مصادر مطلعة إن الاجتماعات تناولت ملفات التعاون الاقتصادي والأمني بين البلدين، "
         "وإن الجانبين اتفقا على مواصلة المشاورات خلال الأشهر المقبلة في العاصمتين. ")


def _article() -> tuple[Article, tuple[int, int, int, int]]:
    lead = _PARA * 12
    sentence = "وانضمت الدولة إلى المبادرة الإقليمية للتعاون في عام 2004، بحسب البيان الرسمي. "
    text = lead + sentence + _PARA * 6
    ps = len(lead)
    ms = text.index("عام 2004", ps)
    return Article(id="a1", text=text, path="a1.txt"), (ps, ps + len(sentence), ms, ms + len("عام 2004"))


def _pane_showing_article(qtbot, w: int, h: int) -> tuple[ArticlePane, tuple[int, int, int, int]]:
    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.resize(w, h)
    pane.show()
    qtbot.waitExposed(pane)
    art, span = _article()
    pane.show_article(art, [span])
    QApplication.processEvents()
    return pane, span


def test_passage_stays_in_view_after_the_pane_grows(qtbot):
    pane, span = _pane_showing_article(qtbot, 200, 110)
    pane.resize(620, 260)
    QApplication.processEvents()
    QApplication.processEvents()
    _ps, _pe, ms, me = span
    assert pane.text.firstVisibleBlock().isValid()
    assert pane.span_visible(ms, me)


def test_a_user_scroll_is_not_undone_by_a_resize(qtbot):
    pane, _span = _pane_showing_article(qtbot, 620, 260)
    bar = pane.text.verticalScrollBar()
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)  # the reader scrolls back to the top
    QApplication.processEvents()
    pane.resize(640, 280)
    QApplication.processEvents()
    assert bar.value() == 0
