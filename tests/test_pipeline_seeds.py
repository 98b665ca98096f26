"""The headless pipeline on the bundled seeds: the facts the product promises."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from tests.conftest import ROOT, SEEDS
from viewer.loading import run


@pytest.fixture(scope="module")
def seeds():
    return run([SEEDS])


def _events_dated(result, year):
    return [e for e in result.events if e.earliest and e.earliest.year == year]


def _articles_mentioning(result, surface_pred):
    return {m.article for m in result.mentions if surface_pred(m)}


def test_all_five_articles_load(seeds):
    assert len(seeds.articles) == 5
    assert not [p for p in seeds.problems if p.severity == "error"]


def test_istanbul_initiative_2004_is_one_event_with_every_dating_source(seeds):
    joined = [e for e in _events_dated(seeds, 2004)]
    assert len(joined) == 1
    ev = joined[0]
    assert (ev.earliest, ev.latest, ev.granularity) == (date(2004, 1, 1), date(2004, 12, 31), "year")
    # Every article that dates the accession (a 2004 mention) is a source of it.
    dating = _articles_mentioning(seeds, lambda m: m.earliest == date(2004, 1, 1) and m.kind == "absolute")
    assert set(ev.articles) == dating
    assert len(dating) == 3
    assert "sources-disagree" not in ev.flags


def test_regional_centre_opening_is_one_event_dated_january_2017(seeds):
    centre = [e for e in seeds.events if e.earliest and e.earliest.year == 2017 and e.kind != "range"]
    assert len(centre) == 1
    ev = centre[0]
    assert (ev.earliest, ev.latest, ev.granularity) == (date(2017, 1, 1), date(2017, 1, 31), "month")
    # All four articles that date the centre (2017 year/month/since mentions) support it.
    sources = _articles_mentioning(
        seeds, lambda m: m.earliest is not None and m.earliest.year == 2017 and m.kind != "range"
    )
    assert (
        set(ev.articles)
        == sources
        == {
            "000_0b23c83037af3ae1",
            "002_b86ab62d7b58430d",
            "003_da142351fcd35486",
            "004_e9d261769ad3db9a",
        }
    )


def test_placeholder_meeting_is_flagged_not_dated(seeds):
    flagged = [e for e in seeds.events if "date-placeholder" in e.flags]
    assert len(flagged) == 1
    ev = flagged[0]
    assert ev.earliest is None and ev.latest is None and not ev.certain
    art = seeds.article(ev.evidence[0].article)
    assert "[أدخل التاريخ هنا" in art.text[ev.evidence[0].mention_start : ev.evidence[0].mention_end]
    assert any(p.kind == "placeholder" and p.event == ev.id for p in seeds.problems)


def _relative(result, surface):
    return next(m for m in result.mentions if surface in m.surface)


def test_relative_dates_unresolved_without_publication_date(seeds):
    dec = _relative(seeds, "ديسمبر الجاري")
    jul = _relative(seeds, "يوليو المقبل")
    for m in (dec, jul):
        assert not m.resolved and m.latest is None
    # The widest interval the text allows: no earlier than the latest explicit year.
    assert dec.earliest == date(2018, 12, 8)
    assert jul.earliest == date(2024, 7, 1)
    a0 = seeds.article("000_0b23c83037af3ae1")
    assert a0.published is None and a0.published_min == date(2018, 1, 1) and "2018" in a0.published_reason
    a4 = seeds.article("004_e9d261769ad3db9a")
    assert a4.published_min == date(2024, 1, 1)


def test_relative_dates_resolve_once_publication_date_is_given():
    res = run(
        [SEEDS], {"000_0b23c83037af3ae1": date(2025, 12, 1), "004_e9d261769ad3db9a.txt": date(2024, 4, 4)}
    )
    dec = _relative(res, "ديسمبر الجاري")
    jul = _relative(res, "يوليو المقبل")
    assert (dec.earliest, dec.latest, dec.resolved) == (date(2025, 12, 8), date(2025, 12, 9), True)
    assert (jul.earliest, jul.latest, jul.resolved) == (date(2024, 7, 1), date(2024, 7, 31), True)
    ev = next(
        e for e in res.events if e.evidence[0].mention_start == dec.start and e.articles == [dec.article]
    )
    assert "date-unresolved" not in ev.flags and ev.earliest == date(2025, 12, 8)


def test_every_span_is_exact(seeds):
    texts = {a.id: a.text for a in seeds.articles}
    for m in seeds.mentions:
        assert texts[m.article][m.start : m.end] == m.surface
    for e in seeds.events:
        for ev in e.evidence:
            t = texts[ev.article]
            assert 0 <= ev.passage_start <= ev.mention_start < ev.mention_end <= ev.passage_end <= len(t)
            assert e.title  # titles come from the passage and are never empty


def test_titles_are_taken_from_the_passage(seeds):
    texts = {a.id: a.text for a in seeds.articles}
    for e in seeds.events:
        passages = " ".join(texts[ev.article][ev.passage_start : ev.passage_end] for ev in e.evidence)
        for word in e.title.strip("…").split():
            assert word.strip("،,:") in passages, (word, e.title)


def test_topics_come_from_the_resource_file(seeds):
    from viewer.extract.vocab import load_vocabulary

    ids = {t.id for t in load_vocabulary().topics}
    assert all(set(e.topics) <= ids for e in seeds.events)
    counts = {t: sum(t in e.topics for e in seeds.events) for t in ids}
    assert counts["partnership"] >= 3 and counts["dialogue"] >= 2


def test_core_does_not_import_qt():
    code = (
        "import sys, viewer.loading, viewer.extract.mentions, viewer.events.build, viewer.merge.merge, "
        "viewer.corpus.reader, viewer.model\n"
        "from viewer.loading import run\n"
        f"run([{str(SEEDS)!r}])\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'viewer.ui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_import_contract_holds():
    """import-linter: the headless core never imports Qt or the UI (pyproject contract)."""
    exe = [
        sys.executable,
        "-c",
        "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())",
    ]
    proc = subprocess.run(exe, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
