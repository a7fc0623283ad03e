"""`counter-app outbox …` as a shop's supervisor and its server run it: real processes."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from counter_app.config import load_settings
from counter_app.domain.clock import HONG_KONG, system_clock
from counter_app.domain.sales import SaleKind
from counter_app.domain.tenders import Tender, TenderKind
from counter_app.services import sales, shifts, staff
from counter_app.services.startup import open_counter
from counter_app.store.models import Carrier, Line, OutboxJob, Plan
from tests.test_cli_admin import PASSWORD, SUPERVISOR, counter_app, demo_data

pytestmark = pytest.mark.slow


def _top_up() -> tuple[str, int]:
    """A HK$50 top-up sold at the counter: its receipt number and its fulfilment job's id."""
    db, context, _secret = open_counter(load_settings())
    try:
        assert context is not None
        clerk = staff.sign_in(db, "clerk", PASSWORD, counter_id=context.counter_id)
        shifts.open_shift(db, clerk, context.counter_id, 0)
        today = system_clock().astimezone(HONG_KONG).date()
        with db.write() as session:
            line = session.scalars(
                select(Line).join(Carrier).where(Carrier.code == "BAUHINIA").limit(1)
            ).one()
            line.expires_on = today + timedelta(days=30)
            line_id = line.id
        draft = sales.start_sale(db, clerk, context.counter_id, SaleKind.LINE, line_id=line_id)
        sold = sales.complete_line_sale(
            db, clerk, draft.uuid, plan_code="BAU-T050", tenders=[Tender(TenderKind.CASH, 5_000)]
        )
        with db.read() as session:
            job_id = session.scalars(
                select(OutboxJob.id).where(OutboxJob.reference == f"{sold.receipt_no}/1")
            ).one()
    finally:
        db.dispose()
    assert sold.receipt_no is not None
    return sold.receipt_no, job_id


def test_status_counts_the_jobs_and_says_what_is_missing(counter_home: Path) -> None:
    demo_data()
    _top_up()
    result = counter_app("outbox", "status")
    assert result.returncode == 0, result.stderr
    assert "fulfilment  pending    1" in result.stdout
    assert "sms         pending    1" in result.stdout
    assert "providers here: none (jobs wait)" in result.stdout
    assert "counter-app outbox credentials dtone" in result.stdout


def test_a_supervisor_lists_and_settles_a_top_up_applied_by_hand(counter_home: Path) -> None:
    demo_data()
    receipt_no, job = _top_up()
    refused = counter_app("outbox", "list", "--staff", "clerk", stdin=PASSWORD)
    assert refused.returncode == 2 and "needs a supervisor" in refused.stderr
    listed = counter_app("outbox", "list", *SUPERVISOR, stdin=PASSWORD)
    assert listed.returncode == 0, listed.stderr
    (row,) = listed.stdout.splitlines()
    assert receipt_no in row and "apply by hand" in row and "HK$50.00" in row
    assert "••" in row  # the number masked
    bad = counter_app(
        "outbox", "applied", str(job), "--carrier-ref", " ", *SUPERVISOR, stdin=PASSWORD
    )
    assert bad.returncode == 2 and "carrier's reference" in bad.stderr
    done = counter_app(
        "outbox",
        "applied",
        str(job),
        "--carrier-ref",
        "BHM-778812",
        "--staff",
        "clerk",
        stdin=PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    again = counter_app("outbox", "list", *SUPERVISOR, stdin=PASSWORD)
    assert "nothing needs a person" in again.stdout
    status = counter_app("outbox", "status").stdout
    assert "fulfilment  confirmed  1" in status
    retry = counter_app("outbox", "retry", str(job), *SUPERVISOR, stdin=PASSWORD)
    assert retry.returncode == 2 and "only a failed or unknown job" in retry.stderr


def test_credentials_go_to_the_owner_only_secret_file_and_nowhere_else(
    counter_home: Path,
) -> None:
    demo_data()
    stored = counter_app("outbox", "credentials", "dtone", stdin="key-123\nsecret-456\n")
    assert stored.returncode == 0, stored.stderr
    assert "secret-456" not in stored.stdout + stored.stderr
    path = counter_home / "config" / "installation-secret.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["providers"]["dtone"] == {"key": "key-123", "secret": "secret-456"}
    assert "id_hash_key" in data  # the keys are kept
    shown = counter_app("config", "show").stdout + counter_app("outbox", "status").stdout
    assert "secret-456" not in shown and "key-123" not in shown
    assert "DT One: no credentials" not in counter_app("outbox", "status").stdout
    log = (counter_home / "log" / "counter.log").read_text(encoding="utf-8")
    assert "secret-456" not in log and "key-123" not in log
    missing = counter_app("outbox", "credentials", "smpp", stdin="only-the-id\n")
    assert missing.returncode == 2 and "password" in missing.stderr


def test_run_once_with_no_provider_sends_nothing_and_says_why(counter_home: Path) -> None:
    demo_data()
    _top_up()
    result = counter_app("outbox", "run", "--once")
    assert result.returncode == 0, result.stderr
    assert "outbox: 0 sent, 0 looked up" in result.stdout
    assert "sms_gateway is none" in result.stdout


def test_a_provider_url_with_a_password_in_it_is_refused(counter_home: Path) -> None:
    bad = counter_app_with_env({"COUNTER_DTONE_URL": "https://user:pw@dvs-api.dtone.com"})
    assert bad.returncode == 2
    assert "must not hold a user name or password" in bad.stderr
    assert "pw@" not in bad.stderr


def counter_app_with_env(extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counter_app", "config", "show"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **extra},
        check=False,
    )


def test_the_server_s_dispatcher_applies_a_top_up_at_dt_one_and_stops_on_sigterm(
    counter_home: Path,
) -> None:
    from tests.providers.dtone_server import KEY, SECRET, DtOneServer

    demo_data()
    db = open_counter(load_settings())[0]
    try:
        with db.write() as session:
            for carrier in session.scalars(select(Carrier)):
                carrier.fulfilment_provider = "dtone"
            for plan in session.scalars(select(Plan)):
                plan.provider_product = "1234"
    finally:
        db.dispose()
    receipt_no, _job = _top_up()
    server = DtOneServer().start()
    try:
        stored = counter_app("outbox", "credentials", "dtone", stdin=f"{KEY}\n{SECRET}\n")
        assert stored.returncode == 0, stored.stderr
        env = {**os.environ, "COUNTER_DTONE_URL": server.base_url}
        service = subprocess.Popen(
            [sys.executable, "-m", "counter_app", "outbox", "run", "--idle", "0.2"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                status = counter_app_status(env)
                if "fulfilment  confirmed  1" in status:
                    break
                time.sleep(0.3)
            assert "fulfilment  confirmed  1" in status, status
        finally:
            service.send_signal(signal.SIGTERM)
            out, err = service.communicate(timeout=30)
        assert service.returncode == 0, err
        assert "outbox: 1 sent" in out, out
        assert SECRET not in out + err
        assert server.ledger.count(f"{receipt_no}/1") == 1
        assert server.ledger.creates[f"{receipt_no}/1"] == 1
    finally:
        server.stop()


def counter_app_status(env: dict[str, str]) -> str:
    return subprocess.run(
        [sys.executable, "-m", "counter_app", "outbox", "status"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    ).stdout
