"""JSONL-at-scale benchmark child: ``python -m viewer.bench.jsonl FILE --mode read|ingest [--jobs N]``.

Issue 9 §4: a 100,000-record JSONL dump loads with progress and without
holding every record twice in memory.  Run in its own process so the peak
resident set (``ru_maxrss``) is this load's alone.  Prints one JSON line:
records, seconds, records/s, progress calls while reading, the resident set
before / at peak / after, and the peak per record next to the file's bytes
per record (a record held twice would cost at least twice its text).

``write_dump`` writes the file the driver measures: wire-style Arabic records
(title, content of 2-4 sentences, a publication date in the formats dumps use,
url, source) from the synthetic article generator, with a bad line every
thousand (not JSON, no text field).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from viewer.bench.window import rss_mb


def write_dump(path: Path, n: int, seed: int = 0) -> int:
    """``n`` records (plus the bad lines) to ``path``; returns the file size in bytes."""
    from viewer.bench import synth

    pool = synth.generate(400, seed)
    sentences = [[s.strip() for s in a.text.replace("\n", " ").split(".") if len(s.strip()) > 20] for a in pool]
    dates = ("2024-03-{:02d}", "2024-03-{:02d}T08:15:00+03:00", "Tue, {:02d} Mar 2024 10:00:00 GMT")
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            if i % 1000 == 999:
                f.write("{broken json\n" if i % 2000 == 999 else json.dumps({"id": f"x{i}", "title": "بلا نص"}) + "\n")
                continue
            sent = sentences[i % len(sentences)]
            k = i // len(sentences)
            body = ". ".join(sent[(k + j) % len(sent)] for j in range(2 + i % 3)) + "."
            rec = {"id": f"wire-{i}", "title": sent[k % len(sent)][:80], "content": body,
                   "published": dates[i % 3].format(1 + i % 28), "url": f"https://example.news/{i}",
                   "source": ("وكالة الأنباء", "صحيفة الخليج", "النشرة")[i % 3]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m viewer.bench.jsonl")
    p.add_argument("file", type=Path)
    p.add_argument("--mode", choices=("read", "ingest"), default="read")
    p.add_argument("--jobs", type=int, default=1)
    args = p.parse_args(argv)
    from viewer import loading

    calls = {"reading": 0, "progress": 0}

    def reading(_d: int, _t: int, _n: str) -> None:
        calls["reading"] += 1

    def progress(_d: int, _t: int, _n: str) -> None:
        calls["progress"] += 1

    before = rss_mb()
    t = time.perf_counter()
    if args.mode == "read":
        articles, problems = loading.read([args.file], progress=reading)
        n, events = len(articles), None
    else:
        result = loading.ingest([args.file], jobs=args.jobs, user_pubdates=False, reading=reading, progress=progress)
        n, problems, events = len(result.articles), result.problems, len(result.events)
    secs = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000
    size = args.file.stat().st_size
    print(json.dumps({
        "mode": args.mode, "records": n, "bad_records": sum(p.kind == "record" for p in problems),
        "events": events, "seconds": secs, "records_per_s": n / secs if secs else None,
        "reading_progress_calls": calls["reading"], "progress_calls": calls["progress"],
        "rss_before_mb": before, "rss_peak_mb": peak, "rss_after_mb": rss_mb(),
        "peak_kb_per_record": (peak - before) * 1000 / n if n else None,
        "file_bytes_per_record": size / n if n else None, "file_mb": size / 1e6,
    }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
