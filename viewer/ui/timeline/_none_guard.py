"""Work around a PySide6 6.12.0 refcount bug on Python < 3.12.

Checked here (PySide6-Essentials 6.12.0, abi3 wheel, CPython 3.11.7): every
call of a C++ method returning ``void`` (``QPainter.setPen``, ``fillRect``,
``QColor.setAlpha``, ``QWidget.update`` …) returns ``None`` *without* taking
a reference, so each call drops one reference from ``None``.  On 3.12+ ``None``
is immortal (PEP 683) and nothing happens; on 3.11 the count reaches zero after
a few thousand calls and the interpreter aborts with "Fatal Python error:
none_dealloc" (at exit at best, mid-paint at worst).  Methods returning
``bool`` do the same to ``True``/``False`` ("bool_dealloc").

The fix here does what 3.12 does: give ``None``, ``True`` and ``False`` a reference count so large
that no process can ever use it up.  ``None`` is never freed anyway, so the
count has no other meaning.  It is a no-op on 3.12+ and on non-CPython.
The real fix is Python >= 3.12 (or a PySide6 release with the bug fixed).
"""

from __future__ import annotations

import ctypes
import platform
import sys

_BIG = 1 << 60


def immortalize_none() -> bool:
    """Raise ``None``'s reference count out of reach; True if it was needed."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    done = False
    for obj in (None, True, False):
        if sys.getrefcount(obj) > _BIG // 2:
            continue
        # PyObject starts with Py_ssize_t ob_refcnt (non-debug CPython 3.11 layout).
        ctypes.c_ssize_t.from_address(id(obj)).value += _BIG
        done = True
    return done
