"""SQLite's planner statistics, kept about as big as the order table.

Without them SQLite cannot tell that the order table's channel column holds a handful of values, so a lookup by
external id alone (a barcode scan, the exact part of a search) read every order instead of skipping through the
(channel, external id) index: a full scan per scan at a million orders. The benchmarks ran on databases whose
generator had run ANALYZE; a desk's own database never had. Statistics are taken again when the order table has
doubled or halved since they were last taken: 0.6 s for a million orders on a 2-core box, by the sync engine
after a pull or an import, not the window. (A sampling limit made it 0.04 s but misjudged the skewed columns:
a thousand rows a channel, a thousand a sync state.) PostgreSQL's autovacuum keeps its own.
"""

from __future__ import annotations

import logging
import time

import peewee

from orderdesk.store.models import Order, database_proxy

log = logging.getLogger("orderdesk.store")

SMALL_TABLE = 1000  # below this many orders any plan is quick: no statistics needed yet


def refresh_if_stale() -> bool:
    """Take the statistics again when the order table has grown or shrunk twofold since they were taken (or they
    never were); True when they were taken."""
    db = database_proxy.obj
    if not isinstance(db, peewee.SqliteDatabase):
        return False
    table = Order._meta.table_name
    counted = _rows_when_analyzed(db, table)
    # The highest id first: one step down an index, where COUNT(*) reads a million entries; it overstates the
    # orders of a desk that deleted many, so the count decides when the highest id says the statistics are stale.
    for sql in (f'SELECT MAX("id") FROM "{table}"', f'SELECT COUNT(*) FROM "{table}"'):
        orders = db.execute_sql(sql).fetchone()[0] or 0
        if orders < SMALL_TABLE or (counted is not None and counted / 2 <= orders <= counted * 2):
            return False
    started = time.monotonic()
    db.execute_sql("ANALYZE")
    log.info("Planner statistics taken for %s orders in %.2f s.", f"{orders:,}", time.monotonic() - started)
    return True


def recorded() -> str | None:
    """What the statistics say of the order table's indexes, to tell when another connection took them again (None:
    none taken, or not SQLite)."""
    db = database_proxy.obj
    if not isinstance(db, peewee.SqliteDatabase) or not _have_table(db):
        return None
    sql = "SELECT group_concat(idx || ' ' || stat, '; ') FROM sqlite_stat1 WHERE tbl = ?"
    text = db.execute_sql(sql, (Order._meta.table_name,)).fetchone()[0]
    return str(text) if text else None


def reload() -> None:
    """Make this connection plan with statistics another connection took (SQLite loads them only when it opens)."""
    database_proxy.execute_sql("ANALYZE sqlite_schema")


def _rows_when_analyzed(db: peewee.SqliteDatabase, table: str) -> int | None:
    """The order table's row count as the statistics last recorded it (None: none recorded)."""
    if not _have_table(db):
        return None
    row = db.execute_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", (table,)).fetchone()
    if row is None:
        return None
    try:
        return int(str(row[0]).split()[0])
    except (ValueError, IndexError):
        return None


def _have_table(db: peewee.SqliteDatabase) -> bool:
    return db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is not None
