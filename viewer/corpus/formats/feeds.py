"""RSS 2.0 and Atom feeds: each item an article with its date.

Parsed with ``defusedxml`` (entity declarations, DTDs and external
references refused: an entity bomb or an external entity is reported, never
expanded).  RSS: ``item`` → ``title``, ``link``, ``content:encoded`` or
``description``, ``pubDate`` (or ``dc:date``), ``guid``; Atom: ``entry`` →
``title``, ``link[@href]``, ``content`` or ``summary``, ``published``
(``updated`` is only the modification date, never the publication date), ``id``.  The
feed's own title names the source.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from viewer.model import Problem

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def _text(el) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def read_feed(path: str, cap: int) -> Iterator:
    import defusedxml
    from defusedxml import ElementTree as DET

    size = os.path.getsize(path)
    if size > cap:
        yield Problem("record", f"feed is {size:,} bytes, more than {cap:,}; not read", path, severity="error",
                      params={"reason": "feed-too-big", "size": size, "limit": cap})
        return
    with open(path, "rb") as f:
        data = f.read(cap)
    try:
        root = DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as e:
        yield Problem("record", f"feed refused: it declares entities or external references ({type(e).__name__}); "
                                "a feed never needs them (possible entity bomb)", path, severity="error",
                      params={"reason": "feed-entities"})
        return
    except DET.ParseError as e:
        line = getattr(e, "position", (None,))[0]
        yield Problem("record", f"not well-formed XML (line {line}): {e}; not read", path, severity="error",
                      params={"reason": "feed-xml", "line": line if isinstance(line, int) else 0})
        return
    tag = root.tag
    if tag == "rss" or tag.endswith("}RDF") or tag == "channel":
        channel = root.find("channel") if tag == "rss" else root
        source = _text(channel.find("title")) if channel is not None else ""
        items = (channel.findall("item") if channel is not None else []) + root.findall(
            "{http://purl.org/rss/1.0/}item")
        for i, it in enumerate(items, 1):
            body = _text(it.find(CONTENT)) or _text(it.find("description"))
            rec = {
                "title": _text(it.find("title")),
                "text": body,
                "date": _text(it.find("pubDate")) or _text(it.find(DC_DATE)),
                "url": _text(it.find("link")) or None,
                "id": _text(it.find("guid")) or None,
                "source": source or None,
            }
            yield f"i{i}", f"item {i}", rec
    elif tag == f"{ATOM}feed":
        source = _text(root.find(f"{ATOM}title"))
        for i, en in enumerate(root.findall(f"{ATOM}entry"), 1):
            link = None
            for ln in en.findall(f"{ATOM}link"):
                if ln.get("rel", "alternate") == "alternate":
                    link = ln.get("href")
                    break
            rec = {
                "title": _text(en.find(f"{ATOM}title")),
                "text": _text(en.find(f"{ATOM}content")) or _text(en.find(f"{ATOM}summary")),
                "date": _text(en.find(f"{ATOM}published")),  # "updated" is not "published"
                "modified": _text(en.find(f"{ATOM}updated")) or None,
                "url": link,
                "id": _text(en.find(f"{ATOM}id")) or None,
                "source": source or None,
            }
            yield f"i{i}", f"entry {i}", rec
    else:
        yield Problem("record", f"not an RSS or Atom feed (root element <{tag.split('}')[-1]}>); not read", path,
                      severity="error", params={"reason": "not-feed", "found": tag.split("}")[-1][:40]})
