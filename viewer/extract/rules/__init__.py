"""Date rules, one module per phenomenon family, over the language data.

A rule is a pattern (over normalized text, built from viewer/lang/ar/ lists
through lexicon.py and atoms.py), a handler that turns a match into
candidates, and how the text is searched for it:

- ``scan="word"`` (most rules): the pattern starts at a word start, and is
  tried only at the words its *first-word test* accepts.  That test is derived
  from the pattern itself (extract/gate.py), never written by hand, so gating
  and rule cannot drift apart;
- ``scan="numeric"``: digits + a separator, found by the numeric locator
  (numeric dates may start inside a word: ``x2024-01-05``);
- ``scan="text"``: searched over the text, only when one of ``marks`` occurs.

``ORDER`` is the priority order: a rule earlier in it claims its span first,
so a long expression (``يومي 8 و9 ديسمبر الجاري``) is never also reported as its
parts.  To add a phenomenon: one data entry under viewer/lang/ar/, one rule in
a module here (and its name in ORDER), one test — docs/extraction.md walks
through an example.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    handle: Callable  # (extractor, match) -> None; adds candidates with extractor.add
    scan: str = "word"  # "word" | "numeric" | "text" (see the module docstring)
    # What the text must contain near a match for the rule to be tried at all (a
    # plain string is a substring test, a compiled regex is searched): for rules
    # whose first word is common but whose match needs a rarer word.
    needs: str | re.Pattern | None = None
    # Or: some word near the match must pass this first-word style test (computed
    # on the word cache, so it costs nothing per article).
    needs_word: str | None = None
    # For scan="text": substrings one of which must occur for the search to run.
    marks: tuple[str, ...] = ()
    # The extractor skips a match overlapping a claimed span before calling the
    # handler; False for handlers that claim only part of their match.
    check_free: bool = True


# Priority order (see the module docstring).  Every rule of every module is listed
# exactly once (all_rules checks it).
ORDER = (
    "placeholder",
    "copyright",
    "hijri_numeric",
    "latin",
    "dashed_month",
    "numeric_ymd",
    "numeric_dmy",
    "span_range",
    "feast",
    "relative_month_day",
    "weekday_pair",
    "weekday_night",
    "on_this_day",
    "within",
    "offset",
    "date",
    "multi",
    "year_range",
    "month",
    "hijri_year_any",
    "hijri_year",
    "year_with_cue",
    "year_after_prep",
    "decade_of_century",
    "century",
    "decade",
    "elapsed_anniversary",
    "anniversary",
    "deictic_days",
    "relative_unit",
    "relative_day",
    "wire_weekday",
    "weekday",
)


def all_rules() -> list[Rule]:
    """Every rule, in priority order."""
    from viewer.extract.rules import (
        anniversaries,
        centuries,
        colloquial,
        daymonth,
        durations,
        feasts,
        hijri,
        latin,
        marks,
        months,
        numeric,
        relative,
        relmonth,
        weekdays,
        years,
    )

    found: dict[str, Rule] = {}
    for module in (marks, numeric, hijri, latin, daymonth, feasts, relmonth, weekdays, colloquial,
                   durations, years, months, centuries, anniversaries, relative):
        for rule in module.RULES:
            if rule.name in found:
                raise ValueError(f"rule {rule.name!r} defined twice")
            found[rule.name] = rule
    missing = set(found) ^ set(ORDER)
    if missing:
        raise ValueError(f"rules not in ORDER, or ORDER names without a rule: {sorted(missing)}")
    return [found[name] for name in ORDER]
