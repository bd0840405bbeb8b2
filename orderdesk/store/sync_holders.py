"""One engine per channel on a shared PostgreSQL database: whoever runs it (a desk's sync thread, `orderdesk sync
--watch` on a server) holds the channel's advisory lock while it pulls and pushes; the others stand by.

The lock lives on a connection of its own, kept open as long as the engine runs: when the holder dies, its
connection drops, PostgreSQL frees the lock, and the next standby engine to ask (each poll) takes the channel
over. Nothing is written to say who holds what: PostgreSQL's own pg_locks and pg_stat_activity say it (the lock
connection's application_name names the engine), so a dead holder can never be left behind in a table.
On SQLite (one machine) every engine may sync every channel; the outbox's claims keep them apart.
"""

from __future__ import annotations

import logging
import threading
import zlib
from typing import Any

import peewee

from orderdesk.store.db import is_postgres
from orderdesk.store.models import database_proxy

log = logging.getLogger(__name__)

APPLICATION_PREFIX = "orderdesk sync "  # + the engine's "host:pid", the application_name of the lock connection


def _namespace(schema: str) -> int:
    """The first key of the channel locks: one per database schema, so two desks' schemas on one server (as the
    tests have) never share a lock, and no other program's advisory locks are likely to collide with ours."""
    return zlib.crc32(f"orderdesk.sync:{schema}".encode()) & 0x7FFFFFFF


class ChannelHolds:
    """The channels this engine syncs on a shared database, and the connection that holds their locks."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._connection: Any = None
        self._namespace = 0
        self._held: set[int] = set()
        self._guard = threading.Lock()

    def shared(self) -> bool:
        """Whether engines on other machines may sync this database's channels (PostgreSQL)."""
        db = database_proxy.obj
        return db is not None and is_postgres(db)

    def hold(self, channel_id: int) -> bool:
        """Whether this engine may sync the channel now: it holds the channel's lock (taken now if free)."""
        db = database_proxy.obj
        if db is None or not is_postgres(db):
            return True
        with self._guard:
            try:
                cursor = self._open(db).cursor()
                if channel_id in self._held:
                    cursor.execute("SELECT 1")  # the connection, and so the lock, is still there
                    return True
                cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", (self._namespace, channel_id))
                taken = bool(cursor.fetchone()[0])
            except Exception as exc:  # noqa: BLE001 - any failure of the lock connection: the locks went with it
                log.warning("The connection holding the channel locks was lost (%s); asking again.", exc)
                self._forget()
                return False
            if taken:
                self._held.add(channel_id)
                log.info("This engine (%s) now syncs channel %s.", self.label, channel_id)
            return taken

    def holding(self) -> set[int]:
        return set(self._held)

    def release_all(self) -> None:
        """Give every channel up (the engine stops): a standby engine takes them at its next poll."""
        with self._guard:
            self._forget()

    def _open(self, db: peewee.PostgresqlDatabase) -> Any:
        if self._connection is None or self._connection.closed:
            self._held.clear()
            connection = db._connect()  # type: ignore[attr-defined]  # its own, with the desk's parameters
            connection.autocommit = True
            cursor = connection.cursor()
            cursor.execute("SET application_name = %s", (f"{APPLICATION_PREFIX}{self.label}"[:63],))
            cursor.execute("SELECT current_schema()")
            self._namespace = _namespace(str(cursor.fetchone()[0]))
            self._connection = connection
        return self._connection

    def _forget(self) -> None:
        self._held.clear()
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:  # noqa: BLE001 - closing a broken connection may fail; it is gone either way
                pass
        self._connection = None


def holders() -> dict[int, str]:
    """Channel id -> the engine ("host:pid") that syncs it now, on a shared PostgreSQL database ({} on SQLite)."""
    db = database_proxy.obj
    if db is None or not is_postgres(db):
        return {}
    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    rows = db.execute_sql(
        "SELECT l.objid::bigint, a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid::bigint = %s",
        (_namespace(str(schema)),),
    ).fetchall()
    return {int(channel_id): str(name).removeprefix(APPLICATION_PREFIX) for channel_id, name in rows}


def host_of(label: str) -> str:
    """The host part of an engine's "host:pid"."""
    return label.rsplit(":", 1)[0]
