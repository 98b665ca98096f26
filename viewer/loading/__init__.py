"""The one home for loading a corpus: read it, date it, hand it to extraction, merge.

The CLI (``viewer.cli.extract``), the export (``viewer.userstore.load``), the
window (``viewer.ui.loader`` is a thin ``QThread`` shell over
:class:`~viewer.loading.session.LoadSession`) and the benchmark all load
through this package, so they cannot disagree:

- :mod:`~viewer.loading.reading`: files, folders, dumps and feeds → articles
  (``viewer.corpus.reader``), with progress and Cancel;
- :mod:`~viewer.loading.dates`: the user's and the command line's dates,
  offered to :mod:`viewer.corpus.pubdate`, the only place that decides
  between date sources;
- :mod:`~viewer.loading.article`: one article handed to extraction
  (mentions, per-article events);
- :mod:`~viewer.loading.pool`: many articles in worker processes;
- :mod:`~viewer.loading.merging`: the cross-article merge and tagging;
- :mod:`~viewer.loading.load`: the whole load through the cache;
- :mod:`~viewer.loading.session`: the window's loads and re-runs.

Qt-free (the import-linter contract in ``pyproject.toml``).
"""

from viewer.loading.article import MAX_MENTIONS, ArticleResult, mask_furniture, process_article
from viewer.loading.dates import apply_dates, apply_pubdates, apply_user_pubdates
from viewer.loading.load import ingest, ingest_articles
from viewer.loading.merging import assemble, merge_results
from viewer.loading.reading import read

__all__ = [
    "MAX_MENTIONS", "ArticleResult", "apply_dates", "apply_pubdates", "apply_user_pubdates", "assemble",
    "ingest", "ingest_articles", "mask_furniture", "merge_results", "process_article", "read", "run",
]


def run(paths, pubdates=None):
    """Read, extract and merge without a cache (tests and scripts): ``ingest`` with defaults."""
    return ingest(paths, pubdates=pubdates, user_pubdates=False)
