"""Find Arabic temporal expressions and normalize them to date intervals.

Patterns run on normalized text (normalize.py) and every span is mapped back
to the original text, so ``text[start:end] == surface`` always holds.  Each
pattern is a linear-time regex with bounded repetitions (no nested
quantifiers over the same characters), and matches claim their span in
priority order, so a long expression (``يومي 8 و9 ديسمبر الجاري``) is never
also reported as its parts.

Relative expressions carry a *resolver* (publication date → interval); they
are resolved when the publication date is known, and otherwise get the widest
interval the article allows (see :class:`Inference`).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from viewer.extract import lexicon as lx
from viewer.extract.atoms import (  # noqa: F401  (the grammar atoms the rules share)
    _B,
    _BL,
    _CJ,
    _CL,
    _CP1,
    _DAY,
    _DAY_CUE,
    _DAYPART_BEFORE,
    _E,
    _ENDS_HIJRI_ERA,
    _ERA,
    _ERA_H,
    _G_MONTH,
    _H_MONTH,
    _MONTH_ANY,
    _MONTH_PAIR,
    _ORD,
    _OSP,
    _QUAL,
    _SP,
    _TO_WORD,
    _WD,
    _WEEKDAY_PREFIX,
    _YCUE,
    _YEAR,
    _YEAR_TAIL,
    Interval,
    Resolver,
    _alt,
    _Cand,
    _month,
    _month_end,
    _valid_year,
    _year,
)
from viewer.extract.calendars import hijri_month as _hijri_month
from viewer.extract.calendars import hijri_months_in_gregorian_year
from viewer.extract.calendars import hijri_to_greg as _hijri_to_greg
from viewer.extract.calendars import hijri_year as _hijri_year
from viewer.extract.calendars import hijri_year_of as _hijri_year_of
from viewer.extract.calendars import hijri_ym_of as _hijri_ym_of
from viewer.extract.gate import first_word_test
from viewer.extract.normalize import Normalized, normalize
from viewer.extract.rules import all_rules
from viewer.extract.scan import OTHER_DIGIT_WORD, Gates, WordIndex, scan_numeric
from viewer.model import Mention


@dataclass
class Inference:
    """What the text itself says about its publication date."""

    lower_bound: date | None = None
    reason: str | None = None
    # Set when the mention budget was spent: the mentions kept, and the original
    # offset from which the text was not scanned (or not used).
    cap_kept: int | None = None
    cap_offset: int | None = None


# ---------------------------------------------------------------- patterns



# Day (+ second day) + month + year / qualifier.  One pattern, so day ranges
# and weekdays bind to their month before the month is seen alone.
_DATE = re.compile(
    rf"{_B}(?P<wd>{_WEEKDAY_PREFIX})?"
    rf"(?P<cue>{_DAY_CUE}|{_CL}(?:ال)?(?:ايام|يومي){_SP}|(?:من|بين){_SP})?"
    rf"(?:(?P<day>{_DAY})|(?P<dord>{_ORD}))"
    rf"(?:{_OSP}(?:-|–|و|الي|حتي|و\s?حتي){_OSP}(?P<day2>{_DAY}))?"
    rf"{_OSP}(?:من{_SP})?(?:شهر{_SP})?{_MONTH_PAIR}"
    rf"(?:{_YEAR_TAIL}|{_SP}(?P<qual>{_QUAL}){_E})?"
)
# Month (+ year / qualifier) without a day.
_MONTH = re.compile(
    rf"{_B}(?P<cue>{_CL}(?:ال)?شهر{_SP})?{_MONTH_PAIR}"
    rf"(?:{_YEAR_TAIL}|{_SP}(?P<qual>{_QUAL}){_E})?"
)
# "من 10 جانفي إلى 11 فيفري 2024", "بين أكتوبر 2021 ومارس 2022": both ends named.
_SPAN_RANGE = re.compile(
    rf"{_B}(?P<pre>{_CJ}?(?:من|بين|منذ)){_SP}(?:(?P<d1>{_DAY}){_OSP})?(?P<m1>{_CP1}?(?:{_G_MONTH})){_E}"
    rf"(?:{_SP}(?P<y1>{_YEAR}))?{_OSP}(?:-|–|{_TO_WORD}|و){_OSP}"
    rf"(?:(?P<d2>{_DAY}){_OSP})?(?P<m2>{_CP1}?(?:{_G_MONTH})){_E}{_OSP}[،,]?{_OSP}(?:(?:ال)?(?:عام|سنه){_SP})?(?P<y2>{_YEAR}){_ERA}"
)
# Separators - / . \ , one space allowed either side ("2 - 10 - 2025"), the same both times.
_NSEP = r"(?P<sep>[^\S\n]?[-/.\\][^\S\n]?)"
_NUMERIC_YMD = re.compile(
    rf"(?<![\d/.\-\\])(?P<y>\d{{4}}){_NSEP}(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d/\-\\]|\.\d)"  # a sentence full stop may follow
)
_NUMERIC_DMY = re.compile(
    rf"(?<![\d/.\-\\])(?P<d>\d{{1,2}}){_NSEP}(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})(?![\d/\-\\]|\.\d)"  # a sentence full stop may follow
)
_DAY_CUE_BEFORE = re.compile(rf"{_B}{_CL}(?:ال)?يوم{_SP}$")

_YEAR_CUE = rf"{_CL}(?:ال)?(?:عام|سنه|العام|السنه)"
_MULTI = re.compile(
    rf"{_B}(?P<pre>{_CJ}?(?:بين|من){_SP})?{_CL}(?:ال)?(?:عامي|سنتي|اعوام|سنوات|الاعوام|السنوات){_SP}"
    rf"(?P<years>{_YEAR}(?:{_OSP}[،,]?{_OSP}(?:و|الي|حتي)?{_OSP}{_YEAR}){{1,8}}){_ERA}"
)
_YEAR_RANGE = re.compile(
    rf"{_B}(?:(?P<pre>{_CJ}?(?:من|بين|منذ)){_SP})?(?:{_YEAR_CUE}{_SP})?(?P<y1>{_YEAR})"
    rf"(?:{_OSP}(?:-|–|—|/){_OSP}|{_SP}(?:{_TO_WORD}|و){_SP}(?:{_YEAR_CUE}{_SP})?)"
    rf"(?P<y2>{_YEAR}|\d{{2}}(?![\d%])){_ERA}(?![\w/-])"
)
_YEAR_WITH_CUE = re.compile(rf"{_B}(?P<cue>{_YEAR_CUE}){_SP}(?P<year>{_YEAR}){_ERA}")
_YEAR_AFTER_PREP = re.compile(
    rf"{_B}{_CJ}?{_BL}?(?:ال)?(?P<prep>{_alt(lx.YEAR_PREPOSITIONS)}|{_alt(lx.SEASONS)}"
    rf"|(?:ربع|نصف){_SP}(?:{_alt(lx.QUARTERS)}){_SP}من){_SP}(?P<year>{_YEAR}){_ERA}"
)
_HIJRI_YEAR = re.compile(rf"{_B}(?:{_YEAR_CUE}{_SP})?(?P<year>1[34]\d\d){_OSP}(?:{_ERA_H}){_E}")
_PAST_Q = _alt(w for w, q in lx.RELATIVE_QUALIFIERS.items() if q < 0)
_NOW_Q = _alt(w for w, q in lx.RELATIVE_QUALIFIERS.items() if q == 0)
_DECADE = re.compile(
    rf"{_B}{_CL}(?:ال)?(?:عقد{_SP}(?:ال)?)?(?P<dec>{_alt(lx.DECADES)})(?:يات|ات){_E}"
    rf"(?:{_SP}(?:من{_SP})?(?:ال)?قرن{_SP}(?P<cent>{_PAST_Q}|العشرين|{_NOW_Q}|الحادي{_SP}والعشرين|التاسع{_SP}عشر|ال{_OSP}20|ال{_OSP}19|ال{_OSP}21|20|19|21){_E})?"
)
_REL_UNIT = re.compile(
    rf"{_B}{_CL}(?:ال)?(?P<unit>اسبوع|شهر|عام|سنه){_SP}(?P<qual>{_QUAL}){_E}"
    rf"|{_B}(?:{_CJ}?(?:ب|ل|في{_SP})?)(?:هذا|هذه){_SP}(?:ال)(?P<unit2>اسبوع|شهر|عام|سنه){_E}"
)
_REL_DAY = re.compile(
    rf"{_B}(?P<cue>{_DAY_CUE})?(?:"
    rf"(?P<dby>(?:{_CJ}?اول{_SP}(?:من{_SP})?امس)|(?:{_CJ}?(?:ب)?(?:ال)?امس{_SP}الاول))"
    rf"|(?P<yest>{_CJ}?(?:ب)?(?:ال)?امس|{_CJ}?(?:ال)?بارحه)"
    rf"|(?P<today>{_CJ}?اليوم)"
    rf"|(?P<tom>{_CJ}?غدا)"
    rf"|(?P<dat>{_CJ}?بعد{_SP}غد)"
    rf"){_E}(?:{_SP}ال(?P<wd>{_WD}){_E})?"
)
_WEEKDAY = re.compile(
    rf"{_B}(?P<cue>{_DAY_CUE})?{_CJ}?{_BL}?ال(?P<wd>{_WD}){_E}(?:{_SP}(?P<qual>{_QUAL}){_E})?"
)
_ANNIV = re.compile(
    rf"{_B}{_CL}(?:ال)?ذكري{_SP}(?:(?:ال)?سنويه{_SP})?"
    rf"(?:ال{_OSP}(?P<n>\d{{1,3}})(?!\d)|(?P<ord>{_ORD}){_E})"
    rf"(?:{_SP}(?:ال)?سنويه{_E})?"
)
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{0,300}\]|\{\{[^{}\n]{0,100}\}\}")
_PLACEHOLDER_WORDS = re.compile(r"ادخل|التاريخ|تاريخ|date|xx|placeholder", re.IGNORECASE)
# Normalized text is lower case (normalize.py), so no re.I: the case-blind scan cost
# more than all the other whole-text patterns together.
_COPYRIGHT_MARKS = ("©", "(c)", "copyright")
_COPYRIGHT = re.compile(
    rf"(?:©|\(c\)|copyright){_OSP}(?P<y1>{_YEAR})(?:{_OSP}[-–]{_OSP}(?P<y2>{_YEAR}))?"
)

_NAMED_BEFORE = re.compile(
    rf"{_B}{_CJ}?{_BL}?(?:ال)?(?:ملعب|شارع|ساحه|ميدان|جسر|حي|ثوره|حراك|مستشفي|مدرسه|جامعه|نفق|مطار|ميناء|"
    rf"ستاد|مجمع|مركز|حركه|انتفاضه|فندق){_SP}$"
)
# "من 1 جويلية إلى 31 أوت من كل سنة": a date (or the first end of a range) repeated every year.
_HABITUAL_AFTER = re.compile(
    rf"(?:{_OSP}(?:-|–|{_TO_WORD}){_OSP}{_DAY}{_OSP}{_MONTH_ANY}(?![^\W\d_]))?"
    rf"{_OSP}[،,]?{_OSP}(?:من{_SP})?كل{_SP}(?:عام|سنه|شهر|اسبوع){_E}"
)
_SINCE_BEFORE = re.compile(rf"{_B}{_CJ}?منذ{_SP}$")
_PART_BEFORE = re.compile(
    rf"{_B}{_CJ}?(?:في{_SP}|خلال{_SP}|مع{_SP}|حتي{_SP})?{_CJ}?{_BL}?(?:ال)?(?P<part>{_alt(lx.PERIOD_PARTS)}){_SP}$"
)
_SEASON_BEFORE = re.compile(rf"{_B}{_CJ}?{_BL}?(?:ال)?(?P<season>{_alt(lx.SEASONS)}){_SP}$")
_QUARTER_BEFORE = re.compile(
    rf"{_B}{_CJ}?{_BL}?ال(?P<q>ربع|نصف){_SP}(?P<ord>{_alt(lx.QUARTERS)}){_SP}(?:من{_SP})?$"
)
_LEFT_CUE_TAIL = re.compile(
    rf"(?:منذ|من|{_alt(lx.PERIOD_PARTS)}|{_alt(lx.SEASONS)}|{_alt(lx.QUARTERS)})$"
)
_FOUNDING = re.compile(_alt(lx.FOUNDING_WORDS))


# ---------------------------------------------------------------- scanning
#
# Every pattern above but the numeric, copyright and placeholder ones starts
# with ``_B`` and a word character, so a match can only start where a word
# (a maximal ``\w+`` run) starts.  Trying such a pattern at every word of an
# article is what made extraction slow: the optional clitics in front of most
# patterns are tried in every combination at every word.  Instead, each
# pattern has a *first-word test*: a regex that matches the beginning of any
# word a match of the pattern can start with (a superset: it may accept words
# the pattern then rejects).  An article's words are classified once (the
# result per distinct word is cached across articles), and each pattern is
# tried only at the words it accepts, left to right, resuming after each match
# exactly as ``finditer`` does, so the matches are the same.  Multi-word
# alternatives only contribute their first word to a test.


def _alt_first(words) -> str:
    return _alt({w.split()[0] for w in words})


_CUE_WORD = rf"{_CL}(?:ال)?(?:يوم|ليله)"  # the word of _DAY_CUE
_YEAR_CUE_WORD = _YEAR_CUE  # one word
_FIRST_WORD: dict[str, str] = {
    "date": rf"{_CUE_WORD}|{_CJ}?ال(?:{_alt_first(lx.WEEKDAYS)})|{_CL}(?:ال)?(?:ايام|يومي)|من|بين|\d|{_ORD}",
    "month": rf"{_CL}(?:ال)?شهر|{_CP1}?(?:{_alt_first(lx.GREGORIAN_MONTHS)}|{_alt_first(lx.HIJRI_MONTHS)})",
    "span_range": rf"{_CJ}?(?:من|بين)",
    "multi": rf"{_CJ}?(?:بين|من)|{_CL}(?:ال)?(?:عامي|سنتي|اعوام|سنوات|الاعوام|السنوات)",
    "year_range": rf"{_CJ}?(?:من|بين)|{_YEAR_CUE_WORD}|\d",
    "year_with_cue": _YEAR_CUE_WORD,
    "year_after_prep": rf"{_CJ}?{_BL}?(?:ال)?(?:{_alt(lx.YEAR_PREPOSITIONS)}|{_alt(lx.SEASONS)}|ربع|نصف)",
    "hijri_year": rf"{_YEAR_CUE_WORD}|\d",
    "decade": rf"{_CL}(?:ال)?(?:عقد|{_alt(lx.DECADES)})",
    "anniversary": rf"{_CL}(?:ال)?ذكري",
    "relative_unit": rf"{_CL}(?:ال)?(?:اسبوع|شهر|عام|سنه)|{_CJ}?{_BL}?(?:هذا|هذه)|{_CJ}?في",
    "relative_day": rf"{_CUE_WORD}|{_CJ}?اول|{_CJ}?(?:ب)?(?:ال)?امس|{_CJ}?(?:ال)?بارحه|{_CJ}?اليوم|{_CJ}?غدا|{_CJ}?بعد",
    "weekday": rf"{_CUE_WORD}|{_CJ}?{_BL}?ال(?:{_alt_first(lx.WEEKDAYS)})",
}
_GATED: dict[str, re.Pattern] = {
    "date": _DATE,
    "month": _MONTH,
    "span_range": _SPAN_RANGE,
    "multi": _MULTI,
    "year_range": _YEAR_RANGE,
    "year_with_cue": _YEAR_WITH_CUE,
    "year_after_prep": _YEAR_AFTER_PREP,
    "hijri_year": _HIJRI_YEAR,
    "decade": _DECADE,
    "anniversary": _ANNIV,
    "relative_unit": _REL_UNIT,
    "relative_day": _REL_DAY,
    "weekday": _WEEKDAY,
}
_RULES = all_rules()
for _r in _RULES:
    _FIRST_WORD[_r.name] = _r.first_word
    _GATED[_r.name] = _r.pattern
    if _r.needs_word:
        _FIRST_WORD[f"needs:{_r.name}"] = _r.needs_word
_NEEDS = {
    r.name: r.needs if re.escape(r.needs) == r.needs else re.compile(r.needs) for r in _RULES if r.needs
}
for _name, _rx in _GATED.items():
    if _name != "hijri_numeric":
        _FIRST_WORD[_name] = first_word_test(_rx)
_FIRST_WORD["other_digit"] = OTHER_DIGIT_WORD  # not a pattern: selects the numeric locator
_GATES = Gates(_FIRST_WORD)
_GATE_BIT = _GATES.bit


# ---------------------------------------------------------------- helpers


_CLITIC_LETTERS = "".join(lx.CONJUNCTIONS + lx.PREPOSITIONS[:2])


def _clean_word(word: str) -> str:
    """Strip a clitic (و ف ب ل) off a month word: 'وديسمبر' → 'ديسمبر'."""
    w = " ".join(word.split())
    if w in lx.GREGORIAN_MONTHS or w in lx.HIJRI_MONTHS:
        return w
    if w[:1] in _CLITIC_LETTERS and (w[1:] in lx.GREGORIAN_MONTHS or w[1:] in lx.HIJRI_MONTHS):
        return w[1:]
    return w


def _month_of(word: str) -> tuple[int, bool] | None:
    """(month number, is_hijri) for a normalized month word."""
    w = _clean_word(word)
    if w in lx.GREGORIAN_MONTHS:
        return lx.GREGORIAN_MONTHS[w], False
    if w in lx.HIJRI_MONTHS:
        return lx.HIJRI_MONTHS[w], True
    return None


def _shift_year(y: int, m: int, pub: date, q: int) -> int:
    """Year of month ``m`` called الجاري (0), المقبل (+1) or الماضي (-1) at ``pub``."""
    if q == 0:
        return pub.year
    if q > 0:
        return pub.year if m > pub.month else pub.year + 1
    return pub.year if m < pub.month else pub.year - 1


_WD_RX = re.compile(rf"ال(?P<wd>{_WD}){_E}")


def _named_weekday(prefix: str | None) -> int | None:
    """The weekday named in a date's prefix ("الأحد 5 مايو"), or None."""
    m = _WD_RX.search(prefix or "")
    return lx.WEEKDAYS[m.group("wd")] if m else None


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"[^\S\n]*([\w%]+)", text[pos : pos + 40])
    return m.group(1) if m else ""


def _is_count(text: str, end: int) -> bool:
    """A number followed by a counted noun or a percent sign is not a year."""
    nxt = text[end : end + 3].lstrip()
    if nxt.startswith("%"):
        return True
    w = _next_word(text, end)
    for pre in ("", "و"):
        if w.startswith(pre) and w[len(pre) :] in lx.COUNT_NOUNS:
            return True
    return False


def _phone_like(text: str, start: int, end: int) -> bool:
    """Digit groups around the number (+965 2222 1234) make it a phone number."""
    before = text[max(0, start - 3) : start]
    after = text[end : end + 3]
    return bool(re.search(r"[\d+][ -]?$", before)) or bool(re.match(r"[ -]?\d", after))


# ---------------------------------------------------------------- extractor


_CORE_STEPS = (
    "_placeholders",
    "_copyright",
    "_numeric",
    "_span_ranges",
    "_dates",
    "_multi",
    "_year_ranges",
    "_months",
    "_hijri_years",
    "_years_with_cue",
    "_years_after_prep",
    "_decades",
    "_anniversaries",
    "_relative_units",
    "_relative_days",
    "_weekdays",
)


def _step_order() -> list[tuple[bool, str]]:
    """(is_rule, name) of every step in run order: each rule just before the core step it names, in rule order."""
    steps: list[tuple[bool, str]] = [(False, name) for name in _CORE_STEPS]
    for rule in _RULES:
        i = steps.index((False, f"_{rule.before}"))  # ValueError names a rule whose step does not exist
        steps.insert(i, (True, rule.name))
    return steps


_RULE_BY_NAME = {r.name: r for r in _RULES}
_STEP_ORDER = _step_order()


class _Extractor:
    def __init__(self, text: str, max_mentions: int | None = None) -> None:
        self.norm: Normalized = normalize(text)
        self.t = self.norm.text
        # Claimed spans, kept sorted and disjoint so a check is a bisection, not
        # a scan: an article with thousands of dates stays linear-ish.
        self._starts: list[int] = []
        self._ends: list[int] = []
        self.cands: list[_Cand] = []
        self.index = WordIndex(self.t, _GATES)
        self.cache: dict[str, object] = {}  # per-text indexes the rules build once
        self.max_mentions = max_mentions
        self.cut: int | None = None  # normalized offset from which nothing was kept (budget spent)
        self.spent = False

    # claim bookkeeping (few mentions per article: a linear scan is fine)
    def free(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self._starts, s)
        if i > 0 and self._ends[i - 1] > s:
            return False
        return not (i < len(self._starts) and self._starts[i] < e)

    def _claim(self, s: int, e: int) -> None:
        i = bisect.bisect_right(self._starts, s)
        self._starts.insert(i, s)
        self._ends.insert(i, e)

    def _release(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self._starts, s)
        if i < len(self._starts) and self._starts[i] == s and self._ends[i] == e:
            del self._starts[i], self._ends[i]

    def _scan(self, name: str):
        """``_GATED[name].finditer(self.t)`` (up to the budget), tried only at the words it can start with."""
        return self.index.scan(_GATED[name], _GATE_BIT[name])

    def _scan_numeric(self, rx: re.Pattern):
        """``rx.finditer(self.t)`` (up to the budget) for a numeric date."""
        return scan_numeric(self.index, rx, _GATE_BIT["other_digit"])

    def add(self, c: _Cand) -> None:
        if c.start >= self.index.limit:
            return  # past the budget: that part of the text is not scanned
        self._claim(c.start, c.end)
        self.cands.append(c)
        if not self.spent and self.max_mentions is not None and len(self.cands) > self.max_mentions:
            # The budget is spent: the step that spent it and every later one stop
            # here, so an article of dense dates costs what its first mentions cost.
            self.index.limit = min(self.index.limit, c.end)
            self.spent = True

    def run(self) -> list[_Cand]:
        # Segment by segment (an ordinary article is one): every step on a segment,
        # in priority order, then the next, so a spent budget stops the whole scan.
        index = self.index
        seg = 0
        while index.segment(seg) is not None and not self.spent:
            index.window = seg
            for kind, name in _STEP_ORDER:
                if kind:
                    self._run_rule(_RULE_BY_NAME[name])
                else:
                    getattr(self, name)()
            seg += 1
        index.window = None
        if self.spent:
            self._apply_budget()
        for c in self.cands:
            self._extend_left(c)
        self.cands.sort(key=lambda c: c.start)
        return self.cands

    def _apply_budget(self) -> None:
        """Keep the first ``max_mentions`` in text order, all of them before ``cut``.

        Every step scanned the text up to the limit, so what lies before it is
        complete; steps that ran before the budget was spent (in the same
        segment) went further, and their mentions past the limit are dropped.
        """
        limit = self.index.limit
        kept = sorted((c for c in self.cands if c.start < limit), key=lambda c: c.start)
        cut = limit
        if len(kept) > self.max_mentions:
            cut = kept[self.max_mentions].start
            kept = kept[: self.max_mentions]
        self.cands, self.cut = kept, cut

    def _run_rule(self, rule) -> None:
        needs = _NEEDS.get(rule.name)
        if needs is not None and not self.index.contains(needs):
            return
        needs_bit = _GATE_BIT[f"needs:{rule.name}"] if rule.needs_word else 0
        for m in self.index.scan(rule.pattern, _GATE_BIT[rule.name], needs_bit):
            if self.free(m.start(), m.end()):
                rule.handle(self, m)

    # -- individual phenomena ------------------------------------------------
    def _placeholders(self) -> None:
        if "[" not in self.t and "{{" not in self.t:
            return
        for m in self.index.search_all(_PLACEHOLDER):
            if _PLACEHOLDER_WORDS.search(m.group(0)):
                self.add(_Cand(m.start(), m.end(), "placeholder", "unknown", resolved=False))

    def _copyright(self) -> None:
        if not any(mark in self.t for mark in _COPYRIGHT_MARKS):
            return
        for m in self.index.search_all(_COPYRIGHT):
            y1 = int(m.group("y1"))
            y2 = int(m.group("y2")) if m.group("y2") else y1
            if _valid_year(y1) and y1 <= y2:
                self.add(_Cand(m.start(), m.end(), "copyright", "year", date(y1, 1, 1), date(y2, 12, 31)))

    def _numeric(self) -> None:
        for rx in (_NUMERIC_YMD, _NUMERIC_DMY):
            for m in self._scan_numeric(rx):
                if not self.free(m.start(), m.end()):
                    continue
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
                if not _valid_year(y):
                    continue
                try:
                    day = date(y, mo, d)
                except ValueError:
                    continue
                start = m.start()
                cue = _DAY_CUE_BEFORE.search(self.t, max(0, start - 12), start)
                if cue and self.free(cue.start(), start):
                    start = cue.start()  # "يوم 14.09.2022" keeps its cue (docs/gold.md H5)
                self.add(_Cand(start, m.end(), "absolute", "day", day, day))

    def _span_ranges(self) -> None:
        for m in self._scan("span_range"):
            if not self.free(m.start(), m.end()) or bool(m.group("d1")) != bool(m.group("d2")):
                continue
            m1 = lx.GREGORIAN_MONTHS.get(_clean_word(m.group("m1")))
            m2 = lx.GREGORIAN_MONTHS.get(_clean_word(m.group("m2")))
            if m1 is None or m2 is None:
                continue
            y2 = int(m.group("y2"))
            d1 = int(m.group("d1")) if m.group("d1") else 1
            d2 = int(m.group("d2")) if m.group("d2") else None
            y1 = int(m.group("y1")) if m.group("y1") else (y2 if (m1, d1) <= (m2, d2 or 31) else y2 - 1)
            try:
                a = date(y1, m1, d1)
                b = date(y2, m2, d2) if d2 else _month_end(y2, m2)
            except ValueError:
                continue
            if not (_valid_year(y1) and _valid_year(y2)) or a > b:
                continue
            self.add(_Cand(m.start(), m.end(), "range", "day" if d2 else "month", a, b))

    def _dates(self) -> None:
        for m in self._scan("date"):
            if not self.free(m.start(), m.end()):
                continue
            info = _month_of(m.group("mon"))
            if info is None:
                continue
            month, hijri = info
            day = int(m.group("day")) if m.group("day") else lx.ordinal_value(m.group("dord") or "")
            if not day or day > 31:
                continue
            day2 = int(m.group("day2")) if m.group("day2") else None
            if day2 is not None and not (day < day2 <= 31):
                continue
            cue = (m.group("cue") or "").strip()
            if _HABITUAL_AFTER.match(self.t, m.end()):
                continue  # "31 أوت من كل سنة": every year, not a date
            if _NAMED_BEFORE.search(self.t[max(0, m.start() - 12) : m.start()]):
                continue  # "ملعب 5 جويلية", "شارع 26 يوليو": a name, not a date
            if m.group("dord") and re.search(
                r"(?:كانون|تشرين|ربيع|جمادي)\s*$", self.t[max(0, m.start() - 8) : m.start()]
            ):
                continue  # "كانون الثاني" is a month, not "the second"
            if m.group("dord") and not m.group("year") and not m.group("qual"):
                # "الأول من يناير" needs a year or qualifier to be a date at all.
                if "من" not in m.group(0)[: m.start("mon") - m.start()]:
                    continue
            start = m.start()
            if cue in ("من", "بين") and day2 is None:
                # a lone "من" before a single day is not part of the date
                start = m.start("day") if m.group("day") else m.start("dord")
            year = int(m.group("year")) if m.group("year") else None
            era_h = bool(m.group("year")) and _ENDS_HIJRI_ERA.search(m.group(0).strip()) is not None
            hijri = hijri or era_h
            gran = "day"
            kind = "range" if day2 else "absolute"
            d_last = day2 or day
            joined_by_and = day2 is not None and re.search(
                r"^\s*و\s*$", self.t[m.end("day") if m.group("day") else m.end("dord") : m.start("day2")]
            )
            if joined_by_and and day2 != day + 1 and year is not None and not hijri:
                # "يومي 13 و27 مايو 2023": two separate days, not a span
                try:
                    parts = [(date(year, month, day),) * 2, (date(year, month, day2),) * 2]
                except ValueError:
                    continue
                self.add(_Cand(start, m.end(), "multi", gran, parts[0][0], parts[1][1], parts=parts))
                continue
            if year is not None:
                iv = self._day_interval(year, month, day, d_last, hijri)
                if iv is None:
                    continue
                named = _named_weekday(m.group("wd"))
                clash = named is not None and not day2 and iv[0].weekday() != named
                c = _Cand(
                    start,
                    m.end(),
                    "hijri" if hijri and not day2 else kind,
                    gran,
                    *iv,
                    calendar="hijri" if hijri else "gregorian",
                    note=f"weekday contradicts the date ({iv[0]:%A} {iv[0].isoformat()})" if clash else None,
                )
            else:
                q = lx.RELATIVE_QUALIFIERS.get(m.group("qual") or "")
                res = self._relative_day_resolver(month, day, d_last, hijri, q)
                if res is None:
                    continue
                c = _Cand(
                    start,
                    m.end(),
                    "relative",
                    gran,
                    resolver=res,
                    calendar="hijri" if hijri else "gregorian",
                    note=None if q is not None else "year from the publication date",
                )
                if q is None and not hijri:
                    c.extra["yearless"] = (month, day, d_last)
            self.add(c)

    def _day_interval(self, year: int, month: int, d1: int, d2: int, hijri: bool) -> Interval | None:
        if hijri:
            a, b = _hijri_to_greg(year, month, d1), _hijri_to_greg(year, month, d2)
            return (a, b) if a and b else None
        if not _valid_year(year):
            return None
        try:
            return date(year, month, d1), date(year, month, d2)
        except ValueError:
            return None

    def _relative_day_resolver(self, month: int, d1: int, d2: int, hijri: bool, q: int | None):
        if d1 > 30 and hijri:
            return None
        if not hijri and d2 > calendar.monthrange(2024, month)[1]:
            return None

        def resolve(pub: date) -> Interval:
            if hijri:
                try:
                    hy = _hijri_year_of(pub)
                except ValueError:
                    return _year(pub.year)
                iv = self._day_interval(hy, month, d1, d2, True)
                return iv or _year(pub.year)
            y = pub.year if q is None else _shift_year(pub.year, month, pub, q)
            if d2 > calendar.monthrange(y, month)[1]:  # 29 February in a common year
                return _month(y, month)
            return date(y, month, d1), date(y, month, d2)

        return resolve

    def _months(self) -> None:
        for m in self._scan("month"):
            if not self.free(m.start(), m.end()):
                continue
            word = _clean_word(m.group("mon"))
            info = _month_of(word)
            if info is None:
                continue
            month, hijri = info
            year = int(m.group("year")) if m.group("year") else None
            qual = m.group("qual")
            cue = m.group("cue")
            if year is None and qual is None:
                # A bare month name: only after شهر or a temporal preposition,
                # and never the short/ambiguous words.
                if word in lx.AMBIGUOUS_MONTHS or (hijri and word in lx.AMBIGUOUS_HIJRI and not cue):
                    continue
                if not cue and not re.search(
                    rf"{_B}{_CJ}?(?:في|خلال|منذ|حتي|مطلع|اواخر|اوايل|منتصف|بدايه|نهايه|قبل|بعد){_SP}$",
                    self.t[max(0, m.start() - 12) : m.start()],
                ):
                    continue
            if year is not None:
                era_h = _ENDS_HIJRI_ERA.search(m.group(0).strip()) is not None
                if hijri and not era_h and year >= 1900:
                    # "رمضان 2025": the Hijri month that starts in that Gregorian
                    # year; two of them (2030) is ambiguous, so no date
                    found = hijri_months_in_gregorian_year(month, year)
                    if len(found) == 1:
                        self.add(_Cand(m.start(), m.end(), "hijri", "month", *found[0][1], calendar="hijri"))
                elif hijri or era_h:
                    iv = _hijri_month(year, month)
                    if iv is None:
                        continue
                    self.add(_Cand(m.start(), m.end(), "hijri", "month", *iv, calendar="hijri"))
                elif _valid_year(year):
                    self.add(_Cand(m.start(), m.end(), "absolute", "month", *_month(year, month)))
                continue
            q = lx.RELATIVE_QUALIFIERS.get(qual or "")

            def resolve(pub: date, month=month, hijri=hijri, q=q) -> Interval:
                if hijri:
                    try:
                        hy, hm = _hijri_ym_of(pub)
                    except ValueError:
                        return _year(pub.year)
                    if q and q > 0:
                        hy += month <= hm
                    elif q and q < 0:
                        hy -= month >= hm
                    return _hijri_month(hy, month) or _year(pub.year)
                y = pub.year if q is None else _shift_year(pub.year, month, pub, q)
                return _month(y, month)

            self.add(
                _Cand(
                    m.start(),
                    m.end(),
                    "relative",
                    "month",
                    resolver=resolve,
                    calendar="hijri" if hijri else "gregorian",
                    note=None if q is not None else "year from the publication date",
                )
            )

    def _multi(self) -> None:
        for m in self._scan("multi"):
            if not self.free(m.start(), m.end()):
                continue
            years = [int(y) for y in re.findall(r"\d{4}", m.group("years"))]
            if not all(_valid_year(y) for y in years) or years != sorted(years) or len(set(years)) < 2:
                continue
            start = m.start()
            if m.group("pre") and len(years) == 2:
                self.add(
                    _Cand(start, m.end(), "range", "year", date(years[0], 1, 1), date(years[-1], 12, 31))
                )
                continue
            if m.group("pre"):
                start = m.start() + len(m.group("pre"))
            parts = [_year(y) for y in years]
            self.add(_Cand(start, m.end(), "multi", "year", parts[0][0], parts[-1][1], parts=parts))

    def _year_ranges(self) -> None:
        for m in self._scan("year_range"):
            if not self.free(m.start(), m.end()):
                continue
            y1 = int(m.group("y1"))
            raw2 = m.group("y2")
            y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
            if not (_valid_year(y1) and _valid_year(y2) and y1 < y2 <= y1 + 200):
                continue
            sep = self.t[m.end("y1") : m.start("y2")]
            if sep.strip() == "و" and not m.group("pre"):
                continue  # "2015 و2018" without بين is two years, not a span
            if _phone_like(self.t, m.start("y1"), m.end()) or _is_count(self.t, m.end()):
                continue
            self.add(_Cand(m.start(), m.end(), "range", "year", date(y1, 1, 1), date(y2, 12, 31)))

    def _hijri_years(self) -> None:
        for m in self._scan("hijri_year"):
            if not self.free(m.start(), m.end()):
                continue
            iv = _hijri_year(int(m.group("year")))
            if iv:
                self.add(_Cand(m.start(), m.end(), "hijri", "year", *iv, calendar="hijri"))

    def _years_with_cue(self) -> None:
        for m in self._scan("year_with_cue"):
            if not self.free(m.start(), m.end()):
                continue
            y = int(m.group("year"))
            if _valid_year(y):
                self.add(_Cand(m.start(), m.end(), "absolute", "year", *_year(y)))

    def _years_after_prep(self) -> None:
        for m in self._scan("year_after_prep"):
            s, e = m.start("year"), m.end()
            if not self.free(s, e):
                continue
            y = int(m.group("year"))
            if (
                not _valid_year(y)
                or _is_count(self.t, m.end("year"))
                or _phone_like(self.t, s, m.end("year"))
            ):
                continue
            kind = "absolute"
            if m.group("prep") == "منذ":
                s, kind = m.start(), "since"
            self.add(_Cand(s, e, kind, "year", *_year(y)))

    def _decades(self) -> None:
        for m in self._scan("decade"):
            if not self.free(m.start(), m.end()):
                continue
            dec = lx.DECADES[m.group("dec")]
            cent = re.sub(r"\s+", " ", m.group("cent") or "")
            if cent in ("العشرين", "ال20", "ال 20", "20"):
                base = 1900
            elif lx.RELATIVE_QUALIFIERS.get(cent) == 0 or cent in ("الحادي والعشرين", "ال21", "ال 21", "21"):
                base = 2000
            elif cent in ("التاسع عشر", "ال19", "ال 19", "19"):
                base = 1800
            else:
                base = 1900  # "التسعينيات" alone, or "القرن الماضي" (written after 2000)
            y = base + dec
            self.add(_Cand(m.start(), m.end(), "decade", "decade", date(y, 1, 1), date(y + 9, 12, 31)))

    def _anniversaries(self) -> None:
        for m in self._scan("anniversary"):
            if not self.free(m.start(), m.end()):
                continue
            n = int(m.group("n")) if m.group("n") else lx.ordinal_value(m.group("ord") or "")
            if not n or n > 1000:
                continue
            self.add(_Cand(m.start(), m.end(), "anniversary", "year", resolved=False, anniversary=n))

    def _relative_units(self) -> None:
        for m in self._scan("relative_unit"):
            if not self.free(m.start(), m.end()):
                continue
            unit = m.group("unit") or m.group("unit2")
            q = lx.RELATIVE_QUALIFIERS[m.group("qual")] if m.group("qual") else 0
            gran = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}[unit]

            def resolve(pub: date, gran=gran, q=q) -> Interval:
                if gran == "week":
                    ws = pub - timedelta(days=(pub.weekday() + 2) % 7) + timedelta(days=7 * q)
                    return ws, ws + timedelta(days=6)
                if gran == "month":
                    first = date(pub.year, pub.month, 1) + relativedelta(months=q)
                    return _month(first.year, first.month)
                return _year(pub.year + q)

            self.add(_Cand(m.start(), m.end(), "relative", gran, resolver=resolve))

    def _relative_days(self) -> None:
        for m in self._scan("relative_day"):
            if not self.free(m.start(), m.end()):
                continue
            if m.group("today"):
                nxt = _next_word(self.t, m.end("today"))
                before = self.t[max(0, m.start() - 8) : m.start()]
                follows_weekday = nxt[2:] in lx.WEEKDAYS and m.group(0).rstrip().endswith(nxt)
                adjective = nxt.startswith("ال") and nxt not in ("الي", "التي", "الذي", "الا", "الان")
                if (
                    (adjective and not follows_weekday)
                    or nxt.isdigit()
                    or re.search(r"(?:ذلك|نفس|هذا)\s+$", before)
                ):
                    continue  # اليوم الوطني, ذلك اليوم: not "today"
            offset = (
                -2
                if m.group("dby")
                else -1
                if m.group("yest")
                else 0
                if m.group("today")
                else 1
                if m.group("tom")
                else 2
            )

            wd = lx.WEEKDAYS.get(m.group("wd") or "")

            def resolve(pub: date, offset=offset, wd=wd) -> Interval:
                d = pub + timedelta(days=offset)
                if wd is not None and d.weekday() != wd:
                    # "اليوم الأحد" in a copy dated a day off: the named weekday
                    # decides, within a day of the computed date.
                    for k in (-1, 1):
                        if (d + timedelta(days=k)).weekday() == wd:
                            return d + timedelta(days=k), d + timedelta(days=k)
                return d, d

            note = "the weekday decides against an off-by-one publication date" if wd is not None else None
            self.add(_Cand(m.start(), m.end(), "relative", "day", resolver=resolve, note=note))

    def _weekdays(self) -> None:
        for m in self._scan("weekday"):
            if not self.free(m.start(), m.end()):
                continue
            wd_word = m.group("wd")
            if (
                not m.group("cue")
                and not m.group("qual")
                and wd_word in lx.AMBIGUOUS_WEEKDAYS
                and not _DAYPART_BEFORE.search(self.t[max(0, m.start() - 10) : m.start()])
            ):
                continue
            if (
                re.search(rf"(?:ايام|كل){_SP}$", self.t[max(0, m.start() - 8) : m.start()])
                or re.search(rf"^{_SP}(?:الي|حتي){_SP}(?:ال)?(?:{_WD}){_E}", self.t[m.end() : m.end() + 20])
                or re.search(
                    rf"(?:{_WD}){_SP}(?:الي|حتي){_SP}{_CJ}?{_BL}?ال$",
                    self.t[max(0, m.start() - 20) : m.start() + 2],
                )
            ):
                continue  # habitual ("أيام الثلاثاء", "من الأحد إلى الخميس"): not a date
            if wd_word == "جمعه" and re.search(
                r"(?:صلاه|خطبه)\s+$", self.t[max(0, m.start() - 8) : m.start()]
            ):
                continue
            wd = lx.WEEKDAYS[wd_word]
            q = lx.RELATIVE_QUALIFIERS.get(m.group("qual") or "")

            def resolve(pub: date, wd=wd, q=q) -> Interval:
                back = (pub.weekday() - wd) % 7
                if q is None or q == 0:
                    d = pub - timedelta(days=back)
                elif q < 0:
                    d = pub - timedelta(days=back or 7)
                else:
                    d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
                return d, d

            self.add(_Cand(m.start(), m.end(), "weekday", "day", resolver=resolve))

    # -- context that widens a mention to the left ----------------------------
    def _extend_left(self, c: _Cand) -> None:
        if c.kind in ("placeholder", "copyright", "anniversary"):
            return
        before = self.t[max(0, c.start - 40) : c.start]
        # Every widening below needs a cue word right before the mention, then spaces.
        if not before or not before[-1].isspace():
            return
        last = before.split()
        if not last or _LEFT_CUE_TAIL.search(last[-1]) is None:
            return
        ms = _SINCE_BEFORE.search(before)
        if (
            ms
            and c.kind in ("absolute", "hijri", "relative", "decade", "multi")
            and self._claim_left(c, ms, len(before))
        ):
            if c.resolver is None:  # a date that depends on publication stays "relative"
                c.kind = "since"
            return
        if c.earliest is None and c.resolver is None:
            return
        if c.granularity == "week":
            # "مطلع الأسبوع المقبل": the part word belongs to the mention; a
            # week is too short to narrow meaningfully, so the value stays.
            mp = _PART_BEFORE.search(before)
            if mp:
                self._claim_left(c, mp, len(before), keep_prep=True)
            return
        if c.granularity not in ("year", "month"):
            return
        mq = _QUARTER_BEFORE.search(before)
        if mq and c.granularity == "year" and self._claim_left(c, mq, len(before)):
            k = lx.QUARTERS[mq.group("ord")]
            if mq.group("q") == "نصف":
                k = min(k, 2)
                self._narrow_months(c, 6 * (k - 1) + 1, 6 * k)
            else:
                self._narrow_months(c, 3 * (k - 1) + 1, 3 * k)
            return
        ms2 = _SEASON_BEFORE.search(before)
        if ms2 and c.granularity == "year" and self._claim_left(c, ms2, len(before)):
            a, b = lx.SEASONS[ms2.group("season")]
            self._narrow_months(c, a, b)
            return
        mp = _PART_BEFORE.search(before)
        if mp and self._claim_left(c, mp, len(before), keep_prep=True):
            lo, hi = lx.PERIOD_PARTS[mp.group("part")]
            self._narrow_fraction(c, lo, hi)

    def _claim_left(self, c: _Cand, m: re.Match, blen: int, keep_prep: bool = False) -> bool:
        new_start = c.start - blen + m.start()
        if keep_prep:
            new_start = c.start - blen + m.start("part")
            # keep the clitics glued to the part word (بنهاية)
            # The word ending at new_start matters only when it is a bare
            # clitic (at most 3 letters), so 4 characters before it suffice
            # (a longer word shows as 4 letters, never a clitic); searching
            # all of self.t[:new_start] made this quadratic.
            tok = _WORD_AT_END.search(self.t, max(0, new_start - 4), new_start)
            if tok and new_start == tok.end() and tok.group(0) in ("و", "ف", "ب", "ل", "ال", "وال", "بال"):
                new_start = tok.start()
            while new_start > 0 and self.t[new_start - 1].isalpha():
                new_start -= 1
        if new_start >= c.start or not self.free(new_start, c.start):
            return False
        self._release(c.start, c.end)
        c.start = new_start
        self._claim(c.start, c.end)
        return True

    def _narrow_months(self, c: _Cand, m1: int, m2: int) -> None:
        def narrow(iv: Interval) -> Interval:
            y = iv[0].year
            return date(y, m1, 1), _month_end(y, m2)

        self._apply_narrow(c, narrow)

    def _narrow_fraction(self, c: _Cand, lo: float, hi: float) -> None:
        of_year = c.granularity == "year"

        def narrow(iv: Interval) -> Interval:
            a, b = iv
            days = (b - a).days + 1
            if of_year:
                m1 = 1 + round(12 * lo)
                m2 = round(12 * hi)
                return date(a.year, m1, 1), _month_end(a.year, m2)
            # Thirds of a month as the press uses them: 1–10, 11–20, 21–end.
            first = 1 + 10 * round(3 * lo)
            last = (b - a).days + 1 if hi >= 1 else 10 * round(3 * hi)
            return a + timedelta(days=first - 1), a + timedelta(days=min(last, days) - 1)

        self._apply_narrow(c, narrow)

    def _apply_narrow(self, c: _Cand, narrow: Callable[[Interval], Interval]) -> None:
        if c.resolver is not None:
            inner = c.resolver
            c.resolver = lambda pub: narrow(inner(pub))
        elif c.earliest and c.latest:
            c.earliest, c.latest = narrow((c.earliest, c.latest))
        c.granularity = "season"


# ---------------------------------------------------------------- public API


def extract_mentions(
    text: str, article_id: str = "", published: date | None = None, max_mentions: int | None = None
) -> tuple[list[Mention], Inference]:
    """All temporal mentions of ``text`` and what it implies about its publication date.

    ``max_mentions`` is a budget: once that many are found the scan stops, the
    first ones in text order are kept and ``Inference.cap_kept`` /
    ``cap_offset`` say so (a page of dense numbers costs what its first
    mentions cost, not what the whole page would).
    """
    ex = _Extractor(text, max_mentions)
    cands = ex.run()
    _resolve_anniversaries(ex.t, cands, ex, published)
    _narrative_years(cands, published)
    inference = _infer_lower_bound(cands, ex)
    if ex.cut is not None:
        inference.cap_kept = len(cands)
        inference.cap_offset = ex.norm.orig(ex.cut)
    mentions: list[Mention] = []
    for c in cands:
        ostart, oend = ex.norm.span(c.start, c.end)
        earliest, latest, resolved = c.earliest, c.latest, c.resolved
        if c.resolver is not None:
            if published is not None:
                earliest, latest = c.resolver(published)
                resolved = True
            else:
                bound = inference.lower_bound
                earliest = c.resolver(bound)[0] if bound else None
                latest = None
                resolved = False
        mentions.append(
            Mention(
                article=article_id,
                start=ostart,
                end=oend,
                surface=text[ostart:oend],
                earliest=earliest,
                latest=latest,
                granularity=c.granularity,
                kind=c.kind,
                resolved=resolved,
                calendar=c.calendar,
                note=c.note,
                parts=c.parts,
            )
        )
    return mentions, inference


_NARRATIVE_KINDS = ("absolute", "range", "multi", "since", "hijri")


def _narrative_years(cands: list[_Cand], published: date | None) -> None:
    """A yearless day ("12 آذار") is read forward from the nearest date before it.

    That date is the reference time of the narrative: an article recounting
    1982 dates ``12 آذار`` after ``شباط 1982`` in 1982; ``في ١٨ مايو`` after
    ``ديسمبر ٢٠٢٢`` is May 2023 (the first such day on or after the reference).
    When the nearest date before is itself relative to publication, or there is
    none, or the reading falls after publication, the publication year stays
    (the resolver), as before.
    """
    ref: _Cand | None = None
    for c in cands:  # sorted by start
        y_info = c.extra.get("yearless")
        if y_info:
            if ref is not None and ref.earliest is not None:
                month, d1, d2 = y_info
                start = ref.earliest
                try:
                    y = start.year if date(start.year, month, d2) >= start else start.year + 1
                    a, b = date(y, month, d1), date(y, month, d2)
                except ValueError:
                    continue
                if (published is None or b <= published) and (published is None or y != published.year):
                    c.earliest, c.latest, c.resolver, c.resolved = a, b, None, True
                    c.kind = "absolute"
                    c.note = f"year from the narrative ({y})"
                    ref = c
            continue
        if c.resolver is not None:
            ref = None  # the reference time is publication again
        elif (
            c.kind in _NARRATIVE_KINDS
            and c.latest is not None
            and c.granularity in ("day", "month", "year", "season")
        ):
            ref = c


def _resolve_anniversaries(t: str, cands: list[_Cand], ex: _Extractor, published: date | None = None) -> None:
    """Date "الذكرى الـN" as the year of the commemorated date + N.

    The commemorated date is, in order: the first fixed date after the
    anniversary in the same sentence ("الذكرى الـ75 لتأسيسها … الصادر في 8
    كانون الأول 1949"); the nearest date introduced by a founding word
    elsewhere (تأسيس، إنشاء، استقلال …); or the date another anniversary
    with the same N in the article was resolved to (a headline repeating it).
    """
    if not any(c.kind == "anniversary" for c in cands):
        return  # the founding-word search below is a third of this function's cost
    fixed = [
        c
        for c in cands
        if c.kind in ("absolute", "since", "hijri")
        and c.earliest is not None
        and c.granularity in ("day", "month", "year")
    ]
    founding = [c for c in fixed if _FOUNDING.search(t[max(0, c.start - 80) : c.start])]
    by_n: dict[int, int] = {}
    pending = []
    # Candidates are sorted by start and disjoint, so "the first fixed date
    # after" and "the nearest founding date" are bisections, not scans: an
    # article of thousands of anniversaries stays linear.
    fixed_starts = [f.start for f in fixed]
    founding_starts = [f.start for f in founding]
    stops: list[int] | None = None
    for c in cands:
        if c.kind != "anniversary" or c.anniversary is None:
            continue
        if stops is None:
            stops = [m.start() for m in _SENTENCE_STOP.finditer(t)]
        k = bisect.bisect_left(stops, c.end)
        sentence_end = stops[k] if k < len(stops) else len(t)
        i = bisect.bisect_left(fixed_starts, c.end)
        if i < len(fixed) and fixed_starts[i] < sentence_end:
            base = fixed[i]
        elif founding:
            # min(founding, key=distance): the first of the nearest, so the earlier one on a tie
            j = bisect.bisect_left(founding_starts, c.start)
            base = min(founding[max(0, j - 1) : j + 1], key=lambda f: abs(f.start - c.start))
        else:
            base = None
        if base is None:
            pending.append(c)
            continue
        _set_anniversary(c, base.earliest.year, published)
        by_n.setdefault(c.anniversary, base.earliest.year)
    for c in pending:
        if c.anniversary in by_n:
            _set_anniversary(c, by_n[c.anniversary], published)
        else:
            c.note = "commemorated date not found in the text"


_WORD_AT_END = re.compile(r"[\w]+$")
_SENTENCE_STOP = re.compile(r"[.!?؟؛\n]")


def _set_anniversary(c: _Cand, base_year: int, published: date | None = None) -> None:
    y = base_year + (c.anniversary or 0)
    if published is not None and y > published.year + 1:
        # an anniversary is written near its year: one far after publication
        # means the base found is not the commemorated date
        c.note = f"{base_year} + {c.anniversary} = {y} is after publication"
        return
    if _valid_year(y):
        c.earliest, c.latest = _year(y)
        c.resolved = True
        c.note = f"{base_year} + {c.anniversary}"


def _infer_lower_bound(cands: list[_Cand], ex: _Extractor) -> Inference:
    """Publication cannot precede the latest explicit date in the article."""
    best: tuple[date, str] | None = None
    for c in cands:
        if c.resolver is not None or c.latest is None or not c.resolved:
            continue
        if c.kind in ("decade", "placeholder"):
            continue
        last = c.latest
        if c.granularity in ("year", "season", "decade", "century"):
            point = date(last.year, 1, 1)
        elif c.granularity == "month":
            point = date(last.year, last.month, 1)
        else:
            point = last
        if c.kind == "copyright":
            point = date(c.earliest.year, 1, 1)
        os, oe = ex.norm.span(c.start, c.end)
        why = {
            "copyright": "copyright year",
            "anniversary": f"anniversary ({c.note})",
        }.get(c.kind, "latest explicit date")
        reason = f"{why}: «{ex.norm.original[os:oe]}»"
        if best is None or point > best[0]:
            best = (point, reason)
    if best is None:
        return Inference()
    return Inference(best[0], f"published no earlier than {best[0].isoformat()} ({best[1]})")
