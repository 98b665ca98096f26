"""The load's garbage-collector policy (viewer.gcpause) rests on corpora being acyclic."""

from __future__ import annotations

import gc

from tests.conftest import DATA
from viewer.display.snapshot import make_snapshot
from viewer.gcpause import GcPause, gc_paused
from viewer.loading import ingest
from viewer.store import Store


def test_a_dropped_corpus_and_its_snapshot_leave_no_cycles() -> None:
    """Loads end with gc.freeze and nothing unfreezes: that is only sound if a corpus
    replaced by the next one is freed by reference counting alone."""
    with Store(":memory:") as st:
        result = ingest([DATA / "analyst", DATA / "pages"], store=st)
        snap = make_snapshot(result, st.search)
        assert result.events and snap.events_by_id
        gc.unfreeze()
        gc.collect()  # whatever reading left behind
        del result, snap
        assert gc.collect() == 0


def test_pauses_nest_and_restore_the_collector() -> None:
    assert gc.isenabled()
    outer = GcPause()
    outer.start()
    with gc_paused(freeze=True):
        assert not gc.isenabled()
    assert not gc.isenabled()  # the outer pause still holds
    outer.stop()
    assert gc.isenabled()
