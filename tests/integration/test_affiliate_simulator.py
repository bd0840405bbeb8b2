"""The affiliate adapter against the affiliate simulator over loopback HTTP: pulls, every push, faults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
import requests

from orderdesk.channels.affiliate import AffiliateAdapter
from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.errors import AuthError, MalformedResponse, PermanentError, TransientError
from orderdesk.channels.http import CallRecord, HttpSettings
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import OrderRecord
from orderdesk.core.statuses import OrderStatus
from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.sandbox.server import Faults

SimFactory = Callable[..., AffiliateSimulator]


@pytest.fixture(scope="module")
def running() -> Iterator[AffiliateSimulator]:
    # One server per module, reset before each test: stopping a server takes half a second.
    simulator = AffiliateSimulator()
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def make_sim(running: AffiliateSimulator) -> SimFactory:
    def start(faults: Faults | None = None) -> AffiliateSimulator:
        running.reset(faults)
        return running

    return start


@pytest.fixture
def sim(make_sim: SimFactory) -> AffiliateSimulator:
    return make_sim()


def adapter_for(
    simulator: AffiliateSimulator,
    *,
    token: str | None = None,
    page_size: int | None = None,
    logs: list[CallRecord] | None = None,
    sleeps: list[float] | None = None,
    **settings: Any,
) -> AffiliateAdapter:
    demo = simulator.demo_config()
    options = dict(demo["options"], **({"page_size": page_size} if page_size else {}))
    config = ChannelConfig(
        name="Affiliate",
        kind=demo["kind"],
        base_url=demo["url"],
        username=demo["username"],
        options=options,
        secrets={"token": token} if token else demo["secrets"],
    )
    return AffiliateAdapter(
        config,
        http_settings=HttpSettings(**{"backoff_base": 0, "read_timeout": 5.0, **settings}),
        logger=logs.append if logs is not None else None,
        sleep=sleeps.append if sleeps is not None else (lambda seconds: None),
    )


def pull(adapter: AffiliateAdapter, cursor: str | None = None) -> tuple[list[OrderRecord], str | None]:
    records: list[OrderRecord] = []
    last = cursor
    for page in adapter.fetch_orders(cursor):
        assert page.rejected == []
        records.extend(page.records)
        last = page.cursor
    return records, last


def record_of(adapter: AffiliateAdapter, order_id: int) -> OrderRecord:
    records, _ = pull(adapter)
    return next(r for r in records if r.external_id == str(order_id))


def push(adapter: AffiliateAdapter, kind: EventKind, order: OrderRecord, payload: dict[str, Any]) -> Any:
    return adapter.push(OutboundEvent(event_id=1, kind=kind, order=order, payload=payload, idempotency_key="k1"))


def seeded_with(simulator: AffiliateSimulator, status: str) -> int:
    return next(order_id for order_id, order in simulator.orders.items() if order["status"] == status)


# ---- connection and pull ------------------------------------------------------------------------------
def test_connection_counts_the_seeded_orders(sim: AffiliateSimulator) -> None:
    assert adapter_for(sim).test_connection() == "Connected to the affiliate order system: 14 orders."
    assert sim.requests_to("GET", r"^/api/orders$")[0].query == {"per_page": ["1"]}


def test_wrong_token_is_refused_with_401_and_is_an_auth_error(sim: AffiliateSimulator) -> None:
    with pytest.raises(AuthError, match="Unauthenticated."):
        adapter_for(sim, token="not-the-token").test_connection()
    assert len(sim.requests) == 1
    answer = requests.get(f"{sim.url}/api/orders", headers={"Authorization": "Bearer nope"}, timeout=5)
    assert answer.status_code == 401 and answer.json() == {"message": "Unauthenticated."}


def test_full_pull_reads_every_order_across_pages(sim: AffiliateSimulator) -> None:
    records, cursor = pull(adapter_for(sim, page_size=4))
    assert len(records) == 14 and len({r.external_id for r in records}) == 14
    assert {r.currency for r in records} == {"EUR", "GBP", "USD"}
    assert {OrderStatus.PENDING, OrderStatus.CANCELLED, OrderStatus.DISPATCHED} <= {r.status for r in records}
    assert {"Zoë Åkerlund", "Łukasz Wiśniewski", "João Conceição"} <= {r.customer.name for r in records}
    assert any(len(r.lines) > 1 for r in records)
    assert all(r.source == "affiliate" and r.commission_rate is not None for r in records)
    newest = max(order["updated_at"] for order in sim.orders.values())
    assert cursor == newest.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    first = sim.requests_to("GET", r"^/api/orders$")[0]
    assert "updated_since" not in first.query and first.query["per_page"] == ["4"]
    dispatched = next(r for r in records if r.status == OrderStatus.DISPATCHED)
    assert dispatched.consignment_number and dispatched.carrier


def test_records_carry_the_money_the_simulator_shows(sim: AffiliateSimulator) -> None:
    records, _ = pull(adapter_for(sim))
    for order in records:
        shown = sim.order(int(order.external_id))
        assert order.total == Decimal(shown["total"])
        assert order.channel_data["commission"] == shown["commission"]
        assert order.commission_rate == Decimal(shown["commission_rate"])


def test_incremental_pull_brings_changed_orders_and_the_boundary_again(sim: AffiliateSimulator) -> None:
    adapter = adapter_for(sim, page_size=5)
    _, cursor = pull(adapter)
    boundary = max(sim.orders.values(), key=lambda order: order["updated_at"])["id"]
    sim.touch_order(5003, at=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), status="processing")
    records, new_cursor = pull(adapter, cursor)
    # Inclusive updated_since: the order at the cursor comes again, the engine dedupes it.
    assert sorted(r.external_id for r in records) == sorted([str(boundary), "5003"])
    assert next(r for r in records if r.external_id == "5003").status == OrderStatus.PROCESSING
    assert new_cursor == "2025-01-02T03:04:05.000000Z"
    assert sim.requests_to("GET", r"^/api/orders$")[-1].query["updated_since"] == [cursor]


def test_an_order_updated_during_a_pull_does_not_make_another_one_missed(sim: AffiliateSimulator) -> None:
    pages = adapter_for(sim, page_size=4).fetch_orders(None)
    first = next(pages)
    # The affiliate side changes an order already read: it moves to the end of the list.
    sim.touch_order(int(first.records[0].external_id), at=datetime(2025, 6, 1, tzinfo=UTC))
    rest = [r.external_id for page in pages for r in page.records]
    assert {r.external_id for r in first.records} | set(rest) == {str(order_id) for order_id in sim.orders}
    assert first.records[0].external_id in rest  # read again with its new change


# ---- push ---------------------------------------------------------------------------------------------
def test_acknowledge_sets_processing_on_the_channel(sim: AffiliateSimulator) -> None:
    adapter = adapter_for(sim)
    order = record_of(adapter, 5001)
    push(adapter, EventKind.ACKNOWLEDGE, order, {"status": "processing", "previous": "pending"})
    sent = sim.requests_to("PUT", r"^/api/orders/5001/status$")
    assert [r.json for r in sent] == [{"status": "processing"}]
    assert sent[0].headers["Authorization"] == f"Bearer {sim.token}"
    assert sim.order(5001)["status"] == "processing"


def test_status_change_moves_the_order_on_the_channel(sim: AffiliateSimulator) -> None:
    adapter = adapter_for(sim)
    order_id = seeded_with(sim, "processing")
    push(adapter, EventKind.STATUS, record_of(adapter, order_id), {"status": "packed", "previous": "processing"})
    assert sim.order(order_id)["status"] == "packed"


def test_cancel_records_the_reason_on_the_channel(sim: AffiliateSimulator) -> None:
    adapter = adapter_for(sim)
    payload = {"status": "cancelled", "previous": "pending", "reason": "Zoë asked to cancel"}
    push(adapter, EventKind.CANCEL, record_of(adapter, 5001), payload)
    assert sim.requests_to("PUT", r"/status$")[-1].json == {"status": "cancelled", "reason": "Zoë asked to cancel"}
    shown = sim.order(5001)
    assert shown["status"] == "cancelled" and shown["cancel_reason"] == "Zoë asked to cancel"


def test_dispatch_sends_the_consignment_number_and_courier(sim: AffiliateSimulator) -> None:
    adapter = adapter_for(sim)
    order_id = seeded_with(sim, "processing")
    payload = {"status": "dispatched", "previous": "processing", "consignment_number": "JD0146000099", "carrier": "UPS"}
    push(adapter, EventKind.DISPATCH, record_of(adapter, order_id), payload)
    assert sim.requests_to("PUT", r"/status$")[-1].json == {
        "status": "dispatched",
        "consignment_number": "JD0146000099",
        "courier": "UPS",
    }
    shown = sim.order(order_id)
    assert (shown["status"], shown["consignment_number"], shown["courier"]) == ("dispatched", "JD0146000099", "UPS")
    records, _ = pull(adapter)
    again = next(r for r in records if r.external_id == str(order_id))
    assert (again.consignment_number, again.carrier) == ("JD0146000099", "UPS")


def test_simulator_refuses_dispatched_without_consignment_number(sim: AffiliateSimulator) -> None:
    answer = requests.put(
        f"{sim.url}/api/orders/5001/status",
        json={"status": "dispatched", "courier": "DHL"},
        headers={"Authorization": f"Bearer {sim.token}"},
        timeout=5,
    )
    assert answer.status_code == 422
    message = "The consignment number field is required when status is dispatched."
    assert answer.json() == {"message": message, "errors": {"consignment_number": [message]}}
    assert sim.order(5001)["status"] == "pending"


def test_refused_transition_reaches_the_user_in_the_channels_words(sim: AffiliateSimulator) -> None:
    adapter = adapter_for(sim)
    order_id = seeded_with(sim, "cancelled")
    with pytest.raises(PermanentError) as caught:
        push(adapter, EventKind.STATUS, record_of(adapter, order_id), {"status": "processing"})
    number = sim.order(order_id)["order_number"]
    assert caught.value.channel_message == f"Order {number} is cancelled and cannot be set to processing."


def test_edit_replaces_items_address_and_customer_and_recomputes_commission(sim: AffiliateSimulator) -> None:
    adapter = adapter_for(sim)
    order_id = 5002  # two lines, 7.50 % commission
    order = record_of(adapter, order_id)
    kept, removed = order.lines[0], order.lines[1]
    payload = {
        "fields": ["city", "street"],
        "shipping_address": {"name": "Łukasz Wiśniewski", "street": "ul. Zielona 3\nm. 12", "city": "Kraków"},
        "customer": {"name": "Łukasz Wiśniewski", "email": "lukasz.new@example.pl", "phone": "+48 12 555 00 00"},
        "lines": [
            {
                "line_id": 1,
                "external_id": kept.external_id,
                "sku": kept.sku,
                "name": kept.name,
                "quantity": 4,
                "unit_price": str(kept.unit_price),
            },
            {
                "line_id": 9,
                "external_id": None,
                "sku": "HONEY-ACACIA",
                "name": "Acacia honey 500 g",
                "quantity": 2,
                "unit_price": "11.25",
            },
        ],
        "removed_line_ids": [2],
        "total": "ignored",
        "commission": None,
    }
    result = push(adapter, EventKind.EDIT, order, payload)
    sent = sim.requests_to("PUT", rf"^/api/orders/{order_id}$")[-1].json
    assert sent["items"][0]["id"] == int(str(kept.external_id)) and "id" not in sent["items"][1]
    assert sent["items"][1]["unit_price"] == "11.25"
    shown = sim.order(order_id)
    assert [(i["sku"], i["quantity"]) for i in shown["items"]] == [(kept.sku, 4), ("HONEY-ACACIA", 2)]
    assert removed.sku not in {i["sku"] for i in shown["items"]}
    assert shown["shipping_address"]["city"] == "Kraków"
    assert shown["shipping_address"]["street"] == "ul. Zielona 3\nm. 12"
    assert shown["customer"]["email"] == "lukasz.new@example.pl"
    items_total = kept.unit_price * 4 + Decimal("22.50")
    assert Decimal(shown["commission"]) == (items_total * Decimal("0.075")).quantize(Decimal("0.01"))
    assert result.warnings == []
    event = OutboundEvent(1, EventKind.EDIT, order, payload)
    assert adapter.already_applied(event) is not None


def split_payload(order: OrderRecord, reference_suffix: str = "-S1") -> dict[str, Any]:
    line = order.lines[0]
    return {
        "parts": [
            {
                "order_id": 901,
                "reference": order.reference + reference_suffix,
                "lines": [{"source_line_external_id": line.external_id, "sku": line.sku, "quantity": 1}],
                "total": str(line.unit_price),
                "commission": None,
            }
        ],
        "remaining_total": "0",
        "remaining_commission": None,
    }


def test_split_creates_the_new_order_and_commissions_add_up(sim: AffiliateSimulator) -> None:
    adapter = adapter_for(sim)
    order_id = 5002
    order = record_of(adapter, order_id)
    before = Decimal(sim.order(order_id)["commission"])
    result = push(adapter, EventKind.SPLIT, order, split_payload(order))
    new_id = int(result.external_ids[901])
    part = sim.order(new_id)
    assert part["reference"] == part["order_number"] == f"{order.reference}-S1"
    assert part["parent_id"] == order_id
    assert [(i["sku"], i["quantity"]) for i in part["items"]] == [(order.lines[0].sku, 1)]
    assert Decimal(part["commission"]) + Decimal(sim.order(order_id)["commission"]) == before
    assert Decimal(part["commission"]) == (order.lines[0].unit_price * Decimal("0.075")).quantize(Decimal("0.01"))
    assert len(sim.requests_to("GET", r"^/api/orders$")) == 2  # the pull, and the look-up before the split
    assert [r.json for r in sim.requests_to("POST", r"/split$")] == [
        {
            "orders": [
                {
                    "reference": f"{order.reference}-S1",
                    "items": [
                        {"sku": order.lines[0].sku, "quantity": 1, "item_id": int(str(order.lines[0].external_id))}
                    ],
                }
            ]
        }
    ]
    records, _ = pull(adapter)
    assert next(r for r in records if r.external_id == str(new_id)).reference == f"{order.reference}-S1"


def test_split_answer_lost_is_read_back_and_the_part_created_once(make_sim: SimFactory) -> None:
    sim = make_sim(Faults(drop_after_next=1, only_paths=r"/split$"))
    adapter = adapter_for(sim)
    order = record_of(adapter, 5002)
    event = OutboundEvent(7, EventKind.SPLIT, order, split_payload(order), idempotency_key="split-7")
    with pytest.raises(TransientError) as caught:
        adapter.push(event)
    assert caught.value.outcome_unknown
    found = adapter.already_applied(event)
    assert found is not None
    new_id = found.external_ids[901]
    # Sending again (as the engine may, e.g. after a crash) looks up first and does not post.
    assert adapter.push(event).external_ids == {901: new_id}
    assert len(sim.requests_to("POST", r"/split$")) == 1
    assert [o["id"] for o in sim.find_by_reference(f"{order.reference}-S1")] == [int(new_id)]


def test_already_applied_is_none_when_the_split_never_arrived(make_sim: SimFactory) -> None:
    sim = make_sim(Faults(drop_before_next=1, only_paths=r"/split$"))
    adapter = adapter_for(sim)
    order = record_of(adapter, 5002)
    event = OutboundEvent(8, EventKind.SPLIT, order, split_payload(order))
    with pytest.raises(TransientError):
        adapter.push(event)
    assert adapter.already_applied(event) is None
    assert sim.find_by_reference(f"{order.reference}-S1") == []
    assert adapter.push(event).external_ids[901]


def test_simulator_answers_a_repeated_split_reference_with_the_existing_order(sim: AffiliateSimulator) -> None:
    body = {
        "orders": [
            {"reference": "AFF-105002-S1", "items": [{"sku": sim.orders[5002]["items"][0]["sku"], "quantity": 1}]}
        ]
    }
    headers = {"Authorization": f"Bearer {sim.token}"}
    first = requests.post(f"{sim.url}/api/orders/5002/split", json=body, headers=headers, timeout=5)
    second = requests.post(f"{sim.url}/api/orders/5002/split", json=body, headers=headers, timeout=5)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json() == second.json()
    assert len(sim.find_by_reference("AFF-105002-S1")) == 1


def test_already_applied_reads_the_status_back(sim: AffiliateSimulator) -> None:
    adapter = adapter_for(sim)
    order = record_of(adapter, 5001)
    event = OutboundEvent(3, EventKind.ACKNOWLEDGE, order, {"status": "processing", "previous": "pending"})
    assert adapter.already_applied(event) is None
    sim.touch_order(5001, status="processing")
    assert adapter.already_applied(event) is not None


# ---- faults -------------------------------------------------------------------------------------------
def test_a_share_of_server_errors_ends_in_success_after_retries(make_sim: SimFactory) -> None:
    sim = make_sim(Faults(error_rate=0.4))
    logs: list[CallRecord] = []
    records, _ = pull(adapter_for(sim, page_size=5, logs=logs, max_retries=8))
    assert len(records) == 14
    assert any(call.outcome == "retry" and call.http_status == 500 for call in logs)


def test_throttling_waits_as_told_then_succeeds(make_sim: SimFactory) -> None:
    sim = make_sim(Faults(throttle_next=2, retry_after_s=0.01))
    sleeps: list[float] = []
    assert adapter_for(sim, sleeps=sleeps).test_connection().endswith("14 orders.")
    assert sleeps == [0.01, 0.01]
    assert len(sim.requests) == 3


def test_latency_still_succeeds(make_sim: SimFactory) -> None:
    sim = make_sim(Faults(latency_s=0.05))
    records, _ = pull(adapter_for(sim, page_size=7))
    assert len(records) == 14


def test_expired_token_is_an_auth_error_without_renewal(make_sim: SimFactory) -> None:
    sim = make_sim(Faults(token_ttl_calls=1))
    adapter = adapter_for(sim)
    adapter.test_connection()
    with pytest.raises(AuthError, match="Unauthenticated."):
        adapter.test_connection()
    assert len(sim.requests) == 2


def test_rotated_token_refuses_the_old_one(sim: AffiliateSimulator) -> None:
    old = sim.token
    sim.rotate_token()
    with pytest.raises(AuthError):
        adapter_for(sim, token=old).test_connection()
    assert adapter_for(sim).test_connection().endswith("14 orders.")


def test_malformed_body_is_malformed_then_the_next_call_succeeds(make_sim: SimFactory) -> None:
    sim = make_sim(Faults(malformed_next=1))
    adapter = adapter_for(sim)
    with pytest.raises(MalformedResponse):
        list(adapter.fetch_orders(None))
    records, _ = pull(adapter)
    assert len(records) == 14


def test_malformed_answer_to_a_status_push_is_not_taken_for_success(make_sim: SimFactory) -> None:
    sim = make_sim()
    adapter = adapter_for(sim)
    order = record_of(adapter, 5001)
    sim.faults.malformed_next = 1
    event = OutboundEvent(4, EventKind.ACKNOWLEDGE, order, {"status": "processing", "previous": "pending"})
    with pytest.raises(MalformedResponse):
        adapter.push(event)
    assert adapter.already_applied(event) is None  # the proxy page came instead of the change
    adapter.push(event)
    assert sim.order(5001)["status"] == "processing"


def test_connection_dropped_before_a_read_is_retried(make_sim: SimFactory) -> None:
    sim = make_sim(Faults(drop_before_next=1))
    records, _ = pull(adapter_for(sim))
    assert len(records) == 14
    assert len(sim.requests_to("GET", r"^/api/orders$")) == 2


def test_answer_dropped_after_a_status_put_is_retried_safely(make_sim: SimFactory) -> None:
    sim = make_sim()
    adapter = adapter_for(sim)
    order = record_of(adapter, 5001)
    sim.faults.drop_after_next = 1
    payload = {"status": "processing", "previous": "pending"}
    push(adapter, EventKind.ACKNOWLEDGE, order, payload)
    assert len(sim.requests_to("PUT", r"/status$")) == 2  # a PUT of the same status twice changes nothing
    assert sim.order(5001)["status"] == "processing"
