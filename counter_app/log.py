"""One named logger per subsystem, and the rotating log file in the user log directory."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Final

cli: Final = logging.getLogger("counter.cli")
config: Final = logging.getLogger("counter.config")
store: Final = logging.getLogger("counter.store")
services: Final = logging.getLogger("counter.services")
printing: Final = logging.getLogger("counter.printing")
gui: Final = logging.getLogger("counter.gui")
qt: Final = logging.getLogger("counter.qt")

_FORMAT: Final = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_MAX_BYTES: Final = 2 * 1024 * 1024


def setup(log_file: Path, level: str, *, keep_files: int = 5, verbose: int = 0) -> None:
    """Send Counter's log records to *log_file* (rotated) and problems to stderr.

    stderr shows errors only (commands print their own one-line messages); ``-v`` adds
    INFO, ``-vv`` DEBUG. A log file that cannot be opened is
    reported on stderr and the program goes on without it.
    """
    root = logging.getLogger("counter")
    root.setLevel(logging.DEBUG if verbose >= 2 else getattr(logging, level))
    root.propagate = False
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()

    console = logging.StreamHandler(sys.stderr)
    console.setLevel({0: logging.ERROR, 1: logging.INFO}.get(verbose, logging.DEBUG))
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)

    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=_MAX_BYTES, backupCount=keep_files, encoding="utf-8"
        )
    except OSError as exc:
        root.warning("cannot write the log file %s: %s", log_file, exc.strerror)
        return
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(file_handler)
