"""CSV and JSON of the published events, with the analyst's layer in its own columns.

The columns of ``viewer.events.export`` (the CLI's), plus ``starred``,
``hidden``, ``edited`` (the kinds of edit applied, in order) and ``note``.
The JSON document is the CLI's shape (``articles``, ``mentions``, ``events``)
with those keys on each event and the edit log itself under ``edits``, so a
reader can tell the extractor's reading from the analyst's.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from viewer.events.export import CSV_COLUMNS, _cell, event_row
from viewer.model import Mention
from viewer.publish.select import Publication
from viewer.userstore.apply import HIDDEN, STARRED
from viewer.userstore.edits import Edit

EXTRA_COLUMNS = ("starred", "hidden", "edited", "note")


def csv_text(pub: Publication) -> str:
    """UTF-8 text; write it with a BOM (``utf-8-sig``) so spreadsheets read Arabic."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=(*CSV_COLUMNS, *EXTRA_COLUMNS), lineterminator="\r\n")
    w.writeheader()
    for ev in pub.events:
        row = event_row(ev)
        row.update({
            "starred": "true" if STARRED in ev.flags else "false",
            "hidden": "true" if HIDDEN in ev.flags else "false",
            "edited": ";".join(pub.edited.get(ev.id, [])),
            "note": _cell(pub.notes.get(ev.id, "")),
        })
        w.writerow(row)
    return buf.getvalue()


def json_document(pub: Publication, mentions: Iterable[Mention] = (),
                  edits: Sequence[Edit] = ()) -> dict[str, Any]:
    spans = {(e.article, e.mention_start, e.mention_end) for ev in pub.events for e in ev.evidence}
    events = []
    for ev in pub.events:
        d = ev.to_dict()
        d.update({"starred": STARRED in ev.flags, "hidden": HIDDEN in ev.flags,
                  "edited": pub.edited.get(ev.id, []), "note": pub.notes.get(ev.id, "")})
        events.append(d)
    return {
        "articles": [a.to_dict(include_text=False) for a in pub.articles.values()],
        "mentions": [m.to_dict() for m in mentions if (m.article, m.start, m.end) in spans],
        "events": events,
        "edits": [e.to_dict() for e in edits],
    }


def json_text(pub: Publication, mentions: Iterable[Mention] = (), edits: Sequence[Edit] = ()) -> str:
    return json.dumps(json_document(pub, mentions, edits), ensure_ascii=False, indent=2) + "\n"
