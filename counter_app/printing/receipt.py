"""The customer's receipt or PIN voucher for one sale, as a PDF (80 mm, 58 mm or A4).

Bilingual, with an embedded Chinese font, so it prints the same on any printer. What it
must never show: an ID document number (a :class:`SaleView` has none), a full card number
(only the last 4 digits are ever stored), or a PIN on anything but its own voucher.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Final

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from counter_app import log
from counter_app.domain.clock import HONG_KONG
from counter_app.domain.money import format_money
from counter_app.domain.sales import SaleKind, SaleState, SaleView
from counter_app.domain.tenders import TenderKind
from counter_app.printing.codes import barcode_graphic, qr_graphic
from counter_app.printing.fonts import cjk_font
from counter_app.printing.labels import ChineseScript, Labels
from counter_app.printing.layout import Align, Flow, TextStyle

PIN_FONT: Final = "Courier-Bold"
"""Built into every PDF reader; its 0 and O, 1 and l look different."""


class Paper(StrEnum):
    MM80 = "80mm"
    MM58 = "58mm"
    A4 = "A4"


@dataclass(frozen=True)
class PaperSpec:
    """Page size and type sizes; ``height`` 0 means a roll: as tall as the content."""

    width: float
    height: float
    margin: float
    top: float
    bottom: float
    text: float
    small: float
    heading: float
    title: float
    pin: float
    qr: float
    bar_height: float
    printer_dot: float  # bar widths are whole dots of a 203 dpi thermal head (0 = any)


_DOT_203_DPI: Final = 25.4 / 203 * mm

PAPERS: Final = {
    Paper.MM80: PaperSpec(
        width=80 * mm,
        height=0,
        margin=4 * mm,
        top=4 * mm,
        bottom=8 * mm,
        text=8.5,
        small=7.5,
        heading=10,
        title=14,
        pin=16,
        qr=26 * mm,
        bar_height=10 * mm,
        printer_dot=_DOT_203_DPI,
    ),
    Paper.MM58: PaperSpec(
        width=58 * mm,
        height=0,
        margin=5 * mm,
        top=4 * mm,
        bottom=8 * mm,
        text=7.5,
        small=6.5,
        heading=9,
        title=12,
        pin=15,
        qr=24 * mm,
        bar_height=9 * mm,
        printer_dot=_DOT_203_DPI,
    ),
    Paper.A4: PaperSpec(
        width=210 * mm,
        height=297 * mm,
        margin=18 * mm,
        top=15 * mm,
        bottom=15 * mm,
        text=9,
        small=8,
        heading=11,
        title=16,
        pin=22,
        qr=26 * mm,
        bar_height=10 * mm,
        printer_dot=0,
    ),
}


@dataclass(frozen=True)
class ShopHeader:
    """What the shop prints about itself, from its Shop row and receipt settings."""

    name_zh: str
    name_en: str
    address_zh: str = ""
    address_en: str = ""
    phone: str = ""
    br_number: str = ""
    hotline: str = ""
    footer_zh: str = ""
    footer_en: str = ""
    logo_path: Path | None = None


@dataclass(frozen=True)
class SaleDocument:
    """Everything one receipt or voucher shows.

    ``copy_number`` 0 is the original; n >= 1 prints "COPY n / 副本 n". ``pin`` is only
    for a voucher sale, and is kept out of ``repr`` so that it never reaches a log.
    """

    sale: SaleView
    shop: ShopHeader
    paper: Paper = Paper.MM80
    chinese: ChineseScript = ChineseScript.TRADITIONAL
    copy_number: int = 0
    pin: str | None = field(default=None, repr=False)
    cjk_font_path: Path | None = None

    def __post_init__(self) -> None:
        if self.sale.receipt_no is None or self.sale.completed_at is None:
            raise ValueError("only a completed sale has a receipt")
        if self.copy_number < 0:
            raise ValueError(f"copy_number must be 0 or more, not {self.copy_number}")
        if self.pin is not None and self.sale.kind is not SaleKind.VOUCHER:
            raise ValueError("a PIN is printed only on the voucher it was sold with")
        object.__setattr__(self, "paper", Paper(self.paper))
        object.__setattr__(self, "chinese", ChineseScript(self.chinese))


def renews(sale: SaleView) -> bool:
    """Whether the sale moved the line's expiry (a renewal, as opposed to a top-up)."""
    return (
        sale.expires_before is not None
        and sale.expires_after is not None
        and sale.expires_after != sale.expires_before
    )


def title_key(sale: SaleView) -> str:
    if sale.kind is SaleKind.VOUCHER:
        return "title.voucher"
    if sale.kind is SaleKind.NEW_SIM:
        return "title.new_sim"
    return "title.renewal" if renews(sale) else "title.top_up"


def pin_groups(pin: str) -> str:
    """ "1234 5678 9012 3456": groups of 4 are read out and typed without losing the place."""
    digits = "".join(pin.split())
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def pin_lines(pin: str, style: TextStyle, width: float) -> list[str]:
    """The PIN's groups on as few lines as fit, evenly: "1234 5678" / "9012 3456", not 3 + 1."""
    groups = pin_groups(pin).split(" ")
    per_line = len(groups)
    while per_line > 1 and style.width(" ".join(groups[:per_line])) > width:
        per_line -= 1
    lines = math.ceil(len(groups) / per_line)
    per_line = math.ceil(len(groups) / lines)
    return [" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]


class Styles:
    """The type styles of one paper size, shared by every document printed on it."""

    def __init__(self, font: str, spec: PaperSpec) -> None:
        self.text = TextStyle(font, spec.text)
        self.small = TextStyle(font, spec.small)
        self.strong = TextStyle(font, spec.text, bold=True)
        self.heading = TextStyle(font, spec.heading, bold=True)
        self.title = TextStyle(font, spec.title, line_height=1.25, bold=True)
        self.stamp = TextStyle(font, spec.title, line_height=1.2, bold=True)
        self.pin = TextStyle(PIN_FONT, spec.pin, line_height=1.25)
        self.gap = spec.text * 0.6
        self.indent = spec.text


class _Composer:
    """Lays one document out into a :class:`Flow`, section by section."""

    def __init__(self, document: SaleDocument, font: str, spec: PaperSpec, width: float) -> None:
        self.document = document
        self.sale = document.sale
        self.spec = spec
        self.labels = Labels(document.chinese)
        self.styles = Styles(font, spec)
        self.flow = Flow(width)

    def compose(self) -> Flow:
        self._header()
        self._title()
        self._facts()
        self._line()
        self._items()
        self._changes()
        self._payments()
        self._voucher()
        self._codes()
        self._footer()
        return self.flow

    def _rule(self) -> None:
        self.flow.rule(self.styles.gap * 2)

    def _pair(self, key: str, value: str, *, small: bool = False, indent: float = 0.0) -> None:
        style = self.styles.small if small else self.styles.text
        self.flow.pair(self.labels.both(key), value, style, indent=indent)

    def _header(self) -> None:
        add_shop_header(self.flow, self.document.shop, self.labels, self.styles)
        self._rule()

    def _title(self) -> None:
        labels, styles, flow = self.labels, self.styles, self.flow
        key = title_key(self.sale)
        flow.text(labels.zh(key), styles.title, align=Align.CENTER)
        flow.text(labels.en(key), styles.heading, align=Align.CENTER)
        add_stamps(flow, labels, styles, self.sale.state, self.document.copy_number)
        self._rule()

    def _facts(self) -> None:
        sale = self.sale
        # SaleDocument refuses a sale without completed_at; created_at only satisfies types.
        local = (sale.completed_at or sale.created_at).astimezone(HONG_KONG)
        self._pair("receipt_no", sale.receipt_no or "")
        self._pair("date", f"{local:%Y-%m-%d %H:%M:%S}")
        counter = " ".join(part for part in (sale.counter_code, sale.counter_name) if part)
        self._pair("counter", counter)
        self._pair("clerk", sale.clerk_name or sale.clerk_username)
        self._rule()

    def _line(self) -> None:
        sale = self.sale
        if sale.msisdn_masked:
            self._pair("number", sale.msisdn_masked)
        if sale.carrier_name_zh or sale.carrier_name_en:
            self._pair("carrier", both_names(sale.carrier_name_zh, sale.carrier_name_en))
        if sale.card_type:
            self._pair("card_type", both_names(*self.labels.card_type(sale.card_type)))
        if sale.msisdn_masked or sale.carrier_name_en or sale.card_type:
            self._rule()

    def _items(self) -> None:
        styles, flow = self.styles, self.flow
        for item in self.sale.items:
            flow.text(item.name_zh, styles.strong)
            if item.name_en != item.name_zh:
                flow.text(item.name_en, styles.strong)
            if item.discount:
                self._pair("list_price", format_money(item.list_price), indent=styles.indent)
                self._pair("discount", format_money(-item.discount), indent=styles.indent)
            self._pair("amount", format_money(item.amount), indent=styles.indent)
            for zh, en in item.benefits:
                flow.text(f"• {zh}", styles.small, indent=styles.indent)
                flow.text(en, styles.small, indent=styles.indent * 2)
            flow.space(styles.gap / 2)
        self._rule()

    def _changes(self) -> None:
        sale = self.sale
        before, after = sale.expires_before, sale.expires_after
        shown = False
        if renews(sale) and before is not None and after is not None:
            self._pair("expiry", f"{_day(before)} → {_day(after)}")
            shown = True
        elif after is not None:
            self._pair("valid_until", _day(after))
            shown = True
        if (
            sale.kind is SaleKind.LINE
            and sale.balance_before is not None
            and sale.balance_after is not None
            and sale.balance_after != sale.balance_before
        ):
            balances = f"{format_money(sale.balance_before)} → {format_money(sale.balance_after)}"
            self._pair("balance", balances)
            shown = True
        if shown:
            self._rule()

    def _payments(self) -> None:
        styles, flow = self.styles, self.flow
        flow.pair(self.labels.both("total"), format_money(self.sale.total), styles.heading)
        flow.space(styles.gap / 2)
        for payment in self.sale.payments:
            zh, en = self.labels.tender(payment.tender)
            flow.pair(both_names(zh, en), format_money(payment.amount), styles.text)
            indent = styles.indent
            if payment.tender is TenderKind.CASH:
                tendered = payment.tendered if payment.tendered is not None else payment.amount
                self._pair("tendered", format_money(tendered), small=True, indent=indent)
                self._pair("change", format_money(payment.change), small=True, indent=indent)
            if payment.card_last4:
                self._pair("card_ending", f"•••• {payment.card_last4}", small=True, indent=indent)
            if payment.approval_code:
                self._pair("approval", payment.approval_code, small=True, indent=indent)
            if payment.reference:
                self._pair("reference", payment.reference, small=True, indent=indent)
        self._rule()

    def _voucher(self) -> None:
        voucher = self.sale.voucher
        if self.sale.kind is not SaleKind.VOUCHER or voucher is None:
            return
        labels, styles, flow = self.labels, self.styles, self.flow
        flow.text(labels.both("pin"), styles.strong, align=Align.CENTER)
        if self.document.pin:
            for line in pin_lines(self.document.pin, styles.pin, flow.width):
                flow.text(line, styles.pin, align=Align.CENTER)
        else:
            flow.text(
                f"{labels.zh('pin_withheld')} / {labels.en('pin_withheld')}",
                styles.small,
                align=Align.CENTER,
            )
        flow.space(styles.gap)
        self._pair("serial", voucher.serial)
        self._pair("voucher_expiry", _day(voucher.expires_on))
        if voucher.redeem_zh or voucher.redeem_en:
            flow.text(f"{labels.both('redeem')}:", styles.strong)
            flow.text(voucher.redeem_zh, styles.small)
            flow.text(voucher.redeem_en, styles.small)
        self._rule()

    def _codes(self) -> None:
        add_codes(self.flow, self.spec, self.labels, self.styles, self.sale.receipt_no or "")
        self._rule()

    def _footer(self) -> None:
        shop, labels, styles, flow = self.document.shop, self.labels, self.styles, self.flow
        flow.text(labels.zh("keep"), styles.small, align=Align.CENTER)
        flow.text(labels.en("keep"), styles.small, align=Align.CENTER)
        if shop.hotline:
            flow.text(f"{labels.both('hotline')} {shop.hotline}", styles.small, align=Align.CENTER)
        flow.text(shop.footer_zh, styles.small, align=Align.CENTER)
        flow.text(shop.footer_en, styles.small, align=Align.CENTER)


def add_shop_header(flow: Flow, shop: ShopHeader, labels: Labels, styles: Styles) -> None:
    """Logo, names, addresses, phone and BR number, centred: the top of every document."""
    _add_logo(flow, shop.logo_path, styles)
    flow.text(shop.name_zh, styles.heading, align=Align.CENTER)
    flow.text(shop.name_en, styles.strong, align=Align.CENTER)
    flow.text(shop.address_zh, styles.small, align=Align.CENTER)
    flow.text(shop.address_en, styles.small, align=Align.CENTER)
    if shop.phone:
        flow.text(f"{labels.both('phone')} {shop.phone}", styles.small, align=Align.CENTER)
    if shop.br_number:
        flow.text(f"{labels.both('br_number')} {shop.br_number}", styles.small, align=Align.CENTER)


def _add_logo(flow: Flow, path: Path | None, styles: Styles) -> None:
    if path is None:
        return
    try:
        image = ImageReader(str(path))
        pixels_wide, pixels_high = image.getSize()
    except (OSError, ValueError) as exc:
        # A missing logo must not stop the customer's receipt.
        log.printing.warning("the receipt logo %s cannot be read: %s", path, exc)
        return
    height = min(18 * mm, flow.width * 0.6 * pixels_high / pixels_wide)
    width = height * pixels_wide / pixels_high

    def paint(canvas: Canvas, left: float, bottom: float) -> None:
        canvas.drawImage(image, left, bottom, width, height, mask="auto")

    flow.graphic(width, height, paint)
    flow.space(styles.gap)


def add_stamps(
    flow: Flow, labels: Labels, styles: Styles, state: SaleState, copy_number: int
) -> None:
    """VOID / 作廢, REFUNDED / 已退款 and COPY n / 副本 n, each boxed, when they apply."""
    stamps: list[str] = []
    if state is SaleState.VOIDED:
        stamps.append(f"{labels.en('void')} / {labels.zh('void')}")
    elif state is SaleState.REFUNDED:
        stamps.append(f"{labels.en('refunded')} / {labels.zh('refunded')}")
    if copy_number:
        stamps.append(f"{labels.en('copy')} {copy_number} / {labels.zh('copy')} {copy_number}")
    for stamp in stamps:
        flow.space(styles.gap)
        flow.boxed([stamp], styles.stamp)


def add_codes(flow: Flow, spec: PaperSpec, labels: Labels, styles: Styles, receipt_no: str) -> None:
    """The receipt number as a QR code and a Code 128 (one QR encoding), and in words."""
    flow.space(styles.gap / 2)
    flow.graphic(spec.qr, spec.qr, qr_graphic(receipt_no, spec.qr))
    flow.space(styles.gap)
    width, paint = barcode_graphic(receipt_no, flow.width, spec.bar_height, spec.printer_dot)
    flow.graphic(width, spec.bar_height, paint)
    flow.text(receipt_no, styles.text, align=Align.CENTER)
    flow.text(f"{labels.zh('scan')} {labels.en('scan')}", styles.small, align=Align.CENTER)


def both_names(zh: str, en: str) -> str:
    """ "紫荊流動 Bauhinia Mobile"; one name when both are the same or one is missing."""
    return zh if zh == en or not en else f"{zh} {en}" if zh else en


def _day(day: date) -> str:
    return day.isoformat()


def layout(document: SaleDocument) -> tuple[Flow, str]:
    """The document laid out and measured, ready to draw, and the Chinese font's name."""
    spec = PAPERS[document.paper]
    font = cjk_font(document.cjk_font_path).name
    return _Composer(document, font, spec, spec.width - 2 * spec.margin).compose(), font


def build_sale_pdf(document: SaleDocument) -> bytes:
    """The receipt or voucher as PDF bytes: one page on a roll, pages of A4 otherwise.

    Raises :class:`~counter_app.printing.fonts.CjkFontMissing` when no Chinese font can
    be embedded. The same document always gives the same bytes.
    """
    flow, font = layout(document)
    sale = document.sale
    return render_pdf(
        [flow],
        PAPERS[document.paper],
        font,
        title=f"{sale.receipt_no} {Labels(document.chinese).en(title_key(sale)).title()}",
        author=document.shop.name_en or document.shop.name_zh,
    )


def render_pdf(
    sections: Sequence[Flow],
    spec: PaperSpec,
    font: str,
    *,
    title: str,
    author: str,
    footers: Sequence[str] = (),
) -> bytes:
    """Laid-out *sections* drawn as PDF bytes, each starting on a new page.

    On a roll each section is one page as tall as its content; on A4 a section runs over
    as many pages as it needs (a block is never split), and a section of several pages
    gets its footer (from *footers*, by position) and "n / total" at the foot of each.
    A section narrower than the paper's printable width is centred on it.
    """
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        invariant=1,
        pageCompression=1,
        initialFontName=font,
        initialFontSize=spec.text,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("Counter")
    first = True
    for number, flow in enumerate(sections):
        page_height = spec.height or spec.top + flow.height + spec.bottom
        pages = flow.pages(spec.height - spec.top - spec.bottom) if spec.height else [flow.blocks]
        left = spec.margin + (spec.width - 2 * spec.margin - flow.width) / 2
        footer = footers[number] if number < len(footers) else ""
        for page_no, blocks in enumerate(pages, start=1):
            if not first:
                canvas.showPage()
            first = False
            canvas.setPageSize((spec.width, page_height))
            top = page_height - spec.top
            for block in blocks:
                block.draw(canvas, left, top, flow.width)
                top -= block.height
            if len(pages) > 1:
                foot = f"{footer}   {page_no} / {len(pages)}".strip()
                canvas.setFont(font, spec.small)
                canvas.drawCentredString(spec.width / 2, spec.bottom / 2, foot)
    canvas.save()
    return buffer.getvalue()
