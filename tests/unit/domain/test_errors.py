"""ErrorCode: every code the package raises is a member, so each one can have its text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from counter_app.domain.errors import ErrorCode, InputError, OutsideError
from counter_app.services.shop_settings import COUNTER_KEYS, SHOP_KEYS

PACKAGE = Path(__file__).resolve().parents[3] / "counter_app"


def given_codes() -> dict[str, str]:
    """Each ``code="..."`` (or ``code=ErrorCode.NAME``) given to an error, with where."""
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        if "forms" in path.parts or path.name == "resources_rc.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if not (name.endswith(("Error", "Problem")) or name in {"NotFound", "NotAllowed"}):
                continue
            for keyword in node.keywords:
                value = keyword.value
                where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                if keyword.arg != "code":
                    continue
                if isinstance(value, ast.Constant):
                    found[value.value] = where
                elif (
                    isinstance(value, ast.Attribute)
                    and getattr(value.value, "id", "") == "ErrorCode"
                ):
                    found[f"ErrorCode.{value.attr}"] = where
    return found


def test_every_code_given_to_an_error_is_a_member() -> None:
    codes = given_codes()
    assert len(codes) > 100, "the scan found too few codes: has the raise style changed?"
    known = {*ErrorCode, *(f"ErrorCode.{name}" for name in ErrorCode.__members__)}
    assert {code: where for code, where in codes.items() if code not in known} == {}


def test_the_codes_built_from_names_are_members() -> None:
    # shop_settings raises f"settings.{key}"; catalog_admin f"{area}.code" / f"{area}.name".
    built = [f"settings.{key}" for key in (*SHOP_KEYS, *COUNTER_KEYS)]
    built += [f"{area}.{what}" for area in ("plan", "promotion") for what in ("code", "name")]
    assert [code for code in built if code not in set(ErrorCode)] == []


def test_member_names_spell_their_codes() -> None:
    for code in ErrorCode:
        assert code.name == code.value.upper().replace(".", "_")


def test_params_are_kept_and_the_code_is_always_a_member() -> None:
    error = InputError("too short", code="password.too_short", params={"minimum": 8})
    assert error.code is ErrorCode.PASSWORD_TOO_SHORT and error.params == {"minimum": 8}
    with pytest.raises(ValueError, match=r"password\.too_shrt"):
        InputError("typo", code="password.too_shrt")


def test_an_outside_error_has_a_code_only_when_given_one() -> None:
    assert OutsideError("disk full").code is None
    assert OutsideError("gone", code="database.unavailable").code is ErrorCode.DATABASE_UNAVAILABLE
    with pytest.raises(ValueError, match=r"printer\.jammed"):
        OutsideError("jammed", code="printer.jammed")
