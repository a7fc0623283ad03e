"""Who is signed in: a member of staff's role, and which roles rank above which."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLE_RANK: Final[Mapping[Role, int]] = {Role.CLERK: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}
"""A role may do whatever a role of a lower or equal rank may do."""


@dataclass(frozen=True)
class Clerk:
    """A signed-in member of staff, as the rest of the program sees them."""

    id: int
    shop_id: int
    username: str
    display_name: str
    role: Role
    # An admin reset the password: the member of staff chooses their own before anything.
    must_change_password: bool = False

    def can(self, needed: Role) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[needed]
