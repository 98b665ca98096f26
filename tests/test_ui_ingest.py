"""The window loads through ``viewer.loading`` and the store: cache, progress,
Cancel, events appearing before the end, drag-and-drop and FTS5 search."""

from __future__ import annotations

import shutil

import pytest
from conftest import SEEDS
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from test_ui_fixtures import load_window, open_window, settings_tmp  # noqa: F401

from viewer.bench.synth import generate, write_corpus
from viewer.loading import session as loader_mod
from viewer.store import Store


@pytest.fixture
def synth_corpus(tmp_path):
    folder = tmp_path / "synth"
    write_corpus(generate(120, seed=7), folder)
    return folder


def test_window_caches_extraction_and_reopens_identically(qtbot, settings_tmp, tmp_path):  # noqa: F811
    cache = tmp_path / "cache.db"
    w = open_window(qtbot, [SEEDS], cache, lang="en")
    load_window(qtbot, w)
    first = [(e.id, e.earliest, e.latest, e.title) for e in w.result.events]
    w.close()
    with Store(cache) as s:
        assert s.count() == 5  # one cached result per seed article

    w2 = open_window(qtbot, [SEEDS], cache, lang="en")
    load_window(qtbot, w2)
    assert [(e.id, e.earliest, e.latest, e.title) for e in w2.result.events] == first
    w2.close()


def test_progress_shows_article_count_then_hides(qtbot, settings_tmp, tmp_path, synth_corpus):  # noqa: F811
    w = open_window(qtbot, [synth_corpus], tmp_path / "c.db", lang="en")
    seen: list[tuple[int, int]] = []
    w.loader.progress.connect(lambda d, t, _n: seen.append((d, t)))
    load_window(qtbot, w)
    assert seen[-1] == (120, 120)
    assert not w.progress.isVisible() and not w.cancel_button.isVisible()
    # the count label was filled from the same signal
    w._on_progress(3, 120, "x.txt")
    assert w.load_count.text() == "3 of 120 articles"
    w.close()


def test_events_appear_before_the_load_ends(qtbot, settings_tmp, tmp_path, synth_corpus, monkeypatch):  # noqa: F811
    monkeypatch.setattr(loader_mod, "FIRST_PARTIAL_S", 0.0)
    monkeypatch.setattr(loader_mod, "PARTIAL_EVERY_S", 0.2)
    w = open_window(qtbot, [synth_corpus], tmp_path / "c.db", lang="en")
    shown_while_busy: list[int] = []

    def on_partial(result):
        QApplication.processEvents()
        shown_while_busy.append((len(result.articles), w.model.rowCount(), w.progress.isVisible()))

    w.loader.partial.connect(on_partial)
    load_window(qtbot, w)
    assert shown_while_busy, "no partial result before the end"
    n_articles, rows, busy = shown_while_busy[0]
    assert 0 < n_articles < 120 and rows > 0 and busy
    # the final result is the whole corpus, not the last snapshot
    assert len(w.result.articles) == 120
    w.close()


def test_cancel_keeps_what_was_done(qtbot, settings_tmp, tmp_path, synth_corpus):  # noqa: F811
    w = open_window(qtbot, [synth_corpus], tmp_path / "c.db", lang="en")

    clicked = []

    def maybe_cancel(done, total, _name):
        if done >= 10 and not clicked:
            clicked.append(done)
            assert w.cancel_button.isVisible()
            w.cancel_button.click()

    w.loader.progress.connect(maybe_cancel)
    load_window(qtbot, w)
    n = len(w.result.articles)
    assert 10 <= n < 120
    kinds = [p.kind for p in w.problems.problems]
    assert kinds.count("cancelled") == 1
    assert w.model.rowCount() > 0
    assert not w.cancel_button.isVisible()
    # what finished is cached: the next load extracts only the rest
    with Store(tmp_path / "c.db") as s:
        assert s.count() >= 10
    w.loader.progress.disconnect(maybe_cancel)
    load_window(qtbot, w)
    assert len(w.result.articles) == 120
    assert "cancelled" not in [p.kind for p in w.problems.problems]
    w.close()


def _drop(w, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(w.width() / 2, w.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(w, enter)
    drop = QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(w, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_folder_opens_it(qtbot, settings_tmp, tmp_path):  # noqa: F811
    w = open_window(qtbot, [SEEDS], tmp_path / "c.db", lang="en")
    load_window(qtbot, w)
    other = tmp_path / "two"
    other.mkdir()
    for name in sorted(p.name for p in SEEDS.glob("*.txt"))[:2]:
        shutil.copy(SEEDS / name, other / name)
    with qtbot.waitSignal(w.loaded, timeout=60_000):
        accepted = _drop(w, [other])
    assert accepted == (True, True)
    assert len(w.result.articles) == 2
    # a drag without local files is refused
    mime = QMimeData()
    mime.setText("not a file")
    ev = QDragEnterEvent(w.rect().center(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(w, ev)
    assert not ev.isAccepted()
    w.close()


def test_search_uses_the_full_text_index(qtbot, settings_tmp, tmp_path):  # noqa: F811
    w = open_window(qtbot, [SEEDS], tmp_path / "c.db", lang="en")
    load_window(qtbot, w)
    calls: list[str] = []
    real = w.loader.search

    def spy(query, among=None):
        calls.append(query)
        return real(query, among)

    w.index._article_search = spy
    w.filters.set_scope("articles")  # the full-text index answers the whole-article scope
    # A word with a clitic, written without it: FTS5 prefix + clitic tolerance
    # finds the articles, so their events are shown.
    w.filters.search.setText("الاطلسي")
    w.apply_filter()
    assert calls and calls[-1] == "الاطلسي"
    hits = real("الاطلسي", {a.id: a.sha256 for a in w.result.articles})
    assert hits
    shown = {w.model.event_at(r).id for r in range(w.model.rowCount())}
    expected = {e.id for e in w.result.events if set(e.articles) & hits}
    assert expected <= shown
    w.filters.search.setText("كلمةلاتوجدابدا")
    w.apply_filter()
    assert w.model.rowCount() == 0
    w.close()


def test_search_ignores_same_id_articles_of_another_corpus(tmp_path):
    """The cache holds every corpus ever opened: ids like ``000`` repeat across them."""
    from viewer.corpus.reader import read_corpus
    from viewer.loading import ingest_articles

    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a_dir.mkdir()
    b_dir.mkdir()
    (a_dir / "000.txt").write_text("زار الوفد مدينة الجهراء في 3 مارس 2020.", encoding="utf-8")
    (b_dir / "000.txt").write_text("عقد المؤتمر في القاهرة يوم 4 مايو 2021.", encoding="utf-8")
    with Store(tmp_path / "c.db") as store:
        for d in (a_dir, b_dir):
            arts, probs = read_corpus([d])
            ingest_articles(arts, probs, store=store)
        b_arts, _ = read_corpus([b_dir])
        among = {a.id: a.sha256 for a in b_arts}
        assert store.search("الجهراء", among) == set()
        assert store.search("القاهرة", among) == set(among)


def test_cache_problem_stays_listed_after_a_rerun(qtbot, settings_tmp, tmp_path):  # noqa: F811
    from datetime import date

    cache = tmp_path / "cache.db"
    cache.write_bytes(b"this is not a database" * 100)
    w = open_window(qtbot, [SEEDS], cache, lang="en")
    load_window(qtbot, w)
    assert [p.kind for p in w.problems.problems].count("cache") == 1
    aid = w.result.articles[0].id
    with qtbot.waitSignal(w.loaded, timeout=60_000):
        w.set_pubdate(aid, date(2025, 12, 1))
    assert w.articles[aid].published == date(2025, 12, 1)
    assert [p.kind for p in w.problems.problems].count("cache") == 1
    w.close()


def test_opening_another_folder_while_loading_shows_only_the_new_one(
    qtbot, settings_tmp, tmp_path, synth_corpus  # noqa: F811
):
    w = open_window(qtbot, [synth_corpus], tmp_path / "c.db", lang="en")
    results = []
    w.loader.finished.connect(lambda r: results.append(len(r.articles)))
    started = []
    w.loader.progress.connect(lambda d, t, n: started.append(d))
    w.load()
    qtbot.waitUntil(lambda: len(started) > 1, timeout=60_000)  # the first load is under way
    with qtbot.waitSignal(w.loaded, timeout=60_000):
        w.open_paths([SEEDS])
    qtbot.wait(200)  # a stale result of the first load would arrive by now
    assert results == [5]
    assert len(w.result.articles) == 5
    assert "cancelled" not in [p.kind for p in w.problems.problems]
    w.close()
