"""Reading a corpus for a load: the reader, with the cyclic collector paused.

Reading 10,000 files or a 100,000-record dump creates hundreds of thousands
of long-lived acyclic objects; collector passes over them would cost more
than the reading (and, in the window's worker thread, hold the GIL the GUI
thread needs).  See :mod:`viewer.gcpause`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from viewer.gcpause import gc_paused
from viewer.model import Article, Problem

Progress = Callable[[int, int, str], None]


def read(
    paths: Iterable[str | Path],
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    on_article: Callable[[Article], None] | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Every article under ``paths`` and the problems met (see ``read_corpus``);
    ``progress(done, total, name)`` while files and records are read, ``on_article``
    with each article as it is read."""
    from viewer.corpus.reader import read_corpus

    with gc_paused(freeze=True):  # the articles are long-lived
        return read_corpus([Path(p) for p in paths], cancel=cancel, progress=progress, on_article=on_article)
