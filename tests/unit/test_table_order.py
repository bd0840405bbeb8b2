"""The order table's pages and where new orders land: the keys compare as SQLite orders, the database path places
them the same way, and a search that walks the sort index reads the same page as the usual plan."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order

from orderdesk.store import search_plan, table_order
from orderdesk.store.models import Order
from orderdesk.store.queries import OrderFilter, keyed_order_ids, order_ids

NAMES = ["Zoë Åkerlund", "zoe", "Łukasz", "Ana", "ana", "Émile", "O'Brien", "", "10", "9"]


@pytest.fixture
def orders(db):
    make_channel("aff", "affiliate")
    made = []
    for number, name in enumerate(NAMES):
        made.append(
            make_order(
                customer={"name": name, "email": f"c{number}@example.com"},
                created_at=f"2026-11-{10 + number % 4:02d}T09:00:00Z",
                lines=[{"sku": "A", "quantity": 1 + number % 3, "unit_price": ["5", "12.5", "0.99"][number % 3]}],
            )
        )
    # Empty values sort first (ascending): the consignment number of an order not yet dispatched.
    Order.update(consignment_number="JD2").where(Order.id == made[3].id).execute()
    Order.update(consignment_number="jd1").where(Order.id == made[5].id).execute()
    return made


@pytest.mark.parametrize("sort", ["customer", "consignment", "total", "created", "reference", "lines"])
@pytest.mark.parametrize("descending", [True, False])
def test_sort_keys_compare_as_sqlite_orders_the_rows(orders, sort, descending):
    page = table_order.page(OrderFilter(), sort=sort, descending=descending, offset=0, limit=100)
    assert page.keys is not None and page.ids == order_ids(OrderFilter(), sort=sort, descending=descending)
    assert page.keys == sorted(page.keys, reverse=descending)


@pytest.mark.parametrize("sort", ["customer", "consignment", "total"])
@pytest.mark.parametrize("descending", [True, False])
def test_new_orders_are_placed_alike_here_and_by_the_database(orders, sort, descending):
    loaded = table_order.page(OrderFilter(), sort=sort, descending=descending, offset=0, limit=6)
    newest = max(order.id for order in orders)
    for name in ("Björn", "zz", "", "Ana"):
        make_order(customer={"name": name, "email": "n@example.com"})
    upto = int(Order.select().order_by(Order.id.desc()).first().id)
    arguments = {"sort": sort, "descending": descending, "after": newest, "upto": upto, "everything_loaded": False}
    here = table_order.arrivals(OrderFilter(), loaded=loaded, **arguments)
    by_database = table_order.arrivals(OrderFilter(), loaded=table_order.Page(loaded.ids, None), **arguments)
    assert here.count == by_database.count == 4
    assert [(place, order_id) for place, order_id, _ in here.landing] == [
        (place, order_id) for place, order_id, _ in by_database.landing
    ]
    everything = order_ids(OrderFilter(), sort=sort, descending=descending)
    last = max(everything.index(order_id) for order_id in loaded.ids)
    assert {order_id for _, order_id, _ in here.landing} == {i for i in everything[: last + 1] if i > newest}


def test_a_search_matching_many_orders_walks_the_sort_index_to_the_same_page(orders, monkeypatch):
    monkeypatch.setattr(search_plan, "SAMPLE", 3)
    for _ in range(12):
        make_order(customer={"name": "Joaquín Pérez", "email": "jp@example.es"})

    def pages(sort: str, descending: bool) -> list[list[tuple[int, object]]]:
        flt = OrderFilter(search="Joaquín")
        return [keyed_order_ids(flt, sort=sort, descending=descending, offset=o, limit=5) for o in (0, 5, 10)]

    assert search_plan.walk("Joaquín", Order.created_at, True, 5) is not None
    assert search_plan.walk("Łukasz", Order.created_at, True, 5) is None  # one match: sorted the usual way
    for sort in ("created", "customer", "id", "lines"):
        for descending in (True, False):
            walked = pages(sort, descending)
            with monkeypatch.context() as usual_plan:
                usual_plan.setattr(search_plan, "walk", lambda *_args: None)
                assert walked == pages(sort, descending), (sort, descending)
