"""The affiliate adapter against recorded answers (`responses`): every endpoint, success and failure."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
import requests
import responses
from responses import matchers

from orderdesk.channels.affiliate import AffiliateAdapter
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
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import Address, Customer, LineRecord, OrderRecord
from orderdesk.core.statuses import OrderStatus, PaymentStatus

BASE = "https://affiliate.example.com"
TOKEN = "aff_tok_5ecret_9f8e7d6c5b4a"
ORDERS = f"{BASE}/api/orders"


def make_adapter(
    logs: list[CallRecord] | None = None,
    *,
    token: str | None = TOKEN,
    page_size: int | None = None,
    settings: HttpSettings | None = None,
    sleeps: list[float] | None = None,
) -> AffiliateAdapter:
    config = ChannelConfig(
        name="Affiliate EU",
        kind="affiliate",
        base_url=BASE,
        options={"page_size": page_size} if page_size else {},
        secrets={"token": token} if token else {},
    )
    return AffiliateAdapter(
        config,
        http_settings=settings or HttpSettings(backoff_base=0, max_retries=2),
        logger=logs.append if logs is not None else None,
        sleep=(sleeps.append if sleeps is not None else lambda seconds: None),
    )


def raw_order(
    order_id: int = 5001, updated_at: str = "2024-03-01T10:00:00.000000Z", **overrides: Any
) -> dict[str, Any]:
    order: dict[str, Any] = {
        "id": order_id,
        "order_number": f"AFF-{100000 + order_id}",
        "reference": None,
        "parent_id": None,
        "affiliate_id": "AF-1042",
        "commission_rate": "7.50",
        "commission": "3.27",
        "status": "pending",
        "payment_status": "paid",
        "currency": "GBP",
        "customer": {"name": "Łukasz Wiśniewski", "email": "lukasz@example.pl", "phone": "+48 42 555 01 23"},
        "shipping_address": {
            "name": "Łukasz Wiśniewski",
            "company": "",
            "street": "ul. Piotrkowska 120\nlokal 4",
            "city": "Łódź",
            "postcode": "90-006",
            "region": "łódzkie",
            "country": "PL",
            "phone": "+48 42 555 01 23",
        },
        "items": [
            {"id": 90001, "sku": "TEA-ASSAM-250", "name": "Assam tea 250 g", "quantity": 2, "unit_price": "8.50"},
            {"id": 90002, "sku": "MUG-STONE-BLU", "name": "Stoneware mug", "quantity": 1, "unit_price": "26.60"},
        ],
        "shipping_total": "4.95",
        "total": "48.55",
        "consignment_number": None,
        "courier": None,
        "created_at": "2024-03-01T09:15:00.000000Z",
        "updated_at": updated_at,
    }
    order.update(overrides)
    return order


def listing(orders: list[dict[str, Any]], page: int = 1, pages: int = 1, total: int | None = None) -> dict[str, Any]:
    return {"data": orders, "meta": {"page": page, "pages": pages, "total": len(orders) if total is None else total}}


def record(**overrides: Any) -> OrderRecord:
    values: dict[str, Any] = {
        "external_id": "5001",
        "reference": "AFF-105001",
        "lines": (
            LineRecord("TEA-ASSAM-250", "Assam tea 250 g", 2, Decimal("8.50"), external_id="90001"),
            LineRecord("MUG-STONE-BLU", "Stoneware mug", 1, Decimal("26.60"), external_id="90002"),
        ),
        "status": OrderStatus.PROCESSING,
        "source": "affiliate",
        "customer": Customer("Łukasz Wiśniewski", "lukasz@example.pl", "+48 42 555 01 23"),
        "shipping_address": Address(name="Łukasz Wiśniewski", street="ul. Piotrkowska 120", city="Łódź", country="PL"),
        "currency": "GBP",
        "commission_rate": Decimal("7.50"),
        "channel_data": {"id": 5001, "order_number": "AFF-105001", "affiliate_id": "AF-1042"},
    }
    values.update(overrides)
    return OrderRecord(**values)


def event(kind: EventKind, payload: dict[str, Any], **order: Any) -> OutboundEvent:
    return OutboundEvent(event_id=1, kind=kind, order=record(**order), payload=payload, idempotency_key="evt-1")


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock() as mock:
        yield mock


def bearer() -> Any:
    return matchers.header_matcher({"Authorization": f"Bearer {TOKEN}"})


# ---- connection -------------------------------------------------------------------------------------
def test_connection_reports_the_order_count(rsps: responses.RequestsMock) -> None:
    rsps.get(
        ORDERS,
        json=listing([raw_order()], total=14),
        match=[matchers.query_param_matcher({"per_page": "1"}), bearer()],
    )
    assert make_adapter().test_connection() == "Connected to the affiliate order system: 14 orders."


def test_connection_counts_one_order_in_the_singular(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, json=listing([raw_order()], total=1))
    assert make_adapter().test_connection() == "Connected to the affiliate order system: 1 order."


def test_wrong_token_is_an_auth_error_at_once_without_renewal(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, status=401, json={"message": "Unauthenticated."})
    with pytest.raises(AuthError) as caught:
        make_adapter().test_connection()
    assert "Unauthenticated." in caught.value.message
    assert caught.value.http_status == 401
    assert len(rsps.calls) == 1


def test_missing_token_is_an_auth_error_without_calling(rsps: responses.RequestsMock) -> None:
    with pytest.raises(AuthError, match="No API token"):
        make_adapter(token=None).test_connection()
    assert len(rsps.calls) == 0


# ---- pull -------------------------------------------------------------------------------------------
def test_first_pull_omits_updated_since_and_reads_every_page(rsps: responses.RequestsMock) -> None:
    t = [f"2024-03-01T1{n}:00:00.000000Z" for n in range(5)]
    orders = [raw_order(5001 + n, t[n]) for n in range(5)]
    rsps.get(
        ORDERS,
        json=listing(orders[0:2], 1, 3, 5),
        match=[matchers.query_param_matcher({"page": "1", "per_page": "2"})],
    )
    # From there on each request asks from the newest updated_at seen (inclusive), so the boundary comes again.
    rsps.get(
        ORDERS,
        json=listing(orders[1:3], 1, 2, 4),
        match=[matchers.query_param_matcher({"page": "1", "per_page": "2", "updated_since": t[1]})],
    )
    rsps.get(
        ORDERS,
        json=listing(orders[2:4], 1, 2, 3),
        match=[matchers.query_param_matcher({"page": "1", "per_page": "2", "updated_since": t[2]})],
    )
    rsps.get(
        ORDERS,
        json=listing(orders[3:5], 1, 1, 2),
        match=[matchers.query_param_matcher({"page": "1", "per_page": "2", "updated_since": t[3]})],
    )
    pages = list(make_adapter(page_size=2).fetch_orders(None))
    ids = [r.external_id for page in pages for r in page.records]
    assert ids == ["5001", "5002", "5003", "5004", "5005"]
    # Each page's cursor names the last order read at its time; the finished pull keeps its last second open.
    assert [page.cursor for page in pages] == [f"{t[1]}|5002", f"{t[2]}|5003", f"{t[3]}|5004", t[4]]


def test_pull_from_a_cursor_asks_from_that_time(rsps: responses.RequestsMock) -> None:
    cursor = "2024-03-01T10:00:00.000000Z"
    rsps.get(
        ORDERS,
        json=listing([raw_order(5001, cursor), raw_order(5002, "2024-03-01T10:00:07.000000Z")]),
        match=[matchers.query_param_matcher({"page": "1", "per_page": "50", "updated_since": cursor})],
    )
    pages = list(make_adapter().fetch_orders(cursor))
    assert len(pages) == 1
    assert [r.external_id for r in pages[0].records] == ["5001", "5002"]
    assert pages[0].cursor == "2024-03-01T10:00:07.000000Z"


def test_a_cursor_naming_the_last_order_of_its_second_skips_what_it_covers(rsps: responses.RequestsMock) -> None:
    second = "2024-03-01T10:00:00.000000Z"
    rsps.get(
        ORDERS,
        json=listing([raw_order(n, second) for n in (5001, 5002, 5003, 5004)]),
        match=[matchers.query_param_matcher({"page": "1", "per_page": "50", "updated_since": second})],
    )
    pages = list(make_adapter().fetch_orders(f"{second}|5002"))
    assert [r.external_id for r in pages[0].records] == ["5003", "5004"]  # 5001 and 5002 were taken in already
    assert pages[0].cursor == second  # finished: the last second stays open


def test_pull_with_nothing_new_keeps_the_cursor(rsps: responses.RequestsMock) -> None:
    cursor = "2024-03-01T10:00:00.000000Z"
    rsps.get(ORDERS, json=listing([], 1, 1, 0))
    pages = list(make_adapter().fetch_orders(cursor))
    assert len(pages) == 1 and pages[0].records == [] and pages[0].cursor == cursor


def test_cursor_since_a_moment_asks_from_that_moment(rsps: responses.RequestsMock) -> None:
    adapter = make_adapter()
    cursor = adapter.cursor_since(datetime(2024, 3, 1, 12, 30, tzinfo=UTC))
    assert cursor == "2024-03-01T12:30:00.000000Z"
    rsps.get(
        ORDERS,
        json=listing([]),
        match=[matchers.query_param_matcher({"page": "1", "per_page": "50", "updated_since": cursor})],
    )
    assert list(adapter.fetch_orders(cursor))[0].records == []


def test_unreadable_cursor_starts_over_from_the_beginning(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, json=listing([raw_order()]), match=[matchers.query_param_matcher({"page": "1", "per_page": "50"})])
    pages = list(make_adapter().fetch_orders("not-a-time"))
    assert [r.external_id for r in pages[0].records] == ["5001"]


def test_a_full_page_sharing_one_second_is_stepped_through_by_page_number(rsps: responses.RequestsMock) -> None:
    same = "2024-03-01T10:00:00.000000Z"
    rsps.get(
        ORDERS,
        json=listing([raw_order(5001, same), raw_order(5002, same)], 1, 2, 3),
        match=[matchers.query_param_matcher({"page": "1", "per_page": "2", "updated_since": same})],
    )
    rsps.get(
        ORDERS,
        json=listing([raw_order(5003, same)], 2, 2, 3),
        match=[matchers.query_param_matcher({"page": "2", "per_page": "2", "updated_since": same})],
    )
    pages = list(make_adapter(page_size=2).fetch_orders(same))
    assert [r.external_id for page in pages for r in page.records] == ["5001", "5002", "5003"]


def test_laravel_paginator_meta_is_understood(rsps: responses.RequestsMock) -> None:
    rsps.get(
        ORDERS,
        json={"data": [raw_order(5001, "2024-03-01T10:00:00Z")], "meta": {"current_page": 1, "last_page": 2}},
    )
    rsps.get(
        ORDERS,
        json={"data": [raw_order(5002, "2024-03-01T11:00:00Z")], "meta": {"current_page": 1, "last_page": 1}},
        match=[
            matchers.query_param_matcher({"page": "1", "per_page": "1", "updated_since": "2024-03-01T10:00:00.000000Z"})
        ],
    )
    pages = list(make_adapter(page_size=1).fetch_orders(None))
    assert [r.external_id for page in pages for r in page.records] == ["5001", "5002"]


def test_order_fields_map_to_the_channel_neutral_record(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, json=listing([raw_order(consignment_number="JD014600001", courier="DHL", status="dispatched")]))
    order = next(make_adapter().fetch_orders(None)).records[0]
    assert order.external_id == "5001" and order.reference == "AFF-105001"
    assert order.source == "affiliate"
    assert order.status == OrderStatus.DISPATCHED and order.channel_status == "dispatched"
    assert order.payment_status == PaymentStatus.PAID
    assert order.commission_rate == Decimal("7.50")
    assert order.currency == "GBP"
    assert order.shipping_total == Decimal("4.95") and order.total == Decimal("48.55")
    assert order.customer == Customer("Łukasz Wiśniewski", "lukasz@example.pl", "+48 42 555 01 23")
    assert order.shipping_address.street == "ul. Piotrkowska 120\nlokal 4"
    assert order.shipping_address.city == "Łódź" and order.shipping_address.region == "łódzkie"
    assert order.lines[0] == LineRecord("TEA-ASSAM-250", "Assam tea 250 g", 2, Decimal("8.50"), external_id="90001")
    assert order.created_at == datetime(2024, 3, 1, 9, 15, tzinfo=UTC)
    assert order.updated_at == datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    assert order.consignment_number == "JD014600001" and order.carrier == "DHL"
    assert order.channel_data == {
        "id": 5001,
        "order_number": "AFF-105001",
        "affiliate_id": "AF-1042",
        "commission": "3.27",
    }


def test_shipping_is_what_the_total_holds_beyond_the_items_when_not_given(rsps: responses.RequestsMock) -> None:
    order = raw_order(total="50.00", unknown_extra={"ignored": True})
    del order["shipping_total"], order["currency"], order["payment_status"]
    rsps.get(ORDERS, json=listing([order]))
    result = next(make_adapter().fetch_orders(None)).records[0]
    assert result.shipping_total == Decimal("6.40")
    assert result.currency == "EUR" and result.payment_status == PaymentStatus.PAID


def test_unpaid_order_is_read_as_unpaid(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, json=listing([raw_order(payment_status="unpaid")]))
    assert next(make_adapter().fetch_orders(None)).records[0].payment_status == PaymentStatus.UNPAID


def test_bad_orders_are_rejected_while_the_rest_of_the_page_imports(rsps: responses.RequestsMock) -> None:
    good = raw_order(5001, "2024-03-01T10:00:00Z")
    on_hold = raw_order(5002, "2024-03-01T10:01:00Z", status="on_hold")
    no_items = raw_order(5003, "2024-03-01T10:02:00Z", items=[])
    bad_price = raw_order(5004, "2024-03-01T10:03:00Z")
    bad_price["items"][0]["unit_price"] = "eight"
    no_number = raw_order(5005, "2024-03-01T10:04:00Z", order_number=None)
    rsps.get(ORDERS, json=listing([good, on_hold, no_items, bad_price, no_number, "junk"]))
    page = next(make_adapter().fetch_orders(None))
    assert [r.external_id for r in page.records] == ["5001"]
    assert page.rejected == [
        ("5002", "unknown status 'on_hold'"),
        ("5003", "the order has no items"),
        ("5004", "the unit price of TEA-ASSAM-250 is not an amount ('eight')"),
        ("5005", "the order has no order number"),
        ("?", "the order is not a JSON object"),
    ]
    # The rejected orders still move the cursor: they will come again when they change.
    assert page.cursor == "2024-03-01T10:04:00.000000Z"


def test_server_error_on_a_read_is_retried_then_succeeds(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, status=503, json={"message": "Service Unavailable"})
    rsps.get(ORDERS, json=listing([raw_order()]))
    assert len(next(make_adapter().fetch_orders(None)).records) == 1
    assert len(rsps.calls) == 2


def test_server_errors_that_persist_are_transient_with_the_channel_message(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, status=500, json={"message": "Server Error"})
    with pytest.raises(TransientError) as caught:
        list(make_adapter().fetch_orders(None))
    assert caught.value.channel_message == "Server Error"
    assert not caught.value.outcome_unknown
    assert len(rsps.calls) == 3  # the first try and two retries


def test_read_timeout_is_transient(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, body=requests.exceptions.ReadTimeout("read timed out"))
    with pytest.raises(TransientError, match="took too long"):
        make_adapter().test_connection()


def test_too_many_requests_is_rate_limited_with_retry_after(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, status=429, json={"message": "Too Many Attempts."}, headers={"Retry-After": "30"})
    adapter = make_adapter(settings=HttpSettings(backoff_base=0, max_retries=0))
    with pytest.raises(RateLimited) as caught:
        list(adapter.fetch_orders(None))
    assert caught.value.retry_after == 30
    assert "Too Many Attempts." in caught.value.message


def test_too_many_requests_waits_as_asked_then_succeeds(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, status=429, json={"message": "Too Many Attempts."}, headers={"Retry-After": "2"})
    rsps.get(ORDERS, json=listing([raw_order()], total=9))
    sleeps: list[float] = []
    assert make_adapter(sleeps=sleeps).test_connection().endswith("9 orders.")
    assert sleeps == [2.0]


def test_answer_that_is_not_json_is_malformed(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, body="<html>502 Bad Gateway</html>", content_type="text/html")
    with pytest.raises(MalformedResponse):
        list(make_adapter().fetch_orders(None))


def test_answer_without_a_data_list_is_malformed(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, json={"orders": []})
    with pytest.raises(MalformedResponse, match="'data' list"):
        list(make_adapter().fetch_orders(None))


# ---- push: status, cancel, dispatch -----------------------------------------------------------------------
STATUS_URL = f"{ORDERS}/5001/status"


def test_acknowledge_sets_processing(rsps: responses.RequestsMock) -> None:
    rsps.put(
        STATUS_URL,
        json={"data": raw_order(status="processing")},
        match=[matchers.json_params_matcher({"status": "processing"}, strict_match=True), bearer()],
    )
    result = make_adapter().push(event(EventKind.ACKNOWLEDGE, {"status": "processing", "previous": "pending"}))
    assert "processing" in result.message


def test_status_change_sends_the_new_status(rsps: responses.RequestsMock) -> None:
    rsps.put(
        STATUS_URL,
        json={"data": raw_order(status="packed")},
        match=[matchers.json_params_matcher({"status": "packed"}, strict_match=True)],
    )
    make_adapter().push(event(EventKind.STATUS, {"status": "packed", "previous": "processing"}))


def test_cancel_sends_the_reason(rsps: responses.RequestsMock) -> None:
    rsps.put(
        STATUS_URL,
        json={"data": raw_order(status="cancelled")},
        match=[matchers.json_params_matcher({"status": "cancelled", "reason": "Out of stock"}, strict_match=True)],
    )
    make_adapter().push(
        event(EventKind.CANCEL, {"status": "cancelled", "previous": "processing", "reason": "Out of stock"})
    )


def dispatch_event(**order: Any) -> OutboundEvent:
    payload = {
        "status": "dispatched",
        "previous": "packed",
        "consignment_number": "JD0146000012345",
        "carrier": "DHL",
        "lines": [{"line_id": 1, "external_id": "90001", "sku": "TEA-ASSAM-250", "quantity": 2}],
    }
    return event(EventKind.DISPATCH, payload, **order)


def test_dispatch_sends_the_consignment_number_and_the_carrier_as_courier(rsps: responses.RequestsMock) -> None:
    body = {"status": "dispatched", "consignment_number": "JD0146000012345", "courier": "DHL"}
    rsps.put(
        STATUS_URL,
        json={"data": raw_order(status="dispatched")},
        match=[matchers.json_params_matcher(body, strict_match=True)],
    )
    result = make_adapter().push(dispatch_event())
    assert "JD0146000012345" in result.message


def test_dispatch_refused_by_the_channel_keeps_its_message(rsps: responses.RequestsMock) -> None:
    message = "The consignment number field is required when status is dispatched."
    rsps.put(STATUS_URL, status=422, json={"message": message, "errors": {"consignment_number": [message]}})
    with pytest.raises(PermanentError) as caught:
        make_adapter().push(dispatch_event())
    assert caught.value.channel_message == message
    assert message in caught.value.message
    assert caught.value.http_status == 422
    assert len(rsps.calls) == 1


def test_validation_errors_beyond_the_message_are_added(rsps: responses.RequestsMock) -> None:
    rsps.put(
        STATUS_URL,
        status=422,
        json={
            "message": "The given data was invalid.",
            "errors": {"status": ["The selected status is invalid."], "courier": ["The courier is too long."]},
        },
    )
    with pytest.raises(PermanentError) as caught:
        make_adapter().push(event(EventKind.STATUS, {"status": "packed"}))
    assert caught.value.channel_message == (
        "The given data was invalid. (The selected status is invalid. The courier is too long.)"
    )


def test_push_to_an_order_the_channel_does_not_know_is_permanent(rsps: responses.RequestsMock) -> None:
    rsps.put(STATUS_URL, status=404, json={"message": "No order with id 5001."})
    with pytest.raises(PermanentError, match="No order with id 5001."):
        make_adapter().push(event(EventKind.STATUS, {"status": "packed"}))


def test_status_answer_without_the_order_is_malformed(rsps: responses.RequestsMock) -> None:
    rsps.put(STATUS_URL, body="<html>maintenance</html>", content_type="text/html")
    with pytest.raises(MalformedResponse):
        make_adapter().push(event(EventKind.STATUS, {"status": "packed"}))


def test_dispatch_without_a_consignment_number_is_refused_before_sending(rsps: responses.RequestsMock) -> None:
    bad = event(EventKind.DISPATCH, {"status": "dispatched", "carrier": "DHL"})
    with pytest.raises(PermanentError, match="consignment number"):
        make_adapter().push(bad)
    assert len(rsps.calls) == 0


def test_status_put_that_keeps_failing_is_transient(rsps: responses.RequestsMock) -> None:
    rsps.put(STATUS_URL, status=502, json={"message": "Bad Gateway"})
    with pytest.raises(TransientError):
        make_adapter().push(event(EventKind.STATUS, {"status": "packed"}))
    assert len(rsps.calls) == 3  # a PUT is idempotent, so it is retried


def test_order_without_an_affiliate_id_waits(rsps: responses.RequestsMock) -> None:
    with pytest.raises(TransientError, match="no affiliate order id yet"):
        make_adapter().push(event(EventKind.STATUS, {"status": "packed"}, external_id="", channel_data={}))


def test_unsupported_change_is_refused(rsps: responses.RequestsMock) -> None:
    with pytest.raises(UnsupportedAction):
        make_adapter().push(event(EventKind.RETURN, {"return_id": 1}))
    with pytest.raises(UnsupportedAction):
        make_adapter().already_applied(event(EventKind.STOCK, {"sku": "X", "qty": 1}))


# ---- push: edit -------------------------------------------------------------------------------------
def edit_event() -> OutboundEvent:
    payload = {
        "fields": ["city"],
        "shipping_address": {"name": "Łukasz Wiśniewski", "street": "ul. Zielona 3", "city": "Kraków", "country": "PL"},
        "customer": {"name": "Łukasz Wiśniewski", "email": "lukasz@example.pl", "phone": ""},
        "lines": [
            {
                "line_id": 1,
                "external_id": "90001",
                "sku": "TEA-ASSAM-250",
                "name": "Assam",
                "quantity": 3,
                "unit_price": "8.50",
            },
            {
                "line_id": 7,
                "external_id": None,
                "sku": "HONEY-ACACIA",
                "name": "Honey",
                "quantity": 1,
                "unit_price": "11.25",
            },
        ],
        "removed_line_ids": [2],
        "total": "41.70",
        "commission": "2.75",
    }
    return event(EventKind.EDIT, payload)


EDIT_BODY = {
    "customer": {"name": "Łukasz Wiśniewski", "email": "lukasz@example.pl", "phone": ""},
    "shipping_address": {
        "name": "Łukasz Wiśniewski",
        "company": "",
        "street": "ul. Zielona 3",
        "city": "Kraków",
        "postcode": "",
        "region": "",
        "country": "PL",
        "phone": "",
    },
    "items": [
        {"id": 90001, "sku": "TEA-ASSAM-250", "name": "Assam", "quantity": 3, "unit_price": "8.50"},
        {"sku": "HONEY-ACACIA", "name": "Honey", "quantity": 1, "unit_price": "11.25"},
    ],
}


def test_edit_puts_the_whole_order_with_item_ids_for_existing_lines(rsps: responses.RequestsMock) -> None:
    rsps.put(
        f"{ORDERS}/5001",
        json={"data": raw_order(commission="2.75")},
        match=[matchers.json_params_matcher(EDIT_BODY, strict_match=True), bearer()],
    )
    result = make_adapter().push(edit_event())
    assert result.warnings == []


def test_edit_warns_when_the_channel_computes_another_commission(rsps: responses.RequestsMock) -> None:
    rsps.put(f"{ORDERS}/5001", json={"data": raw_order(commission="2.76")})
    result = make_adapter().push(edit_event())
    assert result.warnings == ["The affiliate order system computed a commission of 2.76; OrderDesk has 2.75."]


def test_edit_refused_keeps_the_channel_message(rsps: responses.RequestsMock) -> None:
    rsps.put(
        f"{ORDERS}/5001", status=422, json={"message": "Order AFF-105001 is dispatched and can no longer be edited."}
    )
    with pytest.raises(PermanentError, match="can no longer be edited"):
        make_adapter().push(edit_event())


# ---- push: split ------------------------------------------------------------------------------------
def split_event(references: tuple[str, ...] = ("AFF-105001-S1",)) -> OutboundEvent:
    parts = [
        {
            "order_id": 40 + number,
            "reference": reference,
            "lines": [{"source_line_external_id": "90001", "sku": "TEA-ASSAM-250", "quantity": 1}],
            "total": "8.50",
            "commission": "0.64",
        }
        for number, reference in enumerate(references)
    ]
    return event(EventKind.SPLIT, {"parts": parts, "remaining_total": "40.05", "remaining_commission": "2.63"})


def lookup(rsps: responses.RequestsMock, reference: str, found: list[dict[str, Any]]) -> None:
    rsps.get(
        ORDERS,
        json=listing(found),
        match=[matchers.query_param_matcher({"reference": reference, "per_page": "10"})],
    )


def split_order(order_id: int, reference: str) -> dict[str, Any]:
    return raw_order(order_id, order_number=reference, reference=reference, parent_id=5001)


def test_split_looks_up_the_reference_then_posts_the_parts(rsps: responses.RequestsMock) -> None:
    lookup(rsps, "AFF-105001-S1", [])
    body = {
        "orders": [{"reference": "AFF-105001-S1", "items": [{"sku": "TEA-ASSAM-250", "quantity": 1, "item_id": 90001}]}]
    }
    rsps.post(
        f"{ORDERS}/5001/split",
        status=201,
        json={"orders": [{"id": 5020, "reference": "AFF-105001-S1", "order_number": "AFF-105001-S1"}]},
        match=[matchers.json_params_matcher(body, strict_match=True), bearer()],
    )
    result = make_adapter().push(split_event())
    assert result.external_ids == {40: "5020"}


def test_split_that_already_exists_is_not_posted_again(rsps: responses.RequestsMock) -> None:
    lookup(rsps, "AFF-105001-S1", [split_order(5020, "AFF-105001-S1")])
    result = make_adapter().push(split_event())
    assert result.external_ids == {40: "5020"}
    assert [call.request.method for call in rsps.calls] == ["GET"]


def test_split_posts_only_the_parts_the_channel_lacks(rsps: responses.RequestsMock) -> None:
    lookup(rsps, "AFF-105001-S1", [split_order(5020, "AFF-105001-S1")])
    lookup(rsps, "AFF-105001-S2", [])
    rsps.post(
        f"{ORDERS}/5001/split",
        status=201,
        json={"orders": [{"id": 5021, "reference": "AFF-105001-S2", "order_number": "AFF-105001-S2"}]},
    )
    result = make_adapter().push(split_event(("AFF-105001-S1", "AFF-105001-S2")))
    assert result.external_ids == {40: "5020", 41: "5021"}
    posted = json.loads(rsps.calls[-1].request.body)
    assert [part["reference"] for part in posted["orders"]] == ["AFF-105001-S2"]


def test_split_answer_lost_is_transient_with_unknown_outcome_and_not_repeated(rsps: responses.RequestsMock) -> None:
    lookup(rsps, "AFF-105001-S1", [])
    rsps.post(f"{ORDERS}/5001/split", body=requests.exceptions.ConnectionError("Connection aborted."))
    with pytest.raises(TransientError) as caught:
        make_adapter().push(split_event())
    assert caught.value.outcome_unknown
    assert [call.request.method for call in rsps.calls] == ["GET", "POST"]


def test_split_server_error_is_an_unknown_outcome_not_retried(rsps: responses.RequestsMock) -> None:
    lookup(rsps, "AFF-105001-S1", [])
    rsps.post(f"{ORDERS}/5001/split", status=500, json={"message": "Server Error"})
    with pytest.raises(TransientError) as caught:
        make_adapter().push(split_event())
    assert caught.value.outcome_unknown
    assert len(rsps.calls) == 2


def test_split_answer_without_the_new_order_is_malformed(rsps: responses.RequestsMock) -> None:
    lookup(rsps, "AFF-105001-S1", [])
    rsps.post(f"{ORDERS}/5001/split", status=201, json={"orders": []})
    with pytest.raises(MalformedResponse, match="AFF-105001-S1"):
        make_adapter().push(split_event())


def test_split_reference_taken_by_another_order_is_refused(rsps: responses.RequestsMock) -> None:
    lookup(
        rsps,
        "AFF-105001-S1",
        [raw_order(6000, order_number="AFF-105001-S1", reference="AFF-105001-S1", parent_id=4000)],
    )
    with pytest.raises(PermanentError, match="split from another order"):
        make_adapter().push(split_event())


def test_split_refused_by_the_channel_keeps_its_message(rsps: responses.RequestsMock) -> None:
    lookup(rsps, "AFF-105001-S1", [])
    message = "At least one unit must stay on the original order."
    rsps.post(f"{ORDERS}/5001/split", status=422, json={"message": message, "errors": {"orders": [message]}})
    with pytest.raises(PermanentError) as caught:
        make_adapter().push(split_event())
    assert caught.value.channel_message == message


# ---- read-back after a lost answer ------------------------------------------------------------------------
def test_already_applied_finds_the_status_set(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ORDERS}/5001", json={"data": raw_order(status="packed")})
    assert make_adapter().already_applied(event(EventKind.STATUS, {"status": "packed"})) is not None


def test_already_applied_is_none_while_the_status_differs(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ORDERS}/5001", json={"data": raw_order(status="processing")})
    assert make_adapter().already_applied(event(EventKind.CANCEL, {"status": "cancelled", "reason": "x"})) is None


def test_already_applied_dispatch_compares_the_consignment_number(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ORDERS}/5001", json={"data": raw_order(status="dispatched", consignment_number="JD0146000012345")})
    rsps.get(f"{ORDERS}/5001", json={"data": raw_order(status="dispatched", consignment_number="OTHER")})
    adapter = make_adapter()
    assert adapter.already_applied(dispatch_event()) is not None
    assert adapter.already_applied(dispatch_event()) is None


def test_already_applied_split_needs_every_part(rsps: responses.RequestsMock) -> None:
    lookup(rsps, "AFF-105001-S1", [split_order(5020, "AFF-105001-S1")])
    lookup(rsps, "AFF-105001-S2", [])
    assert make_adapter().already_applied(split_event(("AFF-105001-S1", "AFF-105001-S2"))) is None


def test_already_applied_split_returns_the_new_ids(rsps: responses.RequestsMock) -> None:
    lookup(rsps, "AFF-105001-S1", [split_order(5020, "AFF-105001-S1")])
    result = make_adapter().already_applied(split_event())
    assert result is not None and result.external_ids == {40: "5020"}


def test_already_applied_edit_compares_items_customer_and_address(rsps: responses.RequestsMock) -> None:
    edited = raw_order(
        customer=EDIT_BODY["customer"],
        shipping_address=EDIT_BODY["shipping_address"],
        items=[
            {"id": 90001, "sku": "TEA-ASSAM-250", "name": "Assam", "quantity": 3, "unit_price": "8.50"},
            {"id": 90003, "sku": "HONEY-ACACIA", "name": "Honey", "quantity": 1, "unit_price": "11.25"},
        ],
    )
    rsps.get(f"{ORDERS}/5001", json={"data": edited})
    rsps.get(f"{ORDERS}/5001", json={"data": raw_order()})
    adapter = make_adapter()
    assert adapter.already_applied(edit_event()) is not None
    assert adapter.already_applied(edit_event()) is None


# ---- secrets ----------------------------------------------------------------------------------------
def test_the_token_is_absent_from_every_logged_call(rsps: responses.RequestsMock) -> None:
    rsps.get(ORDERS, json=listing([raw_order()], total=1))
    rsps.get(ORDERS, json=listing([raw_order()]))
    rsps.put(STATUS_URL, status=500, json={"message": f"token {TOKEN} is rate limited"})
    rsps.put(STATUS_URL, json={"data": raw_order(status="packed"), "echo": {"token": TOKEN}})
    lookup(rsps, "AFF-105001-S1", [])
    rsps.post(f"{ORDERS}/5001/split", status=422, json={"message": f"Bearer {TOKEN} may not split"})
    rsps.get(f"{ORDERS}/5001", status=401, json={"message": f"Unauthenticated: {TOKEN}"})
    logs: list[CallRecord] = []
    adapter = make_adapter(logs)
    adapter.test_connection()
    list(adapter.fetch_orders(None))
    adapter.push(event(EventKind.STATUS, {"status": "packed"}))
    with pytest.raises(PermanentError) as refused:
        adapter.push(split_event())
    with pytest.raises(AuthError) as denied:
        adapter.already_applied(event(EventKind.STATUS, {"status": "packed"}))
    assert len(logs) == 7
    for call in logs:
        for text in (call.url, call.request_excerpt, call.response_excerpt, call.message):
            assert TOKEN not in text
    assert any('"Authorization": "***"' in call.request_excerpt for call in logs)
    # The channel's words come through, without the secret in them.
    assert TOKEN not in refused.value.message and TOKEN not in denied.value.message
