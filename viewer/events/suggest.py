"""Suggested topics for a new corpus: its salient key phrases, and the one-click way to keep one.

Key phrases are scored by TF-IDF over the articles (normalized, lightly
stemmed words — the article and proclitics, a short suffix — so ``الهدنة`` /
``وهدنة`` / ``هدنتها`` count as one term; bigrams as well as words; stopwords,
calendar words and numbers left out).  A term must occur in at least two
articles and not in nearly all of them (a word every page repeats names the
corpus, not a topic), and one that an existing topic already lists is not
suggested again.  Pure Python: 1,000 articles (5.8 MB) take about 1.6 s (see
docs/events.md); scikit-learn would add a large dependency for the same sums.

``topic_from_phrase`` makes a :class:`Topic` from a suggestion; ``save_corpus_topic``
writes it into the corpus folder's ``topics.toml`` (merged over the bundled
topics at the next tagging).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from viewer.extract.normalize import normalize_text
from viewer.extract.vocab import Matcher, Topic, default_matcher, load_vocabulary
from viewer.lang import load as _load_lang
from viewer.merge.keys import stem

_WORD = re.compile(r"[^\W\d_]{3,}")
_LANG = _load_lang()
_SKIP = (
    set(_LANG.stopwords)
    | {normalize_text(w) for w in (*_LANG.gregorian_months, *_LANG.hijri_months, *_LANG.weekdays,
                                   *_LANG.qualifiers, *_LANG.year_cues)}
)
MAX_SHARE = 0.8  # a term in more of the articles than this names the corpus, not a topic
PALETTE = ("#8dd3c7", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#bc80bd")


@dataclass(frozen=True)
class Suggestion:
    phrase: str  # the most frequent written form
    score: float
    articles: int  # in how many articles it occurs


def _terms(text: str, forms: dict[str, Counter[str]]) -> Counter[str]:
    """Term frequencies of one text; each term's written forms are counted into ``forms``."""
    words = _WORD.findall(normalize_text(text))
    stems = [None if w in _SKIP else stem(w) for w in words]
    tf: Counter[str] = Counter()
    for k, s in enumerate(stems):
        if s is None:
            continue
        tf[s] += 1
        f = forms.get(s)
        if f is None:
            f = forms[s] = Counter()
        f[words[k]] += 1
        if k + 1 < len(stems) and stems[k + 1] is not None:
            bi = f"{s} {stems[k + 1]}"
            tf[bi] += 1
            f = forms.get(bi)
            if f is None:
                f = forms[bi] = Counter()
            f[f"{words[k]} {words[k + 1]}"] += 1
    return tf


def suggest_topics(texts: Iterable[str], matcher: Matcher | None = None, k: int = 20) -> list[Suggestion]:
    """The ``k`` most salient key phrases of the texts that no topic lists yet.

    Only the best-scored terms are checked against the topics (a look-up each),
    in score order, until ``k`` are kept."""
    matcher = matcher or default_matcher()
    df: Counter[str] = Counter()
    weight: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    n = 0
    log = math.log
    for text in texts:
        n += 1
        tf = _terms(text, forms)
        df.update(tf.keys())
        for t, c in tf.items():
            weight[t] += 1 + log(c)
    if n == 0:
        return []
    known = {normalize_text(kw) for t in matcher.vocab.topics for kw in t.keywords}
    scored: list[tuple[float, str, str, int]] = []
    for t, w in weight.items():
        d = df[t]
        if d < 2 or d > MAX_SHARE * n:
            continue
        score = round(w * log(n / d) * (1.3 if " " in t else 1.0), 3)  # a phrase says more than a word
        scored.append((-score, forms[t].most_common(1)[0][0], t, d))
    scored.sort(key=lambda x: (x[0], x[1]))
    # A word inside a better-scored phrase is that phrase's topic already.
    kept: list[Suggestion] = []
    for neg, phrase, _t, d in scored:
        if phrase in known or matcher.topics(phrase):
            continue
        if not any(phrase in p.phrase.split() for p in kept):
            kept.append(Suggestion(phrase, -neg, d))
        if len(kept) >= k:
            break
    return kept


def topic_from_phrase(phrase: str, existing: Iterable[Topic] = (), tid: str | None = None) -> Topic:
    """A topic keyed on a suggested phrase (its written form and the bare one without the article)."""
    taken = {t.id for t in existing}
    base = tid or "user_" + "_".join(normalize_text(phrase).split())
    tid, k = base, 2
    while tid in taken:
        tid, k = f"{base}_{k}", k + 1
    words = phrase.split()
    bare = " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)
    keywords = tuple(dict.fromkeys([phrase, bare]))
    return Topic(tid, phrase, phrase, PALETTE[len(taken) % len(PALETTE)], keywords, "corpus")


def _toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def save_corpus_topic(folder: Path, topic: Topic) -> Path:
    """Add or replace ``topic`` in ``folder/topics.toml`` (written atomically; other entries kept)."""
    from viewer.atomicio import write_bytes_atomic

    path = Path(folder) / "topics.toml"
    vocab = load_vocabulary(overlay=Path(folder)) if path.exists() else None
    own = [t for t in (vocab.topics if vocab else []) if t.group == "corpus" and t.id != topic.id]
    lines = ["# This corpus's own topics (merged over the bundled ones); written by the viewer, edit freely.\n"]
    for t in [*own, topic]:
        lines += [
            "\n[[topic]]\n",
            f"id = {_toml_str(t.id)}\n",
            f"ar = {_toml_str(t.ar)}\n",
            f"en = {_toml_str(t.en)}\n",
            f"color = {_toml_str(t.color)}\n",
            f"keywords = [{', '.join(_toml_str(k) for k in t.keywords)}]\n",
        ]
    write_bytes_atomic(path, "".join(lines).encode("utf-8"))
    return path


def count_matching(events, texts, keywords: Iterable[str]) -> int:
    """How many events a topic with these keywords would tag (their passages), for live counts."""
    from viewer.extract.vocab import PhraseIndex, tokens

    kws = [k.strip() for k in keywords if k.strip()]
    if not kws:
        return 0
    index = PhraseIndex([(k, "t") for k in kws])
    n = 0
    for ev in events:
        for e in ev.evidence:
            t = texts.get(e.article)
            if t and index.find_tokens(tokens(normalize_text(t[e.passage_start : e.passage_end]))):
                n += 1
                break
    return n
