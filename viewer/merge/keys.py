"""What two dated statements must share to be one fact: computed from each event alone.

Merging keys are properties of one event (never of the corpus: no document
frequencies, no caps), so the same facts give the same clusters in a small and
a large corpus:

* :func:`statement_key` — the passage as said (normalized words, and where the
  date sits in it): word-identical wire copies share it, whatever date each
  outlet's publication day gives ``أمس``;
* :func:`act_of` — the kind of thing that happened (resources/acts.toml),
  from the title first, then the words right after the date (a "since" date
  dates a beginning, an anniversary a commemoration);
* :func:`subject_of` — who did it: the first actor of the title;
* :func:`content_of` — the remaining words (what it was done to), for the
  object check between statements of one act and subject.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from hashlib import sha256

from viewer.extract.normalize import normalize_text
from viewer.lang import load as _load_lang
from viewer.model import Event
from viewer.paths import resource

ACTS_FILE = resource("acts.toml")
_WORDS = re.compile(r"[^\W\d_]+")
_TOKENS = re.compile(r"[^\W_]+")
_LANG = _load_lang()
_PREFIXES = tuple(sorted(_LANG.clitic_prefixes(article=True), key=len, reverse=True))
_STOP = _LANG.stopwords | {normalize_text(w) for w in ("تم", "التابع", "التابعة", "عن", "ان", "الي", "علي")}
_SUFFIXES = ("ها", "هم", "يه", "ات", "ه")
WINDOW_AFTER = 3


@lru_cache(maxsize=1)
def _acts_data() -> dict:
    """The package's acts file; it ships with the code, so a broken one is a build error, said plainly."""
    try:
        return tomllib.loads(ACTS_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{ACTS_FILE}: {exc}") from exc


@lru_cache(maxsize=1)
def acts() -> dict[str, str]:
    """Normalized word form → act name (its family's name when it has one)."""
    data = _acts_data()
    out: dict[str, str] = {}
    family: dict[str, str] = {}
    fams = data.get("family", {})
    for name, members in (fams.items() if isinstance(fams, dict) else ()):
        for a in members if isinstance(members, list) else ():
            family[str(a)] = str(name)
    table = data.get("act", {})
    for act, forms in (table.items() if isinstance(table, dict) else ()):
        if isinstance(forms, list):
            for f in forms:
                if isinstance(f, str) and f.strip():
                    out.setdefault(normalize_text(f.strip()), family.get(str(act), str(act)))
    return out


@lru_cache(maxsize=1)
def singular_acts() -> frozenset[str]:
    data = _acts_data()
    got = data.get("singular", {}).get("acts", [])
    return frozenset(str(a) for a in got) if isinstance(got, list) else frozenset()


def acts_digest() -> str:
    try:
        return sha256(ACTS_FILE.read_bytes()).hexdigest()[:12]
    except OSError:
        return "noacts"


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Light stemming: one proclitic chain (with the article) and one short suffix."""
    for p in _PREFIXES:
        if p and word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p) :]
            break
    for s in _SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 3:
            return word[: -len(s)]
    return word


@lru_cache(maxsize=1 << 18)
def _act_of_word(word: str) -> str | None:
    table = acts()
    if word in table:
        return table[word]
    for p in _PREFIXES:
        if p and word.startswith(p) and word[len(p) :] in table:
            return table[word[len(p) :]]
    for s in ("ها", "هم", "ه"):  # تدشينه, افتتاحها
        if word.endswith(s) and len(word) - len(s) >= 3:
            return _act_of_word(word[: -len(s)])
    return None


def act_in(text: str) -> str | None:
    """The first act word of ``text`` (normalized on the way)."""
    for w in _WORDS.findall(normalize_text(text)):
        a = _act_of_word(w)
        if a is not None:
            return a
    return None


def act_of(ev: Event, texts: dict[str, str]) -> str | None:
    """The act of the title, else of the words right after the date; "since" dates a beginning."""
    if ev.kind == "since":
        return "establish"
    if ev.kind == "anniversary":
        # "celebrates the 75th anniversary of its founding" is dated by the celebration's
        # year: a commemoration (non-singular: same subject and object), not the founding.
        return "commemorate"
    a = act_in(ev.title)
    if a is not None:
        return a
    e = ev.evidence[0]
    t = texts.get(e.article, "")
    after = _WORDS.findall(normalize_text(t[e.mention_end : e.passage_end]))[:WINDOW_AFTER]
    for w in after:
        a = _act_of_word(w)
        if a is not None:
            return a
    return None


def statement_key(ev: Event, texts: dict[str, str]) -> tuple | None:
    """The passage's normalized words and the date's word position in it (None without the text)."""
    e = ev.evidence[0]
    t = texts.get(e.article)
    if not t or e.passage_end <= e.passage_start:
        return None
    before = _TOKENS.findall(normalize_text(t[e.passage_start : e.mention_start]))
    words = _TOKENS.findall(normalize_text(t[e.passage_start : e.passage_end]))
    if len(words) < 4:
        return None  # too short to tell a statement from a formula
    part = (ev.earliest, ev.latest) if ev.kind == "multi" else None
    return (" ".join(words), len(before), part)


def content_of(ev: Event, texts: dict[str, str], drop: set[str]) -> frozenset[str]:
    """Stemmed content words of the title and the words after the date, minus ``drop`` (act, subject words)."""
    e = ev.evidence[0]
    t = texts.get(e.article, "")
    words = _WORDS.findall(normalize_text(ev.title))
    words += _WORDS.findall(normalize_text(t[e.mention_end : e.passage_end]))[:WINDOW_AFTER]
    out = set()
    for w in words:
        if w in _STOP or len(w) <= 2 or _act_of_word(w) is not None:
            continue
        s = stem(w)
        if s not in drop:
            out.add(s)
    return frozenset(out)
