"""Word-gated scanning: each pattern is tried only at the words it can start with.

Every word-gated pattern starts with ``(?<![\\w])`` and a word character, so a
match can only start where a word (a maximal ``\\w+`` run) starts.  Trying such
a pattern at every word is what made extraction slow (the optional clitics in
front of most patterns are tried in every combination at every word).  Each
pattern has a *first-word test* instead: a regex that matches the beginning of
any word a match can start with (a superset).  Words are classified once (one
combined test, cached per distinct word across articles) into a bit mask; a
pattern is tried at the words whose mask has its bit, left to right, resuming
after each match exactly as ``finditer`` does, so the matches are the same.

The text is classified lazily, segment by segment (segments end at a line
break or a space, never inside a word), and a scan stops at ``limit``: once the
mention budget of an article is spent (mentions.py sets the limit), the rest of
the text is never classified, so time and memory stay bounded by the budget,
not by the size of the text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping

# Separators + the word after them (or the end: a match never fails after a long run
# of separators, which would make findall quadratic on text without words).
_PIECE = re.compile(r"\W*(?:\w+|\Z)")
_LEAD = re.compile(r"\W+")
_MAX_WORDS = 500_000  # distinct words (and pieces) cached before a cache starts over
_MAX_PIECE = 64  # longer pieces (long runs of spaces or digits) are classified, not cached
SEGMENT = 1 << 17  # characters classified at a time (an ordinary article is one segment)
_BREAK = re.compile(r"\s")


class Gates:
    """The combined first-word test of a set of named patterns (one bit each)."""

    def __init__(self, first_words: Mapping[str, str]) -> None:
        self.names = tuple(first_words)
        self.bit = {name: 1 << i for i, name in enumerate(self.names)}
        # All first-word tests in one match: an optional lookahead group per pattern.
        self._test = re.compile("".join(f"(?:(?=({first_words[n]}))|)" for n in self.names)).match
        self._masks: dict[str, int] = {}
        self._pieces: dict[str, tuple[int, int] | int] = {}

    def mask(self, piece: str) -> int:
        """Bit set of the patterns a match of which can start with word ``piece``."""
        mask = 0
        if piece and (piece[0].isalnum() or piece[0] == "_"):  # a \w run
            for bit, group in enumerate(self._test(piece).groups()):
                if group is not None:
                    mask |= 1 << bit
        return mask

    def word_mask(self, word: str) -> int:
        mask = self._masks.get(word)
        if mask is None:
            if len(self._masks) > _MAX_WORDS:
                self._masks = {}  # rebound, never cleared under another caller
            mask = self._masks[word] = self.mask(word)
        return mask

    def _piece(self, piece: str) -> tuple[int, int] | int:
        """(mask, offset of the word) of a separator+word piece, or 0 when no pattern starts there."""
        lead = _LEAD.match(piece)
        off = lead.end() if lead else 0
        mask = self.word_mask(piece[off:])
        return (mask, off) if mask else 0

    def hits(self, t: str, offset: int = 0) -> list[tuple[int, int]]:
        """(start + offset, mask) of every word of ``t`` some pattern can start at.

        The text is cut into separator+word pieces (half as many as words and
        separators apart); each distinct piece is classified once.
        """
        pieces = _PIECE.findall(t)
        cache = self._pieces
        vals = list(map(cache.get, pieces))
        if None in vals:
            if len(cache) > _MAX_WORDS:
                cache = self._pieces = {}  # rebound, never cleared under another caller
            for i, v in enumerate(vals):
                if v is None:
                    piece = pieces[i]
                    v = cache.get(piece)
                    if v is None:
                        v = self._piece(piece)
                        if len(piece) <= _MAX_PIECE:
                            cache[piece] = v
                    vals[i] = v
        starts = itertools.accumulate(map(len, pieces), initial=offset)  # one longer than pieces
        return [(s + v[1], v[0]) for s, v in itertools.compress(zip(starts, vals, strict=False), vals)]


class _Segment:
    __slots__ = ("_bits", "by_mask", "end", "mask", "start")

    def __init__(self, start: int, end: int, hits: list[tuple[int, int]]) -> None:
        self.start, self.end = start, end
        by_mask: dict[int, list[int]] = {}
        for p, mask in hits:
            by_mask.setdefault(mask, []).append(p)
        self.by_mask = by_mask
        union = 0
        for mask in by_mask:
            union |= mask
        self.mask = union  # a pattern whose bit is absent cannot start in this segment
        self._bits: dict[int, list[int]] = {}

    def starts(self, bit: int) -> list[int]:
        ps = self._bits.get(bit)
        if ps is None:
            lists = [ps for mask, ps in self.by_mask.items() if mask & bit]
            ps = lists[0] if len(lists) == 1 else sorted(itertools.chain.from_iterable(lists))
            self._bits[bit] = ps
        return ps


class WordIndex:
    """The gate masks of one text's words, computed lazily up to ``limit``.

    The extractor runs its steps segment by segment (``window`` is the segment
    being processed; each scan resumes where it stopped in the previous one),
    so once the mention budget is spent nothing after it is classified or
    scanned.  With ``window`` None a scan covers the whole text (tests, tools).
    """

    def __init__(self, t: str, gates: Gates) -> None:
        self.t = t
        self.gates = gates
        self.limit = len(t)  # nothing at or after this offset is scanned
        self.window: int | None = None
        self._segs: list[_Segment] = []
        self._resume: dict[object, int] = {}  # per scan: where the next window's scan starts
        self._ahead: dict[object, re.Match | None] = {}  # per whole-text search: its next match
        self.cache: dict[object, list[int]] = {}  # per segment: the numeric locator's starts

    def segment(self, i: int) -> _Segment | None:
        """Segment ``i`` (classified on first use), or None past the end or the limit."""
        segs = self._segs
        while len(segs) <= i:
            start = segs[-1].end if segs else 0
            t = self.t
            if start >= len(t) or start >= self.limit:
                return None
            end = len(t) if len(t) - start <= SEGMENT else self._cut(start + SEGMENT)
            piece = t if (start, end) == (0, len(t)) else t[start:end]
            segs.append(_Segment(start, end, self.gates.hits(piece, start)))
        seg = segs[i]
        return seg if seg.start < self.limit else None

    def _cut(self, pos: int) -> int:
        """A segment end at or after ``pos``: after a line break near it, else after a space."""
        t = self.t
        nl = t.find("\n", pos, pos + SEGMENT // 4)
        if nl >= 0:
            return nl + 1
        m = _BREAK.search(t, pos)
        return m.end() if m else len(t)

    def _windows(self, key: object) -> tuple[Iterator[tuple[int, _Segment]], int]:
        """The segments a scan covers now, and where it starts."""
        if self.window is None:
            return self._all(), 0
        seg = self.segment(self.window)
        return iter([(self.window, seg)] if seg is not None else []), self._resume.get(key, 0)

    def _all(self) -> Iterator[tuple[int, _Segment]]:
        i = 0
        while (seg := self.segment(i)) is not None:
            yield i, seg
            i += 1

    def contains(self, needle: str | re.Pattern) -> bool:
        """The window (with the next segment's worth of text, for a match running over) holds ``needle``.

        A substring, or a regex searched for; without a window, the whole text.
        """
        t = self.t
        start, end = 0, len(t)
        if self.window is not None:
            seg = self.segment(self.window)
            if seg is None:
                return False
            start, end = seg.start, min(len(t), seg.end + SEGMENT)
        if isinstance(needle, str):
            return t.find(needle, start, end) >= 0
        return needle.search(t, start, end) is not None

    def has(self, bit: int, seg_index: int) -> bool:
        """Some word of segment ``seg_index`` or the next passes test ``bit``."""
        for i in (seg_index, seg_index + 1):
            seg = self.segment(i)
            if seg is not None and seg.mask & bit:
                return True
        return False

    def scan(self, rx: re.Pattern, bit: int, needs_bit: int = 0) -> Iterator[re.Match]:
        """``rx.finditer(t)`` (up to ``limit``), trying ``rx`` only at the words with ``bit``.

        ``needs_bit``: skip a segment unless some word of it (or of the next one)
        passes that test too (a rule that needs a marker word somewhere).
        """
        t = self.t
        key = bit  # one bit per rule (a compiled pattern hashes its whole program: not a key)
        windows, pos = self._windows(key)
        limit = self.limit
        for k, seg in windows:
            if not seg.mask & bit or (needs_bit and not self.has(needs_bit, k)):
                continue
            for p in seg.starts(bit):
                if p >= pos:
                    if p >= limit:
                        return
                    m = rx.match(t, p)
                    if m is not None:
                        pos = self._resume[key] = m.end()
                        yield m
                        limit = self.limit  # the consumer may have spent the budget

    def search_all(self, rx: re.Pattern) -> Iterator[re.Match]:
        """``rx.finditer(t)`` for a pattern that is not word-gated: the matches starting in the window."""
        t = self.t
        if self.window is None:
            end = self.limit
            pos = 0
        else:
            seg = self.segment(self.window)
            if seg is None:
                return
            end = min(seg.end, self.limit)
            pos = self._resume.get(id(rx), 0)
        while pos <= len(t):
            m = self._ahead.get(id(rx), False)
            if m is False or (m is not None and m.start() < pos):
                m = rx.search(t, pos)  # may run past the window: kept for the next one
            self._ahead[id(rx)] = m
            if m is None or m.start() >= end:
                return
            pos = m.end() if m.end() > m.start() else m.end() + 1
            self._resume[id(rx)] = pos
            del self._ahead[id(rx)]
            yield m


# Numeric dates start with 1–4 digits and a separator (not always at a word start: "x2024-01-05").
# The ASCII form finds its first digit several times faster; a segment with other decimal
# digits (normalization folds Eastern and Persian ones, not every script's) uses the general one.
NUMERIC_LOC = re.compile(r"\d(?<![\d/.\-\\]\d)\d{0,3}[^\S\n]?[-/.\\]")
NUMERIC_LOC_ASCII = re.compile(r"[0-9](?<![\d/.\-\\][0-9])\d{0,3}[^\S\n]?[-/.\\]")
OTHER_DIGIT_WORD = r"\w*?(?![0-9])\d"  # the first-word test of a word with such a digit


def scan_numeric(index: WordIndex, rx: re.Pattern, other_digit_bit: int) -> Iterator[re.Match]:
    """``rx.finditer(t)`` for a numeric date (up to ``limit``): tried only where a locator finds a start.

    The locator's starts do not depend on where a search begins (its lookbehind
    sees the text before), so they are found once per segment and shared by
    every numeric rule.
    """
    t = index.t
    key = ("numeric", id(rx))
    windows, pos = index._windows(key)
    for k, seg in windows:
        locs = index.cache.get(("numeric-locs", k))
        if locs is None:
            loc = NUMERIC_LOC if seg.mask & other_digit_bit else NUMERIC_LOC_ASCII
            # a locator may run over the segment's end (a few characters)
            locs = index.cache[("numeric-locs", k)] = [
                f.start() for f in loc.finditer(t, seg.start, seg.end + 8) if f.start() < seg.end
            ]
        for p in locs:
            if p < pos:
                continue
            if p >= index.limit:
                return
            m = rx.match(t, p)
            if m is not None:
                pos = index._resume[key] = m.end()
                yield m
