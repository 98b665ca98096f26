"""Score the extractor on the temporal phenomena sets of issue 10.

``tests/data/temporal/tuning.toml`` (developed against) and ``heldout.toml``
(written before the work, never tuned on).  Per phenomenon (``tag``):
recall = the exact surface was found; value accuracy = found with the
hand-checked ``[earliest, latest]`` (and the required note ``flag``).  The
wrong-date share is over every extracted mention: one overlapping a not-date,
or overlapping a gold mention with another value, is a wrong date.

    python -m tests.temporal_eval [tuning|heldout] [-v]
"""

from __future__ import annotations

import sys
import tomllib
from collections import defaultdict
from datetime import date
from pathlib import Path

from viewer.extract.mentions import extract_mentions

DATA = Path(__file__).resolve().parent / "data" / "temporal"


def load(name: str) -> list[dict]:
    with open(DATA / f"{name}.toml", "rb") as fh:
        return tomllib.load(fh)["article"]


def _span(text: str, s: str, occ: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(occ):
        pos = text.index(s, pos + 1)
    return pos, pos + len(s)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def evaluate(name: str) -> dict:
    per_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, found, right
    misses: list[str] = []
    wrong = total = 0
    for art in load(name):
        text = art["text"]
        pub = date.fromisoformat(art["published"]) if art.get("published") else None
        mentions, _ = extract_mentions(text, art["id"], pub)
        total += len(mentions)
        gold = []
        for e in art["expect"]:
            s, t = _span(text, e["s"], e.get("occ", 1))
            value = tuple(e["v"]) if e["v"] else (None, None)
            gold.append((s, t, value, e))
        nots = [_span(text, n) for n in art.get("not", [])]
        by_span = {(m.start, m.end): m for m in mentions}
        for s, t, value, e in gold:
            row = per_tag[e["tag"]]
            row[0] += 1
            m = by_span.get((s, t))
            if m is None:
                near = [x.surface for x in mentions if x.start < t and s < x.end]
                misses.append(f"{art['id']}: MISS «{e['s']}» [{e['tag']}] got {near}")
                continue
            row[1] += 1
            got = (_iso(m.earliest), _iso(m.latest))
            if not m.resolved and not e["v"]:
                got = (None, None)
            flag_ok = "flag" not in e or e["flag"] in (m.note or "")
            if got == value and flag_ok:
                row[2] += 1
            else:
                misses.append(f"{art['id']}: VALUE «{e['s']}» [{e['tag']}] want {value} got {got} note={m.note}")
        for m in mentions:
            bad = any(m.start < t and s < m.end for s, t in nots)
            for s, t, value, _e in gold:
                if m.start < t and s < m.end:
                    got = (_iso(m.earliest), _iso(m.latest))
                    if not m.resolved and value == (None, None):
                        got = value
                    bad = bad or got != value
            if bad:
                wrong += 1
                misses.append(f"{art['id']}: WRONG «{m.surface}» {_iso(m.earliest)}..{_iso(m.latest)}")
    tags = {
        k: {"gold": g, "recall": f / g, "value": r / g} for k, (g, f, r) in sorted(per_tag.items())
    }
    g = sum(v[0] for v in per_tag.values())
    return {
        "tags": tags,
        "recall": sum(v[1] for v in per_tag.values()) / g,
        "value": sum(v[2] for v in per_tag.values()) / g,
        "gold": g,
        "extracted": total,
        "wrong": wrong,
        "wrong_share": wrong / max(total, 1),
        "misses": misses,
    }


def print_report(name: str, rep: dict, verbose: bool = False, out=sys.stdout) -> None:
    print(f"== {name}: {rep['gold']} gold mentions, {rep['extracted']} extracted", file=out)
    print(f"{'phenomenon':28} {'n':>3} {'recall':>7} {'value':>7}", file=out)
    for tag, r in rep["tags"].items():
        print(f"{tag:28} {r['gold']:3d} {r['recall']:7.3f} {r['value']:7.3f}", file=out)
    print(
        f"{'OVERALL':28} {rep['gold']:3d} {rep['recall']:7.3f} {rep['value']:7.3f}   "
        f"wrong dates {rep['wrong']}/{rep['extracted']} = {rep['wrong_share']:.3%}",
        file=out,
    )
    if verbose:
        for line in rep["misses"]:
            print("  " + line, file=out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    names = [a for a in args if not a.startswith("-")] or ["tuning", "heldout"]
    for n in names:
        print_report(n, evaluate(n), verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
