"""Load a corpus the way the analyst sees it: their dates, the cache, then their edits.

The CLI export and the tests call :func:`load_edited`; the window does the
same steps in its worker.  Publication dates from the user store are applied
before extraction (they resolve relative dates), the edits after merging
(:func:`viewer.userstore.apply.apply_edits`).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import pipeline
from viewer.userstore.apply import EditedResult, apply_edits
from viewer.userstore.db import UserStore
from viewer.userstore.migrate import migrate_pubdates

if TYPE_CHECKING:
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
    from viewer.corpus.reader import read_corpus
    from viewer.extract.vocab import matcher_for
    from viewer.ingest import apply_user_pubdates, ingest_articles

    articles, problems = read_corpus([Path(p) for p in paths])
    if cache is not None:
        migrate_pubdates(user, cache.user_pubdates(), "cache", articles)
    apply_user_pubdates(articles, user.pubdates())
    pipeline.apply_pubdates(articles, pubdates or {})
    result = ingest_articles(articles, problems, store=cache, jobs=jobs, cancel=cancel,
                             matcher=matcher_for(paths))
    result.problems.extend(user.problems)
    return apply_edits(result, user.edits())
