"""The user store: one SQLite file per corpus holding the analyst's edits and dates.

Unlike the cache (``viewer.store``), this is a source of truth: it lives in
the user's *data* directory (``platformdirs.user_data_dir``), never in the
cache directory (which may be wiped) and never in the source folder (which
is read-only to us).  One file per corpus, named by :func:`corpus_key` (the
resolved folder paths), so two corpora never see each other's edits.

Every write is one ``BEGIN IMMEDIATE … COMMIT`` transaction with the WAL
journal and ``synchronous=FULL``: a process killed at any instant leaves each
edit wholly there or wholly absent (tests kill a writer with SIGKILL).  A
file that is not a readable store is never deleted: it is moved aside
(``<name>.corrupt-<time>``) for recovery and reported in ``problems``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from viewer.model import Problem
from viewer.userstore.edits import Edit

APP_NAME = "arabic-news-timeline"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS edits (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS pubdates (key TEXT PRIMARY KEY, date TEXT NOT NULL, updated REAL NOT NULL);
"""


def data_dir() -> Path:
    """``<user data dir>/arabic-news-timeline`` (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME))


def corpus_key(paths: Iterable[str | Path]) -> str:
    """A corpus' name in the data directory: a hash of its resolved, sorted paths."""
    norm = sorted({os.path.realpath(os.fspath(p)) for p in paths})
    return hashlib.sha256("\n".join(norm).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def store_path_for(paths: Iterable[str | Path], root: Path | None = None) -> Path:
    return (root or data_dir()) / "corpora" / f"{corpus_key(paths)}.sqlite"


class UserStore:
    """Edits (an ordered log) and user-set publication dates of one corpus."""

    def __init__(self, path: str | Path | None = None, *, corpus: Sequence[str | Path] = ()) -> None:
        """``path=None``: an in-memory store (tests, ``--no-user-store``)."""
        self.path = Path(path) if path is not None else None
        self.problems: list[Problem] = []
        self._lock = threading.RLock()
        self._conn = self._open()
        if corpus:
            norm = [os.path.realpath(os.fspath(p)) for p in corpus]
            if self.meta("corpus") is None:
                self.set_meta("corpus", json.dumps(norm, ensure_ascii=False))

    @classmethod
    def for_corpus(cls, paths: Sequence[str | Path], root: Path | None = None) -> UserStore:
        """The store of the corpus made of ``paths`` (created on first use)."""
        return cls(store_path_for(paths, root), corpus=paths)

    # --- opening ------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._connect(":memory:")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False, timeout=10)
            self._prepare(conn)
            return conn
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            if conn is not None:
                conn.close()
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                side = Path(str(self.path) + suffix)
                if side.exists():
                    os.replace(side, Path(str(aside) + suffix))
            self.problems.append(Problem(
                kind="user-store", severity="error", path=str(aside),
                message=f"your edits file could not be read ({exc}); it was kept as {aside.name} "
                        "and a new one started",
                params={"reason": "corrupt", "aside": aside.name},
            ))
            return self._connect(str(self.path))

    @classmethod
    def _connect(cls, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False, timeout=10)
        cls._prepare(conn)
        return conn

    @staticmethod
    def _prepare(conn: sqlite3.Connection) -> None:
        """WAL + full sync, the schema, and a check that this is a store we can read."""
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.executescript(_SCHEMA)
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"written by a newer version (schema {row[0]})")
        conn.execute("SELECT count(*) FROM edits").fetchone()

    @contextmanager
    def _tx(self):
        """One immediate transaction: all of it is committed, or none."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # --- edits ----------------------------------------------------------------

    def edits(self) -> list[Edit]:
        """The log, oldest first.  A row that does not decode is reported, not fatal."""
        with self._lock:
            rows = self._conn.execute("SELECT seq, body FROM edits ORDER BY seq").fetchall()
        out: list[Edit] = []
        for seq, body in rows:
            try:
                out.append(Edit.from_dict(json.loads(body), seq=seq))
            except (ValueError, KeyError, TypeError) as exc:
                self._note(f"edit #{seq} in your edits file is unreadable and was skipped ({exc})",
                           reason="bad-edit", seq=int(seq))
        return out

    def add(self, edit: Edit) -> Edit:
        """Append ``edit`` to the log (keeping its ``seq`` when it has one: redo)."""
        return self.add_many([edit])[0]

    def add_many(self, edits: Sequence[Edit]) -> list[Edit]:
        """Append several edits in one transaction (all or none)."""
        with self._tx() as conn:
            for e in edits:
                body = json.dumps(e.to_dict(), ensure_ascii=False)
                if e.seq is None:
                    cur = conn.execute("INSERT INTO edits (id, kind, body, created) VALUES (?, ?, ?, ?)",
                                       (e.id, e.kind, body, e.created))
                    e.seq = cur.lastrowid
                else:
                    conn.execute("INSERT OR REPLACE INTO edits (seq, id, kind, body, created) "
                                 "VALUES (?, ?, ?, ?, ?)", (e.seq, e.id, e.kind, body, e.created))
        return list(edits)

    def remove(self, edit_id: str) -> bool:
        """Take an edit out of the log (undo); True when it was there."""
        with self._tx() as conn:
            return conn.execute("DELETE FROM edits WHERE id = ?", (edit_id,)).rowcount > 0

    def remove_many(self, edit_ids: Iterable[str]) -> int:
        with self._tx() as conn:
            return sum(conn.execute("DELETE FROM edits WHERE id = ?", (i,)).rowcount for i in edit_ids)

    def replace_all(self, edits: Sequence[Edit], pubdates: Mapping[str, date]) -> None:
        """Make the store hold exactly ``edits`` and ``pubdates`` (opening a project file)."""
        with self._tx() as conn:
            conn.execute("DELETE FROM edits")
            conn.execute("DELETE FROM pubdates")
            for e in edits:
                conn.execute("INSERT INTO edits (id, kind, body, created) VALUES (?, ?, ?, ?)",
                             (e.id, e.kind, json.dumps(e.to_dict(), ensure_ascii=False), e.created))
            now = time.time()
            for k, d in pubdates.items():
                conn.execute("INSERT INTO pubdates VALUES (?, ?, ?)", (k, d.isoformat(), now))

    # --- publication dates ----------------------------------------------------

    def pubdates(self) -> dict[str, date]:
        """The dates the user set, keyed by article sha256 (or, for old entries, id)."""
        with self._lock:
            rows = self._conn.execute("SELECT key, date FROM pubdates ORDER BY key").fetchall()
        out: dict[str, date] = {}
        for k, v in rows:
            try:
                out[k] = date.fromisoformat(v)
            except ValueError:
                self._note(f"the publication date saved for {k} is not a date ({v!r}) and was skipped",
                           reason="bad-pubdate")
        return out

    def set_pubdate(self, key: str, value: date | None) -> None:
        """Remember (or, with ``None``, forget) the date of the article ``key``."""
        with self._tx() as conn:
            if value is None:
                conn.execute("DELETE FROM pubdates WHERE key = ?", (key,))
            else:
                conn.execute("INSERT OR REPLACE INTO pubdates VALUES (?, ?, ?)",
                             (key, value.isoformat(), time.time()))

    def merge_pubdates(self, dates: Mapping[str, date], flag: str | None = None) -> int:
        """Add dates not already set, and set meta ``flag``, in one transaction (a migration).
        Returns how many were added."""
        added = 0
        with self._tx() as conn:
            for k, d in dates.items():
                cur = conn.execute("INSERT OR IGNORE INTO pubdates VALUES (?, ?, ?)",
                                   (k, d.isoformat(), time.time()))
                added += cur.rowcount
            if flag:
                conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (flag, str(int(time.time()))))
        return added

    # --- misc -------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._tx() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _note(self, message: str, **params) -> None:
        if not any(p.message == message for p in self.problems):
            self.problems.append(Problem(kind="user-store", message=message,
                                         path=str(self.path) if self.path else None, params=params))

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> UserStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
