"""Reference copy of reader.py before its fast paths (used by tests/test_corpus_speed.py).

The corpus stage: files on disk → :class:`Article` objects, plus located problems.

``read_corpus(paths)`` accepts folders (recursive, ``.txt``/``.html``/``.htm``,
sorted, hidden entries skipped, symlink loops cut by remembering resolved
folders) and explicit files (kept in the order given; the same file twice is
read once).  Files are opened read-only and never written, moved or locked.
Nothing here raises for a bad file: each problem becomes a :class:`Problem`
and the other files still load.

Ids are file stems.  When stems collide (``a.txt`` and ``a.html``, or
``x/a.txt`` and ``y/a.txt``) the first loaded file, in listing order, keeps the
stem and the others get ``dir__sub__a``, then ``…__html``, then ``…_2`` — the
first of these that is still free — with a ``duplicate-id`` problem each.

Problem kinds produced here: ``unreadable``, ``empty``, ``binary`` (severity
``error``: the file is not loaded), ``encoding``, ``truncated``, ``bidi``,
``duplicate-id`` and ``manifest`` (warnings: the article loads).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from tests.reference_decode import decode_bytes
from viewer.corpus.htmlbudget import limit_html
from viewer.corpus.htmltext import read_html
from viewer.corpus.manifest import MANIFEST_NAME, Manifest, Meta, load_manifest
from viewer.corpus.page.read import apply_reading, read_page
from viewer.corpus.pubdate import offer
from viewer.corpus.reader import first_line_title
from viewer.model import Article, Problem

SUFFIXES = frozenset({".txt", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
# Read at most this much of a file (a 20 MB article still loads); the rest is reported, not read.
MAX_BYTES = 32 << 20
TITLE_MAX = 120

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    # A FIFO named *.txt must not block the reader; no effect on regular files.
    | getattr(os, "O_NONBLOCK", 0)
)
# Zero-width and directional formatting characters: invisible, so not a title nor content.
_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_VISIBLE = re.compile("[^\\s\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
# Embeddings, overrides and isolates can reorder what is displayed (“Trojan source”).
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LINE = re.compile("[^\r\n\u2028\u2029\x85\x0b\x0c]+")


class _NotRegularFile(OSError):
    pass


def _read_raw(path: Path, cap: int | None = None) -> tuple[bytes, bool, str, int]:
    """(first ``cap`` bytes, truncated?, sha256 of the whole file, size). Read-only, no locks."""
    cap = MAX_BYTES if cap is None else cap
    fd = os.open(os.fspath(path), _OPEN_FLAGS)
    with open(fd, "rb", closefd=True) as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise _NotRegularFile(errno.EINVAL, "not a regular file")
        data = f.read(cap + 1)
        digest = hashlib.sha256(data)
        size = len(data)
        truncated = size > cap
        if truncated:
            data = data[:cap]
            while chunk := f.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
    return data, truncated, digest.hexdigest(), size


def _read_limited(path: Path, cap: int) -> bytes:
    data, truncated, _, size = _read_raw(path, cap)
    if truncated:
        raise OSError(errno.EFBIG, f"file is larger than {cap} bytes ({size})")
    return data


def shorten(line: str, limit: int = TITLE_MAX) -> str:
    line = " ".join(_INVISIBLE.sub("", line[: limit * 4]).split())
    if len(line) <= limit:
        return line
    cut = line[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ،,.:;-–—") + "…"


def _errmsg(e: OSError) -> str:
    return e.strerror or str(e) or type(e).__name__


def read_article(
    path: str | Path, article_id: str | None = None, meta: Meta | None = None
) -> tuple[Article | None, list[Problem]]:
    """Read one file (no manifest lookup: ``meta`` is applied as given).

    Returns ``(None, problems)`` when the file cannot be loaded (unreadable,
    missing, binary, empty); otherwise the article and its warnings.
    """
    path = Path(path)
    aid = article_id or path.stem
    sp = str(path)

    def problem(kind: str, message: str, severity: str = "warning") -> Problem:
        return Problem(
            kind=kind,
            message=message,
            path=sp,
            article=aid if severity != "error" else None,
            severity=severity,
        )

    try:
        raw, truncated, sha, size = _read_raw(path)
    except FileNotFoundError:
        return None, [problem("unreadable", "file not found (it may have been moved or deleted)", "error")]
    except PermissionError as e:
        return None, [problem("unreadable", f"permission denied: {_errmsg(e)}", "error")]
    except IsADirectoryError:
        return None, [problem("unreadable", "is a folder, not a file", "error")]
    except OSError as e:
        return None, [problem("unreadable", f"file could not be read: {_errmsg(e)}", "error")]

    if not raw:
        return None, [problem("empty", "file is empty", "error")]
    is_html = path.suffix.lower() in HTML_SUFFIXES
    dec = decode_bytes(raw, truncated=truncated, html=is_html)
    if dec.binary:
        return None, [
            problem("binary", "file looks binary (NUL or control bytes), not text; skipped", "error")
        ]
    problems = [problem(kind, msg, sev) for kind, sev, msg in dec.notes]
    if truncated:
        problems.append(
            problem(
                "truncated",
                f"file is {size:,} bytes; only the first {len(raw):,} bytes were read",
            )
        )

    # The page reading (furniture, headline, the page's own date) is not what this
    # reference checks: it runs the same code as the reader (viewer/corpus/page).
    text, html_title, page = dec.text, None, None
    if is_html:
        doc, capped = limit_html(dec.text)  # issue 14's budgets (viewer.corpus.htmlbudget)
        problems.extend(problem("cap", msg) for msg in capped)
        page = read_html(doc)
        text, html_title = page.text, page.title
    if not _VISIBLE.search(text):
        what = "no visible text in the HTML" if is_html else "file contains only whitespace"
        return None, [*problems, problem("empty", what, "error")]

    if _BIDI_CONTROL.search(text):
        n = len(_BIDI_CONTROL.findall(text))
        problems.append(
            problem(
                "bidi",
                f"text contains {n} bidirectional control character(s) (U+202A–U+202E, U+2066–U+2069) "
                "that can reorder what is displayed; kept unchanged",
            )
        )

    meta = meta or Meta()
    reading = read_page(text, page, meta.url)
    title = meta.title or (shorten(reading.headline) if reading.headline else "") or (
        shorten(html_title) if html_title else "") or first_line_title(text, reading.furniture)
    art = Article(
        id=aid,
        path=sp,
        text=text,
        title=title,
        source=meta.source,
        url=meta.url,
        encoding=dec.encoding,
        sha256=sha,
    )
    offer(art, meta.published, "manifest")
    apply_reading(art, reading)
    return art, problems


# -- listing -----------------------------------------------------------------------


@dataclass
class _Item:
    path: Path
    rel: PurePosixPath  # relative to its root folder (for explicit files: parent-name/file-name)
    meta: Meta | None = None


class _Lister:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.items: list[_Item] = []
        self.seen_files: set[Path] = set()
        self.manifests: dict[Path, Manifest | None] = {}  # by resolved manifest path
        self.complete: dict[Path, Manifest] = {}  # manifests whose whole folder was listed
        self.listed: dict[Path, set[str]] = {}  # manifest path -> relative keys of listed files

    def manifest_in(self, folder: Path) -> Manifest | None:
        mpath = folder / MANIFEST_NAME
        try:
            if not mpath.is_file():
                return None
            key = mpath.resolve()
        except (OSError, RuntimeError):
            return None
        if key not in self.manifests:
            man, probs = load_manifest(mpath, _read_limited)
            self.manifests[key] = man
            self.problems.extend(probs)
        return self.manifests[key]

    def _add(self, path: Path, rel: PurePosixPath, candidates: list[tuple[Manifest, str]]) -> None:
        try:
            real = path.resolve()
        except (OSError, RuntimeError):
            real = path.absolute()
        if real in self.seen_files:
            return
        self.seen_files.add(real)
        meta = None
        for man, key in candidates:  # nearest manifest first
            self.listed.setdefault(man.path, set()).add(key)
            if meta is None and key in man.entries:
                meta = man.entries[key]
        self.items.append(_Item(path, rel, meta))

    def add_file(self, path: Path) -> None:
        if path.name == MANIFEST_NAME:
            return
        man = self.manifest_in(path.parent)
        rel = PurePosixPath(path.parent.name, path.name) if path.parent.name else PurePosixPath(path.name)
        self._add(path, rel, [(man, path.name)] if man else [])

    def add_folder(self, root: Path) -> None:
        visited: set[Path] = set()
        files: list[tuple[tuple[str, ...], Path]] = []
        folder_manifests: dict[tuple[str, ...], Manifest] = {}
        stack: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
        while stack:
            folder, parts = stack.pop()
            try:
                real = folder.resolve(strict=True)
            except (OSError, RuntimeError):
                continue
            if real in visited:
                continue  # symlink loop or a folder reached twice
            visited.add(real)
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as e:
                self.problems.append(
                    Problem(
                        kind="unreadable",
                        message=f"folder could not be listed: {_errmsg(e)}",
                        path=str(folder),
                        severity="error",
                    )
                )
                continue
            man = self.manifest_in(folder)
            if man is not None:
                folder_manifests[parts] = man
                self.complete[man.path] = man
            for e in entries:
                if e.name.startswith("."):
                    continue
                try:
                    if e.is_dir():
                        stack.append((Path(e.path), (*parts, e.name)))
                    elif Path(e.name).suffix.lower() in SUFFIXES and e.is_file():
                        files.append(((*parts, e.name), Path(e.path)))
                except OSError:
                    continue
        files.sort(key=lambda f: f[0])
        for parts, path in files:
            candidates = []
            for i in range(len(parts) - 1, -1, -1):
                man = folder_manifests.get(parts[:i])
                if man is not None:
                    candidates.append((man, "/".join(parts[i:])))
            self._add(path, PurePosixPath(*parts), candidates)

    def unknown_entries(self) -> list[Problem]:
        out = []
        for mpath, man in self.complete.items():
            listed = self.listed.get(mpath, set())
            for key in man.entries:
                if key not in listed:
                    out.append(
                        Problem(
                            kind="manifest",
                            message=f"entry '{man.raw_keys[key]}' matches no .txt/.html file in "
                            f"{man.folder}; ignored",
                            path=str(mpath),
                        )
                    )
        return out


def _unique_id(item: _Item, used: dict[str, Article]) -> str:
    stem = item.rel.stem
    folders = [p for p in item.rel.parent.parts if p not in ("", ".")]
    qualified = "__".join([*folders, stem])
    candidates = [stem, qualified, f"{qualified}__{item.rel.suffix.lstrip('.').lower()}"]
    for c in candidates:
        if c not in used:
            return c
    n = 2
    while f"{candidates[-1]}_{n}" in used:
        n += 1
    return f"{candidates[-1]}_{n}"


def read_corpus(paths: list[str | Path]) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``paths`` (folders and/or files)."""
    lister = _Lister()
    for p in paths:
        path = Path(p)
        try:
            st = path.stat()
        except FileNotFoundError:
            lister.problems.append(
                Problem(kind="unreadable", message="path does not exist", path=str(path), severity="error")
            )
            continue
        except OSError as e:
            lister.problems.append(
                Problem(
                    kind="unreadable",
                    message=f"path could not be examined: {_errmsg(e)}",
                    path=str(path),
                    severity="error",
                )
            )
            continue
        if stat.S_ISDIR(st.st_mode):
            lister.add_folder(path)
        elif stat.S_ISREG(st.st_mode):
            lister.add_file(path)
        else:
            lister.problems.append(
                Problem(kind="unreadable", message="not a regular file", path=str(path), severity="error")
            )

    problems = list(lister.problems)
    problems.extend(lister.unknown_entries())
    articles: list[Article] = []
    used: dict[str, Article] = {}
    for item in lister.items:
        art, probs = read_article(item.path, item.rel.stem, item.meta)
        if art is not None:
            aid = _unique_id(item, used)
            if aid != art.id:
                first = used[art.id]
                for pr in probs:
                    pr.article = aid
                probs.append(
                    Problem(
                        kind="duplicate-id",
                        message=f"id '{art.id}' is already used by {first.path}; this file's id is '{aid}'",
                        path=art.path,
                        article=aid,
                    )
                )
                art.id = aid
            used[aid] = art
            articles.append(art)
        problems.extend(probs)
    return articles, problems
