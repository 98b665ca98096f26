"""Issue 14, item 2: every hostile file of the suite in one corpus, next to the seeds.

The corpus is the bad corpus of issue 5 (``test_robust_inputs.build_bad_corpus``:
encodings, manifests, duplicates, a 1 MB line, symlink loops …, and the seeds),
the whole committed ``tests/data/bad`` tree once more, and this issue's files,
made here: a file name in Windows-1256 bytes, a manifest nested 500 deep and one
with a long dotted key, a page declaring ``idna``, a Latin charset over Arabic
Windows-1256 bytes, a page with an unclosed ``<head>``, 3 MB of ``<a ``, 300 KB
of dense dates, a 20 GB sparse file, links to ``/etc/passwd``, ``/usr`` and ``/``,
a FIFO and a folder deeper than PATH_MAX.  The command line must load it, say
something about each hostile file, and give the seeds' articles the very
mentions and events they get alone.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import DATA, SEEDS
from test_robust_inputs import build_bad_corpus

from viewer.cli import extract as cli
from viewer.loading import ingest

AR = "افتتح المركز الإقليمي في الكويت في كانون الثاني 2017 بعد انضمامها إلى المبادرة عام 2004.\n"
CP1256_NAME = "تقرير_قديم.txt".encode("cp1256")


def _deep_folder(base: Path, text: str) -> None:
    """base/d…/d…/…/deep.txt, the file's path longer than PATH_MAX (made with dir fds)."""
    fd = os.open(base, os.O_RDONLY)
    name = "d" * 250
    try:
        for _ in range(20):  # 20 * 251 > 4096
            os.mkdir(name, dir_fd=fd)
            nfd = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
        out = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, text.encode("utf-8"))
        os.close(out)
    finally:
        os.close(fd)


def build_hostile(root: Path) -> Path:
    h = root / "hostile"
    h.mkdir(parents=True)
    with open(os.path.join(os.fsencode(h), CP1256_NAME), "wb") as fh:
        fh.write(AR.encode("utf-8"))
    (h / "nested").mkdir()
    (h / "nested" / "manifest.toml").write_text("x = " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    (h / "nested" / "n.txt").write_text(AR, encoding="utf-8")
    (h / "dotted").mkdir()
    (h / "dotted" / "manifest.toml").write_text(".".join(["a"] * 150_000) + " = 1\n", encoding="utf-8")
    (h / "dotted" / "d.txt").write_text(AR, encoding="utf-8")
    (h / "idna.html").write_bytes(b'<meta charset="idna"><p>\xd8\xa7\xd9\x84 2004 \xff</p>')
    (h / "latin_over_arabic.html").write_bytes(
        ('<html><head><meta charset="iso-8859-1"><title>خبر</title></head><body><p>' + AR + "</p></body>")
        .encode("cp1256"))
    (h / "unclosed_head.html").write_text(
        "<html><head><title>عنوان</title><meta charset=utf-8><p>" + AR + "</p>", encoding="utf-8")
    (h / "open_tags.html").write_bytes("<p>مقدمة عام 2010</p>".encode() + b"<a " * 1_000_000)
    (h / "dense_dates.txt").write_text("2020/1/1 " * 11_000, encoding="utf-8")  # > MAX_MENTIONS
    with open(h / "sparse.txt", "wb") as fh:
        fh.write(AR.encode("utf-8"))
        fh.truncate(20 << 30)
    (h / "passwd.txt").symlink_to("/etc/passwd")
    (h / "usr").symlink_to("/usr", target_is_directory=True)
    (h / "slash").symlink_to("/", target_is_directory=True)
    os.mkfifo(h / "pipe.txt")
    _deep_folder(h, AR)
    return h


@pytest.fixture(scope="module")
def seeds_alone(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("alone") / "o.json"
    assert cli.main([str(SEEDS), "--no-cache", "--out", str(out), "-q"]) == 0
    return json.loads(out.read_bytes())


def _seed_view(doc: dict, prefix: str) -> tuple[set, set]:
    """(mentions, per-event evidence spans) of the seed articles, whatever their folder."""
    seeds = {a["id"] for a in doc["articles"] if a["path"].startswith(prefix)}
    mentions = {(m["article"], m["start"], m["end"], m["surface"], m["earliest"], m["latest"])
                for m in doc["mentions"] if m["article"] in seeds}
    spans = {frozenset((e["article"], e["mention_start"]) for e in ev["evidence"] if e["article"] in seeds)
             for ev in doc["events"]}
    return mentions, {s for s in spans if s}


def test_every_hostile_file_at_once_next_to_the_seeds(tmp_path, capsys, seeds_alone):
    root = build_bad_corpus(tmp_path / "corpus")
    shutil.copytree(DATA / "bad", root / "bad_all", ignore=shutil.ignore_patterns("*.py"))
    h = build_hostile(root)
    out = tmp_path / "o.json"
    cache = ["--cache", str(tmp_path / "cache.db")]
    for _ in range(2):  # extracted (and stored, names not UTF-8 included), then from the cache
        capsys.readouterr()
        assert cli.main([str(root), *cache, "--out", str(out)]) == 0
    err = capsys.readouterr().err
    doc = json.loads(out.read_bytes())

    # The seeds: every mention as alone, every event's evidence present in some event.
    alone_m, alone_spans = _seed_view(seeds_alone, str(SEEDS))
    got_m, got_spans = _seed_view(doc, str(root / "seeds"))
    key = {a["id"]: a["path"].rsplit("/", 1)[1] for a in doc["articles"]}
    key_alone = {a["id"]: a["path"].rsplit("/", 1)[1] for a in seeds_alone["articles"]}

    def by_file(ms, k):
        return {(k[m[0]], *m[1:]) for m in ms}

    assert by_file(got_m, key) == by_file(alone_m, key_alone)
    assert len(got_spans) >= 1
    for span in alone_spans:
        want = {(key_alone[a], s) for a, s in span}
        assert any(want <= {(key[a], s) for a, s in g} for g in got_spans), want

    probs = doc["problems"]

    def about(name: str) -> list[dict]:
        return [p for p in probs if p["path"] and p["path"].replace("\ufffd", "?").endswith(name)]

    assert about("/nested/manifest.toml") and "too deeply" in about("/nested/manifest.toml")[0]["message"]
    assert "dotted parts" in about("/dotted/manifest.toml")[0]["message"]
    assert any("idna" in p["message"] for p in about("/idna.html"))
    assert any("Windows-1256" in p["message"] for p in about("/latin_over_arabic.html"))
    assert any(p["kind"] == "cap" for p in about("/open_tags.html"))
    assert any(p["kind"] == "cap" and "only the first" in p["message"] for p in about("/dense_dates.txt"))
    assert {p["kind"] for p in about("/sparse.txt")} & {"truncated", "binary"}  # read 32 MB of 20 GB
    for link in ("/passwd.txt", "/usr", "/slash"):
        assert [p["kind"] for p in about(link)] == ["link"], link
    assert about("/pipe.txt") == [] or all(p["severity"] == "error" for p in about("/pipe.txt"))
    assert any(p["kind"] == "unreadable" and "too long" in p["message"].lower() for p in probs
               if p["path"] and p["path"].startswith(str(h / ("d" * 250))))

    articles = {a["path"]: a for a in doc["articles"]}
    titles = " ".join(a["title"] for a in doc["articles"])
    assert "root:" not in titles and not any(p.startswith("/usr") or "/slash/" in p for p in articles)
    assert any(a["id"] == "تقرير_قديم".encode("cp1256").decode("utf-8", "replace") for a in doc["articles"])
    unclosed = [a for p, a in articles.items() if p.endswith("unclosed_head.html")]
    assert unclosed and unclosed[0]["title"] == "عنوان"
    assert "Traceback" not in err


def test_unclosed_head_keeps_the_body(tmp_path):
    h = build_hostile(tmp_path)
    res = ingest([h / "unclosed_head.html", h / "latin_over_arabic.html"], store=None)
    texts = {Path(a.path).name: a.text for a in res.articles}
    assert "الكويت" in texts["unclosed_head.html"]
    assert "الكويت" in texts["latin_over_arabic.html"]  # not «ÇáßæíÊ»
