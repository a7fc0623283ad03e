"""Cleaning what the clerk typed, scanned or pasted before any parser looks at it."""

from __future__ import annotations

import unicodedata
from typing import Final

from counter_app.domain.errors import ErrorCode, InputError

# NFKC can turn one character into up to 18 (U+FDFA), but nothing the counter parses needs
# more than a few characters per normalised one; anything longer is refused before the
# (linear, but not free) normalisation and scan.
_RAW_LENGTH_FACTOR: Final = 4


def clean_input(text: str, *, field: str, max_length: int) -> str:
    """Return ``text`` in NFKC form without outer whitespace, or raise :class:`InputError`.

    Full-width letters and digits from a Chinese input method become ASCII. Control
    characters (code ``text.control``), invisible format characters such as zero-width
    spaces and bidi overrides (code ``text.invisible``) and lone surrogates
    (``text.surrogate``) are refused, not silently dropped: they usually mean the text was
    pasted from somewhere it should not have been. More than
    ``max_length`` characters is ``text.too_long``. Outer whitespace, including the
    carriage return or tab a barcode scanner sends, is stripped first.

    Raises :class:`TypeError` if ``text`` is not a ``str`` (a programming error).
    """
    if not isinstance(text, str):
        raise TypeError(f"{field} must be given as str, not {type(text).__name__}")
    if len(text) > _RAW_LENGTH_FACTOR * max_length:
        raise _too_long(field, max_length)
    cleaned = unicodedata.normalize("NFKC", text).strip()
    for character in cleaned:
        category = unicodedata.category(character)
        if category == "Cf":
            raise InputError(
                f"The text contains an invisible character {_describe(character)}, probably "
                "from copying and pasting; delete it and type the text again.",
                code=ErrorCode.TEXT_INVISIBLE,
                field=field,
            )
        if category == "Cs":
            # A lone surrogate cannot be stored or printed as UTF-8.
            raise InputError(
                f"The text contains a broken character U+{ord(character):04X}; "
                "delete it and type the text again.",
                code=ErrorCode.TEXT_SURROGATE,
                field=field,
            )
        if category == "Cc":
            raise InputError(
                f"The text contains a control character {_describe(character)}; "
                "delete it and type the text again.",
                code=ErrorCode.TEXT_CONTROL,
                field=field,
            )
    if len(cleaned) > max_length:
        raise _too_long(field, max_length)
    return cleaned


def _too_long(field: str, max_length: int) -> InputError:
    return InputError(
        f"The text is too long: at most {max_length} characters are expected here.",
        code=ErrorCode.TEXT_TOO_LONG,
        field=field,
    )


def _describe(character: str) -> str:
    name = unicodedata.name(character, "")
    code_point = f"U+{ord(character):04X}"
    return f"{code_point} ({name})" if name else code_point
