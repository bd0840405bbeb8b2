"""The sync worker in its own QThread: signals arrive in the GUI thread, and it stops cleanly and quickly."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtWidgets import QApplication
from sync_harness import FAST_HTTP, configure

from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.services import status
from orderdesk.store.models import Order, OutboxEvent
from orderdesk.sync.engine import EngineSettings
from orderdesk.sync.worker import SyncController, SyncWorker


class Recorder(QObject):
    """Lives in the GUI thread; notes what arrived and in which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.changed: list[int] = []
        self.states: list[tuple[str, str]] = []
        self.threads: set[object] = set()

    @Slot(list)
    def on_orders_changed(self, ids: list[int]) -> None:
        self.threads.add(QThread.currentThread())
        self.changed.extend(ids)

    @Slot(str, str, str)
    def on_state(self, channel: str, state: str, message: str) -> None:
        self.threads.add(QThread.currentThread())
        self.states.append((channel, state))


@pytest.fixture
def sim():
    simulator = AffiliateSimulator()
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def controller(db, sim, qtbot):
    configure("aff", sim.demo_config(), poll_interval_s=3600)
    worker = SyncWorker(EngineSettings(http=FAST_HTTP, retry_base_s=0.05), tick_ms=200)
    control = SyncController(worker)
    yield control
    control.shutdown(5000)


def test_worker_signals_arrive_in_the_gui_thread_and_it_stops_within_two_seconds(controller, sim, qtbot):
    recorder = Recorder()
    controller.worker.orders_changed.connect(recorder.on_orders_changed)
    controller.worker.channel_state.connect(recorder.on_state)
    with qtbot.waitSignal(controller.worker.orders_changed, timeout=10_000):
        controller.start()
    qtbot.waitUntil(lambda: len(set(recorder.changed)) == len(sim.orders), timeout=10_000)
    assert recorder.threads == {QApplication.instance().thread()}
    assert controller.sync_thread.isRunning() and controller.sync_thread is not QApplication.instance().thread()
    assert ("aff", "pulling") in recorder.states

    # a change made in the GUI thread goes out at once when the worker is woken
    target = next(o for o in Order.select() if o.status == "pending" and o.payment_status == "paid")
    event = status.set_status(target.id, "processing", user="anna").event
    controller.wake()
    qtbot.waitUntil(lambda: OutboxEvent.get_by_id(event.id).state == "done", timeout=10_000)
    assert sim.order(int(target.external_id))["status"] == "processing"

    started = time.monotonic()
    assert controller.shutdown(2000)
    assert time.monotonic() - started < 2.0
    assert not controller.sync_thread.isRunning()


def test_pause_holds_the_work_and_resume_sends_it(controller, sim, qtbot):
    with qtbot.waitSignal(controller.worker.orders_changed, timeout=10_000):
        controller.start()
    qtbot.waitUntil(lambda: Order.select().count() == len(sim.orders), timeout=10_000)
    controller.pause()
    qtbot.wait(300)
    target = next(o for o in Order.select() if o.status == "pending" and o.payment_status == "paid")
    event = status.set_status(target.id, "processing", user="anna").event
    controller.wake()
    qtbot.wait(600)
    assert OutboxEvent.get_by_id(event.id).state == "pending"
    controller.resume()
    qtbot.waitUntil(lambda: OutboxEvent.get_by_id(event.id).state == "done", timeout=10_000)


def test_a_waiting_stock_quantity_is_work_for_the_sync_thread(db, qtbot):
    from orderdesk.sandbox.magento import MagentoSimulator
    from orderdesk.services import stock
    from orderdesk.store.models import StockLevel

    magento = MagentoSimulator()
    magento.start()
    try:
        configure("mg", magento.demo_config(), poll_interval_s=3600)
        sku = next(iter(magento.stock))
        stock.set_quantities("mg", {sku: "3"}, user="anna")  # no order event waits: only the stock row
        control = SyncController(SyncWorker(EngineSettings(http=FAST_HTTP, retry_base_s=0.05), tick_ms=60_000))
        control.start()
        try:
            qtbot.waitUntil(lambda: StockLevel.get(StockLevel.sku == sku).state == "done", timeout=10_000)
        finally:
            assert control.shutdown(5000)
        assert magento.stock[sku]["qty"] == 3
    finally:
        magento.stop()
