"""The SQLite extraction cache: round trip, keys, versions, damage, search, user dates."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

import viewer
from viewer.loading import ArticleResult, merge_results
from viewer.model import Article, Event, Evidence, Mention, Problem
from viewer.store import Store, build_fts_query
from viewer.store import db as store_db

TEXT = "أكد السفيرُ أهميةَ الاجتماع السابع لمبادرة إسطنبول للتعاون والناتو في الكويت خلال يومي 8 و9 ديسمبر الجاري."


def make_article(aid: str = "a1", text: str = TEXT, published: date | None = None) -> Article:
    return Article(id=aid, path=f"/corpus/{aid}.txt", text=text, title="عنوان",
                   published=published, published_how="manifest" if published else "unknown",
                   sha256=hashlib.sha256(text.encode()).hexdigest())


def make_result(a: Article) -> ArticleResult:
    if "يومي" not in a.text:
        return ArticleResult(a)
    s = a.text.index("يومي")
    e = a.text.index("الجاري") + len("الجاري")
    m = Mention(article=a.id, start=s, end=e, surface=a.text[s:e], earliest=date(2024, 12, 8),
                latest=date(2024, 12, 9), granularity="day", kind="range", resolved=a.published is not None,
                note="ملاحظة", parts=[(date(2024, 12, 8), date(2024, 12, 8)), (date(2024, 12, 9), date(2024, 12, 9))])
    ev = Event(id=f"{a.id}:e0", earliest=date(2024, 12, 8), latest=date(2024, 12, 9), granularity="day",
               kind="range", title="الاجتماع السابع", certain=False, topics=["dialogue", "partnership"],
               actors=["الكويت", "الناتو"], flags=["date-unresolved"],
               evidence=[Evidence(a.id, 0, len(a.text), s, e, date(2024, 12, 8), None, "day", False)])
    pr = Problem(kind="unresolved", message="تاريخ غير محسوم", article=a.id, event=ev.id)
    if a.published is None:
        a.published_how = "inferred"
        a.published_min = date(2024, 1, 1)
        a.published_reason = "© 2024"
    return ArticleResult(a, [m], [ev], [pr])


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "cache.db"


def test_round_trip(cache: Path) -> None:
    a = make_article()
    r = make_result(a)
    with Store(cache) as st:
        st.put(r)
    fresh = make_article()
    with Store(cache) as st:
        got = st.get(fresh)
        assert st.problems == []
    assert got is not None
    assert got.article is fresh
    assert got.mentions == r.mentions
    assert got.events == r.events
    assert got.problems == r.problems
    assert fresh.published_how == "inferred"
    assert fresh.published_min == date(2024, 1, 1)
    assert fresh.published_reason == "© 2024"
    assert got.mentions[0].surface == fresh.text[got.mentions[0].start:got.mentions[0].end]


def test_wal_mode_and_rows_not_pickles(cache: Path) -> None:
    with Store(cache) as st:
        st.put(make_result(make_article()))
    conn = sqlite3.connect(cache)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    payload = conn.execute("SELECT payload FROM results").fetchone()[0]
    conn.close()
    mentions, events, problems = json.loads(payload)  # plain JSON: lists, strings, numbers
    assert mentions[0][2:7] == ["يومي 8 و9 ديسمبر الجاري", "2024-12-08", "2024-12-09", "day", "range"]
    assert events[0][7] == ["dialogue", "partnership"]
    assert problems[0][:2] == ["unresolved", "تاريخ غير محسوم"]


def test_key_includes_content_pubdate_and_metadata(cache: Path) -> None:
    with Store(cache) as st:
        st.put(make_result(make_article()))
        assert st.get(make_article()) is not None
        assert st.get(make_article(text=TEXT + " ")) is None              # content changed
        assert st.get(make_article(published=date(2024, 12, 1))) is None  # another pubdate
        other = make_article()
        other.title = "عنوان آخر"
        assert st.get(other) is None                                      # manifest changed
        # A result per publication date can live side by side.
        st.put(make_result(make_article(published=date(2024, 12, 1))))
        assert st.get(make_article()) is not None
        assert st.get(make_article(published=date(2024, 12, 1))) is not None
        # New content for the same article replaces the old rows.
        st.put(make_result(make_article(text=TEXT + " جديد")))
        assert st.get(make_article()) is None
        assert st.count() == 1


def test_known_pubdate_is_not_overwritten_on_hit(cache: Path) -> None:
    with Store(cache) as st:
        a = make_article(published=date(2024, 12, 1))
        st.put(make_result(a))
        b = make_article(published=date(2024, 12, 1))
        b.published_how = "user"
        assert st.get(b) is not None
        assert b.published == date(2024, 12, 1) and b.published_how == "user"


def test_version_bump_drops_old_results(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(cache) as st:
        st.put(make_result(make_article()))
    monkeypatch.setattr(viewer, "EXTRACTOR_VERSION", viewer.EXTRACTOR_VERSION + "-next")
    with Store(cache) as st:
        assert st.get(make_article()) is None
        assert st.count() == 0
        assert st.search("الناتو") == set()


def _check_rebuilt(cache: Path, st: Store) -> None:
    assert [p.kind for p in st.problems] == ["cache"]
    assert "moved aside" in st.problems[0].message
    aside = [p for p in cache.parent.iterdir() if p.name.startswith("cache.db.corrupt-")]
    assert aside, list(cache.parent.iterdir())
    # The new cache works.
    st.put(make_result(make_article()))
    assert st.get(make_article()) is not None
    assert st.path == cache


def test_garbage_file_at_the_default_location_is_moved_aside(cache: Path, monkeypatch) -> None:
    # The application's own cache folder holds nothing else: garbage there is a damaged cache.
    from viewer.store import db

    monkeypatch.setattr(db, "default_cache_path", lambda: cache)
    cache.parent.mkdir(parents=True)
    cache.write_bytes(os.urandom(20000))
    with Store() as st:
        _check_rebuilt(cache, st)


def test_garbage_file_given_as_cache_is_refused_and_left_untouched(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    data = os.urandom(20000)
    cache.write_bytes(data)
    with Store(cache) as st:
        assert st.path is None
        assert [(p.kind, p.severity) for p in st.problems] == [("cache", "error")]
        assert "not a cache of this application" in st.problems[0].message
        st.put(make_result(make_article()))  # works in memory
        assert st.get(make_article()) is not None
    assert cache.read_bytes() == data
    assert sorted(p.name for p in cache.parent.iterdir()) == ["cache.db"]


def test_truncated_db_is_moved_aside(cache: Path) -> None:
    with Store(cache) as st:
        for i in range(200):
            st.put(make_result(make_article(f"a{i}", TEXT + f" {i}" + " نص" * 300)))
    size = cache.stat().st_size
    assert size > 100_000
    with open(cache, "r+b") as fh:
        fh.truncate(size // 3)
    with Store(cache) as st:
        _check_rebuilt(cache, st)


def test_damage_noticed_in_use_is_recovered(cache: Path) -> None:
    st = Store(cache)
    st.put(make_result(make_article()))
    # Simulate corruption surfacing during a read.
    def boom(articles):
        raise sqlite3.DatabaseError("database disk image is malformed")
    st._get_many = boom  # type: ignore[method-assign]
    assert st.get(make_article()) is None
    del st._get_many
    assert any(p.kind == "cache" for p in st.problems)
    st.put(make_result(make_article()))
    assert st.get(make_article()) is not None
    st.close()


def test_old_schema_is_moved_aside(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    conn = sqlite3.connect(cache)
    conn.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
                       "INSERT INTO meta VALUES ('schema_version', '0');"
                       "CREATE TABLE results (x);")
    conn.close()
    with Store(cache) as st:
        _check_rebuilt(cache, st)
        assert "schema version 0" in st.problems[0].message


def test_foreign_sqlite_file_is_refused_before_any_pragma(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    conn = sqlite3.connect(cache)
    conn.executescript("CREATE TABLE something (x); INSERT INTO something VALUES (1);")
    conn.close()
    data = cache.read_bytes()
    with Store(cache) as st:
        assert st.path is None
        assert "another program" in st.problems[0].message
    # Not switched to WAL (header bytes 18/19 stay 1 = rollback journal), not renamed, no side files.
    assert cache.read_bytes() == data and data[18:20] == b"\x01\x01"
    assert sorted(p.name for p in cache.parent.iterdir()) == ["cache.db"]


def test_unusable_location_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with Store(blocker / "sub" / "cache.db") as st:
        assert st.path is None
        assert [p.kind for p in st.problems] == ["cache"]
        st.put(make_result(make_article()))
        assert st.get(make_article()) is not None


def test_memory_store() -> None:
    with Store(":memory:") as st:
        st.put(make_result(make_article()))
        assert st.get(make_article()) is not None
        assert st.problems == []


@pytest.mark.parametrize("query", [
    "الناتو",                 # plain
    "النَّاتُو",              # diacritics in the query
    "اسطنبول",                # bare alef where the text has إ
    "إسطنبول",
    "اهمية",                  # hamza/ta marbuta folding (text: أهميةَ)
    "ناتو",                   # without the article / clitic (text: والناتو)
    "للناتو",                 # another clitic than the text's
    "وإسطنبول",
    "السفير",                 # text has a damma on the last letter
    "مباد",                   # prefix
    '"الاجتماع السابع"',      # phrase
    "الكويت ديسمبر",          # every word, any order
])
def test_search_finds_normalized_words(cache: Path, query: str) -> None:
    with Store(cache) as st:
        st.put(make_result(make_article("a1")))
        st.put(make_result(make_article("a2", "نص آخر عن الطاقة والنفط في عام 2004")))
        assert st.search(query) == {"a1"}, build_fts_query(query)


def test_search_misses_and_restrictions(cache: Path) -> None:
    with Store(cache) as st:
        st.put(make_result(make_article("a1")))
        st.put(make_result(make_article("a2", "نص آخر عن الطاقة والنفط في عام 2004")))
        assert st.search("") == set()
        assert st.search("  ،،  ") == set()
        assert st.search('"السابع الاجتماع"') == set()   # phrase order matters
        assert st.search("الكويت الطاقة") == set()      # all words must match
        assert st.search("2004") == {"a2"}
        assert st.search("نفط") == {"a2"}
        assert st.search("الكويت", among={"a2"}) == set()
        assert st.search('AND OR NOT "(*') == set()      # FTS syntax is quoted away


def test_user_pubdates(cache: Path) -> None:
    with Store(cache) as st:
        st.set_user_pubdate("a1", date(2024, 12, 3))
        st.set_user_pubdate("f" * 64, date(2023, 1, 2))
        st.set_user_pubdate("a1", date(2024, 12, 4))
    with Store(cache) as st:
        assert st.user_pubdates() == {"a1": date(2024, 12, 4), "f" * 64: date(2023, 1, 2)}
        st.set_user_pubdate("a1", None)
        assert st.user_pubdates() == {"f" * 64: date(2023, 1, 2)}


def test_store_usable_from_another_thread(cache: Path) -> None:
    st = Store(cache)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            st.put(make_result(make_article()))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert not errors
    assert st.get(make_article()) is not None
    st.close()


def test_stem_function() -> None:
    assert store_db._stem("والناتو") == "ناتو"
    assert store_db._stem("للناتو") == "ناتو"
    assert store_db._stem("بالعام") == "عام"
    assert store_db._stem("ناتو") == "ناتو"
    assert store_db._stem("لي") == "لي"


def test_locked_cache_is_not_fatal_and_not_moved(cache: Path) -> None:
    with Store(cache) as st:
        st.put(make_result(make_article("a0")))
    other = sqlite3.connect(cache, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with Store(cache, timeout=0.2) as st:
            st.put(make_result(make_article("a1")))          # cannot write: not cached, no exception
            assert any("write failed" in p.message for p in st.problems)
            assert not list(cache.parent.glob("*.corrupt-*"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store(cache) as st:
        assert st.problems == []
        assert st.get(make_article("a0")) is not None
        st.put(make_result(make_article("a1")))
        assert st.get(make_article("a1")) is not None


def test_folder_path_means_cache_db_inside(tmp_path: Path) -> None:
    with Store(tmp_path) as st:
        assert st.path == tmp_path / "cache.db"
    assert (tmp_path / "cache.db").exists()


def test_problems_are_handed_out_once(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"garbage" * 100)
    with Store(cache) as st:
        assert [p.kind for p in st.take_problems()] == ["cache"]
        assert st.take_problems() == []


def test_batched_lookup_many_articles(cache: Path) -> None:
    arts = [make_article(f"a{i}", TEXT + f" {i}") for i in range(1200)]
    with Store(cache) as st:
        st.put_many([make_result(a) for a in arts])
    fresh = [make_article(f"a{i}", TEXT + f" {i}") for i in range(1200)]
    fresh.insert(5, make_article("missing", "نص"))
    with Store(cache) as st:
        got = st.get_many(fresh)
    assert sorted(got) == [i for i in range(1201) if i != 5]
    assert all(got[i].article is fresh[i] for i in got)
    assert got[7].mentions[0].article == "a6"


@pytest.mark.parametrize("payload", [
    "[[", "not json", "{}", "[[], [], []", "[[[1, 2]], [], []]", "[[], [[\"e\", null]], []]",
    '[[["3", 9, "x", null, null, "day", "range", true, null, null, null, null]], [], []]',
    '[[[3, 9, "x", "2024-13-45", null, "day", "range", true, null, null, null, null]], [], []]',
    '[[[3, 9, "x", ["2024-12-08"], null, "day", "range", true, null, null, null, null]], [], []]',
    '[[], [["e", null, null, "day", "range", "t", true, [], [], [[1, 2, "3", 4, true]], []]], []]',
])
def test_damaged_payload_is_a_miss_not_a_crash(cache: Path, payload: str) -> None:
    with Store(cache) as st:
        st.put(make_result(make_article()))
    conn = sqlite3.connect(cache)
    with conn:
        conn.execute("UPDATE results SET payload = ?", (payload,))
    conn.close()
    with Store(cache) as st:
        assert st.get(make_article()) is None
        assert [p.kind for p in st.take_problems()] == ["cache"]
        st.put(make_result(make_article()))              # extracted again, replaces the row
        assert st.get(make_article()) is not None


def _corpus(n: int = 3) -> list[ArticleResult]:
    """``n`` articles stating the same dated fact (so merging combines their events)."""
    out = [make_result(make_article(f"a{i}", published=date(2024, 12, 1))) for i in range(n)]
    for r in out:
        r.events[0].flags = []
    return out


def test_merged_round_trip_refers_to_per_article_events(cache: Path) -> None:
    results = _corpus()
    events, problems = merge_results(results)
    combined = [e for e in events if len(e.evidence) > 1]
    assert combined and len(events) < 3                    # the same fact, merged
    key = store_db.merged_key(r.article for r in results)
    with Store(cache) as st:
        st.put_merged(key, results, events, problems)
    fresh = _corpus()
    with Store(cache) as st:
        assert st.get_merged("another key", fresh) is None
        got = st.get_merged(key, fresh)
    assert got is not None
    assert [e.to_dict() for e in got[0]] == [e.to_dict() for e in events]
    assert got[1] == problems
    flat = [x for r in fresh for e in r.events for x in e.evidence]
    assert all(any(x is y for y in flat) for e in got[0] for x in e.evidence)


def test_merged_key_follows_order_content_and_dates() -> None:
    arts = [make_article(f"a{i}") for i in range(3)]
    key = store_db.merged_key(arts)
    assert key == store_db.merged_key([make_article(f"a{i}") for i in range(3)])
    assert key != store_db.merged_key(list(reversed(arts)))
    assert key != store_db.merged_key(arts[:2])
    assert key != store_db.merged_key([*arts[:2], make_article("a2", text=TEXT + " ")])
    assert key != store_db.merged_key([*arts[:2], make_article("a2", published=date(2024, 12, 1))])


@pytest.mark.parametrize("payload", ["[", "[]", '{"events": [7], "problems": []}',
                                     '{"events": [-1], "problems": []}',
                                     '{"events": [["x"]], "problems": []}', '{"events": []}'])
def test_damaged_merged_payload_is_a_miss(cache: Path, payload: str) -> None:
    results = _corpus()
    with Store(cache) as st:
        st.put_merged("k", results, *merge_results(results))
    conn = sqlite3.connect(cache)
    with conn:
        conn.execute("UPDATE merged SET payload = ?", (payload,))
    conn.close()
    with Store(cache) as st:
        assert st.get_merged("k", _corpus()) is None
        assert [p.kind for p in st.take_problems()] == ["cache"]


def test_only_the_latest_merged_corpora_are_kept(cache: Path) -> None:
    results = _corpus(1)
    with Store(cache) as st:
        for k in range(store_db.MERGED_KEEP + 3):
            st.put_merged(f"k{k}", results, results[0].events, [])
        assert st.stats()["merged"] == store_db.MERGED_KEEP
        assert st.get_merged(f"k{store_db.MERGED_KEEP + 2}", results) is not None
        assert st.get_merged("k0", results) is None
        st.clear()
        assert st.stats()["merged"] == 0


def test_cached_problems_follow_the_file(cache: Path) -> None:
    a = make_article()
    r = make_result(a)
    r.problems.append(Problem(kind="placeholder", message="قالب", path=a.path, article=a.id))
    with Store(cache) as st:
        st.put(r)
    moved = make_article()
    moved.path = "/elsewhere/a1.txt"
    with Store(cache) as st:
        got = st.get(moved)
    assert got is not None
    assert [p.path for p in got.problems] == [None, "/elsewhere/a1.txt"]
