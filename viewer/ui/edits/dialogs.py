"""Dialogs for the analyst's corrections: date, text (title, note), topics, actors, merge, split.

Each dialog only collects a value (``value()``); the actions turn it into an
:class:`viewer.userstore.edits.Edit`.  Article text is shown as plain text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.model import Article, Event
from viewer.userstore.edits import interval_at

PRECISIONS = ("day", "month", "year", "decade", "range")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _buttons(dlg: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dlg)
    box.accepted.connect(dlg.accept)
    box.rejected.connect(dlg.reject)
    return box


def _label(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setTextFormat(Qt.PlainText)
    lab.setWordWrap(True)
    return lab


class DateDialog(QDialog):
    """The date at a precision (day, month, year, decade, or a day range), and "approximately"."""

    def __init__(self, event: Event | None, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Correct the date"))
        self.precision = QComboBox(self)
        names = {"day": self.tr("Day"), "month": self.tr("Month"), "year": self.tr("Year"),
                 "decade": self.tr("Decade"), "range": self.tr("From … to …")}
        for p in PRECISIONS:
            self.precision.addItem(names[p], p)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        from viewer.ui.calendar import localize_date_edit  # ISO, left to right, popup calendar

        localize_date_edit(self.start)
        localize_date_edit(self.end)
        self.approximate = QCheckBox(self.tr("Approximately (shown as “about”)"), self)
        lo = (event.earliest if event and event.earliest else None) or date.today()
        hi = (event.latest if event and event.latest else None) or lo
        self.start.setDate(_qdate(lo))
        self.end.setDate(_qdate(hi))
        g = event.granularity if event else "day"
        if event is not None and event.earliest and event.latest and interval_at(lo, g if g in PRECISIONS else "day") != (lo, hi):
            g = "range"
        self.precision.setCurrentIndex(max(0, self.precision.findData(g if g in PRECISIONS else "day")))
        self.approximate.setChecked(bool(event is not None and not event.certain))
        self.precision.currentIndexChanged.connect(self._sync)
        form = QFormLayout()
        form.addRow(self.tr("Precision"), self.precision)
        form.addRow(self.tr("Date"), self.start)
        form.addRow(self.tr("Until"), self.end)
        lay = QVBoxLayout(self)
        if event is not None:
            lay.addWidget(_label(event.title, self))
        lay.addLayout(form)
        lay.addWidget(self.approximate)
        lay.addWidget(_buttons(self))
        self._sync()

    def _sync(self) -> None:
        self.end.setEnabled(self.precision.currentData() == "range")

    def value(self) -> tuple[date, date, str, bool]:
        """``(earliest, latest, granularity, approximate)``."""
        p = self.precision.currentData()
        lo = _pydate(self.start.date())
        if p == "range":
            hi = _pydate(self.end.date())
            lo, hi = min(lo, hi), max(lo, hi)
            return lo, hi, "day", self.approximate.isChecked()
        lo, hi = interval_at(lo, p)
        return lo, hi, p, self.approximate.isChecked()


class ManualEventDialog(DateDialog):
    """A new event from a selected passage: its title (proposed from the passage) and date."""

    def __init__(self, passage: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(None, parent, title=self.tr("Add an event"))
        self.title_edit = QLineEdit(title, self)
        quote = QPlainTextEdit(self)
        quote.setReadOnly(True)
        quote.setPlainText(passage)  # article text: plain, never markup
        quote.setMaximumHeight(90)
        lay = self.layout()
        lay.insertWidget(0, quote)
        lay.insertWidget(1, _label(self.tr("Title"), self))
        lay.insertWidget(2, self.title_edit)

    def title(self) -> str:
        return self.title_edit.text().strip()


class TextDialog(QDialog):
    """One line (a title) or a paragraph (a note)."""

    def __init__(self, title: str, label: str, text: str, multiline: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.multiline = multiline
        self.edit: QLineEdit | QPlainTextEdit
        if multiline:
            self.edit = QPlainTextEdit(self)
            self.edit.setPlainText(text)
        else:
            self.edit = QLineEdit(text, self)
        lay = QVBoxLayout(self)
        lay.addWidget(_label(label, self))
        lay.addWidget(self.edit)
        lay.addWidget(_buttons(self))

    def value(self) -> str:
        text = self.edit.toPlainText() if self.multiline else self.edit.text()
        return text.strip()


class TopicsDialog(QDialog):
    """Tick the event's topics (every topic of the list, in its order)."""

    def __init__(self, topics: list[tuple[str, str]], chosen: list[str], parent: QWidget | None = None) -> None:
        """``topics``: ``(id, label)`` pairs."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Topics of the event"))
        self.list = QListWidget(self)
        known = {tid for tid, _ in topics}
        for tid, label in [*topics, *((t, t) for t in chosen if t not in known)]:
            it = QListWidgetItem(label, self.list)
            it.setData(Qt.UserRole, tid)
            it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
            it.setCheckState(Qt.Checked if tid in chosen else Qt.Unchecked)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addWidget(_buttons(self))

    def value(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]


def split_names(text: str) -> list[str]:
    """Names separated by commas (Arabic ، or Latin ,) or new lines; blanks dropped, order kept."""
    out: list[str] = []
    for part in text.replace("،", ",").replace("\n", ",").split(","):
        name = part.strip()
        if name and name not in out:
            out.append(name)
    return out


class ActorsDialog(TextDialog):
    def __init__(self, actors: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Actors of the event"), self.tr("One actor per line (or separated by commas)"),
                         "\n".join(actors), multiline=True, parent=parent)

    def names(self) -> list[str]:
        return split_names(self.value())


class EventPickDialog(QDialog):
    """Pick one event among ``events`` (merge: the one to absorb), nearest in date first."""

    def __init__(self, current: Event, events: list[Event], describe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge with…"))
        self.list = QListWidget(self)
        ref = current.earliest.toordinal() if current.earliest else 0
        others = sorted((e for e in events if e.id != current.id),
                        key=lambda e: (e.earliest is None, abs((e.earliest.toordinal() if e.earliest else 0) - ref),
                                       e.id))
        for e in others:
            it = QListWidgetItem(describe(e), self.list)
            it.setData(Qt.UserRole, e.id)
        if self.list.count():
            self.list.setCurrentRow(0)
        lay = QVBoxLayout(self)
        lay.addWidget(_label(self.tr("Merge “%1” with:").replace("%1", current.title), self))
        lay.addWidget(self.list)
        lay.addWidget(_buttons(self))

    def value(self) -> str | None:
        it = self.list.currentItem()
        return it.data(Qt.UserRole) if it is not None else None


class SplitDialog(QDialog):
    """Tick the sources that leave the event for a new one."""

    def __init__(self, event: Event, articles: dict[str, Article], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split the event"))
        self.list = QListWidget(self)
        for k, e in enumerate(event.evidence):
            a = articles.get(e.article)
            passage = a.text[e.passage_start:e.passage_end] if a else ""
            name = (a.source or a.title or a.id) if a else e.article
            it = QListWidgetItem(f"{name}: {passage[:120]}", self.list)
            it.setData(Qt.UserRole, k)
            it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
            it.setCheckState(Qt.Unchecked)
        lay = QVBoxLayout(self)
        lay.addWidget(_label(self.tr("The ticked sources become a new event:"), self))
        lay.addWidget(self.list)
        lay.addWidget(_buttons(self))

    def value(self) -> list[int]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]
