"""Adversarial inputs for the extractor (no catastrophic backtracking allowed).

``python -m viewer.bench.adversarial CASE MB[,MB…]`` builds, for each size, one
input of about ``MB`` megabytes (UTF-8), runs ``process_article`` on it once and
prints a JSON line ``{"case", "bytes", "seconds", "mentions", "events"}`` (sizes
in the order given, each line flushed).  The benchmark runs each case in its
own process with a time budget, so a pathological case shows up as a timeout
(and the sizes before it show how time grows) instead of hanging the run.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from viewer.bench import synth

_MONTHS = " ".join(
    [v for names in synth.GREGORIAN for v in names] + synth.LEVANTINE + synth.MAGHREBI + synth.HIJRI
) + " "


def _repeat(unit: str, nbytes: int) -> str:
    n = max(1, nbytes // max(1, len(unit.encode("utf-8"))))
    return unit * n


def _single_line(nbytes: int) -> str:
    parts: list[str] = []
    size = 0
    i = 0
    while size < nbytes:
        t = " ".join(synth.generate(1, seed=1000 + i)[0].text.split())
        parts.append(t)
        size += len(t.encode("utf-8")) + 1
        i += 1
    return " ".join(parts)


def _nested(nbytes: int) -> str:
    half = nbytes // 2
    return "[" * half + "]" * half


CASES: dict[str, Callable[[int], str]] = {
    "digit_run": lambda b: _repeat("0123456789", b),
    "eastern_digit_run": lambda b: _repeat("٠١٢٣٤٥٦٧٨٩", b),
    "spaced_numbers": lambda b: _repeat("2024 15 7 1999 ٢٠٢٤ 31 ", b),
    "month_names": lambda b: _repeat(_MONTHS, b),
    "month_year_pairs": lambda b: _repeat("يناير 2020 شباط ٢٠٢١ جويلية 1999 ", b),
    "nested_brackets": _nested,
    "nested_parens": lambda b: "(" * (b // 2) + "2016-2017" + ")" * (b // 2),
    "unclosed_placeholder": lambda b: _repeat("[أدخل التاريخ هنا ", b),
    "range_chain": lambda b: "عامي " + _repeat("2015 و", b) + "2016",
    "dash_chain": lambda b: _repeat("2016-", b) + "2017",
    "clitic_soup": lambda b: _repeat("وبالعام ولعام فبالذكرى الـ منذ منذ عام ", b),
    "single_line_1mb": _single_line,
}


def build(case: str, mb: float) -> str:
    return CASES[case](int(mb * 1_000_000))


def run_case(case: str, mb: float) -> dict:
    from viewer import loading
    from viewer.model import Article

    text = build(case, mb)
    article = Article(id=f"adv_{case}", path=f"{case}.txt", text=text)
    t = time.perf_counter()
    result = loading.process_article(article)
    dt = time.perf_counter() - t
    return {"case": case, "bytes": len(text.encode("utf-8")), "seconds": dt,
            "mentions": len(result.mentions), "events": len(result.events)}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) != 2 or argv[0] not in CASES:
        print(f"usage: python -m viewer.bench.adversarial {{{','.join(CASES)}}} MB[,MB…]", file=sys.stderr)
        return 2
    for mb in argv[1].split(","):
        print(json.dumps(run_case(argv[0], float(mb))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
