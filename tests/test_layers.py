"""The architecture's import rules: layers point down, no cycle, no private reach-ins, no Qt.

The core imports no Qt, the GUI writes no SQL, no module uses another module's ``_private``
names, the package's modules import each other in no cycle, and the layers, lowest first
(a module may import its own layer and the ones below it), are:

0. ``counter_app`` (the package's ``__init__``: its name and version, nothing else)
1. ``domain/`` - pure Python: money, documents, holders, tenders, plans, the sale and
   report types; no SQLAlchemy, no Qt, no I/O
2. ``config``, ``log``, ``files``, ``licences``, ``licence_texts`` - the installation's
   settings and paths, logging, owner-only atomic files, the bundled licence texts: I/O,
   but no database and no Qt, so that every layer above may use them
3. ``providers/`` - the outside world's adapters (a carrier's aggregator, the SMS
   gateway): network I/O behind one interface, no database and no Qt
4. ``store/`` - SQLAlchemy models, engine, migrations
5. ``printing/`` - ReportLab documents, drawn from the domain's types
6. ``services/`` - the use cases, each a unit of work
7. ``gui/`` and ``resources_rc`` - Qt: widgets, screens, the generated forms and resources
8. ``cli``, ``__main__``, ``bootstrap``, ``devtools/`` - what starts the program or builds
   the checkout: the command line, ``python -m``, the set-up script, the regenerator

Every import counts: at module level, inside functions, and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "counter_app"
CORE = ("domain", "providers", "store", "services", "printing")

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("package", ()),
    ("domain", ("counter_app.domain",)),
    (
        "infrastructure",
        (
            "counter_app.config",
            "counter_app.log",
            "counter_app.files",
            "counter_app.licences",
            "counter_app.licence_texts",
        ),
    ),
    ("providers", ("counter_app.providers",)),
    ("store", ("counter_app.store",)),
    ("printing", ("counter_app.printing",)),
    ("services", ("counter_app.services",)),
    ("gui", ("counter_app.gui", "counter_app.resources_rc")),
    (
        "entry",
        (
            "counter_app.cli",
            "counter_app.__main__",
            "counter_app.bootstrap",
            "counter_app.devtools",
        ),
    ),
)


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


# --- the package's own modules and what they import -------------------------------------


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> Mapping[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@dataclass(frozen=True)
class Import:
    """One import of one of the package's modules, as written at *line* of *source*."""

    source: str
    target: str
    line: int

    def __str__(self) -> str:
        path = modules()[self.source].relative_to(PACKAGE.parent)
        return f"{path}:{self.line} imports {self.target}"


def _absolute(source: str, node: ast.ImportFrom) -> str:
    """The module an ImportFrom names, with a relative import made absolute."""
    if not node.level:
        return node.module or ""
    package = source if modules()[source].name == "__init__.py" else source.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _tree(source: str, text: str | None) -> ast.Module:
    return ast.parse(modules()[source].read_text(encoding="utf-8") if text is None else text)


@cache
def package_imports(source: str, text: str | None = None) -> tuple[Import, ...]:
    """Every import of the package's own modules by *source* (or by *text* as if it were
    *source*), wherever it is written: at module level, in a function, under TYPE_CHECKING.
    """
    known = modules()
    found: list[Import] = []
    tree = _tree(source, text)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(Import(source, a.name, node.lineno) for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(source, node)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                target = submodule if submodule in known else base
                if target in known:
                    found.append(Import(source, target, node.lineno))
    return tuple(dict.fromkeys(found))


def layer_of(module: str) -> int:
    """The index in LAYERS of *module*'s layer; every module of the package has one."""
    if module == "counter_app":
        return 0
    for index, (_name, prefixes) in enumerate(LAYERS):
        if any(module == prefix or module.startswith(f"{prefix}.") for prefix in prefixes):
            return index
    raise AssertionError(f"{module} is in no layer: add it to LAYERS and the docstring")


def graph() -> dict[str, set[str]]:
    return {
        source: {i.target for i in package_imports(source) if i.target != source}
        for source in modules()
    }


def cycles(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """One cycle (first module repeated at the end) per group of modules that import each other.

    Tarjan's strongly connected components, then a shortest way round each component.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return [_way_round(edges, component) for component in components]


def _way_round(edges: Mapping[str, set[str]], component: set[str]) -> list[str]:
    start = min(component)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for nxt in sorted(edges.get(node, set()) & component):
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [*reversed(path), start]
                if nxt not in came_from:
                    came_from[nxt] = node
                    following.append(nxt)
        frontier = following
    raise AssertionError(f"no way round {sorted(component)}")


def private_uses(source: str, text: str | None = None) -> list[str]:
    """``from x import _y`` and ``x._y`` in *source* (or *text*), x another of the modules."""
    tree = _tree(source, text)
    where = modules()[source].relative_to(PACKAGE.parent)
    bound, imported = _bindings(source, tree)
    used = [(line, f"imports {name}") for line, name in imported]
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            name = _module_attribute(node, bound)
            if name is not None and name.rpartition(".")[0] != source:
                used.append((node.lineno, f"uses {name}"))
    return [f"{where}:{line} {what}" for line, what in sorted(used)]


def _bindings(source: str, tree: ast.Module) -> tuple[dict[str, str], list[tuple[int, str]]]:
    """The names bound to the package's modules, and the private names imported from them."""
    known = modules()
    bound: dict[str, str] = {}
    imported: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top == "counter_app":
                    bound[alias.asname or top] = alias.name if alias.asname else top
        elif isinstance(node, ast.ImportFrom) and (base := _absolute(source, node)) in known:
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    bound[alias.asname or alias.name] = f"{base}.{alias.name}"
                elif _private(alias.name) and base != source:
                    imported.append((node.lineno, f"{base}.{alias.name}"))
    return bound, imported


def _module_attribute(node: ast.Attribute, bound: Mapping[str, str]) -> str | None:
    """``module._name`` for a private name reached through a module, else None."""
    chain: list[str] = []
    value: ast.expr = node
    while isinstance(value, ast.Attribute):
        chain.append(value.attr)
        value = value.value
    if not isinstance(value, ast.Name) or value.id not in bound:
        return None
    module = bound[value.id]
    for name in reversed(chain):
        if f"{module}.{name}" in modules():
            module = f"{module}.{name}"
        elif _private(name):
            return f"{module}.{name}"
        else:
            return None
    return None


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


# --- the rules ----------------------------------------------------------------------------


def test_every_module_is_in_a_layer() -> None:
    for module in modules():
        layer_of(module)


def test_imports_point_down_only() -> None:
    upward = [
        f"{found} ({LAYERS[layer_of(found.target)][0]} is above "
        f"{LAYERS[layer_of(found.source)][0]})"
        for source in modules()
        for found in package_imports(source)
        if layer_of(found.target) > layer_of(source)
    ]
    assert not upward, "imports from a higher layer:\n" + "\n".join(upward)


def test_no_import_cycle() -> None:
    found = cycles(graph())
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(cycle) for cycle in found)


def test_no_module_uses_another_modules_private_names() -> None:
    used = [use for source in modules() for use in private_uses(source)]
    assert not used, "private names used from outside their module:\n" + "\n".join(used)


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b", "a"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}, [["a", "b", "c", "a"]]),
        ({"a": {"b", "c"}, "b": {"c"}, "c": {"a"}}, [["a", "c", "a"]]),
    ],
)
def test_a_cycle_is_found_and_named(edges: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert cycles(edges) == expected


def test_every_kind_of_import_counts() -> None:
    text = (
        "from typing import TYPE_CHECKING\n"
        "from counter_app.domain import money\n"
        "if TYPE_CHECKING:\n"
        "    from counter_app.store.engine import Database\n"
        "def later() -> None:\n"
        "    import counter_app.services.sales\n"
        "    from counter_app.gui.tasks import run_task\n"
        "    from .clock import HONG_KONG\n"
    )
    found = package_imports("counter_app.domain.cash", text)
    assert [(i.target, i.line) for i in found] == [
        ("counter_app.domain.money", 2),
        ("counter_app.store.engine", 4),
        ("counter_app.services.sales", 6),
        ("counter_app.gui.tasks", 7),
        ("counter_app.domain.clock", 8),
    ]
    assert [layer_of(i.target) > layer_of(i.source) for i in found] == [
        False,
        True,
        True,
        True,
        False,
    ]


def test_a_private_name_is_seen_however_it_is_reached() -> None:
    text = (
        "from counter_app.services.sales import _facts, quotes\n"
        "from counter_app.services import sales\n"
        "import counter_app.services.checkout\n"
        "import counter_app.domain.money as money\n"
        "sales._queue_sms, sales.quotes, sales.__name__\n"
        "counter_app.services.checkout._payment\n"
        "money._too_large\n"
    )
    assert private_uses("counter_app.gui.station", text) == [
        "counter_app/gui/station.py:1 imports counter_app.services.sales._facts",
        "counter_app/gui/station.py:5 uses counter_app.services.sales._queue_sms",
        "counter_app/gui/station.py:6 uses counter_app.services.checkout._payment",
        "counter_app/gui/station.py:7 uses counter_app.domain.money._too_large",
    ]
    assert not private_uses("counter_app.services.sales", "from . import sales\nsales._facts\n")


# --- the core is Qt-free, the GUI writes no SQL ----------------------------------------------


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
