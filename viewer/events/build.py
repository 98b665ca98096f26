"""One event per dated statement, with its passage, title, topics and actors.

The passage is the sentence holding the date, cut down to the date's own
clause when the sentence carries several dates ("توقيع اتفاقية (2016-2017)
وإنشاء مركز … في عام 2017" is two events).  The title is taken from that
clause, so nothing shown is invented.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re

from viewer.extract.normalize import Normalized, normalize, normalize_text
from viewer.extract.sentences import sentences, split_between, trim
from viewer.extract.vocab import Matcher, default_matcher, tokens
from viewer.model import Article, Event, Evidence, Mention, Problem

TITLE_WORDS = 10
# Kinds that never become events.
_NOT_EVENTS = {"copyright"}
# Leading words a title does not need ("كما", "في سياق آخر" …).
_LEAD = re.compile(
    r"^(?:(?:و|ف)?(?:كما|قد|ايضا|بالاضافه\s+الي\s+ذلك|في\s+سياق\s+اخر|من\s+ناحيه\s+اخري|في\s+الختام|"
    r"في\s+النهايه|وفقا\s+لبيان\s+رسمي|ثم|حيث|ان|اذ|وقال|قال)(?=[\s،,:]|$)\s*[،,:]?\s*)+"
)
_DANGLING = re.compile(
    r"(?:\s+(?:في|خلال|منذ|حتي|من|الي|عام|العام|سنه|يوم|يومي|مطلع|بحلول|قبل|بعد|بتاريخ|تاريخ|على|ب|ل|و|الذي|التي|مع))+\s*$"
)


def event_id(article: str, mention_start: int, part: int = 0) -> str:
    """Stable id: independent of dates, so re-resolving keeps selections and links."""
    h = hashlib.sha1(f"{article}:{mention_start}:{part}".encode()).hexdigest()[:10]
    return f"e{h}"


def build_events(
    article: Article, mentions: list[Mention], matcher: Matcher | None = None
) -> tuple[list[Event], list[Problem]]:
    matcher = matcher or default_matcher()
    text = article.text
    norm = normalize(text)
    usable = [m for m in mentions if m.kind not in _NOT_EVENTS]
    sents = sentences(text)
    passages = _passages(text, usable, sents)
    events: list[Event] = []
    problems: list[Problem] = []
    sent_starts = [s.start for s in sents]
    # Lookups depend only on the (normalized) span looked in: mentions sharing
    # a passage or a sentence share them.
    span_tokens: dict[tuple[int, int], list[str]] = {}
    span_topics: dict[tuple[int, int], list[str]] = {}
    span_actors: dict[tuple[int, int], list[str]] = {}

    def tokens_in(span: tuple[int, int]) -> list[str]:
        if span not in span_tokens:
            span_tokens[span] = tokens(norm.text[span[0] : span[1]])
        return span_tokens[span]

    def topics_in(span: tuple[int, int]) -> list[str]:
        if span not in span_topics:
            span_topics[span] = matcher.topics_of(tokens_in(span))
        return list(span_topics[span])

    for m, (ps, pe) in zip(usable, passages, strict=True):
        title = make_title(text, ps, pe, m)
        clause = _norm_span(norm, ps, pe)
        topics = topics_in(clause)
        if not topics:  # fall back to the whole sentence for context
            ss, se = _cap(text, *_sentence_of(sents, text, m.start, sent_starts), m)
            topics = topics_in(_norm_span(norm, ss, se))
        if clause not in span_actors:
            actors = matcher.actors_of(tokens_in(clause))
            for name in matcher.cue_names(norm, *clause):
                if name not in actors:
                    actors.append(name)
            span_actors[clause] = actors
        actors = list(span_actors[clause])
        parts = m.parts if m.parts else [(m.earliest, m.latest)]  # multi, since + multi: one event per part
        for i, (earliest, latest) in enumerate(parts):
            flags: list[str] = []
            certain = m.resolved
            if m.kind == "placeholder":
                flags.append("date-placeholder")
            elif not m.resolved:
                flags.append("date-unresolved")
            ev = Event(
                id=event_id(article.id, m.start, i),
                earliest=earliest,
                latest=latest,
                granularity=m.granularity,
                kind=m.kind,
                title=title,
                certain=certain,
                topics=topics,
                actors=list(actors),
                evidence=[
                    Evidence(article.id, ps, pe, m.start, m.end, earliest, latest, m.granularity, m.resolved)
                ],
                flags=flags,
            )
            events.append(ev)
            if "date-placeholder" in flags:
                problems.append(
                    Problem(
                        "placeholder",
                        f"template placeholder instead of a date: «{m.surface}»",
                        article.path,
                        article.id,
                        ev.id,
                    )
                )
            elif "date-unresolved" in flags:
                problems.append(
                    Problem(
                        "unresolved",
                        f"«{m.surface}» depends on the unknown publication date",
                        article.path,
                        article.id,
                        ev.id,
                    )
                )
    return events, problems


def _norm_span(norm: Normalized, start: int, end: int) -> tuple[int, int]:

    return norm.norm_pos(start), norm.norm_pos(end)


def _sentence_of(sents: list, text: str, pos: int, starts: list[int] | None = None) -> tuple[int, int]:
    if starts is None:
        starts = [s.start for s in sents]
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sents[i].start <= pos < sents[i].end:
        return sents[i].start, sents[i].end
    return max(0, pos - 100), min(len(text), pos + 100)


def _passages(text: str, mentions: list[Mention], sents: list) -> list[tuple[int, int]]:
    """Passage span for each mention: its sentence, or its clause if the sentence has several dates."""
    out: list[tuple[int, int]] = []
    si = 0
    by_sentence: dict[int, list[int]] = {}
    for idx, m in enumerate(mentions):
        while si < len(sents) and sents[si].end <= m.start:
            si += 1
        key = si if si < len(sents) and sents[si].start <= m.start else -1 - idx
        by_sentence.setdefault(key, []).append(idx)
    spans: dict[int, tuple[int, int]] = {}
    for key, idxs in by_sentence.items():
        if key < 0:
            for i in idxs:
                m = mentions[i]
                spans[i] = _widen(text, m.start, m.end)
            continue
        s = sents[key]
        bounds = [s.start]
        for a, b in itertools.pairwise(idxs):
            cut = split_between(text, mentions[a].end, mentions[b].start)
            bounds.append(cut if cut is not None else bounds[-1])
        bounds.append(s.end)
        for j, i in enumerate(idxs):
            lo, hi = bounds[j], bounds[j + 1]
            if hi <= lo:  # no boundary found between two dates: share the sentence
                lo, hi = s.start, s.end
            lo, hi = trim(text, lo, hi)
            m = mentions[i]
            lo, hi = min(lo, m.start), max(hi, m.end)
            spans[i] = _cap(text, lo, hi, m)
    for i in range(len(mentions)):
        out.append(spans[i])
    return out


MAX_PASSAGE = 600


def _cap(text: str, lo: int, hi: int, m: Mention) -> tuple[int, int]:
    """A run-on "sentence" (no punctuation for pages) is cut to a window around its date.

    Keeps passages readable, and keeps title-making linear on adversarial
    input where thousands of dates share one sentence.
    """
    if hi - lo <= MAX_PASSAGE:
        return lo, hi
    half = MAX_PASSAGE // 2
    a = max(lo, m.start - half)
    b = min(hi, m.end + half)
    if a > lo:
        sp = text.find(" ", a, m.start)
        a = sp + 1 if sp >= 0 else a
    if b < hi:
        sp = text.rfind(" ", m.end, b)
        b = sp if sp >= 0 else b
    return a, b


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, (len(text) if hi < 0 else hi)


_PIECES = re.compile(r"[،,:؛]|\s(?=(?:أن|إن|ان|حيث)\s)")
_QUOTES = re.compile(r"[«»“”\"()\[\]]")
_TAIL_BREAK = re.compile(r"[،,:؛.]")
_RELATIVES = (["الذي"], ["التي"], ["الذين"])


def _head(base: str) -> list[str]:
    """``normalize_text(base).split()[:1]`` without normalizing all of ``base``."""
    for w in base.split():
        nw = normalize_text(w)
        if nw:
            return nw.split()[:1]
    return []


def make_title(text: str, ps: int, pe: int, m: Mention) -> str:
    """Short title from the passage: the clause minus the date and filler words."""
    before = text[ps : m.start]
    after = text[m.end : pe]
    # The verb usually precedes the date: take the nearest clause before it
    # (after the last comma or complementizer), widened if it is too short.
    pieces = _PIECES.split(before)
    base = ""
    for piece in reversed(pieces):
        base = piece + " " + base if base else piece
        # A relative clause (الذي تم تدشينه) needs its antecedent before the comma.
        if len(base.split()) >= 4 and _head(base) not in _RELATIVES:
            break
    base = _QUOTES.sub(" ", base)
    words = base.split()
    # Normalizing the joined words and splitting on " " is normalizing each
    # word: no word holds a space, none is produced, and lower() only looks
    # within a word.
    joined = normalize_text(" ".join(words)) if words else ""
    norm_words = joined.split(" ") if words else []
    # strip leading filler and a leading و on verbs
    lead = _LEAD.match(joined)
    if lead:
        drop = len(lead.group(0).split())
        words, norm_words = words[drop:], norm_words[drop:]
    if words and norm_words[0].startswith("و") and len(norm_words[0]) > 3 and norm_words[0][1] in "اتينل":
        words[0] = words[0][1:]
    title = " ".join(words)
    while True:
        n = normalize_text(title)
        d = _DANGLING.search(n)
        if not d or not title:
            break
        cut = len(n[: d.start()].split())
        title = " ".join(title.split()[:cut])
    title = title.strip(" ،,:؛-–—")
    if len(title.split()) < 4:
        # Too short to say anything ("المركز نظم"): continue after the date, up to a clause break.
        tail = _TAIL_BREAK.split(_QUOTES.sub(" ", after), maxsplit=1)[0].split()
        title = " ".join([*title.split(), *tail[: max(0, 6 - len(title.split()))]])
    words = title.split()
    if len(words) > TITLE_WORDS:
        title = "…" + " ".join(words[-TITLE_WORDS:])
    return title or m.surface
