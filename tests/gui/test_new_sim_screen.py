"""The new SIM screen driven from the keyboard: real registrations on real databases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from stdnum import luhn

from counter_app.domain.errors import InputError
from counter_app.domain.holders import MAX_LINES_PER_DOCUMENT
from counter_app.domain.new_sims import NewSim
from counter_app.domain.sales import SaleKind
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.gui.error_text import describe
from counter_app.gui.i18n import language_switcher
from counter_app.gui.new_sim_screen import NewSimScreen
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys, registration, sales, shifts, staff
from counter_app.services.keys import InstallationSecret
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import Base, Customer, Line, Payment, Sale
from counter_app.store.schema import upgrade

PASSWORD = "pw-123456"
HKID = "A1234563"  # made up, with a valid check digit


def iccid(serial: int) -> str:
    body = f"898520100{serial:09d}"
    return body + luhn.calc_check_digit(body)


@dataclass(frozen=True)
class Entry:
    """What the clerk types or picks for one customer, field by field."""

    carrier: str = "BAUHINIA"
    card_type: str = "hk_registered"
    plan: str = "BAU-R12"
    msisdn: str = "6123 4567"
    secondary: str = ""
    iccid: str = iccid(1)
    name_en: str = "Chan Tai Man"
    name_zh: str = "陳大文"
    dob: str = "04/05/1990"
    id_type: str = "hkid"
    id_number: str = "A123456(3)"
    country: str = ""
    photo: bool = True


GOOD = Entry()


@dataclass
class Shop:
    screen: NewSimScreen
    db: Database
    secret: InstallationSecret
    station: Station
    taken_msisdn: str


@pytest.fixture
def shop(qtbot: QtBot, database_url: str, tmp_path: Path) -> Iterator[Shop]:
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(tmp_path / "s.json")
    built = demo.build(db, secret, lines=5, password=PASSWORD)
    ctx = counter_context(db, "C1")
    assert ctx is not None
    clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=ctx.counter_id)
    shifts.open_shift(db, clerk, ctx.counter_id, 0)
    station = Station(db, secret, ctx, clerk=clerk, data_dir=tmp_path / "data")
    screen = NewSimScreen(station)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    with qtbot.waitExposed(screen):
        screen.show()
    # Shortcuts (Enter, Esc, F8) only reach the active window.
    with qtbot.waitActive(screen):
        screen.activateWindow()
    screen.start()
    qtbot.waitUntil(lambda: screen.ui.newSimCarrierCombo.count() > 0, timeout=10_000)
    yield Shop(screen, db, secret, station, built.samples[0].msisdn)
    screen.close()
    assert wait_for_tasks(10_000)
    db.dispose()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key) -> None:
    QTest.keyClick(focused(), key)


def type_in(widget: QWidget, text: str) -> None:
    """Type as the clerk does: keys for ASCII, the input method's commit for Chinese."""
    assert focused() is widget, f"{focused().objectName()} has the focus, not {widget.objectName()}"
    if text.isascii():
        QTest.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def choose(combo: QComboBox, data: str) -> None:
    """Pick the item by keyboard: Home, then Down until it is current."""
    assert focused() is combo
    press(Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        press(Qt.Key.Key_Down)
    assert combo.currentData() == data, f"{data} is not offered in {combo.objectName()}"


def fill_form(qtbot: QtBot, screen: NewSimScreen, customer: Entry = GOOD) -> None:
    """From the statement page: Enter, then every field by keyboard, Enter moving on."""
    ui = screen.ui
    qtbot.waitUntil(ui.newSimAgreeButton.hasFocus, timeout=5_000)
    press(Qt.Key.Key_Return)
    assert ui.newSimStack.currentWidget() is ui.newSimFormPage
    steps: list[tuple[QWidget, str]] = [
        (ui.newSimCarrierCombo, customer.carrier),
        (ui.newSimCardTypeCombo, customer.card_type),
        (ui.newSimPlanCombo, customer.plan),
        (ui.newSimMsisdnInput, customer.msisdn),
    ]
    if customer.card_type == "dual":
        steps.append((ui.newSimSecondaryInput, customer.secondary))
    steps += [
        (ui.newSimIccidInput, customer.iccid),
        (ui.newSimNameEnInput, customer.name_en),
        (ui.newSimNameZhInput, customer.name_zh),
        (ui.newSimDobInput, customer.dob),
        (ui.newSimIdTypeCombo, customer.id_type),
        (ui.newSimIdNumberInput, customer.id_number),
    ]
    if customer.id_type == "passport":
        steps.append((ui.newSimCountryInput, customer.country))
    for widget, value in steps:
        qtbot.waitUntil(widget.hasFocus, timeout=5_000)
        if isinstance(widget, QComboBox):
            choose(widget, value)
        elif value:
            type_in(widget, value)
        press(Qt.Key.Key_Return)
    qtbot.waitUntil(ui.newSimPhotoCheck.hasFocus, timeout=5_000)
    if customer.photo:
        press(Qt.Key.Key_F8)
    assert ui.newSimPhotoCheck.isChecked() is customer.photo


def typed(screen: NewSimScreen) -> dict[str, str]:
    return {edit.objectName(): edit.text() for edit in form_line_edits(screen)}


def form_line_edits(screen: NewSimScreen) -> list[QLineEdit]:
    edits = screen.ui.newSimFormPage.findChildren(QLineEdit)
    assert len(edits) == 8
    return edits


def to_payment(qtbot: QtBot, screen: NewSimScreen, customer: Entry = GOOD) -> None:
    fill_form(qtbot, screen, customer)
    press(Qt.Key.Key_Return)
    panel = screen.payment_panel
    qtbot.waitUntil(lambda: screen.ui.newSimStack.currentWidget() is screen.flow.payment_page)
    qtbot.waitUntil(panel.ui.cashTenderedInput.hasFocus, timeout=5_000)


def sales_by_state(db: Database) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(select(Sale.state).where(Sale.kind == "new_sim").order_by(Sale.id))
        )


def text_of(error_code: str) -> str:
    return describe(InputError(error_code, code=error_code))


# --- the screen ----------------------------------------------------------------------------


STABLE_NAMES = (
    "newSimStack",
    "newSimStatementPage",
    "newSimAgreeButton",
    "newSimFormPage",
    "newSimCarrierCombo",
    "newSimCardTypeCombo",
    "newSimPlanCombo",
    "newSimMsisdnInput",
    "newSimSecondaryInput",
    "newSimIccidInput",
    "newSimNameEnInput",
    "newSimNameZhInput",
    "newSimDobInput",
    "newSimIdTypeCombo",
    "newSimIdNumberInput",
    "newSimCountryInput",
    "newSimPhotoCheck",
    "newSimContinueButton",
    "newSimPaymentPage",
    "newSimDonePage",
    "newSimPrintButton",
)


def test_the_widgets_have_their_stable_names_and_buttons_name_their_keys(shop: Shop) -> None:
    screen = shop.screen
    for name in STABLE_NAMES:
        assert screen.findChild(QWidget, name) is not None, name
    for button in screen.findChildren(QPushButton):
        if button.objectName().startswith("newSim"):
            assert re.search(r"\((Enter|Esc|F\d+|Ctrl\+[A-Z])\)$", button.text()), button.text()
            assert button.minimumHeight() >= 48, button.objectName()
    assert screen.ui.newSimPhotoCheck.text().endswith("(F8)")


def test_a_new_sim_registered_and_paid_in_cash(qtbot: QtBot, shop: Shop) -> None:
    screen, ui, panel = shop.screen, shop.screen.ui, shop.screen.payment_panel
    to_payment(qtbot, screen)
    assert panel.ui.totalLabel.text() == "HK$158.00"
    summary = panel.ui.confirmSummaryLabel.text()
    assert "+852 6123 4567" in summary and "12-month renewal" in summary
    assert "A••••••(•)" in summary and "A123456" not in summary
    assert sales_by_state(shop.db) == ["draft"]

    type_in(panel.ui.cashTenderedInput, "200")
    with qtbot.waitSignal(screen.saleCompleted, timeout=10_000) as completed:
        press(Qt.Key.Key_Return)
    sale = completed.args[0]
    done = screen.flow.done_panel.ui
    assert ui.newSimStack.currentWidget() is screen.flow.done_page
    assert done.nextCustomerInput.hasFocus()
    assert done.doneTitleLabel.text() == "New SIM card registered and sold"
    assert sale.receipt_no and sale.receipt_no in done.receiptNoLabel.text()
    summary = done.doneSummaryLabel.text()
    assert "+852 6123 ••67" in summary
    assert "12-month renewal" in summary
    assert sale.expires_after.isoformat() in summary
    assert "HK$42.00" in summary
    language_switcher().set_language("zh_HK")
    assert sale.items[0].name_zh == "新卡 紫荊流動 12個月續期"
    assert sale.items[0].name_zh in done.doneSummaryLabel.text()
    assert ui.newSimCarrierCombo.currentText() == "紫荊流動"
    assert sale.receipt_no in done.receiptNoLabel.text()
    language_switcher().set_language("en")
    assert sale.items[0].name_en in done.doneSummaryLabel.text()
    # Kept no longer than needed: the registered customer's data is gone from the form.
    assert all(edit.text() == "" for edit in form_line_edits(screen))

    with shop.db.read() as session:
        line = session.scalars(select(Line).where(Line.msisdn == "+85261234567")).one()
        assert (line.card_type, line.iccid, line.carrier.code) == (
            "hk_registered",
            GOOD.iccid,
            "BAUHINIA",
        )
        customer = session.execute(
            select(Customer.__table__).where(Customer.id == line.customer_id)
        ).one()
        record = session.scalars(select(Sale).where(Sale.uuid == sale.uuid)).one()
        assert (record.kind, record.state, record.receipt_no, record.line_id) == (
            "new_sim",
            "completed",
            sale.receipt_no,
            line.id,
        )
        payments = session.scalars(select(Payment).where(Payment.sale_id == record.id)).all()
        assert [(p.tender, p.amount, p.tendered, p.change) for p in payments] == [
            ("cash", 15_800, 20_000, 4_200)
        ]
        # No column of any table holds the document number, however it is written.
        everything = [
            str(value)
            for table in Base.metadata.sorted_tables
            for row in session.execute(select(table))
            for value in row
        ]
    fields = customer._mapping
    assert fields["name_en"] == "CHAN TAI MAN" and fields["name_zh"] == "陳大文"
    assert fields["date_of_birth"] == date(1990, 5, 4)
    assert fields["id_type"] == "hkid" and fields["id_masked"] == "A••••••(•)"
    assert len(fields["id_hash"]) == 64
    for value in fields.values():
        assert "A123456" not in str(value) and "1234563" not in str(value)
    assert not any("A123456" in value or "1234563" in value for value in everything)


def test_a_double_press_never_completes_twice(qtbot: QtBot, shop: Shop) -> None:
    screen, panel = shop.screen, shop.screen.payment_panel
    completions: list[object] = []
    screen.saleCompleted.connect(completions.append)
    to_payment(qtbot, screen)
    type_in(panel.ui.cashTenderedInput, "158")
    tenders = [Tender(TenderKind.CASH, 15_800, tendered=15_800)]
    with qtbot.waitSignal(screen.saleCompleted, timeout=10_000):
        press(Qt.Key.Key_Return)
        assert screen.busy
        press(Qt.Key.Key_Return)
        panel.ui.completeSaleButton.click()
        panel.completeRequested.emit(tenders)
    assert wait_for_tasks(10_000)
    qtbot.wait(50)
    assert len(completions) == 1
    assert sales_by_state(shop.db) == ["completed"]
    with shop.db.read() as session:
        assert session.scalar(select(func.count(Payment.id))) == 1
        assert session.scalar(select(func.count(Line.id)).where(Line.msisdn == "+85261234567")) == 1


def test_the_statement_comes_first_and_esc_keeps_what_was_typed(qtbot: QtBot, shop: Shop) -> None:
    screen, ui = shop.screen, shop.screen.ui
    assert ui.newSimStack.currentWidget() is ui.newSimStatementPage
    statement = ui.newSimStatementLabel.text()
    for words in ("Cap. 106AI", "Personal Data (Privacy) Ordinance", "obligatory", "carrier"):
        assert words in statement
    assert "(Enter)" in ui.newSimAgreeButton.text()
    assert "(Enter)" in ui.newSimContinueButton.text()
    assert "(Esc)" in ui.newSimStatementBackButton.text()

    fill_form(qtbot, screen)
    before = typed(screen)
    assert before["newSimIdNumberInput"] == GOOD.id_number
    press(Qt.Key.Key_Escape)
    assert ui.newSimStack.currentWidget() is ui.newSimStatementPage
    assert ui.newSimAgreeButton.hasFocus()
    press(Qt.Key.Key_Return)
    assert ui.newSimStack.currentWidget() is ui.newSimFormPage
    assert typed(screen) == before and ui.newSimPhotoCheck.isChecked()

    # Esc on payment gives the draft up and goes back to the form, still filled in.
    ui.newSimContinueButton.setFocus()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.newSimStack.currentWidget() is screen.flow.payment_page)
    assert sales_by_state(shop.db) == ["draft"]
    qtbot.waitUntil(screen.payment_panel.ui.cashTenderedInput.hasFocus, timeout=5_000)
    press(Qt.Key.Key_Escape)
    assert ui.newSimStack.currentWidget() is ui.newSimFormPage
    qtbot.waitUntil(lambda: sales_by_state(shop.db) == ["abandoned"], timeout=10_000)
    assert typed(screen) == before

    # Esc twice leaves the screen, and the customer's data does not stay behind.
    press(Qt.Key.Key_Escape)
    with qtbot.waitSignal(screen.finished):
        press(Qt.Key.Key_Escape)
    assert all(text == "" for text in typed(screen).values())
    assert ui.newSimStack.currentWidget() is ui.newSimStatementPage
    assert sales_by_state(shop.db) == ["abandoned"]


BAD_ICCID = GOOD.iccid[:-1] + str((int(GOOD.iccid[-1]) + 1) % 10)


@pytest.mark.parametrize(
    ("customer", "field", "code"),
    [
        (replace(GOOD, msisdn="1234 567"), "newSimMsisdn", "phone.invalid"),
        (replace(GOOD, msisdn="2123 4567"), "newSimMsisdn", "phone.not_mobile"),
        (replace(GOOD, iccid=BAD_ICCID), "newSimIccid", "iccid.check_digit"),
        (replace(GOOD, name_en="", name_zh=""), "newSimNameEn", "holder.name"),
        (replace(GOOD, name_en="Chan Tai Man 2"), "newSimNameEn", "holder.name_en"),
        (replace(GOOD, name_zh="陳大man"), "newSimNameZh", "holder.name_zh"),
        (replace(GOOD, dob="31/02/1990"), "newSimDob", "holder.date_of_birth_format"),
        (replace(GOOD, dob=""), "newSimDob", "holder.date_of_birth_missing"),
        (replace(GOOD, dob="01/01/2099"), "newSimDob", "holder.date_of_birth"),
        (replace(GOOD, id_number="A123456(7)"), "newSimIdNumber", "id.hkid.check_digit"),
        (
            replace(GOOD, id_type="passport", id_number="K1234567", country="XX"),
            "newSimCountry",
            "id.passport.country",
        ),
        (replace(GOOD, photo=False), "newSimPhoto", "identity.photo"),
        (
            replace(GOOD, carrier="PEARL", card_type="dual", plan="PEA-R12"),
            "newSimSecondary",
            "registration.secondary",
        ),
        (
            replace(GOOD, carrier="PEARL", card_type="dual", plan="PEA-R12", secondary="12"),
            "newSimSecondary",
            "phone.invalid",
        ),
    ],
)
def test_bad_input_is_refused_next_to_its_field_and_nothing_is_lost(
    qtbot: QtBot, shop: Shop, customer: Entry, field: str, code: str
) -> None:
    screen, ui = shop.screen, shop.screen.ui
    fill_form(qtbot, screen, customer)
    before = typed(screen)
    press(Qt.Key.Key_Return)

    assert ui.newSimStack.currentWidget() is ui.newSimFormPage
    label = screen.findChild(QLabel, f"{field}ErrorLabel")
    assert label is not None and label.isVisible()
    assert label.text() == text_of(code)
    assert label.text() != code  # a sentence, not the code
    target = screen.findChild(QWidget, f"{field}Input") or screen.findChild(
        QWidget, f"{field}Check"
    )
    assert target is not None and target.hasFocus()
    others = [
        other.text()
        for other in screen.ui.newSimFormPage.findChildren(QLabel)
        if other.objectName().endswith("ErrorLabel") and other is not label
    ]
    assert others == [""] * len(others)
    assert typed(screen) == before
    assert ui.newSimPhotoCheck.isChecked() is customer.photo
    assert sales_by_state(shop.db) == []

    language_switcher().set_language("zh_HK")
    assert label.text() == text_of(code) and label.text()
    assert typed(screen) == before
    language_switcher().set_language("en")
    assert label.text() == text_of(code)


def test_every_problem_is_shown_at_once_and_fixing_one_clears_its_message(
    qtbot: QtBot, shop: Shop
) -> None:
    screen, ui = shop.screen, shop.screen.ui
    fill_form(
        qtbot,
        screen,
        Entry(
            carrier="PEARL",
            card_type="dual",
            plan="PEA-R01",
            msisdn="12",
            secondary="",
            iccid="8985",
            name_en="Chan 2",
            name_zh="陳man",
            dob="2099-01-01",
            id_type="hkid",
            id_number="A1234567",
            photo=False,
        ),
    )
    press(Qt.Key.Key_Return)
    names = ("Msisdn", "Secondary", "Iccid", "NameEn", "NameZh", "Dob", "IdNumber", "Photo")
    labels = {name: screen.findChild(QLabel, f"newSim{name}ErrorLabel") for name in names}
    assert all(label is not None and label.text() for label in labels.values()), {
        name: label.text() for name, label in labels.items() if label is not None
    }
    assert ui.newSimMsisdnInput.hasFocus()
    type_in(ui.newSimMsisdnInput, "6123 4567")
    assert labels["Msisdn"] is not None and labels["Msisdn"].text() == ""
    assert labels["Iccid"] is not None and labels["Iccid"].text()


def test_a_document_the_carrier_does_not_accept_cannot_be_chosen(qtbot: QtBot, shop: Shop) -> None:
    screen, ui = shop.screen, shop.screen.ui
    fill_form(qtbot, screen)
    combo = ui.newSimIdTypeCombo

    def offered() -> list[str]:
        return [combo.itemData(index) for index in range(combo.count())]

    assert offered() == ["hkid", "mo_id", "eep", "passport"]
    assert combo.itemText(0) == "HKID card"
    ui.newSimCarrierCombo.setFocus()
    choose(ui.newSimCarrierCombo, "PEARL")
    assert offered() == ["hkid", "mo_id", "eep", "passport", "cn_ric", "hrp"]
    combo.setFocus()
    choose(combo, "cn_ric")
    ui.newSimCarrierCombo.setFocus()
    choose(ui.newSimCarrierCombo, "BAUHINIA")
    assert "cn_ric" not in offered() and combo.currentData() == "hkid"
    assert not ui.newSimCountryInput.isVisible()
    combo.setFocus()
    choose(combo, "passport")
    assert ui.newSimCountryInput.isVisible()


def test_the_eleventh_line_for_one_document_is_refused_and_the_form_kept(
    qtbot: QtBot, shop: Shop
) -> None:
    clerk = shop.station.clerk
    assert clerk is not None
    for n in range(MAX_LINES_PER_DOCUMENT):
        draft = sales.start_sale(shop.db, clerk, shop.station.counter_id, SaleKind.NEW_SIM)
        registration.complete_new_sim(
            shop.db,
            clerk,
            draft.uuid,
            NewSim(
                msisdn=f"6{2_000_000 + n:07d}",
                iccid=iccid(100 + n),
                carrier_code="BAUHINIA",
                card_type="number_keeping",
                plan_code="BAU-R01",
                name_en="Chan Tai Man",
                name_zh="",
                date_of_birth=None,
                id_type="hkid",
                id_number=HKID,
                photo_matches=True,
            ),
            tenders=[Tender(TenderKind.CASH, 1_800)],
            secret=shop.secret,
        )
    screen, ui = shop.screen, shop.screen.ui
    to_payment(qtbot, screen)
    before = typed(screen)
    type_in(screen.payment_panel.ui.cashTenderedInput, "500")
    press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: ui.newSimStack.currentWidget() is ui.newSimFormPage, timeout=10_000)
    assert ui.newSimIdNumberErrorLabel.text() == text_of("registration.limit")
    assert ui.newSimIdNumberInput.hasFocus()
    assert typed(screen) == before and ui.newSimPhotoCheck.isChecked()
    qtbot.waitUntil(lambda: sales_by_state(shop.db)[-1] == "abandoned", timeout=10_000)
    with shop.db.read() as session:
        assert session.scalar(select(Line.id).where(Line.msisdn == "+85261234567")) is None


def taken_iccid(db: Database, msisdn: str) -> str:
    with db.read() as session:
        return session.scalars(select(Line.iccid).where(Line.msisdn == msisdn)).one()


@pytest.mark.parametrize("field", ["Msisdn", "Iccid"])
def test_a_number_or_sim_card_already_in_use_is_refused_at_its_field(
    qtbot: QtBot, shop: Shop, field: str
) -> None:
    screen, ui = shop.screen, shop.screen.ui
    if field == "Msisdn":
        customer, code, fixed = replace(GOOD, msisdn=shop.taken_msisdn), "msisdn", "6123 4567"
    else:
        customer = replace(GOOD, iccid=taken_iccid(shop.db, shop.taken_msisdn))
        code, fixed = "iccid", iccid(3)
    field_input = screen.findChild(QLineEdit, f"newSim{field}Input")
    error_label = screen.findChild(QLabel, f"newSim{field}ErrorLabel")
    assert field_input is not None and error_label is not None
    to_payment(qtbot, screen, customer)
    before = typed(screen)
    type_in(screen.payment_panel.ui.cashTenderedInput, "158")
    press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: ui.newSimStack.currentWidget() is ui.newSimFormPage, timeout=10_000)
    assert error_label.text() == text_of(f"registration.{code}_taken")
    assert field_input.hasFocus()
    assert typed(screen) == before

    # Fixed on the form, the same customer goes through with a fresh draft.
    field_input.selectAll()
    type_in(field_input, fixed)
    assert error_label.text() == ""
    ui.newSimContinueButton.setFocus()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(screen.payment_panel.ui.cashTenderedInput.hasFocus, timeout=10_000)
    type_in(screen.payment_panel.ui.cashTenderedInput, "158")
    with qtbot.waitSignal(screen.saleCompleted, timeout=10_000):
        press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "completed" in sales_by_state(shop.db), timeout=10_000)
    assert sorted(sales_by_state(shop.db)) == ["abandoned", "completed"]


def test_next_customer_clears_every_field(qtbot: QtBot, shop: Shop) -> None:
    screen, ui = shop.screen, shop.screen.ui
    combos = (
        ui.newSimCarrierCombo,
        ui.newSimCardTypeCombo,
        ui.newSimPlanCombo,
        ui.newSimIdTypeCombo,
    )
    fresh = [(combo.currentIndex(), combo.currentData()) for combo in combos]
    assert fresh[-1] == (0, "hkid")
    # Every input used: a dual card (mainland number) for a passport holder (country).
    customer = Entry(
        carrier="PEARL",
        card_type="dual",
        plan="PEA-R03",
        msisdn="6123 4567",
        secondary="138 0013 8000",
        iccid=iccid(2),
        name_en="Smith John",
        name_zh="",
        dob="1985-12-31",
        id_type="passport",
        id_number="K1234567",
        country="gbr",
    )
    to_payment(qtbot, screen, customer)
    assert sum(1 for text in typed(screen).values() if text) == 7
    type_in(screen.payment_panel.ui.cashTenderedInput, "48")
    with qtbot.waitSignal(screen.saleCompleted, timeout=10_000):
        press(Qt.Key.Key_Return)
    assert screen.flow.done_panel.ui.receiptNoLabel.text()

    # The next customer is served at the line sale screen (it used to be another new-SIM
    # form); what was typed on the done page goes with them.
    type_in(screen.flow.done_panel.ui.nextCustomerInput, "9123 4567")
    with qtbot.waitSignal(screen.finished) as finished:
        press(Qt.Key.Key_Return)
    assert finished.args == ["9123 4567"]
    assert ui.newSimStack.currentWidget() is ui.newSimStatementPage
    for edit in form_line_edits(screen):
        assert edit.text() == "", edit.objectName()
        assert not edit.isUndoAvailable(), edit.objectName()
    assert not ui.newSimPhotoCheck.isChecked()
    assert [(combo.currentIndex(), combo.currentData()) for combo in combos] == fresh
    for label in screen.findChildren(QLabel):
        if label.objectName().endswith("ErrorLabel") or label.objectName().startswith(
            ("doneTitle", "receiptNo", "doneSummary", "voucherPinLabel")
        ):
            assert label.text() == "", label.objectName()
    assert screen.flow.done_panel.ui.nextCustomerInput.text() == ""
    assert not ui.newSimSecondaryInput.isVisibleTo(ui.newSimFormPage)
    assert not ui.newSimCountryInput.isVisibleTo(ui.newSimFormPage)
