"""The corpus stage: files on disk → :class:`Article` objects, plus located problems.

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
``duplicate-id``, ``link`` (a link leaving the opened folder, skipped) and
``manifest`` (warnings: the article loads), ``cancelled``.
"""

from __future__ import annotations

import bisect
import errno
import hashlib
import os
import re
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from viewer.corpus.decode import decode_bytes
from viewer.corpus.formats import DUMP_SUFFIXES, read_records
from viewer.corpus.htmlbudget import limit_html
from viewer.corpus.htmltext import read_html
from viewer.corpus.manifest import MANIFEST_NAME, Manifest, Meta, load_manifest
from viewer.corpus.page.read import apply_reading, read_page
from viewer.corpus.pubdate import offer
from viewer.model import Article, Problem
from viewer.safetext import display

HTML_SUFFIXES = frozenset({".html", ".htm"})
# Text, HTML, and the dumps and feeds of corpus/formats (many articles a file).
SUFFIXES = frozenset({".txt", *HTML_SUFFIXES, *DUMP_SUFFIXES})
# Folders a browser's "Save Page As" writes beside the page (English, German, French, Spanish …).
PAGE_FILES_SUFFIXES = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "-bestanden")
# Read at most this much of a file (a 20 MB article still loads); the rest is reported, not read.
MAX_BYTES = 32 << 20
TITLE_MAX = 120
# Progress while reading: after every this many files (and every thousand records of a dump).
PROGRESS_EVERY = 16

Progress = Callable[[int, int, str], None]

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


class Cancelled(OSError):
    """Reading stopped because the user cancelled."""


_CHUNK = 1 << 20


def _read_raw(
    path: str | Path, cap: int | None = None, cancel: threading.Event | None = None
) -> tuple[bytes, bool, str, int]:
    """(first ``cap`` bytes, truncated?, sha256 of what was read, size). Read-only, no locks.

    Only what is read is hashed: a 20 GB (sparse) file costs the same as a
    ``cap``-byte one, and the hash still names exactly the text that is
    extracted, which is what the cache needs.  ``size`` is the file's size as
    ``fstat`` gives it.  Reading stops between 1 MB chunks when ``cancel`` is set
    (:class:`Cancelled`)."""
    cap = MAX_BYTES if cap is None else cap
    fd = os.open(os.fspath(path), _OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _NotRegularFile(errno.EINVAL, "not a regular file")
        # The first ``cap + 1`` bytes (or all, up to the end of the file), as BufferedReader.read would.
        # A regular file reads short only at its end; a full first read means it has grown.
        want = cap + 1
        first = min(want, st.st_size + 1, _CHUNK)
        data = os.read(fd, first)
        if len(data) == first < want:
            chunks = [data]
            got = len(data)
            while got < want:
                if cancel is not None and cancel.is_set():
                    raise Cancelled(errno.ECANCELED, "reading cancelled")
                chunk = os.read(fd, min(want - got, _CHUNK))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
            if len(chunks) > 1:
                data = b"".join(chunks)
        truncated = len(data) > cap
        if truncated:
            data = data[:cap]
        size = max(st.st_size, len(data) + truncated)
    finally:
        os.close(fd)
    return data, truncated, hashlib.sha256(data).hexdigest(), size


def _read_limited(path: Path, cap: int) -> bytes:
    data, truncated, _, size = _read_raw(path, cap)
    if truncated:
        raise OSError(errno.EFBIG, f"file is larger than {cap} bytes ({size})")
    return data


def first_line_title(text: str, furniture: list[tuple[int, int, str]] | None = None,
                     limit: int = TITLE_MAX) -> str:
    """The first line with visible characters that is not page furniture (else the first
    visible line), trimmed and shortened to about ``limit``."""
    first = None
    spans = sorted((s, e) for s, e, _ in furniture or ())
    starts = [s for s, _ in spans]
    for m in _LINE.finditer(text):
        line = m.group()
        if not _VISIBLE.search(line):
            continue
        if first is None:
            first = line
            if not spans:
                break
        pos = m.start() + len(line) - len(line.lstrip())
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or spans[i][1] <= pos:
            return shorten(line, limit)
    return shorten(first, limit) if first is not None else ""


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
    sp = str(path)
    return _load(sp, article_id or path.stem, meta, path.suffix.lower() in HTML_SUFFIXES, _try_read(sp))


def _try_read(sp: str, cancel: threading.Event | None = None) -> tuple[bytes, bool, str, int] | OSError:
    try:
        return _read_raw(sp, cancel=cancel)
    except OSError as e:
        return e


def _load(
    sp: str, aid: str, meta: Meta | None, is_html: bool, got: tuple[bytes, bool, str, int] | OSError
) -> tuple[Article | None, list[Problem]]:
    """The article of the file at ``sp`` from what :func:`_try_read` gave for it."""

    def problem(kind: str, message: str, severity: str = "warning", **params) -> Problem:
        return Problem(
            kind=kind,
            message=message,
            path=sp,
            article=aid if severity != "error" else None,
            severity=severity,
            params=params,  # kind + parameters: the window words it (sD, issue 12 item 5)
        )

    if isinstance(got, OSError):
        e = got
        if isinstance(e, FileNotFoundError):
            return None, [problem("unreadable", "file not found (it may have been moved or deleted)", "error",
                                  reason="not-found")]
        if isinstance(e, PermissionError):
            return None, [problem("unreadable", f"permission denied: {_errmsg(e)}", "error",
                                  reason="permission")]
        if isinstance(e, IsADirectoryError):
            return None, [problem("unreadable", "is a folder, not a file", "error", reason="folder")]
        return None, [problem("unreadable", f"file could not be read: {_errmsg(e)}", "error",
                              reason="os-error", error=_errmsg(e))]
    raw, truncated, sha, size = got

    if not raw:
        return None, [problem("empty", "file is empty", "error", reason="no-bytes")]
    dec = decode_bytes(raw, truncated=truncated, html=is_html)
    if dec.binary:
        return None, [
            problem("binary", "file looks binary (NUL or control bytes), not text; skipped", "error",
                    reason="binary")
        ]
    problems = [problem(kind, msg, sev, **({"reason": "codec", "codec": dec.encoding} if kind == "encoding" else {}))
                for kind, sev, msg in dec.notes] if dec.notes else []
    if truncated:
        problems.append(
            problem(
                "truncated",
                f"file is {size:,} bytes; only the first {len(raw):,} bytes were read",
                reason="size", size=size, read=len(raw),
            )
        )

    text, html_title, page = dec.text, None, None
    if is_html:
        doc, capped = limit_html(dec.text)
        problems.extend(problem("cap", msg, reason="html-budget") for msg in capped)
        page = read_html(doc)
        text, html_title = page.text, page.title
    if not _VISIBLE.search(text):
        what = "no visible text in the HTML" if is_html else "file contains only whitespace"
        return None, [*problems, problem("empty", what, "error", reason="no-html-text" if is_html else "blank")]

    # Strict UTF-8 read whole: a bidi control in the text is E2 80 AA–AE or E2 81 A6–A9 in the bytes.
    maybe_bidi = (
        b"\xe2" in raw if (not is_html and not truncated and dec.encoding == "utf-8" and not dec.notes) else True
    )
    if maybe_bidi and _BIDI_CONTROL.search(text):
        n = len(_BIDI_CONTROL.findall(text))
        problems.append(
            problem(
                "bidi",
                f"text contains {n} bidirectional control character(s) (U+202A–U+202E, U+2066–U+2069) "
                "that can reorder what is displayed; kept unchanged",
                reason="controls", count=n,
            )
        )

    meta = meta or _NO_META
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


_NO_META = Meta()


# -- listing -----------------------------------------------------------------------


def _suffix(name: str) -> str:
    """``PurePath(name).suffix``."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _stem(name: str) -> str:
    """``PurePath(name).stem``."""
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def _child(folder: str, name: str) -> str:
    """``str(Path(folder) / name)`` for a normalized ``folder`` and a plain ``name``."""
    if folder == ".":
        return name
    return folder + name if folder.endswith("/") else f"{folder}/{name}"


def _resolved(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):
        return str(Path(path).absolute())


@dataclass(slots=True)
class _Item:
    path: str
    name: str  # file name
    folders: tuple[str, ...]  # folders of the relative path (for explicit files: the parent's name)
    meta: Meta | None = None


class _Lister:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.items: list[_Item] = []
        self.seen_files: set[str] = set()  # resolved paths
        self.manifests: dict[Path, Manifest | None] = {}  # by resolved manifest path
        self.complete: dict[Path, Manifest] = {}  # manifests whose whole folder was listed
        self.listed: dict[Path, set[str]] = {}  # manifest path -> relative keys of listed files
        self.interrupted = False  # the walk was cancelled

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

    def _add(
        self,
        path: str,
        real: str,
        name: str,
        folders: tuple[str, ...],
        candidates: list[tuple[Manifest, str]],
    ) -> None:
        if real in self.seen_files:
            return
        self.seen_files.add(real)
        meta = None
        for man, key in candidates:  # nearest manifest first
            self.listed.setdefault(man.path, set()).add(key)
            if meta is None and key in man.entries:
                meta = man.entries[key]
        self.items.append(_Item(path, name, folders, meta))

    def add_file(self, path: Path) -> None:
        if path.name == MANIFEST_NAME:
            return
        man = self.manifest_in(path.parent)
        parent = path.parent.name
        sp = str(path)
        self._add(sp, _resolved(sp), path.name, (parent,) if parent else (), [(man, path.name)] if man else [])

    def _outside(self, path: str, target: str, root_real: str) -> None:
        self.problems.append(
            Problem(
                kind="link",
                message=f"link leads outside the opened folder (to {display(target)}); skipped "
                "(open the target itself to read it)",
                path=path,
                params={"reason": "outside", "target": display(target)},
            )
        )

    def add_folder(self, root: Path, cancel: threading.Event | None = None) -> None:
        visited: set[str] = set()
        root_real = _resolved(str(root))
        root_prefix = root_real.rstrip("/") + "/"

        def inside(real: str) -> bool:
            return real == root_real or real.startswith(root_prefix)

        # (relative parts, path, resolved path or None for a symbolic link)
        files: list[tuple[tuple[str, ...], str, str | None]] = []
        folder_manifests: dict[tuple[str, ...], Manifest] = {}
        stack: list[tuple[str, tuple[str, ...]]] = [(str(root), ())]
        while stack:
            if cancel is not None and cancel.is_set():
                self.interrupted = True
                break
            folder, parts = stack.pop()
            try:
                real = str(Path(folder).resolve(strict=True))
            except FileNotFoundError:
                continue  # vanished since it was listed
            except (OSError, RuntimeError) as e:
                # e.g. deeper than PATH_MAX (ENAMETOOLONG): say so instead of skipping silently
                why = _errmsg(e) if isinstance(e, OSError) else "too many levels of links"
                self.problems.append(
                    Problem(kind="unreadable", message=f"folder could not be opened: {why}; skipped",
                            path=folder, severity="error")
                )
                continue
            if real in visited:
                continue  # symlink loop or a folder reached twice
            if not inside(real):
                self._outside(folder, real, root_real)
                continue
            visited.add(real)
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as e:
                self.problems.append(
                    Problem(
                        kind="unreadable",
                        message=f"folder could not be listed: {_errmsg(e)}",
                        path=folder,
                        severity="error",
                    )
                )
                continue
            man = (
                self.manifest_in(Path(folder)) if any(e.name == MANIFEST_NAME for e in entries) else None
            )
            if man is not None:
                folder_manifests[parts] = man
                self.complete[man.path] = man
            pages = _saved_page_stems(entries)
            for e in entries:
                name = e.name
                if name.startswith("."):
                    continue
                try:
                    if e.is_dir():
                        if pages and _is_page_files(name, pages):
                            continue  # "Save Page As" assets of a saved page (images, scripts, frames)
                        stack.append((_child(folder, name), (*parts, name)))
                    elif _suffix(name).lower() in SUFFIXES and e.is_file():
                        path = _child(folder, name)
                        if e.is_symlink():
                            target = _resolved(path)
                            if not inside(target):
                                self._outside(path, target, root_real)
                                continue
                            files.append(((*parts, name), path, target))
                        else:
                            # A plain file resolves to its resolved folder plus its name.
                            files.append(((*parts, name), path, _child(real, name)))
                except OSError:
                    continue
        files.sort(key=lambda f: f[0])
        for parts, path, real in files:
            candidates = []
            if folder_manifests:
                for i in range(len(parts) - 1, -1, -1):
                    man = folder_manifests.get(parts[:i])
                    if man is not None:
                        candidates.append((man, "/".join(parts[i:])))
            self._add(path, real if real is not None else _resolved(path), parts[-1], parts[:-1], candidates)

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
                            params={"reason": "entry", "cause": "no-file", "key": display(str(man.raw_keys[key]))},
                        )
                    )
        return out


def _unique_id(item: _Item, used: dict[str, Article]) -> str:
    # Ids are shown and stored: an undecodable byte of the file name becomes U+FFFD.
    stem = display(_stem(item.name))
    if stem not in used:
        return stem
    folders = [display(p) for p in item.folders if p not in ("", ".")]
    qualified = "__".join([*folders, stem])
    candidates = [stem, qualified, f"{qualified}__{display(_suffix(item.name)).lstrip('.').lower()}"]
    for c in candidates:
        if c not in used:
            return c
    return _numbered(candidates[-1], used)


def _numbered(base: str, used: dict[str, Article]) -> str:
    """``base_2``, else ``base_3`` …: the first not in ``used``."""
    n = 2
    while f"{base}_{n}" in used:
        n += 1
    return f"{base}_{n}"


def read_corpus(
    paths: list[str | Path], cancel: threading.Event | None = None, progress: Progress | None = None,
    on_article: Callable[[Article], None] | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``paths`` (folders and/or files).

    ``progress(done, total, name)``: files read of files listed, after each file
    (at most every ``PROGRESS_EVERY`` files), and every thousand records inside a
    dump or feed, with ``name`` saying how many records were read.
    ``on_article(article)``: each article as soon as it is read (its id final), in
    the order of the returned list (the window looks cached results up meanwhile).

    Explicitly given paths are read wherever they are (links included); inside
    a folder, a link whose target lies outside that folder is reported
    (``link``) and skipped.  One file never sinks the load: anything a file
    raises while it is read, decoded or reduced becomes an ``unreadable``
    problem for that file.  When ``cancel`` is set, listing and reading stop
    and the articles read so far are returned with a ``cancelled`` problem."""
    lister = _Lister()
    for p in paths:
        path = Path(p)
        try:
            st = path.stat()
        except FileNotFoundError:
            lister.problems.append(
                Problem(kind="unreadable", message="path does not exist", path=str(path), severity="error",
                        params={"reason": "not-found"})
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
            lister.add_folder(path, cancel)
        elif stat.S_ISREG(st.st_mode):
            lister.add_file(path)
        else:
            lister.problems.append(
                Problem(kind="unreadable", message="not a regular file", path=str(path), severity="error",
                        params={"reason": "special"})
            )

    problems = list(lister.problems)
    problems.extend(lister.unknown_entries())
    articles: list[Article] = []
    used: dict[str, Article] = {}
    stopped = False
    total = len(lister.items)
    for n, (item, got) in enumerate(
        zip(lister.items, _read_all([item.path for item in lister.items], cancel), strict=False)
    ):
        if isinstance(got, Cancelled) or (cancel is not None and cancel.is_set()):
            stopped = True
            break
        name = item.name
        if progress is not None and (n % PROGRESS_EVERY == 0 or got is None):
            progress(n, total, display(name))
        if got is None:  # a dump or a feed: many articles (corpus/formats)
            recs, probs = _records(item.path, display(_stem(name)), _record_progress(progress, n, total, name),
                                   cancel)
            for art in recs:
                if art.id in used:
                    aid = _numbered(art.id, used)
                    probs.append(Problem(kind="duplicate-id", message=f"id '{art.id}' is already used by "
                                         f"{display(used[art.id].path)}; this record's id is '{aid}'",
                                         path=art.path, article=aid,
                                         params={"id": art.id, "other": display(used[art.id].path),
                                                 "new": aid}))
                    art.id = aid
                used[art.id] = art
                articles.append(art)
                if on_article is not None:
                    on_article(art)
            problems.extend(probs)
            if cancel is not None and cancel.is_set():
                stopped = True
                break
            continue
        try:
            art, probs = _load(
                item.path, display(_stem(name)), item.meta, _suffix(name).lower() in HTML_SUFFIXES, got
            )
        except Exception as exc:
            art, probs = None, [
                Problem(
                    kind="unreadable",
                    message=f"file could not be read ({type(exc).__name__}: {display(str(exc))[:200]}); skipped",
                    path=item.path,
                    severity="error",
                )
            ]
        if art is not None:
            aid = _unique_id(item, used)
            if aid != art.id:
                first = used[art.id]
                for pr in probs:
                    pr.article = aid
                probs.append(
                    Problem(
                        kind="duplicate-id",
                        message=f"id '{art.id}' is already used by {display(first.path)}; this file's id is '{aid}'",
                        path=art.path,
                        article=aid,
                        params={"id": art.id, "other": display(first.path), "new": aid},
                    )
                )
                art.id = aid
            used[aid] = art
            articles.append(art)
            if on_article is not None:
                on_article(art)
        problems.extend(probs)
    if progress is not None and not stopped:
        progress(total, total, "")
    if stopped or lister.interrupted:
        problems.append(
            Problem(
                kind="cancelled",
                message=f"reading cancelled: {len(articles)} of {len(lister.items)} files read",
                params={"reason": "files", "count": len(articles), "total": len(lister.items)},
            )
        )
    return articles, problems


def _read_all(paths: list[str], cancel: threading.Event | None = None):
    """What :func:`_try_read` gives for each path, in order (None for a dump or a feed,
    which corpus/formats streams itself)."""
    for sp in paths:
        yield None if _suffix(sp).lower() in DUMP_SUFFIXES else _try_read(sp, cancel)


def _record_progress(progress: Progress | None, n: int, total: int, name: str) -> Callable[[int], None] | None:
    if progress is None:
        return None
    shown = display(name)
    return lambda records: progress(n, total, f"{shown}: {records:,} records")


def _records(path: str, stem: str, progress: Callable[[int], None] | None = None,
             cancel: threading.Event | None = None) -> tuple[list[Article], list[Problem]]:
    """The articles of a dump or a feed; whatever it raises is one problem for the file."""
    try:
        return read_records(path, stem, progress=progress, cancel=cancel)
    except Exception as exc:
        return [], [Problem(kind="unreadable", severity="error", path=path,
                            message=f"file could not be read ({type(exc).__name__}: {display(str(exc))[:200]})")]


def _saved_page_stems(entries) -> set[str]:
    return {_stem(e.name) for e in entries if _suffix(e.name).lower() in HTML_SUFFIXES}


def _is_page_files(name: str, pages: set[str]) -> bool:
    return any(name.endswith(suf) and name[: -len(suf)] in pages for suf in PAGE_FILES_SUFFIXES)
