"""``python -m viewer export`` from a corpus plus its user store, and from a project file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from viewer.__main__ import main as viewer_main
from viewer.loading import ingest
from viewer.userstore import Edit, UserStore, event_ref
from viewer.userstore.edits import date_edit
from viewer.userstore.load import load_edited
from viewer.userstore.project import load_project, open_into_store, save_project

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "analyst"


def _edit_corpus(corpus: Path) -> list[Edit]:
    res = ingest([corpus])
    arts = {a.id: a for a in res.articles}
    e98 = next(e for e in res.events if e.earliest and e.earliest.year == 1998)
    e22 = next(e for e in res.events if e.earliest and e.earliest.year == 2022)
    return [
        date_edit(event_ref(e98, arts), date(1998, 7, 1), date(1998, 7, 31), "month", approximate=True),
        Edit("star", (event_ref(e22, arts),), {"starred": True}),
        Edit("title", (event_ref(e22, arts),), {"title": "قمة الأمن المائي"}),
    ]


def test_cli_exports_the_edited_timeline_from_the_user_store(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "news"
    shutil.copytree(DATA, corpus)
    with UserStore.for_corpus([corpus]) as st:  # the store the window writes for this folder
        st.add_many(_edit_corpus(corpus))
    out = tmp_path / "tl.json"
    assert viewer_main(["export", "--corpus", str(corpus), "--format", "timelinejs", "--out", str(out),
                        "--no-cache"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    heads = [s["text"]["headline"] for s in doc["events"]]
    assert "قمة الأمن المائي" in heads
    approx = next(s for s in doc["events"] if s["start_date"] == {"year": 1998, "month": 7})
    assert approx["display_date"] == "حوالي يوليو 1998"
    # --starred: only that one
    assert viewer_main(["export", "--corpus", str(corpus), "--out", str(tmp_path / "s.html"), "--starred",
                        "--no-cache"]) == 0
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert page.count('class="event"') == 1 and "قمة الأمن المائي" in page
    assert "1 events written" in capsys.readouterr().err
    # nothing was written into the source folder
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in DATA.iterdir())


def test_cli_usage_errors_and_missing_corpus(tmp_path: Path, capsys) -> None:
    assert viewer_main(["export", "--corpus", str(DATA), "--out", str(tmp_path / "x.bin")]) == 2
    assert "format" in capsys.readouterr().err
    assert viewer_main(["export", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "x.csv")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_cli_subprocess_csv(tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "viewer", "export", "--corpus", str(DATA), "--out", str(out),
                           "--topic", "energy", "--no-cache"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].endswith("starred,hidden,edited,note")
    assert all("energy" in line.split(",")[7] for line in text.splitlines()[1:])


def test_project_file_opens_elsewhere_with_the_same_timeline(tmp_path: Path) -> None:
    """Save a session, copy project + articles to another place, open: same edited timeline."""
    here = tmp_path / "machine1"
    (here / "corpus").parent.mkdir(parents=True)
    shutil.copytree(DATA, here / "corpus")
    with UserStore.for_corpus([here / "corpus"], root=here / "data") as st:
        st.add_many(_edit_corpus(here / "corpus"))
        st.set_pubdate("0" * 64, date(2024, 1, 2))
        first = load_edited([here / "corpus"], st)
        save_project(here / "session.antproj", [here / "corpus"], st.edits(), st.pubdates(),
                     view={"zoom": [1990, 2030], "filter": {"topics": ["energy"]}})
    there = tmp_path / "machine2" / "elsewhere"
    shutil.copytree(here / "corpus", there / "articles")
    shutil.copy(here / "session.antproj", there / "session.antproj")
    doc = json.loads((there / "session.antproj").read_text(encoding="utf-8"))
    doc["corpus"][0]["relative"] = "articles"  # as moved by the user
    doc["corpus"][0]["absolute"] = str(tmp_path / "gone")
    (there / "session.antproj").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(here)

    project = load_project(there / "session.antproj")
    assert project.missing == [] and project.corpus == [(there / "articles").resolve()]
    assert project.view == {"zoom": [1990, 2030], "filter": {"topics": ["energy"]}}
    with UserStore.for_corpus(project.corpus, root=tmp_path / "data2") as st:
        before = open_into_store(project, st)
        assert before == ([], {})
        second = load_edited(project.corpus, st)
        assert st.pubdates() == {"0" * 64: date(2024, 1, 2)}

    def view(r):
        return [(e.id, e.earliest, e.latest, e.title, e.certain, e.flags, r.notes.get(e.id)) for e in r.events]

    assert second.orphans == [] and view(second) == view(first)
    # the CLI reads the project too (and writes to no store)
    out = tmp_path / "p.json"
    assert viewer_main(["export", "--project", str(there / "session.antproj"), "--out", str(out),
                        "--no-cache"]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported["edits"]) == 3 and any(e["title"] == "قمة الأمن المائي" for e in exported["events"])


def test_damaged_project_is_a_clear_error(tmp_path: Path) -> None:
    from viewer.userstore.project import ProjectError

    bad = tmp_path / "x.antproj"
    bad.write_text("{", encoding="utf-8")
    try:
        load_project(bad)
    except ProjectError as exc:
        assert "x.antproj" in str(exc)
    else:
        raise AssertionError("no error")
    bad.write_text('{"format": "something-else"}', encoding="utf-8")
    assert viewer_main(["export", "--project", str(bad), "--out", str(tmp_path / "o.json")]) == 1
