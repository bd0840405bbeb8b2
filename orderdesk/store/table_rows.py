"""What the order table shows of each order, read for a window of rows in one statement."""

from __future__ import annotations

import json
from typing import Any

import peewee

from orderdesk.store.fields import MoneyField, UTCDateTimeField
from orderdesk.store.models import Channel, Order
from orderdesk.store.queries import is_sqlite

# The columns of a table row, in the order read() returns them.
COLUMNS: tuple[peewee.Field, ...] = (
    Order.id,
    Order.reference,
    Channel.name,
    Channel.kind,
    Order.order_source,
    Order.status,
    Order.payment_status,
    Order.customer_name,
    Order.ship_city,
    Order.line_count,
    Order.total,
    Order.currency,
    Order.consignment_number,
    Order.sync_state,
    Order.created_at,
    Order.updated_at,
    Order.erp_order_number,
)
# Money and times come back from SQLite's JSON as numbers and text, as they are stored: converted as peewee would.
_CONVERTED = [(place, field) for place, field in enumerate(COLUMNS) if isinstance(field, MoneyField | UTCDateTimeField)]
_sqlite_statement: str | None = None


def read(ids: list[int]) -> list[tuple[Any, ...]]:
    """One tuple per order that still exists (COLUMNS' values, money as Decimal, times as aware datetimes)."""
    if not ids:
        return []
    if not is_sqlite():
        query = Order.select(*COLUMNS).join(Channel).where(Order.id.in_(ids))
        tuples: Any = query.tuples()
        return [tuple(values) for values in tuples]
    # One row of JSON for the whole window, from SQL built once: a window of rows is read whenever the table
    # scrolls, and building the statement cost more than running it; reading row by row hands the interpreter
    # to the sync thread at every row.
    text = Order._meta.database.execute_sql(_statement(), (json.dumps(ids),)).fetchone()[0]
    rows = []
    for values in json.loads(text or "[]"):
        for place, column in _CONVERTED:
            values[place] = column.python_value(values[place])
        rows.append(tuple(values))
    return rows


def _statement() -> str:
    global _sqlite_statement
    if _sqlite_statement is None:
        query = Order.select(*COLUMNS).join(Channel).where(Order.id.in_(peewee.SQL("(SELECT value FROM json_each(?))")))
        sql, _ = query.sql()
        columns = sql[len("SELECT ") : sql.index(" FROM ")]
        _sqlite_statement = f"SELECT json_group_array(json_array({columns})) {sql[sql.index(' FROM ') :]}"
    return _sqlite_statement
