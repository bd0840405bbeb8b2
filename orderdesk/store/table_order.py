"""The order table's loaded ids, and where the orders created since its last query land among them.

A sync adds orders while the table shows some: re-reading every loaded id after each page, to find the new ones a
place, was most of what made a busy pull stall the window. Instead only the new orders are read and placed.
On SQLite each loaded id keeps the value it is sorted by, and a new order's place is found among those values in
Python, compared as SQLite's ORDER BY compares them: NULL before numbers before text, text by its bytes (UTF-8
in byte order is code-point order, which is how Python compares strings). Elsewhere (PostgreSQL, whose text order
follows its collation) the database orders the loaded ids and the new ones together.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from orderdesk.store.bulk import select_rows
from orderdesk.store.models import Order
from orderdesk.store.queries import SORTABLE, OrderFilter, filtered, is_sqlite, keyed_order_ids, ordering

# (kind of value, value, id): tuples that compare in Python as SQLite's ORDER BY compares the rows.
SortKey = tuple[int, Any, int]


def sort_key(value: Any, order_id: int) -> SortKey:
    if value is None:
        return (0, 0, order_id)
    if isinstance(value, int | float):
        return (1, value, order_id)
    if isinstance(value, str):
        return (2, value, order_id)
    return (3, bytes(value), order_id)


@dataclass
class Page:
    """Ids in table order; on SQLite each with its sort key (else None)."""

    ids: list[int]
    keys: list[SortKey] | None


def page(flt: OrderFilter, *, sort: str, descending: bool, offset: int, limit: int) -> Page:
    rows = keyed_order_ids(flt, sort=sort, descending=descending, offset=offset, limit=limit)
    ids = [order_id for order_id, _ in rows]
    keys = [sort_key(value, order_id) for order_id, value in rows] if is_sqlite() else None
    return Page(ids, keys)


@dataclass
class Arrivals:
    """The new orders that match the filter: how many, and those that land among the loaded rows as
    (place in the loaded rows before the new ones were placed, id, sort key), in table order."""

    count: int = 0
    landing: list[tuple[int, int, SortKey | None]] = field(default_factory=list)


def arrivals(
    flt: OrderFilter,
    *,
    sort: str,
    descending: bool,
    after: int,
    upto: int,
    loaded: Page,
    everything_loaded: bool,
) -> Arrivals:
    """Where the orders with after < id <= upto that match `flt` land among the `loaded` rows. One that sorts after
    the last loaded row lands only when every row is loaded; otherwise it is counted and fetched when reached."""
    if upto <= after:
        return Arrivals()
    if loaded.keys is not None:
        return _placed_here(flt, sort, descending, after, upto, loaded, everything_loaded)
    return _placed_by_database(flt, sort, descending, after, upto, loaded, everything_loaded)


def _placed_here(
    flt: OrderFilter,
    sort: str,
    descending: bool,
    after: int,
    upto: int,
    loaded: Page,
    everything_loaded: bool,
) -> Arrivals:
    assert loaded.keys is not None
    column = SORTABLE.get(sort, Order.created_at)
    # In one step, like the table's pages: reading row by row hands the interpreter around at every row.
    sql, params = filtered(flt, after=after, upto=upto).select(Order.id, column.alias("k")).order_by().sql()
    news = sorted(sort_key(value, order_id) for order_id, value in select_rows(sql, params, 2))
    if descending:
        news.reverse()
    # The loaded keys in ascending order, to bisect: the rows before a new order are those that sort before it.
    keys = loaded.keys[::-1] if descending else loaded.keys
    count = len(keys)
    result = Arrivals(count=len(news))
    for key in news:
        place = count - bisect_left(keys, key) if descending else bisect_left(keys, key)
        if place < count or everything_loaded:
            result.landing.append((place, key[2], key))
    return result


def _placed_by_database(
    flt: OrderFilter,
    sort: str,
    descending: bool,
    after: int,
    upto: int,
    loaded: Page,
    everything_loaded: bool,
) -> Arrivals:
    new_ones = (Order.id > after) & (Order.id <= upto)
    query = filtered(flt).select(Order.id).where(Order.id.in_(loaded.ids) | new_ones)
    query = query.order_by(*ordering(sort, descending))
    place_of = {order_id: place for place, order_id in enumerate(loaded.ids)}
    result = Arrivals()
    place = 0
    for (order_id,) in query.tuples():
        if order_id > after:
            result.count += 1
            if place < len(loaded.ids) or everything_loaded:
                result.landing.append((place, order_id, None))
        else:
            place = place_of[order_id] + 1
    result.landing.sort(key=lambda landing: landing[0])  # stable: the new ones keep their order at one place
    return result
