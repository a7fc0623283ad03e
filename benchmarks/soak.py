"""Soak: the real counter window serving 1,000 customers by keyboard on a 100,000-line shop.

    .venv/bin/python benchmarks/soak.py [--customers 1000] [--lines 100000] [--language zh_HK]
                                        [--voucher-every 20] [--json PATH]

The shop is built once with benchmarks/lookup.py's builder (``demo.build``) and cached under
``--cache-dir`` (/tmp/counter-bench); each run works on its own copy of it, so runs do not
change each other's stock or lines. The window runs offscreen in a child process that this
script starts and watches: its exit code or signal, its stderr (a ``Fatal Python error``, a
segfault, a Qt warning such as "QBasicTimer::stop: Failed", a traceback) and the program's
own log file. A child that makes no progress for two minutes is sent SIGABRT (faulthandler
then prints every thread's stack) and reported as hung.

In the child a clerk serves the customers with keys only, one key at a time: renewals with
the identity check (HKIDs the demo builder made), credit top-ups with F9 (no ID), a PIN
voucher every ``--voucher-every`` customers (F10, Enter, cash, Enter), each next customer
started by typing their number into the done page's next-customer box (every other one) or
by Enter and then the search box. Each receipt's preview is on screen before the next
customer. Reported: crashes and defects with their text, the window process's RSS after
half and after all the customers (and the growth over the second half), the GUI thread's
longest stall (a 5 ms watchdog timer, as in benchmarks/gui_thread.py) with its phase and the
p50/p99 of the gaps, customers per minute, and Enter on the payment page to the done page
and to the receipt preview. Exits 1 on any crash or defect.
"""

# Qt and Counter are imported in functions: Qt only in the child (after its environment is
# set up), Counter's services only where the shop is built or read.
# ruff: noqa: PLC0415

from __future__ import annotations

import argparse
import fcntl
import json
import os
import re
import selectors
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from counter_app.gui.main_window import MainWindow
    from counter_app.gui.sale_flow import SaleFlow

PASSWORD: Final = "pw-12345"  # noqa: S105 - benchmarks/lookup.py's demo password
DEFAULT_CACHE: Final = Path(tempfile.gettempdir()) / "counter-bench"
RENEWAL: Final = "renewal"
TOP_UP: Final = "top-up"
VOUCHER: Final = "voucher"
FIRST: Final = "first"  # the first customer: the counter screen is empty
TYPED: Final = "typed"  # number typed into the done page's next-customer box, then Enter
ENTER: Final = "enter"  # Enter on the done page, then the number in the search box
CASH: Final = "1000"  # HK$1,000 handed over: more than any demo plan or voucher costs
KEY_PAUSE_S: Final = 0.02  # between keys, as a person (or a scanner) leaves
WAIT_S: Final = 30.0  # the longest the clerk waits for one step
HANG_S: Final = 120.0  # no customer done for this long: the child is hung
MAX_FAILED: Final = 5  # customers the window failed before the run is given up
TICK_MS: Final = 5
BIN_MS: Final = 0.05  # stall histogram resolution
BINS: Final = 40_000  # up to 2 s; longer gaps are kept exactly in the long list
LONG_MS: Final = 50.0
RSS_EVERY: Final = 50  # an RSS sample every this many customers
GOAL_RSS_MB: Final = 300.0
GOAL_GROWTH_PCT: Final = 10.0

# stderr lines of the child that are not a problem: the offscreen platform says this once.
BENIGN_STDERR: Final = ("This plugin does not support propagateSizeHints()",)
CRASH_MARKERS: Final = (
    "Fatal Python error",
    "Segmentation fault",
    "core dumped",
    "terminate called",
    "Timeout (",  # faulthandler.dump_traceback_later
)
QT_WARNING: Final = re.compile(r"^(Q[A-Za-z]+::|QObject|QThread|QBasicTimer|Timers? |qt\.)")
CONSOLE_LOG: Final = re.compile(r"^(WARNING|ERROR|CRITICAL) counter\.")
LOG_RECORD: Final = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (\w+)\s")

Problem = dict[str, Any]
"""A crash or a defect: its kind, its text (and the customer, when the window's)."""


# --- the shop ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shop:
    """The cached demo shop and the made-up holders the builder knows the HKIDs of."""

    db: Path
    secret: Path
    holders: tuple[tuple[str, str], ...]  # (E.164 number, HKID)


def known_holders() -> list[tuple[str, str]]:
    """(number, HKID) of the demo shop's first lines.

    ``demo.build`` draws every line from one fixed seed, line after line, so the first
    lines of a 12-line shop are the first lines of any bigger one: its ``samples`` (with the
    made-up HKIDs) hold for the cached shop too.
    """
    from counter_app.services import demo, keys
    from counter_app.store.engine import Database
    from counter_app.store.schema import upgrade

    with tempfile.TemporaryDirectory(prefix="counter-soak-holders-") as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'holders.sqlite3'}")
        try:
            upgrade(db)
            secret = keys.load_or_create(Path(tmp) / "secret.json")
            shop = demo.build(db, secret, lines=12, password=PASSWORD)
        finally:
            db.dispose()
    return [(s.msisdn, s.id_number) for s in shop.samples if s.id_type == "hkid"]


def ensure_shop(cache: Path, lines: int) -> Shop:
    """The demo shop with *lines* lines, built once (under a lock) and reused after that."""
    import lookup  # benchmarks/lookup.py: the same builder, the same password

    from counter_app.store.schema import head_revision

    cache.mkdir(parents=True, exist_ok=True)
    # Named by the schema it was built with: a shop cached by an older version (a column
    # short) is never reused; the new schema builds its own.
    db = cache / f"soak-shop-{lines}-r{head_revision()}.sqlite3"
    secret = db.with_suffix(".secret.json")
    holders_file = db.with_suffix(".holders.json")  # written last: the shop is complete
    with (cache / f"{db.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not holders_file.exists():
            for leftover in (db, secret, Path(f"{db}-wal"), Path(f"{db}-shm")):
                leftover.unlink(missing_ok=True)  # an interrupted build
            lookup.ensure_built(f"sqlite:///{db}", secret, lines)
            holders_file.write_text(json.dumps(known_holders()))
        else:
            print(f"reusing {db} ({lines:,} lines)")
    holders = tuple((number, hkid) for number, hkid in json.loads(holders_file.read_text()))
    return Shop(db, secret, holders)


def copy_shop(shop: Path, target: Path) -> None:
    """A private copy of the cached shop (SQLite's online backup, never a file copy)."""
    source = sqlite3.connect(f"file:{shop}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


# --- the customers -------------------------------------------------------------------------


@dataclass(frozen=True)
class Customer:
    n: int
    kind: str  # RENEWAL, TOP_UP or VOUCHER
    typed: str  # the number as the clerk types it ("" for a voucher)
    hkid: str  # the holder's document, for a renewal
    arrival: str  # FIRST, TYPED or ENTER


def renewable_lines(url: str, shop: Shop, lines: int, wanted: int) -> tuple[list[str], list[str]]:
    """Numbers the counter can sell to today: the known holders', and others for top-ups."""
    from counter_app.domain.clock import HONG_KONG, system_clock
    from counter_app.domain.errors import InputError
    from counter_app.services import lines as line_service
    from counter_app.store.engine import Database

    today: date = system_clock().astimezone(HONG_KONG).date()
    db = Database(url)
    try:

        def can_sell(number: str) -> bool:
            try:
                return line_service.find_line(db, number, today=today).renewable
            except InputError:
                return False

        holders = [number for number, _hkid in shop.holders if can_sell(number)]
        path = url.removeprefix("sqlite:///")
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        others: list[str] = []
        try:
            for k in range(1, lines + 1):
                if len(others) >= wanted:
                    break
                line_id = 1 + (k * 7919) % lines  # 7919 is prime: spread over the shop
                row = connection.execute(
                    "SELECT msisdn FROM lines WHERE id = ?", (line_id,)
                ).fetchone()
                if row and row[0] not in holders and row[0] not in others and can_sell(row[0]):
                    others.append(row[0])
        finally:
            connection.close()
    finally:
        db.dispose()
    return holders, others


def plan_customers(
    count: int, holders: list[tuple[str, str]], others: list[str], voucher_every: int
) -> list[Customer]:
    """Renewals and top-ups two by two, a voucher every *voucher_every*; every other
    customer typed into the done page's box (a voucher starts with F10: after Enter)."""
    from lookup import typed

    customers = []
    for n in range(count):
        if voucher_every and n % voucher_every == voucher_every - 1:
            kind = VOUCHER
        else:
            kind = RENEWAL if (n // 2) % 2 == 0 else TOP_UP
        arrival = FIRST if n == 0 else ENTER
        if n and n % 2 == 0 and kind != VOUCHER:
            arrival = TYPED
        number, hkid = "", ""
        if kind == RENEWAL:
            number, hkid = holders[n % len(holders)]
        elif kind == TOP_UP:
            number = others[n % len(others)]
        # One of the ways clerks type a number: "9600 1234", "+852 9600-1234", ...
        text = typed(number, "", n % 8) if number else ""
        customers.append(Customer(n, kind, text, hkid, arrival))
    return customers


# --- the child: the window and the clerk ---------------------------------------------------


class Stuck(Exception):
    """The window did not get where the clerk waited for it to get."""


def vm_kb(name: str) -> int:
    """A line of /proc/self/status in kB (VmRSS: resident now, VmHWM: the peak)."""
    with Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith(name + ":"):
                return int(line.split()[1])
    return 0


class Watchdog:
    """The gaps between ticks of a 5 ms timer on the GUI thread, in constant memory.

    A histogram for the percentiles; the gaps over 50 ms exactly, with the phase they
    happened in (the customer and the step); the longest gap per step.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.phase = "start"
        self.step = "start"
        self.bins = array("q", bytes(8 * (BINS + 1)))
        self.count = 0
        self.longest = 0.0
        self.longest_phase = ""
        self.long: list[tuple[float, str]] = []
        self.by_step: dict[str, float] = {}
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def at(self, customer: str, step: str) -> None:
        self.phase = f"{customer}: {step}" if customer else step
        self.step = step

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        self.count += 1
        self.bins[min(BINS, int(gap / BIN_MS))] += 1
        if gap > self.longest:
            self.longest, self.longest_phase = gap, self.phase
        if gap > self.by_step.get(self.step, 0.0):
            self.by_step[self.step] = gap
        if gap > LONG_MS:
            self.long.append((gap, self.phase))

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def percentile(self, fraction: float) -> float:
        """The gap below which *fraction* of the gaps are (to BIN_MS)."""
        rank = max(1, round(fraction * self.count))
        seen = 0
        for index, n in enumerate(self.bins):
            seen += n
            if seen >= rank:
                return (index + 1) * BIN_MS
        return self.longest

    def summary(self) -> dict[str, Any]:
        top = sorted(self.long, reverse=True)[:10]
        return {
            "ticks": self.count,
            "max_ms": round(self.longest, 1),
            "max_phase": self.longest_phase,
            "p50_ms": round(self.percentile(0.50), 2),
            "p99_ms": round(self.percentile(0.99), 2),
            "over_50ms": len(self.long),
            "over_100ms": sum(1 for gap, _ in self.long if gap > 100),
            "top": [[round(gap, 1), phase] for gap, phase in top],
            "max_by_step": {k: round(v, 1) for k, v in sorted(self.by_step.items())},
        }


class Clerk:
    """Keys into the window, one at a time, and waits for it the way a person looks."""

    def __init__(self, app: QApplication, window: MainWindow, dog: Watchdog) -> None:
        self.app = app
        self.window = window
        self.dog = dog

    def settle(self, seconds: float = KEY_PAUSE_S) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)

    def focus(self) -> QWidget:
        widget = self.app.focusWidget()
        if widget is None:
            raise Stuck("no widget has the keyboard focus")
        return widget

    def type(self, text: str) -> None:
        from PySide6.QtTest import QTest

        for character in text:
            QTest.keyClicks(self.focus(), character)
            self.settle()

    def key(self, key: Qt.Key) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(self.focus(), key)
        self.settle()

    def wait(self, condition: Callable[[], bool], what: str, seconds: float = WAIT_S) -> float:
        """Seconds until *condition*; Stuck when a dialog opens or it takes too long."""
        started = time.perf_counter()
        end, look = started + seconds, started + 0.05
        while not condition():
            self.app.processEvents()
            time.sleep(0.001)
            now = time.perf_counter()
            if now >= look:
                look = now + 0.05
                if dialogs := self.dialogs():
                    raise Stuck(f"a dialog opened while waiting for {what}: {dialogs}")
            if now > end:
                raise Stuck(f"waited {seconds:.0f} s for {what}")
        return time.perf_counter() - started

    def dialogs(self) -> list[str]:
        """The dialogs on screen, with their texts (a bug's box carries its reference)."""
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        found = []
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                text = f"{type(widget).__name__} {widget.objectName()!r} {widget.windowTitle()!r}"
                if isinstance(widget, QMessageBox):
                    text += f": {widget.text()} {widget.informativeText()}".rstrip()
                found.append(text)
        return found

    def close_dialogs(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.close()


@dataclass
class Served:
    """What the child measured, for the parent's report."""

    customers: int = 0
    served: int = 0
    mix: dict[str, int] = field(default_factory=dict)
    failed: list[dict[str, Any]] = field(default_factory=list)
    defects: list[dict[str, Any]] = field(default_factory=list)
    rss_kb: list[tuple[int, int]] = field(default_factory=list)
    rss_half_kb: int = 0
    rss_end_kb: int = 0
    hwm_kb: int = 0
    half: int = 0
    sign_in_s: float = 0.0
    elapsed_s: float = 0.0
    to_done_ms: list[float] = field(default_factory=list)
    to_preview_ms: list[float] = field(default_factory=list)
    stalls: dict[str, Any] = field(default_factory=dict)
    aborted: str = ""


class Shift:
    """One clerk's run of the counter window: sign in, then serve the customers."""

    def __init__(self, app: QApplication, window: MainWindow, served: Served) -> None:
        self.window = window
        self.dog = Watchdog()
        self.clerk = Clerk(app, window, self.dog)
        self.served = served
        self.on_done_page = False  # the last customer ended on a done page

    # --- the screens, as the clerk sees them ---------------------------------------------

    def showing(self, screen: QWidget | None) -> bool:
        return screen is not None and self.window.screens.currentWidget() is screen

    def flow(self) -> SaleFlow:
        """The sale flow of the screen on show (the line sale's or the voucher's)."""
        voucher = self.window.voucher_screen
        if voucher is not None and self.showing(voucher):
            return voucher.flow
        screen = self.window.line_sale_screen
        if screen is None:
            raise Stuck("the line sale screen was never built")
        return screen.flow

    def where(self) -> str:
        """Where the window is, for a report of a customer that could not be served."""
        window, parts = self.window, []
        current = window.screens.currentWidget()
        parts.append(f"screen {current.objectName() if current else None!r}")
        focus = self.clerk.app.focusWidget()
        parts.append(f"focus {focus.objectName() if focus else None!r}")
        screen = window.line_sale_screen
        if screen is not None:
            ui = screen.ui
            page = ui.stepStack.currentWidget()
            parts.append(f"step {page.objectName() if page else None!r}")
            for label in (
                ui.searchErrorLabel,
                ui.hintLabel,
                screen.payment_panel.ui.paymentErrorLabel,
            ):
                if label.text():
                    parts.append(f"{label.objectName()}: {label.text()!r}")
            parts.append(f"busy {screen.busy}")
        if dialogs := self.clerk.dialogs():
            parts.append(f"dialogs {dialogs}")
        return "; ".join(parts)

    # --- sign in -------------------------------------------------------------------------

    def sign_in(self) -> None:
        from PySide6.QtCore import Qt

        window, clerk = self.window, self.clerk
        started = time.perf_counter()
        clerk.wait(lambda: self.showing(window.sign_in_screen), "the sign-in screen", 60)
        self.dog.start()
        self.dog.at("", "sign in")
        clerk.type("clerk")
        clerk.key(Qt.Key.Key_Return)
        clerk.type(PASSWORD)
        clerk.key(Qt.Key.Key_Return)
        clerk.wait(
            lambda: self.showing(window.line_sale_screen) or self.showing(window.open_shift_screen),
            "the counter screen or the shift's float",
        )
        if self.showing(window.open_shift_screen):
            self.dog.at("", "open shift")
            clerk.type("1000")
            clerk.key(Qt.Key.Key_Return)
        screen = window.line_sale_screen
        clerk.wait(
            lambda: (
                screen is not None and self.showing(screen) and screen.ui.lineSearchInput.hasFocus()
            ),
            "the counter screen",
        )
        self.served.sign_in_s = round(time.perf_counter() - started, 2)

    # --- one customer --------------------------------------------------------------------

    def serve(self, customer: Customer) -> None:
        from PySide6.QtCore import Qt

        clerk = self.clerk
        who = f"customer {customer.n} ({customer.kind})"
        self.dog.at(who, "arrives")
        typed_ahead = customer.arrival == TYPED and self.on_done_page
        if self.on_done_page and not typed_ahead:
            clerk.key(Qt.Key.Key_Return)  # done: an empty counter screen
        self.on_done_page = False
        if customer.kind == VOUCHER:
            flow = self.voucher(who)
        else:
            flow = self.line_sale(customer, who, typed_ahead=typed_ahead)
        self.pay(flow, who)
        if customer.kind == VOUCHER:
            clerk.wait(lambda: bool(flow.done_panel.pin_shown), "the voucher's PIN")
        self.on_done_page = True
        status = flow.receipt_panel.status
        if status.property("role") == "error":
            self.defect(customer, f"the receipt preview says: {status.text()}")

    def line_sale(self, customer: Customer, who: str, *, typed_ahead: bool) -> SaleFlow:
        from PySide6.QtCore import Qt

        clerk, window, dog = self.clerk, self.window, self.dog
        screen = window.line_sale_screen
        if screen is None:
            raise Stuck("the line sale screen was never built")
        ui = screen.ui
        dog.at(who, "find")
        if typed_ahead:
            box = self.flow().done_panel.ui.nextCustomerInput
            clerk.wait(box.hasFocus, "the focus in the next-customer box")
        else:
            clerk.wait(
                lambda: (
                    self.showing(screen)
                    and ui.lineSearchInput.hasFocus()
                    and ui.stepStack.currentWidget() is ui.hintPage
                ),
                "the empty counter screen",
            )
        clerk.type(customer.typed)
        clerk.key(Qt.Key.Key_Return)
        clerk.wait(
            lambda: (
                self.showing(screen)
                and ui.stepStack.currentWidget() in (ui.identityPage, ui.planPage, ui.hintPage)
                and not screen.busy
            ),
            "the line",
        )
        if ui.stepStack.currentWidget() is ui.hintPage:
            raise Stuck(f"the line {customer.typed!r} was not offered for sale")
        if ui.stepStack.currentWidget() is ui.identityPage:
            dog.at(who, "identity")
            if customer.kind == RENEWAL:
                clerk.type(customer.hkid)
                clerk.key(Qt.Key.Key_F8)  # the photo matches
                clerk.key(Qt.Key.Key_Return)
            else:
                clerk.key(Qt.Key.Key_F9)  # credit top-up, no ID needed
        clerk.wait(
            lambda: ui.stepStack.currentWidget() is ui.planPage and not screen.busy,
            "the plans",
        )
        dog.at(who, "plan")
        clerk.key(Qt.Key.Key_Return)  # the recommended plan
        return screen.flow

    def voucher(self, who: str) -> SaleFlow:
        from PySide6.QtCore import Qt

        clerk, window, dog = self.clerk, self.window, self.dog
        screen = window.line_sale_screen
        clerk.wait(
            lambda: (
                screen is not None
                and self.showing(screen)
                and screen.ui.lineSearchInput.hasFocus()
                and not screen.busy
            ),
            "the empty counter screen",
        )
        dog.at(who, "F10")
        clerk.key(Qt.Key.Key_F10)

        def stock_shown() -> bool:
            vouchers = window.voucher_screen
            return (
                vouchers is not None
                and self.showing(vouchers)
                and vouchers.ui.voucherList.hasFocus()
                and vouchers.ui.chooseVoucherButton.isEnabled()
            )

        clerk.wait(stock_shown, "the voucher stock")
        dog.at(who, "choose")
        clerk.key(Qt.Key.Key_Return)  # the first voucher in stock
        vouchers = window.voucher_screen
        assert vouchers is not None
        return vouchers.flow

    def pay(self, flow: SaleFlow, who: str) -> None:
        from PySide6.QtCore import Qt

        clerk, dog = self.clerk, self.dog
        panel = flow.payment_panel
        clerk.wait(
            lambda: (
                flow.stack.currentWidget() is flow.payment_page
                and panel.isAncestorOf(clerk.app.focusWidget())
            ),
            "the payment page",
        )
        dog.at(who, "pay")
        clerk.type(CASH)
        dog.at(who, "complete -> done page")
        pressed = time.perf_counter()
        clerk.key(Qt.Key.Key_Return)
        clerk.wait(lambda: flow.on_done_page, "the done page")
        done = time.perf_counter()
        dog.at(who, "receipt preview")
        receipt = flow.receipt_panel

        def preview_shown() -> bool:
            sale = flow.sale
            return (
                receipt.document.pageCount() == 1
                and receipt.sale is not None
                and sale is not None
                and receipt.sale.receipt_no == sale.receipt_no
            )

        clerk.wait(preview_shown, "the receipt preview")
        shown = time.perf_counter()
        self.served.to_done_ms.append(round((done - pressed) * 1000, 1))
        self.served.to_preview_ms.append(round((shown - pressed) * 1000, 1))
        dog.at(who, "done page")

    # --- what went wrong -----------------------------------------------------------------

    def defect(self, customer: Customer | None, text: str) -> None:
        entry = {"customer": customer.n if customer else None, "text": text}
        self.served.defects.append(entry)
        print(f"defect {json.dumps(entry)}", flush=True)

    def recover(self, customer: Customer, error: Stuck) -> None:
        """Say what went wrong, close any dialog, and go back to the empty counter screen."""
        self.defect(customer, f"not served: {error} [{self.where()}]")
        self.served.failed.append({"customer": customer.n, "kind": customer.kind})
        self.clerk.close_dialogs()
        self.window.show_line_sale_screen()
        self.clerk.settle(0.5)
        self.on_done_page = False

    # --- the run -------------------------------------------------------------------------

    def run(self, customers: list[Customer]) -> None:
        served = self.served
        served.customers = len(customers)
        served.half = len(customers) // 2
        self.sign_in()
        started = time.perf_counter()
        for customer in customers:
            try:
                self.serve(customer)
            except Stuck as error:
                self.recover(customer, error)
                if len(served.failed) > MAX_FAILED:
                    served.aborted = f"more than {MAX_FAILED} customers could not be served"
                    break
            else:
                served.served += 1
                served.mix[customer.kind] = served.mix.get(customer.kind, 0) + 1
                served.mix[customer.arrival] = served.mix.get(customer.arrival, 0) + 1
            if dialogs := self.clerk.dialogs():
                self.defect(customer, f"a dialog is open after the customer: {dialogs}")
                self.clerk.close_dialogs()
            done = customer.n + 1
            rss = vm_kb("VmRSS")
            if done == served.half:
                served.rss_half_kb = rss
            if done % RSS_EVERY == 0 or done in (1, served.half, len(customers)):
                served.rss_kb.append((done, rss))
            print(f"progress {done} {rss}", flush=True)
        served.elapsed_s = round(time.perf_counter() - started, 2)
        self.dog.stop()
        served.rss_end_kb = vm_kb("VmRSS")
        served.hwm_kb = vm_kb("VmHWM")
        served.stalls = self.dog.summary()


def child(plan_file: Path, result_file: Path) -> int:
    """The window process: serve the plan's customers, write what was measured."""
    plan = json.loads(plan_file.read_text())
    customers = [Customer(**c) for c in plan["customers"]]

    from PySide6.QtWidgets import QApplication

    from counter_app import log
    from counter_app.config import load_settings
    from counter_app.gui import create_main_window

    url, language = plan["database_url"], plan["language"]
    settings = load_settings({"database_url": url, "language": language})
    # As the program does: records to the log file, errors also to stderr.
    log.setup(settings.paths.log_file, settings.log_level, keep_files=settings.log_keep_files)
    app = QApplication(["counter-soak"])
    window = create_main_window(url, language=language)
    window.resize(1366, 768)
    window.show()
    served = Served()
    shift = Shift(app, window, served)
    code = 0
    try:
        shift.run(customers)
    except Stuck as error:
        served.aborted = f"{error} [{shift.where()}]"
    if served.aborted:
        code = 3
        print(f"aborted: {served.aborted}", file=sys.stderr, flush=True)
    result_file.write_text(json.dumps(asdict(served)))
    window.close()
    app.processEvents()
    print("closed", flush=True)
    return code


# --- the parent: start the child, watch it, report -----------------------------------------


@dataclass
class Watched:
    returncode: int
    hung: bool
    last_progress: str
    seconds: float


def watch(command: list[str], env: Problem, stderr_file: Path, customers: int) -> Watched:
    """Run the child, print its progress, and stop it (with a stack dump) when it hangs."""
    started = time.perf_counter()
    last, last_line, hung = started, "", False
    with stderr_file.open("w") as stderr:
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True
        )
        assert process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            if selector.select(timeout=1.0):
                line = process.stdout.readline()
                if not line:
                    break
                last = time.perf_counter()
                last_line = line.strip()
                if last_line.startswith("defect "):
                    print(f"  {last_line}")
                elif last_line.startswith("progress "):
                    done = int(last_line.split()[1])
                    if done % 50 == 0 or done == customers:
                        rss = int(last_line.split()[2]) / 1024
                        print(
                            f"  {done:5d} customers  {time.perf_counter() - started:7.1f} s  "
                            f"RSS {rss:6.1f} MB",
                            flush=True,
                        )
            elif time.perf_counter() - last > HANG_S and not hung:
                hung = True
                print(f"  no progress for {HANG_S:.0f} s: SIGABRT (stacks to stderr)")
                os.kill(process.pid, signal.SIGABRT)
                last = time.perf_counter() - HANG_S + 15  # 15 s more, then SIGKILL
            elif hung and time.perf_counter() - last > HANG_S:
                process.kill()
                break
        selector.close()
        returncode = process.wait()
    return Watched(returncode, hung, last_line, time.perf_counter() - started)


def _message(lines: list[str], i: int) -> tuple[list[str], int]:
    """The message starting at *lines[i]* and the index after it: one line, or a traceback
    (or a log record with one) down to the exception's own line."""
    block = [lines[i]]
    in_traceback = lines[i].startswith("Traceback")
    if not in_traceback and not CONSOLE_LOG.match(lines[i]):
        return block, i + 1
    i += 1
    while i < len(lines):
        line = lines[i]
        if line.startswith("Traceback"):
            in_traceback = True
        elif not in_traceback:
            break
        elif line.strip() and not line.startswith(" "):
            block.append(line)  # the exception's own line ends the traceback
            return block, i + 1
        block.append(line)
        i += 1
    return block, i


def _kind(line: str) -> str:
    if line.startswith("aborted: "):
        return "aborted"
    if line.startswith("Traceback"):
        return "traceback"
    if QT_WARNING.match(line):
        return "qt warning"
    return "stderr"


def stderr_problems(text: str) -> tuple[list[Problem], list[Problem]]:
    """(crashes, defects) in the child's stderr: each message with its text.

    A traceback is one message (its lines, to the exception's); everything from a crash
    marker on (faulthandler's thread stacks) is the crash's text; the program's own log
    records are read from its log file instead; known harmless lines are skipped.
    """
    crashes: list[Problem] = []
    defects: list[Problem] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or any(benign in line for benign in BENIGN_STDERR):
            i += 1
            continue
        if any(marker in line for marker in CRASH_MARKERS):
            crashes.append({"kind": "crash", "text": "\n".join(lines[i:])[:6000]})
            break
        block, i = _message(lines, i)
        if not CONSOLE_LOG.match(line):  # a log record is reported from the log file
            defects.append({"kind": _kind(line), "text": "\n".join(block)[:4000]})
    return crashes, defects


def log_problems(log_dir: Path) -> list[Problem]:
    """The program's log records at WARNING or above, each with its traceback if any."""
    found: list[Problem] = []
    for path in sorted(log_dir.glob("*.log*")):
        record: list[str] = []
        level = ""

        def flush(record: list[str], level: str) -> None:
            if record and level in ("WARNING", "ERROR", "CRITICAL"):
                found.append({"kind": f"log {level.lower()}", "text": "\n".join(record)[:4000]})

        for line in path.read_text(errors="replace").splitlines():
            match = LOG_RECORD.match(line)
            if match:
                flush(record, level)
                record, level = [line], match.group(1)
            elif record:
                record.append(line)
        flush(record, level)
    return found


def stats(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)

    def rank(fraction: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]

    return {
        "p50": round(statistics.median(ordered), 1),
        "p99": round(rank(0.99), 1),
        "max": round(ordered[-1], 1),
    }


def signal_name(returncode: int) -> str:
    if returncode >= 0:
        return ""
    try:
        return signal.Signals(-returncode).name
    except ValueError:
        return f"signal {-returncode}"


def report(
    args: argparse.Namespace,
    shop: Shop,
    *,
    watched: Watched,
    result: dict[str, Any] | None,
    crashes: list[Problem],
    defects: list[Problem],
) -> dict[str, Any]:
    served = result or {}
    half_kb, end_kb = served.get("rss_half_kb", 0), served.get("rss_end_kb", 0)
    growth = round((end_kb - half_kb) / half_kb * 100, 1) if half_kb else None
    elapsed = served.get("elapsed_s", 0.0)
    done = served.get("served", 0)
    rss_end_mb = round(end_kb / 1024, 1)
    return {
        "date": date.today().isoformat(),  # noqa: DTZ011 - the run's day, for the record
        "customers": args.customers,
        "served": done,
        "lines": args.lines,
        "language": args.language,
        "voucher_every": args.voucher_every,
        "shop": str(shop.db),
        "exit_code": watched.returncode,
        "signal": signal_name(watched.returncode),
        "hung": watched.hung,
        "crashes": crashes,
        "defects": defects,
        "crash_count": len(crashes),
        "defect_count": len(defects),
        "rss_mb": {
            "after_half": round(half_kb / 1024, 1),
            "after_all": rss_end_mb,
            "half_at": served.get("half", 0),
            "growth_last_half_pct": growth,
            "peak": round(served.get("hwm_kb", 0) / 1024, 1),
            "samples": [[n, round(kb / 1024, 1)] for n, kb in served.get("rss_kb", [])],
        },
        "stalls_ms": served.get("stalls", {}),
        "throughput_per_min": round(done / elapsed * 60, 1) if elapsed else 0.0,
        "elapsed_s": elapsed,
        "sign_in_s": served.get("sign_in_s", 0.0),
        "complete_to_done_ms": stats(served.get("to_done_ms", [])),
        "complete_to_preview_ms": stats(served.get("to_preview_ms", [])),
        "mix": served.get("mix", {}),
        "goals": {
            "crashes": 0,
            "rss_max_mb": GOAL_RSS_MB,
            "growth_max_pct": GOAL_GROWTH_PCT,
            "met": not crashes
            and not defects
            and bool(end_kb)
            and rss_end_mb <= GOAL_RSS_MB
            and growth is not None
            and growth < GOAL_GROWTH_PCT,
        },
    }


def print_report(data: dict[str, Any]) -> None:
    rss, stall = data["rss_mb"], data["stalls_ms"]
    done, preview = data["complete_to_done_ms"], data["complete_to_preview_ms"]

    def ms(values: dict[str, float]) -> str:
        if not values:
            return "-"
        return f"p50 {values['p50']:.0f} / p99 {values['p99']:.0f} / max {values['max']:.0f} ms"

    rows = [
        (
            "customers served",
            f"{data['served']:,} of {data['customers']:,} "
            f"({data['lines']:,}-line shop, {data['language']})",
        ),
        ("mix", ", ".join(f"{k} {v}" for k, v in sorted(data["mix"].items()))),
        (
            "crashes",
            f"{data['crash_count']}  (exit code {data['exit_code']}"
            f"{', ' + data['signal'] if data['signal'] else ''}{', hung' if data['hung'] else ''})",
        ),
        ("defects", str(data["defect_count"])),
        (f"RSS after {rss['half_at']:,}", f"{rss['after_half']:.1f} MB"),
        (
            f"RSS after {data['customers']:,}",
            f"{rss['after_all']:.1f} MB  (peak {rss['peak']:.1f} MB)",
        ),
        (
            "growth, second half",
            "-" if rss["growth_last_half_pct"] is None else f"{rss['growth_last_half_pct']:+.1f} %",
        ),
        (
            "longest GUI stall",
            f"{stall.get('max_ms', 0):.1f} ms during {stall.get('max_phase', '-')}",
        ),
        (
            "GUI gaps p50 / p99",
            f"{stall.get('p50_ms', 0):.1f} / {stall.get('p99_ms', 0):.1f} ms "
            f"({stall.get('over_100ms', 0)} over 100 ms)",
        ),
        (
            "throughput",
            f"{data['throughput_per_min']:.1f} customers/min "
            f"({data['elapsed_s']:.0f} s, sign-in {data['sign_in_s']:.1f} s)",
        ),
        ("complete -> done page", ms(done)),
        ("complete -> receipt preview", ms(preview)),
        ("goals (0 crashes, <= 300 MB, < 10 %)", "met" if data["goals"]["met"] else "NOT met"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for gap, phase in stall.get("top", [])[:5]:
        print(f"  stall {gap:6.1f} ms during {phase}")
    for kind, problems in (("CRASH", data["crashes"]), ("DEFECT", data["defects"])):
        for problem in problems:
            print(f"{kind} [{problem.get('kind', '')}]: {problem['text'][:2000]}")


def child_environment(home: Path) -> Problem:
    """The environment minus any COUNTER_* setting, with the run's own directories."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTER_")}
    for name in ("config", "data", "log"):
        (home / name).mkdir(parents=True, exist_ok=True)
        env[f"COUNTER_{name.upper()}_DIR"] = str(home / name)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONFAULTHANDLER"] = "1"  # a segfault or SIGABRT prints every thread's stack
    env["PYTHONUNBUFFERED"] = "1"
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000)
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--language", default="zh_HK", choices=("zh_HK", "en", "zh_CN"))
    parser.add_argument("--voucher-every", type=int, default=20, help="0: no vouchers")
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--keep", action="store_true", help="keep the run's directory")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    if args.customers < 2 or args.lines < 20:
        parser.error("at least 2 customers and 20 lines")

    return soak(args)


def prepare(args: argparse.Namespace, shop: Shop, home: Path) -> tuple[Path, str]:
    """The run's copy of the shop and its secret in *home*, and the customers' plan."""
    database = home / "data" / "shop.sqlite3"
    copy_shop(shop.db, database)
    secret = home / "config" / "installation-secret.json"
    shutil.copy(shop.secret, secret)
    secret.chmod(0o600)
    url = f"sqlite:///{database}"
    numbers, others = renewable_lines(url, shop, args.lines, min(args.customers, args.lines // 2))
    holders = [(n, hkid) for n, hkid in shop.holders if n in numbers]
    if not holders or not others:
        raise SystemExit("no renewable line with a known holder, or none to top up")
    customers = plan_customers(args.customers, holders, others, args.voucher_every)
    plan = home / "plan.json"
    plan.write_text(
        json.dumps(
            {
                "database_url": url,
                "language": args.language,
                "customers": [asdict(c) for c in customers],
            }
        )
    )
    return plan, f"{len(holders)} known holders, {len(others)} lines to top up"


def judge(
    watched: Watched, result: dict[str, Any] | None, home: Path
) -> tuple[list[Problem], list[Problem]]:
    """(crashes, defects): the child's end, its stderr, what it saw, the program's log."""
    crashes, defects = stderr_problems((home / "stderr.txt").read_text(errors="replace"))
    if watched.returncode < 0 or watched.hung:
        what = "hung" if watched.hung else f"killed by {signal_name(watched.returncode)}"
        if not crashes or watched.hung:
            crashes.insert(0, {"kind": what, "text": f"last output: {watched.last_progress}"})
    elif watched.returncode not in (0, 3) and not crashes:
        crashes.append({"kind": "exit", "text": f"exit code {watched.returncode}"})
    if result is None and not crashes:
        crashes.append({"kind": "no result", "text": "the child wrote no result"})
    if result is not None:
        defects = [{"kind": "window", **d} for d in result["defects"]] + defects
    defects += log_problems(home / "log")
    return crashes, defects


def soak(args: argparse.Namespace) -> int:
    shop = ensure_shop(args.cache_dir.resolve(), args.lines)
    home = Path(tempfile.mkdtemp(prefix="counter-soak-"))
    env = child_environment(home)
    plan, what = prepare(args, shop, home)
    result_file = home / "result.json"
    print(f"serving {args.customers:,} customers on {args.lines:,} lines ({what}) in {home} ...")
    watched = watch(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(plan), str(result_file)],
        env,
        home / "stderr.txt",
        args.customers,
    )
    result = json.loads(result_file.read_text()) if result_file.exists() else None
    crashes, defects = judge(watched, result, home)
    data = report(args, shop, watched=watched, result=result, crashes=crashes, defects=defects)
    print_report(data)
    if args.json:
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    if crashes or defects or args.keep:
        print(f"the run's files (stderr, log, database) are kept in {home}")
    else:
        shutil.rmtree(home, ignore_errors=True)
    return 1 if crashes or defects else 0


if __name__ == "__main__":
    sys.exit(main())
