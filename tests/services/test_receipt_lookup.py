"""Telling a scanned receipt number from a phone number in the one search box."""

from __future__ import annotations

import pytest

from counter_app.domain.sales import looks_like_receipt_no


@pytest.mark.parametrize(
    "text",
    ["DEMO-C1-000001", "demo-c1-000001", " MK01-C2-001234 ", "ＤＥＭＯ-Ｃ1-000001", "01-02-000123"],
)
def test_receipt_numbers_are_recognised(text: str) -> None:
    assert looks_like_receipt_no(text)


@pytest.mark.parametrize(
    "text",
    [
        "9600 0003",
        "9600-0003",
        "+852 9600-0003",
        "+852-9600-0003",
        "89852000000000000003",
        "DEMO-C1-12345",  # too short a sequence
        "DEMO C1 000001",
        "",
        "a\u200b-b-000001",
    ],
)
def test_phone_numbers_and_cards_are_not_receipts(text: str) -> None:
    assert not looks_like_receipt_no(text)
