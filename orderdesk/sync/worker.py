"""The sync engine in its own thread: a QObject moved to a QThread, talking to the GUI only through signals."""

from __future__ import annotations

import functools
import logging
import multiprocessing
import socket
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from orderdesk import credentials
from orderdesk.store.models import database_proxy
from orderdesk.sync import engine_process
from orderdesk.sync.engine import AdapterFactory, EngineSettings, SyncEngine
from orderdesk.sync.rounds import Rounds

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., None])


def guarded(slot: F) -> F:
    """A slot whose bug is logged and handed to the application's crash handler (which shows it in the GUI
    thread) instead of escaping into Qt's event loop in the sync thread; the worker keeps running."""

    @functools.wraps(slot)
    def run(self: WorkerSignals, *args: Any) -> None:
        try:
            slot(self, *args)
        except Exception:
            log.error("The sync thread's %s stopped on a bug.", slot.__name__)
            sys.excepthook(*sys.exc_info())

    return run  # type: ignore[return-value]


class WorkerSignals(QObject):
    """What a sync worker tells the window (queued to the GUI thread), and the slots it answers."""

    orders_changed = Signal(list)  # order ids
    progress = Signal(str, int, int)  # channel, done, total (0: unknown)
    channel_state = Signal(str, str, str)  # channel, state (idle, pulling, pushing, offline, auth_failed, paused), text
    log_entry_added = Signal(int)  # sync log entry id
    event_failed = Signal(int, str)  # event id, message
    notice = Signal(str)  # something an operator should know (a remote cancellation...)
    finished = Signal()

    # The slots, run in the worker's thread: start first, stop last.
    def start(self) -> None:
        raise NotImplementedError

    def sync_now(self, channel: str = "") -> None:
        raise NotImplementedError

    def wake(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def resume(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def stop_now(self) -> None:
        """From any thread: stop between calls (a long pull at its next page), before the stop slot runs."""
        raise NotImplementedError

    def engine_label(self) -> str:
        """The engine's "host:pid", as it names itself in the database (the locks it holds, its claims)."""
        raise NotImplementedError


class SyncWorker(WorkerSignals):
    """Runs the engine in the sync thread. Every slot is called through a queued connection from the GUI thread."""

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
        self.rounds = Rounds(self.engine, round_of_sync=lambda: self._round())
        self._tick_ms = tick_ms
        self._timer: QTimer | None = None

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
        self.rounds.tick()

    def _round(self) -> None:
        self.rounds.round()

    @Slot(str)
    @guarded
    def sync_now(self, channel: str = "") -> None:
        """Pull now (every channel, or one) and send what waits, whatever the intervals say."""
        self.rounds.sync_now(channel)

    @Slot()
    @guarded
    def wake(self) -> None:
        """A service queued an event: send it now rather than at the next tick."""
        self.rounds.wake()

    @Slot()
    @guarded
    def pause(self) -> None:
        self.rounds.paused = True

    @Slot()
    @guarded
    def resume(self) -> None:
        self.rounds.paused = False
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

    def stop_now(self) -> None:
        self.engine.stop()  # a threading.Event: safe from the GUI thread

    def engine_label(self) -> str:
        return self.engine.settings.worker


class EngineBug(Exception):
    """A bug in the engine's own process, reported with its traceback (the crash dialog shows it)."""


class EngineProcessWorker(WorkerSignals):
    """Runs the engine in a process of its own (sync/engine_process.py): from the sync thread it starts it, passes the
    window's requests on, and turns what the engine reports into this worker's signals; it answers the engine's
    keyring questions from this process's keyring, and starts the engine again should its process die.

    In the window's process the engine shared Python's interpreter lock with the GUI thread, and a busy pull made
    every call from Qt into Python wait its turn (see README, Performance). A reader thread blocks on the pipe, so
    the engine's reports cost the window nothing while none come."""

    RESTART_MS = 5000  # after an engine process died on its own
    QUICK_DEATH_S = 30.0  # an engine process that dies sooner than this after its start "died right away"
    QUICK_DEATHS = 3  # in a row: then the engine runs in the sync thread instead
    # For the engine to stop between calls before its process is ended, and then for it to end: within the
    # controller's wait on closing (2 s), or the window would close on a thread still running.
    STOP_WAIT_S = 1.0
    END_WAIT_S = 0.5

    _lost = Signal()  # the pipe closed while the engine was to run: start it again (in the sync thread)

    def __init__(self, db_url: str, settings: EngineSettings | None = None, *, tick_ms: int = 1000) -> None:
        super().__init__()
        self._db_url = db_url
        self._settings = settings
        self._tick_s = tick_ms / 1000
        self._process: Any = None
        self._connection: Connection | None = None
        self._sending = threading.Lock()
        self._stopping = False
        self._launched_at = 0.0
        self._quick_deaths = 0
        self._here: SyncWorker | None = None  # the engine in this thread, when its process could not run
        self._lost.connect(self._restart_later)

    # ---- slots -------------------------------------------------------------------------------------------
    @Slot()
    @guarded
    def start(self) -> None:
        threading.current_thread().name = self.thread().objectName() or "sync"
        self._launch()

    @Slot(str)
    @guarded
    def sync_now(self, channel: str = "") -> None:
        if self._here is not None:
            self._here.sync_now(channel)
        else:
            self._send("sync_now", channel)

    @Slot()
    @guarded
    def wake(self) -> None:
        if self._here is not None:
            self._here.wake()
        else:
            self._send("wake")

    @Slot()
    @guarded
    def pause(self) -> None:
        if self._here is not None:
            self._here.pause()
        else:
            self._send("pause")

    @Slot()
    @guarded
    def resume(self) -> None:
        if self._here is not None:
            self._here.resume()
        else:
            self._send("resume")

    @Slot()
    @guarded
    def stop(self) -> None:
        """Last thing in the sync thread: the engine stops between calls, or its process is ended."""
        try:
            if self._here is not None:
                self._here.stop()
            self.stop_now()
            process = self._process
            if process is not None:
                process.join(self.STOP_WAIT_S)
                if process.is_alive():
                    log.warning("The sync engine did not stop within %.1f s: its process is ended.", self.STOP_WAIT_S)
                    process.terminate()
                    process.join(self.END_WAIT_S)
        finally:
            self.finished.emit()
            self.thread().quit()

    def stop_now(self) -> None:
        self._stopping = True
        if self._here is not None:
            self._here.stop_now()
        self._send("stop")

    def engine_label(self) -> str:
        if self._here is not None:
            return self._here.engine_label()
        if self._settings is not None:
            return self._settings.worker
        pid = getattr(self._process, "pid", None)  # the engine names itself after its own process
        return f"{socket.gethostname()}:{pid}" if pid is not None else ""

    # ---- the engine's process --------------------------------------------------------------------------------
    def _launch(self) -> None:
        if self._stopping:
            return
        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt and threads
        ours, theirs = context.Pipe()
        level = logging.getLogger().getEffectiveLevel()
        self._process = context.Process(
            target=engine_process.serve,
            args=(theirs, self._db_url, self._settings, self._tick_s, level),
            name="orderdesk-sync",
            daemon=True,
        )
        self._process.start()
        self._launched_at = time.monotonic()
        theirs.close()
        self._connection = ours
        threading.Thread(target=self._read, args=(ours,), name="sync-engine-reports", daemon=True).start()
        log.info("The sync engine runs in process %s.", self._process.pid)

    def _send(self, *message: Any) -> None:
        with self._sending:
            if self._connection is None:
                return
            try:
                self._connection.send(message)
            except (OSError, ValueError):
                pass  # the engine's process is gone: the reader saw it too

    def _read(self, connection: Connection) -> None:
        """The reader thread: until the pipe closes."""
        while True:
            try:
                message = connection.recv()
            except (EOFError, OSError):
                break
            try:
                self._take(message)
            except Exception:
                log.error("A report of the sync engine could not be taken in.")
                sys.excepthook(*sys.exc_info())
        connection.close()
        if not self._stopping:
            self._lost.emit()

    def _take(self, message: tuple[Any, ...]) -> None:
        kind, *rest = message
        if kind == "orders_changed":
            self.orders_changed.emit(rest[0])
        elif kind == "progress":
            self.progress.emit(*rest)
        elif kind == "channel_state":
            self.channel_state.emit(*rest)
        elif kind == "log_entry":
            self.log_entry_added.emit(rest[0])
        elif kind == "event_failed":
            self.event_failed.emit(*rest)
        elif kind == "notice":
            self.notice.emit(rest[0])
        elif kind == "log":
            level, name, text = rest
            logging.getLogger(name).log(level, "%s", text)
        elif kind == "keyring":
            number, operation, service, entry, password = rest
            try:
                self._send("keyring", number, credentials.answer_relayed(operation, service, entry, password), None)
            except credentials.KeyringUnavailable as exc:
                self._send("keyring", number, None, exc.message)
        elif kind == "bug":
            log.error("The sync engine's process hit a bug.")
            sys.excepthook(EngineBug, EngineBug(rest[0]), None)

    @Slot()
    def _restart_later(self) -> None:
        process = self._process
        if process is not None:
            process.join(self.END_WAIT_S)  # its exit code, once it is gone
        code = process.exitcode if process is not None else None
        quick = time.monotonic() - self._launched_at < self.QUICK_DEATH_S
        self._quick_deaths = self._quick_deaths + 1 if quick else 0
        if self._quick_deaths >= self.QUICK_DEATHS:
            # It cannot start here (a broken install, a database it cannot open): sync goes on, as it ran before.
            log.error(
                "The sync engine's process ended %d times right after it started (exit code %s); the engine runs"
                " in the window's sync thread instead.",
                self._quick_deaths,
                code,
            )
            self._run_here()
            return
        log.error("The sync engine's process ended (exit code %s); it starts again in %d ms.", code, self.RESTART_MS)
        QTimer.singleShot(self.RESTART_MS, self, self._launch)

    def _run_here(self) -> None:
        """The engine in this (the sync) thread, as a SyncWorker whose signals are this worker's."""
        here = SyncWorker(self._settings, tick_ms=int(self._tick_s * 1000))
        for name in ("orders_changed", "progress", "channel_state", "log_entry_added", "event_failed", "notice"):
            getattr(here, name).connect(getattr(self, name))
        self._here = here
        here.start()


class _SignalListener:
    """The engine's listener: each call becomes a signal of the worker (queued to the GUI thread)."""

    def __init__(self, worker: WorkerSignals) -> None:
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

    def __init__(self, worker: WorkerSignals, parent: QObject | None = None) -> None:
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
        self.worker.stop_now()
        self._request_stop.emit()
        return bool(self.sync_thread.wait(timeout_ms))
