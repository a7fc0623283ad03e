"""The back office's catalogue tab (價目): plans and prices, promotions, carriers' rules.

A price is typed as HK$ text like everywhere else and parsed with
:func:`counter_app.domain.money.parse_money`; a bad one is shown beside the form and
nothing is saved. A form a role may not change stays visible but disabled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import QCheckBox, QHeaderView, QLabel, QTableView, QWidget

from counter_app.domain.errors import InputError, OutsideError
from counter_app.domain.identity import IdType
from counter_app.domain.money import format_money, parse_money
from counter_app.domain.outbox import MANUAL
from counter_app.domain.plans import CardType, PlanKind
from counter_app.gui.error_text import describe
from counter_app.gui.field_error import place_under, scroll_into_view
from counter_app.gui.forms.ui_admin_catalog_tab import Ui_AdminCatalogTab
from counter_app.gui.not_done import not_done_text, say_not_done
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.station import Station
from counter_app.gui.style import say
from counter_app.gui.vocabulary import carrier_name
from counter_app.services import catalog_admin
from counter_app.services.catalog_admin import (
    DTONE,
    FULFILMENT_PROVIDERS,
    CarrierRow,
    PlanInput,
    PlanRow,
    PromotionInput,
    PromotionRow,
)
from counter_app.services.permissions import Action, allowed
from counter_app.store.engine import Database


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowsModel`: its translated title and a row's text."""

    title: Callable[[], str]
    value: Callable[[Any], str]


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows (dataclasses), one column per :class:`Column`."""

    RowRole: Final = Qt.ItemDataRole.UserRole + 1
    """The row object itself."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Headers and texts again, in the language now in use."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self._columns) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[index.column()].value(row)
        if role == self.RowRole:
            return row
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None


def provider_name(provider: str) -> str:
    """Who applies a carrier's sales, as the admin reads it (an unknown one as stored)."""
    if provider == DTONE:
        return "DT One"  # a company's name: the same in every language
    if provider == MANUAL:
        return QCoreApplication.translate("AdminCatalogTab", "By hand, on the carrier's portal")
    return provider


def _product(plan: PlanRow) -> str:
    return plan.provider_product or QCoreApplication.translate("AdminCatalogTab", "by hand")


def _active(value: bool) -> str:
    return (
        QCoreApplication.translate("AdminCatalogTab", "Yes")
        if value
        else QCoreApplication.translate("AdminCatalogTab", "No")
    )


PLAN_COLUMNS: Final = (
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "Carrier"),
        lambda p: carrier_name(p.carrier_code, p.carrier_name_zh, p.carrier_name_en),
    ),
    Column(lambda: QCoreApplication.translate("AdminCatalogTab", "Code"), lambda p: p.code),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "Chinese name"), lambda p: p.name_zh
    ),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "English name"), lambda p: p.name_en
    ),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "Price"),
        lambda p: format_money(p.price),
    ),
    Column(lambda: QCoreApplication.translate("AdminCatalogTab", "Provider product"), _product),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "Active"), lambda p: _active(p.active)
    ),
)
PROMOTION_COLUMNS: Final = (
    Column(lambda: QCoreApplication.translate("AdminCatalogTab", "Code"), lambda p: p.code),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "English name"), lambda p: p.name_en
    ),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "From"),
        lambda p: p.valid_from.isoformat(),
    ),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "Until"),
        lambda p: p.valid_to.isoformat(),
    ),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "Active"), lambda p: _active(p.active)
    ),
)
CARRIER_COLUMNS: Final = (
    Column(lambda: QCoreApplication.translate("AdminCatalogTab", "Code"), lambda c: c.code),
    Column(lambda: QCoreApplication.translate("AdminCatalogTab", "Name"), lambda c: c.name_en),
    Column(lambda: QCoreApplication.translate("AdminCatalogTab", "Hotline"), lambda c: c.hotline),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "Documents"),
        lambda c: ", ".join(t.value for t in c.accepted_id_types),
    ),
    Column(
        lambda: QCoreApplication.translate("AdminCatalogTab", "Fulfilment"),
        lambda c: provider_name(c.fulfilment_provider),
    ),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _codes(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.replace("，", ",").split(",") if part.strip())


@dataclass(frozen=True)
class _Catalog:
    plans: list[PlanRow]
    promotions: list[PromotionRow]
    carriers: list[CarrierRow]


def _load(db: Database) -> _Catalog:
    """In the background: the plans, promotions and carriers as they are now."""
    return _Catalog(
        catalog_admin.list_plans(db),
        catalog_admin.list_promotions(db),
        catalog_admin.list_carriers(db),
    )


class AdminCatalogTab(QWidget):
    """Plans and prices (admin), promotions (supervisor), carriers' documents and who
    applies their sales (admin)."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_AdminCatalogTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.plans = RowsModel(PLAN_COLUMNS, self)
        self.promotions = RowsModel(PROMOTION_COLUMNS, self)
        self.carriers = RowsModel(CARRIER_COLUMNS, self)
        self._carrier_names: dict[str, tuple[str, str]] = {}
        for table, model in (
            (ui.plansTable, self.plans),
            (ui.promotionsTable, self.promotions),
            (ui.carriersTable, self.carriers),
        ):
            table.setModel(model)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The English name takes what room is left; a long one is elided, not scrolled to.
        for table, column in ((ui.plansTable, 3), (ui.promotionsTable, 1), (ui.carriersTable, 1)):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for kind, name in (
            (PlanKind.RENEWAL, self.tr("Renewal")),
            (PlanKind.CREDIT_TOPUP, self.tr("Credit top-up")),
            (PlanKind.DATA_ADDON, self.tr("Data add-on")),
        ):
            ui.planKindCombo.addItem(name, kind)
        for provider in FULFILMENT_PROVIDERS:
            ui.carrierProviderCombo.addItem(provider_name(provider), provider)
        self.plan_card_checks: dict[CardType, QCheckBox] = {
            CardType.NUMBER_KEEPING: ui.planCardNumberKeepingCheck,
            CardType.HK_REGISTERED: ui.planCardHkRegisteredCheck,
            CardType.DUAL: ui.planCardDualCheck,
            CardType.DATA: ui.planCardDataCheck,
        }
        self.promo_card_checks: dict[CardType, QCheckBox] = {
            CardType.NUMBER_KEEPING: ui.promoCardNumberKeepingCheck,
            CardType.HK_REGISTERED: ui.promoCardHkRegisteredCheck,
            CardType.DUAL: ui.promoCardDualCheck,
            CardType.DATA: ui.promoCardDataCheck,
        }
        self.promo_kind_checks: dict[PlanKind, QCheckBox] = {
            PlanKind.RENEWAL: ui.promoKindRenewalCheck,
            PlanKind.CREDIT_TOPUP: ui.promoKindCreditCheck,
            PlanKind.DATA_ADDON: ui.promoKindDataCheck,
        }
        self.document_checks: dict[IdType, QCheckBox] = {
            IdType.HKID: ui.carrierDocHkidCheck,
            IdType.CN_RESIDENT_ID: ui.carrierDocCnRicCheck,
            IdType.MO_RESIDENT_ID: ui.carrierDocMoIdCheck,
            IdType.EXIT_ENTRY_PERMIT: ui.carrierDocEepCheck,
            IdType.HOME_RETURN_PERMIT: ui.carrierDocHrpCheck,
            IdType.PASSPORT: ui.carrierDocPassportCheck,
        }
        for label in (ui.planMessageLabel, ui.promoMessageLabel, ui.carrierMessageLabel):
            label.setProperty("role", "hint")
        # A form's error about one of its inputs is shown under that input, not below the
        # form's buttons (out of sight when the form scrolls).
        self._field_errors: Mapping[QLabel, QLabel] = {
            ui.planMessageLabel: ui.planFieldErrorLabel,
            ui.promoMessageLabel: ui.promoFieldErrorLabel,
        }
        for field_error in self._field_errors.values():
            field_error.hide()
        # What a service names in InputError.field, and where the clerk corrects it.
        self._plan_fields: Mapping[str, QWidget] = {
            "carrier": ui.planCarrierCombo,
            "code": ui.planCodeEdit,
            "kind": ui.planKindCombo,
            "name_zh": ui.planNameZhEdit,
            "name_en": ui.planNameEnEdit,
            "price": ui.planPriceEdit,
            "months": ui.planMonthsSpin,
            "credit": ui.planCreditEdit,
            "data_mb": ui.planDataSpin,
            "card_types": ui.planCardNumberKeepingCheck,
            "valid_to": ui.planToDate,
            "provider_product": ui.planProviderProductEdit,
        }
        self._promotion_fields: Mapping[str, QWidget] = {
            "code": ui.promoCodeEdit,
            "name_zh": ui.promoNameZhEdit,
            "name_en": ui.promoNameEnEdit,
            "valid_from": ui.promoFromDate,
            "valid_to": ui.promoToDate,
            "plan_codes": ui.promoPlansEdit,
            "carriers": ui.promoCarriersEdit,
            "card_types": ui.promoCardNumberKeepingCheck,
            "kinds": ui.promoKindRenewalCheck,
            "discount": ui.promoDiscountEdit,
            "discount_percent": ui.promoPercentSpin,
        }
        self._carrier_fields: Mapping[str, QWidget] = {
            "accepted_id_types": ui.carrierDocHkidCheck,
            "hotline": ui.carrierHotlineEdit,
            "grace_days": ui.carrierGraceSpin,
            "recycle_days": ui.carrierRecycleSpin,
            "fulfilment_provider": ui.carrierProviderCombo,
        }
        self._plan: PlanRow | None = None
        self._promotion: PromotionRow | None = None
        self._carrier: CarrierRow | None = None

        ui.plansTable.selectionModel().selectionChanged.connect(self._on_plan_chosen)
        ui.promotionsTable.selectionModel().selectionChanged.connect(self._on_promotion_chosen)
        ui.carriersTable.selectionModel().selectionChanged.connect(self._on_carrier_chosen)
        ui.planNewButton.clicked.connect(self._on_new_plan)
        ui.planSaveButton.clicked.connect(self._on_save_plan)
        ui.planFromCheck.toggled.connect(ui.planFromDate.setEnabled)
        ui.planToCheck.toggled.connect(ui.planToDate.setEnabled)
        ui.promoNewButton.clicked.connect(self._on_new_promotion)
        ui.promoSaveButton.clicked.connect(self._on_save_promotion)
        ui.promoEndButton.clicked.connect(self._on_end_promotion)
        ui.carrierSaveButton.clicked.connect(self._on_save_carrier)
        for edit in (
            ui.planPriceEdit,
            ui.planCreditEdit,
            ui.planNameEnEdit,
            ui.planNameZhEdit,
            ui.planProviderProductEdit,
        ):
            edit.returnPressed.connect(self._on_save_plan)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        self._clear_plan_form()
        self._clear_promotion_form()
        self._update_enabled()

    # --- public --------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read plans, promotions and carriers again, keeping what is chosen chosen."""
        ServiceCall(self, "catalogue", partial(_load, self.station.db), self._on_loaded).failure(
            partial(self._refused, self.ui.planMessageLabel, {})
        ).not_done(self._on_load_failed).replacing("catalogue").in_background().run()

    # --- helpers -------------------------------------------------------------------------

    def _may(self, action: Action) -> bool:
        return self.station.clerk is not None and allowed(self.station.clerk, action)

    @Slot(bool)
    def _on_busy_changed(self, _busy: bool) -> None:
        self._update_enabled()

    def _update_enabled(self) -> None:
        ui, ready = self.ui, not calls_of(self).busy
        ui.planFormGroup.setEnabled(self._may(Action.PLANS_EDIT))
        ui.planSaveButton.setEnabled(ready)
        ui.promoFormGroup.setEnabled(self._may(Action.PROMOTIONS_EDIT))
        ui.promoSaveButton.setEnabled(ready)
        ui.promoEndButton.setEnabled(
            ready and self._promotion is not None and self._promotion.active
        )
        ui.carrierFormGroup.setEnabled(
            self._may(Action.CARRIERS_EDIT) and self._carrier is not None
        )
        ui.carrierSaveButton.setEnabled(ready)

    def _save(
        self,
        name: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        label: QLabel,
        fields: Mapping[str, QWidget],
    ) -> None:
        self._clear_field_error(label)

        def saved(result: Any) -> None:
            self._clear_field_error(label)
            done(result)

        ServiceCall(self, name, work, saved).failure(
            partial(self._refused, label, fields)
        ).not_done(partial(say_not_done, label)).run()

    def _refused(self, label: QLabel, fields: Mapping[str, QWidget], error: InputError) -> None:
        field = fields.get(error.field)
        field_error = self._field_errors.get(label)
        if field is not None and field_error is not None and place_under(field_error, field):
            label.clear()
            say(field_error, describe(error), error=True)
            scroll_into_view(field_error)
        else:
            self._clear_field_error(label)
            say(label, describe(error), error=True)
            scroll_into_view(label)
        if field is not None:
            field.setFocus()

    def _clear_field_error(self, label: QLabel) -> None:
        field_error = self._field_errors.get(label)
        if field_error is not None:
            field_error.clear()
            field_error.hide()

    # --- loading -------------------------------------------------------------------------

    def _on_loaded(self, catalog: _Catalog) -> None:
        ui = self.ui
        plan = self._plan.code if self._plan else None
        promotion = self._promotion.code if self._promotion else None
        carrier = self._carrier.code if self._carrier else None
        current = ui.planCarrierCombo.currentData()
        ui.planCarrierCombo.clear()
        self._carrier_names = {c.code: (c.name_zh, c.name_en) for c in catalog.carriers}
        for c in catalog.carriers:
            ui.planCarrierCombo.addItem(carrier_name(c.code, c.name_zh, c.name_en), c.code)
        if current:
            ui.planCarrierCombo.setCurrentIndex(max(0, ui.planCarrierCombo.findData(current)))
        self.plans.set_rows(catalog.plans)
        self.promotions.set_rows(catalog.promotions)
        self.carriers.set_rows(catalog.carriers)
        _reselect(ui.plansTable, [p.code for p in catalog.plans], plan)
        _reselect(ui.promotionsTable, [p.code for p in catalog.promotions], promotion)
        _reselect(ui.carriersTable, [c.code for c in catalog.carriers], carrier)
        if ui.carriersTable.currentIndex().row() < 0 and catalog.carriers:
            ui.carriersTable.selectRow(0)
        self._update_enabled()

    def _on_load_failed(self, error: BaseException) -> None:
        say(
            self.ui.planMessageLabel,
            self.tr("The plans could not be read: the database did not answer.")
            if isinstance(error, OutsideError)
            else not_done_text(error),
            error=True,
        )

    # --- plans ---------------------------------------------------------------------------

    def _chosen(self, table: QTableView, model: RowsModel) -> Any:
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _on_plan_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        plan = self._chosen(self.ui.plansTable, self.plans)
        if isinstance(plan, PlanRow):
            if self._plan is None or self._plan.code != plan.code:
                self.ui.planMessageLabel.clear()
                self._clear_field_error(self.ui.planMessageLabel)
            self._fill_plan_form(plan)

    def _fill_plan_form(self, plan: PlanRow) -> None:
        ui = self.ui
        self._plan = plan
        ui.planFormGroup.setTitle(self.tr("Plan {code}").format(code=plan.code))
        ui.planCarrierCombo.setCurrentIndex(ui.planCarrierCombo.findData(plan.carrier_code))
        ui.planCodeEdit.setText(plan.code)
        ui.planKindCombo.setCurrentIndex(ui.planKindCombo.findData(plan.kind))
        # What past sales and promotions refer to stays fixed once the plan exists.
        for fixed in (ui.planCarrierCombo, ui.planCodeEdit, ui.planKindCombo):
            fixed.setEnabled(False)
        ui.planNameZhEdit.setText(plan.name_zh)
        ui.planNameEnEdit.setText(plan.name_en)
        ui.planPriceEdit.setText(format_money(plan.price, symbol=False))
        ui.planMonthsSpin.setValue(plan.months)
        ui.planCreditEdit.setText(format_money(plan.credit, symbol=False))
        ui.planDataSpin.setValue(plan.data_mb)
        ui.planMinutesSpin.setValue(plan.minutes)
        for card_type, check in self.plan_card_checks.items():
            check.setChecked(card_type in plan.card_types)
        today = self.station.today()
        ui.planFromCheck.setChecked(plan.valid_from is not None)
        ui.planFromDate.setDate(_qdate(plan.valid_from or today))
        ui.planFromDate.setEnabled(plan.valid_from is not None)
        ui.planToCheck.setChecked(plan.valid_to is not None)
        ui.planToDate.setDate(_qdate(plan.valid_to or today))
        ui.planToDate.setEnabled(plan.valid_to is not None)
        ui.planNeedsIdentityCheck.setChecked(plan.needs_identity)
        ui.planActiveCheck.setChecked(plan.active)
        ui.planProviderProductEdit.setText(plan.provider_product)

    def _clear_plan_form(self) -> None:
        ui = self.ui
        self._plan = None
        ui.planFormGroup.setTitle(self.tr("New plan"))
        for fixed in (ui.planCarrierCombo, ui.planCodeEdit, ui.planKindCombo):
            fixed.setEnabled(True)
        for edit in (
            ui.planCodeEdit,
            ui.planNameZhEdit,
            ui.planNameEnEdit,
            ui.planPriceEdit,
            ui.planProviderProductEdit,
        ):
            edit.clear()
        ui.planCreditEdit.setText("0.00")
        for spin in (ui.planMonthsSpin, ui.planDataSpin, ui.planMinutesSpin):
            spin.setValue(0)
        for check in self.plan_card_checks.values():
            check.setChecked(True)
        today = _qdate(self.station.today())
        for date_check, date_edit in (
            (ui.planFromCheck, ui.planFromDate),
            (ui.planToCheck, ui.planToDate),
        ):
            date_check.setChecked(False)
            date_edit.setDate(today)
            date_edit.setEnabled(False)
        ui.planNeedsIdentityCheck.setChecked(True)
        ui.planActiveCheck.setChecked(True)

    @Slot()
    def _on_new_plan(self) -> None:
        self.ui.plansTable.clearSelection()
        self._clear_plan_form()
        self.ui.planMessageLabel.clear()
        self._clear_field_error(self.ui.planMessageLabel)
        self.ui.planCodeEdit.setFocus()

    def plan_input(self) -> PlanInput:
        """The plan as the form holds it; InputError (with ``field``) for a bad amount."""
        ui = self.ui
        return PlanInput(
            carrier_code=str(ui.planCarrierCombo.currentData() or ""),
            code=ui.planCodeEdit.text(),
            kind=ui.planKindCombo.currentData(),
            name_zh=ui.planNameZhEdit.text(),
            name_en=ui.planNameEnEdit.text(),
            price=parse_money(ui.planPriceEdit.text(), field="price", allow_zero=False),
            months=ui.planMonthsSpin.value(),
            credit=parse_money(ui.planCreditEdit.text() or "0", field="credit"),
            data_mb=ui.planDataSpin.value(),
            minutes=ui.planMinutesSpin.value(),
            card_types=frozenset(
                t for t, check in self.plan_card_checks.items() if check.isChecked()
            ),
            valid_from=_day(ui.planFromDate.date()) if ui.planFromCheck.isChecked() else None,
            valid_to=_day(ui.planToDate.date()) if ui.planToCheck.isChecked() else None,
            needs_identity=ui.planNeedsIdentityCheck.isChecked(),
            active=ui.planActiveCheck.isChecked(),
            provider_product=ui.planProviderProductEdit.text(),
        )

    @Slot()
    def _on_save_plan(self) -> None:
        if calls_of(self).busy or not self._may(Action.PLANS_EDIT):
            return
        ui = self.ui
        try:
            plan = self.plan_input()
        except InputError as error:
            self._refused(ui.planMessageLabel, self._plan_fields, error)
            return
        station = self.station
        save = catalog_admin.update_plan if self._plan is not None else catalog_admin.create_plan
        work = partial(save, station.db, station.signed_in(), plan, clock=station.clock)
        self._save("save plan", work, self._plan_saved, ui.planMessageLabel, self._plan_fields)

    def _plan_saved(self, plan: PlanRow) -> None:
        self._fill_plan_form(plan)
        say(
            self.ui.planMessageLabel,
            self.tr("Plan {code} saved: {price} from the next sale.").format(
                code=plan.code, price=format_money(plan.price)
            ),
        )
        self.refresh()

    # --- promotions ----------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_promotion_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        promotion = self._chosen(self.ui.promotionsTable, self.promotions)
        if isinstance(promotion, PromotionRow):
            if self._promotion is None or self._promotion.code != promotion.code:
                self.ui.promoMessageLabel.clear()
                self._clear_field_error(self.ui.promoMessageLabel)
            self._fill_promotion_form(promotion)

    def _fill_promotion_form(self, promotion: PromotionRow) -> None:
        ui = self.ui
        self._promotion = promotion
        ui.promoFormGroup.setTitle(self.tr("Promotion {code}").format(code=promotion.code))
        ui.promoCodeEdit.setText(promotion.code)
        ui.promoCodeEdit.setEnabled(False)
        ui.promoNameZhEdit.setText(promotion.name_zh)
        ui.promoNameEnEdit.setText(promotion.name_en)
        ui.promoFromDate.setDate(_qdate(promotion.valid_from))
        ui.promoToDate.setDate(_qdate(promotion.valid_to))
        ui.promoPlansEdit.setText(", ".join(sorted(promotion.plan_codes)))
        ui.promoCarriersEdit.setText(", ".join(sorted(promotion.carriers)))
        for card_type, check in self.promo_card_checks.items():
            check.setChecked(card_type in promotion.card_types)
        for kind, check in self.promo_kind_checks.items():
            check.setChecked(kind in promotion.kinds)
        ui.promoDiscountEdit.setText(format_money(promotion.discount, symbol=False))
        ui.promoPercentSpin.setValue(promotion.discount_percent)
        ui.promoBonusDataSpin.setValue(promotion.bonus_data_mb)
        ui.promoBonusMinutesSpin.setValue(promotion.bonus_minutes)
        ui.promoBonusDaysSpin.setValue(promotion.bonus_days)
        ui.promoPrioritySpin.setValue(promotion.priority)
        ui.promoActiveCheck.setChecked(promotion.active)
        self._update_enabled()

    def _clear_promotion_form(self) -> None:
        ui = self.ui
        self._promotion = None
        ui.promoFormGroup.setTitle(self.tr("New promotion"))
        ui.promoCodeEdit.setEnabled(True)
        for edit in (
            ui.promoCodeEdit,
            ui.promoNameZhEdit,
            ui.promoNameEnEdit,
            ui.promoPlansEdit,
            ui.promoCarriersEdit,
        ):
            edit.clear()
        ui.promoDiscountEdit.setText("0.00")
        today = self.station.today()
        ui.promoFromDate.setDate(_qdate(today))
        ui.promoToDate.setDate(_qdate(today).addDays(30))
        for check in (*self.promo_card_checks.values(), *self.promo_kind_checks.values()):
            check.setChecked(False)
        for spin in (
            ui.promoPercentSpin,
            ui.promoBonusDataSpin,
            ui.promoBonusMinutesSpin,
            ui.promoBonusDaysSpin,
            ui.promoPrioritySpin,
        ):
            spin.setValue(0)
        ui.promoActiveCheck.setChecked(True)
        self._update_enabled()

    @Slot()
    def _on_new_promotion(self) -> None:
        self.ui.promotionsTable.clearSelection()
        self._clear_promotion_form()
        self.ui.promoMessageLabel.clear()
        self._clear_field_error(self.ui.promoMessageLabel)
        self.ui.promoCodeEdit.setFocus()

    def promotion_input(self) -> PromotionInput:
        """The promotion as the form holds it; InputError for a bad amount off."""
        ui = self.ui
        return PromotionInput(
            code=ui.promoCodeEdit.text(),
            name_zh=ui.promoNameZhEdit.text(),
            name_en=ui.promoNameEnEdit.text(),
            valid_from=_day(ui.promoFromDate.date()),
            valid_to=_day(ui.promoToDate.date()),
            plan_codes=_codes(ui.promoPlansEdit.text()),
            carriers=_codes(ui.promoCarriersEdit.text()),
            card_types=frozenset(t for t, c in self.promo_card_checks.items() if c.isChecked()),
            kinds=frozenset(k for k, c in self.promo_kind_checks.items() if c.isChecked()),
            bonus_data_mb=ui.promoBonusDataSpin.value(),
            bonus_minutes=ui.promoBonusMinutesSpin.value(),
            bonus_days=ui.promoBonusDaysSpin.value(),
            discount=parse_money(ui.promoDiscountEdit.text() or "0", field="discount"),
            discount_percent=ui.promoPercentSpin.value(),
            priority=ui.promoPrioritySpin.value(),
            active=ui.promoActiveCheck.isChecked(),
        )

    @Slot()
    def _on_save_promotion(self) -> None:
        if calls_of(self).busy or not self._may(Action.PROMOTIONS_EDIT):
            return
        label = self.ui.promoMessageLabel
        try:
            promotion = self.promotion_input()
        except InputError as error:
            self._refused(label, self._promotion_fields, error)
            return
        station = self.station
        save = (
            catalog_admin.update_promotion
            if self._promotion is not None
            else catalog_admin.create_promotion
        )
        work = partial(save, station.db, station.signed_in(), promotion, clock=station.clock)
        self._save("save promotion", work, self._promotion_saved, label, self._promotion_fields)

    def _promotion_saved(self, promotion: PromotionRow) -> None:
        self._fill_promotion_form(promotion)
        say(
            self.ui.promoMessageLabel,
            self.tr("Promotion {code} saved.").format(code=promotion.code),
        )
        self.refresh()

    @Slot()
    def _on_end_promotion(self) -> None:
        chosen = self._promotion
        if calls_of(self).busy or chosen is None or not self._may(Action.PROMOTIONS_EDIT):
            return
        station = self.station
        work = partial(
            catalog_admin.end_promotion,
            station.db,
            station.signed_in(),
            chosen.code,
            clock=station.clock,
        )
        self._save(
            "end promotion",
            work,
            self._promotion_ended,
            self.ui.promoMessageLabel,
            self._promotion_fields,
        )

    def _promotion_ended(self, promotion: PromotionRow) -> None:
        self._fill_promotion_form(promotion)
        say(
            self.ui.promoMessageLabel,
            self.tr("Promotion {code} ended.").format(code=promotion.code),
        )
        self.refresh()

    # --- carriers ------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_carrier_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        carrier = self._chosen(self.ui.carriersTable, self.carriers)
        if not isinstance(carrier, CarrierRow):
            return
        ui = self.ui
        if self._carrier is None or self._carrier.code != carrier.code:
            ui.carrierMessageLabel.clear()
        self._carrier = carrier
        ui.carrierNameLabel.setText(f"{carrier.code} — {carrier.name_zh} {carrier.name_en}")
        for id_type, check in self.document_checks.items():
            check.setChecked(id_type in carrier.accepted_id_types)
        ui.carrierHotlineEdit.setText(carrier.hotline)
        ui.carrierGraceSpin.setValue(carrier.grace_days)
        ui.carrierRecycleSpin.setValue(carrier.recycle_days)
        while ui.carrierProviderCombo.count() > len(FULFILMENT_PROVIDERS):
            ui.carrierProviderCombo.removeItem(ui.carrierProviderCombo.count() - 1)
        provider = ui.carrierProviderCombo.findData(carrier.fulfilment_provider)
        if provider < 0:  # written by a newer version: shown, and left alone unless changed
            ui.carrierProviderCombo.addItem(
                carrier.fulfilment_provider, carrier.fulfilment_provider
            )
            provider = ui.carrierProviderCombo.count() - 1
        ui.carrierProviderCombo.setCurrentIndex(provider)
        self._update_enabled()

    @Slot()
    def _on_save_carrier(self) -> None:
        chosen = self._carrier
        if calls_of(self).busy or chosen is None or not self._may(Action.CARRIERS_EDIT):
            return
        ui, station = self.ui, self.station
        work = partial(
            catalog_admin.update_carrier,
            station.db,
            station.signed_in(),
            chosen.code,
            accepted_id_types=[t for t, check in self.document_checks.items() if check.isChecked()],
            hotline=ui.carrierHotlineEdit.text(),
            grace_days=ui.carrierGraceSpin.value(),
            recycle_days=ui.carrierRecycleSpin.value(),
            fulfilment_provider=self._chosen_provider(),
            clock=station.clock,
        )
        self._save(
            "save carrier", work, self._carrier_saved, ui.carrierMessageLabel, self._carrier_fields
        )

    def _chosen_provider(self) -> str | None:
        """The provider chosen, or None to leave one this version does not know as it is."""
        provider = str(self.ui.carrierProviderCombo.currentData() or "")
        return provider if provider in FULFILMENT_PROVIDERS else None

    def _carrier_saved(self, carrier: CarrierRow) -> None:
        say(self.ui.carrierMessageLabel, self.tr("Carrier {code} saved.").format(code=carrier.code))
        self.refresh()

    # --- events --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        ui = self.ui
        for index in range(ui.planCarrierCombo.count()):
            code = str(ui.planCarrierCombo.itemData(index))
            ui.planCarrierCombo.setItemText(
                index, carrier_name(code, *self._carrier_names.get(code, ("", "")))
            )
        for index, name in enumerate(
            (self.tr("Renewal"), self.tr("Credit top-up"), self.tr("Data add-on"))
        ):
            ui.planKindCombo.setItemText(index, name)
        for index in range(ui.carrierProviderCombo.count()):
            ui.carrierProviderCombo.setItemText(
                index, provider_name(str(ui.carrierProviderCombo.itemData(index)))
            )
        ui.planFormGroup.setTitle(
            self.tr("Plan {code}").format(code=self._plan.code)
            if self._plan is not None
            else self.tr("New plan")
        )
        ui.promoFormGroup.setTitle(
            self.tr("Promotion {code}").format(code=self._promotion.code)
            if self._promotion is not None
            else self.tr("New promotion")
        )
        for model in (self.plans, self.promotions, self.carriers):
            model.retranslate()


def _reselect(table: QTableView, codes: list[str], code: str | None) -> None:
    if code is not None and code in codes:
        table.selectRow(codes.index(code))
