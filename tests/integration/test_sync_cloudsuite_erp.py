"""ERP order and line numbers (seed 001 steps 3b and 3c) against the CloudSuite simulator over real HTTP:
services -> outbox -> engine -> wire, and back with a pull."""

from __future__ import annotations

import pytest
from sync_harness import configure, drain, fast_engine

from orderdesk.core.errors import RuleViolation
from orderdesk.sandbox.cloudsuite import CloudSuiteSimulator
from orderdesk.services import editing, erp, status
from orderdesk.services.editing import NewLine, OrderEdit
from orderdesk.store.models import Channel, Order, OutboxEvent
from orderdesk.store.orders import lines_of

PAID = ("paid", "closed_success")
SEED_PUT_FIELDS = [
    "reference",
    "customer",
    "erp_order_number",
    "state",
    "currency",
    "order_lines",
    "shipment_address",
    "invoice_address",
    "webshop",
    "user",
]
SEED_LINE_FIELDS = ["product", "description", "type", "quantity", "erp_line_number"]


@pytest.fixture(scope="module")
def running():
    simulator = CloudSuiteSimulator()
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def sim(running):
    running.reset()
    return running


def desk_with(sim, **options):
    demo = sim.demo_config()
    configure("cs", {**demo, "options": {**demo["options"], **options}})
    engine = fast_engine()
    engine.pull(channel())
    sim.clear_requests()
    return engine


@pytest.fixture
def desk(db, sim):
    return desk_with(sim)  # the default: numbers given on acknowledgement


def channel():
    return Channel.get(Channel.name == "cs")


def workable(sim, *, lines=2):
    """A paid, online, confirmed order with at least `lines` goods lines and no ERP number yet."""
    for order_id, order in sorted(sim.orders.items()):
        remote = sim.order(order_id)
        if (
            order["state"] == "confirmed"
            and order["payment_status"] in PAID
            and not order["offline"]
            and not order["erp_order_number"]
            and len(goods(remote)) >= lines
        ):
            return remote
    raise AssertionError("no workable order in the simulator")


def goods(remote):
    return [line for line in remote["order_lines"] if line["type"] == "line"]


def local(remote):
    return Order.get(Order.channel == channel(), Order.external_id == str(remote["id"]))


def calls_to(sim, remote):
    return [(r.method, r.json) for r in sim.requests if r.path == f"/api/order/{remote['id']}/"]


def settled(order_id):
    order = Order.get_by_id(order_id)
    events = [(e.kind, e.state, e.last_error) for e in OutboxEvent.select().where(OutboxEvent.order == order_id)]
    assert order.sync_state == "synced", (order.sync_state, events, [(a.action, a.detail) for a in order.audit])
    assert all(state == "done" for _, state, _ in events), events
    return order


# ---- automatic numbering ---------------------------------------------------------------------------------
def test_acknowledging_numbers_the_order_and_sends_state_then_number_then_the_seeds_put(desk, sim):
    target = workable(sim, lines=3)
    order = local(target)
    result = status.set_status(order.id, "processing", user="anna")
    numbered = Order.get_by_id(order.id)
    assert numbered.erp_order_number == f"OD-{order.id}"
    assert [line.erp_line_number for line in lines_of(numbered)] == ["10", "20", "30"][: len(goods(target))]
    kinds = [e.kind for e in OutboxEvent.select().where(OutboxEvent.order == order.id).order_by(OutboxEvent.id)]
    assert kinds == ["acknowledge", "erp_number", "erp_lines"] and result.event.kind == "acknowledge"

    assert drain(desk, "cs") == (3, [])
    calls = calls_to(sim, target)
    assert [method for method, _ in calls] == ["PATCH", "PATCH", "PUT"]  # no GET before the PUT: the pull's values
    assert calls[0][1] == {"state": "processing"}
    assert calls[1][1] == {"erp_order_number": f"OD-{order.id}"}
    put = calls[2][1]
    assert list(put) == SEED_PUT_FIELDS
    assert put["reference"] == target["reference"]
    assert put["customer"] == target["customer"]["id"]
    assert put["shipment_address"] == target["shipment_address"]["id"]
    assert put["invoice_address"] == target["invoice_address"]["id"]
    assert (put["webshop"], put["user"], put["currency"]) == (target["webshop"], target["user"], target["currency"])
    assert put["erp_order_number"] == f"OD-{order.id}"
    assert put["state"] == "processing"  # the state CloudSuite holds after step 3, not the pull's "confirmed"
    sent = [line for line in put["order_lines"] if line["type"] == "line"]
    assert all(list(line) == SEED_LINE_FIELDS for line in sent)
    assert [line["product"] for line in sent] == [line["product"] for line in goods(target)]
    assert [line["quantity"] for line in sent] == [float(line["quantity"]) for line in goods(target)]
    assert [line["erp_line_number"] for line in sent] == [10 * (n + 1) for n in range(len(sent))]
    extra = [line for line in put["order_lines"] if line["type"] != "line"]
    assert len(extra) == len(target["order_lines"]) - len(goods(target))  # the shipping line is kept

    remote = sim.order(target["id"])
    assert remote["erp_order_number"] == f"OD-{order.id}" and remote["state"] == "processing"
    assert [line["erp_line_number"] for line in goods(remote)] == [line["erp_line_number"] for line in sent]
    assert remote["order_lines"][-1]["unit_price"] == target["order_lines"][-1]["unit_price"]
    desk.pull(channel())  # our own confirmed numbers, read back: no conflict, nothing renumbered
    echoed = settled(order.id)
    assert echoed.erp_order_number == f"OD-{order.id}"
    assert [line.erp_line_number for line in lines_of(echoed)] == [str(n["erp_line_number"]) for n in sent]


def test_the_admins_prefix_makes_the_erp_order_number(db, sim):
    engine = desk_with(sim, erp_prefix="WH-")
    target = workable(sim)
    status.set_status(local(target).id, "processing", user="anna")
    assert drain(engine, "cs") == (3, [])
    assert sim.order(target["id"])["erp_order_number"] == f"WH-{local(target).id}"


def test_a_lost_answer_to_the_erp_put_is_read_back_and_the_put_is_not_sent_twice(desk, sim):
    target = workable(sim)
    order = local(target)
    status.set_status(order.id, "processing", user="anna")
    sim.fault_methods = {"PUT"}
    sim.faults.drop_after_next = 1  # CloudSuite takes the PUT in; its answer never arrives
    assert drain(desk, "cs") == (3, [])
    calls = calls_to(sim, target)
    assert [method for method, _ in calls] == ["PATCH", "PATCH", "PUT", "GET"]  # the read-back, and no second PUT
    put_event = OutboxEvent.get(OutboxEvent.order == order.id, OutboxEvent.kind == "erp_lines")
    assert put_event.state == "done"
    assert [line["erp_line_number"] for line in goods(sim.order(target["id"]))] == [
        10 * (n + 1) for n in range(len(goods(target)))
    ]
    desk.pull(channel())
    settled(order.id)


def test_a_pull_between_the_number_and_the_put_sees_our_own_change_not_a_conflict(desk, sim):
    target = workable(sim)
    order = local(target)
    status.set_status(order.id, "processing", user="anna")
    sim.fault_methods = {"PUT"}
    sim.faults.error_rate = 1.0  # the PUT keeps failing for now: the number went, the lines did not
    desk.push(channel())
    assert sim.order(target["id"])["erp_order_number"] == f"OD-{order.id}"
    desk.pull(channel())
    held = Order.get_by_id(order.id)
    assert held.sync_state != "conflict", [(a.action, a.detail) for a in held.audit]
    assert [line.erp_line_number for line in lines_of(held)][:2] == ["10", "20"]  # ours wait, kept
    sim.faults.error_rate = 0.0
    drain(desk, "cs")
    desk.pull(channel())
    settled(order.id)


def test_a_line_added_later_takes_the_next_free_erp_line_number(desk, sim):
    target = workable(sim)
    order = local(target)
    status.set_status(order.id, "processing", user="anna")
    drain(desk, "cs")
    desk.pull(channel())
    count = len(lines_of(order))
    editing.edit_order(order.id, OrderEdit(add_lines=[NewLine("50300_STUK", "Filterzakjes", 2, "2.95")]), user="anna")
    numbers = [line.erp_line_number for line in lines_of(Order.get_by_id(order.id))]
    assert numbers == [str(10 * (n + 1)) for n in range(count + 1)]  # the old ones stay, the new one is next
    drain(desk, "cs")
    remote = {line["product"]["key"]: line["erp_line_number"] for line in goods(sim.order(target["id"]))}
    assert remote["50300_STUK"] == 10 * (count + 1)
    desk.pull(channel())
    assert [line.erp_line_number for line in lines_of(settled(order.id))] == numbers


def test_an_offline_order_is_not_numbered(desk, sim):
    offline = next(o for o in sim.orders.values() if o["offline"] and o["state"] == "confirmed")
    order = local(offline)
    status.set_status(order.id, "processing", user="anna", override_reason="paid at the counter")
    assert [e.kind for e in OutboxEvent.select().where(OutboxEvent.order == order.id)] == ["acknowledge"]
    assert Order.get_by_id(order.id).erp_order_number == offline["erp_order_number"]


# ---- conflicts ---------------------------------------------------------------------------------------------
def test_an_erp_number_changed_in_cloudsuite_while_ours_waits_is_a_conflict(desk, sim):
    target = workable(sim)
    order = local(target)
    status.set_status(order.id, "processing", user="anna")  # numbered, nothing sent yet
    sim.touch_order(target["id"], erp_order_number="ERP-555001")
    desk.pull(channel())
    held = Order.get_by_id(order.id)
    assert held.sync_state == "conflict"
    assert "ERP order number" in held.audit[-1].detail
    assert held.erp_order_number == f"OD-{order.id}"  # ours is kept until the operator chooses


def test_an_erp_line_number_changed_in_cloudsuite_while_ours_wait_is_a_conflict(desk, sim):
    target = workable(sim)
    order = local(target)
    status.set_status(order.id, "processing", user="anna")
    with sim.lock:
        sim.orders[target["id"]]["order_lines"][0]["erp_line_number"] = 7
    sim.touch_order(target["id"])
    desk.pull(channel())
    held = Order.get_by_id(order.id)
    assert held.sync_state == "conflict"
    assert "ERP line numbers" in held.audit[-1].detail
    assert lines_of(held)[0].erp_line_number == "10"


def test_an_erp_number_changed_in_cloudsuite_with_nothing_of_ours_waiting_is_taken(desk, sim):
    target = workable(sim)
    order = local(target)
    status.set_status(order.id, "processing", user="anna")
    drain(desk, "cs")
    desk.pull(channel())
    sim.touch_order(target["id"], erp_order_number="ERP-555002")
    desk.pull(channel())
    assert settled(order.id).erp_order_number == "ERP-555002"


# ---- numbers entered by hand ---------------------------------------------------------------------------------
def test_with_manual_numbers_acknowledging_sends_the_state_only_and_the_operators_numbers_follow(db, sim):
    engine = desk_with(sim, erp_numbers="manual")
    target = workable(sim)
    order = local(target)
    status.set_status(order.id, "processing", user="anna")
    assert drain(engine, "cs") == (1, [])
    assert Order.get_by_id(order.id).erp_order_number is None
    lines = lines_of(order)
    with pytest.raises(RuleViolation, match="Give every line"):
        erp.set_erp_numbers(order.id, lines={lines[0].id: 11}, user="anna")
    result = erp.set_erp_numbers(
        order.id, number="ERP-124578", lines={line.id: 11 * (n + 1) for n, line in enumerate(lines)}, user="anna"
    )
    assert [e.kind for e in result.events] == ["erp_number", "erp_lines"]
    assert drain(engine, "cs") == (2, [])
    calls = calls_to(sim, target)
    assert [method for method, _ in calls] == ["PATCH", "PATCH", "PUT"]
    assert calls[1][1] == {"erp_order_number": "ERP-124578"}
    assert [line["erp_line_number"] for line in calls[2][1]["order_lines"] if line["type"] == "line"] == [
        11 * (n + 1) for n in range(len(lines))
    ]
    engine.pull(channel())
    settled(order.id)


def test_a_line_changed_in_cloudsuite_while_our_erp_put_waits_is_a_conflict_not_overwritten(desk, sim):
    target = workable(sim)
    order = local(target)
    status.set_status(order.id, "processing", user="anna")  # the PUT would send the lines as they are now
    with sim.lock:
        sim.orders[target["id"]]["order_lines"][0]["quantity"] = "9.000"
    sim.touch_order(target["id"])
    desk.pull(channel())
    held = Order.get_by_id(order.id)
    assert held.sync_state == "conflict", [(a.action, a.detail) for a in held.audit]
    assert not OutboxEvent.select().where(OutboxEvent.kind == "erp_lines", OutboxEvent.state == "done").exists()
