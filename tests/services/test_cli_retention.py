"""`counter-app retention`: the scheduled erasure of identity data kept too long."""

from __future__ import annotations

import pytest

from counter_app.services import staff
from tests.services.conftest import PASSWORD, Shop
from tests.services.test_cli_reminders import counter_app
from tests.services.test_retention import LONG_AGO, RECENTLY, add_holder, holder

pytestmark = pytest.mark.slow

OWNER = ("--staff", "owner")


def test_dry_run_counts_and_the_run_erases_only_the_expired(shop: Shop, database_url: str) -> None:
    staff.create_user(
        shop.db, None, username="owner", display_name="Owner", role="admin", password=PASSWORD
    )
    gone = add_holder(shop, {"closed_at": LONG_AGO})
    kept = add_holder(shop, {"closed_at": RECENTLY})

    counted = counter_app(database_url, "retention", "--dry-run", *OWNER, stdin=PASSWORD)
    assert counted.returncode == 0, counted.stderr
    assert counted.stdout.startswith("1 holder(s) would")
    assert holder(shop, gone).name_en == "WONG SIU MING"  # a dry run changes nothing

    run = counter_app(database_url, "retention", *OWNER, stdin=PASSWORD)
    assert run.returncode == 0, run.stderr
    assert "erased the identity data of 1 holder(s)" in run.stdout
    assert "(24 months kept)" in run.stdout
    assert holder(shop, gone).identity_erased_at is not None
    assert holder(shop, gone).name_en == ""
    assert holder(shop, kept).name_en == "WONG SIU MING"

    again = counter_app(database_url, "retention", *OWNER, stdin=PASSWORD)
    assert "erased the identity data of 0 holder(s)" in again.stdout
