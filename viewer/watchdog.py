"""Worker processes end with their parent, however the parent ends (``kill -9`` too).

A pool worker waits on a pipe from its parent; when the parent is killed the
pipe may stay open in sibling processes, so the workers (and through them the
multiprocessing resource tracker) were left running.  Each worker calls
:func:`die_with_parent` first:

* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the worker
  when the thread that started it exits (the pool's workers are started by the
  thread that runs the pool, which outlives the pool);
* everywhere, a daemon thread that checks ``os.getppid()`` once a second and
  exits when the parent is gone (the worker has then been re-parented).

Either way the worker is gone within about a second, and the resource tracker,
whose pipe the workers held, follows.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

POLL_S = 1.0
_PR_SET_PDEATHSIG = 1


def _pdeathsig() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while True:
        time.sleep(POLL_S)
        if os.getppid() != parent:
            os._exit(1)


def die_with_parent(parent: int) -> None:
    """Pool initializer: ``parent`` is the pid of the process that started the pool."""
    _pdeathsig()
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="parent-watchdog").start()
