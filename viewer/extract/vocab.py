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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from hashlib import sha256
from pathlib import Path

from viewer.extract import names as nm
from viewer.extract.normalize import Normalized, normalize_text
from viewer.lang import load as _load_lang
from viewer.paths import resources_dir

_LANG = _load_lang()

RESOURCES = resources_dir()
# Files read, in order; later ones extend or override earlier ones.
TOPIC_FILES = (("topics.toml", "security"), ("topics_general.toml", "general"))
WORLD_FILE = "world.toml"
ACTOR_FILES = ("actors.toml",)
PLACE_FILES = ("places.toml",)


@dataclass(frozen=True)
class Topic:
    id: str
    ar: str
    en: str
    color: str
    keywords: tuple[str, ...]
    group: str = "general"  # general (IPTC-like), security (the bundled subject pack), corpus


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    en: str
    type: str
    aliases: tuple[str, ...]
    code: str = ""  # ISO 3166 code of a country


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    aliases: tuple[str, ...] = ()


@dataclass
class Vocabulary:
    topics: list[Topic] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    title_cues: tuple[str, ...] = ()
    places: list[Place] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what could not be read, for the user
    fingerprint: str = ""  # hash of every file read: keys caches of tagging

    def topic(self, tid: str) -> Topic | None:
        return next((t for t in self.topics if t.id == tid), None)


def nationality_forms(name: str) -> list[str]:
    """Regular Arabic adjectives of a one-word country name (السودان → السوداني …).

    Only what the suffix-tolerant matcher does not find by itself: ``-يا``
    names (إسبانيا → الإسباني), ``-ية`` names (السعودية → السعودي), ``-ا``
    names (فرنسا → الفرنسي), and the bare adjective of short names (مصري).
    """
    if " " in name.strip():
        return []
    bare = name[2:] if name.startswith("ال") else name
    if bare.endswith("يا"):
        adj = bare[:-1]
    elif bare.endswith(("ية", "يه")):
        adj = bare[:-1]
    elif bare.endswith(("ا", "ى")):
        adj = bare[:-1] + "ي"
    elif bare.endswith("ي"):
        return []
    else:
        adj = bare + "ي"
    return [adj, "ال" + adj, "ال" + adj + "ة"]


def _read(path: Path, problems: list[str]) -> dict | None:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.append(f"{path}: {exc}")
        return None


def _strs(x: object) -> tuple[str, ...]:
    return tuple(str(v) for v in x) if isinstance(x, list) else ()


def _topics(data: dict, group: str, path: Path, problems: list[str]) -> list[Topic]:
    out = []
    for t in data.get("topic", []):
        if not isinstance(t, dict) or not t.get("id"):
            problems.append(f"{path}: a topic without id is ignored")
            continue
        out.append(Topic(str(t["id"]), str(t.get("ar", t["id"])), str(t.get("en", t["id"])),
                         str(t.get("color", "#888888")), _strs(t.get("keywords", [])), group))
    return out


def _actors(data: dict, path: Path, problems: list[str]) -> list[Actor]:
    out = []
    for a in data.get("actor", []):
        if not isinstance(a, dict) or not a.get("id"):
            problems.append(f"{path}: an actor without id is ignored")
            continue
        name = str(a.get("name", a["id"]))
        out.append(Actor(str(a["id"]), name, str(a.get("en", a["id"])), str(a.get("type", "org")),
                         _strs(a.get("aliases", [name])) or (name,), str(a.get("code", ""))))
    return out


def _merge(base: list, extra: list, key: Callable) -> list:
    """``extra`` over ``base``: same key replaced in place, new keys appended."""
    pos = {key(x): i for i, x in enumerate(base)}
    out = list(base)
    for x in extra:
        if key(x) in pos:
            out[pos[key(x)]] = x
        else:
            pos[key(x)] = len(out)
            out.append(x)
    return out


def _file_stamp(paths: Iterable[Path]) -> tuple:
    out = []
    for p in paths:
        try:
            st = p.stat()
            out.append((str(p), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(p), 0, -1))
    return tuple(out)


def vocabulary_files(resources: Path = RESOURCES, overlay: Path | None = None) -> list[Path]:
    files = [resources / f for f, _ in TOPIC_FILES] + [resources / WORLD_FILE]
    files += [resources / f for f in (*ACTOR_FILES, *PLACE_FILES)]
    if overlay is not None:
        files += [overlay / "topics.toml", overlay / "actors.toml"]
    return files


def load_vocabulary(resources: Path = RESOURCES, overlay: Path | None = None) -> Vocabulary:
    """Topics, actors and places: bundled files, then a corpus folder's own topics.toml / actors.toml.

    A broken file is reported in ``Vocabulary.problems`` and skipped, never
    raised.  Loads are cached per file stamp (path, mtime, size): an edited
    file is read again.
    """
    return _load(resources, overlay, _file_stamp(vocabulary_files(resources, overlay)))


@lru_cache(maxsize=8)
def _load(resources: Path, overlay: Path | None, stamp: tuple) -> Vocabulary:
    vocab = Vocabulary()
    problems = vocab.problems
    h = sha256()
    for path in vocabulary_files(resources, overlay):
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"-")
    vocab.fingerprint = h.hexdigest()[:16]
    for fname, group in TOPIC_FILES:
        data = _read(resources / fname, problems)
        if data:
            vocab.topics = _merge(vocab.topics, _topics(data, group, resources / fname, problems), lambda t: t.id)
    world = _read(resources / WORLD_FILE, problems) or {}
    countries: dict[str, Actor] = {}
    for c in world.get("country", []):
        names = _strs(c.get("names"))
        if not names or not c.get("code"):
            continue
        forms = [*names, *(f for n in names for f in nationality_forms(n))]
        countries[c["code"]] = Actor(c["code"].lower(), names[0], c["code"], "country", tuple(forms), c["code"])
    actors: list[Actor] = []
    cues: list[str] = []
    for fname in ACTOR_FILES:
        data = _read(resources / fname, problems)
        if data:
            actors += _actors(data, resources / fname, problems)
            cues += _strs(data.get("cues", {}).get("titles", []))
    if overlay is not None:
        data = _read(overlay / "topics.toml", problems)
        if data:
            vocab.topics = _merge(vocab.topics, _topics(data, "corpus", overlay / "topics.toml", problems),
                                  lambda t: t.id)
        data = _read(overlay / "actors.toml", problems)
        if data:
            actors = _merge(actors, _actors(data, overlay / "actors.toml", problems), lambda a: a.id)
            cues += _strs(data.get("cues", {}).get("titles", []))
    for a in actors:  # a listed country extends the generated one
        if a.code and a.code in countries:
            gen = countries.pop(a.code)
            aliases = tuple(dict.fromkeys((*a.aliases, *gen.aliases)))
            a = Actor(a.id, a.name, a.en, "country", aliases, a.code)
        vocab.actors.append(a)
    vocab.actors += countries.values()
    vocab.title_cues = tuple(dict.fromkeys(cues))
    known = {normalize_text(k) for a in vocab.actors for k in (a.name, *a.aliases)}
    seen: set[str] = set()
    places = [Place(str(c.get("name")), str(c.get("country", "")))
              for c in (*world.get("city", []), *world.get("region", [])) if c.get("name")]
    places += [Place(str(n), "") for r in world.get("region", []) for n in _strs(r.get("names"))]
    for fname in PLACE_FILES:
        data = _read(resources / fname, problems) or {}
        places += [Place(str(p["name"]), str(p.get("country", "")), _strs(p.get("aliases", [])))
                   for p in data.get("place", []) if isinstance(p, dict) and p.get("name")]
    for p in places:
        n = normalize_text(p.name)
        if n not in seen and n not in known:  # الكويت the city is الكويت the country
            seen.add(n)
            vocab.places.append(p)
    return vocab


class Matcher:
    """Finds topics, actors and places in normalized text."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        self.vocab = vocab or load_vocabulary()
        self._topic_index = PhraseIndex([(k, t.id) for t in self.vocab.topics for k in t.keywords])
        self._actor_index = PhraseIndex(
            [(k, a.name) for a in self.vocab.actors for k in (a.name, *a.aliases)]
        )
        self._place_index = PhraseIndex([(k, p.name) for p in self.vocab.places for k in (p.name, *p.aliases)])
        # The three in one, for event building: one look-up per clause instead of three
        # (labels are (kind, label); each kind's phrases keep their order, so each kind's
        # result is what its own index gives).
        self._tag_index = PhraseIndex(
            [(k, ("t", t.id)) for t in self.vocab.topics for k in t.keywords]
            + [(k, ("a", a.name)) for a in self.vocab.actors for k in (a.name, *a.aliases)]
            + [(k, ("p", p.name)) for p in self.vocab.places for k in (p.name, *p.aliases)]
        )
        self._aliases = {_bare(normalize_text(k)) for a in self.vocab.actors for k in (a.name, *a.aliases)}
        self._aliases |= {_bare(normalize_text(k)) for p in self.vocab.places for k in (p.name, *p.aliases)}
        cues = sorted({normalize_text(c) for c in self.vocab.title_cues}, key=len, reverse=True)
        self._cue = nm.alternation_regex(cues) if cues else None
        self.actor_types = {a.name: a.type for a in self.vocab.actors}
        self._pack_topics = frozenset(t.id for t in self.vocab.topics if t.group == "security")
        # Every start (two words or more) of a listed name → the actors it starts.
        self._alias_prefixes: dict[tuple[str, ...], set[str]] = {}
        for a in self.vocab.actors:
            for k in (a.name, *a.aliases):
                toks = tuple(_bare(w) for w in normalize_text(k).split())
                for n in range(2, len(toks) + 1):
                    self._alias_prefixes.setdefault(toks[:n], set()).add(a.name)

    def _known(self, word: str) -> bool:
        return bool(_forms(word) & self._aliases)

    def _canon(self, norm_name: str, shown: str) -> str:
        """A pattern or cue name as shown, or the listed actor it spells or shortens.

        ``مفوضية الاتحاد`` is the start of exactly one listed name (مفوضية الاتحاد
        الأفريقي): it is that actor.  A one-word start is too vague to fold."""
        found = self._actor_index.find(norm_name)
        for label, i in found.items():
            if i == 0 and len(normalize_text(label).split()) >= len(norm_name.split()) - 1:
                return label
        words = tuple(_bare(w) for w in norm_name.split())
        if len(words) >= 2:
            owners = self._alias_prefixes.get(words, ())
            if len(owners) == 1:
                return next(iter(owners))
        return shown

    def names_in(self, norm: Normalized, start: int, end: int) -> list[str]:
        """Organisations found by pattern and people by title cue in norm.text[start:end], as written."""
        text = norm.text
        out: list[str] = []
        spans = nm.org_spans(text, start, end, self._known) + nm.person_spans(text, start, end, self._cue, self._known)
        for s, e in spans:
            frag = text[s:e]
            if not frag or self._actor_index.starts_at_first(_TOKEN.findall(text, s, min(end, s + 160))):
                continue  # a listed actor starts here (مجلس الأمن, صندوق النقد الدولي): the index finds it
            os_, oe = norm.span(s, e)
            shown = " ".join(norm.original[os_:oe].split())
            if s >= 2 and text[s - 2 : s] == "لل" and (s == 2 or not text[s - 3].isalpha()):
                shown = "ال" + shown  # للجيش السوداني: the name is الجيش السوداني
            shown = self._canon(frag, shown)
            shown = _strip_clitic(shown)
            if shown not in out:
                out.append(shown)
        return out

    def cue_names(self, norm: Normalized, start: int, end: int) -> list[str]:
        """People introduced by a title cue in norm.text[start:end], as written."""
        out = []
        for s, e in nm.person_spans(norm.text, start, end, self._cue, self._known):
            os_, oe = norm.span(s, e)
            out.append(" ".join(norm.original[os_:oe].split()))
        return out

    def places_in(self, norm: Normalized, start: int, end: int, toks: list[str] | None = None) -> list[str]:
        """Listed places, then places named after a place noun, in norm.text[start:end]."""
        found = self._place_index.find_tokens(toks if toks is not None else tokens(norm.text[start:end]))
        return self._places(norm, start, end, found)

    def tags_of(self, toks: list[str]) -> tuple[list[str], list[str], dict[str, int]]:
        """:meth:`topics_of`, :meth:`actors_of` and the listed places found (label → token),
        in one look-up."""
        found = self._tag_index.find_tokens(toks)
        if not found:
            return [], [], {}
        by: dict[str, dict[str, int]] = {"t": {}, "a": {}, "p": {}}
        for (kind, label), i in found.items():
            by[kind][label] = i
        topics, actors = by["t"], self._not_currencies(toks, by["a"])
        return ([t.id for t in self.vocab.topics if t.id in topics] if topics else [],
                sorted(actors, key=actors.__getitem__), by["p"])

    def places_found(self, norm: Normalized, start: int, end: int, found: dict[str, int]) -> list[str]:
        """:meth:`places_in` with the listed places already found (:meth:`tags_of`)."""
        return self._places(norm, start, end, found)

    def _places(self, norm: Normalized, start: int, end: int, found: dict[str, int]) -> list[str]:
        out = sorted(found, key=found.__getitem__)
        for s, e in nm.place_spans(norm.text, start, end, self._known):
            os_, oe = norm.span(s, e)
            shown = " ".join(norm.original[os_:oe].split())
            if shown not in out and not self._place_index.find(norm.text[s:e]):
                out.append(shown)
        return out

    def has_general(self, topics: list[str]) -> bool:
        """Whether ``topics`` hold one that describes any subject (not only the bundled
        security pack's): without one, a wider span gives the context."""
        return any(t not in self._pack_topics for t in topics)

    def topic_union(self, first: list[str], more: list[str]) -> list[str]:
        """Both lists' topics, in the vocabulary's order."""
        got = set(first) | set(more)
        return [t.id for t in self.vocab.topics if t.id in got]

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
        found = self._not_currencies(toks, self._actor_index.find_tokens(toks))
        return sorted(found, key=found.__getitem__)

    def _not_currencies(self, toks: list[str], found: dict[str, int]) -> dict[str, int]:
        """Drop a country named only as its currency's adjective (الدولار الأمريكي, الجنيه المصري)."""
        for label, i in list(found.items()):
            if i and self.actor_types.get(label) == "country" and _forms(toks[i - 1]) & _CURRENCIES:
                later = self._actor_index.find_tokens(toks[i + 1 :])
                if label in later:
                    found[label] = i + 1 + later[label]  # named again, as a country
                else:
                    del found[label]
        return found


_HEADS = frozenset(nm.ORG_HEADS)


def _strip_clitic(shown: str) -> str:
    """``لمجلس النواب`` → ``مجلس النواب``, ``للمفوضية`` → ``المفوضية``: shown names start bare."""
    first, sep, rest = shown.partition(" ")
    nf = normalize_text(first)
    if nf.startswith("لل") and len(nf) > 4:
        return "ال" + first[2:] + sep + rest
    for n in (2, 1):
        p, body = nf[:n], nf[n:]
        if len(body) >= 3 and all(c in "وفبل" for c in p) and (body.startswith("ال") or body in _HEADS):
            return first[n:] + sep + rest
    return shown


# Proclitic chains without the article (ال is taken off by _bare): viewer/lang/ar/clitics.toml.
_PREFIXES = _LANG.clitic_prefixes(article=False)
_SUFFIXES = ("ات", "يه", "ين", "ون", "ها", "هم", "ه", "ي", "ا")


def _bare(token: str) -> str:
    return token[2:] if token.startswith("ال") and len(token) > 4 else token


# Currency nouns (bare): the nationality adjective after one names the currency, not the country.
_CURRENCIES = frozenset(_bare(normalize_text(w)) for w in (
    "الدولار", "اليورو", "الجنيه", "الدينار", "الريال", "الليرة", "الدرهم", "الروبل", "اليوان", "الين",
    "الفرنك", "الأوقية", "الشيكل", "الروبية"))

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


@lru_cache(maxsize=65536)
def _prefix_forms(token: str) -> frozenset[str]:
    """The readings of :func:`_forms` with clitics taken off but no suffix."""
    out = set()
    for p in _PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= 2:
            rest = token[len(p) :]
            out.update((rest, _bare(rest)))
            if p.endswith("ل") and rest.startswith("ل"):
                out.add(rest[1:])
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
        # One-word phrases ending in ي match without a suffix taken off: the
        # feminine or plural of an adjective is not that word (المالية is not
        # مالي, الصحية not صحي).
        self._exact: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, label in phrases:
            toks = tuple(_bare(t) for t in normalize_text(phrase).split())
            if toks:
                table = self._exact if len(toks) == 1 and toks[0].endswith("ي") else self._first
                table.setdefault(toks[0], []).append((toks, label))
        self._starts: dict[str, _Starting | tuple[()]] = {}

    def _starting(self, tok: str) -> _Starting | tuple[()]:
        """Phrases whose first token is a reading of ``tok``, in form order; () when none."""
        first, exact = self._first, self._exact
        out = [e for f in _forms(tok) for e in first.get(f, ())]
        if exact:
            out += [e for f in _prefix_forms(tok) for e in exact.get(f, ())]
        if not out:
            return ()
        singles = tuple(dict.fromkeys(label for toks, label in out if len(toks) == 1))
        return tuple(out), singles, frozenset(toks[1] for toks, _ in out if len(toks) > 1)

    def starts_at_first(self, tokens: list[str]) -> bool:
        """Whether a phrase starts at ``tokens[0]``: ``0 in find_tokens(tokens).values()``, without the rest."""
        if not tokens:
            return False
        tok = tokens[0]
        c = self._starts.get(tok)
        if c is None:
            c = self._starting(tok)
        if not c:
            return False
        n = len(tokens)
        return any(len(toks) <= n and all(toks[k] in _forms(tokens[k]) for k in range(1, len(toks)))
                   for toks, _ in c[0])

    def find(self, norm: str) -> dict[str, int]:
        """label → index of the first token where one of its phrases starts."""
        return self.find_tokens(_TOKEN.findall(norm))

    def find_tokens(self, tokens: list[str]) -> dict[str, int]:
        """:meth:`find` on already tokenized text.

        Most candidate tokens start only one-word phrases or longer ones whose
        second word is not the next token: those are decided by one set test
        (``seconds``) without walking the phrases; the labels found, and their
        order, are those of the walk."""
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
            full, singles, seconds = cands[i]
            if i + 1 < n and seconds and not seconds.isdisjoint(_forms(tokens[i + 1])):
                for toks, label in full:
                    if label in found or i + len(toks) > n:
                        continue
                    for k in range(1, len(toks)):
                        if toks[k] not in _forms(tokens[i + k]):
                            break
                    else:
                        found[label] = i
            else:  # no longer phrase can go on here: the one-word phrases, in order
                for label in singles:
                    if label not in found:
                        found[label] = i
        return found


# A token's candidates: the phrases in form order, the labels of its one-word
# phrases, and the second words of its longer phrases.
_Starting = tuple[tuple[tuple[tuple[str, ...], str], ...], tuple[str, ...], frozenset[str]]


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher()


_matchers: dict[str, Matcher] = {}


def matcher_for(paths: Iterable[str | Path]) -> Matcher:
    """The matcher for a corpus: the bundled vocabulary, with the folder's own
    topics.toml / actors.toml over it when exactly one folder is read."""
    folders = [Path(p) for p in paths]
    overlay = folders[0] if len(folders) == 1 and folders[0].is_dir() else None
    if overlay is None or not any((overlay / f).is_file() for f in ("topics.toml", "actors.toml")):
        return default_matcher()
    vocab = load_vocabulary(overlay=overlay)
    m = _matchers.get(vocab.fingerprint)
    if m is None:
        if len(_matchers) > 4:
            _matchers.clear()
        m = _matchers[vocab.fingerprint] = Matcher(vocab)
    return m
