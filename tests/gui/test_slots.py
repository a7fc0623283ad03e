"""Every method of a GUI class that a signal is connected to is a declared ``@Slot``.

A declared slot is called by Qt without going through Python's argument matching, it is
checked against the signal's signature, and a connection to it is dropped when its object
is deleted (a plain method keeps a deleted widget's Python side alive).
"""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "counter_app" / "gui"


def connected_methods(tree: ast.ClassDef) -> set[str]:
    """The names of ``self`` methods passed to ``<signal>.connect(...)`` in *tree*."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "connect"
            and node.args
            and isinstance(node.args[0], ast.Attribute)
            and isinstance(node.args[0].value, ast.Name)
            and node.args[0].value.id == "self"
        ):
            names.add(node.args[0].attr)
    return names


def test_every_connected_method_is_a_slot() -> None:
    missing = []
    for path in sorted(GUI.glob("*.py")):
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(cls, ast.ClassDef):
                continue
            connected = connected_methods(cls)
            for item in cls.body:
                if not isinstance(item, ast.FunctionDef) or item.name not in connected:
                    continue
                decorators = {ast.unparse(d).split("(")[0] for d in item.decorator_list}
                if "Slot" not in decorators:
                    missing.append(f"{path.name}:{item.lineno} {cls.name}.{item.name}")
    assert missing == [], "connected to a signal but not a @Slot:\n" + "\n".join(missing)
