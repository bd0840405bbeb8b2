"""Inserting many rows of one table at once: one prepared statement, executemany, the fields' own conversions.

peewee's insert_many builds the SQL text value by value in Python, which cost more than the database's work on
a large import; one INSERT with placeholders run by the driver's executemany gives the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from orderdesk.store.models import BaseModel, database_proxy


def insert_rows(model: type[BaseModel], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows given as {field name: python value}; a field a row leaves out gets its default."""
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if not f.primary_key]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([database_proxy.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    defaults = {f.name: f.default for f in fields}
    values = [tuple(f.db_value(_value(row, f.name, defaults)) for f in fields) for row in rows]
    database_proxy.cursor().executemany(sql, values)


def _value(row: Mapping[str, Any], name: str, defaults: Mapping[str, Any]) -> Any:
    if name in row:
        value = row[name]
        return value.id if isinstance(value, BaseModel) else value
    default = defaults[name]
    return default() if callable(default) else default
