"""One named logger per subsystem, and the rotating log file in the user log directory."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Final

cli: Final = logging.getLogger("counter.cli")
config: Final = logging.getLogger("counter.config")
store: Final = logging.getLogger("counter.store")
services: Final = logging.getLogger("counter.services")
outbox: Final = logging.getLogger("counter.outbox")
printing: Final = logging.getLogger("counter.printing")
gui: Final = logging.getLogger("counter.gui")
qt: Final = logging.getLogger("counter.qt")

_FORMAT: Final = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_MAX_BYTES: Final = 2 * 1024 * 1024
_root: Final = logging.getLogger("counter")


class _EarlyRecords(logging.Handler):
    """Holds the records logged before the log file is opened, to write them first."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def setup(
    log_file: Path, level: str, *, keep_files: int = 5, verbose: int = 0, open_file: bool = True
) -> None:
    """Send Counter's log records to *log_file* (rotated) and errors to stderr.

    stderr shows errors only (commands print their own one-line messages); ``-v`` adds
    INFO, ``-vv`` DEBUG. With ``open_file=False`` records are held until
    :func:`open_log_file` (the GUI opens the file once its window is on screen).
    """
    _root.setLevel(logging.DEBUG if verbose >= 2 else getattr(logging, level))
    _root.propagate = False
    for handler in list(_root.handlers):
        _root.removeHandler(handler)
        handler.close()

    console = logging.StreamHandler(sys.stderr)
    console.setLevel({0: logging.ERROR, 1: logging.INFO}.get(verbose, logging.DEBUG))
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    _root.addHandler(console)
    _root.addHandler(_EarlyRecords())
    if open_file:
        open_log_file(log_file, keep_files=keep_files)


def open_log_file(log_file: Path, *, keep_files: int = 5) -> None:
    """Open the rotating log file and write the records held so far into it.

    A log file that cannot be opened is reported on stderr; the program goes on without.
    """
    import logging.handlers  # noqa: PLC0415 - ~12 ms (socket, pickle): not start-up work

    early = next((h for h in _root.handlers if isinstance(h, _EarlyRecords)), None)
    if early is not None:
        _root.removeHandler(early)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=_MAX_BYTES, backupCount=keep_files, encoding="utf-8"
        )
    except OSError as exc:
        _root.error("cannot write the log file %s: %s", log_file, exc.strerror)
        return
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    for record in early.records if early is not None else []:
        file_handler.handle(record)
    _root.addHandler(file_handler)
