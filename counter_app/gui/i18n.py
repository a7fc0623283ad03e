"""The GUI's language: Counter's own translations plus Qt's, switchable at runtime.

Source strings in the code and forms are English; zh_HK and zh_CN come from
``resources/translations/counter_*.qm`` bundled in :mod:`counter_app.resources_rc`.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from counter_app import log

# Qt ships no zh_HK catalogue for its own dialogs; Taiwan's Traditional Chinese is closest.
_QT_CATALOGUE: Final = {"zh_HK": "qtbase_zh_TW", "zh_CN": "qtbase_zh_CN", "en": "qtbase_en"}
# Locale names, not QLocale enums: wrapping QLocale.Language costs start-up time.
_LOCALE: Final = {"zh_HK": "zh_Hant_HK", "zh_CN": "zh_Hans_CN", "en": "en_HK"}


class LanguageSwitcher(QObject):
    """Installs the translators for one language at a time.

    Signals:
        changed(str): the language code now in use, after the translators were swapped
            (every widget has also received a LanguageChange event by then).
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = ""

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("set_language needs a QApplication")
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()

        own = QTranslator(self)
        if language != "en":
            if own.load(f":/translations/counter_{language}.qm"):
                self._installed.append(own)
            else:
                log.gui.error("translation for %s is missing from the resources", language)
        qt = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(_QT_CATALOGUE[language], qt_dir):
            self._installed.append(qt)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(_LOCALE[language]))
        self.language = language
        log.gui.info("language is now %s", language)
        self.changed.emit(language)


_switcher: LanguageSwitcher | None = None


def language_switcher() -> LanguageSwitcher:
    """The application's one switcher (translators are global to the application)."""
    global _switcher  # noqa: PLW0603 - one per QApplication, created on first use
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("language_switcher needs a QApplication")
    if _switcher is None or _switcher.parent() is not app:
        _switcher = LanguageSwitcher(app)
    return _switcher
