"""Showing untrusted strings in one-line UI without letting them reorder it.

Article text may hold bidirectional controls (U+202A–U+202E embeddings and
overrides, U+2066–U+2069 isolates).  An unterminated RIGHT-TO-LEFT OVERRIDE in a
title would otherwise reverse the UI text that follows it on the same line
("Trojan source").  Every article-derived string shown in a table cell, a
timeline label, the problems list, a header or a tooltip goes through
:func:`isolate`:

1. controls that are not properly paired are removed (an opener without its
   closer, a closer without its opener); balanced pairs stay, so legitimate
   isolates in a title still render as the author meant;
2. line breaks become spaces (one-line UI; a paragraph break would also reset
   the bidi state in the middle of our own text);
3. the result is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so
   its direction comes from its own first strong letter and it cannot change
   the order of the text around it.

Multi-line text (the article pane) is never passed through here: it is shown
with ``setPlainText`` exactly as read.

Tooltips are the other trap for untrusted strings: Qt shows a tooltip as rich
text when its first line looks like HTML (``Qt::mightBeRichText``), so a title
``<img src="http://…">`` would be rendered, not shown.  :func:`plain_tooltip`
escapes such text so it is always displayed literally.
"""

from __future__ import annotations

import html
import re

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
EMBEDDINGS = frozenset(LRE + RLE + LRO + RLO)
ISOLATES = frozenset(LRI + RLI + FSI)
CONTROLS = frozenset(LRE + RLE + PDF + LRO + RLO + LRI + RLI + FSI + PDI)
_CONTROL_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile("[\r\n\u2028\u2029\x85\x0b\x0c]+")


def has_controls(text: str) -> bool:
    return _CONTROL_RE.search(text) is not None


def strip_controls(text: str) -> str:
    """Remove every embedding, override and isolate control."""
    return _CONTROL_RE.sub("", text)


def balance(text: str) -> str:
    """Remove the bidi controls that are not matched, keeping balanced pairs.

    Matching follows the Unicode bidi algorithm (UAX #9, X6a/X7): a PDI closes
    the nearest open isolate and every embedding opened inside it; a PDF closes
    the nearest embedding/override unless an isolate was opened after it.
    """
    if not has_controls(text):
        return text
    keep = [True] * len(text)
    stack: list[tuple[str, int]] = []  # ("i" | "e", index of the opener)
    for i, ch in enumerate(text):
        if ch in ISOLATES:
            stack.append(("i", i))
        elif ch in EMBEDDINGS:
            stack.append(("e", i))
        elif ch == PDI:
            if any(k == "i" for k, _ in stack):
                while stack:
                    k, j = stack.pop()
                    if k == "i":
                        break
                    keep[j] = False  # an embedding left open inside the isolate
            else:
                keep[i] = False
        elif ch == PDF:
            if stack and stack[-1][0] == "e":
                stack.pop()
            else:
                keep[i] = False
    for _, j in stack:  # still open at the end
        keep[j] = False
    return "".join(ch for ch, k in zip(text, keep, strict=True) if k)


def isolate(text: str | None) -> str:
    """``text`` made safe for one-line UI: balanced, on one line, in FSI … PDI."""
    if not text:
        return ""
    return FSI + _BREAKS.sub(" ", balance(text)) + PDI


def isolate_ltr(text: str | None) -> str:
    """Like :func:`isolate` for left-to-right tokens (ids, file paths): LRI … PDI."""
    if not text:
        return ""
    return LRI + _BREAKS.sub(" ", balance(text)) + PDI


def plain_tooltip(text: str | None) -> str:
    """A tooltip that Qt shows literally: text that could pass for HTML (``<``, ``&``) is
    escaped inside an explicit rich-text wrapper; other text is returned unchanged."""
    if not text:
        return ""
    if "<" not in text and "&" not in text:
        return text
    body = "<br>".join(html.escape(line, quote=False) for line in text.split("\n"))
    return f"<qt>{body}</qt>"
