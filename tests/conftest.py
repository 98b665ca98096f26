"""Test setup: Qt renders offscreen, before any Qt module is imported."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window and the CLI cache extraction in the user's cache directory by
# default; tests (and the subprocesses they start) get a throwaway one.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="viewer-tests-cache-")
# The analyst's user stores live in the data directory: never the real one in tests.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="viewer-tests-data-")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _own_user_data_dir(tmp_path_factory, monkeypatch):
    """Each test its own data directory: the analyst's user stores (edits, publication
    dates a test sets) must not leak into another test's window on the same corpus."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))
