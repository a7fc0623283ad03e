"""One till of the race test: sells as fast as it can, alternating PIN vouchers and top-ups.

    python tests/e2e/race_worker.py --url URL --counter C1 --mode safe|naive --sales 200
        --face 30000 --lines 3,7,11 --offset 0

Protocol on stdout, one line each: ``READY`` once signed in, then the worker waits for a
line on stdin (the parent's start gun, so that both tills really run at the same time),
and at the end ``RESULT {json}`` with every sale it completed and every error it met.

``safe`` goes through :mod:`counter_app.services.sales`, the way the counter does.
``naive`` is the textbook bug, written here with the models and a Session only (never in
counter_app): the next receipt number is MAX + 1 read in one transaction and written in
another, the PIN is picked with a plain SELECT and marked sold with a plain UPDATE, the
balance is read, then written back. Small sleeps between the read and the write make the
two tills overlap reliably. The test shows that its checks catch this.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from counter_app.domain.errors import InputError
from counter_app.domain.sales import SaleKind
from counter_app.domain.staff import Clerk
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import keys, sales, staff
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import (
    Carrier,
    Line,
    Payment,
    Plan,
    Sale,
    SaleItem,
    Shift,
    VoucherPin,
)

PASSWORD = "pw-12345"
CARRIER = "BAUHINIA"
TOP_UP_PLAN = "BAU-T050"
TOP_UP_PRICE = 5_000


@dataclass
class Outcome:
    """What this till did: completed sales as (receipt_no, uuid, kind), and its errors."""

    completed: list[tuple[str, str, str]] = field(default_factory=list)
    out_of_stock: int = 0
    errors: list[str] = field(default_factory=list)

    def as_json(self) -> str:
        return json.dumps(
            {
                "completed": self.completed,
                "out_of_stock": self.out_of_stock,
                "errors": self.errors,
            }
        )


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


# --- the real thing ----------------------------------------------------------------------


def safe_sale(
    db: Database,
    clerk: Clerk,
    counter_id: int,
    voucher: bool,
    line_id: int,
    face: int,
    out: Outcome,
) -> None:
    """One sale through the services; a voucher out of stock becomes a top-up instead."""
    if voucher:
        draft = sales.start_sale(db, clerk, counter_id, SaleKind.VOUCHER)
        try:
            done = sales.complete_voucher_sale(
                db,
                clerk,
                draft.uuid,
                carrier_code=CARRIER,
                face_value=face,
                tenders=[Tender(TenderKind.CASH, face)],
            )
        except InputError as exc:
            if exc.code != "voucher.out_of_stock":
                raise
            out.out_of_stock += 1
            sales.abandon_sale(db, clerk, draft.uuid)
        else:
            out.completed.append((str(done.receipt_no), done.uuid, "voucher"))
            return
    draft = sales.start_sale(db, clerk, counter_id, SaleKind.LINE, line_id=line_id)
    done = sales.complete_line_sale(
        db,
        clerk,
        draft.uuid,
        plan_code=TOP_UP_PLAN,
        tenders=[Tender(TenderKind.CASH, TOP_UP_PRICE, tendered=10_000)],
    )
    out.completed.append((str(done.receipt_no), done.uuid, "line"))


# --- the naive way (the bug the test must catch) -----------------------------------------


@dataclass(frozen=True)
class Till:
    counter_id: int
    counter_code: str
    shop_code: str
    clerk_id: int
    shift_id: int
    carrier_id: int
    plan_id: int


def _naive_receipt_no(session: Session, till: Till) -> str:
    """MAX(number) + 1: read now, written by the caller in a later transaction."""
    prefix = f"{till.shop_code}-{till.counter_code}-"
    last = session.scalar(
        select(Sale.receipt_no)
        .where(Sale.counter_id == till.counter_id, Sale.receipt_no.is_not(None))
        .order_by(Sale.receipt_no.desc())
        .limit(1)
    )
    number = int(last.rsplit("-", 1)[1]) if last else 0
    return f"{prefix}{number + 1:06d}"


def _naive_sale(till: Till, kind: str, receipt_no: str, amount: int, now: datetime) -> Sale:
    sale = Sale(
        uuid=str(uuid_module.uuid4()),
        kind=kind,
        state="completed",
        receipt_no=receipt_no,
        counter_id=till.counter_id,
        shift_id=till.shift_id,
        clerk_id=till.clerk_id,
        total=amount,
        draft={},
        created_at=now,
        completed_at=now,
    )
    sale.payments.append(Payment(tender="cash", amount=amount, tendered=amount, change=0))
    return sale


def naive_sale(
    db: Database, till: Till, voucher: bool, line_id: int, face: int, out: Outcome
) -> None:
    now = datetime.now(UTC)
    # Transaction 1: look (no lock).
    with Session(db.engine, expire_on_commit=False) as session, session.begin():
        receipt_no = _naive_receipt_no(session, till)
        pin_id = None
        if voucher:
            pin_id = session.scalar(
                select(VoucherPin.id)
                .where(
                    VoucherPin.carrier_id == till.carrier_id,
                    VoucherPin.face_value == face,
                    VoucherPin.state == "available",
                )
                .order_by(VoucherPin.id)
                .limit(1)
            )
            if pin_id is None:
                out.out_of_stock += 1
        balance = session.scalar(select(Line.balance).where(Line.id == line_id))
    time.sleep(random.uniform(0.001, 0.004))  # noqa: S311 - widens the race window
    # Transaction 2: write what was seen.
    with Session(db.engine, expire_on_commit=False) as session, session.begin():
        if pin_id is not None:
            sale = _naive_sale(till, "voucher", receipt_no, face, now)
            sale.items.append(
                SaleItem(
                    voucher_pin_id=pin_id,
                    name_zh="充值券",
                    name_en="top-up voucher",
                    list_price=face,
                    amount=face,
                    benefits=[],
                )
            )
            session.add(sale)
            session.flush()
            session.execute(
                update(VoucherPin)
                .where(VoucherPin.id == pin_id)
                .values(state="sold", sale_id=sale.id, sold_at=now)
            )
        else:
            sale = _naive_sale(till, "line", receipt_no, TOP_UP_PRICE, now)
            sale.line_id = line_id
            sale.items.append(
                SaleItem(
                    plan_id=till.plan_id,
                    plan_code=TOP_UP_PLAN,
                    name_zh="增值",
                    name_en="credit",
                    list_price=TOP_UP_PRICE,
                    amount=TOP_UP_PRICE,
                    benefits=[],
                )
            )
            session.add(sale)
            session.execute(
                update(Line)
                .where(Line.id == line_id)
                .values(balance=(balance or 0) + TOP_UP_PRICE, version=Line.version + 1)
            )
    out.completed.append((receipt_no, sale.uuid, sale.kind))


def _till(db: Database, clerk: Clerk, counter_id: int, counter_code: str) -> Till:
    with db.read() as session:
        shift_id = session.scalars(
            select(Shift.id).where(Shift.counter_id == counter_id, Shift.closed_at.is_(None))
        ).one()
        carrier_id = session.scalars(select(Carrier.id).where(Carrier.code == CARRIER)).one()
        plan_id = session.scalars(select(Plan.id).where(Plan.code == TOP_UP_PLAN)).one()
    context = counter_context(db, counter_code)
    assert context is not None
    return Till(
        counter_id,
        counter_code,
        context.shop_code,
        clerk.id,
        shift_id,
        carrier_id,
        plan_id,
    )


# --- main ----------------------------------------------------------------------------------


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ""
        return f"{type(exc.orig).__name__}: {first}"
    if isinstance(exc, InputError):
        return f"InputError[{exc.code}]: {exc}"
    return "".join(traceback.format_exception_only(exc)).strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--counter", required=True)
    parser.add_argument("--mode", choices=("safe", "naive"), default="safe")
    parser.add_argument("--sales", type=int, default=200)
    parser.add_argument("--face", type=int, required=True)
    parser.add_argument("--lines", required=True, help="comma-separated line ids")
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--secret", required=True, type=Path, help="the installation secret")
    args = parser.parse_args(argv)

    db = Database(args.url)
    keys.check_matches_database(db, keys.load(args.secret), datetime.now(UTC))
    context = counter_context(db, args.counter)
    assert context is not None, f"no counter {args.counter}"
    counter_id = context.counter_id
    clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=counter_id)
    line_ids = [int(x) for x in args.lines.split(",")]
    till = _till(db, clerk, counter_id, args.counter) if args.mode == "naive" else None
    out = Outcome()
    _say("READY")
    sys.stdin.readline()  # the start gun
    for i in range(args.sales):
        voucher = i % 2 == 0
        line_id = line_ids[(i // 2 + args.offset) % len(line_ids)]
        try:
            if till is None:
                safe_sale(db, clerk, counter_id, voucher, line_id, args.face, out)
            else:
                naive_sale(db, till, voucher, line_id, args.face, out)
        except Exception as exc:
            out.errors.append(_error_text(exc))
    db.dispose()
    _say("RESULT " + out.as_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
