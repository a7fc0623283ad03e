"""A sale's own rows written as single Core statements, beside the ORM's unit of work.

A sale writes a handful of rows whose shape never changes: the draft, then its items, its
payments, the sale's completion and the line's new state. Through the unit of work each
costs the client about twice what the same statement costs run directly (its change
tracking, dependency sort and bookkeeping: ``benchmarks/counters.py``), and a sale is
mostly client CPU. These two functions write such rows with the same one statement each,
built from the mapped objects, and leave the objects as if the ORM had written them: an
inserted object has its id and defaults, an updated one its new values with no change
pending, so the session's own flush has nothing of theirs to look at.

Objects inserted here stay out of the session (their views are built from them after the
transaction); an object updated here must already be in it (loaded in this transaction).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, Final, cast

from sqlalchemy import Table, bindparam, insert, inspect, update
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.dml import ReturningInsert, Update

from counter_app.store.models import Base

_PRIMARY_KEY: Final = "_row_id"


@lru_cache(maxsize=64)
def _columns(mapper: Mapper[Any]) -> tuple[tuple[str, str], ...]:
    """(attribute key, column key) of every column the class maps."""
    return tuple((prop.key, prop.columns[0].key) for prop in mapper.column_attrs)


@lru_cache(maxsize=64)
def _insert(table: Table, returned: tuple[str, ...]) -> ReturningInsert[Any]:
    """One INSERT per table and set of columns given: built and compiled once."""
    return insert(table).returning(
        *(table.c[column] for column in returned), sort_by_parameter_order=True
    )


def insert_rows(session: Session, objects: Sequence[Base]) -> None:
    """INSERT *objects* (new, not in a session; one mapped class) with RETURNING.

    Objects that set the same attributes go in one statement, in order; each object then
    holds every column as stored (its id, the columns' defaults) as committed values.
    """
    if not objects:
        return
    mapper = inspect(type(objects[0]))
    table = cast(Table, mapper.local_table)
    columns = _columns(mapper)
    groups: dict[tuple[str, ...], list[tuple[Base, dict[str, Any]]]] = {}
    for obj in objects:
        state = obj.__dict__
        values = {column: state[key] for key, column in columns if key in state}
        groups.setdefault(tuple(values), []).append((obj, values))
    for given, rows in groups.items():
        # Back come the columns the objects did not give: the id and the defaults.
        filled = [(key, column) for key, column in columns if column not in given]
        statement = _insert(table, tuple(column for _, column in filled))
        params = [values for _, values in rows]
        with session.no_autoflush:  # the session's other changes wait for its own flush
            result = session.execute(statement, params[0] if len(params) == 1 else params)
            stored_rows = result.all()
        for (obj, values), stored in zip(rows, stored_rows, strict=True):
            for key, column in columns:
                if column in values:
                    set_committed_value(obj, key, values[column])
            for (key, _), value in zip(filled, stored, strict=True):
                set_committed_value(obj, key, value)


@lru_cache(maxsize=64)
def _update(table: Table) -> Update:
    """The UPDATE of one row by its primary key; the SET clause is the values given."""
    (key_column,) = table.primary_key.columns
    return update(table).where(key_column == bindparam(_PRIMARY_KEY))


def update_row(session: Session, obj: Base, values: Mapping[str, Any]) -> None:
    """UPDATE the row of *obj* (loaded in this session) with *values* (attribute: value),
    by primary key, and give *obj* those values as written: the session sees no change.

    The values are given here rather than set on *obj* first: an attribute set on a
    loaded object marks it modified, and the session's next flush then goes through all
    its bookkeeping to find nothing to write.
    """
    state = inspect(obj)
    if state.identity is None:
        raise ValueError(f"{obj!r} is not a row loaded in this session")
    mapper = state.mapper
    table = cast(Table, mapper.local_table)
    columns = dict(_columns(mapper))
    statement = _update(table)
    params = {columns[key]: value for key, value in values.items()}
    with session.no_autoflush:
        session.execute(statement, {_PRIMARY_KEY: state.identity[0], **params})
    for key, value in values.items():
        set_committed_value(obj, key, value)
