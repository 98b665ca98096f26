"""The publication date a saved HTML page declares in its markup.

Read, strongest first: ``article:published_time`` (and its ``og:``/``dc.``
and ``pubdate`` variants), ``itemprop="datePublished"``, JSON-LD
``datePublished`` (a ``NewsArticle``, an ``@graph`` of them, a list), a
``<time datetime>`` inside the article, then a date in the canonical URL
(``/2024/05/12/``, ``/20240512/``, ``-2024-05-12``).  ``dateModified`` and
``article:modified_time`` are kept apart: "last updated" is not
"published".  Epoch and placeholder stamps (1970-01-01 …) are refused.  The
JSON-LD is parsed with the stdlib ``json`` from text whose size the reducer
caps, so a hostile page cannot make this slow.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from viewer.corpus.htmltext import HtmlPage
from viewer.corpus.page.dates import is_placeholder, parse_iso

PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "og:published_time",
                  "datepublished", "pubdate", "publishdate", "publish_date", "dc.date.issued",
                  "dcterms.created", "sailthru.date", "parsely-pub-date", "date")
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "og:article:modified_time",
                 "dcterms.modified", "last-modified")
_URL_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<s>[/-]?)(?P<m>0[1-9]|1[0-2])(?P=s)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
_URL_YM = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])/")


@dataclass
class MetaDate:
    value: date
    how: str  # "page-metadata" or "url"
    evidence: str  # e.g. article:published_time=2024-05-12T16:45:00+03:00


@dataclass
class MetaDates:
    published: MetaDate | None
    modified: MetaDate | None
    rejected: list[str]


def _jsonld_dates(blobs: list[str]) -> tuple[list[str], list[str]]:
    pub: list[str] = []
    mod: list[str] = []

    def walk(node, depth: int = 0) -> None:
        if depth > 8 or len(pub) + len(mod) > 32:
            return
        if isinstance(node, list):
            for x in node[:64]:
                walk(x, depth + 1)
        elif isinstance(node, dict):
            v = node.get("datePublished")
            if isinstance(v, str):
                pub.append(v)
            v = node.get("dateModified")
            if isinstance(v, str):
                mod.append(v)
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if key in node:
                    walk(node[key], depth + 1)

    for b in blobs:
        try:
            walk(json.loads(b))
        except (ValueError, RecursionError):
            continue
    return pub, mod


def read_meta_dates(page: HtmlPage, url: str | None = None) -> MetaDates:
    rejected: list[str] = []
    pub: list[tuple[str, str]] = []
    mod: list[tuple[str, str]] = []
    meta = dict(reversed(page.meta))  # the first of each key
    for k in PUBLISHED_KEYS:
        if k in meta:
            pub.append((k, meta[k]))
    for k in MODIFIED_KEYS:
        if k in meta:
            mod.append((k, meta[k]))
    jp, jm = _jsonld_dates(page.jsonld)
    pub.extend(("JSON-LD datePublished", v) for v in jp)
    mod.extend(("JSON-LD dateModified", v) for v in jm)
    times = [t for t in page.times if t[2]] or page.times[:1]
    pub.extend(("<time datetime>", t[0]) for t in times[:1])

    published = None
    for key, raw in pub:
        d = parse_iso(raw)
        if d is None:
            why = "a placeholder stamp" if _is_placeholder_text(raw) else "not a date"
            rejected.append(f"{key}={raw[:40]} is {why}")
            continue
        published = MetaDate(d, "page-metadata", f"{key}={raw[:40]}")
        break
    modified = None
    for key, raw in mod:
        d = parse_iso(raw)
        if d is not None:
            modified = MetaDate(d, "page-metadata", f"{key}={raw[:40]}")
            break
    if published is None:
        for u in (page.canonical, url, *(v for k, v in page.meta if k == "og:url")):
            if not u:
                continue
            m = _URL_YM.search(u) or _URL_DATE.search(u)
            if m:
                try:
                    d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    continue
                if not is_placeholder(d):
                    published = MetaDate(d, "url", f"URL {u[:80]}")
                    break
    return MetaDates(published, modified, rejected)


def _is_placeholder_text(raw: str) -> bool:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", raw)
    if not m:
        return False
    try:
        return is_placeholder(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    except ValueError:
        return False
