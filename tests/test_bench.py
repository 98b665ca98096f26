"""Benchmark: the generator is deterministic and truthful; a tiny run completes (no timings)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from viewer.bench import adversarial, synth
from viewer.bench.run import recall_dateparser, recall_ours
from viewer.model import Mention

ROOT = Path(__file__).resolve().parent.parent


def test_generator_is_deterministic() -> None:
    a = synth.generate(30, seed=3)
    b = synth.generate(30, seed=3)
    assert [x.text for x in a] == [x.text for x in b]
    assert [x.dates for x in a] == [x.dates for x in b]
    assert [x.published for x in a] == [x.published for x in b]
    # Article i does not depend on how many are generated.
    assert [x.text for x in synth.generate(10, seed=3)] == [x.text for x in a[:10]]
    assert [x.text for x in synth.generate(30, seed=4)] != [x.text for x in a]


def test_ground_truth_spans_match_text() -> None:
    arts = synth.generate(120, seed=1)
    kinds = set()
    for a in arts:
        n = len(a.text.split())
        assert 140 <= n <= 960, n
        for d in a.dates:
            assert a.text[d.start:d.end] == d.surface
            assert d.surface == d.surface.strip()
            assert d.earliest <= d.latest
            kinds.add(d.kind)
        for t in a.traps:
            assert a.text[t.start:t.end] == t.surface
            assert not any(t.start < d.end and d.start < t.end for d in a.dates)
    assert kinds >= {"absolute", "relative", "range", "since", "multi", "decade", "hijri", "weekday",
                     "anniversary", "copyright"}
    text = "".join(a.text for a in arts)
    for phenomenon in ("كانون", "جانفي", "هـ", "منذ", "عامي", "يومي", "بالذكرى", "لعام", "وفي", "©",
                       "الجاري", "المقبل", "أمس", "الأسبوع المقبل", "العام الماضي", "يات", "+965", "%", "٪"):
        assert phenomenon in text, phenomenon
    assert any(ch in text for ch in "٠١٢٣٤٥٦٧٨٩")
    assert any(ch in text for ch in "۰۱۲۳۴۵۶۷۸۹")


def test_relative_truth_follows_publication_date() -> None:
    for a in synth.generate(200, seed=2):
        for d in a.dates:
            if d.surface == "أمس":
                assert d.earliest == d.latest == date.fromordinal(a.published.toordinal() - 1)
            if d.surface == "العام الماضي":
                assert d.earliest == date(a.published.year - 1, 1, 1)


def test_recall_scoring() -> None:
    a = synth.generate(1, seed=9)[0]
    k = a.dates[0]
    good = Mention(a.id, k.start, k.end, k.surface, k.earliest, k.latest, k.granularity, k.kind)
    wrong = Mention(a.id, k.start, k.end, k.surface, date(1900, 1, 1), date(1900, 1, 1), "day", "absolute")
    assert recall_ours([a], [good])["found"] == 1
    assert recall_ours([a], [wrong])["found"] == 0
    assert recall_dateparser([a], {a.id: [(k.start, k.end, k.earliest)]})["found"] == 1
    assert recall_dateparser([a], {a.id: [(k.end, k.end + 3, k.earliest)]})["found"] == 0


def test_adversarial_inputs_have_the_requested_size() -> None:
    for case in adversarial.CASES:
        n = len(adversarial.build(case, 0.01).encode("utf-8"))
        assert 9_000 <= n <= 20_000, (case, n)  # single_line: whole articles
    assert "\n" not in adversarial.build("single_line_1mb", 0.05)


def test_quick_smoke_run(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    cmd = [sys.executable, "-m", "viewer", "bench", "--quick", "--sizes", "20", "--events", "300",
           "--dateparser-articles", "3", "--adversarial-mb", "0.01", "--skip", "firstpaint",
           "--json", str(out)]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120,
                       env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert p.returncode == 0, p.stderr
    assert "extraction throughput" in p.stdout
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["meta"]["sizes"] == [20]
    for section in ("extract", "dateparser", "ingest", "window", "timeline", "adversarial"):
        assert section in doc, section
        assert "error" not in doc[section], doc[section]
    assert doc["window"]["cold"]["articles"] == doc["window"]["warm"]["articles"] == 20
    assert doc["window"]["cold"]["events"] == doc["window"]["warm"]["events"] > 0
    assert doc["ingest"]["warm_extractions"] == 0
    assert doc["ingest"]["warm_equals_cold"] is True
    assert {r["jobs"] for r in doc["extract"]["runs"]} == {1, 2}
    assert len(doc["adversarial"]["runs"]) == len(adversarial.CASES)
