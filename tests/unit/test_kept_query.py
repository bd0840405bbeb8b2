"""The claim query's text is built once (store.kept) and run again with new values: it must find exactly what the
query peewee builds afresh finds, for every time, channel and limit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from factories import make_channel, make_order

from orderdesk.core.records import utcnow
from orderdesk.services import status
from orderdesk.store import outbox
from orderdesk.store.kept import KeptQuery, Marker
from orderdesk.store.models import OutboxEvent


def test_the_kept_claim_query_finds_what_the_built_one_finds(db):
    make_channel("aff", "affiliate")
    other = make_channel("web", "cloudsuite")
    orders = [make_order() for _ in range(6)] + [make_order("web") for _ in range(2)]
    for order in orders:
        status.set_status(order.id, "processing", user="anna")
    status.set_status(orders[0].id, "packed", user="anna")  # behind the first: not due until that one is done
    now = utcnow()
    events = list(OutboxEvent.select().order_by(OutboxEvent.id))
    OutboxEvent.update(next_attempt_at=now + timedelta(minutes=5)).where(OutboxEvent.id == events[1].id).execute()
    OutboxEvent.update(state="failed").where(OutboxEvent.id == events[2].id).execute()
    OutboxEvent.update(state="in_flight", lease_until=now + timedelta(minutes=1)).where(
        OutboxEvent.id == events[3].id
    ).execute()
    OutboxEvent.update(state="uncertain").where(OutboxEvent.id == events[4].id).execute()
    aff = orders[0].channel_id
    for channel_id in (aff, other.id):
        for moment in (now - timedelta(hours=1), now, now + timedelta(minutes=2), now + timedelta(minutes=10)):
            for limit in (1, 3, 50):
                built = [e.id for e in outbox.claimable(channel_id, moment, limit)]
                kept = [e.id for e in outbox._CLAIMS.run(channel_id=channel_id, now=moment, limit=limit)]
                assert kept == built, (channel_id, moment, limit)
    # And the rows come back whole, as the model reads them.
    (first,) = outbox._CLAIMS.run(channel_id=aff, now=now + timedelta(minutes=10), limit=1)
    assert first.__data__ == OutboxEvent.get_by_id(first.id).__data__
    assert first.next_attempt_at.tzinfo is UTC and first.payload["status"] == "processing"


def test_a_marker_the_query_does_not_use_is_refused_when_first_run(db):
    unused = KeptQuery(
        OutboxEvent,
        lambda *, postgres, since: OutboxEvent.select().where(OutboxEvent.id > 0),
        since=Marker(datetime(1901, 2, 3, tzinfo=UTC), OutboxEvent.created_at.db_value),
    )
    with pytest.raises(ValueError, match="does not use since"):
        unused.run(since=utcnow())


def test_the_kept_claim_is_a_compare_and_set_on_the_state_and_the_lease(db):
    make_channel("aff", "affiliate")
    event = status.set_status(make_order().id, "processing", user="anna").event
    now, lease = utcnow(), timedelta(minutes=2)
    assert outbox.claim(event, "desk-a:1", now, lease)
    taken = OutboxEvent.get_by_id(event.id)
    assert (taken.state, taken.claimed_by, taken.lease_until, taken.updated_at) == (
        "in_flight",
        "desk-a:1",
        now + lease,
        now,
    )
    assert not outbox.claim(event, "desk-b:2", now + timedelta(minutes=1), lease)  # leased to desk a
    assert outbox.claim(event, "desk-b:2", now + timedelta(minutes=3), lease)  # the lease ran out
    assert OutboxEvent.get_by_id(event.id).claimed_by == "desk-b:2"
    OutboxEvent.update(state="done").where(OutboxEvent.id == event.id).execute()
    assert not outbox.claim(event, "desk-a:1", now + timedelta(hours=1), lease)  # done is done
