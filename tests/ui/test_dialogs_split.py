"""The split dialog: spins choose the units to move, the preview follows live, OK only for a real split."""

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox

from orderdesk.store.models import Order, OutboxEvent
from orderdesk.store.orders import lines_of
from orderdesk.ui.dialogs.split import SplitDialog


@pytest.fixture
def aff(db):
    return make_channel("aff", "affiliate")


def open_dialog(qtbot, order_id):
    dialog = SplitDialog(order_id, user="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def spin(dialog, line):
    return dialog.findChild(QSpinBox, f"moveSpin_{line.id}")


def label(dialog, name):
    return dialog.findChild(QLabel, name).text()


def press_up(qtbot, widget, times):
    for _ in range(times):
        qtbot.keyClick(widget, Qt.Key.Key_Up)


def test_split_moves_the_chosen_units_to_a_new_order(qtbot, aff):
    order = make_order()
    mug, tee = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    press_up(qtbot, spin(dialog, mug), 1)
    press_up(qtbot, spin(dialog, tee), 2)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [(ln.sku, ln.quantity) for ln in lines_of(Order.get_by_id(order.id))] == [("MUG-01", 2)]
    part = Order.get(Order.parent == order)
    assert part.reference == f"{order.reference}-S1"
    assert [(ln.sku, ln.quantity) for ln in lines_of(part)] == [("MUG-01", 1), ("TEE-M", 2)]
    event = OutboxEvent.get(OutboxEvent.order == order)
    assert event.kind == "split" and dialog.result_event.id == event.id
    assert dialog.result_order_ids == [order.id, part.id]


def test_the_preview_follows_the_spins_live(qtbot, aff):
    order = make_order()
    mug, _ = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    press_up(qtbot, spin(dialog, mug), 1)
    # 1 x 19.95 moves; 10 % commission of it is 2.00 (1.995 rounded half up); 8.49 - 2.00 stays.
    assert "19.95 EUR" in label(dialog, "newOrderTotalLabel")
    assert "2.00 EUR" in label(dialog, "newOrderCommissionLabel")
    assert "64.90 EUR" in label(dialog, "remainingTotalLabel") and "69.85 EUR" in label(dialog, "remainingTotalLabel")
    assert "6.49 EUR" in label(dialog, "remainingCommissionLabel")
    new_table = dialog.findChild(type(dialog.lines_table), "newOrderTable")
    assert new_table.rowCount() == 1 and new_table.item(0, 0).text() == "MUG-01"
    assert dialog.new_order.title() == f"New order {order.reference}-S1"
    press_up(qtbot, spin(dialog, mug), 1)
    assert "39.90 EUR" in label(dialog, "newOrderTotalLabel")


def test_split_with_nothing_moved_is_refused_with_the_reason(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    assert not dialog.ok_button.isEnabled()
    assert "Choose at least one line" in label(dialog, "splitReason")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and Order.select().count() == 1


def test_split_with_everything_moved_is_refused_with_the_reason(qtbot, aff):
    order = make_order()
    mug, tee = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    press_up(qtbot, spin(dialog, mug), 5)  # the spin stops at the line's 3 units
    press_up(qtbot, spin(dialog, tee), 2)
    assert spin(dialog, mug).value() == 3
    assert not dialog.ok_button.isEnabled()
    assert "at least one unit must stay" in label(dialog, "splitReason")
    assert dialog.findChild(type(dialog.lines_table), "newOrderTable").rowCount() == 0
    qtbot.keyClick(spin(dialog, tee), Qt.Key.Key_Down)
    assert dialog.ok_button.isEnabled() and not dialog.reason_label.text()


def test_a_dispatched_order_cannot_be_split(qtbot, aff):
    order = make_order(status="dispatched", consignment_number="C1", carrier="DHL")
    dialog = open_dialog(qtbot, order.id)
    press_up(qtbot, spin(dialog, lines_of(order)[0]), 1)
    assert not dialog.ok_button.isEnabled()
    assert "can no longer be split" in dialog.form_error.text()
