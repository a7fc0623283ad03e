"""X and Z shift reports from real shifts (SQLite and PostgreSQL), read back from the PDF."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from counter_app.domain.errors import InputError
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.shifts import KindFigures, ShiftFigures
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.printing.receipt import Paper
from counter_app.printing.shift_report import (
    ReportKind,
    ShiftReport,
    ShiftReportDocument,
    build_shift_report_pdf,
)
from counter_app.services import identity, outbox, reports, reversals, sales, shifts
from counter_app.store.models import Setting
from counter_app.store.models import Shop as ShopRow
from tests.printing.helpers import MM58, MM80, SHOP, fonts, page_sizes, pdf_text, words
from tests.services.conftest import PASSWORD, Shop

Cash = TenderKind.CASH


def renew_for_cash(shop: Shop, clerk: Clerk, tendered: int) -> SaleView:
    """BAU-R03 (HK$48) for the first demo line, identity checked, paid in cash."""
    sample = shop.built.samples[0]
    line_id = shop.set_line(sample.msisdn, expires_on=shop.clock.today + timedelta(days=20))
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    assert identity.check_identity(
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
    ).matched
    return sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-R03",
        tenders=[Tender(Cash, 4_800, tendered=tendered)],
        clock=shop.clock,
    )


def split_top_up(shop: Shop, clerk: Clerk) -> SaleView:
    """HK$100 credit: HK$40 in cash from a HK$50 note, HK$60 by Octopus."""
    line_id = shop.set_line(shop.built.samples[1].msisdn, balance=0)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    return sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T100",
        tenders=[
            Tender(Cash, 4_000, tendered=5_000),
            Tender(TenderKind.OCTOPUS, 6_000, reference="OCT-88812"),
        ],
        clock=shop.clock,
    )


def void(shop: Shop, clerk: Clerk, receipt_no: str) -> None:
    reversals.reverse_sale(
        shop.db,
        clerk,
        shop.counter_id,
        receipt_no,
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="customer changed their mind",
        clock=shop.clock,
    )


@dataclass(frozen=True)
class Day:
    shift_id: int
    x_after_first_sale: bytes


def a_day(shop: Shop, clerk: Clerk) -> Day:
    """Float HK$500; a HK$48 renewal paid with HK$200; a split top-up; a voucher sold for
    cash and voided; HK$100 in and HK$30 out. Expected cash: 500 + 138 - 50 + 100 - 30."""
    shift = shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    renew_for_cash(shop, clerk, 20_000)
    shop.clock.advance(minutes=5)
    first = reports.report_pdf(shop.db, kind="x", counter_code="C1", clock=shop.clock)
    split_top_up(shop, clerk)
    voucher = shop.sell_voucher(clerk, "PEARL", 5_000)
    assert voucher.receipt_no is not None
    void(shop, clerk, voucher.receipt_no)
    shop.clock.advance(minutes=25)  # 10:30 in Hong Kong
    shifts.move_cash(
        shop.db, clerk, shop.counter_id, 10_000, "coins from the bank", clock=shop.clock
    )
    shop.clock.advance(minutes=15)  # 10:45
    shifts.move_cash(shop.db, clerk, shop.counter_id, -3_000, "paid the cleaner", clock=shop.clock)
    return Day(shift.id, first)


def amounts_whole(text: str) -> bool:
    """Every amount on the page is printed whole: no digit wrapped to the next line."""
    found = re.findall(r"HK\$[0-9,.]*", text)
    return bool(found) and all(re.fullmatch(r"HK\$\d{1,3}(,\d{3})*\.\d\d", a) for a in found)


def has(text: str, label: str, *values: str) -> bool:
    """A line of the page with *label*, then each of *values*, the last at the line's end."""
    columns = r"\s+".join(re.escape(value) for value in values)
    return re.search(rf"{re.escape(label)}\s+{columns}\s*$", text, re.MULTILINE) is not None


def test_the_shift_figures_behind_the_report(shop: Shop, clerk: Clerk) -> None:
    day = a_day(shop, clerk)
    figures = shifts.figures(shop.db, day.shift_id)
    assert figures.by_kind == {
        "renewal": KindFigures(1, 4_800),
        "credit_topup": KindFigures(1, 10_000),
        "voucher": KindFigures(1, 5_000),
    }
    assert sum(kind.amount for kind in figures.by_kind.values()) == figures.sales_total
    assert (figures.cash_tendered, figures.change_given) == (30_000, 16_200)
    assert figures.cash_takings == figures.cash_tendered - figures.change_given == 13_800
    assert (figures.voids, figures.void_amount, figures.cash_returned) == (1, 5_000, 5_000)
    assert (figures.refunds, figures.refund_amount) == (0, 0)
    assert figures.net_sales == 19_800 - 5_000
    assert figures.expected_cash == 50_000 + 13_800 - 5_000 + 10_000 - 3_000
    assert figures.closed_by is None
    closed = shifts.close_shift(shop.db, clerk, shop.counter_id, 65_000, clock=shop.clock)
    assert closed.closed_by == clerk.id and closed.variance == -800


def test_a_refund_in_a_later_shift_is_that_shifts(shop: Shop, clerk: Clerk, tmp_path: Path) -> None:
    first = shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    sale = split_top_up(shop, clerk)
    assert sale.receipt_no is not None
    shifts.close_shift(shop.db, clerk, shop.counter_id, 4_000, clock=shop.clock)
    shop.clock.advance(days=1)
    second = shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    void(shop, clerk, sale.receipt_no)  # an earlier shift's sale: a refund
    before = shifts.figures(shop.db, first.id)
    after = shifts.figures(shop.db, second.id)
    assert (before.sales_total, before.refund_amount, before.net_sales) == (10_000, 0, 10_000)
    assert (after.sales_total, after.refunds, after.refund_amount) == (0, 1, 10_000)
    assert after.net_sales == -10_000 and after.cash_returned == 4_000
    pdf = reports.report_pdf(shop.db, kind="x", counter_code="C1", clock=shop.clock)
    text = pdf_text(pdf, tmp_path)
    assert has(text, "退款交易 Refunds", "1", "-HK$100.00")
    assert has(text, "淨銷售額 Net sales", "-HK$100.00")
    assert has(text, "退回現金 Cash refunded", "-HK$40.00")
    assert has(text, "應有現金 Expected cash", "-HK$40.00")
    assert amounts_whole(text)


def test_cash_takings_are_what_the_sale_received_not_the_note(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    day = a_day(shop, clerk)
    text = pdf_text(day.x_after_first_sale, tmp_path)
    assert has(text, "現金收入 Cash takings", "HK$48.00")
    assert has(text, "顧客付現 Cash tendered", "HK$200.00")
    assert has(text, "找贖 Change given", "-HK$152.00")
    assert has(text, "應有現金 Expected cash", "HK$548.00")
    assert has(text, "現金 Cash", "HK$48.00")
    assert "HK$700.00" not in text  # the float plus the note: change counted as takings


def test_the_x_report(shop: Shop, clerk: Clerk, tmp_path: Path) -> None:
    day = a_day(shop, clerk)
    pdf = reports.report_pdf(shop.db, kind=ReportKind.X, counter_code="C1", clock=shop.clock)
    text = pdf_text(pdf, tmp_path)
    for snippet in (
        "示範通訊 旺角店",
        "Demo Mobile, Mong Kok",
        "12345678-000-11-26-0",
        "X 報表",
        "X REPORT",
        "更中報表，並非結算",
        "Mid-shift report, not a closing",
        "所有時間均為香港時間 All times are Hong Kong time",
    ):
        assert snippet in text, snippet
    for label, value in (
        ("櫃檯 Counter", "C1 1號櫃檯"),
        ("更次編號 Shift No.", str(day.shift_id)),
        ("開更職員 Opened by", "陳店員"),
        ("開更時間 Opened at", "2026-11-21 10:00"),
        ("列印時間 Printed at", "2026-11-21 10:45"),
    ):
        assert has(text, label, value), label
    assert has(text, "續期 Renewals", "1", "HK$48.00")
    assert has(text, "增值 Credit top-ups", "1", "HK$100.00")
    assert has(text, "數據附加 Data add-ons", "0", "HK$0.00")
    assert has(text, "新卡 New SIMs", "0", "HK$0.00")
    assert has(text, "充值券 Vouchers", "1", "HK$50.00")
    assert has(text, "銷售總額 Sales total", "3", "HK$198.00")
    assert has(text, "作廢交易 Voids", "1", "-HK$50.00")
    assert has(text, "退款交易 Refunds", "0", "HK$0.00")
    assert has(text, "淨銷售額 Net sales", "HK$148.00")
    # The void gave HK$50 back in cash: the cash tender shows taken, given back and net.
    assert re.search(
        r"^\s*現金 Cash\s*$\s*收款 Taken\s+HK\$138\.00\s*$"
        r"\s*作廢及退款退回 Voided/refunded\s+-HK\$50\.00\s*$\s*淨額 Net\s+HK\$88\.00\s*$",
        text,
        re.MULTILINE,
    )
    assert has(text, "八達通 Octopus", "HK$60.00")
    assert has(text, "信用卡 Card", "HK$0.00")
    assert has(text, "轉數快 FPS", "HK$0.00")
    assert has(text, "WeChat Pay HK", "HK$0.00")
    assert has(text, "總額 TOTAL", "HK$198.00")
    assert has(text, "作廢及退款退回 Voided/refunded", "-HK$50.00")
    assert has(text, "淨額 Net", "HK$148.00")
    assert has(text, "顧客付現 Cash tendered", "HK$300.00")
    assert has(text, "找贖 Change given", "-HK$162.00")
    assert has(text, "現金收入 Cash takings", "HK$138.00")
    assert "找贖不計入收入 Change given is not takings" in text
    assert has(text, "備用金 Float", "HK$500.00")
    assert has(text, "退回現金 Cash refunded", "-HK$50.00")
    assert has(text, "存入現金 Cash in", "HK$100.00")
    assert has(text, "提取現金 Cash out", "-HK$30.00")
    assert has(text, "應有現金 Expected cash", "HK$658.00")
    assert has(text, "10:30 存入現金 Cash in", "HK$100.00")
    assert has(text, "10:45 提取現金 Cash out", "-HK$30.00")
    assert "coins from the bank" in text and "paid the cleaner" in text
    assert amounts_whole(text)
    for closing_only in ("Z REPORT", "Counted cash", "Variance", "Closed at", "Signature"):
        assert closing_only not in text, closing_only
    sample = shop.built.samples[0]
    assert sample.id_number not in text and sample.msisdn not in text
    assert sample.msisdn[4:] not in text


def test_the_z_report_of_a_day(shop: Shop, clerk: Clerk, tmp_path: Path) -> None:
    day = a_day(shop, clerk)
    shop.clock.advance(hours=8)  # 18:45 in Hong Kong
    closing = shop.sign_in("supervisor")
    shifts.close_shift(
        shop.db,
        closing,
        shop.counter_id,
        65_000,
        variance_reason="HK$8 short, counted twice",
        clock=shop.clock,
    )
    shop.clock.advance(minutes=2)
    document = reports.report_document(
        shop.db, kind="z", counter_code="c1", day=date(2026, 11, 21), clock=shop.clock
    )
    assert [r.figures.shift_id for r in document.reports] == [day.shift_id]
    pdf = build_shift_report_pdf(document)
    text = pdf_text(pdf, tmp_path)
    for snippet in ("Z 報表", "Z REPORT", "收銀結算 Shift closing", "HK$8 short, counted twice"):
        assert snippet in text, snippet
    assert "Mid-shift" not in text and "X REPORT" not in text
    assert has(text, "收更職員 Closed by", "李主管")
    assert has(text, "收更時間 Closed at", "2026-11-21 18:45")
    assert has(text, "列印時間 Printed at", "2026-11-21 18:47")
    assert has(text, "應有現金 Expected cash", "HK$658.00")
    assert has(text, "點算現金 Counted cash", "HK$650.00")
    assert has(text, "差額 Variance (短款 short)", "-HK$8.00")
    assert has(text, "現金收入 Cash takings", "HK$138.00")
    assert "差額 = 點算 - 應有 / Variance = counted - expected" in text
    assert "簽署 Signature" in text
    ((width, _),) = page_sizes(pdf)
    assert width == pytest.approx(226.77, abs=0.01) == pytest.approx(MM80, abs=0.01)
    embedded = [
        font
        for font in fonts(pdf)
        if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"].get_object()  # type: ignore[attr-defined]
    ]
    assert embedded and all("WenQuanYi" in str(font["/BaseFont"]) for font in embedded)
    assert all(font["/Subtype"] == "/TrueType" for font in fonts(pdf))


def test_over_and_a_z_for_a_shift(shop: Shop, clerk: Clerk, tmp_path: Path) -> None:
    shift = shifts.open_shift(shop.db, clerk, shop.counter_id, 10_000, clock=shop.clock)
    with pytest.raises(InputError, match="still open"):
        reports.report_pdf(shop.db, kind="z", shift_id=shift.id)
    shifts.close_shift(shop.db, clerk, shop.counter_id, 10_500, clock=shop.clock)
    text = pdf_text(reports.report_pdf(shop.db, kind="z", shift_id=shift.id), tmp_path)
    assert has(text, "差額 Variance (長款 over)", "HK$5.00")
    assert has(text, "銷售總額 Sales total", "0", "HK$0.00")
    assert "沒有現金存取 No cash moved in or out" in text
    with pytest.raises(InputError, match="is closed"):
        reports.report_pdf(shop.db, kind="x", shift_id=shift.id)


def test_a_z_report_prints_its_counters_audit_head_at_the_close(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    from counter_app.services import audit

    shift = shifts.open_shift(shop.db, clerk, shop.counter_id, 10_000, clock=shop.clock)
    shop.sell_voucher(clerk, "BAUHINIA", 5_000)
    shifts.close_shift(shop.db, clerk, shop.counter_id, 15_000, clock=shop.clock)
    with shop.db.read() as session:
        closing = audit.shift_closing(session, shift.id)
        assert closing is not None and closing.chain == shop.counter_id
        entries, head = closing.seq, closing.hash
    shop.sign_in("supervisor")  # later entries do not change what a reprint shows
    pdf = reports.report_pdf(shop.db, kind="z", shift_id=shift.id)
    (tmp_path / "z.pdf").write_bytes(pdf)
    text = pdf_text(pdf, tmp_path)
    assert f"審計記錄 Audit trail C1 第 {entries} 項 / entry {entries}" in " ".join(text.split())
    assert head in "".join(text.split())
    assert audit.verify(shop.db, expect=[head]).ok
    x_shift = shifts.open_shift(shop.db, clerk, shop.counter_id, 10_000, clock=shop.clock)
    x_text = pdf_text(reports.report_pdf(shop.db, kind="x", shift_id=x_shift.id), tmp_path)
    assert "Audit trail" not in x_text


def test_a_z_report_needs_a_shift_closed_that_day(shop: Shop, clerk: Clerk) -> None:
    shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    with pytest.raises(InputError) as still_open:
        reports.report_pdf(shop.db, kind="z", counter_code="C1", day=date(2026, 11, 21))
    assert still_open.value.code == "report.no_closed_shift"
    assert "2026-11-21" in str(still_open.value) and "C1" in str(still_open.value)
    with pytest.raises(InputError) as no_x:
        reports.report_pdf(shop.db, kind="x", counter_code="C2")
    assert no_x.value.code == "shift.not_open"
    with pytest.raises(InputError, match="no counter C9"):
        reports.report_pdf(shop.db, kind="x", counter_code="C9")
    with pytest.raises(ValueError, match="date or for a shift"):
        reports.report_pdf(shop.db, kind="z", counter_code="C1")
    with pytest.raises(ValueError, match="not of a date"):
        reports.report_pdf(shop.db, kind="x", day=date(2026, 11, 21))


def test_two_closes_in_one_day_each_get_a_page_and_an_archive(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    # 23:30 Hong Kong time on the 20th: its close at 00:30 on the 21st belongs to the 21st.
    shop.clock.now = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)
    early = shifts.open_shift(shop.db, clerk, shop.counter_id, 10_000, clock=shop.clock)
    shop.clock.advance(hours=1)
    shifts.close_shift(shop.db, clerk, shop.counter_id, 10_000, clock=shop.clock)
    shop.clock.advance(hours=9)  # 09:30 on the 21st
    late = shifts.open_shift(shop.db, clerk, shop.counter_id, 20_000, clock=shop.clock)
    split_top_up(shop, clerk)
    shop.clock.advance(hours=14, minutes=29)  # 23:59 on the 21st
    shifts.close_shift(shop.db, clerk, shop.counter_id, 24_000, clock=shop.clock)
    other = shifts.open_shift(shop.db, clerk, shop.other_counter_id, 0, clock=shop.clock)
    shifts.close_shift(shop.db, clerk, shop.other_counter_id, 0, clock=shop.clock)
    shop.clock.advance(minutes=2)  # the 22nd: nothing closed at C1
    with pytest.raises(InputError, match="2026-11-22"):
        reports.z_report_files(shop.db, tmp_path, counter_code="C1", day=shop.clock.today)
    with pytest.raises(InputError, match="2026-11-20"):
        reports.z_report_files(shop.db, tmp_path, counter_code="C1", day=date(2026, 11, 20))

    data = tmp_path / "data"
    files = reports.z_report_files(
        shop.db, data, counter_code="C1", day=date(2026, 11, 21), clock=shop.clock
    )
    assert [r.figures.shift_id for r in files.document.reports] == [early.id, late.id]
    assert other.id not in [r.figures.shift_id for r in files.document.reports]
    sizes = page_sizes(files.pdf)
    assert len(sizes) == 2 and all(w == pytest.approx(MM80, abs=0.01) for w, _ in sizes)
    folder = data / "reports" / "2026" / "11" / "21"
    assert files.archived == (folder / f"Z-C1-{early.id}.pdf", folder / f"Z-C1-{late.id}.pdf")
    text = pdf_text(files.pdf, tmp_path)
    pages = text.split("\f")
    assert has(pages[0], "更次編號 Shift No.", str(early.id))
    assert has(pages[0], "收更時間 Closed at", "2026-11-21 00:30")
    assert has(pages[1], "更次編號 Shift No.", str(late.id))
    assert has(pages[1], "現金收入 Cash takings", "HK$40.00")
    assert has(pages[1], "八達通 Octopus", "HK$60.00")
    late_alone = pdf_text(files.archived[1].read_bytes(), tmp_path)
    assert len(page_sizes(files.archived[1].read_bytes())) == 1
    assert has(late_alone, "點算現金 Counted cash", "HK$240.00")
    assert str(early.id) not in re.findall(r"Shift No\.\s+(\d+)", late_alone)

    # Printed again a minute later: what was archived stays, the reprint goes beside it.
    shop.clock.advance(minutes=1)
    again = reports.z_report_files(
        shop.db, data, counter_code="C1", day=date(2026, 11, 21), clock=shop.clock
    )
    assert again.archived == (
        folder / f"Z-C1-{early.id}-2.pdf",
        folder / f"Z-C1-{late.id}-2.pdf",
    )
    assert files.archived[0].read_bytes() != again.archived[0].read_bytes()
    # The same moment again: the same bytes, nothing new.
    same = reports.z_report_files(
        shop.db, data, counter_code="C1", day=date(2026, 11, 21), clock=shop.clock
    )
    assert same.archived == again.archived
    assert len(list(folder.iterdir())) == 4


def _set(shop: Shop, **values: str) -> None:
    from sqlalchemy import select

    with shop.db.write() as session:
        shop_id = session.scalars(select(ShopRow.id).where(ShopRow.code == "DEMO")).one()
        for key, value in values.items():
            session.merge(Setting(shop_id=shop_id, key=key, value=value))


def test_paper_and_script_follow_the_shop(shop: Shop, clerk: Clerk, tmp_path: Path) -> None:
    a_day(shop, clerk)
    _set(shop, receipt_paper="58mm", receipt_chinese="simplified")
    pdf = reports.report_pdf(shop.db, kind="x", counter_code="C1", clock=shop.clock)
    ((width, _),) = page_sizes(pdf)
    assert width == pytest.approx(MM58, abs=0.01)
    text = pdf_text(pdf, tmp_path)
    for snippet in ("X 报表", "更中报表，并非结算", "现金收入 Cash takings", "找零 Change given"):
        assert snippet in text, snippet
    assert "報表" not in text
    page_width, placed = words(pdf, tmp_path)
    margin = 5 * 72 / 25.4
    assert len(placed) > 150
    for word in placed:
        assert margin - 0.5 <= word.x_min and word.x_max <= page_width - margin + 0.5, word
    a4 = reports.report_pdf(shop.db, kind="x", counter_code="C1", paper=Paper.A4)
    sizes = page_sizes(a4)
    assert all(
        size == (pytest.approx(595.28, abs=0.01), pytest.approx(841.89, abs=0.01)) for size in sizes
    )
    a4_text = pdf_text(a4, tmp_path)
    assert has(a4_text, "应有现金 Expected cash", "HK$658.00")
    # The cash in and out moved whole to a second page, each page saying which it is.
    assert len(sizes) == 2
    first, second = a4_text.split("\f")[:2]
    assert "1 / 2" in first and "2 / 2" in second
    assert "现金存取 Cash in and out" in second and "paid the cleaner" in second
    assert "现金存取" not in first


def test_big_amounts_fit_58mm_whole(tmp_path: Path) -> None:
    opened = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
    big = 123_456_789
    figures = ShiftFigures(
        shift_id=123456,
        counter_id=1,
        opened_by=1,
        opened_at=opened,
        float_amount=5_000_000,
        sales_count=99_999,
        sales_total=big,
        by_tender={"cash": big - 1_000_000, "wechat_pay_hk": 1_000_000},
        cash_takings=big - 1_000_000,
        cash_returned=2_000_000,
        cash_in=100_000,
        cash_out=300_000,
        expected_cash=big + 1_800_000,
        voids=12,
        refunds=3,
        closed_at=opened + timedelta(hours=12),
        counted=big,
        variance=-1_800_000,
        variance_reason="超過一百萬元的差額，已由主管核實並報告總公司。" * 2,
        movements=[(opened + timedelta(hours=1), -300_000, "bank deposit " * 8)],
        closed_by=2,
        by_kind={"renewal": KindFigures(99_999, big)},
        cash_tendered=big + 50_000_000,
        change_given=51_000_000,
        void_amount=1_500_000,
        refund_amount=500_000,
    )
    report = ShiftReport(
        ReportKind.Z, figures, "COUNTER-16-CHARS", "一號櫃檯（近門口）", "陳大文", "李小明"
    )
    document = ShiftReportDocument((report,), SHOP, printed_at=opened, paper=Paper.MM58)
    pdf = build_shift_report_pdf(document)
    text = pdf_text(pdf, tmp_path)
    assert amounts_whole(text)
    assert "HK$1,234,567.89" in text and "-HK$18,000.00" in text
    page_width, placed = words(pdf, tmp_path)
    margin = 5 * 72 / 25.4
    for word in placed:
        assert margin - 0.5 <= word.x_min and word.x_max <= page_width - margin + 0.5, word


def test_a_report_document_checks_its_shifts() -> None:
    opened = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
    figures = ShiftFigures(
        shift_id=7,
        counter_id=1,
        opened_by=1,
        opened_at=opened,
        float_amount=0,
        sales_count=0,
        sales_total=0,
        by_tender={},
        cash_takings=0,
        cash_returned=0,
        cash_in=0,
        cash_out=0,
        expected_cash=0,
        voids=0,
        refunds=0,
    )
    x = ShiftReport(ReportKind.X, figures, "C1", "", "陳店員")
    with pytest.raises(ValueError, match="open"):
        ShiftReport(ReportKind.Z, figures, "C1", "", "陳店員")
    closed = replace(figures, closed_at=opened + timedelta(hours=1), counted=0, variance=0)
    z = ShiftReport(ReportKind.Z, closed, "C1", "", "陳店員", "陳店員")
    with pytest.raises(ValueError, match="closed"):
        ShiftReport(ReportKind.X, closed, "C1", "", "陳店員")
    with pytest.raises(ValueError, match="separately"):
        ShiftReportDocument((x, z), SHOP, printed_at=opened)
    with pytest.raises(ValueError, match="at least one"):
        ShiftReportDocument((), SHOP, printed_at=opened)
    with pytest.raises(ValueError, match="aware"):
        ShiftReportDocument((x,), SHOP, printed_at=datetime(2026, 11, 21, 10, 0))  # noqa: DTZ001
    assert (
        build_shift_report_pdf(ShiftReportDocument((z,), SHOP, printed_at=opened))[:5] == b"%PDF-"
    )


def job_of(shop: Shop, receipt_no: str | None) -> int:
    """The fulfilment job of the sale *receipt_no*, waiting for the clerk (manual)."""
    return next(job.id for job in outbox.attention(shop.db) if job.receipt_no == receipt_no)


UNCONFIRMED = "未確認銷售 Unconfirmed sales"


def test_the_reports_count_the_sales_the_carrier_has_not_confirmed(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    shift = shifts.open_shift(shop.db, clerk, shop.counter_id, 50_000, clock=shop.clock)
    x_text = pdf_text(reports.report_pdf(shop.db, kind="x", shift_id=shift.id), tmp_path)
    assert re.search(
        r"^網絡商確認 Carrier confirmation\s*$\s*未確認銷售 Unconfirmed sales\s+0\s*$"
        r"\s*以列印時為準 As at the time printed\s*$",
        x_text,
        re.MULTILINE,
    )
    renewal = renew_for_cash(shop, clerk, 5_000)
    top_up = split_top_up(shop, clerk)
    shop.sell_voucher(clerk, "PEARL", 5_000)  # a PIN from stock: nothing for the carrier to do
    assert shifts.figures(shop.db, shift.id).unconfirmed_sales == 2
    x_text = pdf_text(reports.report_pdf(shop.db, kind="x", shift_id=shift.id), tmp_path)
    assert has(x_text, UNCONFIRMED, "2")

    # The clerk applied the renewal on the carrier's portal and typed its reference.
    outbox.applied_by_hand(
        shop.db, clerk, job_of(shop, renewal.receipt_no), "BAU-88812", clock=shop.clock
    )
    assert shifts.figures(shop.db, shift.id).unconfirmed_sales == 1
    x_text = pdf_text(reports.report_pdf(shop.db, kind="x", shift_id=shift.id), tmp_path)
    assert has(x_text, UNCONFIRMED, "1")
    # A voided sale is not waiting for the carrier any more (its job was cancelled unsent).
    assert top_up.receipt_no is not None
    void(shop, clerk, top_up.receipt_no)
    assert shifts.figures(shop.db, shift.id).unconfirmed_sales == 0

    waiting = renew_for_cash(shop, clerk, 5_000)
    expected = shifts.figures(shop.db, shift.id).expected_cash
    shifts.close_shift(shop.db, clerk, shop.counter_id, expected, clock=shop.clock)
    z_pdf = reports.report_pdf(shop.db, kind="z", shift_id=shift.id)
    (tmp_path / "z.pdf").write_bytes(z_pdf)
    assert has(pdf_text(z_pdf, tmp_path), UNCONFIRMED, "1")
    # Applied after the close: a Z report printed again says so.
    outbox.applied_by_hand(
        shop.db, clerk, job_of(shop, waiting.receipt_no), "BAU-88813", clock=shop.clock
    )
    again = pdf_text(reports.report_pdf(shop.db, kind="z", shift_id=shift.id), tmp_path)
    assert has(again, UNCONFIRMED, "0")
    # Another shift's sales are that shift's.
    later = shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    renew_for_cash(shop, clerk, 4_800)
    assert shifts.figures(shop.db, later.id).unconfirmed_sales == 1
    assert shifts.figures(shop.db, shift.id).unconfirmed_sales == 0
