"""How well the analyst's edits re-attach after re-extraction: ``python -m viewer.bench.reattach``.

An edit is made on every event of a corpus (a title unique to it), then the
corpus is extracted again by a *changed* extractor and the edits applied to
the new result.  For each edit the outcome is one of:

* ``right``: it landed on an event citing the same article with a mention that
  overlaps the one it was made on;
* ``wrong``: it landed on some other event (the defect that matters: an
  analyst's correction shown on a statement they never corrected);
* ``orphan``: it attached nowhere (listed in Problems, kept in the store).

Changes simulated (each a plausible next extractor): ``widen`` (every mention
takes the word before it: ``عام 2004`` → ``في عام 2004``), ``narrow`` (the
first word of multi-word mentions is dropped), ``topics`` (half the topic
list removed), ``drop`` (one mention in five no longer found: those edits
*should* be orphans).  Corpora: the synthetic generator (``viewer.bench.synth``,
never used while writing the matcher: held out) and the hand-written test
articles plus seeds (used while writing it: tuned).
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from viewer.model import Article, CorpusResult
from viewer.userstore.apply import apply_edits
from viewer.userstore.edits import Edit, event_ref

ROOT = Path(__file__).resolve().parent.parent.parent


def _synth_articles(n: int, seed: int) -> list[Article]:
    from viewer.bench import synth

    return [Article(id=s.id, path=f"/synth/{s.name}", text=s.text, title=s.text.split("\n", 1)[0],
                    sha256=hashlib.sha256(s.text.encode()).hexdigest(), published=s.published,
                    published_how="cli") for s in synth.generate(n, seed)]


def _file_articles() -> list[Article]:
    from viewer.loading import read

    articles, _ = read([ROOT / "seeds", ROOT / "tests" / "data" / "analyst"])
    return articles


def _extract(articles: list[Article]) -> CorpusResult:
    from viewer.loading import ingest_articles

    return ingest_articles([replace(a) for a in articles])


def _patched(change: str) -> Callable[[], None]:
    """Install the simulated extractor change; returns the function that removes it."""
    from viewer.events import tagging
    from viewer.extract import mentions as mod

    real_extract, real_matcher = mod.extract_mentions, tagging.default_matcher

    def extract(text, article_id, published=None, max_mentions=None):
        found, inference = real_extract(text, article_id, published, max_mentions)
        out = []
        for k, m in enumerate(found):
            if change == "widen":
                j = text.rfind(" ", 0, max(m.start - 1, 0))
                if 0 <= j < m.start - 1 and "\n" not in text[j:m.start]:
                    m = replace(m, start=j + 1, surface=text[j + 1:m.end])
            elif change == "narrow":
                sp = m.surface.find(" ")
                if 0 < sp < len(m.surface) - 1:
                    m = replace(m, start=m.start + sp + 1, surface=m.surface[sp + 1:])
            elif change == "drop" and k % 5 == 2:
                continue
            out.append(m)
        return out, inference

    if change == "topics":
        from viewer.extract.vocab import Matcher, load_vocabulary

        vocab = load_vocabulary()
        half = replace(vocab, topics=vocab.topics[::2])
        tagging.default_matcher = lambda: Matcher(half)
    else:
        mod.extract_mentions = extract

    def undo() -> None:
        mod.extract_mentions = real_extract
        tagging.default_matcher = real_matcher

    return undo


def measure(articles: list[Article], change: str) -> dict[str, float]:
    first = _extract(articles)
    arts = {a.id: a for a in first.articles}
    edits = []
    for k, ev in enumerate(first.events):
        e = Edit("title", (event_ref(ev, arts),), {"title": f"T{k}"}, seq=k + 1)
        edits.append((e, ev))
    undo = _patched(change)
    try:
        second = _extract(articles)
    finally:
        undo()
    t = time.perf_counter()
    out = apply_edits(second, [e for e, _ in edits])
    apply_s = time.perf_counter() - t
    by_id = {ev.id: ev for ev in out.events}
    right = wrong = orphan = 0
    for e, old in edits:
        ev = by_id.get(out.targets.get(e.id, ""))
        if ev is None:
            orphan += 1
            continue
        if any(x.article == o.article and min(x.mention_end, o.mention_end) > max(x.mention_start, o.mention_start)
               for x in ev.evidence for o in old.evidence):
            right += 1
        else:
            wrong += 1
    n = len(edits)
    return {"edits": n, "right": right / n, "wrong": wrong / n, "orphan": orphan / n, "apply_s": apply_s}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m viewer.bench.reattach")
    p.add_argument("--articles", type=int, default=120, help="synthetic articles (held out)")
    args = p.parse_args(argv)
    corpora = {"tuned (seeds + tests/data/analyst)": _file_articles(),
               f"held-out (synthetic, {args.articles} articles)": _synth_articles(args.articles, 13)}
    for name, arts in corpora.items():
        for change in ("widen", "narrow", "topics", "drop"):
            m = measure(arts, change)
            print(f"{name:45} {change:7} edits {m['edits']:5d}  right {m['right']:6.1%}  "
                  f"wrong {m['wrong']:6.1%}  orphan {m['orphan']:6.1%}  apply {m['apply_s'] * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
