"""Where the package's data files are, installed from a wheel or run from a checkout.

One place for everybody (topics/actors loading, the window's fonts and
translations, the cache key).  The owners keep ``resources/`` at the
repository root; the wheel ships that folder as the subpackage
``viewer.resources`` (setup.py maps it), so the data is found through the
import system when installed and next to the package in a plain checkout.
Nothing here touches the network or writes anything.
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import lru_cache
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The folder holding topics.toml, actors.toml, fonts/ and i18n/."""
    try:
        spec = importlib.util.find_spec("viewer.resources")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for loc in spec.submodule_search_locations:
            p = Path(loc)
            if (p / "topics.toml").is_file():
                return p
    return _CHECKOUT


def resource(*parts: str) -> Path:
    """A file or folder under :func:`resources_dir`: ``resource("fonts")``, ``resource("topics.toml")``."""
    return resources_dir().joinpath(*parts)


def data_files() -> list[Path]:
    """Every data file extraction depends on: the language folder, topics and actors."""
    from viewer.lang import data_files as lang_files

    return [*lang_files(), *(resource(f) for f in ("topics.toml", "topics_general.toml", "actors.toml",
                                                  "world.toml", "places.toml", "acts.toml"))]


@lru_cache(maxsize=64)
def _digest(stamp: tuple[tuple[str, int, int], ...]) -> str:
    h = hashlib.sha256()
    for name, _mtime, _size in stamp:
        h.update(name.encode("utf-8", "surrogatepass"))
        try:
            h.update(Path(name).read_bytes())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()[:16]


def data_fingerprint() -> str:
    """A digest of the bytes of :func:`data_files`: any edit changes it (cheap: re-read only on change)."""
    stamp = []
    for p in data_files():
        try:
            st = p.stat()
            stamp.append((str(p), st.st_mtime_ns, st.st_size))
        except OSError:
            stamp.append((str(p), -1, -1))
    return _digest(tuple(stamp))
