"""`counter-app reminders`: the phoning list from the command line, and marking a call."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from counter_app.domain.clock import HONG_KONG
from counter_app.services import audit
from counter_app.store.models import AuditEvent, Line, ReminderContact
from tests.services.conftest import PASSWORD, Shop

pytestmark = pytest.mark.slow


def counter_app(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counter_app", "--database-url", url, *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env=dict(os.environ),
        check=False,
    )


def signed(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The command signed by the supervisor (reminders need a member of staff)."""
    return counter_app(url, *args, "--staff", "supervisor", stdin=PASSWORD + "\n")


@pytest.fixture
def due_shop(shop: Shop) -> Shop:
    """Two lines due by the real clock (the command has no other), every other line not."""
    today = datetime.now(HONG_KONG).date()
    with shop.db.write() as session:
        session.execute(update(Line).values(expires_on=today + timedelta(days=365)))
    shop.set_line("+85296000000", expires_on=today + timedelta(days=3))  # Bauhinia
    shop.set_line("+85296000003", expires_on=today + timedelta(days=12))  # Pearl
    return shop


def test_the_list_the_csv_and_the_filters(
    due_shop: Shop, database_url: str, counter_home: Path, tmp_path: Path
) -> None:
    listed = signed(database_url, "reminders")
    assert listed.returncode == 0, listed.stderr
    assert "+852 9600 0000" in listed.stdout and "+852 9600 0003" not in listed.stdout
    assert listed.stdout.rstrip().endswith("1 line to phone")
    header = listed.stdout.splitlines()[0].split()
    assert header[:3] == ["number", "expires", "days"] and header[-1] == "holder"
    wider = signed(database_url, "reminders", "--days", "14", "--carrier", "PEARL")
    assert wider.returncode == 0, wider.stderr
    assert "+852 9600 0003" in wider.stdout and "+852 9600 0000" not in wider.stdout
    out = tmp_path / "reminders.csv"
    written = signed(database_url, "reminders", "--days", "30", "--out", str(out))
    assert written.returncode == 0, written.stderr
    assert "wrote 2 reminders" in written.stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = raw.decode("utf-8-sig").splitlines()
    assert [row.split(",")[0] for row in rows] == ["number", "'+85296000000", "'+85296000003"]
    sample = due_shop.built.samples[0]
    assert sample.id_number not in raw.decode("utf-8-sig")


def test_marking_a_call_hides_the_line_until_asked(
    due_shop: Shop, database_url: str, counter_home: Path
) -> None:
    marked = counter_app(
        database_url,
        "reminders",
        "contacted",
        "9600",
        "0000",
        "--staff",
        "clerk",
        "--password-stdin",
        "--outcome",
        "will come Friday",
        stdin=PASSWORD + "\n",
    )
    assert marked.returncode == 0, marked.stderr
    assert "+852 9600 0000" in marked.stdout and "陳店員" in marked.stdout
    assert "no lines to phone" in signed(database_url, "reminders").stdout
    shown = signed(database_url, "reminders", "--contacted")
    assert "will come Friday" in shown.stdout and "陳店員" in shown.stdout
    with due_shop.db.read() as session:
        contacts = list(session.scalars(select(ReminderContact)))
        events = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "reminder.contacted"))
        )
    assert [c.outcome for c in contacts] == ["will come Friday"]
    assert len(events) == 1
    assert audit.verify(due_shop.db).ok


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("reminders", "--days", "0"), "'0' is not a number of days from 1 to 90"),
        (("reminders", "--days", "91"), "'91' is not a number of days from 1 to 90"),
        (("reminders", "--carrier", "NOPE"), "there is no carrier 'NOPE'"),
        (("reminders", "--card-type", "prepaid"), "there is no card type 'prepaid'"),
        (("reminders", "--out", "/no/such/folder/r.csv"), "there is no folder /no/such/folder"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    due_shop: Shop, database_url: str, counter_home: Path, args: tuple[str, ...], message: str
) -> None:
    done = signed(database_url, *args)
    assert done.returncode == 2
    assert done.stdout == ""
    *usage, error = done.stderr.splitlines()
    assert message in error
    # argparse puts its usage above a bad option; the program's own refusals are one line.
    assert not usage or usage[0].startswith("usage: counter-app reminders")
    if not args[1].startswith("--days"):
        assert usage == [] and error.startswith("counter-app: ")


def test_marking_with_a_wrong_password_or_unknown_number_changes_nothing(
    due_shop: Shop, database_url: str, counter_home: Path
) -> None:
    for number, password in (("+85296000000", "wrong-password"), ("+85261999999", PASSWORD)):
        done = counter_app(
            database_url,
            "reminders",
            "contacted",
            number,
            "--staff",
            "clerk",
            "--outcome",
            "x",
            stdin=password + "\n",
        )
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("counter-app: ")
    with due_shop.db.read() as session:
        assert list(session.scalars(select(ReminderContact))) == []
