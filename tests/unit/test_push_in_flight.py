"""The push keeps its calls in flight continuously: a slot whose call is answered takes the next due event at once,
so one slow call holds back only its own order. Shown with an adapter that holds calls until the test lets them go
(no timing: each wait below only guards against a hang)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from factories import make_channel, make_order

from orderdesk.channels.base import PushResult
from orderdesk.channels.errors import RateLimited
from orderdesk.channels.http import CallRecord, HttpSettings, RateGate
from orderdesk.services import status
from orderdesk.store.models import Channel, OutboxEvent, database_proxy
from orderdesk.sync.contract import EngineSettings
from orderdesk.sync.engine import SyncEngine
from orderdesk.sync.push import Pace

PATIENCE_S = 20  # how long a wait may take before the test calls it a hang


class HoldingAdapter:
    """Answers every push, but holds the calls of the orders in `held` until `release()`; counts calls in flight."""

    def __init__(self) -> None:
        self.held: set[str] = set()
        self.refuse: dict[str, Exception] = {}  # reference -> what its call raises
        self.pushed: list[tuple[str, str]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.waiting = 0  # calls being held right now
        self._released = False
        self.changed = threading.Condition()

    def test_connection(self) -> str:
        return "ok"

    def fetch_orders(self, cursor):  # type: ignore[no-untyped-def]
        yield from ()

    def already_applied(self, event):  # type: ignore[no-untyped-def]
        return None

    def push(self, event):  # type: ignore[no-untyped-def]
        reference = event.order.reference
        if reference in self.refuse:
            raise self.refuse[reference]
        with self.changed:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            if reference in self.held or "*" in self.held:
                self.waiting += 1
                self.changed.notify_all()
                assert self.changed.wait_for(lambda: self._released, PATIENCE_S), "never released"
                self.waiting -= 1
            self.pushed.append((event.kind.value, reference))
            self.in_flight -= 1
            self.changed.notify_all()
        return PushResult(message="ok")

    def release(self) -> None:
        with self.changed:
            self._released = True
            self.changed.notify_all()

    def wait_until(self, what: str, condition) -> None:  # type: ignore[no-untyped-def]
        with self.changed:
            assert self.changed.wait_for(condition, PATIENCE_S), f"timed out waiting for {what}"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)

    def __call__(self) -> datetime:
        return self.now


def engine_for(adapter: HoldingAdapter, **settings: object) -> SyncEngine:
    return SyncEngine(
        EngineSettings(retry_base_s=10, **settings),  # type: ignore[arg-type]
        adapter_factory=lambda config, **kw: adapter,
        clock=Clock(),
    )


def done_count() -> int:
    return int(OutboxEvent.select().where(OutboxEvent.state == "done").count())


def eventually(what: str, condition) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + PATIENCE_S
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


def push_in_background(engine: SyncEngine) -> tuple[threading.Thread, dict[str, object]]:
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = engine.push(Channel.get(Channel.name == "aff"))
        except BaseException as exc:  # noqa: BLE001 - the test reports whatever escaped
            outcome["error"] = exc
        finally:
            database_proxy.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


@pytest.fixture
def adapter(db):  # type: ignore[no-untyped-def]
    make_channel("aff", "affiliate")
    return HoldingAdapter()


def test_a_held_call_holds_back_only_its_order_while_the_other_slot_sends_the_rest(adapter):
    slow = make_order()
    others = [make_order() for _ in range(5)]
    status.set_status(slow.id, "processing", user="anna")
    status.set_status(slow.id, "packed", user="anna")  # behind the held call: waits for it
    for order in others:
        status.set_status(order.id, "processing", user="anna")
    adapter.held = {slow.reference}
    thread, outcome = push_in_background(engine_for(adapter, max_in_flight=2))

    # One slot is held by the slow order; the other goes on through every other order meanwhile.
    adapter.wait_until("the other orders to go out", lambda: len(adapter.pushed) == len(others))
    assert {reference for _, reference in adapter.pushed} == {o.reference for o in others}
    assert adapter.waiting == 1
    eventually("their events to be settled", lambda: done_count() == len(others))
    assert adapter.waiting == 1  # the slow call is still held: nothing waited for it
    adapter.release()
    thread.join(PATIENCE_S)
    assert outcome == {"result": (len(others) + 2, [])}
    assert [kind for kind, reference in adapter.pushed if reference == slow.reference] == ["acknowledge", "status"]
    assert adapter.most_in_flight == 2


def test_without_a_rate_limit_the_default_number_of_calls_is_in_flight_and_never_more(adapter):
    for _ in range(9):
        status.set_status(make_order().id, "processing", user="anna")
    adapter.held = {"*"}
    engine = engine_for(adapter)
    thread, outcome = push_in_background(engine)
    adapter.wait_until("the slots to fill", lambda: adapter.waiting == engine.settings.max_in_flight)
    # While every slot is held nothing else is claimed: a claimed event is always one being sent.
    assert OutboxEvent.select().where(OutboxEvent.state == "in_flight").count() == engine.settings.max_in_flight
    adapter.release()
    thread.join(PATIENCE_S)
    assert outcome == {"result": (9, [])}
    assert adapter.most_in_flight == engine.settings.max_in_flight == 6


def test_a_rate_limited_channel_keeps_as_many_in_flight_as_reach_its_limit(adapter):
    Channel.update(rate_limit_per_min=600).execute()  # 10 calls a second
    for _ in range(20):
        status.set_status(make_order().id, "processing", user="anna")
    adapter.held = {"*"}
    engine = engine_for(adapter)
    channel = Channel.get(Channel.name == "aff")
    engine.pace.observe(channel.id, 0.5, 1)  # its events took half a second each so far: 5 reach the limit, 1 spare
    thread, outcome = push_in_background(engine)
    adapter.wait_until("the slots to fill", lambda: adapter.waiting == 6)
    assert OutboxEvent.select().where(OutboxEvent.state == "in_flight").count() == 6
    adapter.release()
    thread.join(PATIENCE_S)
    assert outcome == {"result": (20, [])}
    assert adapter.most_in_flight == 6


def test_stop_while_calls_are_in_flight_lets_them_finish_and_claims_nothing_more(adapter):
    for _ in range(6):
        status.set_status(make_order().id, "processing", user="anna")
    adapter.held = {"*"}
    engine = engine_for(adapter, max_in_flight=2)
    thread, outcome = push_in_background(engine)
    adapter.wait_until("both slots to be held", lambda: adapter.waiting == 2)
    engine.stop()
    adapter.release()
    thread.join(PATIENCE_S)
    # What was claimed went out and was settled; the rest waits for the next run, unclaimed.
    assert outcome == {"result": (2, [])} and len(adapter.pushed) == 2
    assert done_count() == 2
    assert OutboxEvent.select().where(OutboxEvent.state == "pending").count() == 4


def test_a_channel_disabled_while_calls_are_in_flight_sends_nothing_more(adapter):
    orders = [make_order() for _ in range(6)]
    for order in orders:
        status.set_status(order.id, "processing", user="anna")
    adapter.held = {orders[0].reference, orders[1].reference}
    thread, outcome = push_in_background(engine_for(adapter, max_in_flight=2))
    adapter.wait_until("both slots to be held", lambda: adapter.waiting == 2)
    Channel.update(enabled=False).execute()
    adapter.release()
    thread.join(PATIENCE_S)
    assert outcome == {"result": (2, [])}
    assert {reference for _, reference in adapter.pushed} == {orders[0].reference, orders[1].reference}
    assert OutboxEvent.select().where(OutboxEvent.state == "pending").count() == 4


def test_a_429_while_a_call_is_in_flight_stops_the_claiming_and_the_call_in_flight_finishes(adapter):
    orders = [make_order() for _ in range(6)]
    for order in orders:
        status.set_status(order.id, "processing", user="anna")
    adapter.held = {orders[0].reference}
    adapter.refuse = {orders[1].reference: RateLimited("slow down", retry_after=30)}
    thread, outcome = push_in_background(engine_for(adapter, max_in_flight=2))
    adapter.wait_until("the held call", lambda: adapter.waiting == 1)
    eventually("the pause", lambda: Channel.get(Channel.name == "aff").state == "paused")
    adapter.release()
    thread.join(PATIENCE_S)
    assert outcome == {"result": (1, [])}
    assert adapter.pushed == [("acknowledge", orders[0].reference)]  # nothing was sent after the 429
    assert OutboxEvent.select().where(OutboxEvent.state == "pending").count() == 5  # the refused one waits too
    assert Channel.get(Channel.name == "aff").state == "paused"


def test_each_slot_thread_opens_one_connection_for_the_whole_push_and_closes_it(adapter, monkeypatch):
    for _ in range(12):
        status.set_status(make_order().id, "processing", user="anna")
    database = database_proxy.obj
    opened: list[str] = []
    closed: list[str] = []
    connect, close = database._connect, database._close
    monkeypatch.setattr(database, "_connect", lambda: opened.append(threading.current_thread().name) or connect())
    monkeypatch.setattr(database, "_close", lambda conn: closed.append(threading.current_thread().name) or close(conn))
    assert engine_for(adapter, max_in_flight=3).push(Channel.get(Channel.name == "aff")) == (12, [])
    slots = [name for name in opened if name.startswith("push-aff-")]
    assert len(slots) == len(set(slots)) == 3  # once per slot thread, not once per event
    assert sorted(name for name in closed if name.startswith("push-aff-")) == sorted(slots)


def channel_row(per_min: int | None) -> SimpleNamespace:
    return SimpleNamespace(id=7, rate_limit_per_min=per_min)


def test_the_calls_in_flight_are_sized_from_the_rate_limit_and_the_time_events_take():
    pace = Pace(EngineSettings(max_in_flight=4, max_in_flight_limited=16))
    assert pace.slots(channel_row(None)) == 4  # no rate limit: the setting
    assert pace.slots(channel_row(600)) == 4  # nothing seen yet: the setting, until events show how long they take
    pace.observe(7, 0.2, 1)
    assert pace.slots(channel_row(600)) == 3  # 10 a second x 0.2 s = 2 reach the limit, and one to spare
    assert pace.slots(channel_row(60)) == 2  # one a second: one is plenty, and one to spare
    assert pace.slots(channel_row(100_000)) == 16  # never more than the most a limited channel gets
    assert pace.slots(channel_row(None)) == 4  # what events take does not change an unlimited channel's number
    two_calls = Pace(EngineSettings())
    two_calls.observe(7, 0.4, 2)  # events of two calls each: half as many events reach the limit
    assert two_calls.slots(channel_row(600)) == 3
    limited = Pace(EngineSettings(http=HttpSettings(rate_limit_per_min=600)))
    limited.observe(7, 0.5, 1)
    assert limited.slots(channel_row(None)) == 6  # a limit of the engine's HTTP settings counts as well


def test_the_average_time_follows_the_newest_events():
    pace = Pace(EngineSettings())
    pace.observe(7, 1.0, 1)
    for _ in range(30):
        pace.observe(7, 0.1, 1)
    assert pace.slots(channel_row(600)) == 3  # 10 a second x ~0.1 s, and one to spare


def test_the_rate_gate_spaces_calls_from_many_threads_evenly():
    """However many calls are in flight, the gate hands out one start per interval (the limit's one authority)."""
    now = [0.0]
    starts: list[float] = []
    guard = threading.Lock()

    def sleep(seconds: float) -> None:
        with guard:
            starts.append(now[0] + seconds)

    def clock() -> float:
        return now[0]

    gate = RateGate(600, clock=clock, sleep=sleep)

    def caller() -> None:
        for _ in range(25):
            gate.wait()

    threads = [threading.Thread(target=caller) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(PATIENCE_S)
    starts.append(0.0)  # the first call goes at once, without sleeping
    ordered = sorted(starts)
    assert len(ordered) == 200
    assert all(later - earlier >= 0.1 - 1e-9 for earlier, later in zip(ordered, ordered[1:], strict=False))


def test_the_time_a_channels_calls_take_sizes_its_next_push(adapter):
    """The adapter's call log (timed by sync.push) tells how long a channel's calls take: at one call a second and
    two seconds a call, three calls reach the limit (with our own work on top), and one to spare."""
    Channel.update(rate_limit_per_min=60).execute()
    for _ in range(3):
        status.set_status(make_order().id, "processing", user="anna")
    logged: list[CallRecord] = []

    def factory(config, *, logger, **kw):  # type: ignore[no-untyped-def]
        adapter.log = logger
        return adapter

    def push_and_log(event):  # type: ignore[no-untyped-def]
        adapter.log(CallRecord("aff", "PUT", "u", "op", event.order.reference, 200, 2000, "ok", "", "", ""))
        return PushResult(message="ok")

    adapter.push = push_and_log
    engine = SyncEngine(EngineSettings(), adapter_factory=factory, clock=Clock())
    engine.listener.log_entry = lambda entry_id: logged.append(entry_id)  # type: ignore[method-assign]
    channel = Channel.get(Channel.name == "aff")
    assert engine.pace.slots(channel) == 6  # nothing seen yet: the setting
    assert engine.push(channel) == (3, [])
    assert engine.pace.slots(channel) == 4
    assert len(logged) == 6  # each call in the sync log as before, and each event's outcome
