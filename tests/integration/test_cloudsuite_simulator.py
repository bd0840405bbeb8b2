"""The CloudSuite adapter against the CloudSuite simulator over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from orderdesk.channels import cloudsuite
from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.cloudsuite import CloudSuiteAdapter
from orderdesk.channels.errors import AuthError, MalformedResponse, PermanentError, TransientError
from orderdesk.channels.http import CallRecord, HttpSettings
from orderdesk.core.events import EventKind, OutboundEvent
from orderdesk.core.records import OrderRecord
from orderdesk.core.statuses import OrderStatus, PaymentStatus
from orderdesk.sandbox.cloudsuite import CLIENT_SECRET, CloudSuiteSimulator

FAST = HttpSettings(connect_timeout=2, read_timeout=5, max_retries=3, backoff_base=0, max_retry_after=5)
ORDER_PATH = r"^/api/order/\d+/$"


@pytest.fixture(scope="module")
def running() -> Iterator[CloudSuiteSimulator]:
    # One server for the module (stopping one takes half a second); every test gets it freshly seeded.
    simulator = CloudSuiteSimulator()
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def sim(running: CloudSuiteSimulator) -> CloudSuiteSimulator:
    running.reset()
    return running


def adapter_for(
    sim: CloudSuiteSimulator,
    calls: list[CallRecord] | None = None,
    *,
    settings: HttpSettings = FAST,
    secret: str | None = None,
) -> CloudSuiteAdapter:
    demo = sim.demo_config()
    config = ChannelConfig(
        name="Koffiehuis",
        kind=demo["kind"],
        base_url=demo["url"],
        username=demo["username"],
        options=demo["options"],
        secrets={"client_secret": secret} if secret is not None else demo["secrets"],
    )
    return CloudSuiteAdapter(
        config, http_settings=settings, logger=(calls.append if calls is not None else None), sleep=lambda s: None
    )


def pull(adapter: CloudSuiteAdapter, cursor: str | None = None) -> tuple[list[OrderRecord], str | None]:
    pages = list(adapter.fetch_orders(cursor))
    assert all(not page.rejected for page in pages), [page.rejected for page in pages]
    return [r for page in pages for r in page.records], pages[-1].cursor


def by_id(records: list[OrderRecord]) -> dict[str, OrderRecord]:
    return {r.external_id: r for r in records}


def event(kind: EventKind, order: OrderRecord, payload: dict[str, Any] | None = None) -> OutboundEvent:
    return OutboundEvent(event_id=1, kind=kind, order=order, payload=payload or {}, idempotency_key="evt-1")


def confirmed_ids(sim: CloudSuiteSimulator) -> list[int]:
    return sorted(i for i, o in sim.orders.items() if o["state"] == "confirmed")


# ---- connection and pull ----------------------------------------------------------------------------
def test_connection_counts_the_orders(sim: CloudSuiteSimulator) -> None:
    assert adapter_for(sim).test_connection() == f"Connected to CloudSuite: {len(sim.orders)} orders."


def test_wrong_client_secret_is_refused_as_an_auth_error(sim: CloudSuiteSimulator) -> None:
    with pytest.raises(AuthError, match="Client authentication failed."):
        adapter_for(sim, secret="not-the-secret").test_connection()
    assert not sim.requests_to("GET", r"^/api/")


def test_full_pull_imports_every_confirmed_order_in_full(sim: CloudSuiteSimulator) -> None:
    records, cursor = pull(adapter_for(sim))

    assert sorted(int(r.external_id) for r in records) == confirmed_ids(sim)
    assert len(records) >= 10
    assert {r.currency for r in records} == {"EUR", "GBP"}
    assert {r.payment_status for r in records} == {
        PaymentStatus.PAID,
        PaymentStatus.UNPAID,
        PaymentStatus.INVOICE_LATER,
    }
    assert all(r.status == OrderStatus.PENDING and r.channel_status == "confirmed" for r in records)
    names = {r.customer.name for r in records}
    assert {"Zoë Åkerlund", "Łucja Wójcik", "João Conceição"} <= names
    assert {"Łódź", "São Paulo"} <= {r.shipping_address.city for r in records}
    assert any(len(r.lines) > 2 for r in records)
    assert [r.channel_data["offline"] for r in records].count(True) == 1
    shipped = next(r for r in records if r.shipping_total)
    assert shipped.total == shipped.lines_total + shipped.shipping_total
    # The list is a summary: every order was read in full at its own slashed URL.
    assert len(sim.requests_to("GET", ORDER_PATH)) == len(records)
    assert cursor == max(sim.orders[int(r.external_id)]["modified_date"] for r in records)


def test_full_pull_from_a_list_of_whole_orders_needs_no_detail_calls() -> None:
    with CloudSuiteSimulator(list_detail=True) as sim:
        assert isinstance(sim, CloudSuiteSimulator)
        records, _ = pull(adapter_for(sim))
        assert len(records) == len(confirmed_ids(sim))
        assert sim.requests_to("GET", ORDER_PATH) == []


def test_pull_follows_next_page_by_page(sim: CloudSuiteSimulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cloudsuite, "PAGE_SIZE", 3)
    pages = list(adapter_for(sim).fetch_orders(None))

    lists = sim.requests_to("GET", r"^/api/order/$")
    assert [r.arg("offset") for r in lists] == ["0", "3", "6", "9"][: len(lists)]
    assert len(lists) == -(-len(confirmed_ids(sim)) // 3)
    assert sum(len(p.records) for p in pages) == len(confirmed_ids(sim))
    cursors = [p.cursor for p in pages]
    assert None not in cursors and len(set(cursors)) == len(cursors)  # every page moves the cursor on
    assert "|" not in str(cursors[-1])  # the finished pull keeps its last moment open


def test_incremental_pull_brings_new_orders_and_changes_made_in_cloudsuite(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    first, cursor = pull(adapter)
    cancelled_id = int(first[0].external_id)
    processing_id = next(i for i, o in sim.orders.items() if o["state"] == "processing")
    new = sim.add_order(lines=[("30007_STUK", 2), ("10042_STUK", 1)], customer=1321, payment_status="paid")
    sim.touch_order(cancelled_id, state="cancel")
    sim.touch_order(processing_id, shipment_state="sent")

    records, new_cursor = pull(adapter, cursor)

    found = by_id(records)
    assert found[str(new["id"])].status == OrderStatus.PENDING
    assert [line.quantity for line in found[str(new["id"])].lines] == [2, 1]
    assert found[str(cancelled_id)].status == OrderStatus.CANCELLED
    assert found[str(processing_id)].status == OrderStatus.DISPATCHED
    # Inclusive filters: at most the orders at the old cursor come again, nothing older.
    assert len(records) <= 4
    assert new_cursor is not None and new_cursor > (cursor or "")
    listed = sim.requests_to("GET", r"^/api/order/$")[-2:]
    assert listed[0].arg("confirm_date__gte") == cursor and listed[0].arg("state") == "confirmed"
    assert listed[1].arg("modified_date__gte") == cursor

    again, _ = pull(adapter, new_cursor)
    assert len(again) <= 1  # only what sits exactly at the cursor


# ---- push -------------------------------------------------------------------------------------------
def first_confirmed(sim: CloudSuiteSimulator, adapter: CloudSuiteAdapter) -> OrderRecord:
    """A paid online order as the pull brings it."""
    records, _ = pull(adapter)
    return next(r for r in records if not r.channel_data["offline"] and r.payment_status == PaymentStatus.PAID)


def test_acknowledge_sets_processing(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    order = first_confirmed(sim, adapter)

    adapter.push(event(EventKind.ACKNOWLEDGE, order, {"status": "processing", "previous": "pending"}))

    (patch,) = sim.requests_to("PATCH", r"^/api/order/")
    assert patch.path == f"/api/order/{order.external_id}/"
    assert patch.json == {"state": "processing"}
    assert sim.orders[int(order.external_id)]["state"] == "processing"


def test_erp_number_is_patched(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    order = first_confirmed(sim, adapter)

    adapter.push(event(EventKind.ERP_NUMBER, order, {"erp_order_number": "ERP-124578"}))

    assert sim.requests_to("PATCH", ORDER_PATH)[0].json == {"erp_order_number": "ERP-124578"}
    assert sim.orders[int(order.external_id)]["erp_order_number"] == "ERP-124578"


def test_edit_puts_the_whole_order_with_erp_line_numbers(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    records, _ = pull(adapter)
    order = next(r for r in records if len(r.lines) >= 3 and r.shipping_total)
    keep, drop = order.lines[0], order.lines[1]
    payload = {
        "fields": [],
        "lines": [
            {
                "line_id": 901,
                "external_id": keep.external_id,
                "sku": keep.sku,
                "name": keep.name,
                "quantity": 5,
                "unit_price": str(keep.unit_price),
            },
            *[
                {
                    "line_id": 902 + n,
                    "external_id": other.external_id,
                    "sku": other.sku,
                    "name": other.name,
                    "quantity": other.quantity,
                    "unit_price": str(other.unit_price),
                }
                for n, other in enumerate(order.lines[2:])
            ],
            {
                "line_id": 950,
                "external_id": None,
                "sku": "40001_STUK",
                "name": "Melkopschuimer RVS",
                "quantity": 1,
                "unit_price": "24.50",
            },
        ],
        "removed_line_ids": [drop.external_id],
    }

    result = adapter.push(event(EventKind.EDIT, order, payload))

    (put,) = sim.requests_to("PUT", ORDER_PATH)
    assert put.json["shipment_address"] == order.channel_data["shipment_address"]
    assert all("erp_line_number" in line for line in put.json["order_lines"])
    remote = sim.orders[int(order.external_id)]
    goods = [line for line in remote["order_lines"] if line["type"] == "line"]
    assert [(line["product"]["key"], Decimal(line["quantity"])) for line in goods][0] == (keep.sku, Decimal(5))
    assert drop.sku not in [line["product"]["key"] for line in goods if line["id"] == int(drop.external_id or 0)]
    assert int(drop.external_id or 0) not in [line["id"] for line in goods]
    assert goods[0]["id"] == int(keep.external_id or 0) and goods[0]["erp_line_number"] == 901
    assert goods[-1]["product"]["key"] == "40001_STUK" and goods[-1]["erp_line_number"] == 950
    assert [line["type"] for line in remote["order_lines"]].count("shipping") == 1  # kept as CloudSuite had it
    assert "updated" in result.message

    # What CloudSuite now holds reads back as the edit.
    assert adapter.already_applied(event(EventKind.EDIT, order, payload)) is not None


def test_edit_with_a_product_cloudsuite_does_not_know_is_refused_in_its_words(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    order = first_confirmed(sim, adapter)
    payload = {
        "fields": [],
        "lines": [
            {"line_id": 1, "external_id": None, "sku": "NOPE-1", "name": "Unknown", "quantity": 1, "unit_price": "1.00"}
        ],
    }

    with pytest.raises(PermanentError, match=r"order_lines\[0\]\.product: Product with key 'NOPE-1'"):
        adapter.push(event(EventKind.EDIT, order, payload))


def test_dispatch_sets_shipment_state_sent(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    order = first_confirmed(sim, adapter)

    result = adapter.push(event(EventKind.DISPATCH, order, {"consignment_number": "3SXYZ987", "carrier": "PostNL"}))

    assert sim.requests_to("PATCH", ORDER_PATH)[0].json == {"shipment_state": "sent"}
    assert sim.orders[int(order.external_id)]["shipment_state"] == "sent"
    assert "3SXYZ987" in result.message


def test_offline_order_gets_only_shipment_state_sent(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    records, _ = pull(adapter)
    offline = next(r for r in records if r.channel_data["offline"])

    adapter.push(event(EventKind.ACKNOWLEDGE, offline, {"status": "processing"}))
    adapter.push(event(EventKind.DISPATCH, offline, {"consignment_number": "X1", "carrier": "DHL"}))
    adapter.push(event(EventKind.STATUS, offline, {"status": "delivered"}))

    assert [r.json for r in sim.requests_to("PATCH", ORDER_PATH)] == [{"shipment_state": "sent"}]
    assert sim.orders[int(offline.external_id)]["state"] == "confirmed"


def test_delivered_sets_state_done_and_cancel_sets_cancel(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    records, _ = pull(adapter)
    online = [r for r in records if not r.channel_data["offline"]]

    adapter.push(event(EventKind.STATUS, online[0], {"status": "delivered", "previous": "dispatched"}))
    adapter.push(event(EventKind.CANCEL, online[1], {"status": "cancelled", "reason": "customer asked"}))

    assert sim.orders[int(online[0].external_id)]["state"] == "done"
    assert sim.orders[int(online[1].external_id)]["state"] == "cancel"
    assert [r.json for r in sim.requests_to("PATCH", ORDER_PATH)] == [{"state": "done"}, {"state": "cancel"}]


def test_cancelling_a_done_order_is_refused_with_cloudsuites_words(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    order = first_confirmed(sim, adapter)
    sim.touch_order(int(order.external_id), state="done")

    with pytest.raises(PermanentError, match="is done and cannot be cancelled"):
        adapter.push(event(EventKind.CANCEL, order, {"status": "cancelled"}))


def test_order_without_known_id_is_found_by_reference_and_webshop(sim: CloudSuiteSimulator) -> None:
    from dataclasses import replace

    adapter = adapter_for(sim)
    records, _ = pull(adapter)
    references = [r.reference for r in records]
    shared = next(r for r in records if references.count(r.reference) == 2 and r.channel_data["webshop"] == 2)
    unknown = replace(shared, external_id="", channel_data={"webshop": 2})

    adapter.push(event(EventKind.ACKNOWLEDGE, unknown))

    searches = [r for r in sim.requests_to("GET", r"^/api/order/$") if r.arg("reference")]
    assert [(r.arg("reference"), r.arg("webshop")) for r in searches] == [
        (shared.reference, None),
        (shared.reference, "2"),
    ]
    assert sim.orders[int(shared.external_id)]["state"] == "processing"
    assert [o["state"] for o in sim.orders.values() if o["reference"] == shared.reference].count("processing") == 1


# ---- lost answers -----------------------------------------------------------------------------------
def test_lost_answer_to_acknowledge_is_found_applied_on_read_back(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim, settings=HttpSettings(max_retries=1, backoff_base=0, read_timeout=5))
    order = first_confirmed(sim, adapter)
    sim.faults.only_paths = ORDER_PATH
    sim.faults.drop_after_next = 2  # the PATCH and its one retry both lose their answer

    with pytest.raises(TransientError) as caught:
        adapter.push(event(EventKind.ACKNOWLEDGE, order))
    assert caught.value.outcome_unknown is True

    result = adapter.already_applied(event(EventKind.ACKNOWLEDGE, order))

    assert result is not None
    assert sim.orders[int(order.external_id)]["state"] == "processing"


def test_lost_answer_to_an_edit_leaves_one_set_of_lines(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    order = first_confirmed(sim, adapter)
    lines_before = len(sim.orders[int(order.external_id)]["order_lines"])
    added = {
        "line_id": 77,
        "external_id": None,
        "sku": "50300_STUK",
        "name": "Filterzakjes",
        "quantity": 2,
        "unit_price": "2.95",
    }
    payload = {
        "fields": [],
        "lines": [
            {
                "line_id": n,
                "external_id": line.external_id,
                "sku": line.sku,
                "name": line.name,
                "quantity": line.quantity,
                "unit_price": str(line.unit_price),
            }
            for n, line in enumerate(order.lines, start=1)
        ]
        + [added],
    }
    sim.fault_methods = {"PUT"}
    sim.faults.drop_after_next = 1  # the PUT is applied, its answer lost; the adapter sends it again

    adapter.push(event(EventKind.EDIT, order, payload))

    assert len(sim.requests_to("PUT", ORDER_PATH)) == 2
    assert len(sim.orders[int(order.external_id)]["order_lines"]) == lines_before + 1
    assert adapter.already_applied(event(EventKind.EDIT, order, payload)) is not None


def test_read_back_of_an_unsent_change_is_none(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    order = first_confirmed(sim, adapter)
    assert adapter.already_applied(event(EventKind.DISPATCH, order)) is None
    assert adapter.already_applied(event(EventKind.ERP_NUMBER, order, {"erp_order_number": "E-1"})) is None


# ---- faults -----------------------------------------------------------------------------------------
def test_share_of_server_errors_ends_in_a_full_pull(sim: CloudSuiteSimulator) -> None:
    sim.faults.error_rate = 0.25
    calls: list[CallRecord] = []
    records, _ = pull(adapter_for(sim, calls, settings=HttpSettings(max_retries=6, backoff_base=0)))

    assert len(records) == len(confirmed_ids(sim))
    assert [c.http_status for c in calls if c.outcome == "retry"].count(500) >= 2
    assert not [c for c in calls if c.outcome == "failed"]


def test_throttling_is_waited_out(sim: CloudSuiteSimulator) -> None:
    sim.faults.throttle_next = 2
    sim.faults.retry_after_s = 0.01
    waits: list[float] = []
    demo = sim.demo_config()
    adapter = CloudSuiteAdapter(
        ChannelConfig(
            name="K",
            kind="cloudsuite",
            base_url=demo["url"],
            username=demo["username"],
            options=demo["options"],
            secrets=demo["secrets"],
        ),
        http_settings=FAST,
        sleep=waits.append,
    )

    assert adapter.test_connection().startswith("Connected to CloudSuite")
    assert waits == [0.01, 0.01]


def test_throttling_beyond_the_retries_is_rate_limited(sim: CloudSuiteSimulator) -> None:
    from orderdesk.channels.errors import RateLimited

    sim.faults.throttle_next = 10
    sim.faults.retry_after_s = 3
    with pytest.raises(RateLimited) as caught:
        adapter_for(sim, settings=HttpSettings(max_retries=1, backoff_base=0)).test_connection()
    assert caught.value.retry_after == 3


def test_latency_is_tolerated(sim: CloudSuiteSimulator) -> None:
    sim.faults.latency_s = 0.02
    assert adapter_for(sim).test_connection().startswith("Connected")


def test_expiring_tokens_are_renewed_during_a_pull(sim: CloudSuiteSimulator) -> None:
    sim.faults.token_ttl_calls = 3
    records, _ = pull(adapter_for(sim))

    assert len(records) == len(confirmed_ids(sim))
    assert len(sim.requests_to("POST", r"^/oauth2/token/$")) >= 4


def test_malformed_answer_is_reported_as_malformed(sim: CloudSuiteSimulator) -> None:
    sim.faults.only_paths = r"^/api/"
    sim.faults.malformed_next = 1
    with pytest.raises(MalformedResponse):
        pull(adapter_for(sim))


def test_dropped_connections_on_reads_are_retried(sim: CloudSuiteSimulator) -> None:
    sim.faults.drop_before_next = 2
    records, _ = pull(adapter_for(sim))
    assert len(records) == len(confirmed_ids(sim))


def test_no_secret_or_token_in_any_logged_call(sim: CloudSuiteSimulator) -> None:
    calls: list[CallRecord] = []
    sim.faults.token_ttl_calls = 4
    adapter = adapter_for(sim, calls)
    order = first_confirmed(sim, adapter)
    adapter.push(event(EventKind.ACKNOWLEDGE, order))

    assert len(sim.issued_tokens) >= 2
    for call in calls:
        text = " ".join((call.url, call.message, call.request_excerpt, call.response_excerpt))
        assert CLIENT_SECRET not in text
        assert not any(token in text for token in sim.issued_tokens)


def test_simulator_redirects_a_path_without_trailing_slash_as_django_does(sim: CloudSuiteSimulator) -> None:
    import requests

    order_id = confirmed_ids(sim)[0]
    answer = requests.patch(
        f"{sim.url}/api/order/{order_id}", json={"state": "processing"}, allow_redirects=False, timeout=5
    )

    assert answer.status_code == 301
    assert answer.headers["Location"] == f"/api/order/{order_id}/"
    assert sim.orders[order_id]["state"] == "confirmed"


def test_simulator_refuses_nested_objects_where_cloudsuite_takes_ids(sim: CloudSuiteSimulator) -> None:
    adapter = adapter_for(sim)
    order = first_confirmed(sim, adapter)
    whole = sim.order(int(order.external_id))  # customer and addresses nested, as GET shows them

    with pytest.raises(PermanentError, match="shipment_address: Incorrect type. Expected pk value, received dict."):
        adapter.http.json("PUT", f"/api/order/{order.external_id}/", json_body=whole, idempotent=True)
