"""Actions on several orders say what they will do before, and what they did after, naming the refused orders;
a disabled action says why."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order
from PySide6.QtWidgets import QMessageBox

from orderdesk.store.models import Order
from orderdesk.ui.main_window import MainWindow


@pytest.fixture
def window(db, qtbot):
    make_channel("aff", "affiliate")
    win = MainWindow(user="anna")
    qtbot.addWidget(win)
    win.show()
    return win


def select(window: MainWindow, *order_ids: int) -> None:
    window.model.reload()
    selection = window.table.selectionModel()
    selection.clearSelection()
    for order_id in order_ids:
        row = window.model.ensure_loaded(order_id)
        index = window.model.index(row, 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def answer(monkeypatch, reply) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_acknowledging_several_orders_asks_first_then_names_the_refused_one(window, monkeypatch):
    paid = [make_order(reference=f"AFF-100{n}") for n in range(3)]
    unpaid = make_order(reference="AFF-1008", payment_status="unpaid")
    select(window, *(o.id for o in paid), unpaid.id)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.run_action("acknowledge")
    assert asked == ["Acknowledge 4 orders?"]
    assert [Order.get_by_id(o.id).status for o in paid] == ["processing"] * 3
    assert Order.get_by_id(unpaid.id).status == "pending"
    assert window.notice.isVisible()
    assert window.notice.text.text() == "⚠ 3 of 4 orders acknowledged, 1 refused: AFF-1008 is unpaid."


def test_a_batch_the_operator_declines_changes_nothing(window, monkeypatch):
    orders = [make_order(reference=f"AFF-20{n}") for n in range(2)]
    select(window, *(o.id for o in orders))
    answer(monkeypatch, QMessageBox.StandardButton.No)
    window.run_action("acknowledge")
    assert [Order.get_by_id(o.id).status for o in orders] == ["pending", "pending"]
    assert not window.notice.isVisible()


def test_the_notice_stays_until_dismissed(window, monkeypatch, qtbot):
    orders = [make_order(reference=f"AFF-30{n}") for n in range(2)]
    select(window, *(o.id for o in orders))
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.run_action("acknowledge")
    assert window.notice.text.text() == "✓ 2 orders acknowledged."
    qtbot.wait(300)
    select(window, orders[0].id)
    assert window.notice.isVisible()
    window.notice.dismiss.click()
    assert not window.notice.isVisible()


def test_a_disabled_action_says_why_in_its_tooltip_and_status_tip(window):
    pending = make_order(reference="AFF-1008")
    select(window, pending.id)
    dispatch = window.actions_by_key["dispatch"]
    assert not dispatch.isEnabled()
    assert dispatch.toolTip() == "Dispatch: AFF-1008 is not acknowledged yet"
    assert dispatch.statusTip() == dispatch.toolTip()
    deliver = window.actions_by_key["deliver"]
    assert deliver.toolTip() == "Mark delivered: AFF-1008 is not dispatched yet"
    assert window.actions_by_key["edit"].isEnabled()
    assert window.actions_by_key["edit"].toolTip().endswith("(Ctrl+E)")
