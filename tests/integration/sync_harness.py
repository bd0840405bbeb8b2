"""Running the real engine against simulators over loopback HTTP, with fast retries."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from orderdesk.channels.http import HttpSettings
from orderdesk.services.channels import add_channel
from orderdesk.store.models import AuditEntry, Channel, Order, OutboxEvent
from orderdesk.sync.engine import EngineSettings, SyncEngine

FAST_HTTP = HttpSettings(connect_timeout=2, read_timeout=1.5, max_retries=2, backoff_base=0.01, backoff_cap=0.05)


def fast_engine(**overrides: Any) -> SyncEngine:
    settings = EngineSettings(
        http=overrides.pop("http", FAST_HTTP),
        retry_base_s=overrides.pop("retry_base_s", 0.02),
        retry_cap_s=0.2,
        lease=overrides.pop("lease", timedelta(seconds=30)),
        **overrides,
    )
    return SyncEngine(settings, jitter=lambda: 1.0)


def configure(name: str, demo: dict[str, Any], **extra: Any) -> Channel:
    """A channel configured as an admin would, from a simulator's demo configuration."""
    return add_channel(
        name,
        demo["kind"],
        url=demo["url"],
        username=demo.get("username", ""),
        options={k: str(v) for k, v in demo.get("options", {}).items()},
        secrets=demo.get("secrets", {}),
        user="admin",
        **extra,
    )


def drain(engine: SyncEngine, channel: str, timeout: float = 20.0) -> tuple[int, list[int]]:
    """Push until nothing is due any more (waiting out short retry delays and pauses)."""
    done, failed = 0, []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = Channel.get(Channel.name == channel)
        pushed, lost = engine.push(row)
        done += pushed
        failed += lost
        waiting = OutboxEvent.select().where(
            OutboxEvent.channel == row, OutboxEvent.state.in_(["pending", "uncertain", "in_flight"])
        )
        if not waiting.exists():
            return done, failed
        time.sleep(0.05)
    raise AssertionError(f"events still waiting after {timeout} s: {[(e.id, e.state, e.last_error) for e in waiting]}")


def footprint() -> tuple[int, list[tuple[int, int]]]:
    """What a pull could have written: audit rows and every order's version."""
    return AuditEntry.select().count(), [(o.id, o.version) for o in Order.select().order_by(Order.id)]


def simulator_fixtures(simulator_class: type[Any], channel_name: str) -> tuple[Any, Any, Any]:
    """The fixtures a channel's sync tests share: `running` (one simulator per module), `sim` (reset before each
    test) and `desk` (the channel configured against it, and a fast engine). Assign them to those names."""

    @pytest.fixture(scope="module")
    def running() -> Iterator[Any]:
        simulator = simulator_class()
        simulator.start()
        yield simulator
        simulator.stop()

    @pytest.fixture
    def sim(running: Any) -> Any:
        running.reset()
        return running

    @pytest.fixture
    def desk(db: Any, sim: Any) -> SyncEngine:
        configure(channel_name, sim.demo_config())
        return fast_engine()

    return running, sim, desk


def inject(simulator: Any, **faults: Any) -> None:
    """Switch faults on in a running simulator (its orders, tokens and sessions stay as they are)."""
    for name, value in faults.items():
        setattr(simulator.faults, name, value)
