"""Event titles that say who did what, taken from the passage (the rule: docs/events.md).

The title is the clause that carries the date — subject, verb, object —
with the date itself and the words that only frame it taken out:

1. the dateline (``بيروت -``, ``أديس أبابا (وكالات) -``) and leading fillers
   (``كما``, ``وقد``, ``وكان … قد``, a conjunction ``و`` on the first verb) go;
2. the date mention and the words that introduce it (``في``, ``يوم``,
   ``مساء``, ``ليلة``, ``مطلع``, weekday names …) go, and the clause goes on
   *after* the date up to the next clause break, so a date in the middle keeps
   its object (``وقع الطرفان في جدة، مساء أمس، اتفاقا …``);
3. a date inside an attribution (``وفق النتائج التي أعلنتها المفوضية في …``,
   ``بحسب آخر إحصاء نشر في …``) dates the source: the statement is the clause
   before it;
4. a quote keeps its speaker: saying verb + speaker + ``إن`` + the gist;
5. a place adjunct right before the date (``في مدينة جدة``) goes when the
   title is long, and the title stops at twelve words; ``…`` ends it only
   where the clause goes on, and it never ends on a dangling ``في / من / و``.

Every word of a title is a word of the passage (nothing is invented).
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.extract.normalize import normalize_text
from viewer.lang import load as _load_lang

MAX_WORDS = 12
_LANG = _load_lang()
_WEEKDAYS = frozenset(_LANG.weekdays)


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize_text(words).split())


# Words that only frame a date, dropped next to it: the calendar words of
# viewer/lang/ar (qualifiers, weekdays, parts of a day or period, year cues,
# units) and the prepositions that introduce a date.
_DATE_FRAME = (
    _n("في خلال منذ بتاريخ تاريخ حتى بحلول و أمس اليوم غدا")
    | {normalize_text(w) for w in (*_LANG.qualifiers, *_LANG.day_parts, *_LANG.period_parts,
                                   *_LANG.year_cues, *_LANG.year_prepositions, *_LANG.era_gregorian,
                                   *_LANG.era_hijri)}
    | {normalize_text(f) for u in _LANG.units.values() for f in (*u.forms, *u.dual)}
    | _WEEKDAYS | {normalize_text("ال" + w) for w in _WEEKDAYS}
) - _n("عقد أول")  # also "held" and "first": words of the statement
# Words that open an attribution: the clause they open dates the source, not the fact.
_ATTRIBUTION = _n("وفق وفقا بحسب حسب طبقا نقلا استنادا")
_SAYING = _n("قال قالت أكد أكدت أوضح أوضحت ذكر ذكرت أشار أشارت أفاد أفادت صرح صرحت أضاف أضافت")
_ANNOUNCING = _SAYING | _n("أعلن أعلنت يعلن تعلن كشف كشفت")
# Subordinators whose clause is the dated statement: "منذ أن سيطر الحوثيون … في 2014".
_SUBORDINATE = _n("منذ بعد قبل")
_WHEN = _n("عندما حين لما")
# A clause that opens with one of these is an adjunct of the one before it
# ("أعلنت الوزارة، في حصيلة نشرت في …، ارتفاع …"): the statement is that clause.
_ADJUNCT_START = _n("في خلال ضمن عبر إثر أثناء")
_COMPLEMENTIZER = _n("إن أن بأن وأن")
_FILLER_START = _n("كما وكما قد وقد ثم كذلك أيضا فيما بينما حيث إذ")
_CAME = _n("جاء وجاء يأتي ويأتي")
_KANA = _n("كان كانت وكان وكانت فكان")
_RELATIVE = _n("الذي التي الذين اللذين اللتين")
_DANGLING = _n(
    "في من إلى على عن مع بين حول خلال منذ حتى عند لدى قبل بعد ضد عبر نحو دون و أو ثم ب ل ك الذي التي الذين "
    "أن إن بأن قد عام العام يوم يومي بتاريخ مساء صباح ليلة بقيادة بزعامة برئاسة"
)
_NEW_CLAUSE = _n("ما مما وهو وهي وهم بعد قبل حيث إذ ليصبح لتصبح فيما بينما كما وذلك ذلك")
_PLACE_ADJUNCT = _n("في داخل قرب بالقرب")
_BREAK_CHARS = frozenset("،,؛;:.!?؟")  # a word (never empty) ending in one ends a clause
_DASH = {"-", "–", "—"}
_BRACKETS = str.maketrans("", "", "«»“”\"()[]")


@lru_cache(maxsize=1 << 16)
def _norm(w: str) -> str:
    """A word as matched (cached: titles look at the same words again and again)."""
    return normalize_text(w.translate(_BRACKETS)).strip("،,؛;:.!?؟-–—")


_EDGE = "«»“”\"()[]"


@lru_cache(maxsize=1 << 16)
def _word(w: str) -> str:
    """One word as a title word: quotes and brackets off its edges; "" when nothing is left."""
    bare = w.strip(_EDGE)
    if any(c in _EDGE for c in bare):  # و(ناتو): a clitic on a bracketed name stays as written
        bare = w
    return bare if bare.strip("،,؛;:.!?؟" + _EDGE) else ""


def _words(s: str) -> list[str]:
    """Words as written (so every title word is a passage substring), quotes and brackets off their edges."""
    return [b for b in map(_word, s.split()) if b]


def _drop_dateline(words: list[str]) -> list[str]:
    """``بغداد -`` / ``أديس أبابا (وكالات) -`` opening a line (never a dash mid-sentence)."""
    for i, w in enumerate(words[:5]):
        if w in _DASH:
            return words[i + 1 :]
    return words


def _clause_start(words: list[str]) -> int:
    """Index after the last clause break (comma …) in ``words``, ignoring one at the very end."""
    for i in range(len(words) - 2, -1, -1):
        if words[i][-1] in _BREAK_CHARS:
            return i + 1
    return 0


def _is_frame(n: str) -> bool:
    """A date-framing word, also with a conjunction on it (وفي, ومنذ, وخلال)."""
    return n in _DATE_FRAME or (len(n) > 2 and n[0] in "وف" and n[1:] in _DATE_FRAME)


def _strip_frame_end(words: list[str]) -> list[str]:
    while words and (_is_frame(_norm(words[-1])) or not _norm(words[-1])):
        words = words[:-1]
    if words:
        words[-1] = words[-1].rstrip("،,؛;:")
    return words


def _strip_frame_start(words: list[str]) -> list[str]:
    while words and (_norm(words[0]) in _DATE_FRAME - {"و"} or not _norm(words[0])):
        words = words[1:]
    return words


_YEAR = re.compile(r"^[(\[]?[0-9٠-٩۰-۹]{3,4}\b")


def _upto_break(words: list[str]) -> tuple[list[str], bool]:
    """The words up to the first clause break or the next date; whether the clause went on."""
    out: list[str] = []
    for k, w in enumerate(words):
        n = _norm(w)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if out and n in _DATE_FRAME and (_YEAR.match(nxt) or _norm(nxt) in _DATE_FRAME):
            return out, False  # "… المعمول به منذ عام 1997": another date's clause begins
        if out and (n in _ATTRIBUTION or (n.startswith("و") and n[1:] in _ATTRIBUTION)):
            return out, True
        out.append(w.rstrip("،,؛;:.!?؟"))
        if w[-1] in _BREAK_CHARS:
            return out, False  # the clause ends here: what follows is another one
    return out, False


def _tidy_start(words: list[str], line_start: bool = False) -> list[str]:
    if line_start:
        words = _drop_dateline(words)
    while words and _norm(words[0]) in _FILLER_START:
        words = words[1:]
    if len(words) > 3 and _norm(words[1]) == "ذلك" and _norm(words[0]) in _CAME:
        words = words[2:]  # "جاء ذلك خلال …": the clause before said what
    if words and _norm(words[0]) in _KANA:  # وكان الكاظمي قد حدد → الكاظمي حدد
        words = [w for k, w in enumerate(words[1:]) if not (_norm(w) == "قد" and k < 8)]
    if words:
        first = _norm(words[0])
        if first.startswith("و") and len(first) > 3 and (first[1] in "اتينل" or _is_verb(first[1:])):
            words = [words[0][1:], *words[1:]]  # وقال, وعقد: the conjunction, not the verb
    return words


def _is_verb(n: str) -> bool:
    """A verb of saying or of an act (resources/acts.toml), normalized."""
    from viewer.merge.keys import acts

    return (n in _SAYING or n in acts()) and n not in _DANGLING  # قبل: accepted, or before


def _drop_place_adjunct(words: list[str]) -> list[str]:
    """``… في مدينة جدة`` at the end of the part before the date: where, not what."""
    for k in range(max(0, len(words) - 4), len(words)):
        if _norm(words[k]) in _PLACE_ADJUNCT and k >= 2:
            return words[:k]
    return words


def _quote(before: list[str]) -> tuple[list[str], list[str]] | None:
    """(saying verb + speaker, words after the complementizer) when ``before`` reports speech."""
    for i, w in enumerate(before):
        if _norm(w).removeprefix("و") in _SAYING or _norm(w) in _SAYING:
            for j in range(i + 1, len(before)):
                if _norm(before[j]) in _COMPLEMENTIZER:
                    speaker = before[i + 1 : j]
                    if len(speaker) > 4:
                        speaker = [*speaker[:2], speaker[-1]]
                    return [before[i], *speaker, before[j]], before[j + 1 :]
            return None
    return None


def _last_clause(full: list[str]) -> int:
    """Start of the clause holding the date: after the last break, widened over
    short segments (an appositive such as «عاصمة ولاية الجزيرة» is no clause)."""
    start = _clause_start(full)
    while start and len(full) - start < 4:
        prev = _clause_start(full[:start])
        if prev == start:
            break
        start = prev
    return start


def make_title_words(before: str, after: str, line_start: bool = False) -> tuple[list[str], bool]:
    """Title words from the passage text before and after the date; whether it goes on.

    ``line_start``: the passage opens a line, so a leading ``city -`` is a dateline."""
    full = _strip_frame_end(_words(before))
    start = _last_clause(full)
    b = full[start:]
    # A date inside an attribution dates the source: take the clause before it.
    for k, w in enumerate(b):
        n = _norm(w)
        if n in _ATTRIBUTION or (n.startswith("و") and n[1:] in _ATTRIBUTION):
            head = full[: start + k]
            head = head[_last_clause(head) :]
            if len(head) >= 3:
                return _finish(_tidy_start(head, line_start and not _last_clause(full[: start + k])), False)
            break
    # An adjunct between commas ("، في حصيلة أولية نشرت في …،") belongs to the clause before it.
    if start and b and _norm(b[0]) in _ADJUNCT_START:
        hs = _last_clause(full[:start])
        if start - hs >= 2:
            b, start = full[hs:start], hs
    b = _subordinate(b)
    said = _quote(b)
    speaker: list[str] = []
    if said is not None and len(said[1]) >= 1:
        speaker, b = said
        speaker = _tidy_start(speaker, line_start and not start)
    b = _tidy_start(b, line_start and not start and not speaker)
    raw_after = _words(after)
    a_words = _strip_frame_start(raw_after)
    a, more = _upto_break(a_words)
    if a and b and _norm(a[0]) in _NEW_CLAUSE:
        a = []  # "… في 18 كانون الأول، ما دفع …": a consequence, not the object
    elif a and b and len(raw_after) > 1 and _norm(raw_after[0]) in _SUBORDINATE and \
            _norm(raw_after[1]) in _COMPLEMENTIZER:
        a = []  # "… في 2014، قبل أن يتدخل …": the next statement
    if a and b and not speaker and _norm(a[0]) in _COMPLEMENTIZER and len(b) > 3 and \
            (_norm(b[0]).removeprefix("و") in _ANNOUNCING or _norm(b[0]) in _ANNOUNCING):
        b = [*b[:3], b[-1]] if len(b) > 4 else b  # أعلن المبعوث الأممي … غروندبرغ، [أمس]، أن …
    # A relative clause needs its antecedent: "حركة الاحتجاج التي انطلقت".
    rel = [k for k, w in enumerate(b) if _norm(w) in _RELATIVE]
    if rel and len(b) - rel[-1] <= 4 and len(b) > 7:
        k = rel[-1]
        st = k
        while st > 0 and k - st < 3 and not _norm(b[st - 1]).startswith(("ل", "ب")):
            st -= 1
        b = b[st:]
    words = [*speaker, *b, *a]
    if len(words) > MAX_WORDS:
        words = [*speaker, *_drop_place_adjunct(b), *a]
    return _finish(words, more)


def _subordinate(b: list[str]) -> list[str]:
    """The clause a subordinator opens, when the date is in it: «منذ أن سيطر …», «بعد أن …», «عندما …»."""
    for k in range(len(b) - 1, -1, -1):
        n = _norm(b[k])
        if n in _WHEN:
            rest = b[k + 1 :]
        elif k + 1 < len(b) and n in _SUBORDINATE and _norm(b[k + 1]) in _COMPLEMENTIZER:
            rest = b[k + 2 :]
        else:
            continue
        return rest if len(rest) >= 2 else b
    return b


def _finish(words: list[str], more: bool) -> tuple[list[str], bool]:
    words = [w.rstrip("،,؛;:.!?؟") for w in words if w.strip("،,؛;:.!?؟-–—")]
    if len(words) > MAX_WORDS:
        words, more = words[:MAX_WORDS], True
    while words and _norm(words[-1]) in _DANGLING:
        words, more = words[:-1], True
    return words, more


def make_title_text(before: str, after: str, fallback: str, line_start: bool = False) -> str:
    words, more = make_title_words(before, after, line_start)
    if not words:
        return fallback
    return " ".join(words) + ("…" if more else "")
