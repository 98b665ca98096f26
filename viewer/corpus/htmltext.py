"""Reduce an HTML document to the text a reader sees, with the stdlib parser only.

* nothing is executed or fetched: tags are only looked at, attributes
  (``src``, ``href``, ``onclick`` …) are ignored;
* content of ``script``, ``style``, ``noscript``, ``template``, ``iframe``,
  ``object`` and of ``head`` (except ``title``) is dropped;
* block elements and ``<br>`` become line breaks, other whitespace runs
  collapse to one space (``<pre>`` is kept as is); entities are unescaped;
* linear time on adversarial input.  ``HTMLParser.close()`` can be quadratic on
  Python < 3.13.6 when an unterminated construct (``<a <a <a …``, ``<!--`` …)
  reaches the end of the document: ``feed()`` stops at such a construct, so
  we never call ``close()`` and handle the unparsed rest ourselves the way a
  browser does (an unterminated tag, comment or declaration swallows the rest
  of the document; plain text is unescaped and kept).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "object"})
BLOCK = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li
    main menu nav ol p pre section summary table tbody tfoot thead tr ul""".split()
)
CELL = frozenset({"td", "th"})
_HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template",
                           "head", "html"})
_WS = re.compile(r"[ \t\n\r\f]+")


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.skip = 0  # depth inside SKIP elements
        self.in_head = False
        self.in_title = False
        self.pre = 0
        self.pending_nl = 0  # line breaks owed before the next text
        self.pending_space = False
        self.at_line_start = True

    # -- output -----------------------------------------------------------
    def _break(self, n: int = 1, add: bool = False) -> None:
        self.pending_nl = min(2, self.pending_nl + n) if add else max(self.pending_nl, n)
        self.pending_space = False

    def _flush_breaks(self) -> None:
        if self.pending_nl:
            if self.parts:
                self.parts.append("\n" * self.pending_nl)
                self.at_line_start = True
            self.pending_nl = 0
            self.pending_space = False

    def _text(self, data: str) -> None:
        if self.pre:
            self._flush_breaks()
            if self.pending_space and not self.at_line_start:
                self.parts.append(" ")
            self.pending_space = False
            self.parts.append(data)
            self.at_line_start = data.endswith("\n")
            return
        s = _WS.sub(" ", data)
        core = s.strip(" ")
        if not core:
            if s and not self.at_line_start:
                self.pending_space = True
            return
        self._flush_breaks()
        if (self.pending_space or s[0] == " ") and not self.at_line_start:
            self.parts.append(" ")
        self.parts.append(core)
        self.at_line_start = False
        self.pending_space = s[-1] == " "

    # -- parser callbacks ----------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
        elif tag == "head":
            self.in_head = True
        elif tag == "body" or (self.in_head and tag not in _HEAD_CONTENT):
            # An element that cannot be in <head> opens the body, as in a browser: a page whose
            # </head> and <body> are missing keeps its text.
            self.in_head = False
        elif tag == "title":
            self.in_title = True
        if self.skip:
            return
        if tag == "br":
            self._break(1, add=True)
        elif tag in BLOCK:
            self._break()
        elif tag in CELL and not self.at_line_start:
            self.pending_space = True
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            if self.skip:
                self.skip -= 1
            return
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        if self.skip:
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in BLOCK:
            self._break()
        elif tag in CELL and not self.at_line_start:
            self.pending_space = True

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.in_head:
            return
        self._text(data)

    # Comments, declarations, processing instructions: invisible.
    def handle_comment(self, data: str) -> None:
        pass

    def handle_decl(self, decl: str) -> None:
        pass

    def handle_pi(self, data: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass

    def finish(self) -> None:
        """Deal with what ``feed()`` left unparsed (never calls the quadratic ``close()``)."""
        rest = self.rawdata
        self.rawdata = ""
        if not rest:
            return
        cdata = getattr(self, "cdata_elem", None)
        if cdata is not None:
            # Unterminated raw-text element (script/style …): only title/textarea text is visible.
            if cdata in ("title", "textarea"):
                self.handle_data(html.unescape(rest))
            return
        if rest.startswith("<") and len(rest) > 1:
            return  # unterminated tag/comment/declaration: swallowed, as in a browser
        self.handle_data(html.unescape(rest))


def _fallback(doc: str) -> tuple[str, str | None]:
    """Used only if the stdlib parser raises: drop anything tag-like, keep text."""
    doc = re.sub(r"(?is)<(script|style)\b[^<>]*>.*?(</\1\s*>|\Z)", " ", doc)
    doc = re.sub(r"(?s)<!--.*?(-->|\Z)", " ", doc)
    doc = re.sub(r"<[^<>]*>?", "\n", doc)
    lines = (_WS.sub(" ", html.unescape(line)).strip() for line in doc.split("\n"))
    return "\n".join(line for line in lines if line), None


def html_to_text(doc: str) -> tuple[str, str | None]:
    """Visible text of ``doc`` and its ``<title>`` (None when absent or empty)."""
    p = _Reducer()
    try:
        p.feed(doc)
        p.finish()
    except Exception:  # the stdlib parser is tolerant, but never let a page break loading
        return _fallback(doc)
    text = "".join(p.parts)
    title = _WS.sub(" ", "".join(p.title_parts)).strip() or None
    return text, title
