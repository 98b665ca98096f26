"""The corpus reader on real files: encodings, bad files, listing, ids, robustness."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, SEEDS
from viewer.corpus import reader
from viewer.corpus.decode import decode_bytes
from viewer.corpus.reader import read_article, read_corpus

BAD = DATA / "bad"
ENC = BAD / "encodings"
TEXT = BAD / "text"
AR = "الكويت انضمت إلى مبادرة إسطنبول للتعاون عام 2004.\nوافتتح المركز الإقليمي في كانون الثاني 2017.\n"
AR_TITLE = "الكويت انضمت إلى مبادرة إسطنبول للتعاون عام 2004."


def summary(problems):
    """(kind, file name, severity) of each problem, in order."""
    return [(p.kind, Path(p.path).name, p.severity) for p in problems]


def ids(articles):
    return [a.id for a in articles]


# -- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "text", "problems"),
    [
        ("utf8.txt", "utf-8", AR, []),
        ("utf8_bom.txt", "utf-8-sig", AR, []),
        ("utf8_crlf.txt", "utf-8", AR.replace("\n", "\r\n"), []),
        ("utf16le_bom.txt", "utf-16", AR, []),
        ("utf16be_bom.txt", "utf-16", AR, []),
        ("utf16le_nobom.txt", "utf-16-le", AR, [("encoding", "warning")]),
        ("utf16be_nobom.txt", "utf-16-be", AR, [("encoding", "warning")]),
        ("cp1256.txt", "cp1256", AR, [("encoding", "warning")]),
        (
            "invalid_utf8.txt",
            "utf-8",
            AR[:10] + "\ufffd" + AR[10:20] + "\ufffd" + AR[20:],
            [("encoding", "warning")],
        ),
        (
            "latin1.txt",
            "utf-8",
            "Le caf\ufffd est tr\ufffds bon. \ufffdl\ufffdve \ufffd l'\ufffdcole, \ufffda va ? O\ufffd ? "
            "D\ufffdj\ufffd vu.\n",
            [("encoding", "warning")],
        ),
    ],
)
def test_decoding(name, encoding, text, problems):
    path = ENC / name
    articles, probs = read_corpus([path])
    assert len(articles) == 1
    a = articles[0]
    assert a.id == path.stem
    assert a.path == str(path)
    assert a.text == text  # exactly as decoded: no newline normalisation, no stripping
    assert a.encoding == encoding
    raw = path.read_bytes()
    assert a.sha256 == hashlib.sha256(raw).hexdigest()
    if "\ufffd" not in text:
        assert raw.decode(encoding) == text  # the recorded codec reproduces the text
    assert [(p.kind, p.severity) for p in probs] == problems
    assert all(p.path == str(path) and p.article == a.id and p.message for p in probs)
    if text.startswith("الكويت انضمت"):
        assert a.title == AR_TITLE


def test_cp1256_file_is_real_cp1256():
    raw = (ENC / "cp1256.txt").read_bytes()
    assert raw == AR.encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


def test_cp1256_message():
    _, probs = read_corpus([ENC / "cp1256.txt"])
    assert "Windows-1256" in probs[0].message


@pytest.mark.parametrize(
    ("name", "kind", "message"),
    [
        ("empty.txt", "empty", "file is empty"),
        ("blank.txt", "empty", "file contains only whitespace"),
        ("bom_only.txt", "empty", "file contains only whitespace"),
        ("binary.txt", "binary", "binary"),
        ("controls.txt", "binary", "binary"),
    ],
)
def test_not_loaded(name, kind, message):
    path = ENC / name
    articles, probs = read_corpus([path])
    assert articles == []
    assert summary(probs) == [(kind, name, "error")]
    assert message in probs[0].message
    assert probs[0].article is None
    art, probs2 = read_article(path)
    assert art is None and summary(probs2) == [(kind, name, "error")]


def test_encodings_folder_all_at_once():
    articles, probs = read_corpus([ENC])
    assert ids(articles) == [
        "cp1256",
        "invalid_utf8",
        "latin1",
        "utf16be_bom",
        "utf16be_nobom",
        "utf16le_bom",
        "utf16le_nobom",
        "utf8",
        "utf8_bom",
        "utf8_crlf",
    ]
    assert summary(probs) == [
        ("binary", "binary.txt", "error"),
        ("empty", "blank.txt", "error"),
        ("empty", "bom_only.txt", "error"),
        ("binary", "controls.txt", "error"),
        ("encoding", "cp1256.txt", "warning"),
        ("empty", "empty.txt", "error"),
        ("encoding", "invalid_utf8.txt", "warning"),
        ("encoding", "latin1.txt", "warning"),
        ("encoding", "utf16be_nobom.txt", "warning"),
        ("encoding", "utf16le_nobom.txt", "warning"),
    ]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_never_raises(raw):
    d = decode_bytes(raw)
    assert isinstance(d.text, str)
    if not d.binary and not d.notes:
        assert raw.decode(d.encoding) == d.text


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=200)
)
def test_utf8_roundtrip(text):
    # (NUL bytes mean UTF-16 or binary, never UTF-8 text.)
    d = decode_bytes(text.encode("utf-8"))
    if not d.binary:
        assert d.text == text and d.encoding == "utf-8" and d.notes == []


# -- text with invisible characters -----------------------------------------------------------------


def test_bidi_controls_kept_and_reported():
    path = TEXT / "bidi_controls.txt"
    articles, probs = read_corpus([path])
    (a,) = articles
    assert a.text == path.read_bytes().decode("utf-8")
    assert "\u202e2024-12-08\u202c" in a.text and "\u20662017\u2069" in a.text
    assert summary(probs) == [("bidi", "bidi_controls.txt", "warning")]
    assert "8 bidirectional control" in probs[0].message
    # The title is for display: no directional controls in it.
    assert a.title == "تاريخ الاجتماع: 2024-12-08 ثم 2017 ونص وx"


def test_zero_width_and_tatweel_kept():
    path = TEXT / "zero_width_tatweel.txt"
    articles, probs = read_corpus([path])
    (a,) = articles
    assert probs == []
    assert a.text == path.read_bytes().decode("utf-8")
    assert "ديـــسمبر" in a.text and "2\u200b0\u200c1\u200d7" in a.text
    assert a.title == "يومي 8 و9 ديـــسمبر 2024"


def test_title_skips_invisible_lines():
    (a,), probs = read_corpus([TEXT / "leading_blank.txt"])
    assert probs == []
    assert a.title == "عنوان في السطر الرابع"
    assert a.text.startswith("\n  \u200b \n\n   عنوان")


def test_text_folder_listing_and_extensions():
    articles, probs = read_corpus([TEXT])
    # Sorted by name (code points: upper case first); notes.md is not an article.
    assert ids(articles) == ["UPPER", "bidi_controls", "leading_blank", "zero_width_tatweel"]
    assert summary(probs) == [("bidi", "bidi_controls.txt", "warning")]


# -- listing --------------------------------------------------------------------------------------


def test_listing_sorted_recursive_skips_hidden():
    root = BAD / "listing"
    articles, probs = read_corpus([root])
    assert probs == []
    assert [Path(a.path).relative_to(root).as_posix() for a in articles] == ["a.htm", "b.txt", "sub/c.html"]
    assert ids(articles) == ["a", "b", "c"]
    assert [a.text for a in articles] == ["أ", "ب\n", "ج"]


def test_explicit_files_keep_given_order_and_dedupe():
    b = BAD / "listing" / "b.txt"
    a = BAD / "listing" / "a.htm"
    articles, probs = read_corpus([b, str(a), b, BAD / "listing"])
    assert probs == []
    assert ids(articles) == ["b", "a", "c"]


def test_missing_path():
    articles, probs = read_corpus([BAD / "nope", ENC / "utf8.txt"])
    assert ids(articles) == ["utf8"]
    assert summary(probs) == [("unreadable", "nope", "error")]


def test_read_article_direct():
    art, probs = read_article(ENC / "utf8.txt")
    assert probs == [] and art is not None
    assert (art.id, art.text, art.title, art.published, art.published_how) == (
        "utf8",
        AR,
        AR_TITLE,
        None,
        "unknown",
    )
    art, probs = read_article(BAD / "missing.txt")
    assert art is None
    assert summary(probs) == [("unreadable", "missing.txt", "error")]
    assert "not found" in probs[0].message


def test_whole_bad_tree_accounts_for_every_file():
    articles, probs = read_corpus([BAD])
    loaded = {a.path for a in articles}
    failed = {p.path for p in probs if p.severity == "error"}
    expected = {
        str(p)
        for p in BAD.rglob("*")
        if p.is_file()
        and p.suffix.lower() in {".txt", ".html", ".htm"}
        and not any(part.startswith(".") for part in p.relative_to(BAD).parts)
    }
    assert loaded | (failed - {p.path for p in probs if p.kind == "manifest"}) == expected
    assert not loaded & failed
    assert len(set(ids(articles))) == len(articles)


# -- made at test time --------------------------------------------------------------------------


def test_20mb_article_loads(tmp_path):
    line = AR.replace("\n", " ")
    text = (line * (20_000_000 // len(line.encode("utf-8")) + 1)) + "\n"
    path = tmp_path / "big.txt"
    path.write_bytes(text.encode("utf-8"))
    assert path.stat().st_size > 20_000_000
    (a,), probs = read_corpus([tmp_path])
    assert probs == []
    assert a.text == text
    assert len(a.title) <= reader.TITLE_MAX + 1 and a.title.endswith("…")


def test_1mb_single_line(tmp_path):
    text = "كلمة " * 200_000 + "نهاية"
    path = tmp_path / "line.txt"
    path.write_text(text, encoding="utf-8")
    (a,), probs = read_corpus([path])
    assert probs == []
    assert a.text == text
    assert a.title.startswith("كلمة كلمة") and a.title.endswith("…") and len(a.title) <= 121


def test_truncation_beyond_cap(tmp_path, monkeypatch):
    raw = ("أ" * 1000).encode("utf-8")  # 2 bytes per letter
    path = tmp_path / "huge.txt"
    path.write_bytes(raw)
    monkeypatch.setattr(reader, "MAX_BYTES", 1001)  # cut inside a letter
    (a,), probs = read_corpus([path])
    assert a.text == "أ" * 500  # the incomplete last letter is dropped, not replaced
    assert a.sha256 == hashlib.sha256(raw[:1001]).hexdigest()  # hash of what was read (issue 14)
    assert summary(probs) == [("truncated", "huge.txt", "warning")]
    assert "2,000 bytes" in probs[0].message


def test_symlink_loop(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("أ\n", encoding="utf-8")
    (root / "sub" / "b.txt").write_text("ب\n", encoding="utf-8")
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    (root / "self").symlink_to(".", target_is_directory=True)
    (root / "sub" / "alias.txt").symlink_to(root / "a.txt")
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    (root / "loop1.txt").symlink_to(root / "loop2.txt")
    (root / "loop2.txt").symlink_to(root / "loop1.txt")
    articles, probs = read_corpus([root])
    assert probs == []
    assert ids(articles) == ["a", "b"]


def test_fifo_never_blocks(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text("نص\n", encoding="utf-8")
    articles, probs = read_corpus([tmp_path])
    assert ids(articles) == ["ok"] and probs == []  # listing skips non-regular files
    articles, probs = read_corpus([fifo])
    assert articles == []
    assert summary(probs) == [("unreadable", "pipe.txt", "error")]


def _patch_open(monkeypatch, hook):
    real_open = os.open

    def fake_open(path, flags, *args, **kwargs):
        hook(Path(os.fsdecode(path)))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(reader.os, "open", fake_open)


def test_unreadable_file(tmp_path, monkeypatch):
    for name in ("a.txt", "locked.txt", "z.txt"):
        (tmp_path / name).write_text(f"نص {name}\n", encoding="utf-8")

    def hook(path):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))

    _patch_open(monkeypatch, hook)
    articles, probs = read_corpus([tmp_path])
    assert ids(articles) == ["a", "z"]
    assert summary(probs) == [("unreadable", "locked.txt", "error")]
    assert "permission denied" in probs[0].message.lower()


def test_oserror_file(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("نص\n", encoding="utf-8")
    (tmp_path / "io.txt").write_text("نص\n", encoding="utf-8")

    def hook(path):
        if path.name == "io.txt":
            raise OSError(5, "Input/output error")

    _patch_open(monkeypatch, hook)
    articles, probs = read_corpus([tmp_path])
    assert ids(articles) == ["a"]
    assert summary(probs) == [("unreadable", "io.txt", "error")]
    assert "Input/output error" in probs[0].message


def test_file_disappears_after_listing(tmp_path, monkeypatch):
    for name in ("a.txt", "gone.txt", "z.txt"):
        (tmp_path / name).write_text(f"نص {name}\n", encoding="utf-8")

    def hook(path):
        if path.name == "gone.txt" and path.exists():
            path.unlink()  # listed, then deleted before it is opened

    _patch_open(monkeypatch, hook)
    articles, probs = read_corpus([tmp_path])
    assert ids(articles) == ["a", "z"]
    assert summary(probs) == [("unreadable", "gone.txt", "error")]
    assert "not found" in probs[0].message


def test_duplicate_ids(tmp_path):
    for rel in ("a.txt", "a.html", "x/a.txt", "y/a.txt", "x__a.txt"):
        p = tmp_path / rel
        p.parent.mkdir(exist_ok=True)
        p.write_text(f"<p>{rel}</p>" if rel.endswith(".html") else f"{rel}\n", encoding="utf-8")
    articles, probs = read_corpus([tmp_path])
    got = {Path(a.path).relative_to(tmp_path).as_posix(): a.id for a in articles}
    assert got == {
        "a.html": "a",
        "a.txt": "a__txt",
        "x/a.txt": "x__a",
        "x__a.txt": "x__a__txt",
        "y/a.txt": "y__a",
    }
    assert [a.id for a in articles] == ["a", "a__txt", "x__a", "x__a__txt", "y__a"]
    assert [(p.kind, Path(p.path).relative_to(tmp_path).as_posix(), p.article) for p in probs] == [
        ("duplicate-id", "a.txt", "a__txt"),
        ("duplicate-id", "x/a.txt", "x__a"),
        ("duplicate-id", "x__a.txt", "x__a__txt"),
        ("duplicate-id", "y/a.txt", "y__a"),
    ]
    assert str(tmp_path / "a.html") in probs[0].message
    # Deterministic: the same ids on a second read.
    assert ids(read_corpus([tmp_path])[0]) == ids(articles)


def test_failed_file_does_not_take_an_id(tmp_path):
    (tmp_path / "b.html").write_text("<script>x()</script>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("نص\n", encoding="utf-8")
    articles, probs = read_corpus([tmp_path])
    assert ids(articles) == ["b"] and articles[0].path.endswith("b.txt")
    assert summary(probs) == [("empty", "b.html", "error")]


def test_same_stem_given_explicitly(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "q").mkdir()
    (tmp_path / "p" / "n.txt").write_text("أ\n", encoding="utf-8")
    (tmp_path / "q" / "n.txt").write_text("ب\n", encoding="utf-8")
    articles, probs = read_corpus([tmp_path / "p" / "n.txt", tmp_path / "q" / "n.txt"])
    assert ids(articles) == ["n", "q__n"]
    assert [(p.kind, p.article) for p in probs] == [("duplicate-id", "q__n")]


def _snapshot(root: Path):
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def test_sources_unchanged(tmp_path):
    before_bad, before_seeds = _snapshot(BAD), _snapshot(SEEDS)
    read_corpus([BAD, SEEDS])
    for f in (ENC / "utf8.txt", ENC / "binary.txt", ENC / "empty.txt"):
        read_article(f)
    assert _snapshot(BAD) == before_bad
    assert _snapshot(SEEDS) == before_seeds
    # Also on a copy, where nothing else could hide a write: no new files either.
    copy = tmp_path / "copy"
    shutil.copytree(BAD, copy, symlinks=True)
    snap = _snapshot(copy)
    names = sorted(p.name for p in copy.rglob("*"))
    read_corpus([copy])
    assert _snapshot(copy) == snap
    assert sorted(p.name for p in copy.rglob("*")) == names


def test_seeds_load_clean():
    articles, probs = read_corpus([SEEDS])
    assert probs == []
    assert ids(articles) == [
        "000_0b23c83037af3ae1",
        "001_595a8ccd077d1b68",
        "002_b86ab62d7b58430d",
        "003_da142351fcd35486",
        "004_e9d261769ad3db9a",
    ]
    for a in articles:
        raw = Path(a.path).read_bytes()
        assert a.text == raw.decode("utf-8") and a.encoding == "utf-8"
        assert a.sha256 == hashlib.sha256(raw).hexdigest()
