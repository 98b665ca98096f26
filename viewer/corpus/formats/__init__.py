"""The formats news is kept in besides single pages: JSONL and CSV dumps, RSS 2.0 and Atom feeds.

Each record becomes an :class:`~viewer.model.Article` with a stable id (file
stem + record key or line), its source named, its date offered as a
``feed`` date; a bad record is one located problem and the rest loads.
"""

from viewer.corpus.formats.records import DUMP_SUFFIXES, read_records

__all__ = ["DUMP_SUFFIXES", "read_records"]
