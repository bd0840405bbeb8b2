"""A purchase's events go to the OT channel that buys the order, beside the order's own channel's events."""

from dataclasses import replace

from factories import make_channel, make_order

from orderdesk.core.records import utcnow
from orderdesk.core.statuses import OrderStatus
from orderdesk.services import purchasing, status
from orderdesk.store import outbox
from orderdesk.store.models import OutboxEvent
from orderdesk.store.orders import order_record
from orderdesk.store.remote_base import parts_in_flight
from orderdesk.store.upsert import upsert_record


def test_a_refused_purchase_holds_back_neither_the_orders_own_channel_nor_a_pull(db):
    aff = make_channel("aff", "affiliate")
    ot = make_channel("ot", "otplatform", options={"instance_key": "k", "delivery_mode_id": "DM-AIR"})
    order = make_order("aff")
    placed = purchasing.place(order.id, via="ot", user="anna").event
    outbox.settle(placed.id, outbox.EventState.FAILED, error="OT refused it")
    acknowledged = status.set_status(order.id, "processing", user="anna").event

    assert [e.id for e in outbox.claimable(aff.id, utcnow(), 10)] == [acknowledged.id]
    assert outbox.claimable(ot.id, utcnow(), 10) == []  # the failed one waits for a supervisor
    assert OutboxEvent.get_by_id(placed.id).channel_id == ot.id and placed.order_id == order.id
    # A purchase touches no part of the order: a pull never reads it as a clash with the channel's changes.
    outbox.settle(acknowledged.id, outbox.EventState.DONE)
    assert parts_in_flight(order) == set()


def test_a_cancellation_from_the_orders_channel_keeps_the_purchase_events_for_ot(db):
    make_channel("aff", "affiliate")
    make_channel("ot", "otplatform", options={"instance_key": "k", "delivery_mode_id": "DM-AIR"})
    order = make_order("aff")
    acknowledged = status.set_status(order.id, "processing", user="anna").event
    placed = purchasing.place(order.id, via="ot", user="anna").event
    record = order_record(order)

    outcome = upsert_record(order.channel, replace(record, status=OrderStatus.CANCELLED, channel_status="cancelled"))

    assert outcome.action == "cancelled_remotely"
    assert OutboxEvent.get_by_id(acknowledged.id).state == "discarded"
    assert OutboxEvent.get_by_id(placed.id).state == "pending"  # the operator decides about the OT order
