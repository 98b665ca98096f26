"""Paths, bundled fonts, topics and translations for the window.

Topics are read from ``resources/topics.toml`` (the extractor's loader in
``viewer.extract.topics`` is preferred when it exposes ``load_topics``); the UI
only needs id, labels and colour.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from viewer.display.topics import TOPICS_FILE, TopicInfo, load_topics
from viewer.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent.parent
RESOURCES = resources_dir()  # installed (viewer.resources) or the checkout's resources/
FONTS = RESOURCES / "fonts"
I18N = RESOURCES / "i18n"
SEEDS = ROOT / "seeds"

__all__ = ["TOPICS_FILE", "TopicInfo", "load_topics"]  # re-exported for the window

UI_FONT_FAMILY = "Noto Sans Arabic"
TEXT_FONT_FAMILY = "Noto Naskh Arabic"


_fonts_loaded: list[str] = []


def register_fonts() -> list[str]:
    """Register the bundled OFL Arabic fonts once; returns the families found."""
    if _fonts_loaded:
        return _fonts_loaded
    for ttf in sorted(FONTS.glob("*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(ttf))
        if fid >= 0:
            for fam in QFontDatabase.applicationFontFamilies(fid):
                if fam not in _fonts_loaded:
                    _fonts_loaded.append(fam)
    return _fonts_loaded


def ui_font(point_size: float = 10.0) -> QFont:
    f = QFont(UI_FONT_FAMILY)
    f.setFamilies([UI_FONT_FAMILY, "Noto Sans", "DejaVu Sans"])
    f.setPointSizeF(point_size)
    return f


def text_font(point_size: float = 12.0) -> QFont:
    f = QFont(TEXT_FONT_FAMILY)
    f.setFamilies([TEXT_FONT_FAMILY, UI_FONT_FAMILY, "DejaVu Sans"])
    f.setPointSizeF(point_size)
    return f


class Translations:
    """Owns the app's QTranslator and switches languages live.

    Installing/removing a translator makes Qt post ``LanguageChange`` to every
    widget; widgets re-translate in ``changeEvent``.
    """

    _instance: Translations | None = None

    def __init__(self) -> None:
        self.lang = "en"
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None

    @classmethod
    def instance(cls) -> Translations:
        """One per process: a second object would leave its translator installed."""
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def set_language(self, lang: str) -> bool:
        app = QCoreApplication.instance()
        lang = "ar" if lang == "ar" else "en"
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if self._qt_translator is not None:
            app.removeTranslator(self._qt_translator)
            self._qt_translator = None
        ok = True
        if lang == "ar":
            t = QTranslator(app)
            ok = t.load(str(I18N / "viewer_ar.qm"))
            if ok:
                app.installTranslator(t)
                self._translator = t
            # Qt's own strings (dialog buttons, the file dialog, context menus):
            # qtbase_ar from PySide6's translations folder
            qt = QTranslator(app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QLocale(QLocale.Arabic), "qtbase", "_", folder):
                app.installTranslator(qt)
                self._qt_translator = qt
        self.lang = lang
        return ok
