"""The user store: where it lives, undo/redo at the log, dates, migration once, damage, kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from viewer.model import Article
from viewer.userstore import Anchor, Edit, UserStore
from viewer.userstore.db import corpus_key, data_dir, store_path_for
from viewer.userstore.migrate import migrate_pubdates

ROOT = Path(__file__).resolve().parent.parent

A = Anchor("ab" * 32, "a1", 10, 60, 20, 28, "عام 2004", "انضمت الكويت")


def title(t: str) -> Edit:
    return Edit("title", ((A,),), {"title": t})


def test_store_lives_in_the_data_dir_keyed_by_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    path = store_path_for([corpus])
    assert path.is_relative_to(data_dir())
    assert not path.is_relative_to(corpus)
    import platformdirs

    assert not path.is_relative_to(Path(platformdirs.user_cache_dir()))
    # the same folder named differently is the same corpus; another folder is another
    assert corpus_key([corpus]) == corpus_key([tmp_path / "news" / ".." / "news"])
    other = tmp_path / "other"
    other.mkdir()
    assert corpus_key([corpus]) != corpus_key([other])
    with UserStore.for_corpus([corpus]) as st:
        st.add(title("x"))
    assert path.exists() and list(corpus.iterdir()) == []  # nothing written into the source folder


def test_log_order_undo_and_redo(tmp_path: Path) -> None:
    st = UserStore(tmp_path / "u.sqlite")
    a, b, c = st.add(title("1")), st.add(title("2")), st.add(title("3"))
    assert [e.payload["title"] for e in st.edits()] == ["1", "2", "3"]
    assert st.remove(c.id)  # undo
    assert [e.payload["title"] for e in st.edits()] == ["1", "2"]
    st.add(c)  # redo: back in its place (same seq)
    assert [e.id for e in st.edits()] == [a.id, b.id, c.id]
    st.remove(b.id)
    st.add(b)
    assert [e.id for e in st.edits()] == [a.id, b.id, c.id]
    assert not st.remove("nope")
    st.close()
    with UserStore(tmp_path / "u.sqlite") as again:
        got = again.edits()
    assert [e.to_dict() for e in got] == [e.to_dict() for e in (a, b, c)]


def test_pubdates_set_forget_and_migrate_once(tmp_path: Path) -> None:
    st = UserStore(tmp_path / "u.sqlite")
    arts = [Article("a1", "/x/a1.txt", "نص", sha256="1" * 64), Article("a2", "/x/a2.txt", "نص", sha256="2" * 64)]
    legacy = {"1" * 64: date(2024, 12, 8), "a2": date(2023, 1, 5), "other": date(2020, 1, 1)}
    assert migrate_pubdates(st, legacy, "qsettings", arts) == 2
    # keyed by content hash in the store; an entry for an article not in the corpus stays out
    assert st.pubdates() == {"1" * 64: date(2024, 12, 8), "2" * 64: date(2023, 1, 5)}
    st.set_pubdate("1" * 64, None)  # the user forgets a date ...
    assert migrate_pubdates(st, legacy, "qsettings", arts) == 0  # ... and a relaunch does not bring it back
    assert st.pubdates() == {"2" * 64: date(2023, 1, 5)}
    st.set_pubdate("2" * 64, date(2023, 2, 1))
    assert st.pubdates()["2" * 64] == date(2023, 2, 1)
    # another source migrates separately, never over a date the user set
    assert migrate_pubdates(st, {"a2": date(1999, 1, 1)}, "cache", arts) == 0
    assert st.pubdates()["2" * 64] == date(2023, 2, 1)


def test_damaged_store_is_kept_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite"
    path.write_bytes(b"not a database at all " * 100)
    st = UserStore(path)
    assert [p.kind for p in st.problems] == ["user-store"]
    kept = list(tmp_path.glob("u.sqlite.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"not a database")
    st.add(title("after"))
    assert [e.payload["title"] for e in st.edits()] == ["after"]


def test_unreadable_row_is_skipped_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite"
    with UserStore(path) as st:
        st.add(title("good"))
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO edits (id, kind, body, created) VALUES ('bad', 'title', '{not json', 0)")
    conn.commit()
    conn.close()
    with UserStore(path) as st:
        assert [e.payload["title"] for e in st.edits()] == ["good"]
        assert any("unreadable" in p.message for p in st.problems)


WRITER = r"""
import sys, time
from viewer.userstore import Anchor, Edit, UserStore
st = UserStore(sys.argv[1])
a = Anchor("cd" * 32, "a1", 0, 50, 5, 13, "عام 2017", "افتتاح المركز")
n = 0
print("ready", flush=True)
while True:
    n += 1
    big = "ملاحظة طويلة " * (500 + n % 700)   # an edit spanning several pages
    st.add_many([Edit("note", ((a,),), {"text": big, "group": sys.argv[2] + ":" + str(n), "part": k}) for k in range(3)])
"""


@pytest.mark.slow
def test_kill_9_during_edits_leaves_each_edit_whole_or_absent(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for run, delay in enumerate((0.15, 0.4, 0.7)):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(run)], stdout=subprocess.PIPE, env=env)
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with UserStore(path) as st:
            edits = st.edits()
            assert st.problems == []
        groups: dict[str, list[int]] = {}
        for e in edits:
            assert e.payload["text"].startswith("ملاحظة طويلة")  # every edit decodes whole
            groups.setdefault(e.payload["group"], []).append(e.payload["part"])
        assert any(g.startswith(f"{run}:") for g in groups), "the writer wrote nothing before the kill"
        # each transaction is all there or not at all
        assert all(sorted(parts) == [0, 1, 2] for parts in groups.values())
