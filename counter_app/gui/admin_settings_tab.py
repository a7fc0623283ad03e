"""Shop and counter settings, and erasing identity data kept longer than the shop allows.

An admin edits the shop's part (receipt header and footer, paper, retention, thresholds, the
FPS account the payment page's QR code pays), a supervisor this counter's part (printer,
copies, language, idle lock, cash drawer); each sees the rest read-only. A bad value is
named next to its field and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Final, TypeVar

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from counter_app.domain.clock import Clock
from counter_app.domain.errors import InputError
from counter_app.domain.money import format_money
from counter_app.domain.staff import Clerk
from counter_app.gui import messages
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_admin_settings_tab import Ui_AdminSettingsTab
from counter_app.gui.not_done import say_not_done
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.services import retention, shop_settings
from counter_app.services.permissions import Action, allowed
from counter_app.services.shop_settings import CounterSettings, ShopSettings
from counter_app.store.engine import Database

T = TypeVar("T")
# The text fields of the shop's form: ShopSettings field -> the form's input.
_SHOP_TEXTS: Final = {
    "name_zh": "nameZhInput",
    "name_en": "nameEnInput",
    "address_zh": "addressZhInput",
    "address_en": "addressEnInput",
    "phone": "phoneInput",
    "br_number": "brNumberInput",
    "receipt_hotline": "hotlineInput",
    "receipt_footer_zh": "footerZhInput",
    "receipt_footer_en": "footerEnInput",
    "fps_proxy": "fpsProxyInput",
    "fps_merchant_name": "fpsMerchantNameInput",
    "fps_city": "fpsCityInput",
}
# Every setting's error label, by the field the services name in InputError.field.
_ERROR_LABELS: Final = {
    "name_zh": "nameZhErrorLabel",
    "name_en": "nameEnErrorLabel",
    "address_zh": "addressZhErrorLabel",
    "address_en": "addressEnErrorLabel",
    "phone": "phoneErrorLabel",
    "br_number": "brNumberErrorLabel",
    "receipt_hotline": "hotlineErrorLabel",
    "receipt_footer_zh": "footerZhErrorLabel",
    "receipt_footer_en": "footerEnErrorLabel",
    "receipt_paper": "paperErrorLabel",
    "receipt_chinese": "chineseErrorLabel",
    "low_stock_threshold": "lowStockErrorLabel",
    "variance_reason_threshold": "varianceErrorLabel",
    "id_retention_months": "retentionErrorLabel",
    "printer": "printerErrorLabel",
    "print_copies": "copiesErrorLabel",
    "print_automatically": "printAutomaticallyErrorLabel",
    "language": "languageErrorLabel",
    "idle_lock_minutes": "idleLockErrorLabel",
    "fps_proxy": "fpsProxyErrorLabel",
    "fps_merchant_name": "fpsMerchantNameErrorLabel",
    "fps_city": "fpsCityErrorLabel",
    "drawer_printer": "drawerPrinterErrorLabel",
    "drawer_pin": "drawerPinErrorLabel",
    "drawer_on_ms": "drawerOnErrorLabel",
    "drawer_off_ms": "drawerOffErrorLabel",
}
_FOCUS: Final = {
    **_SHOP_TEXTS,
    "receipt_paper": "paperCombo",
    "receipt_chinese": "chineseCombo",
    "low_stock_threshold": "lowStockSpin",
    "variance_reason_threshold": "varianceInput",
    "id_retention_months": "retentionSpin",
    "printer": "printerCombo",
    "print_copies": "copiesSpin",
    "print_automatically": "printAutomaticallyCombo",
    "language": "languageCombo",
    "idle_lock_minutes": "idleLockSpin",
    "drawer_printer": "drawerPrinterCombo",
    "drawer_pin": "drawerPinCombo",
    "drawer_on_ms": "drawerOnSpin",
    "drawer_off_ms": "drawerOffSpin",
}
# The language names are written in their own language, as language pickers do.
_LANGUAGE_NAMES: Final = (("zh_HK", "繁體中文（香港）"), ("en", "English"), ("zh_CN", "简体中文"))


@dataclass(frozen=True)
class LoadedSettings:
    """What the tab shows: the shop's and this counter's settings, printers, the font's state."""

    shop: ShopSettings
    counter: CounterSettings
    printers: list[str]
    font_problem: str | None


def _load(db: Database, shop_id: int, counter_code: str) -> LoadedSettings:
    """In the background: the settings, the printers of this PC and the font's state."""
    from counter_app.gui.printer import printer_names  # noqa: PLC0415 - QtPrintSupport
    from counter_app.printing.fonts import font_problem  # noqa: PLC0415 - ReportLab

    shop = shop_settings.shop_settings(db, shop_id)
    counter = shop_settings.counter_settings(db, counter_code, shop_id=shop_id)
    return LoadedSettings(
        shop=shop,
        counter=counter,
        printers=printer_names(),
        font_problem=font_problem(shop.cjk_font_path or None),
    )


def _save(
    db: Database,
    clerk: Clerk,
    counter_code: str,
    *,
    shop: dict[str, object] | None,
    counter: dict[str, object] | None,
    clock: Clock,
) -> tuple[ShopSettings | None, CounterSettings | None]:
    """In the background: both parts checked before either is saved (all or nothing)."""
    if shop is not None:
        shop_settings.check_shop_settings(shop)
    if counter is not None:
        shop_settings.check_counter_settings(counter)
    saved_shop = (
        shop_settings.save_shop_settings(db, clerk, shop, clock=clock) if shop is not None else None
    )
    saved_counter = (
        shop_settings.save_counter_settings(db, clerk, counter_code, counter, clock=clock)
        if counter is not None
        else None
    )
    return saved_shop, saved_counter


class AdminSettingsTab(QWidget):
    """The back office's settings tab.

    Signals:
        counterSettingsChanged(object): this counter's CounterSettings, after each save
            (None values: the PC's settings.toml applies).
        shopSettingsChanged(object): the shop's ShopSettings, after each save.
    """

    counterSettingsChanged = Signal(object)
    shopSettingsChanged = Signal(object)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_AdminSettingsTab()
        self.ui.setupUi(self)
        self.loaded: LoadedSettings | None = None
        self._problem_field = ""
        self._problem: InputError | None = None
        self._fill_choices()
        self.ui.fontProblemLabel.hide()
        self._clear_problems()
        self.ui.saveSettingsButton.clicked.connect(self._on_save)
        self.ui.reloadSettingsButton.clicked.connect(self._on_undo)
        self.ui.eraseButton.clicked.connect(self._on_erase_asked)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        self._apply_permissions()

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    @Slot()
    def refresh(self) -> None:
        """Read the settings again (the container calls this each time the tab shows)."""
        self._apply_permissions()
        self._load_settings(self._on_loaded)

    # --- helpers -------------------------------------------------------------------------

    def _widget(self, name: str) -> Any:
        return getattr(self.ui, name)

    def _can(self, action: Action) -> bool:
        clerk = self.station.clerk
        return clerk is not None and allowed(clerk, action)

    def _apply_permissions(self) -> None:
        shop, counter = (
            self._can(Action.SHOP_SETTINGS_EDIT),
            self._can(Action.COUNTER_SETTINGS_EDIT),
        )
        self.ui.shopGroup.setEnabled(shop)
        self.ui.fpsGroup.setEnabled(shop)
        self.ui.retentionSpin.setEnabled(shop)
        self.ui.counterGroup.setEnabled(counter)
        self.ui.eraseButton.setVisible(self._can(Action.RETENTION_RUN))
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self._can(Action.SHOP_SETTINGS_EDIT) or self._can(Action.COUNTER_SETTINGS_EDIT)
        ready = self.loaded is not None and not self.busy
        self.ui.saveSettingsButton.setEnabled(editable and ready)
        self.ui.reloadSettingsButton.setEnabled(editable and ready)
        self.ui.eraseButton.setEnabled(ready)

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _load_settings(self, shown: Callable[[LoadedSettings], None]) -> None:
        station = self.station
        work = partial(_load, station.db, station.counter.shop_id, station.counter.counter_code)
        label = self.ui.settingsMessageLabel
        ServiceCall(self, "load settings", work, shown).failure(self._show_problem).not_done(
            partial(say_not_done, label)
        ).run()

    # --- the form ------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.paperCombo.clear()
        ui.paperCombo.addItem(self.tr("80 mm roll"), "80mm")
        ui.paperCombo.addItem(self.tr("58 mm roll"), "58mm")
        ui.paperCombo.addItem(self.tr("A4 sheet"), "A4")
        ui.chineseCombo.clear()
        ui.chineseCombo.addItem(self.tr("Traditional (繁體)"), "traditional")
        ui.chineseCombo.addItem(self.tr("Simplified (简体)"), "simplified")
        ui.printAutomaticallyCombo.clear()
        ui.printAutomaticallyCombo.addItem(self.tr("This PC's setting"), None)
        ui.printAutomaticallyCombo.addItem(self.tr("Yes, when a sale completes"), True)
        ui.printAutomaticallyCombo.addItem(self.tr("No, the clerk presses Print"), False)
        ui.languageCombo.clear()
        ui.languageCombo.addItem(self.tr("This PC's setting"), None)
        for code, name in _LANGUAGE_NAMES:
            ui.languageCombo.addItem(name, code)
        ui.drawerPinCombo.clear()
        ui.drawerPinCombo.addItem(self.tr("This PC's setting"), None)
        ui.drawerPinCombo.addItem(self.tr("Pin 2 (most drawers)"), 2)
        ui.drawerPinCombo.addItem(self.tr("Pin 5"), 5)

    def _fill_printers(self, printers: list[str], chosen: str | None) -> None:
        combo = self.ui.printerCombo
        combo.clear()
        combo.addItem(self.tr("This PC's setting"), None)
        combo.addItem(self.tr("The system's default printer"), "")
        for name in printers:
            combo.addItem(name, name)
        if chosen and chosen not in printers:
            combo.addItem(
                self.tr("{printer} (not found on this PC)").format(printer=chosen), chosen
            )

    def _fill_drawer_printers(self, printers: list[str], chosen: str | None) -> None:
        combo = self.ui.drawerPrinterCombo
        combo.clear()
        combo.addItem(self.tr("This PC's setting"), None)
        combo.addItem(self.tr("No cash drawer at this counter"), "")
        for name in printers:
            combo.addItem(name, name)
        if chosen and chosen not in printers:
            combo.addItem(
                self.tr("{printer} (not found on this PC)").format(printer=chosen), chosen
            )

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _on_loaded(self, loaded: LoadedSettings) -> None:
        self.loaded = loaded
        self._show(loaded)
        self._clear_problems()
        self.ui.settingsMessageLabel.clear()
        self._update_buttons()

    def _show(self, loaded: LoadedSettings) -> None:
        ui, shop, counter = self.ui, loaded.shop, loaded.counter
        for key, name in _SHOP_TEXTS.items():
            widget: QLineEdit = self._widget(name)
            widget.setText(str(getattr(shop, key)))
        self._select(ui.paperCombo, shop.receipt_paper)
        self._select(ui.chineseCombo, shop.receipt_chinese)
        ui.lowStockSpin.setValue(shop.low_stock_threshold)
        ui.varianceInput.setText(format_money(shop.variance_reason_threshold, symbol=False))
        ui.retentionSpin.setValue(shop.id_retention_months)
        self._fill_printers(loaded.printers, counter.printer)
        self._select(ui.printerCombo, counter.printer)
        ui.copiesSpin.setValue(counter.print_copies or 0)
        self._select(ui.printAutomaticallyCombo, counter.print_automatically)
        self._select(ui.languageCombo, counter.language)
        ui.idleLockSpin.setValue(counter.idle_lock_minutes or 0)
        self._fill_drawer_printers(loaded.printers, counter.drawer_printer)
        self._select(ui.drawerPrinterCombo, counter.drawer_printer)
        self._select(ui.drawerPinCombo, counter.drawer_pin)
        ui.drawerOnSpin.setValue(counter.drawer_on_ms or 0)
        ui.drawerOffSpin.setValue(counter.drawer_off_ms or 0)
        ui.counterGroup.setTitle(
            self.tr("This counter ({counter})").format(counter=counter.counter_code)
        )
        ui.fontProblemLabel.setText(loaded.font_problem or "")
        ui.fontProblemLabel.setVisible(bool(loaded.font_problem))

    def shop_changes(self) -> dict[str, object]:
        """The shop's part of the form, as save_shop_settings takes it."""
        ui = self.ui
        changes: dict[str, object] = {
            key: self._widget(name).text() for key, name in _SHOP_TEXTS.items()
        }
        changes.update(
            receipt_paper=ui.paperCombo.currentData(),
            receipt_chinese=ui.chineseCombo.currentData(),
            low_stock_threshold=ui.lowStockSpin.value(),
            variance_reason_threshold=ui.varianceInput.text(),
            id_retention_months=ui.retentionSpin.value(),
        )
        return changes

    def counter_changes(self) -> dict[str, object]:
        """This counter's part of the form, as save_counter_settings takes it."""
        ui = self.ui
        return {
            "printer": ui.printerCombo.currentData(),
            "print_copies": ui.copiesSpin.value() or None,
            "print_automatically": ui.printAutomaticallyCombo.currentData(),
            "language": ui.languageCombo.currentData(),
            "idle_lock_minutes": ui.idleLockSpin.value() or None,
            "drawer_printer": ui.drawerPrinterCombo.currentData(),
            "drawer_pin": ui.drawerPinCombo.currentData(),
            "drawer_on_ms": ui.drawerOnSpin.value() or None,
            "drawer_off_ms": ui.drawerOffSpin.value() or None,
        }

    # --- problems next to their fields ---------------------------------------------------

    def _clear_problems(self) -> None:
        self._problem_field, self._problem = "", None
        for name in _ERROR_LABELS.values():
            label: QLabel = self._widget(name)
            label.clear()
            label.hide()

    def _show_problem(self, error: InputError) -> None:
        self._clear_problems()
        self._problem_field, self._problem = error.field, error
        name = _ERROR_LABELS.get(error.field)
        if name is None:
            say(self.ui.settingsMessageLabel, describe(error), error=True)
            return
        label: QLabel = self._widget(name)
        label.setText(describe(error))
        label.show()
        say(self.ui.settingsMessageLabel, self.tr("Nothing was saved."), error=True)
        self._widget(_FOCUS[error.field]).setFocus()

    # --- saving --------------------------------------------------------------------------

    @Slot()
    def _on_save(self) -> None:
        if self.busy or self.loaded is None or self.station.clerk is None:
            return
        self._clear_problems()
        station = self.station
        work = partial(
            _save,
            station.db,
            station.signed_in(),
            station.counter.counter_code,
            shop=self.shop_changes() if self._can(Action.SHOP_SETTINGS_EDIT) else None,
            counter=self.counter_changes() if self._can(Action.COUNTER_SETTINGS_EDIT) else None,
            clock=station.clock,
        )
        ServiceCall(self, "save settings", work, self._on_saved).failure(
            self._show_problem
        ).not_done(partial(say_not_done, self.ui.settingsMessageLabel)).run()

    def _on_saved(self, answer: tuple[ShopSettings | None, CounterSettings | None]) -> None:
        saved_shop, saved_counter = answer
        say(self.ui.settingsMessageLabel, self.tr("Settings saved."))
        if saved_shop is not None:
            self.shopSettingsChanged.emit(saved_shop)
        if saved_counter is not None:
            self.counterSettingsChanged.emit(saved_counter)
        # Read back what was stored (and the font again, for a changed cjk_font_path).
        self._load_settings(self._on_reloaded)

    def _on_reloaded(self, loaded: LoadedSettings) -> None:
        self.loaded = loaded
        self._show(loaded)
        self._update_buttons()

    @Slot()
    def _on_undo(self) -> None:
        if self.loaded is not None and not self.busy:
            self._show(self.loaded)
            self._clear_problems()
            self.ui.settingsMessageLabel.clear()

    # --- retention -----------------------------------------------------------------------

    @Slot()
    def _on_erase_asked(self) -> None:
        if self.busy or not self._can(Action.RETENTION_RUN):
            return
        station = self.station
        work = partial(
            retention.count_expired_identities,
            station.db,
            shop_id=station.counter.shop_id,
            clock=station.clock,
        )
        self._retention_call("count expired identities", work, self._confirm_erase)

    def _confirm_erase(self, count: int) -> None:
        months = self.loaded.shop.id_retention_months if self.loaded else 0
        if count == 0:
            say(self.ui.retentionMessageLabel, self.tr("No identity data is due for erasure."))
            return
        messages.ask(
            self,
            self.tr("Erase identity data"),
            self.tr(
                "Erase the names, dates of birth and document numbers of {count} holders "
                "whose lines all closed more than {months} months ago? Their sales and "
                "receipts stay. This cannot be undone."
            ).format(count=count, months=months),
            [
                (self.tr("Erase {count} holders").format(count=count), self._erase),
                (self.tr("Cancel"), lambda: None),
            ],
        )

    def _erase(self) -> None:
        if self.busy or self.station.clerk is None:
            return
        station = self.station
        work = partial(
            retention.erase_expired_identities, station.db, station.clerk, clock=station.clock
        )
        self._retention_call("erase expired identities", work, self._on_erased)

    def _retention_call(self, name: str, work: Callable[[], T], done: Callable[[T], None]) -> None:
        label = self.ui.retentionMessageLabel
        ServiceCall(self, name, work, done).failure(
            lambda error: say(label, describe(error), error=True)
        ).not_done(partial(say_not_done, label)).run()

    def _on_erased(self, result: retention.RetentionResult) -> None:
        say(
            self.ui.retentionMessageLabel,
            self.tr(
                "Erased the identity data of {count} holders (lines closed before {date})."
            ).format(count=result.erased, date=result.closed_before.isoformat()),
        )

    # --- events --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            form = (self.shop_changes(), self.counter_changes()) if self.loaded else None
            self._fill_choices()
            if self.loaded is not None and form is not None:
                self._show(self.loaded)
                self._restore(*form)
            if self._problem is not None:
                self._show_problem(self._problem)
        super().changeEvent(event)

    def _restore(self, shop: dict[str, object], counter: dict[str, object]) -> None:
        """Put back what the clerk had typed, after a language switch refilled the form."""
        for key, name in _SHOP_TEXTS.items():
            self._widget(name).setText(str(shop[key]))
        self.ui.varianceInput.setText(str(shop["variance_reason_threshold"]))
        for key, name in (
            ("receipt_paper", "paperCombo"),
            ("receipt_chinese", "chineseCombo"),
        ):
            self._select(self._widget(name), shop[key])
        for key, name in (
            ("printer", "printerCombo"),
            ("print_automatically", "printAutomaticallyCombo"),
            ("language", "languageCombo"),
            ("drawer_printer", "drawerPrinterCombo"),
            ("drawer_pin", "drawerPinCombo"),
        ):
            self._select(self._widget(name), counter[key])
        spins: tuple[tuple[str, QSpinBox, object], ...] = (
            ("low_stock_threshold", self.ui.lowStockSpin, shop["low_stock_threshold"]),
            ("id_retention_months", self.ui.retentionSpin, shop["id_retention_months"]),
            ("print_copies", self.ui.copiesSpin, counter["print_copies"] or 0),
            ("idle_lock_minutes", self.ui.idleLockSpin, counter["idle_lock_minutes"] or 0),
            ("drawer_on_ms", self.ui.drawerOnSpin, counter["drawer_on_ms"] or 0),
            ("drawer_off_ms", self.ui.drawerOffSpin, counter["drawer_off_ms"] or 0),
        )
        for _key, spin, value in spins:
            if isinstance(value, int):
                spin.setValue(value)
