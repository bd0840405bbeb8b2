"""The window's sync engine in a process of its own: the sync thread starts it, passes requests on, turns its
reports into the same signals, answers its keyring questions from the window's keyring, and starts it again when
its process dies."""

from __future__ import annotations

import logging
import os
import signal
import socket

from sync_harness import configure

from orderdesk.store.db import open_database
from orderdesk.store.models import Order
from orderdesk.sync.worker import EngineProcessWorker, SyncController


def test_the_engine_process_pulls_with_the_windows_keyring_and_reports_through_signals(
    tmp_path, sim, keyring_memory, qtbot, caplog
):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    open_database(url)
    configure("aff", sim.demo_config())  # its token is only in this process's in-memory keyring
    worker = EngineProcessWorker(url, tick_ms=60_000)
    changed: list[int] = []
    states: list[tuple[str, str]] = []
    worker.orders_changed.connect(changed.extend)
    worker.channel_state.connect(lambda channel, state, _message: states.append((channel, state)))
    controller = SyncController(worker)
    caplog.set_level(logging.INFO)
    controller.start()
    try:
        qtbot.waitUntil(lambda: len(set(changed)) == len(sim.orders), timeout=30_000)
        assert Order.select().count() == len(sim.orders)
        assert ("aff", "pulling") in states
        process = worker._process
        assert process is not None and process.pid != os.getpid()
        assert worker.engine_label() == f"{socket.gethostname()}:{process.pid}"  # as the engine names itself
        assert any("sync engine runs in process" in record.getMessage() for record in caplog.records)
    finally:
        assert controller.shutdown(5000)
    assert not process.is_alive()


def test_an_engine_process_that_dies_is_started_again(tmp_path, sim, keyring_memory, qtbot, monkeypatch):
    monkeypatch.setattr(EngineProcessWorker, "RESTART_MS", 100)
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    open_database(url)
    configure("aff", sim.demo_config())
    worker = EngineProcessWorker(url, tick_ms=60_000)
    changed: list[int] = []
    worker.orders_changed.connect(changed.extend)
    controller = SyncController(worker)
    controller.start()
    try:
        qtbot.waitUntil(lambda: worker._process is not None and worker._process.pid is not None, timeout=10_000)
        first = worker._process
        qtbot.waitUntil(lambda: len(set(changed)) == len(sim.orders), timeout=30_000)
        os.kill(first.pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: worker._process is not first and worker._process.is_alive(), timeout=10_000)
        changed.clear()
        sim.add_order(items=[("MUG-01", "Mug", 1, "9.90")])
        controller.sync_now()
        qtbot.waitUntil(lambda: len(changed) >= 1, timeout=30_000)  # the new process syncs and reports
    finally:
        assert controller.shutdown(5000)


def test_an_engine_process_that_cannot_start_leaves_the_engine_to_the_sync_thread(
    tmp_path, sim, keyring_memory, qtbot, monkeypatch, caplog
):
    monkeypatch.setattr(EngineProcessWorker, "RESTART_MS", 50)
    open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    configure("aff", sim.demo_config())
    worker = EngineProcessWorker("nosuchdatabase://here", tick_ms=60_000)  # its process cannot open this
    changed: list[int] = []
    worker.orders_changed.connect(changed.extend)
    controller = SyncController(worker)
    controller.start()
    try:
        qtbot.waitUntil(lambda: len(set(changed)) == len(sim.orders), timeout=60_000)
        assert worker.engine_label() == f"{socket.gethostname()}:{os.getpid()}"  # the window's own process
        assert any("runs in the window's sync thread instead" in record.getMessage() for record in caplog.records)
    finally:
        assert controller.shutdown(5000)
