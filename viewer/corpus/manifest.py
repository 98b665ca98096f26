"""``manifest.toml``: per-file metadata of a corpus folder.

Format (every field optional, every entry keyed by the file's path relative to
the folder holding the manifest, ``/`` as separator)::

    [articles."000_0b23c83037af3ae1.txt"]
    title = "…"              # string
    source = "…"             # outlet name, string
    published = 2024-04-05   # TOML date (or "YYYY-MM-DD"); a date-time keeps its date
    url = "https://…"        # string, shown only, never fetched

A manifest that cannot be read or parsed is ignored as a whole (one
``manifest`` problem, severity ``error``); a field of the wrong type is ignored
(one problem per field); an entry whose key is absolute or leaves the folder
(``../x.txt``) is ignored; an entry matching no file is reported by the reader.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PureWindowsPath

from viewer.model import Problem
from viewer.pubrange import pubdate_error

MANIFEST_NAME = "manifest.toml"
FIELDS = ("title", "source", "published", "url")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_MANIFEST_BYTES = 4 << 20
# A manifest needs two levels ([articles."a.txt"]); tomllib is quadratic in the parts of one
# dotted key (300 KB of `a.a.a…` took 64 s and 14 GB) and recursive in nesting (RecursionError).
MAX_NESTING = 32
# Strings and comments, blanked before the structure is measured (linear: no nested quantifier).
_STRINGS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*(?:"""|\Z)'
    r"|'''(?:[^']|'(?!''))*(?:'''|\Z)"
    r'|"(?:[^"\\\n]|\\.)*"?'
    r"|'[^'\n]*'?"
    r"|#[^\n]*"
)
_LONG_DOTTED_KEY = re.compile(r'(?:[A-Za-z0-9_-]+|"")(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|""))' + f"{{{MAX_NESTING}}}")
_BRACKETS = re.compile(r"[\[\]{}]")
_PAIR = re.compile(r"\[\]|\{\}")


@dataclass
class Meta:
    title: str | None = None
    source: str | None = None
    published: date | None = None
    url: str | None = None


@dataclass
class Manifest:
    path: Path
    entries: dict[str, Meta] = field(default_factory=dict)  # normalized relative path -> metadata
    raw_keys: dict[str, str] = field(default_factory=dict)  # normalized -> key as written
    used: set[str] = field(default_factory=set)

    @property
    def folder(self) -> Path:
        return self.path.parent


def normalize_key(key: str) -> str | None:
    """``sub/a.txt`` for a key inside the folder; None for absolute keys or keys leaving it."""
    if not key or "\x00" in key:
        return None
    if key.startswith(("/", "\\")) or PureWindowsPath(key).drive:
        return None
    parts = [p for p in key.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _problem(path: Path, message: str, severity: str = "warning", **params) -> Problem:
    # params (reason, cause, key): the window words the problem in the user's language
    return Problem(kind="manifest", message=message, path=str(path), severity=severity, params=params)


def structure_error(text: str) -> str | None:
    """Why ``text`` is too deeply structured to be parsed safely (None when it is not).

    Linear: strings and comments are blanked, then dotted keys and bracket depth are measured."""
    bare = _STRINGS.sub('""', text)
    if _LONG_DOTTED_KEY.search(bare):
        return f"a key has more than {MAX_NESTING} dotted parts"
    # Only the brackets matter; peeling innermost pairs MAX_NESTING times (C-speed replaces)
    # leaves nothing of a shallow file, and little but the deep or unbalanced part otherwise.
    rest = "".join(_BRACKETS.findall(bare))
    for _ in range(MAX_NESTING):
        if not rest:
            return None
        shorter = _PAIR.sub("", rest)  # one layer a pass: both kinds at once
        if len(shorter) == len(rest):
            break
        rest = shorter
    if "[]" in rest or "{}" in rest:
        # a pair still adjacent after MAX_NESTING peels was nested deeper than that
        return f"arrays or tables are nested more than {MAX_NESTING} deep"
    depth = 0  # what is left has no pair: unclosed or stray brackets, counted as they come
    for ch in rest:
        if ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return f"arrays or tables are nested more than {MAX_NESTING} deep"
        elif depth:
            depth -= 1
    return None


def parse_manifest(text: str, path: Path) -> tuple[Manifest | None, list[Problem]]:
    """Validate the manifest's content; ``path`` is used for messages and as its folder."""
    problems: list[Problem] = []
    too_deep = structure_error(text)
    if too_deep:
        return None, [_problem(path, f"manifest is too deeply structured ({too_deep}); it is ignored", "error",
                               reason="ignored", cause="nesting")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return None, [_problem(path, f"manifest is not valid TOML ({e}); it is ignored", "error",
                               reason="ignored", cause="syntax")]
    except (RecursionError, MemoryError, ValueError, TypeError) as e:  # never let a manifest sink the load
        return None, [
            _problem(path, f"manifest could not be parsed ({type(e).__name__}); it is ignored", "error",
                     reason="ignored", cause="parse")
        ]
    man = Manifest(path)
    for key in data:
        if key != "articles":
            problems.append(_problem(path, f"unknown top-level key '{key}' ignored (expected [articles])",
                                     reason="unknown-key", key=str(key)))
    articles = data.get("articles", {})
    if not isinstance(articles, dict):
        problems.append(
            _problem(path, "'articles' must be a table of per-file entries; the manifest is ignored", "error",
                     reason="ignored", cause="shape")
        )
        return man, problems
    for key, entry in articles.items():
        norm = normalize_key(key)
        if norm is None:
            problems.append(
                _problem(path, f"entry '{key}' points outside the corpus folder (absolute or '..'); ignored",
                         reason="entry", cause="outside", key=str(key))
            )
            continue
        if norm in man.entries:
            problems.append(
                _problem(path, f"entry '{key}' names the same file as '{man.raw_keys[norm]}'; ignored",
                         reason="entry", cause="duplicate", key=str(key))
            )
            continue
        if not isinstance(entry, dict):
            problems.append(_problem(path, f"entry '{key}' must be a table (title = …, source = …); ignored",
                                     reason="entry", cause="not-table", key=str(key)))
            continue
        meta = Meta()
        for name, value in entry.items():
            err = _set_field(meta, name, value)
            if err:
                problems.append(_problem(path, f"entry '{key}': {err}", reason="entry", cause="field", key=str(key)))
        man.entries[norm] = meta
        man.raw_keys[norm] = key
    return man, problems


def _set_field(meta: Meta, name: str, value: object) -> str | None:
    if name not in FIELDS:
        return f"unknown field '{name}' ignored (known: {', '.join(FIELDS)})"
    if name == "published":
        if isinstance(value, datetime):
            meta.published = value.date()
        elif isinstance(value, date):
            meta.published = value
        elif isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
            try:
                meta.published = date.fromisoformat(value.strip())
            except ValueError:
                return f"published '{value}' is not a valid date; ignored"
        else:
            return f"published must be a date such as 2024-04-05, not {value!r}; ignored"
        if meta.published is not None and (why := pubdate_error(meta.published)):
            meta.published = None
            return f"{why}; ignored"
        return None
    if not isinstance(value, str):
        return f"{name} must be a string, not {type(value).__name__}; ignored"
    if not value.strip():
        return f"{name} is empty; ignored"
    setattr(meta, name, value.strip())
    return None


def load_manifest(path: Path, read_bytes) -> tuple[Manifest | None, list[Problem]]:
    """Read and parse ``path`` with ``read_bytes(path, cap) -> bytes`` (read-only)."""
    try:
        raw = read_bytes(path, MAX_MANIFEST_BYTES)
    except OSError as e:
        return None, [
            _problem(path, f"manifest could not be read ({e.strerror or e}); it is ignored", "error",
                     reason="ignored", cause="unreadable")
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [_problem(path, "manifest is not UTF-8 (TOML must be UTF-8); it is ignored", "error",
                               reason="ignored", cause="not-utf8")]
    return parse_manifest(text, path)
