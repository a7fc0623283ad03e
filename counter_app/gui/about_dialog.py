"""The About dialog: version, the versions underneath, and every bundled library's licence."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, Slot, qVersion
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from counter_app import __version__
from counter_app.gui.forms.ui_about_dialog import Ui_AboutDialog
from counter_app.gui.service_calls import ServiceCall
from counter_app.licences import Library, bundled_libraries

_LIBRARY_ROLE = Qt.ItemDataRole.UserRole + 1


class AboutDialog(QDialog):
    """Shows Counter's version and the licence texts of the libraries it bundles."""

    def __init__(self, database_description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui.titleLabel.setText(f"Counter {__version__}")
        self.ui.versionsLabel.setText(
            self.tr("Python {python} · Qt {qt} · PySide6 {pyside}\nDatabase: {database}").format(
                python=platform.python_version(),
                qt=qVersion(),
                pyside=pyside_version,
                database=database_description,
            )
        )
        self.ui.licenceText.setPlainText(self.tr("Loading the licence texts…"))
        self.ui.libraryList.currentItemChanged.connect(self._on_library_chosen)
        self.ui.licenceSplitter.setSizes([260, 540])
        # Reading ~20 licence files is disk work: keep it off the GUI thread.
        ServiceCall(self, "licences", bundled_libraries, self._on_libraries).not_done(
            self._on_libraries_failed
        ).in_background().run()

    def _on_libraries(self, libraries: list[Library]) -> None:
        for library in libraries:
            item = QListWidgetItem(f"{library.name} {library.version}\n{library.licence}")
            item.setData(_LIBRARY_ROLE, library)
            self.ui.libraryList.addItem(item)
        if libraries:
            self.ui.libraryList.setCurrentRow(0)
        else:
            self.ui.licenceText.setPlainText(
                self.tr("Counter is not installed as a package, so its libraries are unknown.")
            )

    def _on_libraries_failed(self, _error: BaseException) -> None:
        # The dialog with the reference number has been shown.
        self.ui.licenceText.setPlainText("")

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_library_chosen(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        library = current.data(_LIBRARY_ROLE)
        if isinstance(library, Library):
            self.ui.licenceText.setPlainText(library.text)
