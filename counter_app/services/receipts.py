"""Receipts from the database: the shop's header and settings, the document, the archive.

Every receipt is regenerated from the sale as stored, so a reprint after a paper jam is
the same receipt marked COPY. The archive keeps each PDF under the data directory by the
Hong Kong date of the sale; it never holds a PIN (PINs are encrypted at rest, a file
copy would undo that) and never overwrites a receipt already archived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, system_clock
from counter_app.domain.errors import ErrorCode, NotFound
from counter_app.domain.sales import SaleView
from counter_app.domain.staff import Clerk
from counter_app.files import write_atomically
from counter_app.printing.labels import ChineseScript
from counter_app.printing.receipt import Paper, SaleDocument, ShopHeader, build_sale_pdf
from counter_app.services import sales
from counter_app.store.engine import Database
from counter_app.store.models import Setting, Shop

SETTING_KEYS: Final = (
    "receipt_hotline",
    "receipt_footer_zh",
    "receipt_footer_en",
    "receipt_logo_path",
    "receipt_paper",
    "receipt_chinese",
    "cjk_font_path",
)
_Choice = TypeVar("_Choice", Paper, ChineseScript)
# Receipt numbers become file names: nothing that could climb out of the archive folder.
_SAFE_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")


@dataclass(frozen=True)
class ReceiptSettings:
    """How a shop prints: its header, and the paper, script and font it prints with."""

    header: ShopHeader
    paper: Paper
    chinese: ChineseScript
    cjk_font_path: Path | None


def _choice(kind: type[_Choice], value: str, default: _Choice, key: str) -> _Choice:
    if not value.strip():
        return default
    try:
        return kind(value.strip())
    except ValueError:
        # A mistyped setting must not stop a customer's receipt: say so, print the default.
        log.services.warning("the setting %s=%r is not one of %s", key, value, list(kind))
        return default


def _path(value: str) -> Path | None:
    return Path(value.strip()).expanduser() if value.strip() else None


def _settings(session: Session, shop_code: str) -> ReceiptSettings:
    shop = session.scalars(select(Shop).where(Shop.code == shop_code)).first()
    if shop is None:
        raise NotFound(f"there is no shop {shop_code}", code=ErrorCode.SHOP_UNKNOWN)
    values = dict.fromkeys(SETTING_KEYS, "")
    rows = session.execute(
        select(Setting.key, Setting.value).where(
            Setting.shop_id == shop.id, Setting.key.in_(SETTING_KEYS)
        )
    )
    values.update({key: value for key, value in rows})
    header = ShopHeader(
        name_zh=shop.name_zh,
        name_en=shop.name_en,
        address_zh=shop.address_zh,
        address_en=shop.address_en,
        phone=shop.phone,
        br_number=shop.br_number,
        hotline=values["receipt_hotline"].strip(),
        footer_zh=values["receipt_footer_zh"].strip(),
        footer_en=values["receipt_footer_en"].strip(),
        logo_path=_path(values["receipt_logo_path"]),
    )
    return ReceiptSettings(
        header=header,
        paper=_choice(Paper, values["receipt_paper"], Paper.MM80, "receipt_paper"),
        chinese=_choice(
            ChineseScript, values["receipt_chinese"], ChineseScript.TRADITIONAL, "receipt_chinese"
        ),
        cjk_font_path=_path(values["cjk_font_path"]),
    )


def receipt_settings(db: Database, shop_code: str) -> ReceiptSettings:
    with db.read() as session:
        return _settings(session, shop_code)


def shop_header(db: Database, shop_code: str) -> ShopHeader:
    return receipt_settings(db, shop_code).header


def sale_document(
    db: Database,
    receipt_no: str,
    *,
    copy: bool,
    pin: str | None = None,
    paper: Paper | None = None,
) -> SaleDocument:
    """The document for a sale, as the shop prints it (*paper* overrides the shop's).

    For a copy, record the reprint first (:func:`sales.record_reprint`): the copy number
    printed is the number of reprints recorded. A copy that may not reach the printer is
    :func:`next_copy_document` instead, recorded once it was sent.
    """
    sale = sales.get_sale(db, receipt_no=receipt_no)
    if copy and sale.reprints == 0:
        raise ValueError(f"record the reprint of {sale.receipt_no} before printing its copy")
    return _document(db, sale, sale.reprints if copy else 0, pin, paper)


def next_copy_document(
    db: Database, receipt_no: str, *, pin: str | None = None, paper: Paper | None = None
) -> SaleDocument:
    """The sale's next COPY, numbered after the copies recorded, and not recorded itself.

    A copy number is taken only by a copy that was sent: record it with
    ``sales.record_reprint(..., copy_no=document.copy_number)`` once the printer (or the
    file) has it, so a print that failed leaves the number to the next copy.
    """
    sale = sales.get_sale(db, receipt_no=receipt_no)
    return _document(db, sale, sale.reprints + 1, pin, paper)


def _document(
    db: Database, sale: SaleView, copy_number: int, pin: str | None, paper: Paper | None
) -> SaleDocument:
    settings = receipt_settings(db, sale.shop_code)
    return SaleDocument(
        sale=sale,
        shop=settings.header,
        paper=paper or settings.paper,
        chinese=settings.chinese,
        copy_number=copy_number,
        pin=pin,
        cjk_font_path=settings.cjk_font_path,
    )


def safe_file_name(text: str) -> str:
    """*text* unchanged when it can be part of an archive file name, else ValueError."""
    if not _SAFE_NAME.fullmatch(text):
        raise ValueError(f"{text!r} cannot be used as a file name")
    return text


def archive_path(data_dir: Path, sale: SaleView, *, copy_number: int = 0) -> Path:
    """data_dir/receipts/YYYY/MM/DD/<receipt_no>.pdf by the Hong Kong date of the sale.

    A copy is ``<receipt_no>-copy<N>.pdf`` beside it.
    """
    if sale.receipt_no is None or sale.completed_at is None:
        raise ValueError("only a completed sale has a receipt to archive")
    safe_file_name(sale.receipt_no)
    day = sale.completed_at.astimezone(HONG_KONG).date()
    suffix = f"-copy{copy_number}" if copy_number else ""
    folder = data_dir / "receipts" / f"{day:%Y}" / f"{day:%m}" / f"{day:%d}"
    return folder / f"{sale.receipt_no}{suffix}.pdf"


def archive(data_dir: Path, sale: SaleView, pdf: bytes, *, copy_number: int = 0) -> Path:
    """Write *pdf* to its archive path, atomically; returns where it is.

    The same bytes again are a no-op. Different bytes never replace a file already there
    (what the customer was given stays): they go to ``<name>-2.pdf``, ``<name>-3.pdf``, ...
    """
    return archive_file(archive_path(data_dir, sale, copy_number=copy_number), pdf)


def archive_file(first: Path, pdf: bytes) -> Path:
    """Write *pdf* to *first* (or, when other bytes are there, the next free ``-N`` name).

    Atomic, and never replacing a file: the archive rule of :func:`archive` for any PDF.
    """
    first.parent.mkdir(parents=True, exist_ok=True)
    target = first
    version = 1
    while True:
        if target.exists():
            if target.read_bytes() == pdf:
                return target
            version += 1
            target = first.with_name(f"{first.stem}-{version}{first.suffix}")
            continue
        try:
            write_atomically(target, pdf, overwrite=False)
        except FileExistsError:
            continue  # another process archived it meanwhile: compare with theirs
        return target


def build_and_archive(
    db: Database,
    data_dir: Path,
    receipt_no: str,
    *,
    copy: bool = False,
    paper: Paper | None = None,
) -> Path:
    """Build a sale's receipt from the database and archive it (without any PIN)."""
    document = sale_document(db, receipt_no, copy=copy, paper=paper)
    pdf = build_sale_pdf(document)
    return archive(data_dir, document.sale, pdf, copy_number=document.copy_number)


@dataclass(frozen=True)
class ReceiptFiles:
    """A receipt ready for the done screen: archived, and what goes to the printer.

    ``printable`` carries the PIN of a voucher (only ever sent to the printer, never
    written to disk); ``archived`` is the file kept under the data directory.
    """

    receipt_no: str
    copy_number: int
    archived: Path
    printable: bytes = field(repr=False)
    # The archived file's bytes: what the preview shows, without a second read of the file.
    archived_pdf: bytes = field(repr=False)


def receipt_files(
    db: Database,
    data_dir: Path,
    receipt_no: str,
    *,
    copy: bool = False,
    pin: str | None = None,
) -> ReceiptFiles:
    """Build a sale's receipt (COPY when *copy*), archive it, and keep the printable bytes.

    For a copy, record the reprint first (:func:`sales.record_reprint`).
    """
    document = sale_document(db, receipt_no, copy=copy)
    archived_pdf = build_sale_pdf(document)
    path = archive(data_dir, document.sale, archived_pdf, copy_number=document.copy_number)
    printable = build_sale_pdf(replace(document, pin=pin)) if pin is not None else archived_pdf
    return ReceiptFiles(
        receipt_no=document.sale.receipt_no or receipt_no,
        copy_number=document.copy_number,
        archived=path,
        printable=printable,
        archived_pdf=archived_pdf,
    )


@dataclass(frozen=True)
class CopyToPrint:
    """A sale's next COPY, built but not yet recorded or archived: print it, then record it.

    ``printable`` carries a voucher's PIN (printer only); ``pdf`` is what is archived.
    """

    document: SaleDocument
    title: str
    printable: bytes = field(repr=False)
    pdf: bytes = field(repr=False)

    @property
    def copy_number(self) -> int:
        return self.document.copy_number


def next_copy(
    db: Database, data_dir: Path, receipt_no: str, *, pin: str | None = None
) -> CopyToPrint:
    """Build the sale's next COPY (see :func:`next_copy_document`) to send to the printer."""
    document = next_copy_document(db, receipt_no)
    pdf = build_sale_pdf(document)
    printable = build_sale_pdf(replace(document, pin=pin)) if pin is not None else pdf
    title = archive_path(data_dir, document.sale, copy_number=document.copy_number).stem
    return CopyToPrint(document=document, title=title, printable=printable, pdf=pdf)


def copy_sent(
    db: Database, data_dir: Path, clerk: Clerk, copy: CopyToPrint, *, clock: Clock = system_clock
) -> ReceiptFiles:
    """*copy* reached the printer: record the reprint with its number, then archive it."""
    sale = copy.document.sale
    receipt_no = sale.receipt_no or ""
    sales.record_reprint(db, clerk, receipt_no, copy_no=copy.copy_number, clock=clock)
    path = archive(data_dir, sale, copy.pdf, copy_number=copy.copy_number)
    return ReceiptFiles(
        receipt_no=receipt_no,
        copy_number=copy.copy_number,
        archived=path,
        printable=copy.printable,
        archived_pdf=copy.pdf,
    )
