"""One home for loading (issue 9 §5): the CLI, the export and the window read, date and
extract through ``viewer.loading`` and get the same corpus."""

from __future__ import annotations

import json
import re
import shutil
import threading
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import DATA
from viewer import loading
from viewer.bench import synth
from viewer.loading import article as article_mod
from viewer.loading.session import LoadHooks, LoadSession
from viewer.store import Store

ROOT = Path(__file__).resolve().parents[1]
VIEWER = ROOT / "viewer"


def _sources(exclude: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in VIEWER.rglob("*.py"):
        rel = p.relative_to(ROOT).as_posix()
        if not rel.startswith(exclude):
            out[rel] = p.read_text(encoding="utf-8")
    return out


def test_reading_a_corpus_happens_only_in_the_loading_package() -> None:
    """Nobody but viewer.loading calls the corpus reader: the CLI, the export, the window
    and the bench cannot read a corpus some other way."""
    calls = {rel for rel, src in _sources(("viewer/loading/", "viewer/corpus/")).items()
             if re.search(r"\bread_corpus\s*\(", src)}
    assert calls == set()
    assert not (VIEWER / "pipeline.py").exists() and not (VIEWER / "ingest.py").exists()


def test_publication_dates_are_offered_never_set_outside_corpus_and_loading() -> None:
    """Which date wins is decided by viewer.corpus.pubdate.offer alone: outside the corpus
    stage and viewer.loading.dates nothing offers a date, and nothing assigns one."""
    allowed = ("viewer/corpus/", "viewer/loading/dates.py")
    offers = {rel for rel, src in _sources(allowed).items() if re.search(r"\boffer\s*\(\s*\w+\s*,", src)}
    assert offers == set()
    assigns = {rel for rel, src in _sources(("viewer/corpus/",)).items()
               if re.search(r"\.published\s*=[^=]", src)}
    assert assigns <= {"viewer/store/codec.py"}  # decoding the cache, not choosing a date


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Analyst articles with the folder's own topics.toml (a topic the bundled list lacks)."""
    folder = tmp_path / "news"
    shutil.copytree(DATA / "analyst", folder)
    (folder / "topics.toml").write_text(
        '[[topic]]\nid = "grid"\nar = "الربط الكهربائي"\nen = "Power grids"\ncolor = "#336699"\n'
        'keywords = ["الربط الكهربائي", "الخط الكهربائي", "الكهرباء"]\n', encoding="utf-8")
    return folder


def test_window_session_and_cli_give_the_same_corpus(tmp_path: Path, corpus: Path) -> None:
    """The window's session and the CLI's ingest: same articles, dates, events, topics —
    the folder's own topic list included (the window used to tag with the bundled one)."""
    cli = loading.ingest([corpus], user_pubdates=False)
    assert any("grid" in e.topics for e in cli.events)
    session = LoadSession(cache=tmp_path / "c.db", jobs=1)
    session.set_corpus([corpus])
    win = session.load(LoadHooks())
    session.close()
    assert json.dumps(win.to_dict(), sort_keys=True) == json.dumps(cli.to_dict(), sort_keys=True)


def test_a_date_the_user_sets_reruns_that_article_only(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "corpus"
    items = synth.generate(6, 5)
    synth.write_corpus(items, folder)
    session = LoadSession(cache=tmp_path / "c.db", jobs=1)
    session.set_corpus([folder])
    first = session.load(LoadHooks())
    target = first.articles[2]
    assert target.published_how in ("inferred", "unknown")  # plain text files: no stated date
    seen: list[str] = []
    real = article_mod.process_article

    def counting(a):
        seen.append(a.id)
        return real(a)

    monkeypatch.setattr(article_mod, "process_article", counting)
    session.set_pubdate(target.id, date(2021, 3, 4))
    second = session.rerun(LoadHooks())
    assert seen == [target.id]
    again = {a.id: a for a in second.articles}[target.id]
    assert (again.published, again.published_how) == (date(2021, 3, 4), "user")
    # clearing it brings the article as read back (from the cache: nothing extracted)
    seen.clear()
    session.set_pubdate(target.id, None)
    third = session.rerun(LoadHooks())
    assert seen == [] and third.to_dict() == first.to_dict()
    session.close()


def test_user_date_beats_the_page_and_cli_replaces_user(tmp_path: Path) -> None:
    """The precedence through the loading path: a page's own date < the user's < --pubdate."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p.html").write_text(
        '<html><head><meta property="article:published_time" content="2024-03-05T10:00:00Z">'
        '<title>قمة الطاقة</title></head><body><article><h1>قمة الطاقة</h1>'
        '<p>عقدت القمة أمس في العاصمة بحضور الوزراء.</p></article></body></html>', encoding="utf-8")
    page = {a.id: a for a in loading.ingest([folder], user_pubdates=False).articles}["p"]
    assert (page.published, page.published_how) == (date(2024, 3, 5), "page-metadata")
    user = {a.id: a for a in loading.ingest([folder], user_pubdates={"p": date(2024, 3, 1)}).articles}["p"]
    assert (user.published, user.published_how) == (date(2024, 3, 1), "user")
    both = loading.ingest([folder], user_pubdates={"p": date(2024, 3, 1)}, pubdates={"p.html": date(2024, 3, 2)})
    assert (both.articles[0].published, both.articles[0].published_how) == (date(2024, 3, 2), "cli")


def _dump(path: Path, n: int, bad_every: int = 0) -> None:
    body = "أعلنت الوزارة أمس أن المشروع سيكتمل في مارس 2026 بعد تأخير دام عامين. "
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            if bad_every and i % bad_every == bad_every - 1:
                f.write("{not json\n")
                continue
            f.write(json.dumps({"id": f"r{i}", "title": f"خبر رقم {i}", "content": body * 2,
                                "published": f"2025-06-{1 + i % 28:02d}"}, ensure_ascii=False) + "\n")


def test_reading_a_dump_reports_progress_by_records(tmp_path: Path) -> None:
    _dump(tmp_path / "dump.jsonl", 2500, bad_every=500)
    (tmp_path / "a.txt").write_text("خبر قصير عن اجتماع عقد عام 2019.", encoding="utf-8")
    seen: list[tuple[int, int, str]] = []
    arts, probs = loading.read([tmp_path], progress=lambda d, t, n: seen.append((d, t, n)))
    assert len(arts) == 2500 - 5 + 1
    assert [p.message for p in probs if p.kind == "record"][:1] == ["line 500: not valid JSON "
                                                                    "(Expecting property name enclosed in "
                                                                    "double quotes: line 1 column 2 (char 1)); "
                                                                    "skipped"]
    records = [n for _d, _t, n in seen if "records" in n]
    assert records == ["dump.jsonl: 1,000 records", "dump.jsonl: 2,000 records"]
    assert seen[-1] == (2, 2, "")  # both files read


def test_cancel_inside_a_dump_stops_reading(tmp_path: Path) -> None:
    _dump(tmp_path / "dump.jsonl", 3000)
    cancel = threading.Event()

    def progress(_d: int, _t: int, name: str) -> None:
        if "1,000 records" in name:
            cancel.set()

    arts, probs = loading.read([tmp_path / "dump.jsonl"], cancel=cancel, progress=progress)
    assert 1000 <= len(arts) < 3000
    assert any(p.kind == "cancelled" for p in probs)


def test_the_export_loads_through_the_same_path(tmp_path: Path, corpus: Path) -> None:
    from viewer.userstore.db import UserStore
    from viewer.userstore.load import load_edited

    user = UserStore.for_corpus([corpus], root=tmp_path / "data")
    with Store(tmp_path / "c.db") as st:
        st.set_user_pubdate("a1_energy", date(2020, 1, 2))  # an old version kept it in the cache
        edited = load_edited([corpus], user, cache=st)
    by_id = {a.id: a for a in edited.result.articles}
    assert (by_id["a1_energy"].published, by_id["a1_energy"].published_how) == (date(2020, 1, 2), "user")
    assert user.pubdates() == {by_id["a1_energy"].sha256: date(2020, 1, 2)}  # moved to the user store
    assert any("grid" in e.topics for e in edited.result.events)


def test_a_cached_reopen_shows_events_while_files_are_still_read(tmp_path: Path, monkeypatch) -> None:
    """Cached results are looked up batch by batch as files are read, and shown as a partial
    corpus before the last file is read; the final corpus is the same as a cold load's."""
    from viewer.loading import session as session_mod

    folder = tmp_path / "corpus"
    synth.write_corpus(synth.generate(60, 9), folder)
    cold = LoadSession(cache=tmp_path / "c.db", jobs=1)
    cold.set_corpus([folder])
    first = cold.load(LoadHooks())
    cold.close()

    monkeypatch.setattr(session_mod, "PREVIEW_FIRST_S", 0.0)
    monkeypatch.setattr(session_mod.Preview, "BATCH", 8)
    seen: list[str] = []
    warm = LoadSession(cache=tmp_path / "c.db", jobs=1)
    warm.set_corpus([folder])
    hooks = LoadHooks(reading=lambda d, t, _n: seen.append(f"read {d}/{t}"),
                      partial=lambda r: seen.append(f"partial {len(r.articles)}"))
    monkeypatch.setattr(article_mod, "process_article", lambda a: pytest.fail(f"{a.id} extracted again"))
    again = warm.load(hooks)
    warm.close()
    assert seen[-1] == "read 60/60"
    partials = [s for s in seen if s.startswith("partial")]
    assert partials and 1 <= int(partials[0].split()[1]) <= 8  # from the first batch
    assert seen.index(partials[0]) < seen.index("read 60/60")  # while reading went on
    assert json.dumps(again.to_dict(), sort_keys=True) == json.dumps(first.to_dict(), sort_keys=True)
