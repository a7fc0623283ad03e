"""Sales to print without a database, and ways to read a PDF back as a customer would."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from counter_app.domain.sales import (
    ItemView,
    PaymentView,
    SaleKind,
    SaleState,
    SaleView,
    VoucherView,
)
from counter_app.domain.tenders import TenderKind
from counter_app.printing.receipt import ShopHeader

MM80 = 80 * mm
MM58 = 58 * mm

SHOP = ShopHeader(
    name_zh="示範通訊 旺角店",
    name_en="Demo Mobile, Mong Kok",
    address_zh="九龍旺角彌敦道 600 號 1 樓 12 號舖",
    address_en="Shop 12, 1/F, 600 Nathan Road, Mong Kok, Kowloon",
    phone="+852 2345 6789",
    br_number="12345678-000-11-26-0",
    hotline="+852 2345 6780",
    footer_zh="多謝惠顧，歡迎再來",
    footer_en="Thank you for your custom",
)

RENEWAL_ITEM = ItemView(
    plan_code="BAU-R03",
    name_zh="紫荊流動 3個月續期",
    name_en="Bauhinia Mobile 3-month renewal",
    list_price=4_800,
    discount=480,
    amount=4_320,
    promotion_code="NK-BONUS",
    benefits=(
        ("有效期延至 2027-04-11", "Valid until 2027-04-11"),
        ("贈送有效期 +30 日", "Bonus validity +30 days"),
    ),
)


def renewal(**changes: object) -> SaleView:
    """A renewal paid in cash and by card, completed at 10:01:05 Hong Kong time."""
    sale = SaleView(
        uuid="00000000-0000-0000-0000-000000000001",
        receipt_no="DEMO-C1-000123",
        kind=SaleKind.LINE,
        state=SaleState.COMPLETED,
        shop_code="DEMO",
        counter_code="C1",
        counter_name="1號櫃檯",
        clerk_username="clerk",
        clerk_name="陳店員",
        created_at=datetime(2026, 11, 21, 2, 0, tzinfo=UTC),
        completed_at=datetime(2026, 11, 21, 2, 1, 5, tzinfo=UTC),
        line_id=1,
        msisdn_masked="+852 9600 ••03",
        carrier_code="BAUHINIA",
        carrier_name_zh="紫荊流動",
        carrier_name_en="Bauhinia Mobile",
        card_type="number_keeping",
        expires_before=date(2026, 12, 11),
        expires_after=date(2027, 4, 11),
        balance_before=1_000,
        balance_after=1_000,
        total=4_320,
        items=(RENEWAL_ITEM,),
        payments=(
            PaymentView(TenderKind.CASH, 2_320, 5_000, 2_680, "", "", ""),
            PaymentView(TenderKind.CARD, 2_000, None, 0, "", "4242", "A1B2C3"),
        ),
        voucher=None,
        reprints=0,
    )
    return replace(sale, **changes)  # type: ignore[arg-type]


def top_up(**changes: object) -> SaleView:
    item = ItemView(
        "BAU-T050",
        "紫荊流動 增值 HK$50",
        "Bauhinia Mobile top-up HK$50",
        5_000,
        0,
        5_000,
        "",
        (("增值 HK$50.00", "Credit +HK$50.00"), ("餘額 HK$60.00", "Balance HK$60.00")),
    )
    values: dict[str, object] = {
        "expires_after": date(2026, 12, 11),
        "balance_after": 6_000,
        "total": 5_000,
        "items": (item,),
        "payments": (PaymentView(TenderKind.OCTOPUS, 5_000, None, 0, "OCT12345", "", ""),),
    }
    values.update(changes)
    return renewal(**values)


def voucher(**changes: object) -> SaleView:
    item = ItemView(
        "",
        "珠江通 充值券 HK$50.00",
        "Pearl River Link top-up voucher HK$50.00",
        5_000,
        0,
        5_000,
        "",
        (),
    )
    values: dict[str, object] = {
        "kind": SaleKind.VOUCHER,
        "line_id": None,
        "msisdn_masked": "",
        "carrier_code": "PEARL",
        "carrier_name_zh": "珠江通",
        "carrier_name_en": "Pearl River Link",
        "card_type": "",
        "expires_before": None,
        "expires_after": None,
        "balance_before": None,
        "balance_after": None,
        "total": 5_000,
        "items": (item,),
        "payments": (PaymentView(TenderKind.FPS, 5_000, None, 0, "FRN20261121ABC", "", ""),),
        "voucher": VoucherView(
            "PEA050000007",
            5_000,
            date(2027, 11, 21),
            "用本卡撥 *100#，輸入充值密碼。查詢：+852 2100 2000",
            "Dial *100# from the SIM and enter the PIN. Enquiries: +852 2100 2000",
        ),
    }
    values.update(changes)
    return renewal(**values)


def new_sim(**changes: object) -> SaleView:
    item = ItemView(
        "BAU-R12",
        "新卡 紫荊流動 12個月續期",
        "New SIM, Bauhinia Mobile 12-month renewal",
        15_800,
        0,
        15_800,
        "",
        (("有效期至 2027-11-21", "Valid until 2027-11-21"),),
    )
    values: dict[str, object] = {
        "kind": SaleKind.NEW_SIM,
        "card_type": "hk_registered",
        "expires_before": None,
        "expires_after": date(2027, 11, 21),
        "balance_before": 0,
        "balance_after": 0,
        "total": 15_800,
        "items": (item,),
        "payments": (PaymentView(TenderKind.CASH, 15_800, 20_000, 4_200, "", "", ""),),
    }
    values.update(changes)
    return renewal(**values)


def pdf_text(pdf: bytes, tmp_path: Path, *, layout: bool = True) -> str:
    """What poppler reads off the page (pdftotext), as a person copying the text would."""
    source = tmp_path / "read-back.pdf"
    source.write_bytes(pdf)
    command = ["pdftotext", *(["-layout"] if layout else []), str(source), "-"]
    return subprocess.run(command, capture_output=True, check=True, text=True).stdout


def flat(text: str) -> str:
    """The text with all whitespace gone: wrapped lines still contain every word in order."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    x_max: float


def words(pdf: bytes, tmp_path: Path) -> tuple[float, list[Word]]:
    """The page width and every word's horizontal extent, from poppler's bounding boxes."""
    source = tmp_path / "bbox.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(source), "-"], capture_output=True, check=True, text=True
    ).stdout
    page = re.search(r'<page width="([0-9.]+)"', html)
    assert page is not None
    found = [
        Word(text, float(x_min), float(x_max))
        for x_min, x_max, text in re.findall(
            r'<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>',
            html,
        )
    ]
    return float(page.group(1)), found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (float(page.mediabox.width), float(page.mediabox.height))
        for page in PdfReader(BytesIO(pdf)).pages
    ]


def fonts(pdf: bytes) -> list[dict[str, object]]:
    """Every font the pages use, resolved (pypdf), with its descendant for a Type0 font."""
    found = []
    for page in PdfReader(BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        for reference in resources.get("/Font", {}).get_object().values():
            found.append(reference.get_object())
    return found
