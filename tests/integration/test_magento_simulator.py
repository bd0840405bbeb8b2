"""The Magento adapter against the Magento and Increff Omni simulators over loopback HTTP."""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import requests

from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.errors import AuthError, MalformedResponse, PermanentError, RateLimited, TransientError
from orderdesk.channels.http import CallRecord, HttpSettings
from orderdesk.channels.magento import MagentoAdapter
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import OrderRecord
from orderdesk.core.statuses import OrderStatus, PaymentStatus
from orderdesk.sandbox.increff import IncreffSimulator
from orderdesk.sandbox.magento import MagentoSimulator
from orderdesk.sandbox.server import Faults


@dataclasses.dataclass
class Sims:
    magento: MagentoSimulator
    increff: IncreffSimulator


@pytest.fixture(scope="module")
def running() -> Iterator[Sims]:
    """One pair of servers for the module (stopping a server takes a poll interval); reset before each test."""
    magento = MagentoSimulator()
    increff = IncreffSimulator(forward_orders=magento.increff_forward_order)
    magento.start()
    increff.start()
    try:
        yield Sims(magento, increff)
    finally:
        magento.stop()
        increff.stop()


@pytest.fixture
def sims(running: Sims) -> Sims:
    for sim in (running.magento, running.increff):
        for field in dataclasses.fields(Faults):
            if not field.name.startswith("_"):
                setattr(sim.faults, field.name, field.default)
        sim.faults._random.seed(sim.faults.seed)
    running.magento.reset()
    running.increff.reset()
    return running


def config_of(sims: Sims, **secrets: str) -> ChannelConfig:
    demo = sims.magento.demo_config(increff_url=sims.increff.url)
    return ChannelConfig(
        name="Magento demo",
        kind=demo["kind"],
        base_url=demo["url"],
        username=demo["username"],
        options=demo["options"],
        secrets={**demo["secrets"], **secrets},
    )


def make_adapter(
    sims: Sims,
    logs: list[CallRecord] | None = None,
    *,
    retries: int = 3,
    read_timeout: float = 5.0,
    page_size: int = 50,
    **secrets: str,
) -> MagentoAdapter:
    adapter = MagentoAdapter(
        config_of(sims, **secrets),
        http_settings=HttpSettings(backoff_base=0, max_retries=retries, read_timeout=read_timeout),
        logger=(logs if logs is not None else []).append,
        sleep=lambda s: None,
    )
    adapter.page_size = page_size
    return adapter


def pull(adapter: MagentoAdapter, cursor: str | None = None) -> tuple[dict[str, OrderRecord], str | None]:
    records: dict[str, OrderRecord] = {}
    last = cursor
    for page in adapter.fetch_orders(cursor):
        assert page.rejected == []
        for record in page.records:
            records[record.external_id] = record
        last = page.cursor
    return records, last


def record_of(adapter: MagentoAdapter, entity_id: int) -> OrderRecord:
    records, _ = pull(adapter)
    return records[str(entity_id)]


def event(kind: EventKind, order: OrderRecord, payload: dict[str, Any] | None = None) -> OutboundEvent:
    return OutboundEvent(event_id=1, kind=kind, order=order, payload=payload or {}, idempotency_key=f"{kind}-1")


def dispatch_payload(order: OrderRecord, consignment: str = "JD014600001234") -> dict[str, Any]:
    return {
        "status": "dispatched",
        "previous": "processing",
        "consignment_number": consignment,
        "carrier": "Blue Dart",
        "lines": [
            {"line_id": n, "external_id": line.external_id, "sku": line.sku, "quantity": line.quantity}
            for n, line in enumerate(order.lines)
        ],
    }


def return_payload(order: OrderRecord, code: str = "R-1") -> dict[str, Any]:
    line = order.lines[0]
    return {
        "return_id": 1,
        "return_code": code,
        "type": "CUSTOMER_RETURN",
        "reason": "wrong size",
        "awb_number": "AWB-77",
        "transporter": "Delhivery",
        "return_time": "2024-05-06T09:15:00+00:00",
        "items": [
            {
                "item_code": f"{code}-{n + 1}",
                "sku": line.sku,
                "line_external_id": line.external_id,
                "reason": "wrong size",
            }
            for n in range(line.quantity)
        ],
    }


PENDING, PROCESSING, COMPLETE, CANCELED = 101, 103, 104, 105


# ---- connection and pull ------------------------------------------------------------------------------------


def test_connection_counts_the_orders_and_reaches_increff(sims: Sims) -> None:
    message = make_adapter(sims).test_connection()
    assert message.startswith("Connected to Magento store 'default': 18 orders. Increff Omni answered at ")
    assert sims.increff.requests_to("GET", "/return/return-orders/")[0].headers["authUsername"] == "orderdesk.demo"


def test_a_wrong_password_is_refused_as_magento_refuses_it(sims: Sims) -> None:
    with pytest.raises(AuthError, match="The account sign-in was incorrect"):
        make_adapter(sims, password="not-the-password").test_connection()


def test_full_pull_imports_every_order_once_page_by_page(sims: Sims) -> None:
    records, cursor = pull(make_adapter(sims, page_size=5))
    assert len(records) == 18
    listed = sims.magento.requests_to("GET", r"/rest/default/V1/orders$")
    assert all(r.arg("searchCriteria[pageSize]") == "5" and r.arg("searchCriteria[currentPage]") for r in listed)
    statuses = {r.channel_status: r.status for r in records.values()}
    assert statuses["pending"] == OrderStatus.PENDING and statuses["processing"] == OrderStatus.PROCESSING
    assert statuses["complete"] == OrderStatus.DISPATCHED and statuses["canceled"] == OrderStatus.CANCELLED
    assert statuses["holded"] == OrderStatus.PENDING and statuses["closed"] == OrderStatus.RETURNED
    assert records["107"].payment_status == PaymentStatus.UNPAID  # pending_payment
    assert {r.currency for r in records.values()} == {"EUR", "INR", "USD"}
    configurable = records["101"]
    assert [line.sku for line in configurable.lines][1:] == ["24-UG06"] and len(configurable.lines) == 2
    assert configurable.lines[0].unit_price > 0
    bundle = records["102"]
    assert len(bundle.lines) == 1 and "24-WG084 ×1" in bundle.lines[0].name
    assert bundle.total == Decimal(str(sims.magento.order(102)["grand_total"]))
    assert records["105"].customer.name == "अनन्या अय्यर" and records["104"].shipping_address.city == "Łódź"
    assert json.loads(cursor or "")["changed"] == "2024-05-04 14:49:00"


def test_incremental_pull_brings_new_and_changed_orders_only(sims: Sims) -> None:
    adapter = make_adapter(sims, page_size=5)
    _, cursor = pull(adapter)
    new_id = sims.magento.add_order(customer=2, kind="multi")
    sims.magento.touch_order(110, status="canceled")  # cancelled in the Magento admin
    sims.magento.touch_order(103, status="holded")
    records, next_cursor = pull(adapter, cursor)
    assert str(new_id) in records and records[str(new_id)].status == OrderStatus.PENDING
    assert records["110"].status == OrderStatus.CANCELLED
    assert records["103"].status == OrderStatus.PENDING and records["103"].channel_status == "holded"
    assert len(records) <= 6  # the three, plus orders in the cursor's own second (read again on purpose)
    again, _ = pull(adapter, next_cursor)
    assert set(again) <= {str(new_id), "110", "103"}


# ---- push: every kind, checked on the requests and on the state ---------------------------------------------------


def test_acknowledge_sets_processing(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    adapter.push(event(EventKind.ACKNOWLEDGE, order, {"status": "processing", "previous": "pending"}))
    sent = sims.magento.requests_to("POST", rf"/orders/{PENDING}/comments$")[0].json
    assert sent["statusHistory"]["status"] == "processing"
    assert sims.magento.order(PENDING)["status"] == "processing"
    assert record_of(adapter, PENDING).status == OrderStatus.PROCESSING


def test_status_back_to_pending(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PROCESSING)
    adapter.push(event(EventKind.STATUS, order, {"status": "pending", "previous": "processing"}))
    assert sims.magento.order(PROCESSING)["status"] == "pending"


def test_cancel_cancels_and_keeps_the_reason(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    adapter.push(event(EventKind.CANCEL, order, {"status": "cancelled", "reason": "out of stock"}))
    state = sims.magento.order(PENDING)
    assert (state["state"], state["status"]) == ("canceled", "canceled")
    assert state["status_histories"][0]["comment"] == "Cancelled in OrderDesk: out of stock"
    assert record_of(adapter, PENDING).status == OrderStatus.CANCELLED


def test_cancel_of_a_shipped_order_is_refused_in_plain_words(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, COMPLETE)
    with pytest.raises(PermanentError, match="would not cancel order 000000004: it is 'complete'"):
        adapter.push(event(EventKind.CANCEL, order, {"reason": "late"}))


def test_dispatch_creates_a_shipment_with_the_consignment(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    result = adapter.push(event(EventKind.DISPATCH, order, dispatch_payload(order)))
    sent = sims.magento.requests_to("POST", rf"/order/{PENDING}/ship$")[0].json
    assert sent["tracks"] == [{"track_number": "JD014600001234", "title": "Blue Dart", "carrier_code": "custom"}]
    [shipment] = sims.magento.shipments_of(PENDING)
    assert shipment["tracks"][0]["track_number"] == "JD014600001234"
    assert f"shipment {shipment['entity_id']}" in result.message
    # Shipped but not invoiced: Magento keeps it processing, we read it as dispatched.
    assert sims.magento.order(PENDING)["state"] == "processing"
    assert record_of(adapter, PENDING).status == OrderStatus.DISPATCHED


def test_invoice_then_dispatch_completes_the_order(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    adapter.push(event(EventKind.INVOICE, order, {}))
    [invoice] = sims.magento.invoices_of(PENDING)
    assert invoice["grand_total"] == sims.magento.order(PENDING)["grand_total"]
    assert record_of(adapter, PENDING).payment_status == PaymentStatus.PAID
    adapter.push(event(EventKind.DISPATCH, order, dispatch_payload(order)))
    assert sims.magento.order(PENDING)["state"] == "complete"


def test_dispatch_of_a_canceled_order_keeps_magentos_message(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, CANCELED)
    with pytest.raises(PermanentError, match="Shipment Document Validation Error"):
        adapter.push(event(EventKind.DISPATCH, order, dispatch_payload(order)))


def test_stock_update_sets_the_stock_item(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    adapter.push(event(EventKind.STOCK, order, {"sku": "24-MB01", "qty": 7}))
    assert sims.magento.stock["24-MB01"]["qty"] == 7
    assert adapter.already_applied(event(EventKind.STOCK, order, {"sku": "24-MB01", "qty": 7})) is not None


def test_stock_of_an_unknown_sku_is_refused_with_magentos_words_by_put_and_get(sims: Sims) -> None:
    adapter = make_adapter(sims)
    stock_event = OutboundEvent(
        event_id=0,
        kind=EventKind.STOCK,
        order=OrderRecord(external_id="", reference="", lines=()),
        payload={"sku": "GONE-1", "qty": 3, "item_id": "4"},  # an item id remembered from before
    )
    with pytest.raises(PermanentError, match='The Product with the "GONE-1" SKU doesn\'t exist.') as put:
        adapter.push(stock_event)
    assert put.value.http_status == 404
    assert [r.method for r in sims.magento.requests if "GONE-1" in r.path] == ["PUT"]
    with pytest.raises(PermanentError, match="GONE-1"):
        adapter.already_applied(stock_event)
    known = adapter.push(dataclasses.replace(stock_event, payload={"sku": "24-MB01", "qty": 5}))
    assert known.channel_ids == {"stock_item": str(sims.magento.stock["24-MB01"]["item_id"])}


def test_return_creates_one_increff_item_per_unit(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, COMPLETE)
    payload = return_payload(order)
    adapter.push(event(EventKind.RETURN, order, payload))
    stored = sims.increff.returns["R-1"]
    assert stored["forwardOrderCode"] == str(COMPLETE) and stored["locationCode"] == "WH-BLR-01"
    assert len(stored["orderItems"]) == order.lines[0].quantity == 2
    assert stored["returnOrderTime"] == "2024-05-06T09:15:00.000+00:00"
    assert adapter.already_applied(event(EventKind.RETURN, order, payload)) is not None
    # Sent again (a retry after a lost answer): Increff refuses the code, which means it is there already.
    assert "already has return order R-1" in adapter.push(event(EventKind.RETURN, order, payload)).message
    assert len(sims.increff.returns) == 1


def test_returning_more_units_than_ordered_keeps_increffs_words(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, COMPLETE)
    payload = return_payload(order)
    payload["items"] = payload["items"] * 2
    payload["items"] = [{**item, "item_code": f"X-{n}"} for n, item in enumerate(payload["items"])]
    with pytest.raises(PermanentError, match="Return quantity exceeds forward order quantity"):
        adapter.push(event(EventKind.RETURN, order, payload))


def test_attributes_fill_increff_slots_for_the_order_and_a_line(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    adapter.push(
        event(
            EventKind.ATTRIBUTES,
            order,
            {
                "order": {"coupon code": "DIWALI20", "due date": "2024-06-01"},
                "lines": [],
                "changed": {"due date": "2024-06-01"},
            },
        )
    )
    line = order.lines[1]
    adapter.push(
        event(
            EventKind.ATTRIBUTES,
            order,
            {
                "order": {"coupon code": "DIWALI20"},
                "lines": [
                    {"line_id": 2, "external_id": line.external_id, "sku": line.sku, "attributes": {"MPS_AIR": "yes"}}
                ],
                "changed": {"MPS_AIR": "yes"},
            },
        )
    )
    state = sims.increff.attributes[str(PENDING)]
    assert state["order"] == {"attribute2": "DIWALI20", "attribute6": "2024-06-01"}
    assert state["items"] == {line.external_id: {"attribute5": "yes"}}


# ---- lost answers and faults ----------------------------------------------------------------------------------


def test_a_lost_ship_answer_is_found_by_reading_back_and_nothing_ships_twice(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    sims.magento.faults.only_paths = r"/ship$"
    sims.magento.faults.drop_after_next = 1
    dispatch = event(EventKind.DISPATCH, order, dispatch_payload(order))
    with pytest.raises(TransientError) as caught:
        adapter.push(dispatch)
    assert caught.value.outcome_unknown is True
    result = adapter.already_applied(dispatch)
    assert result is not None and "already has shipment" in result.message
    assert len(sims.magento.shipments_of(PENDING)) == 1
    # Had the engine sent it again anyway, Magento's refusal is read back as the same shipment.
    assert "already has shipment" in adapter.push(dispatch).message
    assert len(sims.magento.shipments_of(PENDING)) == 1


def test_a_lost_invoice_answer_is_found_by_reading_back(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    sims.magento.faults.only_paths = r"/invoice$"
    sims.magento.faults.drop_after_next = 1
    invoice = event(EventKind.INVOICE, order, {})
    with pytest.raises(TransientError):
        adapter.push(invoice)
    assert adapter.already_applied(invoice) is not None
    assert len(sims.magento.invoices_of(PENDING)) == 1


def test_a_lost_return_answer_is_retried_safely_and_created_once(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, COMPLETE)
    sims.increff.faults.drop_after_next = 1
    result = adapter.push(event(EventKind.RETURN, order, return_payload(order)))
    assert "already has return order R-1" in result.message
    assert len(sims.increff.requests_to("POST", "/return/return-orders")) == 2
    assert list(sims.increff.returns) == ["R-1"]


def test_a_comment_dropped_before_magento_read_it_is_not_applied(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    sims.magento.faults.only_paths = r"/comments$"
    sims.magento.faults.drop_before_next = 1
    ack = event(EventKind.ACKNOWLEDGE, order, {"status": "processing", "previous": "pending"})
    with pytest.raises(TransientError):
        adapter.push(ack)
    assert adapter.already_applied(ack) is None
    adapter.push(ack)
    assert adapter.already_applied(ack) is not None


def test_dropped_reads_are_retried(sims: Sims) -> None:
    sims.magento.faults.only_paths = r"/orders$"
    sims.magento.faults.drop_before_next = 2
    records, _ = pull(make_adapter(sims))
    assert len(records) == 18


def test_a_share_of_server_errors_still_ends_in_a_full_pull(sims: Sims) -> None:
    logs: list[CallRecord] = []
    sims.magento.faults.error_rate = 0.3
    records, _ = pull(make_adapter(sims, logs, retries=8, page_size=5))
    assert len(records) == 18
    assert any(entry.http_status == 500 and entry.outcome == "retry" for entry in logs)


def test_throttling_is_waited_out(sims: Sims) -> None:
    sims.magento.faults.throttle_next = 2
    sims.magento.faults.retry_after_s = 0
    logs: list[CallRecord] = []
    records, _ = pull(make_adapter(sims, logs))
    assert len(records) == 18
    assert [e.http_status for e in logs].count(429) == 2


def test_throttled_writes_are_rate_limited(sims: Sims) -> None:
    adapter = make_adapter(sims)
    order = record_of(adapter, PENDING)
    sims.magento.faults.only_paths = r"/ship$"
    sims.magento.faults.throttle_next = 1
    sims.magento.faults.retry_after_s = 9
    with pytest.raises(RateLimited) as caught:
        adapter.push(event(EventKind.DISPATCH, order, dispatch_payload(order)))
    assert caught.value.retry_after == 9
    assert sims.magento.shipments_of(PENDING) == []


def test_latency_is_tolerated_and_a_hang_is_an_unknown_outcome(sims: Sims) -> None:
    adapter = make_adapter(sims, read_timeout=0.4)
    order = record_of(adapter, PENDING)
    sims.magento.faults.latency_s = 0.05
    assert "18 orders" in adapter.test_connection()
    sims.magento.faults.latency_s = 0
    sims.magento.faults.only_paths = r"/ship$"
    sims.magento.faults.hang_after_next = 1
    sims.magento.faults.hang_s = 0.8
    dispatch = event(EventKind.DISPATCH, order, dispatch_payload(order))
    with pytest.raises(TransientError) as caught:
        adapter.push(dispatch)
    assert caught.value.outcome_unknown is True
    assert adapter.already_applied(dispatch) is not None
    time.sleep(0.5)  # let the hung answer finish, so no server thread outlives the test


def test_expired_tokens_are_renewed_along_the_way(sims: Sims) -> None:
    sims.magento.faults.token_ttl_calls = 3
    adapter = make_adapter(sims, page_size=5)
    records, _ = pull(adapter)
    assert len(records) == 18
    assert len(sims.magento.requests_to("POST", "/integration/admin/token")) > 2
    adapter.push(event(EventKind.ACKNOWLEDGE, records[str(PENDING)], {"status": "processing"}))
    assert sims.magento.order(PENDING)["status"] == "processing"


def test_a_body_that_is_not_json_is_malformed_then_the_next_call_works(sims: Sims) -> None:
    adapter = make_adapter(sims)
    adapter.test_connection()
    sims.magento.faults.malformed_next = 1
    with pytest.raises(MalformedResponse):
        adapter.test_connection()
    assert "18 orders" in adapter.test_connection()


def test_increff_server_errors_are_retried(sims: Sims) -> None:
    adapter = make_adapter(sims, retries=6)
    order = record_of(adapter, COMPLETE)
    sims.increff.faults.error_rate = 0.5
    adapter.push(event(EventKind.RETURN, order, return_payload(order)))
    assert list(sims.increff.returns) == ["R-1"]


def test_wrong_increff_credentials_are_an_auth_error(sims: Sims) -> None:
    adapter = make_adapter(sims, increff_password="wrong")
    order = record_of(adapter, COMPLETE)
    with pytest.raises(AuthError, match="Invalid credentials"):
        adapter.push(event(EventKind.RETURN, order, return_payload(order)))


def test_no_secret_reaches_the_log_against_the_simulators(sims: Sims) -> None:
    logs: list[CallRecord] = []
    sims.magento.faults.token_ttl_calls = 2
    adapter = make_adapter(sims, logs)
    records, _ = pull(adapter)
    adapter.push(event(EventKind.RETURN, records[str(COMPLETE)], return_payload(records[str(COMPLETE)])))
    secrets = [s for s in adapter._secrets if s]  # the passwords and every token the adapter was given
    assert len(secrets) >= 4  # two passwords and at least two tokens
    for entry in logs:
        text = " ".join([entry.url, entry.message, entry.request_excerpt, entry.response_excerpt])
        assert not any(secret in text for secret in secrets), entry


# ---- the simulator's own Magento quirks ----------------------------------------------------------------------------


def test_the_simulator_pages_as_magento_does(sims: Sims) -> None:
    base = f"{sims.magento.url}/rest/default/V1"
    with requests.Session() as http:
        token = http.post(
            f"{sims.magento.url}/rest/V1/integration/admin/token",
            json={"username": "orderdesk.admin", "password": "magento-demo-pass-2"},
        ).json()
        auth = {"Authorization": f"Bearer {token}"}
        everything = http.get(f"{base}/orders", headers=auth).json()
        assert len(everything["items"]) == everything["total_count"] == 18  # no pageSize: all at once
        last = http.get(f"{base}/orders?searchCriteria[pageSize]=5&searchCriteria[currentPage]=4", headers=auth).json()
        past = http.get(f"{base}/orders?searchCriteria[pageSize]=5&searchCriteria[currentPage]=9", headers=auth).json()
        assert past["items"] == last["items"] and len(past["items"]) == 3 and past["total_count"] == 18
        group = "searchCriteria[filter_groups]"
        either = http.get(
            f"{base}/orders?{group}[0][filters][0][field]=status&{group}[0][filters][0][value]=holded"
            f"&{group}[0][filters][1][field]=status&{group}[0][filters][1][value]=closed"
            f"&{group}[1][filters][0][field]=order_currency_code&{group}[1][filters][0][value]=USD",
            headers=auth,
        ).json()
        assert [o["status"] for o in either["items"]] == ["holded"]  # (holded OR closed) AND USD
        refused = http.get(f"{base}/orders", headers={"Authorization": "Bearer nope"})
        assert refused.status_code == 401 and refused.json()["parameters"] == {
            "resources": "Magento_Sales::actions_view"
        }
        assert http.get(f"{sims.magento.url}/rest/nostore/V1/orders", headers=auth).status_code == 404
