"""The payment override: an unpaid order is processed only with a reason, which the audit keeps."""

import pytest
from factories import make_channel, make_order
from PySide6.QtCore import Qt

from orderdesk.store.models import AuditEntry, Order, OutboxEvent
from orderdesk.ui.dialogs.payment_override import PaymentOverrideDialog


@pytest.fixture
def aff(db):
    return make_channel("aff", "affiliate")


def open_dialog(qtbot, order_id):
    dialog = PaymentOverrideDialog(order_id, user="anna")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_override_with_a_reason_processes_the_unpaid_order(qtbot, aff):
    order = make_order(payment_status="unpaid")
    dialog = open_dialog(qtbot, order.id)
    assert "not paid" in dialog.findChild(type(dialog.explanation), "overrideExplanation").text()
    qtbot.keyClicks(dialog.reason_edit, "pays cash on pickup")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Order.get_by_id(order.id).status == "processing"
    entry = AuditEntry.get(AuditEntry.action == "payment_override")
    assert "pays cash on pickup" in entry.detail and entry.user == "anna"
    assert dialog.result_event.kind == "acknowledge"
    assert OutboxEvent.get(OutboxEvent.order == order).id == dialog.result_event.id


def test_override_without_a_reason_is_impossible(qtbot, aff):
    order = make_order(payment_status="unpaid")
    dialog = open_dialog(qtbot, order.id)
    assert not dialog.ok_button.isEnabled()
    assert "override reason is required" in dialog.findChild(type(dialog.reason_label), "overrideReason").text()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and Order.get_by_id(order.id).status == "pending"
    assert AuditEntry.select().where(AuditEntry.action == "payment_override").count() == 0
