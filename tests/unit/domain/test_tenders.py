"""The payment rules the sale service and the payment panel share (domain.tenders)."""

from __future__ import annotations

import pytest

from counter_app.domain import tenders
from counter_app.domain.errors import InputError
from counter_app.domain.money import MAX_AMOUNT
from counter_app.domain.tenders import Tender, TenderKind, check_tender

CASH, CARD, FPS = TenderKind.CASH, TenderKind.CARD, TenderKind.FPS


def refused(tender: Tender) -> tuple[str, str]:
    with pytest.raises(InputError) as caught:
        check_tender(tender)
    return caught.value.code, caught.value.field


def test_a_checked_tender_holds_what_is_recorded() -> None:
    assert check_tender(Tender(CASH, 4_800)) == Tender(CASH, 4_800, tendered=4_800)
    cash = check_tender(Tender(CASH, 4_800, tendered=10_000))
    assert (cash.handed_over, cash.change) == (10_000, 5_200)
    card = check_tender(Tender(CARD, 4_800, card_last4=" ４２４２ ", approval_code="a1b2c3"))
    assert (card.card_last4, card.approval_code, card.tendered) == ("4242", "A1B2C3", None)
    assert check_tender(Tender(FPS, 4_800, reference=" FRN-2026/11 ")).reference == "FRN-2026/11"
    assert check_tender(Tender(FPS, 4_800, tendered=4_800, reference="FRN1")).change == 0


@pytest.mark.parametrize(
    ("tender", "code", "field"),
    [
        (Tender(CASH, 0), "payment.amount", ""),
        (Tender(CASH, -100), "payment.amount", ""),
        (Tender(CASH, MAX_AMOUNT + 1), "payment.amount", ""),
        (Tender(CASH, 5_000, tendered=4_999), "payment.cash_short", "cash_tendered"),
        (Tender(CASH, 5_000, tendered=MAX_AMOUNT + 1), "payment.cash_large", ""),
        (Tender(FPS, 5_000, tendered=6_000, reference="FRN1"), "payment.change_non_cash", ""),
        (
            Tender(CARD, 5_000, card_last4="42", approval_code="1234"),
            "payment.card_last4",
            "card_last4",
        ),
        (
            Tender(CARD, 5_000, card_last4="٤٢٤٢", approval_code="1234"),
            "payment.card_last4",
            "card_last4",
        ),
        (
            Tender(CARD, 5_000, card_last4="4242", approval_code="1"),
            "payment.approval_code",
            "approval_code",
        ),
        (
            Tender(CARD, 5_000, card_last4="123456789", approval_code="1"),
            "text.too_long",
            "card_last4",
        ),
        (Tender(FPS, 5_000, reference="ab"), "payment.reference", "reference"),
        (Tender(FPS, 5_000, reference="=HYPERLINK(x)"), "payment.reference", "reference"),
    ],
)
def test_each_rule_names_its_code_and_input(tender: Tender, code: str, field: str) -> None:
    assert refused(tender) == (code, field)


def test_card_inputs_are_both_cleaned_before_either_is_checked() -> None:
    """As the sale service always did: bad characters in the approval code come first."""
    assert refused(Tender(CARD, 5_000, card_last4="42", approval_code="12\x0034")) == (
        "text.control",
        "approval_code",
    )


def test_an_amount_must_be_int_cents() -> None:
    with pytest.raises(TypeError):
        check_tender(Tender(CASH, 48.0))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tenders.check_amount(True)


def test_the_single_inputs_are_checked_as_the_whole_tender() -> None:
    assert tenders.cash_tendered(5_000, None) == 5_000
    assert tenders.cash_tendered(5_000, 5_000) == 5_000
    assert tenders.card_last4("4242") == "4242"
    assert tenders.approval_code("ab12") == "AB12"
    assert tenders.reference("OCT12345") == "OCT12345"
    for check, text in (
        (tenders.card_last4, "42a2"),
        (tenders.approval_code, "ab 12"),
        (tenders.reference, "-abc"),
    ):
        with pytest.raises(InputError) as caught:
            check(text)
        assert caught.value.code.startswith("payment.")


def test_every_tender_has_a_chinese_and_an_english_name() -> None:
    assert set(tenders.TENDER_NAMES) == set(TenderKind)
    assert all(zh and en for zh, en in tenders.TENDER_NAMES.values())
