"""Problems and articles lists (docks): clickable, never fatal.

Problems come from ``CorpusResult.problems``; events flagged
``date-unresolved`` / ``date-placeholder`` / ``sources-disagree`` that the
pipeline did not report are added so every uncertain event is reachable.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from viewer.model import Article, CorpusResult, Problem
from viewer.ui.bidi import isolate, isolate_ltr, plain_tooltip
from viewer.ui.dates import digits, format_day

ROLE = Qt.UserRole + 1

FLAG_KINDS = {
    "date-unresolved": "unresolved",
    "date-placeholder": "placeholder",
    "sources-disagree": "disagree",
}


def collect_problems(result: CorpusResult) -> list[Problem]:
    out = list(result.problems)
    seen = {(p.kind, p.event) for p in out if p.event}
    for ev in result.events:
        for flag, kind in FLAG_KINDS.items():
            if flag in ev.flags and (kind, ev.id) not in seen:
                arts = ev.articles
                out.append(Problem(kind, ev.title, article=arts[0] if arts else None, event=ev.id))
    return out


class ProblemsPanel(QWidget):
    eventRequested = Signal(str)
    articleRequested = Signal(str)
    pubdateRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("problems")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.setContextMenuPolicy(Qt.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.problems: list[Problem] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tree)
        self.retranslateUi()

    def kind_label(self, kind: str) -> str:
        """A translated, human label for every kind of problem the core reports."""
        labels = {
            # the corpus reader
            "unreadable": self.tr("Unreadable file"),
            "empty": self.tr("Empty file"),
            "binary": self.tr("Binary file"),
            "encoding": self.tr("Encoding fallback"),
            "truncated": self.tr("File too large (truncated)"),
            "bidi": self.tr("Direction control characters"),
            "duplicate-id": self.tr("Duplicate article id"),
            "manifest": self.tr("Manifest problem"),
            # extraction, merging, ingestion, the cache
            "extract": self.tr("Extraction failed"),
            "placeholder": self.tr("Placeholder date"),
            "unresolved": self.tr("Unresolved date"),
            "disagree": self.tr("Sources disagree"),
            "cancelled": self.tr("Loading cancelled"),
            "cache": self.tr("Cache damaged or unavailable"),
        }
        return labels.get(kind) or self.tr("Other problem (%1)").replace("%1", kind)

    def set_problems(self, problems: Iterable[Problem]) -> None:
        # The same problem twice (e.g. reported by two stages) is listed once.
        seen: set[tuple] = set()
        self.problems = []
        for p in problems:
            key = (p.kind, p.message, p.path, p.article, p.event, p.severity)
            if key not in seen:
                seen.add(key)
                self.problems.append(p)
        self._fill()

    @staticmethod
    def where(p: Problem) -> str:
        """The file (its name; the full path is in the tooltip), else the article id."""
        if p.path:
            return Path(p.path).name or p.path
        return p.article or ""

    def _fill(self) -> None:
        self.tree.clear()
        for i, p in enumerate(self.problems):
            # Messages quote article text and file names: isolated so bidi controls
            # in them cannot reorder the row.
            it = QTreeWidgetItem([self.kind_label(p.kind), isolate(p.message), isolate_ltr(self.where(p))])
            it.setData(0, ROLE, i)
            it.setToolTip(0, p.kind)
            it.setToolTip(1, plain_tooltip(isolate(p.message)))
            it.setToolTip(2, plain_tooltip(isolate_ltr(p.path or p.article or "")))
            if p.severity == "error":
                it.setForeground(0, Qt.red)
            self.tree.addTopLevelItem(it)
        self.tree.resizeColumnToContents(0)

    def _activate(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        p = self.problems[item.data(0, ROLE)]
        if p.event:
            self.eventRequested.emit(p.event)
        elif p.article:
            self.articleRequested.emit(p.article)

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        p = self.problems[item.data(0, ROLE)]
        if not p.article:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open article"), lambda: self.articleRequested.emit(p.article))
        menu.addAction(self.tr("Set publication date…"), lambda: self.pubdateRequested.emit(p.article))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Message"), self.tr("File")])
        self._fill()


class ArticlesPanel(QWidget):
    """Every article of the corpus; activating one opens it alone."""

    articleRequested = Signal(str)
    pubdateRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "ar"
        self.eastern = False
        self.articles: list[Article] = []
        self.event_counts: dict[str, int] = {}
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("articles")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(lambda it, _c: self.articleRequested.emit(it.data(0, ROLE)))
        self.tree.itemDoubleClicked.connect(lambda it, _c: self.articleRequested.emit(it.data(0, ROLE)))
        self.tree.setContextMenuPolicy(Qt.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tree)
        self.retranslateUi()

    def set_articles(self, articles: Iterable[Article], event_counts: dict[str, int]) -> None:
        self.articles = list(articles)
        self.event_counts = event_counts
        self._fill()

    def set_display(self, lang: str | None = None, eastern: bool | None = None) -> None:
        if lang is not None:
            self.lang = lang
        if eastern is not None:
            self.eastern = eastern
        self._fill()

    def _date_text(self, a: Article) -> str:
        if a.published:
            return digits(format_day(a.published, self.lang), self.eastern)
        if a.published_min:
            return self.tr("unknown, not before %1").replace(
                "%1", digits(format_day(a.published_min, self.lang), self.eastern)
            )
        return self.tr("unknown")

    def _fill(self) -> None:
        self.tree.clear()
        for a in self.articles:
            it = QTreeWidgetItem(
                [
                    isolate(a.title or a.id),
                    isolate(a.source or ""),
                    self._date_text(a),
                    digits(str(self.event_counts.get(a.id, 0)), self.eastern),
                ]
            )
            it.setData(0, ROLE, a.id)
            it.setToolTip(0, plain_tooltip(f"{isolate(a.title)}\n{isolate_ltr(a.path)}"))
            self.tree.addTopLevelItem(it)
        for c in (1, 2, 3):
            self.tree.resizeColumnToContents(c)

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        aid = item.data(0, ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Open article"), lambda: self.articleRequested.emit(aid))
        menu.addAction(self.tr("Set publication date…"), lambda: self.pubdateRequested.emit(aid))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Title"), self.tr("Source"), self.tr("Published"), self.tr("Events")]
        )
        self._fill()
