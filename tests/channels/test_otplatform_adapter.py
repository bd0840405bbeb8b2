"""The OT Platform adapter against scripted answers (`responses`): every method it calls, success and failure."""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses

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
from orderdesk.channels.otplatform import OrderItem, OTPlatformAdapter, map_order, sign
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import LineRecord, OrderRecord
from orderdesk.core.statuses import OrderStatus, PaymentStatus

BASE = "https://ot.example.com"
KEY = "inst-4f9a2c77-key"
OP_PASSWORD = "op-Pa55word!"
CUSTOMER_PASSWORD = "cust-Pa55word!"
SIGNING = "sig-secret-0c1d2e3f"
OP_SESSION = "op-session-a1b2c3d4e5"
OP_SESSION_2 = "op-session-f6e5d4c3b2"
CU_SESSION = "cu-session-99887766"
PROVIDER_SESSION = "tb-session-1234abcd"
NOW = datetime(2026, 11, 23, 9, 30, 15, tzinfo=UTC)
SECRET_VALUES = (OP_PASSWORD, CUSTOMER_PASSWORD, SIGNING, OP_SESSION, OP_SESSION_2, CU_SESSION)


class FakeOT:
    """Answers per OT method from a queue (the last answer repeats); records every call's parameters."""

    def __init__(self, rsps: responses.RequestsMock) -> None:
        self.answers: dict[str, list[Any]] = defaultdict(list)
        self.calls: list[tuple[str, dict[str, str]]] = []
        rsps.add_callback(responses.GET, re.compile(rf"{BASE}/service-json/\w+"), callback=self._answer)
        self.on("AuthenticateInstanceOperator", session_answer(OP_SESSION))
        self.on("Authenticate", session_answer(CU_SESSION))

    def on(self, method: str, *answers: Any) -> None:
        """An answer is a body dict, (status, body), an exception to raise, or a callable(params) giving one."""
        self.answers[method] = list(answers)

    def params(self, method: str) -> list[dict[str, str]]:
        return [params for name, params in self.calls if name == method]

    def methods(self) -> list[str]:
        return [name for name, _ in self.calls]

    def _answer(self, request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        parts = urlsplit(str(request.url))
        method = parts.path.rsplit("/", 1)[-1]
        params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        self.calls.append((method, params))
        queue = self.answers.get(method)
        if not queue:
            return 404, {}, json.dumps({"ErrorCode": "NotFound", "ErrorDescription": f"no answer for {method}"})
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if callable(answer) and not isinstance(answer, type):
            answer = answer(params)
        if isinstance(answer, Exception):
            raise answer
        status, body = answer if isinstance(answer, tuple) else (200, answer)
        headers = {"Retry-After": "7"} if status == 429 else {}
        return status, headers, body if isinstance(body, str) else json.dumps(body)


def ok(result: Any = None) -> dict[str, Any]:
    return {"ErrorCode": "Ok", "ErrorDescription": "", "Result": result}


def fail(code: str, description: str) -> dict[str, Any]:
    return {"ErrorCode": code, "ErrorDescription": description}


def session_answer(session_id: str) -> dict[str, Any]:
    return {"ErrorCode": "Ok", "ErrorDescription": "", "SessionId": {"Value": session_id}}


def info(sales_id: str = "ORD-0000000021", **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "Id": sales_id,
        "CustId": "1001",
        "CustName": "Zoë Åkerlund",
        "CustEmail": "zoe@example.se",
        "StatusId": 20,
        "StatusName": "Paid",
        "TotalAmount": "101.50",
        "CurrencyCode": "EUR",
        "CurrencySign": "€",
        "IsPaid": True,
        "IsCancelled": False,
        "Comment": "",
        "DeliveryAddress": {
            "Name": "Zoë",
            "Familyname": "Åkerlund",
            "Country": "Polska",
            "RegionName": "Łódzkie",
            "City": "Łódź",
            "PostalCode": "90-001",
            "Address": "ul. Piotrkowska 104",
            "Phone": "+48 600 100 200",
        },
        "CreatedDateTime": "2026-11-02T08:00:00",
        "UpdatedDateTime": "2026-11-12T10:00:00",
    }
    data.update(overrides)
    return data


def line(line_id: str = "9001", **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "Id": line_id,
        "ItemId": "abb-5623810442",
        "ConfigId": "3341",
        "ConfigText": "Colour: red",
        "BriefDescrTrans": "Silk scarf, floral print",
        "Qty": 2,
        "PriceCust": "11.57",
        "StatusId": 6,
        "StatusName": "Purchased",
        "VendPurchId": "",
        "VendPurchWaybill": "",
        "VendPurchStatus": "",
    }
    data.update(overrides)
    return data


def details(sales_id: str = "ORD-0000000021", lines: list[dict[str, Any]] | None = None, **over: Any) -> dict:
    return ok({"SalesOrderInfo": info(sales_id, **over), "SalesLinesList": lines if lines is not None else [line()]})


def frame(entries: list[dict[str, Any]], total: int | None = None) -> dict[str, Any]:
    return ok({"Content": entries, "TotalCount": len(entries) if total is None else total})


def make_adapter(
    logs: list[CallRecord] | None = None,
    *,
    signing: bool = True,
    customer: bool = True,
    settings: HttpSettings | None = None,
    sleeps: list[float] | None = None,
    page_size: int = 50,
    base: str = BASE,
) -> OTPlatformAdapter:
    secrets = {"password": OP_PASSWORD}
    options: dict[str, Any] = {"instance_key": KEY, "page_size": page_size}
    if signing:
        secrets["signature_secret"] = SIGNING
    if customer:
        secrets["customer_password"] = CUSTOMER_PASSWORD
        options["customer_login"] = "shopper.zoe"
    config = ChannelConfig(
        name="OT main", kind="otplatform", base_url=base, username="operator", options=options, secrets=secrets
    )
    return OTPlatformAdapter(
        config,
        http_settings=settings or HttpSettings(backoff_base=0, max_retries=2),
        logger=logs.append if logs is not None else None,
        sleep=sleeps.append if sleeps is not None else (lambda seconds: None),
        clock=lambda: NOW,
    )


def event(kind: EventKind, sales_id: str = "ORD-0000000021", payload: dict[str, Any] | None = None) -> OutboundEvent:
    order = OrderRecord(
        external_id=sales_id,
        reference=sales_id,
        lines=(
            LineRecord(
                sku="abb-5623810442", name="Silk scarf", quantity=2, unit_price=Decimal("11.57"), external_id="9001"
            ),
        ),
        channel_data={"sales_id": sales_id, "customer_id": "1001"},
    )
    return OutboundEvent(event_id=7, kind=kind, order=order, payload=payload or {}, idempotency_key="evt-7")


@pytest.fixture
def ot() -> Iterator[FakeOT]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield FakeOT(rsps)


# ---- calls, signatures, sessions -----------------------------------------------------------------------
def test_connection_logs_in_as_operator_and_names_the_instance(ot: FakeOT) -> None:
    message = make_adapter().test_connection()

    assert message == "Connected to OT Platform instance inst-4... as operator operator."
    params = ot.params("AuthenticateInstanceOperator")[0]
    assert params["userLogin"] == "operator"
    assert params["userPassword"] == OP_PASSWORD
    assert params["instanceKey"] == KEY
    assert params["language"] == "en"


def test_wrong_operator_password_is_an_auth_error_in_ot_words(ot: FakeOT) -> None:
    ot.on("AuthenticateInstanceOperator", fail("InvalidUserCredentials", "Invalid operator login or password"))

    with pytest.raises(AuthError) as caught:
        make_adapter().test_connection()

    assert "Invalid operator login or password" in caught.value.message
    assert OP_PASSWORD not in caught.value.message


def test_signature_covers_every_parameter_sorted_by_name_with_the_utc_timestamp(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", details())

    make_adapter().order_details("ORD-0000000021")

    params = ot.params("GetSalesOrderDetailsForOperator")[0]
    assert params["timestamp"] == "20261123093015"
    expected_input = (
        "GetSalesOrderDetailsForOperator"
        + ""  # filter is empty, yet it is a parameter
        + KEY  # instanceKey
        + "en"  # language
        + "0"  # queryType
        + "ORD-0000000021"  # salesId
        + OP_SESSION  # sessionId
        + "20261123093015"  # timestamp
        + SIGNING
    )
    assert params["signature"] == hashlib.sha256(expected_input.encode()).hexdigest()
    assert params["signature"] == sign("GetSalesOrderDetailsForOperator", params, SIGNING)


def test_without_a_signature_secret_no_timestamp_or_signature_is_sent(ot: FakeOT) -> None:
    make_adapter(signing=False).test_connection()

    params = ot.params("AuthenticateInstanceOperator")[0]
    assert "timestamp" not in params and "signature" not in params


def test_base_url_given_with_service_json_is_not_doubled(ot: FakeOT) -> None:
    make_adapter(base=f"{BASE}/service-json/").test_connection()

    assert ot.methods() == ["AuthenticateInstanceOperator"]


def test_session_id_inside_result_as_a_plain_string_is_accepted(ot: FakeOT) -> None:
    ot.on("AuthenticateInstanceOperator", ok({"SessionId": OP_SESSION}))
    ot.on("GetSalesOrderDetailsForOperator", details())

    make_adapter().order_details("ORD-0000000021")

    assert ot.params("GetSalesOrderDetailsForOperator")[0]["sessionId"] == OP_SESSION


def test_login_answer_without_session_id_is_malformed(ot: FakeOT) -> None:
    ot.on("AuthenticateInstanceOperator", ok({}))

    with pytest.raises(MalformedResponse):
        make_adapter().test_connection()


def test_expired_session_logs_in_again_once_and_repeats_the_call(ot: FakeOT) -> None:
    ot.on("AuthenticateInstanceOperator", session_answer(OP_SESSION), session_answer(OP_SESSION_2))
    ot.on(
        "GetSalesOrderDetailsForOperator",
        lambda p: details() if p["sessionId"] == OP_SESSION_2 else fail("SessionExpired", "Session expired"),
    )

    result = make_adapter().order_details("ORD-0000000021")

    assert result["SalesOrderInfo"]["Id"] == "ORD-0000000021"
    assert ot.methods().count("AuthenticateInstanceOperator") == 2
    assert [p["sessionId"] for p in ot.params("GetSalesOrderDetailsForOperator")] == [OP_SESSION, OP_SESSION_2]


def test_a_second_session_error_right_after_logging_in_is_an_auth_error(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", fail("SessionExpired", "Session expired"))

    with pytest.raises(AuthError) as caught:
        make_adapter().order_details("ORD-0000000021")

    assert "Session expired" in caught.value.message
    assert ot.methods().count("AuthenticateInstanceOperator") == 2
    assert ot.methods().count("GetSalesOrderDetailsForOperator") == 2


def test_bad_signature_is_an_auth_error_with_ot_words(ot: FakeOT) -> None:
    ot.on("AuthenticateInstanceOperator", fail("InvalidSignature", "Signature is not valid"))

    with pytest.raises(AuthError, match="Signature is not valid"):
        make_adapter().test_connection()


def test_error_envelope_with_http_200_is_a_permanent_error_with_the_description_intact(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", fail("NotFound", "Order ORD-0000000099 is not found"))

    with pytest.raises(PermanentError) as caught:
        make_adapter().order_details("ORD-0000000099")

    assert "Order ORD-0000000099 is not found" in caught.value.message
    assert caught.value.channel_message == "Order ORD-0000000099 is not found"


def test_internal_error_envelope_is_transient_and_known_not_to_have_run_for_reads(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", fail("InternalError", "Unexpected error"))

    with pytest.raises(TransientError) as caught:
        make_adapter().order_details("ORD-0000000021")

    assert caught.value.outcome_unknown is False


def test_too_many_requests_envelope_is_rate_limited(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", fail("TooManyRequests", "Call limit exceeded"))

    with pytest.raises(RateLimited, match="Call limit exceeded"):
        make_adapter().order_details("ORD-0000000021")


def test_http_500_on_a_read_is_retried_then_succeeds(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", (500, fail("InternalError", "boom")), details())

    make_adapter().order_details("ORD-0000000021")

    assert ot.methods().count("GetSalesOrderDetailsForOperator") == 2


def test_http_500_that_persists_is_a_transient_error(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", (503, fail("NotAvailable", "Service is down for maintenance")))

    with pytest.raises(TransientError, match="Service is down for maintenance"):
        make_adapter().order_details("ORD-0000000021")

    assert ot.methods().count("GetSalesOrderDetailsForOperator") == 3  # one try and two retries


def test_http_429_is_rate_limited_with_retry_after(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", (429, fail("TooManyRequests", "Slow down")))

    with pytest.raises(RateLimited) as caught:
        make_adapter(settings=HttpSettings(backoff_base=0, max_retries=0)).order_details("ORD-0000000021")

    assert caught.value.retry_after == 7


def test_timeout_on_a_read_is_retried_and_then_transient(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", requests.exceptions.ConnectTimeout("no answer"))

    with pytest.raises(TransientError):
        make_adapter().order_details("ORD-0000000021")

    assert ot.methods().count("GetSalesOrderDetailsForOperator") == 3


def test_body_that_is_not_json_is_malformed(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", (200, "<html>502 Bad Gateway</html>"))

    with pytest.raises(MalformedResponse):
        make_adapter().order_details("ORD-0000000021")


def test_json_without_an_error_code_is_malformed(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", {"Result": {"SalesOrderInfo": {}}})

    with pytest.raises(MalformedResponse):
        make_adapter().order_details("ORD-0000000021")


# ---- pull ----------------------------------------------------------------------------------------------
def test_pull_pages_to_the_end_and_carries_the_newest_update_as_cursor(ot: FakeOT) -> None:
    briefs = [info(f"ORD-00000000{n}", UpdatedDateTime=f"2026-11-12T1{n - 21}:00:00") for n in (21, 22, 23, 24, 25)]
    ot.on("SearchOrders", frame(briefs[:2], total=5), frame(briefs[2:4], total=4), frame(briefs[4:], total=2))
    ot.on("GetSalesOrderDetailsForOperator", lambda p: details(p["salesId"]))

    pages = list(make_adapter(page_size=2).fetch_orders("2026-11-12T10:00:00+00:00"))

    assert [len(page.records) for page in pages] == [2, 2, 1]
    # Mid-pull each cursor is the next frame's question (the orders of its second read so far); the finished
    # pull keeps its newest second open.
    assert [page.cursor for page in pages] == [
        "2026-11-12T11:00:00+00:00|skip=1",
        "2026-11-12T13:00:00+00:00|skip=1",
        "2026-11-12T14:00:00+00:00",
    ]
    searches = ot.params("SearchOrders")
    anchors = [ET.fromstring(p["xmlSearchParameters"]).findtext("UpdatedDateFrom") for p in searches]
    assert anchors == ["2026-11-12T10:00:00", "2026-11-12T11:00:00", "2026-11-12T13:00:00"]
    # Each new frame starts after the orders of the anchor second already read.
    assert [p["framePosition"] for p in searches] == ["0", "1", "1"]
    assert all(p["frameSize"] == "2" for p in searches)
    assert ET.fromstring(searches[0]["xmlSearchParameters"]).findtext("OrderBy") == "UpdatedDateTime:asc"


def test_pull_without_a_cursor_asks_for_everything_still_in_frames(ot: FakeOT) -> None:
    ot.on("SearchOrders", frame([info()]))
    ot.on("GetSalesOrderDetailsForOperator", details())

    pages = list(make_adapter().fetch_orders(None))

    assert len(pages) == 1 and pages[0].cursor == "2026-11-12T10:00:00+00:00"
    search = ET.fromstring(ot.params("SearchOrders")[0]["xmlSearchParameters"])
    assert search.find("UpdatedDateFrom") is None
    assert ot.params("SearchOrders")[0]["frameSize"] == "50"


def test_pull_falls_back_to_offsets_when_ot_does_not_sort_by_update(ot: FakeOT) -> None:
    unsorted = [info("ORD-0000000022", UpdatedDateTime="2026-11-12T12:00:00"), info("ORD-0000000021")]
    ot.on("SearchOrders", frame(unsorted, total=3), frame([info("ORD-0000000023")], total=3))
    ot.on("GetSalesOrderDetailsForOperator", lambda p: details(p["salesId"]))

    pages = list(make_adapter(page_size=2).fetch_orders(None))

    assert sum(len(page.records) for page in pages) == 3
    assert [p["framePosition"] for p in ot.params("SearchOrders")] == ["0", "2"]


def test_pull_ends_even_when_ot_ignores_the_updated_filter(ot: FakeOT) -> None:
    everything = [info(f"ORD-00000000{n}", UpdatedDateTime=f"2026-11-12T1{n - 21}:00:00") for n in range(21, 26)]

    def ignoring_the_filter(params: dict[str, str]) -> dict[str, Any]:
        start, size = int(params["framePosition"]), int(params["frameSize"])
        return frame(everything[start : start + size], total=len(everything))

    ot.on("SearchOrders", ignoring_the_filter)
    ot.on("GetSalesOrderDetailsForOperator", lambda p: details(p["salesId"]))

    pages = list(make_adapter(page_size=2).fetch_orders("2026-11-01T00:00:00+00:00"))

    assert {r.external_id for page in pages for r in page.records} == {o["Id"] for o in everything}
    assert len(pages) <= 6
    assert pages[-1].cursor == "2026-11-12T14:00:00+00:00"


def test_a_bad_order_is_rejected_while_the_rest_of_the_page_imports(ot: FakeOT) -> None:
    ot.on("SearchOrders", frame([info("ORD-0000000021"), info("ORD-0000000022"), info("ORD-0000000023"), {}]))
    answers = {
        "ORD-0000000021": details("ORD-0000000021"),
        "ORD-0000000022": details("ORD-0000000022", CurrencyCode="", CurrencySign=""),
        "ORD-0000000023": fail("NotFound", "Order ORD-0000000023 is not found"),
    }
    ot.on("GetSalesOrderDetailsForOperator", lambda p: answers[p["salesId"]])

    (page,) = list(make_adapter().fetch_orders(None))

    assert [record.external_id for record in page.records] == ["ORD-0000000021"]
    reasons = dict(page.rejected)
    assert reasons["ORD-0000000022"] == "OT gave no currency for this order."
    assert "Order ORD-0000000023 is not found" in reasons["ORD-0000000023"]
    assert reasons["?"] == "OT listed an order without an Id."


def test_order_maps_money_lines_address_and_the_provider_tracking_number() -> None:
    record = map_order(
        details(
            lines=[
                line("9001", VendPurchId="2987001", VendPurchWaybill="YT4419023311"),
                line(
                    "9002",
                    ItemId="abb-6120934871",
                    ConfigId="",
                    ConfigText="",
                    Qty=1,
                    PriceCust=None,
                    AmountCust="78.36",
                    BriefDescrTrans="Ceramic teapot 600 ml",
                ),
            ],
            TotalAmount="107.36",
        )["Result"]
    )

    assert record.external_id == record.reference == "ORD-0000000021"
    assert record.currency == "EUR"
    assert record.status == OrderStatus.PENDING and record.channel_status == "Paid"
    assert record.payment_status == PaymentStatus.PAID
    first, second = record.lines
    assert (first.external_id, first.sku, first.quantity, first.unit_price) == (
        "9001",
        "abb-5623810442",
        2,
        Decimal("11.57"),
    )
    assert first.tracking_number == "YT4419023311"
    assert first.attributes["provider_order_id"] == "2987001" and first.attributes["config_id"] == "3341"
    assert second.unit_price == Decimal("78.36") and second.tracking_number is None
    assert record.shipping_total == Decimal("5.86")  # what OT charges beyond the goods
    assert record.total == Decimal("107.36")
    assert record.customer.name == "Zoë Åkerlund"
    assert record.shipping_address.city == "Łódź" and record.shipping_address.name == "Zoë Åkerlund"
    assert record.created_at == datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    assert record.updated_at == datetime(2026, 11, 12, 10, 0, tzinfo=UTC)
    assert record.channel_data == {"sales_id": "ORD-0000000021", "customer_id": "1001", "status_id": "20"}


@pytest.mark.parametrize(
    ("status_id", "name", "expected"),
    [
        (10, "Awaiting payment", OrderStatus.PENDING),
        (30, "In processing", OrderStatus.PROCESSING),
        (32, "At the warehouse", OrderStatus.PROCESSING),
        (36, "Packed", OrderStatus.PACKED),
        (38, "Sent to customer", OrderStatus.DISPATCHED),
        (40, "Received", OrderStatus.DELIVERED),
        (50, "Returned", OrderStatus.RETURNED),
        (70, "Cancelled", OrderStatus.CANCELLED),
        (93, "Shipped by courier", OrderStatus.DISPATCHED),  # unknown id: read the name
        (94, "Something new", OrderStatus.PENDING),
    ],
)
def test_ot_status_ids_and_names_map_to_our_statuses(status_id: int, name: str, expected: OrderStatus) -> None:
    record = map_order(details(StatusId=status_id, StatusName=name)["Result"])

    assert record.status == expected
    assert record.channel_status == name


def test_unpaid_and_cancelled_flags_win_over_the_status_id() -> None:
    unpaid = map_order(details(IsPaid=False, StatusId=10, StatusName="Awaiting payment")["Result"])
    cancelled = map_order(details(IsCancelled=True, StatusId=31, StatusName="Purchased")["Result"])

    assert unpaid.payment_status == PaymentStatus.UNPAID
    assert cancelled.status == OrderStatus.CANCELLED


def test_currency_sign_is_used_when_no_code_is_given_and_net_dates_with_ticks_parse() -> None:
    record = map_order(
        details(CurrencyCode=None, CurrencySign="¥", UpdatedDateTime="2026-11-12T10:00:00.1234567Z")["Result"]
    )

    assert record.currency == "CNY"
    assert record.updated_at == datetime(2026, 11, 12, 10, 0, 0, 123456, tzinfo=UTC)


def test_a_stored_cursor_that_is_not_a_date_is_refused_plainly(ot: FakeOT) -> None:
    with pytest.raises(PermanentError, match="is not a date"):
        list(make_adapter().fetch_orders("page-3"))


# ---- push ----------------------------------------------------------------------------------------------
def test_cancel_calls_cancel_sales_order_with_the_operator_session(ot: FakeOT) -> None:
    ot.on("CancelSalesOrder", ok())

    result = make_adapter().push(event(EventKind.CANCEL, payload={"reason": "customer asked"}))

    assert result.message == "Cancelled order ORD-0000000021 in OT Platform."
    params = ot.params("CancelSalesOrder")[0]
    assert params["salesId"] == "ORD-0000000021" and params["sessionId"] == OP_SESSION


def test_cancel_is_not_retried_blindly_after_a_server_error(ot: FakeOT) -> None:
    ot.on("CancelSalesOrder", (500, fail("InternalError", "boom")))

    with pytest.raises(TransientError) as caught:
        make_adapter().push(event(EventKind.CANCEL))

    assert caught.value.outcome_unknown is True
    assert ot.methods().count("CancelSalesOrder") == 1


def test_cancel_refused_because_ot_already_cancelled_it_counts_as_done(ot: FakeOT) -> None:
    ot.on("CancelSalesOrder", fail("InvalidOperation", "Order ORD-0000000021 is already cancelled"))
    ot.on("GetSalesOrderDetailsForOperator", details(IsCancelled=True, StatusId=70, StatusName="Cancelled"))

    result = make_adapter().push(event(EventKind.CANCEL))

    assert result.message == "OT Platform already had order ORD-0000000021 cancelled."


def test_cancel_refused_for_a_sent_order_keeps_ot_words(ot: FakeOT) -> None:
    ot.on("CancelSalesOrder", fail("InvalidOperation", "Order ORD-0000000021 has been sent and cannot be cancelled"))
    ot.on("GetSalesOrderDetailsForOperator", details(StatusId=38, StatusName="Sent to customer"))

    with pytest.raises(PermanentError, match="has been sent and cannot be cancelled"):
        make_adapter().push(event(EventKind.CANCEL))


def test_already_applied_finds_a_cancel_that_went_through(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", details(IsCancelled=True), details())
    adapter = make_adapter()

    assert adapter.already_applied(event(EventKind.CANCEL)) is not None
    assert adapter.already_applied(event(EventKind.CANCEL)) is None


def test_already_applied_for_read_only_events_asks_nothing(ot: FakeOT) -> None:
    adapter = make_adapter()

    assert adapter.already_applied(event(EventKind.ACKNOWLEDGE)) is None
    assert adapter.already_applied(event(EventKind.DISPATCH)) is None
    assert ot.calls == []


def test_acknowledge_reads_the_order_back_and_writes_nothing(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", details(IsPaid=False, StatusId=10, StatusName="Awaiting payment"))

    result = make_adapter().push(event(EventKind.ACKNOWLEDGE, payload={"status": "processing"}))

    assert "no acknowledge step" in result.message and "Awaiting payment" in result.message
    assert result.warnings == ["OT Platform shows order ORD-0000000021 as not paid."]
    assert ot.methods() == ["AuthenticateInstanceOperator", "GetSalesOrderDetailsForOperator"]


def test_acknowledge_of_an_order_ot_cancelled_is_refused(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", details(IsCancelled=True, StatusId=70, StatusName="Cancelled"))

    with pytest.raises(PermanentError, match="has cancelled order ORD-0000000021"):
        make_adapter().push(event(EventKind.ACKNOWLEDGE))


def test_dispatch_returns_the_provider_tracking_numbers_per_line(ot: FakeOT) -> None:
    lines = [line("9001", VendPurchWaybill="YT4419023311"), line("9002", VendPurchWaybill="")]
    ot.on("GetSalesOrderDetailsForOperator", details(lines=lines))

    result = make_adapter().push(event(EventKind.DISPATCH, payload={"consignment_number": "JD0001", "carrier": "DHL"}))

    assert result.tracking_numbers == {"9001": "YT4419023311"}
    assert result.warnings == ["OT Platform has no tracking number yet for line 9002."]


def test_events_ot_cannot_take_are_unsupported(ot: FakeOT) -> None:
    with pytest.raises(UnsupportedAction):
        make_adapter().push(event(EventKind.EDIT))


# ---- adding orders and payments ------------------------------------------------------------------------
def test_add_order_sends_escaped_xml_with_the_customer_session_and_reports_dropped_lines(ot: FakeOT) -> None:
    ot.on("AddOrder", ok({"Id": "ORD-0000000040", "CustId": "1001", "TotalAmount": "23.14"}))
    kept = [line("9100", Qty=2), line("9101", ItemId="abb-8832019934", ConfigId="", Qty=1)]
    ot.on("GetSalesOrderDetailsForOperator", details("ORD-0000000040", lines=kept))
    items = [
        OrderItem("abb-5623810442", "3341", 3),
        OrderItem("abb-8832019934", "", 1),
        OrderItem("abb-7701238845", "4411", 1),
    ]

    added = make_adapter().add_order(items, "DM-AIR", comment='Zoë & co <rush> "key-7"', user_profile_id="P1001")

    assert added.order_id == "ORD-0000000040"
    assert [(d.item_id, d.requested, d.ordered) for d in added.dropped] == [
        ("abb-5623810442", 3, 2),
        ("abb-7701238845", 1, 0),
    ]
    assert added.dropped[1].describe() == "item abb-7701238845 (4411): OT dropped it (1 requested)"
    params = ot.params("AddOrder")[0]
    assert params["sessionId"] == CU_SESSION
    login = ot.params("Authenticate")[0]
    assert (login["userLogin"], login["userPassword"]) == ("shopper.zoe", CUSTOMER_PASSWORD)
    assert "&amp; co &lt;rush&gt;" in params["xmlAddData"]
    data = ET.fromstring(params["xmlAddData"])
    assert data.findtext("Comment") == 'Zoë & co <rush> "key-7"'
    assert data.findtext("DeliveryModeId") == "DM-AIR" and data.findtext("UserProfileId") == "P1001"
    assert [(i.findtext("Id"), i.findtext("ConfigurationId"), i.findtext("Quantity")) for i in data.iter("Item")] == [
        ("abb-5623810442", "3341", "3"),
        ("abb-8832019934", "", "1"),
        ("abb-7701238845", "4411", "1"),
    ]


def test_add_order_without_customer_credentials_is_an_auth_error(ot: FakeOT) -> None:
    with pytest.raises(AuthError, match="customer login and password"):
        make_adapter(customer=False).add_order([OrderItem("abb-1")], "DM-AIR")


def test_add_order_server_error_is_not_resent_and_the_outcome_is_unknown(ot: FakeOT) -> None:
    ot.on("AddOrder", (502, "Bad gateway"))

    with pytest.raises(TransientError) as caught:
        make_adapter().add_order([OrderItem("abb-1")], "DM-AIR", comment="key-9")

    assert caught.value.outcome_unknown is True
    assert ot.methods().count("AddOrder") == 1


def test_add_order_internal_error_envelope_leaves_the_outcome_unknown(ot: FakeOT) -> None:
    ot.on("AddOrder", fail("InternalError", "Unexpected error"))

    with pytest.raises(TransientError) as caught:
        make_adapter().add_order([OrderItem("abb-1")], "DM-AIR")

    assert caught.value.outcome_unknown is True


def test_add_order_when_nothing_can_be_ordered_keeps_ot_words(ot: FakeOT) -> None:
    ot.on("AddOrder", fail("InvalidArgument", "None of the items can be ordered"))

    with pytest.raises(PermanentError, match="None of the items can be ordered"):
        make_adapter().add_order([OrderItem("abb-1")], "DM-AIR")


def test_find_order_by_comment_pages_recent_orders(ot: FakeOT) -> None:
    ot.on(
        "SearchOrders",
        frame([info("ORD-0000000041", Comment="other")], total=2),
        frame([info("ORD-0000000040", Comment="key-7")], total=2),
    )

    found = make_adapter(page_size=1).find_order_by_comment("key-7")

    assert found == "ORD-0000000040"
    search = ET.fromstring(ot.params("SearchOrders")[0]["xmlSearchParameters"])
    assert search.findtext("CreationDateFrom") == "2026-11-16T09:30:15"


def test_find_order_by_comment_reads_details_when_the_list_has_no_comment(ot: FakeOT) -> None:
    brief = info("ORD-0000000040")
    del brief["Comment"]
    ot.on("SearchOrders", frame([brief]))
    ot.on("GetSalesOrderDetailsForOperator", details("ORD-0000000040", Comment="key-8"))

    assert make_adapter().find_order_by_comment("key-8") == "ORD-0000000040"
    assert make_adapter().find_order_by_comment("key-9") is None


def test_reserve_payment_sends_the_amount_as_a_plain_decimal_once(ot: FakeOT) -> None:
    ot.on("SalesPaymentReserve", ok({"SalesId": "ORD-0000000021", "IsPaid": True}))

    result = make_adapter().reserve_payment("ORD-0000000021", Decimal("101.50"))

    assert result == {"SalesId": "ORD-0000000021", "IsPaid": True}
    assert ot.params("SalesPaymentReserve")[0]["amount"] == "101.50"


def test_reserve_payment_refused_for_lack_of_money_keeps_ot_words(ot: FakeOT) -> None:
    ot.on("SalesPaymentReserve", fail("NotEnoughMoney", "Not enough money on the customer's account"))

    with pytest.raises(PermanentError, match="Not enough money"):
        make_adapter().reserve_payment("ORD-0000000021", Decimal("10"))


def test_reserve_payment_of_nothing_is_refused_before_calling(ot: FakeOT) -> None:
    with pytest.raises(PermanentError, match="more than zero"):
        make_adapter().reserve_payment("ORD-0000000021", Decimal("0"))
    assert ot.calls == []


def test_post_transaction_deposits_with_is_debit_true(ot: FakeOT) -> None:
    ot.on("PostTransaction", ok())

    make_adapter().post_transaction("1001", Decimal("250"), True, "Top-up for ORD-0000000021")

    params = ot.params("PostTransaction")[0]
    assert (params["customerId"], params["amount"], params["isDebit"]) == ("1001", "250", "true")
    assert params["comment"] == "Top-up for ORD-0000000021"


def test_post_transaction_for_an_unknown_customer_is_permanent(ot: FakeOT) -> None:
    ot.on("PostTransaction", fail("NotFound", "Customer 999 is not found"))

    with pytest.raises(PermanentError, match="Customer 999 is not found"):
        make_adapter().post_transaction("999", Decimal("5"), False)


# ---- autopurchase --------------------------------------------------------------------------------------
def activity(finished: bool = False, **extra: Any) -> dict[str, Any]:
    data = {
        "Id": {"Value": "ba001"},
        "Type": "ProviderOrdersIntegrationExporting",
        "IsFinished": finished,
        "IsCancelled": False,
        "IsAwaitingAction": False,
        "ProgressPercent": 100 if finished else 40,
        "Steps": [],
    }
    data.update(extra)
    return ok(data)


def test_export_starts_the_activity_and_polls_until_it_finishes(ot: FakeOT) -> None:
    ot.on("GetProviderOrdersIntegrationSessionInfoList", ok({"Content": [{"Id": PROVIDER_SESSION}]}))
    ot.on("RunOrderExportingToProvider", ok({"Type": "ProviderOrdersIntegrationExporting", "Id": {"Value": "ba001"}}))
    done_steps = [{"Type": "Info", "Message": "Exported 2 line(s) to provider order 2987001"}]
    ot.on("GetBackgroundActivityInfo", activity(), activity(), activity(True, Steps=done_steps))
    sleeps: list[float] = []

    report = make_adapter(sleeps=sleeps).run_autopurchase("export", "ORD-0000000021", line_ids=["9001"])

    assert report.finished and not report.errors and report.polls == 3
    assert report.messages == ["Exported 2 line(s) to provider order 2987001"]
    assert sleeps == [2.0, 2.0]
    run = ot.params("RunOrderExportingToProvider")[0]
    assert (run["providerType"], run["providerSessionId"]) == ("Taobao", PROVIDER_SESSION)
    parameters = ET.fromstring(run["xmlParameters"])
    assert parameters.findtext("OrderId") == "ORD-0000000021"
    assert [e.text for e in parameters.findall("OrderLineIds/Id")] == ["9001"]
    poll = ot.params("GetBackgroundActivityInfo")[0]
    assert (poll["activityType"], poll["activityId"]) == ("ProviderOrdersIntegrationExporting", "ba001")


def test_a_question_from_the_activity_is_returned_for_the_operator(ot: FakeOT) -> None:
    ot.on("RunOrderLinkingWithProvider", ok({"Type": "ProviderOrdersIntegrationLinking", "Id": {"Value": "ba002"}}))
    question = {
        "Type": "Question",
        "Message": "The price of Silk scarf changed to 95.00 CNY. What should be done?",
        "Actions": [{"Id": {"Value": "a"}, "DisplayName": "Accept the new price"}, {"DisplayName": "Remove the item"}],
    }
    ot.on("GetBackgroundActivityInfo", activity(IsAwaitingAction=True, Steps=[question]))

    report = make_adapter().run_autopurchase(
        "link", "ORD-0000000021", provider_order_ids=["2987001"], provider_session_id=PROVIDER_SESSION
    )

    assert report.awaiting_action and not report.finished
    assert report.questions == [
        "The price of Silk scarf changed to 95.00 CNY. What should be done? "
        "(choices: Accept the new price / Remove the item)"
    ]
    run = ot.params("RunOrderLinkingWithProvider")[0]
    assert [e.text for e in ET.fromstring(run["xmlParameters"]).findall("ProviderOrderIds/Id")] == ["2987001"]
    assert "GetProviderOrdersIntegrationSessionInfoList" not in ot.methods()


def test_activity_errors_are_returned_and_polling_stops_after_the_limit(ot: FakeOT) -> None:
    ot.on("RunOrdersSynchronizingWithProvider", ok({"Type": "Sync", "Id": {"Value": "ba003"}}))
    failing = {"Type": "Error", "Message": "Limit of unpaid orders in provider system"}
    ot.on("GetBackgroundActivityInfo", activity(Steps=[failing]))
    sleeps: list[float] = []

    report = make_adapter(sleeps=sleeps).run_autopurchase(
        "synchronize", provider_session_id=PROVIDER_SESSION, max_polls=3, poll_interval=0.5
    )

    assert report.timed_out and not report.finished
    assert report.errors == ["Limit of unpaid orders in provider system"]
    assert report.polls == 3 and sleeps == [0.5, 0.5]


def test_autopurchase_without_a_provider_session_says_what_to_do(ot: FakeOT) -> None:
    ot.on("GetProviderOrdersIntegrationSessionInfoList", ok({"Content": []}))

    with pytest.raises(PermanentError, match="no Taobao session"):
        make_adapter().run_autopurchase("export", "ORD-0000000021")
    assert "RunOrderExportingToProvider" not in ot.methods()


def test_autopurchase_action_that_does_not_exist_is_refused(ot: FakeOT) -> None:
    with pytest.raises(PermanentError, match="not an autopurchase action"):
        make_adapter().run_autopurchase("purchase-everything", "ORD-0000000021")


def test_autopurchase_run_is_not_resent_after_a_server_error(ot: FakeOT) -> None:
    ot.on("RunOrderUnlinkingFromProvider", (500, fail("InternalError", "boom")))

    with pytest.raises(TransientError) as caught:
        make_adapter().run_autopurchase("unlink", "ORD-0000000021", provider_session_id=PROVIDER_SESSION)

    assert caught.value.outcome_unknown and ot.methods().count("RunOrderUnlinkingFromProvider") == 1


# ---- warehouse scans -----------------------------------------------------------------------------------
def test_scan_by_waybill_finds_order_lines_across_frames(ot: FakeOT) -> None:
    ot.on(
        "SearchOrderLines",
        frame([dict(line("9001"), OrderId="ORD-0000000025")], total=2),
        frame([dict(line("9002"), OrderId="ORD-0000000026")], total=2),
    )

    matches = make_adapter(page_size=1).search_lines_by_waybill("YT4419023311")

    assert matches == [("ORD-0000000025", "9001"), ("ORD-0000000026", "9002")]
    search = ET.fromstring(ot.params("SearchOrderLines")[0]["xmlSearchParameters"])
    assert search.tag == "OrderLineSearchParameters"
    assert [e.text for e in search.findall("VendorPurchaseWaybillIdList/Id")] == ["YT4419023311"]
    assert [p["framePosition"] for p in ot.params("SearchOrderLines")] == ["0", "1"]


def test_scan_by_provider_order_uses_the_purchase_id_list(ot: FakeOT) -> None:
    ot.on("SearchOrderLines", frame([]))

    assert make_adapter().search_lines_by_provider_order("2987001") == []
    search = ET.fromstring(ot.params("SearchOrderLines")[0]["xmlSearchParameters"])
    assert [e.text for e in search.findall("VendorPurchaseIdList/Id")] == ["2987001"]


def test_scan_answer_without_content_is_malformed(ot: FakeOT) -> None:
    ot.on("SearchOrderLines", ok({"Content": "nothing"}))

    with pytest.raises(MalformedResponse):
        make_adapter().search_lines_by_waybill("YT1")


# ---- secrets -------------------------------------------------------------------------------------------
def test_no_secret_reaches_any_logged_call(ot: FakeOT) -> None:
    ot.on("GetSalesOrderDetailsForOperator", fail("SessionExpired", "Session expired"), details())
    ot.on("AuthenticateInstanceOperator", session_answer(OP_SESSION), session_answer(OP_SESSION_2))
    ot.on("AddOrder", ok({"Id": "ORD-0000000040"}))
    ot.on("RunOrderExportingToProvider", (500, fail("InternalError", "Unexpected error")))
    logs: list[CallRecord] = []
    adapter = make_adapter(logs)

    adapter.test_connection()
    adapter.order_details("ORD-0000000021")
    adapter.add_order([OrderItem("abb-5623810442", "3341", 2)], "DM-AIR")
    with pytest.raises(TransientError) as caught:
        adapter.run_autopurchase("export", "ORD-0000000021", provider_session_id=PROVIDER_SESSION)

    assert len(logs) >= 7
    for record in logs:
        text = " ".join((record.url, record.request_excerpt, record.response_excerpt, record.message))
        for secret in SECRET_VALUES:
            assert secret not in text, (secret, record.operation)
    assert caught.value.outcome_unknown is True
