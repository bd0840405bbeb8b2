from datetime import UTC, datetime
from decimal import Decimal

import peewee
import pytest
from factories import make_channel, make_order

from orderdesk.core.errors import RuleViolation
from orderdesk.store.models import Order, OrderLine
from orderdesk.store.orders import find_order, order_record
from orderdesk.store.queries import OrderFilter, count_orders, list_orders, order_ids


@pytest.fixture
def aff(db):
    return make_channel("aff", "affiliate")


@pytest.mark.parametrize("amount", ["0.1", "0.3", "19.95", "1234567.8901", "99999999999.99"])
def test_money_round_trips_exactly(aff, amount):
    order = make_order(lines=[{"sku": "A", "quantity": 1, "unit_price": amount}], shipping_total="0")
    assert OrderLine.get(OrderLine.order == order).unit_price == Decimal(amount)
    assert Order.get_by_id(order.id).total == Decimal(amount)


def test_times_come_back_as_aware_utc(aff):
    order = make_order(created_at="2026-11-20T10:30:00+01:00")
    assert Order.get_by_id(order.id).created_at == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def test_one_order_per_channel_and_external_id(aff):
    order = make_order(external_id="DUP-1")
    with pytest.raises(peewee.IntegrityError):
        Order.create(channel=order.channel_id, external_id="DUP-1", reference="other")
    make_channel("other", "manual")
    assert make_order("other", external_id="DUP-1").id != order.id


def test_orders_are_found_by_id_reference_or_channel_and_reference(aff):
    order = make_order(reference="CS48193")
    assert find_order(str(order.id)).id == order.id
    assert find_order("CS48193").id == order.id
    assert find_order("CS48193", "aff").id == order.id
    make_channel("shop2", "manual")
    make_order("shop2", reference="CS48193")
    with pytest.raises(RuleViolation, match="several channels; add --channel"):
        find_order("CS48193")
    with pytest.raises(RuleViolation, match="No order 'nope'"):
        find_order("nope")


def test_search_finds_by_reference_customer_email_sku_and_tracking(aff):
    target = make_order(
        customer={"name": "Joaquín Pérez", "email": "jp@example.es"},
        lines=[{"sku": "RARE-9", "quantity": 1, "unit_price": "5", "tracking_number": "LX1234"}],
    )
    make_order(customer={"name": "Other", "email": "o@example.com"})
    for text in (target.reference, "Joaquín", "jp@exa", "RARE-9", "LX1234"):
        assert [o.id for o in list_orders(OrderFilter(search=text))] == [target.id], text


def test_filters_count_and_sort_in_sql(aff):
    a = make_order(status="processing", total="1", created_at="2026-11-01T00:00:00Z")
    b = make_order(status="processing", created_at="2026-11-02T00:00:00Z")
    make_order(status="pending")
    flt = OrderFilter(status="processing", channel="aff", source="affiliate")
    assert count_orders(flt) == 2
    assert order_ids(flt, sort="created", descending=True) == [b.id, a.id]
    assert order_ids(flt, sort="created", descending=False) == [a.id, b.id]
    assert count_orders(OrderFilter(created_from=datetime(2026, 11, 2, tzinfo=UTC), status="processing")) == 1


def test_stored_order_reads_back_as_the_channel_neutral_record(aff):
    order = make_order(attributes={"coupon code": "X1"})
    record = order_record(order)
    assert record.reference == order.reference and record.commission_rate == Decimal("10")
    assert record.lines[0].external_id.endswith("-1") and record.attributes == {"coupon code": "X1"}
    assert record.shipping_address.city == "Łódź"


@pytest.mark.parametrize("sort", ["created", "total", "reference", "status", "consignment"])
@pytest.mark.parametrize("descending", [True, False])
def test_order_ids_come_in_table_order_page_by_page(db, sort, descending):
    make_channel("aff", "affiliate")
    same_time = "2026-11-20T09:30:00+00:00"
    for number, price in enumerate(["5.00", "9.95", "5.00", "1.20", "9.95", "7.50"]):
        make_order(
            reference=f"AFF-{number % 3}{number}",
            created_at=same_time if number % 2 else f"2026-11-2{number}T08:00:00+00:00",
            lines=[{"external_id": "1", "sku": "MUG-01", "name": "Mug", "quantity": 1, "unit_price": price}],
        )
    expected = [o.id for o in list_orders(OrderFilter(), sort=sort, descending=descending, limit=None)]
    assert order_ids(OrderFilter(), sort=sort, descending=descending) == expected
    assert order_ids(OrderFilter(), sort=sort, descending=descending, offset=2, limit=3) == expected[2:5]
    assert order_ids(OrderFilter(search="nobody"), sort=sort) == []
