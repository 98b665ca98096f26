"""First-word tests derived from the rules' patterns (extract/gate.py).

The scan equivalence tests (test_extract_scan.py) show the derived tests lose
no match; these show they are selective (the point of gating) and that a
pattern that may start inside a word is refused rather than gated wrongly.
"""

from __future__ import annotations

import re

import pytest

from viewer.extract import mentions as mx
from viewer.extract.gate import NotGatable, first_word_test
from viewer.extract.rules import all_rules

ORDINARY = ("الحكومة", "وزارة", "الاقتصاد", "مشروع", "قال", "أعلنت", "والتي", "تشرين_", "x")


def _ok(test: str, word: str) -> bool:
    return re.match(test, word) is not None


def test_every_word_rule_has_a_selective_derived_test():
    for rule in all_rules():
        if rule.scan != "word":
            continue
        test = mx._FIRST_WORD[rule.name]
        assert test == first_word_test(rule.pattern)
        assert test, rule.name  # never "accept every word"
        accepted = [w for w in ORDINARY if _ok(test, w)]
        assert not accepted, (rule.name, accepted)


@pytest.mark.parametrize(
    ("rule", "accepts", "rejects"),
    [
        # a day number, never a year: "2024" is no first word of day + month
        ("date", ["15", "8", "الخامس", "يوم", "ليوم", "الاثنين", "من"], ["2024", "123", "منها"]),
        ("year_range", ["2016", "بين", "ومن", "العام", "لعام"], ["15", "عامر", "2016x"]),
        ("year_with_cue", ["عام", "العام", "وبالعام", "لعام", "سنه"], ["عاما", "2024", "عامي"]),
        ("month", ["مايو", "ومايو", "شهر", "بشهر", "نيسان"], ["مايوه", "2024"]),
        ("relative_unit", ["الاسبوع", "هذا", "في"], ["فيه", "الاسبوعين"]),
        ("anniversary", ["الذكري", "بالذكري", "ذكري"], ["ذكريات"]),
    ],
)
def test_derived_tests_accept_first_words_and_reject_others(rule, accepts, rejects):
    test = mx._FIRST_WORD[rule]
    assert [w for w in accepts if not _ok(test, w)] == []
    assert [w for w in rejects if _ok(test, w)] == []


def test_patterns_that_may_start_inside_a_word_are_refused():
    with pytest.raises(NotGatable):
        first_word_test(re.compile(r"\d{4}-\d\d"))  # "x2024-01": starts inside a word
    with pytest.raises(NotGatable):
        first_word_test(re.compile(r"(?<![\w])\d+|\d{4}-"))  # one branch without the word start


def test_lookarounds_and_anchors():
    # a positive lookahead may look past the word: dropped (accepts more, never less)
    assert _ok(first_word_test(re.compile(r"(?<![\w])عام(?=\s+\d)")), "عام")
    # a negative lookahead inside the word is kept as written
    t = first_word_test(re.compile(r"(?<![\w])عام(?!ل)\w*"))
    assert _ok(t, "عام") and _ok(t, "عامة") and not _ok(t, "عامل")
    # a required space ends the first word
    t = first_word_test(re.compile(r"(?<![\w])في\s+عام"))
    assert _ok(t, "في") and not _ok(t, "فيه")
