"""Publishing: TimelineJS keys and date objects, the offline page, CSV/JSON with the edits."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from viewer.events.query import Filter
from viewer.loading import ingest
from viewer.model import CorpusResult, Event
from viewer.publish import render
from viewer.publish.page import page_html
from viewer.publish.select import select
from viewer.publish.timelinejs import (
    DATE_KEYS,
    DOC_KEYS,
    MEDIA_KEYS,
    SLIDE_KEYS,
    TEXT_KEYS,
    date_object,
    timeline_document,
)
from viewer.userstore import Edit, apply_edits, event_ref
from viewer.userstore.edits import date_edit

DATA = Path(__file__).resolve().parent / "data" / "analyst"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus() -> CorpusResult:
    return ingest([DATA])


def _ev(res: CorpusResult, year: int, prefix: str) -> Event:
    return next(e for e in res.events if e.earliest and e.earliest.year == year
                and e.evidence[0].article.startswith(prefix))


@pytest.fixture(scope="module")
def edited(corpus: CorpusResult):
    arts = {a.id: a for a in corpus.articles}
    e98, e22, e24, e19 = _ev(corpus, 1998, "a1"), _ev(corpus, 2022, "a2"), _ev(corpus, 2024, "a2"), \
        _ev(corpus, 2019, "a2")
    edits = [
        date_edit(event_ref(e98, arts), date(1998, 1, 1), date(1998, 12, 31), "year", approximate=True),
        Edit("title", (event_ref(e22, arts),), {"title": "قمة <القاهرة> & الأمن المائي"}),
        Edit("star", (event_ref(e22, arts),), {"starred": True}),
        Edit("note", (event_ref(e22, arts),), {"text": "مصدر ثانٍ مطلوب <b>"}),
        Edit("hide", (event_ref(e24, arts),), {"hidden": True}),
        Edit("star", (event_ref(e19, arts),), {"starred": True}),
    ]
    for i, e in enumerate(edits):
        e.seq = i + 1
    out = apply_edits(corpus, edits)
    assert out.orphans == []
    return out, edits


# --- TimelineJS -------------------------------------------------------------


def test_date_objects_hold_only_what_the_precision_knows() -> None:
    d = date(2024, 12, 8)
    assert date_object(d, "day") == {"year": 2024, "month": 12, "day": 8}
    assert date_object(d, "month") == {"year": 2024, "month": 12}
    assert date_object(d, "year") == {"year": 2024}
    assert date_object(d, "decade") == {"year": 2024}


def test_timelinejs_uses_only_documented_keys(edited) -> None:
    out, _ = edited
    pub = select(out, title="الربط الكهربائي والمياه")
    doc, skipped = timeline_document(pub)
    assert set(doc) <= DOC_KEYS and doc["scale"] == "human"
    assert skipped == 0
    assert len(doc["events"]) == len(pub.events) == len([e for e in out.events if "hidden" not in e.flags])
    for s in doc["events"]:
        assert set(s) <= SLIDE_KEYS
        assert set(s["text"]) <= TEXT_KEYS and set(s["media"]) <= MEDIA_KEYS
        assert "url" in s["media"] and s["media"]["url"].startswith("<blockquote>")
        for key in ("start_date", "end_date"):
            if key in s:
                assert set(s[key]) <= DATE_KEYS and isinstance(s[key]["year"], int)
                assert all(isinstance(v, int) for k, v in s[key].items() if k != "display_date")
        assert s["autolink"] is False
    by_id = {s["unique_id"]: s for s in doc["events"]}
    assert len(by_id) == len(doc["events"])  # unique ids are unique
    # every slide carries its passage and source in its text, credited to the outlet
    for ev in pub.events:
        s = by_id[ev.id]
        a = pub.articles[ev.evidence[0].article]
        passage = a.text[ev.evidence[0].passage_start:ev.evidence[0].passage_end]
        assert _unescape(passage) in _unescape(s["text"]["text"])
        assert s["media"]["credit"] == pub.source_name(a.id)


def _unescape(s: str) -> str:
    import html

    return html.unescape(s)


def test_timelinejs_precision_display_date_group_and_escaping(edited, corpus) -> None:
    out, _ = edited
    doc, _ = timeline_document(select(out))
    by_title = {_unescape(s["text"]["headline"]): s for s in doc["events"]}
    summit = by_title["قمة <القاهرة> & الأمن المائي"]
    assert summit["text"]["headline"] == "قمة &lt;القاهرة&gt; &amp; الأمن المائي"
    assert summit["start_date"] == {"year": 2022, "month": 10, "day": 3}
    assert summit["end_date"] == {"year": 2022, "month": 10, "day": 4}
    assert "display_date" not in summit  # certain: TimelineJS formats it
    assert "&lt;b&gt;" in summit["text"]["text"]  # the note is escaped too
    assert summit["group"] == "الحوار السياسي والدبلوماسية" or summit["group"]
    approx = next(s for s in doc["events"] if s["start_date"] == {"year": 1998})
    assert "end_date" not in approx  # one year: nothing more precise is claimed
    assert approx["display_date"] == "حوالي 1998"
    month = next(s for s in doc["events"] if s["start_date"] == {"year": 2019, "month": 4})
    assert "day" not in month["start_date"]
    assert all("<script" not in json.dumps(s, ensure_ascii=False) for s in doc["events"])


def test_timelinejs_leaves_out_events_it_cannot_place() -> None:
    res = ingest([SEEDS])
    pub = select(apply_edits(res, []))
    doc, skipped = timeline_document(pub)
    undated = [e for e in pub.events if e.earliest is None or "date-placeholder" in e.flags]
    assert skipped == len(undated)
    unresolved = [s for s in doc["events"] if s.get("display_date", "").startswith("غير محسوم")]
    assert len(unresolved) == len([e for e in pub.events if "date-unresolved" in e.flags
                                   and "date-placeholder" not in e.flags and e.earliest])
    assert all("end_date" not in s for s in unresolved)


# --- selection --------------------------------------------------------------


def test_starred_selection_and_filter_and_hidden(edited) -> None:
    out, _ = edited
    starred = select(out, starred=True)
    assert {e.title for e in starred.events} == {"قمة <القاهرة> & الأمن المائي",
                                                 next(e.title for e in out.events if e.earliest and
                                                      e.earliest.year == 2019)}
    assert all(a in starred.articles for e in starred.events for a in e.articles)
    assert len(starred.articles) == 1  # only the articles cited
    hidden_id = next(e.id for e in out.events if "hidden" in e.flags)
    assert hidden_id not in {e.id for e in select(out).events}
    assert hidden_id in {e.id for e in select(out, include_hidden=True).events}
    some = [e.id for e in out.events[:3]]
    assert {e.id for e in select(out, ids=some, include_hidden=True).events} == set(some)
    flt = Filter(date_from=date(2020, 1, 1), date_to=date(2021, 12, 31))
    years = {e.earliest.year for e in select(out, flt=flt).events}
    assert years <= {2020, 2021} and years
    events = select(out).events  # chronological
    assert [e.earliest for e in events] == sorted(e.earliest for e in events)


# --- the offline page ---------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.html_attrs: dict[str, str | None] = {}
        self.events: list[str] = []
        self.urls: list[str] = []
        self.tags: set[str] = set()
        self.text: list[str] = []
        self.csp = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if tag == "html":
            self.html_attrs = a
        if tag == "li" and a.get("class") == "event":
            self.events.append(a.get("id") or "")
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.csp = a.get("content") or ""
        for k in ("src", "href", "action", "srcset", "poster"):
            if a.get(k):
                self.urls.append(a[k])

    def handle_data(self, data):
        self.text.append(data)


def test_page_is_rtl_offline_and_holds_every_event(edited) -> None:
    out, _ = edited
    pub = select(out, title="الربط الكهربائي والمياه")
    page = page_html(pub)
    p = _Page()
    p.feed(page)
    assert p.html_attrs == {"lang": "ar", "dir": "rtl"}
    assert p.events == [e.id for e in pub.events]  # every event, in chronological order
    assert p.urls == [] and "script" not in p.tags and "link" not in p.tags and "iframe" not in p.tags
    assert "default-src 'none'" in p.csp
    # no external reference anywhere (CSS included): only the embedded font's data: URL
    assert re.findall(r"url\((?!data:)", page) == []
    assert re.findall(r"(?:https?:)?//[\w.-]+\.\w", page.split("<style>")[0] + page.split("</style>")[1]) == []
    text = "".join(p.text)
    for ev in pub.events:
        assert ev.title in text
        for e in ev.evidence:
            a = pub.articles[e.article]
            assert a.text[e.passage_start:e.passage_end] in text
            assert pub.source_name(e.article) in text
    assert "حوالي 1998" in text and "مصدر ثانٍ مطلوب <b>" in text  # the note, as text
    assert "<b>" not in page.split("</style>")[1].replace("مصدر ثانٍ مطلوب &lt;b&gt;", "")


def test_page_escapes_hostile_article_text(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(
        "عنوان <script>alert(1)</script>\n\nافتتح المركز <img src=x onerror=alert(1)> في عام 2017 رسميًا.\n",
        encoding="utf-8")
    res = ingest([tmp_path])
    page = page_html(select(apply_edits(res, [])))
    p = _Page()
    p.feed(page)
    assert p.urls == [] and "script" not in p.tags and "img" not in p.tags
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


# --- CSV / JSON with the edits ------------------------------------------------


def test_csv_and_json_carry_the_edits(edited) -> None:
    out, edits = edited
    pub = select(out, include_hidden=True)
    rows = list(csv.DictReader(io.StringIO(render(pub, "csv").decode("utf-8-sig"))))
    assert len(rows) == len(out.events)
    summit = next(r for r in rows if r["title"].startswith("قمة"))
    assert summit["starred"] == "true" and summit["edited"] == "title;star;note"
    assert summit["note"] == "مصدر ثانٍ مطلوب <b>"
    assert sum(r["hidden"] == "true" for r in rows) == 1
    doc = json.loads(render(pub, "json", out.result.mentions, edits))
    assert [e["id"] for e in doc["edits"]] == [e.id for e in edits]
    ev = next(e for e in doc["events"] if e["title"].startswith("قمة"))
    assert ev["starred"] is True and ev["note"] == "مصدر ثانٍ مطلوب <b>" and ev["edited"] == ["title", "star", "note"]
    approx = next(e for e in doc["events"] if e["earliest"] == "1998-01-01")
    assert approx["certain"] is False and "date-approximate" in approx["flags"]
    assert {m["article"] for m in doc["mentions"]} <= {a["id"] for a in doc["articles"]}


def test_page_embeds_the_arabic_font(edited) -> None:
    out, _ = edited
    page = page_html(select(out))
    assert page.count("url(data:font/ttf;base64,") == 1 and len(page) > 200_000
