"""Do the same facts give the same clusters in a small and a big corpus? (issue 11 §4)

``python -m viewer.bench.mergescale [--small 1000] [--big 10000] [--seed 7]``
extracts the synthetic corpus ``generate(big, seed)`` once (article i depends
only on the seed and i, so the small corpus is a slice of the big one), then
merges

* the small corpus alone, as slices at the start, the middle and the end of
  the big one;
* the big corpus in article order and in reverse order;

and counts the small corpus's statements whose cluster, restricted to the
small corpus, is not the one they form alone; and the clusters that gather
statements of different acts.  The test suite runs the same checks on 80 and
320 articles (tests/test_merge.py); this is the full-size run (minutes).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from viewer.model import Event

Key = tuple[str, int, object]  # (article, mention start, earliest): one statement (one part of a multi-date one)


def statement(e: Event) -> Key:
    x = e.evidence[0]
    return (x.article, x.mention_start, x.earliest)


def extract(n: int, seed: int) -> tuple[list[Event], dict[str, str]]:
    """Per-article events and texts of ``generate(n, seed)``, in article order."""
    from viewer.bench.synth import _article, load_keywords
    from viewer.loading import process_article
    from viewer.model import Article

    kw = load_keywords()
    events: list[Event] = []
    texts: dict[str, str] = {}
    for i in range(n):
        s = _article(i, seed, kw)
        art = Article(s.name.removesuffix(".txt"), s.name, s.text, published=s.published, published_how="cli")
        events += process_article(art).events
        texts[art.id] = art.text
    return events, texts


def clusters(events: list[Event], texts: dict[str, str]) -> tuple[dict[Key, frozenset[Key]], list[Event]]:
    """Statement → the statements of its merged event; and the merged events."""
    from viewer.merge.merge import merge_events

    merged, _ = merge_events(events, texts)
    out: dict[Key, frozenset[Key]] = {}
    for ev in merged:
        members = frozenset((x.article, x.mention_start, x.earliest) for x in ev.evidence)
        for m in members:
            out[m] = members
    return out, merged


def differing(small: dict[Key, frozenset[Key]], big: dict[Key, frozenset[Key]]) -> list[Key]:
    """The small corpus's statements whose big-corpus cluster, restricted to it, is another."""
    mine = set(small)
    return [k for k in small if frozenset(m for m in big[k] if m in mine) != small[k]]


def mixed_acts(merged: Iterable[Event], events: list[Event], texts: dict[str, str]) -> list[Event]:
    """Merged events whose statements were of different acts (resources/acts.toml)."""
    from viewer.merge import keys

    act = {statement(e): keys.act_of(e, texts) for e in events}
    return [ev for ev in merged
            if len({act.get((x.article, x.mention_start, x.earliest)) for x in ev.evidence}) > 1]


@dataclass
class Report:
    small: int
    big: int
    statements: int = 0
    rows: list[tuple[str, int, int]] = field(default_factory=list)  # (case, statements compared, differing)
    mixed: int = 0
    largest: int = 0


def run(small_n: int, big_n: int, seed: int) -> Report:
    events, texts = extract(big_n, seed)
    art = {e.evidence[0].article for e in events}
    order = sorted(art)
    big_fwd, merged = clusters(events, texts)
    rev = sorted(events, key=lambda e: e.evidence[0].article, reverse=True)
    big_rev, _ = clusters(rev, texts)
    rep = Report(small_n, big_n, statements=len(big_fwd))
    rep.mixed = len(mixed_acts(merged, events, texts))
    rep.largest = max(len(c) for c in big_fwd.values())
    starts = sorted({0, max(0, (big_n - small_n) // 2), max(0, big_n - small_n)})
    for lo in starts:
        ids = set(order[lo : lo + small_n])
        sub = [e for e in events if e.evidence[0].article in ids]
        small, _ = clusters(sub, {k: texts[k] for k in ids})
        for name, big in (("article order", big_fwd), ("reverse order", big_rev)):
            rep.rows.append((f"articles {lo}-{lo + small_n - 1}, big corpus in {name}", len(small),
                             len(differing(small, big))))
    return rep


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--big", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    t = time.perf_counter()
    rep = run(a.small, a.big, a.seed)
    print(f"merge size independence: synthetic seed {a.seed}, {a.small} in {a.big} articles "
          f"({rep.statements:,} statements, {time.perf_counter() - t:.0f} s)")
    for case, n, d in rep.rows:
        print(f"  {case}: {d} of {n:,} statements cluster differently")
    print(f"  clusters gathering statements of different acts: {rep.mixed}; largest cluster: {rep.largest}")


if __name__ == "__main__":
    main()
