"""The language data files (viewer/lang/ar/): validated on load, each list written once."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from viewer.lang import LangDataError, data_files, fingerprint, load
from viewer.lang.loader import LANG_ROOT

ROOT = Path(__file__).resolve().parent.parent


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(LANG_ROOT / "ar", tmp_path / "ar")
    return tmp_path


def _edit(root: Path, name: str, old: str, new: str) -> int:
    p = root / "ar" / name
    text = p.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    p.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_loads_and_normalizes():
    d = load()
    assert d.gregorian_months["ابريل"] == 4 and d.month_family["ابريل"] == "transliterated"
    assert d.month_family["جانفي"] == "maghrebi" and d.month_family["كانون الاول"] == "levantine"
    assert d.hijri_months["ذو الحجه"] == 12
    assert d.units["year"].granularity == "year" and "عامين" in d.units["year"].dual and "اعوام" in d.units["year"].plural
    assert set(d.weekdays.values()) == set(range(7))
    assert "ه" in d.era_hijri and "م" in d.era_gregorian
    assert d.feasts["adha"].month == 12 and d.feasts["adha"].day == 10


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("months.toml", '"مارس" = 3', '"مارس" = 13', "must be an integer 1..12"),
        ("months.toml", '"يونيه" = 6', '"يونيه" = "six"', "must be an integer"),
        ("months.toml", '"يوليه" = 7', '"يوليه" = 7\n"إبريل" = 5', "already month 4"),
        ("units.toml", 'granularity = "week"', 'granularity = "fortnight"', "granularity must be"),
        ("feasts.toml", "day = 10\ndays = 4", "day = 40\ndays = 4", "day must be an integer"),
        ("weekdays.toml", 'words = ["أحد"', 'words = ["أحدث"', "not a weekday above"),
        ("numbers.toml", '"ستة" = 6', '"ستة" = 6\n"ستة" = 7', "not valid TOML"),
        ("cues.toml", '"نصف" = 6', '"نصف" = 5', "must divide 12 months"),
        ("cues.toml", 'habitual_before = ["أيام", "كل"]', 'habitual_before = []', "habitual_before is empty"),
        ("cues.toml", 'month_prepositions = ["في"', 'month_prepositions = [3', "must be a list of non-empty strings"),
    ],
)
def test_bad_entry_names_file_and_line(tmp_path, name, old, new, message):
    root = _copy(tmp_path)
    line = _edit(root, name, old, new)
    load.cache_clear()
    try:
        with pytest.raises(LangDataError) as err:
            load("ar", root)
    finally:
        load.cache_clear()
    text = str(err.value)
    assert message in text
    assert f"{name}:" in text
    got = int(re.search(rf"{re.escape(name)}:(\d+)", text).group(1))
    assert got in (line, line + 1), text  # the edited line (or the inserted one after it)


def test_missing_file_is_a_clear_error(tmp_path):
    root = _copy(tmp_path)
    (root / "ar" / "era.toml").unlink()
    load.cache_clear()
    try:
        with pytest.raises(LangDataError, match=r"era\.toml: cannot read"):
            load("ar", root)
    finally:
        load.cache_clear()


def test_fingerprint_covers_every_file():
    assert len(data_files()) == len(list((LANG_ROOT / "ar").glob("*.toml")))
    assert re.fullmatch(r"[0-9a-f]{16}", fingerprint())


def test_clitic_chains_derived_once():
    d = load()
    chains = d.clitic_prefixes()
    assert {"وال", "بال", "لل", "ولل", "فب", "و", ""} <= set(chains)
    assert "لال" not in chains  # ل + ال is written لل
    assert all(not c.endswith("ال") for c in d.clitic_prefixes(article=False))


# Words that must live only in the data files: a Python module under viewer/
# spelling them is a second copy (bench/synth.py writes synthetic articles, and
# the UI's own Arabic labels are display strings, not matching lists).
_SENTINELS = ("جانفي", "للهجره", "للهجرة", "هجريه", "ميلاديه", "شتنبر", "يوليوز", "المنصرم",
              # context words the rules test around a match (cues.toml)
              "مستشفي", "انتفاضه", "اواخر", "خطبه")


def test_calendar_words_written_only_in_lang_folder():
    offenders = []
    for p in (ROOT / "viewer").rglob("*.py"):
        rel = p.relative_to(ROOT).as_posix()
        if rel.startswith(("viewer/bench/", "viewer/ui/", "viewer/lang/")):
            continue
        tree = ast.parse(p.read_text(encoding="utf-8"))
        docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        literals = [
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
        ]
        offenders += [f"{rel}: {w}" for w in _SENTINELS for lit in literals if w in lit]
    assert not offenders, offenders


def test_cache_key_follows_data_edits(tmp_path, monkeypatch):
    import viewer.paths as paths
    from viewer.model import Article
    from viewer.store.db import cache_key

    copy = tmp_path / "topics.toml"
    copy.write_bytes(paths.resource("topics.toml").read_bytes())
    files = [*data_files(), copy]
    monkeypatch.setattr(paths, "data_files", lambda: files)
    art = Article(id="a", path="a.txt", text="نص")
    before = cache_key(art).version
    with copy.open("a", encoding="utf-8") as fh:
        fh.write("\n# an analyst's edit\n")
    after = cache_key(art).version
    assert before != after
    assert cache_key(art).version == after  # stable while nothing changes
