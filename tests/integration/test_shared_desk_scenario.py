"""The shared desk end to end on PostgreSQL: two sync engines and two desks, each a process of its own, on one
database with the affiliate simulator. 1,000 operator actions (an acknowledge and a dispatch for each of 500 orders)
are spread over the desks while the engines sync; the engine that holds the channel is killed with SIGKILL in the
middle of its pushes. Afterwards every action reached the channel exactly once, no order is duplicated, and the
standby engine took the channel over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter

from sync_harness import configure

from orderdesk.store.db import open_database
from orderdesk.store.identity import database_id
from orderdesk.store.models import Channel, Order, OutboxEvent, database_proxy
from orderdesk.store.sync_holders import holders

ORDERS = 500
STATUS_PATH = r"^/api/orders/(\d+)/status$"

# A desk: the operator actions of the services, in a process of its own, on its share of the orders.
DESK = """
import json, sys
from orderdesk.services import status
from orderdesk.store.db import open_database
open_database(sys.argv[1])
ids = json.loads(sys.argv[2])
for order_id in ids:
    status.set_status(order_id, "processing", user=sys.argv[3])
for order_id in ids:
    status.dispatch(order_id, consignment_number=f"CN{order_id:08d}", carrier="DHL", user=sys.argv[3])
print("done", len(ids) * 2)
"""


def engine(url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "--db", url, "sync", "--watch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def wait_for(what: str, predicate, timeout: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_two_engines_two_desks_a_thousand_actions_and_a_killed_engine(schema_url, sim, real_keyring):
    sim.orders.clear()
    for number in range(ORDERS):
        sim.add_order(items=[(f"SKU-{number % 17}", "Shared item", 1 + number % 3, "9.95")])
    sim.faults.latency_s, sim.faults.only_paths = 0.02, STATUS_PATH  # pushes take a moment: the kill lands mid-push
    open_database(schema_url)
    name = f"aff-{uuid.uuid4().hex[:6]}"
    real_keyring.append((database_id(), name))
    channel = configure(name, sim.demo_config())
    database_proxy.close()

    engines = [engine(schema_url), engine(schema_url)]
    desks: list[subprocess.Popen[str]] = []
    try:
        wait_for("the pull of every order", lambda: Order.select().count() == ORDERS, timeout=120)
        database_proxy.close()
        ids = [order.id for order in Order.select(Order.id).order_by(Order.id)]
        desks = [
            subprocess.Popen(
                [sys.executable, "-c", DESK, schema_url, json.dumps(ids[desk::2]), f"desk-{desk}"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for desk in range(2)
        ]
        wait_for("pushes to be under way", lambda: len(sim.requests_to("PUT", STATUS_PATH)) >= 150, timeout=120)
        holder = holders()[channel.id]
        victim = next(e for e in engines if holder.endswith(f":{e.pid}"))
        survivor = next(e for e in engines if e is not victim)
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=10)

        for desk in desks:
            out, err = desk.communicate(timeout=300)
            assert desk.returncode == 0, err
            assert out.split() == ["done", str(len(ids))]  # two actions for each of its half of the orders
        open_events = OutboxEvent.select().where(OutboxEvent.state != "done")
        wait_for("every action to reach the channel", lambda: not open_events.exists(), timeout=300)
        assert holders()[channel.id].endswith(f":{survivor.pid}")  # the standby engine took the channel over
        assert survivor.poll() is None
    finally:
        for process in engines + desks:
            if process.poll() is None:
                process.send_signal(signal.SIGINT if process in engines else signal.SIGKILL)
        for process in engines + desks:
            try:
                process.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate(timeout=10)

    sent: Counter[tuple[str, str]] = Counter()
    for request in sim.requests_to("PUT", STATUS_PATH):
        sent[(request.path.split("/")[3], json.loads(request.body)["status"])] += 1
    assert len(sent) == 2 * ORDERS  # every action reached the channel...
    assert set(sent.values()) == {1}, [key for key, count in sent.items() if count > 1][:10]  # ...exactly once
    assert all(order["status"] == "dispatched" for order in sim.orders.values())
    assert Order.select().count() == ORDERS  # no order duplicated
    assert Order.select(Order.external_id).distinct().count() == ORDERS
    assert Channel.get_by_id(channel.id).state not in ("error", "auth_failed")
