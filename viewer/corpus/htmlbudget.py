"""Budgets for HTML before it reaches the parser: tag count and tag length.

The stdlib parser builds a list of every attribute of a tag and re-scans an
unterminated one: 30 MB of ``<a `` cost 5.1 GB and 13 s, 3 MB of attributes in
one tag 600 MB.  The reducer ignores attributes anyway, so before parsing, in
one linear pass over the ``<`` of the page:

* a tag longer than ``MAX_TAG_CHARS`` keeps its name and loses its attributes;
* an unterminated tag that long ends the document there (a browser swallows the
  rest into the tag: nothing visible is lost);
* after ``MAX_TAGS`` tags, the rest of the page is reduced without the parser
  (scripts, styles and comments dropped, other markup removed, text kept).

Each budget that applies is reported (``cap`` notes, shown as problems).
"""

from __future__ import annotations

import re

MAX_TAGS = 1_000_000
MAX_TAG_CHARS = 65_536
_NAME = re.compile(r"[A-Za-z][^\s/>]{0,63}")
_DROP = re.compile(r"(?is)<(script|style|noscript|template)\b[^<>]*>.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)")
_TAG = re.compile(r"<[^<>]*>?")


def limit_html(doc: str, max_tags: int = MAX_TAGS, max_tag_chars: int = MAX_TAG_CHARS) -> tuple[str, list[str]]:
    """``doc`` within the budgets, and a message for each budget that applied."""
    notes: list[str] = []
    if len(doc) <= max_tag_chars and doc.count("<") <= max_tags:
        return doc, notes
    out: list[str] = []
    last = 0  # doc[last:pos] not yet copied
    pos = doc.find("<")
    tags = 0
    long_tags = 0
    while pos != -1:
        tags += 1
        if tags > max_tags:
            rest = _TAG.sub(" ", _DROP.sub(" ", doc[pos:]))
            out.append(doc[last:pos])
            out.append(rest)
            last = len(doc)
            notes.append(f"the page has more than {max_tags:,} tags; the markup after them was removed "
                         "and their text kept (cap applied)")
            break
        end = doc.find(">", pos + 1)
        stop = len(doc) if end == -1 else end
        if stop - pos > max_tag_chars:
            m = _NAME.match(doc, pos + 1)
            out.append(doc[last:pos])
            if end == -1:
                last = len(doc)
                notes.append(f"an unterminated tag of {stop - pos:,} characters ends the page "
                             "(as in a browser); cut there (cap applied)")
                break
            out.append(f"<{m.group()}>" if m else " ")
            long_tags += 1
            last = end + 1
            pos = doc.find("<", last)
            continue
        pos = doc.find("<", stop + 1 if end != -1 else len(doc))
    out.append(doc[last:])
    if long_tags:
        notes.insert(0, f"{long_tags:,} tag(s) longer than {max_tag_chars:,} characters lost their attributes "
                        "(cap applied)")
    return "".join(out), notes
