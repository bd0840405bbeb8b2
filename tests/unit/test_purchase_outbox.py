"""A purchase's events go to the OT channel that buys the order, beside the order's own channel's events."""

from factories import make_channel, make_order

from orderdesk.core.records import utcnow
from orderdesk.services import purchasing, status
from orderdesk.store import outbox
from orderdesk.store.models import OutboxEvent
from orderdesk.store.remote_base import parts_in_flight


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
