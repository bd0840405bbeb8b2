"""One engine per channel on a shared PostgreSQL database: the first to ask holds the channel, the others stand
by, and one of them takes the channel over within two poll intervals when the holder dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

from sync_harness import configure, fast_engine

from orderdesk.store.db import open_database
from orderdesk.store.identity import database_id
from orderdesk.store.models import Channel, Order, SyncLogEntry
from orderdesk.store.sync_holders import holders, host_of


def test_the_first_engine_holds_the_channel_and_the_second_stands_by_until_it_lets_go(schema_url, sim, keyring_memory):
    open_database(schema_url)
    channel = configure(f"aff-{uuid.uuid4().hex[:6]}", sim.demo_config())
    first = fast_engine(worker="desk-1:101")
    second = fast_engine(worker="server:202")
    assert first.pull(channel)  # it holds the channel now, and pulled
    pulled = Order.select().count()
    calls = len(sim.requests)
    assert holders() == {channel.id: "desk-1:101"}
    assert host_of(holders()[channel.id]) == "desk-1"

    assert second.pull(channel) == [] and second.push(channel) == (0, [])
    assert len(sim.requests) == calls  # standing by: not one call to the channel
    assert Order.select().count() == pulled

    first.close()  # the desk closes: the channel is free at once
    assert holders() == {}
    second.pull(channel)
    assert holders() == {channel.id: "server:202"}
    assert len(sim.requests) > calls
    second.close()


def test_a_standby_engine_takes_over_within_two_polls_when_the_holder_is_killed(schema_url, sim, real_keyring):
    open_database(schema_url)
    name = f"aff-{uuid.uuid4().hex[:6]}"
    real_keyring.append((database_id(), name))
    channel = configure(name, sim.demo_config())
    server = subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "--db", schema_url, "sync", "--watch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        deadline = time.monotonic() + 60
        while holders().get(channel.id, "").rsplit(":", 1)[-1] != str(server.pid):
            assert time.monotonic() < deadline, "the sync service never took the channel"
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            time.sleep(0.1)
        standby = fast_engine(worker="desk:303")
        assert standby.pull(channel) == []  # the service holds it
        server.send_signal(signal.SIGKILL)
        server.communicate(timeout=10)
        killed = time.monotonic()
        while not standby.pull(Channel.get_by_id(channel.id)) and channel.id not in standby.holds.holding():
            assert time.monotonic() - killed < 2.0, "no takeover within two poll intervals (1 s each)"
            time.sleep(0.5)  # the desk's poll
        assert holders() == {channel.id: "desk:303"}
        assert SyncLogEntry.select().where(SyncLogEntry.outcome == "failed").count() == 0
        standby.close()
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate(timeout=10)


def test_two_engines_claiming_at_once_never_take_one_event_and_keep_each_orders_order(schema_url, keyring_memory):
    """Claims on PostgreSQL skip the rows another engine is claiming (FOR UPDATE SKIP LOCKED): 8 threads claiming
    from one outbox at once get every due event exactly once, and never two events of one order."""
    import threading
    from datetime import timedelta

    from factories import make_channel, make_order

    from orderdesk.core.records import utcnow
    from orderdesk.services import status
    from orderdesk.store import outbox
    from orderdesk.store.models import OutboxEvent, database_proxy

    open_database(schema_url)
    channel = make_channel("aff", "affiliate")
    orders = [make_order("aff") for _ in range(40)]
    for order in orders:
        status.set_status(order.id, "processing", user="anna")
        status.set_status(order.id, "packed", user="anna")  # a second event of the same order, behind the first
    database_proxy.close()
    claimed: list[tuple[int, int]] = []
    guard = threading.Lock()
    start = threading.Barrier(8)

    def engine(number: int) -> None:
        start.wait()
        try:
            while True:
                taken = outbox.claim_due(channel.id, f"engine-{number}", utcnow(), timedelta(minutes=5), 3)
                if not taken:
                    return
                with guard:
                    claimed.extend((event.id, event.order_id) for event in taken)
        finally:
            database_proxy.close()

    threads = [threading.Thread(target=engine, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    ids = [event_id for event_id, _order in claimed]
    assert len(ids) == len(set(ids)) == len(orders)  # each order's head event, once; the second waits behind it
    assert len({order for _id, order in claimed}) == len(orders)
    heads = {o.id: min(e.id for e in OutboxEvent.select().where(OutboxEvent.order == o)) for o in orders}
    assert set(ids) == set(heads.values())


def test_the_status_bar_says_which_host_syncs_a_channel_this_desk_does_not(schema_url, sim, keyring_memory, qtbot):
    from orderdesk.ui.status_bar import OrderStatusBar

    open_database(schema_url)
    channel = configure("Affiliates", sim.demo_config())
    server = fast_engine(worker="warehouse-server:4242")
    server.pull(channel)
    bar = OrderStatusBar()
    qtbot.addWidget(bar)
    assert "Affiliates: synced by warehouse-server" in bar.channel_states.text()
    assert "(synced by warehouse-server)" in bar.channel_states.toolTip()
    server.close()  # the service stops: nobody syncs it elsewhere any more
    bar.refresh_holders()
    assert "synced by" not in bar.channel_states.text()


def test_a_desk_without_the_channels_secrets_never_holds_it_away_from_the_service(schema_url, sim, keyring_memory):
    from orderdesk.channels.errors import AuthError

    open_database(schema_url)
    channel = configure(f"aff-{uuid.uuid4().hex[:6]}", sim.demo_config())
    desk = fast_engine(worker="desk-7:70")

    def no_secrets_here(_channel):  # type: ignore[no-untyped-def]
        raise AuthError("no token for this channel in this computer's keyring")

    desk.configs.config = no_secrets_here  # type: ignore[method-assign]
    assert desk.pull(channel) == [] and desk.push(channel) == (0, [])
    assert holders() == {}  # it asked first, and still left the channel free
    service = fast_engine(worker="server:1")
    assert service.pull(channel)
    assert holders() == {channel.id: "server:1"}
    assert Channel.get_by_id(channel.id).state != "auth_failed"  # nothing failed: the desk only stood by
    service.close()
