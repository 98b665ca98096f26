"""Dump everything event building and merging produce, to prove a speed-up changes nothing.

``python tools/events_snapshot.py OUT.json [--synth N]`` runs the pipeline
(extract, build events, merge, tag) over the synthetic corpus (N articles,
seed 0), the seeds and every test corpus folder, and writes per-article
events (id, title, passage span, topics, actors, places) and the merged
corpus (clusters, titles, topics, actors, places, importance) as JSON.
Run it before and after a change and ``cmp`` the two files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FOLDERS = ["seeds", "tests/data/articles", "tests/data/heldout", "tests/data/analyst",
           *(f"tests/data/{s}/{k}" for s in ("subjects", "subjects_heldout")
             for k in ("war", "election", "disaster", "economy"))]


def _ev(e) -> dict:
    return {"id": e.id, "title": e.title, "topics": e.topics, "actors": e.actors, "places": e.places,
            "dates": [str(e.earliest), str(e.latest), e.granularity], "flags": e.flags,
            "importance": e.importance,
            "evidence": [[x.article, x.passage_start, x.passage_end, x.mention_start, str(x.earliest), str(x.latest)]
                         for x in e.evidence]}


def _corpus(articles) -> dict:
    from viewer.loading.article import process_article
    from viewer.loading.merging import assemble

    results = [process_article(a) for a in articles]
    per = [_ev(e) for r in results for e in r.events]
    merged = assemble(results)
    return {"articles": per, "merged": [_ev(e) for e in merged.events]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--synth", type=int, default=300)
    args = ap.parse_args()
    from viewer.bench.synth import generate
    from viewer.corpus.reader import read_corpus
    from viewer.model import Article

    out = {}
    synth = [Article(s.name.removesuffix(".txt"), s.name, s.text, published=s.published, published_how="cli")
             for s in generate(args.synth, 0)]
    out["synth"] = _corpus(synth)
    for f in FOLDERS:
        arts, _ = read_corpus([ROOT / f])
        for a in arts:
            a.path = str(Path(a.path).relative_to(ROOT))
        out[f] = _corpus(arts)
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    n = sum(len(v["articles"]) for v in out.values())
    print(f"{n} per-article events, {sum(len(v['merged']) for v in out.values())} merged -> {args.out}")


if __name__ == "__main__":
    main()
