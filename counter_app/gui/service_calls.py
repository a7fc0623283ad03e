"""A counter screen's service call: off the GUI thread, its failure routed by whose fault.

The clerk's mistakes (InputError) come back as text for the screen to show inline; the
environment's (OutsideError) get a dialog with Retry and the sale is kept; anything else
is a bug, reported with a reference.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counter_app.domain.errors import InputError, OutsideError
from counter_app.domain.sales import SaleState, SaleView
from counter_app.gui import messages
from counter_app.gui.connection import database_watch
from counter_app.gui.error_text import describe
from counter_app.gui.station import Station
from counter_app.gui.tasks import run_task


def call_service(  # noqa: PLR0917 - each argument is one part of the call's outcome
    parent: QWidget,
    name: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_problem: Callable[[str], None],
    set_busy: Callable[[bool], None],
    retry: Callable[[], None] | None = None,
) -> None:
    """Run *work* in the background; *retry* (default: the same call) backs the Retry button."""
    set_busy(True)

    def again() -> None:
        call_service(parent, name, work, on_done, on_problem, set_busy, retry)

    def done(result: Any) -> None:
        set_busy(False)
        database_watch().report_answered()
        on_done(result)

    def failed(error: BaseException) -> None:
        set_busy(False)
        if isinstance(error, InputError):
            on_problem(describe(error))
        elif isinstance(error, OutsideError):
            # The sale stays as it is; completing the same draft again is idempotent.
            watch = database_watch()
            if watch.banners:
                watch.report_lost(str(error), retry or again)
            else:
                messages.show_error(
                    parent,
                    QCoreApplication.translate("ServiceCall", "Database not available"),
                    QCoreApplication.translate(
                        "ServiceCall", "The sale in progress is kept. Check the network and retry."
                    ),
                    details=str(error),
                    on_retry=retry or again,
                )
            on_problem(
                QCoreApplication.translate(
                    "ServiceCall", "Not saved yet: the database did not answer."
                )
            )
        else:
            messages.show_bug(parent, error)
            on_problem(
                QCoreApplication.translate("ServiceCall", "Something went wrong; the sale is kept.")
            )

    run_task(name, work, done, failed)


def abandon_in_background(
    station: Station, sale: SaleView | None, on_error: Callable[[BaseException], None]
) -> None:
    """Give up *sale* if it is an unpaid draft (the clerk left it); nothing is deleted."""
    if sale is None or sale.state != SaleState.DRAFT or station.clerk is None:
        return
    # The clerk is taken now: by the time the task runs, another may be signed in.
    clerk, uuid = station.clerk, sale.uuid
    run_task("abandon sale", lambda: station.abandon(uuid, clerk), lambda _result: None, on_error)
