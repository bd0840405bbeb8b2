"""orderdesk purchase: the commands queue work for the engine and show purchases and questions; bad input gets one
sentence and exit 1 or 2."""

import json

import pytest
from factories import make_channel, make_order

from orderdesk.cli import main
from orderdesk.core.purchasing import comment_for, item_for, purchase_id_in
from orderdesk.store import purchases
from orderdesk.store.db import open_database
from orderdesk.store.models import OutboxEvent, PurchaseActivity
from orderdesk.store.orders import lines_of


@pytest.fixture
def cli(db_url, keyring_memory, capsys):
    open_database(db_url)
    make_channel("desk", "manual")
    make_channel("ot", "otplatform", options={"instance_key": "k", "delivery_mode_id": "DM-AIR"})

    def run(*args):
        code = main(["--db", db_url, "--user", "anna", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_place_queues_an_add_order_event_for_the_ot_channel_on_an_order_of_another_channel(cli):
    order = make_order("desk", reference="D-1")
    code, out, err = cli("purchase", "place", str(order.id), "--via", "ot")
    assert code == 0, err
    assert out.startswith("Purchase P1 of order D-1 is to be placed on ot; sync event #")
    event = OutboxEvent.get()
    assert (event.kind, event.channel.name, event.order_id) == ("purchase_place", "ot", order.id)
    assert event.payload["comment"] == "OrderDesk purchase P1 for D-1"
    assert [(i["item_id"], i["quantity"]) for i in event.payload["items"]] == [("MUG-01", 3), ("TEE-M", 2)]

    code, out, err = cli("purchase", "place", str(order.id), "--via", "ot")
    assert code == 1 and "already bought on ot (purchase P1, placing)" in err

    code, out, _ = cli("purchase", "list", "--format", "json")
    listed = json.loads(out)
    assert [(p["id"], p["reference"], p["via"], p["state"]) for p in listed] == [(1, "D-1", "ot", "placing")]


def test_purchase_commands_refuse_in_one_sentence(cli):
    order = make_order("desk", reference="D-2")
    assert cli("purchase", "place", str(order.id), "--via", "desk")[2].strip() == (
        "Channel desk is not an OT Platform channel; purchases go through one."
    )
    cli("purchase", "place", str(order.id), "--via", "ot")
    code, _, err = cli("purchase", "pay", "P1", "--deposit", "lots")
    assert code == 1 and err.strip() == "The deposit 'lots' is not an amount."
    code, _, err = cli("purchase", "pay", "P1")
    assert code == 1 and err.strip() == "Purchase P1 is placing; only a placed one can be paid."
    code, _, err = cli("purchase", "cancel", "P9")
    assert code == 1 and "There is no purchase P9" in err and "Traceback" not in err
    code, _, err = cli("purchase", "answer", "7", "yes")
    assert code == 1 and "There is no autopurchase activity 7" in err
    code, _, err = cli("purchase", "link", "P1")
    assert code == 2 and "--provider-order" in err


def test_activities_show_the_question_and_answer_takes_one_of_the_choices(cli):
    order = make_order("desk", reference="D-3")
    cli("purchase", "place", str(order.id), "--via", "ot")
    purchase = purchases.get_purchase(1)
    activity = PurchaseActivity.create(
        purchase=purchase,
        channel=purchase.channel,
        action="export",
        activity_id="ba001",
        state="awaiting",
        progress=50,
        question="The price changed. What should be done?",
        choices=[{"id": "accept", "label": "Accept the new price"}, {"id": "remove", "label": "Remove the item"}],
    )
    code, out, _ = cli("purchase", "activities", "--format", "json")
    shown = json.loads(out)[0]
    assert (shown["id"], shown["state"], shown["question"], shown["reference"]) == (
        activity.id,
        "awaiting",
        "The price changed. What should be done?",
        "D-3",
    )
    code, out, _ = cli("purchase", "activities")
    assert "accept: Accept the new price / remove: Remove the item" in out

    code, _, err = cli("purchase", "answer", "ba001", "later")
    assert code == 1 and err.strip() == (
        "'later' is not one of OT's choices: accept (Accept the new price), remove (Remove the item)."
    )
    code, out, _ = cli("purchase", "answer", "ba001", "remove")
    assert code == 0 and out.strip() == "Activity 1: answer 'remove' queued for ot."
    assert PurchaseActivity.get_by_id(activity.id).state == "answering"


def test_the_comment_ties_an_ot_order_to_its_purchase_and_attributes_choose_the_ot_item():
    assert purchase_id_in(comment_for(42, "AFF-1")) == 42
    assert purchase_id_in("call me before delivery") is None
    assert item_for(1, "SKU-1", 2, {}).item_id == "SKU-1"
    chosen = item_for(1, "SKU-1", 2, {"ot_item_id": "abb-1", "ot_config_id": "77"})
    assert (chosen.item_id, chosen.config_id, chosen.quantity) == ("abb-1", "77", 2)


def test_show_tells_what_ot_dropped_and_where_the_provider_parcels_are(cli):
    order = make_order("desk", reference="D-5")
    cli("purchase", "place", str(order.id), "--via", "ot")
    facts = {
        "ot_order_id": "ORD-0000000050",
        "total": "20.00",
        "currency": "EUR",
        "dropped": [{"item_id": "TEE-M", "config_id": "", "requested": 2, "ordered": 1}],
        "lines": [
            {"id": "9001", "item_id": "MUG-01", "config_id": "", "quantity": "3", "status": "Sent by vendor",
             "provider_order_id": "2912", "waybill": "YT1"},
        ],
    }  # fmt: skip
    purchases.apply_facts(purchases.get_purchase(1), facts, "Added order ORD-0000000050 to OT Platform.")

    code, out, _ = cli("purchase", "show", "P1")

    assert code == 0
    assert "OT order: ORD-0000000050   state: placed" in out
    assert "dropped: item TEE-M: OT ordered 1 of 2 - the seller has no more of it" in out
    assert "9001     MUG-01" in out and "2912            YT1" in out
    assert [line.tracking_number for line in lines_of(order)] == ["YT1", None]  # a scan finds the desk order
