"""The clerk's-language text for the core's InputError codes.

The core raises InputError with an English message and a stable ``code``; the window shows
the translation of the code when it has one, and the core's English message otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import InputError


def _texts() -> dict[str, str]:
    # Built on each call: the language can change while the program runs.
    return {
        "auth.failed": QCoreApplication.translate("ErrorText", "Wrong username or password."),
        "auth.locked": QCoreApplication.translate(
            "ErrorText",
            "This account is locked after 5 wrong passwords. A supervisor can unlock it.",
        ),
        "auth.approver_role": QCoreApplication.translate(
            "ErrorText", "This needs a supervisor's own username and password."
        ),
        "auth.not_allowed": QCoreApplication.translate(
            "ErrorText", "Your role does not allow this."
        ),
        "shift.not_open": QCoreApplication.translate(
            "ErrorText", "No shift is open at this counter: open one with the float."
        ),
        "shift.float": QCoreApplication.translate("ErrorText", "Enter the cash float in the till."),
        "shift.already_open": QCoreApplication.translate(
            "ErrorText", "A shift is already open at this counter."
        ),
        "search.empty": QCoreApplication.translate(
            "ErrorText", "Type or scan a phone number or SIM card number."
        ),
        "line.not_found": QCoreApplication.translate(
            "ErrorText", "No line has this number or SIM card."
        ),
        "sale.unknown": QCoreApplication.translate(
            "ErrorText", "No sale has this receipt number in this shop."
        ),
        "phone.empty": QCoreApplication.translate(
            "ErrorText", "Type a mobile number, e.g. 9123 4567."
        ),
        "phone.invalid": QCoreApplication.translate(
            "ErrorText", "This is not a mobile number: check the digits."
        ),
        "phone.format": QCoreApplication.translate(
            "ErrorText", "A phone number has only digits, spaces, hyphens and a leading +."
        ),
        "phone.digits": QCoreApplication.translate(
            "ErrorText", "Type the number with the digits 0-9."
        ),
        "phone.region": QCoreApplication.translate(
            "ErrorText", "Only Hong Kong, Macau and mainland numbers are served here."
        ),
        "phone.not_mobile": QCoreApplication.translate(
            "ErrorText", "This is not a mobile number (fixed line or service number)."
        ),
        "iccid.format": QCoreApplication.translate(
            "ErrorText", "A SIM card number has 19 or 20 digits starting with 89."
        ),
        "iccid.check_digit": QCoreApplication.translate(
            "ErrorText", "The SIM card number's last digit does not match: scan again."
        ),
        "text.invisible": QCoreApplication.translate(
            "ErrorText", "The text holds invisible characters: type it again."
        ),
        "text.control": QCoreApplication.translate(
            "ErrorText", "The text holds control characters: type it again."
        ),
        "text.too_long": QCoreApplication.translate("ErrorText", "The text is too long."),
        "identity.photo": QCoreApplication.translate(
            "ErrorText", "Confirm that the photo on the document matches the customer."
        ),
        "identity.type_not_accepted": QCoreApplication.translate(
            "ErrorText", "This carrier does not accept this document type."
        ),
        "identity.required": QCoreApplication.translate(
            "ErrorText", "Check the customer's identity document first."
        ),
        "id.empty": QCoreApplication.translate("ErrorText", "Type the document number."),
        "id.hkid.format": QCoreApplication.translate(
            "ErrorText", "An HKID is 1 or 2 letters, 6 digits and a check digit."
        ),
        "id.hkid.check_digit": QCoreApplication.translate(
            "ErrorText",
            "The HKID check digit does not match: check each character against the card.",
        ),
        "override.reason": QCoreApplication.translate(
            "ErrorText", "Write the reason for the override."
        ),
        "plan.recycled": QCoreApplication.translate(
            "ErrorText", "This number was recycled by the carrier: sell a new SIM instead."
        ),
        "plan.not_available": QCoreApplication.translate(
            "ErrorText", "This plan is not offered for this line."
        ),
        "money.empty": QCoreApplication.translate(
            "ErrorText", "Type an amount, e.g. 100 or 100.50."
        ),
        "money.decimals": QCoreApplication.translate(
            "ErrorText", "At most 2 decimal places (cents)."
        ),
        "money.negative": QCoreApplication.translate("ErrorText", "The amount cannot be negative."),
        "money.too_large": QCoreApplication.translate("ErrorText", "The amount is too large."),
        "money.format": QCoreApplication.translate(
            "ErrorText", "Type the amount as digits, e.g. 100 or 100.50."
        ),
        "money.exponent": QCoreApplication.translate(
            "ErrorText", "Type the amount as digits, e.g. 100 or 100.50."
        ),
        "money.not_a_number": QCoreApplication.translate(
            "ErrorText", "Type the amount as digits, e.g. 100 or 100.50."
        ),
        "money.digits": QCoreApplication.translate(
            "ErrorText", "Type the amount with the digits 0-9."
        ),
        "money.zero": QCoreApplication.translate(
            "ErrorText", "The amount must be more than HK$0.00."
        ),
        "payment.total_mismatch": QCoreApplication.translate(
            "ErrorText", "The payments do not add up to the total."
        ),
        "payment.cash_short": QCoreApplication.translate(
            "ErrorText", "The cash handed over is less than the amount."
        ),
        "payment.card_last4": QCoreApplication.translate(
            "ErrorText", "Enter the last 4 digits of the card from the terminal slip."
        ),
        "payment.approval_code": QCoreApplication.translate(
            "ErrorText", "Enter the approval code from the terminal slip."
        ),
        "payment.reference": QCoreApplication.translate(
            "ErrorText", "Enter the transaction reference (4-40 letters or digits)."
        ),
        "payment.missing": QCoreApplication.translate("ErrorText", "Take the payment first."),
        "voucher.out_of_stock": QCoreApplication.translate(
            "ErrorText", "No voucher of this value is left in stock."
        ),
    }


def describe(error: InputError) -> str:
    """What to show the clerk for *error*, in the window's language."""
    return _texts().get(error.code, str(error))
