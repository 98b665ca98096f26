"""Move publication dates from where older versions kept them into the user store, once.

Older windows saved the dates a user set in QSettings (``pubdates/<sha256 or
id>``) and the cache had a ``user_pubdates`` table nothing wrote.  Both are
read once per corpus store: the dates that belong to the corpus' articles
(by content hash or id) are copied in, in one transaction together with a
marker, so a second launch does not copy again and a date the user changed
or forgot since is not brought back.  The old entries are left where they are
(another corpus holding the same article may still need them) but are no
longer read after their migration.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from viewer.model import Article
from viewer.userstore.db import UserStore


def migrate_pubdates(store: UserStore, legacy: Mapping[str, date], source: str,
                     articles: Iterable[Article] | None = None) -> int:
    """Copy ``legacy`` dates into ``store`` unless ``source`` was migrated before.

    With ``articles``, only keys naming one of them (sha256, id) are copied,
    keyed by the article's sha256 when it has one.  Returns the number added."""
    flag = f"migrated:{source}"
    if store.meta(flag) is not None:
        return 0
    wanted: dict[str, date] = {}
    if articles is None:
        wanted = dict(legacy)
    else:
        for a in articles:
            for key in (a.sha256, a.id):
                if key and key in legacy:
                    wanted[a.sha256 or a.id] = legacy[key]
                    break
    return store.merge_pubdates(wanted, flag=flag)
