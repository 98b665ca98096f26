"""Score the page reading on the page corpus (tests/data/pages, gold in gold/pages.json).

``python -m tests.page_eval [tune|heldout|all] [-v]`` prints the figures the
tests assert: publication dates right where the page states one (and the
invented ones: a date where the page states none, or a wrong one), headlines
right and headlines taken from chrome, furniture lines recognised, body lines
wrongly taken for furniture, and the share of events whose date mention lies
in furniture (a gold furniture line or the wire dateline).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from viewer import loading
from viewer.corpus.reader import read_corpus

PAGES = Path(__file__).parent / "data" / "pages"


def load_gold() -> list[dict]:
    """The generated pages (gold/pages.json) and the hand-written ones (hand/gold.json:
    year-less and Hijri datelines, written after the generator and kept out of it)."""
    generated = json.loads((PAGES / "gold" / "pages.json").read_text("utf-8"))
    return generated + json.loads((PAGES / "hand" / "gold.json").read_text("utf-8"))


@dataclass
class Score:
    pages: int = 0
    stated: int = 0
    date_right: int = 0
    invented: int = 0  # a date where none is stated, or a wrong one
    missed: int = 0
    headline_right: int = 0
    headline_chrome: int = 0
    furniture_lines: int = 0
    furniture_found: int = 0
    body_lines: int = 0
    body_as_furniture: int = 0
    events: int = 0
    events_from_furniture: int = 0
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k != "misses"}
        d["date_accuracy"] = self.date_right / self.stated if self.stated else 1.0
        d["furniture_recall"] = self.furniture_found / self.furniture_lines if self.furniture_lines else 1.0
        d["furniture_event_share"] = self.events_from_furniture / self.events if self.events else 0.0
        return d


def _covered(spans: list[tuple[int, int, str]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b, _ in spans)


def _line_spans(text: str, line: str, whole: bool = True) -> list[tuple[int, int]]:
    """Where ``line`` stands in ``text`` as a whole line (after a list bullet), or anywhere."""
    out, pos = [], 0
    while (i := text.find(line, pos)) >= 0:
        j = i + len(line)
        head = text[text.rfind("\n", 0, i) + 1:i]
        if not whole or (head.strip("* ") == "" and (j == len(text) or text[j] == "\n")):
            out.append((i, j))
        pos = j
    return out


def evaluate(split: str = "tune") -> Score:
    gold = [g for g in load_gold() if split == "all" or g["split"] == split]
    sc = Score()
    for g in gold:
        path = PAGES / g["file"]
        (art,), _ = read_corpus([path])
        res = loading.process_article(art)
        text = art.text
        sc.pages += 1
        got = art.published.isoformat() if art.published and art.published_how != "inferred" else None
        if g["published"] is not None:
            sc.stated += 1
            if got == g["published"]:
                sc.date_right += 1
            elif got is None:
                sc.missed += 1
                sc.misses.append(f"{g['id']}: date missed ({g['published']}); {art.page_notes}")
            else:
                sc.invented += 1
                sc.misses.append(f"{g['id']}: WRONG date {got} ({art.published_how}), gold {g['published']}")
        elif got is not None:
            sc.invented += 1
            sc.misses.append(f"{g['id']}: INVENTED date {got} ({art.published_how}); page states none")
        if art.title == g["headline"]:
            sc.headline_right += 1
        else:
            sc.misses.append(f"{g['id']}: headline {art.title!r}")
        if art.title in g["furniture"] or art.title.strip() in {x.strip("* ") for x in g["furniture"]}:
            sc.headline_chrome += 1
        fspans: list[tuple[int, int]] = []
        for line in g["furniture"]:
            for s, e in _line_spans(text, line):
                sc.furniture_lines += 1
                fspans.append((s, e))
                if _covered(art.furniture, s, e):
                    sc.furniture_found += 1
                else:
                    sc.misses.append(f"{g['id']}: furniture not found: {line!r}")
        if g.get("dateline"):
            fspans.extend(_line_spans(text, g["dateline"], whole=False))
        for line in g["body_lines"]:
            for s, e in _line_spans(text, line):
                sc.body_lines += 1
                if any(a <= s < b or a < e <= b for a, b, _ in art.furniture if (b - a) >= (e - s) * 0.5):
                    sc.body_as_furniture += 1
                    sc.misses.append(f"{g['id']}: body line taken for furniture: {line[:50]!r}")
        for ev in res.events:
            sc.events += 1
            m = ev.evidence[0]
            if any(a <= m.mention_start < b for a, b in fspans):
                sc.events_from_furniture += 1
                sc.misses.append(f"{g['id']}: event from furniture: {text[m.mention_start:m.mention_end]!r}")
    return sc


def main(argv: list[str]) -> None:
    split = argv[0] if argv and not argv[0].startswith("-") else "tune"
    sc = evaluate(split)
    print(json.dumps(sc.as_dict(), indent=1))
    if "-v" in argv:
        print("\n".join(sc.misses))


if __name__ == "__main__":
    main(sys.argv[1:])
