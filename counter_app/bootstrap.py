"""Set up a checkout from nothing, then start the demo shop or run the whole test suite.

Run from the repository root with the system Python (standard library only)::

    python3 -m counter_app.bootstrap demo     # set up, then start Counter on the demo shop
    python3 -m counter_app.bootstrap test     # set up, then run the whole test suite

Both are idempotent: a second run checks the system packages (one dpkg-query) and the
virtual environment's stamp, and goes straight to work when nothing changed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".counter-bootstrap"

# What Qt needs to start (offscreen and on X11), the CJK font receipts embed, and CUPS.
APT_RUNTIME = (
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libcups2",
    "fonts-wqy-microhei",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
)
# What the test suite reads PDFs back with and runs real windows under.
APT_TEST = (
    "poppler-utils",
    "poppler-data",
    "xvfb",
    "xauth",
    # A real CUPS queue that writes PDFs, for the printing tests; zbar reads barcodes back.
    "cups",
    "printer-driver-cups-pdf",
    "zbar-tools",
    # PgBouncer in transaction mode in front of PostgreSQL (tests/e2e/test_pooler.py); the
    # failover test makes its own clusters with the server binaries CI already has.
    "pgbouncer",
)
TEST_PRINTER = "CounterTestPDF"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
CUPS_PDF_PPD = "lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd"


def _say(message: str) -> None:
    print(f"[counter bootstrap] {message}", flush=True)


def _apt_packages(purpose: str) -> list[str]:
    packages = list(APT_RUNTIME)
    if purpose == "test":
        packages += APT_TEST
    if importlib.util.find_spec("ensurepip") is None:
        # Debian's own python3 ships venv's pip bootstrap separately.
        packages.append("python3-venv")
    return packages


def missing_apt_packages(packages: Sequence[str]) -> list[str]:
    """Return the Debian packages of *packages* that are not installed."""
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Abbrev}\n", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    installed = {
        line.split()[0].split(":")[0]
        for line in result.stdout.splitlines()
        if len(line.split()) >= 2 and line.split()[1].startswith("ii")
    }
    return [p for p in packages if p not in installed]


def ensure_system_packages(purpose: str) -> bool:
    """Install missing Debian packages as root; otherwise print the apt-get line.

    Returns False when the caller has to stop (packages missing and we are not root).
    """
    if shutil.which("dpkg-query") is None:
        _say("not a Debian/Ubuntu system: system packages are not checked (see README).")
        return True
    missing = missing_apt_packages(_apt_packages(purpose))
    if not missing:
        return True
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() != 0:
        _say("these system packages are missing; install them, then run this again:")
        print("    sudo apt-get update && sudo " + " ".join(command), flush=True)
        return False
    _say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*command, "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)
    return True


def _scheduler_running() -> bool:
    result = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return result.returncode == 0 and "not running" not in result.stdout


def _cups_pdf_folder() -> Path:
    """Where cups-pdf writes a job printed by this user (its ``Out`` setting)."""
    out = "/var/spool/cups-pdf/${USER}"
    try:
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("Out "):
                out = line.split(None, 1)[1].strip()
    except OSError:
        pass
    home = str(Path.home())
    user = os.environ.get("USER") or Path.home().name
    return Path(out.replace("${HOME}", home).replace("${USER}", user))


def ensure_test_printer() -> dict[str, str]:
    """Start CUPS and add a queue that prints to PDF files; the variables for the tests.

    Without root or CUPS the printing tests that need a printer are skipped (and fail
    under CI=true), as the PostgreSQL ones are without a server.
    """
    if shutil.which("lpstat") is None or shutil.which("lpadmin") is None:
        _say("CUPS is not installed: the tests that print to a real queue will be skipped")
        return {}
    if not _scheduler_running():
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        if os.geteuid() != 0 or not Path(cupsd).exists():
            _say("the CUPS scheduler is not running; start it to run the printing tests")
            return {}
        _say("starting the CUPS scheduler for the printing tests")
        subprocess.run([cupsd], check=False)
        for _ in range(50):
            if _scheduler_running():
                break
            time.sleep(0.2)
    known = subprocess.run(
        ["lpstat", "-p", TEST_PRINTER], capture_output=True, text=True, check=False
    )
    if known.returncode != 0:
        if os.geteuid() != 0:
            _say(
                f"no CUPS queue {TEST_PRINTER}; as root: lpadmin -p {TEST_PRINTER} -E "
                f"-v cups-pdf:/ -m {CUPS_PDF_PPD}"
            )
            return {}
        _say(f"adding the CUPS queue {TEST_PRINTER} (prints to PDF files)")
        added = subprocess.run(
            ["lpadmin", "-p", TEST_PRINTER, "-E", "-v", "cups-pdf:/", "-m", CUPS_PDF_PPD],
            capture_output=True,
            text=True,
            check=False,
        )
        if added.returncode != 0:
            _say(f"could not add the test printer: {added.stderr.strip()}")
            return {}
    return {
        "COUNTER_TEST_PRINTER": TEST_PRINTER,
        "COUNTER_TEST_PRINTER_OUT": str(_cups_pdf_folder()),
    }


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _wanted_stamp() -> str:
    digest = hashlib.sha256()
    digest.update((ROOT / "pyproject.toml").read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_virtualenv() -> Path:
    """Create .venv and install the package (editable, with PostgreSQL and dev tools)."""
    python = _venv_python()
    wanted = _wanted_stamp()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    if not python.exists():
        _say(f"creating the virtual environment in {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    _say("installing Counter and its dependencies into the virtual environment")
    pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
    # Dependency groups (`--group dev`) need pip 25.1 or newer.
    subprocess.run([*pip, "install", "-q", "--upgrade", "pip>=25.1"], check=True)
    subprocess.run(
        [*pip, "install", "-q", "--editable", f"{ROOT}[postgres]", "--group", "dev"],
        check=True,
        cwd=ROOT,
    )
    STAMP.write_text(wanted + "\n")
    return python


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in {"demo", "test"}:
        print(__doc__)
        return 2
    purpose, rest = args[0], args[1:]
    if not ensure_system_packages(purpose):
        return 1
    python = ensure_virtualenv()
    env = dict(os.environ)
    if purpose == "demo":
        command = [str(python), "-m", "counter_app", "--demo", *rest]
    else:
        command = [str(python), "-m", "pytest", *rest]
        env.update(ensure_test_printer())
    _say("running: " + " ".join(command))
    sys.stdout.flush()
    return subprocess.run(command, cwd=ROOT, check=False, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
