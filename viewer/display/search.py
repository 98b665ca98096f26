"""Where a search matches, in original offsets (Qt-free).

The search box folds Arabic the way the index does (no diacritics or
tatweel, one alef/hamza form, ى/ي and ة/ه folded, case-folded).  To
highlight a match the fold is redone with its offset map
(:func:`viewer.extract.normalize.normalize`) and every hit is mapped back,
so ``text[start:end]`` is always the original surface, marks included.
"""

from __future__ import annotations

from viewer.extract.normalize import normalize, normalize_for_search

#: what a search looks at: event titles only, the events' own passages (and
#: titles), or the whole text of the events' articles
SCOPES = ("titles", "passages", "articles")
DEFAULT_SCOPE = "passages"


def query_tokens(query: str) -> list[str]:
    """The folded words of a query (what must all occur)."""
    return [t for t in normalize_for_search(query).casefold().split(" ") if t]


def match_spans(text: str, tokens: list[str], limit: int = 200) -> list[tuple[int, int]]:
    """Original-offset spans of every occurrence of every token in ``text``, sorted."""
    if not tokens or not text:
        return []
    n = normalize(text)
    folded = n.text.casefold() if not n.text.islower() else n.text
    if len(folded) != len(n.text):  # casefold changed the length (rare letters): no case folding
        folded = n.text
    out: list[tuple[int, int]] = []
    for tok in tokens:
        start = folded.find(tok)
        while start >= 0 and len(out) < limit:
            out.append(n.span(start, start + len(tok)))
            start = folded.find(tok, start + len(tok))
    return sorted(set(out))
