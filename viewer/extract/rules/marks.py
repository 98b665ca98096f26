"""Template placeholders (``[أدخل التاريخ هنا]``) and copyright years (``© 2024``).

A placeholder is reported as a ``placeholder`` mention, never given a date;
a copyright year bounds the publication date and is never an event.  Both are
searched over the text (they do not start at a word), and only when their
marks occur at all.
"""

from __future__ import annotations

import re
from datetime import date

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _OSP, _YEAR, _alt, _Cand, _valid_year
from viewer.extract.rules import Rule

PLACEHOLDER = re.compile(r"\[[^\[\]\n]{0,300}\]|\{\{[^{}\n]{0,100}\}\}")
_PLACEHOLDER_WORDS = re.compile(_alt(lx.PLACEHOLDER_WORDS))
# Normalized text is lower case (normalize.py), so no re.I: the case-blind scan cost
# more than all the other whole-text patterns together.
_COPYRIGHT_MARKS = ("©", "(c)", "copyright")
COPYRIGHT = re.compile(rf"(?:©|\(c\)|copyright){_OSP}(?P<y1>{_YEAR})(?:{_OSP}[-–]{_OSP}(?P<y2>{_YEAR}))?")


def _placeholder(ex, m: re.Match) -> None:
    if _PLACEHOLDER_WORDS.search(m.group(0)):
        ex.add(_Cand(m.start(), m.end(), "placeholder", "unknown", resolved=False))


def _copyright(ex, m: re.Match) -> None:
    y1 = int(m.group("y1"))
    y2 = int(m.group("y2")) if m.group("y2") else y1
    if _valid_year(y1) and y1 <= y2:
        ex.add(_Cand(m.start(), m.end(), "copyright", "year", date(y1, 1, 1), date(y2, 12, 31)))


RULES = [
    Rule("placeholder", PLACEHOLDER, _placeholder, scan="text", marks=("[", "{{"), check_free=False),
    Rule("copyright", COPYRIGHT, _copyright, scan="text", marks=_COPYRIGHT_MARKS, check_free=False),
]
