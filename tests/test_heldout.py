"""Held-out evaluation of the date-mention extractor (tests/gold/heldout.json).

Eight articles in tests/data/heldout/ written, and their gold fixed, before the
extractor was run on them (docs/gold.md, "Held-out set").  They measure how
well the extractor generalises; thresholds are lower than for the development
articles.  ``python -m pytest tests/test_heldout.py -s`` prints the table and
every miss.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import gold_tools as gt

HELDOUT = gt.load_gold("heldout")

SPAN_P = SPAN_R = 0.85
VALUE_P = VALUE_R = 0.80
MAX_NOT_DATES_HIT = 1  # distinct not-date spans overlapped by an extracted mention


@pytest.fixture(scope="module")
def report(request):
    rep = gt.evaluate("heldout")
    capman = request.config.pluginmanager.getplugin("capturemanager")
    if capman is not None:
        with capman.global_and_fixture_disabled():
            gt.print_table(rep, verbose=True)
    else:  # pragma: no cover
        gt.print_table(rep, verbose=True)
    return rep


def test_heldout_present():
    assert len(HELDOUT) == 8
    assert sum(a["published"] is None for a in HELDOUT) == 4


@pytest.mark.parametrize("art", HELDOUT, ids=lambda a: a["id"])
def test_heldout_gold_offsets(art):
    text = gt.read_text(art["file"])
    for m in art["mentions"] + art["not_dates"]:
        assert text[m["start"] : m["end"]] == m["surface"], m
    for m in art["mentions"]:
        if m["earliest"] and m["latest"]:
            assert m["earliest"] <= m["latest"], m
        if not m["resolved"]:
            assert m["latest"] is None, m


def test_heldout_span_thresholds(report):
    o = report["overall"]
    assert o["span_precision"] >= SPAN_P and o["span_recall"] >= SPAN_R, (
        f"span P={o['span_precision']:.3f} R={o['span_recall']:.3f} (need {SPAN_P}/{SPAN_R})"
    )


def test_heldout_value_thresholds(report):
    o = report["overall"]
    assert o["value_precision"] >= VALUE_P and o["value_recall"] >= VALUE_R, (
        f"value P={o['value_precision']:.3f} R={o['value_recall']:.3f} (need {VALUE_P}/{VALUE_R})"
    )


def test_heldout_not_dates(report):
    hits = {(d["article"], h) for d in report["details"] for h in d["trap_hits"]}
    distinct = {(a, h.split(" <- ")[0]) for a, h in hits}
    assert len(distinct) <= MAX_NOT_DATES_HIT, "not dates extracted:\n" + "\n".join(sorted(map(str, hits)))


def _lb_cases():
    for a in HELDOUT:
        for lb, why in gt.lower_bound_cases(a):
            yield pytest.param(a, lb, why, id=a["id"])


@pytest.mark.parametrize("art,expected,reason", list(_lb_cases()))
def test_heldout_lower_bound(art, expected, reason):
    text = gt.read_text(art["file"])
    _, inference = gt.run_extractor(text, art["id"], None)
    expected = date.fromisoformat(expected) if expected else None
    assert inference.lower_bound == expected, (
        f"{art['id']}: lower bound {inference.lower_bound} (reason {inference.reason!r}), "
        f"expected {expected} ({reason})"
    )
