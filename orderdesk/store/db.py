"""Opening the database from a URL: SQLite by default (WAL, foreign keys, busy timeout), PostgreSQL too."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import peewee
from playhouse.db_url import connect

from orderdesk.store.models import database_proxy

ENV_VAR = "ORDERDESK_DB"
BUSY_TIMEOUT_MS = 10_000


class DatabaseUnavailable(Exception):
    """The environment, not the operator, stopped us from opening the database: say so plainly."""


class DatabaseLocked(DatabaseUnavailable):
    """Another program held the database's write lock for longer than the busy timeout: a passing condition."""


def is_locked(exc: BaseException) -> bool:
    """True when SQLite gave up waiting for another connection's lock (busy timeout over, or a stale snapshot)."""
    text = str(exc).lower()
    return isinstance(exc, peewee.OperationalError | sqlite3.OperationalError) and (
        "database is locked" in text or "database is busy" in text or "database table is locked" in text
    )


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("OrderDesk", "OrderDesk"))


def default_url() -> str:
    return f"sqlite:///{default_data_dir() / 'orderdesk.sqlite3'}"


def resolve_url(url: str | None) -> str:
    """The --db option, else $ORDERDESK_DB, else the SQLite file in the user's data folder. A bare path is a file."""
    url = url or os.environ.get(ENV_VAR) or default_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def sqlite_path(url: str) -> Path | None:
    """The file behind a sqlite URL, or None (an in-memory or non-SQLite database)."""
    parsed = urlparse(url)
    if not parsed.scheme.startswith("sqlite"):
        return None
    path = unquote(url.split("://", 1)[1])
    if path in ("", "/:memory:", ":memory:"):
        return None
    return Path(path)


def open_database(url: str | None = None) -> peewee.Database:
    """Connect, bind the models to it and bring its schema to the current version."""
    from orderdesk.store.migrations import migrate

    resolved = resolve_url(url)
    db = connect_url(resolved)
    database_proxy.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        migrate(db, sqlite_path(resolved))
    except peewee.OperationalError as exc:
        if is_locked(exc):
            raise DatabaseLocked(
                f"The order database at {describe(resolved)} is locked by another program; try again in a moment."
            ) from exc
        raise DatabaseUnavailable(f"The order database at {describe(resolved)} could not be opened: {exc}") from exc
    return db


def connect_url(url: str) -> peewee.Database:
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(f"Cannot create the folder for the order database {path.parent}: {exc}") from exc
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        kwargs["pragmas"] = {
            "journal_mode": "wal",
            "foreign_keys": 1,
            "busy_timeout": BUSY_TIMEOUT_MS,
            "synchronous": "normal",
        }
        kwargs["timeout"] = BUSY_TIMEOUT_MS / 1000
        # Our transactions write. Taking the write lock at BEGIN makes a busy writer wait (busy timeout)
        # instead of failing at once when a read snapshot turns out stale in WAL mode.
        kwargs["lock_type"] = "IMMEDIATE"
    try:
        return connect(url, **kwargs)
    except (ImportError, RuntimeError) as exc:
        raise DatabaseUnavailable(f"{describe(url)} needs a driver that is not installed: {exc}") from exc


def describe(url: str) -> str:
    """The URL with any password blanked, fit for a message."""
    parsed = urlparse(url)
    if parsed.password:
        netloc = parsed.netloc.replace(f":{parsed.password}@", ":***@")
        return parsed._replace(netloc=netloc).geturl()
    return url


def is_postgres(db: peewee.Database) -> bool:
    return isinstance(db, peewee.PostgresqlDatabase)


def transaction() -> Any:
    """One atomic unit of work on the open database (nested calls become savepoints)."""
    return database_proxy.atomic()
