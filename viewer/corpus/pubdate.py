"""Which publication date an article gets: one precedence, decided here only.

    user / --pubdate  >  manifest / feed field  >  page metadata  >
    dateline / byline  >  date in the URL  >  the lower bound inferred from the body

Every source *offers* its date through :func:`offer`; the strongest offer
stands whatever the order the offers arrive in (the reader offers the
manifest and the page's own date, the loader the user's and the command
line's, extraction the bound).  An equal rank replaces (a later ``--pubdate``
replaces a saved one, as the user expects).
"""

from __future__ import annotations

from datetime import date

from viewer.model import Article

RANK = {
    "user": 0, "cli": 0,
    "manifest": 1, "feed": 1,
    "page-metadata": 2,
    "dateline": 3, "byline": 3,
    "url": 4,
    "inferred": 5,
    "unknown": 9,
}
def rank(how: str) -> int:
    return RANK.get(how, 9)


def offer(article: Article, when: date | None, how: str, span: tuple[int, int] | None = None,
          evidence: str | None = None) -> bool:
    """Give ``article`` the date ``when`` known by ``how`` unless a stronger source set one.

    Returns True when the offer was taken."""
    if when is None or how not in RANK or how in ("inferred", "unknown"):
        return False
    if article.published is not None and rank(how) > rank(article.published_how):
        return False
    article.published = when
    article.published_how = how
    article.published_span = span
    article.published_evidence = evidence
    return True
