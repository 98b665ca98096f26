"""Publishing the analyst's timeline: TimelineJS JSON, an offline HTML page, CSV and JSON.

Qt-free; every format takes a :class:`viewer.publish.select.Publication`
built from the edited corpus, and :func:`write` puts it on disk atomically.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from viewer.atomicio import write_bytes_atomic
from viewer.model import Mention
from viewer.publish.select import Publication, select
from viewer.userstore.edits import Edit

FORMATS = ("timelinejs", "html", "csv", "json")


def render(pub: Publication, fmt: str, mentions: Iterable[Mention] = (), edits: Sequence[Edit] = ()) -> bytes:
    """The bytes of ``pub`` in ``fmt`` (CSV with a BOM for spreadsheets)."""
    if fmt == "timelinejs":
        from viewer.publish.timelinejs import timeline_json

        return timeline_json(pub).encode("utf-8")
    if fmt == "html":
        from viewer.publish.page import page_html

        return page_html(pub).encode("utf-8")
    if fmt == "csv":
        from viewer.publish.tables import csv_text

        return csv_text(pub).encode("utf-8-sig")
    if fmt == "json":
        from viewer.publish.tables import json_text

        return json_text(pub, mentions, edits).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def write(pub: Publication, fmt: str, path: str | Path, mentions: Iterable[Mention] = (),
          edits: Sequence[Edit] = ()) -> None:
    """Render and write atomically: the old file or the new, never a half."""
    write_bytes_atomic(path, render(pub, fmt, mentions, edits))


__all__ = ["FORMATS", "Publication", "render", "select", "write"]
