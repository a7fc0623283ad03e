"""The set-up command's check for system packages asks dpkg, and reads its answer right."""

from __future__ import annotations

import shutil

import pytest

from counter_app.bootstrap import missing_apt_packages


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian/Ubuntu system")
def test_installed_and_missing_packages_are_told_apart() -> None:
    missing = missing_apt_packages(["bash", "coreutils", "counter-no-such-package"])
    assert missing == ["counter-no-such-package"]
