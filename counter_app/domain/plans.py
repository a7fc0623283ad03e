"""Plans, promotions and line status: what a line can be sold, at what price, and until when."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.money import format_money


class CardType(StrEnum):
    NUMBER_KEEPING = "number_keeping"
    HK_REGISTERED = "hk_registered"
    DUAL = "dual"
    DATA = "data"


CARD_TYPE_NAMES: Final[dict[CardType, tuple[str, str]]] = {
    CardType.NUMBER_KEEPING: ("保號卡", "Number-keeping card"),
    CardType.HK_REGISTERED: ("香港註冊卡", "HK registered card"),
    CardType.DUAL: ("中港通卡", "China–HK dual card"),
    CardType.DATA: ("流量卡", "Data card"),
}


class PlanKind(StrEnum):
    RENEWAL = "renewal"
    CREDIT_TOPUP = "credit_topup"
    DATA_ADDON = "data_addon"


class LineStatus(StrEnum):
    ACTIVE = "active"
    EXPIRING_SOON = "expiring_soon"
    EXPIRED = "expired"
    RECYCLED = "recycled"


LINE_STATUS_NAMES: Final[dict[LineStatus, tuple[str, str]]] = {
    LineStatus.ACTIVE: ("有效", "Active"),
    LineStatus.EXPIRING_SOON: ("即將到期", "Expiring soon"),
    LineStatus.EXPIRED: ("已過期", "Expired"),
    LineStatus.RECYCLED: ("已回收", "Recycled"),
}

# Customers are told to renew at least a week ahead, so the warning starts a week out.
EXPIRING_SOON_DAYS: Final = 7

_KIND_ORDER: Final = {PlanKind.RENEWAL: 0, PlanKind.CREDIT_TOPUP: 1, PlanKind.DATA_ADDON: 2}


@dataclass(frozen=True)
class CarrierRules:
    """How long a carrier keeps an expired line before taking the number back.

    ``expires_on`` is the last day the line works. For ``grace_days`` after it the line is
    expired but still renewable at the counter; after ``recycle_days`` the carrier recycles
    the number. In between the line is shown as expired, but only a new card can be sold.
    """

    code: str
    grace_days: int
    recycle_days: int

    def __post_init__(self) -> None:
        _require_text(self.code, "code", ErrorCode.CARRIER_INVALID)
        _require_count(self.grace_days, "grace_days", ErrorCode.CARRIER_INVALID)
        _require_count(self.recycle_days, "recycle_days", ErrorCode.CARRIER_INVALID)
        if self.recycle_days < self.grace_days:
            raise InputError(
                "The carrier cannot recycle a number before its grace period ends.",
                code=ErrorCode.CARRIER_INVALID,
                field="recycle_days",
            )


def days_left(expires_on: date, today: date) -> int:
    """Days until the line's last working day: 0 on that day, negative once expired."""
    return (expires_on - today).days


def line_status(
    expires_on: date, today: date, rules: CarrierRules, *, recycled: bool = False
) -> LineStatus:
    """The status shown to the clerk; ``recycled`` is the carrier's mark, which no date shows."""
    left = days_left(expires_on, today)
    if recycled or -left > rules.recycle_days:
        return LineStatus.RECYCLED
    if left < 0:
        return LineStatus.EXPIRED
    if left <= EXPIRING_SOON_DAYS:
        return LineStatus.EXPIRING_SOON
    return LineStatus.ACTIVE


def renewable(
    expires_on: date, today: date, rules: CarrierRules, *, recycled: bool = False
) -> bool:
    """Whether the counter may still sell this line anything: not recycled, not past grace."""
    status = line_status(expires_on, today, rules, recycled=recycled)
    return status is not LineStatus.RECYCLED and -days_left(expires_on, today) <= rules.grace_days


def add_months(start: date, months: int) -> date:
    """``start`` plus calendar months; a day the month lacks becomes its last day."""
    if months < 0:
        raise ValueError(f"months must not be negative, got {months}")
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def renewal_base(expires_on: date, today: date) -> date:
    """Renewal adds to the current expiry while the line works, and starts today once expired."""
    return expires_on if expires_on >= today else today


def renewed_expiry(expires_on: date, today: date, months: int, bonus_days: int = 0) -> date:
    """The new last working day after renewing for ``months`` plus ``bonus_days``."""
    if bonus_days < 0:
        raise ValueError(f"bonus_days must not be negative, got {bonus_days}")
    # One add from the original base: chaining month adds would carry a 28 Feb clamp onward.
    return add_months(renewal_base(expires_on, today), months) + timedelta(days=bonus_days)


@dataclass(frozen=True)
class Plan:
    """Something the counter sells for a line: a renewal period, a credit top-up, a data add-on.

    Money is in cents. ``valid_to`` is inclusive; ``None`` leaves that end open.
    """

    code: str
    carrier: str
    kind: PlanKind
    name_zh: str
    name_en: str
    price: int
    months: int = 0
    credit: int = 0
    data_mb: int = 0
    minutes: int = 0
    card_types: frozenset[CardType] = frozenset(CardType)
    valid_from: date | None = None
    valid_to: date | None = None
    # Shop policy: a plain credit top-up may be sold without the identity check.
    needs_identity: bool = True
    active: bool = True

    def __post_init__(self) -> None:
        code = ErrorCode.PLAN_INVALID
        for name in ("code", "carrier", "name_zh", "name_en"):
            _require_text(getattr(self, name), name, code)
        for name in ("price", "months", "credit", "data_mb", "minutes"):
            _require_count(getattr(self, name), name, code)
        _require_window(self.valid_from, self.valid_to, code)
        if not self.card_types:
            raise InputError(
                "A plan must be sold for at least one card type.", code=code, field="card_types"
            )
        _check_plan_kind(self)


def _check_plan_kind(plan: Plan) -> None:
    code = ErrorCode.PLAN_INVALID
    _require_kind(plan.kind)
    if plan.kind is PlanKind.RENEWAL:
        if not 1 <= plan.months <= 36:
            raise InputError("A renewal lasts 1 to 36 months.", code=code, field="months")
        if plan.credit:
            raise InputError("A renewal adds no credit.", code=code, field="credit")
        return
    # Only renewals move the expiry date; a period on anything else would be silently ignored.
    if plan.months:
        raise InputError("Only a renewal has a period in months.", code=code, field="months")
    if plan.kind is PlanKind.CREDIT_TOPUP and plan.credit <= 0:
        raise InputError("A credit top-up must add some credit.", code=code, field="credit")
    if plan.kind is PlanKind.DATA_ADDON:
        if plan.data_mb <= 0:
            raise InputError("A data add-on must add some data.", code=code, field="data_mb")
        if plan.credit:
            raise InputError("A data add-on adds no credit.", code=code, field="credit")


@dataclass(frozen=True)
class Promotion:
    """A time-limited offer on plans; empty filters match everything.

    A promotion takes either ``discount`` cents or ``discount_percent`` off, not both.
    Codes are unique: they are the last tie-break between equally good promotions.
    """

    code: str
    name_zh: str
    name_en: str
    valid_from: date
    valid_to: date
    plan_codes: frozenset[str] = frozenset()
    carriers: frozenset[str] = frozenset()
    card_types: frozenset[CardType] = frozenset()
    kinds: frozenset[PlanKind] = frozenset()
    bonus_data_mb: int = 0
    bonus_minutes: int = 0
    bonus_days: int = 0
    discount: int = 0
    discount_percent: int = 0
    priority: int = 0

    def __post_init__(self) -> None:
        code = ErrorCode.PROMOTION_INVALID
        for name in ("code", "name_zh", "name_en"):
            _require_text(getattr(self, name), name, code)
        for name in ("bonus_data_mb", "bonus_minutes", "bonus_days", "discount"):
            _require_count(getattr(self, name), name, code)
        _require_int(self.priority, "priority", code)
        _require_count(self.discount_percent, "discount_percent", code)
        if self.discount_percent > 100:
            raise InputError("A discount cannot exceed 100%.", code=code, field="discount_percent")
        if self.discount and self.discount_percent:
            raise InputError(
                "Take either an amount or a percentage off, not both.",
                code=code,
                field="discount_percent",
            )
        _require_date(self.valid_from, "valid_from", code)
        _require_date(self.valid_to, "valid_to", code)
        _require_window(self.valid_from, self.valid_to, code)
        gives = (
            self.bonus_data_mb,
            self.bonus_minutes,
            self.bonus_days,
            self.discount,
            self.discount_percent,
        )
        if not any(gives):
            raise InputError("The promotion gives the customer nothing.", code=code)


@dataclass(frozen=True)
class LineFacts:
    """What a quote needs to know about the line.

    Only ``status == RECYCLED`` is read from ``status``: that is the carrier's mark; every
    other status follows from ``expires_on`` and today's date.
    """

    carrier: str
    card_type: CardType
    expires_on: date
    balance: int
    data_left_mb: int
    status: LineStatus
    current_plan: str | None


@dataclass(frozen=True)
class Quote:
    """What the customer pays and gets for one plan, shown before payment."""

    plan: Plan
    promotion: Promotion | None
    list_price: int
    discount: int
    total: int
    expires_on_before: date
    expires_on_after: date
    balance_before: int
    balance_after: int
    data_added_mb: int
    minutes_added: int
    bonus_days: int
    recommended: bool

    def benefits(self) -> tuple[tuple[str, str], ...]:
        """(Traditional Chinese, English) lines of what the customer gets."""
        lines: list[tuple[str, str]] = []
        if self.plan.kind is PlanKind.RENEWAL:
            until = self.expires_on_after.isoformat()
            lines.append((f"有效期延至 {until}", f"Valid until {until}"))
        if self.plan.credit:
            credit, balance = format_money(self.plan.credit), format_money(self.balance_after)
            lines.append((f"增值 {credit}", f"Credit +{credit}"))
            lines.append((f"餘額 {balance}", f"Balance {balance}"))
        if self.plan.data_mb:
            data = format_data(self.plan.data_mb)
            lines.append((f"數據 +{data}", f"Data +{data}"))
        if self.plan.minutes:
            lines.append((f"通話 +{self.plan.minutes:,} 分鐘", f"Voice +{self.plan.minutes:,} min"))
        bonus_data = self.data_added_mb - self.plan.data_mb
        if bonus_data:
            data = format_data(bonus_data)
            lines.append((f"贈送數據 +{data}", f"Bonus data +{data}"))
        bonus_minutes = self.minutes_added - self.plan.minutes
        if bonus_minutes:
            lines.append(
                (f"贈送通話 +{bonus_minutes:,} 分鐘", f"Bonus voice +{bonus_minutes:,} min")
            )
        if self.bonus_days:
            days = "day" if self.bonus_days == 1 else "days"
            lines.append(
                (f"贈送有效期 +{self.bonus_days} 日", f"Bonus validity +{self.bonus_days} {days}")
            )
        if self.promotion is not None and self.discount:
            off = format_money(self.discount)
            lines.append(
                (f"{self.promotion.name_zh}：減 {off}", f"{self.promotion.name_en}: {off} off")
            )
        return tuple(lines)


def plan_available(plan: Plan, carrier: str, card_type: CardType, today: date) -> bool:
    """Whether ``plan`` is on sale today for a line of this carrier and card type."""
    return (
        plan.active
        and plan.carrier == carrier
        and card_type in plan.card_types
        and (plan.valid_from is None or plan.valid_from <= today)
        and (plan.valid_to is None or today <= plan.valid_to)
    )


def best_promotion(
    plan: Plan, promotions: Iterable[Promotion], card_type: CardType, today: date
) -> Promotion | None:
    """The one promotion a sale of ``plan`` gets, whatever order ``promotions`` come in.

    Highest priority first, then the most for the customer (cents off, then bonus days,
    data and minutes), then the smallest code.
    """
    applicable = [p for p in promotions if _applies(p, plan, card_type, today)]
    if not applicable:
        return None
    return min(applicable, key=lambda p: _promotion_rank(plan, p))


def _applies(promotion: Promotion, plan: Plan, card_type: CardType, today: date) -> bool:
    return (
        promotion.valid_from <= today <= promotion.valid_to
        and (not promotion.plan_codes or plan.code in promotion.plan_codes)
        and (not promotion.carriers or plan.carrier in promotion.carriers)
        and (not promotion.card_types or card_type in promotion.card_types)
        and (not promotion.kinds or plan.kind in promotion.kinds)
    )


def _discount(promotion: Promotion | None, price: int) -> int:
    if promotion is None:
        return 0
    # Integer round-half-up: 15% of HK$99.99 is 1499.85 cents, charged as 1500.
    off = promotion.discount + (price * promotion.discount_percent + 50) // 100
    return min(off, price)


def _promotion_rank(plan: Plan, promotion: Promotion) -> tuple[int, int, int, int, int, str]:
    return (
        -promotion.priority,
        -_discount(promotion, plan.price),
        -_bonus_days(plan, promotion),
        -promotion.bonus_data_mb,
        -promotion.bonus_minutes,
        promotion.code,
    )


def _bonus_days(plan: Plan, promotion: Promotion | None) -> int:
    # Only a renewal moves the expiry date, so bonus days are worth nothing on anything else.
    if promotion is None or plan.kind is not PlanKind.RENEWAL:
        return 0
    return promotion.bonus_days


def quote(
    plan: Plan,
    line: LineFacts,
    today: date,
    promotions: Iterable[Promotion],
    rules: CarrierRules,
) -> Quote:
    """Price ``plan`` for ``line`` today, with its best promotion.

    Raises :class:`InputError` ``plan.recycled`` when the line can no longer be sold anything
    (recycled, or expired beyond the grace period), ``plan.not_available`` when the plan is
    not on sale for this carrier, card type and date, and ``plan.line_expired`` for a data
    add-on on an expired line (it must be renewed first).
    """
    _refuse_lost_line(line, today, rules)
    refusal = _refusal(plan, line, today, rules)
    if refusal is not None:
        raise refusal
    return _quote(plan, line, today, promotions)


def quotes_for_line(
    plans: Iterable[Plan],
    line: LineFacts,
    today: date,
    promotions: Iterable[Promotion],
    rules: CarrierRules,
) -> list[Quote]:
    """Every plan the line can be sold today, the one recommended first.

    The recommendation is the line's current plan if it is on offer, else the cheapest
    renewal (longest period on a tie), else the cheapest plan. The rest follow by kind,
    period, total and code. Raises :class:`InputError` ``plan.recycled`` as :func:`quote`.
    """
    _refuse_lost_line(line, today, rules)
    offers = tuple(promotions)
    quotes = [
        _quote(plan, line, today, offers)
        for plan in plans
        if _refusal(plan, line, today, rules) is None
    ]
    if not quotes:
        return []
    pick = _recommendation(quotes, line.current_plan)
    rest = sorted((q for q in quotes if q is not pick), key=_display_order)
    return [replace(pick, recommended=True), *rest]


def _recommendation(quotes: Sequence[Quote], current_plan: str | None) -> Quote:
    current = [q for q in quotes if q.plan.code == current_plan]
    if current:
        return min(current, key=_display_order)
    renewals = [q for q in quotes if q.plan.kind is PlanKind.RENEWAL]
    if renewals:
        return min(renewals, key=lambda q: (q.total, -q.plan.months, q.plan.code))
    return min(quotes, key=lambda q: (q.total, q.plan.code))


def _display_order(q: Quote) -> tuple[int, int, int, str]:
    return (_KIND_ORDER[q.plan.kind], q.plan.months, q.total, q.plan.code)


def _refuse_lost_line(line: LineFacts, today: date, rules: CarrierRules) -> None:
    recycled = line.status == LineStatus.RECYCLED
    if renewable(line.expires_on, today, rules, recycled=recycled):
        return
    if recycled or line_status(line.expires_on, today, rules) is LineStatus.RECYCLED:
        message = "The carrier has recycled this number; only a new card can be sold."
    else:
        message = (
            f"This line expired on {line.expires_on.isoformat()}, more than "
            f"{rules.grace_days} days ago: it can no longer be renewed, "
            "only a new card can be sold."
        )
    raise InputError(message, code=ErrorCode.PLAN_RECYCLED)


def _refusal(plan: Plan, line: LineFacts, today: date, rules: CarrierRules) -> InputError | None:
    if not plan_available(plan, line.carrier, line.card_type, today):
        return InputError(
            f"Plan {plan.code} is not on sale for this line today.",
            code=ErrorCode.PLAN_NOT_AVAILABLE,
        )
    expired = line_status(line.expires_on, today, rules) is LineStatus.EXPIRED
    # The carrier suspends an expired line, so data added to it could not be used.
    if expired and plan.kind is PlanKind.DATA_ADDON:
        return InputError(
            "This line has expired: renew it before adding data.", code=ErrorCode.PLAN_LINE_EXPIRED
        )
    return None


def _quote(plan: Plan, line: LineFacts, today: date, promotions: Iterable[Promotion]) -> Quote:
    promotion = best_promotion(plan, promotions, line.card_type, today)
    discount = _discount(promotion, plan.price)
    bonus_days = _bonus_days(plan, promotion)
    if plan.kind is PlanKind.RENEWAL:
        expires_on_after = renewed_expiry(line.expires_on, today, plan.months, bonus_days)
    else:
        expires_on_after = line.expires_on
    return Quote(
        plan=plan,
        promotion=promotion,
        list_price=plan.price,
        discount=discount,
        total=plan.price - discount,
        expires_on_before=line.expires_on,
        expires_on_after=expires_on_after,
        balance_before=line.balance,
        balance_after=line.balance + plan.credit,
        data_added_mb=plan.data_mb + (promotion.bonus_data_mb if promotion else 0),
        minutes_added=plan.minutes + (promotion.bonus_minutes if promotion else 0),
        bonus_days=bonus_days,
        recommended=False,
    )


def _require_text(value: object, name: str, code: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{name} must not be empty.", code=code, field=name)


def _require_kind(value: object) -> None:
    # A bare string from a form would compare equal to a PlanKind but fail the ``is`` checks.
    if not isinstance(value, PlanKind):
        raise InputError(
            f"Unknown kind of plan: {value!r}.", code=ErrorCode.PLAN_INVALID, field="kind"
        )


def _require_int(value: object, name: str, code: str) -> None:
    # bool is an int subclass, and a float here would let rounding errors into money.
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(
            f"{name} must be a whole number, not {type(value).__name__}.", code=code, field=name
        )


def _require_count(value: object, name: str, code: str) -> None:
    _require_int(value, name, code)
    if isinstance(value, int) and value < 0:
        raise InputError(f"{name} must not be negative.", code=code, field=name)


def _require_date(value: object, name: str, code: str) -> None:
    # A datetime is a date subclass, but cannot be compared with one.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InputError(f"{name} must be a date.", code=code, field=name)


def _require_window(valid_from: date | None, valid_to: date | None, code: str) -> None:
    for name, value in (("valid_from", valid_from), ("valid_to", valid_to)):
        if value is not None:
            _require_date(value, name, code)
    if valid_from is not None and valid_to is not None and valid_from > valid_to:
        raise InputError("valid_from must not be after valid_to.", code=code, field="valid_to")


def format_data(mb: int) -> str:
    """A data amount (stored in whole MB) as every screen, receipt and report shows it:
    GB from 1 GB on, with up to 2 decimals (rounded down: never more than there is, and
    trailing zeros dropped), MB below. 1,536 MB is "1.5 GB", 6,144 MB "6 GB", 512 MB "512 MB".
    """
    if isinstance(mb, bool) or not isinstance(mb, int):
        raise TypeError(f"data is int MB, not {type(mb).__name__}")
    if abs(mb) < 1024:
        return f"{mb:,} MB"
    hundredths = abs(mb) * 100 // 1024
    whole, part = divmod(hundredths, 100)
    sign = "-" if mb < 0 else ""
    decimals = f".{part:02d}".rstrip("0").rstrip(".")
    return f"{sign}{whole:,}{decimals} GB"
