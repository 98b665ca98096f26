"""Arabic-aware sentence and clause segmentation.

Events need a *passage*: the sentence (or, when a sentence carries several
dates, the clause) that supports a date.  Splitting has to respect Arabic
punctuation (؟ ؛ ،), keep closing quotes «» “” with their sentence, and never
cut inside a number (2.5, 1.500) or after a common abbreviation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TERMINATORS = ".!?؟؛\n"
_CLOSERS = "»”\"')]’›"
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {"د", "م", "ص", "ب", "ج", "ق", "أ", "ا", "ش", "Dr", "Mr", "Mrs", "St", "No", "vs", "etc"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int


_TERMINATOR_RE = re.compile("[" + re.escape(_TERMINATORS) + "]")
_WORD_BEFORE = re.compile(r"(\w+)$")


def sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace; empty ones dropped."""
    spans: list[Span] = []
    n = len(text)
    start = 0
    search = _TERMINATOR_RE.search
    m = search(text)
    while m is not None:
        i = m.start()
        if text[i] == "." and _is_inner_stop(text, i):
            m = search(text, i + 1)
            continue
        j = i + 1
        while j < n and (text[j] in _CLOSERS or (text[j] in _TERMINATORS and text[j] != "\n")):
            j += 1
        _add(text, start, j, spans)
        start = j
        m = search(text, j)
    _add(text, start, n, spans)
    return spans


def _is_inner_stop(text: str, i: int) -> bool:
    """A full stop inside a number or after an abbreviation does not end a sentence."""
    if text[i] != ".":
        return False
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev.isdigit() and nxt.isdigit():
        return True
    m = _WORD_BEFORE.search(text[max(0, i - 8) : i])
    if m and m.group(1) in _ABBREVIATIONS and nxt in " \u00a0" and i + 2 < len(text) and text[i + 2] != "\n":
        # "د. محمد": a one-letter abbreviation followed by a name.
        return len(m.group(1)) <= 3 and (
            i - len(m.group(1)) == 0 or not text[i - len(m.group(1)) - 1].isalnum()
        )
    return False


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


_CLAUSE_BREAK = re.compile(r"[،,;:؛–—]\s*|\s(?=و\w)|\s(?=(?:كما|بينما|حيث|ثم|إذ|اذ)\s)")


def split_between(text: str, left_end: int, right_start: int) -> int | None:
    """Best clause boundary between two mentions of one sentence, or None.

    Punctuation or a word-initial conjunction (و…, كما, حيث) right after the
    first date.
    """
    if right_start <= left_end:
        return None
    gap = text[left_end:right_start]
    # The first break after a date: Arabic news puts the verb before the date,
    # so the first date's clause usually ends right after it.
    m = _CLAUSE_BREAK.search(gap)
    return left_end + m.end() if m else None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace and dangling punctuation from a span."""
    strip = " \t\n\r\u00a0،,;:؛.–—-"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end
