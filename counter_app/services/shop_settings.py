"""The shop's and each counter's settings, typed and checked, over the ``settings`` table.

Shop settings (an admin's): the shop's name, address, phone and BR number (the ``shops``
row), how receipts print (the keys :mod:`counter_app.services.receipts` reads), how long
identity data is kept, the low-stock warning, the cash variance that needs a reason, and
the FPS account the payment page's QR code pays into.

Counter settings (a supervisor's): per counter code, ``counter.<CODE>.<name>``; a value not
set in the database is None, and the PC's own settings.toml applies.

Every save is checked first (an :class:`InputError` ``settings.<key>`` with ``field=key``),
written in one transaction and audited with each changed value before and after.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Final

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from counter_app import log
from counter_app.domain import fps
from counter_app.domain.clock import Clock, system_clock
from counter_app.domain.drawer import DRAWER_PINS, MAX_PULSE_MS, MIN_PULSE_MS
from counter_app.domain.errors import ErrorCode, InputError, NotFound
from counter_app.domain.money import parse_money
from counter_app.domain.staff import Clerk
from counter_app.domain.text import clean_input
from counter_app.services import audit
from counter_app.services.permissions import Action, require
from counter_app.store.engine import Database
from counter_app.store.models import Counter, Setting, Shop

# printing.receipt.Paper and printing.labels.ChineseScript values, spelled out so that
# reading the settings does not import ReportLab (a test checks they agree).
PAPERS: Final = ("80mm", "58mm", "A4")
CHINESE_SCRIPTS: Final = ("traditional", "simplified")
LANGUAGES: Final = ("zh_HK", "en", "zh_CN")

DEFAULT_RETENTION_MONTHS: Final = 24
# Sales and cash records are kept 7 years; identity data on its own, no longer than that.
MAX_RETENTION_MONTHS: Final = 84
DEFAULT_LOW_STOCK: Final = 20
MAX_LOW_STOCK: Final = 100_000
DEFAULT_VARIANCE_THRESHOLD: Final = 2_000
MAX_VARIANCE_THRESHOLD: Final = 1_000_000
MAX_COPIES: Final = 5
MAX_IDLE_LOCK_MINUTES: Final = 120

_PHONE: Final = re.compile(r"[0-9+()\- ]*")
_BR_NUMBER: Final = re.compile(r"[A-Za-z0-9\- ]*")
# Settings the shops row holds; every other shop setting is a row of ``settings``.
_SHOP_COLUMNS: Final = ("name_zh", "name_en", "address_zh", "address_en", "phone", "br_number")


@dataclass(frozen=True)
class ShopSettings:
    """Everything an admin sets for the shop. Money in cents; paths as typed ("" = none)."""

    name_zh: str
    name_en: str
    address_zh: str = ""
    address_en: str = ""
    phone: str = ""
    br_number: str = ""
    receipt_hotline: str = ""
    receipt_footer_zh: str = ""
    receipt_footer_en: str = ""
    receipt_logo_path: str = ""
    receipt_paper: str = PAPERS[0]
    receipt_chinese: str = CHINESE_SCRIPTS[0]
    cjk_font_path: str = ""
    id_retention_months: int = DEFAULT_RETENTION_MONTHS
    low_stock_threshold: int = DEFAULT_LOW_STOCK
    variance_reason_threshold: int = DEFAULT_VARIANCE_THRESHOLD
    # The FPS QR code's account: an FPS ID, a HK mobile "+852-XXXXXXXX" or an email ("" =
    # no code shown), and the merchant name and city it carries (domain.fps checks them).
    fps_proxy: str = ""
    fps_merchant_name: str = ""
    fps_city: str = ""


@dataclass(frozen=True)
class CounterSettings:
    """One counter's settings kept in the database; None = not set, settings.toml applies."""

    counter_code: str
    printer: str | None = None
    print_copies: int | None = None
    print_automatically: bool | None = None
    language: str | None = None
    idle_lock_minutes: int | None = None
    drawer_printer: str | None = None
    drawer_pin: int | None = None
    drawer_on_ms: int | None = None
    drawer_off_ms: int | None = None


SHOP_KEYS: Final = tuple(f.name for f in fields(ShopSettings))
COUNTER_KEYS: Final = tuple(f.name for f in fields(CounterSettings) if f.name != "counter_code")


# --- checking one value -----------------------------------------------------------------


def _problem(key: str, message: str) -> InputError:
    return InputError(message, code=ErrorCode(f"settings.{key}"), field=key)


def _text(key: str, value: object, *, max_length: int, required: bool = False) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{key} must be given as str, not {type(value).__name__}")
    try:
        text = clean_input(value, field=key, max_length=max_length)
    except InputError as exc:
        raise _problem(key, str(exc)) from None
    if required and not text:
        raise _problem(key, "This cannot be empty.")
    return text


def _pattern(key: str, value: object, pattern: re.Pattern[str], max_length: int, what: str) -> str:
    text = _text(key, value, max_length=max_length)
    if not pattern.fullmatch(text):
        raise _problem(key, f"{what} has only {_allowed_characters(pattern)}.")
    return text


def _allowed_characters(pattern: re.Pattern[str]) -> str:
    return "digits, spaces and + - ( )" if pattern is _PHONE else "letters, digits, spaces and -"


def _file(key: str, value: object) -> str:
    text = _text(key, value, max_length=500)
    if text and not Path(text).expanduser().is_file():
        raise _problem(key, "There is no file at this path on this PC.")
    return text


def _one_of(key: str, value: object, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value.strip() not in choices:
        raise _problem(key, f"Choose one of {', '.join(choices)}.")
    return value.strip()


def _whole_number(key: str, value: object, low: int, high: int, unit: str = "") -> int:
    number: object = value
    if isinstance(value, str):
        text = value.strip()
        if not text.isascii() or not text.isdecimal():
            raise _problem(key, f"Type a whole number from {low} to {high}{unit}.")
        number = int(text)
    if isinstance(number, bool) or not isinstance(number, int):
        raise TypeError(f"{key} must be given as int or str, not {type(value).__name__}")
    if not low <= number <= high:
        raise _problem(key, f"Type a whole number from {low} to {high}{unit}.")
    return number


def _cents(key: str, value: object, maximum: int) -> int:
    if isinstance(value, str):
        try:
            return parse_money(value, field=key, maximum=maximum)
        except InputError as exc:
            raise _problem(key, str(exc)) from None
    return _whole_number(key, value, 0, maximum)


def _fps_proxy(text: str) -> str:
    proxy = fps.parse_proxy(text)
    return "" if proxy is None else proxy.value


def _fps(key: str, value: object, parse: Callable[[str], str]) -> str:
    # domain.fps raises settings.<key> itself, with the reason in plain English.
    if not isinstance(value, str):
        raise TypeError(f"{key} must be given as str, not {type(value).__name__}")
    return parse(value)


def _flag(key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{key} must be given as bool, not {type(value).__name__}")
    return value


_SHOP_CHECKS: Final[dict[str, Callable[[object], object]]] = {
    "name_zh": lambda v: _text("name_zh", v, max_length=120, required=True),
    "name_en": lambda v: _text("name_en", v, max_length=120, required=True),
    "address_zh": lambda v: _text("address_zh", v, max_length=300),
    "address_en": lambda v: _text("address_en", v, max_length=300),
    "phone": lambda v: _pattern("phone", v, _PHONE, 32, "A phone number"),
    "br_number": lambda v: _pattern("br_number", v, _BR_NUMBER, 32, "A BR number"),
    "receipt_hotline": lambda v: _pattern("receipt_hotline", v, _PHONE, 32, "A phone number"),
    "receipt_footer_zh": lambda v: _text("receipt_footer_zh", v, max_length=300),
    "receipt_footer_en": lambda v: _text("receipt_footer_en", v, max_length=300),
    "receipt_logo_path": lambda v: _file("receipt_logo_path", v),
    "receipt_paper": lambda v: _one_of("receipt_paper", v, PAPERS),
    "receipt_chinese": lambda v: _one_of("receipt_chinese", v, CHINESE_SCRIPTS),
    "cjk_font_path": lambda v: _file("cjk_font_path", v),
    "id_retention_months": lambda v: _whole_number(
        "id_retention_months", v, 1, MAX_RETENTION_MONTHS, " months"
    ),
    "low_stock_threshold": lambda v: _whole_number(
        "low_stock_threshold", v, 0, MAX_LOW_STOCK, " vouchers"
    ),
    "variance_reason_threshold": lambda v: _cents(
        "variance_reason_threshold", v, MAX_VARIANCE_THRESHOLD
    ),
    "fps_proxy": lambda v: _fps("fps_proxy", v, _fps_proxy),
    "fps_merchant_name": lambda v: _fps("fps_merchant_name", v, fps.parse_merchant_name),
    "fps_city": lambda v: _fps("fps_city", v, fps.parse_city),
}


def _printer(value: object) -> str:
    # A CUPS queue or Windows printer name ("" = the system's default); it reaches the driver.
    return _text("printer", value, max_length=200)


def _drawer_printer(value: object) -> str:
    # The queue the drawer hangs on ("" = no drawer); one argument of lp, never an option.
    text = _text("drawer_printer", value, max_length=200)
    if text.startswith("-"):
        raise _problem("drawer_printer", "A printer name cannot start with -.")
    return text


def _drawer_pin(value: object) -> int:
    pin = value
    if isinstance(value, str) and value.strip() in ("2", "5"):
        pin = int(value.strip())
    if isinstance(pin, bool) or pin not in DRAWER_PINS:
        raise _problem("drawer_pin", "Choose pin 2 or pin 5.")
    return int(str(pin))


_COUNTER_CHECKS: Final[dict[str, Callable[[object], object]]] = {
    "printer": _printer,
    "print_copies": lambda v: _whole_number("print_copies", v, 1, MAX_COPIES, " copies"),
    "print_automatically": lambda v: _flag("print_automatically", v),
    "language": lambda v: _one_of("language", v, LANGUAGES),
    "idle_lock_minutes": lambda v: _whole_number(
        "idle_lock_minutes", v, 1, MAX_IDLE_LOCK_MINUTES, " minutes"
    ),
    "drawer_printer": _drawer_printer,
    "drawer_pin": _drawer_pin,
    "drawer_on_ms": lambda v: _whole_number("drawer_on_ms", v, MIN_PULSE_MS, MAX_PULSE_MS, " ms"),
    "drawer_off_ms": lambda v: _whole_number("drawer_off_ms", v, MIN_PULSE_MS, MAX_PULSE_MS, " ms"),
}


def _checked(
    changes: Mapping[str, object], checks: Mapping[str, Callable[[object], object]]
) -> dict[str, object]:
    """Each value checked, in the form's order, so the first problem named is the first field."""
    unknown = sorted(set(changes) - set(checks))
    if unknown:
        raise ValueError(f"not a setting: {', '.join(unknown)}")
    return {key: check(changes[key]) for key, check in checks.items() if key in changes}


def check_shop_settings(changes: Mapping[str, object]) -> dict[str, object]:
    """*changes* as :func:`save_shop_settings` would store them, or its InputError; no I/O."""
    return _checked(changes, _SHOP_CHECKS)


def check_counter_settings(changes: Mapping[str, object]) -> dict[str, object]:
    """*changes* as :func:`save_counter_settings` would store them (None kept), or InputError."""
    checked = _checked({k: v for k, v in changes.items() if v is not None}, _COUNTER_CHECKS)
    return {key: checked.get(key) for key in changes}


# --- reading ----------------------------------------------------------------------------


def _stored(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _int(text: str | None, default: int, low: int, high: int, key: str) -> int:
    if text is None or not text.strip():
        return default
    try:
        number = int(text.strip())
    except ValueError:
        number = low - 1
    if not low <= number <= high:
        # A value edited into the table by hand must not stop the counter: use the default.
        log.services.warning("the setting %s=%r is not allowed; using %s", key, text, default)
        return default
    return number


def _choice(text: str | None, choices: tuple[str, ...], key: str) -> str:
    value = (text or "").strip()
    if value in choices:
        return value
    if value:
        log.services.warning("the setting %s=%r is not one of %s", key, text, choices)
    return choices[0]


def _shop(session: Session, shop_id: int | None) -> Shop:
    query = select(Shop).order_by(Shop.id).limit(1)
    if shop_id is not None:
        query = select(Shop).where(Shop.id == shop_id)
    shop = session.scalars(query).first()
    if shop is None:
        raise NotFound("there is no shop yet: create it first", code=ErrorCode.SHOP_MISSING)
    return shop


# Built once: every sale that sends a text reads two settings with it.
_VALUES = select(Setting.key, Setting.value).where(
    Setting.shop_id == bindparam("shop_id"), Setting.key.in_(bindparam("keys", expanding=True))
)


def _values(session: Session, shop_id: int, keys: tuple[str, ...]) -> dict[str, str]:
    rows = session.execute(_VALUES, {"shop_id": shop_id, "keys": list(keys)})
    return {key: value for key, value in rows}


@dataclass(frozen=True)
class TextSettings:
    """What the customer's confirmation text needs of the settings."""

    hotline: str
    simplified: bool


def text_settings(session: Session, shop_id: int) -> TextSettings:
    """The two settings a sale's text uses, in one statement (not the whole settings)."""
    values = _values(session, shop_id, ("receipt_hotline", "receipt_chinese"))
    chinese = _choice(values.get("receipt_chinese"), CHINESE_SCRIPTS, "receipt_chinese")
    return TextSettings(values.get("receipt_hotline", "").strip(), chinese == "simplified")


def read_shop_settings(session: Session, shop_id: int | None = None) -> ShopSettings:
    """The shop's settings inside the caller's session (*shop_id* None = the first shop)."""
    shop = _shop(session, shop_id)
    keys = tuple(k for k in SHOP_KEYS if k not in _SHOP_COLUMNS)
    values = _values(session, shop.id, keys)
    return ShopSettings(
        name_zh=shop.name_zh,
        name_en=shop.name_en,
        address_zh=shop.address_zh,
        address_en=shop.address_en,
        phone=shop.phone,
        br_number=shop.br_number,
        receipt_hotline=values.get("receipt_hotline", "").strip(),
        receipt_footer_zh=values.get("receipt_footer_zh", "").strip(),
        receipt_footer_en=values.get("receipt_footer_en", "").strip(),
        receipt_logo_path=values.get("receipt_logo_path", "").strip(),
        receipt_paper=_choice(values.get("receipt_paper"), PAPERS, "receipt_paper"),
        receipt_chinese=_choice(values.get("receipt_chinese"), CHINESE_SCRIPTS, "receipt_chinese"),
        cjk_font_path=values.get("cjk_font_path", "").strip(),
        id_retention_months=_int(
            values.get("id_retention_months"),
            DEFAULT_RETENTION_MONTHS,
            1,
            MAX_RETENTION_MONTHS,
            "id_retention_months",
        ),
        low_stock_threshold=_int(
            values.get("low_stock_threshold"),
            DEFAULT_LOW_STOCK,
            0,
            MAX_LOW_STOCK,
            "low_stock_threshold",
        ),
        variance_reason_threshold=_int(
            values.get("variance_reason_threshold"),
            DEFAULT_VARIANCE_THRESHOLD,
            0,
            MAX_VARIANCE_THRESHOLD,
            "variance_reason_threshold",
        ),
        fps_proxy=values.get("fps_proxy", "").strip(),
        fps_merchant_name=values.get("fps_merchant_name", "").strip(),
        fps_city=values.get("fps_city", "").strip(),
    )


def shop_settings(db: Database, shop_id: int | None = None) -> ShopSettings:
    """The shop's settings (*shop_id* None = the first shop), defaults where none is set."""
    with db.read() as session:
        return read_shop_settings(session, shop_id)


def _counter_key(counter_code: str, name: str) -> str:
    return f"counter.{counter_code}.{name}"


def _counter(session: Session, shop_id: int | None, counter_code: str) -> Counter:
    query = select(Counter).where(Counter.code == counter_code).order_by(Counter.shop_id)
    if shop_id is not None:
        query = query.where(Counter.shop_id == shop_id)
    counter = session.scalars(query.limit(1)).first()
    if counter is None:
        raise NotFound(f"there is no counter {counter_code}", code=ErrorCode.COUNTER_UNKNOWN)
    return counter


def _read_counter(session: Session, counter: Counter) -> CounterSettings:
    keys = tuple(_counter_key(counter.code, name) for name in COUNTER_KEYS)
    stored = _values(session, counter.shop_id, keys)
    values = {name: stored.get(_counter_key(counter.code, name)) for name in COUNTER_KEYS}
    parsed: dict[str, Any] = {}
    for name, text in values.items():
        if text is None:
            continue
        try:
            parsed[name] = _parse_stored(name, text)
        except InputError:
            log.services.warning(
                "the setting counter.%s.%s=%r is ignored", counter.code, name, text
            )
    return CounterSettings(counter.code, **parsed)


def _parse_stored(name: str, text: str) -> object:
    if name == "print_automatically":
        if text not in ("true", "false"):
            raise _problem(name, "not true or false")
        return text == "true"
    return _COUNTER_CHECKS[name](text)


def counter_settings(
    db: Database, counter_code: str, *, shop_id: int | None = None
) -> CounterSettings:
    """The settings stored for *counter_code*; None for each the PC's settings.toml decides."""
    with db.read() as session:
        return _read_counter(session, _counter(session, shop_id, counter_code))


# --- saving -----------------------------------------------------------------------------


def _put(session: Session, shop_id: int, key: str, value: str) -> None:
    row = session.get(Setting, (shop_id, key))
    if row is None:
        session.add(Setting(shop_id=shop_id, key=key, value=value))
    else:
        row.value = value


def save_shop_settings(
    db: Database,
    clerk: Clerk,
    changes: Mapping[str, object],
    *,
    clock: Clock = system_clock,
) -> ShopSettings:
    """Change the settings of *clerk*'s shop; returns them as saved.

    *changes* maps ShopSettings field names to new values: text as str, whole numbers as
    int or str, ``variance_reason_threshold`` as cents (int) or an amount typed ("20.00").
    Values equal to the current ones are not written. Raises :class:`InputError`
    ``settings.<key>`` (``field=key``) for the first bad value; nothing is saved then.
    """
    require(clerk, Action.SHOP_SETTINGS_EDIT)
    wanted = _checked(changes, _SHOP_CHECKS)
    with db.write() as session:
        shop = _shop(session, clerk.shop_id)
        before = read_shop_settings(session, shop.id)
        old = asdict(before)
        changed: dict[str, Any] = {k: v for k, v in wanted.items() if old[k] != v}
        for key, value in changed.items():
            if key in _SHOP_COLUMNS:
                setattr(shop, key, value)
            else:
                _put(session, shop.id, key, _stored(value))
        after = replace(before, **changed)
        if changed:
            session.flush()
            audit.record(
                session,
                "settings.shop_changed",
                occurred_at=clock(),
                staff_id=clerk.id,
                subject=shop.code,
                details={"changes": {key: [old[key], changed[key]] for key in changed}},
            )
            log.services.info("shop settings changed: %s", ", ".join(changed))
    return after


def save_counter_settings(
    db: Database,
    clerk: Clerk,
    counter_code: str,
    changes: Mapping[str, object],
    *,
    clock: Clock = system_clock,
) -> CounterSettings:
    """Change the settings of a counter of *clerk*'s shop; returns them as saved.

    *changes* maps CounterSettings field names to new values; None removes the stored value,
    so the PC's settings.toml applies again (the audit keeps what it was). Raises
    :class:`InputError` ``settings.<key>`` for the first bad value, ``counter.unknown``.
    """
    require(clerk, Action.COUNTER_SETTINGS_EDIT)
    unset = {key for key, value in changes.items() if value is None}
    wanted = _checked({k: v for k, v in changes.items() if v is not None}, _COUNTER_CHECKS)
    if unset - set(_COUNTER_CHECKS):
        raise ValueError(f"not a counter setting: {', '.join(sorted(unset))}")
    with db.write() as session:
        counter = _counter(session, clerk.shop_id, counter_code)
        before = _read_counter(session, counter)
        old = asdict(before)
        new: dict[str, object] = {**wanted, **dict.fromkeys(unset)}
        changed: dict[str, Any] = {k: v for k, v in new.items() if old[k] != v}
        for key, value in changed.items():
            setting_key = _counter_key(counter.code, key)
            if value is None:
                row = session.get(Setting, (counter.shop_id, setting_key))
                if row is not None:
                    session.delete(row)
            else:
                _put(session, counter.shop_id, setting_key, _stored(value))
        after = replace(before, **changed)
        if changed:
            session.flush()
            audit.record(
                session,
                "settings.counter_changed",
                occurred_at=clock(),
                staff_id=clerk.id,
                counter_id=counter.id,
                subject=counter.code,
                details={"changes": {key: [old[key], changed[key]] for key in changed}},
            )
            log.services.info("counter %s settings changed: %s", counter.code, ", ".join(changed))
    return after


def low_stock_threshold(session: Session, shop_id: int | None = None) -> int:
    """Vouchers per carrier and face value below which stock is low (0: never warn)."""
    shop = session.scalars(
        select(Shop.id).order_by(Shop.id).limit(1)
        if shop_id is None
        else select(Shop.id).where(Shop.id == shop_id)
    ).first()
    if shop is None:
        return DEFAULT_LOW_STOCK
    stored = _values(session, shop, ("low_stock_threshold",)).get("low_stock_threshold")
    return _int(stored, DEFAULT_LOW_STOCK, 0, MAX_LOW_STOCK, "low_stock_threshold")
