"""The whole sync path against the CloudSuite simulator over real HTTP: services -> outbox -> engine -> wire."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sync_harness import FAST_HTTP, configure, drain, fast_engine, footprint, simulator_fixtures

from orderdesk.channels.http import HttpSettings
from orderdesk.core.errors import RuleViolation
from orderdesk.core.records import utcnow
from orderdesk.sandbox.cloudsuite import CloudSuiteSimulator
from orderdesk.services import editing, erp, status
from orderdesk.services.conflicts import keep_local, take_remote
from orderdesk.services.editing import NewLine, OrderEdit
from orderdesk.store.models import Channel, Order, OutboxEvent, SyncLogEntry
from orderdesk.store.orders import lines_of

PAID = ("paid", "closed_success")
UNPAID = ("started", "none", "closed_canceled")
EXTRA_PRODUCT = "50300_STUK"  # Filterzakjes: a product the simulator knows, on none of the seeded orders' first lines


running, sim, _desk = simulator_fixtures(CloudSuiteSimulator, "cs")


@pytest.fixture
def desk(db, sim):
    """The channel with ERP numbers entered by hand: each test here follows one change to CloudSuite. Numbering on
    acknowledgement (the default) is followed in test_sync_cloudsuite_erp.py and the everyday flows."""
    demo = sim.demo_config()
    configure("cs", {**demo, "options": {**demo["options"], "erp_numbers": "manual"}})
    return fast_engine()


def channel():
    return Channel.get(Channel.name == "cs")


def inject(sim, methods=None, **faults):
    """Switch faults on in the running simulator (its state and tokens stay as they are); `methods` narrows them."""
    sim.fault_methods = methods
    for name, value in faults.items():
        setattr(sim.faults, name, value)


def confirmed(sim):
    """Confirmed orders as the channel shows them now (copies: later changes on the channel do not alter them)."""
    return [sim.order(i) for i, o in sorted(sim.orders.items()) if o["state"] == "confirmed"]


def workable(sim):
    """Paid, online orders waiting to be acknowledged, on the channel's side, with their goods lines."""
    return [o for o in confirmed(sim) if o["payment_status"] in PAID and not o["offline"]]


def goods(remote):
    return [line for line in remote["order_lines"] if line["type"] == "line"]


def local(remote):
    return Order.get(Order.channel == channel(), Order.external_id == str(remote["id"]))


def order_path(remote):
    return rf"^/api/order/{remote['id']}/$"


def pulled(desk, sim):
    """A first pull, then a clean record of requests: what follows is the push's alone."""
    desk.pull(channel())
    sim.clear_requests()


def calls_to(sim, remote):
    """What was sent to one order's own URL, in order: (method, body) with reads as (GET, None)."""
    return [(r.method, r.json) for r in sim.requests if r.path == f"/api/order/{remote['id']}/"]


def log_of(event_id):
    return list(SyncLogEntry.select().where(SyncLogEntry.event == event_id).order_by(SyncLogEntry.id))


# ---- pull ------------------------------------------------------------------------------------------------
def test_first_pull_takes_every_confirmed_order_then_only_the_changed_one_then_nothing(desk, sim):
    changed = desk.pull(channel())
    assert len(changed) == Order.select().count() == len(confirmed(sim))
    assert {o.reference for o in Order.select()} == {o["reference"] for o in confirmed(sim)}
    unpaid = next(o for o in confirmed(sim) if o["payment_status"] == "started")
    assert local(unpaid).payment_status == "unpaid"
    sim.touch_order(unpaid["id"], payment_status="closed_success")  # the customer finished the checkout
    again = desk.pull(channel())
    assert again == [local(unpaid).id]
    assert local(unpaid).payment_status == "paid"
    before = footprint()
    assert desk.pull(channel()) == []
    assert footprint() == before


def test_an_order_confirmed_in_the_very_microsecond_of_the_cursor_is_not_missed(desk, sim):
    desk.pull(channel())
    cursor = channel().pull_cursor
    assert cursor == max(o["modified_date"] for o in confirmed(sim))
    late = sim.add_order(lines=[("30007_STUK", 2)])
    with sim.lock:  # written in the same instant as the newest order the first pull saw
        sim.orders[late["id"]].update(create_date=cursor, confirm_date=cursor, modified_date=cursor)
    desk.pull(channel())
    assert local(late).reference == late["reference"]
    assert [line.quantity for line in lines_of(local(late))] == [2]


def test_an_order_changed_in_cloudsuite_after_it_left_the_confirmed_state_is_followed(desk, sim):
    desk.pull(channel())
    target = workable(sim)[0]
    sim.touch_order(target["id"], state="processing", shipment_state="sent")
    desk.pull(channel())
    assert local(target).status == "dispatched" and local(target).channel_status == "processing"
    sim.touch_order(target["id"], state="done")
    desk.pull(channel())
    assert local(target).status == "delivered"


# ---- operator actions ------------------------------------------------------------------------------------
def test_acknowledge_edit_pack_dispatch_and_deliver_reach_cloudsuite_in_its_wire_format_and_in_order(desk, sim):
    pulled(desk, sim)
    target = next(o for o in workable(sim) if len(goods(o)) >= 2 and len(o["order_lines"]) > len(goods(o)))
    order = local(target)
    first, second = lines_of(order)[:2]
    status.set_status(order.id, "processing", user="anna")
    edit = OrderEdit(
        fields={"city": "Haarlem", "street": "Grote Markt 2"},
        quantities={first.id: first.quantity + 2},
        remove_lines=[second.id],
        add_lines=[NewLine(EXTRA_PRODUCT, "Filterzakjes nr. 4", 3, Decimal("2.95"))],
    )
    editing.edit_order(order.id, edit, user="anna")
    status.set_status(order.id, "packed", user="anna")
    status.dispatch(order.id, consignment_number="3SKAB0001234", carrier="PostNL", user="anna")
    status.set_status(order.id, "delivered", user="anna")
    assert drain(desk, "cs") == (5, [])

    calls = calls_to(sim, target)
    assert [method for method, _ in calls] == ["PATCH", "GET", "PUT", "PATCH", "PATCH"]
    assert calls[0][1] == {"state": "processing"}
    assert calls[3][1] == {"shipment_state": "sent"}
    assert calls[4][1] == {"state": "done"}
    put = calls[2][1]
    assert (put["reference"], put["customer"], put["webshop"]) == (target["reference"], 1320, target["webshop"])
    assert put["shipment_address"] == target["shipment_address"]["id"]  # CloudSuite keeps addresses by id
    sent_goods = [line for line in put["order_lines"] if line["type"] == "line"]
    assert all(isinstance(line["erp_line_number"], int) for line in sent_goods)
    assert len({line["erp_line_number"] for line in sent_goods}) == len(sent_goods)
    assert [line.get("id") for line in sent_goods] == [
        goods(target)[0]["id"],
        *[g["id"] for g in goods(target)[2:]],
        None,
    ]
    assert sent_goods[0]["quantity"] == first.quantity + 2
    assert sent_goods[-1]["product"] == {"key": EXTRA_PRODUCT, "origin": "erp"}
    extra = [line for line in target["order_lines"] if line["type"] != "line"]
    assert [line for line in put["order_lines"] if line["type"] != "line"] == extra  # shipping line untouched

    remote = sim.order(target["id"])
    assert (remote["state"], remote["shipment_state"]) == ("done", "sent")
    remote_goods = {g["product"]["key"]: g for g in goods(remote)}
    assert second.sku not in remote_goods
    assert Decimal(remote_goods[first.sku]["quantity"]) == first.quantity + 2
    assert Decimal(remote_goods[EXTRA_PRODUCT]["quantity"]) == 3
    assert all(g["erp_line_number"] is not None for g in goods(remote))
    assert remote["shipment_address"]["city"] == target["shipment_address"]["city"] != "Haarlem"
    warning = SyncLogEntry.get(SyncLogEntry.outcome == "warning")
    assert "city" in warning.message and "stay in OrderDesk" in warning.message
    packed = next(e for e in OutboxEvent.select() if e.payload.get("status") == "packed")
    assert packed.state == "done" and "keeps it in OrderDesk" in log_of(packed.id)[-1].message
    assert Order.get_by_id(order.id).sync_state == "synced"

    desk.pull(channel())  # the echo of our own changes: lines as sent, the address kept here, tracking too
    echoed = Order.get_by_id(order.id)
    assert echoed.status == "delivered" and echoed.sync_state == "synced"
    assert echoed.consignment_number == "3SKAB0001234" and echoed.ship_city == "Haarlem"
    assert sorted((ln.sku, ln.quantity) for ln in lines_of(echoed)) == sorted(
        (g["product"]["key"], int(Decimal(g["quantity"]))) for g in goods(remote)
    )
    assert all(ln.external_id for ln in lines_of(echoed))


def test_an_unpaid_order_is_acknowledged_only_with_an_override_and_a_cancel_sends_state_cancel(desk, sim):
    pulled(desk, sim)
    unpaid = next(o for o in confirmed(sim) if o["payment_status"] in UNPAID)
    paid = workable(sim)[0]
    with pytest.raises(RuleViolation, match="not paid"):
        status.set_status(local(unpaid).id, "processing", user="anna")
    assert drain(desk, "cs") == (0, []) and calls_to(sim, unpaid) == []
    status.set_status(local(unpaid).id, "processing", user="anna", override_reason="paid by bank transfer")
    status.cancel(local(unpaid).id, reason="customer changed their mind", user="anna")
    status.cancel(local(paid).id, reason="out of stock", user="anna")
    assert drain(desk, "cs") == (3, [])
    assert calls_to(sim, unpaid) == [("PATCH", {"state": "processing"}), ("PATCH", {"state": "cancel"})]
    assert calls_to(sim, paid) == [("PATCH", {"state": "cancel"})]
    assert sim.order(unpaid["id"])["state"] == sim.order(paid["id"])["state"] == "cancel"
    desk.pull(channel())
    assert local(unpaid).status == local(paid).status == "cancelled"


def test_an_offline_order_only_hears_that_it_was_sent_and_its_local_cancel_survives_the_next_pull(desk, sim):
    dropped = sim.add_order(lines=[("10043_STUK", 1)], offline=True, payment_status="account")
    pulled(desk, sim)
    offline = next(o for o in confirmed(sim) if o["offline"] and o["id"] != dropped["id"])
    order = local(offline)
    status.set_status(order.id, "processing", user="anna")
    status.dispatch(order.id, consignment_number="JVGL0612345", carrier="DHL", user="anna")
    status.cancel(local(dropped).id, reason="the ERP cancelled it", user="anna")
    assert drain(desk, "cs") == (3, [])
    assert calls_to(sim, offline) == [("PATCH", {"shipment_state": "sent"})]
    assert calls_to(sim, dropped) == []
    remote = sim.order(offline["id"])
    assert (remote["state"], remote["shipment_state"]) == ("confirmed", "sent")
    assert Order.get_by_id(order.id).sync_state == "synced"
    warning = SyncLogEntry.get(SyncLogEntry.outcome == "warning", SyncLogEntry.order_reference == dropped["reference"])
    assert "cannot record the cancellation" in warning.message
    sim.touch_order(dropped["id"], payment_status="paid")  # the invoice got paid; CloudSuite still shows it confirmed
    desk.pull(channel())
    assert local(dropped).status == "cancelled"  # a change CloudSuite never heard of is not undone by a pull
    assert local(dropped).payment_status == "paid"


def test_an_erp_order_number_entered_by_hand_reaches_cloudsuite_alone_and_comes_back(desk, sim):
    pulled(desk, sim)
    target = workable(sim)[0]
    status.set_status(local(target).id, "processing", user="anna")
    assert drain(desk, "cs") == (1, [])  # manual numbering: acknowledging sends only the state
    sim.clear_requests()
    erp.set_erp_numbers(local(target).id, number="ERP-881042", user="anna")
    assert drain(desk, "cs") == (1, [])
    assert calls_to(sim, target) == [("PATCH", {"erp_order_number": "ERP-881042"})]
    assert sim.order(target["id"])["erp_order_number"] == "ERP-881042"
    desk.pull(channel())
    assert local(target).erp_order_number == "ERP-881042"


# ---- faults ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "faults",
    [
        {"error_rate": 0.4},
        {"latency_s": 0.2},
        {"malformed_next": 1, "methods": {"PATCH"}},
        {"drop_before_next": 2, "methods": {"PATCH"}},
        {"drop_after_next": 1, "methods": {"PATCH"}},
        {"hang_after_next": 1, "hang_s": 2.0, "methods": {"PATCH"}},
        {"throttle_next": 2, "retry_after_s": 0.05, "methods": {"PATCH"}},
    ],
    ids=["500s", "latency", "malformed", "dropped", "answer-lost", "hang", "throttled"],
)
def test_injected_faults_end_in_success_with_nothing_lost(desk, sim, faults):
    desk.pull(channel())
    pending = workable(sim)[:3]
    inject(sim, **faults)
    for remote in pending:
        status.set_status(local(remote).id, "processing", user="anna")
    done, failed = drain(desk, "cs")
    assert (done, failed) == (3, [])
    assert all(sim.order(o["id"])["state"] == "processing" for o in pending)
    assert OutboxEvent.select().where(OutboxEvent.state != "done").count() == 0
    assert all(Order.get_by_id(local(o).id).sync_state == "synced" for o in pending)


def test_a_refusal_fails_the_event_with_cloudsuites_words_and_holds_back_the_rest_of_the_order(desk, sim):
    desk.pull(channel())
    target = workable(sim)[0]
    order = local(target)
    status.set_status(order.id, "processing", user="anna")
    bad = editing.edit_order(
        order.id, OrderEdit(add_lines=[NewLine("NOPE-404", "Not in the catalogue", 1, Decimal("1.00"))]), user="anna"
    ).event
    later = status.dispatch(order.id, consignment_number="3SKAB0009999", carrier="PostNL", user="anna").event
    done, failed = desk.push(channel())
    assert failed == [bad.id]
    message = OutboxEvent.get_by_id(bad.id).last_error
    assert "HTTP 400" in message and "Product with key 'NOPE-404' and origin 'erp' does not exist" in message
    assert "order_lines[" in message
    assert OutboxEvent.get_by_id(later.id).state == "pending"
    assert [m for m, _ in calls_to(sim, target)][-3:] == ["PATCH", "GET", "PUT"]  # and no dispatch after the PUT
    assert sim.order(target["id"])["shipment_state"] == "none"
    assert local(target).sync_state == "failed"


def test_a_change_cloudsuite_can_no_longer_take_fails_with_its_own_message(desk, sim):
    desk.pull(channel())
    target = workable(sim)[0]
    event = status.set_status(local(target).id, "processing", user="anna").event
    sim.touch_order(target["id"], state="cancel")  # cancelled in the CloudSuite admin before the desk pulled
    done, failed = drain(desk, "cs")
    assert failed == [event.id]
    assert f"Order {target['reference']} is cancelled; its state can no longer change." in (
        OutboxEvent.get_by_id(event.id).last_error
    )


@pytest.mark.parametrize(
    ("faults", "http"),
    [
        # Every attempt's answer lost: the adapter resends its idempotent PUT, then gives the engine the doubt.
        ({"drop_after_next": 1 + FAST_HTTP.max_retries}, FAST_HTTP),
        # One answer that never comes, with no resend in the call: the engine reads back at once.
        ({"hang_after_next": 1, "hang_s": 2.0}, HttpSettings(connect_timeout=2, read_timeout=0.5, max_retries=0)),
    ],
    ids=["answers-dropped", "answer-hangs"],
)
def test_a_lost_answer_to_an_edit_ends_uncertain_and_is_resolved_by_reading_back(db, sim, faults, http):
    configure("cs", sim.demo_config())
    desk = fast_engine(http=http)
    desk.pull(channel())
    target = workable(sim)[0]
    order = local(target)
    event = editing.edit_order(
        order.id, OrderEdit(add_lines=[NewLine(EXTRA_PRODUCT, "Filterzakjes", 2, Decimal("2.95"))]), user="anna"
    ).event
    inject(sim, methods={"PUT"}, **faults)
    assert drain(desk, "cs") == (1, [])
    outcomes = [entry.outcome for entry in log_of(event.id)]
    assert "uncertain" in outcomes
    read_back = next(e for e in log_of(event.id) if "read back" in e.message)
    assert read_back.outcome == "ok"
    puts = sim.requests_to("PUT", order_path(target))
    assert len(puts) == http.max_retries + 1  # nothing sent again after the doubt
    assert puts[-1].at < read_back.at.timestamp()
    added = [g for g in goods(sim.order(target["id"])) if g["product"]["key"] == EXTRA_PRODUCT]
    assert len(added) == 1 and Decimal(added[0]["quantity"]) == 2  # the new line exists once
    assert OutboxEvent.get_by_id(event.id).state == "done"


def test_an_acknowledgement_whose_every_answer_was_lost_is_read_back_not_sent_again(desk, sim):
    desk.pull(channel())
    target = workable(sim)[0]
    event = status.set_status(local(target).id, "processing", user="anna").event
    inject(sim, methods={"PATCH"}, drop_after_next=1 + FAST_HTTP.max_retries)
    assert drain(desk, "cs") == (1, [])
    assert [e.outcome for e in log_of(event.id)].count("uncertain") == 1
    assert len(sim.requests_to("PATCH", order_path(target))) == 1 + FAST_HTTP.max_retries
    assert sim.requests[-1].method == "GET"  # the read-back was the last word
    assert sim.order(target["id"])["state"] == "processing"


def test_a_429_storm_pauses_the_channel_and_resumes_after_retry_after_with_nothing_failed(desk, sim):
    desk.pull(channel())
    pending = workable(sim)[:3]
    inject(sim, throttle_next=8, retry_after_s=0.5, only_paths=r"^/api/order/\d+/$")
    for remote in pending:
        status.set_status(local(remote).id, "processing", user="anna")
    desk.push(channel())
    paused = channel()
    assert paused.state == "paused" and "rate limited" in paused.state_message
    assert paused.state_message.startswith("paused until ")
    assert OutboxEvent.select().where(OutboxEvent.state == "failed").count() == 0
    done, failed = drain(desk, "cs", timeout=15)
    assert failed == [] and all(sim.order(o["id"])["state"] == "processing" for o in pending)
    assert OutboxEvent.select().where(OutboxEvent.state != "done").count() == 0
    assert channel().state == "idle"


def test_an_expired_token_is_renewed_without_anyone_noticing(desk, sim):
    inject(sim, token_ttl_calls=4)
    desk.pull(channel())
    assert Order.select().count() == len(confirmed(sim))
    tokens_after_pull = len(sim.issued_tokens)
    assert tokens_after_pull > 1
    sim.tokens.revoke_all()  # and the server forgets every token it gave out
    pending = workable(sim)[:3]
    for remote in pending:
        status.set_status(local(remote).id, "processing", user="anna")
    assert drain(desk, "cs") == (3, [])
    assert len(sim.issued_tokens) > tokens_after_pull
    assert all(sim.order(o["id"])["state"] == "processing" for o in pending)
    assert channel().state == "idle"
    renewals = SyncLogEntry.select().where(SyncLogEntry.message.contains("credentials expired, renewing"))
    assert renewals.count() >= 1
    secrets = [*sim.issued_tokens, sim.client_secret]
    for entry in SyncLogEntry.select():
        logged = entry.message + entry.request_excerpt + entry.response_excerpt
        assert not [secret for secret in secrets if secret in logged]


def test_a_revoked_client_marks_the_channel_and_loses_nothing(desk, sim):
    desk.pull(channel())
    sim.client_secret = "rotated-by-the-admin"
    sim.tokens.revoke_all()
    target = workable(sim)[0]
    event = status.set_status(local(target).id, "processing", user="anna").event
    done, failed = drain(desk, "cs")
    assert failed == [event.id] and channel().state == "auth_failed"
    stored = OutboxEvent.get_by_id(event.id)
    assert stored.error_kind == "auth" and "Client authentication failed." in stored.last_error
    assert sim.order(target["id"])["state"] == "confirmed"


# ---- conflicts and reconciliation ------------------------------------------------------------------------
def _quantity_in(remote: dict[str, Any], sku: str) -> int:
    return int(Decimal(next(g["quantity"] for g in goods(remote) if g["product"]["key"] == sku)))


def test_a_conflict_on_the_lines_is_held_until_the_operator_resolves_it_either_way(desk, sim):
    desk.pull(channel())
    first, second = workable(sim)[:2]
    theirs = {}
    for remote in (first, second):
        line = lines_of(local(remote))[0]
        editing.edit_order(local(remote).id, OrderEdit(quantities={line.id: line.quantity + 5}), user="anna")
        changed = [dict(g) for g in remote["order_lines"]]
        # The shop's staff changed the same line meanwhile, to another quantity than ours (the same one would
        # be no conflict: both sides agree).
        theirs[remote["id"]] = line.quantity + 2
        changed[0]["quantity"] = f"{theirs[remote['id']]}.000"
        sim.touch_order(remote["id"], order_lines=changed)
    desk.pull(channel())
    assert {local(first).sync_state, local(second).sync_state} == {"conflict"}
    assert desk.push(channel()) == (0, [])  # the worker pushes right after pulling: nothing of a held order goes out
    assert sim.requests_to("PUT", order_path(first)) == sim.requests_to("PUT", order_path(second)) == []
    take_remote(local(first).id, user="anna")
    keep_local(local(second).id, user="anna")
    assert drain(desk, "cs") == (2, [])
    sku_first, sku_second = goods(first)[0]["product"]["key"], goods(second)[0]["product"]["key"]
    assert lines_of(local(first))[0].quantity == theirs[first["id"]] == _quantity_in(sim.order(first["id"]), sku_first)
    assert sim.requests_to("PUT", order_path(first)) == []
    wanted = lines_of(local(second))[0].quantity
    assert wanted == int(Decimal(goods(second)[0]["quantity"])) + 5
    assert _quantity_in(sim.order(second["id"]), sku_second) == wanted
    assert local(first).sync_state == local(second).sync_state == "synced"
    assert desk.pull(channel()) and local(second).sync_state == "synced"  # our own echo is no new conflict


def test_a_long_gap_is_backfilled_and_reconcile_finds_a_deleted_order(desk, sim):
    desk.pull(channel())
    Channel.update(last_pull_at=utcnow() - timedelta(days=2)).execute()
    missed = [sim.add_order(lines=[("20110_STUK", n + 1)], customer=1321 + n) for n in range(3)]
    desk.pull(channel())
    assert all(local(o) for o in missed)
    assert SyncLogEntry.select().where(SyncLogEntry.outcome == "gap").exists()
    victim = local(missed[0])
    victim.delete_instance(recursive=True)
    report = desk.reconcile(channel(), utcnow() - timedelta(days=3650))
    # Besides the deleted order, reconcile brings in the orders a pull leaves alone: those already past confirmed.
    moved_on = {o["reference"] for o in sim.orders.values() if o["state"] in ("processing", "done", "cancel")}
    assert sorted(report.imported) == sorted({missed[0]["reference"], *moved_on})
    assert local(missed[0]).reference == missed[0]["reference"]
    assert report.desk_only == []
