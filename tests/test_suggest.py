"""Suggested topics (issue 11 §3): salient key phrases of a corpus, turned into a topic in one click."""

from __future__ import annotations

import shutil
from pathlib import Path

from viewer.events.suggest import save_corpus_topic, suggest_topics, topic_from_phrase
from viewer.extract.vocab import load_vocabulary, matcher_for

SUBJECTS = Path(__file__).parent / "data" / "subjects"


def _texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def test_suggestions_are_the_corpus_own_phrases_not_listed_topics():
    got = suggest_topics(_texts(SUBJECTS / "war"), k=15)
    phrases = [s.phrase for s in got]
    assert got and all(s.articles >= 2 for s in got)
    assert any("الدعم السريع" in p for p in phrases), phrases  # the war's own party, in most pages
    # nothing an existing topic already matches, no calendar word, no stopword
    assert not any(p in {"أمس", "السبت", "في", "الحرب"} for p in phrases)


def test_a_suggestion_becomes_a_corpus_topic_that_tags_events(tmp_path):
    from viewer.loading import run

    corpus = tmp_path / "war"
    shutil.copytree(SUBJECTS / "war", corpus)
    phrase = next(s.phrase for s in suggest_topics(_texts(corpus)) if "الدعم السريع" in s.phrase)
    topic = topic_from_phrase(phrase, load_vocabulary().topics)
    save_corpus_topic(corpus, topic)
    assert matcher_for([corpus]).vocab.topic(topic.id) is not None
    result = run([corpus])
    assert sum(topic.id in e.topics for e in result.events) >= 2
    # saving again replaces the entry instead of adding a second one
    save_corpus_topic(corpus, topic)
    assert [t.id for t in load_vocabulary(overlay=corpus).topics].count(topic.id) == 1
