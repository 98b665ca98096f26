"""Read and validate the language data files (one folder per language).

Why a loader of its own: the rules are generated from these lists, so a typo
(a month numbered 13, a word given two different values, a string where a list
is expected) must stop loading with a message that names the file and line,
never yield an empty or silently wrong list.  Words are normalized on load
(``normalize_text``), so the files can be written in ordinary spelling.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path

from viewer.extract.normalize import normalize_text

LANG_ROOT = Path(__file__).resolve().parent
FILES = (
    "months.toml",
    "weekdays.toml",
    "qualifiers.toml",
    "numbers.toml",
    "units.toml",
    "clitics.toml",
    "stopwords.toml",
    "era.toml",
    "feasts.toml",
    "cues.toml",
    "deictic.toml",
    "page.toml",  # page furniture cues (viewer/corpus/page/cues.py validates it)
)


class LangDataError(ValueError):
    """A language data file is missing, malformed or holds a bad entry."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path, self.line = path, line


@dataclass(frozen=True)
class Unit:
    """A duration unit: its name, granularity and every written form (dual forms mean 2)."""

    name: str
    granularity: str
    singular: tuple[str, ...]
    plural: tuple[str, ...]
    dual: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return self.singular + self.plural


@dataclass(frozen=True)
class Feast:
    name: str
    names: tuple[str, ...]
    month: int
    day: int
    days: int  # 0 = the whole month


@dataclass
class LangData:
    """Every list of one language, normalized."""

    gregorian_months: dict[str, int] = field(default_factory=dict)
    month_family: dict[str, str] = field(default_factory=dict)
    hijri_months: dict[str, int] = field(default_factory=dict)
    latin_months: dict[str, int] = field(default_factory=dict)
    ambiguous_gregorian: frozenset[str] = frozenset()
    ambiguous_hijri: frozenset[str] = frozenset()
    weekdays: dict[str, int] = field(default_factory=dict)
    ambiguous_weekdays: frozenset[str] = frozenset()
    qualifiers: dict[str, int] = field(default_factory=dict)
    approximate: tuple[str, ...] = ()
    cardinals: dict[str, int] = field(default_factory=dict)
    cardinal_tens: dict[str, int] = field(default_factory=dict)
    ordinal_units: dict[str, int] = field(default_factory=dict)
    ordinal_tens: dict[str, int] = field(default_factory=dict)
    teen: tuple[str, ...] = ()
    units: dict[str, Unit] = field(default_factory=dict)
    conjunctions: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()
    article: str = ""
    lam_article: str = ""
    stopwords: frozenset[str] = frozenset()
    era_gregorian: tuple[str, ...] = ()
    era_hijri: tuple[str, ...] = ()
    feasts: dict[str, Feast] = field(default_factory=dict)
    count_nouns: frozenset[str] = frozenset()
    year_prepositions: tuple[str, ...] = ()
    year_cues: tuple[str, ...] = ()
    founding_words: tuple[str, ...] = ()
    named_before: tuple[str, ...] = ()
    day_parts: tuple[str, ...] = ()
    month_prepositions: tuple[str, ...] = ()
    part_prepositions: tuple[str, ...] = ()
    several_years: tuple[str, ...] = ()
    habitual_before: tuple[str, ...] = ()
    friday_prayer: tuple[str, ...] = ()
    that_day_before: tuple[str, ...] = ()
    not_adjectives: frozenset[str] = frozenset()
    placeholder_words: tuple[str, ...] = ()
    year_fractions: dict[str, int] = field(default_factory=dict)
    period_parts: dict[str, tuple[float, float]] = field(default_factory=dict)
    seasons: dict[str, tuple[int, int]] = field(default_factory=dict)
    quarters: dict[str, int] = field(default_factory=dict)
    halves: dict[str, int] = field(default_factory=dict)
    deictic_days: dict[str, int] = field(default_factory=dict)
    on_this_day: tuple[str, ...] = ()

    # -- derived lists (one source: clitics.toml) ---------------------------
    def clitic_prefixes(self, article: bool = True, max_letters: int = 2) -> tuple[str, ...]:
        """Every proclitic chain (conjunction? preposition? article?), longest first.

        ``article=False`` leaves out chains ending in the article; ``max_letters``
        bounds the conjunction + preposition letters (merge keys use 1).
        """
        chains = set()
        for conj, prep in product(("", *self.conjunctions), ("", *self.prepositions)):
            if len(conj) + len(prep) > max_letters:
                continue
            chains.add(conj + prep)
            if article:
                chains.add(conj + (self.lam_article if prep == "ل" else prep + self.article))
        return tuple(sorted(chains, key=lambda c: (-len(c), c)))


def _line_of(raw: list[str], needle: str) -> int | None:
    for i, line in enumerate(raw, 1):
        if needle in line:
            return i
    return None


class _Reader:
    """One file's parsed table plus what is needed to point at its lines."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise LangDataError(path, None, f"cannot read language data ({exc.strerror or exc})") from exc
        except UnicodeDecodeError as exc:
            raise LangDataError(path, None, "not UTF-8") from exc
        self.raw = text.splitlines()
        self.raw_of: dict[str, str] = {}  # normalized word -> as written, to point at its line
        try:
            self.doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            found = re.search(r"at line (\d+)", str(exc))
            line = int(found.group(1)) if found else None
            raise LangDataError(path, line, f"not valid TOML: {exc}") from exc

    def fail(self, needle: str, message: str, section: str | None = None):
        """Raise for the line holding ``needle`` (as written, or the raw form of a normalized word)."""
        lines = self.raw
        offset = 0
        if section is not None:
            start = _line_of(lines, section)
            if start is not None:
                offset = start - 1
                lines = lines[offset:]
        line = _line_of(lines, needle) or _line_of(lines, self.raw_of.get(needle, needle))
        raise LangDataError(self.path, line + offset if line else None, message)

    def table(self, *keys: str) -> dict:
        node = self.doc
        for k in keys:
            if not isinstance(node, dict) or k not in node:
                self.fail(f"[{'.'.join(keys)}]", f"missing table [{'.'.join(keys)}]")
            node = node[k]
        if not isinstance(node, dict):
            self.fail(keys[-1], f"[{'.'.join(keys)}] must be a table")
        return node

    def words(self, node: dict, key: str, allow_empty: bool = False) -> tuple[str, ...]:
        val = node.get(key)
        if not isinstance(val, list) or not all(isinstance(w, str) and w.strip() for w in val):
            self.fail(f"{key} =", f"{key} must be a list of non-empty strings")
        if not val and not allow_empty:
            self.fail(f"{key} =", f"{key} is empty")
        out = []
        for w in val:
            n = normalize_text(w)
            self.raw_of.setdefault(n, w)
            out.append(n)
        return tuple(dict.fromkeys(out))

    def word_ints(
        self, node: dict, lo: int, hi: int, into: dict[str, int] | None = None, what: str = "value"
    ) -> dict[str, int]:
        out = {} if into is None else into
        if not node:
            self.fail("[", "empty table")
        for word, value in node.items():
            if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
                self.fail(f'"{word}"', f"«{word}»: {what} must be an integer {lo}..{hi}, not {value!r}")
            w = normalize_text(word)
            if w in out and out[w] != value:
                self.fail(f'"{word}"', f"«{word}» is already {what} {out[w]} (normalized «{w}»)")
            out[w] = value
        return out

    def string(self, node: dict, key: str) -> str:
        val = node.get(key)
        if not isinstance(val, str) or not val:
            self.fail(f"{key} =", f"{key} must be a non-empty string")
        return normalize_text(val)


def data_files(lang: str = "ar") -> list[Path]:
    """The data files of ``lang`` (what the cache key fingerprints)."""
    return [LANG_ROOT / lang / f for f in FILES]


def fingerprint(lang: str = "ar") -> str:
    """A digest of every data file's bytes: an edit changes it."""
    h = hashlib.sha256()
    for p in data_files(lang):
        h.update(p.name.encode())
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()[:16]


@lru_cache(maxsize=4)
def load(lang: str = "ar", root: Path | None = None) -> LangData:
    """Load and validate every file of ``lang`` (cached: the files ship with the package)."""
    base = (root or LANG_ROOT) / lang
    r = {name: _Reader(base / name) for name in FILES}
    d = LangData()

    m = r["months.toml"]
    greg = m.table("gregorian")
    for family, table in greg.items():
        if not isinstance(table, dict):
            m.fail(f"[gregorian.{family}]", f"[gregorian.{family}] must be a table")
        before = set(d.gregorian_months)
        m.word_ints(table, 1, 12, d.gregorian_months, "month")
        for w in set(d.gregorian_months) - before:
            d.month_family[w] = family
    m.word_ints(m.table("hijri"), 1, 12, d.hijri_months, "Hijri month")
    clash = set(d.hijri_months) & set(d.gregorian_months)
    if clash:
        m.fail(next(iter(clash)), f"words both Gregorian and Hijri months: {sorted(clash)}")
    d.latin_months = {k.lower(): v for k, v in m.word_ints(m.table("latin"), 1, 12, what="month").items()}
    amb = m.table("ambiguous")
    d.ambiguous_gregorian = frozenset(m.words(amb, "gregorian"))
    d.ambiguous_hijri = frozenset(m.words(amb, "hijri"))
    for w in d.ambiguous_gregorian - set(d.gregorian_months):
        m.fail(w, f"ambiguous month «{w}» is not a Gregorian month above")
    for w in d.ambiguous_hijri - set(d.hijri_months):
        m.fail(w, f"ambiguous Hijri month «{w}» is not a Hijri month above")

    w = r["weekdays.toml"]
    d.weekdays = w.word_ints(w.table("weekdays"), 0, 6, what="weekday")
    if set(d.weekdays.values()) != set(range(7)):
        w.fail("[weekdays]", "every weekday 0..6 needs at least one name")
    d.ambiguous_weekdays = frozenset(w.words(w.table("ambiguous"), "words"))
    for x in d.ambiguous_weekdays - set(d.weekdays):
        w.fail(x, f"ambiguous weekday «{x}» is not a weekday above")

    q = r["qualifiers.toml"]
    d.qualifiers = q.word_ints(q.table("qualifiers"), -1, 1, what="direction")
    d.approximate = tuple(sorted(q.words(q.table("approximate"), "words"), key=len, reverse=True))

    n = r["numbers.toml"]
    d.cardinals = n.word_ints(n.table("cardinals"), 1, 1000, what="number")
    d.cardinal_tens = n.word_ints(n.table("cardinal_tens"), 20, 90, what="tens")
    d.ordinal_units = n.word_ints(n.table("ordinal_units"), 1, 10, what="ordinal")
    d.ordinal_tens = n.word_ints(n.table("ordinal_tens"), 20, 100, what="ordinal tens")
    d.teen = n.words(n.table("teen"), "words")

    u = r["units.toml"]
    grans = ("hour", "day", "week", "month", "year", "decade", "century")
    seen: dict[str, str] = {}
    for name, spec in u.table("unit").items():
        if not isinstance(spec, dict):
            u.fail(f"[unit.{name}]", f"[unit.{name}] must be a table")
        g = spec.get("granularity")
        if g not in grans:
            u.fail("granularity", f"unit {name}: granularity must be one of {grans}, not {g!r}", f"[unit.{name}]")
        singular, plural = u.words(spec, "singular"), u.words(spec, "plural")
        dual = u.words(spec, "dual", allow_empty=True)
        for f in singular + plural + dual:
            if f in seen and seen[f] != name:
                u.fail(f, f"«{f}» is already a form of unit {seen[f]}", f"[unit.{name}]")
            seen[f] = name
        d.units[name] = Unit(name, g, singular, plural, dual)

    c = r["clitics.toml"]
    d.conjunctions = c.words(c.doc, "conjunctions")
    d.prepositions = c.words(c.doc, "prepositions")
    d.article = c.string(c.doc, "article")
    d.lam_article = c.string(c.doc, "lam_article")
    for x in d.conjunctions + d.prepositions:
        if len(x) != 1:
            c.fail(x, f"clitic «{x}» must be one letter")

    d.stopwords = frozenset(r["stopwords.toml"].words(r["stopwords.toml"].doc, "words"))

    e = r["era.toml"]
    d.era_gregorian = e.words(e.doc, "gregorian")
    d.era_hijri = e.words(e.doc, "hijri")

    f = r["feasts.toml"]
    for name, spec in f.table("feast").items():
        if not isinstance(spec, dict):
            f.fail(f"[feast.{name}]", f"[feast.{name}] must be a table")
        vals = []
        for key, lo, hi in (("month", 1, 12), ("day", 1, 30), ("days", 0, 30)):
            v = spec.get(key)
            if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
                f.fail(f"{key} =", f"feast {name}: {key} must be an integer {lo}..{hi}, not {v!r}", f"[feast.{name}]")
            vals.append(v)
        d.feasts[name] = Feast(name, f.words(spec, "names"), *vals)

    k = r["cues.toml"]
    d.count_nouns = frozenset(k.words(k.doc, "count_nouns"))
    d.year_prepositions = k.words(k.doc, "year_prepositions")
    d.year_cues = k.words(k.doc, "year_cues")
    d.founding_words = k.words(k.doc, "founding_words")
    d.named_before = k.words(k.doc, "named_before")
    d.day_parts = k.words(k.doc, "day_parts")
    for key in ("month_prepositions", "part_prepositions", "several_years", "habitual_before",
                "friday_prayer", "that_day_before", "placeholder_words"):
        setattr(d, key, k.words(k.doc, key))
    d.not_adjectives = frozenset(k.words(k.doc, "not_adjectives"))
    d.year_fractions = k.word_ints(k.table("year_fractions"), 1, 12, what="months per part")
    for word, size in d.year_fractions.items():
        if 12 % size:
            k.fail(f'"{word}"', f"«{word}»: a part of the year must divide 12 months, not {size}")
    for word, pair in k.table("period_parts").items():
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int | float) for x in pair)):
            k.fail(f'"{word}"', f"«{word}»: a part must be [start, end] fractions")
        lo, hi = float(pair[0]), float(pair[1])
        if not 0 <= lo < hi <= 1:
            k.fail(f'"{word}"', f"«{word}»: fractions must satisfy 0 <= start < end <= 1")
        d.period_parts[normalize_text(word)] = (lo, hi)
    for word, pair in k.table("seasons").items():
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int) for x in pair)):
            k.fail(f'"{word}"', f"«{word}»: a season must be [first month, last month]")
        if not 1 <= pair[0] <= pair[1] <= 12:
            k.fail(f'"{word}"', f"«{word}»: months must be 1..12, first <= last")
        d.seasons[normalize_text(word)] = (pair[0], pair[1])
    d.quarters = k.word_ints(k.table("quarters"), 1, 4, what="quarter")
    d.halves = k.word_ints(k.table("halves"), 1, 2, what="half")

    x = r["deictic.toml"]
    d.deictic_days = x.word_ints(x.table("days"), -7, 7, what="day offset")
    d.on_this_day = x.words(x.table("on_this_day"), "words")
    return d
