"""Create invoice in the window through real widgets: the toolbar action asks, queues the invoice through the
service once, says why a second one is refused; the invoice id shows in the order details."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtWidgets import QMessageBox

from orderdesk.store.models import AuditEntry, Order, OutboxEvent
from orderdesk.ui.main_window import MainWindow


@pytest.fixture
def window(db, qtbot):
    make_channel("aff", "affiliate")
    make_channel("m2", "magento")
    win = MainWindow(user="anna")
    qtbot.addWidget(win)
    win.show()
    return win


def answer_yes(monkeypatch, asked: list[str]) -> None:
    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


def test_create_invoice_from_the_toolbar_queues_the_invoice_once(window, qtbot, monkeypatch):
    order = make_order(channel="m2", reference="M-7", external_id="107")
    asked: list[str] = []
    answer_yes(monkeypatch, asked)
    window.model.reload()
    window.select_order(order.id)
    action = window.actions_by_key["invoice"]
    assert action.isEnabled() and action.objectName() == "invoiceAction"
    action.trigger()
    assert "invoice order M-7" in asked[0]
    (event,) = OutboxEvent.select().where(OutboxEvent.order == order.id)
    assert event.kind == "invoice" and event.payload == {"capture": True, "notify": True}
    assert AuditEntry.get(AuditEntry.action == "invoice").user == "anna"
    action.trigger()  # a second click says why, in the notice above the table, and queues nothing
    assert window.notice.isVisible()
    assert window.notice.text.text() == "⚠ M-7: An invoice for order M-7 is already on its way to m2."
    assert OutboxEvent.select().count() == 1


def test_the_invoice_id_shows_in_the_detail_panel_and_the_action_is_off_for_other_channels(window, qtbot):
    magento = make_order(channel="m2", reference="M-8", external_id="108")
    Order.update(invoice_id="701").where(Order.id == magento.id).execute()
    affiliate = make_order(reference="AFF-9")
    window.model.reload()
    window.select_order(magento.id)
    assert "<b>Invoice</b> 701" in window.detail.facts.text()
    window.select_order(affiliate.id)
    assert not window.actions_by_key["invoice"].isEnabled()


def test_declining_the_question_creates_no_invoice(window, monkeypatch):
    order = make_order(channel="m2", reference="M-9", external_id="109")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    window.model.reload()
    window.select_order(order.id)
    window.actions_by_key["invoice"].trigger()
    assert OutboxEvent.select().count() == 0
