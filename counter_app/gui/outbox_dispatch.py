"""The counter window's outbox dispatcher: one long-lived thread of its own, no Qt in it.

A slow carrier or SMS gateway must never hold up a sale, so the dispatcher does not borrow
the task pool the screens use (:mod:`counter_app.gui.tasks`): it has one thread of its
own for the life of the window, started once the database is open, stopped and joined
with a bounded wait when the window closes (and at exit, before Qt is torn down). The
thread holds the database and the settings, never a widget.

A dispatcher that does not stop in time (a provider's call still on its way) is left to
finish on its own: the job it was sending stays ``sending`` and is looked up at the
provider by the next dispatcher, never sent blindly again.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from counter_app import log
from counter_app.gui.tasks import captured_qobject

if TYPE_CHECKING:
    from counter_app.config import Settings
    from counter_app.services.outbox import Dispatcher
    from counter_app.store.engine import Database

STOP_WAIT_S: Final = 5.0
# How long the dispatcher rests when nothing was due (a stop wakes it at once).
IDLE_S: Final = 1.0


def window_dispatcher(db: Database, settings: Settings) -> Dispatcher:
    """On the dispatcher's thread: the installation's dispatcher (its adapters read there,
    off the GUI thread: the secret file, the adapters' imports)."""
    from counter_app.services.outbox_setup import build_dispatcher  # noqa: PLC0415

    return build_dispatcher(db, settings)


class BackgroundDispatcher:
    """Runs ``build()``'s dispatcher until stopped, in a thread of its own.

    *build* runs on that thread and must not capture a QObject (TypeError): give it plain
    data, e.g. ``partial(window_dispatcher, db, settings)``.
    """

    def __init__(self, build: Callable[[], Dispatcher], *, idle_s: float = IDLE_S) -> None:
        captured = captured_qobject(build)
        if captured is not None:
            raise TypeError(
                f"the outbox dispatcher's build captures a {type(captured).__name__}: "
                "it runs on its own thread and must take plain data"
            )
        self._build = build
        self._idle_s = idle_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """Whether its thread is alive (started and not finished yet)."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="outbox-dispatcher", daemon=True)
        _started.add(self)
        self._thread.start()

    def ask_to_stop(self) -> None:
        """Tell the dispatcher to stop after the job in hand; do not wait for it."""
        self._stop.set()

    def stop(self, timeout_s: float = STOP_WAIT_S) -> bool:
        """Ask the dispatcher to stop and wait up to *timeout_s*; True when it has stopped."""
        self._stop.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
        _started.discard(self)
        stopped = thread is None or not thread.is_alive()
        if not stopped:
            log.outbox.warning(
                "the outbox dispatcher did not stop within %.0f s: a call to a provider is "
                "still on its way (its job is looked up before any new send)",
                timeout_s,
            )
        return stopped

    def _run(self) -> None:
        try:
            dispatcher = self._build()
        except Exception:
            log.outbox.exception("the outbox dispatcher could not be set up; jobs wait")
            return
        try:
            dispatcher.run(self._stop, idle_s=self._idle_s)
        except Exception:
            log.outbox.exception("the outbox dispatcher stopped on an error; jobs wait")
        finally:
            gateway = dispatcher.sms
            if gateway is not None:
                try:
                    gateway.close()
                except Exception:
                    log.outbox.exception("the SMS gateway did not close cleanly")


_started: set[BackgroundDispatcher] = set()


@atexit.register
def _stop_at_exit() -> None:
    # Registered after the task runner's drain (this module imports it), so it runs
    # before it: a window closed without its closeEvent still stops its dispatcher
    # before Qt and the database go.
    running = list(_started)
    for dispatcher in running:
        dispatcher.ask_to_stop()
    for dispatcher in running:
        dispatcher.stop()
