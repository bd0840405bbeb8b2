"""`orderdesk orders erp`: the operator's ERP numbers from the command line, refused in words when wrong."""

import json

import pytest
from factories import make_channel, make_order

from orderdesk.cli import main
from orderdesk.store.models import OutboxEvent
from orderdesk.store.orders import lines_of


@pytest.fixture
def cli(db, db_url, capsys):
    make_channel("cs", "cloudsuite", options={"token_url": "https://shop.example.com/oauth2/token/"})

    def run(*args):
        code = main(["--db", db_url, "--user", "anna", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_orders_erp_sets_the_number_and_the_line_numbers_and_queues_patch_then_put(cli):
    order = make_order("cs")
    first, second = lines_of(order)
    code, out, err = cli(
        "orders",
        "erp",
        str(order.id),
        "--number",
        "ERP-124578",
        "--line",
        f"{first.id}=11",
        "--line",
        f"{second.id}=22",
    )
    assert code == 0, err
    assert "ERP numbers saved" in out and "(erp_number)" in out and "(erp_lines)" in out
    kinds = [e.kind for e in OutboxEvent.select().order_by(OutboxEvent.id)]
    assert kinds == ["erp_number", "erp_lines"]
    code, out, _ = cli("orders", "show", str(order.id), "--format", "json")
    doc = json.loads(out)
    assert doc["erp_order_number"] == "ERP-124578"
    assert [line["erp_line_number"] for line in doc["lines"]] == ["11", "22"]
    code, out, _ = cli("orders", "show", str(order.id))
    assert "ERP order number: ERP-124578" in out and "erp line" in out


def test_orders_erp_without_anything_to_set_or_with_a_bad_pair_is_a_usage_error(cli):
    order = make_order("cs")
    code, _, err = cli("orders", "erp", str(order.id))
    assert code == 2 and "--number" in err and "Traceback" not in err
    code, _, err = cli("orders", "erp", str(order.id), "--line", "ten=10")
    assert code == 2 and "LINE_ID=NUMBER" in err


def test_orders_erp_refuses_a_wrong_number_in_one_sentence_and_changes_nothing(cli):
    order = make_order("cs")
    first, second = lines_of(order)
    code, _, err = cli("orders", "erp", str(order.id), "--line", f"{first.id}=1.5", "--line", f"{second.id}=20")
    assert code == 1
    assert err.strip().count("\n") == 0 and "whole number above zero" in err and "Traceback" not in err
    assert OutboxEvent.select().count() == 0 and lines_of(order)[0].erp_line_number is None
    code, _, err = cli("orders", "erp", str(order.id), "--line", f"{first.id}=10")
    assert code == 1 and "Give every line" in err
