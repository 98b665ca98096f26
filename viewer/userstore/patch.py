"""One more edit applied in place, and taken back: the cheap path for single-event edits.

Why: :func:`viewer.userstore.apply.apply_edits` re-applies the whole log and the
window then rebuilds its whole index, which at 10^5 events takes seconds for a
star.  An edit that changes one event's attributes and no event set (star,
note, title, hide) is applied here against the state the last full apply left
(:attr:`EditedResult.state`), replacing that one event in the result's list.

Exactness: the new edit is the last of the log, so applying it to the state
after all the others is what a full re-apply does (the same code,
``_State.apply``).  Undo is exact too: the event object, its edit kinds and its
note from before are kept in a :class:`Patch` and put back; this is only valid
while the result is the one patched and nothing changed it since (undo is
last-in first-out; the session checks and falls back to a full apply).

Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from viewer.model import Event
from viewer.userstore.apply import EditedResult, _State
from viewer.userstore.edits import Edit

# Kinds that change one event's attributes, never which events exist or their dates.
PATCH_KINDS = ("star", "note", "title", "hide")


@dataclass
class Patch:
    """What one in-place edit changed, to take it back exactly."""

    edit_id: str
    out: EditedResult  # the result it was applied to
    work_pos: int
    slot: int  # position in out.result.events
    old: Event
    new: Event
    was_copied: bool
    old_kinds: list[str] | None
    old_note: str | None
    old_edited: list[str] | None
    old_out_note: str | None


def patch_edit(out: EditedResult, edit: Edit) -> Patch | None:
    """Apply ``edit`` to ``out`` in place; None (and ``out`` untouched) when it needs a full apply.

    A full apply is needed for kinds that change event sets or dates, for an edit
    that does not attach (it becomes an orphan, listed in the Problems panel),
    and for a result whose events are not one-to-one with their ids."""
    if edit.kind not in PATCH_KINDS or len(edit.targets) != 1:
        return None
    state = out.state
    fresh = state is None
    if state is None:
        if out.edited or out.orphans or out.applied:
            return None
        state = _State(out.result)
    i, _why = state.find(edit.targets[0])
    if i is None or (not fresh and i not in out.slot):
        return None
    if fresh:  # no edit yet: the result is the extraction's own, so give it a list of its own
        out.result = replace(out.result, events=list(out.result.events))
        out.state = state
        out.slot = {j: j for j in range(len(out.result.events))}
    k = out.slot[i]
    old = state.work[i]
    if old is None or out.result.events[k] is not old:
        return None
    p = Patch(edit.id, out, i, k, old, old, i in state.copied,
              list(state.kinds[i]) if i in state.kinds else None, state.notes.get(i),
              list(out.edited[old.id]) if old.id in out.edited else None, out.notes.get(old.id))
    state.copied.discard(i)  # a fresh copy: the old object stays as it was, for undo
    state.apply(edit)
    new = state.work[i]
    assert new is not None
    p.new = new
    out.result.events[k] = new
    out.edited[new.id] = list(state.kinds[i])
    note = state.notes.get(i)
    if note:
        out.notes[new.id] = note
    else:
        out.notes.pop(new.id, None)
    out.applied += 1
    out.targets[edit.id] = new.id
    return p


def unpatch(p: Patch) -> None:
    """Take back :func:`patch_edit` (the last change made to ``p.out``)."""
    out, state, i = p.out, p.out.state, p.work_pos
    assert state is not None
    state.work[i] = p.old
    out.result.events[p.slot] = p.old
    if p.was_copied:
        state.copied.add(i)
    else:
        state.copied.discard(i)
    if p.old_kinds is None:
        state.kinds.pop(i, None)
    else:
        state.kinds[i] = p.old_kinds
    if p.old_note is None:
        state.notes.pop(i, None)
    else:
        state.notes[i] = p.old_note
    if p.old_edited is None:
        out.edited.pop(p.old.id, None)
    else:
        out.edited[p.old.id] = p.old_edited
    if p.old_out_note is None:
        out.notes.pop(p.old.id, None)
    else:
        out.notes[p.old.id] = p.old_out_note
    out.applied -= 1
    out.targets.pop(p.edit_id, None)
