"""Source articles side by side, each scrolled to and highlighting its passage.

Text is always shown with ``setPlainText`` (never HTML from the input).  Model
offsets are Python ``str`` indices (code points); ``QTextCursor`` counts UTF-16
code units, so every offset goes through :func:`utf16_offset` first.  Arabic
paragraphs need the document's default ``QTextOption`` set to right-to-left +
``AlignRight`` or a line that starts with a number is laid out left to right.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.display.bidi import isolate, isolate_ltr, plain_tooltip
from viewer.display.search import match_spans
from viewer.model import Article, Event
from viewer.safetext import display
from viewer.ui.dates import digits, format_day
from viewer.ui.resources import text_font

#: narrowest readable source pane (px): beyond what fits, sources go to tabs
MIN_PANE_W = 320

PASSAGE_COLOR = QColor("#fff1a8")
SEARCH_COLOR = QColor("#b8f0c0")
MENTION_COLOR = QColor("#ffb347")
# Page furniture (bylines, widgets, related lists … see viewer/corpus/page): shown, dimmed.
FURNITURE_COLOR = QColor("#9a9a9a")


def utf16_offset(text: str, i: int) -> int:
    """Python index → UTF-16 code units (what ``QTextCursor.setPosition`` counts)."""
    i = max(0, min(i, len(text)))
    if text.isascii():
        return i
    return len(text[:i].encode("utf-16-le")) // 2


def ltr(text: str) -> str:
    """Isolate a left-to-right token (ids, paths) inside right-to-left text.

    ``display``: an undecodable byte of a file name (a lone surrogate) shows as U+FFFD;
    PySide would silently drop it from the QString."""
    return isolate_ltr(display(text or ""))


def looks_rtl(text: str) -> bool:
    """Mostly Arabic-script letters among the first few thousand letters."""
    ar = lat = 0
    for ch in text[:4000]:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            ar += 1
        elif ch.isalpha() and o < 0x0250:
            lat += 1
    return ar >= lat


class ElidedLabel(QLabel):
    """One-line label that elides to its width; the full text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.PlainText)
        self.setMinimumWidth(40)
        from PySide6.QtWidgets import QSizePolicy

        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.ElideRight, max(20, self.width())))


class ArticlePane(QFrame):
    """One article: header (title, source, date, "set date") and the read-only text."""

    pubdateRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.article: Article | None = None
        self.spans: list[tuple[int, int, int, int]] = []
        self.search_tokens: list[str] = []
        self._search_sels = 0
        # True while the view sits where scroll_to_passage put it: a resize (the pane is
        # often shown narrow, hidden or at width 0, then grown by the layout) re-centres
        # the passage, since the old position was computed for another line wrap.  A
        # reader's own scroll (wheel, scroll bar) ends it.
        self._follow = False
        self._refollow = QTimer(self)
        self._refollow.setSingleShot(True)
        self._refollow.setInterval(0)
        self._refollow.timeout.connect(self._scroll_again)
        self.lang = "ar"
        self.eastern = False
        self.title = ElidedLabel(self)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.meta = ElidedLabel(self)
        self.set_date = QToolButton(self)
        self.set_date.setAutoRaise(True)
        self.set_date.setText("📅")
        self.set_date.setIcon(self.style().standardIcon(QStyle.SP_FileDialogDetailedView))
        self.set_date.clicked.connect(lambda: self.article and self.pubdateRequested.emit(self.article.id))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.text.setFont(text_font())
        self.text.setObjectName("article-text")
        self.text.verticalScrollBar().actionTriggered.connect(self._user_scrolled)
        self.text.viewport().installEventFilter(self)
        head = QHBoxLayout()
        head.addWidget(self.meta, 1)
        head.addWidget(self.set_date)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.title)
        lay.addLayout(head)
        lay.addWidget(self.text, 1)
        self.retranslateUi()

    def show_article(self, article: Article, spans: Sequence[tuple[int, int, int, int]] = ()) -> None:
        """``spans``: (passage_start, passage_end, mention_start, mention_end) in Python indices."""
        self.article = article
        self.spans = list(spans)
        doc = self.text.document()
        opt = QTextOption(doc.defaultTextOption())
        if looks_rtl(article.text):
            opt.setTextDirection(Qt.RightToLeft)
            opt.setAlignment(Qt.AlignRight | Qt.AlignAbsolute)
        else:
            opt.setTextDirection(Qt.LeftToRight)
            opt.setAlignment(Qt.AlignLeft | Qt.AlignAbsolute)
        opt.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(opt)
        self.text.setPlainText(article.text)  # plain text only: tags in the input stay literal
        self._dim_furniture()
        self._update_header()
        self._highlight()

    def _dim_furniture(self) -> None:
        """Page furniture (bylines, widgets, related lists …) in a grey foreground: a character
        format on the document, so the text and the highlights are untouched."""
        assert self.article is not None
        text = self.article.text
        doc = self.text.document()
        fmt = QTextCharFormat()
        fmt.setForeground(FURNITURE_COLOR)
        for a, b, _kind in self.article.furniture:
            if b <= a:
                continue
            cur = QTextCursor(doc)
            cur.setPosition(utf16_offset(text, a))
            cur.setPosition(utf16_offset(text, b), QTextCursor.KeepAnchor)
            cur.mergeCharFormat(fmt)

    def dimmed_texts(self) -> list[str]:
        """Text shown in the furniture colour, one entry per run (tests)."""
        out: list[str] = []
        block = self.text.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and frag.charFormat().foreground().color() == FURNITURE_COLOR:
                    out.append(frag.text())
                it += 1
            block = block.next()
        return out

    def _highlight(self, scroll: bool = True) -> None:
        assert self.article is not None
        text = self.article.text
        sels = []
        doc = self.text.document()
        # passages first, the search's matches over them, the date mentions on top
        # (each passage then its mention; with a search, the mentions again on top)
        layers = []
        for ps, pe, ms, me in self.spans:
            layers += [((ps, pe), PASSAGE_COLOR), ((ms, me), MENTION_COLOR)]
        matches = match_spans(text, self.search_tokens) if self.search_tokens else []
        self._search_sels = len(matches)
        if matches:
            layers += [(m, SEARCH_COLOR) for m in matches]
            layers += [((ms, me), MENTION_COLOR) for _ps, _pe, ms, me in self.spans]
        for (a, b), color in layers:
            if b <= a:
                continue
            sel = QTextEdit.ExtraSelection()
            cur = QTextCursor(doc)
            cur.setPosition(utf16_offset(text, a))
            cur.setPosition(utf16_offset(text, b), QTextCursor.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            sel.cursor = cur
            sel.format = fmt
            sels.append(sel)
        self.text.setExtraSelections(sels)
        if scroll:
            self.scroll_to_passage()

    def set_search(self, tokens: list[str]) -> None:
        """Highlight the search's matches too (green), under the date mention."""
        if tokens == self.search_tokens:
            return
        self.search_tokens = list(tokens)
        if self.article is not None:
            bar = self.text.verticalScrollBar().value()
            self._highlight(scroll=False)
            self.text.verticalScrollBar().setValue(bar)

    def search_match_texts(self) -> list[str]:
        """Text under each search highlight (tests)."""
        n = 2 * len(self.spans)
        sels = self.text.extraSelections()[n : n + self._search_sels]
        return [s.cursor.selectedText() for s in sels]

    def scroll_to_passage(self) -> None:
        """Scroll so the first passage *and* its date mention are in view.

        The mention is centred first (it is what the event's date rests on); then,
        if the passage starts above the viewport, the view moves up as far as it
        can while the mention stays visible.  Re-run when the pane gets its real
        size (a pane laid out at width 0 would scroll to the wrong line).
        """
        if not self.spans or self.article is None:
            self.text.moveCursor(QTextCursor.Start)
            self._follow = False
            return
        self._follow = True
        text = self.article.text
        ps, _pe, ms, me = self.spans[0]
        anchor = ms if me > ms else ps
        cur = QTextCursor(self.text.document())
        cur.setPosition(utf16_offset(text, anchor))
        self.text.setTextCursor(cur)
        self.text.centerCursor()
        start = QTextCursor(self.text.document())
        start.setPosition(utf16_offset(text, ps))
        top = self.text.cursorRect(start).top()
        if top < 0:
            mention_bottom = self.text.cursorRect(cur).bottom()
            room = self.text.viewport().height() - 4 - mention_bottom
            shift = min(-top + 4, max(0, room))
            bar = self.text.verticalScrollBar()
            # QPlainTextEdit scrolls by lines: convert pixels to lines of the font
            line = max(1, self.text.fontMetrics().lineSpacing())
            bar.setValue(bar.value() - int(shift // line))

    def _user_scrolled(self, _action: int) -> None:
        self._follow = False

    def _scroll_again(self) -> None:
        if self._follow and self.article is not None and self.text.viewport().height() > 40:
            self.scroll_to_passage()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize and obj is self.text.viewport() and self._follow:
            self._refollow.start()  # after the document has re-wrapped to the new width
        return False

    def span_visible(self, start: int, end: int) -> bool:
        """Whether text[start:end] (Python indices) lies inside the viewport now."""
        if self.article is None:
            return False
        text = self.article.text
        a, b = QTextCursor(self.text.document()), QTextCursor(self.text.document())
        a.setPosition(utf16_offset(text, start))
        b.setPosition(utf16_offset(text, max(start, end - 1)))
        h = self.text.viewport().height()
        ra, rb = self.text.cursorRect(a), self.text.cursorRect(b)
        return ra.top() >= 0 and rb.bottom() <= h

    def passage_texts(self) -> list[str]:
        """Text under each highlight as Qt sees it (paragraph separators → newlines)."""
        return [s.cursor.selectedText().replace("\u2029", "\n") for s in self.text.extraSelections()]

    def set_display(self, lang: str | None = None, eastern: bool | None = None) -> None:
        if lang is not None:
            self.lang = lang
        if eastern is not None:
            self.eastern = eastern
        self._update_header()

    def _update_header(self) -> None:
        a = self.article
        if a is None:
            return
        # Header lines are one-line UI: article-derived strings are isolated (viewer.display.bidi).
        self.title.set_full_text(isolate(a.title or a.id))
        parts = [isolate(a.source)] if a.source else []
        if a.published:
            d = digits(format_day(a.published, self.lang), self.eastern)
            parts.append(self.tr("published %1").replace("%1", d))
            how = self._how(a.published_how)
            if how:
                parts.append(how)
        elif a.published_min:
            d = digits(format_day(a.published_min, self.lang), self.eastern)
            parts.append(self.tr("published: unknown, not before %1").replace("%1", d))
        else:
            parts.append(self.tr("publication date unknown"))
        self.meta.set_full_text(" · ".join(parts))
        tip = [isolate(a.title), " · ".join(parts), ltr(a.id), ltr(a.path)]
        if a.published_evidence:
            tip.append(isolate(a.published_evidence))
        if a.published_reason:
            tip.append(isolate(a.published_reason))
        self.meta.setToolTip(plain_tooltip("\n".join(tip)))
        self.title.setToolTip(plain_tooltip("\n".join(tip)))

    def _how(self, how: str) -> str | None:
        """How the publication date is known, as the header says it (one precedence:
        viewer/corpus/pubdate.py)."""
        return {
            "user": self.tr("set by you"),
            "cli": self.tr("from the command line"),
            "manifest": self.tr("from the manifest"),
            "feed": self.tr("from the feed"),
            "page-metadata": self.tr("from the page metadata"),
            "dateline": self.tr("from the dateline"),
            "byline": self.tr("from the byline"),
            "url": self.tr("from the page address"),
        }.get(how)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.set_date.setToolTip(self.tr("Set publication date…"))
        self._update_header()


class SourcesPanel(QWidget):
    """The selected event's source articles, side by side as far as they stay readable.

    Each pane gets at least :data:`MIN_PANE_W` px: when more sources than fit,
    a tab bar lists them all and the panes shown are the ones around the
    current tab.  With nothing selected, a placeholder says what to do.
    """

    pubdateRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "ar"
        self.eastern = False
        self.current_event: Event | None = None
        self.single: Article | None = None
        self.empty_corpus = False
        self.search_tokens: list[str] = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.PlainText)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("source-tabs")
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.ElideRight)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: self._arrange())
        self.tabs.setVisible(False)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setObjectName("source-panes")
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("sources-placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.PlainText)
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setMargin(24)
        f = self.placeholder.font()
        f.setPointSizeF(f.pointSizeF() * 1.15 if f.pointSizeF() > 0 else 11)
        self.placeholder.setFont(f)
        self.placeholder.setForegroundRole(QPalette.PlaceholderText)
        self.panes: list[ArticlePane] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.heading)
        lay.addWidget(self.tabs)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.placeholder, 1)
        self.retranslateUi()

    def set_search(self, tokens: list[str]) -> None:
        self.search_tokens = list(tokens)
        for p in self.panes:
            p.set_search(self.search_tokens)

    def _set_panes(self, n: int) -> None:
        while len(self.panes) > n:
            p = self.panes.pop()
            p.setParent(None)
            p.deleteLater()
        while len(self.panes) < n:
            p = ArticlePane(self.splitter)
            p.set_display(self.lang, self.eastern)
            p.search_tokens = list(self.search_tokens)
            p.pubdateRequested.connect(self.pubdateRequested)
            self.splitter.addWidget(p)
            self.panes.append(p)
        self.splitter.setVisible(n > 0)
        self.placeholder.setVisible(n == 0)

    def per_page(self) -> int:
        """How many panes fit side by side at :data:`MIN_PANE_W` px each."""
        return max(1, self.width() // MIN_PANE_W)

    def visible_panes(self) -> list[ArticlePane]:
        return [p for p in self.panes if not p.isHidden()]

    def _arrange(self) -> None:
        """Show the panes that fit; beyond that, a tab per source picks which."""
        n = len(self.panes)
        k = self.per_page()
        paged = n > k
        self.tabs.setVisible(paged)
        if not n:
            return
        cur = max(0, self.tabs.currentIndex()) if paged else 0
        first = min(cur, max(0, n - k)) if paged else 0
        shown = range(first, min(n, first + k)) if paged else range(n)
        for i, p in enumerate(self.panes):
            newly = i in shown and p.isHidden()
            p.setVisible(i in shown)
            if newly:  # scroll again once it has its real size (see ArticlePane._follow)
                p._follow = p.article is not None and bool(p.spans)
        w = max(1, self.splitter.width() // len(shown))
        self.splitter.setSizes([w if i in shown else 0 for i in range(n)])

    def _rebuild_tabs(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for p in self.panes:
            a = p.article
            label = (a.source or a.title or a.id) if a is not None else ""
            i = self.tabs.addTab(isolate(label[:40]))
            self.tabs.setTabToolTip(i, plain_tooltip(isolate(a.title or a.id)) if a is not None else "")
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.panes:
            self._arrange()

    def show_event(self, event: Event | None, articles: dict[str, Article]) -> None:
        self.current_event, self.single = event, None
        if event is None:
            self._set_panes(0)
            self._rebuild_tabs()
            self._arrange()
            self.retranslateUi()
            return
        by_article: dict[str, list[tuple[int, int, int, int]]] = {}
        for e in event.evidence:
            by_article.setdefault(e.article, []).append(
                (e.passage_start, e.passage_end, e.mention_start, e.mention_end)
            )
        ids = [a for a in by_article if a in articles]
        self._set_panes(len(ids))
        for pane, aid in zip(self.panes, ids, strict=True):
            pane.show_article(articles[aid], by_article[aid])
        self._rebuild_tabs()
        self._arrange()
        self.retranslateUi()

    def show_article(self, article: Article) -> None:
        self.current_event, self.single = None, article
        self._set_panes(1)
        self.panes[0].show_article(article, ())
        self._rebuild_tabs()
        self._arrange()
        self.retranslateUi()

    def set_empty_corpus(self, empty: bool) -> None:
        """The placeholder tells how to add articles when the corpus has none."""
        self.empty_corpus = bool(empty)
        self.retranslateUi()

    def pane_for(self, article_id: str) -> ArticlePane | None:
        for p in self.panes:
            if p.article is not None and p.article.id == article_id:
                return p
        return None

    def set_display(self, lang: str | None = None, eastern: bool | None = None) -> None:
        if lang is not None:
            self.lang = lang
        if eastern is not None:
            self.eastern = eastern
        for p in self.panes:
            p.set_display(lang, eastern)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        if self.current_event is not None:
            n = len(self.panes)
            self.heading.setText(
                self.tr("Sources (%1): %2")
                .replace("%1", digits(str(n), self.eastern))
                .replace("%2", isolate(self.current_event.title))
            )
        elif self.single is not None:
            self.heading.setText(
                self.tr("Article: %1").replace("%1", isolate(self.single.title or self.single.id))
            )
        else:
            self.heading.setText(self.tr("Sources"))
        if self.empty_corpus:
            self.placeholder.setText(
                self.tr(
                    "No articles yet.\n\nOpen a folder of saved pages, text files or feeds "
                    "(File → Open folder…, Ctrl+O) or drop files on the window."
                )
            )
        else:
            self.placeholder.setText(
                self.tr(
                    "Select an event to read its sources here, side by side.\n\n"
                    "Click a marker on the timeline or a row in the table. The supporting "
                    "passage is highlighted, its date in a stronger colour.\n\n"
                    "Keyboard: ← → move between events, Enter focuses the sources, Esc clears."
                )
            )
