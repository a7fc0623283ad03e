"""Receipt tests reuse the services' demo shop; its secret sits where the CLI looks for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.services import keys
from counter_app.services.keys import InstallationSecret
from tests.services.conftest import clerk, clock, open_shift, shop

__all__ = ["clerk", "clock", "open_shift", "shop"]


@pytest.fixture
def secret(counter_home: Path) -> InstallationSecret:
    """The installation secret in the config directory, so `counter-app receipt` finds it."""
    return keys.load_or_create(keys.secret_path(counter_home / "config"))
