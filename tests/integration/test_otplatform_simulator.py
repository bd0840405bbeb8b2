"""The OT Platform adapter against the OT simulator over loopback HTTP: pulls, pushes, the operator tools,
read-back after a lost answer, and every injected fault."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.errors import AuthError, MalformedResponse, PermanentError, TransientError
from orderdesk.channels.http import CallRecord, HttpSettings
from orderdesk.channels.otplatform import OrderItem, OTPlatformAdapter
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import OrderRecord
from orderdesk.core.statuses import OrderStatus, PaymentStatus
from orderdesk.sandbox.otplatform import OTPlatformSimulator

FAST = HttpSettings(connect_timeout=2, read_timeout=2, backoff_base=0, max_retries=3)


@pytest.fixture
def sim() -> Iterator[OTPlatformSimulator]:
    simulator = OTPlatformSimulator()
    simulator.start()
    yield simulator
    simulator.stop()


def adapter_for(
    sim: OTPlatformSimulator,
    logs: list[CallRecord] | None = None,
    *,
    settings: HttpSettings = FAST,
    page_size: int = 5,
    **overrides: Any,
) -> OTPlatformAdapter:
    demo = sim.demo_config()
    options = {**demo["options"], "page_size": page_size, **overrides.pop("options", {})}
    secrets = {**demo["secrets"], **overrides.pop("secrets", {})}
    config = ChannelConfig(
        name="OT demo",
        kind=demo["kind"],
        base_url=demo["url"],
        username=overrides.pop("username", demo["username"]),
        options=options,
        secrets=secrets,
    )
    return OTPlatformAdapter(
        config, http_settings=settings, logger=logs.append if logs is not None else None, sleep=lambda s: None
    )


def pull(adapter: OTPlatformAdapter, cursor: str | None = None) -> tuple[list[OrderRecord], str | None]:
    records: list[OrderRecord] = []
    for page in adapter.fetch_orders(cursor):
        assert page.rejected == []
        records.extend(page.records)
        cursor = page.cursor
    return records, cursor


def event(kind: EventKind, record: OrderRecord, **payload: Any) -> OutboundEvent:
    return OutboundEvent(event_id=1, kind=kind, order=record, payload=payload, idempotency_key=f"evt-{kind}")


def by_id(records: list[OrderRecord]) -> dict[str, OrderRecord]:
    return {record.external_id: record for record in records}


# ---- pull ----------------------------------------------------------------------------------------------
def test_full_pull_reads_every_seeded_order_with_lines_money_and_tracking(sim: OTPlatformSimulator) -> None:
    records, cursor = pull(adapter_for(sim))

    orders = by_id(records)
    assert sorted(orders) == [f"ORD-{n:010d}" for n in range(21, 35)]
    assert {record.currency for record in records} == {"USD", "CNY", "EUR"}
    first = orders["ORD-0000000021"]
    assert first.customer.name == "Zoë Åkerlund" and first.shipping_address.city == "Łódź"
    assert first.payment_status == PaymentStatus.UNPAID and first.status == OrderStatus.PENDING
    assert orders["ORD-0000000022"].shipping_address.city == "São Paulo"
    assert orders["ORD-0000000030"].status == OrderStatus.CANCELLED
    assert any(len(record.lines) == 3 for record in records)
    for sales_id, record in orders.items():
        state = sim.order_state(sales_id)
        assert record.total == Decimal(state["SalesOrderInfo"]["TotalAmount"])
        waybills = {line["Id"]: line["VendPurchWaybill"] or None for line in state["SalesLinesList"]}
        assert {line.external_id: line.tracking_number for line in record.lines} == waybills
    assert sum(1 for r in records for line in r.lines if line.tracking_number) >= 5
    newest = max(sim.order_state(s)["SalesOrderInfo"]["UpdatedDateTime"] for s in orders)
    assert cursor is not None and cursor.startswith(newest)


def test_incremental_pull_from_the_cursor_brings_the_changed_order_and_that_second(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    _, cursor = pull(adapter)

    again, same_cursor = pull(adapter, cursor)
    assert [r.external_id for r in again] == ["ORD-0000000034"]  # the cursor second is read again, inclusively
    assert same_cursor == cursor

    sim.touch_order("ORD-0000000023", status_id=36)
    sim.set_waybill("ORD-0000000024", sim.order_state("ORD-0000000024")["SalesLinesList"][0]["Id"], "YT5550001")
    changed, newer = pull(adapter, cursor)

    orders = by_id(changed)
    assert {"ORD-0000000023", "ORD-0000000024"} <= set(orders)
    assert orders["ORD-0000000023"].status == OrderStatus.PACKED
    assert orders["ORD-0000000024"].lines[0].tracking_number == "YT5550001"
    assert newer is not None and cursor is not None and newer > cursor


def test_orders_updated_in_the_same_second_are_both_read_across_frames(sim: OTPlatformSimulator) -> None:
    # ORD-0000000026 and ORD-0000000027 share an UpdatedDateTime; with frames of 1 they fall in separate frames.
    stamp = sim.order_state("ORD-0000000026")["SalesOrderInfo"]["UpdatedDateTime"]
    assert stamp == sim.order_state("ORD-0000000027")["SalesOrderInfo"]["UpdatedDateTime"]

    records, _ = pull(adapter_for(sim, page_size=1))

    assert len(records) == 14 and len(by_id(records)) == 14


def test_an_order_updated_while_paging_is_not_lost(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim, page_size=3)
    seen: list[str] = []
    for number, page in enumerate(adapter.fetch_orders(None)):
        seen.extend(record.external_id for record in page.records)
        if number == 0:
            sim.touch_order("ORD-0000000022")  # already read: it jumps to the end of the list

    assert set(seen) == {f"ORD-{n:010d}" for n in range(21, 35)}


def test_the_simulator_refuses_a_tampered_signature(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim, secrets={"signature_secret": "not-the-secret"})

    with pytest.raises(AuthError, match="Signature is not valid"):
        adapter.test_connection()


# ---- push ----------------------------------------------------------------------------------------------
def test_cancel_reaches_ot_and_the_order_is_cancelled_there(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    record = by_id(pull(adapter)[0])["ORD-0000000022"]
    sim.clear_requests()

    result = adapter.push(event(EventKind.CANCEL, record, status="cancelled", reason="customer asked"))

    assert "Cancelled order ORD-0000000022" in result.message
    calls = sim.requests_to("GET", r"/CancelSalesOrder$")
    assert len(calls) == 1 and calls[0].arg("salesId") == "ORD-0000000022"
    assert sim.order_state("ORD-0000000022")["SalesOrderInfo"]["IsCancelled"] is True
    assert adapter.already_applied(event(EventKind.CANCEL, record)) is not None
    again = adapter.push(event(EventKind.CANCEL, record))
    assert "already had order ORD-0000000022 cancelled" in again.message


def test_cancel_of_a_sent_order_is_refused_in_ot_words(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    record = by_id(pull(adapter)[0])["ORD-0000000027"]

    with pytest.raises(PermanentError, match="has been sent and cannot be cancelled"):
        adapter.push(event(EventKind.CANCEL, record))
    assert sim.order_state("ORD-0000000027")["SalesOrderInfo"]["IsCancelled"] is False


def test_cancel_answer_lost_is_found_by_reading_back_and_sent_once(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    record = by_id(pull(adapter)[0])["ORD-0000000029"]
    sim.faults.only_paths, sim.faults.drop_after_next = r"/CancelSalesOrder$", 1

    with pytest.raises(TransientError) as caught:
        adapter.push(event(EventKind.CANCEL, record))

    assert caught.value.outcome_unknown is True
    applied = adapter.already_applied(event(EventKind.CANCEL, record))
    assert applied is not None and "already shows order ORD-0000000029 as cancelled" in applied.message
    assert len(sim.requests_to("GET", r"/CancelSalesOrder$")) == 1
    assert sim.order_state("ORD-0000000029")["SalesOrderInfo"]["IsCancelled"] is True


def test_acknowledge_only_reads_the_order_back(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    record = by_id(pull(adapter)[0])["ORD-0000000021"]
    before = sim.order_state("ORD-0000000021")
    sim.clear_requests()

    result = adapter.push(event(EventKind.ACKNOWLEDGE, record, status="processing", previous="pending"))

    assert "no acknowledge step" in result.message
    assert result.warnings == ["OT Platform shows order ORD-0000000021 as not paid."]
    assert {r.path.rsplit("/", 1)[-1] for r in sim.requests} == {"GetSalesOrderDetailsForOperator"}
    assert sim.order_state("ORD-0000000021") == before


def test_acknowledge_of_an_order_cancelled_in_ot_is_refused(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    record = by_id(pull(adapter)[0])["ORD-0000000030"]

    with pytest.raises(PermanentError, match="has cancelled order ORD-0000000030"):
        adapter.push(event(EventKind.ACKNOWLEDGE, record))


def test_dispatch_brings_back_the_tracking_numbers_ot_holds(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    record = by_id(pull(adapter)[0])["ORD-0000000025"]

    result = adapter.push(event(EventKind.DISPATCH, record, consignment_number="JD0042", carrier="DHL"))

    expected = {line["Id"]: line["VendPurchWaybill"] for line in sim.order_state("ORD-0000000025")["SalesLinesList"]}
    assert result.tracking_numbers == expected and all(expected.values())
    assert result.warnings == []


# ---- operator tools ------------------------------------------------------------------------------------
def test_add_order_reports_what_ot_dropped_and_creates_the_order(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    items = [
        OrderItem("abb-5623810442", "3342", 5),  # only 2 in stock
        OrderItem("abb-6120934871", "", 1),
        OrderItem("abb-7701238845", "4411", 1),  # sold out
        OrderItem("abb-0000000000", "", 1),  # no such item
    ]

    added = adapter.add_order(items, "DM-AIR", comment="Zoë's order & co <desk-key-1>", user_profile_id="P1001")

    assert [(d.item_id, d.ordered) for d in added.dropped] == [
        ("abb-5623810442", 2),
        ("abb-7701238845", 0),
        ("abb-0000000000", 0),
    ]
    state = sim.order_state(added.order_id)
    assert state["SalesOrderInfo"]["Comment"] == "Zoë's order & co <desk-key-1>"
    assert state["SalesOrderInfo"]["CustId"] == "1001" and state["SalesOrderInfo"]["IsPaid"] is False
    assert [(line["ItemId"], line["Qty"]) for line in state["SalesLinesList"]] == [
        ("abb-5623810442", 2),
        ("abb-6120934871", 1),
    ]
    sent = ET.fromstring(sim.requests_to("GET", r"/AddOrder$")[0].arg("xmlAddData") or "")
    assert len(list(sent.iter("Item"))) == 4


def test_add_order_answer_lost_is_found_by_its_comment_and_created_once(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    sim.faults.only_paths, sim.faults.drop_after_next = r"/AddOrder$", 1

    with pytest.raises(TransientError) as caught:
        adapter.add_order([OrderItem("abb-8832019934", "", 2)], "DM-SEA", comment="desk-key-77")

    assert caught.value.outcome_unknown is True
    found = adapter.find_order_by_comment("desk-key-77")
    assert found == "ORD-0000000035"
    assert len(sim.requests_to("GET", r"/AddOrder$")) == 1
    assert [o for o in sim.orders.values() if o.comment == "desk-key-77"] == [sim.orders[found]]
    assert adapter.find_order_by_comment("desk-key-78") is None


def test_add_order_with_an_unknown_delivery_mode_keeps_ot_words(sim: OTPlatformSimulator) -> None:
    with pytest.raises(PermanentError, match="Delivery mode 'DM-ROCKET' is not found"):
        adapter_for(sim).add_order([OrderItem("abb-8832019934")], "DM-ROCKET")


def test_deposit_then_payment_reserve_pays_the_order(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    total = Decimal(sim.order_state("ORD-0000000021")["SalesOrderInfo"]["TotalAmount"])
    before = sim.balance("1001")

    adapter.post_transaction("1001", Decimal("1000"), True, "Bank transfer 2026-11-23")
    result = adapter.reserve_payment("ORD-0000000021", total)

    assert result["IsPaid"] is True
    assert sim.balance("1001") == before + 1000 - total
    assert sim.order_state("ORD-0000000021")["SalesOrderInfo"]["IsPaid"] is True
    assert len(sim.requests_to("GET", r"/SalesPaymentReserve$")) == 1
    with pytest.raises(PermanentError, match="Not enough money"):
        adapter.reserve_payment("ORD-0000000031", Decimal("9999"))


def test_export_then_synchronize_gives_the_lines_provider_orders_and_waybills(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)

    exported = adapter.run_autopurchase("export", "ORD-0000000022")
    assert exported.finished and not exported.errors and exported.polls == 3
    lines = sim.order_state("ORD-0000000022")["SalesLinesList"]
    assert all(line["VendPurchId"] for line in lines)

    synced = adapter.run_autopurchase("synchronize")
    assert synced.finished and synced.messages and synced.messages[0].startswith("Synchronized")
    waybill = sim.order_state("ORD-0000000022")["SalesLinesList"][0]["VendPurchWaybill"]
    assert waybill

    matches = adapter.search_lines_by_waybill(waybill)
    assert [m.order_id for m in matches] == ["ORD-0000000022"]
    assert adapter.search_lines_by_provider_order(lines[0]["VendPurchId"])[0].order_id == "ORD-0000000022"
    sent = sim.requests_to("GET", r"/RunOrderExportingToProvider$")[0]
    assert sent.arg("providerSessionId") == sim.provider_sessions["Taobao"]


def test_export_that_needs_an_answer_returns_the_question(sim: OTPlatformSimulator) -> None:
    sim.price_changes["abb-6120934871"] = Decimal("149.00")

    report = adapter_for(sim).run_autopurchase("export", "ORD-0000000022")

    assert report.awaiting_action and not report.finished
    assert report.questions and "(choices: Accept the new price / Remove the item)" in report.questions[0]


def test_export_of_an_unpaid_order_returns_the_error_step(sim: OTPlatformSimulator) -> None:
    report = adapter_for(sim).run_autopurchase("export", "ORD-0000000021")

    assert report.finished
    assert report.errors == ["Order ORD-0000000021 is not paid and cannot be exported"]


def test_link_and_unlink_change_the_lines_provider_order(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)

    adapter.run_autopurchase("link", "ORD-0000000029", provider_order_ids=["2900000000001"])
    assert {line["VendPurchId"] for line in sim.order_state("ORD-0000000029")["SalesLinesList"]} == {"2900000000001"}
    adapter.run_autopurchase("unlink", "ORD-0000000029")
    assert {line["VendPurchId"] for line in sim.order_state("ORD-0000000029")["SalesLinesList"]} == {""}


def test_scan_of_a_seeded_waybill_finds_its_line(sim: OTPlatformSimulator) -> None:
    state = sim.order_state("ORD-0000000028")
    first = state["SalesLinesList"][0]

    matches = adapter_for(sim).search_lines_by_waybill(first["VendPurchWaybill"])

    assert matches == [("ORD-0000000028", first["Id"])]


# ---- faults ----------------------------------------------------------------------------------------------
def test_pull_succeeds_through_a_share_of_server_errors(sim: OTPlatformSimulator) -> None:
    sim.faults.error_rate = 0.3
    logs: list[CallRecord] = []

    records, _ = pull(adapter_for(sim, logs, settings=HttpSettings(backoff_base=0, max_retries=8)))

    assert len(records) == 14
    assert sum(1 for r in logs if r.http_status == 500 and r.outcome == "retry") >= 3


def test_throttling_is_waited_out_with_retry_after(sim: OTPlatformSimulator) -> None:
    sim.faults.throttle_next, sim.faults.retry_after_s = 2, 0
    logs: list[CallRecord] = []

    assert adapter_for(sim, logs).test_connection().startswith("Connected")
    assert [r.http_status for r in logs] == [429, 429, 200]


def test_latency_is_tolerated(sim: OTPlatformSimulator) -> None:
    sim.faults.latency_s = 0.05

    records, _ = pull(adapter_for(sim, page_size=20))

    assert len(records) == 14


def test_sessions_that_expire_mid_pull_are_renewed(sim: OTPlatformSimulator) -> None:
    sim.faults.token_ttl_calls = 4
    adapter = adapter_for(sim)

    records, _ = pull(adapter)

    assert len(records) == 14
    assert len(sim.requests_to("GET", r"/AuthenticateInstanceOperator$")) >= 4


def test_revoked_sessions_are_renewed_for_a_state_change_too(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    record = by_id(pull(adapter)[0])["ORD-0000000023"]
    sim.expire_sessions()

    adapter.push(event(EventKind.CANCEL, record))

    assert sim.order_state("ORD-0000000023")["SalesOrderInfo"]["IsCancelled"] is True
    assert len(sim.requests_to("GET", r"/CancelSalesOrder$")) == 2  # refused for the session, then done


def test_a_malformed_answer_is_reported_as_such(sim: OTPlatformSimulator) -> None:
    sim.faults.malformed_next = 1

    with pytest.raises(MalformedResponse):
        adapter_for(sim).test_connection()


def test_a_dropped_connection_on_a_read_is_retried(sim: OTPlatformSimulator) -> None:
    adapter = adapter_for(sim)
    adapter.test_connection()
    sim.faults.only_paths, sim.faults.drop_before_next = r"/GetSalesOrderDetailsForOperator$", 1

    details = adapter.order_details("ORD-0000000021")

    assert details["SalesOrderInfo"]["Id"] == "ORD-0000000021"
    assert len(sim.requests_to("GET", r"/GetSalesOrderDetailsForOperator$")) == 2


def test_wrong_password_is_refused_as_ot_refuses_it(sim: OTPlatformSimulator) -> None:
    with pytest.raises(AuthError, match="Invalid operator login or password"):
        adapter_for(sim, secrets={"password": "guess"}).test_connection()


def test_wrong_instance_key_is_an_auth_error(sim: OTPlatformSimulator) -> None:
    with pytest.raises(AuthError, match="Instance key is not valid"):
        adapter_for(sim, options={"instance_key": "someone-else"}).test_connection()


def test_timestamp_far_from_ot_time_is_refused(sim: OTPlatformSimulator) -> None:
    sim.clock = lambda: datetime.now(UTC).replace(microsecond=0) + timedelta(hours=2)

    with pytest.raises(AuthError, match="more than 15 minutes"):
        adapter_for(sim).test_connection()


def test_no_secret_appears_in_the_call_log(sim: OTPlatformSimulator) -> None:
    logs: list[CallRecord] = []
    adapter = adapter_for(sim, logs)
    pull(adapter)
    adapter.add_order([OrderItem("abb-8832019934")], "DM-AIR")
    adapter.run_autopurchase("synchronize")

    secrets = [*sim.demo_config()["secrets"].values(), *sim.issued_sessions()]
    for record in logs:
        text = " ".join((record.url, record.request_excerpt, record.response_excerpt, record.message))
        for secret in secrets:
            assert secret not in text, record.operation
