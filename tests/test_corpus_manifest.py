"""manifest.toml: valid, broken, wrongly typed, escaping the folder; and the seeds manifest."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import DATA, SEEDS
from viewer.corpus.manifest import normalize_key, parse_manifest
from viewer.corpus.reader import read_corpus

BAD = DATA / "bad"


def by_id(articles):
    return {a.id: a for a in articles}


def messages(problems):
    return [(p.kind, Path(p.path).name, p.severity, p.message) for p in problems]


def test_syntax_error_ignores_manifest_loads_files():
    root = BAD / "manifest_syntax"
    articles, probs = read_corpus([root])
    assert [(a.id, a.title) for a in articles] == [("a", "السطر الأول أ"), ("b", "السطر الأول ب")]
    assert [(p.kind, p.path, p.severity) for p in probs] == [
        ("manifest", str(root / "manifest.toml"), "error")
    ]
    assert "not valid TOML" in probs[0].message and "line 1" in probs[0].message


def test_wrong_types_one_problem_per_field():
    root = BAD / "manifest_types"
    articles, probs = read_corpus([root])
    arts = by_id(articles)
    assert list(arts) == ["a", "b", "c", "d", "e", "f"]
    # a: only the valid field (source) applies.
    a = arts["a"]
    assert (a.title, a.source, a.published, a.published_how, a.url) == (
        "السطر الأول a",
        "مصدر أ",
        None,
        "unknown",
        None,
    )
    b = arts["b"]
    assert (b.title, b.published, b.published_how, b.url) == (
        "عنوان ب",
        date(2024, 4, 5),
        "manifest",
        "https://example.invalid/b",
    )
    assert (arts["c"].published, arts["c"].published_how, arts["c"].source) == (
        date(2024, 12, 8),
        "manifest",
        None,
    )
    assert (arts["d"].published, arts["d"].published_how) == (date(2024, 3, 1), "manifest")
    assert (arts["e"].published, arts["e"].title) == (None, "السطر الأول e")
    assert arts["f"].title == "السطر الأول f"
    m = str(root / "manifest.toml")
    assert all(p.kind == "manifest" and p.path == m and p.severity == "warning" for p in probs)
    assert [p.message for p in probs] == [
        "entry 'a.txt': title must be a string, not int; ignored",
        "entry 'a.txt': published must be a date such as 2024-04-05, not 'yesterday'; ignored",
        "entry 'a.txt': url must be a string, not list; ignored",
        "entry 'a.txt': unknown field 'colour' ignored (known: title, source, published, url)",
        "entry 'c.txt': source is empty; ignored",
        "entry 'e.txt': published '2024-02-30' is not a valid date; ignored",
        "entry 'e.txt': title is empty; ignored",
        "entry 'f.txt' must be a table (title = …, source = …); ignored",
    ]


def test_paths_outside_unknown_and_duplicate_entries():
    root = BAD / "manifest_paths"
    articles, probs = read_corpus([root])
    assert [(a.id, a.title, a.source) for a in articles] == [
        ("a", "عنوان أ", None),
        ("c", "عنوان ج", "مصدر ج"),
    ]
    m = str(root / "manifest.toml")
    assert all(p.kind == "manifest" and p.path == m and p.severity == "warning" for p in probs)
    assert [p.message for p in probs] == [
        "entry '../outside.txt' points outside the corpus folder (absolute or '..'); ignored",
        "entry '/etc/passwd' points outside the corpus folder (absolute or '..'); ignored",
        "entry 'C:\\evil.txt' points outside the corpus folder (absolute or '..'); ignored",
        "entry 'a.txt' names the same file as './a.txt'; ignored",
        f"entry 'missing.txt' matches no .txt/.html file in {root}; ignored",
        f"entry 'notes.md' matches no .txt/.html file in {root}; ignored",
    ]


def test_top_level_not_a_table():
    root = BAD / "manifest_top"
    articles, probs = read_corpus([root])
    assert [(a.id, a.title) for a in articles] == [("a", "السطر الأول")]
    assert [(p.kind, p.severity) for p in probs] == [("manifest", "warning"), ("manifest", "error")]
    assert "unknown top-level key 'version'" in probs[0].message
    assert "'articles' must be a table" in probs[1].message


def test_manifest_not_utf8():
    root = BAD / "manifest_notutf8"
    articles, probs = read_corpus([root])
    assert [(a.id, a.title) for a in articles] == [("a", "السطر الأول")]
    assert messages(probs) == [
        ("manifest", "manifest.toml", "error", "manifest is not UTF-8 (TOML must be UTF-8); it is ignored")
    ]


def test_nested_manifests_nearest_wins():
    articles, probs = read_corpus([BAD / "manifest_nested"])
    assert probs == []
    assert [(a.id, a.title, a.source) for a in articles] == [
        ("x", "من الداخل", None),  # the inner manifest's entry wins as a whole
        ("y", "ي من الخارج", None),
    ]


def test_explicit_file_uses_its_folder_manifest():
    root = BAD / "manifest_paths"
    articles, probs = read_corpus([root / "a.txt"])
    assert [(a.id, a.title) for a in articles] == [("a", "عنوان أ")]
    # Entry problems of the manifest itself are still reported; "matches no file" is not,
    # since the folder was not listed.
    assert not any("matches no" in p.message for p in probs)
    assert len(probs) == 4


def test_manifest_problems_reported_once_when_reached_twice():
    root = BAD / "manifest_syntax"
    articles, probs = read_corpus([root, root / "a.txt", root / "b.txt"])
    assert [a.id for a in articles] == ["a", "b"]
    assert [p.kind for p in probs] == ["manifest"]


@pytest.mark.parametrize(
    ("key", "norm"),
    [
        ("a.txt", "a.txt"),
        ("./a.txt", "a.txt"),
        ("sub/./b.html", "sub/b.html"),
        ("sub\\b.html", "sub/b.html"),
        ("../a.txt", None),
        ("sub/../../a.txt", None),
        ("sub/../a.txt", None),
        ("/etc/passwd", None),
        ("\\\\server\\share\\a.txt", None),
        ("C:\\a.txt", None),
        ("c:a.txt", None),
        ("", None),
        (".", None),
    ],
)
def test_normalize_key(key, norm):
    assert normalize_key(key) == norm


def test_parse_manifest_datetime_and_string_dates():
    man, probs = parse_manifest(
        '[articles."x.txt"]\npublished = 2024-04-05T23:59:00+03:00\n[articles."y.txt"]\npublished = " 2024-04-06 "\n',
        Path("m/manifest.toml"),
    )
    assert probs == []
    assert man.entries["x.txt"].published == date(2024, 4, 5)
    assert man.entries["y.txt"].published == date(2024, 4, 6)
    man, probs = parse_manifest('[articles."x.txt"]\npublished = 10:30:00\n', Path("manifest.toml"))
    assert man.entries["x.txt"].published is None and len(probs) == 1


# -- the bundled seeds -------------------------------------------------------------------------


def test_seeds_manifest_states_only_what_the_articles_state():
    data = tomllib.loads((SEEDS / "manifest.toml").read_text(encoding="utf-8"))
    entries = data["articles"]
    assert sorted(entries) == sorted(p.name for p in SEEDS.glob("*.txt"))
    # No publication date anywhere: none of the articles states one.
    assert all("published" not in e for e in entries.values())
    for name, entry in entries.items():
        text = (SEEDS / name).read_text(encoding="utf-8")
        if "title" in entry:  # a headline that is the article's own first line
            assert text.splitlines()[0].strip() == entry["title"]
        if "source" in entry:  # an outlet the text names
            assert entry["source"] in text
    assert entries["003_da142351fcd35486.txt"]["source"] == "اللحظة الاخباري"
    assert entries["004_e9d261769ad3db9a.txt"]["source"] == "خليجي 247"
    assert "source" not in entries["002_b86ab62d7b58430d.txt"]


def test_seeds_read_with_manifest():
    articles, probs = read_corpus([SEEDS])
    assert probs == []
    arts = by_id(articles)
    assert (
        arts["001_595a8ccd077d1b68"].title
        == "نائبة الأمين العام لـ«الناتو»: الكويت شريك إستراتيجي طويل الأمد للحلف"
    )
    assert arts["003_da142351fcd35486"].title == "ممثل الناتو لدول الجنوب يختتم زيارة رسمية إلى الكويت"
    assert [(a.source, a.published, a.published_how) for a in articles] == [
        (None, None, "unknown"),
        (None, None, "unknown"),
        (None, None, "unknown"),
        ("اللحظة الاخباري", None, "unknown"),
        ("خليجي 247", None, "unknown"),
    ]
    # Without a headline the first line is the title (shortened).
    assert arts["002_b86ab62d7b58430d"].title.startswith("قال سفيرنا لدى مملكة بلجيكا")
    assert len(arts["002_b86ab62d7b58430d"].title) <= 121
