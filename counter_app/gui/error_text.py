"""The clerk's-language text of every ErrorCode: one table, translated when shown.

The core raises InputError (and some OutsideErrors) with an English message and an
:class:`~counter_app.domain.errors.ErrorCode`; the window shows the code's text in the
clerk's language, filled in with the error's ``params``, and the core's English message only
for an error that has no code. ``tests/gui/test_error_text.py`` fails when a code has no
text of its own in en, zh_HK or zh_CN.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from counter_app import log
from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.domain.money import MAX_AMOUNT, format_money

CONTEXT: Final = "ErrorText"

# English source texts, marked for lupdate and translated at lookup (the language can change
# while the program runs). "{name}" is filled from the error's params. QT_TRANSLATE_NOOP
# returns its text unchanged; PySide6 types it as object.
_TEXTS: Final[Mapping[ErrorCode, object]] = {
    ErrorCode.INPUT: QT_TRANSLATE_NOOP(
        "ErrorText", "This cannot be done as typed: check it and try again."
    ),
    ErrorCode.AUTH_APPROVER_ROLE: QT_TRANSLATE_NOOP(
        "ErrorText", "This needs a supervisor's own username and password."
    ),
    ErrorCode.AUTH_FAILED: QT_TRANSLATE_NOOP("ErrorText", "Wrong username or password."),
    ErrorCode.AUTH_LOCKED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This account is locked after {failures} wrong passwords in a day. A supervisor can "
        "unlock it.",
    ),
    ErrorCode.AUTH_LOCKED_FOR: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This account is locked for {minutes} minutes after {failures} wrong passwords, until "
        "{until}. A supervisor can unlock it sooner.",
    ),
    ErrorCode.AUTH_MUST_CHANGE: QT_TRANSLATE_NOOP(
        "ErrorText", "Your password was reset: choose your own password before you go on."
    ),
    ErrorCode.AUTH_NOT_ALLOWED: QT_TRANSLATE_NOOP("ErrorText", "Your role does not allow this."),
    ErrorCode.AUTH_THROTTLED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Too many sign-ins with unknown usernames at this counter: wait {seconds} seconds, "
        "then try again.",
    ),
    ErrorCode.BACKUP_EXISTS: QT_TRANSLATE_NOOP(
        "ErrorText", "A file with this name already exists: choose a new file name or a folder."
    ),
    ErrorCode.BACKUP_FOLDER: QT_TRANSLATE_NOOP(
        "ErrorText", "This folder does not exist: choose a folder that exists."
    ),
    ErrorCode.BACKUP_SAME: QT_TRANSLATE_NOOP(
        "ErrorText", "The backup cannot be written over the database itself: choose another file."
    ),
    ErrorCode.CARRIER_DAYS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Grace and recycle days are 0 to 3,650, and recycling cannot come before the grace "
        "period ends.",
    ),
    ErrorCode.CARRIER_HOTLINE: QT_TRANSLATE_NOOP(
        "ErrorText", "A hotline is digits, spaces and dashes, with an optional leading +."
    ),
    ErrorCode.CARRIER_ID_TYPES: QT_TRANSLATE_NOOP(
        "ErrorText", "Tick at least one identity document the carrier accepts."
    ),
    ErrorCode.CARRIER_INVALID: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This carrier's details are not valid: check its code, grace days and recycle days in "
        "the back office.",
    ),
    ErrorCode.CARRIER_PROVIDER: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Choose who applies this carrier's sales: the clerk on the carrier's portal, or DT One.",
    ),
    ErrorCode.CARRIER_UNKNOWN: QT_TRANSLATE_NOOP("ErrorText", "Choose the carrier."),
    ErrorCode.CASH_AMOUNT: QT_TRANSLATE_NOOP("ErrorText", "Enter the amount of cash moved."),
    ErrorCode.CASH_COUNT: QT_TRANSLATE_NOOP(
        "ErrorText", "Count each note and coin as a whole number from 0 to 99,999."
    ),
    ErrorCode.CASH_DENOMINATION: QT_TRANSLATE_NOOP(
        "ErrorText", "That is not a Hong Kong note or coin."
    ),
    ErrorCode.CASH_REASON: QT_TRANSLATE_NOOP("ErrorText", "Say why the cash is moved."),
    ErrorCode.COUNTER_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorText", "There is no such counter in this shop."
    ),
    ErrorCode.DATABASE_SCHEMA: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database belongs to another version of Counter: ask the administrator to update "
        "Counter or the database.",
    ),
    ErrorCode.DATABASE_BUSY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database is busy with another counter's work. Wait a moment, then retry.",
    ),
    ErrorCode.DATABASE_DAMAGED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database file is damaged. Stop using this counter and restore the latest "
        "backup (ask the shop owner).",
    ),
    ErrorCode.DATABASE_FULL: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database's disk is full. Free some space (or ask the shop owner), then retry.",
    ),
    ErrorCode.DATABASE_READ_ONLY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database cannot be written to (it is read-only). Ask the shop owner, then retry.",
    ),
    ErrorCode.DATABASE_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The database is not answering. Check the network or the shop's server, then retry.",
    ),
    ErrorCode.DEMO_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Demo data goes only into an empty database: this one already has carriers or lines.",
    ),
    ErrorCode.DRAWER_NONE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This counter has no cash drawer: a supervisor chooses its printer in the settings.",
    ),
    ErrorCode.DRAWER_NO_QUEUE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The cash drawer did not open: there is no printer {printer} on this PC. Open it "
        "with its key.",
    ),
    ErrorCode.DRAWER_REASON: QT_TRANSLATE_NOOP(
        "ErrorText", "Say why the drawer is opened without a sale."
    ),
    ErrorCode.DRAWER_REFUSED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The cash drawer did not open: the printer {printer} did not answer. Is it on? "
        "Open the drawer with its key.",
    ),
    ErrorCode.EXPORT_DATES: QT_TRANSLATE_NOOP("ErrorText", "The start date is after the end date."),
    ErrorCode.EXPORT_FOLDER: QT_TRANSLATE_NOOP(
        "ErrorText", "Choose a folder that exists and a file name."
    ),
    ErrorCode.FILE_READ: QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} cannot be read: check that it is still there and not open in another program.",
    ),
    ErrorCode.FILE_WRITE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Not saved: {path} cannot be written. Choose another folder, or check that the disk "
        "is not full.",
    ),
    ErrorCode.HISTORY_CLERK: QT_TRANSLATE_NOOP(
        "ErrorText", "There is no member of staff with this username."
    ),
    ErrorCode.HISTORY_COUNTER: QT_TRANSLATE_NOOP("ErrorText", "There is no such counter."),
    ErrorCode.HISTORY_DATES: QT_TRANSLATE_NOOP(
        "ErrorText", "The first date is after the last one."
    ),
    ErrorCode.HISTORY_TEXT: QT_TRANSLATE_NOOP(
        "ErrorText", "Type a phone number, or a receipt number such as DEMO-C1-000123."
    ),
    ErrorCode.HOLDER_DATE_OF_BIRTH: QT_TRANSLATE_NOOP(
        "ErrorText", "The date of birth must be a past date, after 1900."
    ),
    ErrorCode.HOLDER_DATE_OF_BIRTH_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "Not a real date: type it as DD/MM/YYYY or YYYY-MM-DD, e.g. 04/05/1990."
    ),
    ErrorCode.HOLDER_DATE_OF_BIRTH_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText", "Type the date of birth as on the document."
    ),
    ErrorCode.HOLDER_NAME: QT_TRANSLATE_NOOP(
        "ErrorText", "Type the holder's name as on the document, in English or Chinese."
    ),
    ErrorCode.HOLDER_NAME_EN: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The English name may hold only letters, spaces, hyphens, commas and apostrophes.",
    ),
    ErrorCode.HOLDER_NAME_ZH: QT_TRANSLATE_NOOP(
        "ErrorText", "The Chinese name may hold only Chinese characters."
    ),
    ErrorCode.ICCID_CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "ErrorText", "The SIM card number's last digit does not match: scan again."
    ),
    ErrorCode.ICCID_EMPTY: QT_TRANSLATE_NOOP(
        "ErrorText", "Type or scan the SIM card number (ICCID)."
    ),
    ErrorCode.ICCID_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "A SIM card number has 19 or 20 digits starting with 89."
    ),
    ErrorCode.ID_CN_RIC_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "ErrorText", "Characters 7 to 14 of a mainland ID number are not a real date of birth."
    ),
    ErrorCode.ID_CN_RIC_BIRTH_FUTURE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The date of birth in a mainland ID number (characters 7 to 14) is after today: "
        "check each digit against the card.",
    ),
    ErrorCode.ID_CN_RIC_CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "ErrorText", "The mainland ID number's last character does not match: check each digit."
    ),
    ErrorCode.ID_CN_RIC_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "A mainland ID number is 17 digits and a check digit (0-9 or X)."
    ),
    ErrorCode.ID_CN_RIC_REGION: QT_TRANSLATE_NOOP(
        "ErrorText", "The first 6 digits of the mainland ID number are not a known region."
    ),
    ErrorCode.ID_EEP_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "An Exit-Entry Permit number is C and 8 more characters, e.g. C12345678."
    ),
    ErrorCode.ID_EMPTY: QT_TRANSLATE_NOOP("ErrorText", "Type the document number."),
    ErrorCode.ID_HKID_CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "ErrorText", "The HKID check digit does not match: check each character against the card."
    ),
    ErrorCode.ID_HKID_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "An HKID is 1 or 2 letters, 6 digits and a check digit."
    ),
    ErrorCode.ID_HRP_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "A Home Return Permit number is H or M and 8 digits, e.g. H12345678."
    ),
    ErrorCode.ID_MO_ID_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "A Macao ID number is 1, 5 or 7, 6 digits and a check digit."
    ),
    ErrorCode.ID_PASSPORT_COUNTRY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Type the passport's 3-letter issuing country, e.g. CHN (also HKSAR), GBR, PHL.",
    ),
    ErrorCode.ID_PASSPORT_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "A passport number is 5 to 9 letters and digits, with at least one digit."
    ),
    ErrorCode.ID_TYPE: QT_TRANSLATE_NOOP("ErrorText", "Choose the kind of document."),
    ErrorCode.IDENTITY_PHOTO: QT_TRANSLATE_NOOP(
        "ErrorText", "Confirm that the photo on the document matches the customer."
    ),
    ErrorCode.IDENTITY_REQUIRED: QT_TRANSLATE_NOOP(
        "ErrorText", "Check the customer's identity document first."
    ),
    ErrorCode.IDENTITY_TYPE_NOT_ACCEPTED: QT_TRANSLATE_NOOP(
        "ErrorText", "This carrier does not accept this document type."
    ),
    ErrorCode.IMPORT_AUTO_RENEW: QT_TRANSLATE_NOOP(
        "ErrorText", "Auto-renew is yes or no (also true/false or 1/0; empty means no)."
    ),
    ErrorCode.IMPORT_CONFLICT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Another counter added some of the same numbers, SIM cards or vouchers during the "
        "import. Nothing was imported: import the file again to see which rows.",
    ),
    ErrorCode.IMPORT_CSV: QT_TRANSLATE_NOOP(
        "ErrorText", "This row is not well-formed CSV: check the double quotes."
    ),
    ErrorCode.IMPORT_DATE: QT_TRANSLATE_NOOP(
        "ErrorText", "Write the date as YYYY-MM-DD, e.g. 2026-11-21, and make it a real date."
    ),
    ErrorCode.IMPORT_DATE_RANGE: QT_TRANSLATE_NOOP(
        "ErrorText", "This date is out of range: it must be from {minimum} to {maximum}."
    ),
    ErrorCode.IMPORT_DUPLICATE_ICCID: QT_TRANSLATE_NOOP(
        "ErrorText", "This SIM card is already on line {line} of the file."
    ),
    ErrorCode.IMPORT_DUPLICATE_MSISDN: QT_TRANSLATE_NOOP(
        "ErrorText", "This number is already on line {line} of the file."
    ),
    ErrorCode.IMPORT_DUPLICATE_PIN: QT_TRANSLATE_NOOP(
        "ErrorText", "This PIN is already on line {line} of the file."
    ),
    ErrorCode.IMPORT_DUPLICATE_SERIAL: QT_TRANSLATE_NOOP(
        "ErrorText", "This serial number is already on line {line} of the file."
    ),
    ErrorCode.IMPORT_ENCODING: QT_TRANSLATE_NOOP(
        "ErrorText", 'The file is not UTF-8 text: save it again as "CSV UTF-8".'
    ),
    ErrorCode.IMPORT_FIELD_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Line {line} has a value longer than {maximum} characters, the most a field may "
        "hold: is this the right file?",
    ),
    ErrorCode.IMPORT_FIELDS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This row has the wrong number of values: a value with a comma needs double quotes "
        "around it.",
    ),
    ErrorCode.IMPORT_HEADER: QT_TRANSLATE_NOOP(
        "ErrorText", "The first row must be the header with the template's column names."
    ),
    ErrorCode.IMPORT_NO_FILE: QT_TRANSLATE_NOOP(
        "ErrorText", "There is no CSV file at this path: choose the file again."
    ),
    ErrorCode.INVOICE_CUSTOMER: QT_TRANSLATE_NOOP(
        "ErrorText", "Enter the customer's name for the invoice."
    ),
    ErrorCode.INVOICE_CUSTOMER_NUMBER: QT_TRANSLATE_NOOP(
        "ErrorText", "The customer's name must not hold an ID, card or phone number."
    ),
    ErrorCode.LINE_CLOSED: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This line is closed: it cannot be renewed or topped up. Find the customer's current "
        "line, or sell a new SIM.",
    ),
    ErrorCode.LINE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "ErrorText", "No line has this number or SIM card."
    ),
    ErrorCode.MONEY_DECIMALS: QT_TRANSLATE_NOOP("ErrorText", "At most 2 decimal places (cents)."),
    ErrorCode.MONEY_DIGITS: QT_TRANSLATE_NOOP("ErrorText", "Type the amount with the digits 0-9."),
    ErrorCode.MONEY_EMPTY: QT_TRANSLATE_NOOP("ErrorText", "Type an amount, e.g. 100 or 100.50."),
    ErrorCode.MONEY_EXPONENT: QT_TRANSLATE_NOOP(
        "ErrorText", "Type the amount as digits, e.g. 100 or 100.50."
    ),
    ErrorCode.MONEY_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "Type the amount as digits, e.g. 100 or 100.50."
    ),
    ErrorCode.MONEY_NEGATIVE: QT_TRANSLATE_NOOP("ErrorText", "The amount cannot be negative."),
    ErrorCode.MONEY_NOT_A_NUMBER: QT_TRANSLATE_NOOP(
        "ErrorText", "Type the amount as digits, e.g. 100 or 100.50."
    ),
    ErrorCode.MONEY_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ErrorText", "The amount is too large: at most HK${maximum}."
    ),
    ErrorCode.MONEY_ZERO: QT_TRANSLATE_NOOP("ErrorText", "The amount must be more than HK$0.00."),
    ErrorCode.OVERRIDE_REASON: QT_TRANSLATE_NOOP("ErrorText", "Write the reason for the override."),
    ErrorCode.PASSWORD_EMPTY: QT_TRANSLATE_NOOP(
        "ErrorText", "Type a password: it cannot be empty."
    ),
    ErrorCode.PASSWORD_MISMATCH: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The two passwords differ, so nothing was changed: type the same password twice.",
    ),
    ErrorCode.PASSWORD_SAME: QT_TRANSLATE_NOOP(
        "ErrorText", "Choose a new password that is not the same as the old one."
    ),
    ErrorCode.PASSWORD_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorText", "A password has at most {maximum} characters."
    ),
    ErrorCode.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP(
        "ErrorText", "A password needs at least {minimum} characters."
    ),
    ErrorCode.PAYMENT_AMOUNT: QT_TRANSLATE_NOOP(
        "ErrorText", "Each payment must be more than HK$0.00 and at most HK${maximum}."
    ),
    ErrorCode.PAYMENT_APPROVAL_CODE: QT_TRANSLATE_NOOP(
        "ErrorText", "Enter the approval code from the terminal slip."
    ),
    ErrorCode.PAYMENT_CARD_LAST4: QT_TRANSLATE_NOOP(
        "ErrorText", "Enter the last 4 digits of the card from the terminal slip."
    ),
    ErrorCode.PAYMENT_CASH_LARGE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "That is more cash than one sale takes (at most HK${maximum}): check the amount "
        "handed over.",
    ),
    ErrorCode.PAYMENT_CASH_SHORT: QT_TRANSLATE_NOOP(
        "ErrorText", "The cash handed over is less than the amount."
    ),
    ErrorCode.PAYMENT_CHANGE_NON_CASH: QT_TRANSLATE_NOOP(
        "ErrorText", "Only cash gives change: other payments are for the exact amount."
    ),
    ErrorCode.PAYMENT_MISSING: QT_TRANSLATE_NOOP("ErrorText", "Take the payment first."),
    ErrorCode.PAYMENT_REFERENCE: QT_TRANSLATE_NOOP(
        "ErrorText", "Enter the transaction reference (4-40 letters or digits)."
    ),
    ErrorCode.PAYMENT_TOTAL_MISMATCH: QT_TRANSLATE_NOOP(
        "ErrorText", "The payments do not add up to the total."
    ),
    ErrorCode.PHONE_DIGITS: QT_TRANSLATE_NOOP("ErrorText", "Type the number with the digits 0-9."),
    ErrorCode.PHONE_E164: QT_TRANSLATE_NOOP(
        "ErrorText",
        "A stored number is not in the form the counter keeps (e.g. +85291234567): the line's "
        "record needs checking.",
    ),
    ErrorCode.PHONE_EMPTY: QT_TRANSLATE_NOOP("ErrorText", "Type a mobile number, e.g. 9123 4567."),
    ErrorCode.PHONE_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "A phone number has only digits, spaces, hyphens and a leading +."
    ),
    ErrorCode.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "ErrorText", "This is not a mobile number: check the digits."
    ),
    ErrorCode.PHONE_NOT_MOBILE: QT_TRANSLATE_NOOP(
        "ErrorText", "This is not a mobile number (fixed line or service number)."
    ),
    ErrorCode.PHONE_REGION: QT_TRANSLATE_NOOP(
        "ErrorText", "Only Hong Kong, Macau and mainland numbers are served here."
    ),
    ErrorCode.PLAN_CARD_TYPES: QT_TRANSLATE_NOOP(
        "ErrorText", "Tick at least one card type the plan is sold for."
    ),
    ErrorCode.PLAN_CODE: QT_TRANSLATE_NOOP(
        "ErrorText", "A code is 1-32 capital letters, digits, dashes or underscores."
    ),
    ErrorCode.PLAN_CODE_TAKEN: QT_TRANSLATE_NOOP(
        "ErrorText", "There is already a plan with this code."
    ),
    ErrorCode.PLAN_CREDIT: QT_TRANSLATE_NOOP(
        "ErrorText", "A credit top-up must add credit; other plans add none."
    ),
    ErrorCode.PLAN_DATA: QT_TRANSLATE_NOOP(
        "ErrorText", "A data add-on must add some data (up to 10,000,000 MB)."
    ),
    ErrorCode.PLAN_DATES: QT_TRANSLATE_NOOP(
        "ErrorText", "The first day is after the last day: check the dates."
    ),
    ErrorCode.PLAN_FIXED: QT_TRANSLATE_NOOP(
        "ErrorText", "A plan's carrier and kind cannot change: make a new plan instead."
    ),
    ErrorCode.PLAN_INVALID: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This plan's details are not valid: check its kind, amounts and dates in the back office.",
    ),
    ErrorCode.PLAN_KIND: QT_TRANSLATE_NOOP("ErrorText", "Choose the kind of plan."),
    ErrorCode.PLAN_LINE_EXPIRED: QT_TRANSLATE_NOOP(
        "ErrorText", "This line has expired: renew it before adding data."
    ),
    ErrorCode.PLAN_MINUTES: QT_TRANSLATE_NOOP("ErrorText", "The minutes are 0 to 100,000."),
    ErrorCode.PLAN_MONTHS: QT_TRANSLATE_NOOP(
        "ErrorText", "A renewal lasts 1 to 36 months; other plans have no months."
    ),
    ErrorCode.PLAN_NAME: QT_TRANSLATE_NOOP("ErrorText", "Type the name in Chinese and in English."),
    ErrorCode.PLAN_NOT_AVAILABLE: QT_TRANSLATE_NOOP(
        "ErrorText", "This plan is not offered for this line."
    ),
    ErrorCode.PLAN_PRICE: QT_TRANSLATE_NOOP("ErrorText", "The price is HK$0.01 to HK$100,000."),
    ErrorCode.PLAN_PROVIDER_PRODUCT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "A provider's product id is up to {maximum} printable characters; leave it empty for a "
        "plan the clerk applies by hand.",
    ),
    ErrorCode.PLAN_RECYCLED: QT_TRANSLATE_NOOP(
        "ErrorText", "This number was recycled by the carrier: sell a new SIM instead."
    ),
    ErrorCode.PLAN_UNKNOWN: QT_TRANSLATE_NOOP("ErrorText", "There is no plan with this code."),
    ErrorCode.PRINTER_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText", "Not printed: the printer {printer} is not installed on this PC."
    ),
    ErrorCode.PRINTER_NONE: QT_TRANSLATE_NOOP(
        "ErrorText", "Not printed: this PC has no default printer; choose one in the settings."
    ),
    ErrorCode.PRINTER_REFUSED: QT_TRANSLATE_NOOP(
        "ErrorText", "Not printed: the printer {printer} did not take the job. Is it on and online?"
    ),
    ErrorCode.PRINTING_NO_CJK_FONT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Receipts and reports cannot be made: this PC has no Chinese font that can be "
        "embedded. Install one (fonts-wqy-microhei on Debian/Ubuntu, Microsoft JhengHei on "
        "Windows) or set the shop setting cjk_font_path.",
    ),
    ErrorCode.PROMOTION_BONUS: QT_TRANSLATE_NOOP(
        "ErrorText", "A bonus is too large (data up to 10,000,000 MB, minutes 100,000, days 366)."
    ),
    ErrorCode.PROMOTION_CARD_TYPES: QT_TRANSLATE_NOOP("ErrorText", "Unknown card type."),
    ErrorCode.PROMOTION_CARRIER_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorText", "A carrier code in the list does not exist."
    ),
    ErrorCode.PROMOTION_CODE: QT_TRANSLATE_NOOP(
        "ErrorText", "A code is 1-32 capital letters, digits, dashes or underscores."
    ),
    ErrorCode.PROMOTION_CODE_TAKEN: QT_TRANSLATE_NOOP(
        "ErrorText", "There is already a promotion with this code."
    ),
    ErrorCode.PROMOTION_DATES: QT_TRANSLATE_NOOP(
        "ErrorText", "The first day is after the last day: check the dates."
    ),
    ErrorCode.PROMOTION_DISCOUNT: QT_TRANSLATE_NOOP(
        "ErrorText", "The amount off is HK$0 to HK$100,000."
    ),
    ErrorCode.PROMOTION_DISCOUNT_BOTH: QT_TRANSLATE_NOOP(
        "ErrorText", "Take either an amount or a percentage off, not both."
    ),
    ErrorCode.PROMOTION_INVALID: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This promotion's details are not valid: check its bonus, discount, priority and dates "
        "in the back office.",
    ),
    ErrorCode.PROMOTION_KINDS: QT_TRANSLATE_NOOP("ErrorText", "Unknown kind of plan."),
    ErrorCode.PROMOTION_NAME: QT_TRANSLATE_NOOP(
        "ErrorText", "Type the name in Chinese and in English."
    ),
    ErrorCode.PROMOTION_NOTHING: QT_TRANSLATE_NOOP(
        "ErrorText", "The promotion gives the customer nothing: add a bonus or a discount."
    ),
    ErrorCode.PROMOTION_PERCENT: QT_TRANSLATE_NOOP("ErrorText", "The percentage off is 0 to 100."),
    ErrorCode.PROMOTION_PLAN_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorText", "A plan code in the list does not exist."
    ),
    ErrorCode.PROMOTION_PRIORITY: QT_TRANSLATE_NOOP("ErrorText", "The priority is 0 to 1000."),
    ErrorCode.PROMOTION_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorText", "There is no promotion with this code."
    ),
    ErrorCode.RECEIPT_COPY_STAFF: QT_TRANSLATE_NOOP(
        "ErrorText",
        "A reprint is recorded against who makes it: give --staff USERNAME with --copy.",
    ),
    ErrorCode.RECONCILE_AMOUNT: QT_TRANSLATE_NOOP(
        "ErrorText", "Line {line} of the report: the amount is not in HK$ like 100.00."
    ),
    ErrorCode.RECONCILE_COLUMNS: QT_TRANSLATE_NOOP(
        "ErrorText",
        "The report lacks a column Counter needs, or names one twice: check its first line.",
    ),
    ErrorCode.RECONCILE_DATE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Line {line} of the report: the date is not a date and time like 2026-11-21 10:01:05.",
    ),
    ErrorCode.RECONCILE_EMPTY: QT_TRANSLATE_NOOP("ErrorText", "The report holds no transactions."),
    ErrorCode.RECONCILE_NUMBER: QT_TRANSLATE_NOOP(
        "ErrorText", "Line {line} of the report: the number is not a phone number."
    ),
    ErrorCode.RECONCILE_REFERENCE: QT_TRANSLATE_NOOP(
        "ErrorText", "Line {line} of the report: the reference (external id) is empty or too long."
    ),
    ErrorCode.RECONCILE_STATUS: QT_TRANSLATE_NOOP(
        "ErrorText", "A status in the report is not one Counter knows (e.g. COMPLETED, DECLINED)."
    ),
    ErrorCode.RECONCILE_TOO_BIG: QT_TRANSLATE_NOOP(
        "ErrorText", "The file is too large to be a provider's report: is it the right file?"
    ),
    ErrorCode.REGISTRATION_CARD_TYPE: QT_TRANSLATE_NOOP("ErrorText", "Choose the card type."),
    ErrorCode.REGISTRATION_ICCID_TAKEN: QT_TRANSLATE_NOOP(
        "ErrorText", "This SIM card is already registered: take another card."
    ),
    ErrorCode.REGISTRATION_LIMIT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This document already holds as many prepaid SIM cards with this carrier as one person "
        "may have.",
    ),
    ErrorCode.REGISTRATION_MSISDN_TAKEN: QT_TRANSLATE_NOOP(
        "ErrorText", "This number already belongs to a line: check the number on the SIM pack."
    ),
    ErrorCode.REGISTRATION_PLAN: QT_TRANSLATE_NOOP(
        "ErrorText", "Choose the first plan for the new card."
    ),
    ErrorCode.REGISTRATION_SECONDARY: QT_TRANSLATE_NOOP(
        "ErrorText", "A China–HK dual card needs its mainland number; other cards have none."
    ),
    ErrorCode.REMINDERS_CARD_TYPE: QT_TRANSLATE_NOOP(
        "ErrorText", "Choose a card type from the list."
    ),
    ErrorCode.REMINDERS_CARRIER: QT_TRANSLATE_NOOP("ErrorText", "Choose a carrier from the list."),
    ErrorCode.REMINDERS_DAYS: QT_TRANSLATE_NOOP(
        "ErrorText", "Remind about lines expiring within 1 to 90 days (usually 7, 14 or 30)."
    ),
    ErrorCode.REMINDERS_LIMIT: QT_TRANSLATE_NOOP("ErrorText", "The list holds 1 to 10,000 lines."),
    ErrorCode.REMINDERS_NOT_OPEN: QT_TRANSLATE_NOOP(
        "ErrorText", "This line is closed or recycled: there is nothing to remind its holder of."
    ),
    ErrorCode.REPORT_COUNTER: QT_TRANSLATE_NOOP(
        "ErrorText", "There is no such counter in this shop."
    ),
    ErrorCode.REPORT_DATES: QT_TRANSLATE_NOOP("ErrorText", "The start date is after the end date."),
    ErrorCode.REPORT_NO_CLOSED_SHIFT: QT_TRANSLATE_NOOP(
        "ErrorText",
        "No shift was closed at this counter on that day: there is no Z report to print.",
    ),
    ErrorCode.REPORT_RANGE_TOO_LONG: QT_TRANSLATE_NOOP(
        "ErrorText", "A report covers at most two years: choose a shorter range."
    ),
    ErrorCode.REPORT_SHIFT_CLOSED: QT_TRANSLATE_NOOP(
        "ErrorText", "This shift is closed: print its Z report instead."
    ),
    ErrorCode.REPORT_SHIFT_OPEN: QT_TRANSLATE_NOOP(
        "ErrorText", "This shift is still open: print an X report until it is closed."
    ),
    ErrorCode.REVERSAL_REASON: QT_TRANSLATE_NOOP(
        "ErrorText", "Write the reason (at least a few words)."
    ),
    ErrorCode.REVERSAL_STATE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Only a completed sale can be voided or refunded: this one is already voided, refunded "
        "or unfinished.",
    ),
    ErrorCode.ROLE_UNKNOWN: QT_TRANSLATE_NOOP("ErrorText", "Choose clerk, supervisor or admin."),
    ErrorCode.SALE_ABANDONED: QT_TRANSLATE_NOOP(
        "ErrorText", "This sale was given up: continue again to start a new one."
    ),
    ErrorCode.SALE_NOT_DRAFT: QT_TRANSLATE_NOOP("ErrorText", "This sale is already finished."),
    ErrorCode.SALE_NOT_OPEN: QT_TRANSLATE_NOOP(
        "ErrorText", "This sale is no longer open: find the line again."
    ),
    ErrorCode.OUTBOX_CARRIER_REF: QT_TRANSLATE_NOOP(
        "ErrorText", "Type the carrier's reference for this top-up (up to 64 characters)."
    ),
    ErrorCode.OUTBOX_JOB_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorText", "This job is no longer in the outbox. Refresh the list."
    ),
    ErrorCode.OUTBOX_NOT_RETRYABLE: QT_TRANSLATE_NOOP(
        "ErrorText", "This job is already settled or on its way: refresh the list."
    ),
    ErrorCode.SALE_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorText", "No sale has this receipt number in this shop."
    ),
    ErrorCode.SEARCH_EMPTY: QT_TRANSLATE_NOOP(
        "ErrorText", "Type or scan a phone number or SIM card number."
    ),
    ErrorCode.SECRET_FILE: QT_TRANSLATE_NOOP(
        "ErrorText",
        "This counter's installation secret is missing, damaged or not the shop's: copy "
        "installation-secret.json from the shop's first counter into this counter's config "
        "folder.",
    ),
    ErrorCode.SETTINGS_ADDRESS_EN: QT_TRANSLATE_NOOP(
        "ErrorText", "This text has a character that cannot be printed, or is too long."
    ),
    ErrorCode.SETTINGS_ADDRESS_ZH: QT_TRANSLATE_NOOP(
        "ErrorText", "This text has a character that cannot be printed, or is too long."
    ),
    ErrorCode.SETTINGS_BR_NUMBER: QT_TRANSLATE_NOOP(
        "ErrorText", "A BR number has only letters, digits, spaces and -."
    ),
    ErrorCode.SETTINGS_CJK_FONT_PATH: QT_TRANSLATE_NOOP(
        "ErrorText", "There is no file at this path on this PC."
    ),
    ErrorCode.SETTINGS_FPS_CITY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Type the city in up to 15 English letters, digits, spaces and . , & ' ( ) / -.",
    ),
    ErrorCode.SETTINGS_FPS_MERCHANT_NAME: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Type the name in up to 25 English letters, digits, spaces and . , & ' ( ) / -: "
        "banking apps do not show Chinese here.",
    ),
    ErrorCode.SETTINGS_FPS_PROXY: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Type the shop's FPS ID (7 or 9 digits), its Hong Kong mobile number (8 digits) or "
        "its email address.",
    ),
    ErrorCode.SETTINGS_DRAWER_OFF_MS: QT_TRANSLATE_NOOP(
        "ErrorText", "The rest after the pulse is 2 to 510 ms."
    ),
    ErrorCode.SETTINGS_DRAWER_ON_MS: QT_TRANSLATE_NOOP(
        "ErrorText", "The drawer's pulse is 2 to 510 ms."
    ),
    ErrorCode.SETTINGS_DRAWER_PIN: QT_TRANSLATE_NOOP("ErrorText", "Choose pin 2 or pin 5."),
    ErrorCode.SETTINGS_DRAWER_PRINTER: QT_TRANSLATE_NOOP(
        "ErrorText", "This printer name cannot start with - or hold a control character."
    ),
    ErrorCode.SETTINGS_ID_RETENTION_MONTHS: QT_TRANSLATE_NOOP(
        "ErrorText", "Keep identity data 1 to 84 months."
    ),
    ErrorCode.SETTINGS_IDLE_LOCK_MINUTES: QT_TRANSLATE_NOOP(
        "ErrorText", "Lock after 1 to 120 minutes."
    ),
    ErrorCode.SETTINGS_LANGUAGE: QT_TRANSLATE_NOOP("ErrorText", "Choose a language from the list."),
    ErrorCode.SETTINGS_LOW_STOCK_THRESHOLD: QT_TRANSLATE_NOOP(
        "ErrorText", "Type a whole number from 0 to 100000."
    ),
    ErrorCode.SETTINGS_NAME_EN: QT_TRANSLATE_NOOP("ErrorText", "The shop's name cannot be empty."),
    ErrorCode.SETTINGS_NAME_ZH: QT_TRANSLATE_NOOP("ErrorText", "The shop's name cannot be empty."),
    ErrorCode.SETTINGS_PHONE: QT_TRANSLATE_NOOP(
        "ErrorText", "A phone number has only digits, spaces and + - ( )."
    ),
    ErrorCode.SETTINGS_PRINT_AUTOMATICALLY: QT_TRANSLATE_NOOP("ErrorText", "Choose yes or no."),
    ErrorCode.SETTINGS_PRINT_COPIES: QT_TRANSLATE_NOOP("ErrorText", "Print 1 to 5 copies."),
    ErrorCode.SETTINGS_PRINTER: QT_TRANSLATE_NOOP(
        "ErrorText", "This printer name has a character that cannot be used."
    ),
    ErrorCode.SETTINGS_RECEIPT_CHINESE: QT_TRANSLATE_NOOP(
        "ErrorText", "Choose Traditional or Simplified Chinese."
    ),
    ErrorCode.SETTINGS_RECEIPT_FOOTER_EN: QT_TRANSLATE_NOOP(
        "ErrorText", "This text has a character that cannot be printed, or is too long."
    ),
    ErrorCode.SETTINGS_RECEIPT_FOOTER_ZH: QT_TRANSLATE_NOOP(
        "ErrorText", "This text has a character that cannot be printed, or is too long."
    ),
    ErrorCode.SETTINGS_RECEIPT_HOTLINE: QT_TRANSLATE_NOOP(
        "ErrorText", "A phone number has only digits, spaces and + - ( )."
    ),
    ErrorCode.SETTINGS_RECEIPT_LOGO_PATH: QT_TRANSLATE_NOOP(
        "ErrorText", "There is no file at this path on this PC."
    ),
    ErrorCode.SETTINGS_RECEIPT_PAPER: QT_TRANSLATE_NOOP("ErrorText", "Choose 80 mm, 58 mm or A4."),
    ErrorCode.SETTINGS_VARIANCE_REASON_THRESHOLD: QT_TRANSLATE_NOOP(
        "ErrorText", "Type an amount from 0 to 10,000.00."
    ),
    ErrorCode.SHIFT_ALREADY_OPEN: QT_TRANSLATE_NOOP(
        "ErrorText", "A shift is already open at this counter."
    ),
    ErrorCode.SHIFT_COUNT_TOTAL: QT_TRANSLATE_NOOP(
        "ErrorText", "The notes and coins counted do not add up to the total entered."
    ),
    ErrorCode.SHIFT_COUNTED: QT_TRANSLATE_NOOP("ErrorText", "Enter the cash counted in the till."),
    ErrorCode.SHIFT_FLOAT: QT_TRANSLATE_NOOP("ErrorText", "Enter the cash float in the till."),
    ErrorCode.SHIFT_NOT_OPEN: QT_TRANSLATE_NOOP(
        "ErrorText", "No shift is open at this counter: open one with the float."
    ),
    ErrorCode.SHIFT_OPEN_DRAFTS: QT_TRANSLATE_NOOP(
        "ErrorText", "A sale of this shift is unfinished: complete or abandon it first."
    ),
    ErrorCode.SHIFT_UNKNOWN: QT_TRANSLATE_NOOP("ErrorText", "There is no such shift."),
    ErrorCode.SHIFT_VARIANCE_REASON: QT_TRANSLATE_NOOP(
        "ErrorText", "A variance this large needs a reason: say why the cash is short or over."
    ),
    ErrorCode.SHOP_EXISTS: QT_TRANSLATE_NOOP("ErrorText", "This database already has a shop."),
    ErrorCode.SHOP_INCOMPLETE: QT_TRANSLATE_NOOP(
        "ErrorText", "The shop needs a code and both names; the counter needs a code and a name."
    ),
    ErrorCode.SHOP_MISSING: QT_TRANSLATE_NOOP(
        "ErrorText", "There is no shop yet: create it first."
    ),
    ErrorCode.SHOP_UNKNOWN: QT_TRANSLATE_NOOP(
        "ErrorText", "There is no such shop in this database."
    ),
    ErrorCode.STAFF_LAST_ADMIN: QT_TRANSLATE_NOOP(
        "ErrorText", "This is the last active admin: make another admin first."
    ),
    ErrorCode.STAFF_SELF: QT_TRANSLATE_NOOP(
        "ErrorText", "You cannot change your own role or deactivate yourself: ask another admin."
    ),
    ErrorCode.STAFF_UNKNOWN: QT_TRANSLATE_NOOP("ErrorText", "There is no such user."),
    ErrorCode.TEXT_CARD_NUMBER: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Leave the card number out (its last 4 digits are enough): this text is kept and may "
        "be printed.",
    ),
    ErrorCode.TEXT_ID_NUMBER: QT_TRANSLATE_NOOP(
        "ErrorText",
        "Leave the identity document number out: this text is kept and may be printed.",
    ),
    ErrorCode.TEXT_CONTROL: QT_TRANSLATE_NOOP(
        "ErrorText", "The text holds control characters: type it again."
    ),
    ErrorCode.TEXT_INVISIBLE: QT_TRANSLATE_NOOP(
        "ErrorText", "The text holds invisible characters: type it again."
    ),
    ErrorCode.TEXT_SURROGATE: QT_TRANSLATE_NOOP(
        "ErrorText", "The text holds a broken character: type it again."
    ),
    ErrorCode.TEXT_TOO_LONG: QT_TRANSLATE_NOOP("ErrorText", "The text is too long."),
    ErrorCode.USERNAME_FORMAT: QT_TRANSLATE_NOOP(
        "ErrorText", "A username is 1 to 40 letters, digits, dots, dashes or underscores."
    ),
    ErrorCode.USERNAME_TAKEN: QT_TRANSLATE_NOOP(
        "ErrorText", "This username is already taken: choose another."
    ),
    ErrorCode.VOUCHER_BATCH: QT_TRANSLATE_NOOP(
        "ErrorText",
        "A batch name is up to 40 letters, digits, spaces and _ . / -, starting with a letter "
        "or digit.",
    ),
    ErrorCode.VOUCHER_EXPIRED: QT_TRANSLATE_NOOP("ErrorText", "This voucher has already expired."),
    ErrorCode.VOUCHER_NONE: QT_TRANSLATE_NOOP("ErrorText", "No voucher was sold in this sale."),
    ErrorCode.VOUCHER_OUT_OF_STOCK: QT_TRANSLATE_NOOP(
        "ErrorText", "No voucher of this value is left in stock."
    ),
    ErrorCode.VOUCHER_PIN: QT_TRANSLATE_NOOP("ErrorText", "A PIN is 6 to 24 digits."),
    ErrorCode.VOUCHER_PIN_TAKEN: QT_TRANSLATE_NOOP("ErrorText", "This PIN is already in stock."),
    ErrorCode.VOUCHER_SERIAL: QT_TRANSLATE_NOOP(
        "ErrorText", "A serial number is 4 to 40 letters and digits."
    ),
    ErrorCode.VOUCHER_SERIAL_TAKEN: QT_TRANSLATE_NOOP(
        "ErrorText", "A voucher with this serial number is already in stock."
    ),
}

# Values a text names that its raise site does not pass: the program's own limits.
_DEFAULT_PARAMS: Final[Mapping[ErrorCode, Mapping[str, str | int]]] = {
    ErrorCode.PAYMENT_AMOUNT: {"maximum": format_money(MAX_AMOUNT, symbol=False)},
    ErrorCode.PAYMENT_CASH_LARGE: {"maximum": format_money(MAX_AMOUNT, symbol=False)},
}


# Codes already logged as raised without a value their text names (logged once each).
_TOLD_MISSING_VALUES: set[ErrorCode] = set()


def source_text(code: ErrorCode) -> str | None:
    """The English text of *code* as marked for translation, or None if it has none."""
    text = _TEXTS.get(code)
    return None if text is None else str(text)


def describe(error: BaseException) -> str:
    """What to show the clerk for *error*, in the window's language.

    The error's English message when it has no code, a code without a text, or a text that
    names a value the error does not carry.
    """
    if not isinstance(error, InputError | OutsideError) or error.code is None:
        return str(error)
    code = error.code
    source = source_text(code)
    if source is None:
        return str(error)
    params = {**_DEFAULT_PARAMS.get(code, {}), **error.params}
    text = QCoreApplication.translate(CONTEXT, source)
    try:
        return text.format_map(params)
    except (KeyError, IndexError, ValueError):
        # The raise site does not pass a value the text names (an import row's duplicate
        # passes no line yet): the English message at least holds it.
        if code not in _TOLD_MISSING_VALUES:
            _TOLD_MISSING_VALUES.add(code)
            log.gui.warning("%s is raised without the values its text names", code)
        return str(error)
