"""Date rules, one module per phenomenon family, over the language data.

A rule is a pattern (normalized text), the *first-word test* that gates it
(the scan tries the pattern only at words it accepts; mentions.py builds the
combined gate from every rule's test, so the gating is derived from the rules),
a handler that turns a match into candidates, and the step of the extractor it
runs before (earlier steps claim their spans first).

To add a phenomenon: one data entry under viewer/lang/ar/, one rule here, one
test (docs/extraction.md walks through an example).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    first_word: str  # regex matching the start of any word a match can begin with
    handle: Callable  # (extractor, match) -> None; adds candidates with extractor.add
    before: str  # name of the extractor step this rule runs before
    # What the text must contain somewhere for a rule gated on digits to be tried
    # at all (an era marker, a Latin letter …): a plain string is a substring
    # test, anything else a regex.  Word-gated rules need none (the gate is selective).
    needs: str | None = None
    # Or: some word of the text must match this (a first-word style test on the
    # word cache, so it costs nothing per article).
    needs_word: str | None = None


def all_rules() -> list[Rule]:
    """Every rule, in a stable order."""
    from viewer.extract.rules import (
        anniversaries,
        centuries,
        colloquial,
        durations,
        feasts,
        hijri,
        latin,
        relmonth,
        weekdays,
    )

    return [
        *hijri.RULES,
        *latin.RULES,
        *feasts.RULES,
        *relmonth.RULES,
        *weekdays.RULES,
        *centuries.RULES,
        *colloquial.RULES,
        *durations.RULES,
        *anniversaries.RULES,
    ]
