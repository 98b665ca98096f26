"""Load a corpus the way the analyst sees it: their dates, the cache, then their edits.

The CLI export and the tests call :func:`load_edited`; the window does the
same steps in its worker.  Reading, dating and extraction are
:func:`viewer.loading.ingest`, the one loading path.  Publication dates from the user store are applied
before extraction (they resolve relative dates), the edits after merging
(:func:`viewer.userstore.apply.apply_edits`).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.userstore.apply import EditedResult, apply_edits
from viewer.userstore.db import UserStore
from viewer.userstore.migrate import migrate_pubdates

if TYPE_CHECKING:
    from viewer.model import Article
    from viewer.store import Store


def load_edited(
    paths: Sequence[str | Path],
    user: UserStore,
    *,
    cache: Store | None = None,
    jobs: int = 1,
    pubdates: Mapping[str, date] | None = None,
    cancel: threading.Event | None = None,
) -> EditedResult:
    """Read, extract (through ``cache``), merge and apply ``user``'s dates and edits."""
    from viewer.loading import ingest

    def user_dates(articles: list[Article]) -> Mapping[str, date]:
        if cache is not None:  # dates older versions kept in the cache move to the user store
            migrate_pubdates(user, cache.user_pubdates(), "cache", articles)
        return user.pubdates()

    result = ingest([Path(p) for p in paths], store=cache, jobs=jobs, pubdates=pubdates, cancel=cancel,
                    user_pubdates=user_dates)
    result.problems.extend(user.problems)
    return apply_edits(result, user.edits())
