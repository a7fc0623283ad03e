"""Who may do what: every back-office action and the least role it needs.

One table, so that the screens (which hide what a role may not do) and the services
(which refuse it) agree, and one test can go over every role x action pair.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from counter_app.domain.errors import ErrorCode, NotAllowed
from counter_app.domain.staff import Clerk, Role


class Action(StrEnum):
    # At the counter and at the end of a shift: every clerk.
    SELL = "sell"
    SHIFT_OPEN = "shift.open"
    SHIFT_X_REPORT = "shift.x_report"
    SHIFT_CLOSE = "shift.close"
    CASH_MOVE = "cash.move"
    HISTORY_SEARCH = "history.search"
    RECEIPT_REPRINT = "receipt.reprint"
    REMINDERS_VIEW = "reminders.view"
    REMINDERS_CONTACT = "reminders.contact"
    STOCK_VIEW = "stock.view"
    # Approved or done by a supervisor.
    SALE_VOID = "sale.void"
    SALE_REFUND = "sale.refund"
    REPORTS_VIEW = "reports.view"
    REPORTS_EXPORT = "reports.export"
    REPORTS_REBUILD = "reports.rebuild"
    REMINDERS_EXPORT = "reminders.export"
    PROMOTIONS_EDIT = "promotions.edit"
    STAFF_UNLOCK = "staff.unlock"
    COUNTER_SETTINGS_EDIT = "settings.counter"
    VOUCHERS_IMPORT = "vouchers.import"
    # The shop's owner or manager: an admin.
    PLANS_EDIT = "plans.edit"
    STAFF_ADD = "staff.add"
    STAFF_ROLE = "staff.role"
    STAFF_RESET_PASSWORD = "staff.reset_password"  # noqa: S105 - an action name
    SHOP_SETTINGS_EDIT = "settings.shop"
    CARRIERS_EDIT = "carriers.edit"
    LINES_IMPORT = "lines.import"
    RETENTION_RUN = "retention.run"
    # On the command line: a copy of everything, and the staff list.
    BACKUP_MAKE = "backup.make"
    STAFF_LIST = "staff.list"
    OUTBOX_APPLY = "outbox.apply"
    OUTBOX_RESOLVE = "outbox.resolve"


NEEDS: Final[Mapping[Action, Role]] = {
    Action.SELL: Role.CLERK,
    Action.SHIFT_OPEN: Role.CLERK,
    Action.SHIFT_X_REPORT: Role.CLERK,
    Action.SHIFT_CLOSE: Role.CLERK,
    Action.CASH_MOVE: Role.CLERK,
    Action.HISTORY_SEARCH: Role.CLERK,
    Action.RECEIPT_REPRINT: Role.CLERK,
    Action.REMINDERS_VIEW: Role.CLERK,
    Action.REMINDERS_CONTACT: Role.CLERK,
    Action.STOCK_VIEW: Role.CLERK,
    Action.SALE_VOID: Role.SUPERVISOR,
    Action.SALE_REFUND: Role.SUPERVISOR,
    Action.REPORTS_VIEW: Role.SUPERVISOR,
    Action.REPORTS_EXPORT: Role.SUPERVISOR,
    Action.REPORTS_REBUILD: Role.SUPERVISOR,
    Action.REMINDERS_EXPORT: Role.SUPERVISOR,
    Action.PROMOTIONS_EDIT: Role.SUPERVISOR,
    Action.STAFF_UNLOCK: Role.SUPERVISOR,
    Action.COUNTER_SETTINGS_EDIT: Role.SUPERVISOR,
    Action.VOUCHERS_IMPORT: Role.SUPERVISOR,
    Action.PLANS_EDIT: Role.ADMIN,
    Action.STAFF_ADD: Role.ADMIN,
    Action.STAFF_ROLE: Role.ADMIN,
    Action.STAFF_RESET_PASSWORD: Role.ADMIN,
    Action.SHOP_SETTINGS_EDIT: Role.ADMIN,
    Action.CARRIERS_EDIT: Role.ADMIN,
    Action.LINES_IMPORT: Role.ADMIN,
    Action.RETENTION_RUN: Role.ADMIN,
    Action.BACKUP_MAKE: Role.SUPERVISOR,
    Action.STAFF_LIST: Role.SUPERVISOR,
    # A clerk records the carrier's reference of a top-up they applied on its portal; a
    # supervisor retries what failed or stayed unknown (or refunds the sale).
    Action.OUTBOX_APPLY: Role.CLERK,
    Action.OUTBOX_RESOLVE: Role.SUPERVISOR,
}


def allowed(clerk: Clerk, action: Action) -> bool:
    """Whether *clerk*'s role may do *action* (a void's approver is checked separately)."""
    return not clerk.must_change_password and clerk.can(NEEDS[action])


def require(clerk: Clerk, action: Action) -> None:
    """Refuse *action* to a role below the one it needs (``auth.not_allowed``), and
    everything to someone who must first replace the password an admin reset
    (``auth.must_change``)."""
    if clerk.must_change_password:
        raise NotAllowed(
            f"{clerk.username}'s password was reset: they choose a new one first",
            code=ErrorCode.AUTH_MUST_CHANGE,
        )
    needed = NEEDS[action]
    if not clerk.can(needed):
        raise NotAllowed(
            f"{action.value} needs a {needed.value} (you are signed in as {clerk.role.value})",
            code=ErrorCode.AUTH_NOT_ALLOWED,
        )
