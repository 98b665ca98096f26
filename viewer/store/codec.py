"""Row <-> dataclass conversion for the cache (plain rows and JSON columns, no pickles)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from viewer.loading.article import ArticleResult
from viewer.model import Article, Event, Evidence, Mention, Problem


def d2s(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def s2d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# --- article fields that extraction fills -----------------------------------

def article_extracted_fields(a: Article) -> str:
    """The article fields ``process_article`` may set (restored on a cache hit)."""
    return dumps({
        "published": d2s(a.published), "published_how": a.published_how,
        "published_min": d2s(a.published_min), "published_reason": a.published_reason,
    })


def restore_article_fields(a: Article, blob: str | dict[str, Any]) -> None:
    """Put back what extraction inferred; a known publication date (part of the key) is kept."""
    if a.published is not None:
        return
    d = json.loads(blob) if isinstance(blob, str) else blob
    a.published_how = d.get("published_how") or a.published_how
    a.published_min = s2d(d.get("published_min"))
    a.published_reason = d.get("published_reason")


# --- compact payloads (one JSON document per article / per merged corpus) -------
#
# Positional lists rather than dicts: a 10,000-article corpus holds a few
# hundred thousand mentions, events and evidence items, and decoding them is
# most of a warm reopen.  Anything malformed raises (ValueError, TypeError,
# KeyError, IndexError); the store treats that as a cache miss.

_decoder = json.JSONDecoder()
_DATES: dict[str, date] = {}


def _d(s: str | None) -> date | None:
    """``s2d`` memoized: a corpus has few distinct dates but very many mentions of them."""
    if s is None:
        return None
    d = _DATES.get(s)
    if d is None:
        if not isinstance(s, str) or not s:
            raise ValueError(f"bad date {s!r}")
        d = date.fromisoformat(s)
        if len(_DATES) < 100_000:
            _DATES[s] = d
    return d


def loads(s: str) -> Any:
    if not isinstance(s, str):
        raise TypeError("payload is not text")
    return _decoder.decode(s)


# In an article's payload the article id, the Gregorian calendar and evidence
# that repeats its event's dates are left out (null / a short list): fewer
# tokens to decode.


def mention_list(m: Mention, owner: str | None = None) -> list:
    parts = [[d2s(a), d2s(b)] for a, b in m.parts] if m.parts is not None else None
    return [m.start, m.end, m.surface, d2s(m.earliest), d2s(m.latest), m.granularity, m.kind,
            bool(m.resolved), m.note, parts, None if m.article == owner else m.article,
            None if m.calendar == "gregorian" else m.calendar]


def mention_from_list(x: list, owner: str | None = None) -> Mention:
    start, end, surface, earliest, latest, gran, kind, resolved, note, parts, article, calendar = x
    if type(start) is not int or type(end) is not int or type(surface) is not str:
        raise TypeError("bad mention")
    return Mention(owner if article is None else article, start, end, surface,
                   None if earliest is None else (_DATES.get(earliest) or _d(earliest)),
                   None if latest is None else (_DATES.get(latest) or _d(latest)),
                   gran, kind, bool(resolved), "gregorian" if calendar is None else calendar, note,
                   None if parts is None else [(_d(a), _d(b)) for a, b in parts])


def evidence_list(e: Evidence) -> list:
    return [e.article, e.passage_start, e.passage_end, e.mention_start, e.mention_end, d2s(e.earliest),
            d2s(e.latest), e.granularity, bool(e.resolved)]


def evidence_from_list(x: list) -> Evidence:
    article, ps, pe, ms, me, earliest, latest, gran, resolved = x
    if type(ps) is not int or type(pe) is not int or type(ms) is not int or type(me) is not int:
        raise TypeError("bad evidence offsets")
    return Evidence(article, ps, pe, ms, me,
                    None if earliest is None else (_DATES.get(earliest) or _d(earliest)),
                    None if latest is None else (_DATES.get(latest) or _d(latest)),
                    gran, bool(resolved))


def event_list(e: Event, owner: str | None = None) -> list:
    evidence: list[list] = []
    for x in e.evidence:
        if (owner is not None and x.article == owner and x.earliest == e.earliest and x.latest == e.latest
                and x.granularity == e.granularity):
            evidence.append([x.passage_start, x.passage_end, x.mention_start, x.mention_end, bool(x.resolved)])
        else:
            evidence.append(evidence_list(x))
    row = [e.id, d2s(e.earliest), d2s(e.latest), e.granularity, e.kind, e.title, bool(e.certain),
           list(e.topics), list(e.actors), evidence, list(e.flags)]
    extra: dict[str, Any] = {}
    if e.date_source is not None:  # merged events: the article whose reading gave the date
        extra["ds"] = e.date_source
    if e.places:
        extra["pl"] = list(e.places)
    if extra:
        row.append(extra)
    return row


def event_from_list(x: list, owner: str | None = None) -> Event:
    extra = x[11] if len(x) == 12 and isinstance(x[11], dict) else {}
    date_source = extra.get("ds") if isinstance(extra.get("ds"), str) else None
    places = [p for p in extra.get("pl", []) if isinstance(p, str)] if isinstance(extra.get("pl"), list) else []
    eid, earliest, latest, gran, kind, title, certain, topics, actors, evidence, flags = x[:11] if len(x) == 12 else x
    if type(topics) is not list or type(actors) is not list or type(flags) is not list:
        raise TypeError("bad event lists")
    lo = None if earliest is None else (_DATES.get(earliest) or _d(earliest))
    hi = None if latest is None else (_DATES.get(latest) or _d(latest))
    items: list[Evidence] = []
    for v in evidence:
        if len(v) == 5 and owner is not None:
            ps, pe, ms, me, resolved = v
            if type(ps) is not int or type(pe) is not int or type(ms) is not int or type(me) is not int:
                raise TypeError("bad evidence offsets")
            items.append(Evidence(owner, ps, pe, ms, me, lo, hi, gran, bool(resolved)))
        else:
            items.append(evidence_from_list(v))
    return Event(eid, lo, hi, gran, kind, title, bool(certain), topics, actors, items, flags,
                 places=places, date_source=date_source)


def problem_list(p: Problem) -> list:
    out = [p.kind, p.message, p.path, p.article, p.event, p.severity]
    if p.params:
        out.append(p.params)
    return out


def problem_from_list(x: list) -> Problem:
    kind, message, path, article, event, severity, *rest = x
    params = rest[0] if rest and isinstance(rest[0], dict) else {}
    return Problem(kind, message, path, article, event, severity, params)


def result_payload(r: ArticleResult) -> str:
    """One article's mentions, events and problems as one JSON document."""
    aid = r.article.id
    return dumps([[mention_list(m, aid) for m in r.mentions], [event_list(e, aid) for e in r.events],
                  [problem_list(p) for p in r.problems]])


def result_from_payload(article: Article, payload: str) -> ArticleResult:
    """Inverse of :func:`result_payload` (the article is the cache key's, so its id is the owner's)."""
    mentions, events, problems = loads(payload)
    aid = article.id
    return ArticleResult(article, [mention_from_list(x, aid) for x in mentions],
                         [event_from_list(x, aid) for x in events], [problem_from_list(x) for x in problems])


def merged_payload(inputs: list[Event], merged: list[Event], problems: list[Problem]) -> str:
    """A merge's output relative to its input events.

    An output event that *is* an input event (passed through unchanged) is its
    index in ``inputs``; another is a list of its fields whose evidence items
    are indexes into the inputs' evidence (in order), or explicit when new.
    """
    by_event = {id(e): k for k, e in enumerate(inputs)}
    by_evidence: dict[int, int] = {}
    g = 0
    for e in inputs:
        for x in e.evidence:
            by_evidence.setdefault(id(x), g)
            g += 1
    flat = [x for e in inputs for x in e.evidence]
    out: list[Any] = []
    for e in merged:
        k = by_event.get(id(e))
        if k is not None and inputs[k] is e:
            out.append(k)
            continue
        row = event_list(e)
        refs: list[Any] = []
        for x in e.evidence:
            r = by_evidence.get(id(x))
            refs.append(r if r is not None and flat[r] is x else evidence_list(x))
        row[9] = refs
        out.append(row)
    return dumps({"events": out, "problems": [problem_list(p) for p in problems]})


def merged_from_payload(payload: str, inputs: list[Event]) -> tuple[list[Event], list[Problem]]:
    """Inverse of :func:`merged_payload` for the same ``inputs``; raises on anything malformed."""
    doc = loads(payload)
    if not isinstance(doc, dict):
        raise TypeError("merged payload is not an object")
    flat = [x for e in inputs for x in e.evidence]
    n, n_flat = len(inputs), len(flat)
    events: list[Event] = []
    for x in doc["events"]:
        if type(x) is int:
            if not 0 <= x < n:
                raise IndexError(f"event reference {x} out of range")
            events.append(inputs[x])
            continue
        if not isinstance(x, list) or len(x) not in (11, 12) or not isinstance(x[9], list):
            raise TypeError("bad merged event")
        evidence: list[Evidence] = []
        for r in x[9]:
            if type(r) is int:
                if not 0 <= r < n_flat:
                    raise IndexError(f"evidence reference {r} out of range")
                evidence.append(flat[r])
            else:
                evidence.append(evidence_from_list(r))
        ev = event_from_list([*x[:9], [], *x[10:]])
        ev.evidence = evidence
        events.append(ev)
    return events, [problem_from_list(p) for p in doc["problems"]]
