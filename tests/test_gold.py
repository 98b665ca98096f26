"""Gold-data acceptance tests for the date-mention extractor.

(a) seeds: exact; (b) tests/data/articles: precision/recall thresholds.
The gold itself is described in docs/gold.md; ``python -m tests.gold_tools -v``
prints the per-phenomenon table and every miss while iterating.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests import gold_tools as gt

SEEDS = gt.load_gold("seeds")
ARTICLES = gt.load_gold("articles")

SPAN_P = SPAN_R = 0.95
VALUE_P = VALUE_R = 0.90


def _conds(arts):
    for art in arts:
        for _i, (published, gold) in enumerate(gt.conditions(art)):
            yield pytest.param(art, published, gold, id=f"{art['id']}@{published or 'nodate'}")


def _diff(gold, pred) -> str:
    gk = {gt.key(g): g for g in gold}
    pk = {gt.key(p): p for p in pred}
    lines = []
    for k in sorted(set(gk) - set(pk)):
        lines.append("  missing: " + gt.fmt(gk[k]))
    for k in sorted(set(pk) - set(gk)):
        lines.append("  extra:   " + gt.fmt(pk[k]))
    return "\n".join(lines)


# --------------------------------------------------------------------------- gold sanity


def test_gold_present():
    assert len(SEEDS) == 5
    assert len(ARTICLES) >= 12


@pytest.mark.parametrize("art", SEEDS + ARTICLES, ids=lambda a: a["id"])
def test_gold_offsets(art):
    text = gt.read_text(art["file"])
    for m in art["mentions"] + art["not_dates"]:
        assert text[m["start"] : m["end"]] == m["surface"], m
        assert m["surface"] == m["surface"].strip()
    for m in art["mentions"]:
        assert m["kind"] in (
            "absolute",
            "relative",
            "range",
            "since",
            "multi",
            "decade",
            "anniversary",
            "hijri",
            "weekday",
            "placeholder",
            "copyright",
        )
        if m["earliest"] and m["latest"]:
            assert m["earliest"] <= m["latest"], m
        if not m["resolved"]:
            assert m["latest"] is None, m


# --------------------------------------------------------------------------- (a) seeds


@pytest.mark.parametrize("art,published,gold", list(_conds(SEEDS)))
def test_seed_mentions_exact(art, published, gold):
    text = gt.read_text(art["file"])
    pred, _ = gt.run_extractor(text, art["id"], published)
    for p in pred:
        assert text[p["start"] : p["end"]] == p["surface"], p
    assert {gt.key(g) for g in gold} == {gt.key(p) for p in pred}, (
        f"{art['id']} published={published}:\n{_diff(gold, pred)}"
    )
    # calendar and multi parts too
    by_span = {gt.span(p): p for p in pred}
    for g in gold:
        p = by_span[gt.span(g)]
        assert (p.get("calendar") or "gregorian") == g["calendar"], gt.fmt(g)
        if g["parts"] is not None:
            assert p.get("parts") == g["parts"], gt.fmt(g)


@pytest.mark.parametrize("art", SEEDS, ids=lambda a: a["id"])
def test_seed_lower_bound(art):
    text = gt.read_text(art["file"])
    _, inference = gt.run_extractor(text, art["id"], None)
    expected = date.fromisoformat(art["lower_bound"]) if art["lower_bound"] else None
    assert inference.lower_bound == expected, (
        f"{art['id']}: lower bound {inference.lower_bound} (reason {inference.reason!r}), "
        f"expected {expected} ({art['lower_bound_reason']})"
    )
    if expected is not None:
        assert inference.reason, "a lower bound needs a reason"


@pytest.mark.parametrize("art,published,gold", list(_conds(SEEDS)))
def test_seed_not_dates(art, published, gold):
    text = gt.read_text(art["file"])
    pred, _ = gt.run_extractor(text, art["id"], published)
    hits = [
        f"{nd['surface']!r} <- {gt.fmt(p)}" for nd in art["not_dates"] for p in pred if gt.overlaps(nd, p)
    ]
    assert not hits, "not dates extracted:\n" + "\n".join(hits)


# --------------------------------------------------------------------------- (b) articles


@pytest.fixture(scope="module")
def article_report(request):
    report = gt.evaluate("articles")
    path = gt.write_report([report])
    capman = request.config.pluginmanager.getplugin("capturemanager")
    if capman is not None:
        with capman.global_and_fixture_disabled():
            gt.print_table(report)
            print(f"gold report: {path}")
    else:  # pragma: no cover
        gt.print_table(report)
    return report


def test_articles_span_thresholds(article_report):
    o = article_report["overall"]
    assert o["span_precision"] >= SPAN_P and o["span_recall"] >= SPAN_R, (
        f"span P={o['span_precision']:.3f} R={o['span_recall']:.3f} "
        f"(need {SPAN_P}/{SPAN_R}); run python -m tests.gold_tools articles -v"
    )


def test_articles_value_thresholds(article_report):
    o = article_report["overall"]
    assert o["value_precision"] >= VALUE_P and o["value_recall"] >= VALUE_R, (
        f"value P={o['value_precision']:.3f} R={o['value_recall']:.3f} "
        f"(need {VALUE_P}/{VALUE_R}); run python -m tests.gold_tools articles -v"
    )


def test_articles_no_not_dates(article_report):
    hits = [
        f"{d['article']}@{d['published']}: {h}" for d in article_report["details"] for h in d["trap_hits"]
    ]
    assert not hits, "not dates extracted:\n" + "\n".join(hits)


@pytest.mark.parametrize(
    "art,expected,reason",
    [pytest.param(a, lb, why, id=a["id"]) for a in ARTICLES for lb, why in gt.lower_bound_cases(a)],
)
def test_articles_lower_bound(art, expected, reason):
    text = gt.read_text(art["file"])
    _, inference = gt.run_extractor(text, art["id"], None)
    expected = date.fromisoformat(expected) if expected else None
    assert inference.lower_bound == expected, (
        f"{art['id']}: lower bound {inference.lower_bound} (reason {inference.reason!r}), "
        f"expected {expected} ({reason})"
    )
