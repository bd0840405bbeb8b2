"""CloudSuite adapter against recorded HTTP answers: every endpoint it uses, success and failure."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses
from responses import matchers

from orderdesk.channels import cloudsuite
from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.cloudsuite import CloudSuiteAdapter, order_record
from orderdesk.channels.errors import (
    AuthError,
    MalformedResponse,
    PermanentError,
    RateLimited,
    TransientError,
    UnsupportedAction,
)
from orderdesk.channels.http import CallRecord, HttpSettings
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import LineRecord, OrderRecord
from orderdesk.core.statuses import OrderStatus, PaymentStatus

BASE = "https://shop.example.com"
TOKEN_URL = "https://auth.example.com/oauth2/token/"
CLIENT_ID = "desk-client"
SECRET = "client-s3cret-value-91"
TOKEN = "tok-first-8f2c1d9e"
TOKEN_2 = "tok-second-77aa01bc"
LIST = f"{BASE}/api/order/"


def order_url(order_id: int) -> str:
    return f"{BASE}/api/order/{order_id}/"


@pytest.fixture
def calls() -> list[CallRecord]:
    return []


@pytest.fixture
def adapter(calls: list[CallRecord]) -> CloudSuiteAdapter:
    return make_adapter(calls)


def make_adapter(
    calls: list[CallRecord], *, options: dict[str, Any] | None = None, secret: str = SECRET, max_retries: int = 2
) -> CloudSuiteAdapter:
    config = ChannelConfig(
        name="Shop NL",
        kind="cloudsuite",
        base_url=BASE,
        username=CLIENT_ID,
        options={"token_url": TOKEN_URL, **(options or {})},
        secrets={"client_secret": secret} if secret else {},
    )
    settings = HttpSettings(backoff_base=0, max_retries=max_retries, max_retry_after=5)
    return CloudSuiteAdapter(config, http_settings=settings, logger=calls.append, sleep=lambda s: None)


def token_answer(rsps: responses.RequestsMock, token: str = TOKEN, expires_in: int = 3600) -> None:
    rsps.post(TOKEN_URL, json={"access_token": token, "token_type": "Bearer", "expires_in": expires_in})


def line(line_id: int, key: str, quantity: Any = "1.000", price: Any = "10.00", **extra: Any) -> dict[str, Any]:
    data = {
        "id": line_id,
        "product": {"key": key, "origin": "erp"},
        "description": f"Product {key}",
        "type": "line",
        "quantity": quantity,
        "unit_price": price,
        "erp_line_number": None,
    }
    data.update(extra)
    return data


def order_json(order_id: int = 7, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": order_id,
        "reference": f"CS{48000 + order_id}",
        "customer_order_number": None,
        "erp_order_number": None,
        "state": "confirmed",
        "payment_status": "paid",
        "order_date": "2024-10-23",
        "create_date": "2024-10-23T06:00:00.120000",
        "confirm_date": "2024-10-23T06:00:02.000000",
        "modified_date": "2024-10-23T06:00:03.500000",
        "shipment_state": "none",
        "offline": False,
        "currency": "EUR",
        "webshop": 1,
        "user": 1260,
        "customer": {"id": 1324, "name": "Zoë Åkerlund", "email": "zoe@example.se", "phone": "+46 8 123"},
        "shipment_address": {
            "id": 1695,
            "name": "Zoë Åkerlund",
            "company_name": "",
            "street": "Sveavägen",
            "house_number": "44",
            "zip_code": "111 34",
            "city": "Stockholm",
            "country": "SE",
            "phone": "+46 8 123",
        },
        "invoice_address": {"id": 1652, "name": "Zoë Åkerlund", "street": "Sveavägen", "city": "Stockholm"},
        "order_lines": [line(11, "124_STUK", "2.000", "18.95"), line(12, "123_STUK", 1.0, 7.25)],
    }
    data.update(overrides)
    return data


def page(results: list[Any], next_url: str | None = None, count: int | None = None) -> dict[str, Any]:
    return {"count": len(results) if count is None else count, "next": next_url, "previous": None, "results": results}


def record(order_id: int = 7, **overrides: Any) -> OrderRecord:
    return order_record(order_json(order_id, **overrides))


def event(kind: EventKind, order: OrderRecord, payload: dict[str, Any] | None = None) -> OutboundEvent:
    return OutboundEvent(event_id=1, kind=kind, order=order, payload=payload or {}, idempotency_key="evt-1")


def query(call: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(call.request.url).query)


def sent_json(call: Any) -> Any:
    return json.loads(call.request.body)


# ---- token ------------------------------------------------------------------------------------------
@responses.activate
def test_token_is_fetched_with_client_credentials_form_then_sent_as_bearer(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, json=page([], count=23))

    assert adapter.test_connection() == "Connected to CloudSuite: 23 orders."

    token_call, list_call = responses.calls
    form = parse_qs(token_call.request.body)
    assert form == {
        "grant_type": ["client_credentials"],
        "client_id": [CLIENT_ID],
        "client_secret": [SECRET],
        "scope": ["openid"],
    }
    assert token_call.request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert "Authorization" not in token_call.request.headers
    assert list_call.request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert query(list_call) == {"limit": ["1"]}


@responses.activate
def test_token_is_reused_across_calls(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, json=page([], count=1))

    adapter.test_connection()
    assert adapter.test_connection() == "Connected to CloudSuite: 1 order."
    assert len([c for c in responses.calls if c.request.url == TOKEN_URL]) == 1


@responses.activate
def test_wrong_client_secret_is_an_auth_error_with_the_servers_description(adapter: CloudSuiteAdapter) -> None:
    responses.post(
        TOKEN_URL, status=401, json={"error": "invalid_client", "error_description": "Client authentication failed."}
    )

    with pytest.raises(AuthError) as caught:
        adapter.test_connection()

    assert "Client authentication failed." in caught.value.message
    assert caught.value.http_status == 401
    assert len(responses.calls) == 1  # no API call without a token


@responses.activate
def test_token_refused_with_400_invalid_grant_is_an_auth_error(adapter: CloudSuiteAdapter) -> None:
    responses.post(TOKEN_URL, status=400, json={"error": "invalid_scope", "error_description": "Unknown scope."})

    with pytest.raises(AuthError, match="Unknown scope."):
        adapter.test_connection()


@responses.activate
def test_token_answer_without_access_token_is_malformed(adapter: CloudSuiteAdapter) -> None:
    responses.post(TOKEN_URL, json={"token_type": "Bearer"})

    with pytest.raises(MalformedResponse, match="without an access token"):
        adapter.test_connection()


@responses.activate
def test_token_endpoint_server_error_is_retried(adapter: CloudSuiteAdapter) -> None:
    responses.post(TOKEN_URL, status=503, json={"detail": "busy"})
    token_answer(responses.mock)
    responses.get(LIST, json=page([], count=0))

    assert adapter.test_connection() == "Connected to CloudSuite: 0 orders."
    assert [c.response.status_code for c in responses.calls] == [503, 200, 200]


@responses.activate
def test_expired_token_is_renewed_once_and_the_call_repeated(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock, TOKEN)
    token_answer(responses.mock, TOKEN_2)
    responses.get(LIST, status=401, json={"detail": "Invalid token."})
    responses.get(LIST, json=page([], count=5))

    assert adapter.test_connection() == "Connected to CloudSuite: 5 orders."

    api_calls = [c for c in responses.calls if c.request.url.startswith(LIST)]
    assert [c.request.headers["Authorization"] for c in api_calls] == [f"Bearer {TOKEN}", f"Bearer {TOKEN_2}"]
    assert len([c for c in responses.calls if c.request.url == TOKEN_URL]) == 2


@responses.activate
def test_401_after_renewal_is_an_auth_error(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock, TOKEN)
    token_answer(responses.mock, TOKEN_2)
    responses.get(LIST, status=401, json={"detail": "Invalid token."})

    with pytest.raises(AuthError, match="Invalid token."):
        adapter.test_connection()
    assert len([c for c in responses.calls if c.request.url.startswith(LIST)]) == 2


@responses.activate
def test_token_is_renewed_before_it_expires(adapter: CloudSuiteAdapter, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter(float(n) for n in range(0, 10_000, 100))  # every look at the clock is 100 s later
    monkeypatch.setattr(cloudsuite, "monotonic", lambda: next(clock))
    token_answer(responses.mock, TOKEN, expires_in=120)
    token_answer(responses.mock, TOKEN_2, expires_in=120)
    responses.get(LIST, json=page([], count=2))

    adapter.test_connection()
    adapter.test_connection()

    api_calls = [c for c in responses.calls if c.request.url.startswith(LIST)]
    assert [c.request.headers["Authorization"] for c in api_calls] == [f"Bearer {TOKEN}", f"Bearer {TOKEN_2}"]


def test_missing_token_url_is_refused_in_words(calls: list[CallRecord]) -> None:
    config = ChannelConfig(
        name="Shop", kind="cloudsuite", base_url=BASE, username=CLIENT_ID, secrets={"client_secret": SECRET}
    )
    with pytest.raises(PermanentError, match="No token URL"):
        CloudSuiteAdapter(config)


@responses.activate
def test_missing_client_secret_is_an_auth_error_without_any_call(calls: list[CallRecord]) -> None:
    adapter = make_adapter(calls, secret="")
    with pytest.raises(AuthError, match="client id and secret"):
        adapter.test_connection()
    assert len(responses.calls) == 0


@responses.activate
def test_connection_answer_without_count_is_malformed(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, json={"results": []})
    with pytest.raises(MalformedResponse):
        adapter.test_connection()


# ---- pull -------------------------------------------------------------------------------------------
@responses.activate
def test_full_pull_asks_confirmed_orders_and_follows_next_on_our_own_host(
    adapter: CloudSuiteAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cloudsuite, "HANDOVER_SIZE", 2)
    token_answer(responses.mock)
    # DRF builds `next` from the Host it saw: here an internal http host we must not send the token to.
    next_url = "http://internal-app:8000/api/order/?limit=50&offset=50&state=confirmed"
    responses.get(
        LIST,
        match=[matchers.query_param_matcher({"state": "confirmed", "limit": "50", "offset": "0"})],
        json=page([order_json(1), order_json(2)], next_url, count=3),
    )
    responses.get(
        LIST,
        match=[matchers.query_param_matcher({"state": "confirmed", "limit": "50", "offset": "50"})],
        json=page([order_json(3, modified_date="2024-10-24T09:00:00.000001")], None, count=3),
    )

    pages = list(adapter.fetch_orders(None))

    assert [[r.external_id for r in p.records] for p in pages] == [["1", "2"], ["3"]]
    # Each page moves the cursor past its last order (time and id); the finished pull keeps its last moment open.
    assert [p.cursor for p in pages] == ["2024-10-23T06:00:03.500000|2", "2024-10-24T09:00:00.000001"]
    assert all(c.request.url.startswith(BASE) or c.request.url == TOKEN_URL for c in responses.calls)


@responses.activate
def test_summary_results_are_read_in_full_by_id_with_trailing_slash(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    summary = {k: order_json(7)[k] for k in ("id", "reference", "state", "order_date", "create_date", "modified_date")}
    responses.get(LIST, json=page([summary]))
    responses.get(order_url(7), json=order_json(7))

    (only,) = list(adapter.fetch_orders(None))

    assert [r.reference for r in only.records] == ["CS48007"]
    assert only.records[0].lines[0].sku == "124_STUK"
    assert responses.calls[-1].request.url == order_url(7)


@responses.activate
def test_listed_order_that_vanished_is_rejected_not_fatal(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, json=page([{"id": 7, "reference": "CS7", "state": "confirmed"}, order_json(8)]))
    responses.get(order_url(7), status=404, json={"detail": "Not found."})

    (only,) = list(adapter.fetch_orders(None))

    assert [r.external_id for r in only.records] == ["8"]
    assert only.rejected == [("7", "the order was listed but cannot be read: Not found.")]


@responses.activate
def test_incremental_pull_asks_confirmed_and_changed_since_the_cursor(
    adapter: CloudSuiteAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cloudsuite, "HANDOVER_SIZE", 2)
    cursor = "2024-10-23T06:00:03.500000"
    token_answer(responses.mock)
    responses.get(
        LIST,
        match=[
            matchers.query_param_matcher(
                {"state": "confirmed", "confirm_date__gte": cursor, "limit": "50", "offset": "0"}
            )
        ],
        json=page([order_json(7), order_json(9, modified_date="2024-10-25T10:00:00")]),
    )
    responses.get(
        LIST,
        match=[matchers.query_param_matcher({"modified_date__gte": cursor, "limit": "50", "offset": "0"})],
        json=page(
            [
                order_json(9, modified_date="2024-10-25T10:00:00"),  # seen in the first query already
                order_json(5, state="cancel", modified_date="2024-10-25T11:30:00"),
                order_json(6, state="draft", modified_date="2024-10-25T12:00:00"),  # not an order yet
                order_json(4, state="done", modified_date="2024-10-01T00:00:00"),  # older: the filter was ignored
            ]
        ),
    )

    pages = list(adapter.fetch_orders(cursor))

    assert [[r.external_id for r in p.records] for p in pages] == [["7", "9"], ["5"]]
    assert pages[1].records[0].status == OrderStatus.CANCELLED
    assert [p.cursor for p in pages] == ["2024-10-25T10:00:00|9", "2024-10-25T12:00:00"]


@responses.activate
def test_pull_with_nothing_new_keeps_the_cursor(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, json=page([]))

    pages = list(adapter.fetch_orders("2024-10-23T06:00:00"))

    assert [(p.records, p.cursor) for p in pages] == [([], "2024-10-23T06:00:00")]


@responses.activate
def test_bad_order_is_rejected_while_the_rest_of_the_page_imports(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    no_currency = order_json(1)
    del no_currency["currency"]
    fractional = order_json(2, order_lines=[line(21, "123_KG", "2.500", "4.00")])
    bad_price = order_json(3, order_lines=[line(31, "124_STUK", "1", "ten euros")])
    responses.get(LIST, json=page([no_currency, fractional, bad_price, order_json(4), "junk"]))

    (only,) = list(adapter.fetch_orders(None))

    assert [r.external_id for r in only.records] == ["4"]
    assert only.rejected == [
        ("?", "the channel sent something that is not an order"),
        ("1", "the order has no currency"),
        ("2", "line 1 (123_KG) has quantity 2.500; OrderDesk counts whole units above zero"),
        ("3", "the price of line 1 (124_STUK) is not a number ('ten euros')"),
    ]


@responses.activate
def test_list_without_results_is_malformed(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, json={"detail": "ok"})
    with pytest.raises(MalformedResponse, match="without `results`"):
        list(adapter.fetch_orders(None))


@responses.activate
def test_list_answered_with_html_is_malformed(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, body="<html>502 Bad Gateway</html>", status=200, content_type="text/html")
    with pytest.raises(MalformedResponse, match="not JSON"):
        list(adapter.fetch_orders(None))


@responses.activate
def test_next_link_repeating_itself_stops_the_pull(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    loop = f"{BASE}/api/order/?limit=50&offset=50&state=confirmed"
    responses.get(LIST, json=page([order_json(1)], loop, count=9))
    with pytest.raises(MalformedResponse, match="same page"):
        list(adapter.fetch_orders(None))


# ---- mapping ----------------------------------------------------------------------------------------
def test_order_maps_lines_addresses_money_and_times() -> None:
    shipping = {
        "id": 13,
        "product": {"key": "SHIP", "origin": "erp"},
        "description": "Verzendkosten",
        "type": "shipping",
        "quantity": "1.000",
        "unit_price": "4.95",
        "erp_line_number": None,
    }
    text = {
        "id": 14,
        "product": {"key": "TXT", "origin": "erp"},
        "description": "Bel aan",
        "type": "text",
        "quantity": "1.000",
        "unit_price": "0.00",
        "erp_line_number": None,
    }
    raw = order_json(
        7,
        customer_order_number="PO-1",
        erp_order_number="ERP-9",
        order_lines=[line(11, "124_STUK", "2.000", "18.95", erp_line_number=11), shipping, text],
    )

    result = order_record(raw)

    assert result.external_id == "7" and result.reference == "CS48007"
    assert result.lines == (
        LineRecord(
            sku="124_STUK",
            name="Product 124_STUK",
            quantity=2,
            unit_price=Decimal("18.95"),
            external_id="11",
            erp_line_number="11",
        ),
    )
    assert result.shipping_total == Decimal("4.95")
    assert result.total == Decimal("42.85")
    assert result.customer.name == "Zoë Åkerlund" and result.customer.email == "zoe@example.se"
    assert result.shipping_address.street == "Sveavägen 44"
    assert result.shipping_address.postcode == "111 34"
    assert result.shipping_address.country == "SE"
    assert result.created_at == datetime(2024, 10, 23, 6, 0, 0, 120000, tzinfo=UTC)
    assert result.updated_at == datetime(2024, 10, 23, 6, 0, 3, 500000, tzinfo=UTC)
    assert result.erp_order_number == "ERP-9"
    assert result.attributes == {"customer_order_number": "PO-1"}
    assert result.channel_status == "confirmed"
    data = result.channel_data
    assert (data["id"], data["webshop"], data["customer"], data["shipment_address"], data["invoice_address"]) == (
        7,
        1,
        1324,
        1695,
        1652,
    )
    assert data["offline"] is False
    assert data["origins"] == {"11": "erp"}
    assert data["extra_lines"] == [shipping, text]
    json.dumps(data)  # the store keeps it as JSON


def test_order_with_ids_instead_of_nested_objects_keeps_the_ids() -> None:
    result = order_record(
        order_json(7, customer=1324, shipment_address=1695, invoice_address=1652, webshop={"id": 2, "name": "UK"})
    )

    assert result.customer.name == ""
    assert result.shipping_address.city == ""
    assert (result.channel_data["customer"], result.channel_data["shipment_address"]) == (1324, 1695)
    assert result.channel_data["webshop"] == 2


def test_quantities_and_prices_sent_as_json_numbers_are_read_without_float_noise() -> None:
    result = order_record(order_json(7, order_lines=[line(1, "A", 3.0, 0.1)]))
    assert (result.lines[0].quantity, result.lines[0].unit_price) == (3, Decimal("0.1"))


@pytest.mark.parametrize(
    ("payment", "expected"),
    [
        ("closed_success", PaymentStatus.PAID),
        ("paid", PaymentStatus.PAID),
        ("account", PaymentStatus.INVOICE_LATER),
        ("closed_canceled", PaymentStatus.UNPAID),
        ("started", PaymentStatus.UNPAID),
        ("none", PaymentStatus.UNPAID),
        (None, PaymentStatus.UNPAID),
        ("something_new", PaymentStatus.UNPAID),
    ],
)
def test_payment_status_maps_to_paid_invoice_later_or_unpaid(payment: Any, expected: PaymentStatus) -> None:
    assert record(payment_status=payment).payment_status == expected


@pytest.mark.parametrize(
    ("state", "shipment", "expected"),
    [
        ("confirmed", "none", OrderStatus.PENDING),
        ("processing", "none", OrderStatus.PROCESSING),
        ("processing", "sent", OrderStatus.DISPATCHED),
        ("confirmed", "sent", OrderStatus.DISPATCHED),
        ("done", "sent", OrderStatus.DELIVERED),
        ("cancel", "none", OrderStatus.CANCELLED),
    ],
)
def test_state_and_shipment_state_map_to_desk_status(state: str, shipment: str, expected: OrderStatus) -> None:
    result = record(state=state, shipment_state=shipment)
    assert result.status == expected and result.channel_status == state


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"order_lines": []}, "the order has no product lines"),
        ({"reference": None}, "the order has no reference"),
        (
            {"order_lines": [line(1, "A", "0", "1.00")]},
            "line 1 (A) has quantity 0; OrderDesk counts whole units above zero",
        ),
        ({"order_lines": [{"id": 1, "type": "line", "quantity": 1, "unit_price": "1"}]}, "line 1 has no product key"),
        ({"order_lines": [line(1, "A", 1, None)]}, "line 1 (A) has no unit_price"),
        ({"modified_date": "yesterday"}, "modified_date 'yesterday' is not a date and time"),
    ],
)
def test_order_missing_what_it_needs_is_rejected_in_words(overrides: dict[str, Any], reason: str) -> None:
    with pytest.raises(cloudsuite.Rejected) as caught:
        order_record(order_json(7, **overrides))
    assert str(caught.value) == reason


# ---- errors -----------------------------------------------------------------------------------------
@responses.activate
def test_server_errors_are_retried_then_reported_as_transient(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, status=502, body="Bad gateway")

    with pytest.raises(TransientError) as caught:
        adapter.test_connection()

    assert caught.value.outcome_unknown is False  # a GET changes nothing
    assert len([c for c in responses.calls if c.request.url.startswith(LIST)]) == 3


@responses.activate
def test_server_error_once_then_success(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, status=500, json={"detail": "A server error occurred."})
    responses.get(LIST, json=page([], count=4))

    assert adapter.test_connection() == "Connected to CloudSuite: 4 orders."


@responses.activate
def test_connection_errors_are_transient(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, body=requests.exceptions.ConnectionError("refused"))

    with pytest.raises(TransientError, match="cannot be reached"):
        adapter.test_connection()


@responses.activate
def test_timeout_on_a_patch_is_transient_with_unknown_outcome(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.patch(order_url(7), body=requests.exceptions.ReadTimeout("slow"))

    with pytest.raises(TransientError) as caught:
        adapter.push(event(EventKind.ACKNOWLEDGE, record(7), {"status": "processing"}))

    assert caught.value.outcome_unknown is True
    assert len([c for c in responses.calls if c.request.method == "PATCH"]) == 3  # absolute values: safe to repeat


@responses.activate
def test_429_is_rate_limited_with_retry_after(calls: list[CallRecord]) -> None:
    adapter = make_adapter(calls, max_retries=0)
    token_answer(responses.mock)
    responses.get(
        LIST,
        status=429,
        json={"detail": "Request was throttled. Expected available in 7 seconds."},
        headers={"Retry-After": "7"},
    )

    with pytest.raises(RateLimited) as caught:
        adapter.test_connection()

    assert caught.value.retry_after == 7
    assert "Request was throttled" in caught.value.message


@responses.activate
def test_429_then_success_waits_and_retries(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, status=429, json={"detail": "throttled"}, headers={"Retry-After": "1"})
    responses.get(LIST, json=page([], count=3))

    assert adapter.test_connection() == "Connected to CloudSuite: 3 orders."


@responses.activate
def test_drf_field_error_reaches_the_user_intact(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.patch(order_url(7), status=400, json={"state": ['"shipped" is not a valid choice.']})

    with pytest.raises(PermanentError) as caught:
        adapter.push(event(EventKind.CANCEL, record(7), {"status": "cancelled"}))

    assert caught.value.channel_message == 'state: "shipped" is not a valid choice.'
    assert 'state: "shipped" is not a valid choice.' in caught.value.message


@responses.activate
def test_nested_line_errors_are_shown_with_their_line(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(order_url(7), json=order_json(7))
    responses.put(
        order_url(7),
        status=400,
        json={
            "order_lines": [{}, {"unit_price": ["This field is required."], "product": {"key": ["Unknown key."]}}],
            "non_field_errors": ["The order is locked."],
        },
    )

    with pytest.raises(PermanentError) as caught:
        adapter.push(event(EventKind.EDIT, record(7), edit_payload()))

    assert caught.value.channel_message == (
        "order_lines[1].unit_price: This field is required.; order_lines[1].product.key: Unknown key.; "
        "The order is locked."
    )


@responses.activate
def test_not_found_detail_is_permanent(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.patch(order_url(7), status=404, json={"detail": "Not found."})

    with pytest.raises(PermanentError, match=r"HTTP 404\): Not found\."):
        adapter.push(event(EventKind.ACKNOWLEDGE, record(7)))


@responses.activate
def test_forbidden_is_an_auth_error(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, status=403, json={"detail": "You do not have permission to perform this action."})

    with pytest.raises(AuthError, match="You do not have permission"):
        adapter.test_connection()


# ---- push -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "payload", "body"),
    [
        (EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"}, {"state": "processing"}),
        (EventKind.ERP_NUMBER, {"erp_order_number": "ERP-124578"}, {"erp_order_number": "ERP-124578"}),
        (
            EventKind.DISPATCH,
            {"status": "dispatched", "consignment_number": "3SABC123", "carrier": "PostNL"},
            {"shipment_state": "sent"},
        ),
        (EventKind.STATUS, {"status": "delivered", "previous": "dispatched"}, {"state": "done"}),
        (EventKind.STATUS, {"status": "pending", "previous": "processing"}, {"state": "confirmed"}),
        (EventKind.STATUS, {"status": "processing", "previous": "packed"}, {"state": "processing"}),
        (EventKind.CANCEL, {"status": "cancelled", "reason": "customer asked"}, {"state": "cancel"}),
    ],
)
@responses.activate
def test_push_patches_the_order_with_trailing_slash(
    adapter: CloudSuiteAdapter, kind: EventKind, payload: dict[str, Any], body: dict[str, Any]
) -> None:
    token_answer(responses.mock)
    responses.patch(order_url(7), json=order_json(7), match=[matchers.json_params_matcher(body)])

    result = adapter.push(event(kind, record(7), payload))

    assert result.message
    assert responses.calls[-1].request.url == order_url(7)


@responses.activate
def test_dispatch_says_the_consignment_stays_in_orderdesk(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.patch(order_url(7), json=order_json(7))

    result = adapter.push(event(EventKind.DISPATCH, record(7), {"consignment_number": "3SABC123", "carrier": "DHL"}))

    assert "3SABC123 stays in OrderDesk" in result.message


@responses.activate
def test_erp_number_falls_back_to_the_orders_own(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.patch(order_url(7), json=order_json(7), match=[matchers.json_params_matcher({"erp_order_number": "E1"})])
    adapter.push(event(EventKind.ERP_NUMBER, record(7, erp_order_number="E1")))


def test_erp_number_event_without_a_number_is_refused(adapter: CloudSuiteAdapter) -> None:
    with pytest.raises(PermanentError, match="no ERP order number"):
        adapter.push(event(EventKind.ERP_NUMBER, record(7)))


@responses.activate
def test_packed_has_no_cloudsuite_state_and_sends_nothing(adapter: CloudSuiteAdapter) -> None:
    result = adapter.push(event(EventKind.STATUS, record(7), {"status": "packed", "previous": "processing"}))
    assert "no 'packed' state" in result.message
    assert len(responses.calls) == 0


@pytest.mark.parametrize("kind", [EventKind.ACKNOWLEDGE, EventKind.STATUS, EventKind.CANCEL])
@responses.activate
def test_offline_orders_take_no_state_changes(adapter: CloudSuiteAdapter, kind: EventKind) -> None:
    result = adapter.push(event(kind, record(7, offline=True), {"status": "delivered"}))
    assert "offline order" in result.message
    assert len(responses.calls) == 0
    assert bool(result.warnings) == (kind == EventKind.CANCEL)


@responses.activate
def test_offline_order_dispatch_sends_shipment_state_sent(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.patch(order_url(7), json=order_json(7), match=[matchers.json_params_matcher({"shipment_state": "sent"})])
    adapter.push(event(EventKind.DISPATCH, record(7, offline=True), {"consignment_number": "X1"}))


@pytest.mark.parametrize("kind", [EventKind.SPLIT, EventKind.RETURN, EventKind.INVOICE, EventKind.STOCK])
def test_kinds_cloudsuite_cannot_take_are_unsupported(adapter: CloudSuiteAdapter, kind: EventKind) -> None:
    with pytest.raises(UnsupportedAction):
        adapter.push(event(kind, record(7)))


def test_returned_status_is_unsupported(adapter: CloudSuiteAdapter) -> None:
    with pytest.raises(UnsupportedAction, match="returned"):
        adapter.push(event(EventKind.STATUS, record(7), {"status": "returned"}))


def edit_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "fields": [],
        "shipping_address": {},
        "customer": {},
        "lines": [
            {
                "line_id": 501,
                "external_id": "11",
                "sku": "124_STUK",
                "name": "Product 124_STUK",
                "quantity": 3,
                "unit_price": "18.95",
            },
            {
                "line_id": 503,
                "external_id": None,
                "sku": "125_STUK",
                "name": "Nieuw product",
                "quantity": 1,
                "unit_price": "5.00",
            },
        ],
        "removed_line_ids": [502],
        "total": "61.85",
        "commission": None,
    }
    payload.update(overrides)
    return payload


@responses.activate
def test_edit_puts_the_full_order_with_erp_line_numbers(adapter: CloudSuiteAdapter) -> None:
    shipping = {
        "id": 13,
        "product": {"key": "SHIP", "origin": "erp"},
        "description": "Verzendkosten",
        "type": "shipping",
        "quantity": "1.000",
        "unit_price": "4.95",
        "erp_line_number": None,
    }
    remote = order_json(
        7,
        erp_order_number="ERP-1",
        state="processing",
        order_lines=[
            line(11, "124_STUK", "2.000", "18.95", erp_line_number=22),
            line(12, "123_STUK", "1.000", "7.25"),
            shipping,
        ],
    )
    token_answer(responses.mock)
    responses.get(order_url(7), json=remote)
    responses.put(order_url(7), json=remote)
    local = replace_lines(record(7, order_lines=remote["order_lines"]), erp_for={"11": "10"})

    result = adapter.push(event(EventKind.EDIT, local, edit_payload()))

    assert sent_json(responses.calls[-1]) == {
        "reference": "CS48007",
        "customer": 1324,
        "erp_order_number": "ERP-1",
        "state": "processing",
        "currency": "EUR",
        "order_lines": [
            {
                "id": 11,
                "product": {"key": "124_STUK", "origin": "erp"},
                "description": "Product 124_STUK",
                "type": "line",
                "quantity": 3,
                "unit_price": "18.95",
                "erp_line_number": 10,
            },
            {
                "product": {"key": "125_STUK", "origin": "erp"},
                "description": "Nieuw product",
                "type": "line",
                "quantity": 1,
                "unit_price": "5.00",
                "erp_line_number": 503,
            },
            shipping,
        ],
        "shipment_address": 1695,
        "invoice_address": 1652,
        "webshop": 1,
        "user": 1260,
    }
    assert result.warnings == []
    assert responses.calls[-1].request.method == "PUT"


def replace_lines(order: OrderRecord, *, erp_for: dict[str, str]) -> OrderRecord:
    from dataclasses import replace

    return replace(
        order,
        lines=tuple(
            replace(line, erp_line_number=erp_for.get(line.external_id or "", line.erp_line_number))
            for line in order.lines
        ),
    )


@responses.activate
def test_edit_with_a_changed_address_warns_that_it_stays_local(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(order_url(7), json=order_json(7))
    responses.put(order_url(7), json=order_json(7))

    result = adapter.push(event(EventKind.EDIT, record(7), edit_payload(fields=["city", "street"])))

    assert len(result.warnings) == 1
    assert "city, street" in result.warnings[0]


# ---- unknown id -------------------------------------------------------------------------------------
def without_id(order: OrderRecord, **data: Any) -> OrderRecord:
    from dataclasses import replace

    return replace(order, external_id="", channel_data=data)


@responses.activate
def test_unknown_id_is_looked_up_by_reference(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(
        LIST,
        match=[matchers.query_param_matcher({"reference": "CS48007", "limit": "50"})],
        json=page(
            [{"id": 70, "reference": "CS48007", "webshop": 1}, {"id": 71, "reference": "CS480071", "webshop": 1}]
        ),
    )
    responses.patch(order_url(70), json=order_json(70))

    adapter.push(event(EventKind.ACKNOWLEDGE, without_id(record(7))))

    assert responses.calls[-1].request.url == order_url(70)


@responses.activate
def test_reference_found_in_several_webshops_is_narrowed_by_webshop(calls: list[CallRecord]) -> None:
    adapter = make_adapter(calls, options={"webshop": "2"})
    token_answer(responses.mock)
    both = [{"id": 70, "reference": "CS48007", "webshop": 1}, {"id": 90, "reference": "CS48007", "webshop": 2}]
    responses.get(LIST, match=[matchers.query_param_matcher({"reference": "CS48007", "limit": "50"})], json=page(both))
    responses.get(
        LIST,
        match=[matchers.query_param_matcher({"reference": "CS48007", "limit": "50", "webshop": "2"})],
        json=page([both[1]]),
    )
    responses.patch(order_url(90), json=order_json(90))

    adapter.push(event(EventKind.ACKNOWLEDGE, without_id(record(7))))

    assert responses.calls[-1].request.url == order_url(90)


@responses.activate
def test_reference_in_several_webshops_without_a_webshop_set_is_refused(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(
        LIST,
        json=page([{"id": 70, "reference": "CS48007", "webshop": 1}, {"id": 90, "reference": "CS48007", "webshop": 2}]),
    )

    with pytest.raises(PermanentError, match=r"2 orders with reference CS48007 \(webshops 1, 2\)"):
        adapter.push(event(EventKind.ACKNOWLEDGE, without_id(record(7))))


@responses.activate
def test_reference_cloudsuite_does_not_know_is_refused(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    responses.get(LIST, json=page([]))

    with pytest.raises(PermanentError, match="no order with reference CS48007"):
        adapter.push(event(EventKind.ACKNOWLEDGE, without_id(record(7))))


# ---- read-back --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "payload", "remote", "applied"),
    [
        (EventKind.ACKNOWLEDGE, {}, {"state": "processing"}, True),
        (EventKind.ACKNOWLEDGE, {}, {"state": "confirmed"}, False),
        (EventKind.ERP_NUMBER, {"erp_order_number": "E-7"}, {"erp_order_number": "E-7"}, True),
        (EventKind.ERP_NUMBER, {"erp_order_number": "E-7"}, {"erp_order_number": None}, False),
        (EventKind.DISPATCH, {}, {"state": "processing", "shipment_state": "sent"}, True),
        (EventKind.DISPATCH, {}, {"state": "processing", "shipment_state": "none"}, False),
        (EventKind.STATUS, {"status": "delivered"}, {"state": "done"}, True),
        (EventKind.STATUS, {"status": "delivered"}, {"state": "processing"}, False),
        (EventKind.CANCEL, {}, {"state": "cancel"}, True),
        (EventKind.CANCEL, {}, {"state": "confirmed"}, False),
    ],
)
@responses.activate
def test_already_applied_reads_the_order_back(
    adapter: CloudSuiteAdapter, kind: EventKind, payload: dict[str, Any], remote: dict[str, Any], applied: bool
) -> None:
    token_answer(responses.mock)
    responses.get(order_url(7), json=order_json(7, **remote))

    result = adapter.already_applied(event(kind, record(7), payload))

    assert (result is not None) == applied
    assert responses.calls[-1].request.url == order_url(7)


@responses.activate
def test_already_applied_edit_compares_the_goods_lines(adapter: CloudSuiteAdapter) -> None:
    token_answer(responses.mock)
    edited = [line(11, "124_STUK", "3.000", "18.95"), line(15, "125_STUK", "1.000", "5.00")]
    responses.get(order_url(7), json=order_json(7, order_lines=edited))
    responses.get(order_url(7), json=order_json(7))

    assert adapter.already_applied(event(EventKind.EDIT, record(7), edit_payload())) is not None
    assert adapter.already_applied(event(EventKind.EDIT, record(7), edit_payload())) is None


@responses.activate
def test_already_applied_for_a_local_only_status_needs_no_call(adapter: CloudSuiteAdapter) -> None:
    assert adapter.already_applied(event(EventKind.STATUS, record(7), {"status": "packed"})) is not None
    assert len(responses.calls) == 0


# ---- secrets ----------------------------------------------------------------------------------------
@responses.activate
def test_secrets_and_tokens_never_reach_a_logged_call(adapter: CloudSuiteAdapter, calls: list[CallRecord]) -> None:
    token_answer(responses.mock, TOKEN)
    token_answer(responses.mock, TOKEN_2)
    responses.get(LIST, status=401, json={"detail": f"Invalid token {TOKEN}."})  # a server echoing the token
    responses.get(LIST, json=page([order_json(7)]))
    responses.patch(order_url(7), status=400, json={"detail": f"bad client_secret={SECRET}"})

    list(adapter.fetch_orders(None))
    with pytest.raises(PermanentError) as caught:
        adapter.push(event(EventKind.ACKNOWLEDGE, record(7)))

    assert len(calls) == 5
    for call in calls:
        for text in (call.url, call.message, call.request_excerpt, call.response_excerpt):
            for secret in (SECRET, TOKEN, TOKEN_2):
                assert secret not in text
    assert "***" in calls[0].request_excerpt  # the token request's client_secret, masked
    assert "client_secret=***" in str(caught.value)  # the server's words, minus the secret it echoed
    assert SECRET not in str(caught.value) and SECRET not in (caught.value.channel_message or "")


@responses.activate
def test_refused_credentials_leave_no_secret_in_the_log_or_the_error(
    adapter: CloudSuiteAdapter, calls: list[CallRecord]
) -> None:
    responses.post(TOKEN_URL, status=401, json={"error": "invalid_client", "error_description": "Client unknown."})

    with pytest.raises(AuthError) as caught:
        adapter.test_connection()

    assert SECRET not in str(caught.value)
    assert calls and all(SECRET not in c.request_excerpt + c.response_excerpt + c.message for c in calls)
