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
        "id.type": QCoreApplication.translate("ErrorText", "Choose the kind of document."),
        "id.mo_id.format": QCoreApplication.translate(
            "ErrorText", "A Macao ID number is 1, 5 or 7, 6 digits and a check digit."
        ),
        "id.eep.format": QCoreApplication.translate(
            "ErrorText", "An Exit-Entry Permit number is C and 8 more characters, e.g. C12345678."
        ),
        "id.hrp.format": QCoreApplication.translate(
            "ErrorText", "A Home Return Permit number is H or M and 8 digits, e.g. H12345678."
        ),
        "id.passport.format": QCoreApplication.translate(
            "ErrorText", "A passport number is 5 to 9 letters and digits, with at least one digit."
        ),
        "id.passport.country": QCoreApplication.translate(
            "ErrorText",
            "Type the passport's 3-letter issuing country, e.g. CHN (also HKSAR), GBR, PHL.",
        ),
        "id.cn_ric.format": QCoreApplication.translate(
            "ErrorText", "A mainland ID number is 17 digits and a check digit (0-9 or X)."
        ),
        "id.cn_ric.check_digit": QCoreApplication.translate(
            "ErrorText",
            "The mainland ID number's last character does not match: check each digit.",
        ),
        "id.cn_ric.birth_date": QCoreApplication.translate(
            "ErrorText",
            "Characters 7 to 14 of a mainland ID number are not a real date of birth.",
        ),
        "id.cn_ric.region": QCoreApplication.translate(
            "ErrorText", "The first 6 digits of the mainland ID number are not a known region."
        ),
        "iccid.empty": QCoreApplication.translate(
            "ErrorText", "Type or scan the SIM card number (ICCID)."
        ),
        "text.surrogate": QCoreApplication.translate(
            "ErrorText", "The text holds a broken character: type it again."
        ),
        "holder.name": QCoreApplication.translate(
            "ErrorText", "Type the holder's name as on the document, in English or Chinese."
        ),
        "holder.name_en": QCoreApplication.translate(
            "ErrorText",
            "The English name may hold only letters, spaces, hyphens, commas and apostrophes.",
        ),
        "holder.name_zh": QCoreApplication.translate(
            "ErrorText", "The Chinese name may hold only Chinese characters."
        ),
        "holder.date_of_birth": QCoreApplication.translate(
            "ErrorText", "The date of birth must be a past date, after 1900."
        ),
        "holder.date_of_birth_missing": QCoreApplication.translate(
            "ErrorText", "Type the date of birth as on the document."
        ),
        "holder.date_of_birth_format": QCoreApplication.translate(
            "ErrorText", "Not a real date: type it as DD/MM/YYYY or YYYY-MM-DD, e.g. 04/05/1990."
        ),
        "carrier.unknown": QCoreApplication.translate("ErrorText", "Choose the carrier."),
        "registration.card_type": QCoreApplication.translate("ErrorText", "Choose the card type."),
        "registration.plan": QCoreApplication.translate(
            "ErrorText", "Choose the first plan for the new card."
        ),
        "registration.secondary": QCoreApplication.translate(
            "ErrorText", "A China–HK dual card needs its mainland number; other cards have none."
        ),
        "registration.limit": QCoreApplication.translate(
            "ErrorText",
            "This document already holds as many prepaid SIM cards with this carrier as one "
            "person may have.",
        ),
        "registration.msisdn_taken": QCoreApplication.translate(
            "ErrorText", "This number already belongs to a line: check the number on the SIM pack."
        ),
        "registration.iccid_taken": QCoreApplication.translate(
            "ErrorText", "This SIM card is already registered: take another card."
        ),
        "sale.abandoned": QCoreApplication.translate(
            "ErrorText", "This sale was given up: continue again to start a new one."
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
