"""A sales report over a range of Hong Kong days, as the reports tab and its PDF show it.

Made by :func:`counter_app.services.sales_reports.sales_report`; that module's docstring says
what is counted. Amounts are cents.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Breakdown(StrEnum):
    """The ways a report splits the sales, in the order the documents show them."""

    DAY = "day"
    PLAN = "plan"
    CARRIER = "carrier"
    CARD_TYPE = "card_type"
    TENDER = "tender"
    CLERK = "clerk"


@dataclass(frozen=True)
class ReportRow:
    """One row of a breakdown (or the totals): amounts in cents.

    ``key`` is stable (an ISO date, a plan or carrier code, a card type, a tender, a
    username); ``name_zh`` and ``name_en`` are what a person reads.
    """

    key: str
    name_zh: str
    name_en: str
    count: int = 0
    gross: int = 0
    voided: int = 0
    refunded: int = 0

    @property
    def net(self) -> int:
        return self.gross - self.voided - self.refunded

    def name(self, chinese: bool) -> str:
        return (self.name_zh or self.name_en) if chinese else (self.name_en or self.name_zh)


@dataclass(frozen=True)
class SalesReport:
    """The sales from *date_from* to *date_to* (Hong Kong days, both included).

    ``counter_code`` is None for every counter of the shop. Each breakdown lists its rows
    in a fixed order: days in date order (every day of the range, even without sales),
    the others by net sales, largest first, then by key.
    """

    shop_code: str
    shop_name_zh: str
    shop_name_en: str
    date_from: date
    date_to: date
    counter_code: str | None
    counter_name: str
    made_at: datetime
    total: ReportRow
    breakdowns: Mapping[Breakdown, tuple[ReportRow, ...]] = field(default_factory=dict)

    def rows(self, breakdown: Breakdown | str) -> tuple[ReportRow, ...]:
        return self.breakdowns.get(Breakdown(breakdown), ())

    @property
    def days(self) -> int:
        return (self.date_to - self.date_from).days + 1
