"""The built wheel carries every data file and works in a fresh environment.

Builds the wheel from this checkout (no network: ``--no-build-isolation``),
installs it with ``--no-deps`` into a fresh venv whose only link to the test
environment is a ``.pth`` line to its site-packages (for PySide6, hijridate …;
a path added that way does not run that folder's own .pth files, so the
checkout's editable install is not seen), and extracts the seeds there from
another working directory.  Before the fix an installed app loaded 0 topics.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build = tmp_path_factory.mktemp("build")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=180, cwd=build,
    )
    if proc.returncode != 0 and "No module named pip" in proc.stderr:  # pragma: no cover
        pytest.skip("pip is not available in the test environment")
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_contains_every_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    lang = {f"viewer/lang/ar/{p.name}" for p in (ROOT / "viewer" / "lang" / "ar").glob("*.toml")}
    assert lang and lang <= names
    for rel in ("topics.toml", "actors.toml"):
        assert f"viewer/resources/{rel}" in names
    fonts = {f"viewer/resources/fonts/{p.name}" for p in (ROOT / "resources" / "fonts").glob("*.ttf")}
    assert fonts and fonts <= names
    assert "viewer/resources/i18n/viewer_ar.qm" in names


def test_installed_wheel_extracts_seeds_with_topics_and_actors(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    # the test environment's dependencies, appended after the venv's own site-packages
    Path(site, "zz_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run(
        [str(py), "-c", "import viewer, viewer.paths as p; print(viewer.__file__); print(p.resources_dir())"],
        capture_output=True, text=True, cwd=work, check=True,
    ).stdout.split("\n")
    assert where[0].startswith(site), where  # the installed copy, not the checkout
    assert where[1].startswith(site), where
    out = tmp_path / "seeds.json"
    run = subprocess.run(
        [str(py), "-m", "viewer", "extract", str(ROOT / "seeds"), "--out", str(out)],
        capture_output=True, text=True, cwd=work, timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    events = data["events"]
    assert len(data["articles"]) == 5 and events
    assert sum(bool(e["topics"]) for e in events) >= len(events) // 2
    assert sum(bool(e["actors"]) for e in events) >= len(events) // 2
    assert any(m["kind"] == "hijri" or m["kind"] == "absolute" for m in data["mentions"])
