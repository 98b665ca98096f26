"""Headless filtering: accepted set, facet counts, normalized search."""

from __future__ import annotations

import json
import time
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from test_ui_fixtures import sample_result

from viewer.events.export import events_csv_text, write_events_csv, write_events_json
from viewer.events.query import NO_TOPIC, EventIndex, Filter, is_undated, normalize


def ids(index, res):
    return set(res.accepted_ids(index))


def test_no_filter_accepts_everything_and_counts_all():
    r = sample_result()
    idx = EventIndex(r.events, r.articles)
    res = idx.query(Filter())
    assert ids(idx, res) == {e.id for e in r.events}
    assert res.topic_counts["partnership"] == 2
    assert res.topic_counts["dialogue"] == 3
    assert res.topic_counts[NO_TOPIC] == 1


def test_unchecking_a_topic_removes_exactly_its_events():
    r = sample_result()
    idx = EventIndex(r.events, r.articles)
    everything = set(idx.all_topics)
    res = idx.query(Filter(topics=frozenset(everything - {"partnership"})))
    assert ids(idx, res) == {e.id for e in r.events} - {"e1949", "e2004"}
    # facet counts ignore the topic filter itself
    assert res.topic_counts["partnership"] == 2


def test_any_mode_shows_events_with_a_checked_topic():
    r = sample_result()
    idx = EventIndex(r.events, r.articles)
    res = idx.query(Filter(topics=frozenset({"dialogue"}), topic_mode="any"))
    assert ids(idx, res) == {"e2004", "e2025", "erel"}
    res = idx.query(Filter(topics=frozenset({"dialogue"})))  # exclude mode: only pure-dialogue events
    assert ids(idx, res) == {"e2025", "erel"}


def test_date_range_and_undated():
    r = sample_result()
    idx = EventIndex(r.events, r.articles)
    res = idx.query(Filter(date_from=date(2000, 1, 1), date_to=date(2018, 1, 1), include_undated=False))
    assert ids(idx, res) == {"e2004", "e2017"}
    res = idx.query(Filter(date_from=date(2000, 1, 1), date_to=date(2018, 1, 1)))
    assert ids(idx, res) == {"e2004", "e2017", "erel", "eph"}
    assert is_undated(r.events[-1]) and is_undated(r.events[-2])


def test_search_ignores_diacritics_alef_forms_and_tatweel_and_reads_article_text():
    r = sample_result()
    idx = EventIndex(r.events, r.articles)
    # title "انضمام الكويت إلى مبادرة إسطنبول" written with plain alef, tatweel and diacritics
    res = idx.query(Filter(text="مبـادرةُ اسطنبول"))
    assert "e2004" in ids(idx, res)
    # a word of article a2 that is in no title: in the default scope (titles and the
    # events' own passages) only the event whose passage says it; scope "articles":
    # every event of a2
    res = idx.query(Filter(text="السفير"))
    assert ids(idx, res) == {"e1949"}
    res = idx.query(Filter(text="السفير", text_scope="articles"))
    assert ids(idx, res) == {"e1949", "e2025", "erel"}
    assert ids(idx, idx.query(Filter(text="السفير", text_scope="titles"))) == set()
    # Eastern digits find Western ones
    res = idx.query(Filter(text="٢٠١٧"))
    assert "e2017" in ids(idx, res)
    assert ids(idx, idx.query(Filter(text="لا يوجد هذا"))) == set()


def test_actor_filter_and_counts():
    r = sample_result()
    idx = EventIndex(r.events, r.articles)
    res = idx.query(Filter(actors=frozenset({"الناتو"}), actor_mode="any"))
    assert ids(idx, res) == {"e1949", "e2004"}
    assert res.actor_counts["الكويت"] == 3


def test_query_is_linear_and_fast_at_scale():
    r = sample_result()
    events = []
    for k in range(20000):
        for e in r.events:
            c = type(e)(**{**e.__dict__, "id": f"{e.id}-{k}"})
            events.append(c)
    idx = EventIndex(events, r.articles)
    t = time.perf_counter()
    res = idx.query(Filter(topics=frozenset({"dialogue"}), text="الكويت"))
    assert time.perf_counter() - t < 2.0
    assert len(res.accepted) > 0


def test_exports_reproduce_events(tmp_path):
    r = sample_result()
    p = tmp_path / "e.csv"
    write_events_csv(r.events, p)
    raw = p.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert events_csv_text(r.events).count("\r\n") == len(r.events) + 1
    j = tmp_path / "e.json"
    write_events_json(r.events[:2], j, r.articles, r.mentions)
    doc = json.loads(j.read_text(encoding="utf-8"))
    assert [e["id"] for e in doc["events"]] == ["e1949", "e2004"]
    assert {a["id"] for a in doc["articles"]} == {"a1", "a2"}
    assert "text" not in doc["articles"][0]


@given(st.lists(st.text(alphabet=st.sampled_from(list("الأإآةىيؤئـًٌٍَُِّْ ٠١٢3456abcßİ\n\u2029\x1e\x1f\u0640")), max_size=40),
                max_size=12))
def test_bulk_normalization_equals_one_by_one(texts):
    idx = EventIndex([], [])
    assert idx._normalize_many(texts) == [normalize(t) for t in texts]


def test_unfiltered_query_equals_the_full_pass():
    """The no-filter shortcut answers exactly what the one-pass filter answers."""
    r = sample_result()
    idx = EventIndex(r.events, r.articles)
    fast = idx.query(Filter())
    slow = idx.query(Filter(text=" ", date_from=date(1, 1, 1)))  # passes everything the slow way
    undated = [i for i, e in enumerate(r.events) if is_undated(e)]
    assert undated  # the sample has undated events: the date bound must not drop them
    assert fast.accepted == slow.accepted == list(range(len(r.events)))
    assert fast.topic_counts == slow.topic_counts and fast.actor_counts == slow.actor_counts
