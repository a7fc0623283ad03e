"""Registering and selling a new prepaid SIM (新卡實名登記): the statement and the form.

The customer hears the Personal Information Collection Statement first, every time. The
form is checked here with the core's own pure parsers, so the clerk sees each problem next
to its field at once; what only the database knows (the 10-line limit, a number or SIM
card already in use) comes back from :func:`counter_app.services.registration.
complete_new_sim` to the same place. The document number leaves the form only inside the
:class:`NewSim` handed to the service, and the form is wiped as soon as the sale is done.
"""

from __future__ import annotations

from functools import partial
from typing import Final

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from counter_app.domain.customer_screen import CustomerSaleKind, Serving
from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.holders import Holder, attempt, holder_problems, parse_birth_date
from counter_app.domain.identity import IdType, parse_iccid
from counter_app.domain.money import format_money
from counter_app.domain.new_sims import CardTypeOffer, CarrierOffer, NewSim, NewSimPlan
from counter_app.domain.phones import format_msisdn, parse_msisdn
from counter_app.domain.plans import CardType, renewed_expiry
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.gui.error_text import describe
from counter_app.gui.forms.ui_new_sim_screen import Ui_NewSimScreen
from counter_app.gui.i18n import language_switcher
from counter_app.gui.identity_panel import document_name
from counter_app.gui.sale_flow import SaleFlow
from counter_app.gui.service_calls import ServiceCall, calls_of
from counter_app.gui.shortcuts import page_shortcut
from counter_app.gui.station import Station
from counter_app.gui.vocabulary import card_type_name

PHOTO_KEY: Final = Qt.Key.Key_F8
"""Ticks (or unticks) "Photo matches the customer"; the check box's text names it."""

# The core names the input a problem is about; these are the form's places for them. A
# document number's problem is named after its document type ("hkid", "passport", ...).
_FORM_FIELDS: Final = (
    "carrier",
    "card_type",
    "plan",
    "msisdn",
    "secondary_msisdn",
    "iccid",
    "name_en",
    "name_zh",
    "date_of_birth",
    "id_type",
    "id_number",
    "country",
    "photo_matches",
)
_DOCUMENT_FIELDS: Final = frozenset(id_type.value for id_type in IdType)


def _parse_secondary(text: str) -> str:
    """A dual card's mainland number, which it must have."""
    if not text.strip():
        raise InputError(
            "a China-HK dual card has a second (mainland) number",
            code=ErrorCode.REGISTRATION_SECONDARY,
            field="secondary_msisdn",
        )
    return parse_msisdn(text, field="secondary_msisdn")


def _form_field(error: InputError) -> str:
    """Where on the form *error* belongs: one of _FORM_FIELDS, or "" for the whole form."""
    if error.field in _DOCUMENT_FIELDS or error.code == ErrorCode.REGISTRATION_LIMIT:
        return "id_number"
    return error.field if error.field in _FORM_FIELDS else ""


class NewSimScreen(QWidget):
    """Register a new prepaid SIM in the customer's name and sell it with its first plan.

    Pages: the collection statement (always first) and the registration form; then the
    sale flow's payment and done pages. After the sale, the next customer is served at
    the line sale screen (a new SIM is not the usual next sale).

    Keys: on the statement Enter goes on and Esc leaves; on the form Enter moves to the
    next field and, on the last one, checks the form and goes to payment, F8 ticks the
    photo check, Esc goes back to the statement keeping what was typed; on the payment
    page the payment panel's keys, Esc gives the draft sale up and returns to the form;
    on the done page Enter is the next customer.

    Signals:
        finished(str): the clerk is done here (Esc on the statement, or the next customer
            after a sale, with the number typed or scanned for them, or ""); the form is
            wiped and the window goes back to the line sale screen.
        saleCompleted(object): the SaleView of each new SIM sold (it holds no ID number).
        busyChanged(bool): a service call started or finished.
    """

    finished = Signal(str)
    saleCompleted = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_NewSimScreen()
        self.ui.setupUi(self)
        self.flow = SaleFlow(self, station, self.ui.newSimStack, prefix="newSim")
        self.payment_panel = self.flow.payment_panel
        self.receipt_panel = self.flow.receipt_panel
        ui = self.ui
        ui.newSimCountryInput.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )

        self.offers: list[CarrierOffer] = []
        self._offers_loading = False
        self._offers_loaded = False
        # Kept as InputError where possible, so that a language switch describes it again.
        self._problems: dict[str, InputError | str] = {}
        self._offers_problem: InputError | str = ""

        self._line_edits: tuple[QLineEdit, ...] = (
            ui.newSimMsisdnInput,
            ui.newSimSecondaryInput,
            ui.newSimIccidInput,
            ui.newSimNameEnInput,
            ui.newSimNameZhInput,
            ui.newSimDobInput,
            ui.newSimIdNumberInput,
            ui.newSimCountryInput,
        )
        self._error_labels: dict[str, QLabel] = {
            "plan": ui.newSimPlanErrorLabel,
            "msisdn": ui.newSimMsisdnErrorLabel,
            "secondary_msisdn": ui.newSimSecondaryErrorLabel,
            "iccid": ui.newSimIccidErrorLabel,
            "name_en": ui.newSimNameEnErrorLabel,
            "name_zh": ui.newSimNameZhErrorLabel,
            "date_of_birth": ui.newSimDobErrorLabel,
            "id_number": ui.newSimIdNumberErrorLabel,
            "country": ui.newSimCountryErrorLabel,
            "photo_matches": ui.newSimPhotoErrorLabel,
            "": ui.newSimFormMessageLabel,
        }
        for name in ("carrier", "card_type"):
            self._error_labels[name] = ui.newSimPlanErrorLabel
        self._error_labels["id_type"] = ui.newSimIdNumberErrorLabel
        self._focus_of: dict[str, QWidget] = {
            "carrier": ui.newSimCarrierCombo,
            "card_type": ui.newSimCardTypeCombo,
            "plan": ui.newSimPlanCombo,
            "msisdn": ui.newSimMsisdnInput,
            "secondary_msisdn": ui.newSimSecondaryInput,
            "iccid": ui.newSimIccidInput,
            "name_en": ui.newSimNameEnInput,
            "name_zh": ui.newSimNameZhInput,
            "date_of_birth": ui.newSimDobInput,
            "id_type": ui.newSimIdTypeCombo,
            "id_number": ui.newSimIdNumberInput,
            "country": ui.newSimCountryInput,
            "photo_matches": ui.newSimPhotoCheck,
        }

        ui.newSimAgreeButton.clicked.connect(self._on_agree)
        ui.newSimStatementBackButton.clicked.connect(self._on_leave)
        ui.newSimFormBackButton.clicked.connect(self._on_back_to_statement)
        ui.newSimContinueButton.clicked.connect(self._on_continue)
        ui.newSimCarrierCombo.currentIndexChanged.connect(self._on_carrier_changed)
        ui.newSimCardTypeCombo.currentIndexChanged.connect(self._on_card_type_changed)
        ui.newSimPlanCombo.currentIndexChanged.connect(self._on_plan_changed)
        ui.newSimIdTypeCombo.currentIndexChanged.connect(self._on_id_type_changed)
        ui.newSimCountryInput.textEdited.connect(self._on_country_edited)
        ui.newSimPhotoCheck.toggled.connect(self._on_photo_toggled)
        for field, widget in self._focus_of.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _text, f=field: self._forget_problem(f))
        for page, slot in (
            (ui.newSimStatementPage, self._on_agree),
            (ui.newSimFormPage, self._on_form_enter),
        ):
            page_shortcut(page, slot, Qt.Key.Key_Return)
            page_shortcut(page, slot, Qt.Key.Key_Enter)
        page_shortcut(ui.newSimStatementPage, self._on_leave, Qt.Key.Key_Escape)
        page_shortcut(ui.newSimFormPage, self._on_back_to_statement, Qt.Key.Key_Escape)
        # A QShortcut, not the check box's own shortcut: retranslateUi() would reset that.
        page_shortcut(ui.newSimFormPage, ui.newSimPhotoCheck.click, PHOTO_KEY)
        self.flow.completed.connect(self._on_completed)
        self.flow.nextCustomer.connect(self._on_next_customer)
        calls_of(self).busyChanged.connect(self._on_busy_changed)
        language_switcher().changed.connect(self._on_language_changed)

        self._clear_customer()
        self._retranslate()
        ui.newSimStack.setCurrentWidget(ui.newSimStatementPage)

    # --- public --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return calls_of(self).busy

    @property
    def sale(self) -> SaleView | None:
        return self.flow.sale

    @Slot()
    def start(self) -> None:
        """A new customer: wipe the form, give up an unpaid draft, show the statement.

        The carriers and plans are read again in the background meanwhile. Does nothing
        while a service call is running (a sale may be completing).
        """
        if self.busy:
            return
        self.flow.clear()
        self._clear_customer()
        self._show_page(self.ui.newSimStatementPage)
        self._load_offers()

    # --- helpers -------------------------------------------------------------------------

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        # Read-only, not disabled: the focus stays where it is. The slots ignore a second
        # press while busy, so the buttons stay as they are too.
        for text_input in self._line_edits:
            text_input.setReadOnly(busy)
        self.busyChanged.emit(busy)

    def _english(self) -> bool:
        return language_switcher().language == "en"

    def _pick(self, pair: tuple[str, str]) -> str:
        """The (Chinese, English) name in the window's language."""
        return pair[1] if self._english() else pair[0]

    def _show_page(self, page: QWidget) -> None:
        ui = self.ui
        ui.newSimStack.setCurrentWidget(page)
        if page is ui.newSimStatementPage:
            ui.newSimAgreeButton.setFocus()
        elif page is ui.newSimFormPage:
            self._focus(self._first_problem_widget() or ui.newSimCarrierCombo)
        elif page is self.flow.payment_page:
            self.payment_panel.setFocus()
        elif page is self.flow.done_page:
            self.flow.done_panel.focus_next_customer()

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        self.ui.newSimFormScroll.ensureWidgetVisible(widget)

    # --- the carriers and plans ----------------------------------------------------------

    def _load_offers(self) -> None:
        self._offers_loading = True
        (
            ServiceCall(self, "new SIM offers", self.station.new_sim_offers, self._on_offers_loaded)
            .failure(self._on_offers_refused)
            .not_done(self._on_offers_not_read)
            .replacing("offers")
            .in_background()
            .run()
        )

    def _on_offers_loaded(self, offers: list[CarrierOffer]) -> None:
        self._offers_loading = False
        self.offers = list(offers)
        self._offers_loaded = True
        self._offers_problem = (
            ""
            if offers
            else self.tr(
                "No carrier has a plan to start a new SIM card with: a supervisor sets them up."
            )
        )
        self._fill_carriers(self._current_carrier_code())
        self._show_offers_problem()

    def _on_offers_refused(self, error: InputError) -> None:
        self._offers_loading = False
        self._offers_problem = error
        self._show_offers_problem()

    def _on_offers_not_read(self, _error: BaseException) -> None:
        self._offers_loading = False
        self._offers_problem = self.tr("The carriers and plans could not be shown.")
        self._show_offers_problem()

    def _show_offers_problem(self) -> None:
        """Why the form has nothing to offer, on the statement and with the form's problems."""
        problem = self._offers_problem
        text = describe(problem) if isinstance(problem, InputError) else problem
        self.ui.newSimStatementMessageLabel.setText(text)
        self.ui.newSimStatementMessageLabel.setVisible(bool(text))
        self._show_problems()

    def _current_carrier_code(self) -> str:
        data = self.ui.newSimCarrierCombo.currentData()
        return data if isinstance(data, str) else ""

    def _current_carrier(self) -> CarrierOffer | None:
        code = self._current_carrier_code()
        return next((offer for offer in self.offers if offer.code == code), None)

    def _current_card_type(self) -> CardTypeOffer | None:
        carrier, data = self._current_carrier(), self.ui.newSimCardTypeCombo.currentData()
        if carrier is None or not isinstance(data, str):
            return None
        return next((offer for offer in carrier.card_types if offer.card_type == data), None)

    def _current_plan(self) -> NewSimPlan | None:
        card_type, data = self._current_card_type(), self.ui.newSimPlanCombo.currentData()
        if card_type is None or not isinstance(data, str):
            return None
        return next((plan for plan in card_type.plans if plan.code == data), None)

    def _current_id_type(self) -> IdType | None:
        data = self.ui.newSimIdTypeCombo.currentData()
        return IdType(data) if isinstance(data, str) else None

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]], selected: str) -> None:
        """Replace *combo*'s (text, data) items, keeping *selected* data if still there."""
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(selected) if selected else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        combo.blockSignals(False)

    def _fill_carriers(self, selected: str) -> None:
        items = [(self._pick((offer.name_zh, offer.name_en)), offer.code) for offer in self.offers]
        self._refill(self.ui.newSimCarrierCombo, items, selected)
        self._fill_card_types(self._card_type_data())
        self._fill_id_types(self._id_type_data())

    def _card_type_data(self) -> str:
        data = self.ui.newSimCardTypeCombo.currentData()
        return data if isinstance(data, str) else ""

    def _id_type_data(self) -> str:
        data = self.ui.newSimIdTypeCombo.currentData()
        return data if isinstance(data, str) else ""

    def _fill_card_types(self, selected: str) -> None:
        carrier = self._current_carrier()
        offered = carrier.card_types if carrier is not None else ()
        items = [(card_type_name(offer.card_type), offer.card_type.value) for offer in offered]
        self._refill(self.ui.newSimCardTypeCombo, items, selected)
        plan = self.ui.newSimPlanCombo.currentData()
        self._fill_plans(plan if isinstance(plan, str) else "")
        self._show_secondary()

    def _fill_plans(self, selected: str) -> None:
        carrier, card_type = self._current_carrier(), self._current_card_type()
        plans = card_type.plans if card_type is not None else ()
        # A plan's name usually starts with its carrier's, chosen just above: without it
        # the period and the price fit the box on a 1024-pixel screen.
        prefix = self._pick((carrier.name_zh, carrier.name_en)) if carrier is not None else ""
        items = []
        for plan in plans:
            name = self._pick((plan.name_zh, plan.name_en))
            short = name.removeprefix(prefix).strip() if prefix else name
            items.append(
                (
                    self.tr("{plan} · {price}").format(
                        plan=short or name, price=format_money(plan.price)
                    ),
                    plan.code,
                )
            )
        self._refill(self.ui.newSimPlanCombo, items, selected)

    def _fill_id_types(self, selected: str) -> None:
        carrier = self._current_carrier()
        accepted = carrier.accepted_id_types if carrier is not None else ()
        items = [(document_name(id_type), id_type.value) for id_type in accepted]
        # The HKID is compulsory for its holders, so it is where a fresh form starts.
        self._refill(self.ui.newSimIdTypeCombo, items, selected or IdType.HKID.value)
        self._show_country()

    def _show_secondary(self) -> None:
        card_type = self._current_card_type()
        dual = card_type is not None and card_type.card_type is CardType.DUAL
        ui = self.ui
        for widget in (ui.newSimSecondaryLabel, ui.newSimSecondaryInput):
            widget.setVisible(dual)
        ui.newSimSecondaryInput.setEnabled(dual)
        if not dual:
            self._problems.pop("secondary_msisdn", None)
        self._show_problems()

    def _show_country(self) -> None:
        passport = self._current_id_type() is IdType.PASSPORT
        ui = self.ui
        for widget in (ui.newSimCountryLabel, ui.newSimCountryInput):
            widget.setVisible(passport)
        ui.newSimCountryInput.setEnabled(passport)
        if not passport:
            self._problems.pop("country", None)
        self._show_problems()

    @Slot(int)
    def _on_carrier_changed(self, _index: int) -> None:
        self._forget_problem("carrier")
        self._fill_card_types(self._card_type_data())
        self._fill_id_types(self._id_type_data())

    @Slot(int)
    def _on_card_type_changed(self, _index: int) -> None:
        self._forget_problem("card_type")
        plan = self.ui.newSimPlanCombo.currentData()
        self._fill_plans(plan if isinstance(plan, str) else "")
        self._show_secondary()

    @Slot(int)
    def _on_plan_changed(self, _index: int) -> None:
        self._forget_problem("plan")

    @Slot(int)
    def _on_id_type_changed(self, _index: int) -> None:
        self._forget_problem("id_type")
        self._forget_problem("id_number")
        self._show_country()

    @Slot(str)
    def _on_country_edited(self, text: str) -> None:
        field = self.ui.newSimCountryInput
        if text != text.upper():
            cursor = field.cursorPosition()
            field.setText(text.upper())
            field.setCursorPosition(cursor)

    @Slot(bool)
    def _on_photo_toggled(self, _checked: bool) -> None:
        self._forget_problem("photo_matches")

    # --- problems next to their fields ---------------------------------------------------

    def _forget_problem(self, field: str) -> None:
        place = self._error_labels.get(field)
        for name in [name for name in self._problems if self._error_labels.get(name) is place]:
            if name:
                del self._problems[name]
        self._show_problems()

    def _show_problems(self) -> None:
        """Each problem in its field's label, in the current language; empty labels hidden."""
        texts: dict[QLabel, list[str]] = {label: [] for label in self._error_labels.values()}
        problems = list(self._problems.items())
        if self._offers_problem:
            problems.append(("", self._offers_problem))
        for field, problem in problems:
            text = describe(problem) if isinstance(problem, InputError) else problem
            if text:
                texts[self._error_labels[field]].append(text)
        for label, lines in texts.items():
            label.setText("\n".join(dict.fromkeys(lines)))
            label.setVisible(bool(lines))

    def _first_problem_widget(self) -> QWidget | None:
        for field in _FORM_FIELDS:
            if field in self._problems:
                return self._focus_of[field]
        return None

    def _check_form(self) -> tuple[NewSim | None, NewSimPlan | None, Holder | None]:
        """What the clerk typed as a NewSim, or None with every problem in _problems."""
        ui = self.ui
        problems: list[InputError] = []
        carrier, card_type, plan = (
            self._current_carrier(),
            self._current_card_type(),
            self._current_plan(),
        )
        if carrier is None:
            problems.append(
                InputError("choose the carrier", code=ErrorCode.CARRIER_UNKNOWN, field="carrier")
            )
        elif card_type is None:
            problems.append(
                InputError(
                    "choose the card type", code=ErrorCode.REGISTRATION_CARD_TYPE, field="card_type"
                )
            )
        elif plan is None:
            problems.append(
                InputError("choose the first plan", code=ErrorCode.REGISTRATION_PLAN, field="plan")
            )
        msisdn = attempt(problems, lambda: parse_msisdn(ui.newSimMsisdnInput.text()))
        dual = card_type is not None and card_type.card_type is CardType.DUAL
        secondary = ui.newSimSecondaryInput.text() if dual else ""
        if dual:
            attempt(problems, lambda: _parse_secondary(secondary))
        attempt(problems, lambda: parse_iccid(ui.newSimIccidInput.text()))
        born = attempt(problems, lambda: parse_birth_date(ui.newSimDobInput.text()))
        id_type = self._current_id_type()
        country = ui.newSimCountryInput.text().strip().upper() if id_type is IdType.PASSPORT else ""
        holder, found = holder_problems(
            name_en=ui.newSimNameEnInput.text(),
            name_zh=ui.newSimNameZhInput.text(),
            date_of_birth=born,
            id_type=id_type.value if id_type is not None else "",
            id_number=ui.newSimIdNumberInput.text(),
            id_country=country,
            today=self.station.today(),
        )
        problems.extend(found)
        if not ui.newSimPhotoCheck.isChecked():
            problems.append(
                InputError(
                    "confirm that the photo on the document matches the customer",
                    code=ErrorCode.IDENTITY_PHOTO,
                    field="photo_matches",
                )
            )
        self._problems = {}
        for problem in problems:
            self._problems.setdefault(_form_field(problem), problem)
        self._show_problems()
        if problems or carrier is None or card_type is None or plan is None or holder is None:
            return None, None, None
        new_sim = NewSim(
            msisdn=msisdn or "",
            iccid=ui.newSimIccidInput.text(),
            carrier_code=carrier.code,
            card_type=card_type.card_type.value,
            plan_code=plan.code,
            name_en=ui.newSimNameEnInput.text(),
            name_zh=ui.newSimNameZhInput.text(),
            date_of_birth=born,
            id_type=holder.document.id_type.value,
            id_number=ui.newSimIdNumberInput.text(),
            id_country=country,
            secondary_msisdn=secondary,
            photo_matches=True,
        )
        return new_sim, plan, holder

    # --- the statement -------------------------------------------------------------------

    def _statement(self) -> str:
        counter = self.station.counter
        shop = self._pick((counter.shop_name_zh, counter.shop_name_en))
        return self.tr(
            "Why: we collect your personal data to register this SIM card in your name, as "
            "the Telecommunications (Registration of SIM Cards) Regulation (Cap. 106AI) "
            "requires, and to serve the line: renewals, top-ups and enquiries.\n\n"
            "What: your name, date of birth, and the type and number of your identity "
            "document. {shop} keeps the document number only as a keyed code and a masked "
            "form; the carrier receives the registration details the Regulation requires.\n\n"
            "Who receives them: the carrier (mobile network operator) of this SIM card.\n\n"
            "Giving these data is obligatory: without them the SIM card cannot be "
            "registered or sold.\n\n"
            "Access and correction: under the Personal Data (Privacy) Ordinance (Cap. 486) "
            "you may ask to see and correct your personal data by contacting {shop}."
        ).format(shop=shop)

    @Slot()
    def _on_agree(self) -> None:
        if self.busy or self.ui.newSimStack.currentWidget() is not self.ui.newSimStatementPage:
            return
        self._show_page(self.ui.newSimFormPage)

    @Slot()
    def _on_leave(self) -> None:
        if self.busy:
            return
        self.flow.clear()
        self._clear_customer()
        self.ui.newSimStack.setCurrentWidget(self.ui.newSimStatementPage)
        self.finished.emit("")

    # --- the form ------------------------------------------------------------------------

    def _field_chain(self) -> list[QWidget]:
        """The form's inputs in Enter order, without those hidden for this card or document."""
        return [
            widget
            for widget in self._focus_of.values()
            if widget.isVisibleTo(self.ui.newSimFormPage) and widget.isEnabled()
        ]

    @Slot()
    def _on_form_enter(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, QPushButton):
            if focused is self.ui.newSimContinueButton:
                self._on_continue()
            elif focused.isEnabled():
                focused.click()
            return
        chain = self._field_chain()
        if focused in chain and focused is not chain[-1]:
            self._focus(chain[chain.index(focused) + 1])
            return
        self._on_continue()

    @Slot()
    def _on_back_to_statement(self) -> None:
        if self.busy:
            return
        self._show_page(self.ui.newSimStatementPage)

    @Slot()
    def _on_continue(self) -> None:
        ui = self.ui
        if self.busy or ui.newSimStack.currentWidget() is not ui.newSimFormPage:
            return
        new_sim, plan, holder = self._check_form()
        if new_sim is None or plan is None or holder is None:
            widget = self._first_problem_widget()
            if widget is not None:
                self._focus(widget)
            return
        self.flow.start(
            SaleKind.NEW_SIM,
            partial(self._on_sale_started, new_sim, plan, holder),
            self._form_problem,
        )

    def _form_problem(self, error: InputError) -> None:
        self._problems[""] = error
        self._show_problems()

    def _on_sale_started(
        self, new_sim: NewSim, plan: NewSimPlan, holder: Holder, _draft: SaleView
    ) -> None:
        self.flow.pay(
            plan.price,
            partial(self._summary, new_sim, plan, holder),
            partial(self.station.complete_new_sim, new_sim=new_sim),
            back=self._on_back_to_form,
            refused=self._on_refused,
            customer=self._serving(new_sim, plan),
        )

    def _serving(self, new_sim: NewSim, plan: NewSimPlan) -> Serving:
        """What the customer's screen shows: the new number in full, carrier, plan, expiry.

        Never the holder's name or document: the customer's screen faces the queue too.
        """
        carrier = next(offer for offer in self.offers if offer.code == new_sim.carrier_code)
        today = self.station.today()
        return Serving(
            CustomerSaleKind.NEW_SIM,
            format_msisdn(new_sim.msisdn),
            carrier.name_zh,
            carrier.name_en,
            plan_zh=plan.name_zh,
            plan_en=plan.name_en,
            expires_after=renewed_expiry(today, today, plan.months),
        )

    def _summary(self, new_sim: NewSim, plan: NewSimPlan, holder: Holder) -> list[str]:
        """What to read back to the customer before taking the money."""
        carrier = next(offer for offer in self.offers if offer.code == new_sim.carrier_code)
        today = self.station.today()
        number = format_msisdn(new_sim.msisdn)
        if new_sim.secondary_msisdn:
            number += " + " + format_msisdn(parse_msisdn(new_sim.secondary_msisdn))
        name = " ".join(part for part in (holder.name_en, holder.name_zh) if part)
        return [
            self.tr("New SIM card: {carrier}, {card_type}").format(
                carrier=self._pick((carrier.name_zh, carrier.name_en)),
                card_type=card_type_name(CardType(new_sim.card_type)),
            ),
            self.tr("Number {number}").format(number=number),
            self.tr("{plan}, valid until {date}").format(
                plan=self._pick((plan.name_zh, plan.name_en)),
                date=renewed_expiry(today, today, plan.months).isoformat(),
            ),
            self.tr("Holder {name}, {document} {masked}").format(
                name=name,
                document=document_name(holder.document.id_type),
                masked=holder.document.masked,
            ),
        ]

    # --- payment and done ----------------------------------------------------------------

    def _on_refused(self, error: InputError) -> bool:
        """A registration problem goes back to the form by its field; a payment one stays."""
        if error.code.startswith("payment."):
            return False
        # The registration is the clerk's to fix: back to the form, everything kept.
        self.flow.give_up()
        self._problems = {_form_field(error): error}
        self._show_problems()
        self._show_page(self.ui.newSimFormPage)
        return True

    def _on_back_to_form(self) -> None:
        self.flow.give_up()
        self.ui.newSimStack.setCurrentWidget(self.ui.newSimFormPage)
        self._focus(self.ui.newSimContinueButton)

    @Slot(object)
    def _on_completed(self, sale: SaleView) -> None:
        # Kept no longer than needed: the holder is registered, the form is wiped now.
        self._wipe_personal_data()
        self.saleCompleted.emit(sale)

    @Slot(str)
    def _on_next_customer(self, number: str) -> None:
        """The next customer is served at the line sale screen, with what was typed."""
        self.flow.clear()
        self._clear_customer()
        self._show_page(self.ui.newSimStatementPage)
        self.finished.emit(number)

    # --- clearing ------------------------------------------------------------------------

    def _wipe_personal_data(self) -> None:
        # setText() (unlike clear()) also empties the undo history: Ctrl+Z brings nothing back.
        for text_input in self._line_edits:
            text_input.setText("")
        self.ui.newSimPhotoCheck.setChecked(False)

    def _clear_customer(self) -> None:
        """Every field back to a fresh form."""
        self._wipe_personal_data()
        ui = self.ui
        for combo in (ui.newSimCardTypeCombo, ui.newSimPlanCombo, ui.newSimIdTypeCombo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self._problems = {}
        self._fill_carriers("")

    # --- events --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """Every text made here, in the current language (the form's own are retranslateUi's)."""
        self.ui.newSimStatementLabel.setText(self._statement())
        self._fill_carriers(self._current_carrier_code())
        self._show_offers_problem()
        self._show_problems()

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            if not self._offers_loaded and not self._offers_loading:
                self._load_offers()
            self._show_page(self.ui.newSimStack.currentWidget())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
