"""The till counted by denomination: Hong Kong notes and coins, totals, what a count refuses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.domain.cash import (
    COINS,
    DENOMINATIONS,
    MAX_PIECES,
    NOTES,
    PIECES,
    CashCount,
    CashForm,
    count_of_pieces,
    count_total,
    denomination_label,
)
from counter_app.domain.errors import InputError


def test_the_hong_kong_notes_and_coins() -> None:
    assert [note.cents for note in NOTES] == [100_000, 50_000, 10_000, 5_000, 2_000, 1_000]
    assert [coin.cents for coin in COINS] == [1_000, 500, 200, 100, 50, 20, 10]
    assert all(note.form is CashForm.NOTE for note in NOTES)
    assert all(coin.form is CashForm.COIN for coin in COINS)
    assert PIECES == NOTES + COINS
    # HK$10 is a note and a coin, one denomination.
    assert DENOMINATIONS == (
        100_000,
        50_000,
        10_000,
        5_000,
        2_000,
        1_000,
        500,
        200,
        100,
        50,
        20,
        10,
    )


@pytest.mark.parametrize(
    ("cents", "label"),
    [
        (100_000, "HK$1,000"),
        (50_000, "HK$500"),
        (1_000, "HK$10"),
        (100, "HK$1"),
        (50, "50¢"),
        (10, "10¢"),
    ],
)
def test_labels_as_read_off_the_note_or_coin(cents: int, label: str) -> None:
    assert denomination_label(cents) == label


def test_a_count_adds_up_in_cents() -> None:
    count = CashCount.of({100_000: 2, 10_000: 3, 1_000: 4, 50: 3, 10: 7, 20: 0})
    assert count.total == 200_000 + 30_000 + 4_000 + 150 + 70 == 234_220
    # Largest first, nothing counted 0.
    assert list(count) == [(100_000, 2), (10_000, 3), (1_000, 4), (50, 3), (10, 7)]
    assert len(count) == 5
    assert count.as_json() == {"100000": 2, "10000": 3, "1000": 4, "50": 3, "10": 7}
    assert CashCount.from_json(count.as_json()) == count
    assert count_total({500: 1, 200: 2}) == 900
    assert CashCount.of({}).total == 0 and CashCount.of({100: 0}).as_json() == {}


def test_hk10_notes_and_coins_are_counted_together() -> None:
    note = next(p for p in NOTES if p.cents == 1_000)
    coin = next(p for p in COINS if p.cents == 1_000)
    count = count_of_pieces([(note, 3), (coin, 4), (COINS[-1], 5)])
    assert count.as_dict() == {1_000: 7, 10: 5}
    assert count.total == 7_050


@pytest.mark.parametrize(
    ("counts", "code", "field"),
    [
        ({100_000: -1}, "cash.count", "count_100000"),
        ({50: MAX_PIECES + 1}, "cash.count", "count_50"),
        ({50: 1.0}, "cash.count", "count_50"),
        ({50: "3"}, "cash.count", "count_50"),
        ({50: True}, "cash.count", "count_50"),
        ({2_500: 1}, "cash.denomination", "cash_count"),
        ({5: 1}, "cash.denomination", "cash_count"),
        ({True: 1}, "cash.denomination", "cash_count"),
    ],
)
def test_a_count_refuses_what_is_not_whole_pieces_of_real_money(
    counts: dict[int, object], code: str, field: str
) -> None:
    with pytest.raises(InputError) as refused:
        CashCount.of(counts)  # type: ignore[arg-type]
    assert (refused.value.code, refused.value.field) == (code, field)


def test_stored_keys_must_be_cents() -> None:
    with pytest.raises(InputError) as refused:
        CashCount.from_json({"HK$10": 1})
    assert refused.value.code == "cash.denomination"


def test_the_largest_count_is_accepted() -> None:
    assert CashCount.of({10: MAX_PIECES}).total == MAX_PIECES * 10


@settings(max_examples=200, deadline=None, database=None)
@given(st.dictionaries(st.sampled_from(DENOMINATIONS), st.integers(0, MAX_PIECES)))
def test_the_total_is_the_sum_of_each_denomination(counts: dict[int, int]) -> None:
    count = CashCount.of(counts)
    assert count.total == sum(cents * pieces for cents, pieces in counts.items())
    assert isinstance(count.total, int)
    assert CashCount.from_json(count.as_json()).total == count.total
