"""The order table's queries: filter, sort and page in SQL, on indexed columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee
from peewee import fn

from orderdesk.store import search_index, search_plan
from orderdesk.store.bulk import select_rows
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


def filtered(flt: OrderFilter, *, after: int | None = None, upto: int | None = None, walking: bool = False) -> Any:
    """The WHERE part of the order table as a peewee query of Order; only orders with after < id <= upto when
    given (the orders a sync added since the table's last look). `walking`: the query will walk the sort index
    (store.search_plan), so the search must not ask for its matches by id (SQLite would read them all)."""
    query = Order.select()
    if after is not None:
        query = query.where(Order.id > after)
    if upto is not None:
        query = query.where(Order.id <= upto)
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
        # A UNION, so each side uses its index; and only ids, so a search walking an index (store.search_plan)
        # tells whether an order matches without reading its row.
        same_id = Order.alias("same_id")  # its own name: search_plan finds the table's query by its name
        exact_hits = (
            # Any channel named, so the (channel, external id) index serves without SQLite's statistics.
            same_id.select(same_id.id).where(
                same_id.channel.in_(Channel.select(Channel.id)), same_id.external_id == text
            )
            | OrderLine.select(OrderLine.order).where(OrderLine.sku == text)
            | OrderLine.select(OrderLine.order).where(OrderLine.tracking_number == text)
        )
        order_id = Order.id + 0 if walking else Order.id  # "+ 0": SQLite takes an expression for no index
        exact = order_id.in_(exact_hits)
        indexed = search_index.orders_containing(text, after, upto)
        if indexed is not None:
            query = query.where(order_id.in_(indexed) | exact)
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
    rows = keyed_order_ids(flt, sort=sort, descending=descending, offset=offset, limit=limit)
    return [order_id for order_id, _ in rows]


def keyed_order_ids(
    flt: OrderFilter,
    *,
    sort: str = "created",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[tuple[int, Any]]:
    """The ids in table order, each with the value it is sorted by as the database holds it (the table places
    orders created later among them with these, see store.table_order)."""
    column = SORTABLE.get(sort, Order.created_at)
    order = ordering(sort, descending)
    if not is_sqlite():
        query = filtered(flt).select(Order.id, column.alias("k")).order_by(*order)
        return [(row[0], row[1]) for row in _page(query, offset, limit).tuples()]
    # One row instead of hundreds: Python's sqlite3 hands the interpreter to other threads at every row it
    # steps, and while the sync thread is busy each hand-back waited its turn - a tenth of a second for a
    # screenful of ids. Each id carries its place (the window's ORDER BY is the query's), so the order in which
    # the rows are gathered does not matter.
    selection = (fn.ROW_NUMBER().over(order_by=order).alias("n"), Order.id, column.alias("k"))
    walk = search_plan.walk(flt.search, column, descending, offset + limit) if limit is not None else None
    if walk is not None:
        walking = filtered(flt, walking=True).select(*selection).where(walk.bound).order_by(*order)
        sql, params = _page(walking, offset, limit).sql()
        rows = _one_row(walk.apply(sql), params)
        if len(rows) == limit:
            return rows
    sql, params = _page(filtered(flt).select(*selection).order_by(*order), offset, limit).sql()
    return _one_row(sql, params)


def _one_row(sql: str, params: Any) -> list[tuple[int, Any]]:
    """(id, sort value) of the numbered rows (n, id, k) of `sql`, in their order, read in one step."""
    return [(order_id, key) for _, order_id, key in sorted(select_rows(sql, params, 3))]


def is_sqlite() -> bool:
    db = Order._meta.database
    return isinstance(getattr(db, "obj", db), peewee.SqliteDatabase)


def _page(query: Any, offset: int, limit: int | None) -> Any:
    if limit is not None:
        return query.limit(limit).offset(offset)
    return query.offset(offset) if offset else query


def count_orders(flt: OrderFilter) -> int:
    return int(filtered(flt).count())
