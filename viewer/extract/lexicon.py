"""Arabic calendar vocabulary for the date rules, in *normalized* form.

Nothing is written here: every list comes from the data files under
``viewer/lang/ar/`` (validated on load, see viewer/lang/loader.py).  This
module only gives the rules the names and shapes they use, and the few
functions over those lists (ordinal and cardinal values).
"""

from __future__ import annotations

from viewer.lang import load

_L = load()

GREGORIAN_MONTHS: dict[str, int] = _L.gregorian_months
MONTH_FAMILY: dict[str, str] = _L.month_family
HIJRI_MONTHS: dict[str, int] = _L.hijri_months
LATIN_MONTHS: dict[str, int] = _L.latin_months
# Short or ambiguous month words (آب = father, ماي, أوت …) count as months only
# next to a day number or a year.
AMBIGUOUS_MONTHS = set(_L.ambiguous_gregorian)
AMBIGUOUS_HIJRI = set(_L.ambiguous_hijri)
WEEKDAYS: dict[str, int] = _L.weekdays  # Python weekday(): Monday = 0
AMBIGUOUS_WEEKDAYS = set(_L.ambiguous_weekdays)
RELATIVE_QUALIFIERS: dict[str, int] = _L.qualifiers
APPROXIMATE: tuple[str, ...] = _L.approximate
COUNT_NOUNS = set(_L.count_nouns)
YEAR_PREPOSITIONS: tuple[str, ...] = _L.year_prepositions
YEAR_CUES: tuple[str, ...] = _L.year_cues
PERIOD_PARTS: dict[str, tuple[float, float]] = _L.period_parts
SEASONS: dict[str, tuple[int, int]] = _L.seasons
QUARTERS: dict[str, int] = _L.quarters
HALVES: dict[str, int] = _L.halves
FOUNDING_WORDS: tuple[str, ...] = _L.founding_words
NAMED_BEFORE: tuple[str, ...] = _L.named_before
DAY_PARTS: tuple[str, ...] = _L.day_parts
MONTH_PREPOSITIONS: tuple[str, ...] = _L.month_prepositions
PART_PREPOSITIONS: tuple[str, ...] = _L.part_prepositions
SEVERAL_YEARS_CUES: tuple[str, ...] = _L.several_years
HABITUAL_BEFORE: tuple[str, ...] = _L.habitual_before
FRIDAY_PRAYER: tuple[str, ...] = _L.friday_prayer
THAT_DAY_BEFORE: tuple[str, ...] = _L.that_day_before
NOT_ADJECTIVES = _L.not_adjectives
PLACEHOLDER_WORDS: tuple[str, ...] = _L.placeholder_words
YEAR_FRACTIONS: dict[str, int] = _L.year_fractions  # ربع → 3 months, نصف → 6
ERA_GREGORIAN: tuple[str, ...] = _L.era_gregorian
ERA_HIJRI: tuple[str, ...] = _L.era_hijri
ERA_MARKERS: tuple[str, ...] = tuple(sorted(set(_L.era_gregorian + _L.era_hijri), key=len, reverse=True))
UNITS = _L.units
FEASTS = _L.feasts
CONJUNCTIONS: tuple[str, ...] = _L.conjunctions
PREPOSITIONS: tuple[str, ...] = _L.prepositions  # ب ل ك, in that order
LAM_ARTICLE: str = _L.lam_article
STOPWORDS = _L.stopwords
DEICTIC_DAYS: dict[str, int] = _L.deictic_days
ON_THIS_DAY: tuple[str, ...] = _L.on_this_day

_UNITS = _L.ordinal_units
_TENS = _L.ordinal_tens
_TEEN = set(_L.teen)
# الثمانينات, عقد السبعينيات: the tens words of the ordinals (not "hundred").
DECADES = {word: value for word, value in _TENS.items() if value < 100}
CARDINALS: dict[str, int] = _L.cardinals
CARDINAL_TENS: dict[str, int] = _L.cardinal_tens
# Every unit form → (unit name, count the form implies without a number: 1 singular, 2 dual, None plural).
UNIT_FORMS: dict[str, tuple[str, int | None]] = (
    {f: (u.name, None) for u in UNITS.values() for f in u.plural}
    | {f: (u.name, 1) for u in UNITS.values() for f in u.singular}
    | {f: (u.name, 2) for u in UNITS.values() for f in u.dual}
)


def _strip_article(tok: str) -> str:
    for pre in ("وال", "ال", "و"):
        if tok.startswith(pre) and len(tok) > len(pre) + 1:
            return tok[len(pre) :]
    return tok


def ordinal_value(words: str) -> int | None:
    """Value of an Arabic ordinal phrase: الخامسة والسبعين → 75, الحادي عشر → 11."""
    total = 0
    teen = False
    for tok in words.split():
        tok = _strip_article(tok)
        if tok in _TEEN:
            teen = True
        elif tok in _UNITS:
            total += _UNITS[tok]
        elif tok in _TENS:
            total += _TENS[tok]
        else:
            return None
    if teen:
        total += 10
    return total or None


def ordinal_pattern() -> str:
    """Regex (normalized text) for ordinal phrases up to 199."""
    unit = "|".join(sorted(_UNITS, key=len, reverse=True))
    tens = "|".join(sorted(_TENS, key=len, reverse=True))
    teen = "|".join(sorted(_TEEN, key=len, reverse=True))
    return rf"(?:ال(?:{unit})(?:\s+(?:{teen})|\s+و\s?ال(?:{tens}))?|ال(?:{tens}))"


def cardinal_value(words: str) -> int | None:
    """Value of a cardinal phrase: خمس → 5, ثلاثة عشر → 13, خمسة وعشرين → 25."""
    total = 0
    for i, tok in enumerate(words.split()):
        if i and tok.startswith("و") and tok[1:] in CARDINAL_TENS:
            total += CARDINAL_TENS[tok[1:]]
        elif tok in CARDINAL_TENS and i == 0:
            total += CARDINAL_TENS[tok]
        elif tok in _TEEN and i == 1 and 0 < total < 10:
            total += 10
        elif tok in CARDINALS and i == 0:
            total += CARDINALS[tok]
        else:
            return None
    return total or None
