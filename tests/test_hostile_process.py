"""Issue 14, item 7: pool workers end with their parent, however it ends (a real ``kill -9``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from viewer.bench import synth

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

PARENT = """
import sys
from viewer.loading import ingest
print("start", flush=True)
ingest([sys.argv[1]], store=None, jobs=2)
print("done", flush=True)
"""


def _children(pid: int) -> set[int]:
    out = set()
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                out.add(int(d))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its exit status is left


def test_kill_9_of_the_parent_ends_the_pool(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for a in synth.generate(400, seed=14):  # long enough that the pool is busy when killed
        (corpus / f"{a.id}.txt").write_text(a.text * 3, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(corpus)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout.readline().strip() == "start"
        deadline = time.monotonic() + 60
        kids: set[int] = set()
        while time.monotonic() < deadline:
            kids = _children(parent.pid)
            if len(kids) >= 3:  # two workers and the resource tracker
                break
            time.sleep(0.1)
        assert len(kids) >= 3, kids
        time.sleep(0.5)  # workers are extracting
        assert parent.poll() is None, "the load finished before it could be killed"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(k) for k in kids):
            time.sleep(0.1)
        left = [k for k in kids if _alive(k)]
        assert not left, f"still running after the parent's kill -9: {left}"
    finally:
        if parent.poll() is None:
            parent.kill()
        for k in _children(parent.pid):
            try:
                os.kill(k, signal.SIGKILL)
            except OSError:
                pass
