"""Derive a pattern's first-word test from the pattern itself.

The scanner (scan.py) tries a word-gated pattern only at the words its
*first-word test* accepts.  Written by hand, such tests drift from the
patterns they gate (a word the pattern can start with but the test forgets is
a date silently lost) and are looser than they need to be (``\\d`` for a rule
whose first word is a day number lets every year through).  Here the test is
computed from the compiled pattern: the part of the pattern that can match
inside the first word, where every point at which the match must leave the
word (a required space, ``(?![\\w])`` …) becomes an end-of-word anchor.

For a pattern ``P`` that starts at word starts only, the derived test ``G``
satisfies: if ``P`` matches at the start of a word ``w`` of a text, then
``G.match(w)`` succeeds (``w`` the maximal ``\\w+`` run there).  ``G`` may accept
more (it is a necessary condition, never a sufficient one).  The property tests
in tests/test_extract_scan.py check the scan against ``finditer`` on dense text.

Each node of the parsed pattern gives a pair (P, K): P matches the paths
through the node that stay inside the word, K the paths on which the word
ends inside the node (they end with ``\\Z``, or are empty when the analysis
cannot tell, which accepts anything from there).  A sequence folds right to
left: ``T(e rest) = (?: P_e T(rest) | K_e )``, so no part is written twice.
"""

from __future__ import annotations

import re
from re import _constants as C
from re import _parser as sre_parse

_END = r"\Z"
_CATS = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
}
_WORD_CATS = (C.CATEGORY_DIGIT, C.CATEGORY_WORD)
_NON_WORD_CATS = (C.CATEGORY_NOT_WORD, C.CATEGORY_SPACE)


class NotGatable(ValueError):
    """The pattern can match somewhere else than at a word start, or uses a construct not analysed."""


def _is_word_char(c: int) -> bool:
    ch = chr(c)
    return ch.isalnum() or ch == "_"


def _esc(c: int) -> str:
    return re.escape(chr(c))


def _class(items) -> tuple[str, bool, bool]:
    """(regex, may match a word char, may match a non-word char) of an IN set."""
    parts: list[str] = []
    word = non_word = False
    negate = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            parts.append(_esc(av))
            word |= _is_word_char(av)
            non_word |= not _is_word_char(av)
        elif op is C.RANGE:
            lo, hi = av
            parts.append(f"{_esc(lo)}-{_esc(hi)}")
            chars = [_is_word_char(c) for c in range(lo, hi + 1)]
            word |= any(chars)
            non_word |= not all(chars)
        elif op is C.CATEGORY:
            if av not in _CATS:
                raise NotGatable(f"category {av}")
            parts.append(_CATS[av])
            word |= av not in _NON_WORD_CATS
            non_word |= av not in _WORD_CATS
        else:
            raise NotGatable(f"set item {op}")
    if negate:
        # The complement matches a word character unless the set covers them all (\S, \w).
        covers = any(op is C.CATEGORY and av in (C.CATEGORY_WORD, C.CATEGORY_NOT_SPACE) for op, av in items)
        word, non_word = not covers, True
    return "[" + ("^" if negate else "") + "".join(parts) + "]", word, non_word


def _alt(options: list[str]) -> str:
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"


def _join_k(options: list[str | None]) -> str | None:
    opts = [o for o in options if o is not None]
    if not opts:
        return None
    if "" in opts:
        return ""  # one path accepts anything: so does the union
    return _alt(list(dict.fromkeys(opts)))


def _verbatim(sub) -> str:
    """A regex for a parsed (sub)pattern, as written (for lookarounds kept as they are)."""
    p, _ = _seq(sub, verbatim=True)
    return p or ""


def _node(op, av, verbatim: bool = False) -> tuple[str | None, str | None]:
    if op is C.LITERAL:
        return _esc(av), (None if _is_word_char(av) or verbatim else _END)
    if op is C.NOT_LITERAL:
        return f"[^{_esc(av)}]", (None if verbatim else _END)
    if op is C.ANY:
        return ".", (None if verbatim else _END)
    if op is C.IN:
        rx, word, non_word = _class(av)
        if verbatim:
            return rx, None
        return (rx if word else None), (_END if non_word else None)
    if op is C.BRANCH:
        ps, ks = [], []
        for alt in av[1]:
            p, k = _seq(alt, verbatim)
            if p is not None:
                ps.append(p)
            ks.append(k)
        return (_alt(ps) if ps else None), _join_k(ks)
    if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
        sub = av[-1] if op is C.SUBPATTERN else av
        add = av[1] if op is C.SUBPATTERN else 0
        dele = av[2] if op is C.SUBPATTERN else 0
        p, k = _seq(sub, verbatim)
        if add or dele:
            flags = _flag_str(add) + ("-" + _flag_str(dele) if dele else "")
            wrap = lambda x: None if x is None else (x if x == "" else f"(?{flags}:{x})")  # noqa: E731
            return wrap(p), wrap(k)
        return (None if p is None else f"(?:{p})"), k
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        p, k = _seq(sub, verbatim)
        hi_s = "" if hi is C.MAXREPEAT else str(hi)
        if verbatim:
            if op is C.POSSESSIVE_REPEAT:
                raise NotGatable("possessive repeat inside a lookaround")
            return f"(?:{p}){{{lo},{hi_s}}}", None
        # Possessive repeats only match less than greedy ones: analysed as greedy (accepts more).
        if p is None:
            rep = "" if lo == 0 else None
        elif p == "":
            rep = ""
        else:
            rep = f"(?:{p}){{{lo},{hi_s}}}"
        # The word ends in repetition j + 1 after j complete ones (j < hi).
        if k is None or k == "" or not p:
            return rep, k
        if hi is not C.MAXREPEAT and hi <= 1:
            return rep, k
        before = f"(?:{p}){{0,{'' if hi is C.MAXREPEAT else hi - 1}}}"
        return rep, before + k
    if op is C.ASSERT_NOT:
        # Kept as written: on a word it rejects only where the text would too.
        direction, sub = av
        inner = _verbatim(sub)
        return ("(?<!" if direction < 0 else "(?!") + inner + ")", None
    if op is C.ASSERT:
        if verbatim:
            direction, sub = av
            return ("(?<=" if direction < 0 else "(?=") + _verbatim(sub) + ")", None
        return "", None  # a positive lookaround may look past the word: dropped (accepts more)
    if op is C.AT:
        if verbatim:
            raise NotGatable("anchor inside a lookaround")
        return "", None
    if op in (C.GROUPREF, C.GROUPREF_EXISTS):
        if verbatim:
            raise NotGatable("group reference inside a lookaround")
        return None, ""
    raise NotGatable(f"operator {op}")


def _flag_str(flags: int) -> str:
    out = ""
    for flag, ch in ((re.I, "i"), (re.M, "m"), (re.S, "s"), (re.X, "x")):
        if flags & flag:
            out += ch
    return out


def _seq(sub, verbatim: bool = False) -> tuple[str | None, str | None]:
    """(P, K) of a sequence: P the paths staying in the word, K those leaving it."""
    p_tail: str | None = ""  # the empty rest: one path, staying in the word
    k_tail: str | None = None
    for op, av in reversed(list(sub)):
        p, k = _node(op, av, verbatim)
        if verbatim:
            p_tail = (p or "") + (p_tail or "")
            continue
        # T(e rest) = P_e T(rest) | K_e   (P_e then "accept anything" is P_e itself)
        new_p = None if p is None or p_tail is None else p + p_tail
        k_cont = None if p is None or k_tail is None else p + k_tail
        p_tail, k_tail = new_p, _join_k([k_cont, k])
    return p_tail, k_tail


def _starts_at_word(parsed) -> bool:
    """The pattern starts with ``(?<![\\w])`` (in every alternative)."""
    items = list(parsed)
    if not items:
        return False
    op, av = items[0]
    if op is C.ASSERT_NOT and av[0] < 0:
        inner = list(av[1])
        return len(inner) == 1 and inner[0][0] is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in inner[0][1]
    if op is C.BRANCH:
        return all(_starts_at_word(alt) for alt in av[1])
    if op is C.SUBPATTERN and not av[1] and not av[2]:
        return _starts_at_word(av[3])
    return False


def first_word_test(pattern: re.Pattern) -> str:
    """The first-word test of ``pattern`` (a regex to ``match`` at the start of a word).

    Raises NotGatable when the pattern may match elsewhere than at a word start
    (then it must be scanned over the whole text).
    """
    flags = pattern.flags & ~(re.U)
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if not _starts_at_word(parsed):
        raise NotGatable(f"does not start with (?<![\\w]): {pattern.pattern[:60]}")
    if flags & ~re.I:
        raise NotGatable(f"flags {flags}")
    p, k = _seq(parsed)
    test = _join_k([p, k])
    if test is None:
        raise NotGatable("cannot match")
    if flags & re.I and test:
        test = f"(?i:{test})"
    re.compile(test)  # a derivation error shows here, at import, not as a lost date
    return test
