"""The main window: menus, the status bar, and the screens from sign-in to the sale."""

from __future__ import annotations

import gc
from functools import partial
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QActionGroup, QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import log
from counter_app.config import Settings, sqlite_path
from counter_app.domain.drawer import DrawerPort
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.domain.staff import Role
from counter_app.gui import messages
from counter_app.gui.connection import database_watch
from counter_app.gui.customer_view import customer_facing
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_database_banner import Ui_DatabaseBanner
from counter_app.gui.forms.ui_main_window import Ui_MainWindow
from counter_app.gui.i18n import language_switcher
from counter_app.gui.placement import placement_path, save_placement
from counter_app.gui.service_calls import ServiceCall
from counter_app.gui.style import set_style_state
from counter_app.gui.tasks import run_task, wait_for_tasks

if TYPE_CHECKING:
    from counter_app.domain.staff import Clerk
    from counter_app.gui.back_office import BackOfficeScreen
    from counter_app.gui.customer_screen import CustomerScreenKeeper
    from counter_app.gui.line_sale_screen import LineSaleScreen
    from counter_app.gui.new_sim_screen import NewSimScreen
    from counter_app.gui.outbox_dispatch import BackgroundDispatcher
    from counter_app.gui.sign_in_screen import (
        ChangePasswordScreen,
        LockScreen,
        OpenShiftScreen,
        SignInScreen,
    )
    from counter_app.gui.station import Station
    from counter_app.gui.voucher_screen import VoucherScreen
    from counter_app.services.keys import InstallationSecret
    from counter_app.services.shifts import OpenShift
    from counter_app.services.shop import CounterContext
    from counter_app.services.shop_settings import CounterSettings
    from counter_app.store.engine import Database

CONNECTING: Final = "connecting"
SHUTDOWN_WAIT_MS: Final = 10_000
# The database part of the status bar at most (a chain names two servers in its URL).
STATUS_DATABASE_PX: Final = 260
_KEY_PRESS: Final = QEvent.Type.KeyPress
_MOUSE_PRESS: Final = QEvent.Type.MouseButtonPress
_WHEEL: Final = QEvent.Type.Wheel
READY: Final = "ready"
FAILED: Final = "failed"


def _open(settings: Settings) -> tuple[Database, CounterContext | None, InstallationSecret]:
    """Runs in the background: SQLAlchemy is imported here, after the window is up."""
    from counter_app.services.startup import open_counter  # noqa: PLC0415

    return open_counter(settings)


def _import_line_sale_screen() -> None:
    """Runs in the background: importing defines classes only, it makes no widget.

    The collector is held off meanwhile (a full collection in this thread would hold the
    interpreter lock, and so the GUI thread, for tens of ms), and what was imported is
    then frozen out of its way: modules live as long as the program.
    """
    gc.disable()
    try:
        import counter_app.gui.line_sale_screen  # noqa: F401, PLC0415
    finally:
        gc.freeze()
        gc.enable()


def _drawer_port(pc: Settings, counter: CounterSettings | None) -> DrawerPort:
    """This counter's drawer: a value set for the counter in the database wins over the PC's."""

    def pick(name: str) -> Any:
        value = getattr(counter, name) if counter is not None else None
        return getattr(pc, name) if value is None else value

    return DrawerPort(
        pick("drawer_printer"), pick("drawer_pin"), pick("drawer_on_ms"), pick("drawer_off_ms")
    )


def _counter_settings(db: Database, counter_code: str) -> CounterSettings:
    """Runs in the background: this counter's settings kept in the shop's database."""
    from counter_app.services.shop_settings import counter_settings  # noqa: PLC0415

    return counter_settings(db, counter_code)


_frozen_after_first_receipt = False


def _freeze_once() -> None:
    global _frozen_after_first_receipt  # noqa: PLW0603 - once per process
    if not _frozen_after_first_receipt:
        _frozen_after_first_receipt = True
        gc.freeze()


class MainWindow(QMainWindow):
    """The window a clerk sees all day.

    Signals:
        databaseStateChanged(str): "connecting", "ready" or "failed".
    """

    databaseStateChanged = Signal(str)
    # Set once this counter's language from the database has been applied.
    _counter_language_applied = False
    change_password_screen: ChangePasswordScreen | None = None
    # Whose password is being changed after an admin reset it (not signed in yet), or the
    # screen to go back to after a change from the menu.
    _must_change_for: str | None = None
    _changing_from: QWidget | None = None
    # Whether this counter has a shift open, as the last sign-in or shift step said.
    shift_open: bool = False
    # The outbox's dispatcher on this PC, in a thread of its own (settings.outbox_dispatch);
    # any earlier one still stopping after a reconnect is joined at close too.
    # The customer's screen, placed once the database is ready (settings.customer_screen).
    customer_screens: CustomerScreenKeeper | None = None
    outbox_dispatcher: BackgroundDispatcher | None = None
    _old_dispatchers: tuple[BackgroundDispatcher, ...] = ()

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
        # The form's central widget is the status page; the counter's screens join it in
        # one stack once the database is ready (built then: start-up stays light).
        self.screens = QStackedWidget(self)
        self.screens.setObjectName("screenStack")
        status_page = self.takeCentralWidget()
        if status_page is None:
            raise RuntimeError("the main window form has no central widget")
        self.screens.addWidget(status_page)
        self._build_banner()
        self.station: Station | None = None
        self.sign_in_screen: SignInScreen | None = None
        self.open_shift_screen: OpenShiftScreen | None = None
        self.line_sale_screen: LineSaleScreen | None = None
        self._line_sale_screen_shown = False
        self.lock_screen: LockScreen | None = None
        self.voucher_screen: VoucherScreen | None = None
        self.new_sim_screen: NewSimScreen | None = None
        self.back_office_screen: BackOfficeScreen | None = None
        self._locked_from: QWidget | None = None
        # The idle lock: any key or click restarts it; when it fires the counter locks,
        # keeping the sale in progress for the same clerk.
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(settings.idle_lock_minutes * 60_000)
        self.idle_timer.timeout.connect(self.lock_now)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

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

        self._connect_actions()
        self.ui.retryButton.clicked.connect(self.connect_database)
        self._show_state()

    def _build_banner(self) -> None:
        """Above the screens: the banner shown while the database does not answer."""
        self.banner = QFrame(self)
        self.banner_ui = Ui_DatabaseBanner()
        self.banner_ui.setupUi(self.banner)
        self.banner.hide()
        central = QWidget(self)
        central.setObjectName("centralStack")
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        watch = database_watch()
        watch.banners += 1
        self._watching_database = True
        watch.lost.connect(self._on_database_lost)
        watch.answered.connect(self._on_database_answered)
        self.banner_ui.databaseBannerRetryButton.clicked.connect(watch.retry)
        # A QShortcut, not the button's: retranslating (setText) resets a button's shortcut.
        QShortcut(
            QKeySequence("Ctrl+R"),
            self.banner,
            self.banner_ui.databaseBannerRetryButton.animateClick,
        )

    def _connect_actions(self) -> None:
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionLock.triggered.connect(self.lock_now)
        self.ui.actionSellVoucher.triggered.connect(self.sell_voucher)
        self.ui.actionNewSim.triggered.connect(self.new_sim)
        self.ui.actionBackOffice.triggered.connect(self.back_office)
        self.ui.actionOpenDrawer.triggered.connect(self.open_drawer)
        self.ui.actionSwitchClerk.triggered.connect(self.switch_clerk)
        self.ui.actionChangePassword.triggered.connect(self.change_password)
        self.ui.actionKeys.triggered.connect(self.show_keys)
        self.ui.actionAbout.triggered.connect(self._on_about)

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
            partial(_open, self.settings),
            self._on_database_ready,
            self._on_database_failed,
        )

    def _on_database_ready(
        self, result: tuple[Database, CounterContext | None, InstallationSecret]
    ) -> None:
        self._connecting = False
        if self.database is not None:
            self.database.dispose()
        self.database, self.counter, secret = result
        self._database_error = ""
        self._set_state(READY)
        if self.counter is not None:
            from counter_app.gui.station import Station  # noqa: PLC0415

            if self.station is None:
                self.station = Station(
                    self.database,
                    secret,
                    self.counter,
                    data_dir=self.settings.paths.data_dir,
                    printer=self.settings.printer,
                    print_automatically=self.settings.print_automatically,
                    print_copies=self.settings.print_copies,
                    sms_gateway=self.settings.sms_gateway if self.settings.outbox_dispatch else "",
                    drawer=_drawer_port(self.settings, None),
                )
            else:
                self.station.db = self.database
            self._read_counter_settings()
            self._start_customer_screen()
            self._start_outbox_dispatcher(self.database)
            if self.station.clerk is None:
                self._show_sign_in()
                # While the clerk signs in: the line sale screen's modules are imported in
                # the background (about 100 ms of Qt PDF and printing libraries), then the
                # screen is built, hidden, on the GUI thread.
                ServiceCall(
                    self,
                    "import the line sale screen",
                    _import_line_sale_screen,
                    self._on_line_sale_screen_imported,
                ).quietly().run()

    def _start_customer_screen(self) -> None:
        """The screen facing the customer follows what the counter publishes; this window
        only tells it the shop's welcome (names, logo) and where it goes."""
        station = self.station
        if station is None:
            return
        if self.customer_screens is None:
            from counter_app.gui.customer_screen import CustomerScreenKeeper  # noqa: PLC0415

            self.customer_screens = CustomerScreenKeeper(
                self.settings.customer_screen, self, self.ui.actionCustomerScreen
            )
        ServiceCall(
            self, "read the shop's welcome", station.welcome, customer_facing().set_welcome
        ).quietly().run()

    def _start_outbox_dispatcher(self, db: Database) -> None:
        """This PC sends the outbox's jobs in the background, unless a shop's server does
        (``outbox_dispatch = false``): in a thread of its own, so that a slow carrier never
        delays a sale."""
        if not self.settings.outbox_dispatch:
            return
        from counter_app.gui.outbox_dispatch import (  # noqa: PLC0415
            BackgroundDispatcher,
            window_dispatcher,
        )

        if self.outbox_dispatcher is not None:
            # Connected again: the one on the database before lets go of it.
            self.outbox_dispatcher.ask_to_stop()
            self._old_dispatchers = (*self._old_dispatchers, self.outbox_dispatcher)
        self.outbox_dispatcher = BackgroundDispatcher(partial(window_dispatcher, db, self.settings))
        self.outbox_dispatcher.start()

    def _stop_outbox_dispatchers(self) -> None:
        """At close: every dispatcher stops; each is waited for a few seconds at most."""
        stopping = [*self._old_dispatchers]
        if self.outbox_dispatcher is not None:
            stopping.append(self.outbox_dispatcher)
        for dispatcher in stopping:
            dispatcher.ask_to_stop()
        for dispatcher in stopping:
            dispatcher.stop()
        self._old_dispatchers = ()

    def _read_counter_settings(self) -> None:
        """This counter's settings kept in the shop's database (set in the back office)."""
        station = self.station
        if station is None:
            return
        ServiceCall(
            self,
            "read the counter's settings",
            partial(_counter_settings, station.db, station.counter.counter_code),
            self.apply_counter_settings,
        ).quietly().run()

    @Slot(object)
    def apply_counter_settings(self, counter: CounterSettings) -> None:
        """A value set for this counter in the database wins over this PC's settings.toml."""
        station = self.station
        if station is None:
            return
        pc = self.settings
        station.printer = pc.printer if counter.printer is None else counter.printer
        station.print_copies = (
            pc.print_copies if counter.print_copies is None else counter.print_copies
        )
        station.print_automatically = (
            pc.print_automatically
            if counter.print_automatically is None
            else counter.print_automatically
        )
        minutes = (
            pc.idle_lock_minutes if counter.idle_lock_minutes is None else counter.idle_lock_minutes
        )
        self.idle_timer.setInterval(minutes * 60_000)
        station.drawer = _drawer_port(pc, counter)
        # The language only when this counter has one, and only once: a clerk's choice in
        # the menu is not undone by a reconnect.
        if counter.language is not None and not self._counter_language_applied:
            self._counter_language_applied = True
            if counter.language != language_switcher().language:
                language_switcher().set_language(counter.language)

    # --- sign-in and shift ---------------------------------------------------------------

    def _show_sign_in(self, hint: str = "") -> None:
        from counter_app.gui.sign_in_screen import SignInScreen  # noqa: PLC0415

        if self.sign_in_screen is None:
            self.sign_in_screen = SignInScreen()
            self.sign_in_screen.signInRequested.connect(self._on_sign_in_requested)
            self.screens.addWidget(self.sign_in_screen)
        if not hint and self.settings.demo:
            from counter_app.services.demo import GUI_DEMO_PASSWORD  # noqa: PLC0415

            hint = self.tr("Demo: clerk, supervisor or manager, password {password}").format(
                password=GUI_DEMO_PASSWORD
            )
        self.screens.setCurrentWidget(self.sign_in_screen)
        self.sign_in_screen.reset(hint=hint)

    @Slot(str, str)
    def _on_sign_in_requested(self, username: str, password: str) -> None:
        station, screen = self.station, self.sign_in_screen
        if station is None or screen is None:
            return
        ServiceCall(
            screen, "sign in", partial(station.sign_in, username, password), self._on_signed_in
        ).failure(lambda error: screen.show_error(describe(error))).not_done(
            lambda error: screen.show_error(self._step_not_done(error))
        ).run()

    def _on_signed_in(self, result: tuple[Clerk, OpenShift | None]) -> None:
        clerk, shift = result
        if self.station is None:
            return
        if clerk.must_change_password:
            # An admin reset it: the clerk chooses their own before anything else.
            self._must_change_for = clerk.username
            self._show_change_password(clerk.display_name, forced=True)
            return
        self.station.clerk = clerk
        self.shift_open = shift is not None
        self._show_state()
        self.idle_timer.start()
        if shift is None:
            self._show_open_shift()
        else:
            self.show_line_sale_screen()

    # --- a member of staff's own password ----------------------------------------------

    @Slot()
    def change_password(self) -> None:
        """From the menu: the clerk signed in changes their password, then goes back."""
        clerk = self.station.clerk if self.station is not None else None
        if clerk is None or self.locked or self._changing_from is not None:
            return
        self._changing_from = self.screens.currentWidget()
        self._show_change_password(clerk.display_name, forced=False)

    def _show_change_password(self, name: str, *, forced: bool) -> None:
        from counter_app.gui.sign_in_screen import ChangePasswordScreen  # noqa: PLC0415

        if self.change_password_screen is None:
            self.change_password_screen = ChangePasswordScreen()
            self.change_password_screen.changeRequested.connect(self._on_change_requested)
            self.change_password_screen.cancelled.connect(self._on_change_cancelled)
            self.screens.addWidget(self.change_password_screen)
        self.screens.setCurrentWidget(self.change_password_screen)
        self.change_password_screen.start(name, forced=forced)

    @Slot(str, str)
    def _on_change_requested(self, password: str, new_password: str) -> None:
        station, screen = self.station, self.change_password_screen
        if station is None or screen is None:
            return
        forced = screen.forced
        username = (
            self._must_change_for
            if forced
            else (station.clerk.username if station.clerk is not None else None)
        )
        if username is None:
            return
        work = partial(station.change_password, username, password, new_password)
        ServiceCall(screen, "change password", work, self._on_password_changed).failure(
            lambda error: screen.show_error(describe(error), field=error.field)
        ).not_done(lambda error: screen.show_error(self._step_not_done(error))).run()

    def _on_password_changed(self, result: tuple[Clerk, OpenShift | None]) -> None:
        clerk, _shift = result
        if self.station is None:
            return
        if self._must_change_for is not None:
            self._must_change_for = None
            self._on_signed_in(result)
        else:
            self.station.clerk = clerk
            self._leave_change_password()
        self.statusBar().showMessage(self.tr("Your password is changed."), 8000)
        log.gui.info("%s changed their password", clerk.username)

    @Slot()
    def _on_change_cancelled(self) -> None:
        if self._must_change_for is not None:
            self._must_change_for = None
            self._show_sign_in()
        else:
            self._leave_change_password()

    def _leave_change_password(self) -> None:
        back, self._changing_from = self._changing_from, None
        if back is not None:
            self.screens.setCurrentWidget(back)
            if back.focusWidget() is not None:
                back.focusWidget().setFocus()

    def _show_open_shift(self) -> None:
        from counter_app.gui.sign_in_screen import OpenShiftScreen  # noqa: PLC0415

        if self.open_shift_screen is None:
            self.open_shift_screen = OpenShiftScreen()
            self.open_shift_screen.openRequested.connect(self._on_open_shift_requested)
            self.open_shift_screen.backOfficeRequested.connect(self.back_office)
            self.screens.addWidget(self.open_shift_screen)
        self.screens.setCurrentWidget(self.open_shift_screen)
        self.open_shift_screen.allow_back_office(self._may_work_without_shift())
        self.open_shift_screen.reset()

    def _may_work_without_shift(self) -> bool:
        """Supervisors and managers read reports and history after closing up; a clerk
        has nothing to do there without a shift."""
        clerk = self.station.clerk if self.station is not None else None
        return clerk is not None and clerk.role in (Role.SUPERVISOR, Role.ADMIN)

    def _opened(self, _shift: object) -> None:
        self.shift_open = True
        self.show_line_sale_screen()

    @Slot(int)
    def _on_open_shift_requested(self, float_amount: int) -> None:
        station, screen = self.station, self.open_shift_screen
        if station is None or screen is None:
            return
        work = partial(station.open_shift, station.signed_in(), float_amount)
        ServiceCall(screen, "open shift", work, self._opened).failure(
            lambda error: screen.show_error(describe(error))
        ).not_done(lambda error: screen.show_error(self._step_not_done(error))).run()

    def _on_line_sale_screen_imported(self, _result: object) -> None:
        self._prepare_line_sale_screen()

    def _prepare_line_sale_screen(self) -> LineSaleScreen | None:
        """Build the line sale screen (hidden) ahead of need: while the clerk signs in."""
        from counter_app.gui.line_sale_screen import LineSaleScreen  # noqa: PLC0415

        if self.station is None:
            return None
        if self.line_sale_screen is None:
            self.line_sale_screen = LineSaleScreen(self.station)
            # Everything built so far lives as long as the window: out of the collector's
            # way, so that a full collection (tens of ms with SQLAlchemy and Qt wrappers
            # loaded) never runs over them on the GUI thread again.
            gc.freeze()
            # ...and again once the first receipt is on screen: ReportLab, the font and
            # SQLAlchemy's statement caches are loaded by then and stay for the day.
            screen = self.line_sale_screen
            screen.receipt_panel.shown.connect(_freeze_once)
            screen.newSimRequested.connect(self.new_sim)
            screen.voucherRequested.connect(self.sell_voucher)
            screen.backOfficeRequested.connect(self.back_office)
            screen.drawerRequested.connect(self.open_drawer)
            QTimer.singleShot(0, screen, partial(self._add_screen, screen))
            # Each step's first showing (style polish, layouts) is done now, hidden, a
            # page per turn of the event loop, instead of during the first customer.
            screen.warm_up()
        return self.line_sale_screen

    def _add_screen(self, screen: QWidget | None) -> None:
        # Its own turn of the event loop: the stack lays out the new page then.
        if screen is not None and self.screens.indexOf(screen) < 0:
            self.screens.addWidget(screen)

    @Slot()
    @Slot(str)
    def show_line_sale_screen(self, number: str = "") -> None:
        """The line sale screen for the next customer; with *number*, looked up at once."""
        screen = self._prepare_line_sale_screen()
        if screen is None:
            return
        first = not self._line_sale_screen_shown
        self._line_sale_screen_shown = True
        self._add_screen(screen)
        self.screens.setCurrentWidget(screen)
        screen.next_customer(number)
        if first:
            screen.offer_unfinished()

    def _line_sale_screen_gives_way(self) -> bool:
        """From the line sale screen only, and not while a sale completes there; a draft
        in progress is given up (it stays in the database, abandoned)."""
        screen = self.line_sale_screen
        if screen is None or self.screens.currentWidget() is not screen or screen.busy:
            return False
        screen.give_up_sale()
        return True

    @Slot()
    def open_drawer(self) -> None:
        """F7: the cash drawer without a sale, for a reason (asked for in a small dialog)."""
        from counter_app.gui.drawer import DrawerDialog  # noqa: PLC0415

        station = self.station
        if station is None or station.clerk is None or self.locked or not self.shift_open:
            return
        if self.screens.currentWidget() is self.sign_in_screen:
            return
        if not station.drawer.fitted:
            messages.show_error(
                self,
                self.tr("Cash drawer"),
                describe(InputError("this counter has no cash drawer", code=ErrorCode.DRAWER_NONE)),
            )
            return
        dialog = DrawerDialog(station, self)
        dialog.setObjectName("drawerDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def sell_voucher(self) -> None:
        """The PIN voucher sale, from the line sale screen when no sale is in progress there."""
        from counter_app.gui.voucher_screen import VoucherScreen  # noqa: PLC0415

        if self.station is None or not self._line_sale_screen_gives_way():
            return
        if self.voucher_screen is None:
            self.voucher_screen = VoucherScreen(self.station)
            self.voucher_screen.finished.connect(self.show_line_sale_screen)
            self.screens.addWidget(self.voucher_screen)
        self.screens.setCurrentWidget(self.voucher_screen)
        # Fresh stock, and the focus on the list: ↑/↓ and Enter work at once.
        self.voucher_screen.next_customer()

    @Slot()
    def new_sim(self) -> None:
        """New SIM registration, from the line sale screen when no sale is in progress there."""
        from counter_app.gui.new_sim_screen import NewSimScreen  # noqa: PLC0415

        if self.station is None or not self._line_sale_screen_gives_way():
            return
        if self.new_sim_screen is None:
            self.new_sim_screen = NewSimScreen(self.station)
            self.new_sim_screen.finished.connect(self.show_line_sale_screen)
            self.screens.addWidget(self.new_sim_screen)
        self.screens.setCurrentWidget(self.new_sim_screen)
        self.new_sim_screen.start()  # it puts the focus where Enter agrees to the statement

    @Slot()
    def back_office(self) -> None:
        """The back office, from the line sale screen when no sale is in progress there."""
        from counter_app.gui.back_office import BackOfficeScreen  # noqa: PLC0415

        if self.station is None:
            return
        waiting = self.open_shift_screen
        if waiting is not None and self.screens.currentWidget() is waiting:
            if not self._may_work_without_shift():
                waiting.show_error(
                    self.tr(
                        "Open a shift first: only a supervisor or a manager may use the back office without one."  # noqa: E501
                    )
                )
                return
        elif not self._line_sale_screen_gives_way():
            return
        if self.back_office_screen is None:
            self.back_office_screen = BackOfficeScreen(self.station)
            self.back_office_screen.finished.connect(self._leave_back_office)
            self.back_office_screen.shiftClosed.connect(self._on_shift_closed)
            self.back_office_screen.counterSettingsChanged.connect(self.apply_counter_settings)
            self.screens.addWidget(self.back_office_screen)
        self.screens.setCurrentWidget(self.back_office_screen)
        self.back_office_screen.enter()

    @Slot()
    def _leave_back_office(self) -> None:
        """Back to the counter, or to the float when no shift is open (nothing to sell)."""
        if self.shift_open:
            self.show_line_sale_screen()
        elif self.station is not None and self.station.clerk is not None:
            self._show_open_shift()

    @Slot()
    def _on_shift_closed(self) -> None:
        """The shift was closed in the back office: the next one starts with its float."""
        self.shift_open = False
        if self.station is not None and self.station.clerk is not None:
            self._show_open_shift()

    # --- idle lock and switching clerk ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the application: identity tests on the three enum
        # members only (a set lookup hashes a Python enum; super() is one more C++ call).
        kind = event.type()
        if (kind is _KEY_PRESS or kind is _MOUSE_PRESS or kind is _WHEEL) and (
            self.idle_timer.isActive()
        ):
            self.idle_timer.start()
        return False

    @Slot()
    def lock_now(self) -> None:
        """Lock the counter; whatever screen and sale were showing wait behind the lock."""
        from counter_app.gui.sign_in_screen import LockScreen  # noqa: PLC0415

        clerk = self.station.clerk if self.station is not None else None
        if clerk is None or self._locked_from is not None:
            return
        if self.lock_screen is None:
            self.lock_screen = LockScreen()
            self.lock_screen.unlockRequested.connect(self._on_unlock_requested)
            self.screens.addWidget(self.lock_screen)
        self.idle_timer.stop()
        self._locked_from = self.screens.currentWidget()
        self.screens.setCurrentWidget(self.lock_screen)
        self.lock_screen.lock(clerk.display_name)
        log.gui.info("counter locked for %s", clerk.username)

    @property
    def locked(self) -> bool:
        return self._locked_from is not None

    @Slot(str)
    def _on_unlock_requested(self, password: str) -> None:
        station, screen = self.station, self.lock_screen
        if station is None or screen is None or station.clerk is None:
            return
        work = partial(station.sign_in, station.clerk.username, password)
        ServiceCall(screen, "unlock", work, self._on_unlocked).failure(
            lambda error: screen.show_error(describe(error))
        ).not_done(lambda error: screen.show_error(self._step_not_done(error))).run()

    def _on_unlocked(self, result: tuple[Clerk, OpenShift | None]) -> None:
        clerk, _shift = result
        if self.station is None or self.station.clerk is None or self._locked_from is None:
            return
        if clerk.id != self.station.clerk.id:
            return
        back, self._locked_from = self._locked_from, None
        self.screens.setCurrentWidget(back)
        self.idle_timer.start()
        if back.focusWidget() is not None:
            back.focusWidget().setFocus()

    @Slot()
    def switch_clerk(self) -> None:
        """Sign the clerk out; a sale in progress is given up (its draft is abandoned)."""
        if self.station is None or self.station.clerk is None:
            return
        if self.line_sale_screen is not None:
            self.line_sale_screen.give_up_sale()
        self.station.clerk = None
        self._locked_from = self._changing_from = None
        self.idle_timer.stop()
        self._show_state()
        self._show_sign_in()

    def _step_not_done(self, error: BaseException) -> str:
        """What a sign-in or shift screen says inline when the database or a bug stopped it
        (the banner or the bug's dialog says the rest)."""
        if isinstance(error, OutsideError):
            return self.tr("The database did not answer: try again.")
        return self.tr("Something went wrong.")

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
        """The database as the status bar shows it: a chain's URL naming a primary and its
        standby is elided in the middle (the whole of it is the label's tooltip)."""
        path = sqlite_path(self.settings.database_url)
        if path is not None:
            return f"SQLite {path.name}"
        label = self._status_labels["database"]
        return label.fontMetrics().elidedText(
            self.settings.database_description, Qt.TextElideMode.ElideMiddle, STATUS_DATABASE_PX
        )

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
            set_style_state(widget, "state", self.database_state)
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
        clerk = self.station.clerk if self.station is not None else None
        labels["clerk"].setText(
            self.tr("Clerk: {name}").format(name=clerk.display_name)
            if clerk is not None
            else self.tr("Clerk: not signed in")
        )
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

    @Slot(str)
    def _on_database_lost(self, details: str) -> None:
        reason = database_watch().reason
        if reason:  # what failed and what to do: a full disk is not a network cut
            self.banner_ui.databaseBannerLabel.setText(
                self.tr("{reason} The sale in progress is kept; nothing is lost.").format(
                    reason=reason
                )
            )
        else:
            self.banner_ui.retranslateUi(self.banner)
        # What the driver said is for the log, not the clerk: it is English whatever the
        # window's language, so it is not the banner's tooltip.
        self.banner.show()
        log.gui.warning("database not answering: %s", details)

    @Slot()
    def _on_database_answered(self) -> None:
        self.banner.hide()
        self.banner_ui.retranslateUi(self.banner)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.banner_ui.retranslateUi(self.banner)
            self.ui.retranslateUi(self)
            self._show_state()
        super().changeEvent(event)

    @Slot()
    def _on_about(self) -> None:
        # Imported on first use: reading package metadata is not start-up work.
        from counter_app.gui.about_dialog import AboutDialog  # noqa: PLC0415

        dialog = AboutDialog(self.settings.database_description, self)
        dialog.open()

    @Slot()
    def show_keys(self) -> None:
        """Help > Keys: every key on one page (not modal: it may stay open beside a sale)."""
        from counter_app.gui.keys_dialog import KeysDialog  # noqa: PLC0415

        actions = [self.ui.menuFile, self.ui.menuHelp]
        dialog = KeysDialog([action for menu in actions for action in menu.actions()], self)
        dialog.setObjectName("keysDialog")
        dialog.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_timer.stop()
        if self.isVisible():
            save_placement(self, placement_path(self.settings.paths.config_dir))
        watch = database_watch()
        if self._watching_database:
            self._watching_database = False
            watch.banners -= 1
            watch.lost.disconnect(self._on_database_lost)
            watch.answered.disconnect(self._on_database_answered)
            self.banner_ui.databaseBannerRetryButton.clicked.disconnect(watch.retry)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        # Before the database goes: the dispatcher records the answer it is waiting for.
        self._stop_outbox_dispatchers()
        if self.database is not None:
            # A sale may be completing in the background: let it commit before the
            # connections go (a task started after dispose() would open a new pool
            # that nothing ever closes).
            if not wait_for_tasks(SHUTDOWN_WAIT_MS):
                log.gui.warning("background work still running at close")
            self.database.dispose()
            self.database = None
        log.gui.info("main window closed")
        super().closeEvent(event)
