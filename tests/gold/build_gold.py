"""Build the gold JSON files from the hand-written specs below.

The *values* here are written by hand (see docs/gold.md); this script only
finds each surface in the article text to compute ``start``/``end`` and checks
``text[start:end] == surface``.  ``occ`` is the 1-based index of the raw
substring occurrence of the surface in the text.

    python tests/gold/build_gold.py            # rewrite seeds.json + articles.json
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"


def read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def M(surface, kind, earliest, latest, gran, resolved=True, occ=1, parts=None, calendar="gregorian", tags=()):
    return {
        "surface": surface,
        "occ": occ,
        "kind": kind,
        "earliest": earliest,
        "latest": latest,
        "granularity": gran,
        "resolved": resolved,
        "calendar": calendar,
        "parts": parts,
        "tags": list(tags),
    }


def N(surface, tag, occ=1):
    return {"surface": surface, "occ": occ, "tags": [tag]}


def R(surface, earliest, latest, occ=1):
    """A resolved value of a relative mention once the publication date is given."""
    return {"surface": surface, "occ": occ, "earliest": earliest, "latest": latest, "resolved": True}


def U(surface, earliest, occ=1):
    """The unresolved value of a relative mention when NO publication date is given."""
    return {"surface": surface, "occ": occ, "earliest": earliest, "latest": None, "resolved": False}


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "\u0640" or "\u064b" <= c <= "\u0652"


def locate(text: str, surface: str, occ: int, where: str) -> tuple[int, int]:
    pos = -1
    for _ in range(occ):
        pos = text.find(surface, pos + 1)
        if pos < 0:
            raise SystemExit(f"{where}: surface {surface!r} occurrence {occ} not found")
    start, end = pos, pos + len(surface)
    assert text[start:end] == surface
    # whole tokens only
    if (start > 0 and _is_word_char(text[start - 1])) or (end < len(text) and _is_word_char(text[end])):
        raise SystemExit(
            f"{where}: {surface!r} occurrence {occ} is inside a longer token: "
            f"{text[max(0, start - 10) : end + 10]!r}"
        )
    return start, end


def finish(text: str, items: list[dict], where: str) -> list[dict]:
    out = []
    seen = set()
    for it in items:
        start, end = locate(text, it["surface"], it["occ"], where)
        if (start, end) in seen:
            raise SystemExit(f"{where}: duplicate span {it['surface']!r} occ {it['occ']}")
        seen.add((start, end))
        d = {"start": start, "end": end}
        d.update(it)
        out.append(d)
    out.sort(key=lambda d: d["start"])
    # spans of mentions must not overlap one another
    for a, b in itertools.pairwise(out):
        if a["end"] > b["start"] and "kind" in a and "kind" in b:
            raise SystemExit(f"{where}: overlapping gold spans {a['surface']!r} / {b['surface']!r}")
    return out


def build_article(spec: dict, base: Path, where: str) -> dict:
    path = base / spec["file"]
    text = read(path)
    art = {
        "id": path.stem,
        "file": str(path.relative_to(ROOT)),
        "published": spec.get("published"),
        "lower_bound": spec.get("lower_bound"),
        "lower_bound_reason": spec.get("lower_bound_reason"),
        "mentions": finish(text, spec["mentions"], f"{where}:{path.stem}"),
        "not_dates": finish(text, spec.get("not_dates", []), f"{where}:{path.stem}:not"),
    }
    # not_dates must not overlap gold mentions
    for nd in art["not_dates"]:
        for m in art["mentions"]:
            if nd["start"] < m["end"] and m["start"] < nd["end"]:
                raise SystemExit(f"{where}:{path.stem}: not_date {nd['surface']!r} overlaps {m['surface']!r}")
    alts = []
    for alt in spec.get("alt", []):
        vals = finish(text, alt["values"], f"{where}:{path.stem}:alt")
        spans = {(m["start"], m["end"]) for m in art["mentions"]}
        for v in vals:
            if (v["start"], v["end"]) not in spans:
                raise SystemExit(f"{where}:{path.stem}: alt value for unknown mention {v['surface']!r}")
        a = {"published": alt["published"], "values": vals}
        if alt["published"] is None:
            a["lower_bound"] = alt["lower_bound"]
            a["lower_bound_reason"] = alt["lower_bound_reason"]
        alts.append(a)
    art["alt"] = alts
    return art


def main() -> None:
    sys.path.insert(0, str(GOLD))
    from spec_articles import ARTICLES
    from spec_seeds import SEEDS

    seeds = [build_article(s, ROOT / "seeds", "seeds") for s in SEEDS]
    (GOLD / "seeds.json").write_text(
        json.dumps({"version": 1, "articles": seeds}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"seeds.json: {sum(len(a['mentions']) for a in seeds)} mentions")
    arts = [build_article(s, ROOT / "tests" / "data" / "articles", "articles") for s in ARTICLES]
    (GOLD / "articles.json").write_text(
        json.dumps({"version": 1, "articles": arts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(
        f"articles.json: {len(arts)} articles, {sum(len(a['mentions']) for a in arts)} mentions, "
        f"{sum(len(a['not_dates']) for a in arts)} not_dates"
    )


if __name__ == "__main__":
    main()
