"""The sync engine in its own thread: a QObject moved to a QThread, talking to the GUI only through signals."""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from orderdesk.store import stock
from orderdesk.store.models import OutboxEvent, database_proxy
from orderdesk.sync import purchasing
from orderdesk.sync.engine import AdapterFactory, EngineSettings, SyncEngine

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., None])


def guarded(slot: F) -> F:
    """A slot whose bug is logged and handed to the application's crash handler (which shows it in the GUI
    thread) instead of escaping into Qt's event loop in the sync thread; the worker keeps running."""

    @functools.wraps(slot)
    def run(self: SyncWorker, *args: Any) -> None:
        try:
            slot(self, *args)
        except Exception:
            log.error("The sync thread's %s stopped on a bug.", slot.__name__)
            sys.excepthook(*sys.exc_info())

    return run  # type: ignore[return-value]


class SyncWorker(QObject):
    """Runs in the sync thread. Every slot is called through a queued connection from the GUI thread."""

    orders_changed = Signal(list)  # order ids
    progress = Signal(str, int, int)  # channel, done, total (0: unknown)
    channel_state = Signal(str, str, str)  # channel, state (idle, pulling, pushing, offline, auth_failed, paused), text
    log_entry_added = Signal(int)  # sync log entry id
    event_failed = Signal(int, str)  # event id, message
    notice = Signal(str)  # something an operator should know (a remote cancellation...)
    finished = Signal()

    def __init__(
        self,
        settings: EngineSettings | None = None,
        *,
        adapter_factory: AdapterFactory | None = None,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__()
        kwargs: dict[str, Any] = {} if adapter_factory is None else {"adapter_factory": adapter_factory}
        self.engine = SyncEngine(settings, listener=_SignalListener(self), **kwargs)
        self._tick_ms = tick_ms
        self._timer: QTimer | None = None
        self._paused = False
        self._busy = False

    # ---- slots -------------------------------------------------------------------------------------------
    @Slot()
    @guarded
    def start(self) -> None:
        """First thing in the sync thread: its own database connection, then the timer."""
        threading.current_thread().name = self.thread().objectName() or "sync"  # the log says which thread wrote
        database_proxy.connect(reuse_if_open=True)
        self._timer = QTimer(self)
        self._timer.setInterval(self._tick_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    @Slot()
    @guarded
    def tick(self) -> None:
        """Pull the channels that are due, send what waits."""
        if self._paused or self._busy or self.engine.stopping:
            return
        self._busy = True
        try:
            self.engine.patiently(self._round)
        finally:
            self._busy = False

    def _round(self) -> None:
        for channel in self.engine.channels():
            if self.engine.stopping:
                break
            if self.engine.due_for_pull(channel):
                self.engine.pull(channel)
            if self._has_work(channel.id):
                self.engine.push(channel)

    @Slot(str)
    @guarded
    def sync_now(self, channel: str = "") -> None:
        """Pull now (every channel, or one) and send what waits, whatever the intervals say."""
        if self._busy or self.engine.stopping:
            return
        self._busy = True
        try:
            self.engine.patiently(lambda: self._pull_and_push(channel or None))
        finally:
            self._busy = False

    def _pull_and_push(self, channel: str | None) -> None:
        for each in self.engine.channels(channel):
            self.engine.pull(each)
            self.engine.push(each)

    @Slot()
    @guarded
    def wake(self) -> None:
        """A service queued an event: send it now rather than at the next tick."""
        if self._paused or self._busy or self.engine.stopping:
            return
        self._busy = True
        try:
            self.engine.patiently(self._push_waiting)
        finally:
            self._busy = False

    def _push_waiting(self) -> None:
        for channel in self.engine.channels():
            if self._has_work(channel.id):
                self.engine.push(channel)

    @Slot()
    @guarded
    def pause(self) -> None:
        self._paused = True

    @Slot()
    @guarded
    def resume(self) -> None:
        self._paused = False
        self.tick()

    @Slot()
    @guarded
    def stop(self) -> None:
        """Last thing in the sync thread: stop the timer and close this thread's connection."""
        try:
            self.engine.stop()
            self.engine.close()
            if self._timer is not None:
                self._timer.stop()
                self._timer.deleteLater()
                self._timer = None
            if not database_proxy.is_closed():
                database_proxy.close()
        finally:  # whatever failed above, the thread must end, or closing the window waits in vain
            self.finished.emit()
            # Directly, not through a queued signal: the GUI thread may be blocked waiting for this thread to end.
            self.thread().quit()

    @staticmethod
    def _has_work(channel_id: int) -> bool:
        if stock.waiting_count(channel_id):  # stock quantities wait in their own queue
            return True
        return bool(
            OutboxEvent.select()
            .where(OutboxEvent.channel == channel_id, OutboxEvent.state.in_(["pending", "uncertain", "in_flight"]))
            .exists()
        ) or purchasing.has_open(channel_id)


class _SignalListener:
    """The engine's listener: each call becomes a signal of the worker (queued to the GUI thread)."""

    def __init__(self, worker: SyncWorker) -> None:
        self._worker = worker

    def orders_changed(self, order_ids: list[int]) -> None:
        self._worker.orders_changed.emit(list(order_ids))

    def progress(self, channel: str, done: int, total: int) -> None:
        self._worker.progress.emit(channel, done, total)

    def channel_state(self, channel: str, state: str, message: str) -> None:
        self._worker.channel_state.emit(channel, state, message)

    def log_entry(self, entry_id: int) -> None:
        self._worker.log_entry_added.emit(entry_id)

    def event_failed(self, event_id: int, message: str) -> None:
        self._worker.event_failed.emit(event_id, message)

    def notice(self, message: str) -> None:
        self._worker.notice.emit(message)


class SyncController(QObject):
    """Owned by the GUI: starts the worker in its thread, forwards requests, stops it cleanly."""

    _request_sync = Signal(str)
    _request_wake = Signal()
    _request_pause = Signal()
    _request_resume = Signal()
    _request_stop = Signal()

    def __init__(self, worker: SyncWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.sync_thread = QThread()
        self.sync_thread.setObjectName("syncThread")
        worker.moveToThread(self.sync_thread)
        self.sync_thread.started.connect(worker.start)
        self._request_sync.connect(worker.sync_now)
        self._request_wake.connect(worker.wake)
        self._request_pause.connect(worker.pause)
        self._request_resume.connect(worker.resume)
        self._request_stop.connect(worker.stop)

    def start(self) -> None:
        self.sync_thread.start()

    def sync_now(self, channel: str = "") -> None:
        self._request_sync.emit(channel)

    def wake(self) -> None:
        self._request_wake.emit()

    def pause(self) -> None:
        self._request_pause.emit()

    def resume(self) -> None:
        self._request_resume.emit()

    def shutdown(self, timeout_ms: int = 2000) -> bool:
        """Stop between calls and join the thread; True when it stopped within the timeout.

        The engine's stop flag is set directly (it is a threading.Event), so a long pull stops at its next page
        even though the worker's queue is busy. Work in flight is never lost: an event whose answer does not
        arrive keeps its lease and is read back by the next run.
        """
        if not self.sync_thread.isRunning():
            return True
        self.worker.engine.stop()
        self._request_stop.emit()
        return bool(self.sync_thread.wait(timeout_ms))
