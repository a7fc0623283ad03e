"""Free text refuses identity document and card numbers, and only those."""

from __future__ import annotations

import pytest

from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.free_text import free_text
from counter_app.domain.identity import hkid_check_digit, personal_number_in
from counter_app.domain.tenders import reference

HKID = "A123456" + hkid_check_digit("A", "123456")  # A1234563
MAINLAND = "11010519491231002X"  # the standard's example, valid check digit
CARD = "4111 1111 1111 1111"  # a test card number: passes the Luhn check


@pytest.mark.parametrize(
    "text",
    [
        f"customer showed {HKID}",
        "holder A123456(3) forgot the card",
        "a123456 (3) said it was lost",
        f"ID {MAINLAND} expired",
        "card no. 11010519491231002x",
        "XY 987654 (" + hkid_check_digit("XY", "987654") + ")",
    ],
)
def test_an_identity_number_in_a_reason_is_refused(text: str) -> None:
    assert personal_number_in(text) == "id"
    with pytest.raises(InputError) as raised:
        free_text(text, field="reason", max_length=300)
    assert (raised.value.code, raised.value.field) == (ErrorCode.TEXT_ID_NUMBER, "reason")
    assert HKID not in str(raised.value) and "123456" not in str(raised.value)


@pytest.mark.parametrize("text", [CARD, "4111-1111-1111-1111", "paid by 4111111111111111"])
def test_a_card_number_in_free_text_is_refused(text: str) -> None:
    with pytest.raises(InputError) as raised:
        free_text(text, field="reference", max_length=60)
    assert raised.value.code is ErrorCode.TEXT_CARD_NUMBER


def test_a_card_number_typed_as_a_payment_reference_is_refused() -> None:
    # It was stored, and printed on the receipt as the FPS reference.
    with pytest.raises(InputError) as raised:
        reference(CARD.replace(" ", ""))
    assert (raised.value.code, raised.value.field) == (ErrorCode.TEXT_CARD_NUMBER, "reference")


@pytest.mark.parametrize(
    "text",
    [
        "customer forgot the ID card at home",
        "A123456(4) has the wrong check digit, so it is not an HKID",
        "FRN20261204000123456",  # an FPS reference: letters and 17 digits, not a card
        "4111 1111 1111 1112",  # fails the Luhn check
        "called 9123 4567, no answer",
        "coins from the bank HK$1,000",
        "Octopus 12345678",
    ],
)
def test_ordinary_text_is_kept(text: str) -> None:
    assert personal_number_in(text) == ""
    assert free_text(text, field="reason", max_length=300) == text
