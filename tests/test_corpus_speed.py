"""The fast corpus reader gives exactly what the plain reference reader gives.

``tests/reference_reader.py`` is the reader as it was before the fast paths
(scandir entries instead of ``pathlib`` per file, one ``realpath`` per folder,
cheap pre-checks before the regular expressions, files read in a small thread
pool).  Every article field and every problem (kind, message, path, article,
severity, order) must be equal on the committed bad inputs, the seeds, a
synthetic corpus and randomly made folders.
"""

from __future__ import annotations

import dataclasses
import os
import random
from pathlib import Path

import pytest

from tests import reference_reader as ref
from tests.conftest import DATA, ROOT, SEEDS
from tests.test_robust_inputs import CHANGED, IS_ROOT, build_bad_corpus, restore_permissions
from viewer.corpus import reader

BAD = DATA / "bad"


def _snapshot(result) -> tuple[list[dict], list[dict]]:
    articles, problems = result
    # ``params`` (the UI's wording aid, issue 12 item 5) is new in the fast reader only;
    # the message it words is compared
    return [dataclasses.asdict(a) for a in articles], [
        {k: v for k, v in dataclasses.asdict(p).items() if k != "params"} for p in problems
    ]


def _both(paths) -> None:
    fast = _snapshot(reader.read_corpus(list(paths)))
    slow = _snapshot(ref.read_corpus(list(paths)))
    assert fast[1] == slow[1]
    assert fast[0] == slow[0]


def _inputs() -> dict[str, list]:
    out: dict[str, list] = {
        "bad": [BAD],
        "articles": [DATA / "articles"],
        "heldout": [str(DATA / "heldout")],
        "seeds": [SEEDS],
        "mixed": [
            BAD / "encodings" / "utf8.txt",
            BAD,
            BAD / "encodings" / "utf8.txt",
            ROOT / "does-not-exist",
            BAD / "listing" / "skip.md",
            DATA / "articles",
            os.path.relpath(BAD / "duplicate_ids"),
            "/dev/null",
        ],
        "relative": [os.path.relpath(BAD), os.path.relpath(SEEDS / "manifest.toml"), os.path.relpath(SEEDS)],
    }
    for sub in sorted(BAD.iterdir()):
        if sub.is_dir():
            out["folder " + sub.name] = [sub]
            out["files " + sub.name] = sorted(p for p in sub.rglob("*") if p.is_file())
    return out


@pytest.mark.parametrize("name", sorted(_inputs()))
def test_committed_inputs_read_the_same(name):
    _both(_inputs()[name])


def test_synthetic_corpus_reads_the_same(tmp_path):
    from viewer.bench.synth import generate, write_corpus

    write_corpus(generate(150, seed=5), tmp_path / "synth")
    _both([tmp_path / "synth"])
    _both([tmp_path / "synth", tmp_path / "synth" / "synth_00003.txt", SEEDS])


def test_bad_corpus_reads_the_same(tmp_path):
    root = build_bad_corpus(tmp_path / "corpus")
    try:
        _both([root])
        _both([root / "loop", root / "loop" / "deeper" / "up", root])
    finally:
        restore_permissions(root)


def test_bad_corpus_with_files_changing_while_read(tmp_path, monkeypatch):
    """Files deleted or rewritten between listing and reading: same problems, paths aside."""
    real_open, real_scandir = os.open, os.scandir

    def fake_open(path, flags, *args, **kwargs):
        p = Path(os.fsdecode(path))
        if p.name == "gone.txt" and p.exists():
            p.unlink()
        elif p.name == "changing.txt" and p.read_text(encoding="utf-8") != CHANGED:
            p.write_text(CHANGED, encoding="utf-8")
        elif IS_ROOT and p.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(p))
        return real_open(path, flags, *args, **kwargs)

    def fake_scandir(path="."):
        if IS_ROOT and Path(os.fsdecode(path)).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)
    fast_root = build_bad_corpus(tmp_path / "fast")
    slow_root = build_bad_corpus(tmp_path / "slow")
    try:
        fast = repr(_snapshot(reader.read_corpus([fast_root])))
        slow = repr(_snapshot(ref.read_corpus([slow_root])))
    finally:
        restore_permissions(fast_root)
        restore_permissions(slow_root)
    assert fast.replace(str(fast_root), "ROOT") == slow.replace(str(slow_root), "ROOT")


_PIECES = [
    "مقال عن الاقتصاد عام 2019. ",
    "\u202eمعكوس\u202c ",
    "\u2066عزل\u2069",
    "\u200b\u200f\ufeff",
    "\u061c",
    "   \t",
    "\n",
    "\r\n",
    "\u2028",
    "\x85",
    "\x0b\x0c",
    "\x01\x02",
    "\x7f\x9f",
    "title ",
    "،,.:;-–— ",
    "كلمة " * 40,
]
_RAW = [
    b"",
    b"\x00\x00",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"\xe3\xe4\xc7\xd1 ",  # cp1256 Arabic
    b"\xc3\x28",
    b"\x80\x81",
    b"\x00a\x00b",
]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))


def _random_bytes(rng: random.Random) -> bytes:
    kind = rng.random()
    text = _random_text(rng)
    if kind < 0.5:
        return text.encode("utf-8")
    if kind < 0.6:
        return text.encode("utf-16")
    if kind < 0.65:
        return text.encode("utf-16-le")
    if kind < 0.75:
        return text.encode("cp1256", "replace")
    return b"".join(rng.choice(_RAW) + text.encode("utf-8")[: rng.randint(0, 60)] for _ in range(3))


def _random_html(rng: random.Random) -> bytes:
    head = rng.choice(["", "<title>عنوان\u202e</title>", "<title>  </title>", '<meta charset="windows-1256">'])
    body = rng.choice(["", "<script>x</script>", "<p>", "<br>"]).join(_random_text(rng) for _ in range(3))
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return html.encode(rng.choice(["utf-8", "cp1256"]), "replace")


@pytest.mark.parametrize("seed", range(8))
def test_random_folders_read_the_same(tmp_path, seed):
    rng = random.Random(seed)
    root = tmp_path / "r"
    folders = [root, root / "a", root / "a" / "b", root / "c", root / ".hidden"]
    for f in folders:
        f.mkdir(parents=True, exist_ok=True)
    stems = ["x", "y", "report", "a", "c__x", "x__txt", "x_2"]
    for _ in range(rng.randint(5, 40)):
        folder = rng.choice(folders)
        name = rng.choice(stems) + rng.choice([".txt", ".html", ".htm", ".TXT", ".md", ".Html"])
        data = _random_html(rng) if ".htm" in name.lower() and rng.random() < 0.7 else _random_bytes(rng)
        (folder / name).write_bytes(data)
    if rng.random() < 0.5:
        lines = ["[articles]"]
        for key in ["x.txt", "a/x.txt", "a/b/y.html", "nothing.txt", "../out.txt"]:
            if rng.random() < 0.6:
                lines.append(f'"{key}" = {{ title = "عنوان {key}", published = 2020-01-0{rng.randint(1, 9)} }}')
        (root / "manifest.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if rng.random() < 0.5:
        (root / "a" / "b" / "loop").symlink_to(root, target_is_directory=True)
    if rng.random() < 0.5:
        target = root / "a" / rng.choice(stems)
        (root / "c" / "link.txt").symlink_to(target.with_suffix(".txt"))
    _both([root])
    files = sorted(p for p in root.rglob("*") if p.is_file())
    rng.shuffle(files)
    _both([*files[:10], root, *files[:3]])
