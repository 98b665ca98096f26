"""Corpus stage: files on disk → articles (original decoded text + metadata) and problems."""

from viewer.corpus.reader import read_article, read_corpus

__all__ = ["read_article", "read_corpus"]
