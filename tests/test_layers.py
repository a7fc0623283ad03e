"""The architecture's import rules: a Qt-free core, and no SQL in the GUI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "counter_app"
CORE = ("domain", "store", "services", "printing")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", CORE)
def test_core_imports_no_qt(layer: str) -> None:
    for path in (PACKAGE / layer).rglob("*.py"):
        qt = {m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}}
        assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"
        gui = {m for m in imported_modules(path) if m.startswith("counter_app.gui")}
        assert not gui, f"{path.relative_to(PACKAGE)} imports {gui}"


def test_domain_imports_no_database() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        bad = {m for m in imported_modules(path) if m.split(".")[0] in {"sqlalchemy", "alembic"}}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_gui_writes_no_sql() -> None:
    for path in (PACKAGE / "gui").rglob("*.py"):
        bad = {
            m
            for m in imported_modules(path)
            if m.split(".")[0] in {"sqlalchemy", "alembic", "sqlite3", "psycopg"}
        }
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"
