"""Issue 14, item 1: the cache never touches a file that is not its own.

Each case runs the real command line (``viewer.cli.extract.main``) on a copy of
the seeds with a hostile ``--cache`` and checks that the file named is byte for
byte what it was, that nothing was created next to it, that the refusal is
said on stderr (even with ``-q``) and that the run still produced the seeds'
events without a cache.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import SEEDS

from viewer.cli import extract as cli
from viewer.store import Store
from viewer.store.guard import APPLICATION_ID

ARTICLE = "انضمت الكويت إلى مبادرة إسطنبول للتعاون عام 2004.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("ref") / "o.json"
    assert cli.main([str(SEEDS), "--no-cache", "--out", str(out), "-q"]) == 0
    return json.loads(out.read_bytes())


def _run(capsys, *argv: str) -> tuple[int, dict | None, str]:
    capsys.readouterr()
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else None, captured.err


def _same_events(out: dict, reference: dict) -> bool:
    return [e["id"] for e in out["events"]] == [e["id"] for e in reference["events"]]


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_typo_cache_naming_an_article_is_refused(tmp_path, corpus, capsys):
    # `extract --cache a.txt b.txt`: a.txt is an article the user meant to read.
    a = corpus / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    before = a.read_bytes()
    code, out, err = _run(capsys, "--cache", str(a), str(corpus / "000_0b23c83037af3ae1.txt"), "-q")
    assert code == 0 and out is not None
    assert a.read_bytes() == before
    assert not [n for n in _listing(corpus) if n.startswith("a.txt")][1:]  # no a.txt.corrupt-…, no -wal
    assert "a.txt" in err and "working without a cache" in err


def test_cache_inside_the_corpus_is_refused(corpus, capsys, reference):
    before = _listing(corpus)
    code, out, err = _run(capsys, str(corpus), "--cache", str(corpus / "sub" / "cache.db"))
    assert code == 0 and _same_events(out, reference)
    assert "inside the folder being read" in err
    assert _listing(corpus) == before


def test_cache_that_is_an_input_file_through_a_link_is_refused(tmp_path, corpus, capsys, reference):
    empty = tmp_path / "empty_article"  # an empty input (no suffix, so only the input check sees it)
    empty.write_bytes(b"")
    link = tmp_path / "cache.db"
    link.symlink_to(empty)
    code, out, err = _run(capsys, str(corpus), str(empty), "--cache", str(link))
    assert code == 0 and out is not None
    assert empty.read_bytes() == b"" and "one of the files being read" in err


def test_link_to_an_empty_file_is_refused(tmp_path, corpus, capsys):
    empty = tmp_path / "notes"
    empty.write_bytes(b"")
    link = tmp_path / "c.db"
    link.symlink_to(empty)
    code, out, err = _run(capsys, str(corpus), "--cache", str(link))
    assert code == 0 and out is not None
    assert empty.read_bytes() == b"" and "link to an empty file" in err


def test_foreign_sqlite_is_not_switched_to_wal_nor_renamed(tmp_path, corpus, capsys, reference):
    db = tmp_path / "other.sqlite"
    conn = sqlite3.connect(db)
    conn.executescript("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('سارة');")
    conn.close()
    before = db.read_bytes()
    code, out, err = _run(capsys, str(corpus), "--cache", str(db), "-q")
    assert code == 0 and _same_events(out, reference)
    assert db.read_bytes() == before and before[18:20] == b"\x01\x01"  # still a rollback-journal db
    assert _listing(tmp_path) == ["corpus", "other.sqlite"]
    assert "another program" in err


@pytest.mark.parametrize("special", ["/dev/null", "fifo"])
def test_special_files_are_refused_and_nothing_is_created_beside_them(tmp_path, corpus, capsys, special):
    if special == "fifo":
        special = str(tmp_path / "pipe.db")
        os.mkfifo(special)
    before = set(os.listdir(os.path.dirname(special)))
    code, out, err = _run(capsys, str(corpus), "--cache", special, "-q")
    assert code == 0 and out is not None and out["events"]
    assert "not a regular file" in err
    assert set(os.listdir(os.path.dirname(special))) == before  # no /dev/null-journal


def test_our_cache_is_recognised_by_its_mark_and_reused(tmp_path, corpus, capsys, reference):
    db = tmp_path / "mine.db"
    assert _run(capsys, str(corpus), "--cache", str(db))[0] == 0
    header = db.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00") and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    with Store(db) as st:
        assert st.path == db and st.problems == [] and st.count() > 0


def test_cache_from_before_the_mark_is_still_ours(tmp_path):
    db = tmp_path / "old.db"
    with Store(db):
        pass
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    with Store(db) as st:
        assert st.path == db and st.problems == []
    assert int.from_bytes(db.read_bytes()[68:72], "big") == APPLICATION_ID  # marked now


def test_window_loader_refuses_a_cache_inside_a_later_corpus(tmp_path):
    st = Store(tmp_path / "c" / "cache.db")
    try:
        assert st.conflict([tmp_path / "elsewhere"]) is None
        assert "inside the folder" in (st.conflict([tmp_path]) or "")
    finally:
        st.close()
