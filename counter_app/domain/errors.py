"""The errors the program expects, split by whose fault they are.

- :class:`InputError`: the clerk's (bad input, a business rule). Shown inline in the
  clerk's language; nothing is lost.
- :class:`OutsideError`: the environment's (database unreachable, printer offline). Shown as
  a dialog with retry; the sale in progress is kept.

Anything else is a bug: logged with a traceback and a reference number.
"""

from __future__ import annotations


class CounterError(Exception):
    """An error the program expects and explains; ``str()`` is the English message."""


class InputError(CounterError):
    """Bad input or a business rule the user has to respect.

    ``code`` names the rule (e.g. ``"money.decimals"``) so that the window can show the
    message in the clerk's language; ``field`` names the input it is about, if any.
    """

    def __init__(self, message: str, *, code: str = "input", field: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.field = field


class NotAllowed(InputError):
    """The signed-in user's role does not allow this action."""


class NotFound(InputError):
    """What was asked for does not exist (a line, a sale, a user)."""


class OutsideError(CounterError):
    """Something outside the program failed; retrying may help."""


class DatabaseUnavailable(OutsideError):
    """The database cannot be reached or opened."""


class SchemaMismatch(OutsideError):
    """The database's schema is not the one this version of Counter works with."""
