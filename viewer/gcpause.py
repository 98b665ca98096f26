"""Keeping Python's cyclic garbage collector off the bulk work of a load.

Reading a 10,000-article cache, merging ~10^5 events or building the window's
indexes creates hundreds of thousands of long-lived, acyclic objects; every
allocation burst triggers collector passes that walk all of them again, which
cost 3x the work itself.  Worse, in the window a pass run by the loader's
worker thread is one C call holding the GIL: the GUI thread waits for all of
it (a full pass over a 10,000-article corpus: 0.2-1 s without a repaint).

So, during a load:

* bulk work runs with the collector paused (:func:`gc_paused`); reference
  counting still frees everything, only cycle detection waits;
* a pause over work whose results live on ends with ``freeze=True``: what is
  alive then moves to the collector's permanent generation (``gc.freeze``, a
  list splice), so no later pass — from any thread — walks it again.  A
  corpus and its snapshot are acyclic (``tests/test_gcpause.py`` checks it), so
  they are still freed by reference counting when replaced; nothing calls
  ``gc.unfreeze``, which would put the whole heap back under the next full pass;
* extraction in this process (small corpora, re-runs) leaves cyclic garbage:
  the collector runs then, and :func:`freeze_survivors` after each batch keeps
  its passes over the young objects only.

Nesting (and other threads) are fine: a pause ends with the collector enabled
only if it was enabled when the pause began.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused(freeze: bool = False) -> Iterator[None]:
    """The collector paused in the block; ``freeze``: what is alive at its end is
    long-lived (see :meth:`GcPause.stop`)."""
    pause = GcPause()
    pause.start()
    try:
        yield
    finally:
        pause.stop(freeze=freeze)


def freeze_survivors() -> None:
    """Move every object alive now out of the collector's reach (``gc.freeze``): the
    next passes walk only what is allocated after.  For long-lived data built up
    while the collector runs (results extracted in this process)."""
    gc.freeze()


class GcPause:
    """The same as :func:`gc_paused` for a region that does not fit a ``with``
    block (``start`` and ``stop`` are idempotent)."""

    def __init__(self) -> None:
        self.was: bool | None = None

    def start(self) -> None:
        if self.was is None:
            self.was = gc.isenabled()
            gc.disable()

    def stop(self, freeze: bool = False) -> None:
        """End the pause.  ``freeze``: first move every object alive now to the
        collector's permanent generation (``gc.freeze``): a freshly loaded corpus is
        long-lived, and the first collection after the pause would otherwise walk
        all of it again (~2 s for 10,000 articles) only to find it alive.
        Reference counting still frees it when it is dropped."""
        if self.was is not None:
            if freeze:
                gc.freeze()
            if self.was:
                gc.enable()
            self.was = None
