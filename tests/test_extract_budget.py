"""The mention budget is spent inside the scanner: a page of dense dates costs what its first mentions cost.

Before, every mention of the page was extracted and the pipeline kept the
first 10,000 afterwards (10 MB of numeric dates: ~100 s and ~900 MB).  Now the
scan stops once the budget is spent, the first mentions in text order are
kept, and the extractor says from where the text was not scanned.
"""

from __future__ import annotations

from datetime import date

import pytest

from viewer.extract import mentions as mx
from viewer.extract.mentions import extract_mentions
from viewer.extract.scan import SEGMENT

ARTICLE = (
    "أعلنت الوزارة، الأحد، أن المشروع الذي انطلق في 12 آذار/مارس 2019 سيكتمل في ١٥ يناير ٢٠٢٦، "
    "بعد أن تأجل منذ عام 2021 وحتى 2023. وقال المتحدث إن الجولة المقبلة ستعقد يومي 8 و9 ديسمبر الجاري "
    "في الرياض، مقابل 1445/9/15هـ في التقويم الهجري، وفي الذكرى الـ75 لتأسيسها.\n"
)

DENSE = {
    "numeric": "2020/1/1 ",
    "eastern": "٢٠٢٠/١/١ ",
    "words": "5 مايو 2020 ",
    "article": ARTICLE,
}


@pytest.mark.parametrize("case", sorted(DENSE))
def test_budget_keeps_the_first_mentions_and_everything_before_the_cut(case):
    unit = DENSE[case]
    text = unit * (3000 // len(unit.split()) + 50)
    budget = 300
    full, _ = extract_mentions(text, "a", date(2025, 3, 1))
    assert len(full) > budget  # the case is dense enough to spend the budget
    kept, inference = extract_mentions(text, "a", date(2025, 3, 1), max_mentions=budget)
    assert len(kept) == budget and inference.cap_kept == budget
    cut = inference.cap_offset
    assert cut is not None and kept[-1].end <= cut < len(text)
    # what lies before the cut is exactly what a full extraction finds there
    assert [(m.start, m.end, m.earliest, m.latest, m.kind) for m in kept] == [
        (m.start, m.end, m.earliest, m.latest, m.kind) for m in full if m.start < cut
    ]
    assert all(text[m.start : m.end] == m.surface for m in kept)


def test_no_budget_note_when_the_article_fits():
    mentions, inference = extract_mentions(ARTICLE * 3, "a", date(2025, 3, 1), max_mentions=1000)
    assert mentions and inference.cap_kept is None and inference.cap_offset is None
    exactly, inference = extract_mentions(ARTICLE, "a", date(2025, 3, 1), max_mentions=len(mentions) // 3)
    assert len(exactly) == len(mentions) // 3 and inference.cap_kept is None  # a budget met, not exceeded


@pytest.mark.parametrize("case", ["numeric", "words"])
def test_text_past_the_budget_is_never_classified(case):
    """Work is bounded by the budget: of 40 segments' worth of dense dates, the first few are read."""
    unit = DENSE[case]
    text = unit * (40 * SEGMENT // len(unit))
    ex = mx._Extractor(text, max_mentions=2000)
    cands = ex.run()
    assert len(cands) == 2000 and ex.cut is not None
    assert len(ex.index._segs) <= 2  # 2,000 mentions fit in the first segment (or spill into the next)


def test_pipeline_reports_the_cap_with_counts(monkeypatch):
    from viewer.loading import article as loading_article
    from viewer.model import Article

    monkeypatch.setattr(loading_article, "MAX_MENTIONS", 50)
    r = loading_article.process_article(Article(id="d", path="d.txt", text="2020/1/1 " * 400))
    assert len(r.mentions) == 50
    (cap,) = [p for p in r.problems if p.kind == "cap"]
    assert "only the first 50" in cap.message and "not scanned" in cap.message
    offset = int(cap.message.split("character ")[1].split(" ")[0].replace(",", ""))
    assert offset == 50 * len("2020/1/1 ")  # the 51st date starts there


def test_segmented_scan_finds_what_one_pass_finds(monkeypatch):
    """A text of several segments (cut at line breaks) yields what a single pass over it yields."""
    from viewer.extract import scan

    text = ARTICLE * (3 * SEGMENT // len(ARTICLE))
    segmented, inf1 = extract_mentions(text, "a", date(2025, 3, 1))
    monkeypatch.setattr(scan, "SEGMENT", 10 * len(text))
    whole, inf2 = extract_mentions(text, "a", date(2025, 3, 1))
    assert len(segmented) > 1000 and segmented == whole and inf1 == inf2


@pytest.mark.parametrize("unit", ["[", "(", " ", "- ", "،"])
def test_text_without_words_is_linear(unit):
    """No word at all (brackets, spaces, punctuation): classifying the text is one pass (was quadratic)."""
    import time

    text = unit * (400_000 // len(unit))
    t = time.perf_counter()
    extract_mentions(text, "a", None)
    assert time.perf_counter() - t < 5.0  # ~0.05 s; the quadratic scan took minutes at this size
