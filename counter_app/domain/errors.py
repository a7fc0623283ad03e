"""The errors the program expects, split by whose fault they are.

- :class:`InputError`: the clerk's (bad input, a business rule). Shown inline in the
  clerk's language; nothing is lost.
- :class:`OutsideError`: the environment's (database unreachable, printer offline). Shown as
  a dialog with retry; the sale in progress is kept.

Anything else is a bug: logged with a traceback and a reference number.

Every expected error names its rule with an :class:`ErrorCode`, which the window turns into
the clerk's language (:mod:`counter_app.gui.error_text`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class ErrorCode(StrEnum):
    """The rule an expected error is about; its value is the stable code (``"money.decimals"``).

    One member per code raised anywhere in counter_app, so that a code without a text in
    the clerk's language, or a mistyped one, is caught by a test or at the raise site.
    """

    INPUT = "input"

    AUTH_APPROVER_ROLE = "auth.approver_role"
    AUTH_FAILED = "auth.failed"
    AUTH_LOCKED = "auth.locked"
    AUTH_LOCKED_FOR = "auth.locked_for"
    AUTH_MUST_CHANGE = "auth.must_change"
    AUTH_NOT_ALLOWED = "auth.not_allowed"
    AUTH_THROTTLED = "auth.throttled"

    BACKUP_EXISTS = "backup.exists"
    BACKUP_FOLDER = "backup.folder"
    BACKUP_SAME = "backup.same"

    CARRIER_DAYS = "carrier.days"
    CARRIER_HOTLINE = "carrier.hotline"
    CARRIER_ID_TYPES = "carrier.id_types"
    CARRIER_INVALID = "carrier.invalid"
    CARRIER_PROVIDER = "carrier.provider"
    CARRIER_UNKNOWN = "carrier.unknown"

    CASH_AMOUNT = "cash.amount"
    CASH_COUNT = "cash.count"
    CASH_DENOMINATION = "cash.denomination"
    CASH_REASON = "cash.reason"

    COUNTER_UNKNOWN = "counter.unknown"

    DATABASE_BUSY = "database.busy"
    DATABASE_DAMAGED = "database.damaged"
    DATABASE_FULL = "database.full"
    DATABASE_READ_ONLY = "database.read_only"
    DATABASE_SCHEMA = "database.schema"
    DATABASE_UNAVAILABLE = "database.unavailable"

    DEMO_NOT_EMPTY = "demo.not_empty"

    DRAWER_NONE = "drawer.none"
    DRAWER_NO_QUEUE = "drawer.no_queue"
    DRAWER_REASON = "drawer.reason"
    DRAWER_REFUSED = "drawer.refused"

    EXPORT_DATES = "export.dates"
    EXPORT_FOLDER = "export.folder"
    FILE_READ = "file.read"
    FILE_WRITE = "file.write"

    HISTORY_CLERK = "history.clerk"
    HISTORY_COUNTER = "history.counter"
    HISTORY_DATES = "history.dates"
    HISTORY_TEXT = "history.text"

    HOLDER_DATE_OF_BIRTH = "holder.date_of_birth"
    HOLDER_DATE_OF_BIRTH_FORMAT = "holder.date_of_birth_format"
    HOLDER_DATE_OF_BIRTH_MISSING = "holder.date_of_birth_missing"
    HOLDER_NAME = "holder.name"
    HOLDER_NAME_EN = "holder.name_en"
    HOLDER_NAME_ZH = "holder.name_zh"

    ICCID_CHECK_DIGIT = "iccid.check_digit"
    ICCID_EMPTY = "iccid.empty"
    ICCID_FORMAT = "iccid.format"

    ID_CN_RIC_BIRTH_DATE = "id.cn_ric.birth_date"
    ID_CN_RIC_BIRTH_FUTURE = "id.cn_ric.birth_future"
    ID_CN_RIC_CHECK_DIGIT = "id.cn_ric.check_digit"
    ID_CN_RIC_FORMAT = "id.cn_ric.format"
    ID_CN_RIC_REGION = "id.cn_ric.region"
    ID_EEP_FORMAT = "id.eep.format"
    ID_EMPTY = "id.empty"
    ID_HKID_CHECK_DIGIT = "id.hkid.check_digit"
    ID_HKID_FORMAT = "id.hkid.format"
    ID_HRP_FORMAT = "id.hrp.format"
    ID_MO_ID_FORMAT = "id.mo_id.format"
    ID_PASSPORT_COUNTRY = "id.passport.country"
    ID_PASSPORT_FORMAT = "id.passport.format"
    ID_TYPE = "id.type"

    IDENTITY_PHOTO = "identity.photo"
    IDENTITY_REQUIRED = "identity.required"
    IDENTITY_TYPE_NOT_ACCEPTED = "identity.type_not_accepted"

    IMPORT_AUTO_RENEW = "import.auto_renew"
    IMPORT_CONFLICT = "import.conflict"
    IMPORT_CSV = "import.csv"
    IMPORT_DATE = "import.date"
    IMPORT_DATE_RANGE = "import.date_range"
    IMPORT_DUPLICATE_ICCID = "import.duplicate_iccid"
    IMPORT_DUPLICATE_MSISDN = "import.duplicate_msisdn"
    IMPORT_DUPLICATE_PIN = "import.duplicate_pin"
    IMPORT_DUPLICATE_SERIAL = "import.duplicate_serial"
    IMPORT_ENCODING = "import.encoding"
    IMPORT_FIELD_TOO_LONG = "import.field_too_long"
    IMPORT_FIELDS = "import.fields"
    IMPORT_HEADER = "import.header"
    IMPORT_NO_FILE = "import.no_file"

    INVOICE_CUSTOMER = "invoice.customer"
    INVOICE_CUSTOMER_NUMBER = "invoice.customer_number"

    LINE_CLOSED = "line.closed"
    LINE_NOT_FOUND = "line.not_found"

    MONEY_DECIMALS = "money.decimals"
    MONEY_DIGITS = "money.digits"
    MONEY_EMPTY = "money.empty"
    MONEY_EXPONENT = "money.exponent"
    MONEY_FORMAT = "money.format"
    MONEY_NEGATIVE = "money.negative"
    MONEY_NOT_A_NUMBER = "money.not_a_number"
    MONEY_TOO_LARGE = "money.too_large"
    MONEY_ZERO = "money.zero"

    OVERRIDE_REASON = "override.reason"

    PASSWORD_EMPTY = "password.empty"  # noqa: S105 - an error code, not a secret
    PASSWORD_MISMATCH = "password.mismatch"  # noqa: S105 - an error code, not a secret
    PASSWORD_SAME = "password.same"  # noqa: S105 - an error code, not a secret
    PASSWORD_TOO_LONG = "password.too_long"  # noqa: S105 - an error code, not a secret
    PASSWORD_TOO_SHORT = "password.too_short"  # noqa: S105 - an error code, not a secret

    PAYMENT_AMOUNT = "payment.amount"
    PAYMENT_APPROVAL_CODE = "payment.approval_code"
    PAYMENT_CARD_LAST4 = "payment.card_last4"
    PAYMENT_CASH_LARGE = "payment.cash_large"
    PAYMENT_CASH_SHORT = "payment.cash_short"
    PAYMENT_CHANGE_NON_CASH = "payment.change_non_cash"
    PAYMENT_MISSING = "payment.missing"
    PAYMENT_REFERENCE = "payment.reference"
    PAYMENT_TOTAL_MISMATCH = "payment.total_mismatch"

    PHONE_DIGITS = "phone.digits"
    PHONE_E164 = "phone.e164"
    PHONE_EMPTY = "phone.empty"
    PHONE_FORMAT = "phone.format"
    PHONE_INVALID = "phone.invalid"
    PHONE_NOT_MOBILE = "phone.not_mobile"
    PHONE_REGION = "phone.region"

    PLAN_CARD_TYPES = "plan.card_types"
    PLAN_CODE = "plan.code"
    PLAN_CODE_TAKEN = "plan.code_taken"
    PLAN_CREDIT = "plan.credit"
    PLAN_DATA = "plan.data"
    PLAN_DATES = "plan.dates"
    PLAN_FIXED = "plan.fixed"
    PLAN_INVALID = "plan.invalid"
    PLAN_KIND = "plan.kind"
    PLAN_LINE_EXPIRED = "plan.line_expired"
    PLAN_MINUTES = "plan.minutes"
    PLAN_MONTHS = "plan.months"
    PLAN_NAME = "plan.name"
    PLAN_NOT_AVAILABLE = "plan.not_available"
    PLAN_PRICE = "plan.price"
    PLAN_PROVIDER_PRODUCT = "plan.provider_product"
    PLAN_RECYCLED = "plan.recycled"
    OUTBOX_CARRIER_REF = "outbox.carrier_ref"
    OUTBOX_JOB_UNKNOWN = "outbox.job_unknown"
    OUTBOX_NOT_RETRYABLE = "outbox.not_retryable"
    PLAN_UNKNOWN = "plan.unknown"

    PRINTER_MISSING = "printer.missing"
    PRINTER_NONE = "printer.none"
    PRINTER_REFUSED = "printer.refused"

    PRINTING_NO_CJK_FONT = "printing.no_cjk_font"

    PROMOTION_BONUS = "promotion.bonus"
    PROMOTION_CARD_TYPES = "promotion.card_types"
    PROMOTION_CARRIER_UNKNOWN = "promotion.carrier_unknown"
    PROMOTION_CODE = "promotion.code"
    PROMOTION_CODE_TAKEN = "promotion.code_taken"
    PROMOTION_DATES = "promotion.dates"
    PROMOTION_DISCOUNT = "promotion.discount"
    PROMOTION_DISCOUNT_BOTH = "promotion.discount_both"
    PROMOTION_INVALID = "promotion.invalid"
    PROMOTION_KINDS = "promotion.kinds"
    PROMOTION_NAME = "promotion.name"
    PROMOTION_NOTHING = "promotion.nothing"
    PROMOTION_PERCENT = "promotion.percent"
    PROMOTION_PLAN_UNKNOWN = "promotion.plan_unknown"
    PROMOTION_PRIORITY = "promotion.priority"
    PROMOTION_UNKNOWN = "promotion.unknown"

    RECEIPT_COPY_STAFF = "receipt.copy_staff"

    RECONCILE_AMOUNT = "reconcile.amount"
    RECONCILE_COLUMNS = "reconcile.columns"
    RECONCILE_DATE = "reconcile.date"
    RECONCILE_EMPTY = "reconcile.empty"
    RECONCILE_NUMBER = "reconcile.number"
    RECONCILE_REFERENCE = "reconcile.reference"
    RECONCILE_STATUS = "reconcile.status"
    RECONCILE_TOO_BIG = "reconcile.too_big"

    REGISTRATION_CARD_TYPE = "registration.card_type"
    REGISTRATION_ICCID_TAKEN = "registration.iccid_taken"
    REGISTRATION_LIMIT = "registration.limit"
    REGISTRATION_MSISDN_TAKEN = "registration.msisdn_taken"
    REGISTRATION_PLAN = "registration.plan"
    REGISTRATION_SECONDARY = "registration.secondary"

    REMINDERS_CARD_TYPE = "reminders.card_type"
    REMINDERS_CARRIER = "reminders.carrier"
    REMINDERS_DAYS = "reminders.days"
    REMINDERS_LIMIT = "reminders.limit"
    REMINDERS_NOT_OPEN = "reminders.not_open"

    REPORT_COUNTER = "report.counter"
    REPORT_DATES = "report.dates"
    REPORT_NO_CLOSED_SHIFT = "report.no_closed_shift"
    REPORT_RANGE_TOO_LONG = "report.range_too_long"
    REPORT_SHIFT_CLOSED = "report.shift_closed"
    REPORT_SHIFT_OPEN = "report.shift_open"

    REVERSAL_REASON = "reversal.reason"
    REVERSAL_STATE = "reversal.state"

    ROLE_UNKNOWN = "role.unknown"

    SALE_ABANDONED = "sale.abandoned"
    SALE_NOT_DRAFT = "sale.not_draft"
    SALE_NOT_OPEN = "sale.not_open"
    SALE_UNKNOWN = "sale.unknown"

    SEARCH_EMPTY = "search.empty"

    SECRET_FILE = "secret.file"  # noqa: S105 - an error code, not a secret

    SETTINGS_ADDRESS_EN = "settings.address_en"
    SETTINGS_ADDRESS_ZH = "settings.address_zh"
    SETTINGS_BR_NUMBER = "settings.br_number"
    SETTINGS_CJK_FONT_PATH = "settings.cjk_font_path"
    SETTINGS_FPS_CITY = "settings.fps_city"
    SETTINGS_FPS_MERCHANT_NAME = "settings.fps_merchant_name"
    SETTINGS_FPS_PROXY = "settings.fps_proxy"
    SETTINGS_DRAWER_OFF_MS = "settings.drawer_off_ms"
    SETTINGS_DRAWER_ON_MS = "settings.drawer_on_ms"
    SETTINGS_DRAWER_PIN = "settings.drawer_pin"
    SETTINGS_DRAWER_PRINTER = "settings.drawer_printer"
    SETTINGS_ID_RETENTION_MONTHS = "settings.id_retention_months"
    SETTINGS_IDLE_LOCK_MINUTES = "settings.idle_lock_minutes"
    SETTINGS_LANGUAGE = "settings.language"
    SETTINGS_LOW_STOCK_THRESHOLD = "settings.low_stock_threshold"
    SETTINGS_NAME_EN = "settings.name_en"
    SETTINGS_NAME_ZH = "settings.name_zh"
    SETTINGS_PHONE = "settings.phone"
    SETTINGS_PRINT_AUTOMATICALLY = "settings.print_automatically"
    SETTINGS_PRINT_COPIES = "settings.print_copies"
    SETTINGS_PRINTER = "settings.printer"
    SETTINGS_RECEIPT_CHINESE = "settings.receipt_chinese"
    SETTINGS_RECEIPT_FOOTER_EN = "settings.receipt_footer_en"
    SETTINGS_RECEIPT_FOOTER_ZH = "settings.receipt_footer_zh"
    SETTINGS_RECEIPT_HOTLINE = "settings.receipt_hotline"
    SETTINGS_RECEIPT_LOGO_PATH = "settings.receipt_logo_path"
    SETTINGS_RECEIPT_PAPER = "settings.receipt_paper"
    SETTINGS_VARIANCE_REASON_THRESHOLD = "settings.variance_reason_threshold"

    SHIFT_ALREADY_OPEN = "shift.already_open"
    SHIFT_COUNT_TOTAL = "shift.count_total"
    SHIFT_COUNTED = "shift.counted"
    SHIFT_FLOAT = "shift.float"
    SHIFT_NOT_OPEN = "shift.not_open"
    SHIFT_OPEN_DRAFTS = "shift.open_drafts"
    SHIFT_UNKNOWN = "shift.unknown"
    SHIFT_VARIANCE_REASON = "shift.variance_reason"

    SHOP_EXISTS = "shop.exists"
    SHOP_INCOMPLETE = "shop.incomplete"
    SHOP_MISSING = "shop.missing"
    SHOP_UNKNOWN = "shop.unknown"

    STAFF_LAST_ADMIN = "staff.last_admin"
    STAFF_SELF = "staff.self"
    STAFF_UNKNOWN = "staff.unknown"

    TEXT_CARD_NUMBER = "text.card_number"
    TEXT_CONTROL = "text.control"
    TEXT_ID_NUMBER = "text.id_number"
    TEXT_INVISIBLE = "text.invisible"
    TEXT_SURROGATE = "text.surrogate"
    TEXT_TOO_LONG = "text.too_long"

    USERNAME_FORMAT = "username.format"
    USERNAME_TAKEN = "username.taken"

    VOUCHER_BATCH = "voucher.batch"
    VOUCHER_EXPIRED = "voucher.expired"
    VOUCHER_NONE = "voucher.none"
    VOUCHER_OUT_OF_STOCK = "voucher.out_of_stock"
    VOUCHER_PIN = "voucher.pin"
    VOUCHER_PIN_TAKEN = "voucher.pin_taken"
    VOUCHER_SERIAL = "voucher.serial"
    VOUCHER_SERIAL_TAKEN = "voucher.serial_taken"


class CounterError(Exception):
    """An error the program expects and explains; ``str()`` is the English message."""


class InputError(CounterError):
    """Bad input or a business rule the user has to respect.

    ``code`` names the rule (e.g. ``ErrorCode.MONEY_DECIMALS``) so that the window can show
    the message in the clerk's language; a ``str`` must be the value of a member (an unknown
    code is a bug: ValueError at the raise site). ``field`` names the input it is about, if
    any; ``params`` holds the values the clerk's text names (``{"maximum": "HK$100.00"}``).
    """

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode | str = ErrorCode.INPUT,
        field: str = "",
        params: Mapping[str, str | int] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = ErrorCode(code)
        self.field = field
        self.params: Mapping[str, str | int] = dict(params or {})


class NotAllowed(InputError):
    """The signed-in user's role does not allow this action."""


class NotFound(InputError):
    """What was asked for does not exist (a line, a sale, a user)."""


class OutsideError(CounterError):
    """Something outside the program failed; retrying may help.

    ``code``, when there is one, says what failed so that the window can explain it in the
    clerk's language (a subclass sets it for all its errors); ``params`` as for InputError.
    """

    code: ErrorCode | None = None

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode | str | None = None,
        params: Mapping[str, str | int] | None = None,
    ) -> None:
        super().__init__(message)
        if code is not None:
            self.code = ErrorCode(code)
        self.params: Mapping[str, str | int] = dict(params or {})


class DatabaseUnavailable(OutsideError):
    """The database cannot be reached, opened or written: the connection is lost, the
    server is down or overloaded, the disk is full, the file is read-only, damaged or held
    by another counter beyond the busy timeout (``code`` says which)."""

    code = ErrorCode.DATABASE_UNAVAILABLE


class SchemaMismatch(OutsideError):
    """The database's schema is not the one this version of Counter works with."""

    code = ErrorCode.DATABASE_SCHEMA
