"""A shift's figures, as the X and Z reports print them and the shift tab shows them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from counter_app.domain.cash import CashCount
from counter_app.domain.drawer import DrawerKind, NoSaleOpening
from counter_app.domain.tenders import TenderKind

# The kinds of sale a shift report counts, in the order it lists them: a line sale by the
# kind of its plan, the others by the kind of sale.
SALE_KINDS: Final = ("renewal", "credit_topup", "data_addon", "new_sim", "voucher")


@dataclass(frozen=True)
class KindFigures:
    """How many sales of one kind a shift took, and for how much."""

    count: int
    amount: int


@dataclass(frozen=True)
class DrawerFigures:
    """How often the cash drawer was opened in a shift, by why; the no-sale ones listed.

    ``by_kind`` has every :class:`DrawerKind` (0 when none); ``not_sent`` counts the
    openings whose pulse the printer's queue did not take (the clerk opened it by key).
    """

    by_kind: dict[str, int] = field(default_factory=lambda: {kind.value: 0 for kind in DrawerKind})
    not_sent: int = 0
    no_sale: list[NoSaleOpening] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


@dataclass(frozen=True)
class TenderFigures:
    """One tender in a shift: what it took, what voids and refunds gave back by it, the net.

    The net is what the tender's own statement (the bank's for FPS, the terminal's for
    cards and Octopus, the e-wallet's) should show for the shift.
    """

    taken: int
    given_back: int

    @property
    def net(self) -> int:
        return self.taken - self.given_back


def _tender_order(tender: str) -> tuple[int, str]:
    kinds = [kind.value for kind in TenderKind]
    return (kinds.index(tender) if tender in kinds else len(kinds), tender)


@dataclass(frozen=True)
class ShiftFigures:
    """The X report's numbers (and the Z report's, once closed).

    Sales, ``by_kind`` and ``by_tender`` count every sale the shift took, reversed later or
    not; ``void_amount`` and ``refund_amount`` are the reversals made during this shift
    (a refund reverses a sale of an earlier shift). ``cash_takings`` is what cash payments
    received: ``cash_tendered - change_given``.
    """

    shift_id: int
    counter_id: int
    opened_by: int
    opened_at: datetime
    float_amount: int
    sales_count: int
    sales_total: int
    by_tender: dict[str, int]
    cash_takings: int
    cash_returned: int
    cash_in: int
    cash_out: int
    expected_cash: int
    voids: int
    refunds: int
    closed_at: datetime | None = None
    counted: int | None = None
    variance: int | None = None
    variance_reason: str = ""
    movements: list[tuple[datetime, int, str]] = field(default_factory=list)
    closed_by: int | None = None
    by_kind: dict[str, KindFigures] = field(default_factory=dict)
    cash_tendered: int = 0
    change_given: int = 0
    void_amount: int = 0
    refund_amount: int = 0
    cash_count: CashCount | None = None
    given_back_by_tender: dict[str, int] = field(default_factory=dict)
    # The shift's sales (not voided or refunded) that the carrier has not yet confirmed
    # applying (waiting, on their way, unknown or failed): as read with the figures, so a
    # Z report printed again later may show fewer.
    unconfirmed_sales: int = 0
    drawer: DrawerFigures = field(default_factory=DrawerFigures)

    @property
    def tenders(self) -> dict[str, TenderFigures]:
        """Each tender the shift took or gave back by, in the tenders' order."""
        names = sorted(set(self.by_tender) | set(self.given_back_by_tender), key=_tender_order)
        return {
            name: TenderFigures(self.by_tender.get(name, 0), self.given_back_by_tender.get(name, 0))
            for name in names
        }

    @property
    def given_back(self) -> int:
        """Everything the shift's voids and refunds gave back, all tenders."""
        return sum(self.given_back_by_tender.values())

    @property
    def net_sales(self) -> int:
        """Sales taken, less the voids and refunds made in this shift."""
        return self.sales_total - self.void_amount - self.refund_amount
