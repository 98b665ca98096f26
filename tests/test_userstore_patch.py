"""One more star/note/title/hide patched in place equals the full re-apply, and so does its undo."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from viewer.loading import ingest
from viewer.model import CorpusResult
from viewer.userstore import Edit, apply_edits, event_ref
from viewer.userstore.apply import EditedResult
from viewer.userstore.patch import patch_edit, unpatch

DATA = Path(__file__).resolve().parent / "data" / "analyst"


@pytest.fixture(scope="module")
def corpus() -> CorpusResult:
    return ingest([DATA])


def same(a: EditedResult, b: EditedResult) -> None:
    assert a.result.events == b.result.events
    assert [e.id for e in a.result.events] == [e.id for e in b.result.events]
    assert a.notes == b.notes
    assert a.edited == b.edited
    assert a.applied == b.applied
    assert a.targets == b.targets
    assert not a.orphans and not b.orphans


def test_patched_edits_and_their_undo_equal_the_full_apply(corpus: CorpusResult) -> None:
    rng = random.Random(13)
    arts = {a.id: a for a in corpus.articles}
    before = [(e.id, e.title, list(e.flags)) for e in corpus.events]
    log: list[Edit] = []
    out = apply_edits(corpus, [])
    patches = []
    for seq in range(40):
        shown = out.result.events[rng.randrange(len(out.result.events))]
        kind = rng.choice(["star", "note", "title", "hide"])
        payload = {"star": {"starred": rng.random() < 0.7}, "hide": {"hidden": rng.random() < 0.6},
                   "note": {"text": rng.choice(["", "راجع المصدر", "تاريخ مشكوك فيه ٢٠١٩"])},
                   "title": {"title": f"عنوان {seq}"}}[kind]
        edit = Edit(kind, (event_ref(shown, arts),), payload, seq=seq)
        p = patch_edit(out, edit)
        assert p is not None and p.new.id == shown.id
        log.append(edit)
        patches.append(p)
        same(out, apply_edits(corpus, log))
    while patches:  # undo, last first: each state equals the log without the undone edits
        unpatch(patches.pop())
        log.pop()
        if log:
            same(out, apply_edits(corpus, log))
    assert out.result.events == corpus.events and not out.edited and not out.notes and out.applied == 0
    assert [(e.id, e.title, list(e.flags)) for e in corpus.events] == before  # the input untouched


def test_edits_that_change_event_sets_or_do_not_attach_are_not_patched(corpus: CorpusResult) -> None:
    arts = {a.id: a for a in corpus.articles}
    ev = corpus.events[0]
    out = apply_edits(corpus, [])
    assert patch_edit(out, Edit("delete", (event_ref(ev, arts),))) is None
    assert patch_edit(out, Edit("topics", (event_ref(ev, arts),), {"topics": []})) is None
    # an anchor whose text is not in the corpus: an orphan, reported by the full path
    ref = tuple(type(a)(a.sha256, a.article, a.passage_start, a.passage_end, a.mention_start,
                        a.mention_end, a.surface + "x") for a in event_ref(ev, arts))
    assert patch_edit(out, Edit("star", (ref,), {"starred": True})) is None
    assert out.result is corpus and out.applied == 0 and not out.edited
