"""Held-out pages (issue 9): five outlet layouts never used while building, and one page of
most others; measured once tuning was over.  Thresholds are the issue's goals."""

from __future__ import annotations

import pytest

from tests import page_eval


@pytest.fixture(scope="module")
def held():
    return page_eval.evaluate("heldout")


def test_heldout_publication_dates(held):
    d = held.as_dict()
    assert held.stated >= 30
    assert d["date_accuracy"] >= 0.95 and d["invented"] == 0, held.misses


def test_heldout_headlines_and_furniture(held):
    d = held.as_dict()
    assert held.headline_chrome == 0, held.misses
    assert d["furniture_event_share"] <= 0.02, held.misses
    assert held.body_as_furniture <= 0.02 * held.body_lines, held.misses
