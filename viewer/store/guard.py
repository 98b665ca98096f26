"""Is this path the cache's to write?  Decided before SQLite opens anything.

SQLite writes wherever it is pointed: into an article given by a typo
(``extract --cache a.txt b.txt``), through a symbolic link into the file it
names, next to ``/dev/null`` (``/dev/null-journal``), or into another program's
database, which ``PRAGMA journal_mode = WAL`` changes on the spot.  So the path
is examined first, read-only, and refused unless it is one of:

* nothing yet (a new cache is created), or an empty regular file that is not an
  input;
* a SQLite file whose header carries this application's ``application_id``;
* a SQLite file without one that has the ``meta`` table with a
  ``schema_version`` of this application's caches (read with a read-only
  connection, no pragma): caches made before the mark;
* anything at the application's own default location (its cache folder holds
  nothing else), which may then be moved aside and rebuilt.

Always refused: a path inside a folder being read or equal (after resolving
links) to a file being read, a name with an article's suffix, a special file
(device, FIFO, socket, folder), a symbolic link to a file that is not a cache
of ours.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

# "ANTL" (Arabic News TimeLine) in the SQLite header at offset 68.
APPLICATION_ID = 0x414E544C
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Names a cache never has: the reader's inputs and the corpus manifest.
_ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".xhtml", ".toml", ".md", ".csv", ".json",
                               ".jsonl", ".xml", ".rss", ".atom"})


@dataclass(frozen=True)
class CacheCheck:
    refused: str | None = None  # why the path must not be used at all
    reason_to_rebuild: str | None = None  # ours (by location) but not a usable cache file


def _resolved(p: str | os.PathLike[str]) -> Path:
    try:
        return Path(p).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(p))


def _inside(child: Path, folder: Path) -> bool:
    return child == folder or folder in child.parents


def _read_header(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return os.read(fd, HEADER_SIZE)
    finally:
        os.close(fd)


def _has_our_meta(path: Path) -> bool:
    """A read-only look for the ``meta`` table of this application's caches (no pragma)."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return row is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def check_cache_path(
    path: str | os.PathLike[str],
    inputs: Iterable[str | os.PathLike[str]] = (),
    *,
    own_location: bool = False,
    inputs_only: bool = False,
) -> CacheCheck:
    """Whether ``path`` may be the cache file (see the module docstring).

    ``own_location``: ``path`` is the application's default cache file, so an
    unrecognised file there is a damaged cache of ours (rebuilt), not someone
    else's.  ``inputs_only``: only the check against ``inputs`` (a cache already
    open, before a new corpus is read)."""
    path = Path(path)
    real = _resolved(path)
    for item in inputs:
        target = _resolved(item)
        if real == target:
            return CacheCheck(refused=f"the cache path {path} is one of the files being read")
        try:
            is_dir = target.is_dir()
        except OSError:
            is_dir = False
        if is_dir and _inside(real, target):
            return CacheCheck(refused=f"the cache path {path} lies inside the folder being read ({item})")
    if inputs_only:
        return CacheCheck()
    if path.suffix.lower() in _ARTICLE_SUFFIXES or real.suffix.lower() in _ARTICLE_SUFFIXES:
        return CacheCheck(refused=f"the cache path {path} names an article or data file "
                                  f"({real.suffix}); a cache file is e.g. cache.db")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return CacheCheck()  # a new cache (a dangling link's target is created: nothing lost)
    except OSError as exc:
        return CacheCheck(refused=f"the cache path {path} cannot be examined ({exc.strerror or exc})")
    if not stat.S_ISREG(st.st_mode):
        return CacheCheck(refused=f"the cache path {path} is not a regular file (a device, FIFO or folder)")
    link = path.is_symlink()
    if st.st_size == 0:
        if link:
            return CacheCheck(refused=f"the cache path {path} is a link to an empty file ({real}), "
                                      "not a cache")
        return CacheCheck()
    try:
        header = _read_header(path)
    except OSError as exc:
        return CacheCheck(refused=f"the cache file {path} cannot be read ({exc.strerror or exc})")
    ours_by_mark = header.startswith(SQLITE_MAGIC) and len(header) >= 72 and (
        int.from_bytes(header[68:72], "big") == APPLICATION_ID)
    if ours_by_mark:
        return CacheCheck()
    if header.startswith(SQLITE_MAGIC) and header[68:72] == b"\0\0\0\0" and _has_our_meta(path):
        return CacheCheck()  # a cache from before the application_id mark
    if own_location and not link:
        what = "a SQLite database without this application's mark" if header.startswith(SQLITE_MAGIC) \
            else "not a SQLite database"
        return CacheCheck(reason_to_rebuild=f"unreadable cache ({what})")
    if header.startswith(SQLITE_MAGIC):
        return CacheCheck(refused=f"the cache file {path} is a SQLite database of another program; "
                                  "it is left untouched")
    return CacheCheck(refused=f"the cache file {path} is not a cache of this application "
                              "(not a SQLite database); it is left untouched")
