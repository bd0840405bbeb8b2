"""Another program writing to the SQLite file never crashes sync: a restarted `sync --watch` takes its write locks
up front, and a lock held past the busy timeout is waited out and said so in plain words."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import uuid

import pytest
from factories import make_channel, make_order
from sync_harness import FAST_HTTP, configure, fast_engine

from orderdesk.core.events import EventKind
from orderdesk.services import status
from orderdesk.store import db as store_db
from orderdesk.store import outbox
from orderdesk.store.db import open_database
from orderdesk.store.identity import database_id
from orderdesk.store.models import Channel, Order, OutboxEvent
from orderdesk.sync.engine import EngineSettings, SyncEngine


def dead_pid() -> int:
    """The id of a process that has ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


# Keeps committing short write transactions that touch the outbox and the channel until its time is up. It never
# changes a claim: a writer that claimed events again would race the restarted sync for them, and a round that found
# nothing left to push would (rightly) not call the channel.
WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time
    path, seconds = sys.argv[1], float(sys.argv[2])
    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    end = time.monotonic() + seconds
    print("writing", flush=True)
    while time.monotonic() < end:
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE outbox_event SET updated_at = updated_at WHERE id IN (SELECT id FROM outbox_event LIMIT 3)")
        con.execute("UPDATE channel SET state_message = state_message WHERE 1")
        con.execute("COMMIT")
        time.sleep(0.01)
    """
)


def claim_as_dead(path, claimed_by: str) -> None:
    """Mark the first events as sent by a sync process that has since died, so the next start has claims to release."""
    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    con.execute(
        "UPDATE outbox_event SET state = 'in_flight', claimed_by = ?, lease_until = '2999-01-01 00:00:00' "
        "WHERE id IN (SELECT id FROM outbox_event ORDER BY id LIMIT 3)",
        (claimed_by,),
    )
    con.close()


@pytest.mark.slow
def test_sync_watch_restarted_again_and_again_beside_a_busy_writer_never_dies_of_a_lock(tmp_path, sim, real_keyring):
    db_path = tmp_path / "desk.sqlite3"
    name = f"aff-{uuid.uuid4().hex[:8]}"
    db = open_database(str(db_path))
    real_keyring.append((database_id(), name))
    configure(name, sim.demo_config(), poll_interval_s=3600)
    fast_engine().pull(Channel.get(Channel.name == name))
    for order in [o for o in Order.select() if o.status == "pending" and o.payment_status == "paid"][:3]:
        status.set_status(order.id, "processing", user="anna")
    db.close()
    claimed_by = f"{socket.gethostname()}:{dead_pid()}"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), "300"], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        for restart in range(25):
            claim_as_dead(db_path, claimed_by)
            proc = subprocess.Popen(
                [sys.executable, "-m", "orderdesk", "--db", str(db_path), "sync", "--watch"],
                stderr=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                env=env,
                text=True,
            )
            try:
                assert proc.stderr is not None
                calls_before = len(sim.requests)
                assert proc.stderr.readline().startswith("Syncing"), f"restart {restart} did not start"
                # The first round released the dead claims (the write that used to fail) once it calls the channel
                # to read the released events back.
                deadline = time.monotonic() + 30
                while len(sim.requests) == calls_before and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.01)
                assert proc.poll() is None, f"restart {restart} died: {proc.communicate()[1]}"
                assert len(sim.requests) > calls_before, f"restart {restart} never called the channel"
            finally:
                proc.kill()
                _, err = proc.communicate(timeout=10)
            assert "Traceback" not in err and "OperationalError" not in err, err
    finally:
        writer.kill()
        writer.communicate()


def hold_write_lock(path, seconds: float) -> threading.Event:
    """Another connection takes the write lock and keeps it for a while; the event is set once it holds it."""
    holding = threading.Event()

    def run() -> None:
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        holding.set()
        time.sleep(seconds)
        con.execute("COMMIT")
        con.close()

    threading.Thread(target=run, daemon=True).start()
    assert holding.wait(5)
    return holding


class Notes:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def __getattr__(self, name):  # every other listener call is of no interest here
        return lambda *args: None

    def notice(self, message: str) -> None:
        self.lines.append(message)


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 100)


def test_a_lock_that_outlasts_the_busy_timeout_is_waited_out_by_pull_and_push(
    tmp_path, sim, keyring_memory, short_busy_timeout
):
    path = tmp_path / "desk.sqlite3"
    db = open_database(str(path))
    configure("aff", sim.demo_config())
    notes = Notes()
    engine = SyncEngine(EngineSettings(http=FAST_HTTP, lock_retry_s=0.05), listener=notes)
    channel = Channel.get(Channel.name == "aff")

    hold_write_lock(path, 0.8)
    changed = engine.pull(channel)
    assert len(changed) == len(sim.orders) == Order.select().count()

    order = Order.get(Order.status == "pending", Order.payment_status == "paid")
    status.set_status(order.id, "processing", user="anna")
    hold_write_lock(path, 0.8)
    done, failed = engine.push(Channel.get(Channel.name == "aff"))
    assert (done, failed) == (1, [])
    assert sim.order(int(order.external_id))["status"] == "processing"
    assert OutboxEvent.get(OutboxEvent.order == order).state == "done"

    locked = [line for line in notes.lines if "locked by another program" in line]
    freed = [line for line in notes.lines if "free again" in line]
    assert len(locked) == 2 and len(freed) == 2, notes.lines
    assert all("Error" not in line and "sqlite" not in line.lower() for line in notes.lines)
    db.close()


def test_releasing_a_dead_claim_beside_a_writer_that_just_committed_waits_for_the_lock(tmp_path, keyring_memory):
    path = tmp_path / "desk.sqlite3"
    db = open_database(str(path))
    make_channel()
    order = make_order()
    for _ in range(3):
        outbox.enqueue(order, EventKind.STATUS, {"status": "processing"}, user="anna")
    OutboxEvent.update(state="in_flight", claimed_by=f"{socket.gethostname()}:{dead_pid()}").execute()
    other = sqlite3.connect(path, isolation_level=None, timeout=0.1)

    def alive(pid: int) -> bool:
        # Another process commits between the read of the claims and their release. Had the release read first
        # and asked for the write lock only then, SQLite would refuse it at once, without any busy wait.
        try:
            other.execute("UPDATE channel SET state_message = 'touched'")
        except sqlite3.OperationalError:
            pass  # the release holds the write lock from its start: the other writer is the one to wait
        return False

    assert outbox.release_dead_claims(socket.gethostname(), alive, order.created_at) == 3
    other.close()
    db.close()


def test_the_qt_sync_worker_waits_out_a_lock_in_its_tick(tmp_path, sim, keyring_memory, short_busy_timeout, qtbot):
    from orderdesk.sync.worker import SyncWorker

    path = tmp_path / "desk.sqlite3"
    db = open_database(str(path))
    configure("aff", sim.demo_config())
    worker = SyncWorker(EngineSettings(http=FAST_HTTP, lock_retry_s=0.05))
    notices: list[str] = []
    worker.notice.connect(notices.append)
    hold_write_lock(path, 0.8)
    worker.tick()  # in this thread: the test sees the tick end
    assert Order.select().count() == len(sim.orders)
    assert any("locked by another program" in line for line in notices), notices
    db.close()
