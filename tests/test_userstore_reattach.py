"""Edits survive re-extraction (new extractor version, changed topic list); orphans are reported."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import viewer
from viewer.extract import mentions as mentions_mod
from viewer.loading import ingest
from viewer.model import CorpusResult, Event, Mention
from viewer.store import Store
from viewer.userstore import Edit, UserStore, apply_edits, event_ref, selection_anchor
from viewer.userstore.apply import STARRED
from viewer.userstore.edits import date_edit, manual_edit
from viewer.userstore.load import load_edited

DATA = Path(__file__).resolve().parent / "data" / "analyst"


def surface_event(result: CorpusResult, prefix: str, surface: str) -> Event:
    arts = {a.id: a for a in result.articles}
    for ev in result.events:
        for e in ev.evidence:
            if e.article.startswith(prefix) and surface in arts[e.article].text[e.mention_start:e.mention_end]:
                return ev
    raise AssertionError(surface)


def every_kind(result: CorpusResult) -> list[Edit]:
    """One edit of each kind on our articles (the merge and split on the two October 2020 events)."""
    arts = {a.id: a for a in result.articles}

    def r(ev: Event):
        return event_ref(ev, arts)

    e98 = surface_event(result, "a1", "1998")
    e22 = surface_event(result, "a2", "2022")
    e19 = surface_event(result, "a2", "2019")
    e26 = surface_event(result, "a1", "٢٠٢٦")
    e24 = surface_event(result, "a2", "2024")
    oct_a3 = surface_event(result, "a3", "تشرين الأول 2020")
    oct_a1 = surface_event(result, "a1", "تشرين الأول 2020")
    a3 = next(a for a in result.articles if a.id.startswith("a3"))
    s = a3.text.index("وأوضحت")
    edits = [
        date_edit(r(e98), date(1998, 5, 1), date(1998, 5, 31), "month", approximate=True),
        Edit("title", (r(e22),), {"title": "قمة الأمن المائي"}),
        Edit("topics", (r(e19),), {"topics": ["food"]}),
        Edit("actors", (r(e19),), {"actors": ["جامعة الدول العربية"]}),
        Edit("hide", (r(e24),), {"hidden": True}),
        Edit("delete", (r(e26),)),
        Edit("merge", (r(oct_a3), r(oct_a1))),
        Edit("note", (r(e22),), {"text": "راجع البيان الختامي"}),
        Edit("star", (r(e22),), {"starred": True}),
        manual_edit(selection_anchor(a3, s, a3.text.index("كيلومتر", s) + 8), date(2020, 10, 1),
                    date(2020, 10, 31), "month", "بدء الإنشاء"),
    ]
    for i, e in enumerate(edits):
        e.seq = i + 1
    return edits


ANALYST_TITLES = {"قمة الأمن المائي", "بدء الإنشاء"}


def summary(out) -> list[tuple]:
    """What the analyst set, independent of event ids (titles the extractor made may change
    with its version; the analyst's may not)."""
    return sorted((e.earliest, e.latest, e.granularity, e.certain,
                   e.title if e.title in ANALYST_TITLES else "", tuple(e.topics),
                   tuple(e.actors), "hidden" in e.flags, STARRED in e.flags,
                   tuple(sorted((x.article, x.passage_start) for x in e.evidence)), out.notes.get(e.id, ""))
                  for e in out.events if "edited" in e.flags)


def _widen(real):
    """A "new extractor": every mention also takes the word before it (في عام 2004 …)."""

    def extract(text: str, article_id: str, published=None, max_mentions=None):
        found, inference = real(text, article_id, published, max_mentions)
        out: list[Mention] = []
        for m in found:
            start = m.start
            k = text.rfind(" ", 0, max(m.start - 1, 0))
            if 0 <= k < m.start - 1 and "\n" not in text[k:m.start]:
                start = k + 1
            out.append(replace(m, start=start, surface=text[start:m.end]))
        return out, inference

    return extract


def test_edits_survive_a_bumped_extractor_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "cache.db"
    with Store(db) as st:
        first = ingest([DATA], store=st)
    edits = every_kind(first)
    before = apply_edits(first, edits)
    assert before.orphans == [] and before.applied == len(edits)

    monkeypatch.setattr(viewer, "EXTRACTOR_VERSION", viewer.EXTRACTOR_VERSION + "-widened")
    monkeypatch.setattr(mentions_mod, "extract_mentions", _widen(mentions_mod.extract_mentions))
    with Store(db) as st:
        second = ingest([DATA], store=st)
    # re-extracted for real: the spans and therefore the event ids changed
    assert {e.id for e in second.events}.isdisjoint({e.id for e in first.events})
    after = apply_edits(second, edits)
    assert after.orphans == []
    assert summary(after) == summary(before)


def test_edits_survive_a_changed_topic_list(tmp_path: Path) -> None:
    """The corpus folder gets its own topics.toml (a topic the bundled list lacks): events are
    tagged anew, and every edit still attaches."""
    corpus = tmp_path / "news"
    shutil.copytree(DATA, corpus)
    first = ingest([corpus])
    edits = every_kind(first)
    before = apply_edits(first, edits)
    (corpus / "topics.toml").write_text(
        '[[topic]]\nid = "grid"\nar = "الربط الكهربائي"\nen = "Power grids"\ncolor = "#336699"\n'
        'keywords = ["الربط الكهربائي", "الخط الكهربائي", "الكهرباء"]\n', encoding="utf-8")
    second = ingest([corpus])
    assert any("grid" in e.topics for e in second.events)
    assert not any("grid" in e.topics for e in first.events)
    after = apply_edits(second, edits)
    assert after.orphans == []
    kept = {e.title: e for e in after.events if "edited" in e.flags}
    assert set(kept) == {e.title for e in before.events if "edited" in e.flags}
    assert kept["قمة الأمن المائي"].flags.count(STARRED) == 1
    # the topics the analyst set are theirs; the others follow the new list
    e19 = next(e for e in after.events if e.actors == ["جامعة الدول العربية"])
    assert e19.topics == ["food"]
    assert any("grid" in e.topics for e in after.events)


def test_edit_on_a_changed_article_is_an_orphan_never_dropped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(DATA, corpus)
    user = UserStore.for_corpus([corpus], root=tmp_path / "data")
    first = load_edited([corpus], user)
    ev = surface_event(first.result, "a1", "1998")
    arts = {a.id: a for a in first.result.articles}
    user.add(Edit("title", (event_ref(ev, arts),), {"title": "أول خط للربط"}))
    ok = load_edited([corpus], user)
    assert [e.title for e in ok.events if e.id == ev.id] == ["أول خط للربط"] and ok.orphans == []

    # the article is rewritten: its content hash changes, the edit can no longer attach
    path = corpus / "a1_energy.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("عام 1998", "عام 1999"), encoding="utf-8")
    out = load_edited([corpus], user)
    assert len(out.orphans) == 1
    (p,) = [p for p in out.result.problems if p.kind == "orphan-edit"]
    assert "أول خط للربط" in p.message and "a1_energy" in p.message and "changed" in p.message
    assert len(user.edits()) == 1  # kept in the store, never dropped
    # the article comes back: the edit attaches again
    shutil.copy(DATA / "a1_energy.txt", path)
    back = load_edited([corpus], user)
    assert back.orphans == [] and "أول خط للربط" in [e.title for e in back.events]


def test_edit_whose_evidence_is_no_longer_extracted_is_an_orphan(monkeypatch: pytest.MonkeyPatch) -> None:
    first = ingest([DATA])
    ev = surface_event(first, "a1", "1998")
    edit = Edit("title", (event_ref(ev, {a.id: a for a in first.articles}),), {"title": "x"})
    real = mentions_mod.extract_mentions

    def without_1998(text, article_id, published=None, max_mentions=None):
        found, inference = real(text, article_id, published, max_mentions)
        return [m for m in found if "1998" not in m.surface], inference

    monkeypatch.setattr(mentions_mod, "extract_mentions", without_1998)
    second = ingest([DATA])
    out = apply_edits(second, [edit])
    assert len(out.orphans) == 1 and "no longer extracted" in out.orphans[0][1]
    assert any(p.kind == "orphan-edit" for p in out.result.problems)
