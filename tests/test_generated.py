"""Generated forms, translations and resources match their sources, and are complete."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from counter_app.devtools import regenerate


def test_every_generated_file_matches_its_source() -> None:
    stale = regenerate.stale(regenerate.all_targets())
    assert stale == [], (
        f"out of date: {[str(p) for p in stale]}; run python -m counter_app.devtools.regenerate"
    )


def test_every_form_has_a_generated_module_with_a_do_not_edit_header() -> None:
    for ui in regenerate.UI_DIR.glob("*.ui"):
        module = regenerate.FORMS_DIR / f"ui_{ui.stem}.py"
        assert module.read_text(encoding="utf-8").startswith(f"# Generated from ui/{ui.name}")


def test_translations_are_finished() -> None:
    for ts in regenerate.TRANSLATIONS_DIR.glob("counter_*.ts"):
        unfinished = [
            message.findtext("source")
            for message in ET.parse(ts).iter("message")  # noqa: S314 - our own file
            if message.find("translation") is None
            or message.find("translation").get("type") in {"unfinished", "obsolete", "vanished"}
            or not (message.findtext("translation") or "").strip()
        ]
        assert unfinished == [], f"{ts.name}: translate these, then regenerate"


def test_every_string_in_the_code_is_in_the_translations(tmp_path: Path) -> None:
    """Run lupdate on copies: a new tr() string that nobody translated shows up as new."""
    for language in regenerate.TRANSLATED_LANGUAGES:
        source = regenerate.TRANSLATIONS_DIR / f"counter_{language}.ts"
        copy = tmp_path / source.name
        shutil.copy(source, copy)
        result = subprocess.run(
            regenerate.lupdate_command([copy]), capture_output=True, text=True, check=True
        )
        assert "(0 new and" in result.stdout, result.stdout
        assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")
