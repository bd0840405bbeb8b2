"""The everyday flows end without a false conflict on every channel, also across a 429 pause and a lost answer;
a real change made in the channel in the same window is still a conflict.

The operator's day, as `orderdesk sync --once` between steps: acknowledge, sync, dispatch, sync (and edit or split
first where the channel takes them). Our own change, confirmed (or read back) and then pulled again, is no change
made in the channel: the desk compares what the channel shows with the last value it saw from, or confirmed to,
the channel, never with its own current value.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sync_harness import configure, fast_engine

from orderdesk.core.capabilities import supports
from orderdesk.core.events import EventKind
from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.sandbox.cloudsuite import CloudSuiteSimulator
from orderdesk.sandbox.increff import IncreffSimulator
from orderdesk.sandbox.magento import MagentoSimulator
from orderdesk.sandbox.otplatform import OTPlatformSimulator
from orderdesk.sandbox.server import Faults
from orderdesk.services import editing, status
from orderdesk.services.editing import OrderEdit
from orderdesk.store.models import Channel, Order, OutboxEvent
from orderdesk.store.orders import lines_of
from orderdesk.sync.engine import SyncEngine

CHANNEL = "shop"
OPEN_STATES = ("pending", "uncertain", "in_flight", "failed")


@dataclasses.dataclass
class Kind:
    """One kind of channel: its simulator(s), and how its side cancels an order or changes an address."""

    name: str
    start: Callable[[], list[Any]]
    config: Callable[[list[Any]], dict[str, Any]]
    cancel_remotely: Callable[[Any, str], None]
    readdress_remotely: Callable[[Any, str], None] | None = None


KINDS = {
    "affiliate": Kind(
        "affiliate",
        lambda: [AffiliateSimulator()],
        lambda sims: sims[0].demo_config(),
        lambda sim, ext: sim.touch_order(int(ext), status="cancelled"),
        lambda sim, ext: sim.touch_order(
            int(ext), shipping_address={**sim.orders[int(ext)]["shipping_address"], "city": "Gdańsk"}
        ),
    ),
    "cloudsuite": Kind(
        "cloudsuite",
        lambda: [CloudSuiteSimulator()],
        lambda sims: sims[0].demo_config(),
        lambda sim, ext: sim.touch_order(int(ext), state="cancel"),
        lambda sim, ext: (
            sim.addresses[sim.orders[int(ext)]["shipment_address"]].update(city="Zwolle"),
            sim.touch_order(int(ext)),
        ),
    ),
    "magento": Kind(
        "magento",
        lambda: [MagentoSimulator(), IncreffSimulator()],
        lambda sims: sims[0].demo_config(increff_url=sims[1].url),
        lambda sim, ext: sim.touch_order(int(ext), status="canceled"),
    ),
    "otplatform": Kind(
        "otplatform",
        lambda: [OTPlatformSimulator()],
        lambda sims: sims[0].demo_config(),
        lambda sim, ext: sim.touch_order(ext, status_id=70, is_cancelled=True),
    ),
}


EDITABLE = [k for k in sorted(KINDS) if supports(k, EventKind.EDIT)]
SPLITTABLE = [k for k in sorted(KINDS) if supports(k, EventKind.SPLIT)]


@pytest.fixture(scope="module", params=sorted(KINDS))
def running(request: pytest.FixtureRequest) -> Iterator[tuple[Kind, list[Any]]]:
    kind = KINDS[request.param]
    sims = kind.start()
    if kind.name == "magento":
        sims[1].forward_orders = sims[0].increff_forward_order
    for sim in sims:
        sim.start()
    yield kind, sims
    for sim in sims:
        sim.stop()


@pytest.fixture
def world(db: Any, running: tuple[Kind, list[Any]]) -> tuple[Kind, Any, SyncEngine]:
    kind, sims = running
    for sim in sims:
        for spec in dataclasses.fields(Faults):
            if not spec.name.startswith("_"):
                setattr(sim.faults, spec.name, spec.default)
        sim.reset()
    configure(CHANNEL, kind.config(sims))
    engine = fast_engine()
    engine.pull(channel())
    return kind, sims[0], engine


def channel() -> Channel:
    return Channel.get(Channel.name == CHANNEL)


def workable(*, units: int = 1) -> Order:
    """An order waiting in the warehouse that may be worked (paid, or on account), with at least `units` units on
    its first line."""
    workable = Order.select().where(Order.status == "pending", Order.payment_status.in_(["paid", "invoice_later"]))
    for order in workable.order_by(Order.id):
        lines = lines_of(order)
        if lines and lines[0].quantity >= units and order.external_id:
            return order
    raise AssertionError("the simulator has no workable pending order")


def sync(engine: SyncEngine) -> None:
    """What `orderdesk sync --once` does, waiting out short retry delays and pauses as a later run would."""
    engine.pull(channel())
    for _ in range(200):
        conflicts = [
            (o.reference, [a.detail for a in o.audit]) for o in Order.select().where(Order.sync_state == "conflict")
        ]
        assert not conflicts, conflicts
        engine.push(channel())
        waiting = OutboxEvent.select().where(OutboxEvent.state.in_(["pending", "uncertain", "in_flight"]))
        if not waiting.exists():
            return
        time.sleep(0.05)
        if not engine.paused(channel()):
            engine.pull(channel())
    raise AssertionError(f"events still waiting: {[(e.kind, e.state, e.last_error) for e in waiting]}")


def wait_out_a_pause() -> None:
    deadline = time.monotonic() + 5
    while Channel.get(Channel.name == CHANNEL).paused_until is not None and time.monotonic() < deadline:
        if not fast_engine().paused(channel()):
            return
        time.sleep(0.05)


def assert_settled(order_id: int) -> None:
    order = Order.get_by_id(order_id)
    events = [(e.kind, e.state, e.last_error) for e in OutboxEvent.select().where(OutboxEvent.order == order_id)]
    assert order.sync_state == "synced", (order.sync_state, events)
    assert all(state == "done" for _, state, _ in events), events


def first_step_with(engine: SyncEngine, sim: Any, window: str) -> None:
    """Send what the operator just did, with the window's trouble: nothing, a 429 pause or a lost answer."""
    if window == "plain":
        sync(engine)
    elif window == "429":
        sim.faults.retry_after_s = 0.3
        sim.faults.throttle_next = 3
        engine.push(channel())
        assert engine.paused(channel())
    elif window == "lost":
        sim.faults.drop_after_next = 10  # every try is taken in, and every answer lost
        engine.push(channel())
        sim.faults.drop_after_next = 0
        states = [e.state for e in OutboxEvent.select()]
        assert "uncertain" in states, states
    else:  # pragma: no cover
        raise AssertionError(window)


def dispatch(order_id: int) -> None:
    order = Order.get_by_id(order_id)
    if order.status == "pending":
        status.set_status(order_id, "processing", user="anna")
    status.dispatch(order_id, consignment_number="JD0146000123", carrier="DHL", user="anna")


WINDOWS = ["plain", "429", "lost"]


@pytest.mark.parametrize("window", WINDOWS)
def test_acknowledge_sync_dispatch_sync_ends_without_a_conflict(world, window):
    kind, sim, engine = world
    order = workable()
    status.set_status(order.id, "processing", user="anna")
    first_step_with(engine, sim, window)
    dispatch(order.id)
    sync(engine)
    sync(engine)
    assert_settled(order.id)
    assert Order.get_by_id(order.id).status == "dispatched"


@pytest.mark.parametrize("running", EDITABLE, indirect=True)
@pytest.mark.parametrize("window", WINDOWS)
def test_edit_sync_dispatch_sync_ends_without_a_conflict(world, window):
    kind, sim, engine = world
    order = workable()
    status.set_status(order.id, "processing", user="anna")
    sync(engine)
    editing.edit_order(order.id, OrderEdit(fields={"city": "Kraków", "street": "Rynek 1"}), user="anna")
    first_step_with(engine, sim, window)
    dispatch(order.id)
    sync(engine)
    sync(engine)
    assert_settled(order.id)
    final = Order.get_by_id(order.id)
    assert (final.status, final.shipping_address["city"]) == ("dispatched", "Kraków")


@pytest.mark.parametrize("running", SPLITTABLE, indirect=True)
@pytest.mark.parametrize("window", WINDOWS)
def test_split_sync_dispatch_a_part_sync_ends_without_a_conflict(world, window):
    kind, sim, engine = world
    order = workable(units=2)
    status.set_status(order.id, "processing", user="anna")
    sync(engine)
    line = lines_of(Order.get_by_id(order.id))[0]
    result = editing.split_order(order.id, [{line.id: 1}], user="anna")
    first_step_with(engine, sim, window)
    part = result.parts[0]
    dispatch(part.id)
    dispatch(order.id)
    sync(engine)
    sync(engine)
    for settled in (order.id, part.id):
        assert_settled(settled)
        assert Order.get_by_id(settled).status == "dispatched"


@pytest.mark.parametrize("window", WINDOWS)
def test_a_cancellation_made_in_the_channel_while_a_dispatch_waits_is_still_a_conflict(world, window):
    kind, sim, engine = world
    order = workable()
    status.set_status(order.id, "processing", user="anna")
    first_step_with(engine, sim, window)
    dispatch(order.id)
    wait_out_a_pause()
    kind.cancel_remotely(sim, order.external_id)
    engine.pull(channel())
    held = Order.get_by_id(order.id)
    assert held.sync_state == "conflict"
    assert held.status == "dispatched"
    assert not OutboxEvent.select().where(OutboxEvent.kind == "dispatch", OutboxEvent.state == "done").exists()


@pytest.mark.parametrize("running", EDITABLE, indirect=True)
def test_an_address_changed_in_the_channel_while_an_edit_waits_is_still_a_conflict(world):
    kind, sim, engine = world
    assert kind.readdress_remotely is not None
    order = workable()
    status.set_status(order.id, "processing", user="anna")
    sync(engine)
    editing.edit_order(order.id, OrderEdit(fields={"city": "Kraków"}), user="anna")  # waits: no push yet
    kind.readdress_remotely(sim, order.external_id)
    engine.pull(channel())
    held = Order.get_by_id(order.id)
    assert held.sync_state == "conflict", [(a.action, a.detail) for a in held.audit]
    assert held.shipping_address["city"] == "Kraków"


def test_acknowledge_pack_dispatch_with_a_sync_after_each_ends_without_a_conflict(world):
    """Packed is a step some channels have no word for: it stays on the desk and is no change in the channel."""
    kind, sim, engine = world
    order = workable()
    for step in ("processing", "packed"):
        status.set_status(order.id, step, user="anna")
        sync(engine)
        assert Order.get_by_id(order.id).status == step
    dispatch(order.id)
    sync(engine)
    sync(engine)
    assert_settled(order.id)
    assert Order.get_by_id(order.id).status == "dispatched"
