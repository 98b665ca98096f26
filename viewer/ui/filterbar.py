"""The "active filters" bar: what hides events right now, each removable in one click.

Shown only while a filter is on, between the timeline and the lists, so a
user who sees fewer events than expected sees why — and a "clear all" button.
The bar only displays :meth:`FilterPanel.active_filters` and calls back
:meth:`FilterPanel.clear_filter` / :meth:`FilterPanel.reset`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from viewer.display.bidi import isolate


class ActiveFiltersBar(QFrame):
    clearRequested = Signal(str)  # one filter's key
    clearAllRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self._items: list[tuple[str, str]] = []
        self._shown: str = ""
        self.title = QLabel(self)
        self.counts = QLabel(self)
        self.clear_all = QToolButton(self)
        self.clear_all.setObjectName("clear-filters")
        self.clear_all.clicked.connect(self.clearAllRequested)
        self._chips: list[QToolButton] = []
        self._lay = QHBoxLayout(self)
        self._lay.setContentsMargins(6, 2, 6, 2)
        self._lay.addWidget(self.title)
        self._lay.addStretch(1)
        self._lay.addWidget(self.counts)
        self._lay.addWidget(self.clear_all)
        self.setVisible(False)
        self.retranslateUi()

    def set_filters(self, items: list[tuple[str, str]], shown_text: str = "") -> None:
        """``items``: (key, description) of the active filters; empty hides the bar."""
        self._items, self._shown = list(items), shown_text
        for c in self._chips:
            c.setParent(None)
            c.deleteLater()
        self._chips = []
        for k, (key, text) in enumerate(items):
            b = QToolButton(self)
            b.setObjectName(f"chip-{key}")
            b.setText("✕ " + isolate(text))
            b.setAutoRaise(True)
            b.clicked.connect(lambda _c=False, key=key: self.clearRequested.emit(key))
            self._lay.insertWidget(1 + k, b)
            self._chips.append(b)
        self.counts.setText(shown_text)
        self.retranslateUi()
        self.setVisible(bool(items))

    def chips(self) -> list[QToolButton]:
        return list(self._chips)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Active filters:"))
        self.clear_all.setText(self.tr("Clear all filters"))
        for b in self._chips:
            b.setToolTip(self.tr("Remove this filter"))
