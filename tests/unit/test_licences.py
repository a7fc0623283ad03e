"""The About box's library list comes from the installed packages' own metadata."""

from __future__ import annotations

from counter_app.licences import bundled_libraries


def test_every_direct_dependency_is_listed_with_its_licence_text() -> None:
    libraries = {library.name.lower().replace("_", "-"): library for library in bundled_libraries()}
    for name in (
        "pyside6-essentials",
        "cryptography",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "phonenumbers",
        "python-stdnum",
        "argon2-cffi",
        "babel",
        "platformdirs",
        "smpplib",
        "segno",
    ):
        assert name in libraries, name
        assert len(libraries[name].text) > 200, name
    qt = libraries["pyside6-essentials"]
    assert "LGPL-3.0" in qt.licence
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.text
    assert "Permission is hereby granted" in libraries["sqlalchemy"].text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in libraries["smpplib"].text
