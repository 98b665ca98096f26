"""Gold data helpers: load the hand-checked gold, run the extractor, compare.

Gold files (see docs/gold.md):
  tests/gold/seeds.json     the five seed articles (exact match expected)
  tests/gold/articles.json  the test articles in tests/data/articles/

Each article entry: ``id``, ``file``, ``published`` (the publication date the
test passes, or null), ``lower_bound`` (expected inferred lower bound when
``published`` is null), ``mentions``, ``not_dates`` and ``alt``: other
publication dates with the values the relative mentions take then.

A prediction *matches* a gold mention when start, end, kind, earliest, latest,
granularity and resolved are all equal ("value" match); a "span" match only
needs the same start/end.

Run ``python -m tests.gold_tools`` (or ``python tests/gold_tools.py``) for a
per-phenomenon precision/recall table; ``--json FILE`` writes the report,
``-v`` lists every miss and false positive.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KEY_FIELDS = ("start", "end", "kind", "earliest", "latest", "granularity", "resolved")
REPORT_PATH = Path(tempfile.gettempdir()) / "gold_report.json"


# --------------------------------------------------------------------------- loading


def read_text(path: Path | str) -> str:
    with open(ROOT / path, encoding="utf-8", newline="") as fh:
        return fh.read()


def load_gold(name: str) -> list[dict]:
    """``name`` is ``seeds`` or ``articles`` ([] while the file does not exist)."""
    path = GOLD_DIR / f"{name}.json"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)["articles"]


def conditions(article: dict) -> list[tuple[str | None, list[dict]]]:
    """Every (published, gold mentions) condition an article is tested under."""
    out = [(article["published"], article["mentions"])]
    for alt in article.get("alt", []):
        ms = copy.deepcopy(article["mentions"])
        by_span = {(m["start"], m["end"]): m for m in ms}
        for v in alt["values"]:
            m = by_span[(v["start"], v["end"])]
            for k in ("earliest", "latest", "resolved", "granularity", "kind"):
                if k in v:
                    m[k] = v[k]
        out.append((alt["published"], ms))
    return out


def lower_bound_cases(article: dict) -> list[tuple[str | None, str | None]]:
    """(expected lower bound, reason) for each condition tested without a publication date."""
    out = []
    if article["published"] is None:
        out.append((article.get("lower_bound"), article.get("lower_bound_reason")))
    for alt in article.get("alt", []):
        if alt["published"] is None:
            out.append((alt.get("lower_bound"), alt.get("lower_bound_reason")))
    return out


# --------------------------------------------------------------------------- extractor


def _iso(d: Any) -> str | None:
    if d is None:
        return None
    if isinstance(d, date):
        return d.isoformat()
    return str(d)


def run_extractor(text: str, article_id: str, published: str | date | None):
    """Call the extractor; returns (list of mention dicts, inference object)."""
    from viewer.extract.mentions import extract_mentions

    if isinstance(published, str):
        published = date.fromisoformat(published)
    mentions, inference = extract_mentions(text, article_id, published)
    return [mention_dict(m) for m in mentions], inference


def mention_dict(m: Any) -> dict:
    if isinstance(m, dict):
        d = dict(m)
    else:
        d = {
            k: getattr(m, k, None)
            for k in (
                "start",
                "end",
                "surface",
                "kind",
                "earliest",
                "latest",
                "granularity",
                "resolved",
                "calendar",
                "parts",
            )
        }
    d["earliest"] = _iso(d.get("earliest"))
    d["latest"] = _iso(d.get("latest"))
    if d.get("parts") is not None:
        d["parts"] = [[_iso(a), _iso(b)] for a, b in d["parts"]]
    return d


def key(m: dict) -> tuple:
    return tuple(m.get(f) for f in KEY_FIELDS)


def span(m: dict) -> tuple[int, int]:
    return (m["start"], m["end"])


def fmt(m: dict) -> str:
    return (
        f"[{m['start']}:{m['end']}] {m.get('surface', '')!r} {m.get('kind')} "
        f"{m.get('earliest')}..{m.get('latest')} {m.get('granularity')} "
        f"resolved={m.get('resolved')}"
    )


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


# --------------------------------------------------------------------------- comparing


class Counts:
    def __init__(self) -> None:
        self.gold = 0
        self.pred = 0
        self.span_tp_gold = 0  # gold mentions whose span was found
        self.span_tp_pred = 0  # predictions whose span is a gold span
        self.value_tp = 0  # exact (span + value) matches

    def add(self, other: Counts) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @staticmethod
    def _r(a: int, b: int) -> float | None:
        return None if b == 0 else a / b

    def as_dict(self) -> dict:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "span_precision": self._r(self.span_tp_pred, self.pred),
            "span_recall": self._r(self.span_tp_gold, self.gold),
            "value_precision": self._r(self.value_tp, self.pred),
            "value_recall": self._r(self.value_tp, self.gold),
        }


def compare_article(gold: list[dict], pred: list[dict], not_dates: Iterable[dict] = ()) -> dict:
    """Compare one article's predictions with its gold mentions."""
    not_dates = list(not_dates)
    gold_spans = {span(g) for g in gold}
    pred_spans = {span(p) for p in pred}
    gold_keys = {key(g) for g in gold}
    pred_keys = {key(p) for p in pred}

    missing = [g for g in gold if key(g) not in pred_keys]
    extra = [p for p in pred if key(p) not in gold_keys]
    trap_hits = [(nd, p) for nd in not_dates for p in pred if overlaps(nd, p)]

    overall = Counts()
    overall.gold, overall.pred = len(gold), len(pred)
    overall.span_tp_gold = sum(span(g) in pred_spans for g in gold)
    overall.span_tp_pred = sum(span(p) in gold_spans for p in pred)
    overall.value_tp = len(gold_keys & pred_keys)

    # Per phenomenon: gold mentions carrying the tag (and the kind as kind:<k>);
    # predictions are attributed to the tags of the gold mentions / traps they overlap.
    per: dict[str, Counts] = defaultdict(Counts)
    tagged = [(g, tags_of(g)) for g in gold] + [(nd, tags_of(nd, trap=True)) for nd in not_dates]
    for g in gold:
        for t in tags_of(g):
            c = per[t]
            c.gold += 1
            c.span_tp_gold += span(g) in pred_spans
            c.value_tp += key(g) in pred_keys
    for p in pred:
        tags: set[str] = set()
        for item, ts in tagged:
            if overlaps(item, p):
                tags.update(ts)
        if not tags:
            tags = {"(unattributed)"}
        for t in tags:
            c = per[t]
            c.pred += 1
            c.span_tp_pred += span(p) in gold_spans
    return {"overall": overall, "per": per, "missing": missing, "extra": extra, "trap_hits": trap_hits}


def tags_of(item: dict, trap: bool = False) -> list[str]:
    if trap:
        return [f"not_date:{t}" for t in item.get("tags", [])]
    return [*list(item.get("tags", [])), f"kind:{item['kind']}"]


def evaluate(name: str, verbose: bool = False, out=sys.stdout) -> dict:
    """Run the extractor over every article and condition of a gold file."""
    overall = Counts()
    per: dict[str, Counts] = defaultdict(Counts)
    details = []
    for art in load_gold(name):
        text = read_text(art["file"])
        for published, gold in conditions(art):
            pred, _inf = run_extractor(text, art["id"], published)
            res = compare_article(gold, pred, art.get("not_dates", []))
            overall.add(res["overall"])
            for t, c in res["per"].items():
                per[t].add(c)
            details.append(
                {
                    "article": art["id"],
                    "published": published,
                    "missing": [fmt(m) for m in res["missing"]],
                    "extra": [fmt(m) for m in res["extra"]],
                    "trap_hits": [f"{nd['surface']!r} <- {fmt(p)}" for nd, p in res["trap_hits"]],
                }
            )
    report = {
        "gold": name,
        "overall": overall.as_dict(),
        "per_phenomenon": {t: per[t].as_dict() for t in sorted(per)},
        "trap_hits": sum(len(d["trap_hits"]) for d in details),
        "details": details,
    }
    return report


def print_table(report: dict, verbose: bool = False, out=sys.stdout) -> None:
    def f(x):
        return "   -  " if x is None else f"{x:6.3f}"

    print(f"\n== {report['gold']}: precision/recall (span | value)", file=out)
    print(
        f"{'phenomenon':28} {'gold':>5} {'pred':>5}  {'spanP':>6} {'spanR':>6}  {'valP':>6} {'valR':>6}",
        file=out,
    )
    rows = [*list(report["per_phenomenon"].items()), ("OVERALL", report["overall"])]
    for t, d in rows:
        print(
            f"{t:28} {d['gold']:5d} {d['pred']:5d}  {f(d['span_precision'])} {f(d['span_recall'])}  "
            f"{f(d['value_precision'])} {f(d['value_recall'])}",
            file=out,
        )
    print(f"not_dates extracted: {report['trap_hits']}", file=out)
    if verbose:
        for d in report["details"]:
            if d["missing"] or d["extra"] or d["trap_hits"]:
                print(f"\n-- {d['article']} published={d['published']}", file=out)
                for s in d["missing"]:
                    print(f"   missing  {s}", file=out)
                for s in d["extra"]:
                    print(f"   extra    {s}", file=out)
                for s in d["trap_hits"]:
                    print(f"   NOT-DATE {s}", file=out)


def write_report(reports: list[dict], path: Path = REPORT_PATH) -> Path:
    path.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("which", nargs="*", default=["seeds", "articles"], choices=["seeds", "articles"])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    ap.add_argument("--json", type=Path, default=REPORT_PATH, help=f"report file (default {REPORT_PATH})")
    args = ap.parse_args(argv)
    reports = []
    for name in args.which:
        rep = evaluate(name)
        print_table(rep, verbose=args.verbose)
        reports.append(rep)
    print(f"\nreport written to {write_report(reports, args.json)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
