"""The main window: menus, the shop and database state, and the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QActionGroup, QCloseEvent, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from counter_app import log
from counter_app.config import Settings, sqlite_path
from counter_app.domain.errors import OutsideError
from counter_app.gui import messages
from counter_app.gui.forms.ui_main_window import Ui_MainWindow
from counter_app.gui.i18n import language_switcher
from counter_app.gui.tasks import run_task

if TYPE_CHECKING:
    from counter_app.services.shop import CounterContext
    from counter_app.store.engine import Database

CONNECTING: Final = "connecting"
READY: Final = "ready"
FAILED: Final = "failed"


def _open(settings: Settings) -> tuple[Database, CounterContext | None]:
    """Runs in the background: SQLAlchemy is imported here, after the window is up."""
    from counter_app.services.shop import counter_context, open_database  # noqa: PLC0415

    db = open_database(settings)
    return db, counter_context(db, settings.counter)


class MainWindow(QMainWindow):
    """The window a clerk sees all day.

    Signals:
        databaseStateChanged(str): "connecting", "ready" or "failed".
    """

    databaseStateChanged = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.database: Database | None = None
        self.counter: CounterContext | None = None
        self.database_state = CONNECTING
        self._database_error = ""
        self._error_box: QWidget | None = None
        self._connecting = False

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/counter.svg"))

        self._status_labels: dict[str, QLabel] = {}
        for name in ("shop", "counter", "clerk", "database"):
            label = QLabel(self)
            label.setObjectName(f"{name}StatusLabel")
            self.ui.statusBar.addPermanentWidget(label)
            self._status_labels[name] = label

        languages = language_switcher()
        group = QActionGroup(self)
        self._language_actions = {
            "zh_HK": self.ui.actionLanguageZhHK,
            "en": self.ui.actionLanguageEn,
            "zh_CN": self.ui.actionLanguageZhCN,
        }
        for code, action in self._language_actions.items():
            group.addAction(action)
            action.setChecked(code == languages.language)
            action.triggered.connect(lambda _checked=False, c=code: languages.set_language(c))
        languages.changed.connect(self._on_language_changed)

        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._on_about)
        self.ui.retryButton.clicked.connect(self.connect_database)
        self._show_state()

    # --- database ------------------------------------------------------------------------

    @Slot()
    def connect_database(self) -> None:
        """Open the database in the background; the window stays responsive meanwhile."""
        if self._connecting:
            return
        self._connecting = True
        self._set_state(CONNECTING)
        run_task(
            "open database",
            lambda: _open(self.settings),
            self._on_database_ready,
            self._on_database_failed,
        )

    def _on_database_ready(self, result: tuple[Database, CounterContext | None]) -> None:
        self._connecting = False
        if self.database is not None:
            self.database.dispose()
        self.database, self.counter = result
        self._database_error = ""
        self._set_state(READY)

    def _on_database_failed(self, error: BaseException) -> None:
        self._connecting = False
        if not isinstance(error, OutsideError):
            self._database_error = self.tr("unexpected error")
            self._set_state(FAILED)
            messages.show_bug(self, error)
            return
        self._database_error = str(error)
        self._set_state(FAILED)
        self._error_box = messages.show_error(
            self,
            self.tr("Database not available"),
            self.tr("Counter cannot use its database. Nothing has been changed."),
            details=self._database_error,
            on_retry=self.connect_database,
        )

    def _set_state(self, state: str) -> None:
        self.database_state = state
        self._show_state()
        self.databaseStateChanged.emit(state)

    # --- text ----------------------------------------------------------------------------

    def _database_short_name(self) -> str:
        path = sqlite_path(self.settings.database_url)
        return f"SQLite {path.name}" if path is not None else self.settings.database_description

    def _show_state(self) -> None:
        """Fill every text that depends on data or state (the form's own texts are fixed)."""
        ui = self.ui
        counter = self.counter
        database = self.settings.database_description
        if counter is not None:
            english = language_switcher().language == "en"
            ui.shopNameLabel.setText(counter.shop_name_en if english else counter.shop_name_zh)
            ui.shopNameEnLabel.setText(counter.shop_name_zh if english else counter.shop_name_en)
            ui.counterNameLabel.setText(
                self.tr("Counter {code} · {name}").format(
                    code=counter.counter_code, name=counter.counter_name
                )
            )
        else:
            ui.shopNameLabel.setText(self.tr("Counter"))
            ui.shopNameEnLabel.setText("")
            ui.counterNameLabel.setText("")

        if self.database_state == CONNECTING:
            state_text = self.tr("Connecting to the database: {database} …")
        elif self.database_state == FAILED:
            state_text = self.tr("Cannot use the database: {error}")
        elif counter is None:
            state_text = self.tr(
                "Connected to {database}. This database has no shop or counter set up yet."
            )
        else:
            state_text = self.tr("Connected to {database}.")
        ui.databaseStateLabel.setText(
            state_text.format(database=database, error=self._database_error)
        )
        for widget in (ui.databaseStateFrame, ui.databaseStateLabel):
            if widget.property("state") == self.database_state:
                continue
            widget.setProperty("state", self.database_state)
            if widget.isVisible():
                # The style sheet selects on [state]; re-polish to apply the new value.
                # (Not before the first show: QStyle costs ~25 ms to wrap, start-up time.)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        ui.retryButton.setVisible(self.database_state == FAILED)

        not_set = self.tr("not set up")
        labels = self._status_labels
        labels["shop"].setText(
            self.tr("Shop: {shop}").format(
                shop=ui.shopNameLabel.text() if counter is not None else not_set
            )
        )
        labels["counter"].setText(
            self.tr("Counter: {counter}").format(
                counter=counter.counter_code if counter is not None else not_set
            )
        )
        labels["clerk"].setText(self.tr("Clerk: not signed in"))
        labels["database"].setText(
            self.tr("Database: {database}").format(database=self._database_short_name())
        )
        labels["database"].setToolTip(database)
        self.setWindowTitle(
            self.tr("Counter — {shop}").format(shop=ui.shopNameLabel.text())
            if counter is not None
            else self.tr("Counter")
        )

    # --- events --------------------------------------------------------------------------

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        self._language_actions[language].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_state()
        super().changeEvent(event)

    @Slot()
    def _on_about(self) -> None:
        # Imported on first use: reading package metadata is not start-up work.
        from counter_app.gui.about_dialog import AboutDialog  # noqa: PLC0415

        dialog = AboutDialog(self.settings.database_description, self)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.database is not None:
            self.database.dispose()
            self.database = None
        log.gui.info("main window closed")
        super().closeEvent(event)
