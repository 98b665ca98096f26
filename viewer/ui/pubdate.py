"""Dialog: set (or clear) an article's publication date.

The choice resolves the article's relative dates (``ديسمبر الجاري``); the
window saves it in QSettings keyed by the article's sha256 (falling back to its
id) and applies it on the next launch.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from viewer.model import Article
from viewer.pubrange import PUBDATE_MAX, PUBDATE_MIN, in_range
from viewer.ui.calendar import localize_date_edit

CLEAR = 2  # dialog result: forget the user's date


class PubDateDialog(QDialog):
    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publication date"))
        self.article = article
        head = QLabel(article.title or article.id, self)
        head.setTextFormat(Qt.PlainText)
        head.setWordWrap(True)
        info = QLabel(self)
        info.setWordWrap(True)
        info.setTextFormat(Qt.PlainText)
        if article.published:
            info.setText(
                self.tr("Current date: %1 (%2)")
                .replace("%1", article.published.isoformat())
                .replace("%2", article.published_how)
            )
        elif article.published_min:
            info.setText(
                self.tr("Unknown; not before %1 (%2). Relative dates stay unresolved until you set it.")
                .replace("%1", article.published_min.isoformat())
                .replace("%2", article.published_reason or "")
            )
        else:
            info.setText(self.tr("Unknown. Relative dates stay unresolved until you set it."))
        self.edit = QDateEdit(self)  # ISO, left to right, popup calendar: localize_date_edit below
        # Only dates the rest of the application accepts (viewer.pubrange).
        self.edit.setDateRange(QDate(PUBDATE_MIN.year, PUBDATE_MIN.month, PUBDATE_MIN.day),
                               QDate(PUBDATE_MAX.year, PUBDATE_MAX.month, PUBDATE_MAX.day))
        d = article.published or article.published_min or date.today()
        if not in_range(d):
            d = date.today()
        self.edit.setDate(QDate(d.year, d.month, d.day))
        localize_date_edit(self.edit)  # Arabic calendar, Friday–Saturday weekend
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        clear = buttons.addButton(self.tr("Forget my date"), QDialogButtonBox.ResetRole)
        clear.setEnabled(article.published_how == "user")
        clear.clicked.connect(lambda: self.done(CLEAR))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(info)
        lay.addWidget(self.edit)
        lay.addWidget(buttons)

    def chosen(self) -> date:
        q = self.edit.date()
        return date(q.year(), q.month(), q.day())
