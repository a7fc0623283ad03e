"""Sales history: each kind of search, keyset paging, HK dates, details, and the query plans."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from counter_app.domain.errors import InputError, NotAllowed, NotFound
from counter_app.domain.sales import DONE_STATES, SaleKind, SaleState, SaleView
from counter_app.domain.staff import Clerk, Role
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import history, identity, permissions, reversals, sales, shifts
from counter_app.services.history import HistoryCursor, HistoryQuery
from counter_app.services.permissions import Action
from counter_app.store.models import Line
from tests.services.conftest import PASSWORD, Shop

Cash = TenderKind.CASH
DONE = frozenset(DONE_STATES)


def _line_sale(
    shop: Shop,
    clerk: Clerk,
    msisdn: str,
    plan: str,
    price: int,
    *,
    counter_id: int | None = None,
    tendered: int | None = None,
    check_id: str = "",
) -> SaleView:
    with shop.db.read() as session:
        expires_on = session.scalars(select(Line.expires_on).where(Line.msisdn == msisdn)).one()
    # A demo line may have expired past its grace: only a live line can be renewed.
    line_id = shop.set_line(msisdn, expires_on=max(expires_on, shop.clock.today))
    counter = counter_id or shop.counter_id
    draft = sales.start_sale(
        shop.db, clerk, counter, SaleKind.LINE, line_id=line_id, clock=shop.clock
    )
    if check_id:
        identity.check_identity(
            shop.db,
            clerk,
            counter,
            draft.uuid,
            line_id=line_id,
            id_type="hkid",
            number=check_id,
            photo_matches=True,
            secret=shop.secret,
            clock=shop.clock,
        )
    return sales.complete_line_sale(
        shop.db,
        clerk,
        draft.uuid,
        plan_code=plan,
        tenders=[Tender(Cash, price, tendered=tendered)],
        clock=shop.clock,
    )


def _receipts(page: history.HistoryPage) -> list[str]:
    return [row.receipt_no for row in page.rows]


def _search(shop: Shop, who: Clerk, **kw: Any) -> history.HistoryPage:
    return history.search(shop.db, who, HistoryQuery(**kw))


def _strings(value: object) -> Iterator[str]:
    """Every text inside a result, however deep (dataclasses, tuples, dates)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _strings(getattr(value, item.name))
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _strings(item)
    elif value is not None:
        yield str(value)


@pytest.mark.usefixtures("open_shift")
def test_receipt_number_in_any_case_and_the_row(shop: Shop, clerk: Clerk) -> None:
    voucher = shop.sell_voucher(clerk, "BAUHINIA", 5_000)
    top_up = _line_sale(shop, clerk, shop.built.samples[0].msisdn, "BAU-T100", 10_000)
    assert voucher.receipt_no is not None and top_up.receipt_no is not None
    page = _search(shop, clerk, text=f"  {top_up.receipt_no.lower()} ")
    assert _receipts(page) == [top_up.receipt_no] and page.next is None
    row = page.rows[0]
    assert row.msisdn == shop.built.samples[0].msisdn  # in full: the clerk searches by it
    assert (row.kind, row.state, row.total) == ("line", "completed", 10_000)
    assert (row.clerk_username, row.clerk_name, row.counter_code) == ("clerk", "陳店員", "C1")
    assert row.plans_en == ("Bauhinia Mobile credit HK$100",)
    assert row.at.utcoffset() == timedelta(hours=8)
    assert _receipts(_search(shop, clerk, text=voucher.receipt_no)) == [voucher.receipt_no]
    assert _search(shop, clerk, text="DEMO-C1-999999").rows == ()


@pytest.mark.usefixtures("open_shift")
def test_phone_number_typed_any_way_also_the_secondary_number(shop: Shop, clerk: Clerk) -> None:
    first, dual = shop.built.samples[0], shop.built.samples[2]
    assert dual.card_type == "dual"
    older = _line_sale(shop, clerk, first.msisdn, "BAU-T050", 5_000)
    shop.clock.advance(minutes=5)
    newer = _line_sale(shop, clerk, first.msisdn, "BAU-T100", 10_000)
    _line_sale(shop, clerk, shop.built.samples[1].msisdn, "BAU-T100", 10_000)  # another line
    national = first.msisdn.removeprefix("+852")
    for typed in (
        national,
        f"{national[:4]} {national[4:]}",
        f"+852 {national[:4]}-{national[4:]}",
        f"(852) {national}",
        f"00852{national}",
    ):
        assert _receipts(_search(shop, clerk, text=typed)) == [newer.receipt_no, older.receipt_no]
    pearl = _line_sale(shop, clerk, dual.msisdn, "PEA-T050", 5_000)
    with shop.db.read() as session:
        secondary = session.scalars(
            select(Line.secondary_msisdn).where(Line.msisdn == dual.msisdn)
        ).one()
    assert secondary is not None
    found = _search(shop, clerk, text=f"+86 {secondary[3:6]} {secondary[6:10]} {secondary[10:]}")
    assert _receipts(found) == [pearl.receipt_no]
    assert found.rows[0].msisdn == dual.msisdn
    assert _search(shop, clerk, text="9123 4567").rows == ()  # a number with no line
    with pytest.raises(InputError) as bad:
        _search(shop, clerk, text="hello")
    assert bad.value.code == "history.text"


def test_dates_are_hong_kong_days(shop: Shop, clerk: Clerk) -> None:
    # 23:30 in Hong Kong on 21 November is 15:30 UTC the same day; 00:30 on the 22nd is
    # 16:30 UTC on the 21st.
    shop.clock.now = datetime(2026, 11, 21, 1, 0, tzinfo=UTC)
    shifts.open_shift(shop.db, clerk, shop.counter_id, 0, clock=shop.clock)
    shop.clock.now = datetime(2026, 11, 21, 15, 30, tzinfo=UTC)
    late = shop.sell_voucher(clerk, "BAUHINIA", 5_000)
    shop.clock.now = datetime(2026, 11, 21, 16, 30, tzinfo=UTC)
    after_midnight = shop.sell_voucher(clerk, "BAUHINIA", 5_000)
    day = date(2026, 11, 21)
    assert _receipts(_search(shop, clerk, date_from=day, date_to=day)) == [late.receipt_no]
    next_day = day + timedelta(days=1)
    assert _receipts(_search(shop, clerk, date_from=next_day, date_to=next_day)) == [
        after_midnight.receipt_no
    ]
    assert _receipts(_search(shop, clerk, date_from=day)) == [
        after_midnight.receipt_no,
        late.receipt_no,
    ]
    assert _receipts(_search(shop, clerk, date_to=day - timedelta(days=1))) == []
    assert _search(shop, clerk, text=late.receipt_no).rows[0].at.hour == 23
    with pytest.raises(InputError) as reversed_dates:
        _search(shop, clerk, date_from=next_day, date_to=day)
    assert reversed_dates.value.code == "history.dates"


@pytest.mark.usefixtures("open_shift")
def test_pages_follow_each_other_without_gaps_or_repeats(shop: Shop, clerk: Clerk) -> None:
    sold = []
    for n in range(8):
        sold.append(shop.sell_voucher(clerk, "BAUHINIA", 5_000).receipt_no)
        if n % 3 == 0:  # some sales share their completion time: the id breaks the tie
            shop.clock.advance(seconds=1)
    pages, cursor = [], None
    while True:
        page = _search(shop, clerk, after=cursor, limit=3)
        pages.append(_receipts(page))
        if page.next is None:
            break
        cursor = page.next
    assert [len(p) for p in pages] == [3, 3, 2]
    assert [r for p in pages for r in p] == list(reversed(sold))
    with pytest.raises(ValueError, match="page size"):
        _search(shop, clerk, limit=0)


@pytest.mark.usefixtures("open_shift")
def test_no_drafts_unless_asked_and_state_clerk_counter_filters(shop: Shop, clerk: Clerk) -> None:
    kept = shop.sell_voucher(clerk, "BAUHINIA", 5_000)
    draft = sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.VOUCHER)
    dropped = sales.start_sale(shop.db, clerk, shop.counter_id, SaleKind.VOUCHER)
    sales.abandon_sale(shop.db, clerk, dropped.uuid, clock=shop.clock)
    voided = shop.sell_voucher(clerk, "PEARL", 5_000)
    assert voided.receipt_no is not None
    reversals.reverse_sale(
        shop.db,
        clerk,
        shop.counter_id,
        voided.receipt_no,
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="customer changed their mind",
        clock=shop.clock,
    )
    boss = shop.sign_in("supervisor")
    shifts.open_shift(shop.db, boss, shop.other_counter_id, 0, clock=shop.clock)
    shop.clock.advance(minutes=1)
    elsewhere = shop.sell_voucher(boss, "HARBOUR", 10_000, counter_id=shop.other_counter_id)
    everything = _search(shop, clerk)
    assert _receipts(everything) == [elsewhere.receipt_no, voided.receipt_no, kept.receipt_no]
    assert {row.state for row in everything.rows} == {"completed", "voided"}
    unfinished = _search(shop, clerk, states=frozenset({SaleState.DRAFT, SaleState.ABANDONED}))
    assert {row.state for row in unfinished.rows} == {"draft", "abandoned"}
    assert all(row.receipt_no == "" for row in unfinished.rows) and draft.uuid
    voids = _search(shop, clerk, states=frozenset({SaleState.VOIDED}))
    assert _receipts(voids) == [voided.receipt_no]
    two = _search(shop, clerk, states=frozenset({SaleState.COMPLETED, SaleState.REFUNDED}))
    assert _receipts(two) == [elsewhere.receipt_no, kept.receipt_no]
    assert _receipts(_search(shop, clerk, clerk="Supervisor")) == [elsewhere.receipt_no]
    assert _receipts(_search(shop, clerk, counter="c2")) == [elsewhere.receipt_no]
    assert _receipts(_search(shop, clerk, counter="C1", clerk="supervisor")) == []
    with pytest.raises(NotFound) as nobody:
        _search(shop, clerk, clerk="nobody")
    assert nobody.value.code == "history.clerk"
    with pytest.raises(NotFound) as no_counter:
        _search(shop, clerk, counter="C9")
    assert no_counter.value.code == "history.counter"


@pytest.mark.usefixtures("open_shift")
def test_details_of_a_renewal_then_its_void_and_reprint(shop: Shop, clerk: Clerk) -> None:
    sample = shop.built.samples[0]
    shop.set_line(sample.msisdn, expires_on=shop.clock.today + timedelta(days=20))
    with shop.db.read() as session:
        line = session.scalars(select(Line).where(Line.msisdn == sample.msisdn)).one()
        expires_before, plan_before = line.expires_on, line.plan_id
    sold = _line_sale(
        shop,
        clerk,
        sample.msisdn,
        "BAU-R01",
        1_800,
        tendered=2_000,
        check_id=sample.id_number,
    )
    assert sold.receipt_no is not None and sold.expires_after is not None
    found = history.details(shop.db, clerk, sold.receipt_no.lower())
    assert (found.receipt_no, found.kind, found.state, found.total) == (
        sold.receipt_no,
        "line",
        "completed",
        1_800,
    )
    assert found.msisdn == sample.msisdn and found.carrier_code == "BAUHINIA"
    assert [(i.plan_code, i.list_price, i.amount) for i in found.items] == [
        ("BAU-R01", 1_800, 1_800)
    ]
    assert [(t.tender, t.amount, t.tendered, t.change) for t in found.tenders] == [
        ("cash", 1_800, 2_000, 200)
    ]
    assert found.line_before is not None and found.line_after is not None
    assert found.line_before.expires_on == expires_before
    assert found.line_after.expires_on == sold.expires_after
    assert found.line_after.plan_code == "BAU-R01"
    assert plan_before is not None
    assert found.identity is not None
    assert (found.identity.result, found.identity.id_type) == ("match", "hkid")
    assert found.reversal is None and found.reprints == 0
    sales.record_reprint(shop.db, clerk, sold.receipt_no, clock=shop.clock)
    shop.clock.advance(minutes=3)
    reversals.reverse_sale(
        shop.db,
        clerk,
        shop.counter_id,
        sold.receipt_no,
        supervisor_username="supervisor",
        supervisor_password=PASSWORD,
        reason="wrong plan chosen",
        clock=shop.clock,
    )
    again = history.details(shop.db, clerk, sold.receipt_no)
    assert again.state == "voided" and again.reprints == 1
    assert again.reversal is not None
    assert (again.reversal.kind, again.reversal.reason, again.reversal.approved_by) == (
        "void",
        "wrong plan chosen",
        "李主管",
    )
    assert (again.reversal.amount, again.reversal.cash_returned) == (1_800, 1_800)
    assert again.reversal.line_restored and again.reversal.at.utcoffset() == timedelta(hours=8)
    rows = _search(shop, clerk, text=sample.msisdn)
    texts = list(_strings(again)) + list(_strings(rows))
    assert sold.receipt_no in texts  # the walk does see the contents
    assert not [t for t in texts if sample.id_number in t or sample.id_number[:-1] in t]


def test_permission_is_checked(shop: Shop, clerk: Clerk, monkeypatch: pytest.MonkeyPatch) -> None:
    assert permissions.allowed(clerk, Action.HISTORY_SEARCH)
    assert _search(shop, clerk).rows == ()
    monkeypatch.setitem(permissions.NEEDS, Action.HISTORY_SEARCH, Role.ADMIN)  # type: ignore[arg-type]
    with pytest.raises(NotAllowed):
        _search(shop, clerk)
    with pytest.raises(NotAllowed):
        history.details(shop.db, clerk, "DEMO-C1-000001")


def test_unknown_receipt_details(shop: Shop, clerk: Clerk) -> None:
    with pytest.raises(NotFound) as missing:
        history.details(shop.db, clerk, "demo-c1-000404")
    assert missing.value.code == "sale.unknown"


def _plan(shop: Shop, query: HistoryQuery) -> list[str]:
    with shop.db.read() as session:
        statement = history.search_statement(session, query)
        assert statement is not None
        connection = session.connection()

        def explain(*args: Any) -> tuple[str, Any]:
            return "EXPLAIN QUERY PLAN " + args[2], args[3]

        event.listen(connection, "before_cursor_execute", explain, retval=True)
        try:
            return [str(row[-1]) for row in connection.execute(statement).cursor.fetchall()]
        finally:
            event.remove(connection, "before_cursor_execute", explain)


def test_each_search_reads_an_index_in_page_order(shop: Shop, clerk: Clerk) -> None:
    if shop.db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's EXPLAIN QUERY PLAN")
    day = date(2026, 11, 21)
    cursor = HistoryCursor(datetime(2026, 11, 21, 5, tzinfo=UTC), 10)
    month = {"date_from": day - timedelta(days=30), "date_to": day}
    expected = {
        "DEMO-C1-000001": ("sqlite_autoindex_sales", HistoryQuery(text="demo-c1-000001")),
        "phone": ("ix_sales_line_completed", HistoryQuery(text=shop.built.samples[0].msisdn)),
        "day": ("ix_sales_completed_at", HistoryQuery(date_from=day, date_to=day)),
        "day, page 2": (
            "ix_sales_completed_at",
            HistoryQuery(date_from=day, date_to=day, after=cursor),
        ),
        "everything": ("ix_sales_completed_at", HistoryQuery()),
        "clerk, week": (
            "ix_sales_clerk_completed",
            HistoryQuery(clerk="clerk", date_from=day - timedelta(days=6), date_to=day),
        ),
        "voided, month": (
            "ix_sales_state_completed",
            HistoryQuery(states=frozenset({SaleState.VOIDED}), **month),
        ),
        "voided or refunded, month": (
            "ix_sales_completed_at",
            HistoryQuery(states=frozenset({SaleState.VOIDED, SaleState.REFUNDED}), **month),
        ),
        "counter, month": ("ix_sales_counter_completed", HistoryQuery(counter="C2", **month)),
    }
    for name, (index, query) in expected.items():
        plan = _plan(shop, query)
        assert len(plan) == 1 and f"USING INDEX {index}" in plan[0], (name, plan)
        assert "completed_at" in plan[0] or name in {"DEMO-C1-000001"}, (name, plan)
        assert not any("TEMP B-TREE" in step or "SCAN" in step for step in plan), (name, plan)
