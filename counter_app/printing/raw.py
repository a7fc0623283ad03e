"""Raw bytes to a printer, past every driver: how the cash drawer's pulse reaches it.

A receipt goes through the driver as a page (:mod:`counter_app.gui.printer`); a drawer
pulse must not: a driver would rasterise the five bytes into an empty page. On CUPS the
job goes to ``lp -o raw`` (CUPS's raw path: the bytes reach the backend untouched); on
Windows to the spooler as a ``RAW`` document through pywin32's ``win32print``.

Every failure (no such queue, CUPS not running, a stopped queue, no answer in time) is the
environment's: :class:`DrawerProblem`, whose code the window turns into the clerk's words.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
from typing import Any, Final

from counter_app import log
from counter_app.domain.errors import ErrorCode, OutsideError

# lp answers within milliseconds when the scheduler is up; a hung scheduler must not hold
# the clerk's drawer (and the worker thread) for long.
TIMEOUT_SECONDS: Final = 5.0


class DrawerProblem(OutsideError):
    """The drawer's printer did not take the pulse; the sale or movement stands."""

    def __init__(self, message: str, *, code: ErrorCode, printer: str) -> None:
        super().__init__(message, code=code, params={"printer": printer})
        self.printer = printer


def send_raw(
    printer: str, data: bytes, *, title: str = "cash drawer", timeout: float = TIMEOUT_SECONDS
) -> None:
    """Send *data* as a raw job to the queue *printer*; DrawerProblem if it was not taken."""
    if not printer:
        raise ValueError("a raw job needs a printer queue")
    if os.name == "nt":
        _send_windows(printer, data, title)
    else:
        _send_cups(printer, data, title, timeout)
    log.printing.info("raw job %r (%d bytes) sent to %s", title, len(data), printer)


def _refused(printer: str, why: str) -> DrawerProblem:
    return DrawerProblem(
        f"the printer {printer!r} did not take the drawer's pulse: {why}",
        code=ErrorCode.DRAWER_REFUSED,
        printer=printer,
    )


def _run(argv: list[str], printer: str, timeout: float, data: bytes | None = None) -> Any:
    # A fixed argv: the queue name is one argument, never parsed by a shell.
    try:
        return subprocess.run(argv, input=data, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise _refused(printer, f"CUPS did not answer within {timeout:g} s") from None
    except OSError as exc:
        raise _refused(printer, f"{argv[0]} could not run: {exc.strerror}") from None


def _send_cups(printer: str, data: bytes, title: str, timeout: float) -> None:
    lp, lpstat = shutil.which("lp"), shutil.which("lpstat")
    if lp is None or lpstat is None:
        raise _refused(printer, "CUPS is not installed on this PC (no lp)")
    # A stopped queue keeps its jobs and prints them when restarted: a pulse queued now
    # would open the drawer then, with nobody at it. So a stopped queue is refused here.
    state = _run([lpstat, "-p", printer], printer, timeout)
    answer = (state.stdout + state.stderr).decode(errors="replace").strip()
    if state.returncode != 0:
        if "scheduler" in answer.lower() or "connect" in answer.lower():
            raise _refused(printer, f"the CUPS scheduler is not running ({answer})")
        raise DrawerProblem(
            f"there is no printer queue {printer!r} on this PC ({answer})",
            code=ErrorCode.DRAWER_NO_QUEUE,
            printer=printer,
        )
    if " disabled" in answer:
        raise _refused(printer, f"the queue is stopped ({answer})")
    sent = _run([lp, "-d", printer, "-o", "raw", "-t", title, "-s"], printer, timeout, data)
    if sent.returncode != 0:
        raise _refused(printer, sent.stderr.decode(errors="replace").strip() or "lp failed")


def _send_windows(printer: str, data: bytes, title: str) -> None:
    # Not run by the test suite (no Windows spooler here): the calls are pywin32's
    # documented RAW sequence, OpenPrinter → StartDocPrinter(level 1, "RAW") → WritePrinter.
    try:
        win32print: Any = importlib.import_module("win32print")
    except ImportError:
        raise _refused(printer, "pywin32 is not installed, so no raw job can be sent") from None
    try:
        handle = win32print.OpenPrinter(printer)
    except Exception as exc:  # pywintypes.error: the printer is not known
        raise DrawerProblem(
            f"there is no printer {printer!r} on this PC ({exc})",
            code=ErrorCode.DRAWER_NO_QUEUE,
            printer=printer,
        ) from None
    try:
        win32print.StartDocPrinter(handle, 1, (title, None, "RAW"))
        try:
            win32print.StartPagePrinter(handle)
            win32print.WritePrinter(handle, data)
            win32print.EndPagePrinter(handle)
        finally:
            win32print.EndDocPrinter(handle)
    except Exception as exc:  # pywintypes.error: the spooler refused the job
        raise _refused(printer, str(exc)) from None
    finally:
        win32print.ClosePrinter(handle)
