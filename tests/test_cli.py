"""``python -m viewer extract``: formats, exit codes, problems, cache, kill -9 mid-run."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from viewer.bench import synth
from viewer.cli import extract as cli
from viewer.model import Article, Problem
from viewer.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _fake_read_corpus(paths):
    """Stand-in for viewer.corpus.reader while it does not exist yet (tests only)."""
    arts, probs = [], []
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(x for x in p.iterdir() if x.suffix in (".txt", ".html"))
        elif p.exists():
            files.append(p)
        else:
            probs.append(Problem(kind="unreadable", message="no such file", path=str(p), severity="error"))
    for f in files:
        data = f.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            probs.append(Problem(kind="encoding", message="not UTF-8", path=str(f), severity="error"))
            continue
        if not text.strip():
            probs.append(Problem(kind="empty", message="empty file", path=str(f), severity="error"))
            continue
        arts.append(Article(id=f.stem, path=str(f), text=text, title=text.split("\n", 1)[0],
                            sha256=hashlib.sha256(data).hexdigest()))
    return arts, probs


def _has_reader() -> bool:
    try:
        import viewer.corpus.reader  # noqa: F401
    except ImportError:
        return False
    return True


HAS_READER = _has_reader()  # checked before any fake is installed


@pytest.fixture(autouse=True)
def reader(monkeypatch: pytest.MonkeyPatch) -> None:
    if not HAS_READER:
        mod = types.ModuleType("viewer.corpus.reader")
        mod.read_corpus = _fake_read_corpus  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "viewer.corpus.reader", mod)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    synth.write_corpus(synth.generate(6, 11), folder)
    return folder


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_to_stdout(corpus: Path, tmp_path: Path, capsys) -> None:
    code, out, err = run([str(corpus), "--cache", str(tmp_path / "c.db")], capsys)
    assert code == 0, err
    doc = json.loads(out)
    assert set(doc) == {"articles", "mentions", "events", "problems"}
    assert len(doc["articles"]) == 6
    assert "text" not in doc["articles"][0]
    assert doc["mentions"] and doc["events"]
    text = (corpus / "synth_00000.txt").read_text(encoding="utf-8")
    m = next(m for m in doc["mentions"] if m["article"] == "synth_00000")
    assert text[m["start"]:m["end"]] == m["surface"]


def test_jsonl_records(corpus: Path, capsys) -> None:
    code, out, _ = run([str(corpus), "--no-cache", "--format", "jsonl"], capsys)
    assert code == 0
    recs = [json.loads(line) for line in out.splitlines()]
    types_ = [r["type"] for r in recs]
    assert types_.count("article") == 6
    assert {"article", "mention", "event"} <= set(types_)
    assert types_ == sorted(types_, key=["article", "mention", "event", "problem"].index)


def test_csv_file_with_bom(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "events.csv"
    code, stdout, _ = run([str(corpus), "--no-cache", "--out", str(out)], capsys)  # format from suffix
    assert code == 0 and stdout == ""
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["id", "earliest", "latest", "granularity", "kind", "certain", "title", "topics",
                       "actors", "articles", "flags", "importance", "sources", "places", "date_source"]
    assert all(0 <= float(r[11]) <= 1 for r in rows[1:])  # every exported event is scored
    assert len(rows) > 1
    assert all(len(r) == len(rows[0]) for r in rows)
    assert not list(tmp_path.glob(".events.csv.*"))  # no temp file left behind


def test_csv_cells_never_start_a_formula() -> None:
    from viewer.model import Event

    e = Event(id="e1", earliest=None, latest=None, granularity="year", kind="absolute", title="=1+1",
              actors=["@x"])
    row = cli.event_csv_row(e)
    assert row[6] == "'=1+1" and row[8] == "'@x"


def test_exit_1_when_nothing_readable(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("   \n", encoding="utf-8")
    code, out, err = run([str(empty), "--no-cache"], capsys)
    assert code == 1
    assert json.loads(out)["articles"] == []
    assert "no article could be read" in err
    code, _, err = run([str(tmp_path / "missing.txt"), "--no-cache"], capsys)
    assert code == 1
    assert "missing.txt" in err


def test_warnings_still_exit_0_and_problems_listed_once(corpus: Path, tmp_path: Path, capsys) -> None:
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00garbage\x00" * 10)
    missing = str(tmp_path / "nope.txt")
    code, _, err = run([str(corpus), missing, missing, "--no-cache"], capsys)
    assert code == 0
    lines = err.splitlines()
    assert len(lines) == len(set(lines))
    assert any(line.startswith(missing + ": ") for line in lines)


@pytest.mark.parametrize("argv", [
    ["--format", "xml"],
    ["--pubdate", "a.txt=2024-13-45"],
    ["--pubdate", "no-equals-sign"],
    ["--jobs", "x"],
    ["--cache", "x.db", "--no-cache"],
])
def test_usage_errors_exit_2(corpus: Path, argv: list[str], capsys) -> None:
    code, out, err = run([str(corpus), *argv], capsys)
    assert code == 2
    assert out == ""
    assert "usage:" in err


def test_bad_pubdate_message_is_clear(corpus: Path, capsys) -> None:
    code, _, err = run([str(corpus), "--pubdate", "a.txt=2024/12/08"], capsys)
    assert code == 2
    assert "'2024/12/08' is not a date (expected YYYY-MM-DD" in err


def test_no_paths_is_usage_error(capsys) -> None:
    code, _, err = run([], capsys)
    assert code == 2 and "usage:" in err


def test_pubdate_applied(corpus: Path, capsys) -> None:
    code, out, err = run([str(corpus), "--no-cache", "--pubdate", "synth_00001.txt=2024-12-08",
                          "--pubdate", "nothing.txt=2020-01-01"], capsys)
    assert code == 0
    arts = {a["id"]: a for a in json.loads(out)["articles"]}
    assert arts["synth_00001"]["published"] == "2024-12-08"
    assert arts["synth_00001"]["published_how"] == "cli"
    assert "nothing.txt: --pubdate matches no article" in err


def test_cache_is_used_and_output_identical(corpus: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "c.db"
    _, first, _ = run([str(corpus), "--cache", str(db)], capsys)
    with Store(db) as st:
        assert st.count() == 6
    _, second, _ = run([str(corpus), "--cache", str(db), "--jobs", "2"], capsys)
    _, nocache, _ = run([str(corpus), "--no-cache"], capsys)
    assert first == second == nocache


def test_quiet_hides_warnings_not_a_refused_cache(corpus: Path, tmp_path: Path, capsys) -> None:
    (corpus / "old.txt").write_bytes("الكويت عام 2004".encode("cp1256"))  # a decoding warning
    db = tmp_path / "c.db"
    code, _, err = run([str(corpus), "--cache", str(db)], capsys)
    assert code == 0 and "Windows-1256" in err
    code, _, err = run([str(corpus), "--cache", str(db), "--quiet"], capsys)
    assert code == 0 and err == ""
    # A cache that is refused is an error: shown even with --quiet, and the run goes on.
    junk = tmp_path / "notes.db"
    junk.write_bytes(os.urandom(4096))
    code, out, err = run([str(corpus), "--cache", str(junk), "--quiet"], capsys)
    assert code == 0 and "not a cache of this application" in err and json.loads(out)["events"]


def test_module_entry_point(corpus: Path, tmp_path: Path) -> None:
    if not HAS_READER:
        pytest.skip("viewer.corpus.reader not available yet")
    out = tmp_path / "o.json"
    p = subprocess.run([sys.executable, "-m", "viewer", "extract", str(corpus), "--no-cache",
                        "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["articles"]) == 6
    p = subprocess.run([sys.executable, "-m", "viewer", "extract", str(corpus), "--pubdate", "x=1"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2


def _cached(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM results").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_9_during_ingest_leaves_a_usable_cache(tmp_path: Path, capsys) -> None:
    """SIGKILL a real ``python -m viewer extract --jobs 1`` once the cache holds some rows:
    the cache opens as is, holds only complete results (each equal to a fresh extraction),
    and a second run finishes with the same output as an uninterrupted run."""
    if not HAS_READER:
        pytest.skip("viewer.corpus.reader not available yet")
    import dataclasses

    from viewer import loading
    from viewer.corpus.reader import read_corpus

    n = 160
    folder = tmp_path / "corpus"
    synth.write_corpus(synth.generate(n, 5), folder)
    db = tmp_path / "cache" / "cache.db"
    out = tmp_path / "out.json"
    cmd = [sys.executable, "-m", "viewer", "extract", str(folder), "--cache", str(db), "--jobs", "1",
           "--quiet", "--out", str(out)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while _cached(db) < 32 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert proc.poll() is None, "the run finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        if proc.stderr is not None:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert not out.exists()  # output is written atomically

    # The cache opens as it is: nothing moved aside, no problem, the file is consistent.
    with Store(db) as st:
        assert st.problems == []
        done = st.count()
        assert 0 < done < n
        assert st.search("الكويت")
        articles, _ = read_corpus([folder])
        hits = st.get_many(articles)
    assert not list(db.parent.glob("*.corrupt-*"))
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    # Only complete results: every cached article has all its mentions, events and problems.
    assert len(hits) == done
    fresh_articles, _ = read_corpus([folder])
    for i, cached in hits.items():
        fresh = loading.process_article(dataclasses.replace(fresh_articles[i]))
        assert cached.mentions == fresh.mentions, cached.article.id
        assert cached.events == fresh.events, cached.article.id
        assert cached.problems == fresh.problems, cached.article.id

    # A second run completes from there ...
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    with Store(db) as st:
        assert st.count() == n
    # ... with the same output as a run that was never interrupted.
    reference = tmp_path / "reference.json"
    assert cli.main([str(folder), "--no-cache", "--quiet", "--out", str(reference)]) == 0
    capsys.readouterr()
    assert out.read_bytes() == reference.read_bytes()
    assert len(json.loads(out.read_text(encoding="utf-8"))["articles"]) == n


def test_out_to_a_fifo_writes_into_it_and_keeps_it(corpus: Path, tmp_path: Path, capsys) -> None:
    """``--out /dev/null`` (or a FIFO) is written to as it is: an atomic rename would put a
    regular file in its place — run as root, that replaced the machine's /dev/null."""
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    code, _, err = run([str(corpus), "--no-cache", "--quiet", "--out", str(fifo)], capsys)
    reader.join(30)
    assert code == 0, err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(got[0].decode("utf-8"))["events"]
