"""The window's view state as a plain observable object (no Qt).

Why: the timeline, the table, the filter panel and the source panes all show
the same language, digits and selection.  Rather than the window calling each
widget in turn (and each new widget needing a line in several places), the
window writes the state once and every widget subscribes to the fields it
shows.  Being plain Python, the state and its notifications are unit-tested
without a window, and later hooks (edits, a topic editor) subscribe the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields

Listener = Callable[["ViewState", frozenset[str]], None]


@dataclass
class ViewState:
    """What every view shows alike; change it with :meth:`update` only."""

    lang: str = "ar"
    eastern: bool = False
    selected: str | None = None
    _listeners: list[tuple[frozenset[str] | None, Listener]] = field(
        default_factory=list, repr=False, compare=False
    )

    def update(self, **changes) -> frozenset[str]:
        """Set fields; notify the listeners of the fields that really changed.

        Returns the changed field names.  Unknown names are a programming error.
        """
        known = {f.name for f in fields(self) if not f.name.startswith("_")}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown view state field(s): {sorted(unknown)}")
        changed = frozenset(k for k, v in changes.items() if getattr(self, k) != v)
        for k in changed:
            setattr(self, k, changes[k])
        if changed:
            for watched, fn in list(self._listeners):
                if watched is None or watched & changed:
                    fn(self, changed)
        return changed

    def notify_all(self) -> None:
        """Tell every listener that every field changed (a view joining late, a reset)."""
        every = frozenset(f.name for f in fields(self) if not f.name.startswith("_"))
        for _watched, fn in list(self._listeners):
            fn(self, every)

    def subscribe(self, fn: Listener, fields_: Iterable[str] | None = None) -> Callable[[], None]:
        """Call ``fn(state, changed)`` when any of ``fields_`` (all if None) change.

        Returns a function that unsubscribes.
        """
        entry = (None if fields_ is None else frozenset(fields_), fn)
        self._listeners.append(entry)

        def unsubscribe() -> None:
            if entry in self._listeners:
                self._listeners.remove(entry)

        return unsubscribe

    def watch(self, name: str, fn: Callable[[object], None]) -> Callable[[], None]:
        """Shorthand: call ``fn(new_value)`` whenever field ``name`` changes."""
        return self.subscribe(lambda st, _ch: fn(getattr(st, name)), (name,))
