"""Writing an output file so that it is either the new content or the old one, never half.

Every export (CLI ``--out``, ``viewer export``, the window's CSV/JSON/PNG/SVG,
project files) writes into a
temporary file in the target's folder, flushes it to disk and renames it over
the target.  On a full disk or a read-only folder the write fails *before* the
rename, so the previous good file is kept, the temporary file is removed and the
caller gets the ``OSError`` to report.  The file gets the mode a plain ``open``
would give it (``0666`` less the umask; an existing file keeps its mode), not
``mkstemp``'s ``0600``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

_umask_lock = threading.Lock()


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _umask_lock:  # portable fallback: set and restore
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str = ".tmp", allow_empty: bool = False) -> Iterator[str]:
    """A temporary file name beside ``path`` to write to; renamed onto ``path`` when the
    block ends without an exception, removed otherwise.  ``suffix`` lets writers that
    look at the name (Qt's image writers) see the right one.  An empty result counts as a
    failure unless ``allow_empty`` (a writer that reports nothing may have written nothing)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=folder)
    os.close(fd)
    try:
        yield tmp
        if not allow_empty and os.path.getsize(tmp) == 0:
            raise OSError(f"nothing was written to {target}")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (temporary file + fsync + rename)."""
    with atomic_path(path, allow_empty=True) as tmp, open(tmp, "wb") as fh:
        fh.write(data)


def write_text_atomic(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """``write_bytes_atomic`` for text; ``newline`` characters are written as given."""
    write_bytes_atomic(path, text.encode(encoding))
