"""The screen that faces the customer: bilingual, large, read-only.

It draws whatever :func:`counter_app.gui.customer_view.customer_facing` last published:
the shop's name and logo between customers; during a sale the number being served in
full and large (the customer checks it), the carrier, the plan, the new expiry, the
total, then the cash handed over and the change, and the FPS QR code when FPS pays;
"thank you" with the receipt number when done. It holds no sale and calls no service:
closing it, or unplugging its monitor, changes nothing at the counter.

Chinese and English together, always (the customer's language is not the clerk's); the
Chinese is Simplified when the clerk's window is, Traditional otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QGuiApplication, QPixmap, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QWidget

from counter_app.domain.customer_screen import (
    CustomerSaleKind,
    CustomerState,
    Idle,
    Serving,
    Thanks,
)
from counter_app.domain.money import format_money
from counter_app.gui.customer_view import customer_facing
from counter_app.gui.forms.ui_customer_screen import Ui_CustomerScreen
from counter_app.gui.i18n import language_switcher
from counter_app.gui.qr_view import QrView

# "Thank you" stays this long, then the shop's welcome (the next customer is walking up).
THANKS_MS: Final = 30_000

# (Traditional, Simplified, English): both Chinese forms of each text the customer reads.
_TEXT: Final[dict[str, tuple[str, str, str]]] = {
    "welcome": ("歡迎光臨", "欢迎光临", "Welcome"),
    "number": ("號碼", "号码", "Number"),
    "new_number": ("新號碼", "新号码", "New number"),
    "carrier": ("網絡商", "运营商", "Carrier"),
    "plan": ("計劃", "计划", "Plan"),
    "voucher": ("充值券", "充值券", "PIN voucher"),
    "expiry": ("新到期日", "新到期日", "New expiry"),
    "valid_until": ("有效期至", "有效期至", "Valid until"),
    "total": ("總額", "总额", "Total"),
    "tendered": ("已收現金", "已收现金", "Cash received"),
    "change": ("找續", "找零", "Change"),
    "fps": (
        "請用銀行應用程式掃描以轉數快付款",
        "请用银行应用程序扫描以转数快付款",
        "Scan with your bank app to pay by FPS",
    ),
    "fps_amount": ("轉數快付款", "转数快付款", "Pay by FPS"),
    "thanks": ("多謝惠顧", "多谢惠顾", "Thank you"),
    "receipt": ("收據編號", "收据编号", "Receipt no."),
    "check": (
        "請核對號碼是否正確",
        "请核对号码是否正确",
        "Please check the number is right",
    ),
}


def bilingual(key: str, simplified: bool, *, separator: str = "  ") -> str:
    """The text *key* in Chinese (Simplified when *simplified*) and English."""
    traditional, simple, english = _TEXT[key]
    return f"{simple if simplified else traditional}{separator}{english}"


def choose_screen(setting: str, names: Sequence[str], window_screen: int) -> int | None:
    """Which of the system's screens (*names*, in the system's order) faces the customer.

    *setting*: "" = none; "auto" = the first screen the counter's window is not on
    (*window_screen*, an index; none when there is only one); "2" = the second screen;
    otherwise a screen's name ("HDMI-2", any case). None when that screen is not there.
    """
    wanted = setting.strip()
    if not wanted:
        return None
    if wanted.lower() == "auto":
        return next((i for i in range(len(names)) if i != window_screen), None)
    if wanted.isascii() and wanted.isdecimal():
        index = int(wanted) - 1
        return index if 0 <= index < len(names) else None
    return next((i for i, name in enumerate(names) if name.lower() == wanted.lower()), None)


class CustomerScreen(QWidget):
    """The customer's window; it follows :func:`customer_facing` and nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # Never takes the keyboard from the clerk: shown, it leaves the counter's window
        # active (a clerk types the next number without looking up).
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui = Ui_CustomerScreen()
        self.ui.setupUi(self)
        self.setObjectName("customerScreen")
        self.qr_view = QrView(self.ui.customerFpsPanel, min_module=5)
        self.qr_view.setObjectName("customerFpsCode")
        self.ui.customerFpsCodeLayout.addWidget(self.qr_view, 1)
        self._logo = QPixmap()
        self._logo_data = b""
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.setInterval(THANKS_MS)
        self._thanks_timer.timeout.connect(self._on_thanks_over)
        facing = customer_facing()
        facing.changed.connect(self._on_state)
        language_switcher().changed.connect(self._on_language)
        self._state: CustomerState = facing.state()
        self._show(self._state)

    # --- public --------------------------------------------------------------------------

    def state(self) -> CustomerState:
        """The state this screen shows."""
        return self._state

    # --- drawing -------------------------------------------------------------------------

    @property
    def _simplified(self) -> bool:
        return language_switcher().language == "zh_CN"

    @Slot(object)
    def _on_state(self, state: CustomerState) -> None:
        self._show(state)

    @Slot(str)
    def _on_language(self, _language: str) -> None:
        self._show(self._state)

    @Slot()
    def _on_thanks_over(self) -> None:
        if isinstance(self._state, Thanks):
            self._show(customer_facing().welcome_state())

    def _show(self, state: CustomerState) -> None:
        self._state = state
        ui = self.ui
        simplified = self._simplified
        if isinstance(state, Thanks):
            self._thanks_timer.start()
        else:
            self._thanks_timer.stop()
        if isinstance(state, Idle):
            self._show_idle(state, simplified)
            ui.customerStack.setCurrentWidget(ui.customerIdlePage)
        elif isinstance(state, Serving):
            self._show_serving(state, simplified)
            ui.customerStack.setCurrentWidget(ui.customerSalePage)
        else:
            self._show_thanks(state, simplified)
            ui.customerStack.setCurrentWidget(ui.customerThanksPage)
        self._scale()

    def _show_idle(self, state: Idle, simplified: bool) -> None:
        ui = self.ui
        ui.customerShopLabel.clear()
        if state.logo != self._logo_data:
            self._logo_data = state.logo
            self._logo = QPixmap()
            if state.logo:
                self._logo.loadFromData(state.logo)
        ui.customerLogoLabel.setVisible(not self._logo.isNull())
        welcome = _TEXT["welcome"]
        ui.customerWelcomeLabel.setText(
            state.shop_name_zh or (welcome[1] if simplified else welcome[0])
        )
        ui.customerWelcomeEnLabel.setText(state.shop_name_en or welcome[2])

    def _show_serving(self, state: Serving, simplified: bool) -> None:
        ui = self.ui
        self._show_shop_header()
        new_number = state.kind is CustomerSaleKind.NEW_SIM
        ui.customerNumberCaptionLabel.setText(
            bilingual("new_number" if new_number else "number", simplified)
            + "  ·  "
            + bilingual("check", simplified, separator=" ")
        )
        has_number = bool(state.number)
        ui.customerNumberCaptionLabel.setVisible(has_number)
        ui.customerNumberLabel.setVisible(has_number)
        ui.customerNumberLabel.setText(state.number)
        ui.customerCarrierLabel.setText(
            f"{bilingual('carrier', simplified)}:  {state.carrier_zh}  {state.carrier_en}"
        )
        plan_key = "voucher" if state.kind is CustomerSaleKind.VOUCHER else "plan"
        ui.customerPlanLabel.setVisible(bool(state.plan_zh or state.plan_en))
        ui.customerPlanLabel.setText(
            f"{bilingual(plan_key, simplified)}:  {_both(state.plan_zh, state.plan_en)}"
        )
        expiry = _expiry_text(state, simplified)
        ui.customerExpiryLabel.setVisible(bool(expiry))
        ui.customerExpiryLabel.setText(expiry)
        has_total = state.total is not None
        ui.customerTotalCaptionLabel.setVisible(has_total)
        ui.customerTotalLabel.setVisible(has_total)
        ui.customerTotalCaptionLabel.setText(bilingual("total", simplified))
        ui.customerTotalLabel.setText(format_money(state.total) if state.total is not None else "")
        cash = []
        if state.tendered is not None:
            cash.append(f"{bilingual('tendered', simplified)}  {format_money(state.tendered)}")
        if state.change is not None:
            cash.append(f"{bilingual('change', simplified)}  {format_money(state.change)}")
        ui.customerCashLabel.setVisible(bool(cash))
        ui.customerCashLabel.setText("\n".join(cash))
        ui.customerFpsPanel.setVisible(bool(state.fps_code))
        self.qr_view.set_text(state.fps_code)
        ui.customerFpsCaptionLabel.setText(bilingual("fps", simplified, separator="\n"))
        ui.customerFpsAmountLabel.setText(
            f"{bilingual('fps_amount', simplified)}  {format_money(state.fps_amount)}"
            if state.fps_amount is not None
            else ""
        )

    def _show_thanks(self, state: Thanks, simplified: bool) -> None:
        ui = self.ui
        self._show_shop_header()
        ui.customerThanksLabel.setText(bilingual("thanks", simplified))
        ui.customerReceiptLabel.setText(f"{bilingual('receipt', simplified)}  {state.receipt_no}")
        ui.customerChangeLabel.setVisible(state.change > 0)
        ui.customerChangeLabel.setText(
            f"{bilingual('change', simplified)}  {format_money(state.change)}"
        )

    def _show_shop_header(self) -> None:
        welcome = customer_facing().welcome_state()
        self.ui.customerShopLabel.setText(
            _both(welcome.shop_name_zh, welcome.shop_name_en, separator="   ")
        )

    def _scale(self) -> None:
        """Type as large as the window allows: the number reads from a step away."""
        height = max(self.height(), 300)
        ui = self.ui
        sizes: dict[QLabel, int] = {
            ui.customerShopLabel: height // 28,
            ui.customerWelcomeLabel: height // 8,
            ui.customerWelcomeEnLabel: height // 14,
            ui.customerNumberCaptionLabel: height // 30,
            ui.customerNumberLabel: height // 9,
            ui.customerCarrierLabel: height // 24,
            ui.customerPlanLabel: height // 24,
            ui.customerExpiryLabel: height // 24,
            ui.customerTotalCaptionLabel: height // 26,
            ui.customerTotalLabel: height // 9,
            ui.customerCashLabel: height // 20,
            ui.customerFpsCaptionLabel: height // 32,
            ui.customerFpsAmountLabel: height // 26,
            ui.customerThanksLabel: height // 9,
            ui.customerReceiptLabel: height // 18,
            ui.customerChangeLabel: height // 14,
        }
        bold = {ui.customerNumberLabel, ui.customerTotalLabel, ui.customerThanksLabel}
        for label, pixels in sizes.items():
            font = label.font()
            font.setPixelSize(max(pixels, 12))
            font.setBold(label in bold)
            label.setFont(font)
        width = self.width() - 48
        number = ui.customerNumberLabel
        # A long number (a mainland one with its +86) still fits on one line.
        while number.font().pixelSize() > 16 and number.sizeHint().width() > width * 3 // 5:
            font = number.font()
            font.setPixelSize(font.pixelSize() - 2)
            number.setFont(font)
        if not self._logo.isNull():
            side = height // 3
            ui.customerLogoLabel.setPixmap(
                self._logo.scaled(
                    QSize(side * 2, side),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    # --- QWidget -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A platform that activates every window it shows (some do, whatever the hints):
        # the keyboard goes straight back to the counter's window.
        owner = self.parentWidget()
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and owner:
            owner.activateWindow()


def _both(zh: str, en: str, *, separator: str = "  ") -> str:
    return separator.join(part for part in (zh, en) if part)


def _expiry_text(state: Serving, simplified: bool) -> str:
    after: date | None = state.expires_after
    if after is None or after == state.expires_before:
        return ""
    key = "valid_until" if state.kind is CustomerSaleKind.NEW_SIM else "expiry"
    if state.expires_before is not None:
        return f"{bilingual(key, simplified)}:  {state.expires_before} → {after}"
    return f"{bilingual(key, simplified)}:  {after}"


class CustomerScreenKeeper(QObject):
    """Puts the customer's window on the screen this counter's settings name, keeps it
    there as monitors come and go, and lets the clerk show or hide it (*action*).

    *setting* is ``customer_screen``: "" none, "auto", a number or a screen's name. With
    none (or that screen not plugged in) the window is shown only when the clerk asks,
    as an ordinary window (to check what the customer would see).
    """

    def __init__(self, setting: str, window: QWidget, action: QAction) -> None:
        super().__init__(window)
        self._setting = setting
        self._window = window
        self._action = action
        self.screen_window: CustomerScreen | None = None
        # None: follow the settings; True / False: the clerk showed / hid it.
        self._wanted: bool | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_screens_changed)
            app.screenRemoved.connect(self._on_screens_changed)
        action.setCheckable(True)
        action.toggled.connect(self._on_toggled)
        self._place()

    def target(self) -> QScreen | None:
        """The screen the settings name, if it is plugged in."""
        screens = QGuiApplication.screens()
        current = self._window.screen()
        index = choose_screen(
            self._setting,
            [screen.name() for screen in screens],
            screens.index(current) if current in screens else 0,
        )
        return None if index is None else screens[index]

    def _ensure_window(self) -> CustomerScreen:
        if self.screen_window is None:
            self.screen_window = CustomerScreen(self._window)
            self.screen_window.installEventFilter(self)
        return self.screen_window

    def _place(self) -> None:
        target = self.target()
        show = self._wanted if self._wanted is not None else target is not None
        if show and target is not None:
            window = self._ensure_window()
            window.setScreen(target)
            window.setGeometry(target.geometry())
            # Not showFullScreen(): it activates the window, taking the clerk's keyboard.
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
            window.show()
        elif show:
            window = self._ensure_window()
            if window.isFullScreen():
                window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
            window.resize(window.size().expandedTo(QSize(800, 480)))
            window.show()
        elif self.screen_window is not None:
            # Hidden, or its monitor went away: the counter carries on all the same.
            self.screen_window.hide()
        self._check_action()

    def _check_action(self) -> None:
        shown = self.screen_window is not None and self.screen_window.isVisible()
        if self._action.isChecked() != shown:
            self._action.blockSignals(True)
            self._action.setChecked(shown)
            self._action.blockSignals(False)

    @Slot(QScreen)
    def _on_screens_changed(self, _screen: QScreen) -> None:
        # Once the system has settled the new arrangement.
        QTimer.singleShot(0, self, self._place)

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        self._wanted = checked
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Closed by the window manager: hidden, and the menu says so; never destroyed here.
        if watched is self.screen_window and event.type() == QEvent.Type.Close:
            event.ignore()
            self._wanted = False
            self.screen_window.hide()
            self._check_action()
            return True
        return False
