"""The headless core runs with PySide6 made unimportable.

import-linter (pyproject contract) checks the import graph statically; this
runs the core for real in a subprocess whose ``sys.meta_path`` refuses
PySide6 and shiboken6, the way a machine without Qt would: every module
outside ``viewer.ui`` imports, and ``python -m viewer extract`` on the seeds
produces events.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

BLOCKER = """
import importlib.abc, sys
class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ModuleNotFoundError(f'No module named {name!r} (blocked by the test)', name=name)
        return None
sys.meta_path.insert(0, _NoQt())
for _m in [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]:
    del sys.modules[_m]
"""

# The two benchmarks that drive the real window (declared in the pyproject contract too).
GUI_MODULES = ("viewer.ui", "viewer.bench.window", "viewer.bench.timeline")


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_blocker_really_blocks_qt():
    """Guard for the tests below: with the blocker in place the window cannot be imported."""
    proc = _run("import viewer.ui.mainwindow\n")
    assert proc.returncode != 0
    assert "blocked by the test" in proc.stderr


def test_every_core_module_imports_without_qt():
    code = f"""
import pkgutil, viewer
gui = {GUI_MODULES!r}
names = [m.name for m in pkgutil.walk_packages(viewer.__path__, 'viewer.')
         if not any(m.name == g or m.name.startswith(g + '.') for g in gui)]
import importlib
for n in names:
    importlib.import_module(n)
print(len(names))
"""
    proc = _run(code)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert int(proc.stdout.split()[-1]) >= 30  # the whole core, not a handful of modules


def test_extract_seeds_without_qt(tmp_path):
    out = tmp_path / "seeds.json"
    code = f"""
from viewer.__main__ import main
rc = main(['extract', {str(SEEDS)!r}, '--out', {str(out)!r}, '--format', 'json'])
assert rc == 0, rc
assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'viewer.ui'))]
"""
    proc = _run(code)
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5
    assert len(data["events"]) >= 10
    assert all(e["evidence"] for e in data["events"])
