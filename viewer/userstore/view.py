"""The analyst's view filter: all events, or only the edited, starred or hidden ones.

Hidden events are out of the default view (that is what hiding is for) and
come back with the ``hidden`` mode.  Qt-free: the window applies it to the
indices an :class:`viewer.events.query.EventIndex` query accepted.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.model import Event
from viewer.userstore.apply import EDITED, HIDDEN, STARRED

MODES = ("all", "edited", "starred", "hidden")


def keep(event: Event, mode: str) -> bool:
    """Whether ``event`` shows in ``mode``."""
    hidden = HIDDEN in event.flags
    if mode == "hidden":
        return hidden
    if hidden:
        return False
    if mode == "edited":
        return EDITED in event.flags
    if mode == "starred":
        return STARRED in event.flags
    return True


def restrict(events: Sequence[Event], accepted: Sequence[int], mode: str) -> list[int]:
    """The indices of ``accepted`` whose events show in ``mode`` (order kept)."""
    if mode not in MODES:
        raise ValueError(f"unknown view mode {mode!r}")
    return [i for i in accepted if keep(events[i], mode)]
