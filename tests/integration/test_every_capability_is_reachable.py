"""No capability is dead: every change a channel can take (core/capabilities.py) has a service that queues it, a
CLI command and a place in the window. A kind added to CAPABILITIES without all three fails here.

Each service is driven for real (a real SQLite file), and what it queued for the channel is checked; the CLI
command is found in the real parser, the window's action or button in the real window or the view it opens.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import QObject

from orderdesk.cli import build_parser
from orderdesk.core.capabilities import CAPABILITIES
from orderdesk.core.events import EventKind
from orderdesk.services import attributes, editing, erp, invoicing, purchasing, returns, status, stock
from orderdesk.services.editing import OrderEdit
from orderdesk.store.models import Order, OutboxEvent, Purchase, StockLevel
from orderdesk.store.orders import lines_of
from orderdesk.ui.dialogs.edit import EditDialog
from orderdesk.ui.main_window import MainWindow

E = EventKind


def queued(order: Order) -> set[str]:
    return {e.kind for e in OutboxEvent.select().where(OutboxEvent.order == order)}


def ack(order: Order) -> Order:
    status.set_status(order.id, "processing", user="anna")
    return order


def dispatched(order: Order) -> Order:
    ack(order)
    status.dispatch(order.id, consignment_number="JD0146000123", carrier="DHL", user="anna")
    return order


def placed_purchase(order: Order) -> Purchase:
    """A purchase the engine has placed on OT (what its answer writes): one that can be paid and cancelled."""
    purchasing.place(order.id, via="ot", user="anna")
    purchase = Purchase.get(Purchase.order == order)
    Purchase.update(state="placed", ot_order_id="ORD-0000000021").where(Purchase.id == purchase.id).execute()
    OutboxEvent.update(state="done").where(OutboxEvent.order == order).execute()
    return purchase


def every_line_numbered(order: Order) -> dict[int, str]:
    return {line.id: str(10 * (n + 1)) for n, line in enumerate(lines_of(order))}


def enqueue_stock(_order: Order) -> set[str]:
    stock.set_quantities("m2", {"MUG-01": 7}, user="anna")
    return {E.STOCK.value} if StockLevel.get(StockLevel.sku == "MUG-01").state == "pending" else set()


@dataclass(frozen=True)
class Reach:
    channel: str  # the fixture channel whose orders the change is tried on
    cli: tuple[str, ...]  # the command that makes the change
    window: str  # objectName of the action or button that makes it (in the window, or the view it opens)
    enqueue: Callable[[Order], set[str]]  # drive the service; what it queued for the channel


REACH: dict[EventKind, Reach] = {
    E.ACKNOWLEDGE: Reach("aff", ("orders", "status"), "acknowledgeAction", lambda o: queued(ack(o))),
    E.STATUS: Reach(
        "aff",
        ("orders", "status"),
        "packAction",
        lambda o: (status.set_status(ack(o).id, "packed", user="anna"), queued(o))[1],
    ),
    E.EDIT: Reach(
        "aff",
        ("orders", "edit"),
        "editAction",
        lambda o: (editing.edit_order(o.id, OrderEdit(fields={"city": "Poznań"}), user="anna"), queued(o))[1],
    ),
    E.SPLIT: Reach(
        "aff",
        ("orders", "split"),
        "splitAction",
        lambda o: (editing.split_order(o.id, [{lines_of(o)[0].id: 1}], user="anna"), queued(o))[1],
    ),
    E.DISPATCH: Reach("aff", ("orders", "status"), "dispatchAction", lambda o: queued(dispatched(o))),
    E.CANCEL: Reach(
        "aff",
        ("orders", "status"),
        "cancelAction",
        lambda o: (status.cancel(o.id, reason="customer called", user="anna"), queued(o))[1],
    ),
    E.ERP_NUMBER: Reach(
        "cs",
        ("orders", "erp"),
        "erpNumberEdit",
        lambda o: (erp.set_erp_numbers(o.id, number="ERP-1", user="anna"), queued(o))[1],
    ),
    E.ERP_LINES: Reach(
        "cs",
        ("orders", "erp"),
        "erpNumberEdit",
        lambda o: (erp.set_erp_numbers(o.id, lines=every_line_numbered(o), user="anna"), queued(o))[1],
    ),
    E.INVOICE: Reach(
        "m2",
        ("orders", "invoice"),
        "invoiceAction",
        lambda o: (invoicing.create_invoice(o.id, user="anna"), queued(o))[1],
    ),
    E.RETURN: Reach(
        "m2",
        ("returns", "create"),
        "returnAction",
        lambda o: (
            returns.create_return(
                dispatched(o).id,
                {lines_of(o)[0].id: 1},
                reason="damaged",
                return_type="CUSTOMER_RETURN",
                user="anna",
            ),
            queued(o),
        )[1],
    ),
    E.ATTRIBUTES: Reach(
        "m2",
        ("orders", "attr"),
        "attributesAction",
        lambda o: (attributes.set_attributes(o.id, {"coupon code": "SPRING"}, user="anna"), queued(o))[1],
    ),
    E.STOCK: Reach("m2", ("stock", "set"), "stockSetButton", enqueue_stock),
    E.PURCHASE_PLACE: Reach(
        "aff",
        ("purchase", "place"),
        "purchaseAction",
        lambda o: (purchasing.place(o.id, via="ot", user="anna"), queued(o))[1],
    ),
    E.PURCHASE_PAY: Reach(
        "aff",
        ("purchase", "pay"),
        "payPurchaseButton",
        lambda o: (purchasing.pay(placed_purchase(o).id, user="anna"), queued(o))[1],
    ),
    E.PURCHASE_CANCEL: Reach(
        "aff",
        ("purchase", "cancel"),
        "cancelPurchaseButton",
        lambda o: (purchasing.cancel(placed_purchase(o).id, user="anna"), queued(o))[1],
    ),
}
SUPPORTED = sorted({kind for kinds in CAPABILITIES.values() for kind in kinds}, key=lambda k: k.value)


@pytest.fixture
def desk(db):
    make_channel("aff", "affiliate")
    make_channel(
        "cs",
        "cloudsuite",
        options={"token_url": "https://shop.example.com/oauth2/token/", "erp_numbers": "manual"},
    )
    make_channel("m2", "magento")
    make_channel(
        "ot",
        "otplatform",
        options={"instance_key": "k", "customer_login": "shopper", "delivery_mode_id": "1"},
        secrets={"password": "ot-pass", "customer_password": "shop-pass"},
    )
    return db


def test_every_kind_a_channel_takes_has_a_way_in():
    missing = [kind.value for kind in SUPPORTED if kind not in REACH]
    assert not missing, f"a channel takes these changes, but nothing in the desk makes them: {missing}"


def subcommands(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> bool:
    for name in path:
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        found = next((a.choices[name] for a in actions if name in a.choices), None)
        if found is None:
            return False
        parser = found
    return True


@pytest.mark.parametrize("kind", SUPPORTED, ids=lambda k: k.value)
def test_the_cli_has_a_command_for_it(kind):
    assert subcommands(build_parser(), REACH[kind].cli), f"no `orderdesk {' '.join(REACH[kind].cli)}`"


@pytest.mark.parametrize("kind", SUPPORTED, ids=lambda k: k.value)
def test_a_service_queues_it_for_the_channel(desk, kind):
    reach = REACH[kind]
    order = make_order(reach.channel, status="pending")
    assert kind.value in reach.enqueue(Order.get_by_id(order.id))


@pytest.mark.parametrize("kind", SUPPORTED, ids=lambda k: k.value)
def test_the_window_has_a_place_for_it(desk, qtbot, kind):
    reach = REACH[kind]
    window = MainWindow(user="anna")
    qtbot.addWidget(window)
    if reach.window == "stockSetButton":
        window.open_stock()
    top: QObject = window
    if reach.window.startswith("erp"):
        order = make_order(reach.channel, status="processing")
        top = EditDialog(order.id, user="anna")
        qtbot.addWidget(top)
    assert top.findChild(QObject, reach.window) is not None, f"nothing called {reach.window} in the window"
