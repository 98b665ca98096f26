"""Ingestion: cache reuse, parallel determinism, cancel, streaming results."""

from __future__ import annotations

import hashlib
import threading
from datetime import date
from pathlib import Path

import pytest

import viewer
from viewer import loading
from viewer.bench import synth
from viewer.loading import article as article_mod
from viewer.loading import ingest_articles
from viewer.loading import merging as merging_mod
from viewer.model import Article
from viewer.store import Store

N = 24


def articles(n: int = N, seed: int = 7, with_dates: bool = True) -> list[Article]:
    out = []
    for s in synth.generate(n, seed):
        a = Article(id=s.id, path=f"/synth/{s.name}", text=s.text, title=s.text.split("\n", 1)[0],
                    sha256=hashlib.sha256(s.text.encode()).hexdigest())
        if with_dates and int(s.id[-2:]) % 3:
            a.published, a.published_how = s.published, "cli"
        out.append(a)
    return out


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = article_mod.process_article

    def counting(article: Article):
        seen.append(article.id)
        return real(article)

    monkeypatch.setattr(article_mod, "process_article", counting)
    return seen


def test_cache_hit_avoids_reextraction(tmp_path: Path, calls: list[str]) -> None:
    db = tmp_path / "c.db"
    with Store(db) as st:
        first = ingest_articles(articles(), store=st)
    assert len(calls) == N
    calls.clear()
    with Store(db) as st:
        second = ingest_articles(articles(), store=st)
        assert st.problems == []
    assert calls == []
    assert second.to_dict() == first.to_dict()
    # Another publication date for one article: only that one is extracted again.
    arts = articles()
    arts[0].published, arts[0].published_how = date(2020, 5, 5), "cli"
    with Store(db) as st:
        ingest_articles(arts, store=st)
    assert calls == [arts[0].id]


def test_cached_output_equals_fresh_output(tmp_path: Path) -> None:
    fresh = ingest_articles(articles())
    with Store(tmp_path / "c.db") as st:
        ingest_articles(articles(), store=st)
    with Store(tmp_path / "c.db") as st:
        cached = ingest_articles(articles(), store=st)
    assert cached.to_dict() == fresh.to_dict()
    assert [a.to_dict() for a in cached.articles] == [a.to_dict() for a in fresh.articles]


def test_extractor_version_bump_rebuilds(tmp_path: Path, calls: list[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "c.db"
    with Store(db) as st:
        ingest_articles(articles(), store=st)
    calls.clear()
    monkeypatch.setattr(viewer, "EXTRACTOR_VERSION", "test-bumped")
    with Store(db) as st:
        ingest_articles(articles(), store=st)
        assert st.count() == N
    assert len(calls) == N
    calls.clear()
    with Store(db) as st:
        ingest_articles(articles(), store=st)
    assert calls == []


def test_garbage_cache_is_reported_and_rebuilt(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    db.write_bytes(b"\x00garbage" * 1000)
    with Store(db) as st:
        res = ingest_articles(articles(4), store=st)
        assert st.count() == 4
        again = ingest_articles(articles(4), store=st)
    assert [p.kind for p in res.problems if p.kind == "cache"] == ["cache"]
    assert not [p for p in again.problems if p.kind == "cache"]   # reported once, not on every load
    assert len(res.articles) == 4


def test_jobs_1_and_2_give_identical_output(tmp_path: Path) -> None:
    one = ingest_articles(articles())
    two = ingest_articles(articles(), jobs=2)
    assert two.to_dict() == one.to_dict()
    assert [a.to_dict() for a in two.articles] == [a.to_dict() for a in one.articles]
    # Through the store as well (parallel writes come back in corpus order).
    with Store(tmp_path / "c.db") as st:
        stored = ingest_articles(articles(), jobs=2, store=st)
        assert st.count() == N
    assert stored.to_dict() == one.to_dict()


def test_progress_and_on_result(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    results: list[str] = []
    ingest_articles(articles(6), progress=lambda d, t, n: seen.append((d, t, n)),
                    on_result=lambda r: results.append(r.article.id))
    assert [d for d, _, _ in seen] == [1, 2, 3, 4, 5, 6]
    assert {t for _, t, _ in seen} == {6}
    assert seen[0][2].endswith(".txt")
    assert sorted(results) == [f"synth_{i:05d}" for i in range(6)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_stops_early(tmp_path: Path, jobs: int) -> None:
    cancel = threading.Event()
    n = 80

    def progress(done: int, total: int, name: str) -> None:
        if done >= 3:
            cancel.set()

    with Store(tmp_path / "c.db") as st:
        res = ingest_articles(articles(n), store=st, jobs=jobs, cancel=cancel, progress=progress)
        stored = st.count()
    assert 3 <= len(res.articles) < n
    assert stored == len(res.articles)           # what was done is kept
    assert any(p.kind == "cancelled" for p in res.problems)
    # Already set: nothing is done at all.
    res = ingest_articles(articles(4), jobs=jobs, cancel=cancel)
    assert res.articles == []


def test_failing_article_is_a_problem_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = article_mod.process_article

    def flaky(article: Article):
        if article.id == "synth_00002":
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(article_mod, "process_article", flaky)
    with Store(tmp_path / "c.db") as st:
        res = ingest_articles(articles(5), store=st)
        assert st.count() == 4
    assert len(res.articles) == 5
    probs = [p for p in res.problems if p.kind == "extract"]
    assert len(probs) == 1 and probs[0].article == "synth_00002" and "boom" in probs[0].message


def test_user_pubdates_by_id_and_sha(tmp_path: Path) -> None:
    arts = articles(3, with_dates=False)
    saved = {arts[0].id: date(2024, 12, 8), arts[1].sha256: date(2023, 3, 1)}
    loading.apply_user_pubdates(arts, saved)
    assert (arts[0].published, arts[0].published_how) == (date(2024, 12, 8), "user")
    assert (arts[1].published, arts[1].published_how) == (date(2023, 3, 1), "user")
    assert arts[2].published is None


def test_ingest_reads_files(tmp_path: Path) -> None:
    pytest.importorskip("viewer.corpus.reader")
    folder = tmp_path / "corpus"
    synth.write_corpus(synth.generate(5, 3), folder)
    with Store(tmp_path / "c.db") as st:
        st.set_user_pubdate("synth_00001", date(2024, 12, 8))
        res = loading.ingest([folder], store=st, pubdates={"synth_00002.txt": date(2022, 2, 2)})
    assert len(res.articles) == 5
    by_id = {a.id: a for a in res.articles}
    assert (by_id["synth_00001"].published, by_id["synth_00001"].published_how) == (date(2024, 12, 8), "user")
    assert (by_id["synth_00002"].published, by_id["synth_00002"].published_how) == (date(2022, 2, 2), "cli")
    assert res.mentions


@pytest.fixture
def merges(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Sizes of the corpora merged afresh (not taken from the store)."""
    seen: list[int] = []
    real = merging_mod.merge_results

    def counting(results):
        seen.append(len(results))
        return real(results)

    monkeypatch.setattr(merging_mod, "merge_results", counting)
    return seen


def test_warm_reopen_takes_the_merge_from_the_store(tmp_path: Path, calls: list[str], merges: list[int]) -> None:
    db = tmp_path / "c.db"
    with Store(db) as st:
        cold = ingest_articles(articles(), store=st)
    assert merges == [N]
    calls.clear()
    seen: list[tuple[int, int]] = []
    got: list[str] = []
    with Store(db) as st:
        warm = ingest_articles(articles(), store=st, progress=lambda d, t, n: seen.append((d, t)),
                               on_result=lambda r: got.append(r.article.id))
        assert st.problems == []
    assert calls == [] and merges == [N]                 # neither extraction nor merging
    assert warm.to_dict() == cold.to_dict()
    # The UI still hears of every article, in corpus order.
    assert seen == [(i, N) for i in range(1, N + 1)]
    assert got == [a.id for a in articles()]
    # Another order, a changed article or a subset is another corpus: merged afresh.
    with Store(db) as st:
        ingest_articles(list(reversed(articles())), store=st)
        assert merges == [N, N]
        arts = articles()
        arts[1].published, arts[1].published_how = date(2020, 5, 5), "cli"
        ingest_articles(arts, store=st)
        assert merges == [N, N, N]
        ingest_articles(articles(N - 1), store=st)
        assert merges == [N, N, N, N - 1]
        # And the first corpus is still there.
        again = ingest_articles(articles(), store=st)
        assert merges == [N, N, N, N - 1]
    assert again.to_dict() == cold.to_dict()


def test_partial_corpora_are_not_kept_as_merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                merges: list[int]) -> None:
    real = article_mod.process_article

    def flaky(article: Article):
        if article.id == "synth_00002":
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(article_mod, "process_article", flaky)
    with Store(tmp_path / "c.db") as st:
        ingest_articles(articles(5), store=st)
        assert st.stats()["merged"] == 0                 # a failed article: not stored
        cancel = threading.Event()
        cancel.set()
        ingest_articles(articles(8), store=st, cancel=cancel)
        assert st.stats()["merged"] == 0                 # cancelled: not stored
        monkeypatch.setattr(article_mod, "process_article", real)
        ingest_articles(articles(5), store=st)
        assert st.stats()["merged"] == 1


def test_damaged_merged_entry_is_merged_again(tmp_path: Path, merges: list[int]) -> None:
    import sqlite3

    db = tmp_path / "c.db"
    with Store(db) as st:
        cold = ingest_articles(articles(6), store=st)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE merged SET payload = '{\"events\": [123456789], \"problems\": []}'")
    conn.close()
    with Store(db) as st:
        warm = ingest_articles(articles(6), store=st)
    assert merges == [6, 6]
    assert warm.to_dict()["events"] == cold.to_dict()["events"]
    assert [p.kind for p in warm.problems if p.kind == "cache"] == ["cache"]
