"""The PUT of seed 001 step 3c, built from what the pull kept: its state never undoes what went out before it."""

from decimal import Decimal

import pytest

from orderdesk.channels.cloudsuite_erp import erp_body, erp_matches, put_state
from orderdesk.channels.errors import PermanentError
from orderdesk.core.records import LineRecord, OrderRecord
from orderdesk.core.statuses import OrderStatus


def record(status="processing", state="confirmed", offline=False, numbers=("10", "20")):
    lines = tuple(
        LineRecord(sku, sku.lower(), 2, Decimal("1.50"), external_id=str(900 + n), erp_line_number=number)
        for n, (sku, number) in enumerate(zip(("A_STUK", "B_STUK"), numbers, strict=True))
    )
    return OrderRecord(
        external_id="48181",
        reference="CS48181",
        lines=lines,
        status=OrderStatus(status),
        erp_order_number="OD-7",
        channel_data={
            "reference": "CS48181",
            "state": state,
            "offline": offline,
            "customer": 1320,
            "shipment_address": 1691,
            "invoice_address": 1692,
            "webshop": 1,
            "user": 1260,
            "origins": {"900": "erp", "901": "erp"},
        },
    )


@pytest.mark.parametrize(
    ("status", "pulled", "offline", "sent"),
    [
        ("processing", "confirmed", False, "processing"),  # just acknowledged: the pull still said confirmed
        ("pending", "confirmed", False, "confirmed"),
        ("dispatched", "processing", False, "processing"),
        ("processing", "done", False, "done"),  # never behind what CloudSuite showed
        ("delivered", "processing", False, "done"),
        ("cancelled", "processing", False, "cancel"),
        ("processing", "confirmed", True, "confirmed"),  # an offline order's state is not ours to move
    ],
)
def test_the_put_carries_the_state_cloudsuite_holds_once_the_earlier_events_went_out(status, pulled, offline, sent):
    assert put_state(record(status, pulled, offline)) == sent


def test_the_body_has_the_seeds_fields_in_the_seeds_order():
    body = erp_body(record())
    assert body == {
        "reference": "CS48181",
        "customer": 1320,
        "erp_order_number": "OD-7",
        "state": "processing",
        "currency": "EUR",
        "order_lines": [
            {
                "product": {"key": "A_STUK", "origin": "erp"},
                "description": "a_stuk",
                "type": "line",
                "quantity": 2.0,
                "erp_line_number": 10,
            },
            {
                "product": {"key": "B_STUK", "origin": "erp"},
                "description": "b_stuk",
                "type": "line",
                "quantity": 2.0,
                "erp_line_number": 20,
            },
        ],
        "shipment_address": 1691,
        "invoice_address": 1692,
        "webshop": 1,
        "user": 1260,
    }
    assert list(body) == ["reference", "customer", "erp_order_number", "state", "currency", "order_lines"] + [
        "shipment_address",
        "invoice_address",
        "webshop",
        "user",
    ]


def test_a_line_without_a_number_is_refused_in_words_before_anything_is_sent():
    with pytest.raises(PermanentError, match="B_STUK .* has no ERP line number"):
        erp_body(record(numbers=("10", None)))


def test_the_read_back_compares_the_order_number_and_every_goods_lines_number():
    current = {
        "erp_order_number": "OD-7",
        "order_lines": [
            {"product": {"key": "B_STUK"}, "type": "line", "erp_line_number": 20},
            {"product": {"key": "A_STUK"}, "type": "line", "erp_line_number": 10},
            {"product": {"key": "SHIP"}, "type": "shipping", "erp_line_number": None},
        ],
    }
    assert erp_matches(current, record())
    assert not erp_matches({**current, "erp_order_number": "OD-8"}, record())
    assert not erp_matches(current, record(numbers=("10", "30")))
