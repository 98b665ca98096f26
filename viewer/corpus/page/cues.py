"""The cue words of page furniture (``viewer/lang/ar/page.toml``), loaded once and validated.

The lists are data, not code: a new spelling is a one-line change in the
TOML file.  Validation fails loudly at import when a word is not in
normalized form or is listed twice, so a typo cannot silently stop matching.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache

from viewer.extract.normalize import normalize_text
from viewer.lang.loader import LANG_ROOT

SECTIONS = ("published", "updated", "byline", "agency", "plural_places", "clock", "share", "related",
            "caption", "notice", "chrome", "archive")


class CueError(ValueError):
    pass


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[str, ...]]:
    """Each section's words, longest first."""
    raw = tomllib.loads((LANG_ROOT / "ar" / "page.toml").read_text("utf-8"))
    out: dict[str, tuple[str, ...]] = {}
    for name in SECTIONS:
        words = raw.get(name, {}).get("words")
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise CueError(f"page.toml: [{name}] needs a non-empty list of words")
        for w in words:
            if " ".join(normalize_text(w).split()) != w:
                raise CueError(f"page.toml: [{name}] {w!r} is not in normalized form")
        if len(set(words)) != len(words):
            dup = sorted({w for w in words if words.count(w) > 1})
            raise CueError(f"page.toml: [{name}] lists {dup} twice")
        out[name] = tuple(sorted(words, key=len, reverse=True))
    return out


@cache
def alternation(section: str) -> str:
    """A regex alternation of a section's words (spaces match any run of spaces)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in cues()[section])


@cache
def word_set(section: str) -> frozenset[str]:
    return frozenset(cues()[section])
