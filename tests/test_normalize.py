"""Normalization and segmentation: offsets survive folding."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.extract.normalize import normalize, normalize_for_search
from viewer.extract.sentences import sentences


def test_folds_arabic_trivia():
    n = normalize("أَعلنَتْ إدارة الـــمركز آمنة في ٢٠٢٤ و۱۴ مستشفى")
    assert n.text == "اعلنت اداره المركز امنه في 2024 و14 مستشفي"


def test_span_maps_back_to_original_with_marks():
    text = "في عـــامِ ٢٠٢٠ زار"
    n = normalize(text)
    s = n.text.index("عام")
    e = n.text.index("2020") + 4
    a, b = n.span(s, e)
    assert text[a:b] == "عـــامِ ٢٠٢٠"


def test_search_normalization_is_idempotent_and_equal_for_variants():
    assert normalize_for_search("إسطنبول") == normalize_for_search("اسطنبول") == "اسطنبول"
    assert normalize_for_search("مُبادَرة") == normalize_for_search("مبادره")


def test_bidi_and_zero_width_are_ignored_for_matching():
    n = normalize("عام\u200f 20\u200b24\u202e")
    assert n.text == "عام 2024"


@settings(max_examples=300)
@given(st.text())
def test_normalize_map_is_consistent(text):
    n = normalize(text)
    assert len(n.index) == len(n.text) + 1
    assert all(0 <= i < len(text) for i in n.index[:-1])
    assert n.index == sorted(n.index)
    for i in range(len(n.text)):
        a, b = n.span(i, i + 1)
        assert a <= b <= len(text)


def test_sentences_respect_numbers_quotes_and_abbreviations():
    text = "قال د. أحمد إن النمو بلغ 2.5 بالمئة. وأضاف: «سنواصل العمل؟» ثم غادر!\nسطر جديد"
    got = [text[s.start : s.end] for s in sentences(text)]
    assert got == [
        "قال د. أحمد إن النمو بلغ 2.5 بالمئة.",
        "وأضاف: «سنواصل العمل؟»",
        "ثم غادر!",
        "سطر جديد",
    ]


@given(st.text())
def test_sentences_are_in_bounds_and_ordered(text):
    prev = 0
    for s in sentences(text):
        assert prev <= s.start < s.end <= len(text)
        prev = s.end
