"""Why the order database cannot be used: conditions of the environment, told to the operator in plain words."""

from __future__ import annotations

import sqlite3

import peewee


class DatabaseUnavailable(Exception):
    """The environment, not the operator, stopped us from opening the database: say so plainly."""


class DatabaseLocked(DatabaseUnavailable):
    """Another program held the database's write lock for longer than the busy timeout: a passing condition."""


class DatabaseReadOnly(DatabaseUnavailable):
    """The database can be read but not written (a read-only file or folder): changes are not possible."""


def is_locked(exc: BaseException) -> bool:
    """True when SQLite gave up waiting for another connection's lock (busy timeout over, or a stale snapshot)."""
    text = str(exc).lower()
    return isinstance(exc, peewee.OperationalError | sqlite3.OperationalError) and (
        "database is locked" in text or "database is busy" in text or "database table is locked" in text
    )
