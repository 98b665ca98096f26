"""The analyst's own layer: edits, stars, notes, manual events and publication dates.

Qt-free.  ``edits`` is the data, ``db`` the per-corpus SQLite store,
``apply`` the one function that turns an extracted corpus into the edited one,
``project`` the portable session file.
"""

from viewer.userstore.apply import EditedResult, apply_edits
from viewer.userstore.db import UserStore
from viewer.userstore.edits import Anchor, Edit, EventRef, event_ref, selection_anchor

__all__ = ["Anchor", "Edit", "EditedResult", "EventRef", "UserStore", "apply_edits", "event_ref",
           "selection_anchor"]
