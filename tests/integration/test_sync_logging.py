"""Every sync call reaches the application log too, at INFO, or WARNING when it went wrong, with no secret in it."""

from __future__ import annotations

import logging

import pytest
from sync_harness import inject, simulator_fixtures

from orderdesk import logs
from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.store.models import Channel, SyncLogEntry

running, sim, desk = simulator_fixtures(AffiliateSimulator, "aff")


@pytest.fixture
def log_file(tmp_path):  # type: ignore[no-untyped-def]
    path = logs.setup(logging.INFO, folder=tmp_path / "log")
    yield path
    logs.shutdown()


def test_each_sync_call_is_a_line_of_the_log_and_a_retried_one_a_warning(desk, sim, log_file):
    inject(sim, throttle_next=1, retry_after_s=0.01)
    desk.pull(Channel.get(Channel.name == "aff"))
    lines = log_file.read_text(encoding="utf-8").splitlines()
    calls = [line for line in lines if " orderdesk.sync.engine: aff pull " in line]
    assert len(calls) == SyncLogEntry.select().count() >= 2
    assert any(" WARNING " in line and "(HTTP 429, " in line for line in calls), calls
    assert any(" INFO " in line and ": ok (HTTP 200, " in line for line in calls), calls
    assert sim.token not in "\n".join(lines)
