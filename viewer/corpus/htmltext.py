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
from dataclasses import dataclass, field
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

# Elements whose text is page furniture wherever they are, and the kind it is.
FURNITURE_TAGS = {"nav": "nav", "aside": "related", "footer": "notice", "figcaption": "caption", "form": "nav"}
# class/id words that name furniture containers (matched as whole words of the attribute).
FURNITURE_WORDS = {
    "nav": "nav", "navbar": "nav", "menu": "nav", "breadcrumb": "crumb", "breadcrumbs": "crumb",
    "crumb": "crumb", "share": "share", "sharing": "share", "social": "share", "related": "related",
    "ticker": "ticker", "marquee": "ticker", "latest": "ticker", "breaking": "ticker", "footer": "notice",
    "cookie": "notice", "cookies": "notice", "consent": "notice", "widget": "nav", "sidebar": "related",
    "comments": "nav", "comment": "nav", "tags": "tags", "newsletter": "notice", "ads": "notice",
    "advert": "notice", "byline": "byline", "author": "byline", "caption": "caption", "credit": "caption",
    "print": "share", "toolbar": "share", "most-read": "related", "trending": "related",
}
CONTAINERS = frozenset(
    """div section aside nav footer header figure figcaption ul ol article main form span p li
    time h1 h2 h3 h4 h5 h6 table blockquote""".split()
)
MAX_STACK = 256
MAX_JSONLD = 1 << 18  # characters of JSON-LD kept per page
_ATTR_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


@dataclass
class HtmlPage:
    """What a saved page says besides its visible text; offsets are into ``text``."""

    text: str
    title: str | None
    meta: list[tuple[str, str]] = field(default_factory=list)  # (property/name/itemprop, content)
    jsonld: list[str] = field(default_factory=list)
    times: list[tuple[str, int, bool]] = field(default_factory=list)  # (datetime, offset, in <article>)
    canonical: str | None = None
    h1: list[tuple[int, int]] = field(default_factory=list)
    furniture: list[tuple[int, int, str]] = field(default_factory=list)
    article: list[tuple[int, int]] = field(default_factory=list)  # <article>/<main>/articleBody


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
        self.length = 0  # characters emitted so far
        self.page = HtmlPage("", None)
        self.stack: list[tuple[str, str | None, bool, int]] = []  # (tag, furniture kind, article?, start)
        self.depth_article = 0
        self.jsonld: list[str] | None = None
        self.jsonld_size = 0

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    # -- output -----------------------------------------------------------
    def _break(self, n: int = 1, add: bool = False) -> None:
        self.pending_nl = min(2, self.pending_nl + n) if add else max(self.pending_nl, n)
        self.pending_space = False

    def _flush_breaks(self) -> None:
        if self.pending_nl:
            if self.parts:
                self._emit("\n" * self.pending_nl)
                self.at_line_start = True
            self.pending_nl = 0
            self.pending_space = False

    def _text(self, data: str) -> None:
        if self.pre:
            self._flush_breaks()
            if self.pending_space and not self.at_line_start:
                self._emit(" ")
            self.pending_space = False
            self._emit(data)
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
            self._emit(" ")
        self._emit(core)
        self.at_line_start = False
        self.pending_space = s[-1] == " "

    # -- parser callbacks ----------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
            if tag == "script" and self.skip == 1 and _attr(attrs, "type") == "application/ld+json":
                self.jsonld = []
        elif tag == "meta" or tag == "link" or tag == "time":
            self._metadata(tag, attrs)
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
        if tag in CONTAINERS and len(self.stack) < MAX_STACK:
            self._open(tag, attrs)

    def _open(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = FURNITURE_TAGS.get(tag)
        if tag == "header" and not self.depth_article:
            kind = "nav"
        if kind is None:
            cls = ((_attr(attrs, "class") or "") + " " + (_attr(attrs, "id") or "")).lower()
            if cls.strip():
                for w in _ATTR_WORD.findall(cls[:300]):
                    kind = FURNITURE_WORDS.get(w) or FURNITURE_WORDS.get(w.split("-")[0])
                    if kind:
                        break
        art = tag in ("article", "main") or _attr(attrs, "itemprop") == "articleBody"
        if art:
            self.depth_article += 1
        if tag == "h1":
            kind = kind or "h1"
        self.stack.append((tag, kind, art, self.length))

    def _close(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                break
        else:
            return
        while len(self.stack) > i:
            _tag, kind, art, start = self.stack.pop()
            end = self.length
            if art:
                self.depth_article -= 1
                self.page.article.append((start, end))
            if kind == "h1":
                self.page.h1.append((start, end))
            elif kind:
                self.page.furniture.append((start, end, kind))

    def _metadata(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "time":
            dt = _attr(attrs, "datetime")
            if dt:
                self.page.times.append((dt[:64], self.length, bool(self.depth_article)))
            return
        if tag == "link":
            if (_attr(attrs, "rel") or "").lower() == "canonical" and self.page.canonical is None:
                self.page.canonical = (_attr(attrs, "href") or "")[:2000] or None
            return
        key = _attr(attrs, "property") or _attr(attrs, "name") or _attr(attrs, "itemprop")
        content = _attr(attrs, "content")
        if key and content and len(self.page.meta) < 512:
            self.page.meta.append((key.lower()[:100], content[:2000]))

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            if self.skip:
                self.skip -= 1
            if tag == "script" and self.jsonld is not None and not self.skip:
                self.page.jsonld.append("".join(self.jsonld))
                self.jsonld = None
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
        if tag in CONTAINERS:
            self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.skip:
            if self.jsonld is not None and self.jsonld_size < MAX_JSONLD:
                self.jsonld.append(data[: MAX_JSONLD - self.jsonld_size])
                self.jsonld_size += len(data)
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


def _attr(attrs: list[tuple[str, str | None]], name: str) -> str | None:
    for k, v in attrs:
        if k == name:
            return v
    return None


def html_to_text(doc: str) -> tuple[str, str | None]:
    """Visible text of ``doc`` and its ``<title>`` (None when absent or empty)."""
    page = read_html(doc)
    return page.text, page.title


def read_html(doc: str) -> HtmlPage:
    """Visible text of ``doc`` with its title, metadata and the spans of its parts.

    Spans of elements still open at the end of the document run to its end."""
    p = _Reducer()
    try:
        p.feed(doc)
        p.finish()
    except Exception:  # the stdlib parser is tolerant, but never let a page break loading
        text, title = _fallback(doc)
        return HtmlPage(text, title)
    while p.stack:
        p._close(p.stack[-1][0])
    page = p.page
    page.text = "".join(p.parts)
    page.title = _WS.sub(" ", "".join(p.title_parts)).strip() or None
    page.furniture = [(s, e, k) for s, e, k in page.furniture if e > s]
    page.furniture.sort()
    page.article.sort()
    return page
