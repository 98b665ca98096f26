"""Names no gazetteer lists: institutions and armed groups by pattern, people by title cue, places by cue.

All three scan *normalized* text (see normalize.py) and return normalized
spans, which the caller maps back to the original text for display.  Why
patterns: a corpus about any subject names parties the bundled files cannot
know (قوات الدعم السريع, التيار الصدري, المفوضية العليا المستقلة للانتخابات),
but Arabic names them in a regular way:

* an organisation is a head noun (قوات, الجيش, حركة, حزب, مجلس, المحكمة …)
  followed by its genitive/adjective chain: one free word, then only words
  with the article (``قوات الدعم السريع``, ``مصرف لبنان``, ``المفوضية العليا
  المستقلة للانتخابات``); the chain stops at a particle, a preposition, a
  conjunction ``و``, a relative pronoun, punctuation, a non-name adjective
  (الجديد, السابق) or an indefinite word;
* a person follows a title cue (السفير, رئيس الوزراء, الفريق أول ركن …) after
  any further title words (``رئيس مجلس السيادة الفريق أول ركن``); the name is
  at most four units (``عبد الفتاح`` is one), ends after a nisba with the
  article followed by an indefinite word (``مقتدى الصدر نتائج``), after a
  regnal ordinal (``محمد السادس``), and at a particle or a word with a
  proclitic ل/ب (``لشؤون``, ``بزعامة``);
* a place follows a place noun (مدينة, ولاية, إقليم, محافظة, العاصمة …).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from viewer.extract.normalize import normalize_text
from viewer.lang import load as _load_lang


def _n(words: str) -> frozenset[str]:
    """A word list as matched: normalized (رئيس → رييس), so it can be written plainly."""
    return frozenset(normalize_text(words).split())


# Function words and verbs of saying: never part of a name (viewer/lang/ar/stopwords.toml,
# plus the particles, time words and auxiliaries that end a name in running text).
STOP = _load_lang().stopwords | _n(
    "في من الي علي عن مع بين منذ خلال حول ضد عبر لدي عند قبل بعد حتي نحو دون ان انه انها بان وان قد لقد "
    "كما ثم او ام لا لم لن ما الذي التي الذين اللذين اللتين هو هي هم هذا هذه ذلك تلك قال اكد اضاف اوضح "
    "اعلن اعلنت امس اليوم غدا يوم مساء صباح ليل ليله فجر ظهر عام العام سنه شهر اثر وسط بينما فيما حيث "
    "اذ اذا كان كانت يكون تكون ايضا جدا فقط نفسه ذاته"
)
# Adjectives that qualify an institution without naming it.
NOT_NAME = _n(
    "الجديد الجديده السابق السابقه الحالي الحاليه المقبل المقبله الماضي الماضيه المنتهيه ولايته المؤقت "
    "المؤقته المكلف المكلفه نفسه نفسها ذاته ذاتها كله كلها جميعها"
)
# Organisation heads (normalized).  Generic enough for any subject.
ORG_HEADS = tuple(_n(" ".join((
    "قوات", "القوات", "الجيش", "جيش", "حركه", "الحركه", "حزب", "الحزب", "تحالف", "التحالف", "التيار", "تيار",
    "جبهه", "الجبهه", "ميليشيا", "ميليشيات", "مليشيا", "كتائب", "جماعه", "مجلس", "المجلس", "المحكمه",
    "محكمه", "المفوضيه", "مفوضيه", "مصرف", "المصرف", "البنك", "بنك", "وزاره", "هيئه", "الهيئه", "منظمه",
    "جمعيه", "رابطه", "اتحاد", "الاتحاد", "نقابه", "النقابه", "صندوق", "برنامج", "مكتب", "لجنه", "اللجنه",
    "وكاله", "الوكاله", "شركه", "الشركه", "معهد", "المعهد", "مركز", "ادارة", "اداره", "الهلال", "الصليب",
))))
# Heads that only name something with an adjective of the article after them
# ("الجيش السوداني"); "الجيش بقيادة" is no name.
_NEEDS_ARTICLE = _n(" ".join({"الجيش", "القوات", "الحركه", "الحزب", "التحالف", "التيار", "الجبهه", "المجلس",
                            "المحكمه", "المفوضيه", "المصرف", "البنك", "الهيئه", "الاتحاد", "النقابه",
                            "اللجنه", "الوكاله", "الشركه", "المعهد", "الهلال", "الصليب"}))
PLACE_HEADS = tuple(_n("مدينة ولاية إقليم محافظة منطقة العاصمة بلدة قرية مخيم جزيرة قضاء ناحية مقاطعة"))
# Title words between a cue and the name (ranks, offices): skipped.
TITLE_WORDS = _n(
    "رئيس رئيسه الرئيس الرئيسه وزير وزيره الوزير نائب نائبه امين الامين مدير المدير قائد القائد زعيم الزعيم "
    "محافظ المحافظ سفير السفير مبعوث المبعوث ممثل الممثل مستشار المستشار الفريق اول ركن الركن اللواء العميد "
    "العقيد المقدم المشير الشيخ الشيخه الامير الاميره الملك السيد السيده الدكتور الدكتوره القاضي العام "
    "الخاص الاعلي اركان حاكم مدير"
)
ORDINALS = _n("الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر عشر")
_HEADS = frozenset(ORG_HEADS)
_DIRECTIONS = _n("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي")
_NAME_JOINERS = _n("عبد ابو ابي ابن بن بنت ام ال اب ولد")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_NAME = 4
_MAX_ORG = 5
_WINDOW = 18  # words a person walk may read (see person_spans)


def _words(text: str, pos: int, end: int) -> Iterable[tuple[str, int, int, bool]]:
    """(word, start, end, broken) after ``pos``; ``broken`` = punctuation or a digit came before it."""
    prev = pos
    for m in _WORD.finditer(text, pos, end):
        s = m.start()
        e = m.end()
        yield m.group(), s, e, s > prev and not text[prev:s].isspace()
        prev = e


def prefix_tree(alts: Iterable[str]) -> str:
    """``alt1|alt2|…`` (longest first; a space matches any whitespace run) as a prefix tree.

    Python's regex engine tries a plain alternation one alternative after the
    other at every word start; the tree shares their prefixes, so a word is
    rejected at its first letter.  It matches what the longest-first
    alternation matches: at each node the longer way is tried first, and a
    shorter one only when the rest of the pattern fails (tests compare both)."""
    root: dict = {}
    for a in alts:
        node = root
        for ch in a:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def alternation_regex(alts: Iterable[str], tree: bool = True) -> re.Pattern[str]:
    """A head or cue ``(?P<head>…)`` after an optional proclitic, at word boundaries."""
    alts = [a for a in alts if a]
    alt = prefix_tree(alts) if tree else "|".join(
        re.escape(a).replace(r"\ ", r"\s+") for a in sorted(alts, key=len, reverse=True))
    return re.compile(r"(?<![^\W\d_])(?:[وفبل]|لل|و[بل])?(?P<head>" + alt + r")(?![^\W\d_])")


def _head_regex(heads: Iterable[str]) -> re.Pattern[str]:
    return alternation_regex(heads)


_ORG_RE = _head_regex(ORG_HEADS)
_PLACE_RE = _head_regex(PLACE_HEADS)


def _proclitic_stop(w: str) -> bool:
    """``لشؤون``, ``بزعامه``, ``للمرة``: a word with a proclitic ل/ب is no name word."""
    return len(w) >= 5 and w[0] in "لب" and (w[1:3] == "ال" or w[1] == "ل" or w[1:] in _PREP_NOUNS)


_PREP_NOUNS = _n("شوون زعامه قياده رئاسه حضور مشاركه دعوه مناسبه طلب")


def org_spans(text: str, start: int, end: int, is_known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Organisation names by head noun + genitive/adjective chain, as normalized spans."""
    out: list[tuple[int, int]] = []
    for m in _ORG_RE.finditer(text, start, end):
        head = m.group("head")
        last = m.end("head")
        if m.start("head") - m.start() == 2 and text.startswith("لل", m.start()):
            head = "ال" + head  # للجيش = ل + الجيش: a definite head (للجيش أهمية is no name)
        n = 0
        for w, _ws, we, broken in _words(text, last, end):
            if broken or w in STOP or w in NOT_NAME or (w.startswith("و") and len(w) > 3 and n):
                break
            if n == 0:
                if head in _NEEDS_ARTICLE and not w.startswith("ال"):
                    break
                if (w[0] in "لب" and len(w) >= 5 and not is_known(w)) or w in TITLE_WORDS:
                    break  # برنامج [لإعادة] …, الجيش [بقيادة] …: a complement, not a name
            elif not (w.startswith("ال") or w.startswith("لل")) or w in TITLE_WORDS:
                break
            last = we
            n += 1
            if n >= _MAX_ORG:
                break
        if n:
            out.append((m.start("head"), last))
    return out


def place_spans(text: str, start: int, end: int, is_actor: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Places named after a place noun (مدينة ود مدني, ولاية الجزيرة, إقليم الحوز)."""
    out: list[tuple[int, int]] = []
    for m in _PLACE_RE.finditer(text, start, end):
        first = last = None
        n = 0
        for w, ws, we, broken in _words(text, m.end("head"), end):
            if n == 0 and w in _NAME_JOINERS and not broken:  # أم روابة, أبو ظبي
                first, n = ws, -1
                continue
            if broken or w in STOP or w in NOT_NAME or w in _DIRECTIONS or (n > 0 and (w.startswith("و") or is_actor(w))):
                break
            if n == 0 and ((w.startswith("ب") and len(w) >= 5) or w in TITLE_WORDS):
                break
            first = ws if first is None else first
            last = we
            n = max(n, 0) + 1
            if n >= 2:
                break
        if first is not None and last is not None:
            out.append((first, last))
    return out


def person_spans(
    text: str, start: int, end: int, cue_re: re.Pattern[str] | None, is_known: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """People introduced by a title cue, as normalized spans of the name."""
    if cue_re is None:
        return []
    out: list[tuple[int, int]] = []
    for m in cue_re.finditer(text, start, end):
        me = m.end()
        # The walks below read at most 16 words (8 title words, then 4 name units of up to two).
        words = list(itertools.islice(_words(text, me, min(end, me + 200)), _WINDOW))
        k = 0
        # Skip further title words and one construct noun (رئيس مجلس السيادة الفريق …).
        while k < len(words) and k < 8 and not words[k][3]:
            w = words[k][0]
            nxt = words[k + 1][0] if k + 1 < len(words) else ""
            if w in TITLE_WORDS or (w.startswith("ال") and k < 4):
                k += 1
            elif w in _HEADS and nxt.startswith("ال"):
                k += 1  # رئيس [مجلس] السيادة, رئيس [مفوضية] الاتحاد: an institution after a title
            else:
                break
        if k < len(words) and words[k][3] and k:
            continue
        name: list[tuple[str, int, int]] = []
        units = 0
        nisba = False
        i = k
        while i < len(words) and units < _MAX_NAME:
            w, ws, we, broken = words[i]
            if (name and broken) or w in STOP or w in TITLE_WORDS or _proclitic_stop(w):
                break
            if name and w.startswith("و") and len(w) > 3:
                break
            if nisba and not w.startswith("ال"):
                break
            if not name and (w.startswith("ال") or w in _HEADS):
                break  # a name does not start with the article or an institution (الجيش, مجلس …)
            if is_known(w) and not name:
                break
            name.append((w, ws, we))
            i += 1
            joined = w in _NAME_JOINERS and i < len(words) and not words[i][3]
            if joined:
                name.append(words[i][:3])
                i += 1
            units += 1
            if w in ORDINALS:
                break
            nisba = not joined and w.startswith("ال")
        if name and not (len(name) == 1 and len(name[0][0]) < 3):
            out.append((name[0][1], name[-1][2]))
    return out
