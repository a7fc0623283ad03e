"""The A4 invoice (發票 / INVOICE) for a completed sale, made out to a customer's name.

The invoice number is the sale's receipt number, so the invoice and the receipt point at
the same sale, and its QR code and barcode scan back to it. The customer's name is typed
at the counter and printed only: it is not stored. Never printed: an ID document number
(a name with a long run of digits is refused), a full card number, a PIN.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from reportlab.lib.units import mm  # type: ignore[import-untyped]

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.money import format_money
from counter_app.domain.sales import SaleView
from counter_app.domain.tenders import TenderKind
from counter_app.domain.text import clean_input
from counter_app.printing.fonts import cjk_font
from counter_app.printing.labels import ChineseScript, Labels
from counter_app.printing.layout import Align, Column, Flow
from counter_app.printing.receipt import (
    PAPERS,
    Paper,
    ShopHeader,
    Styles,
    add_codes,
    add_shop_header,
    add_stamps,
    both_names,
    render_pdf,
)

CUSTOMER_MAX_LENGTH: Final = 120
# Six digits in a row (spaces, dashes and brackets between them allowed) is an ID
# document, card or phone number, not part of a name.
_NUMBER_IN_NAME: Final = re.compile(r"(?:\d[\s\-()]*){6,}")
_LABEL_WIDTH: Final = 48 * mm
_NUMBER_WIDTH: Final = 10 * mm
_AMOUNT_WIDTH: Final = 38 * mm


def customer_name(text: str) -> str:
    """The customer's name as typed (Chinese or English), cleaned, or :class:`InputError`.

    Refused: nothing, more than 120 characters, control or invisible characters, and
    anything with six or more digits in a row (an ID or card number typed by mistake).
    """
    name = clean_input(text, field="customer", max_length=CUSTOMER_MAX_LENGTH)
    if not name:
        raise InputError(
            "enter the customer's name for the invoice",
            code=ErrorCode.INVOICE_CUSTOMER,
            field="customer",
        )
    if _NUMBER_IN_NAME.search(name):
        raise InputError(
            "the customer's name must not contain an ID, card or phone number",
            code=ErrorCode.INVOICE_CUSTOMER_NUMBER,
            field="customer",
        )
    return name


@dataclass(frozen=True)
class InvoiceDocument:
    """A completed (or since voided or refunded) sale's invoice, made out to *customer*.

    ``copy_number`` 0 is the original; n >= 1 prints "COPY n / 副本 n".
    """

    sale: SaleView
    shop: ShopHeader
    customer: str
    chinese: ChineseScript = ChineseScript.TRADITIONAL
    copy_number: int = 0
    cjk_font_path: Path | None = None

    def __post_init__(self) -> None:
        if self.sale.receipt_no is None or self.sale.completed_at is None:
            raise ValueError("only a completed sale has an invoice")
        if self.copy_number < 0:
            raise ValueError(f"copy_number must be 0 or more, not {self.copy_number}")
        object.__setattr__(self, "customer", customer_name(self.customer))
        object.__setattr__(self, "chinese", ChineseScript(self.chinese))


class _Composer:
    def __init__(self, document: InvoiceDocument, font: str) -> None:
        spec = PAPERS[Paper.A4]
        self.document = document
        self.sale = document.sale
        self.spec = spec
        self.labels = Labels(document.chinese)
        self.styles = Styles(font, spec)
        self.flow = Flow(spec.width - 2 * spec.margin)

    def compose(self) -> Flow:
        add_shop_header(self.flow, self.document.shop, self.labels, self.styles)
        self.flow.rule(self.styles.gap * 2, dashed=False)
        self._title()
        self._facts()
        self._items()
        self._payments()
        self._codes()
        self._footer()
        return self.flow

    def _title(self) -> None:
        labels, styles, flow = self.labels, self.styles, self.flow
        flow.text(labels.zh("title.invoice"), styles.title, align=Align.CENTER)
        flow.text(labels.en("title.invoice"), styles.heading, align=Align.CENTER)
        add_stamps(flow, labels, styles, self.sale.state, self.document.copy_number)
        flow.space(styles.gap * 2)

    def _fact(self, key: str, value: str) -> None:
        if value:
            self.flow.row(
                [self.labels.both(key), value],
                [Column(_LABEL_WIDTH), Column()],
                self.styles.text,
            )

    def _facts(self) -> None:
        sale = self.sale
        # InvoiceDocument refuses a sale without completed_at; created_at only satisfies types.
        local = (sale.completed_at or sale.created_at).astimezone(HONG_KONG)
        self._fact("invoice_no", sale.receipt_no or "")
        self._fact("date", f"{local:%Y-%m-%d %H:%M} ({self.labels.both('hk_time')})")
        self._fact("customer", self.document.customer)
        self._fact("number", sale.msisdn_masked)
        self._fact("carrier", both_names(sale.carrier_name_zh, sale.carrier_name_en))
        counter = " ".join(part for part in (sale.counter_code, sale.counter_name) if part)
        self._fact("counter", counter)
        self._fact("clerk", sale.clerk_name or sale.clerk_username)
        self.flow.space(self.styles.gap * 2)

    def _table_row(self, cells: list[str], *, strong: bool = False) -> None:
        style = self.styles.strong if strong else self.styles.text
        columns = [Column(_NUMBER_WIDTH), Column(), Column(_AMOUNT_WIDTH, Align.RIGHT)]
        self.flow.row(cells, columns, style)

    def _items(self) -> None:
        labels, styles, flow = self.labels, self.styles, self.flow
        self._table_row(["#", labels.both("description"), labels.both("amount")], strong=True)
        flow.rule(styles.gap, dashed=False)
        for number, item in enumerate(self.sale.items, start=1):
            lines = [item.name_zh]
            if item.name_en != item.name_zh:
                lines.append(item.name_en)
            if item.discount:
                lines.append(
                    f"{labels.both('list_price')} {format_money(item.list_price)}, "
                    f"{labels.both('discount')} {format_money(-item.discount)}"
                )
            self._table_row([str(number), "\n".join(lines), format_money(item.amount)])
            flow.space(styles.gap / 2)
        flow.rule(styles.gap, dashed=False)
        self._table_row(["", labels.both("total"), format_money(self.sale.total)], strong=True)
        flow.rule(styles.gap * 2, dashed=True)

    def _payments(self) -> None:
        labels, styles, flow = self.labels, self.styles, self.flow
        flow.text(labels.both("paid_by"), styles.strong)
        for payment in self.sale.payments:
            details = [both_names(*labels.tender(payment.tender))]
            if payment.tender is TenderKind.CARD and payment.card_last4:
                details.append(f"{labels.both('card_ending')} •••• {payment.card_last4}")
            if payment.approval_code:
                details.append(f"{labels.both('approval')} {payment.approval_code}")
            if payment.reference:
                details.append(f"{labels.both('reference')} {payment.reference}")
            self._table_row(["", ", ".join(details), format_money(payment.amount)])
        flow.space(styles.gap * 2)
        receipt_no = self.sale.receipt_no or ""
        flow.text(labels.zh("issued_for").format(receipt_no), styles.text)
        flow.text(labels.en("issued_for").format(receipt_no), styles.text)
        flow.rule(styles.gap * 2, dashed=True)

    def _codes(self) -> None:
        add_codes(self.flow, self.spec, self.labels, self.styles, self.sale.receipt_no or "")
        self.flow.rule(self.styles.gap * 2, dashed=True)

    def _footer(self) -> None:
        shop, labels, styles, flow = self.document.shop, self.labels, self.styles, self.flow
        if shop.hotline:
            flow.text(f"{labels.both('hotline')} {shop.hotline}", styles.small, align=Align.CENTER)
        flow.text(shop.footer_zh, styles.small, align=Align.CENTER)
        flow.text(shop.footer_en, styles.small, align=Align.CENTER)


def layout(document: InvoiceDocument) -> tuple[Flow, str]:
    """The invoice laid out and measured, and the Chinese font's name."""
    font = cjk_font(document.cjk_font_path).name
    return _Composer(document, font).compose(), font


def build_invoice_pdf(document: InvoiceDocument) -> bytes:
    """The invoice as A4 portrait PDF bytes (more pages only for a very long sale).

    Raises :class:`~counter_app.printing.fonts.CjkFontMissing` when no Chinese font can
    be embedded. The same document always gives the same bytes.
    """
    flow, font = layout(document)
    labels = Labels(document.chinese)
    receipt_no = document.sale.receipt_no
    return render_pdf(
        [flow],
        PAPERS[Paper.A4],
        font,
        title=f"{labels.en('title.invoice').title()} {receipt_no}",
        author=document.shop.name_en or document.shop.name_zh,
        footers=[f"{labels.both('title.invoice')} {receipt_no}"],
    )
