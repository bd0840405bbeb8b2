"""The order table on a shared PostgreSQL database: rows read in one statement, and new orders placed among the
loaded rows by the database itself (its text order follows its collation, which Python cannot repeat)."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt

import orderdesk.ui.order_table_model as table_module
from orderdesk.store.db import open_database
from orderdesk.store.queries import OrderFilter, order_ids
from orderdesk.ui.order_table_model import COLUMN_INDEX, OrderTableModel


@pytest.mark.parametrize(("sort", "descending"), [("customer", False), ("created", True)])
def test_new_orders_land_where_postgresql_orders_them(schema_url, keyring_memory, monkeypatch, sort, descending):
    open_database(schema_url)
    make_channel("man", "manual")
    monkeypatch.setattr(table_module, "CHUNK", 4)
    for number, name in enumerate(["ana", "Bea", "émile", "Zoë", "carl", "Dirk"]):
        make_order(
            "man", customer={"name": name, "email": "x@example.com"}, created_at=f"2026-11-{10 + number}T09:00:00Z"
        )
    model = OrderTableModel()
    model.sort(COLUMN_INDEX[sort], Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    before = [model.order_id(row) for row in range(model.rowCount())]
    inserted: list[tuple[int, int]] = []
    model.rowsAboutToBeInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    newcomers = {
        make_order("man", customer={"name": name, "email": "y@example.com"}, created_at="2026-11-12T12:00:00Z").id
        for name in ("Adam", "bob", "Élodie")
    }
    model.take_new_orders()
    everything = order_ids(OrderFilter(), sort=sort, descending=descending)
    last = max(everything.index(order_id) for order_id in before)
    expected = [order_id for order_id in everything[: last + 1] if order_id in before or order_id in newcomers]
    assert [model.order_id(row) for row in range(model.rowCount())] == expected
    landed = [order_id for order_id in expected if order_id in newcomers]
    assert landed and sum(last - first + 1 for first, last in inserted) == len(landed)
    row = model.row_of(expected[0])
    assert model.data(model.index(row, COLUMN_INDEX["customer"]))  # read through the PostgreSQL path
