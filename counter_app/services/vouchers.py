"""PIN voucher stock: PINs encrypted at rest, each sold exactly once."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.services.keys import InstallationSecret
from counter_app.services.shop_settings import low_stock_threshold
from counter_app.store.engine import Database
from counter_app.store.models import Carrier, VoucherPin


@dataclass(frozen=True, repr=False)
class NewVoucher:
    """One validated voucher to add to stock. ``repr`` hides the PIN."""

    carrier_id: int
    face_value: int
    serial: str
    pin: str
    expires_on: date
    batch: str

    def __repr__(self) -> str:
        return f"NewVoucher(serial={self.serial!r}, face_value={self.face_value})"


@dataclass(frozen=True)
class StockLevel:
    """One carrier and face value: PINs sellable today, sold, voided, expired unsold.

    ``low``: fewer are available than the shop's low-stock threshold (never when it is 0).
    """

    carrier_code: str
    face_value: int
    available: int
    sold: int
    void: int
    expired: int
    low: bool = False
    carrier_name_zh: str = ""
    carrier_name_en: str = ""


def pin_hash(secret: InstallationSecret, carrier_id: int, pin: str) -> str:
    message = f"{carrier_id}|{pin}".encode()
    return hmac.new(secret.pin_key, message, hashlib.sha256).hexdigest()


def add_to_stock(
    session: Session, vouchers: list[NewVoucher], secret: InstallationSecret, now: datetime
) -> int:
    session.add_all(
        VoucherPin(
            carrier_id=v.carrier_id,
            face_value=v.face_value,
            serial=v.serial,
            pin_encrypted=secret.encrypt_pin(v.pin, v.serial),
            pin_hash=pin_hash(secret, v.carrier_id, v.pin),
            expires_on=v.expires_on,
            batch=v.batch,
            imported_at=now,
        )
        for v in vouchers
    )
    session.flush()
    return len(vouchers)


def stock_levels(db: Database, *, today: date, shop_id: int | None = None) -> list[StockLevel]:
    """Stock by carrier and face value, flagged low by *shop_id*'s threshold (None: first shop)."""
    with db.read() as session:
        threshold = low_stock_threshold(session, shop_id)
        expired = (VoucherPin.state == "available") & (VoucherPin.expires_on < today)
        rows = session.execute(
            select(
                Carrier.code,
                VoucherPin.face_value,
                Carrier.name_zh,
                Carrier.name_en,
                func.count(VoucherPin.id).filter((VoucherPin.state == "available") & ~expired),
                func.count(VoucherPin.id).filter(VoucherPin.state == "sold"),
                func.count(VoucherPin.id).filter(VoucherPin.state == "void"),
                func.count(VoucherPin.id).filter(expired),
            )
            .join(Carrier, VoucherPin.carrier_id == Carrier.id)
            .group_by(Carrier.code, Carrier.name_zh, Carrier.name_en, VoucherPin.face_value)
            .order_by(Carrier.code, VoucherPin.face_value)
        )
        return [
            StockLevel(
                c,
                f,
                int(a),
                int(s),
                int(v),
                int(e),
                low=int(a) < threshold,
                carrier_name_zh=zh,
                carrier_name_en=en,
            )
            for c, f, zh, en, a, s, v, e in rows
        ]
