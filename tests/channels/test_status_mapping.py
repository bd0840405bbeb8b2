"""The admin's status mapping in every adapter (responses): a pulled word the admin mapped wins over the built-in
table, the mapped word is what goes out where a channel takes a status word, and no mapping changes nothing."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses

from orderdesk.channels.affiliate import AffiliateAdapter
from orderdesk.channels.base import ChannelConfig, Page
from orderdesk.channels.cloudsuite import CloudSuiteAdapter
from orderdesk.channels.errors import PermanentError, UnsupportedAction
from orderdesk.channels.http import HttpSettings
from orderdesk.channels.magento import MagentoAdapter
from orderdesk.channels.otplatform import OTPlatformAdapter
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import LineRecord, OrderRecord
from orderdesk.core.statuses import OrderStatus

S = OrderStatus
SETTINGS = HttpSettings(backoff_base=0, max_retries=1)


def no_sleep(seconds: float) -> None:
    return None


def records(pages: list[Page]) -> list[OrderRecord]:
    assert all(not page.rejected for page in pages), [page.rejected for page in pages]
    return [record for page in pages for record in page.records]


def event(kind: EventKind, payload: dict[str, Any], channel_data: dict[str, Any]) -> OutboundEvent:
    order = OrderRecord(
        external_id=str(next(iter(channel_data.values()))),
        reference="R-1",
        lines=(LineRecord("SKU-1", "Mug", 1, Decimal("9.50"), external_id="11"),),
        channel_data=channel_data,
    )
    return OutboundEvent(event_id=1, kind=kind, order=order, payload=payload, idempotency_key="evt-1")


# ---- affiliate: inbound and outbound -------------------------------------------------------------------
AFF = "https://affiliate.example.com"


def affiliate(status_map: str | None = None) -> AffiliateAdapter:
    options = {"status_map": status_map} if status_map is not None else {}
    config = ChannelConfig(name="Aff", kind="affiliate", base_url=AFF, options=options, secrets={"token": "t0k"})
    return AffiliateAdapter(config, http_settings=SETTINGS, sleep=no_sleep)


def affiliate_order(status: str, order_id: int = 5001) -> dict[str, Any]:
    return {
        "id": order_id,
        "order_number": f"AFF-{order_id}",
        "status": status,
        "items": [{"id": 11, "sku": "SKU-1", "name": "Mug", "quantity": 1, "unit_price": "9.50"}],
        "total": "9.50",
        "updated_at": "2024-03-01T10:00:00Z",
    }


def affiliate_listing(*orders: dict[str, Any]) -> dict[str, Any]:
    return {"data": list(orders), "meta": {"page": 1, "pages": 1, "total": len(orders)}}


@responses.activate
def test_affiliate_pull_reads_an_admin_word_as_the_admin_status_and_keeps_the_word() -> None:
    responses.get(
        f"{AFF}/api/orders",
        json=affiliate_listing(affiliate_order("Picking", 1), affiliate_order("shipped", 2)),
    )

    pulled = records(list(affiliate("processing=in_progress|picking, dispatched=shipped").fetch_orders(None)))

    assert [(r.status, r.channel_status) for r in pulled] == [(S.PROCESSING, "Picking"), (S.DISPATCHED, "shipped")]


@responses.activate
def test_affiliate_admin_mapping_wins_over_the_built_in_words() -> None:
    # "processing" is the built-in word for processing; this admin says the channel means packed by it.
    responses.get(
        f"{AFF}/api/orders", json=affiliate_listing(affiliate_order("processing", 1), affiliate_order("pending", 2))
    )

    pulled = records(list(affiliate("packed=processing").fetch_orders(None)))

    assert [(r.status, r.channel_status) for r in pulled] == [(S.PACKED, "processing"), (S.PENDING, "pending")]


@responses.activate
def test_affiliate_without_a_mapping_reads_only_its_own_words() -> None:
    responses.get(
        f"{AFF}/api/orders", json=affiliate_listing(affiliate_order("processing", 1), affiliate_order("picking", 2))
    )

    pages = list(affiliate().fetch_orders(None))

    assert [(r.status, r.channel_status) for r in pages[0].records] == [(S.PROCESSING, "processing")]
    assert pages[0].rejected == [("2", "unknown status 'picking'")]


def put_status_bodies() -> list[dict[str, Any]]:
    return [json.loads(call.request.body or b"{}") for call in responses.calls if call.request.method == "PUT"]


@responses.activate
def test_affiliate_push_sends_the_admin_word_for_status_dispatch_and_cancel() -> None:
    responses.put(f"{AFF}/api/orders/5001/status", json={"data": affiliate_order("whatever")})
    adapter = affiliate("processing=in_progress|picking, dispatched=shipped, cancelled=void")
    data = {"id": 5001}

    ack = adapter.push(event(EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"}, data))
    adapter.push(event(EventKind.STATUS, {"status": "packed", "previous": "processing"}, data))
    adapter.push(
        event(
            EventKind.DISPATCH,
            {"status": "dispatched", "previous": "packed", "consignment_number": "JD01", "carrier": "DHL"},
            data,
        )
    )
    adapter.push(event(EventKind.CANCEL, {"status": "cancelled", "previous": "processing", "reason": "dup"}, data))

    assert put_status_bodies() == [
        {"status": "in_progress"},
        {"status": "packed"},  # not mapped: our own word, as before
        {"status": "shipped", "consignment_number": "JD01", "courier": "DHL"},
        {"status": "void", "reason": "dup"},
    ]
    assert ack.message == "Order R-1 set to processing on the affiliate order system."


@responses.activate
def test_affiliate_push_without_a_mapping_sends_our_words() -> None:
    responses.put(f"{AFF}/api/orders/5001/status", json={"data": affiliate_order("processing")})
    adapter = affiliate()

    adapter.push(event(EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"}, {"id": 5001}))
    adapter.push(
        event(
            EventKind.DISPATCH, {"status": "dispatched", "consignment_number": "JD01", "carrier": "DHL"}, {"id": 5001}
        )
    )

    assert put_status_bodies() == [
        {"status": "processing"},
        {"status": "dispatched", "consignment_number": "JD01", "courier": "DHL"},
    ]


@responses.activate
def test_affiliate_read_back_understands_the_admin_word() -> None:
    shipped = {**affiliate_order("Shipped"), "consignment_number": "JD01"}
    responses.get(f"{AFF}/api/orders/5001", json={"data": shipped})
    adapter = affiliate("processing=in_progress, dispatched=shipped")
    data = {"id": 5001}

    dispatch = event(EventKind.DISPATCH, {"status": "dispatched", "consignment_number": "JD01"}, data)
    status = event(EventKind.STATUS, {"status": "dispatched"}, data)
    processing = event(EventKind.STATUS, {"status": "processing"}, data)

    assert adapter.already_applied(dispatch) is not None
    assert adapter.already_applied(status) is not None
    assert adapter.already_applied(processing) is None


def test_an_unreadable_mapping_stops_the_adapter_in_the_parsers_words() -> None:
    with pytest.raises(PermanentError) as caught:
        affiliate("shipped=dispatched")

    assert caught.value.message.startswith("Aff: Status mapping: 'shipped' (in 'shipped=dispatched') is not an")
    assert caught.value.message.endswith("Fix it in the channel settings.")


# ---- Magento: inbound and the status comment -----------------------------------------------------------
M2 = "https://m2.example.com"
M2_REST = f"{M2}/rest/default/V1"


def magento(status_map: str | None = None) -> MagentoAdapter:
    options: dict[str, Any] = {"store_code": "default"}
    if status_map is not None:
        options["status_map"] = status_map
    config = ChannelConfig(
        name="M2", kind="magento", base_url=M2, username="admin", options=options, secrets={"password": "pw"}
    )
    return MagentoAdapter(config, http_settings=SETTINGS, sleep=no_sleep)


def magento_order(status: str, state: str, *, shipped: int = 0) -> dict[str, Any]:
    return {
        "entity_id": 101,
        "increment_id": "000000001",
        "state": state,
        "status": status,
        "created_at": "2024-05-01 08:00:00",
        "updated_at": "2024-05-01 09:00:00",
        "order_currency_code": "EUR",
        "grand_total": 9.5,
        "total_paid": 9.5,
        "items": [
            {"item_id": 11, "sku": "SKU-1", "name": "Mug", "qty_ordered": 1, "qty_shipped": shipped, "price": 9.5}
        ],
    }


def magento_pull(adapter: MagentoAdapter, order: dict[str, Any]) -> list[OrderRecord]:
    responses.post(f"{M2}/rest/V1/integration/admin/token", json="m2-token")
    # The same order answers all three searches; the adapter hands it over once.
    responses.get(f"{M2_REST}/orders", json={"items": [order], "total_count": 1})
    return records(list(adapter.fetch_orders(None)))


@responses.activate
def test_magento_pull_reads_a_custom_status_the_admin_mapped() -> None:
    pulled = magento_pull(magento("packed=packing_station"), magento_order("packing_station", "processing"))

    assert [(r.status, r.channel_status) for r in pulled] == [(S.PACKED, "packing_station")]


@responses.activate
def test_magento_pull_without_a_mapping_falls_back_to_the_state() -> None:
    pulled = magento_pull(magento(), magento_order("packing_station", "processing"))

    assert [(r.status, r.channel_status) for r in pulled] == [(S.PROCESSING, "packing_station")]


@responses.activate
def test_magento_mapped_processing_still_reads_dispatched_once_everything_shipped() -> None:
    pulled = magento_pull(magento("processing=in_fulfilment"), magento_order("in_fulfilment", "processing", shipped=1))

    assert [r.status for r in pulled] == [S.DISPATCHED]


def magento_comments() -> list[dict[str, Any]]:
    return [
        json.loads(call.request.body or b"{}")["statusHistory"]
        for call in responses.calls
        if call.request.method == "POST" and str(call.request.url).endswith("/comments")
    ]


def magento_status_push(adapter: MagentoAdapter, kind: EventKind, status: str) -> str:
    responses.post(f"{M2}/rest/V1/integration/admin/token", json="m2-token")
    responses.get(f"{M2_REST}/orders/101/statuses", json="pending")
    responses.post(f"{M2_REST}/orders/101/comments", json=True)
    return adapter.push(event(kind, {"status": status, "previous": "pending"}, {"entity_id": 101})).message


@responses.activate
def test_magento_comment_carries_the_admin_word_for_our_status() -> None:
    adapter = magento("processing=accepted, packed=packing_station")

    magento_status_push(adapter, EventKind.ACKNOWLEDGE, "processing")
    message = magento_status_push(adapter, EventKind.STATUS, "packed")

    assert [comment["status"] for comment in magento_comments()] == ["accepted", "packing_station"]
    assert message == "Magento order R-1 is now 'packing_station'."


@responses.activate
def test_magento_comment_without_a_mapping_uses_magentos_default_and_packed_stays_local() -> None:
    adapter = magento()

    magento_status_push(adapter, EventKind.ACKNOWLEDGE, "processing")
    with pytest.raises(UnsupportedAction):
        magento_status_push(adapter, EventKind.STATUS, "packed")

    assert [comment["status"] for comment in magento_comments()] == ["processing"]


# ---- CloudSuite: inbound only ----------------------------------------------------------------------------
CS = "https://shop.example.com"
CS_TOKEN = "https://auth.example.com/oauth2/token/"
CURSOR = "2024-10-23T06:00:00"


def cloudsuite(status_map: str | None = None) -> CloudSuiteAdapter:
    options = {"token_url": CS_TOKEN}
    if status_map is not None:
        options["status_map"] = status_map
    config = ChannelConfig(
        name="CS", kind="cloudsuite", base_url=CS, username="client", options=options, secrets={"client_secret": "s"}
    )
    return CloudSuiteAdapter(config, http_settings=SETTINGS, sleep=no_sleep)


def cloudsuite_order(order_id: int, state: str, shipment_state: str = "none") -> dict[str, Any]:
    return {
        "id": order_id,
        "reference": f"CS{order_id}",
        "state": state,
        "shipment_state": shipment_state,
        "payment_status": "paid",
        "currency": "EUR",
        "create_date": "2024-10-23T06:00:00",
        "modified_date": "2024-10-24T06:00:00",
        "order_lines": [
            {"id": 11, "product": {"key": "SKU-1"}, "type": "line", "quantity": "1.000", "unit_price": "9.50"}
        ],
    }


def cloudsuite_pull(adapter: CloudSuiteAdapter, *changed: dict[str, Any]) -> list[OrderRecord]:
    responses.post(CS_TOKEN, json={"access_token": "cs-token", "token_type": "Bearer", "expires_in": 3600})

    def answer(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        query = parse_qs(urlsplit(str(request.url)).query)
        results = [] if "state" in query else list(changed)  # the changes query carries the custom states
        return 200, {}, json.dumps({"count": len(results), "next": None, "previous": None, "results": results})

    responses.add_callback(responses.GET, f"{CS}/api/order/", callback=answer)
    return records(list(adapter.fetch_orders(CURSOR)))


@responses.activate
def test_cloudsuite_pull_reads_a_state_the_admin_mapped_ahead_of_the_built_in_table() -> None:
    pulled = cloudsuite_pull(
        cloudsuite("processing=backorder, dispatched=done"),
        cloudsuite_order(1, "backorder"),
        cloudsuite_order(2, "done"),  # built in: delivered; this admin says done means dispatched
        cloudsuite_order(3, "backorder", shipment_state="sent"),  # a sent shipment still moves it on
    )

    assert [(r.status, r.channel_status) for r in pulled] == [
        (S.PROCESSING, "backorder"),
        (S.DISPATCHED, "done"),
        (S.DISPATCHED, "backorder"),
    ]


@responses.activate
def test_cloudsuite_pull_without_a_mapping_keeps_the_built_in_table() -> None:
    pulled = cloudsuite_pull(cloudsuite(), cloudsuite_order(1, "backorder"), cloudsuite_order(2, "done"))

    assert [(r.status, r.channel_status) for r in pulled] == [(S.PENDING, "backorder"), (S.DELIVERED, "done")]


# ---- OT Platform: inbound only -----------------------------------------------------------------------------
OT = "https://ot.example.com"


def otplatform(status_map: str | None = None) -> OTPlatformAdapter:
    options = {"instance_key": "key"}
    if status_map is not None:
        options["status_map"] = status_map
    config = ChannelConfig(
        name="OT", kind="otplatform", base_url=OT, username="op", options=options, secrets={"password": "pw"}
    )
    return OTPlatformAdapter(config, http_settings=SETTINGS, sleep=no_sleep)


def ot_info(sales_id: str, status_id: int, name: str, cancelled: bool = False) -> dict[str, Any]:
    return {
        "Id": sales_id,
        "StatusId": status_id,
        "StatusName": name,
        "IsPaid": True,
        "IsCancelled": cancelled,
        "CurrencyCode": "EUR",
        "TotalAmount": "9.50",
        "UpdatedDateTime": "2026-11-12T10:00:00",
    }


def ot_pull(adapter: OTPlatformAdapter, *infos: dict[str, Any]) -> list[OrderRecord]:
    by_id = {info["Id"]: info for info in infos}

    def answer(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        parts = urlsplit(str(request.url))
        method = parts.path.rsplit("/", 1)[-1]
        params = {key: values[0] for key, values in parse_qs(parts.query).items()}
        body: dict[str, Any] = {"ErrorCode": "Ok", "ErrorDescription": ""}
        if method == "AuthenticateInstanceOperator":
            body["SessionId"] = {"Value": "op-session"}
        elif method == "SearchOrders":
            body["Result"] = {"Content": list(infos), "TotalCount": len(infos)}
        else:  # GetSalesOrderDetailsForOperator
            line = {"Id": "11", "ItemId": "SKU-1", "Qty": 1, "PriceCust": "9.50"}
            body["Result"] = {"SalesOrderInfo": by_id[params["salesId"]], "SalesLinesList": [line]}
        return 200, {}, json.dumps(body)

    responses.add_callback(responses.GET, re.compile(rf"{OT}/service-json/\w+"), callback=answer)
    return records(list(adapter.fetch_orders(None)))


OT_ORDERS = (
    ot_info("ORD-1", 33, "Awaiting stock"),  # an id and name OT's table does not know
    ot_info("ORD-2", 30, "In processing"),  # built in: processing
    ot_info("ORD-3", 30, "In processing", cancelled=True),
)


@responses.activate
def test_ot_pull_reads_a_status_name_the_admin_mapped_ahead_of_the_id_table() -> None:
    pulled = ot_pull(otplatform("processing=awaiting stock, packed=In Processing"), *OT_ORDERS)

    assert [(r.status, r.channel_status) for r in pulled] == [
        (S.PROCESSING, "Awaiting stock"),
        (S.PACKED, "In processing"),
        (S.CANCELLED, "In processing"),  # OT's cancelled flag still wins
    ]


@responses.activate
def test_ot_pull_without_a_mapping_keeps_the_id_table() -> None:
    pulled = ot_pull(otplatform(), *OT_ORDERS)

    assert [r.status for r in pulled] == [S.PENDING, S.PROCESSING, S.CANCELLED]


@responses.activate
def test_ot_mapping_may_name_a_status_id() -> None:
    pulled = ot_pull(otplatform("packed=33"), ot_info("ORD-1", 33, ""))

    assert [(r.status, r.channel_status) for r in pulled] == [(S.PACKED, "33")]
