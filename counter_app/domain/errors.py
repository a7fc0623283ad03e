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
    """Bad input or a business rule the user has to respect."""


class OutsideError(CounterError):
    """Something outside the program failed; retrying may help."""


class DatabaseUnavailable(OutsideError):
    """The database cannot be reached or opened."""


class SchemaMismatch(OutsideError):
    """The database's schema is not the one this version of Counter works with."""
