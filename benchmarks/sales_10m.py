"""A big shop for benchmarks: the demo shop with 1,000,000 lines and 10,000,000 sales.

    python benchmarks/sales_10m.py [--db /tmp/counter-bench/sales-10m.sqlite3]
                                   [--sales 10000000] [--lines 1000000]

``ensure_database`` builds the SQLite file once (the real schema through Alembic, the demo
catalogue and staff through ``demo.build``, then bulk rows in plain SQL) and reuses it
afterwards. The build goes to ``<path>.building`` and is renamed when complete, so a file at
*path* is always whole; ``bench_build`` in ``settings`` records what it holds.

The rows, all deterministic (a multiplicative hash of the sale id, no random state):

- counters C1, C2 and C3; six staff (four clerks, two supervisors, password ``PASSWORD``);
- ``lines`` lines (HK mobile numbers like the demo's; dual cards with a +86 number) and
  their holders (made-up hash and masked number, no real document);
- ``sales`` sales spread evenly over the 1,096 Hong Kong days before the build day, shop
  hours 10:00-22:00 HK, taking the three counters in turn; one shift per counter and day,
  closed, with a clerk rotating over the six; 75 % line sales (renewal, top-up, data
  add-on at the catalogue's price), 20 % PIN vouchers, 5 % new SIMs, each with its item,
  its payment (55 % cash) and the line before/after snapshot; 0.5 % voided (in their
  own shift) and 0.5 % refunded (three days later), each with its ``sale_reversals`` row;
- 1,000 abandoned drafts, which no history search may show.

The day summaries the sales reports read (``sales_day_summaries``,
``tender_day_summaries``) are rebuilt from the bulk rows after the load, as
``counter-app reports rebuild`` does. A file built by an older Counter is upgraded to the
current schema when reused (migration 0011 fills its summaries from its rows).

Not made: audit events for the bulk rows, voucher PIN rows for voucher sales, reprints and
identity checks. The secondary indexes of the big tables are dropped during the bulk load
and rebuilt after it (whatever the migrations define), with ``journal_mode=OFF`` and
``synchronous=OFF``; the finished file is switched back to WAL.
"""

from __future__ import annotations

import argparse
import json
import math
import sqlite3
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from counter_app.domain.clock import HONG_KONG
from counter_app.domain.money import format_money
from counter_app.domain.staff import Role
from counter_app.services import day_summaries, demo, keys
from counter_app.services.staff import create_user
from counter_app.store.engine import Database
from counter_app.store.schema import upgrade

DEFAULT_PATH: Final = Path("/tmp/counter-bench/sales-10m.sqlite3")  # noqa: S108 - scratch
PASSWORD: Final = "bench-1234"  # noqa: S105 - the benchmark shop's published password
DAYS: Final = 1_096
ABANDONED: Final = 1_000
MARKER_KEY: Final = "bench_build"
STAFF: Final = (
    # username, display name, role; the demo's "clerk" and "supervisor" come first.
    ("clerk", "陳店員", Role.CLERK),
    ("supervisor", "李主管", Role.SUPERVISOR),
    ("amy", "黃美儀", Role.CLERK),
    ("ben", "張文彬", Role.CLERK),
    ("carmen", "劉嘉敏", Role.CLERK),
    ("david", "何大衛", Role.SUPERVISOR),
)
BIG_TABLES: Final = ("sales", "sale_items", "payments", "sale_reversals", "customers", "lines")
# (low, high) percentages of a sale's tender, and its name.
TENDERS: Final = (
    (0, 55, "cash"),
    (55, 70, "octopus"),
    (70, 82, "card"),
    (82, 90, "fps"),
    (90, 95, "alipay_hk"),
    (95, 100, "wechat_pay_hk"),
)
PREFIXES: Final = demo.MOBILE_PREFIXES


def _h(column: str, multiplier: int, modulo: int) -> str:
    """A well-spread pseudo-random integer in [0, modulo) from an integer column."""
    return f"((({column} * {multiplier} + 12345) % 2147483648) / 32768 % {modulo})"


def read_marker(path: Path) -> dict[str, Any] | None:
    """What a finished database holds (counts, first HK day, ...), or None."""
    if not path.exists():
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (MARKER_KEY,))
        found = row.fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return None if found is None else dict(json.loads(found[0]))


def ensure_database(path: Path, sales: int = 10_000_000, lines: int = 1_000_000) -> Path:
    """The benchmark database at *path* with *sales* sales and *lines* lines: reused or built."""
    marker = read_marker(path)
    if marker is not None:
        if (marker["sales"], marker["lines"]) != (sales, lines):
            raise ValueError(
                f"{path} holds {marker['sales']:,} sales and {marker['lines']:,} lines, "
                f"not {sales:,} and {lines:,}: use another path"
            )
        _upgrade_reused(path)
        return path
    if path.exists():
        raise ValueError(f"{path} exists but is not a finished benchmark database")
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    _build(building, path.with_suffix(".secret.json"), sales, lines)
    building.rename(path)
    print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return path


def _upgrade_reused(path: Path) -> None:
    """Bring a file built by an older Counter to the current schema, saying how long it took."""
    db = Database(f"sqlite:///{path}")
    try:
        started = time.perf_counter()
        before, after = upgrade(db)
        if before != after:
            print(
                f"upgraded {path} from {before} to {after} in "
                f"{time.perf_counter() - started:.0f} s",
                file=sys.stderr,
                flush=True,
            )
    finally:
        db.dispose()


def _say(started: float, what: str) -> None:
    print(f"  {time.perf_counter() - started:7.1f} s  {what}", file=sys.stderr, flush=True)


def _build(target: Path, secret_path: Path, sales: int, lines: int) -> None:
    started = time.perf_counter()
    today = datetime.now(UTC).astimezone(HONG_KONG).date()
    first_day = today - timedelta(days=DAYS)
    db = Database(f"sqlite:///{target}")
    try:
        upgrade(db)
        secret = keys.load_or_create(secret_path)
        demo.build(db, secret, lines=min(lines, 12), password=PASSWORD)
        for username, name, role in STAFF[2:]:
            create_user(
                db, None, username=username, display_name=name, role=role, password=PASSWORD
            )
    finally:
        db.dispose()
    _say(started, "schema, demo shop and staff")
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        for pragma in (
            "journal_mode = OFF",
            "synchronous = OFF",
            "cache_size = -1000000",
            "foreign_keys = OFF",
        ):
            connection.execute(f"PRAGMA {pragma}")
        indexes = _drop_indexes(connection)
        connection.execute("BEGIN")
        _shop(connection, first_day)
        _lines(connection, lines)
        _say(started, f"{lines:,} lines")
        _sales(connection, sales, first_day)
        _say(started, f"{sales:,} sales, items and payments")
        _reversals_and_shifts(connection)
        connection.execute(
            "INSERT INTO settings (shop_id, key, value) VALUES (1, ?, ?)",
            (
                MARKER_KEY,
                json.dumps(
                    {
                        "sales": sales,
                        "lines": lines,
                        "first_day": first_day.isoformat(),
                        "days": DAYS,
                        "built": datetime.now(UTC).isoformat(timespec="seconds"),
                    }
                ),
            ),
        )
        connection.execute("COMMIT")
        _say(started, "reversals and shift totals")
        for sql in indexes:
            connection.execute(sql)
        _say(started, f"{len(indexes)} indexes rebuilt")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()
    db = Database(f"sqlite:///{target}")
    try:
        with db.write() as session:
            day_summaries.refill(session)
    finally:
        db.dispose()
    _say(started, "day summaries rebuilt from the bulk rows")


def _drop_indexes(connection: sqlite3.Connection) -> list[str]:
    marks = ",".join("?" * len(BIG_TABLES))
    rows = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "  # noqa: S608
        f"AND tbl_name IN ({marks})",
        BIG_TABLES,
    ).fetchall()
    for name, _sql in rows:
        connection.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def _utc_text(moment: datetime) -> str:
    # The format SQLAlchemy stores a DateTime in on SQLite.
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _shop(connection: sqlite3.Connection, first_day: date) -> None:
    now = _utc_text(datetime.now(UTC))
    if not connection.execute("SELECT 1 FROM counters WHERE code = 'C3'").fetchone():
        connection.execute(
            "INSERT INTO counters (shop_id, code, name, created_at) VALUES (1, 'C3', ?, ?)",
            ("3號櫃檯", now),
        )
    counters = [row[0] for row in connection.execute("SELECT id FROM counters ORDER BY id")]
    staff = dict(connection.execute("SELECT username, id FROM staff_users").fetchall())
    clerk_ids = [staff[username] for username, *_ in STAFF]
    connection.execute(
        "CREATE TEMP TABLE bench_shift (day INTEGER, counter_no INTEGER, shift_id INTEGER,"
        " counter_id INTEGER, clerk_id INTEGER, PRIMARY KEY (day, counter_no))"
    )
    next_id = 1 + (connection.execute("SELECT coalesce(max(id), 0) FROM shifts").fetchone()[0])
    shifts = []
    plan = []
    for day in range(DAYS):
        hk_day = first_day + timedelta(days=day)
        opened = datetime(hk_day.year, hk_day.month, hk_day.day, 9, 50, tzinfo=HONG_KONG)
        closed = datetime(hk_day.year, hk_day.month, hk_day.day, 22, 10, tzinfo=HONG_KONG)
        for counter_no, counter_id in enumerate(counters[:3]):
            clerk_id = clerk_ids[(counter_no + day) % len(clerk_ids)]
            shifts.append(
                (
                    next_id,
                    counter_id,
                    clerk_id,
                    _utc_text(opened),
                    50_000,
                    clerk_id,
                    _utc_text(closed),
                )
            )
            plan.append((day, counter_no, next_id, counter_id, clerk_id))
            next_id += 1
    connection.executemany(
        "INSERT INTO shifts (id, counter_id, opened_by, opened_at, float_amount, closed_by,"
        " closed_at, variance_reason) VALUES (?, ?, ?, ?, ?, ?, ?, '')",
        shifts,
    )
    connection.executemany("INSERT INTO bench_shift VALUES (?, ?, ?, ?, ?)", plan)


def _lines(connection: sqlite3.Connection, lines: int) -> None:
    have = connection.execute("SELECT count(*) FROM lines").fetchone()[0]
    now = _utc_text(datetime.now(UTC))
    carriers = connection.execute(
        "SELECT id, code FROM carriers ORDER BY id"
    ).fetchall()  # BAUHINIA, PEARL, HARBOUR
    card_choices = [
        (carrier_id, card_type.value)
        for carrier_id, code in carriers
        for demo_code, *_, types in demo.CARRIERS
        if demo_code == code
        for card_type in types
    ]
    connection.execute(
        "CREATE TEMP TABLE bench_card (n INTEGER PRIMARY KEY, carrier_id INTEGER, card_type TEXT)"
    )
    connection.executemany(
        "INSERT INTO bench_card VALUES (?, ?, ?)",
        [(n, c, t) for n, (c, t) in enumerate(card_choices)],
    )
    first_customer = (
        1 + connection.execute("SELECT coalesce(max(id), 0) FROM customers").fetchone()[0]
    )
    count = lines - have
    if count <= 0:
        return
    connection.execute(
        f"""
        INSERT INTO customers (id, name_en, name_zh, date_of_birth, id_type, id_country,
                               id_hash, id_masked, created_at)
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {count})
        SELECT {first_customer} + i, 'CHAN TAI MAN', '陳大文',
               date('1950-01-01', '+' || {_h("i", 69069, 20000)} || ' days'),
               'hkid', '', printf('%064x', i), 'A' || printf('%03d', i % 1000) || '***(*)', ?
        FROM n
        """,  # noqa: S608 - numbers only
        (now,),
    )
    prefixes = " ".join(
        f"WHEN {n} THEN '{p}'" for n, p in enumerate(PREFIXES)
    )  # the demo's mobile ranges
    connection.execute(
        f"""
        INSERT INTO lines (msisdn, secondary_msisdn, iccid, carrier_id, card_type, plan_id,
                           expires_on, balance, data_left_mb, recycled, auto_renew,
                           customer_id, version, created_at, updated_at)
        WITH RECURSIVE n(i) AS (SELECT {have} UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {lines})
        SELECT '+852' || (CASE (i / 1000000) % {len(PREFIXES)} {prefixes} END)
                      || printf('%06d', i % 1000000),
               CASE WHEN c.card_type = 'dual' THEN '+86138' || printf('%08d', i) END,
               '8985200' || printf('%011d', i) || '0',
               c.carrier_id, c.card_type,
               (SELECT id FROM plans WHERE carrier_id = c.carrier_id AND kind = 'renewal'
                ORDER BY id LIMIT 1),
               date('now', printf('%+d days', {_h("i", 1103515245, 550)} - 150)),
               {_h("i", 22695477, 400)} * 50, {_h("i", 214013, 10240)}, 0, 0,
               {first_customer} + i - {have}, 1, ?, ?
        FROM n JOIN bench_card c ON c.n = i % {len(card_choices)}
        """,  # noqa: S608 - numbers only
        (now, now),
    )


def _picks(connection: sqlite3.Connection) -> None:
    """bench_pick(carrier_id, slot): slots 0-8 the carrier's plans, 9-10 its vouchers."""
    connection.execute(
        "CREATE TEMP TABLE bench_pick (carrier_id INTEGER, slot INTEGER, plan_id INTEGER,"
        " plan_code TEXT, name_zh TEXT, name_en TEXT, price INTEGER, kind TEXT,"
        " months INTEGER, credit INTEGER, data_mb INTEGER, PRIMARY KEY (carrier_id, slot))"
    )
    carriers = connection.execute("SELECT id, name_zh, name_en FROM carriers ORDER BY id")
    rows = []
    for carrier_id, name_zh, name_en in carriers.fetchall():
        plans = connection.execute(
            "SELECT id, code, name_zh, name_en, price, kind, months, credit, data_mb FROM plans"
            " WHERE carrier_id = ? ORDER BY id",
            (carrier_id,),
        ).fetchall()
        slot = 0
        for plan in plans:
            rows.append((carrier_id, slot, *plan))
            slot += 1
        for face in (5_000, 10_000):
            money = format_money(face)
            rows.append(
                (
                    carrier_id,
                    slot,
                    None,
                    "",
                    f"{name_zh} 充值券 {money}",
                    f"{name_en} top-up voucher {money}",
                    face,
                    "voucher",
                    0,
                    0,
                    0,
                )
            )
            slot += 1
    if len({row[1] for row in rows}) != 11:
        raise RuntimeError("the demo catalogue changed: expected 9 plans per carrier")
    connection.executemany(
        f"INSERT INTO bench_pick VALUES ({','.join('?' * 11)})",  # noqa: S608 - placeholders
        rows,
    )


def _sales(connection: sqlite3.Connection, sales: int, first_day: date) -> None:
    _picks(connection)
    line_count = connection.execute("SELECT count(*) FROM lines").fetchone()[0]
    carrier_ids = [r[0] for r in connection.execute("SELECT id FROM carriers ORDER BY id")]
    per_day = math.ceil(sales / DAYS)
    step_us = 12 * 3600 * 1_000_000 // per_day
    opening = datetime(first_day.year, first_day.month, first_day.day, 10, tzinfo=HONG_KONG)
    base_epoch = int(opening.timestamp())
    # Per sale i (1-based, = sales.id): day, counter, kind, line, plan slot, tender, state.
    kind_h = _h("i", 1103515245, 100)
    slot_h = _h("i", 214013, 100)
    state_h = _h("i", 22695477, 1000)
    line_h = f"((i * 2654435761) % 4294967296 % {line_count} + 1)"
    carrier_case = " ".join(f"WHEN {n} THEN {c}" for n, c in enumerate(carrier_ids))
    connection.execute(
        f"""
        CREATE TEMP TABLE bench_sale AS
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {sales})
        SELECT i,
               (i - 1) / {per_day} AS day,
               (i - 1) % 3 AS counter_no,
               (i - 1) / 3 + 1 AS number,
               ((i - 1) % {per_day}) * {step_us} AS offset_us,
               CASE WHEN {kind_h} < 75 THEN 'line' WHEN {kind_h} < 95 THEN 'voucher'
                    ELSE 'new_sim' END AS kind,
               {line_h} AS line_id,
               CASE WHEN {kind_h} >= 95 THEN {_h("i", 134775813, 4)}
                    WHEN {slot_h} < 50 THEN {_h("i", 134775813, 4)}
                    WHEN {slot_h} < 85 THEN 4 + {_h("i", 134775813, 3)}
                    ELSE 7 + {_h("i", 134775813, 2)} END AS slot,
               9 + {_h("i", 1664525, 2)} AS voucher_slot,
               CASE {_h("i", 16807, 3)} {carrier_case} END AS voucher_carrier,
               {_h("i", 48271, 100)} AS tender_h,
               CASE WHEN {state_h} < 5 THEN 'voided' WHEN {state_h} < 10 THEN 'refunded'
                    ELSE 'completed' END AS state,
               {_h("i", 69069, 60)} - 20 AS expiry_offset
        FROM n
        """  # noqa: S608 - numbers only
    )
    tender_case = " ".join(f"WHEN b.tender_h < {high} THEN '{name}'" for _, high, name in TENDERS)
    moment = f"{base_epoch} + b.day * 86400 + b.offset_us / 1000000"
    micro = "printf('%06d', b.offset_us % 1000000)"
    connection.execute(
        f"""
        CREATE TEMP TABLE bench_full AS
        SELECT b.i, b.kind, b.state, b.number, b.tender_h, b.day, b.counter_no,
               s.shift_id, s.counter_id, s.clerk_id,
               CASE WHEN b.kind = 'voucher' THEN NULL ELSE b.line_id END AS line_id,
               p.plan_id, p.plan_code, p.name_zh, p.name_en, p.price, p.kind AS plan_kind,
               p.months, p.credit, p.data_mb,
               CASE {tender_case} END AS tender,
               strftime('%Y-%m-%d %H:%M:%S', {moment}, 'unixepoch') || '.' || {micro}
                   AS completed_at,
               strftime('%Y-%m-%d %H:%M:%S', {moment} - 45, 'unixepoch') || '.' || {micro}
                   AS created_at,
               date({moment}, 'unixepoch', '+8 hours', printf('%+d days', b.expiry_offset))
                   AS expires_before,
               l.plan_id AS line_plan_id,
               l.balance AS balance_before, l.data_left_mb AS data_before
        FROM bench_sale b
        JOIN bench_shift s ON s.day = b.day AND s.counter_no = b.counter_no
        LEFT JOIN lines l ON l.id = b.line_id AND b.kind <> 'voucher'
        JOIN bench_pick p
          ON p.carrier_id = CASE WHEN b.kind = 'voucher' THEN b.voucher_carrier
                                 ELSE l.carrier_id END
         AND p.slot = CASE WHEN b.kind = 'voucher' THEN b.voucher_slot ELSE b.slot END
        ORDER BY b.i
        """  # noqa: S608 - numbers only
    )
    connection.execute("DROP TABLE bench_sale")
    counter_codes = dict(connection.execute("SELECT id, code FROM counters").fetchall())
    code_case = " ".join(f"WHEN {i} THEN '{c}'" for i, c in counter_codes.items())
    snapshot = """json_object('expires_on', {expires}, 'balance', {balance},
                              'data_left_mb', {data}, 'plan_id', {plan}, 'version', {version})"""
    after_expires = (
        "CASE WHEN f.plan_kind = 'renewal' "
        "THEN date(f.expires_before, '+' || f.months || ' months') ELSE f.expires_before END"
    )
    before = snapshot.format(
        expires="f.expires_before",
        balance="f.balance_before",
        data="f.data_before",
        plan="f.line_plan_id",
        version=2,
    )
    after = snapshot.format(
        expires=after_expires,
        balance="f.balance_before + f.credit",
        data="f.data_before + f.data_mb",
        plan="CASE WHEN f.plan_kind = 'renewal' THEN f.plan_id ELSE f.line_plan_id END",
        version=3,
    )
    connection.execute(
        f"""
        INSERT INTO sales (id, uuid, kind, state, receipt_no, counter_id, shift_id, clerk_id,
                           line_id, total, draft, line_before, line_after, line_version_after,
                           created_at, completed_at)
        SELECT f.i,
               printf('00000000-0000-4000-8000-%012x', f.i),
               f.kind, f.state,
               'DEMO-' || (CASE f.counter_id {code_case} END) || '-' || printf('%06d', f.number),
               f.counter_id, f.shift_id, f.clerk_id, f.line_id, f.price, '{{}}',
               CASE WHEN f.kind = 'voucher' THEN NULL
                    WHEN f.kind = 'new_sim' THEN json_set({after}, '$.new', json('true'))
                    ELSE {before} END,
               CASE WHEN f.kind = 'voucher' THEN NULL ELSE {after} END,
               CASE WHEN f.kind = 'voucher' THEN NULL ELSE 3 END,
               f.created_at, f.completed_at
        FROM bench_full f ORDER BY f.i
        """  # noqa: S608 - numbers only
    )
    connection.execute(
        """
        INSERT INTO sale_items (sale_id, plan_id, voucher_pin_id, plan_code, name_zh, name_en,
                                list_price, discount, amount, promotion_code, benefits)
        SELECT f.i, f.plan_id, NULL, f.plan_code,
               CASE WHEN f.kind = 'new_sim' THEN '新卡 ' || f.name_zh ELSE f.name_zh END,
               CASE WHEN f.kind = 'new_sim' THEN 'New SIM ' || f.name_en ELSE f.name_en END,
               f.price, 0, f.price, '', '[]'
        FROM bench_full f ORDER BY f.i
        """
    )
    connection.execute(
        """
        INSERT INTO payments (sale_id, tender, amount, tendered, change, reference,
                              card_last4, approval_code)
        SELECT f.i, f.tender, f.price,
               CASE WHEN f.tender = 'cash' THEN (f.price + 9999) / 10000 * 10000 END,
               CASE WHEN f.tender = 'cash' THEN (f.price + 9999) / 10000 * 10000 - f.price
                    ELSE 0 END,
               CASE WHEN f.tender IN ('cash', 'card') THEN ''
                    ELSE 'TX' || printf('%010d', f.i) END,
               CASE WHEN f.tender = 'card' THEN printf('%04d', f.i % 10000) ELSE '' END,
               CASE WHEN f.tender = 'card' THEN 'A' || printf('%05d', f.i % 100000) ELSE '' END
        FROM bench_full f ORDER BY f.i
        """
    )
    for counter_id, code in counter_codes.items():
        last = connection.execute(
            "SELECT count(*) FROM bench_full WHERE counter_id = ?", (counter_id,)
        ).fetchone()[0]
        connection.execute(
            "INSERT OR REPLACE INTO receipt_sequences (counter_id, last_no) VALUES (?, ?)",
            (counter_id, last),
        )
        del code
    first_abandoned = sales + 1
    connection.execute(
        f"""
        INSERT INTO sales (id, uuid, kind, state, receipt_no, counter_id, shift_id, clerk_id,
                           line_id, total, draft, created_at)
        SELECT f.i + {first_abandoned} - 1,
               printf('00000000-0000-4000-9000-%012x', f.i),
               'line', 'abandoned', NULL, f.counter_id, f.shift_id, f.clerk_id, f.line_id,
               0, '{{}}', f.created_at
        FROM bench_full f
        WHERE f.line_id IS NOT NULL AND f.i % ({sales} / {ABANDONED} + 1) = 0
        LIMIT {ABANDONED}
        """  # noqa: S608 - numbers only
    )


def _reversals_and_shifts(connection: sqlite3.Connection) -> None:
    # A void in the sale's own shift; a refund three days later at the same counter.
    supervisors = [
        row[0]
        for row in connection.execute(
            "SELECT id FROM staff_users WHERE role = 'supervisor' ORDER BY id"
        )
    ]
    connection.execute(
        f"""
        INSERT INTO sale_reversals (sale_id, kind, shift_id, clerk_id, approved_by, reason,
                                    amount, cash_returned, line_restored, created_at)
        SELECT f.i,
               CASE f.state WHEN 'voided' THEN 'void' ELSE 'refund' END,
               r.shift_id, r.clerk_id,
               CASE f.i % 2 WHEN 0 THEN {supervisors[0]} ELSE {supervisors[-1]} END,
               CASE f.state WHEN 'voided' THEN 'wrong plan chosen, customer changed mind'
                    ELSE 'customer returned, carrier confirmed not used' END,
               f.price,
               CASE WHEN f.tender = 'cash' THEN f.price ELSE 0 END,
               0,
               strftime('%Y-%m-%d %H:%M:%f',
                        f.completed_at, CASE f.state WHEN 'voided' THEN '+5 minutes'
                                                     ELSE '+3 days' END)
        FROM bench_full f
        JOIN bench_shift r
          ON r.counter_no = f.counter_no
         AND r.day = min(f.day + CASE f.state WHEN 'voided' THEN 0 ELSE 3 END, {DAYS - 1})
        WHERE f.state <> 'completed'
        ORDER BY f.i
        """  # noqa: S608 - numbers only
    )
    # strftime's %f gives seconds with 3 decimals; SQLAlchemy's text has 6.
    connection.execute(
        "UPDATE sale_reversals SET created_at = created_at || '000' WHERE length(created_at) = 23"
    )
    connection.execute(
        "CREATE TEMP TABLE bench_cash (shift_id INTEGER PRIMARY KEY, cash INTEGER NOT NULL)"
    )
    connection.execute(
        """
        INSERT INTO bench_cash
        SELECT shift_id, sum(cash) FROM (
            SELECT f.shift_id, CASE WHEN f.tender = 'cash' THEN f.price ELSE 0 END AS cash
            FROM bench_full f WHERE f.state <> 'voided'
            UNION ALL
            SELECT r.shift_id, -r.cash_returned FROM sale_reversals r WHERE r.kind = 'refund'
        ) GROUP BY shift_id
        """
    )
    connection.execute(
        """
        UPDATE shifts SET
            expected = float_amount + coalesce(
                (SELECT cash FROM bench_cash c WHERE c.shift_id = shifts.id), 0),
            counted = float_amount + coalesce(
                (SELECT cash FROM bench_cash c WHERE c.shift_id = shifts.id), 0),
            variance = 0
        WHERE id IN (SELECT shift_id FROM bench_shift)
        """
    )
    connection.execute("DROP TABLE bench_full")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--sales", type=int, default=10_000_000)
    parser.add_argument("--lines", type=int, default=1_000_000)
    args = parser.parse_args()
    path = ensure_database(args.db, args.sales, args.lines)
    print(json.dumps(read_marker(path), indent=2))


if __name__ == "__main__":
    main()
