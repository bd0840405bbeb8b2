"""The engine's rules with a scripted adapter: order of events, retries, pauses, read-backs, leases."""

import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from factories import make_channel, make_order

from orderdesk.channels.base import Page, PushResult
from orderdesk.channels.errors import AuthError, PermanentError, RateLimited, TransientError
from orderdesk.core.records import Customer, LineRecord, OrderRecord
from orderdesk.core.statuses import OrderStatus
from orderdesk.services import editing, status, sync_events
from orderdesk.services.editing import OrderEdit
from orderdesk.store import outbox
from orderdesk.store.models import AuditEntry, Channel, Order, OutboxEvent, SyncLogEntry
from orderdesk.store.orders import lines_of
from orderdesk.sync.engine import EngineSettings, SyncEngine


class Clock:
    def __init__(self):
        # Services stamp events with the real time, so the engine's clock starts just after it (a fixed date
        # here made every event "not yet due" once the real clock passed that date).
        self.now = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += timedelta(seconds=seconds)


class ScriptedAdapter:
    """Answers pushes from a script per event kind; records what it was asked."""

    def __init__(self):
        self.pushed = []
        self.read_back = []
        self.script = {}
        self.applied = set()
        self.pages = []
        self.lock = threading.Lock()

    def test_connection(self):
        return "ok"

    def fetch_orders(self, cursor):
        yield from self.pages

    def push(self, event):
        with self.lock:
            self.pushed.append((event.kind.value, event.order.reference))
            answers = self.script.get((event.kind.value, event.order.reference)) or self.script.get(event.kind.value)
            answer = answers.pop(0) if answers else None
        if isinstance(answer, Exception):
            raise answer
        self.applied.add(event.event_id)
        return PushResult(message="ok")

    def already_applied(self, event):
        self.read_back.append(event.event_id)
        return PushResult(message="found") if event.event_id in self.applied else None


@pytest.fixture
def setup(db):
    make_channel("aff", "affiliate")
    adapter = ScriptedAdapter()
    clock = Clock()
    engine = SyncEngine(
        EngineSettings(retry_base_s=10, max_in_flight=2),
        adapter_factory=lambda config, **kw: adapter,
        clock=clock,
        jitter=lambda: 1.0,
    )
    return engine, adapter, clock


def channel():
    return Channel.get(Channel.name == "aff")


def test_events_of_one_order_go_in_order(setup):
    engine, adapter, _ = setup
    order = make_order(status="pending")
    status.set_status(order.id, "processing", user="anna")
    status.dispatch(order.id, consignment_number="JD1", carrier="DHL", user="anna")
    done, failed = engine.push(channel())
    assert (done, failed) == (2, [])
    assert [kind for kind, _ in adapter.pushed] == ["acknowledge", "dispatch"]
    assert Order.get_by_id(order.id).sync_state == "synced"


def test_a_failed_event_holds_back_the_later_ones_of_its_order_only(setup):
    engine, adapter, _ = setup
    blocked, other = make_order(), make_order()
    adapter.script[("acknowledge", blocked.reference)] = [PermanentError("Unknown SKU 'MUG-01'")]
    status.set_status(blocked.id, "processing", user="anna")
    status.dispatch(blocked.id, consignment_number="JD1", carrier="DHL", user="anna")
    status.set_status(other.id, "processing", user="anna")
    done, failed = engine.push(channel())
    assert done == 1 and len(failed) == 1
    assert ("dispatch", blocked.reference) not in adapter.pushed
    assert Order.get_by_id(blocked.id).sync_state == "failed"
    event = OutboxEvent.get_by_id(failed[0])
    assert event.last_error == "Unknown SKU 'MUG-01'"
    sync_events.retry_event(event.id, user="sue")
    assert engine.push(channel()) == (2, [])
    assert [k for k, r in adapter.pushed if r == blocked.reference] == ["acknowledge", "acknowledge", "dispatch"]


def test_transient_errors_back_off_then_fail_at_the_retry_limit(setup):
    engine, adapter, clock = setup
    Channel.update(retry_limit=3).execute()
    order = make_order()
    adapter.script["acknowledge"] = [TransientError("server error (HTTP 500)")] * 3
    event = status.set_status(order.id, "processing", user="anna").event
    assert engine.push(channel()) == (0, [])
    first = OutboxEvent.get_by_id(event.id)
    assert first.state == "pending" and first.attempts == 1
    assert first.next_attempt_at == clock.now + timedelta(seconds=10)
    assert engine.push(channel()) == (0, [])  # not due yet
    clock.advance(10)
    engine.push(channel())
    assert OutboxEvent.get_by_id(event.id).next_attempt_at == clock.now + timedelta(seconds=20)
    clock.advance(20)
    done, failed = engine.push(channel())
    assert failed == [event.id]
    assert "gave up after 3 attempts: server error" in OutboxEvent.get_by_id(event.id).last_error


def test_lost_answer_makes_the_event_uncertain_and_it_is_read_back_not_resent(setup):
    engine, adapter, clock = setup
    order = make_order()
    event = status.set_status(order.id, "processing", user="anna").event

    def lost(evt):
        adapter.applied.add(evt.event_id)  # the channel did it...
        raise TransientError("took too long", outcome_unknown=True)  # ...but the answer never came

    adapter.push = lost
    engine.push(channel())
    assert OutboxEvent.get_by_id(event.id).state == "uncertain"
    adapter.push = ScriptedAdapter.push.__get__(adapter)
    clock.advance(60)
    assert engine.push(channel()) == (1, [])
    assert adapter.read_back == [event.id] and adapter.pushed == []
    assert OutboxEvent.get_by_id(event.id).state == "done"


def test_429_pauses_the_whole_channel_without_failing_anything(setup):
    engine, adapter, clock = setup
    orders = [make_order() for _ in range(3)]
    adapter.script["acknowledge"] = [RateLimited("slow down", retry_after=30)]
    for order in orders:
        status.set_status(order.id, "processing", user="anna")
    done, failed = engine.push(channel())
    assert failed == []
    paused = channel()
    assert paused.state == "paused" and "rate limited" in paused.state_message
    assert paused.paused_until == clock.now + timedelta(seconds=30)
    assert engine.push(channel()) == (0, [])
    clock.advance(31)
    done_after, failed_after = engine.push(channel())
    assert failed_after == [] and done + done_after == 3
    assert OutboxEvent.select().where(OutboxEvent.state == "done").count() == 3


def test_an_expired_lease_is_taken_again_after_a_read_back(setup):
    engine, adapter, clock = setup
    order = make_order()
    event = status.set_status(order.id, "processing", user="anna").event
    assert outbox.claim(OutboxEvent.get_by_id(event.id), "crashed-desk", clock.now, timedelta(minutes=2))
    assert engine.push(channel()) == (0, [])  # still leased to the crashed process
    clock.advance(121)
    assert engine.push(channel()) == (1, [])
    assert adapter.read_back == [event.id] and adapter.pushed == [("acknowledge", order.reference)]


def test_auth_failure_fails_the_event_and_marks_the_channel(setup):
    engine, adapter, _ = setup
    adapter.script["acknowledge"] = [AuthError("credentials refused (HTTP 401)")]
    status.set_status(make_order().id, "processing", user="anna")
    done, failed = engine.push(channel())
    assert len(failed) == 1 and channel().state == "auth_failed"
    assert OutboxEvent.get_by_id(failed[0]).error_kind == "auth"


def test_an_adapter_bug_fails_the_event_and_the_engine_lives_on(setup):
    engine, adapter, _ = setup
    adapter.script["acknowledge"] = [KeyError("items")]
    status.set_status(make_order().id, "processing", user="anna")
    done, failed = engine.push(channel())
    assert len(failed) == 1
    assert "internal error" in OutboxEvent.get_by_id(failed[0]).last_error
    status.set_status(make_order().id, "processing", user="anna")
    assert engine.push(channel()) == (1, [])


def test_a_keyring_that_does_not_answer_once_delays_the_event_and_fails_nothing(setup, monkeypatch):
    from orderdesk.credentials import KeyringUnavailable
    from orderdesk.sync import channel_config

    engine, adapter, clock = setup
    real = channel_config.channel_secrets
    answers = [KeyringUnavailable("the keyring service failed to answer")]

    def flaky(row):  # type: ignore[no-untyped-def]
        if answers:
            raise answers.pop()
        return real(row)

    monkeypatch.setattr(channel_config, "channel_secrets", flaky)
    status.set_status(make_order().id, "processing", user="anna")
    assert engine.push(channel()) == (0, [])  # nothing sent, nothing failed: it waits
    event = OutboxEvent.get(OutboxEvent.kind == "acknowledge")
    assert event.state == "pending" and event.error_kind == "transient" and "keyring" in event.last_error
    clock.advance(60)
    assert engine.push(channel()) == (1, [])
    assert len(adapter.pushed) == 1


def test_the_keyring_is_read_once_for_many_events_and_again_after_a_refused_sign_in(setup, monkeypatch):
    from orderdesk.sync import channel_config

    engine, adapter, _ = setup
    reads = []
    real = channel_config.channel_secrets
    monkeypatch.setattr(channel_config, "channel_secrets", lambda row: reads.append(row.name) or real(row))
    for _ in range(6):
        status.set_status(make_order().id, "processing", user="anna")
    assert engine.push(channel()) == (6, [])
    assert reads == ["aff"]  # not once per event
    adapter.script["acknowledge"] = [AuthError("credentials refused (HTTP 401)")]
    status.set_status(make_order().id, "processing", user="anna")
    engine.push(channel())
    status.set_status(make_order().id, "processing", user="anna")
    engine.push(channel())
    assert reads == ["aff", "aff"], reads  # the refusal made it read the (maybe replaced) secrets again


def test_split_result_gives_the_new_orders_their_channel_ids(setup):
    engine, adapter, _ = setup
    order = make_order()
    mug = lines_of(order)[0]
    part = editing.split_order(order.id, [{mug.id: 1}], user="anna").parts[0]
    adapter.push = lambda event: PushResult(external_ids={part.id: "REMOTE-77"})
    engine.push(channel())
    assert Order.get_by_id(part.id).external_id == "REMOTE-77"
    assert Order.get_by_id(part.id).sync_state == "synced"


def record(external_id, reference, *, status=OrderStatus.PENDING, city="Łódź", qty=1):
    from orderdesk.core.records import Address

    return OrderRecord(
        external_id=external_id,
        reference=reference,
        status=status,
        customer=Customer("Zoë", "z@example.com"),
        shipping_address=Address(city=city),
        lines=(
            LineRecord(sku="MUG", name="Mug", quantity=qty, unit_price=Decimal("5"), external_id=f"{external_id}-1"),
        ),
    )


def test_pull_inserts_then_a_repeat_writes_nothing_and_the_cursor_advances(setup):
    engine, adapter, _ = setup
    adapter.pages = [Page([record("1", "A-1"), record("2", "A-2")], "c1"), Page([record("3", "A-3")], "c2")]
    assert len(engine.pull(channel())) == 3
    assert channel().pull_cursor == "c2"
    audit_rows, versions = AuditEntry.select().count(), [o.version for o in Order.select()]
    assert engine.pull(channel()) == []
    assert AuditEntry.select().count() == audit_rows and [o.version for o in Order.select()] == versions


def test_remote_change_to_what_local_work_changes_is_a_conflict_resolved_either_way(setup):
    from orderdesk.services.conflicts import keep_local, take_remote

    engine, adapter, _ = setup
    adapter.pages = [Page([record("1", "A-1")], "c1")]
    engine.pull(channel())
    order = Order.get(Order.reference == "A-1")
    editing.edit_order(order.id, OrderEdit(fields={"city": "Poznań", "street": "Rynek 1"}), user="anna")
    adapter.pages = [Page([record("1", "A-1", city="Kraków")], "c2")]
    engine.pull(channel())
    held = Order.get_by_id(order.id)
    assert held.sync_state == "conflict" and held.ship_city == "Poznań"
    assert held.remote_snapshot["shipping_address"]["city"] == "Kraków"
    resolved = take_remote(order.id, user="anna").order
    assert resolved.ship_city == "Kraków" and resolved.sync_state == "synced"
    assert OutboxEvent.get(OutboxEvent.order == order).state == "discarded"
    # and the other way: keep local, and it goes out
    editing.edit_order(order.id, OrderEdit(fields={"city": "Poznań", "street": "Rynek 1"}), user="anna")
    adapter.pages = [Page([record("1", "A-1", city="Gdańsk")], "c3")]
    engine.pull(channel())
    kept = keep_local(order.id, user="anna").order
    assert kept.ship_city == "Poznań" and kept.sync_state == "pending"
    engine.push(channel())
    assert [k for k, _ in adapter.pushed] == ["edit", "edit"]
    assert engine.pull(channel()) == []  # the same remote version is not a conflict again


def test_remote_change_to_another_part_merges_with_local_work(setup):
    engine, adapter, _ = setup
    adapter.pages = [Page([record("1", "A-1")], "c1")]
    engine.pull(channel())
    order = Order.get(Order.reference == "A-1")
    status.set_status(order.id, "processing", user="anna")
    adapter.pages = [Page([record("1", "A-1", city="Kraków")], "c2")]
    engine.pull(channel())
    merged = Order.get_by_id(order.id)
    assert (merged.status, merged.ship_city, merged.sync_state) == ("processing", "Kraków", "pending")
    assert "kept the local status" in AuditEntry.select().order_by(AuditEntry.id.desc()).first().detail


def test_our_own_split_echoing_back_is_not_a_conflict(setup):
    engine, adapter, _ = setup
    adapter.pages = [Page([record("1", "A-1", qty=3)], "c1")]
    engine.pull(channel())
    order = Order.get(Order.reference == "A-1")
    line = lines_of(order)[0]
    part = editing.split_order(order.id, [{line.id: 1}], user="anna").parts[0]
    adapter.push = lambda event: PushResult(external_ids={part.id: "R-2"})
    engine.push(channel())
    status.set_status(order.id, "processing", user="anna")  # waits to be sent
    adapter.pages = [Page([record("1", "A-1", qty=2), record("R-2", "A-1-S1", qty=1)], "c2")]
    engine.pull(channel())
    parent = Order.get_by_id(order.id)
    assert parent.sync_state == "pending" and parent.status == "processing"
    assert [ln.quantity for ln in lines_of(parent)] == [2]
    assert Order.get_by_id(part.id).sync_state == "synced"


def test_remote_cancellation_cancels_here_and_tells_the_operator(setup):
    engine, adapter, _ = setup
    notices = []
    engine.listener.notice = notices.append
    adapter.pages = [Page([record("1", "A-1")], "c1")]
    engine.pull(channel())
    order = Order.get(Order.reference == "A-1")
    status.set_status(order.id, "processing", user="anna")
    adapter.pages = [Page([record("1", "A-1", status=OrderStatus.CANCELLED)], "c2")]
    engine.pull(channel())
    fresh = Order.get_by_id(order.id)
    assert fresh.status == "cancelled" and fresh.sync_state == "synced"
    assert notices and "cancelled" in notices[0]
    assert OutboxEvent.get(OutboxEvent.order == order).state == "discarded"


def test_remote_cancellation_of_a_dispatched_order_is_a_conflict(setup):
    engine, adapter, _ = setup
    adapter.pages = [Page([record("1", "A-1", status=OrderStatus.PROCESSING)], "c1")]
    engine.pull(channel())
    order = Order.get(Order.reference == "A-1")
    status.dispatch(order.id, consignment_number="JD1", carrier="DHL", user="anna")
    engine.push(channel())
    adapter.pages = [Page([record("1", "A-1", status=OrderStatus.CANCELLED)], "c2")]
    engine.pull(channel())
    assert Order.get_by_id(order.id).sync_state == "conflict"
    assert Order.get_by_id(order.id).status == "dispatched"


def test_rejected_orders_are_logged_and_the_page_still_imports(setup):
    engine, adapter, _ = setup
    adapter.pages = [Page([record("1", "A-1")], "c1", rejected=[("A-2", "the order has no lines")])]
    engine.pull(channel())
    assert Order.select().count() == 1
    entry = SyncLogEntry.get(SyncLogEntry.outcome == "rejected")
    assert entry.order_reference == "A-2" and "no lines" in entry.message


def test_a_channel_not_pulled_for_long_says_it_is_catching_up(setup):
    engine, adapter, clock = setup
    Channel.update(last_pull_at=clock.now - timedelta(hours=5), pull_cursor="c0").execute()
    engine.pull(channel())
    entry = SyncLogEntry.get(SyncLogEntry.outcome == "gap")
    assert "not pulled for 5.0 h" in entry.message and "c0" in entry.message


def test_failed_events_group_by_cause_and_retry_together(setup):
    from orderdesk.store.synclog import failure_groups

    engine, adapter, _ = setup
    adapter.script["acknowledge"] = [
        PermanentError("Unknown SKU 'MUG-01'"),
        PermanentError("Unknown SKU 'TEE-9'"),
        PermanentError("Address too long"),
    ]
    for _ in range(3):
        status.set_status(make_order().id, "processing", user="anna")
    engine.push(channel())
    groups = failure_groups()
    assert [(g.cause, len(g.event_ids)) for g in groups] == [("Unknown SKU …", 2), ("Address too long", 1)]
    retried = sync_events.retry_group("aff", "Unknown SKU …", user="sue")
    assert len(retried) == 2
    assert OutboxEvent.select().where(OutboxEvent.state == "pending").count() == 2


def test_a_change_to_a_split_part_waits_until_the_channel_knows_the_part(setup):
    engine, adapter, _ = setup
    order = make_order()
    mug = lines_of(order)[0]
    part = editing.split_order(order.id, [{mug.id: 1}], user="anna").parts[0]
    status.set_status(part.id, "processing", user="anna")
    adapter.script["split"] = [TransientError("busy")]
    engine.push(channel())
    assert adapter.pushed == [("split", order.reference)]
    adapter.push = lambda event: (
        adapter.pushed.append((event.kind.value, event.order.reference)),
        PushResult(external_ids={part.id: "REMOTE-78"}),
    )[1]
    Channel.update(retry_limit=8).execute()
    OutboxEvent.update(next_attempt_at=datetime(2000, 1, 1, tzinfo=UTC)).execute()
    engine.push(channel())
    assert adapter.pushed[1:] == [("split", order.reference), ("acknowledge", part.reference)]


def test_a_remote_change_that_matches_the_unsent_local_one_is_no_conflict(setup):
    engine, adapter, _ = setup
    adapter.pages = [Page([record("1", "A-1", qty=3)], "c1")]
    engine.pull(channel())
    order = Order.get(Order.reference == "A-1")
    line = lines_of(order)[0]
    editing.edit_order(order.id, OrderEdit(quantities={line.id: 5}), user="anna")  # waits to be sent
    adapter.pages = [Page([record("1", "A-1", qty=5)], "c2")]  # the channel already shows 5 (our lost answer)
    engine.pull(channel())
    assert Order.get_by_id(order.id).sync_state == "pending"
    adapter.pages = [Page([record("1", "A-1", qty=7)], "c3")]  # but another quantity is a conflict
    engine.pull(channel())
    assert Order.get_by_id(order.id).sync_state == "conflict"


def test_reconcile_skips_an_order_that_breaks_the_limits_and_imports_the_rest(setup):
    engine, adapter, clock = setup
    adapter.cursor_since = lambda since: "c0"
    adapter.pages = [Page([record("1", "A-1", qty=2**63), record("2", "A-2")], "c1")]
    report = engine.reconcile(channel(), clock.now - timedelta(days=1))
    assert report.imported == ["A-2"] and [o.reference for o in Order.select()] == ["A-2"]
    entry = SyncLogEntry.get(SyncLogEntry.outcome == "rejected")
    assert entry.order_reference == "A-1" and "at most 1,000,000 units" in entry.message
    assert entry.response_excerpt == ""
