"""Which key or column of a record holds the title, the text, the date, the URL, the source.

Dumps from scrapers name their fields in many ways (``content``, ``body``,
``pubDate``, ``published_at``, ``العنوان``, ``النص``, ``التاريخ``); the names
are matched case-insensitively after normalization (so ``تاريخ النشر`` and
``تاريخ_النشر`` are one name).  The first name of each list that a record
has wins.
"""

from __future__ import annotations

import re

from viewer.extract.normalize import normalize_text

FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "article_text", "full_text", "fulltext", "maintext",
             "description", "summary", "النص", "المحتوي", "المتن", "نص المقال", "نص الخبر", "الخبر",
             "المقال", "الوصف"),
    "title": ("title", "headline", "heading", "name", "العنوان", "عنوان", "عنوان الخبر", "العنوان الرييسي"),
    "date": ("date", "published", "pubdate", "pub_date", "published_at", "publish_date", "publication_date",
             "date_published", "datepublished", "created", "created_at", "time", "datetime", "timestamp",
             "التاريخ", "تاريخ", "تاريخ النشر", "نشر"),
    "url": ("url", "link", "href", "permalink", "canonical", "الرابط", "رابط"),
    "source": ("source", "site", "outlet", "publisher", "site_name", "domain", "المصدر", "الموقع", "الناشر"),
    "id": ("id", "guid", "uuid", "key", "article_id", "المعرف"),
}
_SEP = re.compile(r"[\s_\-:.]+")


def canon(name: str) -> str:
    return _SEP.sub(" ", normalize_text(name)).strip()


_INDEX = {canon(n): (role, i) for role, names in FIELDS.items() for i, n in enumerate(names)}


def map_fields(names) -> dict[str, str]:
    """role -> the record's own key, for every role the names cover (best-ranked name first)."""
    best: dict[str, tuple[int, str]] = {}
    for n in names:
        if not isinstance(n, str):
            continue
        hit = _INDEX.get(canon(n))
        if hit is None:
            continue
        role, rank = hit
        if role not in best or rank < best[role][0]:
            best[role] = (rank, n)
    return {role: key for role, (_, key) in best.items()}
