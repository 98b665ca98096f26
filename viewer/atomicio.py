"""Write a file so that readers see the old content or the new, never half of either.

Exports and project files are written to a temporary file in the target's
folder, flushed to disk, then renamed over the target (``os.replace`` is
atomic on POSIX and Windows within one file system).  A crash or a full disk
leaves the previous file untouched and no stray temporary behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (temporary file + fsync + rename)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private (0600); a written file gets the usual mode
        # (the old file's, else 0666 less the umask), as open() would give it.
        try:
            mode = os.stat(target).st_mode & 0o7777
        except OSError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """``write_bytes_atomic`` for text; ``newline`` characters are written as given."""
    write_bytes_atomic(path, text.encode(encoding))
