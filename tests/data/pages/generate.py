"""Write the page corpus: each page as saved HTML and as "save as text", plus its gold.

Run ``python tests/data/pages/generate.py`` to rewrite ``html/``, ``text/`` and
``gold/``.  The layouts imitate the *kinds* of page furniture Arabic outlets
use (wire datelines, bylines with clock times, update stamps, tickers,
related lists, captions, today widgets, epoch stamps, breadcrumbs, notices);
outlet names and all wording are invented.  The gold of every page is what
the page was built from (its publication date, headline, body paragraphs and
furniture lines), never what the code under test reads from it; a sample was
checked by hand against the written files.

About a third of the pages are held out (``split: heldout``): five outlet
layouts entirely, and one page of several others.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bodies import BODIES

HERE = Path(__file__).parent

MONTHS = {
    "egypt": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "egypt2": "يناير فبراير مارس إبريل مايو يونيه يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "levant": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
               "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "maghreb": "جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "morocco": "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر".split(),
}
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = "January February March April May June July August September October November December".split()
DIGITS = {"western": "0123456789", "eastern": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}


def digits(s: str, system: str) -> str:
    table = DIGITS[system]
    return "".join(table[int(c)] if c.isascii() and c.isdigit() else c for c in s)


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


@dataclass
class Style:
    months: str = "egypt"
    digits: str = "western"

    def d(self, x: date) -> str:
        return digits(f"{x.day} {MONTHS[self.months][x.month - 1]} {x.year}", self.digits)

    def dm(self, x: date) -> str:
        return digits(f"{x.day} {MONTHS[self.months][x.month - 1]}", self.digits)

    def mon(self, x: date) -> str:
        return MONTHS[self.months][x.month - 1]

    def num(self, s) -> str:
        return digits(str(s), self.digits)


def fill(text: str, pub: date, st: Style) -> str:
    def rep(m: re.Match) -> str:
        key, sign, n = m.group(1), m.group(2), m.group(3)
        k = int(n or 0) * (-1 if sign == "-" else 1)
        if key == "WD":
            return WEEKDAYS[pub.weekday()]
        if key == "D":
            return st.d(pub + timedelta(days=k))
        if key == "DM":
            return st.dm(pub + timedelta(days=k))
        if key == "MON":
            return st.mon(add_months(pub, k))
        if key == "MY":
            x = add_months(pub, k)
            return f"{st.mon(x)} {st.num(x.year)}"
        if key == "Y":
            return st.num(pub.year + k)
        raise KeyError(key)

    text = re.sub(r"\{N:(\d+)\}", lambda m: st.num(m.group(1)), text)
    return re.sub(r"\{(WD|DM|D|MON|MY|Y)(?:([+-])(\d+))?\}", rep, text)


# ---------------------------------------------------------------- page model


@dataclass
class Block:
    kind: str  # nav, crumb, ticker, today, headline, byline, date, update, body, caption, heading,
    #            related, share, notice, footer, tags
    lines: list[str]
    furniture: bool = True
    html_tag: str = "div"


@dataclass
class Page:
    id: str
    outlet: str
    split: str
    site: str
    pub: date
    headline: str
    blocks: list[Block] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # published_time, jsonld, time, url, modified
    stated_text: str | None = None  # how the text states the date: dateline, byline, ...
    modified: date | None = None
    bullet: str = ""  # what "save as text" puts before list items
    dateline: str | None = None  # the wire dateline opening the first body line (furniture)

    def body_lines(self) -> list[str]:
        return [ln for b in self.blocks if b.kind == "body" for ln in b.lines]


def head_html(p: Page) -> str:
    m = p.meta
    out = ["<head>", '<meta charset="utf-8">', f"<title>{p.headline} {m.get('sep', '|')} {p.site}</title>"]
    if m.get("og"):
        out.append(f'<meta property="og:title" content="{p.headline}">')
        out.append(f'<meta property="og:site_name" content="{p.site}">')
    if m.get("published_time"):
        out.append(f'<meta property="article:published_time" content="{m["published_time"]}">')
    if m.get("modified_time"):
        out.append(f'<meta property="article:modified_time" content="{m["modified_time"]}">')
    if m.get("itemprop"):
        out.append(f'<meta itemprop="datePublished" content="{m["itemprop"]}">')
    if m.get("url"):
        out.append(f'<link rel="canonical" href="{m["url"]}">')
    if m.get("jsonld"):
        out.append('<script type="application/ld+json">' + json.dumps(m["jsonld"], ensure_ascii=False) + "</script>")
    out.append('<link rel="stylesheet" href="style.css"><script src="app.js"></script>')
    out.append("</head>")
    return "\n".join(out)


def block_html(b: Block, p: Page) -> str:
    if b.kind == "headline":
        return f"<h1>{b.lines[0]}</h1>"
    if b.kind in ("related", "ticker", "nav", "tags"):
        head = ""
        items = b.lines
        if b.kind == "related" and items and not items[0].startswith("*"):
            head, items = f"<h3>{items[0]}</h3>", items[1:]
        lis = "".join(f'<li><a href="/n/{i}">{x}</a></li>' for i, x in enumerate(items))
        tag = {"nav": "nav", "related": "aside"}.get(b.kind, "div")
        return f'<{tag} class="{b.kind}">{head}<ul>{lis}</ul></{tag}>'
    if b.kind == "caption":
        return f'<figure><img src="img/{p.id}.jpg" alt=""><figcaption>{b.lines[0]}</figcaption></figure>'
    if b.kind == "heading":
        return f"<h2>{b.lines[0]}</h2>"
    if b.kind == "body":
        return "\n".join(f"<p>{x}</p>" for x in b.lines)
    if b.kind == "byline" and p.meta.get("time"):
        t = p.meta["time"]
        return f'<div class="byline">{b.lines[0].replace(t[1], f"<time datetime={chr(34)}{t[0]}{chr(34)}>{t[1]}</time>")}</div>'
    if b.kind == "footer":
        return "<footer>" + "".join(f"<p>{x}</p>" for x in b.lines) + "</footer>"
    return f'<div class="{b.kind}">' + "<br>".join(b.lines) + "</div>"


def render_html(p: Page) -> str:
    parts = [f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n{head_html(p)}\n<body>']
    in_article = False
    last_body = max(i for i, b in enumerate(p.blocks) if b.kind == "body")
    for i, b in enumerate(p.blocks):
        if b.kind == "headline" and not in_article:
            parts.append("<article>")
            in_article = True
        if i > last_body and b.kind in ("related", "footer") and in_article:
            parts.append("</article>")
            in_article = False
        parts.append(block_html(b, p))
    if in_article:
        parts.append("</article>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def render_text(p: Page) -> str:
    out: list[str] = []
    for b in p.blocks:
        for ln in b.lines:
            if b.kind in ("related", "ticker", "nav", "tags") and p.bullet and not (b.kind == "related" and ln is b.lines[0]):
                out.append(p.bullet + ln)
            else:
                out.append(ln)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def gold(p: Page, fmt: str) -> dict:
    text_has = p.stated_text is not None
    html_meta = any(p.meta.get(k) for k in ("published_time", "jsonld", "itemprop", "time"))
    url_date = bool(p.meta.get("url_dated"))
    stated = text_has or (fmt == "html" and (html_meta or url_date))
    body = p.body_lines()
    return {
        "id": f"{p.id}.{fmt}",
        "file": f"{'html' if fmt == 'html' else 'text'}/{p.id}.{'html' if fmt == 'html' else 'txt'}",
        "outlet": p.outlet,
        "split": p.split,
        "published": p.pub.isoformat() if stated else None,
        "stated_in_text": p.stated_text,
        "modified": p.modified.isoformat() if p.modified else None,
        "headline": p.headline,
        "body_first": body[0],
        "body_last": body[-1],
        "body_lines": body,
        "furniture": [ln for b in p.blocks if b.furniture for ln in b.lines],
        "dateline": p.dateline,
        "furniture_kinds": sorted({b.kind for b in p.blocks if b.furniture}),
    }


# ---------------------------------------------------------------- outlets

NAV = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "منوعات", "اتصل بنا"]
TICKER_ITEMS = [
    "عاجل: انقطاع الكهرباء عن أحياء في العاصمة",
    "ارتفاع أسعار الذهب في التعاملات المسائية",
    "مصرع شخصين في حادث سير على الطريق الساحلي",
    "افتتاح جسر جديد يربط ضفتي النهر",
]
RELATED = [
    "وزير المالية يعرض الموازنة على البرلمان",
    "تراجع أسعار الخضار في الأسواق المحلية",
    "ندوة حول مستقبل الصحافة الرقمية",
]


def iso(d: date, hh: int = 9, mm: int = 30, tz: str = "+03:00") -> str:
    return f"{d.isoformat()}T{hh:02d}:{mm:02d}:00{tz}"


def meta_variant(p: Page, k: int, slug: str, domain: str) -> None:
    """Vary which metadata a page has (k = page index within its outlet)."""
    d = p.pub
    url = f"https://www.{domain}/news/{slug}-{10000 + k * 37}"
    if k % 3 == 0:
        p.meta["published_time"] = iso(d)
        p.meta["og"] = True
    if k % 3 == 1:
        p.meta["jsonld"] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.headline,
                            "datePublished": iso(d, 7, 5), "dateModified": iso(d + timedelta(days=1), 8, 0)}
        p.modified = p.modified or (d + timedelta(days=1))
    if k % 3 == 2:
        url = f"https://{domain}/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/"
        p.meta["url_dated"] = True
    p.meta["url"] = url


def para(body: dict, pub: date, st: Style) -> list[str]:
    return [fill(x, pub, st) for x in body["paras"]]


def outlet_pages():
    pages: list[Page] = []
    n = 0

    def body_of(i: int) -> dict:
        return BODIES[i % len(BODIES)]

    # 1. Kuwaiti wire: "الكويت - 8 ديسمبر (كونا) --" at the head of the body.
    for k, pub in enumerate([date(2024, 12, 8), date(2025, 3, 17), date(2023, 6, 2)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        ps = para(b, pub, st)
        city = ["الكويت", "الجهراء", "الأحمدي"][k]
        dl = f"{city} - {st.dm(pub)} (كنا) --"
        line = f"{dl} {ps[0]}"
        p = Page(f"p{n:02d}", "kw-wire", "heldout" if k == 2 else "tune", "وكالة الأنباء الكويتية كنا", pub, b["headline"])
        p.blocks = [Block("nav", NAV), Block("headline", [b["headline"]], False),
                    Block("body", [line, *ps[1:]], False),
                    Block("tags", ["الكويت", "اقتصاد"]),
                    Block("footer", ["جميع الحقوق محفوظة © كنا 2025"])]
        p.stated_text = None  # the wire dateline gives day and month, not the year
        p.dateline = dl
        meta_variant(p, k, "kw", "kna-news.kw")
        pages.append(p)

    # 2. Gulf daily: byline with clock time, update stamp, ticker, caption.
    for k, pub in enumerate([date(2025, 10, 14), date(2024, 2, 29), date(2025, 7, 1)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        wd = WEEKDAYS[pub.weekday()]
        upd = pub + timedelta(days=1)
        p = Page(f"p{n:02d}", "gulf-daily", "heldout" if k == 1 else "tune", "الخليج اليوم", pub, b["headline"])
        p.modified = upd
        p.blocks = [Block("ticker", TICKER_ITEMS[:3]), Block("nav", NAV),
                    Block("crumb", ["الرئيسية > محليات > أخبار"]),
                    Block("headline", [b["headline"]], False),
                    Block("byline", [f"دبي - سالم الكعبي | {wd} {st.d(pub)} 09:41 صباحاً"]),
                    Block("update", [f"آخر تحديث: {st.d(upd)} 11:05 مساءً"]),
                    Block("caption", ["جانب من الاجتماع (تصوير: الخليج اليوم)"]),
                    Block("body", para(b, pub, st), False),
                    Block("share", ["شارك", "طباعة", "تكبير الخط", "تصغير الخط"]),
                    Block("related", ["اقرأ أيضا", *RELATED]),
                    Block("footer", ["© 2025 الخليج اليوم. جميع الحقوق محفوظة"])]
        p.stated_text = "byline"
        meta_variant(p, k, "gulf", "khaleej-today.ae")
        pages.append(p)

    # 3. Saudi daily: wire agency dateline, Hijri + Gregorian line, today widget at the top.
    for k, pub in enumerate([date(2024, 10, 15), date(2023, 3, 22), date(2025, 1, 9)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        today = date(2026, 11, 30)
        p = Page(f"p{n:02d}", "sa-daily", "heldout" if k == 0 else "tune", "صحيفة الجزيرة العربية", pub, b["headline"])
        ps = para(b, pub, st)
        p.blocks = [Block("today", [f"{WEEKDAYS[today.weekday()]} {st.d(today)}"]),
                    Block("nav", NAV),
                    Block("headline", [b["headline"]], False),
                    Block("date", [f"{WEEKDAYS[pub.weekday()]} {st.d(pub)}م"]),
                    Block("body", [f"الرياض - واس: {ps[0]}", *ps[1:]], False),
                    Block("share", ["مشاركة عبر واتساب", "نسخ الرابط"]),
                    Block("footer", ["سياسة الخصوصية", "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق"])]
        p.stated_text = "date-line"
        p.dateline = "الرياض - واس:"
        meta_variant(p, k, "sa", "jazirah-ar.sa")
        pages.append(p)

    # 4. Egyptian portal: "كتب خالد العلي - الثلاثاء 14 أكتوبر 2025 09:41 صباحاً", captions repeated, اقرأ أيضا.
    for k, pub in enumerate([date(2025, 10, 14), date(2024, 5, 20), date(2022, 11, 3)]):
        b = body_of(n)
        n += 1
        st = Style("egypt2" if k == 1 else "egypt")
        cap = "صورة أرشيفية"
        p = Page(f"p{n:02d}", "eg-portal", "heldout" if k == 2 else "tune", "بوابة النيل", pub, b["headline"])
        ps = para(b, pub, st)
        p.blocks = [Block("nav", ["تخطي إلى المحتوى", *NAV]),
                    Block("headline", [b["headline"]], False),
                    Block("byline", [f"كتب خالد العلي - {WEEKDAYS[pub.weekday()]} {st.d(pub)} 09:41 صباحاً"]),
                    Block("caption", [cap]),
                    Block("body", ps[:2], False),
                    Block("related", ["اقرأ أيضا", RELATED[k % 3]]),
                    Block("caption", [cap]),
                    Block("body", ps[2:], False),
                    Block("caption", [cap]),
                    Block("related", ["مواضيع ذات صلة", *RELATED]),
                    Block("caption", [cap]),
                    Block("footer", ["جميع الحقوق محفوظة لبوابة النيل 2025"])]
        p.stated_text = "byline"
        meta_variant(p, k + 1, "eg", "nile-gate.com")
        pages.append(p)

    # 5. WordPress blog: "نشر في 11-03-2020 | 20:15", "by admin", epoch stamp, theme licence.
    for k, pub in enumerate([date(2020, 3, 11), date(2021, 8, 30), date(2019, 12, 2)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        p = Page(f"p{n:02d}", "wp-blog", "heldout" if k == 1 else "tune", "مدونة الأخبار", pub, b["headline"])
        p.blocks = [Block("nav", ["تخطي إلى المحتوى", "أهلاً بك، تسجيل الدخول", "القائمة"]),
                    Block("heading", ["أحدث الأخبار"]),
                    Block("headline", [b["headline"]], False),
                    Block("byline", [f"نشر في {pub.day:02d}-{pub.month:02d}-{pub.year} | 20:15", "by admin"]),
                    Block("body", para(b, pub, st), False),
                    Block("heading", ["التعليقات"]),
                    Block("date", ["1 يناير 1970"]),
                    Block("footer", ["قالب الأخبار مرخص تحت رخصة GPL", "تعمل بواسطة ووردبريس"])]
        p.stated_text = "byline"
        meta_variant(p, k + 2, "wp", "akhbar-blog.net")
        if k == 0:
            p.meta["published_time"] = "1970-01-01T00:00:00+00:00"  # a broken CMS field
        pages.append(p)

    # 6. Lebanese daily: Levantine months, breadcrumb, "تاريخ النشر".
    for k, pub in enumerate([date(2024, 2, 3), date(2023, 10, 12), date(2025, 4, 28)]):
        b = body_of(n)
        n += 1
        st = Style("levant")
        p = Page(f"p{n:02d}", "lb-daily", "heldout" if k == 2 else "tune", "النهار الجديد", pub, b["headline"])
        p.blocks = [Block("crumb", ["الرئيسية / لبنان / سياسة"]),
                    Block("headline", [b["headline"]], False),
                    Block("byline", [f"تاريخ النشر: {st.d(pub)} - 14:20", f"آخر تحديث: {st.d(pub)} - 18:02"]),
                    Block("body", para(b, pub, st), False),
                    Block("heading", ["ماذا حدث"]),
                    Block("related", ["الأكثر قراءة", *RELATED]),
                    Block("footer", ["© النهار الجديد 2025"])]
        p.stated_text = "byline"
        p.modified = pub
        meta_variant(p, k, "lb", "nahar-jadid.lb")
        pages.append(p)

    # 7. Iraqi site: Levantine/Iraqi months with Eastern digits, "بغداد/".
    for k, pub in enumerate([date(2023, 10, 12), date(2024, 7, 7)]):
        b = body_of(n)
        n += 1
        st = Style("levant", "eastern")
        ps = para(b, pub, st)
        p = Page(f"p{n:02d}", "iq-site", "tune", "المدى العراقية", pub, b["headline"])
        p.blocks = [Block("nav", NAV),
                    Block("headline", [b["headline"]], False),
                    Block("byline", [f"نُشر بتاريخ: {st.d(pub)}"]),
                    Block("body", [f"بغداد/ المدى: {ps[0]}", *ps[1:]], False),
                    Block("share", ["فيسبوك", "تويتر", "واتساب"]),
                    Block("footer", ["جميع الحقوق محفوظة"])]
        p.stated_text = "byline"
        p.dateline = "بغداد/ المدى:"
        meta_variant(p, k, "iq", "almada-iq.net")
        pages.append(p)

    # 8. Sudanese wire: "الخرطوم ٢٢ يونيو ٢٠٢٤م :" Eastern digits.
    for k, pub in enumerate([date(2024, 6, 22), date(2023, 1, 15), date(2025, 9, 4)]):
        b = body_of(n)
        n += 1
        st = Style("egypt", "eastern")
        ps = para(b, pub, st)
        p = Page(f"p{n:02d}", "sd-wire", "heldout" if k == 1 else "tune", "سونا", pub, b["headline"])
        p.blocks = [Block("nav", NAV),
                    Block("headline", [b["headline"]], False),
                    Block("body", [f"الخرطوم {st.d(pub)}م : {ps[0]}", *ps[1:]], False),
                    Block("footer", ["وكالة الأنباء السودانية"])]
        p.stated_text = "dateline"
        p.dateline = f"الخرطوم {st.d(pub)}م :"
        meta_variant(p, k, "sd", "suna-sd.net")
        pages.append(p)

    # 9. Mauritanian site: "نواكشوط 2 فبراير 2023" dateline, related list.
    for k, pub in enumerate([date(2023, 2, 2), date(2024, 11, 18)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        ps = para(b, pub, st)
        p = Page(f"p{n:02d}", "mr-site", "tune", "الأخبار الموريتانية", pub, b["headline"])
        p.blocks = [Block("headline", [b["headline"]], False),
                    Block("body", [f"نواكشوط {st.d(pub)} - {ps[0]}", *ps[1:]], False),
                    Block("related", ["مواضيع ذات صلة", *RELATED[:2]]),
                    Block("footer", ["الأخبار 2024 ©"])]
        p.stated_text = "dateline"
        p.dateline = f"نواكشوط {st.d(pub)} -"
        meta_variant(p, k, "mr", "alakhbar-mr.info")
        pages.append(p)

    # 10. Algerian daily: Maghrebi months (جانفي ...), "نشر في".
    for k, pub in enumerate([date(2022, 2, 14), date(2023, 7, 5), date(2024, 1, 21)]):
        b = body_of(n)
        n += 1
        st = Style("maghreb")
        p = Page(f"p{n:02d}", "dz-daily", "heldout" if k == 0 else "tune", "الشروق الجزائري", pub, b["headline"])
        p.blocks = [Block("nav", NAV), Block("ticker", TICKER_ITEMS[1:]),
                    Block("headline", [b["headline"]], False),
                    Block("byline", [f"نشر في {st.d(pub)} على 10:32"]),
                    Block("body", para(b, pub, st), False),
                    Block("tags", ["الجزائر", "وطني"]),
                    Block("footer", ["© الشروق الجزائري"])]
        p.stated_text = "byline"
        meta_variant(p, k + 1, "dz", "chorouk-dz.com")
        pages.append(p)

    # 11. Tunisian wire: "تونس - 5 أوت 2021 (وات) -".
    for k, pub in enumerate([date(2021, 8, 5), date(2024, 6, 10)]):
        b = body_of(n)
        n += 1
        st = Style("maghreb")
        ps = para(b, pub, st)
        p = Page(f"p{n:02d}", "tn-wire", "heldout", "وكالة تونس", pub, b["headline"])
        p.blocks = [Block("nav", NAV), Block("headline", [b["headline"]], False),
                    Block("body", [f"تونس - {st.d(pub)} (وات) - {ps[0]}", *ps[1:]], False),
                    Block("footer", ["جميع الحقوق محفوظة لوكالة تونس"])]
        p.stated_text = "dateline"
        p.dateline = f"تونس - {st.d(pub)} (وات) -"
        meta_variant(p, k, "tn", "tap-tn.info")
        pages.append(p)

    # 12. Moroccan site: Moroccan months, byline with weekday and time.
    for k, pub in enumerate([date(2020, 9, 3), date(2025, 12, 24), date(2023, 8, 16)]):
        b = body_of(n)
        n += 1
        st = Style("morocco")
        p = Page(f"p{n:02d}", "ma-site", "heldout" if k == 2 else "tune", "هسبريس اليوم", pub, b["headline"])
        p.blocks = [Block("crumb", ["الرئيسية » مجتمع"]),
                    Block("headline", [b["headline"]], False),
                    Block("byline", [f"الرباط - {WEEKDAYS[pub.weekday()]} {st.d(pub)} - 10:15"]),
                    Block("caption", ["صورة: أرشيف"]),
                    Block("body", para(b, pub, st), False),
                    Block("related", ["اقرأ أيضا", *RELATED]),
                    Block("footer", ["هذا الموقع يستخدم الكوكيز"])]
        p.stated_text = "byline"
        meta_variant(p, k, "ma", "hespress-today.ma")
        pages.append(p)

    # 13. International broadcaster: "07:12 GMT 04.06.2024 (تم التحديث: 07:30 GMT 04.06.2024)".
    for k, pub in enumerate([date(2024, 6, 4), date(2025, 2, 11)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        d = f"{pub.day:02d}.{pub.month:02d}.{pub.year}"
        p = Page(f"p{n:02d}", "intl-gmt", "heldout", "سبوتنيك بالعربي", pub, b["headline"])
        p.blocks = [Block("nav", NAV), Block("headline", [b["headline"]], False),
                    Block("byline", [f"07:12 GMT {d} (تم التحديث: 07:30 GMT {d})"]),
                    Block("body", para(b, pub, st), False),
                    Block("share", ["اشترك", "تابعنا على تلغرام"]),
                    Block("footer", ["© 2025 جميع الحقوق محفوظة"])]
        p.stated_text = "byline"
        p.modified = pub
        meta_variant(p, k, "intl", "arabic-broadcast.com")
        pages.append(p)

    # 14. Bilingual CMS: "تاريخ النشر: 3rd, March 2024 GMT".
    for k, pub in enumerate([date(2024, 3, 3), date(2023, 11, 21), date(2025, 5, 2)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(pub.day, "th")
        p = Page(f"p{n:02d}", "en-cms", "heldout" if k == 1 else "tune", "الشرق الآن", pub, b["headline"])
        p.blocks = [Block("nav", NAV), Block("headline", [b["headline"]], False),
                    Block("byline", [f"تاريخ النشر: {pub.day}{suf}, {EN_MONTHS[pub.month - 1]} {pub.year} GMT"]),
                    Block("body", para(b, pub, st), False),
                    Block("footer", ["سياسة الاستخدام", "© الشرق الآن"])]
        p.stated_text = "byline"
        meta_variant(p, k + 2, "en", "sharq-now.com")
        pages.append(p)

    # 15. Jordanian site: a trailing "17-09-2022" alone at the bottom of the article.
    for k, pub in enumerate([date(2022, 9, 17), date(2024, 4, 9)]):
        b = body_of(n)
        n += 1
        st = Style("levant")
        p = Page(f"p{n:02d}", "jo-site", "tune", "عمون الإخبارية", pub, b["headline"])
        p.blocks = [Block("nav", NAV), Block("headline", [b["headline"]], False),
                    Block("body", para(b, pub, st), False),
                    Block("date", [f"{pub.day:02d}-{pub.month:02d}-{pub.year}"]),
                    Block("related", ["أخبار ذات صلة", *RELATED]),
                    Block("footer", ["جميع الحقوق محفوظة © عمون الإخبارية"])]
        p.stated_text = "date-line"
        meta_variant(p, k, "jo", "ammon-news.jo")
        pages.append(p)

    # 16. Gulf TV site: "عواصم - وكالات", date only in <time> / metadata; cookie notice.
    for k, pub in enumerate([date(2024, 5, 12), date(2025, 8, 19), date(2023, 12, 31)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        ps = para(b, pub, st)
        stamp = f"{pub.year}/{pub.month:02d}/{pub.day:02d}"
        p = Page(f"p{n:02d}", "qa-tv", "heldout" if k == 0 else "tune", "قناة الخليج", pub, b["headline"])
        p.blocks = [Block("notice", ["نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا. موافق"]),
                    Block("nav", NAV), Block("headline", [b["headline"]], False),
                    Block("byline", [f"نشر بتاريخ {stamp} - 16:45"]),
                    Block("body", [f"عواصم - وكالات: {ps[0]}", *ps[1:]], False),
                    Block("related", ["الأكثر مشاهدة", *RELATED]),
                    Block("footer", ["© قناة الخليج"])]
        p.stated_text = "byline"
        p.meta["time"] = (iso(pub, 16, 45), f"{stamp} - 16:45")
        p.dateline = "عواصم - وكالات:"
        meta_variant(p, k, "qa", "khaleej-tv.qa")
        pages.append(p)

    # 17. Yemeni / Palestinian site: a date line alone at the very top; archive header.
    for k, pub in enumerate([date(2024, 6, 8), date(2022, 4, 16)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        p = Page(f"p{n:02d}", "ye-site", "tune", "سبأ نت", pub, b["headline"])
        p.blocks = [Block("date", [f"{WEEKDAYS[pub.weekday()]}، {st.d(pub)}"]),
                    Block("nav", NAV),
                    Block("today", [f"أرشيف: {st.mon(date(2026, 11, 1))} {2026}"]),
                    Block("headline", [b["headline"]], False),
                    Block("body", para(b, pub, st), False),
                    Block("footer", ["© سبأ نت"])]
        p.stated_text = "date-line"
        meta_variant(p, k, "ye", "saba-ye.net")
        pages.append(p)

    # 18. Iranian Arabic-language site: Persian digits, Levantine months.
    for k, pub in enumerate([date(2023, 3, 12), date(2024, 9, 25)]):
        b = body_of(n)
        n += 1
        st = Style("levant", "persian")
        p = Page(f"p{n:02d}", "ir-ar", "heldout", "العالم الإخباري", pub, b["headline"])
        p.blocks = [Block("nav", NAV), Block("headline", [b["headline"]], False),
                    Block("byline", [f"{st.d(pub)} - ۱۰:۲۰"]),
                    Block("body", para(b, pub, st), False),
                    Block("footer", ["جميع الحقوق محفوظة"])]
        p.stated_text = "date-line"
        meta_variant(p, k, "ir", "alalam-ar.ir")
        pages.append(p)

    # 19. Aggregator page that states no date at all (only a copyright year).
    for k, pub in enumerate([date(2024, 10, 1), date(2025, 6, 6)]):
        b = body_of(n)
        n += 1
        st = Style("egypt")
        p = Page(f"p{n:02d}", "undated", "heldout" if k == 1 else "tune", "نبض الأخبار", pub, b["headline"])
        p.blocks = [Block("nav", NAV), Block("headline", [b["headline"]], False),
                    Block("body", para(b, pub, st), False),
                    Block("share", ["شارك الخبر"]),
                    Block("footer", ["© 2025 نبض الأخبار"])]
        p.stated_text = None
        p.meta = {"og": True, "url": f"https://nabd-news.com/story/{9000 + k}"}
        pages.append(p)
    for p in pages:
        p.bullet = "* " if p.outlet in ("gulf-daily", "lb-daily", "ma-site") else ""
    return pages


def main() -> None:
    pages = outlet_pages()
    for sub in ("html", "text", "gold"):
        (HERE / sub).mkdir(exist_ok=True)
        for f in (HERE / sub).iterdir():
            f.unlink()
    index = []
    for p in pages:
        (HERE / "html" / f"{p.id}.html").write_text(render_html(p), encoding="utf-8")
        (HERE / "text" / f"{p.id}.txt").write_text(render_text(p), encoding="utf-8")
        for fmt in ("html", "text"):
            g = gold(p, fmt)
            index.append(g)
    (HERE / "gold" / "pages.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    outlets = {p.outlet for p in pages}
    held = sum(p.split == "heldout" for p in pages)
    print(f"{len(pages)} pages ({len(pages) * 2} files), {len(outlets)} outlets, {held} held out")


if __name__ == "__main__":
    main()
