"""The extraction cache (SQLite + FTS5), keyed by file hash and extractor version."""

from viewer.store.db import Store, build_fts_query, cache_key, default_cache_path

__all__ = ["Store", "build_fts_query", "cache_key", "default_cache_path"]
