"""Cross-article merging: one fact, one date; disputes stay pairwise."""

from __future__ import annotations

from datetime import date

from viewer.merge.merge import merge_events
from viewer.model import Event, Evidence

TITLE = "استضافت الكويت اجتماعات المجموعة السياسية الاستشارية للحلف"


def _ev(eid: str, article: str, a: date, b: date, gran: str = "year") -> Event:
    return Event(eid, a, b, gran, "absolute", TITLE, evidence=[Evidence(article, 0, 10, 0, 4, a, b, gran)])


def test_overlap_does_not_chain_incompatible_dates():
    events = [
        _ev("a", "x", date(2015, 1, 1), date(2015, 12, 31)),
        _ev("b", "y", date(2015, 1, 1), date(2018, 12, 31)),
        _ev("c", "z", date(2018, 1, 1), date(2018, 12, 31)),
    ]
    merged, _ = merge_events(events)
    # b overlaps both a and c, but a and c cannot be the same dated fact.
    assert all(not (set(e.articles) >= {"x", "z"}) or "sources-disagree" in e.flags for e in merged)
    # Whatever is merged without a dispute flag has a single year.
    assert all(e.earliest.year == e.latest.year for e in merged
               if len(e.evidence) > 1 and "sources-disagree" not in e.flags)


def test_most_precise_compatible_date_wins():
    events = [
        _ev("a", "x", date(2017, 1, 1), date(2017, 12, 31)),
        _ev("b", "y", date(2017, 1, 1), date(2017, 1, 31), "month"),
    ]
    for e in events:  # an act that happens once: the year and the month are one reading
        e.title = "افتتح المركز الإقليمي في الكويت"
    merged, problems = merge_events(events)
    assert len(merged) == 1 and merged[0].granularity == "month"
    assert (merged[0].earliest, merged[0].latest) == (date(2017, 1, 1), date(2017, 1, 31))
    assert merged[0].date_source == "y"  # says which source gave the precise date
    assert not problems


def _stmt(eid: str, article: str, text: str, surface: str, day: date, title: str) -> tuple[Event, str]:
    s = text.index(surface)
    ev = Event(eid, day, day, "day", "relative", title,
               evidence=[Evidence(article, 0, len(text), s, s + len(surface), day, day, "day")])
    return ev, text


def test_word_identical_copies_with_dates_a_day_apart_are_one_disputed_event():
    text = "وقع ممثلو الطرفين في مدينة جدة، مساء أمس السبت، اتفاقا لوقف إطلاق النار لمدة سبعة أيام."
    a, ta = _stmt("a", "gulf", text, "أمس السبت", date(2023, 5, 20), "وقع ممثلو الطرفين اتفاقا لوقف إطلاق النار")
    b, tb = _stmt("b", "aggregator", text, "أمس السبت", date(2023, 5, 21), "وقع ممثلو الطرفين اتفاقا لوقف إطلاق النار")
    merged, problems = merge_events([a, b], {"gulf": ta, "aggregator": tb})
    assert len(merged) == 1 and "sources-disagree" in merged[0].flags and not merged[0].certain
    assert {e.earliest for e in merged[0].evidence} == {date(2023, 5, 20), date(2023, 5, 21)}
    assert [p.kind for p in problems] == ["disagree"]


def test_same_title_in_other_years_never_chains():
    # a recurring statement (every year's meeting) is not one disputed fact
    years = range(2001, 2011)
    events = [_ev(f"e{y}", f"art{y}", date(y, 1, 1), date(y, 12, 31)) for y in years]
    merged, problems = merge_events(events)
    assert len(merged) == len(events) and not problems


def _titled(eid: str, article: str, title: str, y: int) -> Event:
    return Event(eid, date(y, 1, 1), date(y, 12, 31), "year", "absolute", title,
                 evidence=[Evidence(article, 0, 10, 0, 4, date(y, 1, 1), date(y, 12, 31), "year")])


def test_different_subjects_or_acts_never_merge():
    qatar = _titled("q", "x", "انضمت قطر إلى مبادرة إسطنبول للتعاون", 2005)
    bahrain = _titled("b", "y", "انضمت البحرين إلى مبادرة إسطنبول للتعاون", 2005)
    launch = _titled("l", "z", "أطلق حلف الناتو مبادرة إسطنبول للتعاون", 2004)
    join = _titled("j", "w", "انضمت الكويت إلى مبادرة إسطنبول للتعاون", 2004)
    merged, _ = merge_events([qatar, bahrain, launch, join])
    assert len(merged) == 4
    # the same act and subject in other words is one fact
    again = _titled("k", "v", "الكويت تنضم إلى مبادرة إسطنبول", 2004)
    merged, _ = merge_events([join, again])
    assert len(merged) == 1 and set(merged[0].articles) == {"w", "v"}


def test_decade_statements_are_not_merged_by_their_words():
    events = [Event(f"d{k}", date(1990, 1, 1), date(1999, 12, 31), "decade", "decade",
                    "شهدت التسعينيات تعاونا في مجال التدريب",
                    evidence=[Evidence(f"a{k}", 0, 10, 0, 4, date(1990, 1, 1), date(1999, 12, 31), "decade")])
              for k in range(5)]
    merged, _ = merge_events(events)
    assert len(merged) == 5


def _clusters(n: int) -> dict[tuple[str, int], frozenset[tuple[str, int]]]:
    from viewer.bench.synth import generate
    from viewer.loading import process_article
    from viewer.model import Article

    events, texts = [], {}
    for s in generate(n, seed=7):
        art = Article(s.name.removesuffix(".txt"), s.name, s.text, published=s.published, published_how="cli")
        events += process_article(art).events
        texts[art.id] = art.text
    merged, _ = merge_events(events, texts)
    out = {}
    for ev in merged:
        members = frozenset((x.article, x.mention_start) for x in ev.evidence)
        for m in members:
            out[m] = members
    return out


def test_the_same_facts_give_the_same_clusters_in_a_small_and_a_big_corpus():
    """Articles 0..79 are the same in both corpora (synth: article i depends on seed and i only):
    their statements must be grouped the same way, whatever the other 240 articles say."""
    small, big = _clusters(80), _clusters(320)
    first = {k for k in small}
    restricted = {k: frozenset(m for m in big[k] if m in first) for k in first}
    assert restricted == small
    assert max(len(c) for c in big.values()) < 60  # no cluster gathers a whole year's statements
