"""A single self-contained HTML page of the timeline: offline, right to left, Arabic.

One file, nothing fetched: no script, no external stylesheet, image or font
(the bundled Arabic font is embedded as a ``data:`` URL so the page is shaped
the same on any machine), and a Content-Security-Policy that forbids any
request should a reader's browser try one.  Events come in chronological
order, each with its date at its precision ("حوالي" when uncertain), title,
topics, the analyst's note and star, and every source: the supporting passage
with its date mention marked, and the outlet.  All article text is escaped
(``html.escape``): the input is never markup.
"""

from __future__ import annotations

import base64
import html

from viewer.model import Event, Evidence
from viewer.publish.dates import event_date_text
from viewer.publish.select import Publication

FONT_FILE = "NotoNaskhArabic-Regular.ttf"

_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"

_WORDS = {
    "ar": {"events": "حدثًا", "sources": "المصادر", "note": "ملاحظة المحلل", "starred": "مميّز بنجمة",
           "edited": "عدّله المحلل", "manual": "أضافه المحلل", "topics": "المواضيع", "made": "صُنعت هذه الصفحة دون اتصال",
           "timeline": "الخط الزمني"},
    "en": {"events": "events", "sources": "Sources", "note": "Analyst's note", "starred": "starred",
           "edited": "edited by the analyst", "manual": "added by the analyst", "topics": "Topics",
           "made": "This page was made offline", "timeline": "Timeline"},
}

_STYLE = """
@font-face { font-family: "Timeline Arabic"; src: url(data:font/ttf;base64,%FONT%) format("truetype"); }
body { font-family: "Timeline Arabic", "Noto Naskh Arabic", "Noto Sans Arabic", serif; margin: 0 auto;
       max-width: 60rem; padding: 1.5rem; line-height: 1.7; color: #1d1d1f; background: #fbfaf7; }
header h1 { margin: 0 0 .25rem; font-size: 1.8rem; }
header p { margin: 0; color: #555; }
ol.timeline { list-style: none; padding: 0; margin: 1.5rem 0 0; border-inline-start: 3px solid #b9b2a3; }
li.event { position: relative; margin: 0 0 1.5rem; padding-inline-start: 1.25rem; }
li.event::before { content: ""; position: absolute; inset-inline-start: -.55rem; top: .55rem; width: .8rem;
                   height: .8rem; border-radius: 50%; background: #7a6a4f; }
.date { font-weight: bold; color: #7a4f10; }
h2 { font-size: 1.2rem; margin: .1rem 0 .3rem; }
.badges span { display: inline-block; font-size: .8rem; padding: 0 .5rem; margin-inline-end: .3rem;
               border-radius: .6rem; background: #ece6da; }
.note { background: #fff6d6; border-inline-start: 3px solid #e0b400; padding: .3rem .6rem; margin: .4rem 0; }
blockquote { margin: .4rem 0; padding: .3rem .8rem; background: #fff; border-inline-start: 3px solid #d8d2c4;
             white-space: pre-wrap; }
mark { background: #ffe08a; }
.source { font-size: .9rem; color: #444; }
footer { margin-top: 2rem; font-size: .8rem; color: #777; }
"""


def font_data_url_payload() -> str:
    """The bundled Arabic font, base64 (empty when the file cannot be found)."""
    from viewer.paths import resource

    try:
        return base64.b64encode(resource("fonts", FONT_FILE).read_bytes()).decode("ascii")
    except OSError:
        return ""


def _passage_html(pub: Publication, e: Evidence) -> str:
    """The passage, escaped, with the date mention inside it marked."""
    a = pub.articles.get(e.article)
    if a is None:
        return ""
    text = a.text
    ps, pe = e.passage_start, e.passage_end
    ms, me = max(ps, e.mention_start), min(pe, e.mention_end)
    if ms >= me or (ms, me) == (ps, pe):
        return html.escape(text[ps:pe])
    return (html.escape(text[ps:ms]) + "<mark>" + html.escape(text[ms:me]) + "</mark>"
            + html.escape(text[me:pe]))


def _event_html(ev: Event, pub: Publication, w: dict[str, str]) -> str:
    badges = [html.escape(pub.topic_label(t)) for t in ev.topics]
    if "starred" in ev.flags:
        badges.append("★ " + w["starred"])
    if "manual" in ev.flags:
        badges.append(w["manual"])
    elif ev.id in pub.edited:
        badges.append(w["edited"])
    parts = [
        f'<li class="event" id="{html.escape(ev.id)}">',
        f'<div class="date">{html.escape(event_date_text(ev, pub.lang))}</div>',
        f"<h2>{html.escape(ev.title)}</h2>",
    ]
    if badges:
        parts.append('<div class="badges">' + "".join(f"<span>{b}</span>" for b in badges) + "</div>")
    note = pub.notes.get(ev.id)
    if note:
        parts.append(f'<div class="note"><strong>{w["note"]}:</strong> {html.escape(note)}</div>')
    for e in ev.evidence:
        a = pub.articles.get(e.article)
        title = a.title if a is not None and a.title else ""
        src = html.escape(pub.source_name(e.article))
        parts.append(f"<blockquote>{_passage_html(pub, e)}</blockquote>")
        parts.append(f'<div class="source">— {src}' + (f" · {html.escape(title)}" if title and title != pub.source_name(e.article) else "") + "</div>")
    parts.append("</li>")
    return "\n".join(parts)


def page_html(pub: Publication, embed_font: bool = True) -> str:
    """The whole page as a string (UTF-8 when written)."""
    w = _WORDS.get(pub.lang, _WORDS["ar"])
    direction = "rtl" if pub.lang == "ar" else "ltr"
    font = font_data_url_payload() if embed_font else ""
    style = _STYLE.replace("%FONT%", font) if font else _STYLE.split("\n", 2)[2]
    title = pub.title or w["timeline"]
    body = "\n".join(_event_html(ev, pub, w) for ev in pub.events)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{pub.lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{html.escape(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        f"<header><h1>{html.escape(title)}</h1><p>{len(pub.events)} {w['events']}</p></header>\n"
        f'<ol class="timeline">\n{body}\n</ol>\n'
        f"<footer>{w['made']}.</footer>\n</body>\n</html>\n"
    )
