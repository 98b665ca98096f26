"""Read a page the way a reader does: furniture, body, headline, publication date.

``read_page`` is what the corpus reader calls for every text or HTML file;
its result goes on the :class:`~viewer.model.Article` (furniture spans, body
span, headline, the page's own publication date with its evidence, the
modification date).  It never changes the text: every span indexes the text
shown.  Which date wins over the manifest, a feed or the user is decided in
one place, :mod:`viewer.corpus.pubdate`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from viewer.corpus.htmltext import HtmlPage
from viewer.corpus.page.furniture import layout
from viewer.corpus.page.headline import html_headline, text_headline
from viewer.corpus.page.metadata import read_meta_dates
from viewer.corpus.page.textdate import read_text_dates
from viewer.corpus.page.yearless import Anchor, complete_year
from viewer.corpus.pubdate import offer
from viewer.model import Article

MAX_READ = 4 << 20  # characters: a longer text is not a news page; only its furniture-free reading


@dataclass
class PageReading:
    headline: str | None = None
    headline_span: tuple[int, int] | None = None
    body: tuple[int, int] | None = None
    furniture: list[tuple[int, int, str]] = field(default_factory=list)
    published: date | None = None
    published_how: str | None = None  # page-metadata, dateline, byline, url
    published_span: tuple[int, int] | None = None
    published_evidence: str | None = None
    modified: date | None = None
    notes: list[str] = field(default_factory=list)


def read_page(text: str, html: HtmlPage | None = None, url: str | None = None) -> PageReading:
    out = PageReading()
    if len(text) > MAX_READ:
        return out
    lay = layout(text, html.furniture if html else None, html.article if html else None)
    out.furniture = lay.furniture
    out.body = lay.body
    if html is not None:
        out.headline, out.headline_span = html_headline(html, lay)
    else:
        out.headline, out.headline_span = text_headline(lay)
    head_line = None
    if out.headline_span is not None:
        head_line = next((i for i, ln in enumerate(lay.lines) if ln.start <= out.headline_span[0] < ln.end
                          or out.headline_span[0] <= ln.start < out.headline_span[1]), None)
    td = read_text_dates(lay, head_line)
    out.notes.extend(td.rejected)
    md = read_meta_dates(html, url) if html is not None else None
    if md is not None:
        out.notes.extend(md.rejected)
    if md is not None and md.published is not None and md.published.how == "page-metadata":
        out.published, out.published_how = md.published.value, "page-metadata"
        out.published_evidence = md.published.evidence
        if td.published is not None and abs((td.published.value - md.published.value).days) > 1:
            out.notes.append(f"the text states {td.published.value.isoformat()} "
                             f"({td.published.how}); the page metadata wins")
    elif td.published is not None:
        p = td.published
        out.published, out.published_how, out.published_span = p.value, p.how, p.span
        out.published_evidence = text[p.span[0]:p.span[1]]
        if p.note:
            out.notes.append(p.note)
    elif md is not None and md.published is not None:
        out.published, out.published_how = md.published.value, md.published.how
        out.published_evidence = md.published.evidence
    if out.published is None and td.yearless is not None:
        _complete(out, text, td, md)
    mods = [m for m in ((md.modified if md else None), td.modified) if m is not None]
    if mods:
        out.modified = mods[0].value
    if out.published is not None and out.modified is not None and out.modified < out.published:
        out.modified = None
    return out


def _complete(out: PageReading, text: str, td, md) -> None:
    """A year-less dateline or byline takes its year from the page's update stamp or its
    metadata dates, when they agree on one (:mod:`.yearless`); else it stays unresolved."""
    y = td.yearless
    anchors = []
    if td.modified is not None:
        s, e = td.modified.span
        anchors.append(Anchor(td.modified.value, f"the update stamp «{text[s:e]}»"))
    if md is not None:
        for m in (md.published, md.modified):
            if m is not None:
                anchors.append(Anchor(m.value, m.evidence))
    value, why = complete_year(y.month, y.day, anchors)
    surface = text[y.span[0]:y.span[1]]
    if value is None:
        out.notes.append(f"«{surface}» gives no year; {why}")
        return
    out.published, out.published_how, out.published_span = value, y.how, y.span
    out.published_evidence = surface
    out.notes.append(f"«{surface}»: {why}")


def apply_reading(article: Article, reading: PageReading) -> None:
    """Put what the page says of itself on ``article`` (its date through the one precedence)."""
    article.furniture = reading.furniture
    article.body = reading.body
    article.modified = reading.modified
    if reading.published_how is not None:
        offer(article, reading.published, reading.published_how, reading.published_span,
              reading.published_evidence)
    article.page_notes = [n[:200] for n in reading.notes[:8]]
