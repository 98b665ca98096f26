"""The window and the core over bad input: no network, sources never touched,
every problem listed once with a translated label.
"""

from __future__ import annotations

import ast
import hashlib
import os
import shutil
import socket
import sys
from pathlib import Path

import pytest
from conftest import DATA, ROOT, SEEDS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_robust_inputs import EXPECTED_PROBLEMS, bad_corpus, build_bad_corpus, rel  # noqa: F401
from test_ui_fixtures import load_window, open_window, settings_tmp  # noqa: F401

from viewer.loading import ingest
from viewer.store import Store

HTML_WITH_IMAGE = DATA / "bad" / "html" / "script_style.html"


# -- no network ---------------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python code could open a connection raises, and is recorded."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[:2]!r}")
            raise OSError(f"network access attempted: {name}")

        return blocked

    monkeypatch.setattr(socket, "socket", refuse("socket.socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
    yield attempts
    assert attempts == [], attempts


def test_no_network_during_ingest_and_render(qtbot, settings_tmp, tmp_path, no_network):  # noqa: F811
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    shutil.copy2(HTML_WITH_IMAGE, corpus / "tracker.html")  # <img src="http://…">, <link href="http://…">
    (corpus / "inline.html").write_text(
        '<html><body><p>افتتح المركز الإقليمي في كانون الثاني 2017.</p>'
        '<img src="http://example.invalid/pixel.gif" onload="fetch(\'http://example.invalid/\')">'
        '<p style="background:url(http://example.invalid/bg.png)">عنوان <img src="https://example.invalid/x"></p>'
        "</body></html>",
        encoding="utf-8",
    )
    # The headless pipeline (the CLI's path), with the store.
    with Store(tmp_path / "c1.db") as st:
        result = ingest([corpus], store=st)
    assert len(result.articles) == 7

    # The window: load, show events and both HTML articles, export, screenshot.
    w = open_window(qtbot, [corpus], tmp_path / "c2.db")
    load_window(qtbot, w)
    assert len(w.result.articles) == 7
    for e in w.result.events:
        w.select_event(e.id)
    for aid in ("tracker", "inline"):
        w.open_article(aid)
        pane = w.sources.panes[0]
        assert "http://" not in pane.text.toPlainText()
    w.timeline.fit_all()
    QApplication.processEvents()
    assert not w.grab().isNull()
    w.export_png(tmp_path / "t.png")
    w.export_svg(tmp_path / "t.svg")
    w.close()
    # Nothing that speaks to the network was even loaded.
    assert "PySide6.QtNetwork" not in sys.modules


def test_screenshot_command_without_network(tmp_path, no_network):
    """``python -m viewer screenshot`` renders the window offscreen; it runs in this
    process here so the socket guard applies."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    shutil.copy2(HTML_WITH_IMAGE, corpus / "tracker.html")
    from viewer.ui import screenshot

    out = tmp_path / "shot.png"
    assert screenshot.main(["--out", str(out), "--corpus", str(corpus), "--article", "tracker",
                            "--size", "1000x700"]) == 0
    assert out.stat().st_size > 10_000


# -- sources are never written, moved or locked ---------------------------------------------------


def _snapshot(root: Path) -> dict[str, tuple[str, int, int]]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_symlink():
            out[p.relative_to(root).as_posix()] = ("link:" + os.readlink(p), 0, 0)
        elif p.is_file():
            st = p.stat()
            out[p.relative_to(root).as_posix()] = (
                hashlib.sha256(p.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_mode
            )
        elif p.is_dir():
            out[p.relative_to(root).as_posix() + "/"] = ("dir", p.stat().st_mtime_ns, p.stat().st_mode)
    return out


def test_full_session_leaves_sources_untouched(qtbot, settings_tmp, tmp_path):  # noqa: F811
    from datetime import date

    corpus = build_bad_corpus(tmp_path / "corpus", unreadable=False)
    shutil.copy2(HTML_WITH_IMAGE, corpus / "html" / "tracker.html")
    before = _snapshot(corpus)
    assert len(before) > 40

    exports = tmp_path / "exports"
    exports.mkdir()
    w = open_window(qtbot, [corpus], tmp_path / "cache" / "cache.db")
    load_window(qtbot, w)
    assert len(w.result.articles) > 20
    # Select events, open articles, search, set a publication date, export, close.
    for e in w.result.events[:40]:
        w.select_event(e.id)
    for aid in list(w.articles)[:10]:
        w.open_article(aid)
    w.filters.search.setText("الكويت")
    w.apply_filter()
    assert 0 < w.model.rowCount()
    w.filters.search.setText("")
    w.apply_filter()
    seed = next(a for a in w.result.articles if a.id.startswith("000_"))
    with qtbot.waitSignal(w.loaded, timeout=120_000):
        w.set_pubdate(seed.id, date(2025, 12, 1))
    assert w.articles[seed.id].published == date(2025, 12, 1)
    w.export_csv(exports / "events.csv")
    w.export_json(exports / "events.json")
    w.export_png(exports / "timeline.png")
    w.close()
    QApplication.processEvents()

    after = _snapshot(corpus)
    assert after == before  # same files, same bytes, same mtimes and modes, nothing added
    assert sorted(p.name for p in exports.iterdir()) == ["events.csv", "events.json", "timeline.png"]
    # And the files can still be opened for writing by others: nothing holds a lock on them.
    for rel_path in ("seeds/000_0b23c83037af3ae1.txt", "enc/cp1256.txt"):
        with open(corpus / rel_path, "r+b"):
            pass


# -- problems: listed once, labelled, translated --------------------------------------------------


def _core_problem_kinds() -> set[str]:
    """Every problem kind the core can emit, read from the source (not from a list kept by hand):
    ``Problem("kind", …)``, ``Problem(kind="kind", …)``, the reader's ``problem("kind", …)`` and
    the decoder's ``("kind", "warning"|"error", message)`` notes."""
    kinds: set[str] = set()
    for path in (ROOT / "viewer").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "viewer").parts or "bench" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name not in ("Problem", "problem", "_problem"):
                    continue
                arg = next((k.value for k in node.keywords if k.arg == "kind"), None)
                if arg is None and node.args and name != "_problem":
                    arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    kinds.add(arg.value)
            elif isinstance(node, ast.Tuple) and len(node.elts) == 3:
                a, b = node.elts[0], node.elts[1]
                if (isinstance(a, ast.Constant) and isinstance(a.value, str) and isinstance(b, ast.Constant)
                        and b.value in ("warning", "error")):
                    kinds.add(a.value)
    return kinds


def test_core_problem_kinds_are_found():
    kinds = _core_problem_kinds()
    assert {"unreadable", "empty", "binary", "encoding", "truncated", "bidi", "duplicate-id", "manifest",
            "cancelled", "extract", "cache", "placeholder", "unresolved", "disagree"} <= kinds


def test_every_problem_kind_has_a_translated_label(qtbot, settings_tmp):  # noqa: F811
    from viewer.display.snapshot import FLAG_KINDS
    from viewer.ui.app import make_app
    from viewer.ui.problems import ProblemsPanel

    _app, tr = make_app([], "en")
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    kinds = _core_problem_kinds() | set(FLAG_KINDS.values())
    english = {k: panel.kind_label(k) for k in kinds}
    tr.set_language("ar")
    try:
        arabic = {k: panel.kind_label(k) for k in kinds}
    finally:
        tr.set_language("en")
    for k in sorted(kinds):
        assert english[k] and english[k].lower() != k.lower(), (k, english[k])
        assert not english[k].startswith("Other problem"), (k, english[k])  # a label of its own
        assert arabic[k] != english[k], (k, arabic[k])
        assert any("\u0600" <= ch <= "\u06ff" for ch in arabic[k]), (k, arabic[k])
    assert len(set(english.values())) == len(kinds)  # no two kinds look the same
    # An unknown kind still gets a human label (and says which kind it is).
    assert panel.kind_label("frobnicate") == "Other problem (frobnicate)"


def test_problems_panel_lists_each_problem_once_with_file_and_label(
    qtbot, settings_tmp, bad_corpus, tmp_path  # noqa: F811
):
    from viewer.display.snapshot import collect_problems
    from viewer.ui.problems import ROLE

    root = bad_corpus
    cache = tmp_path / "cache" / "cache.db"
    cache.parent.mkdir()
    cache.write_bytes(os.urandom(4096))  # a garbage file as the cache: refused, untouched, listed once
    w = open_window(qtbot, [root], cache, lang="en")
    load_window(qtbot, w)
    panel = w.problems
    model = panel.view.model()  # what the list shows, row by row, in its own order
    rows = [tuple(model.index(i, c).data() for c in range(3)) for i in range(model.rowCount())]
    assert len(rows) == len(set(rows))  # nothing listed twice
    assert len(rows) == len(collect_problems(w.result)) == len(panel.problems)
    # Every expected problem is there exactly once, with its file and a human label.
    for f, kind, _sev in EXPECTED_PROBLEMS:
        hits = [p for p in panel.problems if p.kind == kind and rel(root, p.path) == f]
        assert hits, (f, kind)
        for p in hits:
            assert sum(1 for q in panel.problems if q == p) == 1
            i = panel.problems.index(p)
            assert model.index(i, 0).data(ROLE) == i and panel.problem_at(model.index(i, 0)) is p
            kind_text, message, where = rows[i]
            assert kind_text == panel.kind_label(kind) != kind
            assert Path(f).name in where
            # the sentence in the UI's words; the core's own text stays as the detail
            tip = model.index(i, 1).data(Qt.ToolTipRole) or ""
            assert p.message in message or p.message in tip, (message, tip)
    assert [p.kind for p in panel.problems].count("cache") == 1
    assert any(p.kind == "cache" and "not a cache of this application" in p.message for p in panel.problems)
    # The good articles all loaded next to the bad ones.
    assert {a.id for a in w.result.articles} >= {"000_0b23c83037af3ae1", "cp1256", "script_style"}
    w.close()
