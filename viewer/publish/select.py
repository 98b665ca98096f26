"""Which events a publication holds, and everything a writer needs to print them.

Every format (TimelineJS, the offline page, CSV, JSON) takes a
:class:`Publication`, built once from the edited corpus, so they all agree
on the set and the order.  The set is: every visible event, or the starred
ones, or an explicit selection, or those a :class:`viewer.events.query.Filter`
accepts; hidden events only when asked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from viewer.events.query import EventIndex, Filter
from viewer.model import Article, Event
from viewer.publish.dates import sort_key
from viewer.userstore.apply import HIDDEN, STARRED, EditedResult


@dataclass
class Publication:
    events: list[Event]  # chronological, undated last
    articles: dict[str, Article]
    notes: dict[str, str] = field(default_factory=dict)
    edited: dict[str, list[str]] = field(default_factory=dict)
    topic_labels: dict[str, str] = field(default_factory=dict)
    title: str = ""
    lang: str = "ar"

    def source_name(self, article_id: str) -> str:
        """The outlet when the article names one, else the file it came from."""
        a = self.articles.get(article_id)
        if a is None:
            return article_id
        return a.source or a.title or article_id

    def passage(self, article_id: str, start: int, end: int) -> str:
        a = self.articles.get(article_id)
        return a.text[start:end] if a is not None else ""

    def topic_label(self, topic: str) -> str:
        return self.topic_labels.get(topic, topic)


def topic_labels(lang: str = "ar") -> dict[str, str]:
    """Topic id -> label from the bundled vocabulary."""
    from viewer.extract.vocab import load_vocabulary

    return {t.id: (t.ar if lang == "ar" else t.en) for t in load_vocabulary().topics}


def select(
    edited: EditedResult,
    *,
    ids: Iterable[str] | None = None,
    starred: bool = False,
    flt: Filter | None = None,
    include_hidden: bool = False,
    title: str = "",
    lang: str = "ar",
    labels: dict[str, str] | None = None,
) -> Publication:
    """The events to publish (see the module docstring), in chronological order."""
    events = list(edited.events)
    if ids is not None:
        wanted = set(ids)
        events = [e for e in events if e.id in wanted]
    if flt is not None:
        index = EventIndex(events, edited.result.articles)
        accepted = index.query(flt).accepted
        events = [index.events[i] for i in accepted]
    if starred:
        events = [e for e in events if STARRED in e.flags]
    if not include_hidden:
        events = [e for e in events if HIDDEN not in e.flags]
    events.sort(key=sort_key)
    cited = {aid for e in events for aid in e.articles}
    return Publication(
        events=events,
        articles={a.id: a for a in edited.result.articles if a.id in cited},
        notes={k: v for k, v in edited.notes.items() if any(e.id == k for e in events)},
        edited={k: v for k, v in edited.edited.items()},
        topic_labels=labels if labels is not None else topic_labels(lang),
        title=title,
        lang=lang,
    )
