"""Change notices on a shared PostgreSQL database: every desk hears which orders changed and that the sync log grew,
within moments, without reading any table to find out.

Triggers on the order and sync-log tables send `NOTIFY orderdesk_changes, '<kind>:<schema>:<id>'` when a row is
written (PostgreSQL delivers them at commit, once per distinct payload); a desk LISTENs on a connection of its
own and reads what arrived without waiting (ChangeListener.take). The schema in the payload keeps apart the desks
of two schemas on one server. SQLite has no such thing: there the window asks `PRAGMA data_version`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import peewee

from orderdesk.store.db import is_postgres
from orderdesk.store.models import Order, SyncLogEntry

log = logging.getLogger(__name__)

CHANNEL = "orderdesk_changes"
FUNCTION = "orderdesk_change_notice"
TRIGGERS = {
    "orderdesk_order_notice": (Order, "INSERT OR UPDATE", "order"),
    "orderdesk_log_notice": (SyncLogEntry, "INSERT", "log"),
}


def _installed(db: peewee.Database) -> bool:
    row = db.execute_sql(
        "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND t.tgname = ANY(%s)",
        (list(TRIGGERS),),
    ).fetchone()
    return bool(row and row[0] == len(TRIGGERS))


def install(db: peewee.Database) -> bool:
    """Create the notice triggers where missing (PostgreSQL; idempotent, one catalogue query when in place); True
    when the database has them. A login without the right to create them (an operator's) leaves them to the
    admin's `db upgrade`, and its desk falls back to looking for new rows each second."""
    if not is_postgres(db):
        return False
    if _installed(db):
        return True
    try:
        with db.atomic():
            db.execute_sql(
                f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"PERFORM pg_notify('{CHANNEL}', TG_ARGV[0] || ':' || current_schema() || ':' || NEW.id); "
                "RETURN NULL; END $$"
            )
            for name, (model, events, kind) in TRIGGERS.items():
                db.execute_sql(
                    f'CREATE OR REPLACE TRIGGER {name} AFTER {events} ON "{model._meta.table_name}" '
                    f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}('{kind}')"
                )
    except peewee.DatabaseError as exc:
        log.warning("Change notices are not installed (%s); desks look for new rows each second instead.", exc)
        return False
    return True


@dataclass
class Changes:
    orders: set[int] = field(default_factory=set)
    log_lines: int = 0


class ChangeListener:
    """LISTENs for change notices on a connection of its own; `fileno()` is the socket to watch for them."""

    def __init__(self, db: peewee.PostgresqlDatabase) -> None:
        self._connection: Any = db._connect()  # type: ignore[attr-defined]  # its own, with the desk's parameters
        self._connection.autocommit = True
        cursor = self._connection.cursor()
        cursor.execute("SET application_name = 'orderdesk desk'")
        cursor.execute("SELECT current_schema()")
        self._schema = str(cursor.fetchone()[0])
        cursor.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return int(self._connection.fileno())

    def take(self) -> Changes:
        """What was notified since the last call, without waiting (no query is sent)."""
        changes = Changes()
        self._connection.poll()
        while self._connection.notifies:
            notice = self._connection.notifies.pop(0)
            kind, _, rest = str(notice.payload).partition(":")
            schema, _, row_id = rest.rpartition(":")
            if schema != self._schema or not row_id.isdigit():
                continue
            if kind == "order":
                changes.orders.add(int(row_id))
            elif kind == "log":
                changes.log_lines += 1
        return changes

    def close(self) -> None:
        try:
            self._connection.close()
        except Exception:  # noqa: BLE001 - a connection that broke is closed either way
            pass
