"""Receipts and vouchers read back from the PDF: contents, scripts, stamps, paper, overflow."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from counter_app.domain.sales import ItemView, SaleState
from counter_app.printing.receipt import (
    PIN_FONT,
    Paper,
    SaleDocument,
    ShopHeader,
    build_sale_pdf,
    pin_groups,
)
from tests.printing.helpers import (
    MM58,
    MM80,
    RENEWAL_ITEM,
    SHOP,
    flat,
    new_sim,
    page_sizes,
    pdf_text,
    renewal,
    top_up,
    voucher,
    words,
)

PIN = "1234567890123456"


def test_renewal_shows_everything_in_both_languages(tmp_path: Path) -> None:
    text = pdf_text(build_sale_pdf(SaleDocument(renewal(), SHOP)), tmp_path)
    expected = [
        "示範通訊 旺角店",
        "Demo Mobile, Mong Kok",
        "九龍旺角彌敦道 600 號 1 樓 12 號舖",
        "Shop 12, 1/F, 600 Nathan Road, Mong Kok, Kowloon",
        "電話 Tel. +852 2345 6789",
        "商業登記號碼 BR No. 12345678-000-11-26-0",
        "續費收據",
        "RENEWAL RECEIPT",
        "DEMO-C1-000123",
        "2026-11-21 10:01:05",  # 02:01:05 UTC in Hong Kong
        "C1 1號櫃檯",
        "陳店員",
        "+852 9600 ••03",
        "紫荊流動 Bauhinia Mobile",
        "保號卡 Number-keeping card",
        "紫荊流動 3個月續期",
        "Bauhinia Mobile 3-month renewal",
        "HK$48.00",
        "-HK$4.80",
        "HK$43.20",
        "有效期延至 2027-04-11",
        "Valid until 2027-04-11",
        "Bonus validity +30 days",
        "2026-12-11 → 2027-04-11",
        "總額 TOTAL",
        "現金 Cash",
        "HK$23.20",
        "HK$50.00",  # tendered
        "HK$26.80",  # change
        "信用卡 Card",
        "•••• 4242",
        "A1B2C3",
        "請保留此收據，以便查詢、投訴及退款。",
        "客戶服務熱線 Hotline +852 2345 6780",
        "多謝惠顧，歡迎再來",
        "Thank you for your custom",
    ]
    for snippet in expected:
        assert snippet in text, snippet
    assert "Please keep this receipt for enquiries, complaints and refunds." in " ".join(
        text.split()
    )
    for label in ("收據編號 Receipt No.", "日期時間 Date/Time", "職員 Clerk", "找贖 Change"):
        assert label in text
    assert "增值收據" not in text and "COPY" not in text and "VOID" not in text


def test_top_up_title_and_balance(tmp_path: Path) -> None:
    text = pdf_text(build_sale_pdf(SaleDocument(top_up(), SHOP)), tmp_path)
    assert "增值收據" in text and "TOP-UP RECEIPT" in text
    assert "續費收據" not in text
    assert "餘額 Balance" in text and "HK$10.00 → HK$60.00" in text
    assert "有效期至 Valid until" in text and "2026-12-11" in text
    assert "八達通 Octopus" in text and "OCT12345" in text and "參考編號 Ref." in text


def test_new_sim_title(tmp_path: Path) -> None:
    text = pdf_text(build_sale_pdf(SaleDocument(new_sim(), SHOP)), tmp_path)
    assert "新卡登記收據" in text and "NEW SIM RECEIPT" in text
    assert "香港註冊卡 HK registered card" in text
    assert "2027-11-21" in text and "HK$158.00" in text and "HK$42.00" in text


def test_voucher_prints_its_pin_large_in_groups(tmp_path: Path) -> None:
    pdf = build_sale_pdf(SaleDocument(voucher(), SHOP, pin=PIN))
    text = pdf_text(pdf, tmp_path)
    for snippet in (
        "充值券",
        "TOP-UP VOUCHER",
        "充值密碼 PIN",
        "1234 5678 9012 3456",
        "序號 Serial No.",
        "PEA050000007",
        "充值券有效期至 Use by",
        "2027-11-21",
        "使用方法 How to redeem",
        "轉數快 FPS",
        "FRN20261121ABC",
    ):
        assert snippet in text, snippet
    assert "用本卡撥*100#，輸入充值密碼。" in flat(text)
    assert "Dial*100#fromtheSIMandenterthePIN." in flat(text)
    runs: list[tuple[str, str, float]] = []

    def visit(text: str, _cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip() and isinstance(font, dict):
            runs.append((text.strip(), str(font["/BaseFont"]), size * abs(tm[0])))

    PdfReader(BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    pins = [(base, size) for text, base, size in runs if text == "1234 5678 9012 3456"]
    assert pins == [(f"/{PIN_FONT}", pytest.approx(16))]
    serial = max(size for text, _, size in runs if "Serial" in text)
    assert pins[0][1] >= 1.8 * serial  # large next to the text around it


def test_a_voucher_without_its_pin_says_so(tmp_path: Path) -> None:
    text = pdf_text(build_sale_pdf(SaleDocument(voucher(), SHOP)), tmp_path)
    assert "充值密碼不在此文件顯示" in text and "PIN not shown on this document" in text
    assert not re.search(r"\d{4} \d{4} \d{4}", text)


def test_a_pin_is_refused_on_anything_but_its_voucher() -> None:
    for sale in (renewal(), top_up(), new_sim()):
        with pytest.raises(ValueError, match="only on the voucher"):
            SaleDocument(sale, SHOP, pin=PIN)
    document = SaleDocument(voucher(), SHOP, pin=PIN)
    assert PIN not in repr(document)


def test_simplified_labels_and_the_shops_own_texts_as_stored(tmp_path: Path) -> None:
    text = pdf_text(build_sale_pdf(SaleDocument(renewal(), SHOP, chinese="simplified")), tmp_path)  # type: ignore[arg-type]
    for snippet in ("续费收据", "收据编号 Receipt No.", "总额 TOTAL", "现金 Cash", "找零 Change"):
        assert snippet in text, snippet
    for traditional in ("續費收據", "收據編號", "總額", "現金"):
        assert traditional not in text, traditional
    assert "保号卡 Number-keeping card" in text
    assert "示範通訊 旺角店" in text and "紫荊流動 3個月續期" in text  # stored, not converted
    voucher_text = pdf_text(
        build_sale_pdf(SaleDocument(voucher(), SHOP, chinese="simplified", pin=PIN)),  # type: ignore[arg-type]
        tmp_path,
    )
    assert "充值券" in voucher_text and "充值密码 PIN" in voucher_text


def test_copy_void_and_refunded_stamps(tmp_path: Path) -> None:
    copy = pdf_text(build_sale_pdf(SaleDocument(renewal(), SHOP, copy_number=2)), tmp_path)
    assert "COPY 2 / 副本 2" in copy
    void = pdf_text(build_sale_pdf(SaleDocument(renewal(state=SaleState.VOIDED), SHOP)), tmp_path)
    assert "VOID / 作廢" in void and "COPY" not in void
    refunded = pdf_text(
        build_sale_pdf(SaleDocument(renewal(state=SaleState.REFUNDED), SHOP, copy_number=1)),
        tmp_path,
    )
    assert "REFUNDED / 已退款" in refunded and "COPY 1 / 副本 1" in refunded
    assert "VOID" not in refunded


def test_page_widths_are_exact_and_the_roll_fits_its_content() -> None:
    one = build_sale_pdf(SaleDocument(renewal(), SHOP))
    ((width, height),) = page_sizes(one)
    assert width == pytest.approx(226.77, abs=0.01) == pytest.approx(MM80, abs=0.01)
    three = build_sale_pdf(
        SaleDocument(
            renewal(
                items=(RENEWAL_ITEM, replace(RENEWAL_ITEM, plan_code="X2"), RENEWAL_ITEM),
            ),
            SHOP,
        )
    )
    ((width3, height3),) = page_sizes(three)
    assert width3 == width
    assert height3 > height + 100
    ((width58, height58),) = page_sizes(
        build_sale_pdf(SaleDocument(renewal(), SHOP, paper=Paper.MM58))
    )
    assert width58 == pytest.approx(164.41, abs=0.01) == pytest.approx(MM58, abs=0.01)
    assert height58 > 400  # the whole receipt, on one page
    a4 = page_sizes(build_sale_pdf(SaleDocument(renewal(), SHOP, paper=Paper.A4)))
    assert a4 == [(pytest.approx(595.28, abs=0.01), pytest.approx(841.89, abs=0.01))]


def test_nothing_overflows_58mm(tmp_path: Path) -> None:
    plan_en = "Bauhinia Mobile Unlimited Data Annual Renewal Supersaver XL1"
    assert len(plan_en) == 60
    long_name = ItemView(
        "BAU-R12",
        "紫荊流動全年無限數據超級優惠續期計劃（香港及澳門適用）",
        plan_en,
        15_800,
        0,
        15_800,
        "",
        (
            (
                "贈送數據 +5 GB（於香港、澳門及中國內地使用）",
                "Bonus data +5 GB, usable in Hong Kong, Macau and the Chinese mainland",
            ),
        ),
    )
    shop = replace(
        SHOP,
        name_zh="示範通訊有限公司旺角彌敦道旗艦店及客戶服務中心（二十四小時營業）",
        name_en="Demo Mobile Communications Company Limited, Nathan Road Flagship",
        footer_en="Supercalifragilisticexpialidocious-terms-and-conditions-apply-see-shop",
    )
    sale = renewal(items=(long_name,), total=15_800)
    pdf = build_sale_pdf(SaleDocument(sale, shop, paper=Paper.MM58))
    text = flat(pdf_text(pdf, tmp_path))
    for expected in (
        shop.name_zh,
        long_name.name_zh,
        plan_en,
        long_name.benefits[0][1],
        shop.name_en,
    ):
        assert flat(expected) in text, expected
    assert flat(shop.footer_en) in text
    page_width, placed = words(pdf, tmp_path)
    assert page_width == pytest.approx(MM58, abs=0.01)
    assert len(placed) > 100
    margin = 5 * 72 / 25.4
    for word in placed:
        assert word.x_min >= margin - 0.5, word
        assert word.x_max <= page_width - margin + 0.5, word


def test_the_qr_code_and_barcode_are_drawn() -> None:
    pdf = build_sale_pdf(SaleDocument(renewal(), SHOP))
    content = PdfReader(BytesIO(pdf)).pages[0].get_contents()
    assert content is not None
    rectangles = len(re.findall(rb" re\b", content.get_data()))
    # QR modules (a 21 x 21 symbol is about half dark) and the Code 128's 30-odd bars.
    assert rectangles > 150
    without_items = build_sale_pdf(SaleDocument(renewal(items=(), payments=()), SHOP))
    content2 = PdfReader(BytesIO(without_items)).pages[0].get_contents()
    assert content2 is not None
    assert len(re.findall(rb" re\b", content2.get_data())) == rectangles


def test_the_same_document_gives_the_same_bytes() -> None:
    document = SaleDocument(voucher(), SHOP, pin=PIN, paper=Paper.MM58)
    assert build_sale_pdf(document) == build_sale_pdf(document)


def test_a_logo_is_printed_and_a_missing_one_is_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (200, 30, 30)).save(logo)
    pdf = build_sale_pdf(SaleDocument(renewal(), replace(SHOP, logo_path=logo)))
    page = PdfReader(BytesIO(pdf)).pages[0]
    images = page["/Resources"]["/XObject"]  # type: ignore[index]
    assert len(images) == 1
    plain = build_sale_pdf(SaleDocument(renewal(), SHOP))
    assert page_sizes(pdf)[0][1] > page_sizes(plain)[0][1]
    missing = build_sale_pdf(
        SaleDocument(renewal(), replace(SHOP, logo_path=tmp_path / "gone.png"))
    )
    assert missing == plain
    assert "gone.png" in caplog.text


def test_pin_groups() -> None:
    assert pin_groups("1234567890123456") == "1234 5678 9012 3456"
    assert pin_groups(" 12345 678 90 ") == "1234 5678 90"


def test_a_pin_too_wide_for_58mm_splits_evenly(tmp_path: Path) -> None:
    text = pdf_text(
        build_sale_pdf(SaleDocument(voucher(), SHOP, pin=PIN, paper=Paper.MM58)), tmp_path
    )
    assert "1234 5678 9012 3456" not in text
    lines = [line.strip() for line in text.splitlines()]
    first = lines.index("1234 5678")
    assert lines[first + 1] == "9012 3456"


def test_only_a_completed_sale_has_a_receipt() -> None:
    with pytest.raises(ValueError, match="completed"):
        SaleDocument(renewal(receipt_no=None), SHOP)
    with pytest.raises(ValueError, match="copy_number"):
        SaleDocument(renewal(), SHOP, copy_number=-1)


def test_shop_header_defaults() -> None:
    header = ShopHeader("店", "Shop")
    text_only = SaleDocument(renewal(), header)
    assert build_sale_pdf(text_only).startswith(b"%PDF")


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
@pytest.mark.parametrize("paper", list(Paper))
def test_the_codes_scan_back_to_the_receipt_number(paper: Paper, tmp_path: Path) -> None:
    """Printed at a thermal head's 203 dpi, both codes read back as the receipt number."""
    source = tmp_path / "receipt.pdf"
    source.write_bytes(build_sale_pdf(SaleDocument(renewal(), SHOP, paper=paper)))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "203", str(source), str(tmp_path / "scan")], check=True
    )
    scanned = subprocess.run(
        ["zbarimg", "-q", str(tmp_path / "scan-1.png")], capture_output=True, text=True, check=True
    ).stdout.split()
    assert sorted(scanned) == ["CODE-128:DEMO-C1-000123", "QR-Code:DEMO-C1-000123"]
