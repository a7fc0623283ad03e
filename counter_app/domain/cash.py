"""The till's cash counted note by note and coin by coin: Hong Kong denominations in cents.

The HK$10 is both a note and a coin; they are one denomination (the same money), so a
count has one entry for it, however the screen lets the clerk count the two.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import ErrorCode, InputError

MAX_PIECES: Final = 99_999
"""The most notes or coins of one denomination a count accepts."""


class CashForm(StrEnum):
    NOTE = "note"
    COIN = "coin"


@dataclass(frozen=True)
class Denomination:
    """One kind of note or coin: its value in cents and whether it is a note or a coin."""

    cents: int
    form: CashForm

    @property
    def label(self) -> str:
        """ "HK$1,000", "HK$10", "50¢": how the clerk reads it off the note or coin."""
        return denomination_label(self.cents)


NOTES: Final = tuple(
    Denomination(cents, CashForm.NOTE) for cents in (100_000, 50_000, 10_000, 5_000, 2_000, 1_000)
)
COINS: Final = tuple(
    Denomination(cents, CashForm.COIN) for cents in (1_000, 500, 200, 100, 50, 20, 10)
)
PIECES: Final = NOTES + COINS
"""Every note and coin in the order a till is counted: notes, then coins, largest first."""
DENOMINATIONS: Final = tuple(sorted({piece.cents for piece in PIECES}, reverse=True))
"""The values a count is kept by, in cents, largest first (HK$10 once)."""


def denomination_label(cents: int) -> str:
    """ "HK$1,000" for a note's value, "50¢" for a coin under a dollar."""
    if cents < 100:
        return f"{cents}¢"
    return f"HK${cents // 100:,}"


def _pieces(cents: int, count: object) -> int:
    if isinstance(count, bool) or not isinstance(count, int):
        raise InputError(
            f"count the {denomination_label(cents)} as a whole number, not {count!r}",
            code=ErrorCode.CASH_COUNT,
            field=f"count_{cents}",
        )
    if not 0 <= count <= MAX_PIECES:
        raise InputError(
            f"the count of {denomination_label(cents)} must be from 0 to {MAX_PIECES:,}",
            code=ErrorCode.CASH_COUNT,
            field=f"count_{cents}",
        )
    return count


@dataclass(frozen=True)
class CashCount:
    """How many of each denomination are in the till (denominations counted 0 are left out).

    Build it with :meth:`of` (or :meth:`from_json`), which checks every entry.
    """

    pieces: tuple[tuple[int, int], ...]  # (cents, how many), largest first, none zero

    @classmethod
    def of(cls, counts: Mapping[int, int]) -> CashCount:
        """The count of *counts* (cents → how many). InputError ``cash.denomination`` for a
        value that is no Hong Kong note or coin, ``cash.count`` for a count that is not a
        whole number from 0 to 99,999.
        """
        checked: dict[int, int] = {}
        for cents, count in counts.items():
            if isinstance(cents, bool) or cents not in DENOMINATIONS:
                raise InputError(
                    f"{cents!r} cents is not a Hong Kong note or coin",
                    code=ErrorCode.CASH_DENOMINATION,
                    field="cash_count",
                )
            checked[cents] = _pieces(cents, count)
        return cls(tuple((c, checked[c]) for c in DENOMINATIONS if checked.get(c)))

    @classmethod
    def from_json(cls, stored: Mapping[str, int]) -> CashCount:
        """The count as stored: ``{"100000": 2, "50": 3}``."""
        counts: dict[int, int] = {}
        for key, count in stored.items():
            try:
                cents = int(key)
            except ValueError:
                raise InputError(
                    f"{key!r} is not a denomination in cents",
                    code=ErrorCode.CASH_DENOMINATION,
                    field="cash_count",
                ) from None
            counts[cents] = count
        return cls.of(counts)

    def as_json(self) -> dict[str, int]:
        """``{"100000": 2, ...}``: the denominations as text, for a JSON column."""
        return {str(cents): count for cents, count in self.pieces}

    def as_dict(self) -> dict[int, int]:
        return dict(self.pieces)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.pieces)

    def __len__(self) -> int:
        return len(self.pieces)

    @property
    def total(self) -> int:
        """The money counted, in cents."""
        return sum(cents * count for cents, count in self.pieces)


def count_of_pieces(counted: Iterable[tuple[Denomination, int]]) -> CashCount:
    """The count of each note and coin counted, HK$10 notes and coins added together."""
    merged: dict[int, int] = {}
    for piece, count in counted:
        merged[piece.cents] = merged.get(piece.cents, 0) + _pieces(piece.cents, count)
    return CashCount.of(merged)


def count_total(counts: Mapping[int, int]) -> int:
    """The cents in *counts* (checked as :meth:`CashCount.of` does)."""
    return CashCount.of(counts).total
