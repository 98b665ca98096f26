"""Search scope, ranking and match offsets (core, no Qt) and their highlight in the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from test_ui_fixtures import sample_result, settings_tmp  # noqa: F401

from viewer.display.search import match_spans, query_tokens
from viewer.events.query import EventIndex, Filter


def test_scopes_narrow_from_articles_to_titles():
    r = sample_result()
    idx = EventIndex(r.events, r.articles)
    by_scope = {
        s: {idx.events[i].id for i in idx.query(Filter(text="الكويت", text_scope=s)).accepted}
        for s in ("titles", "passages", "articles")
    }
    assert by_scope["titles"] <= by_scope["passages"] <= by_scope["articles"]
    assert by_scope["titles"] < by_scope["articles"]


def test_results_are_ranked_title_before_passage_before_article():
    r = sample_result()
    idx = EventIndex(r.events, r.articles)
    res = idx.query(Filter(text="الكويت", text_scope="articles"))
    ranked = [idx.events[i] for i in res.ranked()]
    tok = query_tokens("الكويت")[0]
    from viewer.events.query import normalize

    in_title = [("الكويت" in e.title) or tok in normalize(e.title) for e in ranked]
    # every title match comes before every event that matches only elsewhere
    assert in_title == sorted(in_title, reverse=True)
    scores = [res.scores[i] for i in res.ranked()]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]


@pytest.mark.parametrize(
    ("text", "query", "surface"),
    [
        ("انضمت الكويتُ إلى مبادرة إسطنبول", "الكويت", "الكويتُ"),  # a mark after the match stays on it
        ("مبـادرة اسطنبول للتعاون", "مبادرة", "مبـادرة"),  # tatweel inside
        ("وقال 😀 إن أحمد وصل", "احمد", "أحمد"),  # hamza form, astral char before
        ("Meeting in NATO HQ", "nato", "NATO"),
    ],
)
def test_match_spans_are_original_offsets(text, query, surface):
    spans = match_spans(text, query_tokens(query))
    assert [text[a:b] for a, b in spans] == [surface]


def test_window_search_scope_and_highlight(qtbot, settings_tmp):  # noqa: F811
    from viewer.ui.app import make_app
    from viewer.ui.mainwindow import MainWindow

    _app, tr = make_app([], "ar")
    w = MainWindow(tr, restore=False, cache=":memory:")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.on_loaded(sample_result())
    w.filters.set_scope("articles")
    w.filters.search.setText("السفير")
    w.apply_filter()
    QApplication.processEvents()
    n_articles = w.model.rowCount()
    w.filters.set_scope("passages")
    w.apply_filter()
    assert w.model.rowCount() < n_articles
    # the table marks the match in the title column's text, sources panes highlight it
    w.filters.search.setText("حلف")
    w.apply_filter()
    QApplication.processEvents()
    row0 = w.model.event_at(0)
    assert "حلف" in row0.title
    assert w.model.match_spans_of(row0)  # what the delegate paints
    w.select_event(row0.id)
    QApplication.processEvents()
    pane = w.sources.panes[0]
    texts = pane.search_match_texts()
    assert texts and all(t == "حلف" for t in texts)
    w.close()
    tr.set_language("en")  # later tests read English strings
