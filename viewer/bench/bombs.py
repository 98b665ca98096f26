"""File bombs: hostile *files* (not texts) through the whole loading path.

``python -m viewer.bench.bombs CASE [SIZE]`` builds one hostile corpus in a
temporary folder (next to one ordinary article), runs ``ingest`` on it without a
cache and prints one JSON line ``{"case", "size", "seconds", "peak_mb",
"articles", "problems", "kinds", "error"}``.  ``peak_mb`` is the process's peak
resident memory (``ru_maxrss``) minus what it was before loading, so each case
runs in its own process (the benchmark's adversarial section does that, with a
time budget).  ``SIZE`` scales the case (bytes, nesting depth …); the default
is the size of the report that found it.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ORDINARY = "افتتح المركز الإقليمي في الكويت في كانون الثاني 2017 بعد انضمامها إلى المبادرة عام 2004.\n"


def _manifest_dotted_key(folder: Path, size: int) -> None:
    key = ".".join(["a"] * (size // 2))
    (folder / "manifest.toml").write_text(f"{key} = 1\n", encoding="utf-8")


def _manifest_nested(folder: Path, size: int) -> None:
    (folder / "manifest.toml").write_text("x = " + "[" * size + "]" * size + "\n", encoding="utf-8")


def _open_tags(folder: Path, size: int) -> None:
    (folder / "tags.html").write_bytes(b"<p>\xd9\x86\xd8\xb5</p>" + b"<a " * (size // 3))


def _attributes(folder: Path, size: int) -> None:
    (folder / "attrs.html").write_bytes(b"<p " + b"a=1 " * (size // 4) + b">\xd9\x86\xd8\xb5 2004</p>")


def _dense_dates(folder: Path, size: int) -> None:
    unit = "2020/1/1 "
    (folder / "dates.txt").write_text(unit * (size // len(unit)), encoding="utf-8")


def _sparse(folder: Path, size: int) -> None:
    with open(folder / "sparse.txt", "wb") as fh:
        fh.write(ORDINARY.encode("utf-8"))
        fh.truncate(size)


def _codec(folder: Path, size: int) -> None:
    (folder / "idna.html").write_bytes(b'<meta charset="idna"><p>x \xff</p>')


def _name(folder: Path, size: int) -> None:
    # An Arabic name in Windows-1256 bytes, as unpacked from an old zip archive.
    name = "تقرير.txt".encode("cp1256")
    with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
        fh.write(ORDINARY.encode("utf-8"))


CASES: dict[str, tuple[Callable[[Path, int], None], int]] = {
    "manifest_dotted_key": (_manifest_dotted_key, 300_000),
    "manifest_nested": (_manifest_nested, 500),
    "html_open_tags": (_open_tags, 30_000_000),
    "html_attributes": (_attributes, 30_000_000),
    "dense_dates": (_dense_dates, 10_000_000),
    "sparse_20gb": (_sparse, 20 << 30),
    "declared_codec_idna": (_codec, 0),
    "non_utf8_name": (_name, 0),
}


def _rss_mb() -> float:
    """Peak resident memory of this process, MB.  VmHWM belongs to the process's own address
    space; ``ru_maxrss`` after fork + exec can still hold the (larger) parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run_case(case: str, size: int | None = None) -> dict:
    from viewer.loading import ingest

    make, default = CASES[case]
    size = default if size is None else size
    with tempfile.TemporaryDirectory(prefix="bomb-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        (folder / "ordinary.txt").write_text(ORDINARY, encoding="utf-8")
        make(folder, size)
        base = _rss_mb()
        t = time.perf_counter()
        out: dict = {"case": case, "size": size}
        try:
            result = ingest([folder], store=None)
        except BaseException as exc:
            out.update(seconds=time.perf_counter() - t, peak_mb=_rss_mb() - base, articles=0,
                       problems=0, kinds=[], error=f"{type(exc).__name__}: {str(exc)[:120]}")
            return out
        out.update(seconds=time.perf_counter() - t, peak_mb=_rss_mb() - base,
                   articles=len(result.articles), problems=len(result.problems),
                   kinds=sorted({p.kind for p in result.problems}), error=None)
        return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in CASES or len(argv) > 2:
        print(f"usage: python -m viewer.bench.bombs {{{','.join(CASES)}}} [SIZE]", file=sys.stderr)
        return 2
    size = int(float(argv[1])) if len(argv) == 2 else None
    print(json.dumps(run_case(argv[0], size), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
