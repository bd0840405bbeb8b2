"""A stretch of many writes from one thread (a pull): the SQLite connection tuned for it while it lasts.

Measured on a pull into a 1,000,000-order database, the order inserts themselves were under a third of SQLite's
time; the rest went to two things around them:
- Checkpoints. By default the connection that commits copies the write-ahead log back into the database file (and
  syncs it) whenever the log passes 1,000 pages, which with fourteen indexes on the order table is every few pages
  of a pull. Here the log is copied back by a thread of its own instead, on a connection of its own, as SQLite's
  documentation suggests for a busy writer: its file I/O runs beside the pull, not in it. A PASSIVE checkpoint
  never waits for or blocks a writer or a reader; what it cannot copy yet it copies next time.
- Statement journals. A page is written inside a savepoint (so a bad batch costs only itself), and every page it
  changes is first copied to a journal that SQLite keeps in a temporary file by default; in memory it is a few
  megabytes for a page at most, and gone at the commit.

Both settings are the calling connection's and are put back when the stretch ends; other connections (another
thread, the window, another desk) keep checkpointing as they always did, so nothing relies on this thread
running. PostgreSQL needs none of this.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import peewee

from orderdesk.store.models import database_proxy

log = logging.getLogger("orderdesk.store")

CHECKPOINT_EVERY_S = 0.2  # at a pull's pace the log grows by a few megabytes in that time

_local = threading.local()  # whether this thread is inside bulk_writes() already


@contextmanager
def bulk_writes() -> Iterator[None]:
    """Inside: the calling thread's SQLite connection leaves checkpoints to a background thread and keeps its
    statement journals in memory. Nested or on PostgreSQL: nothing changes."""
    db: Any = database_proxy.obj
    if not isinstance(db, peewee.SqliteDatabase) or getattr(_local, "active", False):
        yield
        return
    connection = db.connection()
    if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        yield  # an in-memory database, or one a user keeps in another journal mode: nothing to copy back
        return
    path = connection.execute("PRAGMA database_list").fetchone()[2]
    before = {name: connection.execute(f"PRAGMA {name}").fetchone()[0] for name in ("wal_autocheckpoint", "temp_store")}
    checkpoints = _Checkpoints(path)
    _local.active = True
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    checkpoints.start()
    try:
        yield
    finally:
        _local.active = False
        checkpoints.stop()
        for name, value in before.items():
            connection.execute(f"PRAGMA {name} = {int(value)}")


class _Checkpoints:
    """A thread copying the write-ahead log of the database file at `path` back into the file, every
    CHECKPOINT_EVERY_S while the log has frames not copied yet, and once more when stopped."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            connection = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            log.warning("No background checkpoints for %s: %s", self._path, exc)
            return
        try:
            while not self._stop.wait(CHECKPOINT_EVERY_S):
                self._checkpoint(connection)
            self._checkpoint(connection)
        finally:
            connection.close()

    def _checkpoint(self, connection: sqlite3.Connection) -> None:
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as exc:  # a full disk, say: the writer's own commits will tell; the log is kept
            log.warning("Checkpoint of %s not done: %s", self._path, exc)
