"""The details of one sale: every part shown, in the clerk's language, never a document number."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.devtools.regenerate import ROOT, tool
from counter_app.domain.clock import HONG_KONG
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.gui.i18n import language_switcher
from counter_app.gui.sale_details import SaleDetailsView
from counter_app.services import history, identity, sales
from counter_app.services.history import (
    DetailItem,
    DetailTender,
    IdentityResult,
    LineState,
    ReversalDetails,
    SaleDetails,
)
from counter_app.store.models import Customer, Line
from tests.services.conftest import Shop, clerk, clock, open_shift, secret, shop

__all__ = ["clerk", "clock", "open_shift", "secret", "shop"]

HK = timezone(timedelta(hours=8))
AT = datetime(2026, 11, 21, 11, 47, tzinfo=HK)


def shown_text(widget: SaleDetailsView) -> str:
    """Everything the details show, as a clerk reads it: labels, headers and cells."""
    parts: list[str] = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.text():
            parts.append(label.text())
    for table in widget.findChildren(QTableWidget):
        if not table.isVisibleTo(widget):
            continue
        columns = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
        for column in columns:
            header = table.horizontalHeaderItem(column)
            parts.append(header.text() if header is not None else "")
        for row in range(table.rowCount()):
            header = table.verticalHeaderItem(row)
            if table.verticalHeader().isVisibleTo(widget) and header is not None:
                parts.append(header.text())
            for column in columns:
                item = table.item(row, column)
                parts.append(item.text() if item is not None else "")
    return "\n".join(part for part in parts if part)


def renewal(**changes: object) -> SaleDetails:
    """A renewal paid by cash and card, checked by a supervisor's override, then voided."""
    details = SaleDetails(
        receipt_no="DEMO-C1-000084",
        kind="line",
        state="voided",
        at=AT,
        started_at=AT - timedelta(minutes=3),
        counter_code="C1",
        counter_name="1號櫃檯",
        clerk_username="clerk",
        clerk_name="陳店員",
        msisdn="+85296000000",
        secondary_msisdn="+8613800138000",
        carrier_code="BAUHINIA",
        carrier_name_zh="紫荊流動",
        carrier_name_en="Bauhinia Mobile",
        card_type="dual",
        total=16_200,
        items=(
            DetailItem(
                "BAU-R03", "紫荊流動 3個月續期", "Bauhinia 3 months", 18_000, 1_800, 16_200, "CNY"
            ),
        ),
        tenders=(
            DetailTender(TenderKind.CASH, 10_000, 20_000, 10_000, "", "", ""),
            DetailTender(TenderKind.CARD, 6_200, None, 0, "4242", "A1B2C3", ""),
        ),
        line_before=LineState(
            date(2026, 12, 1), 1_000, 2_048, "BAU-R01", "紫荊流動 1個月", "Bauhinia 1 month"
        ),
        line_after=LineState(
            date(2027, 3, 1), 1_000, 12_288, "BAU-R03", "紫荊流動 3個月", "Bauhinia 3 months"
        ),
        reversal=ReversalDetails(
            kind="void",
            reason="揀錯套餐",
            approved_by="李主管",
            clerk_name="陳店員",
            at=AT + timedelta(minutes=5),
            amount=16_200,
            cash_returned=10_000,
            line_restored=True,
        ),
        reprints=2,
        identity=IdentityResult(
            result="override", id_type="hkid", override_by="李主管", reason="證件殘舊"
        ),
        voucher_serial="",
    )
    return replace(details, **changes)


@pytest.fixture
def view(qtbot: QtBot) -> SaleDetailsView:
    widget = SaleDetailsView()
    qtbot.addWidget(widget)
    widget.resize(520, 700)
    widget.show()
    return widget


class EveryTextTranslated(QTranslator):
    """Translates every text of the details (keeping its {placeholders}) into a marker."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context not in {"SaleDetailsView", "History"}:
            return ""
        return "譯" + "".join(re.findall(r"\{\w+\}", source))

    def isEmpty(self) -> bool:  # Qt skips an empty translator
        return False


# What may stay in Latin letters on a Chinese screen: the data, not the words.
DATA = re.compile(r"DEMO-C1-\d+|HK\$|MB|GB|BAU-R\d+|CNY|[A-Z]\d[A-Z]\d[A-Z]\d|C1")


def english_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{2,}", DATA.sub("", text))


def test_nothing_chosen_asks_for_a_sale(view: SaleDetailsView) -> None:
    assert shown_text(view) == "Choose a sale to see its details."
    view.show_sale(renewal())
    view.show_sale(None)
    assert shown_text(view) == "Choose a sale to see its details."


def test_a_voided_renewal_in_full(view: SaleDetailsView) -> None:
    view.show_sale(renewal())
    ui = view.ui
    assert ui.saleTitleLabel.text() == "DEMO-C1-000084 · Voided"
    assert ui.saleWhenLabel.text() == "2026-11-21 11:47 at 1號櫃檯 by 陳店員"
    assert ui.saleWhatLabel.text().replace("\u00a0", " ") == (
        "Renewal / top-up · Bauhinia Mobile · +852 9600 0000 (second number +86 138 0013 8000)"
    )
    items = ui.saleItemsTable
    assert [items.item(0, c).text() for c in range(4)] == [
        "Bauhinia 3 months\n[CNY]",
        "HK$180.00",
        "HK$18.00",
        "HK$162.00",
    ]
    assert ui.saleTotalValueLabel.text() == "HK$162.00"
    tenders = ui.saleTendersTable
    assert tenders.rowCount() == 2
    assert [tenders.item(0, c).text() for c in range(4)] == [
        "Cash",
        "HK$100.00",
        "HK$200.00",
        "HK$100.00",
    ]
    assert tenders.item(1, 0).text() == "Card"
    assert ui.saleTenderNotesLabel.text() == "Card · card ending 4242, approval A1B2C3"
    assert not any(tenders.isColumnHidden(c) or items.isColumnHidden(c) for c in range(4))
    line = ui.saleLineTable
    assert ui.saleLineHeadingLabel.text() == "The line, before → after"
    assert [[line.item(r, c).text() for c in range(2)] for r in range(4)] == [
        ["2026-12-01", "2027-03-01"],
        ["HK$10.00", "HK$10.00"],
        ["2 GB", "12 GB"],
        ["Bauhinia 1 month", "Bauhinia 3 months"],
    ]
    assert ui.saleIdentityLabel.text() == "Identity check (HKID card): overridden by 李主管"
    assert ui.saleReversalHeadingLabel.text() == "Voided"
    assert ui.saleReversalLabel.text().splitlines() == [
        "2026-11-21 11:52, approved by 李主管 (asked by 陳店員)",
        "Reason: 揀錯套餐",
        "Amount HK$162.00; cash given back HK$100.00; line restored: yes",
    ]
    assert ui.saleReprintsLabel.text() == "Printed again 2 time(s)."
    assert not ui.saleEmptyLabel.isVisibleTo(view)
    # The override's reason may hold anything a supervisor typed: it is not shown here.
    assert "證件殘舊" not in shown_text(view)
    # Each table is as tall as its rows: nothing inside it scrolls.
    for table in (items, tenders, line):
        assert table.height() >= table.verticalHeader().length()


def test_parts_a_sale_does_not_have_are_hidden(view: SaleDetailsView) -> None:
    voucher = renewal(
        kind="voucher",
        state="completed",
        msisdn="",
        secondary_msisdn="",
        tenders=(),
        line_before=None,
        line_after=None,
        reversal=None,
        reprints=0,
        identity=None,
        voucher_serial="BAU050000004",
    )
    view.show_sale(voucher)
    ui = view.ui
    assert ui.saleWhatLabel.text() == "Voucher · Bauhinia Mobile"
    for hidden in (
        ui.saleTendersTable,
        ui.saleTenderNotesLabel,
        ui.saleLineHeadingLabel,
        ui.saleLineTable,
        ui.saleIdentityLabel,
        ui.saleReversalHeadingLabel,
        ui.saleReversalLabel,
        ui.saleReprintsLabel,
    ):
        assert not hidden.isVisibleTo(view), hidden.objectName()
    assert ui.saleVoucherLabel.text() == "Voucher serial BAU050000004"


def test_columns_that_would_be_empty_are_hidden(view: SaleDetailsView) -> None:
    card_only = (DetailTender(TenderKind.CARD, 16_200, None, 0, "4242", "A1B2C3", ""),)
    item = replace(renewal().items[0], discount=0, promotion_code="")
    view.show_sale(renewal(tenders=card_only, items=(item,)))
    items, tenders = view.ui.saleItemsTable, view.ui.saleTendersTable
    assert items.isColumnHidden(2)  # no discount
    assert tenders.isColumnHidden(2) and tenders.isColumnHidden(3)  # no cash handed over
    assert "Handed over" not in shown_text(view) and "Discount" not in shown_text(view)


def test_a_new_sim_had_no_line_before(view: SaleDetailsView) -> None:
    new = LineState(None, 0, 0, "", "", "", new=True)
    view.show_sale(renewal(kind="new_sim", line_before=new, reversal=None))
    line = view.ui.saleLineTable
    assert [line.item(r, 0).text() for r in range(4)] == ["(new SIM)", "", "", ""]
    assert "New SIM" in view.ui.saleWhatLabel.text()


def test_the_names_follow_the_language(view: SaleDetailsView) -> None:
    view.show_sale(renewal())
    language_switcher().set_language("zh_HK")
    text = shown_text(view)
    for chinese in ("紫荊流動 ·", "紫荊流動 3個月續期", "現金", "信用卡", "香港身份證", "已作廢"):
        assert chinese in text, chinese
    assert "Bauhinia" not in text and "Cash" not in text
    language_switcher().set_language("en")
    assert "Bauhinia Mobile" in shown_text(view) and "紫荊流動 ·" not in shown_text(view)


def test_every_word_on_the_details_goes_through_the_translator(
    qtbot: QtBot, view: SaleDetailsView
) -> None:
    refund = ReversalDetails("refund", "買重咗", "李主管", "陳店員", AT, 16_200, 10_000, True)
    view.show_sale(renewal(state="refunded", reversal=refund))
    language_switcher().set_language("zh_HK")
    marker = EveryTextTranslated()
    QCoreApplication.installTranslator(marker)
    try:
        # The window is told by a LanguageChange event, as when the clerk picks a language.
        qtbot.waitUntil(lambda: view.ui.saleLineHeadingLabel.text() == "譯")
        text = shown_text(view)
    finally:
        QCoreApplication.removeTranslator(marker)
    assert english_words(text) == []


class Recorder(QTranslator):
    """Notes every text of the details asked for, and translates none."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context in {"SaleDetailsView", "History"}:
            self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


def extracted(tmp_path: Path) -> set[tuple[str, str]]:
    """What lupdate finds to translate in the details' code and form."""
    catalogue = tmp_path / "details.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            str(ROOT / "counter_app" / "gui" / "sale_details.py"),
            str(ROOT / "ui" / "sale_details.ui"),
            "-ts",
            str(catalogue),
        ],
        capture_output=True,
        check=True,
    )
    root = ET.parse(catalogue).getroot()  # noqa: S314 - lupdate's file, made just now
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_text_shown_is_found_for_the_translators(
    qtbot: QtBot, view: SaleDetailsView, tmp_path: Path
) -> None:
    # The history's "The line, before → after" was asked for in an f-string that lupdate
    # could not read: it stayed English for a zh_HK clerk.
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    try:
        qtbot.waitUntil(lambda: ("SaleDetailsView", "Item") in recorder.asked)
        new_sim = LineState(None, 0, 0, "", "", "", new=True)
        refund = ReversalDetails("refund", "買重咗", "李主管", "陳店員", AT, 100, 0, False)
        for details in (
            renewal(),
            renewal(kind="new_sim", state="completed", line_before=new_sim, reversal=None),
            renewal(kind="voucher", state="refunded", reversal=refund, voucher_serial="B1"),
            renewal(identity=IdentityResult("match", "passport", "", "")),
            renewal(identity=IdentityResult("mismatch", "unknown", "", "")),
            renewal(state="draft"),
            renewal(state="abandoned"),
        ):
            view.show_sale(details)
        view.show_sale(None)
    finally:
        QCoreApplication.removeTranslator(recorder)
    assert ("SaleDetailsView", "The line, before → after") in recorder.asked
    assert recorder.asked - extracted(tmp_path) == set()


def test_the_details_are_all_chinese_in_zh_hk(view: SaleDetailsView) -> None:
    view.show_sale(renewal())
    language_switcher().set_language("zh_HK")
    QCoreApplication.sendPostedEvents()  # the LanguageChange events: the form's own texts
    assert english_words(shown_text(view)) == []


def _sale_with_identity_check(shop: Shop, clerk: Clerk) -> tuple[str, str, str]:
    """A renewal whose holder showed their HKID: its receipt, the number shown, its mask."""
    sample = next(s for s in shop.built.samples if s.id_type == "hkid")
    line_id = shop.set_line(sample.msisdn, expires_on=shop.clock.today + timedelta(days=10))
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    result = identity.check_identity(
        shop.db,
        clerk,
        shop.counter_id,
        draft.uuid,
        line_id=line_id,
        id_type="hkid",
        number=sample.id_number,
        photo_matches=True,
        secret=shop.secret,
        clock=shop.clock,
    )
    assert result.matched
    done = sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-R01",
        tenders=[Tender(TenderKind.CASH, 1_800)],
        clock=shop.clock,
    )
    assert done.receipt_no is not None
    with shop.db.read() as session:
        masked = session.scalars(
            select(Customer.id_masked).join(Line).where(Line.id == line_id)
        ).one()
    return done.receipt_no, sample.id_number, masked


@pytest.mark.usefixtures("open_shift")
def test_a_checked_sale_never_shows_the_document_number(
    view: SaleDetailsView, shop: Shop, clerk: Clerk
) -> None:
    receipt_no, number, masked = _sale_with_identity_check(shop, clerk)
    assert masked
    view.show_sale(history.details(shop.db, clerk, receipt_no))
    text = shown_text(view)
    assert "Identity check (HKID card): the document matched the registration" in text
    digits = re.sub(r"\W", "", number)
    squeezed = re.sub(r"\W", "", text)
    assert number not in text and digits not in squeezed
    assert masked not in text  # not even the masked form the store keeps


def test_times_are_hong_kong_times(view: SaleDetailsView) -> None:
    utc_sale = renewal(at=datetime(2026, 11, 21, 3, 47, tzinfo=UTC).astimezone(HONG_KONG))
    view.show_sale(utc_sale)
    assert view.ui.saleWhenLabel.text().startswith("2026-11-21 11:47")


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    language_switcher().set_language("en")
