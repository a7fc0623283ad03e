"""A demo shop to try Counter with: carriers, plans, promotions, lines, staff, vouchers.

Everything is generated from a fixed seed, so the same command gives the same shop; the
ID numbers are made up (valid check digits, nobody's real documents).
"""

from __future__ import annotations

import os
import random
import secrets as token_source
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session
from stdnum import luhn

from counter_app import log
from counter_app.domain.clock import HONG_KONG, Clock, system_clock
from counter_app.domain.identity import IdentityDocument, IdType, hkid_check_digit
from counter_app.domain.plans import CardType, PlanKind
from counter_app.domain.staff import Role
from counter_app.services import keys, vouchers
from counter_app.services.keys import InstallationSecret
from counter_app.services.shop import ensure_demo_shop
from counter_app.services.staff import check_password_rules, create_user
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, Customer, Line, Plan, Promotion, Shop, StaffUser

ALL_DOCUMENTS: Final = "hkid,mo_id,eep,passport"
CARRIERS: Final = (
    # code, zh, en, grace, recycle, accepted documents, hotline, card types
    (
        "BAUHINIA",
        "紫荊流動",
        "Bauhinia Mobile",
        30,
        90,
        ALL_DOCUMENTS,
        "+852 2100 1000",
        (CardType.NUMBER_KEEPING, CardType.HK_REGISTERED),
    ),
    (
        "PEARL",
        "珠江通",
        "Pearl River Link",
        15,
        60,
        ALL_DOCUMENTS + ",cn_ric,hrp",
        "+852 2100 2000",
        (CardType.DUAL, CardType.NUMBER_KEEPING),
    ),
    (
        "HARBOUR",
        "維港數據",
        "Harbour Data",
        7,
        30,
        ALL_DOCUMENTS + ",cn_ric",
        "+852 2100 3000",
        (CardType.DATA,),
    ),
)
RENEWALS: Final = ((1, 1_800, 1_024), (3, 4_800, 3_072), (6, 8_800, 6_144), (12, 15_800, 12_288))
TOP_UPS: Final = (5_000, 10_000, 20_000)
DEMO_SEED: Final = 20261121
MOBILE_PREFIXES: Final = ("96", "94", "97", "61", "63", "64", "65", "69")
BATCH: Final = 20_000
# The window's --demo shop: known credentials, shown on its sign-in screen. Demo only.
GUI_DEMO_LINES: Final = 500
# The demo shop's staff: one of each role, so every back-office screen can be tried.
DEMO_STAFF: Final = (
    ("clerk", Role.CLERK, "陳店員"),
    ("supervisor", Role.SUPERVISOR, "李主管"),
    ("manager", Role.ADMIN, "黃經理"),
)
GUI_DEMO_PASSWORD: Final = "demo-1234"  # noqa: S105 - the demo shop's published password


@dataclass(frozen=True)
class SampleLine:
    """A demo line to try at the counter, with its made-up holder document."""

    msisdn: str
    card_type: str
    expires_on: date
    id_type: str
    id_number: str


@dataclass(frozen=True)
class DemoShop:
    lines: int
    users: tuple[tuple[str, str, str], ...]  # username, role, password
    samples: tuple[SampleLine, ...]


def _hkid(rng: random.Random) -> str:
    letter = rng.choice("ACDEGHKMPRVYZ")
    digits = f"{rng.randrange(1_000_000):06d}"
    return letter + digits + hkid_check_digit(letter, digits)


def _iccid(serial: int) -> str:
    body = f"8985200{serial:011d}"
    return body + luhn.calc_check_digit(body)


def _catalog(session: Session, today: date) -> None:
    for code, zh, en, grace, recycle, documents, hotline, card_types in CARRIERS:
        carrier = Carrier(
            code=code,
            name_zh=zh,
            name_en=en,
            grace_days=grace,
            recycle_days=recycle,
            accepted_id_types=documents,
            hotline=hotline,
            redeem_zh=f"用本卡撥 *100#，輸入充值密碼。查詢：{hotline}",
            redeem_en=f"Dial *100# from the SIM and enter the PIN. Enquiries: {hotline}",
        )
        session.add(carrier)
        session.flush()
        types = ",".join(t.value for t in card_types)
        for months, price, data in RENEWALS:
            session.add(
                Plan(
                    code=f"{code[:3]}-R{months:02d}",
                    carrier_id=carrier.id,
                    kind=PlanKind.RENEWAL.value,
                    name_zh=f"{zh} {months}個月續期",
                    name_en=f"{en} {months}-month renewal",
                    price=price,
                    months=months,
                    data_mb=data,
                    minutes=100 * months,
                    card_types=types,
                )
            )
        for value in TOP_UPS:
            session.add(
                Plan(
                    code=f"{code[:3]}-T{value // 100:03d}",
                    carrier_id=carrier.id,
                    kind=PlanKind.CREDIT_TOPUP.value,
                    name_zh=f"{zh} 增值 HK${value // 100}",
                    name_en=f"{en} credit HK${value // 100}",
                    price=value,
                    credit=value,
                    card_types=types,
                    needs_identity=False,
                )
            )
        for gigabytes, price in ((1, 3_000), (5, 9_800)):
            session.add(
                Plan(
                    code=f"{code[:3]}-D{gigabytes:02d}G",
                    carrier_id=carrier.id,
                    kind=PlanKind.DATA_ADDON.value,
                    name_zh=f"{zh} 數據 {gigabytes}GB",
                    name_en=f"{en} data {gigabytes} GB",
                    price=price,
                    data_mb=gigabytes * 1024,
                    card_types=types,
                )
            )
    session.add_all(
        [
            Promotion(
                code="YEAR-BONUS",
                name_zh="年費續期送 5GB",
                name_en="Annual renewal: 5 GB free",
                valid_from=today - timedelta(days=30),
                valid_to=today + timedelta(days=90),
                plan_codes="BAU-R12,PEA-R12,HAR-R12",
                bonus_data_mb=5_120,
                priority=1,
            ),
            Promotion(
                code="HALF-10OFF",
                name_zh="半年續期九折",
                name_en="Half-year renewal 10% off",
                valid_from=today - timedelta(days=10),
                valid_to=today + timedelta(days=50),
                kinds="renewal",
                plan_codes="BAU-R06,PEA-R06,HAR-R06",
                discount_percent=10,
            ),
            Promotion(
                code="KEEP-30DAYS",
                name_zh="保號卡續期加送 30 日",
                name_en="Number-keeping renewal: 30 extra days",
                valid_from=today - timedelta(days=60),
                valid_to=today + timedelta(days=120),
                card_types="number_keeping",
                kinds="renewal",
                bonus_days=30,
            ),
        ]
    )


def _line_rows(  # noqa: PLR0917
    count: int,
    rng: random.Random,
    today: date,
    now: datetime,
    carrier_ids: dict[str, int],
    plan_ids: dict[str, int],
    secret: InstallationSecret,
) -> Iterator[tuple[dict[str, object], dict[str, object], SampleLine]]:
    choices = [(code, card_type) for code, *_, types in CARRIERS for card_type in types]
    for i in range(count):
        code, card_type = choices[i % len(choices)]
        hkid = _hkid(rng)
        document = IdentityDocument(IdType.HKID, hkid)
        # Spread expiries so every status shows up: recycled, expired, soon, active.
        expires_on = today + timedelta(days=rng.randrange(-150, 400))
        # Prefixes that are mobile ranges throughout, so every made-up number is valid.
        msisdn = f"+852{MOBILE_PREFIXES[i // 1_000_000 % len(MOBILE_PREFIXES)]}{i % 1_000_000:06d}"
        secondary = f"+86138{i:08d}" if card_type == CardType.DUAL else None
        months = rng.choice((1, 3, 6, 12))
        customer = {
            "name_en": rng.choice(("CHAN", "WONG", "LEE", "CHEUNG", "LAU", "HO"))
            + " "
            + rng.choice(("TAI MAN", "SIU MING", "KA YAN", "WING SZE", "CHI KEUNG")),
            "name_zh": rng.choice("陳黃李張劉何")
            + rng.choice(("大文", "小明", "嘉欣", "詠詩", "志強")),
            "date_of_birth": date(1950, 1, 1) + timedelta(days=rng.randrange(20_000)),
            "id_type": IdType.HKID.value,
            "id_country": "",
            # Hashed a batch at a time on every core (_hash_documents): ~10 ms each.
            "id_hash": document,
            "id_masked": document.masked,
            "created_at": now,
        }
        line: dict[str, object] = {
            "msisdn": msisdn,
            "secondary_msisdn": secondary,
            "iccid": _iccid(i),
            "carrier_id": carrier_ids[code],
            "card_type": card_type.value,
            "plan_id": plan_ids[f"{code[:3]}-R{months:02d}"],
            "expires_on": expires_on,
            "balance": rng.randrange(0, 20_000, 50),
            "data_left_mb": rng.randrange(0, 10_240),
            "recycled": False,
            "auto_renew": rng.random() < 0.1,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        yield customer, line, SampleLine(msisdn, card_type.value, expires_on, "hkid", hkid)


def build(
    db: Database,
    secret: InstallationSecret,
    *,
    lines: int = 200,
    password: str | None = None,
    clock: Clock = system_clock,
    manager: bool = False,
) -> DemoShop:
    """Fill an empty database with the demo shop. Refuses a database that has lines.

    *manager* adds an admin too (the window's demo shop, so that every back-office tab
    can be tried); without it the shop has a clerk and a supervisor.
    """
    if password is not None:
        # Checked before anything is written: a refused password must leave no half shop.
        check_password_rules(password)
    now = clock()
    # The demo's ID hashes and PINs are made with *secret*: the database is bound to it.
    keys.check_matches_database(db, secret, now)
    today = now.astimezone(HONG_KONG).date()
    rng = random.Random(DEMO_SEED)  # noqa: S311 - made-up demo data, reproducible
    ensure_demo_shop(db, clock)
    with db.write() as session:
        if session.scalar(select(func.count(Line.id))) or session.scalar(
            select(func.count(Carrier.id))
        ):
            from counter_app.domain.errors import ErrorCode, InputError  # noqa: PLC0415

            raise InputError(
                "this database already has carriers or lines; demo data goes into an empty one",
                code=ErrorCode.DEMO_NOT_EMPTY,
            )
        _catalog(session, today)
    with db.read() as session:
        carrier_ids = dict(session.execute(select(Carrier.code, Carrier.id)).all())
        plan_ids = dict(session.execute(select(Plan.code, Plan.id)).all())
    samples: list[SampleLine] = []
    customers: list[dict[str, object]] = []
    line_rows: list[dict[str, object]] = []
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for customer, line, sample in _line_rows(
            lines, rng, today, now, carrier_ids, plan_ids, secret
        ):
            customers.append(customer)
            line_rows.append(line)
            if len(samples) < 12:
                samples.append(sample)
            if len(line_rows) >= BATCH:
                _hash_documents(pool, customers, secret.id_hash_key)
                _insert(db, customers, line_rows)
        _hash_documents(pool, customers, secret.id_hash_key)
        _insert(db, customers, line_rows)
    with db.write() as session:
        stock = [
            vouchers.NewVoucher(
                carrier_id=carrier_id,
                face_value=face,
                serial=f"{code[:3]}{face // 100:03d}{n:06d}",
                pin="".join(token_source.choice("0123456789") for _ in range(16)),
                expires_on=today + timedelta(days=365),
                batch="DEMO",
            )
            for code, carrier_id in sorted(carrier_ids.items())
            for face in (5_000, 10_000)
            for n in range(30)
        ]
        vouchers.add_to_stock(session, stock, secret, now)
    chosen = password or token_source.token_urlsafe(9)
    users = []
    with db.read() as session:
        existing = set(session.scalars(select(StaffUser.username)))
        shop_id = session.scalar(select(Shop.id).where(Shop.code == "DEMO"))
    for username, role, shown in DEMO_STAFF:
        if role is Role.ADMIN and not manager:
            continue
        if username not in existing:
            create_user(
                db,
                None,
                username=username,
                display_name=shown,
                role=role,
                password=chosen,
                shop_id=shop_id,
                clock=clock,
            )
            users.append((username, role.value, chosen))
    log.services.info("built the demo shop with %d lines", lines)
    return DemoShop(lines, tuple(users), tuple(samples))


def has_data(db: Database) -> bool:
    """Whether the database holds carriers or lines already (demo data goes into an empty one)."""
    with db.read() as session:
        return bool(
            session.scalar(select(func.count(Line.id)))
            or session.scalar(select(func.count(Carrier.id)))
        )


def samples(
    db: Database, secret: InstallationSecret, *, count: int = 12, clock: Clock = system_clock
) -> tuple[SampleLine, ...]:
    """The demo shop's sample lines as they are now, with their made-up holders' documents.

    The seed makes the same first lines every time, so they are made again here (nothing
    is written) and read back from the database: a sale may have moved an expiry since.
    A sample is given only while its line's holder is still the made-up one (the keyed
    hash matches), so a shop that was not built by :func:`build` gives none.
    """
    now = clock()
    today = now.astimezone(HONG_KONG).date()
    rng = random.Random(DEMO_SEED)  # noqa: S311 - the demo's own reproducible data
    made = [
        sample
        for _customer, _line, sample in _line_rows(
            count, rng, today, now, defaultdict(int), defaultdict(int), secret
        )
    ]
    with db.read() as session:
        rows = session.execute(
            select(Line.msisdn, Line.card_type, Line.expires_on, Customer.id_hash)
            .join(Customer, Customer.id == Line.customer_id)
            .where(Line.msisdn.in_([sample.msisdn for sample in made]))
            .order_by(Line.id)
        ).all()
    found = {
        msisdn: (card_type, expires_on, id_hash) for msisdn, card_type, expires_on, id_hash in rows
    }
    shown: list[SampleLine] = []
    for sample in made:
        if sample.msisdn not in found:
            continue
        card_type, expires_on, id_hash = found[sample.msisdn]
        document = IdentityDocument(IdType.HKID, sample.id_number)
        if document.keyed_hash(secret.id_hash_key) == id_hash:
            shown.append(SampleLine(sample.msisdn, card_type, expires_on, "hkid", sample.id_number))
    return tuple(shown)


def _hash_documents(
    pool: ThreadPoolExecutor, customers: list[dict[str, object]], key: bytes
) -> None:
    """Each customer's document becomes its identity hash; scrypt lets go of the
    interpreter lock, so the pool's threads hash on every core."""
    documents = [
        document
        for document in (customer["id_hash"] for customer in customers)
        if isinstance(document, IdentityDocument)
    ]
    if len(documents) != len(customers):
        raise TypeError("a demo customer's id_hash must be its document until it is hashed")
    hashes = pool.map(lambda document: document.keyed_hash(key), documents)
    for customer, hashed in zip(customers, hashes, strict=True):
        customer["id_hash"] = hashed


def _insert(
    db: Database, customers: list[dict[str, object]], lines: list[dict[str, object]]
) -> None:
    if not lines:
        return
    with db.write() as session:
        # The database assigns the ids (a PostgreSQL sequence must see them); the rows
        # come back in the order they went in.
        ids = session.scalars(
            insert(Customer).returning(Customer.id, sort_by_parameter_order=True), customers
        ).all()
        for line, customer_id in zip(lines, ids, strict=True):
            line["customer_id"] = customer_id
        session.execute(insert(Line), lines)
    customers.clear()
    lines.clear()
