"""The word-gated scanning finds exactly what ``finditer`` finds.

Each rule's pattern is tried only at words its first-word test (derived from
the pattern by extract/gate.py) accepts; these tests
check on dense random text made of the patterns' own vocabulary (with
clitics, digits, punctuation and odd spacing) that no match is lost or
changed.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.extract import lexicon as lx
from viewer.extract import mentions as mx

_WORDS = sorted(
    {
        *lx.GREGORIAN_MONTHS,
        *lx.HIJRI_MONTHS,
        *lx.WEEKDAYS,
        *lx.RELATIVE_QUALIFIERS,
        *lx.YEAR_PREPOSITIONS,
        *lx.PERIOD_PARTS,
        *lx.SEASONS,
        *lx.QUARTERS,
        *lx.DECADES,
        *(d + s for d in lx.DECADES for s in ("يات", "ات")),
        *("ال" + u for u in ("اول", "ثاني", "حادي", "خامسه", "سبعين", "عشرين")),
        "عشر", "و", "ال", "من", "بين", "الي", "حتي", "في", "منذ", "عام", "العام", "سنه", "عامي",
        "سنتي", "اعوام", "السنوات", "شهر", "يوم", "يومي", "ايام", "ليله", "اسبوع", "هذا", "هذه",
        "امس", "الامس", "بارحه", "اليوم", "غدا", "بعد", "غد", "اول", "ذكري", "الذكري", "سنويه",
        "عقد", "قرن", "القرن", "الماضي", "العشرين", "ربع", "نصف", "الموافق", "هجري", "ه", "م",
        "للميلاد", "كانون", "تشرين", "ربيع", "جمادي", "ذو", "الحجه", "مساء", "صلاه", "كل",
        "ملعب", "شارع", "نظم", "المركز", "دوره", "%", "c",
    }
)
_CLITICS = ("", "", "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "لل", "ال", "وال", "بال")
_NUMBERS = ("1", "8", "9", "13", "27", "31", "32", "75", "99", "2004", "2015", "2024", "1446", "1949",
            "٢٠٢٤", "20", "05", "0", "123456")
_GAPS = (" ", " ", " ", "  ", "\n", " - ", "-", "/", "، ", ", ", " (", ") ", ".", ": ", "ـ", "\u200f", "", "\t")


_MONTHS = sorted({*lx.GREGORIAN_MONTHS, *lx.HIJRI_MONTHS})
# Slots of a date expression, in the order the patterns expect them; a phrase
# fills each slot or not, so the pieces of every pattern meet often.
_SLOTS = (
    (0.2, ("مساء", "ملعب", "كل", "صلاه", "في", "خلال", "منذ", "مطلع", "نهايه", "ربع الاول من", "اواخر")),
    (0.35, ("يوم", "ليله", "يومي", "ايام", "من", "بين", "منذ", "في", "حتي", "بحلول", "عقد", "الذكري ال",
            "الذكري", "الذكري السنويه", "هذا", "هذه", "بعد", "اول من", "عام", "العام", "سنه", "عامي",
            "اعوام", "السنوات", "شهر", "الموافق", "صيف", "ربيع")),
    (0.3, (*("ال" + w for w in lx.WEEKDAYS), "الاول", "الثاني", "الحادي عشر", "الخامسه والسبعين",
           "العشرين", "اول", "امس", "عامي", "اعوام", "سنتي")),
    (0.5, _NUMBERS),
    (0.2, ("-", "و", "الي", "حتي", "و حتي", "–", "/")),
    (0.4, _NUMBERS),
    (0.2, ("من", "شهر", "من شهر")),
    (0.5, (*_MONTHS, *lx.WEEKDAYS, "امس", "اليوم", "غدا", "بارحه", "غد", "التسعينيات", "السبعينات",
           "اسبوع", "شهر", "عام", "سنه", "الاسبوع", "العام", "الشهر", "السنه")),
    (0.2, ("/ ابريل", "(نيسان)", "،", ",", "الموافق", "من عام", "سنه", "و")),
    (0.45, _NUMBERS),
    (0.35, ("م", "ه", "هجري", "للميلاد", *lx.RELATIVE_QUALIFIERS, "الاول", "من القرن الماضي", "القرن ال 20",
            "سنويه", "دوره", "%", "الي", "و")),
    (0.2, _NUMBERS),
)


def _phrase(rng: random.Random) -> list[str]:
    out = []
    scale = rng.choice((0.3, 0.6, 1.0, 1.4))  # short phrases too: adjacent pieces
    for p, choices in _SLOTS:
        if rng.random() < p * scale:
            w = rng.choice(choices)
            if rng.random() < 0.25 and not w[:1].isdigit():
                w = rng.choice(_CLITICS) + w
            out.append(w)
    return out


def _text(rng: random.Random, n: int) -> str:
    words: list[str] = []
    while len(words) < n:
        if rng.random() < 0.3:
            words.append(rng.choice(_CLITICS) + rng.choice(_WORDS))
        else:
            words.extend(_phrase(rng))
    out = []
    for w in words:
        out.append(w)
        out.append(" " if rng.random() < 0.8 else rng.choice(_GAPS))
    return "".join(out)


def _spans(it) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in it]


def _check(text: str) -> None:
    ex = mx._Extractor(text)
    t = ex.t
    for name, rx in mx._GATED.items():
        assert _spans(ex._scan(name)) == _spans(rx.finditer(t)), name
    for name, rx in mx._NUMERIC.items():
        assert _spans(ex._scan_numeric(rx)) == _spans(rx.finditer(t)), name


@pytest.mark.parametrize("seed", range(150))
def test_gated_scan_equals_finditer_on_dense_text(seed):
    rng = random.Random(seed)
    _check(_text(rng, rng.randint(1, 400)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CLITICS), st.sampled_from(_WORDS + list(_NUMBERS)),
                          st.sampled_from(_GAPS)), max_size=40))
def test_gated_scan_equals_finditer_hypothesis(parts):
    _check("".join(c + w + g for c, w, g in parts))


SAMPLES = (
    "وقال في هذا العام إن الزيارة بعد غد، أول من أمس والأمس الأول، ومن 2015 إلى 2018 وبين 2016-2017 "
    "في عام 1446 هـ وعام 1445هـ و١٤٤٦ هجرية، بين عامي 2015 و2018، وفي التسعينيات من القرن الماضي "
    "وعقد الثمانينات، بالذكرى الـ75 والذكرى السنوية الخامسة والسبعين، ومن 10 جانفي إلى 11 فيفري 2024 "
    "ومطلع 2024 وفي ربع الأول من 2023، يوم الثلاثاء المقبل ومساء الأحد، الاثنين 8 ديسمبر الجاري "
    "يومي 8 و9 ديسمبر 2024، الأول من يناير 2020، نيسان/أبريل 2024، شهر رمضان المقبل، الأسبوع المقبل "
    "في هذه السنة، وهذا الشهر، غدا واليوم والبارحة، 15 رمضان 1446 هـ، منذ عام 2017 وحتى 2019.\n"
)


def test_gated_scan_equals_finditer_on_samples():
    _check(SAMPLES)


def test_numeric_dates_inside_words_and_chains():
    _check("x2024-01-05 و1/2/2024 و2016-2016-2016-2017 05.06.2023. 12345-6-7 ٢٠٢٤/٠٣/٠١ x1446/9/15هـ "
           "१२/०३/२०२४ ߁߂-߀߅-߂߀߂߄")  # digits of other scripts take the general locator
