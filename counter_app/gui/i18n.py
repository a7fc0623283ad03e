"""The GUI's language: Counter's own translations plus Qt's, switchable at runtime.

Source strings in the code and forms are English; zh_HK and zh_CN come from
``resources/translations/counter_*.qm`` bundled in :mod:`counter_app.resources_rc`.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from counter_app import log

# Qt's own dialogs (the file dialog's "Look in", "Files of type", the buttons): qtbase_* has
# their texts; qt_* (which loads qtbase_* and the other modules' catalogues) is the fallback
# of a Qt installed without the former. Qt ships no zh_HK catalogue: Taiwan's Traditional
# Chinese is closest. English needs none, Qt's own texts are English.
_QT_CATALOGUES: Final[dict[str, tuple[str, ...]]] = {
    "zh_HK": ("qtbase_zh_TW", "qt_zh_TW"),
    "zh_CN": ("qtbase_zh_CN", "qt_zh_CN"),
    "en": (),
}
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
        # Parentless: dropped from this list, a translator is deleted with its Python object.
        self._installed: list[QTranslator] = []
        self._qt_missing_told: set[str] = set()
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

        if language != "en":
            own = QTranslator()
            if own.load(f":/translations/counter_{language}.qm"):
                self._installed.append(own)
            else:
                log.gui.error("translation for %s is missing from the resources", language)
        qt = self._qt_translator(language)
        if qt is not None:
            self._installed.append(qt)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(_LOCALE[language]))
        self.language = language
        log.gui.info("language is now %s", language)
        self.changed.emit(language)

    def _qt_translator(self, language: str) -> QTranslator | None:
        """Qt's own catalogue for *language*, or None (English, or none installed)."""
        names = _QT_CATALOGUES[language]
        if not names:
            return None
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in names:
            translator = QTranslator()
            if translator.load(name, folder):
                return translator
        if language not in self._qt_missing_told:
            self._qt_missing_told.add(language)
            log.gui.warning(
                "Qt's own dialogs stay in English: neither %s is in %s",
                " nor ".join(f"{name}.qm" for name in names),
                folder or "Qt's translations folder (none is configured)",
            )
        return None


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
