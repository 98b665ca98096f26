"""The source pane shows how the publication date is known and dims page furniture (issue 9)."""

from __future__ import annotations

from test_ui_fixtures import settings_tmp  # noqa: F401

from tests.page_eval import PAGES
from viewer.corpus.reader import read_corpus
from viewer.display.bidi import strip_controls
from viewer.ui.sources import FURNITURE_COLOR, SourcesPanel


def test_pane_header_says_how_and_furniture_is_dimmed(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.app import make_app

    _app, tr = make_app([], "en")
    (a,), _ = read_corpus([PAGES / "text" / "p05.txt"])  # byline "… | الخميس 29 فبراير 2024 09:41 صباحاً"
    panel = SourcesPanel()
    qtbot.addWidget(panel)
    panel.show_article(a)
    pane = panel.panes[0]
    meta = strip_controls(pane.meta.full_text())
    assert "published" in meta and "from the byline" in meta
    assert pane.text.toPlainText() == a.text  # furniture stays in the text
    dimmed = pane.dimmed_texts()
    assert dimmed and set(dimmed) == {a.text[s:e] for s, e, _ in a.furniture}
    assert not any(s.format.foreground().color() == FURNITURE_COLOR for s in pane.text.extraSelections())
    try:
        tr.set_language("ar")
        qtbot.waitUntil(lambda: "من سطر الكاتب" in pane.meta.full_text())
        assert "نُشر" in pane.meta.full_text()
    finally:
        tr.set_language("en")
