"""The return dialog: units per line up to what is still returnable, a reason, the type, AWB, transporter."""

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox

from orderdesk.store.models import Order, OutboxEvent, ReturnItem, ReturnOrder
from orderdesk.store.orders import lines_of
from orderdesk.ui.dialogs.returns import ReturnDialog


@pytest.fixture
def m2(db):
    return make_channel("m2", "magento")


def shipped():
    return make_order("m2", status="dispatched", consignment_number="JD1", carrier="DHL")


def open_dialog(qtbot, order_id):
    dialog = ReturnDialog(order_id, user="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def spin(dialog, line):
    return dialog.findChild(QSpinBox, f"returnSpin_{line.id}")


def choose_type(qtbot, dialog, code):
    combo = dialog.findChild(QComboBox, "returnTypeCombo")
    while combo.currentData() != code:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_return_of_chosen_units_reaches_the_database_and_the_outbox(qtbot, m2):
    order = shipped()
    mug, _ = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClick(spin(dialog, mug), Qt.Key.Key_Up)
    qtbot.keyClick(spin(dialog, mug), Qt.Key.Key_Up)
    qtbot.keyClicks(dialog.reason_edit, "damaged in transit")
    choose_type(qtbot, dialog, "RETURN_TO_ORIGIN")
    qtbot.keyClicks(dialog.findChild(type(dialog.awb_edit), "awbEdit"), "AWB-77")
    qtbot.keyClicks(dialog.findChild(type(dialog.awb_edit), "transporterEdit"), "Delhivery")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    record = ReturnOrder.get(ReturnOrder.order == order)
    assert (record.return_type, record.reason, record.awb_number, record.transporter) == (
        "RETURN_TO_ORIGIN",
        "damaged in transit",
        "AWB-77",
        "Delhivery",
    )
    assert ReturnItem.select().where(ReturnItem.return_order == record).count() == 2
    assert Order.get_by_id(order.id).status == "dispatched"  # 3 of 5 units are still with the customer
    event = OutboxEvent.get(OutboxEvent.order == order)
    assert event.kind == "return" and dialog.result_event.id == event.id


def test_only_the_units_not_yet_returned_can_be_chosen(qtbot, m2):
    order = shipped()
    mug, tee = lines_of(order)
    first = open_dialog(qtbot, order.id)
    for _ in range(3):
        qtbot.keyClick(spin(first, mug), Qt.Key.Key_Up)
    qtbot.keyClicks(first.reason_edit, "wrong colour")
    qtbot.keyClick(first.reason_edit, Qt.Key.Key_Return)
    assert first.result() == first.DialogCode.Accepted
    second = open_dialog(qtbot, order.id)
    assert not spin(second, mug).isEnabled() and spin(second, mug).maximum() == 0
    assert spin(second, tee).maximum() == 2
    assert second.lines_table.item(0, 3).text() == "3"


def test_return_without_units_or_reason_is_impossible(qtbot, m2):
    order = shipped()
    mug, _ = lines_of(order)
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClicks(dialog.reason_edit, "damaged")
    assert not dialog.ok_button.isEnabled()
    assert "at least one unit" in dialog.findChild(type(dialog.reason_label), "returnReason").text()
    qtbot.keyClick(spin(dialog, mug), Qt.Key.Key_Up)
    assert dialog.ok_button.isEnabled()
    dialog.reason_edit.clear()
    assert not dialog.ok_button.isEnabled() and "return reason is required" in dialog.reason_label.text()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and ReturnOrder.select().count() == 0


def test_an_order_still_in_the_warehouse_cannot_be_returned(qtbot, m2):
    order = make_order("m2", status="processing")
    dialog = open_dialog(qtbot, order.id)
    assert not dialog.ok_button.isEnabled()
    assert "Only a dispatched order can be returned" in dialog.form_error.text()
