"""Killing the sync process (SIGKILL) mid-push and mid-pull loses nothing and sends nothing twice in effect."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

from sync_harness import configure, fast_engine

from orderdesk.services import editing, status
from orderdesk.store.db import open_database
from orderdesk.store.identity import database_id
from orderdesk.store.models import Channel, Order, OutboxEvent
from orderdesk.store.orders import lines_of


def start_sync(db_path, *args):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "--db", str(db_path), "sync", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


def wait_for(predicate, timeout=30.0, what="the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def finish(db_path):
    result = subprocess.run(
        [sys.executable, "-m", "orderdesk", "--db", str(db_path), "sync", "--once"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_sigkill_mid_push_then_restart_finishes_everything_once(tmp_path, sim, real_keyring):
    db_path = tmp_path / "desk.sqlite3"
    name = f"aff-{uuid.uuid4().hex[:8]}"
    db = open_database(str(db_path))
    real_keyring.append((database_id(), name))
    configure(name, sim.demo_config())
    fast_engine().pull(Channel.get(Channel.name == name))
    workable = [o for o in Order.select() if o.status == "pending" and o.payment_status == "paid"]
    splittable = [o for o in Order.select() if o.status in ("pending", "processing") and lines_of(o)[0].quantity > 1]
    parts = []
    for order in splittable[:2]:
        parts += editing.split_order(order.id, [{lines_of(order)[0].id: 1}], user="anna").parts
    for order in workable[:4]:
        status.set_status(order.id, "processing", user="anna")
    db.close()
    sim.faults.latency_s, sim.faults.only_paths = 0.4, r"/(status|split)$"

    proc = start_sync(db_path, "--watch")
    wait_for(lambda: len([r for r in sim.requests if r.method in ("PUT", "POST")]) >= 2, what="pushes to start")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    sent_before_restart = len([r for r in sim.requests if r.method in ("PUT", "POST")])

    sim.faults.latency_s = 0.0
    finish(db_path)
    db = open_database(str(db_path))
    assert OutboxEvent.select().where(OutboxEvent.state != "done").count() == 0
    for part in parts:
        assert len(sim.find_by_reference(part.reference)) == 1, part.reference
        assert Order.get_by_id(part.id).external_id is not None
    for order in workable[:4]:
        assert sim.order(int(order.external_id))["status"] == "processing"
    assert sent_before_restart >= 2
    db.close()


def test_sigkill_mid_pull_then_restart_imports_every_order_once(tmp_path, sim, real_keyring):
    db_path = tmp_path / "desk.sqlite3"
    name = f"aff-{uuid.uuid4().hex[:8]}"
    for number in range(260):
        sim.add_order(items=[(f"BULK-{number}", "Bulk item", 1, "3.50")])
    db = open_database(str(db_path))
    real_keyring.append((database_id(), name))
    configure(name, sim.demo_config())
    db.close()
    sim.faults.latency_s, sim.faults.only_paths = 0.5, r"^/api/orders$"

    proc = start_sync(db_path, "--watch")
    wait_for(lambda: len(sim.requests_to("GET", r"^/api/orders$")) >= 2, what="the pull to be under way")
    time.sleep(0.6)  # let the first page commit
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    db = open_database(str(db_path))
    partial = Order.select().count()
    db.close()
    assert partial < len(sim.orders), "the kill should land mid-pull"

    sim.faults.latency_s = 0.0
    finish(db_path)
    db = open_database(str(db_path))
    assert Order.select().count() == len(sim.orders)
    assert {o.external_id for o in Order.select()} == {str(i) for i in sim.orders}
    db.close()
