"""Receipts of real sales from the database (SQLite and PostgreSQL), and the archive."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from counter_app.domain.identity import hkid_check_digit
from counter_app.domain.new_sims import NewSim
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.printing.labels import ChineseScript
from counter_app.printing.receipt import Paper, SaleDocument, build_sale_pdf
from counter_app.services import identity, receipts, registration, reversals, sales
from counter_app.store.models import Setting
from counter_app.store.models import Shop as ShopRow
from tests.printing.helpers import MM58, page_sizes, pdf_text, renewal, words
from tests.services.conftest import PASSWORD, Shop

Cash = TenderKind.CASH


def _renew(shop: Shop, clerk: Clerk) -> SaleView:
    """A verified renewal of the first demo line, 20 days before it expires."""
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
    quote = next(
        q
        for q in sales.quotes(shop.db, line_id, today=shop.clock.today)
        if q.plan.code == "BAU-R03"
    )
    return sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-R03",
        tenders=[Tender(Cash, quote.total, tendered=quote.total + 5_000)],
        clock=shop.clock,
    )


def _top_up(shop: Shop, clerk: Clerk, sample_no: int = 1) -> SaleView:
    line_id = shop.set_line(shop.built.samples[sample_no].msisdn, balance=1_000)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    return sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code="BAU-T050",
        tenders=[Tender(TenderKind.FPS, 5_000, reference="FRN20261121XYZ")],
        clock=shop.clock,
    )


def _text(document: SaleDocument, tmp_path: Path) -> str:
    return pdf_text(build_sale_pdf(document), tmp_path)


@pytest.mark.usefixtures("open_shift")
def test_a_renewal_from_the_database(shop: Shop, clerk: Clerk, tmp_path: Path) -> None:
    sale = _renew(shop, clerk)
    assert sale.receipt_no is not None
    text = _text(receipts.sale_document(shop.db, sale.receipt_no.lower(), copy=False), tmp_path)
    sample = shop.built.samples[0]
    for snippet in (
        "續費收據",
        "RENEWAL RECEIPT",
        sale.receipt_no,
        "2026-11-21 10:00:00",
        "示範通訊 旺角店",
        "12345678-000-11-26-0",
        sale.msisdn_masked,
        "紫荊流動 Bauhinia Mobile",
        f"{sale.expires_before} → {sale.expires_after}",
        "陳店員",
    ):
        assert snippet in text, snippet
    # The holder's document, in any form, is nowhere on the paper.
    number = sample.id_number
    for form in {number, number.replace("(", "").replace(")", ""), number[:7], number[1:7]}:
        assert form not in text, form
    assert sample.msisdn not in text and sample.msisdn[4:] not in text


@pytest.mark.usefixtures("open_shift")
def test_a_new_sim_receipt_has_no_id_number_and_no_holder(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    digits = "765432"
    hkid = f"K{digits}({hkid_check_digit('K', digits)})"
    draft = sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.NEW_SIM, clock=shop.clock)
    from counter_app.services.demo import _iccid

    sale = registration.complete_new_sim(
        shop.db,
        clerk,
        draft.uuid,
        NewSim(
            msisdn="61234567",
            iccid=_iccid(987_654),
            carrier_code="BAUHINIA",
            card_type="hk_registered",
            plan_code="BAU-R12",
            name_en="Wong Siu Ming",
            name_zh="黃小明",
            date_of_birth=date(1988, 3, 2),
            id_type="hkid",
            id_number=hkid,
            photo_matches=True,
        ),
        tenders=[Tender(Cash, 15_800)],
        secret=shop.secret,
        clock=shop.clock,
    )
    assert sale.receipt_no is not None
    text = _text(receipts.sale_document(shop.db, sale.receipt_no, copy=False), tmp_path)
    assert "新卡登記收據" in text and "NEW SIM RECEIPT" in text
    assert "+852 6123 ••67" in text and "2027-11-21" in text
    compact = "".join(text.split())
    for form in (hkid, hkid.replace("(", "").replace(")", ""), f"K{digits}", digits):
        assert form not in compact, form
    for personal in ("WONG SIU MING", "Wong Siu Ming", "黃小明", "1988-03-02", "61234567"):
        assert personal not in text


@pytest.mark.usefixtures("open_shift")
def test_the_pin_is_on_its_voucher_and_nowhere_else(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    sold = shop.sell_voucher(clerk, "PEARL", 5_000)
    assert sold.receipt_no is not None
    pin = sales.reveal_pin(shop.db, clerk, sold.receipt_no, shop.secret, clock=shop.clock)
    grouped = " ".join(pin[i : i + 4] for i in range(0, len(pin), 4))
    document = receipts.sale_document(shop.db, sold.receipt_no, copy=False, pin=pin)
    text = _text(document, tmp_path)
    assert grouped in text
    assert "充值券" in text and "TOP-UP VOUCHER" in text
    assert sold.voucher is not None and sold.voucher.serial in text
    assert "*100#" in text
    top_up = _top_up(shop, clerk)
    assert top_up.receipt_no is not None
    line_text = _text(receipts.sale_document(shop.db, top_up.receipt_no, copy=False), tmp_path)
    assert "增值收據" in line_text and "HK$10.00 → HK$60.00" in line_text
    compact = "".join(line_text.split())
    assert pin not in compact and pin[:8] not in compact and grouped[:9] not in line_text
    with pytest.raises(ValueError, match="only on the voucher"):
        receipts.sale_document(shop.db, top_up.receipt_no, copy=False, pin=pin)
    archived = receipts.build_and_archive(shop.db, tmp_path / "data", sold.receipt_no)
    archived_text = pdf_text(archived.read_bytes(), tmp_path)
    assert "".join(pin.split()) not in "".join(archived_text.split())
    assert "PIN not shown on this document" in archived_text


@pytest.mark.usefixtures("open_shift")
def test_copies_count_reprints_and_void_is_stamped(
    shop: Shop, clerk: Clerk, tmp_path: Path
) -> None:
    sale = _top_up(shop, clerk)
    receipt_no = sale.receipt_no
    assert receipt_no is not None
    with pytest.raises(ValueError, match="record the reprint"):
        receipts.sale_document(shop.db, receipt_no, copy=True)
    sales.record_reprint(shop.db, clerk, receipt_no, clock=shop.clock)
    sales.record_reprint(shop.db, clerk, receipt_no, clock=shop.clock)
    copy = receipts.sale_document(shop.db, receipt_no, copy=True)
    assert copy.copy_number == 2
    assert "COPY 2 / 副本 2" in _text(copy, tmp_path)
    original = receipts.sale_document(shop.db, receipt_no, copy=False)
    assert original.copy_number == 0 and "COPY" not in _text(original, tmp_path)
    reversals.reverse_sale(
        shop.db,
        clerk,
        shop.counter_id,
        receipt_no,
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="customer typed the wrong number",
        clock=shop.clock,
    )
    assert "VOID / 作廢" in _text(receipts.sale_document(shop.db, receipt_no, copy=False), tmp_path)


def _set(shop: Shop, **values: str) -> None:
    from sqlalchemy import select

    with shop.db.write() as session:
        shop_id = session.scalars(select(ShopRow.id).where(ShopRow.code == "DEMO")).one()
        for key, value in values.items():
            session.merge(Setting(shop_id=shop_id, key=key, value=value))


@pytest.mark.usefixtures("open_shift")
def test_shop_settings_shape_the_receipt(
    shop: Shop, clerk: Clerk, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    header = receipts.shop_header(shop.db, "DEMO")
    assert (header.name_zh, header.name_en) == ("示範通訊 旺角店", "Demo Mobile, Mong Kok")
    assert header.address_en.startswith("Shop 12") and header.phone == "+852 2345 6789"
    assert header.hotline == "" and header.logo_path is None
    _set(
        shop,
        receipt_hotline="+852 3000 0000",
        receipt_footer_zh="本店保留最終決定權",
        receipt_footer_en="Terms apply",
        receipt_logo_path=str(tmp_path / "logo.png"),
        receipt_paper="58mm",
        receipt_chinese="simplified",
    )
    header = receipts.shop_header(shop.db, "DEMO")
    assert header.hotline == "+852 3000 0000" and header.footer_en == "Terms apply"
    assert header.logo_path == tmp_path / "logo.png"
    sale = _top_up(shop, clerk)
    assert sale.receipt_no is not None
    document = receipts.sale_document(shop.db, sale.receipt_no, copy=False)
    assert document.paper is Paper.MM58 and document.chinese is ChineseScript.SIMPLIFIED
    pdf = build_sale_pdf(document)  # the logo file does not exist: printed without it
    assert page_sizes(pdf)[0][0] == pytest.approx(MM58, abs=0.01)
    text = pdf_text(pdf, tmp_path)
    assert "增值收据" in text and "本店保留最終決定權" in text and "+852 3000 0000" in text
    a4 = receipts.sale_document(shop.db, sale.receipt_no, copy=False, paper=Paper.A4)
    assert a4.paper is Paper.A4
    _set(shop, receipt_paper="57mm", receipt_chinese="klingon")
    fallback = receipts.sale_document(shop.db, sale.receipt_no, copy=False)
    assert fallback.paper is Paper.MM80 and fallback.chinese is ChineseScript.TRADITIONAL
    assert "receipt_paper" in caplog.text and "57mm" in caplog.text


def test_archive_paths_follow_the_hong_kong_date(tmp_path: Path) -> None:
    # 17:30 UTC on the 21st is 01:30 on the 22nd in Hong Kong.
    sale = renewal(completed_at=datetime(2026, 11, 21, 17, 30, tzinfo=UTC))
    path = receipts.archive_path(tmp_path, sale)
    assert path == tmp_path / "receipts" / "2026" / "11" / "22" / "DEMO-C1-000123.pdf"
    assert receipts.archive_path(tmp_path, sale, copy_number=3).name == "DEMO-C1-000123-copy3.pdf"
    with pytest.raises(ValueError, match="file name"):
        receipts.archive_path(tmp_path, renewal(receipt_no="../../etc/passwd"))
    with pytest.raises(ValueError, match="completed"):
        receipts.archive_path(tmp_path, renewal(completed_at=None))


def test_archive_never_replaces_what_is_there(tmp_path: Path) -> None:
    sale = renewal()
    first = receipts.archive(tmp_path, sale, b"%PDF original")
    assert first.read_bytes() == b"%PDF original"
    assert receipts.archive(tmp_path, sale, b"%PDF original") == first
    second = receipts.archive(tmp_path, sale, b"%PDF voided later")
    assert second.name == "DEMO-C1-000123-2.pdf"
    assert first.read_bytes() == b"%PDF original"
    copy = receipts.archive(tmp_path, sale, b"%PDF copy", copy_number=1)
    assert copy.name == "DEMO-C1-000123-copy1.pdf"
    assert sorted(p.name for p in first.parent.iterdir()) == [
        "DEMO-C1-000123-2.pdf",
        "DEMO-C1-000123-copy1.pdf",
        "DEMO-C1-000123.pdf",
    ]


def test_archive_writes_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sale = renewal()
    synced: list[int] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append(descriptor)
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    path = receipts.archive(tmp_path, sale, b"%PDF whole")
    assert len(synced) == 2  # the file, then its folder
    assert [p.name for p in path.parent.iterdir()] == [path.name]

    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    other = replace(sale, receipt_no="DEMO-C1-000124")
    with pytest.raises(OSError, match="No space"):
        receipts.archive(tmp_path, other, b"%PDF never half")
    # Neither the receipt nor a temporary file is left behind.
    assert [p.name for p in path.parent.iterdir()] == [path.name]


@pytest.mark.usefixtures("open_shift")
def test_build_and_archive(shop: Shop, clerk: Clerk, tmp_path: Path) -> None:
    sale = _renew(shop, clerk)
    assert sale.receipt_no is not None
    data = tmp_path / "data"
    path = receipts.build_and_archive(shop.db, data, sale.receipt_no)
    assert path == receipts.archive_path(data, sale)
    assert sale.receipt_no in pdf_text(path.read_bytes(), tmp_path)
    # Regenerating the original gives the same bytes: archived once.
    assert receipts.build_and_archive(shop.db, data, sale.receipt_no) == path
    sales.record_reprint(shop.db, clerk, sale.receipt_no, clock=shop.clock)
    copy = receipts.build_and_archive(shop.db, data, sale.receipt_no, copy=True, paper=Paper.MM58)
    assert copy.name == f"{sale.receipt_no}-copy1.pdf"
    width, _ = words(copy.read_bytes(), tmp_path)
    assert width == pytest.approx(MM58, abs=0.01)
    assert "COPY 1 / 副本 1" in pdf_text(copy.read_bytes(), tmp_path)
