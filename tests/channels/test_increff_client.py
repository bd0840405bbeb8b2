"""The Increff Omni client against recorded answers: return orders, outward attributes, the attribute mapping."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
import requests
import responses
from responses import matchers

from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.errors import AuthError, PermanentError, TransientError
from orderdesk.channels.http import CallRecord, HttpSettings
from orderdesk.channels.increff import AttributeMapError, IncreffClient, increff_time, parse_attribute_map
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import LineRecord, OrderRecord

URL = "https://omni.example.com"
PASSWORD = "Incr3ff-Secret-Value"
HEADERS = {"authUsername": "od-user", "authPassword": PASSWORD, "authDomainName": "brand"}
MAP = "coupon code=attribute1, Due Date=attribute2, gift_card-discount = attribute10"


def make_client(logs: list[CallRecord] | None = None, **options: Any) -> IncreffClient:
    settings = {
        "increff_url": URL,
        "increff_username": "od-user",
        "increff_domain": "brand",
        "location_code": "WH-01",
        "attribute_map": MAP,
        **options,
    }
    config = ChannelConfig(
        name="shop",
        kind="magento",
        base_url="https://shop.example.com",
        options=settings,
        secrets={"password": "magento-pass", "increff_password": PASSWORD},
    )
    sink: list[CallRecord] = logs if logs is not None else []
    return IncreffClient(
        config, http_settings=HttpSettings(backoff_base=0, max_retries=2), logger=sink.append, sleep=lambda s: None
    )


def order() -> OrderRecord:
    return OrderRecord(
        external_id="101",
        reference="000000001",
        lines=(LineRecord(sku="24-UG06", name="Bottle", quantity=2, unit_price=Decimal(7), external_id="5002"),),
        channel_data={"entity_id": 101},
    )


def return_event(**changes: Any) -> OutboundEvent:
    payload = {
        "return_id": 4,
        "return_code": "000000001-R1",
        "type": "CUSTOMER_RETURN",
        "reason": "too small",
        "awb_number": "AWB123",
        "transporter": "Delhivery",
        "return_time": "2024-05-03T10:20:30.500000+00:00",
        "items": [
            {"item_code": "000000001-R1-1", "sku": "24-UG06", "line_external_id": "5002", "reason": "too small"},
            {"item_code": "000000001-R1-2", "sku": "24-UG06", "line_external_id": "5002", "reason": "too small"},
        ],
        **changes,
    }
    return OutboundEvent(event_id=7, kind=EventKind.RETURN, order=order(), payload=payload, idempotency_key="r-7")


def attributes_event(
    order_values: dict[str, str], lines: list[dict[str, Any]] | None = None, changed: dict[str, str] | None = None
) -> OutboundEvent:
    payload = {"order": order_values, "lines": lines or [], "changed": changed or dict(order_values)}
    return OutboundEvent(event_id=8, kind=EventKind.ATTRIBUTES, order=order(), payload=payload)


# ---- the attribute mapping -------------------------------------------------------------------------------------


def test_attribute_map_reads_names_and_slots_loosely() -> None:
    mapping = parse_attribute_map(MAP)
    assert mapping.slot_for("Coupon Code") == "attribute1"
    assert mapping.slot_for("due date") == "attribute2"
    assert mapping.slot_for("gift card discount") == "attribute10"
    assert mapping.slot_for("pincode") is None
    assert mapping.free_slots() == [f"attribute{n}" for n in range(3, 10)]
    assert parse_attribute_map("  ").slots == {}
    assert parse_attribute_map(None).describe() == "no attribute names are mapped"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "coupon code=attribute11",
            "attribute11 (for 'coupon code') does not exist: Increff has attribute1 to attribute10.",
        ),
        ("coupon code=attribute0", "attribute0 (for 'coupon code') does not exist"),
        ("coupon code=slot1", "'slot1' (for 'coupon code') is not an Increff slot: use attribute1 to attribute10."),
        ("coupon code=attribute1, due date=attribute1", "attribute1 is given to both 'coupon code' and 'due date'"),
        ("coupon code=attribute1, Coupon  Code=attribute2", "'Coupon Code' is mapped twice."),
        ("coupon code attribute1", "'coupon code attribute1' is not name=attributeN."),
        ("=attribute3", "'=attribute3' has no attribute name before '='."),
    ],
)
def test_attribute_map_mistakes_are_named(text: str, problem: str) -> None:
    with pytest.raises(AttributeMapError) as caught:
        parse_attribute_map(text)
    assert problem in caught.value.message
    assert caught.value.message.startswith("The attribute mapping of this channel cannot be used:")


def test_attribute_map_reports_every_mistake_at_once() -> None:
    with pytest.raises(AttributeMapError) as caught:
        parse_attribute_map("a=attribute12, b=attribute2, c=attribute2, d")
    assert "attribute12" in caught.value.message and "attribute2 is given to both" in caught.value.message
    assert "'d' is not name=attributeN." in caught.value.message


def test_increff_time_is_our_utc_time_in_increffs_form() -> None:
    assert increff_time("2024-05-03T10:20:30.123456+00:00") == "2024-05-03T10:20:30.123+00:00"
    assert increff_time("2024-05-03T12:20:30+02:00") == "2024-05-03T10:20:30.000+00:00"
    assert increff_time(datetime(2020, 10, 16, 14, 52, 28, tzinfo=UTC)) == "2020-10-16T14:52:28.000+00:00"
    with pytest.raises(PermanentError, match="not a date"):
        increff_time("yesterday")


# ---- return orders ----------------------------------------------------------------------------------------------


@responses.activate
def test_return_is_one_item_per_unit_with_the_forward_order_entity_id() -> None:
    created = responses.add(
        responses.POST,
        f"{URL}/return/return-orders",
        body="",
        status=200,
        match=[matchers.header_matcher(HEADERS)],
    )
    result = make_client().create_return(return_event())
    assert json.loads(created.calls[0].request.body) == {
        "forwardOrderCode": "101",
        "returnOrderCode": "000000001-R1",
        "locationCode": "WH-01",
        "returnOrderTime": "2024-05-03T10:20:30.500+00:00",
        "orderItems": [
            {"itemCode": "000000001-R1-1", "reason": "too small", "channelSkuCode": "24-UG06"},
            {"itemCode": "000000001-R1-2", "reason": "too small", "channelSkuCode": "24-UG06"},
        ],
        "orderType": "CUSTOMER_RETURN",
        "awbNumber": "AWB123",
        "transporter": "Delhivery",
    }
    assert result.message == "Increff Omni created return order 000000001-R1 with 2 unit(s)."


@responses.activate
def test_return_without_courier_leaves_the_optional_fields_out() -> None:
    created = responses.add(responses.POST, f"{URL}/return/return-orders", body="")
    make_client().create_return(return_event(awb_number=None, transporter=None, type="SELF_SHIP"))
    body = json.loads(created.calls[0].request.body)
    assert "awbNumber" not in body and "transporter" not in body and body["orderType"] == "SELF_SHIP"


@responses.activate
def test_return_refused_as_bad_data_shows_message_and_description() -> None:
    responses.add(
        responses.POST,
        f"{URL}/return/return-orders",
        status=400,
        json={
            "code": "BAD_DATA",
            "message": "Input validation failed",
            "description": "[channelSkuCode: may not be null]",
        },
    )
    with pytest.raises(PermanentError) as caught:
        make_client().create_return(return_event())
    assert "Input validation failed: [channelSkuCode: may not be null]" in caught.value.message
    assert caught.value.http_status == 400


@responses.activate
def test_a_return_increff_already_has_counts_as_sent() -> None:
    responses.add(
        responses.POST,
        f"{URL}/return/return-orders",
        status=400,
        json={
            "code": "BAD_DATA",
            "message": "Return order already exists",
            "description": "returnOrderCode 000000001-R1",
        },
    )
    result = make_client().create_return(return_event())
    assert "already has return order 000000001-R1" in result.message


@responses.activate
def test_server_errors_on_a_return_are_retried_because_the_code_makes_it_safe() -> None:
    created = responses.add(responses.POST, f"{URL}/return/return-orders", status=502, body="Bad Gateway")
    responses.add(responses.POST, f"{URL}/return/return-orders", body="")
    assert "created return order" in make_client().create_return(return_event()).message
    assert created.call_count == 1 and len(responses.calls) == 2


@responses.activate
def test_server_errors_that_do_not_stop_end_in_a_transient_error() -> None:
    responses.add(
        responses.POST,
        f"{URL}/return/return-orders",
        status=500,
        json={"code": "INTERNAL_ERROR", "message": "Something went wrong", "description": "try later"},
    )
    with pytest.raises(TransientError, match="Something went wrong: try later"):
        make_client().create_return(return_event())
    assert len(responses.calls) == 3


@responses.activate
def test_a_timeout_on_a_return_is_transient() -> None:
    responses.add(responses.POST, f"{URL}/return/return-orders", body=requests.exceptions.ConnectTimeout("no"))
    with pytest.raises(TransientError):
        make_client().create_return(return_event())


@responses.activate
def test_refused_increff_credentials_are_an_auth_error() -> None:
    responses.add(
        responses.POST,
        f"{URL}/return/return-orders",
        status=401,
        json={"code": "UNAUTHORIZED", "message": "Invalid credentials"},
    )
    with pytest.raises(AuthError, match="Invalid credentials"):
        make_client().create_return(return_event())


def test_a_return_without_location_code_is_refused_before_sending() -> None:
    with pytest.raises(PermanentError, match="Warehouse location code"):
        make_client(location_code="").create_return(return_event())


@responses.activate
def test_an_over_long_reason_is_refused_before_sending() -> None:
    event = return_event(items=[{"item_code": "R-1", "sku": "24-UG06", "reason": "x" * 256}])
    with pytest.raises(PermanentError, match=r"orderItems\[0\].reason of return 000000001-R1 is 256 characters long"):
        make_client().create_return(event)
    assert len(responses.calls) == 0


@responses.activate
def test_already_applied_reads_the_return_back_by_its_code() -> None:
    responses.add(responses.GET, f"{URL}/return/return-orders/000000001-R1", json={"returnOrderCode": "000000001-R1"})
    assert make_client().return_exists(return_event()) is not None
    responses.replace(
        responses.GET,
        f"{URL}/return/return-orders/000000001-R1",
        status=404,
        json={"code": "BAD_DATA", "message": "Return order not found"},
    )
    assert make_client().return_exists(return_event()) is None


def test_missing_increff_settings_are_named() -> None:
    with pytest.raises(PermanentError, match="Fill in Increff user, Increff domain in the channel settings"):
        make_client(increff_username="", increff_domain="").create_return(return_event())


# ---- outward order attributes -------------------------------------------------------------------------------------


@responses.activate
def test_order_attributes_go_to_their_slots() -> None:
    put = responses.add(
        responses.PUT,
        f"{URL}/orders/outward/attributes/101",
        body="",
        match=[matchers.header_matcher(HEADERS)],
    )
    result = make_client().update_attributes(
        attributes_event({"Coupon Code": "SUMMER10", "due date": "2024-06-01"}, changed={"due date": "2024-06-01"})
    )
    assert json.loads(put.calls[0].request.body) == {
        "locationCode": "WH-01",
        "updateOrderAttributes": {"attribute1": "SUMMER10", "attribute2": "2024-06-01"},
    }
    assert result.message == "Increff Omni updated attribute1, attribute2 on the order of 000000001."


@responses.activate
def test_line_attributes_name_the_item_and_a_removed_one_clears_its_slot() -> None:
    put = responses.add(responses.PUT, f"{URL}/orders/outward/attributes/101", body="")
    line = {"line_id": 3, "external_id": "5002", "sku": "24-UG06", "attributes": {"gift card discount": "150"}}
    make_client().update_attributes(
        attributes_event({"pincode": "560001"}, lines=[line], changed={"gift card discount": "150", "coupon code": ""})
    )
    assert json.loads(put.calls[0].request.body) == {
        "locationCode": "WH-01",
        "updateOrderItemAttributes": [
            {"orderItemCode": "5002", "channelSkuCode": "24-UG06", "attribute10": "150", "attribute1": ""}
        ],
    }


def test_an_unmapped_attribute_is_refused_with_how_to_map_it() -> None:
    with pytest.raises(PermanentError) as caught:
        make_client().update_attributes(attributes_event({"pincode": "560001", "coupon code": "X"}))
    assert caught.value.message == (
        "Increff Omni has no slot for the attribute 'pincode'. Map it in the channel settings under Attribute "
        "mapping, e.g. 'pincode=attribute3' (free: attribute3, attribute4, attribute5, attribute6, attribute7, "
        "attribute8, attribute9)."
    )


@responses.activate
def test_an_attribute_over_255_characters_is_refused_before_sending() -> None:
    with pytest.raises(PermanentError, match="'coupon code' is 256 characters long; Increff Omni accepts at most 255"):
        make_client().update_attributes(attributes_event({"coupon code": "C" * 256}))
    assert len(responses.calls) == 0


def test_a_broken_mapping_is_reported_when_attributes_are_sent() -> None:
    with pytest.raises(AttributeMapError, match="attribute1 is given to both"):
        make_client(attribute_map="a=attribute1, b=attribute1").update_attributes(attributes_event({"a": "1"}))


@responses.activate
def test_attribute_updates_are_retried_on_server_errors() -> None:
    responses.add(responses.PUT, f"{URL}/orders/outward/attributes/101", status=503, body="")
    responses.add(responses.PUT, f"{URL}/orders/outward/attributes/101", body="")
    make_client().update_attributes(attributes_event({"coupon code": "X"}))
    assert len(responses.calls) == 2


@responses.activate
def test_attribute_errors_keep_increffs_words() -> None:
    responses.add(
        responses.PUT,
        f"{URL}/orders/outward/attributes/101",
        status=400,
        json={
            "code": "BAD_DATA",
            "message": "Order not found",
            "description": "No outward order found for orderCode 101",
        },
    )
    with pytest.raises(PermanentError, match="Order not found: No outward order found for orderCode 101"):
        make_client().update_attributes(attributes_event({"coupon code": "X"}))


# ---- secrets and the connection check --------------------------------------------------------------------------------


@responses.activate
def test_the_increff_password_is_absent_from_every_logged_call() -> None:
    logs: list[CallRecord] = []
    responses.add(responses.GET, f"{URL}/return/return-orders/ORDERDESK-CONNECTION-TEST", status=404, json={})
    responses.add(
        responses.POST,
        f"{URL}/return/return-orders",
        status=400,
        json={"code": "BAD_DATA", "message": f"bad {PASSWORD}"},
    )
    client = make_client(logs)
    assert client.check().startswith(f"Increff Omni answered at {URL}")
    with pytest.raises(PermanentError) as caught:
        client.create_return(return_event())
    assert PASSWORD not in caught.value.message
    assert len(logs) == 2
    for entry in logs:
        assert PASSWORD not in " ".join([entry.url, entry.message, entry.request_excerpt, entry.response_excerpt])
    assert '"authPassword": "***"' in logs[0].request_excerpt


@responses.activate
def test_connection_check_says_when_the_location_code_is_missing() -> None:
    responses.add(responses.GET, f"{URL}/return/return-orders/ORDERDESK-CONNECTION-TEST", status=404, json={})
    assert "location code is not set" in make_client(location_code="").check()
