"""The sales export: Hong Kong dates, masked numbers, no personal data, no formulas."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from counter_app.domain.errors import InputError, NotAllowed
from counter_app.domain.phones import mask_msisdn
from counter_app.domain.plans import PlanKind
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import identity, reversals, sales, shifts, staff
from counter_app.services.exports import SALES_COLUMNS, export_sales, neutralise_cell
from counter_app.store.models import AuditEvent, Line
from tests.services.conftest import PASSWORD, Shop


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+85291234567", "'+85291234567"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("", ""),
        ("DEMO-C1-000001", "DEMO-C1-000001"),
        ("123.45", "123.45"),
        ("陳大文", "陳大文"),
        (" =1", " =1"),
        ("'=1", "'=1"),
    ],
)
def test_neutralise_cell(cell: str, expected: str) -> None:
    assert neutralise_cell(cell) == expected


def _line(shop: Shop, index: int) -> tuple[int, str, str]:
    """(line id, msisdn, holder's document number) of a demo line that can be renewed."""
    sample = [s for s in shop.built.samples if s.expires_on > shop.clock.today][index]
    with shop.db.read() as session:
        line_id = session.scalars(select(Line.id).where(Line.msisdn == sample.msisdn)).one()
    return line_id, sample.msisdn, sample.id_number


def _sell(shop: Shop, clerk: Clerk, line_id: int, kind: PlanKind, id_number: str) -> str:
    draft = sales.start_sale(
        shop.db, clerk, shop.counter_id, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    offer = next(
        q for q in sales.quotes(shop.db, line_id, today=shop.clock.today) if q.plan.kind == kind
    )
    if kind is PlanKind.RENEWAL:
        identity.check_identity(
            shop.db,
            clerk,
            shop.counter_id,
            draft.uuid,
            line_id=line_id,
            id_type="hkid",
            number=id_number,
            photo_matches=True,
            secret=shop.secret,
            clock=shop.clock,
        )
    done = sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code=offer.plan.code,
        tenders=[Tender(TenderKind.CASH, offer.total, tendered=offer.total + 1_000)],
        clock=shop.clock,
    )
    assert done.receipt_no is not None
    return done.receipt_no


def test_export_has_masked_numbers_neutralised_cells_and_no_personal_data(
    shop: Shop, clerk: Clerk, open_shift: shifts.OpenShift, tmp_path: Path
) -> None:
    staff.create_user(
        shop.db,
        None,
        username="-eve",
        display_name="Eve",
        role="clerk",
        password=PASSWORD,
        clock=shop.clock,
    )
    eve = staff.sign_in(shop.db, "-eve", PASSWORD, counter_id=shop.counter_id, clock=shop.clock)
    first_id, first_msisdn, first_document = _line(shop, 0)
    second_id, second_msisdn, second_document = _line(shop, 1)
    renewal = _sell(shop, clerk, first_id, PlanKind.RENEWAL, first_document)
    top_up = _sell(shop, eve, second_id, PlanKind.CREDIT_TOPUP, second_document)
    reversals.reverse_sale(
        shop.db,
        clerk,
        shop.counter_id,
        top_up,
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="customer changed their mind",
        clock=shop.clock,
    )
    shop.clock.advance(hours=14, minutes=30)  # 00:30 the next day in Hong Kong
    next_day = _sell(shop, clerk, first_id, PlanKind.CREDIT_TOPUP, first_document)
    out = tmp_path / "sales.csv"

    written = export_sales(shop.db, date(2026, 11, 21), date(2026, 11, 21), out)

    raw = out.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(raw.splitlines()))
    assert written == len(rows) == 2
    assert tuple(rows[0]) == SALES_COLUMNS
    assert [(r["receipt_no"], r["state"], r["clerk"]) for r in rows] == [
        (renewal, "completed", "clerk"),
        (top_up, "voided", "'-eve"),
    ]
    assert next_day not in raw
    assert rows[0]["msisdn"] == "'" + mask_msisdn(first_msisdn)
    assert rows[1]["msisdn"] == "'" + mask_msisdn(second_msisdn)
    assert rows[0]["completed_at"] == "2026-11-21T10:00:00+08:00"
    assert rows[0]["carrier"] and rows[0]["plan_codes"]
    assert rows[0]["tenders"] == f"cash {rows[0]['total']}"
    for secret_text in (first_msisdn, second_msisdn, first_document, second_document):
        assert secret_text not in raw
    assert first_document[:7] not in raw
    assert not list(tmp_path.glob(".sales.csv.*")), "the temporary file is renamed, not left"

    both_days = export_sales(shop.db, date(2026, 11, 21), date(2026, 11, 22), out)
    assert both_days == 3


def test_export_refuses_reversed_dates_and_missing_folders(shop: Shop, tmp_path: Path) -> None:
    with pytest.raises(InputError):
        export_sales(shop.db, date(2026, 11, 30), date(2026, 11, 1), tmp_path / "x.csv")
    with pytest.raises(InputError):
        export_sales(shop.db, date(2026, 11, 1), date(2026, 11, 30), tmp_path / "no" / "x.csv")
    assert export_sales(shop.db, date(2026, 11, 1), date(2026, 11, 30), tmp_path / "x.csv") == 0


def test_an_export_needs_a_supervisor_and_is_audited_against_them(
    shop: Shop, tmp_path: Path
) -> None:
    out = tmp_path / "sales.csv"
    with pytest.raises(NotAllowed):
        export_sales(
            shop.db, date(2026, 11, 1), date(2026, 11, 30), out, clerk=shop.sign_in("clerk")
        )
    assert not out.exists()
    supervisor = shop.sign_in("supervisor")
    export_sales(
        shop.db, date(2026, 11, 1), date(2026, 11, 30), out, clerk=supervisor, clock=shop.clock
    )
    with shop.db.read() as session:
        (event,) = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "sales.exported")
        ).all()
    assert (event.staff_id, event.subject) == (supervisor.id, "sales.csv")
    assert event.details == {"from": "2026-11-01", "to": "2026-11-30", "count": 0}
