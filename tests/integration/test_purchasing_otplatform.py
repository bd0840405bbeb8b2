"""Buying desk orders on OT Platform (seed 003) through the whole path: services -> outbox -> engine -> OT's wire,
against the OT simulator over real HTTP."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from factories import make_channel, make_order
from sync_harness import drain, inject, simulator_fixtures

from orderdesk.core.errors import RuleViolation
from orderdesk.sandbox.otplatform import OTPlatformSimulator
from orderdesk.services import purchasing
from orderdesk.store import purchases
from orderdesk.store.models import Channel, Order, OutboxEvent, Purchase
from orderdesk.store.orders import lines_of
from orderdesk.sync.engine import SyncEngine

running, sim, desk = simulator_fixtures(OTPlatformSimulator, "ot")

TEAPOT, STAND, SCARF, SHOES = "abb-6120934871", "abb-8832019934", "abb-5623810442", "abb-7701238845"


def desk_order(**overrides):
    """An order of another channel (entered on the desk) whose lines name OT items."""
    if Channel.get_or_none(Channel.name == "desk") is None:
        make_channel("desk", "manual")
    lines = overrides.pop(
        "lines",
        [
            {"external_id": "L1", "sku": TEAPOT, "name": "Teapot", "quantity": 2, "unit_price": "30.00"},
            {"external_id": "L2", "sku": STAND, "name": "Stand", "quantity": 1, "unit_price": "9.00"},
        ],
    )
    return make_order("desk", lines=lines, **overrides)


def calls(sim, method):
    return sim.requests_to("GET", rf"^/service-json/{method}$")


def placed(sim, desk, order) -> Purchase:
    result = purchasing.place(order.id, via="ot", user="anna")
    assert drain(desk, "ot") == (1, [])
    return Purchase.get_by_id(result.purchase.id)


def test_a_desk_order_is_bought_on_ot_with_the_seeds_xml_and_kept_as_a_purchase(desk, sim):
    order = desk_order()
    purchase = placed(sim, desk, order)

    sent = calls(sim, "AddOrder")
    assert len(sent) == 1 and sent[0].arg("sessionId").startswith("cu_")  # the customer session
    xml = ET.fromstring(sent[0].arg("xmlAddData"))
    assert xml.findtext("DeliveryModeId") == "DM-AIR"
    assert xml.findtext("UserProfileId") == "P1001"  # from GetUserProfileInfoList, under the customer session
    assert xml.findtext("Comment") == f"OrderDesk purchase P{purchase.id} for {order.reference}"
    assert [(i.findtext("Id"), i.findtext("Quantity")) for i in xml.iter("Item")] == [(TEAPOT, "2"), (STAND, "1")]
    assert calls(sim, "GetUserProfileInfoList")[0].arg("sessionId").startswith("cu_")

    ot = sim.order_state(purchase.ot_order_id)["SalesOrderInfo"]
    assert purchase.state == "placed" and purchase.total == Decimal(ot["TotalAmount"])
    assert purchase.ot_customer_id == "1001" and purchase.currency == "EUR" and purchase.dropped == []
    assert Order.get_by_id(order.id).sync_state == "synced"


def test_lines_ot_drops_or_shortens_are_shown_in_plain_words(desk, sim):
    order = desk_order(
        lines=[
            {"external_id": "A", "sku": TEAPOT, "name": "Teapot", "quantity": 1, "unit_price": "30"},
            {
                "external_id": "B",
                "sku": "SCARF-BLUE",
                "name": "Scarf",
                "quantity": 3,
                "unit_price": "12",
                "attributes": {"ot_item_id": SCARF, "ot_config_id": "3342"},  # only 2 in stock
            },
            {
                "external_id": "C",
                "sku": "SHOES-43",
                "name": "Shoes",
                "quantity": 1,
                "unit_price": "40",
                "attributes": {"ot_item_id": SHOES, "ot_config_id": "4411"},  # sold out
            },
        ]
    )
    purchase = placed(sim, desk, order)

    dropped = purchases.purchase_view(purchase)["dropped"]
    assert len(dropped) == 2
    assert dropped[0].startswith(f"item {SCARF} (configuration 3342): OT ordered 2 of 3")
    assert dropped[1].startswith(f"item {SHOES} (configuration 4411): OT left it out (1 wanted)")
    assert "no longer available" in dropped[1] and "another seller" in dropped[1]
    assert "dropped or shortened 2 line(s)" in purchase.message


def test_a_lost_addorder_answer_is_read_back_by_comment_and_never_added_twice(desk, sim):
    order = desk_order()
    inject(sim, only_paths=r"/AddOrder$", drop_after_next=1)  # OT adds the order, the answer never arrives

    purchase = placed(sim, desk, order)

    assert len(calls(sim, "AddOrder")) == 1
    mine = [o for o in sim.orders.values() if o.comment == purchase.comment]
    assert len(mine) == 1 and purchase.ot_order_id == mine[0].id and purchase.state == "placed"
    event = OutboxEvent.get(OutboxEvent.order == order.id)
    assert event.channel.name == "ot" and event.state == "done"


def test_without_the_read_back_a_repeat_would_add_a_second_order(desk, sim):
    """What the read-back prevents: the simulator really took the first AddOrder in."""
    order = desk_order()
    inject(sim, only_paths=r"/AddOrder$", drop_after_next=1)
    result = purchasing.place(order.id, via="ot", user="anna")
    desk.push(Channel.get(Channel.name == "ot"))
    assert OutboxEvent.get_by_id(result.event.id).state == "uncertain"
    assert [o.id for o in sim.orders.values() if o.comment == result.purchase.comment]  # OT has it already


def test_an_order_ot_cannot_take_at_all_fails_in_ots_words_and_can_be_placed_again(desk, sim):
    order = desk_order(
        lines=[{"external_id": "Z", "sku": "abb-0000000000", "name": "Gone", "quantity": 1, "unit_price": "1"}]
    )
    result = purchasing.place(order.id, via="ot", user="anna")
    assert drain(desk, "ot")[1] == [result.event.id]

    failed = Purchase.get_by_id(result.purchase.id)
    assert failed.state == "failed" and failed.ot_order_id is None
    assert (
        failed.message == "Not placed: OT Platform refused AddOrder: None of the items can be ordered (InvalidArgument)"
    )
    again = purchasing.place(order.id, via="ot", user="anna")  # the refused try no longer holds the new one back
    assert OutboxEvent.get_by_id(result.event.id).state == "discarded" and again.event.state == "pending"


def test_cancel_uses_the_customer_session_and_the_order_can_be_placed_again(desk, sim):
    order = desk_order()
    first = placed(sim, desk, order)
    with pytest.raises(RuleViolation, match="already bought"):
        purchasing.place(order.id, via="ot", user="anna")

    purchasing.cancel(first.id, user="anna")
    assert drain(desk, "ot") == (1, [])

    cancel = calls(sim, "CancelSalesOrder")[-1]
    assert cancel.arg("salesId") == first.ot_order_id and cancel.arg("sessionId").startswith("cu_")
    assert Purchase.get_by_id(first.id).state == "cancelled" and sim.orders[first.ot_order_id].is_cancelled

    again = placed(sim, desk, order)
    assert again.id != first.id and again.ot_order_id != first.ot_order_id and again.comment != first.comment


def test_the_simulator_refuses_to_cancel_a_customers_order_with_the_operator_session(desk, sim):
    order = desk_order()
    purchase = placed(sim, desk, order)
    engine: SyncEngine = desk
    adapter = engine.adapter(Channel.get(Channel.name == "ot"))
    from orderdesk.channels.errors import PermanentError

    with pytest.raises(PermanentError, match="AccessDenied"):
        adapter._call("CancelSalesOrder", {"salesId": purchase.ot_order_id}, session="operator", idempotent=False)
    pulled = next(i for i, o in sim.orders.items() if not o.added_by_customer and not o.is_cancelled)
    with pytest.raises(PermanentError, match="AccessDenied"):
        adapter._call("CancelSalesOrder", {"salesId": pulled}, session="customer", idempotent=False)


def test_pay_reserves_from_the_account_and_deposits_first_when_it_is_short(desk, sim):
    purchase = placed(sim, desk, desk_order())
    sim.customers["1001"]["balance"] = Decimal("1.00")

    purchasing.pay(purchase.id, user="anna")
    assert drain(desk, "ot")[1]  # refused: the account is short and no deposit was given
    short = Purchase.get_by_id(purchase.id)
    assert short.state == "placed" and short.message.startswith("Not paid: The customer's OT account has not enough")

    purchasing.pay(purchase.id, user="anna", deposit="100")
    assert drain(desk, "ot") == (1, [])

    deposit = calls(sim, "PostTransaction")[-1]
    assert (deposit.arg("customerId"), deposit.arg("amount"), deposit.arg("isDebit")) == ("1001", "100", "true")
    paid = Purchase.get_by_id(purchase.id)
    assert paid.state == "paid" and paid.paid_amount == paid.total and sim.orders[paid.ot_order_id].is_paid
    assert sim.balance("1001") == Decimal("101.00") - paid.total


def test_a_lost_payment_answer_is_read_back_and_not_paid_twice(desk, sim):
    purchase = placed(sim, desk, desk_order())
    before = sim.balance("1001")
    inject(sim, only_paths=r"/SalesPaymentReserve$", drop_after_next=1)

    purchasing.pay(purchase.id, user="anna")
    assert drain(desk, "ot") == (1, [])

    assert len(calls(sim, "SalesPaymentReserve")) == 1
    assert sim.balance("1001") == before - purchase.total and Purchase.get_by_id(purchase.id).state == "paid"


def test_a_reconcile_does_not_import_the_orders_the_desk_placed(desk, sim):
    purchase = placed(sim, desk, desk_order())
    channel = Channel.get(Channel.name == "ot")

    report = desk.reconcile(channel, datetime.now(UTC) - timedelta(days=400))

    assert purchase.ot_order_id not in report.imported and len(report.imported) == len(sim.orders) - 1
    assert not Order.select().where(Order.external_id == purchase.ot_order_id).exists()


def test_an_instance_that_only_knows_the_step_action_gets_the_answer_that_way(desk, sim):
    purchase = paid_purchase(sim, desk)
    sim.price_changes[TEAPOT] = Decimal("149.00")
    asked = follow_until(desk, purchasing.start_activity("export", purchase_id=purchase.id, user="anna"), "awaiting")
    sim.step_actions_only = True  # DoActionForBackgroundActivity: "Method ... is not found"
    purchasing.answer(asked.id, "accept", user="anna")

    follow_until(desk, asked, "finished")

    step = calls(sim, "DoStepActionForBackgroundActivity")
    assert len(step) == 1 and step[0].arg("actionId") == "accept"


def test_placed_orders_are_not_pulled_as_incoming_and_their_tracking_reaches_the_desk_lines(desk, sim):
    order = desk_order()
    purchase = placed(sim, desk, order)
    channel = Channel.get(Channel.name == "ot")
    seeded = len(sim.orders) - 1

    desk.pull(channel)
    assert Order.select().where(Order.channel == channel).count() == seeded  # the purchase is not an OT order
    assert not Order.select().where(Order.external_id == purchase.ot_order_id).exists()

    for line in sim.order_state(purchase.ot_order_id)["SalesLinesList"]:
        sim.set_waybill(purchase.ot_order_id, str(line["Id"]), f"YT7{line['Id']}")
    desk.pull(channel)

    fresh = Purchase.get_by_id(purchase.id)
    assert {ln["waybill"] for ln in fresh.ot_lines} == {f"YT7{ln['id']}" for ln in fresh.ot_lines}
    assert all(ln["provider_order_id"] for ln in fresh.ot_lines)
    tracking = {line.sku: line.tracking_number for line in lines_of(Order.get_by_id(order.id))}
    assert set(tracking) == {TEAPOT, STAND} and all(v and v.startswith("YT7") for v in tracking.values())
    # A scan of that parcel finds the desk order, locally and through OT's waybill search.
    from orderdesk.sync.lookup import find_order_by_waybill

    assert find_order_by_waybill(tracking[TEAPOT])[0] == order.id


# ---- autopurchase activities -----------------------------------------------------------------------------
def paid_purchase(sim, desk) -> Purchase:
    purchase = placed(sim, desk, desk_order())
    purchasing.pay(purchase.id, user="anna")
    assert drain(desk, "ot") == (1, [])
    return Purchase.get_by_id(purchase.id)


def follow_until(desk, activity, *states, rounds=12):
    channel = Channel.get(Channel.name == "ot")
    for _ in range(rounds):
        desk.push(channel)
        fresh = purchases.get_activity(activity.id)
        if fresh.state in states:
            return fresh
    raise AssertionError(f"activity {activity.id} is {fresh.state}, not {states}: {fresh.message}")


def test_an_export_that_stops_with_a_question_goes_on_once_the_operator_answers(desk, sim):
    purchase = paid_purchase(sim, desk)
    sim.price_changes[TEAPOT] = Decimal("149.00")

    notices = []
    desk.listener.notice = notices.append  # what the window's status bar shows
    activity = purchasing.start_activity("export", purchase_id=purchase.id, user="anna")
    asked = follow_until(desk, activity, "awaiting")

    assert notices == [f"OT Platform asks about {purchase.order.reference}: {asked.question}"]
    assert asked.question == "The price of Ceramic teapot 600 ml changed to 149.00 CNY. What should be done?"
    assert asked.choices == [
        {"id": "accept", "label": "Accept the new price"},
        {"id": "remove", "label": "Remove the item"},
    ]
    assert purchases.awaiting_count() == 1
    with pytest.raises(RuleViolation, match="not one of OT's choices"):
        purchasing.answer(asked.id, "maybe", user="anna")

    purchasing.answer(asked.activity_id, "Accept the new price", user="anna")
    done = follow_until(desk, activity, "finished")

    action = calls(sim, "DoActionForBackgroundActivity")[0]
    assert (action.arg("activityId"), action.arg("actionId")) == (asked.activity_id, "accept")
    assert done.progress == 100 and done.message.startswith(f"{asked.question} (answered: accept); Exported 2 line(s)")
    fresh = Purchase.get_by_id(purchase.id)
    assert all(line["provider_order_id"] for line in fresh.ot_lines)


@pytest.mark.parametrize(
    ("error", "said", "advice"),
    [
        ("address", "Incorrect address settings for autopurchase", "address in China, phone number"),
        ("unpaid_limit", "Limit of unpaid orders in provider system exceeded.", "pay on the provider's site"),
        ("discrepancy", "Missed inconsistencies upon discrepancy check", "no longer match the order"),
        ("connection", "Bad connection with provider", "could not be reached: try again later"),
    ],
)
def test_an_export_error_of_the_seeds_list_reaches_the_operator_in_plain_words(desk, sim, error, said, advice):
    purchase = paid_purchase(sim, desk)
    sim.export_error = error

    activity = purchasing.start_activity("export", purchase_id=purchase.id, user="anna")
    failed = follow_until(desk, activity, "failed")

    assert failed.message.startswith(said) and advice in failed.message


def test_export_of_chosen_lines_sends_ot_line_ids_for_the_desk_lines(desk, sim):
    purchase = paid_purchase(sim, desk)
    desk_line = purchase.items[1]["line_id"]
    ot_line = next(ln["id"] for ln in purchase.ot_lines if ln["item_id"] == STAND)

    activity = purchasing.start_activity("export", purchase_id=purchase.id, line_ids=[str(desk_line)], user="anna")
    follow_until(desk, activity, "finished")

    sent = ET.fromstring(calls(sim, "RunOrderExportingToProvider")[0].arg("xmlParameters"))
    assert sent.findtext("OrderId") == purchase.ot_order_id and [e.text for e in sent.iter("Id")] == [ot_line]
    lines = {ln["item_id"]: ln for ln in Purchase.get_by_id(purchase.id).ot_lines}
    assert lines[STAND]["provider_order_id"] and not lines[TEAPOT]["provider_order_id"]


def test_a_provider_sync_brings_waybills_onto_the_purchase_and_the_desk_lines(desk, sim):
    purchase = paid_purchase(sim, desk)
    follow_until(desk, purchasing.start_activity("export", purchase_id=purchase.id, user="anna"), "finished")

    synced = follow_until(desk, purchasing.start_activity("synchronize", via="ot", user="anna"), "finished")

    assert synced.message.startswith("Synchronized:")
    waybills = {ln["item_id"]: ln["waybill"] for ln in Purchase.get_by_id(purchase.id).ot_lines}
    assert all(waybills.values())
    tracking = {line.sku: line.tracking_number for line in lines_of(purchase.order)}
    assert tracking == waybills


def test_link_and_unlink_run_as_activities(desk, sim):
    purchase = paid_purchase(sim, desk)
    with pytest.raises(RuleViolation, match="provider order ids"):
        purchasing.start_activity("link", purchase_id=purchase.id, user="anna")

    linked = purchasing.start_activity("link", purchase_id=purchase.id, provider_order_ids=["2900000000001"], user="a")
    follow_until(desk, linked, "finished")
    assert {ln["provider_order_id"] for ln in Purchase.get_by_id(purchase.id).ot_lines} == {"2900000000001"}

    follow_until(desk, purchasing.start_activity("unlink", purchase_id=purchase.id, user="anna"), "finished")
    assert {ln["provider_order_id"] for ln in Purchase.get_by_id(purchase.id).ot_lines} == {""}


def test_a_lost_answer_to_a_question_is_read_back_and_not_sent_twice(desk, sim):
    purchase = paid_purchase(sim, desk)
    sim.price_changes[TEAPOT] = Decimal("149.00")
    asked = follow_until(desk, purchasing.start_activity("export", purchase_id=purchase.id, user="anna"), "awaiting")
    purchasing.answer(asked.id, "remove", user="anna")
    inject(sim, only_paths=r"/DoActionForBackgroundActivity$", drop_after_next=1)

    done = follow_until(desk, asked, "finished")

    assert len(calls(sim, "DoActionForBackgroundActivity")) == 1
    assert "(answered: remove); Exported 1 line(s) to provider order" in done.message
