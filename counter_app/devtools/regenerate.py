"""Regenerate the committed forms, compiled translations and resource module.

    python -m counter_app.devtools.regenerate                  # rebuild what is out of date
    python -m counter_app.devtools.regenerate --check          # exit 1 if anything is stale
    python -m counter_app.devtools.regenerate --update-translations
                                         # first refresh resources/translations/*.ts from the code

Sources -> outputs:
  ui/NAME.ui                          -> counter_app/gui/forms/ui_NAME.py   (pyside6-uic)
  resources/translations/counter_*.ts -> resources/translations/counter_*.qm (pyside6-lrelease)
  resources/counter.qrc (+ its files) -> counter_app/resources_rc.py        (pyside6-rcc)
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[2]
UI_DIR: Final = ROOT / "ui"
FORMS_DIR: Final = ROOT / "counter_app" / "gui" / "forms"
TRANSLATIONS_DIR: Final = ROOT / "resources" / "translations"
QRC: Final = ROOT / "resources" / "counter.qrc"
RESOURCES_MODULE: Final = ROOT / "counter_app" / "resources_rc.py"
LUPDATE_SOURCES: Final = (ROOT / "counter_app" / "gui", UI_DIR)
TRANSLATED_LANGUAGES: Final = ("zh_HK", "zh_CN")


def tool(name: str) -> str:
    """The path of a Qt for Python tool, preferring the one beside this Python."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


@dataclass(frozen=True)
class Target:
    """One generated file, the files it is made from, and how to make it."""

    output: Path
    inputs: tuple[Path, ...]
    command: tuple[str, ...]  # "{out}" stands for the file the tool writes
    header: str = ""
    prune_imports: bool = False

    def build(self) -> bytes:
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch) / self.output.name
            command = [part.replace("{out}", str(out)) for part in self.command]
            result = subprocess.run(command, capture_output=True, text=True, check=False)
            if result.returncode != 0 or not out.exists():
                raise SystemExit(
                    f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}".rstrip()
                )
            content = out.read_bytes()
        if self.prune_imports:
            content = prune_unused_imports(content.decode("utf-8")).encode("utf-8")
        return self.header.encode("utf-8") + content

    def looks_current(self) -> bool:
        if not self.output.exists():
            return False
        newest_input = max(path.stat().st_mtime for path in self.inputs)
        return self.output.stat().st_mtime >= newest_input


def prune_unused_imports(source: str) -> str:
    """Drop the names uic imports but the form never uses.

    uic imports ~40 Qt names into every form; PySide6 builds each class's Python wrapper
    (with all its enums) on first import, so unused names cost start-up time — ``Qt``
    alone is ~20 ms.
    """
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    replacements = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
            keep = [alias.name for alias in node.names if alias.name in used]
            text = f"from {node.module} import {', '.join(keep)}\n" if keep else ""
            replacements.append((node.lineno - 1, node.end_lineno or node.lineno, text))
    for start, end, text in reversed(replacements):
        lines[start:end] = [text]
    return "".join(lines)


def _qrc_files(qrc: Path) -> tuple[Path, ...]:
    tree = ET.parse(qrc)  # noqa: S314 - our own resource file
    return tuple(qrc.parent / (node.text or "") for node in tree.iter("file"))


def _generated_header(source: Path) -> str:
    relative = source.relative_to(ROOT).as_posix()
    return (
        f"# Generated from {relative} by `python -m counter_app.devtools.regenerate`.\n"
        "# Do not edit: change the source and regenerate.\n"
    )


def translation_targets() -> list[Target]:
    return [
        Target(
            output=ts.with_suffix(".qm"),
            inputs=(ts,),
            command=(tool("pyside6-lrelease"), "-silent", str(ts), "-qm", "{out}"),
        )
        for ts in sorted(TRANSLATIONS_DIR.glob("counter_*.ts"))
    ]


def form_targets() -> list[Target]:
    return [
        Target(
            output=FORMS_DIR / f"ui_{ui.stem}.py",
            inputs=(ui,),
            command=(tool("pyside6-uic"), "-g", "python", str(ui), "-o", "{out}"),
            header=_generated_header(ui),
            prune_imports=True,
        )
        for ui in sorted(UI_DIR.glob("*.ui"))
    ]


def resource_target() -> Target:
    return Target(
        output=RESOURCES_MODULE,
        inputs=(QRC, *_qrc_files(QRC)),
        # No timestamps in the data, so that the output depends on file contents only.
        command=(
            tool("pyside6-rcc"),
            "-g",
            "python",
            "--format-version",
            "1",
            str(QRC),
            "-o",
            "{out}",
        ),
        header=_generated_header(QRC),
    )


def lupdate_command(ts_files: Sequence[Path]) -> list[str]:
    """The lupdate call that refreshes *ts_files* from the code and the forms."""
    return [
        tool("pyside6-lupdate"),
        "-extensions",
        "py,ui",
        "-no-obsolete",
        "-locations",
        "none",
        *map(str, LUPDATE_SOURCES),
        "-ts",
        *map(str, ts_files),
    ]


def update_translations() -> None:
    """Refresh the .ts files from the code and forms (new strings appear unfinished).

    A string that moved to another class (another context) keeps its translation: lupdate
    would drop the old context's entry and add the new one unfinished.
    """
    ts_files = [TRANSLATIONS_DIR / f"counter_{lang}.ts" for lang in TRANSLATED_LANGUAGES]
    known = {ts: finished_translations(ts) for ts in ts_files}
    subprocess.run(lupdate_command(ts_files), check=True)
    for ts, translations in known.items():
        carried = carry_translations(ts, translations)
        if carried:
            print(f"{ts.name}: {carried} moved string(s) kept their translation")


def finished_translations(ts: Path) -> dict[str, str]:
    """Source text -> translation, for the sources translated one way only in *ts*."""
    seen: dict[str, set[str]] = {}
    for message in ET.parse(ts).iter("message"):  # noqa: S314 - our own file
        translation = message.find("translation")
        text = message.findtext("translation") or ""
        if translation is None or translation.get("type") or not text.strip():
            continue
        seen.setdefault(message.findtext("source") or "", set()).add(text)
    return {source: next(iter(texts)) for source, texts in seen.items() if len(texts) == 1}


def carry_translations(ts: Path, translations: dict[str, str]) -> int:
    """Fill *ts*'s unfinished messages whose source is in *translations*; how many."""
    tree = ET.parse(ts)  # noqa: S314 - our own file
    carried = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in translations:
            translation.text = translations[source]
            del translation.attrib["type"]
            carried += 1
    if carried:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
        # lupdate again: the file comes back in lupdate's own layout.
        subprocess.run(lupdate_command([ts]), check=True, capture_output=True)
    return carried


def stale(targets: Sequence[Target]) -> list[Path]:
    """The outputs whose committed content differs from what their sources produce."""
    return [
        t.output for t in targets if not t.output.exists() or t.output.read_bytes() != t.build()
    ]


def regenerate(*, force: bool = False) -> list[Path]:
    """Rebuild outputs that are out of date; returns those whose content changed."""
    changed = []
    # Translations first: the resource module bundles the .qm files.
    for group in (translation_targets, form_targets, lambda: [resource_target()]):
        for target in group():
            if not force and target.looks_current():
                continue
            content = target.build()
            if target.output.exists() and target.output.read_bytes() == content:
                target.output.touch()
                continue
            target.output.parent.mkdir(parents=True, exist_ok=True)
            target.output.write_bytes(content)
            changed.append(target.output)
    return changed


def all_targets() -> list[Target]:
    return [*translation_targets(), *form_targets(), resource_target()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, change nothing")
    parser.add_argument("--force", action="store_true", help="rebuild even what looks current")
    parser.add_argument(
        "--update-translations",
        action="store_true",
        help="first refresh the .ts files from the code (run before translating)",
    )
    args = parser.parse_args(argv)
    if args.check:
        outdated = stale(all_targets())
        for path in outdated:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if outdated else 0
    if args.update_translations:
        update_translations()
    for path in regenerate(force=args.force):
        print(f"regenerated {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
