"""The whole sync path for a Magento 2 channel over real HTTP: services -> outbox -> engine -> adapter -> the Magento
simulator, and for returns and custom attributes the Increff Omni simulator the same channel speaks to."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sync_harness import FAST_HTTP, configure, drain, fast_engine, footprint

from orderdesk.core.events import EventKind
from orderdesk.core.records import utcnow
from orderdesk.sandbox.increff import IncreffSimulator
from orderdesk.sandbox.magento import DATE_FORMAT, DEMO_PASSWORD, MagentoSimulator
from orderdesk.sandbox.server import Faults
from orderdesk.services import attributes, returns, status
from orderdesk.services.conflicts import keep_local, take_remote
from orderdesk.store import outbox
from orderdesk.store.db import transaction
from orderdesk.store.models import AuditEntry, Channel, Order, OutboxEvent, SyncLogEntry
from orderdesk.store.orders import lines_of
from orderdesk.sync.engine import NullListener

V1 = "/rest/default/V1"
WRITES = ("POST", "PUT")


@dataclasses.dataclass
class Sims:
    magento: MagentoSimulator
    increff: IncreffSimulator


@pytest.fixture(scope="module")
def running():
    magento = MagentoSimulator()
    # Increff checks returned units against the forward order its proxy pulled from Magento, as the real one does.
    increff = IncreffSimulator(forward_orders=magento.increff_forward_order)
    magento.start()
    increff.start()
    yield Sims(magento, increff)
    magento.stop()
    increff.stop()


@pytest.fixture
def sims(running):
    """Both servers as new: seeded state, default faults, the real clock, the demo password, Increff knowing Magento."""
    for sim in (running.magento, running.increff):
        for spec in dataclasses.fields(Faults):
            if not spec.name.startswith("_"):
                setattr(sim.faults, spec.name, spec.default)
        sim.faults._random.seed(sim.faults.seed)
    running.magento.clock = lambda: datetime.now(UTC)
    running.magento.password = DEMO_PASSWORD
    running.increff.forward_orders = running.magento.increff_forward_order
    running.magento.reset()
    running.increff.reset()
    return running


@pytest.fixture
def sim(sims):
    return sims.magento


@pytest.fixture
def desk(db, sims):
    configure("mg", sims.magento.demo_config(increff_url=sims.increff.url))
    return fast_engine()


class Notices(NullListener):
    def __init__(self) -> None:
        self.messages: list[str] = []

    def notice(self, message: str) -> None:
        self.messages.append(message)


def channel():
    return Channel.get(Channel.name == "mg")


def inject(simulator, **faults):
    """Switch faults on in a running simulator (its state and tokens stay as they are)."""
    for name, value in faults.items():
        setattr(simulator.faults, name, value)


def local(entity_id: int) -> Order:
    return Order.get(Order.channel == channel(), Order.external_id == str(entity_id))


def seeded(sim, status_word: str, kind: str | None = None) -> list[int]:
    """Entity ids of the seeded orders with a Magento status (and product kind: configurable, bundle, simple)."""
    found = sorted(sim.entity_ids(status_word))
    if kind is None:
        return found
    return [i for i in found if _kind(sim.order(i)) == kind]


def _kind(remote: dict[str, Any]) -> str:
    types = {item["product_type"] for item in remote["items"] if not item.get("parent_item_id")}
    return "bundle" if "bundle" in types else "configurable" if "configurable" in types else "simple"


def top_items(remote: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for item in remote["items"] if not item.get("parent_item_id")]


def writes_to(simulator, path_regex: str) -> list[tuple[str, str, Any]]:
    """What changed something on a simulator, in the order it arrived: (method, path, body)."""
    pattern = re.compile(path_regex)
    return [(r.method, r.path, r.json) for r in simulator.requests if r.method in WRITES and pattern.search(r.path)]


def log_of(event_id: int) -> list[SyncLogEntry]:
    return list(SyncLogEntry.select().where(SyncLogEntry.event == event_id).order_by(SyncLogEntry.id))


def acknowledged(desk, sim, entity_ids):
    """Orders the warehouse took on (sent and confirmed), then a clean record of requests."""
    for entity_id in entity_ids:
        status.set_status(local(entity_id).id, "processing", user="anna")
    assert drain(desk, "mg") == (len(entity_ids), [])
    sim.clear_requests()


# ---- pull ------------------------------------------------------------------------------------------------
def test_first_pull_incremental_pull_and_an_unchanged_pull(desk, sim):
    changed = desk.pull(channel())
    assert len(changed) == Order.select().count() == len(sim.orders)
    assert {o.reference for o in Order.select()} == {o["increment_id"] for o in sim.orders.values()}
    target = seeded(sim, "pending")[2]
    with sim.lock:  # the customer's address book changed in the Magento admin
        sim.orders[target]["customer_email"] = "zoe.akerlund@example.se"
    sim.touch_order(target)
    again = desk.pull(channel())
    assert again == [local(target).id]
    assert local(target).customer_email == "zoe.akerlund@example.se"
    before = footprint()
    assert desk.pull(channel()) == []
    assert footprint() == before
    lists = sim.requests_to("GET", rf"^{V1}/orders$")
    assert all(r.arg("searchCriteria[pageSize]") for r in lists)  # always paged: Magento sends everything otherwise


def test_configurable_and_bundle_children_are_imported_once(desk, sim):
    configurable = seeded(sim, "pending", "configurable")[0]
    bundle = seeded(sim, "pending", "bundle")[0]
    desk.pull(channel())
    desk.pull(channel())  # and a second pull does not add them either
    remote = sim.order(configurable)
    assert len(remote["items"]) == 3  # parent, its chosen simple product, a plain simple product
    lines = lines_of(local(configurable))
    assert [(ln.external_id, ln.sku, ln.quantity) for ln in lines] == [
        (str(item["item_id"]), item["sku"], item["qty_ordered"]) for item in top_items(remote)
    ]
    assert local(configurable).lines_total == sum(
        Decimal(str(i["price"])) * i["qty_ordered"] for i in top_items(remote)
    )
    kit = sim.order(bundle)
    (line,) = lines_of(local(bundle))
    parent = top_items(kit)[0]
    assert (line.external_id, line.quantity, line.unit_price) == (
        str(parent["item_id"]),
        1,
        Decimal(str(parent["price"])),
    )
    assert all(child["sku"] in line.name for child in kit["items"] if child.get("parent_item_id"))


def test_orders_placed_changed_or_cancelled_in_the_very_second_of_the_cursor_are_not_missed(desk, sim):
    moment = datetime(2024, 9, 2, 10, 15, 30, tzinfo=UTC)  # later than every seeded order
    sim.clock = lambda: moment
    first = sim.add_order(customer=3)
    held, dropped = seeded(sim, "pending", "simple")[:2]
    sim.touch_order(dropped, status="canceled")
    desk.pull(channel())
    floors = json.loads(channel().pull_cursor)
    assert floors == dict.fromkeys(("new", "changed", "canceled"), moment.strftime(DATE_FORMAT))
    # In the same second, after the pull: a new order, one put on hold, a cancelled one changed again.
    late = sim.add_order(customer=6, kind="multi")
    sim.touch_order(held, status="holded")
    with sim.lock:
        sim.orders[dropped]["customer_email"] = "changed.after.cancel@example.com"
    sim.touch_order(dropped)
    desk.pull(channel())
    assert local(late).reference == sim.order(late)["increment_id"]
    assert len(lines_of(local(late))) == 3
    assert (local(held).channel_status, local(held).payment_status) == ("holded", "unpaid")
    assert local(dropped).customer_email == "changed.after.cancel@example.com"
    assert local(first).sync_state == "synced"


def test_a_remote_cancellation_of_an_order_still_in_the_warehouse_cancels_it_here_and_says_so(desk, sim):
    desk.pull(channel())
    quiet, busy = seeded(sim, "pending", "simple")[:2]
    waiting = status.set_status(local(busy).id, "processing", user="anna").event  # not sent yet
    for entity_id in (quiet, busy):
        sim.touch_order(entity_id, status="canceled")  # cancelled in the Magento admin
    notices = Notices()
    desk.listener = notices
    assert sorted(desk.pull(channel())) == sorted([local(quiet).id, local(busy).id])
    assert local(quiet).status == local(busy).status == "cancelled"
    assert local(busy).sync_state == "synced"
    assert OutboxEvent.get_by_id(waiting.id).state == "discarded"
    said = [m for m in notices.messages if "was cancelled in mg" in m]
    assert len(said) == 2 and any("1 unsent change dropped" in m for m in said)
    logged = SyncLogEntry.select().where(SyncLogEntry.outcome == "cancelled_remotely")
    assert {e.order_reference for e in logged} == {local(quiet).reference, local(busy).reference}
    assert drain(desk, "mg") == (0, [])
    assert writes_to(sim, r"/V1/orders?/") == []  # the acknowledgement never went out


def test_a_remote_cancellation_of_a_dispatched_order_is_a_conflict(desk, sim):
    shipped = seeded(sim, "complete")[0]
    desk.pull(channel())
    leaving = seeded(sim, "pending", "simple")[0]
    status.set_status(local(leaving).id, "processing", user="anna")
    drain(desk, "mg")
    waiting = status.dispatch(local(leaving).id, consignment_number="1Z999AA10123456784", carrier="UPS", user="anna")
    for entity_id in (shipped, leaving):
        sim.touch_order(entity_id, status="canceled")
    notices = Notices()
    desk.listener = notices
    desk.pull(channel())
    for entity_id in (shipped, leaving):
        order = local(entity_id)
        assert (order.status, order.sync_state) == ("dispatched", "conflict")
        assert order.remote_snapshot["status"] == "cancelled"
    assert sum("cancelled an order that left the warehouse" in m for m in notices.messages) == 2
    assert desk.push(channel()) == (0, [])  # held: the operator decides first
    assert OutboxEvent.get_by_id(waiting.event.id).state == "pending"
    assert sim.requests_to("POST", r"/ship$") == []
    take_remote(local(shipped).id, user="anna")
    assert local(shipped).status == "cancelled"


# ---- operator actions --------------------------------------------------------------------------------------
def test_operator_actions_reach_magento_and_increff_in_their_wire_format_and_in_order(desk, sims):
    sim, increff = sims.magento, sims.increff
    desk.pull(channel())
    sim.clear_requests()
    target = seeded(sim, "pending", "configurable")[0]
    other = seeded(sim, "pending", "bundle")[0]
    remote = sim.order(target)
    parent, simple = top_items(remote)
    order = local(target)
    line_of = {ln.external_id: ln for ln in lines_of(order)}
    stock_item = sim.stock[simple["sku"]]
    status.set_status(order.id, "processing", user="anna")
    with transaction():  # no operator action writes these yet: the back office enqueues them as the outbox allows
        outbox.enqueue(order, EventKind.INVOICE, {"capture": True, "notify": True}, "backoffice")
    assert status.set_status(order.id, "packed", user="anna").event is None  # Magento has no word for it
    status.dispatch(order.id, consignment_number="1Z999AA10123456784", carrier="UPS", user="anna")
    made = returns.create_return(
        order.id,
        {line_of[str(simple["item_id"])].id: 2},
        reason="damaged in transit",
        return_type="customer-return",
        awb_number="AWB778899",
        transporter="Delhivery",
        user="anna",
    )
    attributes.set_attributes(order.id, {"coupon code": "WELCOME10", "due date": "2024-06-01"}, user="anna")
    attributes.set_attributes(
        order.id, {"gift card discount": "5.00"}, line_id=line_of[str(parent["item_id"])].id, user="anna"
    )
    with transaction():
        outbox.enqueue(order, EventKind.STOCK, {"sku": simple["sku"], "qty": 97}, "backoffice")
    status.cancel(local(other).id, reason="customer asked to cancel", user="anna")
    assert drain(desk, "mg") == (8, [])

    # Magento, in its own words and in the order the warehouse did things.
    assert [(m, p) for m, p, _ in writes_to(sim, rf"/(orders?/{target}|products)/")] == [
        ("POST", f"{V1}/orders/{target}/comments"),
        ("POST", f"{V1}/order/{target}/invoice"),
        ("POST", f"{V1}/order/{target}/ship"),
        ("PUT", f"{V1}/products/{simple['sku']}/stockItems/{stock_item['item_id']}"),
    ]
    comment, invoice, ship, stock = (body for _, _, body in writes_to(sim, rf"/(orders?/{target}|products)/"))
    assert comment == {
        "statusHistory": {
            "comment": "OrderDesk: order acknowledged by the warehouse.",
            "status": "processing",
            "is_customer_notified": 0,
            "is_visible_on_front": 0,
            "parent_id": target,
        }
    }
    assert invoice == {"capture": True, "notify": True}
    assert ship == {
        "notify": True,
        "items": [{"order_item_id": parent["item_id"], "qty": 1}, {"order_item_id": simple["item_id"], "qty": 2}],
        "tracks": [{"track_number": "1Z999AA10123456784", "title": "UPS", "carrier_code": "ups"}],
    }
    assert stock == {"stockItem": {"qty": 97, "is_in_stock": True}}
    assert all(r.headers["Authorization"].startswith("Bearer mg_") for r in sim.requests if r.path.startswith(V1))
    assert [(m, p) for m, p, _ in writes_to(sim, rf"/orders?/{other}/")] == [
        ("POST", f"{V1}/orders/{other}/cancel"),
        ("POST", f"{V1}/orders/{other}/comments"),
    ]
    assert writes_to(sim, rf"/orders?/{other}/")[1][2]["statusHistory"]["comment"] == (
        "Cancelled in OrderDesk: customer asked to cancel"
    )
    after = sim.order(target)
    assert (after["state"], after["status"]) == ("complete", "complete")
    assert [t["track_number"] for s in sim.shipments_of(target) for t in s["tracks"]] == ["1Z999AA10123456784"]
    assert len(sim.invoices_of(target)) == 1
    assert sim.stock[simple["sku"]]["qty"] == 97
    assert sim.order(other)["status"] == "canceled"

    # Increff Omni: the return, one item per unit, and the attributes in the admin's slots.
    code = made.return_order.return_code
    (posted,) = increff.requests_to("POST", r"^/return/return-orders$")
    assert {k: posted.headers[k] for k in ("authUsername", "authPassword", "authDomainName")} == {
        "authUsername": "orderdesk.demo",
        "authPassword": "increff-demo-pass",
        "authDomainName": "demo-brand",
    }
    sent = posted.json
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", sent.pop("returnOrderTime"))
    assert sent == {
        "forwardOrderCode": str(target),
        "returnOrderCode": code,
        "locationCode": "WH-BLR-01",
        "orderItems": [
            {"itemCode": f"{code}-1", "reason": "damaged in transit", "channelSkuCode": simple["sku"]},
            {"itemCode": f"{code}-2", "reason": "damaged in transit", "channelSkuCode": simple["sku"]},
        ],
        "orderType": "CUSTOMER_RETURN",
        "awbNumber": "AWB778899",
        "transporter": "Delhivery",
    }
    assert list(increff.returns) == [code]
    puts = writes_to(increff, rf"^/orders/outward/attributes/{target}$")
    assert [body for _, _, body in puts] == [
        {"locationCode": "WH-BLR-01", "updateOrderAttributes": {"attribute2": "WELCOME10", "attribute6": "2024-06-01"}},
        {
            "locationCode": "WH-BLR-01",
            "updateOrderItemAttributes": [
                {"orderItemCode": str(parent["item_id"]), "channelSkuCode": parent["sku"], "attribute1": "5.00"}
            ],
        },
    ]
    assert increff.attributes[str(target)] == {
        "order": {"attribute2": "WELCOME10", "attribute6": "2024-06-01"},
        "items": {str(parent["item_id"]): {"attribute1": "5.00"}},
    }

    # One order's changes, across both servers, went out one after the other in the order they were made.
    mine = re.compile(rf"/(orders?/{target}/|products/)")
    timeline = sorted(
        [(r.at, r.path) for r in sim.requests if r.method in WRITES and mine.search(r.path)]
        + [(r.at, r.path) for r in increff.requests if r.method in WRITES]
    )
    assert [path.rsplit("/", 1)[-1] for _, path in timeline] == [
        "comments",
        "invoice",
        "ship",
        "return-orders",
        str(target),
        str(target),
        str(stock_item["item_id"]),
    ]
    assert all(e.state == "done" for e in OutboxEvent.select())
    assert local(target).sync_state == local(other).sync_state == "synced"


def test_attributes_go_to_the_slots_of_the_channels_own_mapping(db, sims):
    demo = sims.magento.demo_config(increff_url=sims.increff.url)
    demo["options"]["attribute_map"] = "Coupon Code=attribute9, gate-pass type=attribute10"
    configure("mg", demo)
    desk = fast_engine()
    desk.pull(channel())
    target = seeded(sims.magento, "pending", "simple")[0]
    order = local(target)
    attributes.set_attributes(order.id, {"coupon code": "DIWALI20", "gate_pass_type": "RGP"}, user="anna")
    attributes.set_attributes(order.id, {"coupon code": ""}, user="anna")  # removed: its slot is cleared
    unmapped = attributes.set_attributes(order.id, {"due date": "2024-06-01"}, user="anna").event
    done, failed = drain(desk, "mg")
    assert (done, failed) == (2, [unmapped.id])
    bodies = [body["updateOrderAttributes"] for _, _, body in writes_to(sims.increff, r"^/orders/outward/attributes/")]
    assert bodies == [{"attribute9": "DIWALI20", "attribute10": "RGP"}, {"attribute10": "RGP", "attribute9": ""}]
    assert sims.increff.attributes[str(target)]["order"] == {"attribute10": "RGP"}
    message = OutboxEvent.get_by_id(unmapped.id).last_error
    assert "no slot for the attribute 'due date'" in message and "'due date=attribute1'" in message


# ---- faults, lost answers, refusals --------------------------------------------------------------------------
WRITE_PATHS = rf"^{V1}/orders?/\d+/(comments|ship)$"


@pytest.mark.parametrize(
    "faults",
    [
        {"error_rate": 0.3},
        {"latency_s": 0.15},
        {"malformed_next": 2, "only_paths": WRITE_PATHS},
        {"drop_before_next": 2, "only_paths": WRITE_PATHS},
        {"drop_after_next": 2, "only_paths": WRITE_PATHS},
        {"hang_after_next": 1, "hang_s": 2.0, "only_paths": WRITE_PATHS},
        {"throttle_next": 3, "retry_after_s": 0.05, "only_paths": WRITE_PATHS},
    ],
    ids=["500s", "latency", "malformed", "dropped", "answer-lost", "hang", "throttled"],
)
def test_injected_faults_end_in_success_with_nothing_lost_or_done_twice(desk, sim, faults):
    desk.pull(channel())
    pending = seeded(sim, "pending", "simple")[:3]
    inject(sim, **faults)
    for entity_id in pending:
        order = local(entity_id)
        status.set_status(order.id, "processing", user="anna")
        status.dispatch(order.id, consignment_number=f"JD0146{entity_id}", carrier="Blue Dart", user="anna")
    assert drain(desk, "mg") == (6, [])
    for entity_id in pending:
        remote = sim.order(entity_id)
        assert remote["status"] == "processing" and all(i["qty_shipped"] == i["qty_ordered"] for i in top_items(remote))
        assert [h["status"] for h in remote["status_histories"]] == ["processing"]  # one comment, never two
        (shipment,) = sim.shipments_of(entity_id)
        assert shipment["tracks"][0]["track_number"] == f"JD0146{entity_id}"
        assert shipment["tracks"][0]["carrier_code"] == "custom"
    assert OutboxEvent.select().where(OutboxEvent.state != "done").count() == 0
    assert all(local(i).sync_state == "synced" for i in pending)
    counters = ("malformed_next", "drop_before_next", "drop_after_next", "hang_after_next", "throttle_next")
    assert [getattr(sim.faults, name) for name in counters] == [0] * len(counters)  # every fault was met
    if "error_rate" in faults:
        assert SyncLogEntry.select().where(SyncLogEntry.http_status == 500).exists()
    if {"drop_after_next", "hang_after_next"} & set(faults):
        assert SyncLogEntry.select().where(SyncLogEntry.message.contains("(read back)")).exists()


@pytest.mark.parametrize(
    "faults",
    [{"drop_after_next": 1}, {"hang_after_next": 1, "hang_s": 2.0}],
    ids=["connection-dropped", "answer-hangs"],
)
def test_a_dispatch_whose_answer_was_lost_is_read_back_and_never_shipped_twice(desk, sim, faults):
    desk.pull(channel())
    target = seeded(sim, "pending", "simple")[0]
    acknowledged(desk, sim, [target])
    event = status.dispatch(local(target).id, consignment_number="3SKAB0001234", carrier="DHL", user="anna").event
    inject(sim, only_paths=r"/ship$", **faults)
    assert drain(desk, "mg") == (1, [])
    outcomes = [entry.outcome for entry in log_of(event.id)]
    assert "uncertain" in outcomes
    read_back = next(e for e in log_of(event.id) if "read back" in e.message)
    assert read_back.outcome == "ok" and read_back.message.startswith("already applied in the channel")
    ships = sim.requests_to("POST", rf"^{V1}/order/{target}/ship$")
    assert len(ships) == 1  # Magento would take a second shipment of what is left: it was not sent again
    lookups = sim.requests_to("GET", rf"^{V1}/shipments$")
    assert lookups and lookups[-1].at > ships[0].at
    assert lookups[-1].arg("searchCriteria[filter_groups][0][filters][0][field]") == "order_id"
    assert lookups[-1].arg("searchCriteria[filter_groups][0][filters][0][value]") == str(target)
    (shipment,) = sim.shipments_of(target)
    assert shipment["tracks"][0]["track_number"] == "3SKAB0001234"
    assert OutboxEvent.get_by_id(event.id).state == "done" and local(target).sync_state == "synced"


def test_an_acknowledgement_whose_answer_was_lost_is_read_back_not_commented_twice(desk, sim):
    desk.pull(channel())
    target = seeded(sim, "pending", "simple")[0]
    event = status.set_status(local(target).id, "processing", user="anna").event
    inject(sim, only_paths=r"/comments$", drop_after_next=1)
    assert drain(desk, "mg") == (1, [])
    assert "uncertain" in [e.outcome for e in log_of(event.id)]
    assert len(sim.requests_to("POST", r"/comments$")) == 1
    assert sim.requests[-1].method == "GET" and sim.requests[-1].path.endswith("/statuses")  # the read-back
    assert [h["status"] for h in sim.order(target)["status_histories"]] == ["processing"]


@pytest.mark.parametrize(
    ("lost", "posts"),
    [(1, 2), (1 + FAST_HTTP.max_retries, 1 + FAST_HTTP.max_retries)],
    ids=["resent-and-refused-as-a-duplicate", "every-answer-lost-then-read-back"],
)
def test_a_return_whose_answer_was_lost_creates_nothing_twice(desk, sims, lost, posts):
    sim, increff = sims.magento, sims.increff
    desk.pull(channel())
    target = seeded(sim, "complete")[0]
    line = lines_of(local(target))[0]
    made = returns.create_return(
        local(target).id, {line.id: line.quantity}, reason="wrong size", return_type="SELF_SHIP", user="anna"
    )
    inject(increff, only_paths=r"^/return/return-orders$", drop_after_next=lost)
    assert drain(desk, "mg") == (1, [])
    assert len(increff.requests_to("POST", r"^/return/return-orders$")) == posts
    code = made.return_order.return_code
    assert list(increff.returns) == [code]  # read back: Increff holds it once
    assert len(increff.returns[code]["orderItems"]) == line.quantity
    entries = log_of(made.event.id)
    if lost > FAST_HTTP.max_retries:  # the engine's doubt, settled by reading the return order back
        assert "uncertain" in [e.outcome for e in entries]
        assert any("read back" in e.message for e in entries)
        assert increff.requests[-1].method == "GET" and increff.requests[-1].path == f"/return/return-orders/{code}"
    else:
        assert entries[-1].message == f"Increff Omni already has return order {code}; it was not created twice."
    assert OutboxEvent.get_by_id(made.event.id).state == "done"


def test_a_refusal_fails_the_event_with_magentos_words_and_holds_back_the_rest_of_the_order(desk, sim):
    desk.pull(channel())
    target = seeded(sim, "pending", "simple")[0]
    acknowledged(desk, sim, [target])
    sim.touch_order(target, status="holded")  # put on hold in the Magento admin; the desk has not pulled since
    ship = status.dispatch(local(target).id, consignment_number="JD0146000", carrier="DHL", user="anna").event
    line = lines_of(local(target))[0]
    later = returns.create_return(
        local(target).id, {line.id: 1}, reason="wrong size", return_type="SELF_SHIP", user="anna"
    )
    done, failed = desk.push(channel())
    assert failed == [ship.id]
    message = OutboxEvent.get_by_id(ship.id).last_error
    assert "HTTP 400" in message and "Shipment Document Validation Error(s):" in message
    assert "The order does not allow a shipment to be created." in message
    assert OutboxEvent.get_by_id(later.event.id).state == "pending"
    assert sim.shipments_of(target) == [] and local(target).sync_state == "failed"


def test_a_refusal_by_increff_fails_the_event_with_increffs_words(desk, sims):
    desk.pull(channel())
    target = seeded(sims.magento, "complete")[0]
    sims.increff.forward_orders = lambda code: None  # Increff's proxy has not pulled the order from Magento yet
    line = lines_of(local(target))[0]
    made = returns.create_return(
        local(target).id, {line.id: 1}, reason="wrong size", return_type="SELF_SHIP", user="anna"
    )
    done, failed = drain(desk, "mg")
    assert failed == [made.event.id]
    message = OutboxEvent.get_by_id(made.event.id).last_error
    assert message == (
        f"Increff Omni refused the request (HTTP 400): Invalid forward order: "
        f"No forward order found for forwardOrderCode {target}"
    )
    assert len(sims.increff.requests_to("POST", r"^/return/return-orders$")) == 1  # a 400 is not retried
    assert sims.increff.returns == {}


def test_a_429_storm_pauses_the_channel_and_resumes_after_retry_after_with_nothing_failed(desk, sim):
    desk.pull(channel())
    pending = seeded(sim, "pending", "simple")[:3]
    inject(sim, throttle_next=12, retry_after_s=0.5, only_paths=rf"^{V1}/orders/\d+/")
    for entity_id in pending:
        status.set_status(local(entity_id).id, "processing", user="anna")
    desk.push(channel())
    paused = channel()
    assert paused.state == "paused" and paused.state_message.startswith("paused until ")
    assert paused.state_message.endswith("rate limited")
    assert OutboxEvent.select().where(OutboxEvent.state == "failed").count() == 0
    done, failed = drain(desk, "mg", timeout=15)
    assert failed == []
    assert all(sim.order(i)["status"] == "processing" for i in pending)
    assert all(len(sim.order(i)["status_histories"]) == 1 for i in pending)
    assert OutboxEvent.select().where(OutboxEvent.state != "done").count() == 0
    assert channel().state == "idle"


def test_an_expired_admin_token_is_renewed_without_anyone_noticing(desk, sim):
    inject(sim, token_ttl_calls=2)
    desk.pull(channel())
    assert Order.select().count() == len(sim.orders)
    tokens = len(sim.requests_to("POST", r"^/rest/V1/integration/admin/token$"))
    assert tokens > 1
    inject(sim, token_ttl_calls=None)
    sim.tokens.revoke_all()  # and every token given out so far expires at once
    pending = seeded(sim, "pending", "simple")[:3]
    for entity_id in pending:
        status.set_status(local(entity_id).id, "processing", user="anna")
    assert drain(desk, "mg") == (3, [])
    assert len(sim.requests_to("POST", r"^/rest/V1/integration/admin/token$")) > tokens
    assert all(sim.order(i)["status"] == "processing" for i in pending)
    assert channel().state == "idle"
    renewals = SyncLogEntry.select().where(SyncLogEntry.message.contains("credentials expired, renewing"))
    assert renewals.count() >= 2
    # Magento's "%resources" placeholder is filled in before anyone reads the message.
    assert all("access Magento_Sales::" in e.message and "%" not in e.message for e in renewals)
    for entry in SyncLogEntry.select():
        logged = entry.message + entry.request_excerpt + entry.response_excerpt
        assert DEMO_PASSWORD not in logged and "Bearer mg_" not in logged


def test_a_changed_admin_password_marks_the_channel_and_loses_nothing(desk, sim):
    desk.pull(channel())
    sim.password = "changed-by-the-admin"
    sim.tokens.revoke_all()
    target = seeded(sim, "pending", "simple")[0]
    event = status.set_status(local(target).id, "processing", user="anna").event
    done, failed = drain(desk, "mg")
    assert failed == [event.id] and channel().state == "auth_failed"
    stored = OutboxEvent.get_by_id(event.id)
    assert stored.error_kind == "auth" and "The account sign-in was incorrect" in stored.last_error
    assert sim.order(target)["status"] == "pending"


# ---- conflicts and reconciliation ----------------------------------------------------------------------------
def test_a_status_conflict_with_magento_is_resolved_both_ways(desk, sim):
    desk.pull(channel())
    first, second = seeded(sim, "pending", "simple")[:2]
    for entity_id in (first, second):
        status.cancel(local(entity_id).id, reason="out of stock", user="anna")
        sim.touch_order(entity_id, status="processing")  # the Magento admin took it on meanwhile
    desk.pull(channel())
    assert local(first).sync_state == local(second).sync_state == "conflict"
    assert desk.push(channel()) == (0, [])  # nothing of a held order goes out
    assert writes_to(sim, r"/orders/") == []
    take_remote(local(first).id, user="anna")
    keep_local(local(second).id, user="anna")
    assert drain(desk, "mg") == (1, [])
    assert local(first).status == "processing" and sim.order(first)["status"] == "processing"
    assert writes_to(sim, rf"/orders?/{first}/") == []
    assert [p for _, p, _ in writes_to(sim, rf"/orders?/{second}/")] == [
        f"{V1}/orders/{second}/cancel",
        f"{V1}/orders/{second}/comments",
    ]
    assert local(second).status == "cancelled" and sim.order(second)["status"] == "canceled"
    assert local(first).sync_state == local(second).sync_state == "synced"
    desk.pull(channel())  # the echo of our own cancellation is no new conflict
    assert local(second).sync_state == "synced" and local(second).status == "cancelled"
    kinds = {e.action for e in AuditEntry.select() if e.action.startswith("conflict")}
    assert {"conflict", "conflict_take_remote", "conflict_keep_local"} <= kinds


def test_reconcile_finds_an_order_deleted_from_the_desk(desk, sim):
    desk.pull(channel())
    victim = seeded(sim, "processing")[0]
    reference = local(victim).reference
    local(victim).delete_instance(recursive=True)
    report = desk.reconcile(channel(), utcnow() - timedelta(days=3650))
    assert report.imported == [reference]
    assert local(victim).reference == reference
    assert report.status_differences == [] and report.desk_only == []
