"""The order table's queries: filter, sort and page in SQL, on indexed columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee
from peewee import fn

from orderdesk.store import search_index
from orderdesk.store.models import Channel, Order, OrderLine

SORTABLE: dict[str, peewee.Field] = {
    "id": Order.id,
    "reference": Order.reference,
    "status": Order.status,
    "payment_status": Order.payment_status,
    "customer": Order.customer_name,
    "city": Order.ship_city,
    "lines": Order.line_count,
    "total": Order.total,
    "consignment": Order.consignment_number,
    "sync_state": Order.sync_state,
    "created": Order.created_at,
    "updated": Order.updated_at,
    "source": Order.order_source,
    "channel": Order.channel,
    "erp_order_number": Order.erp_order_number,
}


@dataclass(frozen=True)
class OrderFilter:
    status: str | None = None
    channel: str | None = None
    source: str | None = None
    payment_status: str | None = None
    sync_state: str | None = None
    search: str | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None


def filtered(flt: OrderFilter) -> Any:
    """The WHERE part of the order table as a peewee query of Order."""
    query = Order.select()
    if flt.status:
        query = query.where(Order.status == flt.status)
    if flt.channel:
        channel_id = Channel.select(Channel.id).where(Channel.name == flt.channel)
        query = query.where(Order.channel.in_(channel_id))
    if flt.source:
        query = query.where(Order.order_source == flt.source)
    if flt.payment_status:
        query = query.where(Order.payment_status == flt.payment_status)
    if flt.sync_state:
        query = query.where(Order.sync_state == flt.sync_state)
    if flt.created_from:
        query = query.where(Order.created_at >= flt.created_from)
    if flt.created_to:
        query = query.where(Order.created_at <= flt.created_to)
    text = (flt.search or "").replace("\x00", "").strip()  # a NUL ends an FTS5 query early (a paste can hold one)
    if text:
        line_hits = OrderLine.select(OrderLine.order).where(OrderLine.sku == text) | OrderLine.select(
            OrderLine.order
        ).where(OrderLine.tracking_number == text)  # a UNION, so each side uses its index
        exact = (Order.external_id == text) | Order.id.in_(line_hits)
        indexed = search_index.orders_containing(text)
        if indexed is not None:
            query = query.where(Order.id.in_(indexed) | exact)
        else:
            contains = "%" + search_index.escape_like(text) + "%"
            query = query.where(
                (Order.reference**contains)
                | (Order.consignment_number == text)
                | (Order.customer_email**contains)
                | (Order.customer_name**contains)
                | exact
            )
    return query


def ordering(sort: str = "created", descending: bool = True) -> list[Any]:
    """The table's order: the chosen column, then the id so equal values keep a stable order."""
    column = SORTABLE.get(sort, Order.created_at)
    first = column.desc() if descending else column.asc()
    tie = Order.id.desc() if descending else Order.id.asc()
    return [first, tie]


def order_by(query: Any, sort: str = "created", descending: bool = True) -> Any:
    return query.order_by(*ordering(sort, descending))


def list_orders(
    flt: OrderFilter, *, sort: str = "created", descending: bool = True, offset: int = 0, limit: int | None = 200
) -> list[Order]:
    query = order_by(filtered(flt), sort, descending)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return list(query)


def order_ids(
    flt: OrderFilter,
    *,
    sort: str = "created",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[int]:
    """Only the ids, in table order: the table model keeps these and fetches rows by window."""
    db = Order._meta.database
    if not isinstance(getattr(db, "obj", db), peewee.SqliteDatabase):
        query = order_by(filtered(flt).select(Order.id), sort, descending)
        return [row[0] for row in _page(query, offset, limit).tuples()]
    # One row instead of hundreds: Python's sqlite3 hands the interpreter to other threads at every row it
    # steps, and while the sync thread is busy each hand-back waited its turn - a tenth of a second for a
    # screenful of ids. Each id carries its place (the window's ORDER BY is the query's), so the order of the
    # joined text does not matter.
    order = ordering(sort, descending)
    numbered = filtered(flt).select(fn.ROW_NUMBER().over(order_by=order).alias("n"), Order.id).order_by(*order)
    sql, params = _page(numbered, offset, limit).sql()
    text = db.execute_sql(f"SELECT group_concat(n || ':' || id) FROM ({sql})", params).fetchone()[0]
    if not text:
        return []
    pairs = sorted((int(n), int(i)) for n, i in (item.split(":") for item in text.split(",")))
    return [order_id for _, order_id in pairs]


def _page(query: Any, offset: int, limit: int | None) -> Any:
    if limit is not None:
        return query.limit(limit).offset(offset)
    return query.offset(offset) if offset else query


def count_orders(flt: OrderFilter) -> int:
    return int(filtered(flt).count())
