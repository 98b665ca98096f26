"""Every bad input of issue 5 in one corpus, next to the seeds: each problem is
reported once, with its file and reason, and everything else still loads.

The corpus is built in ``tmp_path`` from the committed files under
``tests/data/bad`` (made by ``tests/data/bad/make_bad_files.py``) plus the
inputs that cannot be committed: a 1 MB line, a symlink loop, an unreadable file
and folder (``chmod 000``; simulated EACCES when running as root, who reads
everything), a file that disappears and one that changes between listing and
reading.  The 20 MB article has its own test (it is slow to extract).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import DATA, SEEDS

from viewer.cli import extract as cli
from viewer.corpus import reader
from viewer.loading import ingest
from viewer.store import Store

BAD = DATA / "bad"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ONE_LINE = "انضمت الكويت إلى مبادرة إسطنبول للتعاون عام 2004 " + "وكلمة " * 175_000 + "نهاية السطر"
CHANGED = "نص جديد: افتتح المركز الإقليمي في كانون الثاني 2017.\n"

# Committed bad files, copied into the corpus under these names.
FILES = {
    "enc/invalid_utf8.txt": BAD / "encodings/invalid_utf8.txt",
    "enc/cp1256.txt": BAD / "encodings/cp1256.txt",
    "enc/utf16le_bom.txt": BAD / "encodings/utf16le_bom.txt",
    "enc/utf16be_bom.txt": BAD / "encodings/utf16be_bom.txt",
    "enc/utf16le_nobom.txt": BAD / "encodings/utf16le_nobom.txt",
    "enc/utf16be_nobom.txt": BAD / "encodings/utf16be_nobom.txt",
    "enc/empty.txt": BAD / "encodings/empty.txt",
    "enc/binary.txt": BAD / "encodings/binary.txt",
    "html/script_style.html": BAD / "html/script_style.html",
    "text/bidi_controls.txt": BAD / "text/bidi_controls.txt",
    "text/zero_width_tatweel.txt": BAD / "text/zero_width_tatweel.txt",
}
FOLDERS = {
    "manifest_syntax": BAD / "manifest_syntax",
    "manifest_types": BAD / "manifest_types",
    "manifest_paths": BAD / "manifest_paths",
    "duplicate_ids": BAD / "duplicate_ids",
    "seeds": SEEDS,
}

# (file relative to the corpus, problem kind, severity): every problem the run must report, once.
EXPECTED_PROBLEMS = {
    # decoding
    ("enc/invalid_utf8.txt", "encoding", "warning"),
    ("enc/cp1256.txt", "encoding", "warning"),
    ("enc/utf16le_nobom.txt", "encoding", "warning"),
    ("enc/utf16be_nobom.txt", "encoding", "warning"),
    ("enc/empty.txt", "empty", "error"),
    ("enc/binary.txt", "binary", "error"),
    # bidi controls are kept and reported; zero-width and tatweel are just text
    ("text/bidi_controls.txt", "bidi", "warning"),
    # manifests: syntax error (ignored), wrong types, unknown file, paths outside
    ("manifest_syntax/manifest.toml", "manifest", "error"),
    ("manifest_types/manifest.toml", "manifest", "warning"),
    ("manifest_paths/manifest.toml", "manifest", "warning"),
    # three files that would all be "report"; and the a/b/c.txt of the manifest folders
    ("duplicate_ids/report.txt", "duplicate-id", "warning"),
    ("duplicate_ids/sub/report.txt", "duplicate-id", "warning"),
    ("manifest_syntax/a.txt", "duplicate-id", "warning"),
    ("manifest_types/a.txt", "duplicate-id", "warning"),
    ("manifest_types/b.txt", "duplicate-id", "warning"),
    ("manifest_types/c.txt", "duplicate-id", "warning"),
    # made at test time
    ("locked/locked.txt", "unreadable", "error"),
    ("locked/closed", "unreadable", "error"),
    ("vanish/gone.txt", "unreadable", "error"),
}
# How many problems each (file, kind) has (the manifests have one per bad entry/field).
EXPECTED_COUNTS = {
    ("manifest_types/manifest.toml", "manifest"): 8,
    ("manifest_paths/manifest.toml", "manifest"): 6,
}
NOT_LOADED = {"enc/empty.txt", "enc/binary.txt", "locked/locked.txt", "vanish/gone.txt"}


def build_bad_corpus(root: Path, *, unreadable: bool = True) -> Path:
    """The bad corpus under ``root`` (returned); see the module docstring."""
    root.mkdir(parents=True)
    for rel, src in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, root / rel)
    for rel, src in FOLDERS.items():
        shutil.copytree(src, root / rel)
    (root / "big").mkdir()
    (root / "big" / "one_line.txt").write_text(ONE_LINE, encoding="utf-8")
    # A symlink loop (a folder containing a link to its parent) and a link to itself.
    (root / "loop" / "deeper").mkdir(parents=True)
    (root / "loop" / "deeper" / "up").symlink_to(root / "loop", target_is_directory=True)
    (root / "loop" / "self").symlink_to(".", target_is_directory=True)
    (root / "loop" / "article.txt").write_text("مقال داخل حلقة: عام 2019.\n", encoding="utf-8")
    (root / "vanish").mkdir()
    (root / "vanish" / "gone.txt").write_text("سيختفي قبل قراءته عام 2020.\n", encoding="utf-8")
    (root / "vanish" / "changing.txt").write_text("النص القديم عام 1999.\n", encoding="utf-8")
    (root / "locked" / "closed").mkdir(parents=True)
    (root / "locked" / "closed" / "inside.txt").write_text("مقال في مجلد مقفل.\n", encoding="utf-8")
    (root / "locked" / "locked.txt").write_text("مقال مقفل عام 2021.\n", encoding="utf-8")
    if unreadable and not IS_ROOT:
        os.chmod(root / "locked" / "locked.txt", 0)
        os.chmod(root / "locked" / "closed", 0)
    return root


def restore_permissions(root: Path) -> None:
    for p in (root / "locked" / "locked.txt", root / "locked" / "closed"):
        if p.exists():
            os.chmod(p, 0o755 if p.is_dir() else 0o644)


@pytest.fixture
def bad_corpus(tmp_path, monkeypatch):
    """The corpus, with the files that vanish, change or cannot be opened while it is read."""
    root = build_bad_corpus(tmp_path / "corpus")
    real_open, real_scandir = os.open, os.scandir

    def fake_open(path, flags, *args, **kwargs):
        p = Path(os.fsdecode(path))
        if p.name == "gone.txt" and p.exists():
            p.unlink()  # listed, then deleted before it is opened
        elif p.name == "changing.txt" and p.read_text(encoding="utf-8") != CHANGED:
            p.write_text(CHANGED, encoding="utf-8")  # listed, then rewritten before it is read
        elif IS_ROOT and p.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(p))
        return real_open(path, flags, *args, **kwargs)

    def fake_scandir(path="."):
        if IS_ROOT and Path(os.fsdecode(path)).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(reader.os, "open", fake_open)
    monkeypatch.setattr(reader.os, "scandir", fake_scandir)
    yield root
    restore_permissions(root)


def rel(root: Path, path: str | None) -> str:
    return Path(path).relative_to(root).as_posix() if path else ""


@pytest.fixture
def shared_cache(tmp_path) -> Path:
    # Per test: a cache shared between corpora at different paths would hand back problems
    # located at the other corpus's paths (see test_cached_problems_follow_the_file).
    return tmp_path / "cache" / "cache.db"


def expected_loaded(root: Path) -> set[str]:
    files = {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.suffix in reader.SUFFIXES and "closed" not in p.parts and not p.is_symlink()
        and "up" not in p.parts and "self" not in p.parts
    }
    return files - NOT_LOADED


def test_every_bad_input_reported_once_and_the_rest_loads(bad_corpus, shared_cache):
    root = bad_corpus
    with Store(shared_cache) as store:
        result = ingest([root], store=store)
    got = Counter((rel(root, p.path), p.kind, p.severity) for p in result.problems
                  if p.kind not in ("placeholder", "unresolved", "disagree"))
    assert set(got) == EXPECTED_PROBLEMS
    for (f, kind, _sev), n in got.items():
        assert n == EXPECTED_COUNTS.get((f, kind), 1), (f, kind, n)
    # Every problem says which file and why.
    assert all(p.path and p.message for p in result.problems if p.kind not in ("disagree",))

    loaded = {rel(root, a.path) for a in result.articles}
    assert loaded == expected_loaded(root)
    assert len({a.id for a in result.articles}) == len(result.articles)
    seeds = [a for a in result.articles if rel(root, a.path).startswith("seeds/")]
    assert len(seeds) == 5
    assert not [p for p in result.problems if p.path and "/seeds/" in p.path and p.kind not in (
        "placeholder", "unresolved")]
    # Events still come from every good article, with exact offsets into the original text.
    texts = {a.id: a.text for a in result.articles}
    for m in result.mentions:
        assert texts[m.article][m.start:m.end] == m.surface
    for e in result.events:
        for ev in e.evidence:
            assert 0 <= ev.passage_start <= ev.mention_start < ev.mention_end <= ev.passage_end
            assert ev.passage_end <= len(texts[ev.article])


def test_particular_inputs(bad_corpus, shared_cache):
    root = bad_corpus
    with Store(shared_cache) as store:
        result = ingest([root], store=store)
    by_rel = {rel(root, a.path): a for a in result.articles}
    mentions: dict[str, list] = {}
    for m in result.mentions:
        mentions.setdefault(m.article, []).append(m)

    # Windows-1256 and UTF-16 without BOM: the same Arabic text as UTF-8, dates found.
    utf8 = (BAD / "encodings/utf8.txt").read_text(encoding="utf-8")
    for name in ("cp1256", "utf16le_bom", "utf16be_bom", "utf16le_nobom", "utf16be_nobom"):
        a = by_rel[f"enc/{name}.txt"]
        assert a.text == utf8, name
        assert {m.surface for m in mentions[a.id]} >= {"عام 2004", "كانون الثاني 2017"}, name
    # Invalid UTF-8: replacement characters, the rest of the text (and its dates) intact.
    a = by_rel["enc/invalid_utf8.txt"]
    assert a.text.count("\ufffd") == 2 and "كانون الثاني 2017" in a.text

    # HTML: no script, style, handler, comment or image text; the image is never fetched (no
    # network code at all: see test_robust_session); the text and title remain.
    a = by_rel["html/script_style.html"]
    assert "LEAK" not in a.text and "http" not in a.text and "alert" not in a.text
    assert a.title == "انضمت الكويت إلى مبادرة إسطنبول للتعاون"  # the <h1> (issue 9)
    assert {m.surface for m in mentions[a.id]} >= {"عام 2004", "كانون الثاني 2017"}

    # Zero-width characters and tatweel inside dates: found, offsets on the ORIGINAL text.
    a = by_rel["text/zero_width_tatweel.txt"]
    got = {(m.surface, m.earliest.isoformat(), m.latest.isoformat()) for m in mentions[a.id]}
    assert got == {
        ("يومي 8 و9 ديـــسمبر 2024", "2024-12-08", "2024-12-09"),
        ("عـام 2\u200b0\u200c1\u200d7", "2017-01-01", "2017-12-31"),
        ("كانون\u2060 الثاني ٢\u200b٠١٧", "2017-01-01", "2017-01-31"),
    }
    for m in mentions[a.id]:
        assert a.text[m.start:m.end] == m.surface
    # Bidi controls: kept in the text, dates still found, exact offsets.
    a = by_rel["text/bidi_controls.txt"]
    assert "\u202e" in a.text and "\u2066" in a.text
    assert [m.surface for m in mentions[a.id]] == ["2024-12-08"]
    assert all(a.text[m.start:m.end] == m.surface for m in mentions[a.id])

    # One 1 MB line: loads whole, its date found, a short title.
    a = by_rel["big/one_line.txt"]
    assert a.text == ONE_LINE and len(a.title) <= reader.TITLE_MAX + 1
    assert [m.surface for m in mentions[a.id]] == ["عام 2004"]

    # Manifests: syntax error ignores the manifest but loads its files; wrong types keep the
    # good fields; '../' and unknown entries are ignored; the entry inside still applies.
    assert by_rel["manifest_syntax/a.txt"].title == "السطر الأول أ"
    assert by_rel["manifest_types/a.txt"].source == "مصدر أ"
    assert by_rel["manifest_types/b.txt"].title == "عنوان ب"
    assert str(by_rel["manifest_types/b.txt"].published) == "2024-04-05"
    assert by_rel["manifest_paths/sub/c.txt"].source == "مصدر ج"
    msgs = " | ".join(p.message for p in result.problems if rel(root, p.path) == "manifest_paths/manifest.toml")
    assert "'../outside.txt' points outside the corpus folder" in msgs
    assert "'missing.txt' matches no .txt/.html file" in msgs

    # Same id: the first keeps it, the others get a qualified one, all load.
    ids = {rel(root, a.path): a.id for a in result.articles if rel(root, a.path).startswith("duplicate_ids/")}
    assert ids == {
        "duplicate_ids/report.html": "report",
        "duplicate_ids/report.txt": "duplicate_ids__report",
        "duplicate_ids/sub/report.txt": "duplicate_ids__sub__report",
    }

    # Symlink loop: the folder is read once, nothing twice, no error.
    assert [rel(root, a.path) for a in result.articles if "loop" in a.path] == ["loop/article.txt"]
    # A file rewritten between listing and reading: its new content, hash of what was read.
    a = by_rel["vanish/changing.txt"]
    assert a.text == CHANGED
    assert a.sha256 == hashlib.sha256(CHANGED.encode("utf-8")).hexdigest()
    assert [m.surface for m in mentions[a.id]] == ["كانون الثاني 2017"]
    # Disappeared / unreadable: a located error, nothing else affected.
    probs = {(rel(root, p.path), p.kind): p.message for p in result.problems}
    assert "not found" in probs[("vanish/gone.txt", "unreadable")]
    assert "permission denied" in probs[("locked/locked.txt", "unreadable")].lower()
    assert "could not be listed" in probs[("locked/closed", "unreadable")]


def test_file_changed_after_a_run_is_extracted_again(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    f = folder / "x.txt"
    f.write_text("انضمت الكويت عام 2004.\n", encoding="utf-8")
    cache = tmp_path / "cache.db"
    with Store(cache) as st:
        first = ingest([folder], store=st)
    f.write_text("افتتح المركز في كانون الثاني 2017.\n", encoding="utf-8")
    with Store(cache) as st:
        second = ingest([folder], store=st)
    assert [m.surface for m in first.mentions] == ["عام 2004"]
    assert [m.surface for m in second.mentions] == ["كانون الثاني 2017"]  # not the stale cache
    # The result keeps the text it was extracted from, so highlights stay exact even when
    # the file changes on disk after loading.
    f.write_text("شيء آخر تماما\n", encoding="utf-8")
    m = second.mentions[0]
    assert second.articles[0].text[m.start:m.end] == m.surface


def test_cli_reports_each_problem_once_with_file_and_reason(bad_corpus, shared_cache, capsys):
    root = bad_corpus
    out = root.parent / "out.json"
    code = cli.main([str(root), "--cache", str(shared_cache), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0  # warnings and errors about some files: still a success
    lines = err.splitlines()
    assert len(lines) == len(set(lines))
    doc = json.loads(out.read_text(encoding="utf-8"))
    paths = {a["id"]: a["path"] for a in doc["articles"]}
    for p in doc["problems"]:
        line = cli.printable(f"{p['path'] or paths[p['article']]}: {p['message']}")
        assert lines.count(line) == 1, line
    for f, kind, _sev in EXPECTED_PROBLEMS:
        assert any(line.startswith(str(root / f) + ": ") for line in lines), (f, kind)
    assert {rel(root, a["path"]) for a in doc["articles"]} == expected_loaded(root)


def test_cli_exit_codes(tmp_path, capsys):
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    shutil.copy2(BAD / "encodings/empty.txt", nothing / "empty.txt")
    shutil.copy2(BAD / "encodings/binary.txt", nothing / "binary.txt")
    assert cli.main([str(nothing), "--no-cache"]) == 1  # nothing could be read
    err = capsys.readouterr().err
    assert f"{nothing / 'empty.txt'}: file is empty" in err
    assert "no article could be read" in err
    shutil.copy2(BAD / "encodings/cp1256.txt", nothing / "cp1256.txt")
    assert cli.main([str(nothing), "--no-cache"]) == 0  # something loaded, with warnings
    assert cli.main([str(nothing), "--no-cache", "--format", "yaml"]) == 2  # usage error
    assert cli.main(["--no-cache"]) == 2
    capsys.readouterr()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "older-extractor", "older-schema"])
def test_bad_cache_is_moved_aside_and_rebuilt(tmp_path, capsys, damage, monkeypatch):
    import sqlite3

    import viewer

    folder = tmp_path / "c"
    shutil.copytree(SEEDS, folder)
    cache = tmp_path / "cache" / "cache.db"
    argv = [str(folder), "--cache", str(cache), "--out", str(tmp_path / "o.json")]
    if damage == "older-extractor":
        monkeypatch.setattr(viewer, "EXTRACTOR_VERSION", "0-old")
    assert cli.main(argv) == 0
    monkeypatch.undo()
    reference = json.loads((tmp_path / "o.json").read_bytes())
    if damage == "garbage":  # a garbage file given as --cache is refused, not moved (tests/test_store.py)
        from viewer.store import db

        monkeypatch.setattr(db, "default_cache_path", lambda: cache)
        argv.remove("--cache")
        argv.remove(str(cache))
        cache.write_bytes(os.urandom(8192))
    elif damage == "truncated":
        for side in ("-wal", "-shm"):
            Path(str(cache) + side).unlink(missing_ok=True)
        with open(cache, "r+b") as fh:
            fh.truncate(cache.stat().st_size // 2)
    elif damage == "older-schema":
        conn = sqlite3.connect(cache)
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        conn.commit()
        conn.close()
    capsys.readouterr()
    assert cli.main(argv) == 0
    err = capsys.readouterr().err
    again = json.loads((tmp_path / "o.json").read_bytes())
    cache_problems = [p for p in again.pop("problems") if p["kind"] == "cache"]
    reference.pop("problems")
    assert again == reference  # the same output as from a good cache
    aside = list(cache.parent.glob("cache.db.corrupt-*"))
    if damage == "older-extractor":
        # Old results are dropped silently, never used: the cache itself is fine.
        assert aside == [] and cache_problems == [] and str(cache) not in err
        with Store(cache) as st:
            assert st.count() == 5
    elif damage == "truncated" and not aside:
        # SQLite may still open a half file whose damage lies in pages never read; then the
        # results are re-extracted or reused, never wrong (the output is identical).
        pass
    else:
        assert aside, err
        assert [p["message"] for p in cache_problems] == [m for m in err.splitlines() if "moved aside" in m
                                                          for m in [m.split(": ", 1)[1]]]
        assert err.count("moved aside") == 1 and f"{cache}: " in err


@pytest.mark.slow
def test_20mb_article_end_to_end(tmp_path, capsys):
    """A 20 MB article (made here, not committed) goes through the whole pipeline."""
    filler = "وقال المتحدث إن الاجتماع تناول سبل التعاون بين البلدين في مجالات عدة. "
    head = "مقال ضخم\nانضمت الكويت إلى مبادرة إسطنبول للتعاون عام 2004.\n"
    tail = "\nوافتتح المركز الإقليمي في كانون الثاني 2017.\n"
    n = 20_000_000 // len(filler.encode("utf-8")) + 1
    text = head + filler * n + tail
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "huge.txt").write_text(text, encoding="utf-8")
    (folder / "small.txt").write_text("خبر قصير عام 2019.\n", encoding="utf-8")
    assert (folder / "huge.txt").stat().st_size > 20_000_000
    result = ingest([folder])
    assert [a.id for a in result.articles] == ["huge", "small"]
    huge = result.articles[0]
    assert huge.text == text and huge.title == "مقال ضخم"
    surfaces = sorted(m.surface for m in result.mentions if m.article == "huge")
    assert surfaces == ["عام 2004", "كانون الثاني 2017"]
    for m in result.mentions:
        assert (huge.text if m.article == "huge" else result.articles[1].text)[m.start:m.end] == m.surface
    assert [p for p in result.problems if p.kind not in ("unresolved", "placeholder")] == []


def test_cached_problems_follow_the_file(tmp_path):
    for name in ("one", "two"):
        shutil.copytree(SEEDS, tmp_path / name)
    cache = tmp_path / "cache.db"
    with Store(cache) as st:
        ingest([tmp_path / "one"], store=st)
        result = ingest([tmp_path / "two"], store=st)
    stale = [p for p in result.problems if p.path and "/one/" in p.path]
    assert stale == []


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode (the corpus test simulates EACCES)")
def test_chmod_000_file_and_folder(tmp_path, capsys):
    root = tmp_path / "corpus"
    (root / "closed").mkdir(parents=True)
    (root / "closed" / "inside.txt").write_text("نص عام 2004.\n", encoding="utf-8")
    (root / "ok.txt").write_text("انضمت الكويت عام 2004.\n", encoding="utf-8")
    (root / "locked.txt").write_text("مقفل عام 2005.\n", encoding="utf-8")
    os.chmod(root / "locked.txt", 0)
    os.chmod(root / "closed", 0)
    try:
        code = cli.main([str(root), "--no-cache", "--out", str(tmp_path / "o.json")])
        err = capsys.readouterr().err
    finally:
        os.chmod(root / "locked.txt", 0o644)
        os.chmod(root / "closed", 0o755)
    assert code == 0
    assert f"{root / 'locked.txt'}: permission denied" in err
    assert f"{root / 'closed'}: folder could not be listed" in err
    doc = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in doc["articles"]] == ["ok"]


def test_cli_stderr_never_carries_raw_controls(tmp_path, capsys):
    """A file name with an ESC sequence or U+202E, and quoted text with bidi controls, reach
    the terminal escaped: nothing can rewrite the screen or reverse the rest of the line."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "esc\x1b[2J.txt").write_bytes(b"")
    (root / "rlo\u202etxt.html").write_bytes(b"")
    shutil.copy2(BAD / "text/bidi_controls.txt", root / "bidi.txt")
    (root / "ok.txt").write_text("انضمت الكويت عام 2004 وفي [أدخل التاريخ \u202eهنا].\n", encoding="utf-8")
    assert cli.main([str(root), "--no-cache", "--out", str(tmp_path / "o.json")]) == 0
    err = capsys.readouterr().err
    assert not any(ch in err for ch in "\x1b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert f"{root}/esc\\x1b[2J.txt: file is empty" in err
    assert f"{root}/rlo\\u202etxt.html: file is empty" in err
    assert len(err.splitlines()) == len(set(err.splitlines()))
