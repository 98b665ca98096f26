"""Find Arabic temporal expressions and normalize them to date intervals.

The rules live in viewer/extract/rules/ (one module per phenomenon family,
over the language data of viewer/lang/ar/); this module runs them.  Patterns
run on normalized text (normalize.py) and every span is mapped back to the
original text, so ``text[start:end] == surface`` always holds.  Rules claim
their spans in priority order (rules.ORDER), so a long expression (``يومي 8 و9
ديسمبر الجاري``) is never also reported as its parts.

Each word-gated rule is tried only at the words its first-word test accepts;
the tests are derived from the rules' patterns (gate.py) and combined into
one classification per distinct word (scan.py).  The text is scanned segment
by segment, every rule on a segment before the next, so a mention budget
(``max_mentions``) stops the whole scan once it is spent.

Relative expressions carry a *resolver* (publication date → interval); they
are resolved when the publication date is known, and otherwise get the widest
interval the article allows (see :class:`Inference`).
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from viewer.extract.atoms import _Cand
from viewer.extract.context import extend_left
from viewer.extract.gate import first_word_test
from viewer.extract.normalize import Normalized, normalize
from viewer.extract.resolve import Inference, infer_lower_bound, narrative_years, resolve_anniversaries
from viewer.extract.rules import Rule, all_rules
from viewer.extract.scan import OTHER_DIGIT_WORD, Gates, WordIndex, scan_numeric
from viewer.model import Mention

__all__ = ["Inference", "extract_mentions"]

_RULES: list[Rule] = all_rules()
_GATED: dict[str, re.Pattern] = {r.name: r.pattern for r in _RULES if r.scan == "word"}
_FIRST_WORD: dict[str, str] = {name: first_word_test(rx) for name, rx in _GATED.items()}
_WORD_CHARS = re.compile(r"\w+")
for _r in _RULES:
    if _r.needs_word:
        _FIRST_WORD[f"needs:{_r.name}"] = _r.needs_word
    elif isinstance(_r.needs, str) and _WORD_CHARS.fullmatch(_r.needs):
        # a needed substring of word characters is inside some word: tested on the word cache
        _FIRST_WORD[f"needs:{_r.name}"] = rf"\w*?{re.escape(_r.needs)}"
_FIRST_WORD["other_digit"] = OTHER_DIGIT_WORD  # not a rule: selects the numeric locator
_GATES = Gates(_FIRST_WORD)
_GATE_BIT = _GATES.bit
# The bit of a rule's word test for what it needs near a match (0: none), and what is
# still searched for in the text (a regex, or a substring not made of word characters).
_NEEDS = {r.name: _GATE_BIT.get(f"needs:{r.name}", 0) for r in _RULES}
_NEEDS_TEXT = {
    r.name: None if isinstance(r.needs, str) and _WORD_CHARS.fullmatch(r.needs) else r.needs for r in _RULES
}
_NUMERIC: dict[str, re.Pattern] = {r.name: r.pattern for r in _RULES if r.scan == "numeric"}
# Per rule, in priority order: its gate bit (0 for rules not gated on words), handler, free check.
_PLAN = tuple((r, _GATE_BIT[r.name] if r.scan == "word" else 0, r.handle, r.check_free) for r in _RULES)


class _Extractor:
    def __init__(self, text: str, max_mentions: int | None = None) -> None:
        self.norm: Normalized = normalize(text)
        self.t = self.norm.text
        # Claimed spans, kept sorted and disjoint so a check is a bisection, not
        # a scan: an article with thousands of dates stays linear-ish.
        self._starts: list[int] = []
        self._ends: list[int] = []
        self.cands: list[_Cand] = []
        self.index = WordIndex(self.t, _GATES)
        self.cache: dict[object, object] = {}  # per-text indexes the rules build once
        self.max_mentions = max_mentions
        self.cut: int | None = None  # normalized offset from which nothing was kept (budget spent)
        self.spent = False

    # -- claims --------------------------------------------------------------
    def free(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self._starts, s)
        if i > 0 and self._ends[i - 1] > s:
            return False
        return not (i < len(self._starts) and self._starts[i] < e)

    def _claim(self, s: int, e: int) -> None:
        i = bisect.bisect_right(self._starts, s)
        self._starts.insert(i, s)
        self._ends.insert(i, e)

    def _release(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self._starts, s)
        if i < len(self._starts) and self._starts[i] == s and self._ends[i] == e:
            del self._starts[i], self._ends[i]

    def add(self, c: _Cand) -> None:
        if c.start >= self.index.limit:
            return  # past the budget: that part of the text is not scanned
        self._claim(c.start, c.end)
        self.cands.append(c)
        if not self.spent and self.max_mentions is not None and len(self.cands) > self.max_mentions:
            # The budget is spent: the rule that spent it and every later one stop
            # here, so an article of dense dates costs what its first mentions cost.
            self.index.limit = min(self.index.limit, c.end)
            self.spent = True

    # -- scanning ------------------------------------------------------------
    def _scan(self, name: str):
        """``finditer`` of word-gated rule ``name`` (up to the budget), tried only where it can start."""
        return self.index.scan(_GATED[name], _GATE_BIT[name])

    def _scan_numeric(self, rx: re.Pattern):
        """``rx.finditer(self.t)`` (up to the budget) for a numeric date."""
        return scan_numeric(self.index, rx, _GATE_BIT["other_digit"])

    def _matches(self, rule: Rule):
        needs_bit, needs_text = _NEEDS[rule.name], _NEEDS_TEXT[rule.name]
        if needs_text is not None and not self.index.contains(needs_text):
            return ()
        if rule.scan == "word":
            return self.index.scan(rule.pattern, _GATE_BIT[rule.name], needs_bit)
        if needs_bit and not self.index.has(needs_bit, self.index.window or 0):
            return ()
        if rule.scan == "numeric":
            return self._scan_numeric(rule.pattern)
        if rule.marks and not any(mark in self.t for mark in rule.marks):
            return ()
        return self.index.search_all(rule.pattern)

    def run(self) -> list[_Cand]:
        # Segment by segment (an ordinary article is one): every rule on a segment,
        # in priority order, then the next, so a spent budget stops the whole scan.
        index = self.index
        seg = 0
        while (segment := index.segment(seg)) is not None and not self.spent:
            index.window = seg
            mask = segment.mask
            for rule, bit, handle, check in _PLAN:
                if bit and not mask & bit:
                    continue  # no word of the segment can start this rule
                for m in self._matches(rule):
                    if not check or self.free(m.start(), m.end()):
                        handle(self, m)
            seg += 1
        index.window = None
        if self.spent:
            self._apply_budget()
        for c in self.cands:
            extend_left(self, c)
        self.cands.sort(key=lambda c: c.start)
        return self.cands

    def _apply_budget(self) -> None:
        """Keep the first ``max_mentions`` in text order, all of them before ``cut``.

        Every rule scanned the text up to the limit, so what lies before it is
        complete; rules that ran before the budget was spent (in the same
        segment) went further, and their mentions past the limit are dropped.
        """
        limit = self.index.limit
        kept = sorted((c for c in self.cands if c.start < limit), key=lambda c: c.start)
        cut = limit
        if len(kept) > self.max_mentions:
            cut = kept[self.max_mentions].start
            kept = kept[: self.max_mentions]
        self.cands, self.cut = kept, cut


def extract_mentions(
    text: str, article_id: str = "", published: date | None = None, max_mentions: int | None = None
) -> tuple[list[Mention], Inference]:
    """All temporal mentions of ``text`` and what it implies about its publication date.

    ``max_mentions`` is a budget: once more are found the scan stops, the
    first ones in text order are kept and ``Inference.cap_kept`` /
    ``cap_offset`` say so (a page of dense numbers costs what its first
    mentions cost, not what the whole page would).
    """
    ex = _Extractor(text, max_mentions)
    cands = ex.run()
    resolve_anniversaries(ex.t, cands, published)
    narrative_years(cands, published)
    inference = infer_lower_bound(cands, ex.norm)
    if ex.cut is not None:
        inference.cap_kept = len(cands)
        inference.cap_offset = ex.norm.orig(ex.cut)
    mentions: list[Mention] = []
    for c in cands:
        ostart, oend = ex.norm.span(c.start, c.end)
        earliest, latest, resolved = c.earliest, c.latest, c.resolved
        if c.resolver is not None:
            if published is not None:
                earliest, latest = c.resolver(published)
                resolved = True
            else:
                bound = inference.lower_bound
                earliest = c.resolver(bound)[0] if bound else None
                latest = None
                resolved = False
        mentions.append(
            Mention(
                article=article_id,
                start=ostart,
                end=oend,
                surface=text[ostart:oend],
                earliest=earliest,
                latest=latest,
                granularity=c.granularity,
                kind=c.kind,
                resolved=resolved,
                calendar=c.calendar,
                note=c.note,
                parts=c.parts,
            )
        )
    return mentions, inference
