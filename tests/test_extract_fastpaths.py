"""The fast paths of normalization, sentence splitting and phrase lookup equal
their plain reference versions (the ones they replaced)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.extract import normalize as nz
from viewer.extract import sentences as sx
from viewer.extract import vocab as vx

_CHARS = [chr(k) for k in nz._TABLE_LOWER] + list("abcXYZ ابتثجحخدذرزسشصضطظعغفقكلمنهوي ةأإآى\n\t.") + [
    "\U0001f600", "Σ", "İ", "\u2070", "\uffff", "«", "»",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CHARS), max_size=700))
def test_normalization_equals_dict_translate(chars):
    s = "".join(chars)
    assert nz.normalize_text(s) == s.translate(nz._TABLE).lower()
    n = nz.normalize(s)
    assert n.text == s.translate(nz._TABLE_LOWER)
    assert n.deleted == [i for i, c in enumerate(s) if c in nz._DELETE]


def _sentences_reference(text: str) -> list[tuple[int, int]]:
    spans: list[sx.Span] = []
    n = len(text)
    start = i = 0
    while i < n:
        if text[i] in sx._TERMINATORS and not sx._is_inner_stop(text, i):
            j = i + 1
            while j < n and (text[j] in sx._CLOSERS or (text[j] in sx._TERMINATORS and text[j] != "\n")):
                j += 1
            sx._add(text, start, j, spans)
            start = i = j
            continue
        i += 1
    sx._add(text, start, n, spans)
    return [(s.start, s.end) for s in spans]


def test_sentences_equal_reference():
    rng = random.Random(3)
    alphabet = [*".!?؟؛\n»”\"')]’› \u00a0دم2أبcDr", "Dr", "etc", "د. ", "2.5", "  "]
    for _ in range(20000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert [(s.start, s.end) for s in sx.sentences(t)] == _sentences_reference(t), repr(t)


def _find_reference(index: vx.PhraseIndex, norm: str) -> dict[str, int]:
    tokens = vx.tokens(norm)
    found: dict[str, int] = {}
    for i, tok in enumerate(tokens):
        for f in vx._forms(tok):
            for toks, label in [*index._first.get(f, ()), *(index._exact.get(f, ()) if f in vx._prefix_forms(tok) else ())]:
                if label in found or i + len(toks) > len(tokens):
                    continue
                if all(toks[k] in vx._forms(tokens[i + k]) for k in range(1, len(toks))):
                    found[label] = i
    return found


def test_phrase_index_equals_reference():
    m = vx.default_matcher()
    words = sorted({w for t in m.vocab.topics for k in t.keywords for w in nz.normalize_text(k).split()}
                   | {w for a in m.vocab.actors for k in (a.name, *a.aliases) for w in nz.normalize_text(k).split()})
    words += ["في", "من", "الي", "و", "%"]
    rng = random.Random(5)
    for _ in range(500):
        norm = " ".join(rng.choice(("", "و", "ب", "ال", "لل")) + rng.choice(words) + rng.choice(("", "ات", "يه", "ها"))
                        for _ in range(rng.randint(0, 40)))
        for index in (m._topic_index, m._actor_index):
            got = index.find(norm)
            want = _find_reference(index, norm)
            assert got == want and list(got) == list(want)
