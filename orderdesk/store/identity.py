"""This database's own identity: a UUID made when the database is created (or brought to schema 6), never changed."""

from __future__ import annotations

import uuid

import peewee

from orderdesk.store.models import DatabaseIdentity, database_proxy


def install(db: peewee.Database) -> str:
    """Give the database its identity unless it has one; returns it."""
    existing = db.execute_sql(f'SELECT uuid FROM "{DatabaseIdentity._meta.table_name}" LIMIT 1').fetchone()
    if existing is not None:
        return str(existing[0])
    made = str(uuid.uuid4())
    db.execute_sql(f'INSERT INTO "{DatabaseIdentity._meta.table_name}" (uuid) VALUES ({db.param})', (made,))
    return made


def database_id() -> str:
    """The identity of the open database (made now if it somehow has none)."""
    row = DatabaseIdentity.select(DatabaseIdentity.uuid).order_by(DatabaseIdentity.id).first()
    if row is not None:
        return str(row.uuid)
    with database_proxy.atomic():
        return install(database_proxy.obj)
