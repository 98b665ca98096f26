"""The analyst's edits applied to an extracted corpus: every kind, order, and the input untouched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from viewer.loading import ingest
from viewer.model import CorpusResult, Event
from viewer.userstore import Edit, UserStore, apply_edits, event_ref, selection_anchor
from viewer.userstore.apply import APPROXIMATE, EDITED, HIDDEN, MANUAL, STARRED
from viewer.userstore.edits import date_edit, manual_edit

DATA = Path(__file__).resolve().parent / "data" / "analyst"


@pytest.fixture(scope="module")
def corpus() -> CorpusResult:
    return ingest([DATA])


def by_surface(result: CorpusResult, article_prefix: str, surface: str) -> Event:
    """The event whose evidence in that article has this date surface (test material is ours)."""
    arts = {a.id: a for a in result.articles}
    for ev in result.events:
        for e in ev.evidence:
            if e.article.startswith(article_prefix) and arts[e.article].text[e.mention_start:e.mention_end] \
                    .endswith(surface):
                return ev
    raise AssertionError(f"no event on {surface!r} in {article_prefix}")


def ref(result: CorpusResult, ev: Event):
    return event_ref(ev, {a.id: a for a in result.articles})


def find(result: CorpusResult, event_id: str) -> Event:
    return next(e for e in result.events if e.id == event_id)


def test_no_edit_returns_the_corpus_unchanged(corpus: CorpusResult) -> None:
    out = apply_edits(corpus, [])
    assert out.result is corpus and out.orphans == [] and out.edited == {}


def test_date_with_precision_and_approximately(corpus: CorpusResult) -> None:
    ev = by_surface(corpus, "a1", "1998")
    before = corpus.to_dict()
    out = apply_edits(corpus, [date_edit(ref(corpus, ev), date(1998, 6, 1), date(1998, 6, 30), "month",
                                         approximate=True)])
    got = find(out.result, ev.id)
    assert (got.earliest, got.latest, got.granularity, got.certain) == (
        date(1998, 6, 1), date(1998, 6, 30), "month", False)
    assert APPROXIMATE in got.flags and EDITED in got.flags
    assert out.edited[ev.id] == ["date"]
    assert corpus.to_dict() == before  # the extracted corpus is never modified


def test_date_edit_resolves_an_unresolved_event(tmp_path: Path) -> None:
    (tmp_path / "rel.txt").write_text("اجتماع اللجنة المشتركة\n\nتعقد اللجنة المشتركة اجتماعها في 12 مايو المقبل في عمّان.\n",
                                      encoding="utf-8")
    res = ingest([tmp_path])
    ev = next(e for e in res.events if "date-unresolved" in e.flags)
    out = apply_edits(res, [date_edit(ref(res, ev), date(2025, 5, 12), date(2025, 5, 12), "day")])
    got = find(out.result, ev.id)
    assert "date-unresolved" not in got.flags and got.certain and got.latest == date(2025, 5, 12)


def test_title_topics_actors_note_star_hide(corpus: CorpusResult) -> None:
    ev = by_surface(corpus, "a2", "2022")
    r = ref(corpus, ev)
    edits = [
        Edit("title", (r,), {"title": "قمة القاهرة للأمن المائي"}),
        Edit("topics", (r,), {"topics": ["food", "dialogue"]}),
        Edit("actors", (r,), {"actors": ["مصر", "جامعة الدول العربية"]}),
        Edit("note", (r,), {"text": "التاريخ مؤكد من بيان الوزارة"}),
        Edit("star", (r,), {"starred": True}),
        Edit("hide", (r,), {"hidden": True}),
    ]
    for i, e in enumerate(edits):
        e.seq = i + 1
    out = apply_edits(corpus, edits)
    got = find(out.result, ev.id)
    assert got.title == "قمة القاهرة للأمن المائي"
    assert got.topics == ["food", "dialogue"] and got.actors == ["مصر", "جامعة الدول العربية"]
    assert out.notes[ev.id] == "التاريخ مؤكد من بيان الوزارة"
    assert STARRED in got.flags and HIDDEN in got.flags
    assert out.edited[ev.id] == ["title", "topics", "actors", "note", "star", "hide"]
    # later edits win: unstar, show again, clear the note
    more = [Edit("star", (r,), {"starred": False}, seq=10), Edit("hide", (r,), {"hidden": False}, seq=11),
            Edit("note", (r,), {"text": ""}, seq=12), Edit("title", (r,), {"title": "ثانٍ"}, seq=13)]
    out = apply_edits(corpus, edits + more)
    got = find(out.result, ev.id)
    assert STARRED not in got.flags and HIDDEN not in got.flags and ev.id not in out.notes
    assert got.title == "ثانٍ"


def test_delete(corpus: CorpusResult) -> None:
    ev = by_surface(corpus, "a1", "٢٠٢٦")
    out = apply_edits(corpus, [Edit("delete", (ref(corpus, ev),))])
    assert ev.id not in {e.id for e in out.events}
    assert len(out.events) == len(corpus.events) - 1


def test_merge_two_events(corpus: CorpusResult) -> None:
    keep = by_surface(corpus, "a3", "تشرين الأول 2020")
    other = by_surface(corpus, "a1", "تشرين الأول 2020")
    assert keep.id != other.id
    out = apply_edits(corpus, [Edit("merge", (ref(corpus, keep), ref(corpus, other)), seq=1),
                               Edit("title", (ref(corpus, other),), {"title": "الربط مع العراق"}, seq=2)])
    ids = {e.id for e in out.events}
    assert keep.id in ids and other.id not in ids
    merged = find(out.result, keep.id)
    assert sorted(merged.articles) == sorted({*keep.articles, *other.articles})
    assert len(merged.evidence) == 2
    # an edit made on the absorbed event after the merge still finds it (by its evidence)
    assert merged.title == "الربط مع العراق"
    assert out.edited[keep.id] == ["merge", "title"]


def test_split_an_events_evidence(corpus: CorpusResult) -> None:
    keep = by_surface(corpus, "a3", "تشرين الأول 2020")
    other = by_surface(corpus, "a1", "تشرين الأول 2020")
    merge = Edit("merge", (ref(corpus, keep), ref(corpus, other)), seq=1)
    merged = find(apply_edits(corpus, [merge]).result, keep.id)
    arts = {a.id: a for a in corpus.articles}
    moved = [e for e in merged.evidence if e.article.startswith("a1")]
    from viewer.userstore.edits import evidence_anchor

    split = Edit("split", (event_ref(merged, arts),), {"moved": [evidence_anchor(arts[e.article], e).to_dict()
                                                                 for e in moved]}, seq=2)
    out = apply_edits(corpus, [merge, split])
    assert len(out.events) == len(corpus.events)
    stay = find(out.result, keep.id)
    new = next(e for e in out.events if e.id not in {x.id for x in corpus.events})
    assert [e.article[:2] for e in stay.evidence] == ["a3"]
    assert [e.article[:2] for e in new.evidence] == ["a1"]
    assert (new.earliest, new.latest) == (date(2020, 10, 1), date(2020, 10, 31))
    assert out.edited[new.id] == ["split"]
    # the new event's id is derived from the edit: the same on every run and machine
    assert new.id == next(e.id for e in apply_edits(corpus, [merge, split]).events
                          if e.id not in {x.id for x in corpus.events})


def test_split_that_would_empty_the_event_is_an_orphan(corpus: CorpusResult) -> None:
    ev = by_surface(corpus, "a1", "1998")
    arts = {a.id: a for a in corpus.articles}
    from viewer.userstore.edits import evidence_anchor

    split = Edit("split", (ref(corpus, ev),), {"moved": [evidence_anchor(arts[e.article], e).to_dict()
                                                         for e in ev.evidence]})
    out = apply_edits(corpus, [split])
    assert len(out.orphans) == 1 and "nothing left" in out.orphans[0][1]


def test_manual_event_from_a_selected_passage(corpus: CorpusResult) -> None:
    a = next(x for x in corpus.articles if x.id.startswith("a3"))
    start = a.text.index("وأوضحت الشركة")
    end = a.text.index("كيلومتر") + len("كيلومتر")
    anchor = selection_anchor(a, start, end)
    edit = manual_edit(anchor, date(2020, 10, 1), date(2020, 10, 31), "month", "بدء إنشاء الخط",
                       topics=["energy"])
    out = apply_edits(corpus, [edit])
    ev = next(e for e in out.events if MANUAL in e.flags)
    assert ev.title == "بدء إنشاء الخط" and ev.topics == ["energy"] and ev.kind == "manual"
    (e,) = ev.evidence
    assert a.text[e.passage_start:e.passage_end] == a.text[start:end]
    # further edits of the manual event find it by its passage
    r = event_ref(ev, {x.id: x for x in corpus.articles})
    edit.seq = 1
    out = apply_edits(corpus, [edit, Edit("star", (r,), {"starred": True}, seq=2)])
    assert STARRED in next(e for e in out.events if MANUAL in e.flags).flags


def test_one_mention_two_events_are_told_apart(tmp_path: Path) -> None:
    """عامي 2015 و2018 is one mention and two events on the same span: an edit of one
    must not land on the other."""
    (tmp_path / "m.txt").write_text("تمارين مشتركة\n\nاستضافت الأردن تمارين مشتركة للدفاع المدني عامي 2015 و2018 بمشاركة دول الجوار.\n",
                                    encoding="utf-8")
    res = ingest([tmp_path])
    evs = sorted(res.events, key=lambda e: e.earliest)
    assert [e.earliest.year for e in evs] == [2015, 2018]
    assert evs[0].evidence[0].mention_start == evs[1].evidence[0].mention_start
    out = apply_edits(res, [Edit("title", (ref(res, evs[1]),), {"title": "تمرين 2018"})])
    assert find(out.result, evs[1].id).title == "تمرين 2018"
    assert find(out.result, evs[0].id).title == evs[0].title


def test_store_log_round_trip_gives_the_same_result(corpus: CorpusResult, tmp_path: Path) -> None:
    ev = by_surface(corpus, "a2", "2019")
    st = UserStore(tmp_path / "u.sqlite")
    st.add(Edit("title", (ref(corpus, ev),), {"title": "خطة العمل العربية للمياه"}))
    st.add(date_edit(ref(corpus, ev), date(2019, 4, 1), date(2019, 4, 30), "month", True))
    st.close()
    again = UserStore(tmp_path / "u.sqlite")
    out = apply_edits(corpus, again.edits())
    got = find(out.result, ev.id)
    assert got.title == "خطة العمل العربية للمياه" and not got.certain
