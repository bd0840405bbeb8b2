"""The desk end to end: the real main window and its dialogs, the real sync engine, the affiliate simulator on
loopback HTTP.

The window gets a real SyncController whose thread is never started: the test runs the worker's engine itself,
in this thread, so every step is deterministic, and the window hears of what the sync did through the worker's
real signals, wired by the window itself. Modal dialogs opened with exec() by an action are answered from inside
their own event loop (see `answer_dialog`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from integration.sync_harness import FAST_HTTP, configure, drain
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSpinBox, QWidget

from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.services import editing
from orderdesk.services.editing import OrderEdit
from orderdesk.store.models import AuditEntry, Channel, Order, OutboxEvent
from orderdesk.store.orders import lines_of
from orderdesk.sync.engine import EngineSettings, SyncEngine
from orderdesk.sync.worker import SyncController, SyncWorker
from orderdesk.ui.main_window import MainWindow
from orderdesk.ui.order_table_model import COLUMN_INDEX

# The offscreen platform says this whenever a window's size limits change; it is not about our widgets.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(scope="module")
def running():
    simulator = AffiliateSimulator()
    simulator.start()
    yield simulator
    simulator.stop()


@dataclass
class Desk:
    window: MainWindow
    engine: SyncEngine
    sim: AffiliateSimulator

    def channel(self) -> Channel:
        return Channel.get(Channel.name == "aff")

    def local(self, remote: dict[str, Any]) -> Order:
        return Order.get(Order.channel == self.channel(), Order.external_id == str(remote["id"]))

    def workable(self) -> list[dict[str, Any]]:
        """Paid orders still waiting in the warehouse, on the channel's side."""
        orders = self.sim.orders.values()
        return [o for o in orders if o["status"] == "pending" and o["payment_status"] == "paid"]

    def cell(self, order_id: int, column: str) -> str:
        row = self.window.model.row_of(order_id)
        return "" if row is None else str(self.window.model.index(row, COLUMN_INDEX[column]).data())


@pytest.fixture
def desk(db, running, qtbot):
    running.reset()
    # One attempt per event: a failure is final at once (the HTTP layer still retries within that attempt).
    configure("aff", running.demo_config(), retry_limit=1)
    worker = SyncWorker(EngineSettings(http=FAST_HTTP, retry_base_s=0.02, retry_cap_s=0.2))
    controller = SyncController(worker)  # never started: the test runs worker.engine in this thread
    worker.engine.pull(Channel.get(Channel.name == "aff"))
    window = MainWindow(user="anna", controller=controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield Desk(window, worker.engine, running)
    assert not controller.sync_thread.isRunning()


@contextmanager
def answer_dialog(object_name: str, step: Callable[[QDialog], None], timeout_s: float = 5.0) -> Iterator[None]:
    """Answer the modal dialog the block opens with exec(): `step` runs inside the dialog's own event loop.

    The dialog must open within the block, and the step must close it. If the step fails or leaves it open, the
    dialog is rejected so no modal loop is left waiting, and the failure is raised when the block ends.
    """
    state: dict[str, Any] = {"seen": None, "error": None, "done": False}
    deadline = time.monotonic() + timeout_s

    def handle() -> None:
        if state["done"]:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            if time.monotonic() < deadline:
                QTimer.singleShot(10, handle)
            return
        state["seen"] = dialog.objectName()
        try:
            assert dialog.objectName() == object_name, f"expected {object_name}, {dialog.objectName()} opened"
            step(dialog)
            assert not dialog.isVisible(), f"{object_name} is still open after the step"
        except BaseException as exc:
            state["error"] = exc
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handle)
    try:
        yield
    finally:
        state["done"] = True
    if state["error"] is not None:
        raise state["error"]
    assert state["seen"] == object_name, f"{object_name} never opened"


@contextmanager
def confirmations_accepted() -> Iterator[None]:
    """Say yes to any confirmation message box opened within the block (none at all is fine too)."""
    timer = QTimer()
    timer.setInterval(10)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            yes = box.button(QMessageBox.StandardButton.Yes) or box.button(QMessageBox.StandardButton.Ok)
            (yes or box.defaultButton()).click()

    timer.timeout.connect(answer)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# ---- (a) a split made in the dialog reaches the channel ------------------------------------------------------
def test_a_split_made_in_the_split_dialog_reaches_the_channel(desk, qtbot):
    remote = next(o for o in desk.workable() if o["items"][0]["quantity"] >= 2)
    order = desk.local(remote)
    first = lines_of(order)[0]
    desk.window.select_order(order.id)
    assert desk.window.actions_by_key["split"].isEnabled()

    def move_one_unit(dialog: QDialog) -> None:
        qtbot.keyClick(dialog.findChild(QSpinBox, f"moveSpin_{first.id}"), Qt.Key.Key_Up)
        ok = dialog.findChild(QWidget, "okButton")
        assert ok.isEnabled()
        click(qtbot, ok)

    with answer_dialog("splitDialog", move_one_unit):
        desk.window.actions_by_key["split"].trigger()
    part = Order.get(Order.parent == order.id)
    assert [(ln.sku, ln.quantity) for ln in lines_of(part)] == [(first.sku, 1)]

    assert drain(desk.engine, "aff") == (1, [])
    (request,) = desk.sim.requests_to("POST", r"/split$")
    assert request.path == f"/api/orders/{remote['id']}/split"
    assert request.json["orders"][0]["reference"] == part.reference
    assert [item["quantity"] for item in request.json["orders"][0]["items"]] == [1]
    (created,) = desk.sim.find_by_reference(part.reference)
    assert [(i["sku"], i["quantity"]) for i in created["items"]] == [(first.sku, 1)]
    assert desk.sim.order(remote["id"])["items"][0]["quantity"] == first.quantity - 1
    assert Order.get_by_id(part.id).external_id == str(created["id"])
    assert OutboxEvent.get(OutboxEvent.kind == "split").state == "done"
    qtbot.waitUntil(lambda: desk.cell(part.id, "reference") == part.reference)


# ---- (b) the table follows a sync and keeps the selection ----------------------------------------------------
def test_the_table_refreshes_after_a_sync_without_losing_the_selection(desk, qtbot):
    remote = desk.workable()[1]
    order = desk.local(remote)
    desk.window.select_order(order.id)
    assert desk.window.selected_ids() == [order.id]
    desk.sim.touch_order(remote["id"], customer={**remote["customer"], "name": "Zoë Nowak"})
    newcomer = desk.sim.add_order(items=[("NEW-1", "New arrival", 1, "5.00")])

    changed = desk.engine.pull(desk.channel())  # the worker's engine: its signals reach the window
    newcomer_id = desk.local(newcomer).id
    assert set(changed) == {order.id, newcomer_id}
    qtbot.waitUntil(lambda: desk.cell(order.id, "customer") == "Zoë Nowak")
    qtbot.waitUntil(lambda: desk.window.model.row_of(newcomer_id) is not None)
    assert desk.window.selected_ids() == [order.id]
    assert desk.window.model.order_id(desk.window.table.currentIndex().row()) == order.id
    assert desk.window.detail.order_id == order.id and "Zoë Nowak" in desk.window.detail.facts.text()


# ---- (c) Retry in the sync log pane sends a failed event again -----------------------------------------------
def test_retry_in_the_sync_log_pane_sends_a_failed_event_again(desk, qtbot):
    remote = desk.workable()[0]
    order = desk.local(remote)
    desk.window.select_order(order.id)
    desk.window.actions_by_key["acknowledge"].trigger()
    event = OutboxEvent.get(OutboxEvent.order == order.id)
    desk.sim.faults.only_paths, desk.sim.faults.error_rate = r"/status$", 1.0  # the channel answers 500

    assert drain(desk.engine, "aff") == (0, [event.id])
    assert OutboxEvent.get_by_id(event.id).state == "failed"
    assert desk.sim.order(remote["id"])["status"] == "pending"
    qtbot.waitUntil(lambda: desk.cell(order.id, "sync_state").endswith("Failed"))

    pane = desk.window.log_pane
    assert not pane.isVisible()  # closed on a first start: the operator keeps the rows
    desk.window.status.refresh_counts()
    click(qtbot, desk.window.status.notice)  # the supervisor follows the red notice
    assert pane.isVisible() and pane.failed_only_check.isChecked()

    def failed_row() -> int | None:
        rows = (pane.model.log_row(r) for r in range(pane.model.rowCount()))
        return next((n for n, row in enumerate(rows) if row.event_id == event.id and row.outcome == "failed"), None)

    qtbot.waitUntil(lambda: failed_row() is not None)  # the log line reached the pane through the worker's signal
    pane.table.selectRow(failed_row())
    assert pane.retry_button.isEnabled()
    desk.sim.faults.error_rate = 0.0  # the channel is back
    with confirmations_accepted():
        click(qtbot, pane.retry_button)
    assert OutboxEvent.get_by_id(event.id).state == "pending"
    assert AuditEntry.get(AuditEntry.action == "retry_event").user == "anna"
    qtbot.waitUntil(lambda: desk.cell(order.id, "sync_state").endswith("Pending"))  # the pane told the window

    assert drain(desk.engine, "aff") == (1, [])
    assert [r.json for r in desk.sim.requests_to("PUT", rf"/{remote['id']}/status$")][-1]["status"] == "processing"
    assert desk.sim.order(remote["id"])["status"] == "processing"
    assert OutboxEvent.get_by_id(event.id).state == "done"
    qtbot.waitUntil(lambda: desk.cell(order.id, "sync_state").endswith("Synced"))


# ---- (d) no dispatch without a consignment number ------------------------------------------------------------
def test_dispatch_without_a_consignment_number_is_impossible_through_the_window(desk, qtbot):
    remote = next(o for o in desk.sim.orders.values() if o["status"] == "processing")
    order = desk.local(remote)
    desk.window.select_order(order.id)
    assert desk.window.actions_by_key["dispatch"].isEnabled()

    def try_without_consignment(dialog: QDialog) -> None:
        carrier = dialog.findChild(QWidget, "carrierEdit").lineEdit()
        carrier.clear()
        qtbot.keyClicks(carrier, "DHL")
        consignment = dialog.findChild(QWidget, "consignmentEdit")
        ok = dialog.findChild(QWidget, "okButton")
        assert not ok.isEnabled()
        assert "consignment number is required" in dialog.findChild(QWidget, "dispatchReason").text()
        qtbot.keyClick(consignment, Qt.Key.Key_Return)
        click(qtbot, ok)
        assert dialog.isVisible()
        click(qtbot, dialog.findChild(QWidget, "closeButton"))

    with answer_dialog("dispatchDialog", try_without_consignment):
        desk.window.actions_by_key["dispatch"].trigger()
    stored = Order.get_by_id(order.id)
    assert (stored.status, stored.consignment_number) == ("processing", None)
    assert not OutboxEvent.select().where(OutboxEvent.order == order.id).exists()
    assert drain(desk.engine, "aff") == (0, [])
    assert desk.sim.requests_to("PUT", r"/status$") == []
    assert desk.sim.order(remote["id"])["status"] == "processing"


# ---- a conflict resolved in the window reaches the channel ---------------------------------------------------
def test_keeping_mine_in_a_conflict_sends_it_to_the_channel(desk, qtbot):
    remote = desk.workable()[0]
    order = desk.local(remote)
    editing.edit_order(order.id, OrderEdit(fields={"city": "Lublin", "street": "Długa 2"}), user="anna")
    desk.sim.touch_order(remote["id"], shipping_address={**remote["shipping_address"], "city": "Wrocław"})
    desk.engine.pull(desk.channel())
    qtbot.waitUntil(lambda: desk.cell(order.id, "sync_state").endswith("Conflict"))
    desk.window.select_order(order.id)
    assert desk.window.actions_by_key["conflict"].isEnabled()

    def keep_mine(dialog: QDialog) -> None:
        assert "Wrocław" in dialog.findChild(QWidget, "remoteShippingAddress").text()
        click(qtbot, dialog.findChild(QWidget, "keepLocalButton"))

    with answer_dialog("conflictDialog", keep_mine):
        desk.window.actions_by_key["conflict"].trigger()
    assert drain(desk.engine, "aff") == (2, [])
    assert desk.sim.order(remote["id"])["shipping_address"]["city"] == "Lublin"
    assert Order.get_by_id(order.id).sync_state == "synced"
    qtbot.waitUntil(lambda: desk.cell(order.id, "sync_state").endswith("Synced"))
