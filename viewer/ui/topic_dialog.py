"""A small dialog to add or edit a topic of the corpus (label, colour, keywords), with a live count.

The topic is written to the corpus folder's own ``topics.toml`` (merged over
the bundled topics; viewer/events/suggest.py), never into the installed
package.  Suggested key phrases of the corpus are listed: a double click adds
one to the keywords.  ``topicSaved`` carries the saved topic so the window can
re-tag its events (viewer.events.tagging) without re-extracting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from viewer.events.suggest import count_matching, save_corpus_topic, suggest_topics, topic_from_phrase
from viewer.extract.vocab import Topic, load_vocabulary
from viewer.model import CorpusResult


class TopicDialog(QDialog):
    topicSaved = Signal(object)  # the saved Topic

    def __init__(self, result: CorpusResult, folder: Path, topic: Topic | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.RightToLeft)
        self.setWindowTitle(self.tr("Topic"))
        self.result, self.folder = result, Path(folder)
        self.texts = {a.id: a.text for a in result.articles}
        existing = load_vocabulary(overlay=self.folder).topics
        self.topic = topic or topic_from_phrase(self.tr("New topic"), existing)
        self.ar = QLineEdit(self.topic.ar)
        self.en = QLineEdit(self.topic.en)
        self.color = QColor(self.topic.color)
        self.color_button = QPushButton(self.color.name())
        self.color_button.clicked.connect(self._pick_color)
        self.keywords = QPlainTextEdit("\n".join(self.topic.keywords))
        self.count = QLabel()
        self.suggestions = QListWidget()
        for s in suggest_topics(self.texts.values(), k=15):
            self.suggestions.addItem(s.phrase)
        self.suggestions.itemDoubleClicked.connect(lambda item: self.add_keyword(item.text()))
        form = QFormLayout()
        form.addRow(self.tr("Arabic label"), self.ar)
        form.addRow(self.tr("English label"), self.en)
        form.addRow(self.tr("Colour"), self.color_button)
        form.addRow(self.tr("Keywords (one a line)"), self.keywords)
        form.addRow(self.tr("Events"), self.count)
        form.addRow(self.tr("Suggested"), self.suggestions)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.update_count)
        self.keywords.textChanged.connect(self._timer.start)
        self.update_count()

    def keyword_list(self) -> list[str]:
        return [k.strip() for k in self.keywords.toPlainText().splitlines() if k.strip()]

    def add_keyword(self, phrase: str) -> None:
        if phrase not in self.keyword_list():
            self.keywords.appendPlainText(phrase)

    def update_count(self) -> None:
        n = count_matching(self.result.events, self.texts, self.keyword_list())
        self.count.setText(self.tr("%n event(s)", "", n))
        self.matching = n

    def _pick_color(self) -> None:
        c = QColorDialog.getColor(self.color, self)
        if c.isValid():
            self.color = c
            self.color_button.setText(c.name())

    def current_topic(self) -> Topic:
        return Topic(self.topic.id, self.ar.text().strip() or self.topic.id, self.en.text().strip() or self.topic.id,
                     self.color.name(), tuple(self.keyword_list()), "corpus")

    def save(self) -> None:
        topic = self.current_topic()
        save_corpus_topic(self.folder, topic)
        self.topicSaved.emit(topic)
        self.accept()


def open_topic_dialog(win) -> TopicDialog | None:
    """The window's "Add or edit a topic…": needs one corpus folder (where topics.toml goes).

    On save, the window's events are re-tagged with the folder's vocabulary and
    shown again: the counts in the topic list change at once."""
    from viewer.display.topics import load_topics
    from viewer.events.tagging import tag_events
    from viewer.extract.vocab import matcher_for

    paths = [Path(p) for p in getattr(win, "corpus_paths", [])]
    if win.result is None or len(paths) != 1 or not paths[0].is_dir():
        return None
    folder = paths[0]

    def apply(_topic: Topic) -> None:
        texts = {a.id: a.text for a in win.result.articles}
        tag_events(win.result.events, texts, matcher_for([folder]), retag=True)
        win.topics = load_topics(overlay=folder)
        win._show_result(win.result, True)

    dlg = TopicDialog(win.result, folder, parent=win)
    dlg.topicSaved.connect(apply)
    dlg.open()
    return dlg
