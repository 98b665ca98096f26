"""The fast paths of vocabulary matching give exactly what the plain walks give.

Event building looks topics, actors and places up in every date's clause;
PhraseIndex decides most tokens by one set test, the three vocabularies are
looked up at once (Matcher.tags_of), and a listed actor at the start of a
pattern name is tested without a full search.  Each is compared here with
the straightforward version on real-looking text: the synthetic corpus and
the seeds, every clause the event builder looks in.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from viewer.bench.synth import generate
from viewer.extract import names as nm
from viewer.extract.normalize import normalize
from viewer.extract.sentences import sentences
from viewer.extract.vocab import PhraseIndex, _forms, default_matcher, tokens

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _walk(index: PhraseIndex, toks: list[str]) -> dict[str, int]:
    """PhraseIndex.find_tokens as first written: every candidate phrase walked."""
    found: dict[str, int] = {}
    n = len(toks)
    for i, tok in enumerate(toks):
        c = index._starting(tok)
        for phrase, label in (c[0] if c else ()):
            if label in found or i + len(phrase) > n:
                continue
            if all(phrase[k] in _forms(toks[i + k]) for k in range(1, len(phrase))):
                found[label] = i
    return found


@pytest.fixture(scope="module")
def spans() -> list[tuple[str, int, int]]:
    """(normalized text, start, end) of every sentence and of a few sub-spans of each."""
    texts = [a.text for a in generate(40, 3)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    # long title chains before a name: the person walk reads its whole window here
    texts.append("وقال رئيس مجلس السيادة الانتقالي الفريق أول ركن عبد الفتاح البرهان إن الجيش سيواصل عملياته. "
                 "واستقبل نائب رئيس الوزراء وزير الخارجية الشيخ عبد الله بن أحمد آل ثاني أمس الوفد الزائر. "
                 "وأكد الأمين العام المساعد للشؤون السياسية السفير حسام زكي أن الجامعة تدعم الحوار.")
    out = []
    for t in texts:
        norm = normalize(t)
        for s in sentences(t):
            a, b = norm.norm_pos(s.start), norm.norm_pos(s.end)
            out.append((norm.text, a, b))
            mid = (a + b) // 2
            out += [(norm.text, a, mid), (norm.text, mid, b), (norm.text, a + 3, b)]  # cut words too
    return out


def test_find_tokens_is_the_walk(spans):
    m = default_matcher()
    indexes = (m._topic_index, m._actor_index, m._place_index)
    found_any = 0
    for text, a, b in spans:
        toks = tokens(text[a:b])
        for index in indexes:
            got = index.find_tokens(toks)
            want = _walk(index, toks)
            assert list(got.items()) == list(want.items())  # same labels, positions and order
            found_any += bool(got)
    assert found_any > len(spans)  # the text does name topics, actors and places


def test_one_lookup_gives_each_vocabulary_its_own_result(spans):
    m = default_matcher()
    for text, a, b in spans:
        toks = tokens(text[a:b])
        topics, actors, places = m.tags_of(toks)
        assert topics == m.topics_of(toks)
        assert actors == m.actors_of(toks)
        assert places == m._place_index.find_tokens(toks)


def test_listed_actor_at_start_is_the_full_search(spans):
    m = default_matcher()
    index = m._actor_index
    hits = 0
    for text, a, b in spans:
        for s in itertools.islice(range(a, b), 0, None, 7):
            piece = text[s : min(b, s + 160)]
            want = 0 in index.find(piece).values()
            assert index.starts_at_first(tokens(piece)) == want
            hits += want
    assert hits


def test_person_walk_reads_no_more_than_its_window(spans, monkeypatch):
    m = default_matcher()
    got = [nm.person_spans(t, a, b, m._cue, m._known) for t, a, b in spans]
    monkeypatch.setattr(nm, "_WINDOW", 10_000)  # the whole 200-character window, as before
    want = [nm.person_spans(t, a, b, m._cue, m._known) for t, a, b in spans]
    assert got == want and any(got)


def test_prefix_tree_regexes_match_what_the_plain_alternations_match(spans):
    """Heads and title cues as prefix trees: the same matches, heads and ends as the
    longest-first alternation, clause by clause (endpos cuts words too)."""
    from viewer.extract.normalize import normalize_text

    m = default_matcher()
    cues = {normalize_text(c) for c in m.vocab.title_cues}
    extra = [normalize_text(c) for c in ("الفريق", "الفريق أول", "الفريق أول ركن", "د.")]  # prefixes; a dot
    hits = 0
    for alts in (nm.ORG_HEADS, nm.PLACE_HEADS, cues, extra):
        plain, tree = nm.alternation_regex(alts, tree=False), nm.alternation_regex(alts)
        for text, a, b in spans:
            want = [(x.span(), x.span("head")) for x in plain.finditer(text, a, b)]
            assert [(x.span(), x.span("head")) for x in tree.finditer(text, a, b)] == want
            hits += len(want)
    assert hits > 100
