"""The sync engine in a process of its own, for the window: what runs there, and how it talks to the window's side.

In the window's process the engine shared Python's interpreter lock with the GUI thread: while it worked, each
call from Qt into Python (every cell of a painted table) waited its turn, and a busy pull stalled the window by a
tenth of a second at a time. Here it has an interpreter of its own. sync/worker.py's EngineProcessWorker starts
this process, watches it and turns what it reports into the same signals the sync thread gave.

Over one pipe, as tuples:
- to the engine: ("tick",) ("sync_now", channel) ("wake",) ("pause",) ("resume",) ("stop",)
  and ("keyring", number, answer, error) in reply to its questions;
- from the engine: ("orders_changed", ids) ("progress", channel, done, total) ("channel_state", channel, state,
  message) ("log_entry", id) ("event_failed", id, message) ("notice", message) ("log", level, logger, text)
  ("bug", report) ("keyring", number, operation, service, entry, password) ("stopped",).
The engine stops when told to, or when the pipe closes (the window's process ended).
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import threading
import traceback
from multiprocessing.connection import Connection
from typing import Any

from orderdesk import credentials
from orderdesk.store.db import open_database
from orderdesk.store.models import database_proxy
from orderdesk.sync.contract import EngineSettings
from orderdesk.sync.engine import SyncEngine
from orderdesk.sync.rounds import Rounds

log = logging.getLogger(__name__)
NICENESS = 10
KEYRING_WAIT_S = credentials.TIMEOUT_S + 2  # the window's side gives the keyring TIMEOUT_S, then answers


class Link:
    """The engine's end of the pipe: sends from any thread, and one thread reading what the window sends."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._sending = threading.Lock()
        self.commands: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._answers: dict[int, queue.Queue[tuple[str | None, str | None]]] = {}
        self._numbers = iter(range(1, 2**62))
        self._lock = threading.Lock()

    def send(self, *message: Any) -> None:
        with self._sending:
            try:
                self._connection.send(message)
            except (OSError, EOFError, ValueError):
                pass  # the window's side is gone: the reader sees it too and stops the engine

    def read(self, on_stop: Any) -> None:
        """The reading thread: commands queued, keyring answers handed to who waits, stop passed on at once (a
        long pull stops at its next page)."""
        while True:
            try:
                message = self._connection.recv()
            except (OSError, EOFError):
                message = ("stop",)
            if message[0] == "keyring":
                _, number, answer, error = message
                waiting = self._answers.get(number)
                if waiting is not None:
                    waiting.put((answer, error))
                continue
            if message[0] == "stop":
                on_stop()
            self.commands.put(message)
            if message[0] == "stop":
                return

    def ask_keyring(self, operation: str, service: str, entry: str, password: str | None) -> str | None:
        """credentials.Relay: the window's keyring answers."""
        with self._lock:
            number = next(self._numbers)
            waiting: queue.Queue[tuple[str | None, str | None]] = queue.Queue()
            self._answers[number] = waiting
        try:
            self.send("keyring", number, operation, service, entry, password)
            try:
                answer, error = waiting.get(timeout=KEYRING_WAIT_S)
            except queue.Empty:
                raise credentials.KeyringUnavailable("the window did not pass the question on") from None
        finally:
            with self._lock:
                self._answers.pop(number, None)
        if error is not None:
            raise credentials.KeyringUnavailable(error)
        return answer


class Listener:
    """The engine's listener: each call goes to the window's side as a message."""

    def __init__(self, link: Link) -> None:
        self._link = link

    def orders_changed(self, order_ids: list[int]) -> None:
        self._link.send("orders_changed", list(order_ids))

    def progress(self, channel: str, done: int, total: int) -> None:
        self._link.send("progress", channel, done, total)

    def channel_state(self, channel: str, state: str, message: str) -> None:
        self._link.send("channel_state", channel, state, message)

    def log_entry(self, entry_id: int) -> None:
        self._link.send("log_entry", entry_id)

    def event_failed(self, event_id: int, message: str) -> None:
        self._link.send("event_failed", event_id, message)

    def notice(self, message: str) -> None:
        self._link.send("notice", message)


class LogRelay(logging.Handler):
    """Log records go to the window's process, which writes them to its log as its own."""

    def __init__(self, link: Link) -> None:
        super().__init__()
        self._link = link

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._link.send("log", record.levelno, record.name, self.format(record))
        except Exception:  # noqa: BLE001 - a log line must never stop the engine
            self.handleError(record)


def serve(connection: Connection, db_url: str, settings: EngineSettings | None, tick_s: float, level: int) -> None:
    """The engine process's whole life (its entry point)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the window's to answer
    if hasattr(os, "nice"):
        # Background work: when the engine and the window both want a CPU, the window gets it first (on a busy
        # two-core desk the window otherwise waited tens of milliseconds for one).
        os.nice(NICENESS)
    link = Link(connection)
    root = logging.getLogger()
    root.handlers[:] = [LogRelay(link)]
    root.setLevel(level)
    credentials.use_backend(credentials.RelayedKeyring(link.ask_keyring))
    open_database(db_url)
    engine = SyncEngine(settings, listener=Listener(link))
    rounds = Rounds(engine)
    threading.Thread(target=link.read, args=(engine.stop,), name="engine-link", daemon=True).start()
    link.commands.put(("tick",))  # the first round at once, as the sync thread's worker does
    try:
        while True:
            try:
                command = link.commands.get(timeout=tick_s)
            except queue.Empty:
                command = ("tick",)
            if command[0] == "stop":
                break
            try:
                _obey(rounds, command)
            except Exception:  # noqa: BLE001 - a bug: reported to the window, and the engine goes on
                log.error("The sync engine's %s stopped on a bug.", command[0])
                link.send("bug", traceback.format_exc())
    finally:
        engine.stop()
        engine.close()
        if not database_proxy.is_closed():
            database_proxy.close()
        link.send("stopped")


def _obey(rounds: Rounds, command: tuple[Any, ...]) -> None:
    name = command[0]
    if name == "tick":
        rounds.tick()
    elif name == "sync_now":
        rounds.sync_now(command[1])
    elif name == "wake":
        rounds.wake()
    elif name == "pause":
        rounds.paused = True
    elif name == "resume":
        rounds.paused = False
        rounds.tick()
