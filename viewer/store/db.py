"""SQLite cache of per-article extraction results and merged corpora, with FTS5 search.

One row per extracted article in ``results``; its mentions, per-article events
and problems are one JSON document (``payload``: positional lists, see
``codec``), because decoding a few hundred thousand objects is most of a warm
reopen.  A result is found again by its key: file content sha256,
``EXTRACTOR_VERSION``, the publication date extraction used, the article id and
a fingerprint of the article metadata (title, source, url).  So an unchanged
file is never re-extracted, while a new extractor version, another publication
date or a changed manifest entry misses the cache and extracts afresh.

The cross-article merge of a whole corpus is cached too (``merged``), keyed by
:func:`merged_key`: the ordered per-article keys plus the merge code's
fingerprint.  Its events refer to the per-article events and evidence by
position, so a hit costs little more than reading the per-article results.

Nothing is pickled: the cache file is untrusted input.  A row that does not
decode is a miss (and a ``cache`` problem), never a crash.

The cache is an accelerator, never a source of truth, and it never touches a
file that is not its own (see :mod:`viewer.store.guard`): a path that names an
article, lies inside a corpus being opened, resolves to an input file, is a
special file (``/dev/null``, a FIFO) or holds anything but this application's
cache is refused before SQLite opens it, and the store runs in memory with a
``Problem(kind="cache", severity="error")``.  A file recognised as ours (by its
SQLite header's ``application_id``, or the ``meta`` table of older caches, read
read-only before any pragma) that is damaged or of an old schema is moved
aside (``cache.db.corrupt-<timestamp>``) and rebuilt, and the move is reported
in ``Store.problems``; so is anything unreadable at the default location, the
application's own folder.  When no file can be created at all the store runs in
memory.  All writes of a batch happen in one transaction (WAL journal), so a
process killed mid-way leaves a usable cache holding the finished batches.

The store may be used from another thread than the one that opened it (the UI
runs ingestion in a worker thread); calls are serialized by a lock.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import viewer
from viewer.gcpause import gc_paused
from viewer.loading.article import ArticleResult
from viewer.model import Article, Event, Problem
from viewer.paths import data_fingerprint
from viewer.pubrange import PUBDATE_MAX, PUBDATE_MIN, pubdate_error
from viewer.safetext import display
from viewer.store import codec
from viewer.store.guard import APPLICATION_ID, CacheCheck, check_cache_path

# 2: FTS without a stems column (clitics handled by query expansion)
# 3: per-article results as one JSON payload; merged corpora cached in ``merged``
# 4: compact payload (owner's article id and repeated evidence dates left out)
SCHEMA_VERSION = 4
# Merged corpora kept (most recent first): the folders a user switches between.
MERGED_KEEP = 4
APP_NAME = "arabic-news-timeline"
DB_NAME = "cache.db"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE results (
    rid INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    version TEXT NOT NULL,
    pubdate TEXT NOT NULL,
    article_id TEXT NOT NULL,
    meta_fp TEXT NOT NULL,
    path TEXT,
    article TEXT NOT NULL,
    payload TEXT NOT NULL,
    created REAL NOT NULL,
    UNIQUE (sha256, version, pubdate, article_id, meta_fp)
);
CREATE INDEX results_article ON results (article_id);
CREATE INDEX results_version ON results (version);
CREATE TABLE merged (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    articles INTEGER NOT NULL,
    payload TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE VIRTUAL TABLE fts USING fts5 (
    article_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE user_pubdates (key TEXT PRIMARY KEY, date TEXT NOT NULL, updated REAL NOT NULL);
"""

_TABLES = ("results", "merged", "user_pubdates")


def default_cache_path() -> Path:
    """``<user cache dir>/arabic-news-timeline/cache.db`` (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME)) / DB_NAME


def _normalize(text: str) -> str:
    """The search normalization shared by indexing and querying."""
    from viewer.extract.normalize import normalize_for_search

    return normalize_for_search(text)


_WORD = re.compile(r"\w+")


def _clitic_prefixes() -> tuple[str, ...]:
    """Proclitic chains from the one list (viewer/lang/ar/clitics.toml), longest first."""
    from viewer.lang import load

    return load().clitic_prefixes()


# Leading clitics (و ف, ب ك ل) and the article (ال, لل) on a normalized token,
# removed only when at least two letters remain.
_CLITIC = re.compile(
    "^(?:" + "|".join(p for p in _clitic_prefixes() if p) + r")(?=\w\w)"
)
# Every prefix _CLITIC can remove, so PREFIX + stem covers the word as written.
_PREFIXES = _clitic_prefixes()


def _stem(token: str) -> str:
    return _CLITIC.sub("", token, count=1)


def _fts_string(tokens: list[str]) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'


def build_fts_query(query: str) -> str | None:
    """An FTS5 expression for a user query, or None when it holds no word.

    Every word must occur as a prefix of a word of the text, whatever leading
    clitics either side carries (``ناتو`` finds ``والناتو``, ``للناتو`` finds
    ``الناتو``); text in double quotes is a phrase (its last word a prefix).
    """
    parts: list[str] = []
    for i, chunk in enumerate(query.split('"')):
        tokens = _WORD.findall(_normalize(chunk))
        if not tokens:
            continue
        if i % 2 == 1:
            parts.append(f"{_fts_string(tokens)} *")
            continue
        for t in tokens:
            stem = _stem(t)
            alts = dict.fromkeys(p + stem for p in _PREFIXES)
            parts.append("(" + " OR ".join(f"{_fts_string([a])} *" for a in alts) + ")")
    return " AND ".join(parts) if parts else None


@dataclass(frozen=True)
class CacheKey:
    sha256: str
    version: str
    pubdate: str
    article_id: str
    meta_fp: str


def _version() -> str:
    """The extractor version stored with results: the code's number plus a fingerprint of the
    language data, topics and actors, so an edit to any of them re-extracts."""
    return f"{viewer.EXTRACTOR_VERSION}+{data_fingerprint()}"


def cache_key(article: Article, version: str | None = None) -> CacheKey:
    """``version``: :func:`_version`, passed in by batch callers (it stats every data file,
    ~0.2 ms: once a batch, not once an article)."""
    sha = article.sha256 or hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    fp = hashlib.sha1(
        "\x1f".join([article.title or "", article.source or "", article.url or ""]).encode("utf-8", "surrogatepass")
    ).hexdigest()
    return CacheKey(
        sha256=sha,
        version=version if version is not None else _version(),
        pubdate=article.published.isoformat() if article.published else "",
        article_id=article.id,
        meta_fp=fp,
    )


def merged_key(articles: Iterable[Article]) -> str:
    """The key of a merged corpus: every article's cache key, in order, and the merge code."""
    from viewer.merge.merge import fingerprint

    h = hashlib.sha256()
    version = _version()
    h.update(f"merge {fingerprint()} extractor {version}\x1e".encode())
    for a in articles:
        k = cache_key(a, version)
        h.update("\x1f".join((k.sha256, k.version, k.pubdate, k.article_id, k.meta_fp, "\x1e"))
                 .encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _is_corruption(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    msg = str(exc).lower()
    return type(exc) is sqlite3.DatabaseError or "malformed" in msg or "not a database" in msg


def _chunks(items: list, size: int) -> Iterable[list]:
    for k in range(0, len(items), size):
        yield items[k:k + size]


class _NeedsRebuild(Exception):
    pass


class Store:
    """The extraction cache.  ``Store(path)`` (a folder means ``folder/cache.db``);
    ``Store()`` uses :func:`default_cache_path`; ``Store(":memory:")`` keeps nothing on disk.
    ``timeout``: seconds to wait for another process's lock before giving up on a write
    (the results are then just not cached, with a ``cache`` problem)."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        timeout: float = 30.0,
        inputs: Iterable[str | os.PathLike[str]] = (),
    ) -> None:
        """``inputs``: the files and folders about to be read; a cache among them is refused."""
        self.timeout = timeout
        default = path is None
        self.path: Path | None = None if str(path) == ":memory:" else Path(path or default_cache_path())
        try:
            if self.path is not None and self.path.is_dir():
                self.path = self.path / DB_NAME
        except OSError:
            pass
        self.problems: list[Problem] = []
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._check: CacheCheck | None = None
        if self.path is not None:
            self._check = check_cache_path(self.path, inputs, own_location=default)
            if self._check.refused:
                self.problems.append(Problem(kind="cache", severity="error", path=display(str(self.path)),
                                             message=f"{self._check.refused}; working without a cache",
                                             params={"reason": "refused"}))  # worded by the window
                self.path = None
        self._open()

    def conflict(self, inputs: Iterable[str | os.PathLike[str]]) -> str | None:
        """Why this cache must not be used while reading ``inputs`` (None when it may)."""
        if self.path is None:
            return None
        return check_cache_path(self.path, inputs, own_location=True, inputs_only=True).refused

    # --- opening, checking, rebuilding --------------------------------------

    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=self.timeout, check_same_thread=False, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
        return conn

    def _open(self) -> None:
        if self.path is None:
            self._conn = self._connect(":memory:")
            self._create(self._conn)
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect(str(self.path))
        except (OSError, sqlite3.Error) as exc:
            self._fall_back_to_memory(f"cannot open the cache ({exc}); working without one")
            return
        try:
            if self._check is not None and self._check.reason_to_rebuild:
                raise _NeedsRebuild(self._check.reason_to_rebuild)
            self._check_or_create(conn)
        except (sqlite3.DatabaseError, _NeedsRebuild) as exc:
            conn.close()
            if isinstance(exc, sqlite3.DatabaseError) and not _is_corruption(exc):
                # Read-only, locked by another process, I/O error: the file may be fine; leave it.
                self._fall_back_to_memory(f"cache unavailable ({exc}); working without one")
                return
            reason = str(exc) if isinstance(exc, _NeedsRebuild) else f"unreadable cache ({exc})"
            self._rebuild(reason)
            return
        self._conn = conn
        self._purge_other_versions()

    def _check_or_create(self, conn: sqlite3.Connection) -> None:
        # Only reached for a file recognised as ours (or new): see viewer.store.guard.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            self._create(conn)
            return
        if "meta" not in tables:
            raise _NeedsRebuild("not a cache of this application (no meta table)")
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        found = row[0] if row else "none"
        if found != str(SCHEMA_VERSION):
            raise _NeedsRebuild(f"cache schema version {found}, expected {SCHEMA_VERSION}")
        check = conn.execute("PRAGMA quick_check(1)").fetchone()
        if not check or check[0] != "ok":
            raise _NeedsRebuild(f"damaged cache ({check[0] if check else 'no answer'})")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a cache from before the mark

    def _create(self, conn: sqlite3.Connection) -> None:
        created = time.strftime("%Y-%m-%dT%H:%M:%S")
        conn.executescript(
            f"PRAGMA application_id = {APPLICATION_ID};"
            "BEGIN IMMEDIATE;" + _SCHEMA
            + f"INSERT INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');"
            + f"INSERT INTO meta VALUES ('created', '{created}');"
            + "COMMIT;"
        )

    def _fall_back_to_memory(self, message: str) -> None:
        self.problems.append(Problem(kind="cache", message=message,
                                     path=display(str(self.path)) if self.path else None,
                                     params={"reason": "memory"}))
        self.path = None
        self._conn = self._connect(":memory:")
        self._create(self._conn)

    def _rebuild(self, reason: str) -> None:
        """Move the damaged file (and its WAL/SHM companions) aside and start afresh."""
        assert self.path is not None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                side = Path(str(self.path) + suffix)
                if side.exists():
                    os.replace(side, Path(str(aside) + suffix))
        except OSError as exc:
            self._fall_back_to_memory(f"{reason}; could not move it aside ({exc}); working without a cache")
            return
        self.problems.append(Problem(
            kind="cache", path=display(str(self.path)),
            message=f"{reason}; moved aside to {aside.name} and rebuilt",
            params={"reason": "rebuilt", "aside": display(aside.name)},
        ))
        try:
            conn = self._connect(str(self.path))
            self._check_or_create(conn)
        except (sqlite3.Error, _NeedsRebuild, OSError) as exc:
            self._fall_back_to_memory(f"cannot create a fresh cache ({exc}); working without one")
            return
        self._conn = conn

    def _recover(self, exc: BaseException) -> None:
        """Corruption noticed while in use: rebuild (on disk) or start a new in-memory db."""
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None
        if self.path is None:
            self._conn = self._connect(":memory:")
            self._create(self._conn)
        else:
            self._rebuild(f"cache damaged while in use ({exc})")

    def _purge_other_versions(self) -> None:
        """Results of another extractor version are never used again: drop them."""
        version = _version()
        conn = self._db
        if conn.execute("SELECT 1 FROM results WHERE version != ? LIMIT 1", (version,)).fetchone() is None:
            return
        with self._tx():
            rids = "SELECT rid FROM results WHERE version != ?"
            conn.execute(f"DELETE FROM fts WHERE rowid IN ({rids})", (version,))
            conn.execute("DELETE FROM results WHERE version != ?", (version,))
            conn.execute("DELETE FROM merged WHERE version != ?", (version,))

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("store is closed")
        return self._conn

    class _Tx:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> sqlite3.Connection:
            self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, exc_type, exc, tb) -> None:
            if exc_type is None:
                self.conn.execute("COMMIT")
            elif self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass

    def _tx(self) -> Store._Tx:
        return Store._Tx(self._db)

    # --- results ------------------------------------------------------------

    def get(self, article: Article) -> ArticleResult | None:
        """The cached result for this article, or None.  On a hit the article's
        inferred-date fields are restored and the result refers to ``article``."""
        return self.get_many([article]).get(0)

    def take_problems(self) -> list[Problem]:
        """The cache problems noticed so far, each handed out once (ingest reports them)."""
        with self._lock:
            out, self.problems = self.problems, []
            return out

    def get_many(self, articles: Iterable[Article]) -> dict[int, ArticleResult]:
        """Cached results by index into ``articles`` (misses are absent)."""
        articles = list(articles)
        with self._lock:
            try:
                with gc_paused():
                    return self._get_many(articles)
            except sqlite3.DatabaseError as exc:
                if not _is_corruption(exc):
                    self._note(f"cache read failed ({exc})")
                    return {}
                self._recover(exc)
                return {}

    def _get_many(self, articles: list[Article]) -> dict[int, ArticleResult]:
        conn = self._db
        wanted: dict[CacheKey, list[int]] = {}
        version = _version()
        for i, a in enumerate(articles):
            wanted.setdefault(cache_key(a, version), []).append(i)
        ids = sorted({k.article_id for k in wanted})
        out: dict[int, ArticleResult] = {}
        bad = 0
        for chunk in _chunks(ids, 500):
            marks = ", ".join("?" * len(chunk))
            for sha, ver, pub, aid, fp, cached_path, blob, payload in conn.execute(
                "SELECT sha256, version, pubdate, article_id, meta_fp, path, article, payload FROM results"
                f" WHERE version = ? AND article_id IN ({marks})", (version, *chunk),
            ):
                idx = wanted.get(CacheKey(sha, ver, pub, aid, fp))
                if not idx:
                    continue
                try:
                    fields = codec.loads(blob)
                    if not isinstance(fields, dict):
                        raise TypeError("article fields are not an object")
                    for i in idx:  # the same article listed twice gets its own objects
                        out[i] = codec.result_from_payload(articles[i], payload)
                except (ValueError, TypeError, KeyError, IndexError, AttributeError):
                    bad += 1  # a damaged row is a miss: the article is extracted again
                    for i in idx:
                        out.pop(i, None)
                    continue
                for i in idx:
                    a = articles[i]
                    codec.restore_article_fields(a, fields)
                    if cached_path and display(a.path) != cached_path:  # the same file, copied or moved
                        for p in out[i].problems:
                            if p.path == cached_path:
                                p.path = a.path or None
        if bad:
            self._note(f"{bad} unreadable cache entr{'y' if bad == 1 else 'ies'} ignored")
        return out

    # --- merged corpora ---------------------------------------------------------

    def get_merged(self, key: str, results: list[ArticleResult]) -> tuple[list[Event], list[Problem]] | None:
        """The cached merge of ``results`` (whose articles give ``key``), or None.

        Events that merging passed through unchanged are the per-article event
        objects of ``results``, as after a fresh merge."""
        with self._lock:
            try:
                row = self._db.execute("SELECT payload FROM merged WHERE key = ? AND version = ?",
                                       (key, _version())).fetchone()
            except sqlite3.DatabaseError as exc:
                if _is_corruption(exc):
                    self._recover(exc)
                else:
                    self._note(f"cache read failed ({exc})")
                return None
        if row is None:
            return None
        try:
            with gc_paused():
                return codec.merged_from_payload(row[0], [e for r in results for e in r.events])
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            self._note("unreadable merged corpus in the cache ignored")
            return None

    def put_merged(self, key: str, results: list[ArticleResult], events: list[Event],
                   problems: list[Problem]) -> None:
        """Remember the merge of ``results`` (one transaction; the oldest entries beyond
        ``MERGED_KEEP`` are dropped)."""
        payload = display(codec.merged_payload([e for r in results for e in r.events], events, problems))

        def write() -> None:
            with self._tx() as conn:
                conn.execute("INSERT OR REPLACE INTO merged VALUES (?, ?, ?, ?, ?)",
                             (key, _version(), len(results), payload, time.time()))
                conn.execute("DELETE FROM merged WHERE key NOT IN"
                             " (SELECT key FROM merged ORDER BY created DESC LIMIT ?)", (MERGED_KEEP,))

        self._write(write)

    def _write(self, write: Callable[[], None]) -> None:
        """Run one transactional write.  A corrupted cache is moved aside and the
        write tried once more on the fresh one; any other failure (disk full, locked)
        is noted as a problem, never raised: the cache only ever speeds things up."""
        with self._lock:
            for attempt in (1, 2):
                try:
                    write()
                    return
                except sqlite3.DatabaseError as exc:
                    if not _is_corruption(exc):
                        self._note(f"cache write failed ({exc}); results not cached")
                        return
                    self._recover(exc)
                    if attempt == 2:
                        return

    def put(self, result: ArticleResult) -> None:
        self.put_many([result])

    def put_many(self, results: Iterable[ArticleResult]) -> None:
        """Store a batch of results in one transaction (replacing equal keys)."""
        results = list(results)
        if not results:
            return
        version = _version()
        rows = [(cache_key(r.article, version), r, _normalize(r.article.text)) for r in results]
        self._write(lambda: self._put_many(rows))

    def _put_many(self, rows: list[tuple[CacheKey, ArticleResult, str]]) -> None:
        conn = self._db
        now = time.time()
        with self._tx():
            for k, r, normalized in rows:
                # Same key (re-put) or an older content of the same article: replaced.
                stale = [x[0] for x in conn.execute(
                    "SELECT rid FROM results WHERE article_id = ? AND (sha256 != ? OR"
                    " (pubdate = ? AND meta_fp = ? AND version = ?))",
                    (k.article_id, k.sha256, k.pubdate, k.meta_fp, k.version))]
                for rid in stale:
                    self._delete_rid(conn, rid)
                cur = conn.execute(
                    "INSERT INTO results (sha256, version, pubdate, article_id, meta_fp, path, article,"
                    " payload, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    # display(): a file name that is not UTF-8 must not make SQLite raise
                    (k.sha256, k.version, k.pubdate, k.article_id, k.meta_fp, display(r.article.path),
                     display(codec.article_extracted_fields(r.article)), display(codec.result_payload(r)),
                     now),
                )
                rid = cur.lastrowid
                conn.execute("INSERT INTO fts (rowid, article_id, body) VALUES (?, ?, ?)",
                             (rid, k.article_id, normalized))

    @staticmethod
    def _delete_rid(conn: sqlite3.Connection, rid: int) -> None:
        conn.execute("DELETE FROM fts WHERE rowid = ?", (rid,))
        conn.execute("DELETE FROM results WHERE rid = ?", (rid,))

    def clear(self) -> None:
        """Forget every cached result (user publication dates are kept)."""
        with self._lock, self._tx() as conn:
            for t in ("fts", "results", "merged"):
                conn.execute(f"DELETE FROM {t}")

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM results").fetchone()[0]

    # --- search -------------------------------------------------------------

    def search(self, query: str, among: Iterable[str] | Mapping[str, str] | None = None) -> set[str]:
        """Ids of cached articles whose text matches ``query`` (normalized Arabic:
        diacritics, tatweel, alef/hamza, ى/ي, ة/ه and leading clitics don't matter;
        every word is a prefix; ``"..."`` is a phrase).  ``among`` restricts the ids;
        as a mapping ``{article id: sha256}`` it also requires that content, because
        the cache holds other corpora whose articles may share an id."""
        expr = build_fts_query(query)
        if expr is None:
            return set()
        with self._lock:
            try:
                if isinstance(among, Mapping):
                    ids = {aid for aid, sha in self._db.execute(
                        "SELECT DISTINCT r.article_id, r.sha256 FROM fts JOIN results r ON r.rid = fts.rowid "
                        "WHERE fts MATCH ?", (expr,)) if among.get(aid) == sha}
                else:
                    ids = {r[0] for r in self._db.execute(
                        "SELECT DISTINCT article_id FROM fts WHERE fts MATCH ?", (expr,))}
            except sqlite3.DatabaseError as exc:
                if _is_corruption(exc):
                    self._recover(exc)
                else:
                    self._note(f"search failed ({exc})")
                return set()
        if among is not None:
            ids &= set(among)
        return ids

    # --- user publication dates ----------------------------------------------

    def set_user_pubdate(self, key: str, value: date | None) -> None:
        """Remember the publication date the user gave an article (by id or sha256);
        ``None`` forgets it; a date outside the accepted range raises ValueError."""
        if value is not None and (why := pubdate_error(value)):
            raise ValueError(why)
        with self._lock:
            try:
                with self._tx() as conn:
                    if value is None:
                        conn.execute("DELETE FROM user_pubdates WHERE key = ?", (key,))
                    else:
                        conn.execute("INSERT OR REPLACE INTO user_pubdates VALUES (?, ?, ?)",
                                     (key, value.isoformat(), time.time()))
            except sqlite3.DatabaseError as exc:
                if not _is_corruption(exc):
                    raise
                self._recover(exc)
                self.set_user_pubdate(key, value)

    def user_pubdates(self) -> dict[str, date]:
        with self._lock:
            try:
                rows = self._db.execute("SELECT key, date FROM user_pubdates ORDER BY key").fetchall()
            except sqlite3.DatabaseError as exc:
                if _is_corruption(exc):
                    self._recover(exc)
                    return {}
                raise
        out: dict[str, date] = {}
        dropped = 0
        for k, v in rows:
            try:
                d = date.fromisoformat(v)
            except (ValueError, TypeError):
                dropped += 1
                continue
            if pubdate_error(d):
                dropped += 1
                continue
            out[k] = d
        if dropped:
            self._note(f"{dropped} saved publication date(s) are not valid dates in "
                       f"{PUBDATE_MIN.year}–{PUBDATE_MAX.year}; ignored")
        return out

    # --- misc -----------------------------------------------------------------

    def _note(self, message: str) -> None:
        if not any(p.message == message for p in self.problems):
            self.problems.append(Problem(kind="cache", message=message,
                                         path=display(str(self.path)) if self.path else None))

    def stats(self) -> Mapping[str, int]:
        with self._lock:
            conn = self._db
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in _TABLES}

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.execute("PRAGMA optimize")
                except sqlite3.Error:
                    pass
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
