"""The cancel dialog: a reason is required, and the cancellation reaches the database through the service."""

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt

from orderdesk.store.models import AuditEntry, Order, OutboxEvent
from orderdesk.ui.dialogs.cancel import CancelDialog


@pytest.fixture
def aff(db):
    return make_channel("aff", "affiliate")


def open_dialog(qtbot, order_id):
    dialog = CancelDialog(order_id, user="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_cancel_with_a_reason_cancels_the_order_and_queues_the_event(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClicks(dialog.reason_edit, "customer changed their mind")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = Order.get_by_id(order.id)
    assert stored.status == "cancelled"
    event = OutboxEvent.get(OutboxEvent.order == order)
    assert event.kind == "cancel" and event.payload["reason"] == "customer changed their mind"
    assert dialog.result_event.id == event.id and dialog.result_order_ids == [order.id]
    assert AuditEntry.get(AuditEntry.action == "cancel").user == "anna"


def test_cancel_without_a_reason_is_impossible(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    ok = dialog.findChild(type(dialog.ok_button), "okButton")
    assert not ok.isEnabled()
    assert "reason is required" in dialog.findChild(type(dialog.reason_label), "cancelReason").text()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not ok.isEnabled() and dialog.isVisible()
    assert Order.get_by_id(order.id).status == "pending"
    assert OutboxEvent.select().count() == 0


def test_enter_in_the_reason_cancels_the_order(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClicks(dialog.reason_edit, "duplicate order")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert Order.get_by_id(order.id).status == "cancelled"


def test_a_dispatched_order_cannot_be_cancelled_and_says_so(qtbot, aff):
    order = make_order(status="dispatched", consignment_number="JD1", carrier="DHL")
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClicks(dialog.reason_edit, "too late")
    assert not dialog.ok_button.isEnabled()
    assert "create a return instead" in dialog.form_error.text()
    assert dialog.form_error.isVisible()


def test_escape_closes_without_cancelling(qtbot, aff):
    order = make_order()
    dialog = open_dialog(qtbot, order.id)
    qtbot.keyClicks(dialog.reason_edit, "maybe")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert Order.get_by_id(order.id).status == "pending"
