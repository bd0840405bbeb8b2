"""The search box's index: any part of an order's reference, customer name, e-mail or consignment number.

A "contains" search cannot use a B-tree index, so on a million orders it read the whole table (about a second).
SQLite's FTS5 with the trigram tokenizer indexes every three-character piece instead, case-insensitively, and
answers in milliseconds. Triggers keep it in step with the order table inside the same transaction, so no
code path has to remember it. PostgreSQL (and a SQLite built without FTS5 trigram support) falls back to
LIKE, which is correct, only slower.
"""

from __future__ import annotations

import peewee

from orderdesk.store.models import database_proxy

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


def install(db: peewee.Database) -> bool:
    """Create the index and its triggers where missing and fill it; True when the database has it.

    Idempotent and cheap when all is in place, so it runs after every migration: a step that rebuilds the
    order table drops its triggers, and this puts them back.
    """
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


def has_index() -> bool:
    db = database_proxy
    return _sqlite(db) and TABLE in {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master")}


def orders_containing(text: str) -> peewee.Node | None:
    """A subquery of the ids of orders whose indexed fields contain `text`; None when the index cannot answer
    (too short a text, or no index in this database)."""
    if len(text) < MIN_LENGTH or not has_index():
        return None
    phrase = '"' + text.replace('"', '""') + '"'
    return peewee.EnclosedNodeList([peewee.SQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?", [phrase])])
