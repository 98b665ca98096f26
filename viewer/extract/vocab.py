"""Editable vocabularies (topics, actors) and clitic-tolerant matching on them.

The files live in ``resources/`` so analysts can extend them without code.
Keywords are normalized once and indexed by their first token; a
keyword matches with any proclitic (و ف ب ك ل, the article ال, لل) in front,
and, for longer words, a short suffix (ات, ية, ها …) after.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from viewer.extract.normalize import Normalized, normalize_text
from viewer.lang import load as _load_lang
from viewer.paths import resources_dir

_LANG = _load_lang()

RESOURCES = resources_dir()

# Function words end a cue-introduced name (one list: viewer/lang/ar/stopwords.toml).
_STOPWORDS = _LANG.stopwords


@dataclass(frozen=True)
class Topic:
    id: str
    ar: str
    en: str
    color: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    en: str
    type: str
    aliases: tuple[str, ...]


@dataclass
class Vocabulary:
    topics: list[Topic] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    title_cues: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_vocabulary(resources: Path = RESOURCES) -> Vocabulary:
    """Load topics and actors; a broken file yields an empty list, never an exception."""
    vocab = Vocabulary()
    try:
        data = tomllib.loads((resources / "topics.toml").read_text(encoding="utf-8"))
        for t in data.get("topic", []):
            vocab.topics.append(
                Topic(
                    str(t["id"]),
                    str(t.get("ar", t["id"])),
                    str(t.get("en", t["id"])),
                    str(t.get("color", "#888888")),
                    tuple(map(str, t.get("keywords", []))),
                )
            )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError):
        pass
    try:
        data = tomllib.loads((resources / "actors.toml").read_text(encoding="utf-8"))
        for a in data.get("actor", []):
            vocab.actors.append(
                Actor(
                    str(a["id"]),
                    str(a.get("name", a["id"])),
                    str(a.get("en", a["id"])),
                    str(a.get("type", "org")),
                    tuple(map(str, a.get("aliases", [a.get("name", "")]))),
                )
            )
        vocab.title_cues = tuple(map(str, data.get("cues", {}).get("titles", [])))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError):
        pass
    return vocab


class Matcher:
    """Finds topics and actors in normalized text."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        self.vocab = vocab or load_vocabulary()
        self._topic_index = PhraseIndex([(k, t.id) for t in self.vocab.topics for k in t.keywords])
        self._actor_index = PhraseIndex(
            [(k, a.name) for a in self.vocab.actors for k in (a.name, *a.aliases)]
        )
        self._aliases = {_bare(normalize_text(k)) for a in self.vocab.actors for k in (a.name, *a.aliases)}
        cues = sorted({normalize_text(c) for c in self.vocab.title_cues}, key=len, reverse=True)
        self._cue = (
            re.compile(
                r"(?<!\w)[وف]?(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + r")"
                r"(?:\s+(?:ال\w+|لدي\s+\S+|في\s+\S+))?\s+"
                r"(?P<name>(?!ال|ل)[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){0,2})"
            )
            if cues
            else None
        )

    def cue_names(self, norm: Normalized, start: int, end: int) -> list[str]:
        """Names introduced by a title cue (السفير …, الشيخ …) in norm.text[start:end], as written."""
        if self._cue is None:
            return []
        out: list[str] = []
        for m in self._cue.finditer(norm.text, start, end):
            words = m.group("name").split()
            keep = []
            for i, w in enumerate(words):
                if w in _STOPWORDS or (i and w.startswith("و") and len(w) > 3):
                    break
                keep.append(w)
            if not keep or any(self._known(w) for w in keep):
                continue
            name_end = m.start("name") + len(" ".join(keep))
            os_, oe = norm.span(m.start("name"), name_end)
            out.append(" ".join(norm.original[os_:oe].split()))
        return out

    def _known(self, word: str) -> bool:
        return bool(_forms(word) & self._aliases)

    def topics(self, norm: str) -> list[str]:
        return self.topics_of(tokens(norm))

    def actors(self, norm: str) -> list[str]:
        return self.actors_of(tokens(norm))

    def topics_of(self, toks: list[str]) -> list[str]:
        """:meth:`topics` on text already split by :func:`tokens`."""
        found = self._topic_index.find_tokens(toks)
        return [t.id for t in self.vocab.topics if t.id in found]

    def actors_of(self, toks: list[str]) -> list[str]:
        """:meth:`actors` on text already split by :func:`tokens`."""
        found = self._actor_index.find_tokens(toks)
        return sorted(found, key=found.__getitem__)


# Proclitic chains without the article (ال is taken off by _bare): viewer/lang/ar/clitics.toml.
_PREFIXES = _LANG.clitic_prefixes(article=False)
_SUFFIXES = ("ات", "يه", "ين", "ون", "ها", "هم", "ه", "ي", "ا")


def _bare(token: str) -> str:
    return token[2:] if token.startswith("ال") and len(token) > 4 else token


@lru_cache(maxsize=65536)
def _forms(token: str) -> frozenset[str]:
    """Every reading of a text token with its clitics and a short suffix taken off."""
    out = set()
    for p in _PREFIXES:
        if not token.startswith(p) or len(token) - len(p) < 2:
            continue
        rest = token[len(p) :]
        bases = {rest, _bare(rest)}
        if p.endswith("ل") and rest.startswith("ل"):  # لل = ل + ال
            bases.add(rest[1:])
        for b in bases:
            out.add(b)
            if len(b) >= 5:
                out.update(b[: -len(s)] for s in _SUFFIXES if b.endswith(s))
    return frozenset(out)


_TOKEN = re.compile(r"[^\W_]+|%")


def tokens(norm: str) -> list[str]:
    """The tokens :class:`PhraseIndex` matches on."""
    return _TOKEN.findall(norm)


class PhraseIndex:
    """Finds phrases in normalized text by looking tokens up, not by regex alternation.

    Hundreds of keywords × every passage made the regex version the hottest
    spot of the pipeline; a dictionary lookup per token form is linear.  The
    phrases that can start at a token are cached per token string, so a token
    that starts no phrase (nearly all of them) costs one dictionary lookup.
    """

    _MAX_CACHE = 200_000

    def __init__(self, phrases: list[tuple[str, str]]) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, label in phrases:
            toks = tuple(_bare(t) for t in normalize_text(phrase).split())
            if toks:
                self._first.setdefault(toks[0], []).append((toks, label))
        self._starts: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}

    def _starting(self, tok: str) -> tuple[tuple[tuple[str, ...], str], ...]:
        """Phrases whose first token is a reading of ``tok``, in form order."""
        first = self._first
        return tuple(e for f in _forms(tok) for e in first.get(f, ()))

    def find(self, norm: str) -> dict[str, int]:
        """label → index of the first token where one of its phrases starts."""
        return self.find_tokens(_TOKEN.findall(norm))

    def find_tokens(self, tokens: list[str]) -> dict[str, int]:
        """:meth:`find` on already tokenized text."""
        starts = self._starts
        new = set(tokens).difference(starts)
        if new:
            if len(starts) + len(new) > self._MAX_CACHE:
                starts = self._starts = {}  # rebound, never cleared under another caller
                new = set(tokens)
            for tok in new:
                starts[tok] = self._starting(tok)
        found: dict[str, int] = {}
        n = len(tokens)
        cands = list(map(starts.__getitem__, tokens))
        for i in itertools.compress(range(n), cands):
            for toks, label in cands[i]:
                if label in found or i + len(toks) > n:
                    continue
                for k in range(1, len(toks)):
                    if toks[k] not in _forms(tokens[i + k]):
                        break
                else:
                    found[label] = i
        return found


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher()
