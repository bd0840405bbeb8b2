"""The whole sync path against the affiliate simulator over real HTTP: services -> outbox -> engine -> wire."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sync_harness import drain, footprint, inject, simulator_fixtures

from orderdesk.core.records import utcnow
from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.services import editing, status
from orderdesk.services.conflicts import keep_local, take_remote
from orderdesk.services.editing import OrderEdit
from orderdesk.store.models import Channel, Order, OutboxEvent, SyncLogEntry
from orderdesk.store.orders import lines_of

running, sim, desk = simulator_fixtures(AffiliateSimulator, "aff")


def channel():
    return Channel.get(Channel.name == "aff")


def workable(sim):
    """Paid orders still waiting in the warehouse, on the channel's side."""
    return [o for o in sim.orders.values() if o["status"] == "pending" and o["payment_status"] == "paid"]


def local(sim_order):
    return Order.get(Order.channel == channel(), Order.external_id == str(sim_order["id"]))


def test_first_pull_incremental_pull_and_an_unchanged_pull(desk, sim):
    changed = desk.pull(channel())
    assert len(changed) == Order.select().count() == len(sim.orders)
    target = next(iter(sim.orders.values()))
    sim.touch_order(target["id"], customer={**target["customer"], "name": "Zoë Nowak"})
    again = desk.pull(channel())
    assert again == [local(target).id]
    assert local(target).customer_name == "Zoë Nowak"
    before = footprint()
    assert desk.pull(channel()) == []
    assert footprint() == before


def test_an_order_updated_in_the_very_second_of_the_cursor_is_not_missed(desk, sim):
    desk.pull(channel())
    cursor_time = max(o["updated_at"] for o in sim.orders.values())
    late = sim.add_order(items=[("LATE-1", "Late mug", 1, "9.99")], updated_at=cursor_time)
    desk.pull(channel())
    assert local(late).reference == late["order_number"]


def test_operator_actions_reach_the_channel_in_its_wire_format_and_in_order(desk, sim):
    desk.pull(channel())
    target = workable(sim)[0]
    order = local(target)
    status.set_status(order.id, "processing", user="anna")
    editing.edit_order(order.id, OrderEdit(fields={"city": "Kraków", "street": "Rynek 1"}), user="anna")
    status.dispatch(order.id, consignment_number="JD0146000", carrier="DHL", user="anna")
    assert drain(desk, "aff") == (3, [])
    sent = [(r.method, r.path, r.json) for r in sim.requests if r.method in ("PUT", "POST")]
    assert [(m, p) for m, p, _ in sent] == [
        ("PUT", f"/api/orders/{target['id']}/status"),
        ("PUT", f"/api/orders/{target['id']}"),
        ("PUT", f"/api/orders/{target['id']}/status"),
    ]
    assert sent[0][2]["status"] == "processing"
    assert sent[1][2]["shipping_address"]["city"] == "Kraków"
    assert sent[2][2] == {"status": "dispatched", "consignment_number": "JD0146000", "courier": "DHL"}
    remote = sim.order(target["id"])
    assert (remote["status"], remote["consignment_number"], remote["courier"]) == ("dispatched", "JD0146000", "DHL")
    assert Order.get_by_id(order.id).sync_state == "synced"


def test_a_split_reaches_the_channel_once_even_when_its_answer_is_lost(desk, sim):
    desk.pull(channel())
    target = next(o for o in workable(sim) if o["items"][0]["quantity"] >= 2)
    order = local(target)
    line = lines_of(order)[0]
    part = editing.split_order(order.id, [{line.id: 1}], user="anna").parts[0]
    sim.faults.drop_after_next = 1
    sim.faults.only_paths = r"/split$"
    drain(desk, "aff")
    posts = sim.requests_to("POST", r"/split$")
    assert len(posts) == 1
    created = sim.find_by_reference(part.reference)
    assert len(created) == 1
    assert Order.get_by_id(part.id).external_id == str(created[0]["id"])
    event = OutboxEvent.get(OutboxEvent.kind == "split")
    assert event.state == "done"


def test_a_timeout_after_the_request_arrived_ends_uncertain_then_resolved_by_reading_back(desk, sim):
    desk.pull(channel())
    target = next(o for o in workable(sim) if o["items"][0]["quantity"] >= 2)
    order = local(target)
    part = editing.split_order(order.id, [{lines_of(order)[0].id: 1}], user="anna").parts[0]
    sim.faults.hang_after_next, sim.faults.hang_s, sim.faults.only_paths = 1, 2.5, r"/split$"
    event = OutboxEvent.get(OutboxEvent.kind == "split")
    drain(desk, "aff")
    outcomes = [e.outcome for e in SyncLogEntry.select().where(SyncLogEntry.event == event.id)]
    assert "uncertain" in outcomes
    read_back = SyncLogEntry.get((SyncLogEntry.event == event.id) & (SyncLogEntry.message ** "%read back%"))
    assert read_back.outcome == "ok"
    assert OutboxEvent.get_by_id(event.id).state == "done"
    assert len(sim.requests_to("POST", r"/split$")) == 1 and len(sim.find_by_reference(part.reference)) == 1


@pytest.mark.parametrize(
    "faults",
    [
        {"error_rate": 0.4},
        {"latency_s": 0.2},
        {"malformed_next": 1, "only_paths": r"/status$"},
        {"drop_before_next": 1, "only_paths": r"/status$"},
    ],
    ids=["500s", "latency", "malformed", "dropped"],
)
def test_injected_faults_end_in_success_with_nothing_lost(desk, sim, faults):
    desk.pull(channel())
    pending = workable(sim)[:3]
    inject(sim, **faults)
    for remote in pending:
        status.set_status(local(remote).id, "processing", user="anna")
    done, failed = drain(desk, "aff")
    assert failed == []
    assert all(sim.order(o["id"])["status"] == "processing" for o in pending)
    assert OutboxEvent.select().where(OutboxEvent.state != "done").count() == 0


def test_a_permanent_refusal_fails_the_event_with_the_channels_words(desk, sim):
    desk.pull(channel())
    target = next(o for o in sim.orders.values() if o["status"] == "dispatched")
    order = local(target)
    Order.update(status="processing").where(Order.id == order.id).execute()  # the desk is behind the channel
    event = status.set_status(order.id, "packed", user="anna").event
    done, failed = drain(desk, "aff")
    assert failed == [event.id]
    message = OutboxEvent.get_by_id(event.id).last_error
    assert "refused" in message and "dispatched" in message


def test_a_429_storm_pauses_the_channel_and_resumes_after_retry_after_with_nothing_failed(desk, sim):
    desk.pull(channel())
    pending = workable(sim)[:3]
    inject(sim, throttle_next=8, retry_after_s=1)
    for remote in pending:
        status.set_status(local(remote).id, "processing", user="anna")
    desk.push(channel())
    paused = channel()
    assert paused.state == "paused" and "rate limited" in paused.state_message
    assert OutboxEvent.select().where(OutboxEvent.state == "failed").count() == 0
    done, failed = drain(desk, "aff", timeout=30)
    assert failed == [] and all(sim.order(o["id"])["status"] == "processing" for o in pending)


def test_a_wrong_token_marks_the_channel_and_loses_nothing(desk, sim):
    desk.pull(channel())
    sim.rotate_token()
    target = workable(sim)[0]
    event = status.set_status(local(target).id, "processing", user="anna").event
    done, failed = drain(desk, "aff")
    assert failed == [event.id] and channel().state == "auth_failed"
    assert OutboxEvent.get_by_id(event.id).error_kind == "auth"


def test_a_conflict_with_the_channel_is_resolved_both_ways(desk, sim):
    desk.pull(channel())
    first, second = workable(sim)[:2]
    for remote, city in ((first, "Poznań"), (second, "Lublin")):
        editing.edit_order(local(remote).id, OrderEdit(fields={"city": city, "street": "Długa 2"}), user="anna")
        sim.touch_order(remote["id"], shipping_address={**remote["shipping_address"], "city": "Wrocław"})
    desk.pull(channel())
    assert {local(first).sync_state, local(second).sync_state} == {"conflict"}
    take_remote(local(first).id, user="anna")
    keep_local(local(second).id, user="anna")
    drain(desk, "aff")
    assert local(first).ship_city == "Wrocław" and sim.order(first["id"])["shipping_address"]["city"] == "Wrocław"
    assert sim.order(second["id"])["shipping_address"]["city"] == "Lublin"
    assert local(second).sync_state == "synced"


def test_a_long_gap_is_backfilled_and_reconcile_finds_a_deleted_order(desk, sim):
    desk.pull(channel())
    Channel.update(last_pull_at=utcnow() - timedelta(days=2)).execute()
    missed = [sim.add_order(items=[(f"GAP-{n}", "Gap item", 1, "5.00")]) for n in range(3)]
    desk.pull(channel())
    assert all(local(o) for o in missed)
    victim = local(missed[0])
    victim.delete_instance(recursive=True)
    report = desk.reconcile(channel(), utcnow() - timedelta(days=3650))
    assert missed[0]["order_number"] in report.imported
    assert local(missed[0]).reference == missed[0]["order_number"]


def test_a_pull_refused_by_the_channel_is_one_row_in_the_sync_log(desk, sim):
    sim.rotate_token()
    desk.pull(channel())
    failed = list(SyncLogEntry.select().where(SyncLogEntry.direction == "pull", SyncLogEntry.outcome == "failed"))
    assert channel().state == "auth_failed"
    assert len(failed) == 1, [(e.operation, e.http_status, e.message) for e in failed]
    assert failed[0].http_status == 401


def test_a_channel_order_that_breaks_the_limits_is_rejected_in_the_log_and_the_rest_of_the_page_loads(desk, sim):
    mug = [("MUG-01", "Mug", 1, "9.95")]
    bad = {
        sim.add_order(items=mug, commission_rate="1000")["order_number"]: "the commission rate is 1000%",
        sim.add_order(items=mug, currency="EURO")["order_number"]: "'EURO' is not a currency",
        sim.add_order(items=mug, shipping_total="-5")["order_number"]: "the shipping cannot be negative",
        sim.add_order(items=[("MUG-01", "Mug", 2**63, "1")])["order_number"]: "at most 1,000,000 units",
        sim.add_order(items=[("MUG-01", "Mug", 1, "1e13")])["order_number"]: "amounts must stay below",
        sim.add_order(items=mug, customer={"name": "N" * 1_000_000, "email": "", "phone": ""})[
            "order_number"
        ]: "the customer name is 1,000,000 characters long",
    }
    desk.pull(channel())
    assert Order.select().count() == len(sim.orders) - len(bad)
    assert not Order.select().where(Order.reference.in_(list(bad))).exists()
    rejected = {e.order_reference: e.message for e in SyncLogEntry.select().where(SyncLogEntry.outcome == "rejected")}
    assert set(rejected) == set(bad)
    for reference, words in bad.items():
        assert words in rejected[reference] and rejected[reference].startswith(f"Order {reference}: ")
        assert "Traceback" not in rejected[reference]
