"""Cross-article merging: one fact, one date; disputes stay pairwise."""

from __future__ import annotations

from datetime import date

import pytest

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


@pytest.fixture(scope="module")
def synth320():
    from viewer.bench.mergescale import extract

    return extract(320, 7)


def test_the_same_facts_give_the_same_clusters_in_a_small_and_a_big_corpus(synth320):
    """80 articles alone and inside 320 (synth: article i depends on seed and i only), at the
    start, the middle and the end of the big corpus, the big one in article and in reverse
    order: the small corpus's statements are grouped the same way, whatever the others say
    (python -m viewer.bench.mergescale runs this at 1,000 in 10,000)."""
    from viewer.bench.mergescale import clusters, differing, mixed_acts

    events, texts = synth320
    big, merged = clusters(events, texts)
    big_rev, _ = clusters(events[::-1], texts)
    ids = sorted({e.evidence[0].article for e in events})
    for lo in (0, 120, 240):
        part = set(ids[lo : lo + 80])
        small, _ = clusters([e for e in events if e.evidence[0].article in part], texts)
        assert any(len(c) > 1 for c in small.values())  # there are merges to keep
        assert differing(small, big) == [] and differing(small, big_rev) == []
    assert max(len(c) for c in big.values()) < 60  # no cluster gathers a whole year's statements
    assert mixed_acts(merged, events, texts) == []  # no cluster gathers statements of different acts


def test_a_sentence_repeated_years_apart_is_not_one_disputed_statement():
    text = "وفي العام الماضي أعلنت الوزارة عن إطلاق مبادرة جديدة لدعم المزارعين في المناطق الريفية."
    s = text.index("العام الماضي")
    evs = [Event(f"e{y}", date(y, 1, 1), date(y, 12, 31), "year", "relative", "أعلنت الوزارة عن إطلاق مبادرة",
                 evidence=[Evidence(f"a{y}", 0, len(text), s, s + 12, date(y, 1, 1), date(y, 12, 31), "year")])
           for y in (2016, 2021)]
    copy = Event("c", date(2021, 1, 1), date(2021, 12, 31), "year", "relative", "أعلنت الوزارة عن إطلاق مبادرة",
                 evidence=[Evidence("c", 0, len(text), s, s + 12, date(2021, 1, 1), date(2021, 12, 31), "year")])
    merged, problems = merge_events([*evs, copy], {"a2016": text, "a2021": text, "c": text})
    assert sorted(len(e.evidence) for e in merged) == [1, 2] and not problems


def test_states_since_one_year_are_not_one_fact():
    """"since 1996" said of a cooperation and of a visit: two facts; the same subject saying
    the same thing: one."""
    def since(eid: str, art: str, title: str) -> Event:
        return Event(eid, date(1996, 1, 1), date(1996, 12, 31), "year", "since", title,
                     evidence=[Evidence(art, 0, 10, 0, 4, date(1996, 1, 1), date(1996, 12, 31), "year")])

    evs = [since("a", "x", "تتعاون الكويت مع الحلف في مجال التدريب"),
           since("b", "y", "يزور وفد من البحرين مقر الحلف"),
           since("c", "z", "تتعاون الكويت مع الحلف في مجال التدريب")]
    merged, _ = merge_events(evs)
    assert sorted(sorted(e.articles) for e in merged) == [["x", "z"], ["y"]]


def test_titles_drop_a_framed_date_and_the_conjunction_on_the_verb():
    from viewer.events.titles import make_title_text

    # "وفي عام 2016 أعلن …": the date and its framing words with their conjunction go
    assert make_title_text("وفي ", " أعلن الجيش عن إطلاق مبادرة جديدة.", "عام 2016").startswith("أعلن الجيش")
    # و glued to a verb of saying or of an act goes; قبل (accepted / before) stays as written
    assert make_title_text("وقال الوزير ", " إن الحكومة ماضية في خطتها.", "أمس").startswith("قال الوزير")
    assert make_title_text("وعقد المجلس ", " اجتماعا طارئا.", "أمس").startswith("عقد المجلس")
    assert make_title_text("وقبل المغرب ", " عروض مساعدة من أربع دول.", "أمس").startswith("وقبل")


def test_titles_take_the_dated_clause_not_its_frame():
    from viewer.events.titles import make_title_text

    # the subordinate clause a date sits in is the statement …
    t = make_title_text("ويعيش البلد حربا منذ أن سيطر المسلحون على العاصمة ", "، قبل أن يتدخل تحالف إقليمي.",
                        "في 21 سبتمبر 2014")
    assert t.startswith("سيطر المسلحون على العاصمة") and "يتدخل" not in t
    t = make_title_text("، قبل أن يتدخل تحالف إقليمي ", " لدعم الحكومة.", "في مارس 2015")
    assert t.startswith("يتدخل تحالف")
    # … an adjunct between commas belongs to the clause before it …
    t = make_title_text("وأعلنت وزارة الصحة، في حصيلة أولية نشرت ", "، ارتفاع عدد القتلى إلى 812 شخصا.", "في 7 شباط")
    assert t.startswith("أعلنت وزارة الصحة ارتفاع عدد القتلى")
    # … and an announcement keeps its gist when the speaker is long
    t = make_title_text("أعلن المبعوث الأممي إلى البلاد السيد فلان الفلاني، ",
                        "، أن أطراف النزاع وافقت على هدنة لمدة شهرين.", "أمس الجمعة")
    assert "هدنة" in t and t.startswith("أعلن المبعوث")
