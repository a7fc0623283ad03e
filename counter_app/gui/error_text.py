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
        "plan.code": QCoreApplication.translate(
            "ErrorText", "A code is 1-32 capital letters, digits, dashes or underscores."
        ),
        "plan.code_taken": QCoreApplication.translate(
            "ErrorText", "There is already a plan with this code."
        ),
        "plan.name": QCoreApplication.translate(
            "ErrorText", "Type the name in Chinese and in English."
        ),
        "plan.price": QCoreApplication.translate(
            "ErrorText", "The price is HK$0.01 to HK$100,000."
        ),
        "plan.months": QCoreApplication.translate(
            "ErrorText", "A renewal lasts 1 to 36 months; other plans have no months."
        ),
        "plan.credit": QCoreApplication.translate(
            "ErrorText", "A credit top-up must add credit; other plans add none."
        ),
        "plan.data": QCoreApplication.translate(
            "ErrorText", "A data add-on must add some data (up to 10,000,000 MB)."
        ),
        "plan.minutes": QCoreApplication.translate("ErrorText", "The minutes are 0 to 100,000."),
        "plan.card_types": QCoreApplication.translate(
            "ErrorText", "Tick at least one card type the plan is sold for."
        ),
        "plan.kind": QCoreApplication.translate("ErrorText", "Choose the kind of plan."),
        "plan.dates": QCoreApplication.translate(
            "ErrorText", "The first day is after the last day: check the dates."
        ),
        "plan.fixed": QCoreApplication.translate(
            "ErrorText", "A plan's carrier and kind cannot change: make a new plan instead."
        ),
        "plan.unknown": QCoreApplication.translate("ErrorText", "There is no plan with this code."),
        "promotion.code": QCoreApplication.translate(
            "ErrorText", "A code is 1-32 capital letters, digits, dashes or underscores."
        ),
        "promotion.code_taken": QCoreApplication.translate(
            "ErrorText", "There is already a promotion with this code."
        ),
        "promotion.name": QCoreApplication.translate(
            "ErrorText", "Type the name in Chinese and in English."
        ),
        "promotion.dates": QCoreApplication.translate(
            "ErrorText", "The first day is after the last day: check the dates."
        ),
        "promotion.discount_both": QCoreApplication.translate(
            "ErrorText", "Take either an amount or a percentage off, not both."
        ),
        "promotion.nothing": QCoreApplication.translate(
            "ErrorText", "The promotion gives the customer nothing: add a bonus or a discount."
        ),
        "promotion.percent": QCoreApplication.translate(
            "ErrorText", "The percentage off is 0 to 100."
        ),
        "promotion.discount": QCoreApplication.translate(
            "ErrorText", "The amount off is HK$0 to HK$100,000."
        ),
        "promotion.bonus": QCoreApplication.translate(
            "ErrorText",
            "A bonus is too large (data up to 10,000,000 MB, minutes 100,000, days 366).",
        ),
        "promotion.priority": QCoreApplication.translate("ErrorText", "The priority is 0 to 1000."),
        "promotion.plan_unknown": QCoreApplication.translate(
            "ErrorText", "A plan code in the list does not exist."
        ),
        "promotion.carrier_unknown": QCoreApplication.translate(
            "ErrorText", "A carrier code in the list does not exist."
        ),
        "promotion.card_types": QCoreApplication.translate("ErrorText", "Unknown card type."),
        "promotion.kinds": QCoreApplication.translate("ErrorText", "Unknown kind of plan."),
        "promotion.unknown": QCoreApplication.translate(
            "ErrorText", "There is no promotion with this code."
        ),
        "carrier.id_types": QCoreApplication.translate(
            "ErrorText", "Tick at least one identity document the carrier accepts."
        ),
        "carrier.hotline": QCoreApplication.translate(
            "ErrorText", "A hotline is digits, spaces and dashes, with an optional leading +."
        ),
        "carrier.days": QCoreApplication.translate(
            "ErrorText",
            "Grace and recycle days are 0 to 3,650, and recycling cannot come before "
            "the grace period ends.",
        ),
        "staff.self": QCoreApplication.translate(
            "ErrorText",
            "You cannot change your own role or deactivate yourself: ask another admin.",
        ),
        "staff.last_admin": QCoreApplication.translate(
            "ErrorText", "This is the last active admin: make another admin first."
        ),
        "staff.unknown": QCoreApplication.translate("ErrorText", "There is no such user."),
        "role.unknown": QCoreApplication.translate(
            "ErrorText", "Choose clerk, supervisor or admin."
        ),
        "history.text": QCoreApplication.translate(
            "ErrorText", "Type a phone number, or a receipt number such as DEMO-C1-000123."
        ),
        "history.dates": QCoreApplication.translate(
            "ErrorText", "The first date is after the last one."
        ),
        "history.clerk": QCoreApplication.translate(
            "ErrorText", "There is no member of staff with this username."
        ),
        "history.counter": QCoreApplication.translate("ErrorText", "There is no such counter."),
        "report.dates": QCoreApplication.translate(
            "ErrorText", "The start date is after the end date."
        ),
        "report.range_too_long": QCoreApplication.translate(
            "ErrorText", "A report covers at most two years: choose a shorter range."
        ),
        "shift.variance_reason": QCoreApplication.translate(
            "ErrorText", "A variance this large needs a reason: say why the cash is short or over."
        ),
        "shift.count_total": QCoreApplication.translate(
            "ErrorText", "The notes and coins counted do not add up to the total entered."
        ),
        "cash.count": QCoreApplication.translate(
            "ErrorText", "Count each note and coin as a whole number from 0 to 99,999."
        ),
        "cash.denomination": QCoreApplication.translate(
            "ErrorText", "That is not a Hong Kong note or coin."
        ),
        "shift.counted": QCoreApplication.translate(
            "ErrorText", "Enter the cash counted in the till."
        ),
        "shift.open_drafts": QCoreApplication.translate(
            "ErrorText", "A sale of this shift is unfinished: complete or abandon it first."
        ),
        "cash.amount": QCoreApplication.translate("ErrorText", "Enter the amount of cash moved."),
        "cash.reason": QCoreApplication.translate("ErrorText", "Say why the cash is moved."),
        "reminders.not_open": QCoreApplication.translate(
            "ErrorText",
            "This line is closed or recycled: there is nothing to remind its holder of.",
        ),
        "export.folder": QCoreApplication.translate(
            "ErrorText", "Choose a folder that exists and a file name."
        ),
        "settings.name_zh": QCoreApplication.translate(
            "ErrorText", "The shop's name cannot be empty."
        ),
        "settings.name_en": QCoreApplication.translate(
            "ErrorText", "The shop's name cannot be empty."
        ),
        "settings.address_zh": QCoreApplication.translate(
            "ErrorText", "This text has a character that cannot be printed, or is too long."
        ),
        "settings.address_en": QCoreApplication.translate(
            "ErrorText", "This text has a character that cannot be printed, or is too long."
        ),
        "settings.receipt_footer_zh": QCoreApplication.translate(
            "ErrorText", "This text has a character that cannot be printed, or is too long."
        ),
        "settings.receipt_footer_en": QCoreApplication.translate(
            "ErrorText", "This text has a character that cannot be printed, or is too long."
        ),
        "settings.phone": QCoreApplication.translate(
            "ErrorText", "A phone number has only digits, spaces and + - ( )."
        ),
        "settings.receipt_hotline": QCoreApplication.translate(
            "ErrorText", "A phone number has only digits, spaces and + - ( )."
        ),
        "settings.br_number": QCoreApplication.translate(
            "ErrorText", "A BR number has only letters, digits, spaces and -."
        ),
        "settings.receipt_logo_path": QCoreApplication.translate(
            "ErrorText", "There is no file at this path on this PC."
        ),
        "settings.cjk_font_path": QCoreApplication.translate(
            "ErrorText", "There is no file at this path on this PC."
        ),
        "settings.receipt_paper": QCoreApplication.translate(
            "ErrorText", "Choose 80 mm, 58 mm or A4."
        ),
        "settings.receipt_chinese": QCoreApplication.translate(
            "ErrorText", "Choose Traditional or Simplified Chinese."
        ),
        "settings.id_retention_months": QCoreApplication.translate(
            "ErrorText", "Keep identity data 1 to 84 months."
        ),
        "settings.low_stock_threshold": QCoreApplication.translate(
            "ErrorText", "Type a whole number from 0 to 100000."
        ),
        "settings.variance_reason_threshold": QCoreApplication.translate(
            "ErrorText", "Type an amount from 0 to 10,000.00."
        ),
        "settings.printer": QCoreApplication.translate(
            "ErrorText", "This printer name has a character that cannot be used."
        ),
        "settings.print_copies": QCoreApplication.translate("ErrorText", "Print 1 to 5 copies."),
        "settings.print_automatically": QCoreApplication.translate(
            "ErrorText", "Choose yes or no."
        ),
        "settings.language": QCoreApplication.translate(
            "ErrorText", "Choose a language from the list."
        ),
        "settings.idle_lock_minutes": QCoreApplication.translate(
            "ErrorText", "Lock after 1 to 120 minutes."
        ),
        "counter.unknown": QCoreApplication.translate(
            "ErrorText", "There is no such counter in this shop."
        ),
    }


def describe(error: InputError) -> str:
    """What to show the clerk for *error*, in the window's language."""
    return _texts().get(error.code, str(error))
