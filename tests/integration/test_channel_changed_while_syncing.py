"""An admin disables or removes a channel while its sync runs: the sync of that channel stops between pages,
quietly, with nothing half taken in, no error state and no traceback anywhere."""

from __future__ import annotations

import threading

import pytest
from sync_harness import configure, fast_engine

from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.services.channels import remove_channel, update_channel
from orderdesk.store.models import Channel, Order, SyncLogEntry


@pytest.fixture
def slow_sim():
    simulator = AffiliateSimulator()
    simulator.start()
    simulator.faults.latency_s = 0.3  # every page takes a while: time for the admin to act mid-pull
    yield simulator
    simulator.stop()


def pull_in_background(engine, name):
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["changed"] = engine.pull(Channel.get(Channel.name == name))
        except BaseException as exc:  # noqa: BLE001 - the test reports whatever escaped
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_disabling_a_channel_mid_pull_stops_it_after_the_page_on_its_way(db, slow_sim):
    configure("aff", slow_sim.demo_config())
    # Small pages, as a test-only knob of the adapter: a pull of several pages the admin can stop midway.
    Channel.update(options={"page_size": "2"}).where(Channel.name == "aff").execute()
    engine = fast_engine()
    thread, outcome = pull_in_background(engine, "aff")
    while len(slow_sim.requests) < 2 and thread.is_alive():  # the first page is in, the second on its way
        thread.join(0.02)
    update_channel("aff", enabled=False, user="admin")
    thread.join(10)
    assert not thread.is_alive() and "error" not in outcome, outcome
    assert 0 < Order.select().count() < len(slow_sim.orders)  # stopped, not finished
    assert Channel.get(Channel.name == "aff").state != "error"
    assert not SyncLogEntry.select().where(SyncLogEntry.outcome == "failed").exists()


def test_removing_a_channel_mid_pull_ends_its_sync_quietly(db, slow_sim):
    configure("aff", slow_sim.demo_config())
    engine = fast_engine()
    thread, outcome = pull_in_background(engine, "aff")
    while not slow_sim.requests and thread.is_alive():
        thread.join(0.02)
    remove_channel("aff", user="admin")  # it has no orders yet: an admin may remove it
    thread.join(10)
    assert not thread.is_alive() and "error" not in outcome, outcome
    assert Order.select().count() == 0
    assert not SyncLogEntry.select().where(SyncLogEntry.outcome.in_(["failed", "rejected"])).exists()


def test_a_run_of_every_channel_goes_on_when_one_is_removed_meanwhile(db, slow_sim):
    configure("aff", slow_sim.demo_config())
    engine = fast_engine()
    channels = engine.channels()
    remove_channel("aff", user="admin")
    assert engine.pull(channels[0]) == []
    assert engine.push(channels[0]) == (0, [])
    assert engine.run_once().problems == []
