"""Sorting big lists in a worker thread without holding the GIL for long.

``list.sort`` compares in C: on 10^5 tuples that is one call of 100-300 ms
during which no other Python thread runs — in the window, the GUI thread
waits (no repaint, no click).  :func:`sorted_in_steps` sorts chunks of
``CHUNK`` items (a few ms each) and merges them with ``heapq.merge``, whose
Python-level loop lets the GUI thread in between.  Same order as ``sorted``
(both are stable; equal keys keep their input order).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")
CHUNK = 8192


def sorted_in_steps(items: Iterable[T], key: Callable[[T], Any] | None = None, reverse: bool = False) -> list[T]:
    items = list(items)
    if len(items) <= CHUNK:
        return sorted(items, key=key, reverse=reverse)
    chunks = [sorted(items[k:k + CHUNK], key=key, reverse=reverse) for k in range(0, len(items), CHUNK)]
    return list(heapq.merge(*chunks, key=key, reverse=reverse))
