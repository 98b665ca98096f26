"""TimelineJS 3 JSON: the newsroom's timeline format, with the analyst's edits.

Keys follow the format's documentation (timeline.knightlab.com, "JSON
format"): the document has ``events`` (and ``title``, ``scale``); a slide has
``start_date``, ``end_date``, ``text`` {``headline``, ``text``}, ``media``
{``url``, ``caption``, ``credit``}, ``group``, ``display_date``,
``unique_id``, ``autolink``; a date object has ``year`` (required, a
number), ``month``, ``day``, ``display_date``.

Dates are written at their precision only: a year event has no month, a
month event no day, and an interval gets an ``end_date``; an uncertain event
also gets a ``display_date`` ("حوالي 2004") so the reader is not shown false
precision.  Undated events cannot be placed and are left out (counted in
``skipped``).  TimelineJS renders headline, text, caption and credit as HTML:
every piece of article text is escaped, and ``autolink`` is off so nothing in
a passage becomes a link.  ``media`` is a documented ``<blockquote>`` media
with the first passage, credited to the outlet.
"""

from __future__ import annotations

import html
import json
from datetime import date
from typing import Any

from viewer.model import Event
from viewer.publish.dates import event_date_text, is_uncertain
from viewer.publish.select import Publication

SLIDE_KEYS = frozenset({"start_date", "end_date", "text", "media", "group", "display_date",
                        "background", "autolink", "unique_id"})
DATE_KEYS = frozenset({"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"})
TEXT_KEYS = frozenset({"headline", "text"})
MEDIA_KEYS = frozenset({"url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target"})
DOC_KEYS = frozenset({"events", "title", "eras", "scale"})

_PARTS = {"day": ("year", "month", "day"), "week": ("year", "month", "day"),
          "month": ("year", "month"), "season": ("year", "month")}


def date_object(d: date, granularity: str) -> dict[str, int]:
    """A TimelineJS date object holding only the parts the precision knows."""
    parts = _PARTS.get(granularity, ("year",))
    return {p: getattr(d, p) for p in parts}


def slide(ev: Event, pub: Publication) -> dict[str, Any] | None:
    """One event as a slide, or None when it has no date to place it by."""
    if ev.earliest is None or "date-placeholder" in ev.flags:
        return None
    out: dict[str, Any] = {"unique_id": ev.id, "start_date": date_object(ev.earliest, ev.granularity)}
    unresolved = "date-unresolved" in ev.flags
    if ev.latest is not None and not unresolved:
        end = date_object(ev.latest, ev.granularity)
        if end != out["start_date"]:
            out["end_date"] = end
    if is_uncertain(ev):
        out["display_date"] = event_date_text(ev, pub.lang)
    paragraphs = []
    for e in ev.evidence:
        passage = html.escape(pub.passage(e.article, e.passage_start, e.passage_end))
        source = html.escape(pub.source_name(e.article))
        paragraphs.append(f"<p>«{passage}»</p><p>— {source}</p>")
    note = pub.notes.get(ev.id)
    if note:
        label = "ملاحظة المحلل" if pub.lang == "ar" else "Analyst's note"
        paragraphs.append(f"<p><em>{label}:</em> {html.escape(note)}</p>")
    out["text"] = {"headline": html.escape(ev.title), "text": "".join(paragraphs)}
    if ev.topics:
        out["group"] = pub.topic_label(ev.topics[0])
    if ev.evidence:
        first = ev.evidence[0]
        out["media"] = {
            "url": "<blockquote>" + html.escape(pub.passage(first.article, first.passage_start,
                                                            first.passage_end)) + "</blockquote>",
            "credit": html.escape(pub.source_name(first.article)),
            "caption": html.escape((pub.articles[first.article].title or "")
                                   if first.article in pub.articles else ""),
        }
    out["autolink"] = False
    return out


def timeline_document(pub: Publication) -> tuple[dict[str, Any], int]:
    """The TimelineJS document and how many events were skipped for lack of a date."""
    slides = [slide(ev, pub) for ev in pub.events]
    doc: dict[str, Any] = {"scale": "human", "events": [s for s in slides if s is not None]}
    if pub.title:
        doc["title"] = {"text": {"headline": html.escape(pub.title), "text": ""}}
    return doc, sum(1 for s in slides if s is None)


def timeline_json(pub: Publication) -> str:
    return json.dumps(timeline_document(pub)[0], ensure_ascii=False, indent=1) + "\n"
