"""Free text the clerk types (a reason, a call's outcome, a payment reference).

It is kept, audited, backed up and sometimes printed, so it may not hold an identity
document number or a card number: those are only ever stored as a keyed hash and a masked
form, or as the card's last 4 digits.
"""

from __future__ import annotations

from counter_app.domain.errors import ErrorCode, InputError
from counter_app.domain.identity import personal_number_in
from counter_app.domain.text import clean_input


def free_text(text: str, *, field: str, max_length: int) -> str:
    """*text* cleaned (:func:`clean_input`), or InputError ``text.id_number`` /
    ``text.card_number`` when it holds an identity document or card number."""
    cleaned = clean_input(text, field=field, max_length=max_length)
    found = personal_number_in(cleaned)
    if found == "id":
        raise InputError(
            "leave the identity document number out: this text is kept and may be printed",
            code=ErrorCode.TEXT_ID_NUMBER,
            field=field,
        )
    if found == "card":
        raise InputError(
            "leave the card number out (the last 4 digits are enough): this text is kept "
            "and may be printed",
            code=ErrorCode.TEXT_CARD_NUMBER,
            field=field,
        )
    return cleaned
