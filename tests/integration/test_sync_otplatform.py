"""The whole sync path against the OT Platform simulator over real HTTP: services -> outbox -> engine -> wire."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sync_harness import drain, footprint, inject, simulator_fixtures

from orderdesk.core.records import utcnow
from orderdesk.sandbox.otplatform import OTPlatformSimulator
from orderdesk.services import status
from orderdesk.services.conflicts import keep_local, take_remote
from orderdesk.store.models import Channel, Order, OutboxEvent, SyncLogEntry
from orderdesk.store.orders import lines_of

REASON = "customer asked to cancel"


running, sim, desk = simulator_fixtures(OTPlatformSimulator, "ot")


def channel():
    return Channel.get(Channel.name == "ot")


def info(sim, sales_id):
    return sim.order_state(sales_id)["SalesOrderInfo"]


def paid_pending(sim):
    """Orders OT shows as paid and not yet worked on ("Paid", status 20): the desk may acknowledge them."""
    return sorted(i for i, o in sim.orders.items() if o.status_id == 20 and o.is_paid and not o.is_cancelled)


def unpaid_pending(sim):
    return sorted(i for i, o in sim.orders.items() if o.status_id == 10 and not o.is_paid)


def local(sales_id):
    return Order.get(Order.channel == channel(), Order.external_id == sales_id)


def calls(sim, method, sales_id=None):
    """The recorded calls of one OT method (for one order when sales_id is given)."""
    found = sim.requests_to("GET", rf"^/service-json/{method}$")
    return [r for r in found if sales_id is None or r.arg("salesId") == sales_id]


def methods_for(sim, sales_id):
    """Which OT methods were called for one order, in the order they arrived."""
    return [r.path.rsplit("/", 1)[-1] for r in sim.requests if r.arg("salesId") == sales_id]


def signed_as_ot_wants(sim, request):
    """instanceKey, language=en, an operator session, and sha256(Method + values sorted by name + secret)."""
    params = {name: values[0] for name, values in request.query.items()}
    method = request.path.rsplit("/", 1)[-1]
    values = "".join(params[name] for name in sorted(params) if name != "signature")
    expected = hashlib.sha256((method + values + sim.signature_secret).encode()).hexdigest()
    return (
        params["instanceKey"] == sim.instance_key
        and params["language"] == "en"
        and params["sessionId"].startswith("op_")
        and len(params["timestamp"]) == 14
        and params["signature"] == expected
    )


def confirmed(sales_id):
    """The kinds of the order's events, in the order the channel confirmed them."""
    entries = (
        SyncLogEntry.select(SyncLogEntry, OutboxEvent)
        .join(OutboxEvent)
        .where((OutboxEvent.order == local(sales_id).id) & (SyncLogEntry.outcome == "done"))
        .order_by(SyncLogEntry.id)
    )
    return [entry.event.kind for entry in entries]


def log_of(event_id):
    return list(SyncLogEntry.select().where(SyncLogEntry.event == event_id).order_by(SyncLogEntry.id))


def test_first_pull_incremental_pull_and_an_unchanged_pull(desk, sim):
    changed = desk.pull(channel())
    assert len(changed) == Order.select().count() == len(sim.orders)
    target = unpaid_pending(sim)[0]
    assert local(target).payment_status == "unpaid"
    sim.touch_order(target, is_paid=True, status_id=20)
    again = desk.pull(channel())
    assert again == [local(target).id]
    assert (local(target).payment_status, local(target).channel_status) == ("paid", "Paid")
    before = footprint()
    assert desk.pull(channel()) == []
    assert footprint() == before


def test_an_order_updated_in_the_very_second_of_the_cursor_is_not_missed(desk, sim):
    moment = datetime.now(UTC).replace(microsecond=0)
    sim.clock = lambda: moment  # OT stamps every change with this very second
    desk.pull(channel())
    first, second = paid_pending(sim)[:2]
    sim.touch_order(first, status_id=30)
    assert desk.pull(channel()) == [local(first).id]
    assert datetime.fromisoformat(channel().pull_cursor) == moment
    sim.touch_order(second, status_id=30)  # the same second as the stored cursor
    assert desk.pull(channel()) == [local(second).id]
    assert local(second).status == "processing"


def test_operator_actions_reach_ot_in_its_wire_format_and_in_order(desk, sim):
    desk.pull(channel())
    shipped, cancelled = paid_pending(sim)[:2]
    sim.clear_requests()
    status.set_status(local(shipped).id, "processing", user="anna")
    status.set_status(local(cancelled).id, "processing", user="anna")
    status.cancel(local(cancelled).id, reason=REASON, user="anna")
    # The provider's parcels reach the warehouse: OT now knows their tracking numbers (VendPurchWaybill).
    waybills = {}
    for n, line in enumerate(sim.order_state(shipped)["SalesLinesList"]):
        waybills[str(line["Id"])] = f"YT80000000{n}"
        sim.set_waybill(shipped, str(line["Id"]), waybills[str(line["Id"])])
    status.dispatch(local(shipped).id, consignment_number="JD0146000", carrier="DHL", user="anna")
    assert [line.tracking_number for line in lines_of(local(shipped))] == [None] * len(waybills)

    assert drain(desk, "ot") == (4, [])

    # ACKNOWLEDGE and DISPATCH only read the order back; CANCEL is CancelSalesOrder, after the acknowledge.
    assert methods_for(sim, shipped) == ["GetSalesOrderDetailsForOperator", "GetSalesOrderDetailsForOperator"]
    assert methods_for(sim, cancelled) == ["GetSalesOrderDetailsForOperator", "CancelSalesOrder"]
    sent = [r for r in sim.requests if r.arg("salesId") in (shipped, cancelled)]
    assert all(r.method == "GET" and signed_as_ot_wants(sim, r) for r in sent)
    assert calls(sim, "GetSalesOrderDetailsForOperator", shipped)[0].arg("queryType") == "0"
    assert confirmed(shipped) == ["acknowledge", "dispatch"]
    assert confirmed(cancelled) == ["acknowledge", "cancel"]

    # OT's side: nothing written for the dispatched order, the other one cancelled.
    assert (info(sim, shipped)["StatusId"], info(sim, shipped)["IsCancelled"]) == (20, False)
    assert (info(sim, cancelled)["StatusId"], info(sim, cancelled)["IsCancelled"]) == (70, True)
    # The desk's side: OT's tracking numbers copied to the dispatched order's lines by the DISPATCH answer.
    order = local(shipped)
    assert (order.status, order.consignment_number, order.carrier, order.sync_state) == (
        "dispatched",
        "JD0146000",
        "DHL",
        "synced",
    )
    assert {line.external_id: line.tracking_number for line in lines_of(order)} == waybills
    assert (local(cancelled).status, local(cancelled).sync_state) == ("cancelled", "synced")


def test_ots_own_status_on_a_later_pull_does_not_undo_the_desks_processing_or_dispatch(desk, sim):
    desk.pull(channel())
    working, shipped = paid_pending(sim)[:2]
    status.set_status(local(working).id, "processing", user="anna")
    status.set_status(local(shipped).id, "processing", user="anna")
    # OT changes the order while our acknowledge still waits; its status stays "Paid".
    sim.touch_order(working, comment="deliver after 17:00")
    assert desk.pull(channel()) == [local(working).id]
    assert (local(working).status, local(working).sync_state) == ("processing", "pending")
    status.dispatch(local(shipped).id, consignment_number="JD0146001", carrier="DHL", user="anna")
    assert drain(desk, "ot") == (3, [])
    line = sim.order_state(working)["SalesLinesList"][0]
    sim.set_waybill(working, str(line["Id"]), "YT800000042")
    sim.touch_order(shipped, comment="gift wrap")
    versions = {local(working).id: local(working).version, local(shipped).id: local(shipped).version}

    assert sorted(desk.pull(channel())) == sorted(versions)

    assert info(sim, working)["StatusName"] == info(sim, shipped)["StatusName"] == "Paid"
    for sales_id, expected in ((working, "processing"), (shipped, "dispatched")):
        order = local(sales_id)
        assert (order.status, order.channel_status, order.sync_state) == (expected, "Paid", "synced")
        assert order.version == versions[order.id] + 1
    assert lines_of(local(working))[0].tracking_number == "YT800000042"
    assert local(shipped).consignment_number == "JD0146001"


@pytest.mark.parametrize(
    "faults",
    [
        {"error_rate": 0.3},
        {"latency_s": 0.2},
        {"malformed_next": 1, "only_paths": r"/CancelSalesOrder$"},
        {"malformed_next": 1, "only_paths": r"/GetSalesOrderDetailsForOperator$"},
        {"drop_before_next": 1, "only_paths": r"/CancelSalesOrder$"},
    ],
    ids=["500s", "latency", "malformed-cancel", "malformed-read", "dropped-cancel"],
)
def test_injected_faults_end_in_success_with_nothing_lost(desk, sim, faults):
    desk.pull(channel())
    acknowledged, cancelled = paid_pending(sim), unpaid_pending(sim)
    inject(sim, **faults)
    for sales_id in acknowledged:
        status.set_status(local(sales_id).id, "processing", user="anna")
    for sales_id in cancelled:
        status.cancel(local(sales_id).id, reason=REASON, user="anna")
    done, failed = drain(desk, "ot")
    assert failed == [] and done == len(acknowledged) + len(cancelled)
    assert OutboxEvent.select().where(OutboxEvent.state != "done").count() == 0
    assert all(info(sim, s)["IsCancelled"] for s in cancelled)
    assert not any(info(sim, s)["IsCancelled"] for s in acknowledged)
    assert all(local(s).status == "processing" and local(s).sync_state == "synced" for s in acknowledged)
    # The fault really struck (and a cancel it struck was read back, then sent once more).
    assert sim.faults.malformed_next == sim.faults.drop_before_next == 0
    if "error_rate" in faults:
        assert SyncLogEntry.select().where(SyncLogEntry.http_status == 500).exists()
    if faults.get("only_paths") == r"/CancelSalesOrder$":
        assert sum(len(calls(sim, "CancelSalesOrder", s)) for s in cancelled) == len(cancelled) + 1
        assert SyncLogEntry.select().where(SyncLogEntry.outcome == "uncertain").count() == 1


def test_a_permanent_refusal_fails_the_event_with_ots_own_words(desk, sim):
    desk.pull(channel())
    sales_id = next(i for i, o in sorted(sim.orders.items()) if o.status_id == 32)
    assert local(sales_id).status == "processing"
    sim.touch_order(sales_id, status_id=38)  # OT sent it before the desk heard
    event = status.cancel(local(sales_id).id, reason=REASON, user="anna").event
    done, failed = drain(desk, "ot")
    assert failed == [event.id]
    message = OutboxEvent.get_by_id(event.id).last_error
    assert f"Order {sales_id} has been sent and cannot be cancelled" in message and "InvalidOperation" in message
    assert info(sim, sales_id)["IsCancelled"] is False
    assert local(sales_id).sync_state == "failed"


@pytest.mark.parametrize(
    "faults",
    [{"drop_after_next": 1}, {"hang_after_next": 1, "hang_s": 2.5}],
    ids=["connection-dropped", "answer-too-late"],
)
def test_a_lost_cancel_answer_ends_uncertain_and_is_resolved_by_reading_back(desk, sim, faults):
    desk.pull(channel())
    sales_id = paid_pending(sim)[0]
    balance = sim.balance(sim.orders[sales_id].cust_id)
    paid = sim.orders[sales_id].paid
    event = status.cancel(local(sales_id).id, reason=REASON, user="anna").event
    inject(sim, only_paths=r"/CancelSalesOrder$", **faults)
    assert drain(desk, "ot") == (1, [])
    outcomes = [entry.outcome for entry in log_of(event.id)]
    assert "uncertain" in outcomes
    read_back = next(e for e in log_of(event.id) if "read back" in e.message)
    assert read_back.outcome == "ok"
    assert OutboxEvent.get_by_id(event.id).state == "done"
    # CancelSalesOrder is not idempotent: it went out once, and OT cancelled (and refunded) once.
    assert len(calls(sim, "CancelSalesOrder", sales_id)) == 1
    assert info(sim, sales_id)["IsCancelled"] is True
    assert sim.balance(sim.orders[sales_id].cust_id) == balance + paid


def test_a_429_storm_pauses_the_channel_and_resumes_after_retry_after_with_nothing_failed(desk, sim):
    desk.pull(channel())
    pending = paid_pending(sim)
    inject(sim, throttle_next=6, retry_after_s=1)
    for sales_id in pending:
        status.cancel(local(sales_id).id, reason=REASON, user="anna")
    desk.push(channel())
    paused = channel()
    assert paused.state == "paused" and "rate limited" in paused.state_message
    assert paused.state_message.startswith("paused until ")
    assert OutboxEvent.select().where(OutboxEvent.state == "failed").count() == 0
    done, failed = drain(desk, "ot", timeout=30)
    assert (done, failed) == (len(pending), [])
    assert all(info(sim, s)["IsCancelled"] for s in pending)
    assert channel().state == "idle"


def test_an_expired_session_is_renewed_once_and_the_push_goes_through(desk, sim):
    desk.pull(channel())
    acknowledged, cancelled = paid_pending(sim)[:2]
    event = status.cancel(local(cancelled).id, reason=REASON, user="anna").event
    sim.clear_requests()
    sim.expire_sessions()
    assert drain(desk, "ot") == (1, [])
    # OT refused the first CancelSalesOrder with SessionExpired before doing anything; after one new login
    # the same call went again and did it. A session error is no lost answer: nothing was uncertain.
    assert methods_for(sim, cancelled) == ["CancelSalesOrder", "CancelSalesOrder"]
    assert len(calls(sim, "AuthenticateInstanceOperator")) == 1
    assert info(sim, cancelled)["IsCancelled"] is True
    assert "uncertain" not in [entry.outcome for entry in log_of(event.id)]
    sim.expire_sessions()
    status.set_status(local(acknowledged).id, "processing", user="anna")
    assert drain(desk, "ot") == (1, [])
    assert methods_for(sim, acknowledged) == ["GetSalesOrderDetailsForOperator"] * 2
    assert len(calls(sim, "AuthenticateInstanceOperator")) == 2
    assert channel().state == "idle"
    assert_no_session_in_the_log(sim)


def test_short_lived_sessions_are_renewed_transparently_during_a_pull(desk, sim):
    inject(sim, token_ttl_calls=4)
    changed = desk.pull(channel())
    assert len(changed) == len(sim.orders) == Order.select().count()
    assert len(calls(sim, "AuthenticateInstanceOperator")) >= len(sim.orders) // 4
    assert channel().state == "idle"
    assert not SyncLogEntry.select().where(SyncLogEntry.outcome.in_(["rejected", "failed"])).exists()
    assert_no_session_in_the_log(sim)


def assert_no_session_in_the_log(sim):
    sessions = sim.issued_sessions()
    assert sessions
    for entry in SyncLogEntry.select():
        text = entry.message + entry.request_excerpt + entry.response_excerpt
        assert not any(session in text for session in sessions)


def test_a_status_conflict_with_ot_is_resolved_both_ways(desk, sim):
    desk.pull(channel())
    first, second = paid_pending(sim)[:2]
    for sales_id in (first, second):
        status.cancel(local(sales_id).id, reason=REASON, user="anna")
        sim.touch_order(sales_id, status_id=30)  # meanwhile OT started processing it
    desk.pull(channel())
    assert {local(first).sync_state, local(second).sync_state} == {"conflict"}
    take_remote(local(first).id, user="anna")
    keep_local(local(second).id, user="anna")
    drain(desk, "ot")
    assert (local(first).status, local(first).sync_state) == ("processing", "synced")
    assert calls(sim, "CancelSalesOrder", first) == []
    assert (info(sim, first)["StatusId"], info(sim, first)["IsCancelled"]) == (30, False)
    assert len(calls(sim, "CancelSalesOrder", second)) == 1 and info(sim, second)["IsCancelled"] is True
    assert (local(second).status, local(second).sync_state) == ("cancelled", "synced")
    desk.pull(channel())  # OT's cancellation echoes back without a new conflict
    assert (local(second).status, local(second).sync_state) == ("cancelled", "synced")


def test_reconcile_finds_an_order_deleted_from_the_desk(desk, sim):
    desk.pull(channel())
    victim = paid_pending(sim)[0]
    local(victim).delete_instance(recursive=True)
    assert desk.pull(channel()) == []  # an incremental pull does not see it: OT did not change it
    report = desk.reconcile(channel(), utcnow() - timedelta(days=3650))
    assert report.imported == [victim]
    assert report.status_differences == [] and report.desk_only == []
    assert local(victim).reference == victim
    assert Order.select().count() == len(sim.orders)
