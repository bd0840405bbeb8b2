"""The search box's index: any part of an order's reference, customer name, e-mail or consignment number.

A "contains" search cannot use a B-tree index, so on a million orders it read the whole table (about a second).
SQLite's FTS5 with the trigram tokenizer indexes every three-character piece instead, case-insensitively, and
answers in milliseconds. Triggers keep it in step with the order table inside the same transaction, so no
code path has to remember it. On PostgreSQL a pg_trgm GIN index on the same columns serves the search's ILIKE
(PostgreSQL keeps it in step itself); a SQLite without FTS5 trigram support, or a PostgreSQL where pg_trgm may
not be created, falls back to a plain LIKE, which is correct, only slower.
"""

from __future__ import annotations

import peewee

from orderdesk.store.models import Order, database_proxy

TABLE = "order_search"
COLUMNS = ("reference", "customer_name", "customer_email", "consignment_number")
MIN_LENGTH = 3  # a trigram index cannot answer for fewer characters

_CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5({', '.join(COLUMNS)},"
    " content='order', content_rowid='id', tokenize='trigram')"
)
_new = ", ".join(f"new.{c}" for c in COLUMNS)
_old = ", ".join(f"old.{c}" for c in COLUMNS)
_columns = ", ".join(COLUMNS)
_insert_new = f"INSERT INTO {TABLE} (rowid, {_columns}) VALUES (new.id, {_new});"
_delete_old = f"INSERT INTO {TABLE} ({TABLE}, rowid, {_columns}) VALUES ('delete', old.id, {_old});"
TRIGGERS = {
    f"{TABLE}_after_insert": f'AFTER INSERT ON "order" BEGIN {_insert_new} END',
    f"{TABLE}_after_delete": f'AFTER DELETE ON "order" BEGIN {_delete_old} END',
    f"{TABLE}_after_update": f'AFTER UPDATE OF {_columns} ON "order" BEGIN {_delete_old} {_insert_new} END',
}


def _sqlite(db: peewee.Database | peewee.DatabaseProxy) -> bool:
    target = db.obj if isinstance(db, peewee.DatabaseProxy) else db
    return isinstance(target, peewee.SqliteDatabase)


PG_INDEX = "order_search_trgm"


def _install_postgresql(db: peewee.Database) -> bool:
    columns = ", ".join(f"{column} gin_trgm_ops" for column in COLUMNS)
    try:
        with db.atomic():
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            db.execute_sql(f'CREATE INDEX IF NOT EXISTS {PG_INDEX} ON "order" USING gin ({columns})')
    except peewee.DatabaseError:
        return False  # pg_trgm is not installed on the server, or this login may not create it: LIKE will do
    return True


def install(db: peewee.Database) -> bool:
    """Create the index and its triggers where missing and fill it; True when the database has it.

    Idempotent and cheap when all is in place, so it runs after every migration: a step that rebuilds the
    order table drops its triggers, and this puts them back.
    """
    if isinstance(db, peewee.PostgresqlDatabase):
        return _install_postgresql(db)
    if not _sqlite(db):
        return False
    existing = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    missing = [name for name in TRIGGERS if name not in existing]
    if TABLE in existing and not missing:
        return True
    try:
        with db.atomic():
            db.execute_sql(_CREATE_TABLE)
            for name in missing:
                db.execute_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {TRIGGERS[name]}")
            db.execute_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('rebuild')")
    except peewee.OperationalError:
        return False  # an SQLite without FTS5 or its trigram tokenizer (older than 3.34): LIKE will do
    return True


def escape_like(text: str) -> str:
    """`text` as a literal inside a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _postgres() -> bool:
    return isinstance(database_proxy.obj, peewee.PostgresqlDatabase)


def has_index() -> bool:
    db = database_proxy
    if _postgres():
        found = db.execute_sql("SELECT 1 FROM pg_indexes WHERE indexname = %s", (PG_INDEX,)).fetchone()
        return found is not None
    return _sqlite(db) and TABLE in {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master")}


def orders_containing(text: str, after: int | None = None, upto: int | None = None) -> peewee.Node | None:
    """A subquery of the ids of orders whose indexed fields contain `text` (only ids in after < id <= upto when
    given); None when the index cannot answer (too short a text, or no index in this database)."""
    if len(text) < MIN_LENGTH or not has_index():
        return None
    if _postgres():
        # Its own subquery, so the planner answers it from the trigram index (ORed with the other search
        # conditions in one WHERE, it would read the whole table).
        pattern = "%" + escape_like(text) + "%"
        matches = [getattr(Order, column) ** pattern for column in COLUMNS]
        condition = matches[0]
        for match in matches[1:]:
            condition = condition | match
        return Order.select(Order.id).where(condition)
    # FTS5 answers a rowid range from its own index: the new orders of a refresh are looked up among themselves,
    # not among all the orders that contain a common name.
    sql = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?"
    params: list[object] = [_phrase(text)]
    if after is not None:
        sql, params = sql + " AND rowid > ?", [*params, after]
    if upto is not None:
        sql, params = sql + " AND rowid <= ?", [*params, upto]
    return peewee.EnclosedNodeList([peewee.SQL(sql, params)])


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def newest_matches(text: str, count: int) -> tuple[int, int]:
    """How many of the newest `count` orders containing `text` there are, and the oldest id among them: how densely
    the matches lie (SQLite's index only; (0, 0) where it cannot say). Cheap: the index hands out matches one by
    one in id order, and this stops at `count`."""
    if len(text) < MIN_LENGTH or _postgres() or not has_index():
        return 0, 0
    newest = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rowid DESC LIMIT ?"
    sql = f"SELECT count(*), min(rowid) FROM ({newest})"
    row = database_proxy.execute_sql(sql, (_phrase(text), count)).fetchone()
    return int(row[0]), int(row[1] or 0)
