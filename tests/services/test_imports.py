"""CSV imports of lines and PIN vouchers: every row checked first, all or nothing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import func, select
from stdnum import luhn

from counter_app.domain.identity import hkid_check_digit, parse_document
from counter_app.services import audit, imports
from counter_app.store.models import AuditEvent, Customer, Line, VoucherPin
from tests.services.conftest import Shop

LINES_HEADER = ",".join(imports.LINE_COLUMNS)
VOUCHERS_HEADER = ",".join(imports.VOUCHER_COLUMNS)


def iccid(serial: int) -> str:
    body = f"8985209{serial:011d}"
    return body + luhn.calc_check_digit(body)


def hkid(letter: str, digits: str) -> str:
    return f"{letter}{digits}({hkid_check_digit(letter, digits)})"


def line_row(
    msisdn: str,
    *,
    serial: int,
    carrier: str = "BAUHINIA",
    card_type: str = "number_keeping",
    plan_code: str = "",
    expires_on: str = "2027-03-01",
    balance: str = "0",
    name_en: str = "CHAN TAI MAN",
    name_zh: str = "陳大文",
    dob: str = "",
    id_type: str = "hkid",
    id_number: str = "",
    secondary: str = "",
    auto_renew: str = "no",
) -> str:
    number = id_number or hkid("K", f"{serial:06d}")
    return ",".join(
        [
            msisdn,
            carrier,
            card_type,
            iccid(serial),
            plan_code,
            expires_on,
            balance,
            name_en,
            name_zh,
            dob,
            id_type,
            number,
            secondary,
            auto_renew,
        ]
    )


def write(path: Path, header: str, *rows: str, bom: bool = False) -> Path:
    path.write_text(
        ("\ufeff" if bom else "") + "\n".join([header, *rows]) + "\n",
        encoding="utf-8",
    )
    return path


def count(shop: Shop, model: type[Line] | type[VoucherPin] | type[AuditEvent]) -> int:
    with shop.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_good_lines_file_imports_every_row(shop: Shop, tmp_path: Path) -> None:
    before = count(shop, Line)
    holder_hkid = hkid("A", "123456")
    path = write(
        tmp_path / "lines.csv",
        LINES_HEADER,
        line_row(
            "6100 0001",
            serial=1,
            plan_code="BAU-R03",
            balance="12.50",
            dob="1985-02-03",
            id_number=holder_hkid,
            auto_renew="yes",
        ),
        line_row(
            "+852 6100 0002",
            serial=2,
            carrier="PEARL",
            card_type="dual",
            id_type="cn_ric",
            id_number="11010519491231002X",
            secondary="+86 139 0000 0002",
            auto_renew="TRUE",
        ),
        line_row(
            "61000003",
            serial=3,
            carrier="harbour",
            card_type="data",
            name_en='"SANTOS, MARIA"',
            name_zh="",
            id_type="passport",
            id_number="PHL:P1234567A",
            auto_renew="",
        ),
        bom=True,
    )

    report = imports.import_lines(shop.db, path, shop.secret, clock=shop.clock)

    assert report.errors == []
    assert (report.rows, report.imported) == (3, 3)
    assert count(shop, Line) == before + 3
    with shop.db.read() as session:
        first = session.scalars(select(Line).where(Line.msisdn == "+85261000001")).one()
        assert (first.balance, first.auto_renew, first.plan.code if first.plan else None) == (
            1250,
            True,
            "BAU-R03",
        )
        assert first.iccid == iccid(1)
        document = parse_document("hkid", holder_hkid, today=shop.clock.today)
        assert first.customer.id_hash == document.keyed_hash(shop.secret.id_hash_key)
        assert first.customer.id_masked == document.masked
        assert holder_hkid.replace("(", "").replace(")", "") not in first.customer.id_masked
        dual = session.scalars(select(Line).where(Line.msisdn == "+85261000002")).one()
        assert dual.secondary_msisdn == "+8613900000002"
        passport = session.scalars(select(Customer).where(Customer.id_type == "passport")).one()
        assert (passport.id_country, passport.name_en) == ("PHL", "SANTOS, MARIA")
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "lines.imported")
        ).one()
        assert event.details == {"count": 3, "file": "lines.csv"}
    assert audit.verify(shop.db).ok


def test_bad_rows_are_named_by_line_number_and_nothing_is_imported(
    shop: Shop, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    bad_hkid = "A123456(7)"  # the check digit of A123456 is 3
    before = count(shop, Line)
    path = write(
        tmp_path / "lines.csv",
        LINES_HEADER,
        line_row("61000011", serial=11),  # line 2: good
        line_row("2345 6789", serial=12),  # line 3: a fixed-line number
        line_row("61000013", serial=13, id_number=bad_hkid),  # line 4
        line_row("61000014", serial=14, carrier="NOSUCH"),  # line 5
        line_row("61000015", serial=11),  # line 6: the ICCID of line 2
        line_row("61000016", serial=16, carrier="PEARL", card_type="dual"),  # line 7
        line_row("61000017", serial=17, expires_on="2027-02-30"),  # line 8
        line_row("61000018", serial=18, name_en='=HYPERLINK("http://x")'),  # line 9
        # Lines 10-11: one record over two lines (a quoted newline in the name).
        line_row("61000019", serial=19, name_en='"CHAN\nTAI MAN"'),
        line_row("61000020", serial=20, auto_renew="maybe"),  # line 12
        line_row("61000011", serial=21),  # line 13: the number of line 2
    )

    report = imports.import_lines(shop.db, path, shop.secret, clock=shop.clock)

    assert report.imported == 0
    assert report.rows == 11
    by_line = {error.line_no: error for error in report.errors}
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8, 9, 10, 12, 13]
    assert by_line[3].code == "phone.not_mobile"
    assert by_line[3].message.startswith("msisdn: ")
    assert by_line[4].code == "id.hkid.check_digit"
    assert by_line[4].message.startswith("id_number: ")
    assert by_line[5].code == "carrier.unknown"
    assert (by_line[6].code, by_line[6].message) == (
        "import.duplicate_iccid",
        "iccid: this SIM card is already on line 2 of the file",
    )
    assert by_line[7].code == "registration.secondary"
    assert by_line[8].code == "import.date"
    assert by_line[9].code == "holder.name_en"
    assert by_line[10].code == "text.control"
    assert by_line[12].code == "import.auto_renew"
    assert by_line[13].code == "import.duplicate_msisdn"
    assert count(shop, Line) == before
    with shop.db.read() as session:
        assert not session.scalar(select(func.count()).where(AuditEvent.action == "lines.imported"))
    for text in [e.message for e in report.errors] + [r.getMessage() for r in caplog.records]:
        assert "A123456" not in text
        assert "K000011" not in text


def test_numbers_and_cards_already_in_the_database_are_refused(shop: Shop, tmp_path: Path) -> None:
    with shop.db.read() as session:
        existing = session.scalars(select(Line).order_by(Line.id)).first()
        assert existing is not None
        taken_msisdn, taken_iccid = existing.msisdn, existing.iccid
    row = line_row(taken_msisdn, serial=31)
    path = write(
        tmp_path / "lines.csv",
        LINES_HEADER,
        row,
        line_row("61000032", serial=32).replace(iccid(32), taken_iccid),
    )

    report = imports.import_lines(shop.db, path, shop.secret, clock=shop.clock)

    assert [(e.line_no, e.code) for e in report.errors] == [
        (2, "registration.msisdn_taken"),
        (3, "registration.iccid_taken"),
    ]


def test_the_line_limit_per_document_counts_the_file(shop: Shop, tmp_path: Path) -> None:
    same = hkid("M", "765432")
    rows = [line_row(f"6100{n:04d}", serial=100 + n, id_number=same) for n in range(11)]
    # Another carrier's lines do not count towards BAUHINIA's limit.
    rows.append(line_row("61009999", serial=199, carrier="HARBOUR", id_number=same))
    path = write(tmp_path / "lines.csv", LINES_HEADER, *rows)

    report = imports.import_lines(shop.db, path, shop.secret, clock=shop.clock)

    assert [(e.line_no, e.code) for e in report.errors] == [(12, "registration.limit")]
    assert "765432" not in report.errors[0].message


def test_a_wrong_header_is_reported_on_line_1(shop: Shop, tmp_path: Path) -> None:
    path = write(tmp_path / "lines.csv", "msisdn,carrier", "61000001,BAUHINIA")

    report = imports.import_lines(shop.db, path, shop.secret, clock=shop.clock)

    assert [(e.line_no, e.code) for e in report.errors] == [(1, "import.header")]
    assert report.imported == 0


def test_a_row_with_missing_fields_still_counts(shop: Shop, tmp_path: Path) -> None:
    path = write(
        tmp_path / "lines.csv",
        LINES_HEADER,
        line_row("61000041", serial=41),
        "61000042,BAUHINIA",
        "",
        line_row("61000043", serial=43, secondary="61000043", card_type="dual", carrier="PEARL"),
    )

    report = imports.import_lines(shop.db, path, shop.secret, clock=shop.clock)

    assert report.rows == 3
    assert [(e.line_no, e.code) for e in report.errors] == [
        (3, "import.fields"),
        (5, "import.duplicate_msisdn"),
    ]


@pytest.mark.parametrize("kind", ["lines", "vouchers"])
def test_a_field_too_long_names_its_line_and_the_limit(
    shop: Shop, tmp_path: Path, kind: str
) -> None:
    huge = '"' + "x" * 10_000_000 + '"'  # 10 MB in one field, on line 4
    if kind == "lines":
        rows = [line_row("61000051", serial=51), line_row("61000052", serial=52)]
        path = write(tmp_path / "lines.csv", LINES_HEADER, *rows, huge)
    else:
        rows = [voucher_row("IMP000051", "1" * 16), voucher_row("IMP000052", "2" * 16)]
        path = write(tmp_path / "vouchers.csv", VOUCHERS_HEADER, *rows, huge)
    load = imports.import_lines if kind == "lines" else imports.import_vouchers

    report = load(shop.db, path, shop.secret, clock=shop.clock)

    assert [(e.line_no, e.code) for e in report.errors] == [(4, "import.field_too_long")]
    (error,) = report.errors
    assert error.params == {"line": 4, "maximum": 131_072}
    assert "131072 characters" in error.message and "double quotes" not in error.message
    assert report.imported == 0


def voucher_row(serial: str, pin: str, **values: str) -> str:
    row = {
        "carrier": "BAUHINIA",
        "face_value": "100",
        "serial": serial,
        "pin": pin,
        "expires_on": "2027-12-31",
        "batch": "B2026-11",
        **values,
    }
    return ",".join(row[column] for column in imports.VOUCHER_COLUMNS)


def test_a_good_voucher_file_adds_encrypted_stock(shop: Shop, tmp_path: Path) -> None:
    before = count(shop, VoucherPin)
    path = write(
        tmp_path / "vouchers.csv",
        VOUCHERS_HEADER,
        voucher_row("IMP000001", "1111 2222 3333 4444"),
        voucher_row("IMP000002", "5555666677778888", face_value="HK$50.00", carrier="PEARL"),
    )

    report = imports.import_vouchers(shop.db, path, shop.secret, clock=shop.clock)

    assert report.errors == []
    assert (report.rows, report.imported) == (2, 2)
    assert count(shop, VoucherPin) == before + 2
    with shop.db.read() as session:
        pin = session.scalars(select(VoucherPin).where(VoucherPin.serial == "IMP000001")).one()
        assert pin.face_value == 10_000
        assert b"1111222233334444" not in pin.pin_encrypted
        assert shop.secret.decrypt_pin(pin.pin_encrypted, pin.serial) == "1111222233334444"
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "vouchers.imported")
        ).one()
        assert event.details["count"] == 2
        assert "1111222233334444" not in str(event.details)


def test_bad_voucher_rows_are_reported_and_nothing_is_added(
    shop: Shop, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    in_stock = write(
        tmp_path / "first.csv", VOUCHERS_HEADER, voucher_row("IMP100001", "900000000001")
    )
    assert imports.import_vouchers(shop.db, in_stock, shop.secret, clock=shop.clock).ok
    before = count(shop, VoucherPin)
    path = write(
        tmp_path / "vouchers.csv",
        VOUCHERS_HEADER,
        voucher_row("IMP200001", "900000000002"),  # line 2: good
        voucher_row("IMP200002", "900000000002"),  # line 3: the PIN of line 2
        voucher_row("IMP200003", "900000000001"),  # line 4: a PIN already in stock
        voucher_row("IMP100001", "900000000004"),  # line 5: a serial already in stock
        voucher_row("X1", "900000000005"),  # line 6: serial too short
        voucher_row("IMP200006", "12345"),  # line 7: PIN too short
        voucher_row("IMP200007", "900000000007", expires_on="2026-11-20"),  # line 8: expired
        voucher_row("IMP200008", "900000000008", face_value="0"),  # line 9
        voucher_row("IMP200009", "900000000009", carrier="NOSUCH"),  # line 10
        voucher_row("IMP200010", "900000000010", batch="=cmd|' /C calc'!A0"),  # line 11
    )

    report = imports.import_vouchers(shop.db, path, shop.secret, clock=shop.clock)

    assert report.imported == 0
    assert [(e.line_no, e.code) for e in report.errors] == [
        (3, "import.duplicate_pin"),
        (4, "voucher.pin_taken"),
        (5, "voucher.serial_taken"),
        (6, "voucher.serial"),
        (7, "voucher.pin"),
        (8, "voucher.expired"),
        (9, "money.zero"),
        (10, "carrier.unknown"),
        (11, "voucher.batch"),
    ]
    assert count(shop, VoucherPin) == before
    for text in [e.message for e in report.errors] + [r.getMessage() for r in caplog.records]:
        assert "90000000000" not in text
        assert "12345" not in text


def test_an_expiry_far_from_today_is_refused_with_the_range(shop: Shop, tmp_path: Path) -> None:
    # 9999-12-31 imported once broke every quote for the line ("year 10000" as a bug).
    path = write(
        tmp_path / "lines.csv",
        LINES_HEADER,
        line_row("61000031", serial=31, expires_on="9999-12-31"),  # line 2
        line_row("61000032", serial=32, expires_on="1900-01-01"),  # line 3
        line_row("61000033", serial=33, expires_on="2027-03-01"),  # line 4: good
    )

    report = imports.import_lines(shop.db, path, shop.secret, clock=shop.clock)

    assert report.imported == 0
    assert [(e.line_no, e.code, e.column) for e in report.errors] == [
        (2, "import.date_range", "expires_on"),
        (3, "import.date_range", "expires_on"),
    ]
    today = shop.clock().date()
    first, last = report.errors[0].params["minimum"], report.errors[0].params["maximum"]
    assert str(first) < today.isoformat() < str(last) < "9999-12-31"
    assert str(last) in report.errors[0].message
