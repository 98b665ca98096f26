"""Arabic normalization for matching and search, with a map back to the original.

Matching on raw Arabic fails on trivia: diacritics, tatweel (ـ), the four
alef forms, ى/ي, ة/ه, Eastern/Persian digits, invisible bidi and zero-width
controls.  We fold all of these, but only by *substituting one character for
one character or deleting it*, never expanding, so every normalized index maps
to exactly one original index and a match found on normalized text can be
highlighted on the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

# Harakat, superscript alef, Quranic annotation marks, tatweel.
_DIACRITICS = (
    {chr(c) for c in range(0x064B, 0x0660)}
    | {"\u0670", "\u0640"}
    | {chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)}
)
# Invisible format characters that can sit inside a date ("2024" with a RLM).
_INVISIBLE = {
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u2060",
    "\ufeff",
    "\u061c",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u00ad",
}
_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ۀ": "ه",
    "ھ": "ه",
    "ک": "ك",
    "٪": "%",
    "٫": ".",
    "٬": ",",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Eastern Arabic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits

_DELETE = frozenset(_DIACRITICS | _INVISIBLE)
# str.translate table for the fast path (no offset map needed).
_TABLE = {ord(k): v for k, v in _FOLD.items()} | {ord(c): None for c in _DELETE}


def is_deleted(ch: str) -> bool:
    """True for characters normalization drops (diacritics, tatweel, invisible controls)."""
    return ch in _DELETE


def is_mark(ch: str) -> bool:
    """Diacritics and tatweel: part of the word they sit in (unlike bidi controls)."""
    return ch in _DIACRITICS


_TABLE_LOWER = _TABLE | {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_DELETE_RE = re.compile("[" + "".join(sorted(_DELETE)) + "]")


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus what it takes to map its offsets back.

    Folding substitutes one character for one, so only the deletions move
    offsets: keeping their positions (sorted) makes mapping a bisection and
    normalizing a single ``str.translate`` instead of a Python loop per character.
    """

    text: str
    deleted: list[int]  # original indices of dropped characters, ascending
    shifts: list[int]  # for each deletion, the normalized position it precedes
    original: str

    def orig(self, i: int) -> int:
        """Original index of normalized index ``i`` (``len(text)`` maps to ``len(original)``)."""
        return i + bisect.bisect_right(self.shifts, i)

    def norm_pos(self, o: int) -> int:
        """First normalized index whose original index is >= ``o``."""
        return o - bisect.bisect_left(self.deleted, o)

    @property
    def index(self) -> list[int]:
        return [self.orig(i) for i in range(len(self.text) + 1)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span to the original text.

        The end is extended over diacritics/tatweel that trail the last
        character, so a highlighted word keeps its marks.
        """
        if end <= start:
            o = self.orig(start)
            return o, o
        ostart = self.orig(start)
        oend = self.orig(end - 1) + 1
        orig = self.original
        while oend < len(orig) and is_mark(orig[oend]):
            oend += 1
        return ostart, oend


# ``str.translate`` with a dict looks every character up and raises (and
# swallows) a KeyError for each one it leaves alone: ~100 ns a character.
# Two exact equivalents:
# - for long strings, one ``str.replace`` per table character that occurs at
#   all (a handful in real text; each is a C scan).  No replacement produces a
#   character that is itself in the table, so the replacements commute;
# - for short strings (words, titles), a list indexed by code point, identity
#   where nothing changes; beyond its end (astral characters, never in the
#   table) the IndexError is a LookupError, which leaves the character as is.


def _as_pairs(table: dict) -> tuple[tuple[str, str], ...]:
    pairs = tuple((chr(k), "" if v is None else (chr(v) if isinstance(v, int) else v)) for k, v in table.items())
    assert not {b for _, b in pairs if b} & {a for a, _ in pairs}  # replacements commute
    return pairs


def _as_list(table: dict) -> list:
    out: list = list(range(0x10000))
    for k, v in table.items():
        out[k] = v
    return out


_PAIRS = _as_pairs(_TABLE)
_PAIRS_LOWER = _as_pairs(_TABLE_LOWER)
_LIST = _as_list(_TABLE)  # only for normalize_text: article texts are long
_LONG = 300


def _fold(text: str, table: dict | list, pairs: tuple[tuple[str, str], ...]) -> str:
    if len(text) < _LONG:
        return text.translate(table)
    for a, b in pairs:
        if a in text:
            text = text.replace(a, b)
    return text


_last: tuple[str, Normalized] | None = None


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching and keep the offset map back to it.

    The last result is kept: extraction and event building normalize the
    same article text one after the other.
    """
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    deleted = [m.start() for m in _DELETE_RE.finditer(text)]
    shifts = [d - k for k, d in enumerate(deleted)]
    out = Normalized(_fold(text, _TABLE_LOWER, _PAIRS_LOWER), deleted, shifts, text)
    _last = (text, out)
    return out


def normalize_text(text: str) -> str:
    """Normalized string only (fast path for search and keyword matching)."""
    return _fold(text, _LIST, _PAIRS).lower()


@lru_cache(maxsize=4096)
def normalize_for_search(text: str) -> str:
    """Normalization used by the search box and the FTS index (same for both sides)."""
    return " ".join(normalize_text(text).split())
