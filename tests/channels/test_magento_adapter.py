"""The Magento adapter against recorded Magento answers (responses): every endpoint, every failure kind."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
import responses
from responses import matchers

from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.errors import (
    AuthError,
    MalformedResponse,
    PermanentError,
    RateLimited,
    TransientError,
    UnsupportedAction,
)
from orderdesk.channels.http import CallRecord, HttpSettings
from orderdesk.channels.magento import MagentoAdapter, fill_placeholders, magento_error_reader
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import LineRecord, OrderRecord
from orderdesk.core.statuses import OrderStatus, PaymentStatus

BASE = "https://shop.example.com"
REST = f"{BASE}/rest/default/V1"
TOKEN_URL = f"{BASE}/rest/V1/integration/admin/token"
INCREFF = "https://omni.example.com"
PASSWORD = "Adm1n-Pa55word-Magento"
INCREFF_PASSWORD = "Incr3ff-Secret-Value"
TOKEN = "k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8"
TOKEN2 = "z9x8c7v6b5n4m3l2k1j0h9g8f7d6s5a4"
EXPIRED = {
    "message": "The consumer isn't authorized to access %resources.",
    "parameters": {"resources": "Magento_Sales::actions_view"},
}


def make_config(store_code: str = "default", increff: bool = False) -> ChannelConfig:
    options: dict[str, Any] = {"store_code": store_code}
    secrets = {"password": PASSWORD}
    if increff:
        options.update(
            increff_url=INCREFF,
            increff_username="od-user",
            increff_domain="brand",
            location_code="WH-01",
            attribute_map="coupon code=attribute1",
        )
        secrets["increff_password"] = INCREFF_PASSWORD
    return ChannelConfig(
        name="shop", kind="magento", base_url=BASE, username="orderdesk", options=options, secrets=secrets
    )


@pytest.fixture
def logs() -> list[CallRecord]:
    return []


def make_adapter(logs: list[CallRecord], **kwargs: Any) -> MagentoAdapter:
    return MagentoAdapter(
        make_config(**kwargs),
        http_settings=HttpSettings(backoff_base=0, max_retries=2),
        logger=logs.append,
        sleep=lambda s: None,
    )


def add_token(token: str = TOKEN) -> None:
    responses.add(
        responses.POST,
        TOKEN_URL,
        json=token,
        match=[matchers.json_params_matcher({"username": "orderdesk", "password": PASSWORD})],
    )


def magento_order(entity_id: int = 101, **overrides: Any) -> dict[str, Any]:
    address = {
        "address_type": "shipping",
        "firstname": "Zoë",
        "lastname": "Åkerlund",
        "street": ["Drottninggatan 12", "3 tr"],
        "city": "Stockholm",
        "postcode": "111 51",
        "region": "Stockholm",
        "country_id": "SE",
        "telephone": "+46 8 123 456",
        "email": "zoe@example.se",
    }
    order: dict[str, Any] = {
        "entity_id": entity_id,
        "increment_id": f"{entity_id - 100:09d}",
        "state": "new",
        "status": "pending",
        "created_at": "2024-05-01 08:00:00",
        "updated_at": "2024-05-01 08:00:00",
        "customer_email": "zoe@example.se",
        "customer_firstname": "Zoë",
        "customer_lastname": "Åkerlund",
        "order_currency_code": "EUR",
        "grand_total": 70.95,
        "shipping_amount": 4.95,
        "billing_address": {**address, "address_type": "billing"},
        "payment": {"method": "checkmo"},
        "items": [
            {
                "item_id": 5001,
                "sku": "24-MB01",
                "name": "Joust Duffle Bag",
                "qty_ordered": 1,
                "qty_shipped": 0,
                "qty_canceled": 0,
                "price": 52,
                "row_total": 52,
                "product_type": "simple",
            },
            {
                "item_id": 5002,
                "sku": "24-UG06",
                "name": "Affirm Water Bottle",
                "qty_ordered": 2,
                "qty_shipped": 0,
                "qty_canceled": 0,
                "price": 7,
                "row_total": 14,
                "product_type": "simple",
            },
        ],
        "extension_attributes": {"shipping_assignments": [{"shipping": {"address": address}}]},
        "some_future_field": {"ignored": True},
    }
    order.update(overrides)
    return order


def page(items: list[dict[str, Any]], total: int | None = None) -> dict[str, Any]:
    return {"items": items, "search_criteria": {}, "total_count": len(items) if total is None else total}


def query(call: Any) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(call.request.url).query))


def record(entity_id: int = 101, **channel_data: Any) -> OrderRecord:
    return OrderRecord(
        external_id=str(entity_id),
        reference=f"{entity_id - 100:09d}",
        lines=(
            LineRecord(sku="24-MB01", name="Joust Duffle Bag", quantity=1, unit_price=Decimal(52), external_id="5001"),
            LineRecord(
                sku="24-UG06", name="Affirm Water Bottle", quantity=2, unit_price=Decimal(7), external_id="5002"
            ),
        ),
        channel_data={"entity_id": entity_id, **channel_data},
    )


def event(kind: EventKind, payload: dict[str, Any] | None = None, order: OrderRecord | None = None) -> OutboundEvent:
    return OutboundEvent(event_id=1, kind=kind, order=order or record(), payload=payload or {}, idempotency_key="k-1")


def dispatch_payload(carrier: str = "DHL") -> dict[str, Any]:
    return {
        "status": "dispatched",
        "previous": "processing",
        "consignment_number": "JD0146000012345",
        "carrier": carrier,
        "lines": [
            {"line_id": 1, "external_id": "5001", "sku": "24-MB01", "quantity": 1},
            {"line_id": 2, "external_id": "5002", "sku": "24-UG06", "quantity": 2},
        ],
    }


# ---- auth and connection ----------------------------------------------------------------------------------


@responses.activate
def test_connection_fetches_a_token_and_counts_the_orders(logs: list[CallRecord]) -> None:
    add_token()
    listing = responses.add(responses.GET, f"{REST}/orders", json=page([magento_order()], total=27))
    message = make_adapter(logs).test_connection()
    assert message == "Connected to Magento store 'default': 27 orders."
    assert listing.calls[0].request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert query(listing.calls[0]) == {"searchCriteria[pageSize]": "1", "searchCriteria[currentPage]": "1"}


@responses.activate
def test_connection_also_reaches_increff_when_it_is_configured(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders", json=page([], total=3))
    probe = responses.add(
        responses.GET,
        f"{INCREFF}/return/return-orders/ORDERDESK-CONNECTION-TEST",
        status=404,
        json={"code": "BAD_DATA", "message": "Return order not found"},
    )
    message = make_adapter(logs, increff=True).test_connection()
    assert message.startswith("Connected to Magento store 'default': 3 orders. Increff Omni answered at")
    assert "coupon code=attribute1" in message
    assert probe.calls[0].request.headers["authUsername"] == "od-user"


@responses.activate
def test_connection_says_magento_is_fine_when_only_increff_refuses(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders", json=page([], total=3))
    responses.add(
        responses.GET,
        f"{INCREFF}/return/return-orders/ORDERDESK-CONNECTION-TEST",
        status=401,
        json={"code": "UNAUTHORIZED", "message": "Invalid credentials"},
    )
    with pytest.raises(AuthError) as caught:
        make_adapter(logs, increff=True).test_connection()
    assert caught.value.message.startswith("Connected to Magento store 'default': 3 orders, but Increff Omni failed:")
    assert "Invalid credentials" in caught.value.message


@responses.activate
def test_wrong_password_is_an_auth_error_in_magentos_words(logs: list[CallRecord]) -> None:
    responses.add(
        responses.POST,
        TOKEN_URL,
        status=401,
        json={
            "message": "The account sign-in was incorrect or your account is disabled temporarily. "
            "Please wait and try again later."
        },
    )
    with pytest.raises(AuthError) as caught:
        make_adapter(logs).test_connection()
    assert "The account sign-in was incorrect" in caught.value.message
    assert len(responses.calls) == 1


@responses.activate
def test_every_call_uses_the_configured_store_code(logs: list[CallRecord]) -> None:
    add_token()
    listing = responses.add(responses.GET, f"{BASE}/rest/in_store/V1/orders", json=page([], total=0))
    assert "store 'in_store': 0 orders" in make_adapter(logs, store_code="in_store").test_connection()
    assert listing.call_count == 1


def test_a_store_code_that_cannot_be_in_a_path_is_refused(logs: list[CallRecord]) -> None:
    with pytest.raises(PermanentError, match="not a Magento store code"):
        make_adapter(logs, store_code="de/../admin")


@responses.activate
def test_expired_token_is_renewed_once_and_the_call_repeated(logs: list[CallRecord]) -> None:
    add_token(TOKEN)
    responses.add(responses.GET, f"{REST}/orders", status=401, json=EXPIRED)
    add_token(TOKEN2)
    listing = responses.add(responses.GET, f"{REST}/orders", json=page([], total=5))
    assert "5 orders" in make_adapter(logs).test_connection()
    assert listing.calls[0].request.headers["Authorization"] == f"Bearer {TOKEN2}"
    assert [c.request.url for c in responses.calls].count(TOKEN_URL) == 2  # the test's own, then the renewal
    assert any(r.outcome == "retry" and "credentials expired" in r.message for r in logs)


@responses.activate
def test_token_still_refused_after_renewal_is_auth_error_with_placeholders_filled(logs: list[CallRecord]) -> None:
    add_token(TOKEN)
    add_token(TOKEN2)
    responses.add(responses.GET, f"{REST}/orders/101/statuses", status=401, json=EXPIRED)
    adapter = make_adapter(logs)
    with pytest.raises(AuthError) as caught:
        adapter.already_applied(event(EventKind.CANCEL))
    assert "The consumer isn't authorized to access Magento_Sales::actions_view." in caught.value.message
    assert "%resources" not in caught.value.message
    assert len(responses.calls) == 4  # token, refused, renewed token, refused again


# ---- error reading --------------------------------------------------------------------------------------


def test_placeholders_are_filled_by_name_and_by_position() -> None:
    assert fill_placeholders("Access to %resources.", {"resources": "Magento_Sales::ship"}) == (
        "Access to Magento_Sales::ship."
    )
    assert fill_placeholders('The "%1" SKU and %2 and %10.', ["A-1", "b", *"cdefghij"]) == 'The "A-1" SKU and b and j.'
    assert fill_placeholders("No %parameters here.", None) == "No %parameters here."
    assert fill_placeholders("Unknown %other stays.", {"name": "x"}) == "Unknown %other stays."


def test_input_exception_shows_each_listed_error() -> None:
    response = requests.Response()
    response.status_code = 400
    response._content = json.dumps(
        {
            "message": "One or more input exceptions have occurred.",
            "errors": [
                {"message": '"%fieldName" is required. Enter and try again.', "parameters": {"fieldName": "qty"}}
            ],
        }
    ).encode()
    assert magento_error_reader(response) == (
        'One or more input exceptions have occurred. "qty" is required. Enter and try again.'
    )


@responses.activate
def test_not_found_is_permanent_with_positional_placeholders_filled(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(
        responses.GET,
        f"{REST}/stockItems/NO-SUCH",
        status=404,
        json={"message": 'The Product with the "%1" SKU doesn\'t exist.', "parameters": ["NO-SUCH"]},
    )
    with pytest.raises(PermanentError) as caught:
        make_adapter(logs).push(event(EventKind.STOCK, {"sku": "NO-SUCH", "qty": 4}))
    assert caught.value.http_status == 404
    assert 'The Product with the "NO-SUCH" SKU doesn\'t exist.' in caught.value.message


@responses.activate
def test_server_error_on_a_read_is_retried_then_succeeds(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(
        responses.GET,
        f"{REST}/orders",
        status=500,
        json={"message": "Internal Error. Details are available in Magento log file."},
    )
    responses.add(responses.GET, f"{REST}/orders", json=page([], total=2))
    assert "2 orders" in make_adapter(logs).test_connection()
    assert [r.outcome for r in logs if r.url.startswith(f"{REST}/orders")] == ["retry", "ok"]


@responses.activate
def test_server_error_on_ship_is_not_repeated_and_the_outcome_is_unknown(logs: list[CallRecord]) -> None:
    add_token()
    ship = responses.add(responses.POST, f"{REST}/order/101/ship", status=503, json={"message": "Service Unavailable"})
    with pytest.raises(TransientError) as caught:
        make_adapter(logs).push(event(EventKind.DISPATCH, dispatch_payload()))
    assert caught.value.outcome_unknown is True
    assert "Service Unavailable" in caught.value.message
    assert ship.call_count == 1


@responses.activate
def test_read_timeouts_end_in_a_transient_error(logs: list[CallRecord]) -> None:
    add_token()
    listing = responses.add(responses.GET, f"{REST}/orders", body=requests.exceptions.ReadTimeout("slow"))
    with pytest.raises(TransientError):
        list(make_adapter(logs).fetch_orders(None))
    assert listing.call_count == 3  # the first try and two retries


@responses.activate
def test_throttled_read_waits_as_told_then_succeeds(logs: list[CallRecord]) -> None:
    waits: list[float] = []
    add_token()
    responses.add(
        responses.GET, f"{REST}/orders", status=429, headers={"Retry-After": "2"}, json={"message": "Too many requests"}
    )
    responses.add(responses.GET, f"{REST}/orders", json=page([], total=1))
    adapter = MagentoAdapter(make_config(), http_settings=HttpSettings(backoff_base=0), sleep=waits.append)
    assert "1 order." in adapter.test_connection()
    assert waits == [2.0]


@responses.activate
def test_throttled_write_is_rate_limited_with_retry_after(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="pending")
    responses.add(
        responses.POST,
        f"{REST}/orders/101/comments",
        status=429,
        headers={"Retry-After": "30"},
        json={"message": "Too many requests"},
    )
    with pytest.raises(RateLimited) as caught:
        make_adapter(logs).push(event(EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"}))
    assert caught.value.retry_after == 30.0


@responses.activate
def test_an_answer_that_is_not_json_is_malformed(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders", body="<html><body>502 Bad Gateway</body></html>", status=200)
    with pytest.raises(MalformedResponse):
        list(make_adapter(logs).fetch_orders(None))


@responses.activate
def test_an_order_list_without_total_count_is_malformed(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders", json={"items": []})
    with pytest.raises(MalformedResponse, match="total_count"):
        list(make_adapter(logs).fetch_orders(None))


# ---- pull ---------------------------------------------------------------------------------------------------


class FakeOrderSearch:
    """Magento's order search over a fixed list: filter groups, sort by date then id, paging, last page repeated."""

    def __init__(self, orders: list[dict[str, Any]]) -> None:
        self.orders = orders
        self.queries: list[dict[str, str]] = []

    @staticmethod
    def matches(actual: str, condition: str, value: str) -> bool:
        return {"eq": actual == value, "neq": actual != value, "gteq": actual >= value}[condition]

    def __call__(self, request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        q = dict(parse_qsl(urlsplit(request.url or "").query))
        self.queries.append(q)
        rows = list(self.orders)
        g = 0
        while f"searchCriteria[filter_groups][{g}][filters][0][field]" in q:
            prefix = f"searchCriteria[filter_groups][{g}][filters][0]"
            field, value, cond = q[f"{prefix}[field]"], q[f"{prefix}[value]"], q[f"{prefix}[condition_type]"]
            rows = [r for r in rows if self.matches(str(r[field]), cond, value)]
            g += 1
        field = q.get("searchCriteria[sortOrders][0][field]", "entity_id")
        rows.sort(key=lambda r: (r[field], r["entity_id"]))
        size, current = int(q["searchCriteria[pageSize]"]), int(q["searchCriteria[currentPage]"])
        last = max(1, -(-len(rows) // size))
        current = min(current, last)
        body = page(rows[(current - 1) * size : current * size], total=len(rows))
        return 200, {"Content-Type": "application/json"}, json.dumps(body)


@responses.activate
def test_pull_reads_every_page_and_stops_by_total_count(logs: list[CallRecord]) -> None:
    add_token()
    # Seven orders in one second: the floor cannot move, so the pages are stepped through with currentPage.
    orders = [magento_order(100 + n) for n in range(1, 8)]
    fake = FakeOrderSearch(orders)
    responses.add_callback(responses.GET, f"{REST}/orders", callback=fake)
    adapter = make_adapter(logs)
    adapter.page_size = 3
    pages = list(adapter.fetch_orders(None))
    new_search = [
        q
        for q in fake.queries
        if q["searchCriteria[filter_groups][0][filters][0][value]"] == "pending"
        and q["searchCriteria[filter_groups][0][filters][0][condition_type]"] == "eq"
    ]
    # Page 1 without a floor, page 1 again from the floor it found, then pages 2 and 3 of that one second.
    assert [q["searchCriteria[currentPage]"] for q in new_search] == ["1", "1", "2", "3"]
    assert all(q["searchCriteria[pageSize]"] == "3" for q in fake.queries)
    imported = [r.external_id for p in pages for r in p.records]
    assert sorted(imported) == [str(100 + n) for n in range(1, 8)]  # each once, though three searches see them


@responses.activate
def test_pull_restarts_from_the_newest_date_seen_so_a_shifting_list_cannot_skip_orders(logs: list[CallRecord]) -> None:
    add_token()
    orders = [
        magento_order(100 + n, created_at=f"2024-05-01 08:0{n}:00", updated_at=f"2024-05-01 08:0{n}:00")
        for n in range(1, 6)
    ]
    fake = FakeOrderSearch(orders)
    responses.add_callback(responses.GET, f"{REST}/orders", callback=fake)
    adapter = make_adapter(logs)
    adapter.page_size = 2
    pages = list(adapter.fetch_orders(None))
    floors = [q.get("searchCriteria[filter_groups][1][filters][0][value]") for q in fake.queries[:4]]
    assert floors == [None, "2024-05-01 08:02:00", "2024-05-01 08:03:00", "2024-05-01 08:04:00"]
    assert sorted(r.external_id for p in pages for r in p.records) == ["101", "102", "103", "104", "105"]
    assert json.loads(pages[-1].cursor or "") == {"new": "2024-05-01 08:05:00", "changed": "2024-05-01 08:05:00"}


@responses.activate
def test_incremental_pull_asks_each_search_from_its_own_floor(logs: list[CallRecord]) -> None:
    add_token()
    fake = FakeOrderSearch([])
    responses.add_callback(responses.GET, f"{REST}/orders", callback=fake)
    cursor = json.dumps(
        {"new": "2024-05-01 08:00:00", "canceled": "2024-05-02 09:00:00", "changed": "2024-05-03 10:00:00"}
    )
    pages = list(make_adapter(logs).fetch_orders(cursor))
    searches = [
        (
            q["searchCriteria[filter_groups][0][filters][0][field]"],
            q["searchCriteria[filter_groups][0][filters][0][value]"],
            q["searchCriteria[filter_groups][0][filters][0][condition_type]"],
            q["searchCriteria[filter_groups][1][filters][0][field]"],
            q["searchCriteria[filter_groups][1][filters][0][value]"],
            q["searchCriteria[filter_groups][1][filters][0][condition_type]"],
            q["searchCriteria[sortOrders][0][field]"],
        )
        for q in fake.queries
    ]
    assert searches == [
        ("status", "pending", "eq", "created_at", "2024-05-01 08:00:00", "gteq", "created_at"),
        ("status", "canceled", "eq", "updated_at", "2024-05-02 09:00:00", "gteq", "updated_at"),
        ("status", "canceled", "neq", "updated_at", "2024-05-03 10:00:00", "gteq", "updated_at"),
    ]
    assert [p.records for p in pages] == [[]]
    assert json.loads(pages[0].cursor or "") == json.loads(cursor)


@responses.activate
def test_an_unreadable_order_is_rejected_while_the_rest_of_the_page_imports(logs: list[CallRecord]) -> None:
    add_token()
    broken = magento_order(102)
    del broken["increment_id"]
    fractional = magento_order(103)
    fractional["items"][0]["qty_ordered"] = 1.5
    responses.add(responses.GET, f"{REST}/orders", json=page([magento_order(101), broken, fractional]))
    responses.add(responses.GET, f"{REST}/orders", json=page([]))
    responses.add(responses.GET, f"{REST}/orders", json=page([]))
    first = next(make_adapter(logs).fetch_orders(None))
    assert [r.external_id for r in first.records] == ["101"]
    assert first.rejected[0] == ("102", "Magento order 102 cannot be imported: it has no increment_id.")
    assert first.rejected[1][0] == "000000003"
    assert "fractional quantity (1.5)" in first.rejected[1][1]


@responses.activate
def test_order_fields_are_mapped_to_the_record(logs: list[CallRecord]) -> None:
    add_token()
    order = _single(logs, magento_order(101, updated_at="2024-05-02 09:30:15"))
    assert (order.external_id, order.reference) == ("101", "000000001")
    assert order.created_at is not None and order.created_at.isoformat() == "2024-05-01T08:00:00+00:00"
    assert order.updated_at is not None and order.updated_at.isoformat() == "2024-05-02T09:30:15+00:00"
    assert order.customer.name == "Zoë Åkerlund" and order.customer.email == "zoe@example.se"
    assert order.shipping_address.street == "Drottninggatan 12, 3 tr"
    assert (order.shipping_address.city, order.shipping_address.country) == ("Stockholm", "SE")
    assert order.billing_address.name == "Zoë Åkerlund"
    assert order.currency == "EUR" and order.shipping_total == Decimal("4.95")
    assert [(x.sku, x.quantity, x.unit_price, x.external_id) for x in order.lines] == [
        ("24-MB01", 1, Decimal("52"), "5001"),
        ("24-UG06", 2, Decimal("7"), "5002"),
    ]
    assert order.total == Decimal("70.95")
    assert order.channel_data["entity_id"] == 101 and order.channel_data["grand_total"] == "70.95"
    assert (order.status, order.channel_status, order.payment_status) == (
        OrderStatus.PENDING,
        "pending",
        PaymentStatus.INVOICE_LATER,
    )


def _single(logs: list[CallRecord], raw: dict[str, Any]) -> OrderRecord:
    """The first page of a pull that finds one order."""
    responses.upsert(responses.GET, f"{REST}/orders", json=page([raw]))
    return next(make_adapter(logs).fetch_orders(None)).records[0]


@responses.activate
def test_configurable_product_is_one_line_from_its_parent(logs: list[CallRecord]) -> None:
    add_token()
    parent = {
        "item_id": 5001,
        "sku": "MH01-XS-Black",
        "name": "Chaz Kangeroo Hoodie",
        "qty_ordered": 1,
        "price": 52,
        "product_type": "configurable",
    }
    child = {
        "item_id": 5002,
        "sku": "MH01-XS-Black",
        "name": "Chaz Kangeroo Hoodie-XS-Black",
        "qty_ordered": 1,
        "price": 0,
        "product_type": "simple",
        "parent_item_id": 5001,
        "parent_item": dict(parent),
    }
    order = _single(logs, magento_order(items=[parent, child]))
    assert [(x.sku, x.name, x.unit_price, x.external_id) for x in order.lines] == [
        ("MH01-XS-Black", "Chaz Kangeroo Hoodie", Decimal("52"), "5001")
    ]
    assert order.channel_data["items"]["5001"]["children"] == [{"item_id": 5002, "sku": "MH01-XS-Black", "qty": 1}]


@responses.activate
def test_bundle_priced_on_its_components_is_one_line_at_their_sum(logs: list[CallRecord]) -> None:
    add_token()
    items = [
        {
            "item_id": 7001,
            "sku": "24-WG080-24-WG084-24-WG088",
            "name": "Sprite Yoga Companion Kit",
            "qty_ordered": 2,
            "price": 0,
            "product_type": "bundle",
        },
        {
            "item_id": 7002,
            "sku": "24-WG084",
            "name": "Sprite Foam Yoga Brick",
            "qty_ordered": 2,
            "price": 5,
            "product_type": "simple",
            "parent_item_id": 7001,
        },
        {
            "item_id": 7003,
            "sku": "24-WG088",
            "name": "Sprite Foam Roller",
            "qty_ordered": 4,
            "price": 19.5,
            "product_type": "simple",
            "parent_item_id": 7001,
        },
    ]
    order = _single(logs, magento_order(items=items))
    assert len(order.lines) == 1
    line = order.lines[0]
    assert (line.quantity, line.unit_price, line.external_id) == (2, Decimal("44.00"), "7001")
    assert line.name == "Sprite Yoga Companion Kit (24-WG084 ×1, 24-WG088 ×2)"


@pytest.mark.parametrize(
    ("fields", "status", "payment"),
    [
        ({"state": "new", "status": "pending"}, OrderStatus.PENDING, PaymentStatus.INVOICE_LATER),
        ({"state": "new", "status": "processing"}, OrderStatus.PROCESSING, PaymentStatus.INVOICE_LATER),
        (
            {"state": "processing", "status": "processing", "total_paid": 70.95},
            OrderStatus.PROCESSING,
            PaymentStatus.PAID,
        ),
        ({"state": "complete", "status": "complete", "total_paid": 70.95}, OrderStatus.DISPATCHED, PaymentStatus.PAID),
        ({"state": "canceled", "status": "canceled"}, OrderStatus.CANCELLED, PaymentStatus.UNPAID),
        ({"state": "holded", "status": "holded"}, OrderStatus.PENDING, PaymentStatus.UNPAID),
        ({"state": "holded", "status": "holded", "total_paid": 70.95}, OrderStatus.PENDING, PaymentStatus.PAID),
        ({"state": "pending_payment", "status": "pending_payment"}, OrderStatus.PENDING, PaymentStatus.UNPAID),
        ({"state": "payment_review", "status": "fraud"}, OrderStatus.PENDING, PaymentStatus.UNPAID),
        ({"state": "processing", "status": "packing_custom"}, OrderStatus.PROCESSING, PaymentStatus.INVOICE_LATER),
        (
            {"state": "closed", "status": "closed", "total_paid": 70.95, "total_refunded": 70.95},
            OrderStatus.CANCELLED,
            PaymentStatus.REFUNDED,
        ),
    ],
)
@responses.activate
def test_states_and_payments_map_to_ours(
    logs: list[CallRecord], fields: dict[str, Any], status: OrderStatus, payment: PaymentStatus
) -> None:
    add_token()
    order = _single(logs, magento_order(**fields))
    assert (order.status, order.payment_status) == (status, payment)
    assert order.channel_status == fields["status"]


@responses.activate
def test_shipped_orders_read_as_dispatched_and_refunded_shipped_orders_as_returned(logs: list[CallRecord]) -> None:
    add_token()
    shipped = magento_order()
    for item in shipped["items"]:
        item["qty_shipped"] = item["qty_ordered"]
    # Shipped but not invoiced (cash on delivery) stays in Magento's processing state.
    assert _single(logs, {**shipped, "state": "processing", "status": "processing"}).status == OrderStatus.DISPATCHED
    closed = {**shipped, "state": "closed", "status": "closed", "total_paid": 70.95, "total_refunded": 70.95}
    assert _single(logs, closed).status == OrderStatus.RETURNED


@responses.activate
def test_an_unknown_state_is_rejected_with_its_name(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders", json=page([magento_order(state="mystery", status="odd")]))
    first = next(make_adapter(logs).fetch_orders(None))
    assert first.records == []
    assert "status 'odd' (state 'mystery')" in first.rejected[0][1]


# ---- push --------------------------------------------------------------------------------------------------


@responses.activate
def test_acknowledge_posts_a_processing_comment(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="pending")
    comment = responses.add(responses.POST, f"{REST}/orders/101/comments", json=True)
    result = make_adapter(logs).push(event(EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"}))
    history = json.loads(comment.calls[0].request.body)["statusHistory"]
    assert history["status"] == "processing" and history["parent_id"] == 101
    assert history["is_customer_notified"] == 0 and history["is_visible_on_front"] == 0
    assert "now 'processing'" in result.message


@responses.activate
def test_acknowledge_of_an_order_already_processing_sends_nothing(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="processing")
    result = make_adapter(logs).push(event(EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"}))
    assert "already" in result.message
    assert all(c.request.method != "POST" or c.request.url == TOKEN_URL for c in responses.calls)


@responses.activate
def test_acknowledge_of_a_canceled_order_is_refused_not_reopened(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="canceled")
    with pytest.raises(PermanentError, match="is canceled"):
        make_adapter(logs).push(event(EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"}))


@responses.activate
def test_acknowledge_of_an_order_on_hold_asks_to_release_the_hold(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="holded")
    with pytest.raises(PermanentError, match="is on hold; release the hold in Magento first"):
        make_adapter(logs).push(event(EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"}))


@responses.activate
def test_acknowledge_of_a_complete_order_is_done_and_does_not_reopen_it(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="complete")
    adapter = make_adapter(logs)
    ack = event(EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"})
    assert "already complete" in adapter.push(ack).message
    assert adapter.already_applied(ack) is not None
    with pytest.raises(PermanentError, match="is complete; it was not set to 'pending'"):
        adapter.push(event(EventKind.STATUS, {"status": "pending", "previous": "processing"}))
    assert not any(c.request.url.endswith("/comments") for c in responses.calls)


@responses.activate
def test_status_back_to_pending_is_a_pending_comment(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="processing")
    comment = responses.add(responses.POST, f"{REST}/orders/101/comments", json=True)
    make_adapter(logs).push(event(EventKind.STATUS, {"status": "pending", "previous": "processing"}))
    assert json.loads(comment.calls[0].request.body)["statusHistory"]["status"] == "pending"


@pytest.mark.parametrize("status", ["packed", "delivered"])
def test_statuses_magento_does_not_have_are_unsupported(logs: list[CallRecord], status: str) -> None:
    with pytest.raises(UnsupportedAction, match=f"Magento has no '{status}' order status"):
        make_adapter(logs).push(event(EventKind.STATUS, {"status": status, "previous": "processing"}))


@pytest.mark.parametrize("kind", [EventKind.EDIT, EventKind.SPLIT, EventKind.ERP_NUMBER])
def test_changes_magento_cannot_take_are_unsupported(logs: list[CallRecord], kind: EventKind) -> None:
    with pytest.raises(UnsupportedAction, match="stays in OrderDesk"):
        make_adapter(logs).push(event(kind, {}))


@responses.activate
def test_cancel_cancels_then_records_the_reason(logs: list[CallRecord]) -> None:
    add_token()
    cancel = responses.add(responses.POST, f"{REST}/orders/101/cancel", json=True)
    comment = responses.add(responses.POST, f"{REST}/orders/101/comments", json=True)
    result = make_adapter(logs).push(
        event(EventKind.CANCEL, {"status": "cancelled", "reason": "customer changed mind"})
    )
    assert cancel.call_count == 1
    history = json.loads(comment.calls[0].request.body)["statusHistory"]
    assert history == {
        "comment": "Cancelled in OrderDesk: customer changed mind",
        "status": "canceled",
        "is_customer_notified": 0,
        "is_visible_on_front": 0,
        "parent_id": 101,
    }
    assert result.warnings == []


@responses.activate
def test_cancel_magento_refuses_says_why(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.POST, f"{REST}/orders/101/cancel", json=False)
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="complete")
    with pytest.raises(PermanentError, match="would not cancel order 000000001: it is 'complete'"):
        make_adapter(logs).push(event(EventKind.CANCEL, {"reason": "late"}))


@responses.activate
def test_cancel_of_an_order_already_canceled_is_done(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.POST, f"{REST}/orders/101/cancel", json=False)
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="canceled")
    assert "is canceled" in make_adapter(logs).push(event(EventKind.CANCEL, {})).message


@pytest.mark.parametrize(("carrier", "code"), [("DHL", "dhl"), ("Blue Dart", "custom")])
@responses.activate
def test_dispatch_sends_items_and_the_consignment_as_tracking(logs: list[CallRecord], carrier: str, code: str) -> None:
    add_token()
    ship = responses.add(responses.POST, f"{REST}/order/101/ship", json=4711)
    result = make_adapter(logs).push(event(EventKind.DISPATCH, dispatch_payload(carrier)))
    assert json.loads(ship.calls[0].request.body) == {
        "notify": True,
        "items": [{"order_item_id": 5001, "qty": 1}, {"order_item_id": 5002, "qty": 2}],
        "tracks": [{"track_number": "JD0146000012345", "title": carrier, "carrier_code": code}],
    }
    assert "shipment 4711" in result.message


@responses.activate
def test_dispatch_refused_by_magento_keeps_its_validation_message(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(
        responses.POST,
        f"{REST}/order/101/ship",
        status=400,
        json={"message": "Shipment Document Validation Error(s):\nThe order does not allow a shipment to be created."},
    )
    responses.add(responses.GET, f"{REST}/shipments", json=page([]))
    with pytest.raises(PermanentError) as caught:
        make_adapter(logs).push(event(EventKind.DISPATCH, dispatch_payload()))
    assert "Shipment Document Validation Error(s):\nThe order does not allow a shipment to be created." in (
        caught.value.message
    )


@responses.activate
def test_dispatch_sent_again_finds_the_shipment_it_made_before(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(
        responses.POST,
        f"{REST}/order/101/ship",
        status=400,
        json={"message": "Shipment Document Validation Error(s):\nYou can't create a shipment without products."},
    )
    shipments = responses.add(
        responses.GET,
        f"{REST}/shipments",
        json=page([{"entity_id": 301, "order_id": 101, "tracks": [{"track_number": "JD0146000012345"}]}]),
    )
    result = make_adapter(logs).push(event(EventKind.DISPATCH, dispatch_payload()))
    assert "already has shipment 301" in result.message
    assert query(shipments.calls[0])["searchCriteria[filter_groups][0][filters][0][field]"] == "order_id"


@responses.activate
def test_already_applied_dispatch_reads_shipments_of_the_order(logs: list[CallRecord]) -> None:
    add_token()
    shipments = responses.add(
        responses.GET,
        f"{REST}/shipments",
        json=page(
            [
                {"entity_id": 301, "order_id": 101, "tracks": [{"track_number": "OTHER-1"}]},
                {"entity_id": 302, "order_id": 101, "tracks": [{"track_number": "JD0146000012345"}]},
            ]
        ),
    )
    result = make_adapter(logs).already_applied(event(EventKind.DISPATCH, dispatch_payload()))
    assert result is not None and "shipment 302" in result.message
    q = query(shipments.calls[0])
    assert (
        q["searchCriteria[filter_groups][0][filters][0][field]"],
        q["searchCriteria[filter_groups][0][filters][0][value]"],
        q["searchCriteria[filter_groups][0][filters][0][condition_type]"],
    ) == ("order_id", "101", "eq")


@responses.activate
def test_already_applied_dispatch_is_none_without_our_tracking(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(
        responses.GET, f"{REST}/shipments", json=page([{"entity_id": 301, "tracks": [{"track_number": "X"}]}])
    )
    assert make_adapter(logs).already_applied(event(EventKind.DISPATCH, dispatch_payload())) is None


@responses.activate
def test_invoice_captures_and_reports_the_invoice_id(logs: list[CallRecord]) -> None:
    add_token()
    invoice = responses.add(responses.POST, f"{REST}/order/101/invoice", json=701)
    result = make_adapter(logs).push(event(EventKind.INVOICE, {}))
    assert json.loads(invoice.calls[0].request.body) == {"capture": True, "notify": True}
    assert "invoice 701" in result.message


@responses.activate
def test_invoice_of_some_lines_names_them(logs: list[CallRecord]) -> None:
    add_token()
    invoice = responses.add(responses.POST, f"{REST}/order/101/invoice", json=702)
    make_adapter(logs).push(
        event(EventKind.INVOICE, {"capture": False, "lines": [{"external_id": "5002", "quantity": 1}]})
    )
    assert json.loads(invoice.calls[0].request.body) == {
        "capture": False,
        "notify": True,
        "items": [{"order_item_id": 5002, "qty": 1}],
    }


@responses.activate
def test_invoice_refused_by_magento_keeps_its_message_unless_an_invoice_exists(logs: list[CallRecord]) -> None:
    add_token()
    refusal = {"message": "Invoice Document Validation Error(s):\nThe order does not allow an invoice to be created."}
    responses.add(responses.POST, f"{REST}/order/101/invoice", status=400, json=refusal)
    invoices = responses.add(responses.GET, f"{REST}/invoices", json=page([]))
    with pytest.raises(PermanentError, match="The order does not allow an invoice to be created."):
        make_adapter(logs).push(event(EventKind.INVOICE, {}))
    invoices.body = json.dumps(page([{"entity_id": 701, "order_id": 101}]))  # e.g. invoiced in the admin meanwhile
    assert "already has invoice 701" in make_adapter(logs).push(event(EventKind.INVOICE, {})).message


@responses.activate
def test_a_ship_answer_that_is_not_an_id_is_malformed(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.POST, f"{REST}/order/101/ship", json={"unexpected": True})
    with pytest.raises(MalformedResponse, match="instead of an id"):
        make_adapter(logs).push(event(EventKind.DISPATCH, dispatch_payload()))


@responses.activate
def test_cancel_of_an_order_magento_does_not_know_is_permanent(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(
        responses.POST,
        f"{REST}/orders/101/cancel",
        status=404,
        json={"message": "The entity that was requested doesn't exist. Verify the entity and try again."},
    )
    with pytest.raises(PermanentError, match="The entity that was requested doesn't exist"):
        make_adapter(logs).push(event(EventKind.CANCEL, {"reason": "x"}))


@responses.activate
def test_stock_refused_by_magento_is_permanent(logs: list[CallRecord]) -> None:
    add_token()
    put = responses.add(
        responses.PUT,
        f"{REST}/products/24-MB01/stockItems/3",
        status=400,
        json={"message": '"%fieldName" is required. Enter and try again.', "parameters": {"fieldName": "stockItem"}},
    )
    with pytest.raises(PermanentError, match='"stockItem" is required'):
        make_adapter(logs).push(event(EventKind.STOCK, {"sku": "24-MB01", "qty": 5, "item_id": 3}))
    assert put.call_count == 1  # a 4xx is not repeated


@responses.activate
def test_already_applied_invoice_reads_invoices_of_the_order(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/invoices", json=page([{"entity_id": 701, "order_id": 101}]))
    result = make_adapter(logs).already_applied(event(EventKind.INVOICE, {}))
    assert result is not None and "invoice 701" in result.message
    responses.replace(responses.GET, f"{REST}/invoices", json=page([]))
    assert make_adapter(logs).already_applied(event(EventKind.INVOICE, {})) is None


@responses.activate
def test_stock_finds_the_stock_item_then_puts_it(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/stockItems/MH01%2FXS", json={"item_id": 17, "qty": 3, "is_in_stock": True})
    put = responses.add(responses.PUT, f"{REST}/products/MH01%2FXS/stockItems/17", json=17)
    result = make_adapter(logs).push(event(EventKind.STOCK, {"sku": "MH01/XS", "qty": 0}))
    assert json.loads(put.calls[0].request.body) == {"stockItem": {"qty": 0, "is_in_stock": False}}
    assert "out of stock" in result.message


@responses.activate
def test_already_applied_stock_compares_quantity(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/stockItems/24-MB01", json={"item_id": 3, "qty": 12, "is_in_stock": True})
    adapter = make_adapter(logs)
    assert adapter.already_applied(event(EventKind.STOCK, {"sku": "24-MB01", "qty": 12})) is not None
    assert adapter.already_applied(event(EventKind.STOCK, {"sku": "24-MB01", "qty": 11})) is None


@responses.activate
def test_already_applied_reads_the_status_back(logs: list[CallRecord]) -> None:
    add_token()
    responses.add(responses.GET, f"{REST}/orders/101/statuses", json="processing")
    adapter = make_adapter(logs)
    assert adapter.already_applied(event(EventKind.ACKNOWLEDGE, {"status": "processing"})) is not None
    assert adapter.already_applied(event(EventKind.CANCEL, {})) is None
    assert adapter.already_applied(event(EventKind.STATUS, {"status": "pending"})) is None


@responses.activate
def test_return_goes_to_increff_with_the_forward_order_entity_id(logs: list[CallRecord]) -> None:
    created = responses.add(responses.POST, f"{INCREFF}/return/return-orders", body="", status=200)
    payload = {
        "return_id": 1,
        "return_code": "000000001-R1",
        "type": "CUSTOMER_RETURN",
        "reason": "too small",
        "awb_number": None,
        "transporter": None,
        "return_time": "2024-05-03T10:20:30.123456+00:00",
        "items": [{"item_code": "000000001-R1-1", "sku": "24-UG06", "line_external_id": "5002", "reason": "too small"}],
    }
    result = make_adapter(logs, increff=True).push(event(EventKind.RETURN, payload))
    body = json.loads(created.calls[0].request.body)
    assert body["forwardOrderCode"] == "101" and body["returnOrderTime"] == "2024-05-03T10:20:30.123+00:00"
    assert "return order 000000001-R1" in result.message
    assert not any(c.request.url.startswith(BASE) for c in responses.calls)  # Magento is not asked


def test_return_without_increff_settings_says_what_to_fill_in(logs: list[CallRecord]) -> None:
    with pytest.raises(
        PermanentError, match="Fill in Increff Omni URL, Increff user, Increff domain, Increff password"
    ):
        make_adapter(logs).push(
            event(
                EventKind.RETURN,
                {"return_code": "R1", "type": "SELF_SHIP", "items": [{"item_code": "R1-1", "sku": "A", "reason": "x"}]},
            )
        )


@responses.activate
def test_attributes_go_to_increff_slots(logs: list[CallRecord]) -> None:
    put = responses.add(responses.PUT, f"{INCREFF}/orders/outward/attributes/101", body="", status=200)
    make_adapter(logs, increff=True).push(
        event(
            EventKind.ATTRIBUTES,
            {"order": {"Coupon Code": "SUMMER10"}, "lines": [], "changed": {"Coupon Code": "SUMMER10"}},
        )
    )
    assert json.loads(put.calls[0].request.body) == {
        "locationCode": "WH-01",
        "updateOrderAttributes": {"attribute1": "SUMMER10"},
    }


def test_adapter_is_the_magento_kind() -> None:
    assert MagentoAdapter.kind == ChannelKind.MAGENTO


# ---- secrets ------------------------------------------------------------------------------------------------


@responses.activate
def test_secrets_are_absent_from_every_logged_call(logs: list[CallRecord]) -> None:
    add_token(TOKEN)
    responses.add(responses.GET, f"{REST}/orders", status=401, json=EXPIRED)
    add_token(TOKEN2)
    responses.add(responses.GET, f"{REST}/orders", json=page([], total=1))
    responses.add(responses.GET, f"{INCREFF}/return/return-orders/ORDERDESK-CONNECTION-TEST", status=404, json={})
    responses.add(responses.POST, f"{REST}/order/101/ship", status=400, json={"message": f"echo {PASSWORD}"})
    responses.add(responses.GET, f"{REST}/shipments", json=page([]))
    adapter = make_adapter(logs, increff=True)
    adapter.test_connection()
    with pytest.raises(PermanentError) as caught:
        adapter.push(event(EventKind.DISPATCH, dispatch_payload()))
    assert PASSWORD not in caught.value.message
    assert len(logs) >= 7
    for entry in logs:
        text = " ".join([entry.url, entry.message, entry.request_excerpt, entry.response_excerpt])
        for secret in (PASSWORD, INCREFF_PASSWORD, TOKEN, TOKEN2):
            assert secret not in text, (secret, entry)
