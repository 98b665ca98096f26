"""Reading a saved page (issue 9): publication date with evidence, furniture, body, headline.

The page corpus (tests/data/pages, written by tests/data/pages/generate.py) has
49 pages in the layouts of 19 outlets, each as HTML and as "save as text";
``tests/page_eval.py`` scores them.  The tuning split is what the code was
built on; the held-out split (five whole outlet layouts and one page of most
others) is scored in test_pages_heldout.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import page_eval
from viewer import loading
from viewer.corpus.htmltext import read_html
from viewer.corpus.page.dates import find_dates, parse_iso
from viewer.corpus.page.metadata import read_meta_dates
from viewer.corpus.page.read import read_page
from viewer.corpus.pubdate import offer
from viewer.extract.normalize import normalize_text
from viewer.model import Article


@pytest.fixture(scope="module")
def tuned():
    return page_eval.evaluate("tune")


def test_corpus_size():
    gold = page_eval.load_gold()
    outlets = {g["outlet"] for g in gold}
    pages = {g["id"].rsplit(".", 1)[0] for g in gold}
    assert len(pages) >= 40 and len(outlets) >= 15
    assert {g["file"].split("/")[-2] for g in gold} == {"html", "text"}
    held = {g["id"].rsplit(".", 1)[0] for g in gold if g["split"] == "heldout"}
    assert 0.3 <= len(held) / len(pages) <= 0.4


def test_tuned_publication_dates(tuned):
    d = tuned.as_dict()
    assert d["date_accuracy"] >= 0.95, tuned.misses
    assert d["invented"] == 0, tuned.misses


def test_tuned_headlines_never_chrome(tuned):
    assert tuned.headline_chrome == 0
    assert tuned.headline_right / tuned.pages >= 0.95, tuned.misses


def test_tuned_furniture_and_events(tuned):
    d = tuned.as_dict()
    assert d["furniture_recall"] >= 0.9, tuned.misses
    assert tuned.body_as_furniture <= 0.02 * tuned.body_lines, tuned.misses
    assert d["furniture_event_share"] <= 0.02, tuned.misses
    assert tuned.events >= 150  # the bodies still give their events


def _page(name: str):
    from viewer.corpus.reader import read_corpus

    (a,), _ = read_corpus([page_eval.PAGES / name])
    return a


def test_offsets_exact_and_evidence_span():
    for name in ("text/p05.txt", "html/p05.html", "text/p22.txt", "html/p01.html"):
        a = _page(name)
        for s, e, kind in a.furniture:
            assert 0 <= s < e <= len(a.text) and a.text[s:e].strip() == a.text[s:e], (name, kind)
        if a.published_span:
            s, e = a.published_span
            assert a.text[s:e] == a.published_evidence
    a = _page("text/p05.txt")  # byline "دبي - سالم الكعبي | الخميس 29 فبراير 2024 09:41 صباحاً"
    assert (a.published, a.published_how, a.published_evidence) == (date(2024, 2, 29), "byline",
                                                                    "الخميس 29 فبراير 2024")
    assert a.modified == date(2024, 3, 1)  # آخر تحديث: kept apart
    a = _page("text/p22.txt")  # Sudanese wire dateline in Eastern digits
    assert a.published == date(2023, 1, 15) and a.published_how == "dateline"
    assert a.published_evidence == "١٥ يناير ٢٠٢٣م"


def test_furniture_yields_no_event_and_offsets_hold():
    a = _page("text/p05.txt")
    res = loading.process_article(a)
    for m in res.mentions:
        assert a.text[m.start:m.end] == m.surface
        if m.kind != "copyright":  # a notice's © year bounds the date, never an event
            assert not any(s <= m.start < e for s, e, _ in a.furniture), m
    for ev in res.events:
        for x in ev.evidence:
            assert a.text[x.mention_start:x.mention_end]
    masked = loading.mask_furniture(a.text, a.furniture)
    assert len(masked) == len(a.text) and masked.count("\n") == a.text.count("\n")


@pytest.mark.parametrize("written,expected", [
    ("الثلاثاء 14 أكتوبر 2025", date(2025, 10, 14)),
    ("٢٢ يونيو ٢٠٢٤م", date(2024, 6, 22)),
    ("۱۲ آذار ۲۰۲۳", date(2023, 3, 12)),
    ("3 كانون الثاني 2024", date(2024, 1, 3)),
    ("14 فيفري 2022", date(2022, 2, 14)),
    ("5 أوت 2021", date(2021, 8, 5)),
    ("3 شتنبر 2020", date(2020, 9, 3)),
    ("11-03-2020", date(2020, 3, 11)),
    ("2024/05/12", date(2024, 5, 12)),
    ("04.06.2024", date(2024, 6, 4)),
    ("3rd, March 2024", date(2024, 3, 3)),
    ("March 3, 2024", date(2024, 3, 3)),
    ("14 إبريل 2024", date(2024, 4, 14)),
])
def test_page_dates_every_family_and_digit_system(written, expected):
    (d,) = find_dates(normalize_text(written))
    assert d.value == expected


def test_weekday_flags_and_impossible_dates():
    (d,) = find_dates(normalize_text("الأربعاء 14 أكتوبر 2025"))  # 14 Oct 2025 is a Tuesday
    assert d.weekday_ok is False
    (d,) = find_dates(normalize_text("الثلاثاء 14 أكتوبر 2025"))
    assert d.weekday_ok is True
    assert find_dates(normalize_text("31-02-2024")) == []  # not a date, never read month-first
    assert find_dates(normalize_text("13/25/2024")) == []
    (d,) = find_dates(normalize_text("8 ديسمبر"))
    assert d.value is None and d.month == 12  # no year: not a publication date


def test_weekday_mismatch_is_reported():
    text = "عنوان الخبر المنشور هنا اليوم\nنشر في الأربعاء 14 أكتوبر 2025\n" + (
        "قال الوزير إن الحكومة ستعلن خطة جديدة للنقل العام خلال الأسابيع المقبلة بعد مشاورات واسعة.\n") * 2
    r = read_page(text)
    assert r.published == date(2025, 10, 14)
    assert any("weekday" in n for n in r.notes)


def test_metadata_dates_modified_apart_epoch_refused():
    doc = """<html><head>
    <meta property="article:published_time" content="1970-01-01T00:00:00Z">
    <script type="application/ld+json">{"@graph": [{"@type": "WebPage"},
      {"@type": "NewsArticle", "datePublished": "2024-05-12T16:45:00+03:00",
       "dateModified": "2024-05-13T08:00:00+03:00"}]}</script>
    <link rel="canonical" href="https://x.example/2023/01/02/story/"></head>
    <body><article><h1>عنوان</h1><p>نص.</p></article></body></html>"""
    md = read_meta_dates(read_html(doc))
    assert md.published.value == date(2024, 5, 12) and md.published.how == "page-metadata"
    assert md.modified.value == date(2024, 5, 13)
    assert any("placeholder" in r for r in md.rejected)
    md = read_meta_dates(read_html('<link rel="canonical" href="https://x.example/2023/01/02/story/">'))
    assert (md.published.value, md.published.how) == (date(2023, 1, 2), "url")
    assert parse_iso("1970-01-01") is None and parse_iso("not a date") is None


def test_hostile_jsonld_is_bounded():
    doc = '<script type="application/ld+json">' + "[" * 100000 + "</script><p>نص</p>"
    page = read_html(doc)
    assert read_meta_dates(page).published is None
    assert sum(map(len, page.jsonld)) <= 1 << 18


def test_one_precedence_whatever_the_order():
    a = Article("x", "", "t")
    assert offer(a, date(2024, 1, 2), "byline")
    assert offer(a, date(2024, 1, 3), "page-metadata")
    assert not offer(a, date(2024, 1, 4), "url")
    assert offer(a, date(2024, 1, 5), "manifest")
    assert not offer(a, date(2024, 1, 6), "dateline")
    assert offer(a, date(2024, 1, 7), "user")
    assert (a.published, a.published_how) == (date(2024, 1, 7), "user")
    b = Article("y", "", "t")
    for when, how in [(date(2024, 1, 7), "user"), (date(2024, 1, 5), "manifest"), (date(2024, 1, 2), "byline")]:
        offer(b, when, how)
    assert (b.published, b.published_how) == (a.published, a.published_how)


def test_manifest_beats_page_and_user_beats_manifest(tmp_path):
    from viewer.corpus.reader import read_corpus
    from viewer.loading import apply_user_pubdates

    src = (page_eval.PAGES / "text" / "p05.txt").read_text("utf-8")
    (tmp_path / "a.txt").write_text(src, encoding="utf-8")
    (tmp_path / "manifest.toml").write_text('[articles."a.txt"]\npublished = 2024-03-05\n', encoding="utf-8")
    (a,), _ = read_corpus([tmp_path])
    assert (a.published, a.published_how) == (date(2024, 3, 5), "manifest")
    apply_user_pubdates([a], {"a": date(2024, 3, 9)})
    assert (a.published, a.published_how) == (date(2024, 3, 9), "user")


def test_update_stamp_on_the_byline_line_is_the_modification_date():
    text = ("شركة الطيران الوطنية تتسلم أول طائرة من طراز جديد\n"
            "الأحد 2 شوال 1445هـ - 9 أبريل 2024م | آخر تعديل: 10 أبريل 2024\n"
            "تسلمت شركة الطيران الوطنية أمس أول طائرة من أسطولها الجديد، على أن تبدأ رحلاتها الشهر المقبل.\n")
    r = read_page(text)
    assert (r.published, r.modified) == (date(2024, 4, 9), date(2024, 4, 10))


def test_today_widget_above_the_site_menu_is_not_the_date():
    text = ("الخميس 27 نوفمبر 2026\nالأخبار | الاقتصاد | الرياضة\n"
            "شركة الطيران الوطنية تتسلم أول طائرة من طراز جديد\n"
            "بقلم: منى الراشد\nنشر في 9 أبريل 2024\n"
            "تسلمت شركة الطيران الوطنية أمس أول طائرة، وقال رئيسها إن الصفقة وقعت في مارس 2022.\n")
    r = read_page(text)
    assert r.published == date(2024, 4, 9) and r.published_how == "byline"


def test_hijri_only_byline():
    text = ("وزارة الحج تعلن خطة التفويج لموسم هذا العام\n"
            "نشر في الأحد 2 شوال 1445هـ\n"
            "أعلنت وزارة الحج أمس خطة التفويج لهذا الموسم، على أن تبدأ المرحلة الأولى الأسبوع المقبل.\n")
    r = read_page(text)
    assert r.published == date(2024, 4, 11) and r.published_how == "byline"  # Umm al-Qura
    (d,) = find_dates(normalize_text("2 شوال 1445هـ - 9 أبريل 2024م"))[1:]
    assert d.value == date(2024, 4, 9) and not d.hijri
