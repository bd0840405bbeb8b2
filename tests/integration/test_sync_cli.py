"""`orderdesk sync` without a window: --once, --channel, --reconcile, and --watch stopping on a signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

import pytest
from sync_harness import configure

from orderdesk import cli, credentials
from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.services import status
from orderdesk.store.db import open_database
from orderdesk.store.identity import database_id
from orderdesk.store.models import Channel, Order, OutboxEvent


@pytest.fixture
def sim():
    simulator = AffiliateSimulator()
    simulator.start()
    yield simulator
    simulator.stop()


def sync(db_url: str, *args: str) -> int:
    return cli.main(["--db", db_url, "--user", "anna", "sync", *args])


def test_sync_once_pulls_and_pushes_then_exits_zero(db, db_url, sim, capsys):
    configure("aff", sim.demo_config())
    assert sync(db_url, "--once") == 0
    assert Order.select().count() == len(sim.orders)
    order = next(o for o in Order.select() if o.status == "pending" and o.payment_status == "paid")
    status.set_status(order.id, "processing", user="anna")
    assert sync(db_url, "--once", "--channel", "aff") == 0
    assert sim.order(int(order.external_id))["status"] == "processing"
    err = capsys.readouterr().err
    assert "Sync finished:" in err and "1 change(s) sent, 0 failed, 0 still waiting" in err


def test_sync_once_exits_one_and_lists_the_failed_events_in_the_channels_words(db, db_url, sim, capsys):
    configure("aff", sim.demo_config())
    assert sync(db_url, "--once") == 0
    target = next(o for o in sim.orders.values() if o["status"] == "dispatched")
    order = Order.get(Order.external_id == str(target["id"]))
    Order.update(status="processing").where(Order.id == order.id).execute()  # the desk is behind the channel
    event = status.set_status(order.id, "packed", user="anna").event
    capsys.readouterr()
    assert sync(db_url, "--once") == 1
    err = capsys.readouterr().err
    assert f"failed #{event.id} status {order.reference}:" in err
    assert "dispatched" in err and "Traceback" not in err
    assert OutboxEvent.get_by_id(event.id).state == "failed"


def test_sync_of_an_unknown_channel_is_refused_plainly(db, db_url, capsys):
    assert sync(db_url, "--once", "--channel", "nowhere") == 1
    assert "nowhere" in capsys.readouterr().err


def test_reconcile_imports_an_order_deleted_from_the_desk(db, db_url, sim, capsys):
    configure("aff", sim.demo_config())
    assert sync(db_url, "--once") == 0
    victim = Order.select().order_by(Order.id).first()
    reference = victim.reference
    victim.delete_instance(recursive=True)
    capsys.readouterr()
    assert sync(db_url, "--reconcile", "--since", "2000-01-01") == 0
    out = capsys.readouterr().out
    assert f"imported {reference}" in out
    assert Order.get_or_none(Order.reference == reference) is not None
    assert sync(db_url, "--reconcile") == 1
    assert "--reconcile needs --since" in capsys.readouterr().err


def test_sync_watch_keeps_syncing_and_stops_cleanly_on_sigterm(tmp_path, sim):
    try:
        credentials.check_available()
    except credentials.KeyringUnavailable as exc:
        pytest.skip(f"needs the OS keyring, as a desktop has it: {exc}")
    name = f"aff-{uuid.uuid4().hex[:8]}"
    db_path = tmp_path / "desk.sqlite3"
    db = open_database(str(db_path))
    database = database_id()
    configure(name, sim.demo_config())
    db.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "--db", str(db_path), "sync", "--watch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        deadline = time.monotonic() + 60
        while len(sim.requests_to("GET", r"^/api/orders$")) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sim.requests_to("GET", r"^/api/orders$"), "the watch should pull"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert "Sync stopped cleanly." in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        credentials.delete_secrets(database, name, ["token"])
    db = open_database(str(db_path))
    assert Channel.get(Channel.name == name).last_pull_at is not None
    db.close()
