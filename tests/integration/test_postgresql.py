"""The same store and services on a shared PostgreSQL database (the multi-desktop mode's foundation)."""

import os
import uuid
from decimal import Decimal

import peewee
import pg_schema
import pytest
from factories import make_channel, make_order

from orderdesk.core.errors import VersionConflict
from orderdesk.services import editing, status
from orderdesk.services.editing import OrderEdit
from orderdesk.store.db import open_database
from orderdesk.store.models import MODELS, AuditEntry, OutboxEvent
from orderdesk.store.orders import lines_of, order_document
from orderdesk.store.queries import OrderFilter, list_orders

PG_URL = os.environ.get("ORDERDESK_TEST_POSTGRES")  # e.g. postgresql://orderdesk:orderdesk@127.0.0.1/orderdesk_test


@pytest.fixture
def pg(keyring_memory):
    if not PG_URL:
        pytest.skip("set ORDERDESK_TEST_POSTGRES to a PostgreSQL URL (.ci/run starts a server and sets it)")
    # A schema of our own per test keeps runs independent on one database.
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = peewee.PostgresqlDatabase(None)
    admin.init(PG_URL.rsplit("/", 1)[1], **_conn_kwargs(PG_URL))
    admin.execute_sql(f"CREATE SCHEMA {schema}")
    db = open_database(f"{PG_URL}?options=-csearch_path%3D{schema}")
    yield db
    db.close()
    pg_schema.drop_schema(admin, schema)
    admin.close()


def _conn_kwargs(url):
    from urllib.parse import urlparse

    parts = urlparse(url)
    return {"user": parts.username, "password": parts.password, "host": parts.hostname, "port": parts.port or 5432}


def test_schema_and_actions_work_on_postgresql(pg):
    assert all(pg.table_exists(m._meta.table_name) for m in MODELS)
    make_channel("aff", "affiliate")
    order = make_order(reference="PG-1")
    mug = lines_of(order)[0]
    status.set_status(order.id, "processing", user="anna")
    result = editing.split_order(order.id, [{mug.id: 1}], user="anna")
    doc = order_document(result.order)
    assert doc["lines_total"] == "64.90" and doc["commission_rate"] == "10"
    assert result.order.commission + result.parts[0].commission == order.commission
    assert (
        OutboxEvent.select().count() == 2 and AuditEntry.select().count() == 4
    )  # channel added, import, status, split
    assert {o.reference for o in list_orders(OrderFilter(search="PG-1"))} == {"PG-1", "PG-1-S1"}
    assert result.order.total == Decimal("69.85")


def test_stale_version_is_refused_on_postgresql(pg):
    make_channel("aff", "affiliate")
    order = make_order()
    editing.edit_order(order.id, OrderEdit(fields={"note": "first"}), user="bob")
    with pytest.raises(VersionConflict):
        editing.edit_order(order.id, OrderEdit(fields={"note": "second"}), user="anna", expected_version=order.version)


def test_the_stock_queue_keeps_the_newest_quantity_on_postgresql(pg):
    from datetime import timedelta

    from orderdesk.core.records import utcnow
    from orderdesk.services import stock
    from orderdesk.store import stock as queue
    from orderdesk.store.models import StockLevel

    make_channel("m2", "magento")
    stock.set_quantities("m2", {"MUG-01": "4", "CAP-02": "1"}, user="anna")
    channel_id = StockLevel.get(StockLevel.sku == "MUG-01").channel_id
    now = utcnow() + timedelta(seconds=1)
    (row,) = [r for r in queue.claimable(channel_id, now, 10) if r.sku == "MUG-01"]
    assert [r.id for r in queue.claim([row], "desk:1", now, timedelta(minutes=2))] == [row.id]
    assert queue.claim([row], "desk:2", now, timedelta(minutes=2)) == []  # one claim, however many desks
    sent = StockLevel.get_by_id(row.id)
    stock.set_quantities("m2", {"MUG-01": "9"}, user="bert")  # a newer count while the 4 is on the wire
    assert StockLevel.get_by_id(row.id).state == "in_flight"
    queue.settle_done(row.id, sent.revision, sent.quantity, item_id="17", answer="ok", now=now)
    after = StockLevel.get_by_id(row.id)
    assert (after.state, after.quantity, after.sent_quantity, after.item_id) == ("pending", 9, 4, "17")


def test_a_file_import_stores_in_bulk_and_refuses_what_the_columns_cannot_hold_on_postgresql(pg, tmp_path):
    import json

    from factories import order_data

    from orderdesk.services.importing import import_orders, read_order_file
    from orderdesk.store.models import Order, OrderLine

    make_channel("aff", "affiliate")
    too_wide = {"street": "Rynek 1", "city": "K" * 129}  # wider than the ship_city column: once a DataError
    orders = [order_data(reference=f"PG-{n}") for n in range(600)]
    orders.insert(3, order_data(reference="PG-WIDE", shipping_address=too_wide))
    orders.insert(7, order_data(reference="PG-HUGE", lines=[{"sku": "A", "quantity": 2**63, "unit_price": "1"}]))
    path = tmp_path / "orders.json"
    path.write_text(json.dumps(orders))
    report = import_orders("aff", read_order_file(path), user="anna")
    assert len(report.imported) == 600 and Order.select().count() == 600 and OrderLine.select().count() == 1200
    assert [label for label, _ in report.rejected] == ["PG-WIDE (order 4 in the file)", "PG-HUGE (order 8 in the file)"]
    assert "the shipping address: city is 129 characters long" in report.rejected[0][1]


def test_a_nul_character_in_an_imported_order_is_refused_before_postgresql_sees_it(pg):
    from factories import order_data

    from orderdesk.services.importing import import_orders

    make_channel("aff", "affiliate")
    bad = order_data(reference="PG-NUL", customer={"name": "Zo\x00ë", "email": ""})
    report = import_orders("aff", [bad, order_data(reference="PG-OK")], user="anna")
    assert report.imported == ["PG-OK"]
    assert report.rejected == [
        ("PG-NUL (order 1 in the file)", "the customer name holds a NUL character, which no text may hold.")
    ]
