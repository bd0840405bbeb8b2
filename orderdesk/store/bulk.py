"""Writing many rows of one table at once: statements built once, with the fields' own conversions.

peewee builds the SQL text value by value in Python for every query, which cost more than the database's work on a
large import or pull; one statement with placeholders, its text kept per table (and per row count), gives the same
rows. New rows go in many to a statement; changed rows are updated by the driver's executemany.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

import peewee

from orderdesk.store.models import BaseModel, database_proxy

_STATEMENTS: dict[tuple[str, str, str], str] = {}
_MOST_ROWS = 512  # rows in one INSERT (a power of two)


def _max_parameters() -> int:
    """Placeholders one statement of the open database may take."""
    if not isinstance(database_proxy.obj, peewee.SqliteDatabase):
        return 65_535  # PostgreSQL's protocol
    return 32_766 if sqlite3.sqlite_version_info >= (3, 32) else 999


def _fields(model: type[BaseModel]) -> list[peewee.Field]:
    return [f for f in model._meta.sorted_fields if not f.primary_key]


def quoted(name: str) -> str:
    return f'"{name}"'


def marks(count: int) -> str:
    """`count` placeholders of the open database, comma-separated."""
    return ", ".join([database_proxy.param] * count)


def _statement(model: type[BaseModel], kind: str) -> str:
    key = (model._meta.table_name, kind, database_proxy.param)
    sql = _STATEMENTS.get(key)
    if sql is None:
        fields = _fields(model)
        table = quoted(model._meta.table_name)
        if kind == "insert":
            columns = ", ".join(quoted(f.column_name) for f in fields)
            sql = f"INSERT INTO {table} ({columns}) VALUES ({marks(len(fields))})"
        else:
            settings = ", ".join(f"{quoted(f.column_name)} = {database_proxy.param}" for f in fields)
            primary: Any = model._meta.primary_key
            key_column = quoted(primary.column_name)
            sql = f"UPDATE {table} SET {settings} WHERE {key_column} = {database_proxy.param}"
        _STATEMENTS[key] = sql
    return sql


def insert_rows(model: type[BaseModel], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows given as {field name: python value}; a field a row leaves out gets its default."""
    if not rows:
        return
    fields = _fields(model)
    most = min(_MOST_ROWS, _max_parameters() // len(fields))
    start = 0
    while start < len(rows):
        # Statements of 1, 2, 4 ... rows only: the driver keeps each statement it prepared (a 500-row INSERT is
        # megabytes of program), and a statement for every row count an import meets held 36 MB more. 50 rows
        # go in as 32 + 16 + 2.
        count = min(most, 1 << ((len(rows) - start).bit_length() - 1))
        chunk = rows[start : start + count]
        values = [value for row in chunk for value in _values(row, fields)]
        database_proxy.execute_sql(_insert_many(model, count), values)
        start += count


def _insert_many(model: type[BaseModel], count: int) -> str:
    """One INSERT of `count` rows: SQLite runs it in one step, where executemany steps (and hands the interpreter
    lock to the fetch thread, waiting up to a switch interval to get it back) once a row."""
    key = (model._meta.table_name, f"insert {count}", database_proxy.param)
    sql = _STATEMENTS.get(key)
    if sql is None:
        one = _statement(model, "insert")
        head, _, row = one.partition(" VALUES ")
        sql = f"{head} VALUES {', '.join([row] * count)}"
        _STATEMENTS[key] = sql
    return sql


def insert_row(row: BaseModel) -> int:
    """Insert one new row (a model instance, as create() would) with the statement kept for its table; its id."""
    model = type(row)
    fields = _fields(model)
    data = row.__data__
    values = _values({f.name: data[f.name] for f in fields if f.name in data}, fields)
    db: Any = database_proxy.obj
    if db.returning_clause:  # PostgreSQL: the id comes back with the INSERT
        cursor = database_proxy.execute_sql(_statement(model, "insert") + ' RETURNING "id"', values)
        row.id = cursor.fetchone()[0]
    else:
        row.id = database_proxy.execute_sql(_statement(model, "insert"), values).lastrowid
    return int(row.id)


def _values(row: Mapping[str, Any], fields: list[peewee.Field]) -> tuple[Any, ...]:
    values = []
    for f in fields:
        if f.name in row:
            value = row[f.name]
            if isinstance(value, BaseModel):
                value = value.id
        else:
            value = f.default() if callable(f.default) else f.default
        values.append(f.db_value(value))
    return tuple(values)


def select_rows(sql: str, params: Sequence[Any], columns: int) -> list[tuple[Any, ...]]:
    """The rows of a SELECT of `columns` plain columns (numbers and text only), all read in one step, in no promised
    order.

    SQLite's driver lets go of the interpreter lock for every row it steps to and then waits to get it back, a wait a
    row while a pull's fetch thread is busy beside it; here SQLite packs the rows into one row of JSON, as the
    window's page reads do. PostgreSQL's driver reads every row at once anyway.
    """
    if not isinstance(database_proxy.obj, peewee.SqliteDatabase):
        return [tuple(row) for row in database_proxy.execute_sql(sql, params).fetchall()]
    names = ", ".join(f"c{number}" for number in range(columns))
    packed = f"WITH found({names}) AS ({sql}) SELECT json_group_array(json_array({names})) FROM found"
    text = database_proxy.execute_sql(packed, params).fetchone()[0]
    return [tuple(row) for row in json.loads(text or "[]")]


def update_rows(model: type[BaseModel], rows: Sequence[BaseModel]) -> None:
    """Write every column of rows that were read whole (as save() does), in one statement."""
    if not rows:
        return
    fields = _fields(model)
    values = []
    for row in rows:
        data = row.__data__
        missing = [f.name for f in fields if f.name not in data]
        if missing:
            raise ValueError(f"{model.__name__} {row.id} was not read whole (no {', '.join(missing)}); not written.")
        values.append((*(f.db_value(data[f.name]) for f in fields), row.id))
    database_proxy.cursor().executemany(_statement(model, "update"), values)
