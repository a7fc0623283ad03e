"""The libraries Counter ships with, their versions and licence texts (for the About box)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata
from importlib.resources import files
from typing import Final

_OWN_DISTRIBUTION: Final = "counter-app"
_OWN_EXTRAS: Final = ("postgres",)
# The Qt for Python wheels carry no licence file; these are the texts their licence names.
_BUNDLED_TEXTS: Final = {"LGPL-3.0": "LGPL-3.0.txt", "GPL-3.0": "GPL-3.0.txt"}


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str
    text: str


def _requirements(
    dist: metadata.Distribution, extras: tuple[str, ...]
) -> list[tuple[str, tuple[str, ...]]]:
    """(name, extras asked for) of each requirement of *dist* that applies."""
    names = []
    for requirement in dist.requires or []:
        spec, _, marker = requirement.partition(";")
        extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
        if extra and extra.group(1) not in extras:
            continue
        match = re.match(r"\s*([A-Za-z0-9._-]+)\s*(?:\[([^\]]*)\])?", spec)
        if match:
            wanted = tuple(e.strip() for e in (match.group(2) or "").split(",") if e.strip())
            names.append((match.group(1), wanted))
    return names


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(dist: metadata.Distribution, name: str) -> str:
    values = dist.metadata.get_all(name) or []
    return str(values[0]).strip() if values else ""


def _licence_name(dist: metadata.Distribution) -> str:
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    declared = _field(dist, "License")
    if declared and "\n" not in declared and len(declared) <= 80:
        return declared
    for classifier in dist.metadata.get_all("Classifier") or []:
        if str(classifier).startswith("License ::"):
            return str(classifier).rsplit("::", 1)[-1].strip()
    return "see the licence text"


def _licence_text(dist: metadata.Distribution, licence: str) -> str:
    texts = []
    for name in dist.metadata.get_all("License-File") or []:
        text = dist.read_text(f"licenses/{name}") or dist.read_text(name)
        if text:
            texts.append(text.strip())
    if texts:
        return "\n\n".join(texts)
    bundled = [
        files("counter_app.licence_texts").joinpath(file).read_text(encoding="utf-8")
        for key, file in _BUNDLED_TEXTS.items()
        if key in licence
    ]
    if bundled:
        return f"{_field(dist, 'Name')} is licensed under {licence}.\n\n" + "\n\n".join(bundled)
    return f"{_field(dist, 'Name')} is licensed under {licence}."


def bundled_libraries() -> list[Library]:
    """Every installed library Counter depends on, directly or not, sorted by name."""
    seen: dict[str, metadata.Distribution] = {}
    try:
        own = metadata.distribution(_OWN_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return []
    pending = _requirements(own, _OWN_EXTRAS)
    while pending:
        name, extras = pending.pop()
        key = _canonical(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        pending.extend(_requirements(dist, extras))
    libraries = []
    for dist in seen.values():
        licence = _licence_name(dist)
        libraries.append(
            Library(
                name=_field(dist, "Name"),
                version=dist.version,
                licence=licence,
                text=_licence_text(dist, licence),
            )
        )
    return sorted(libraries, key=lambda library: library.name.lower())
