"""Opening the database from a URL: SQLite by default (WAL, foreign keys, busy timeout), PostgreSQL too."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import peewee
from playhouse.db_url import connect

from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.store import pg_rights, sqlite_file
from orderdesk.store.db_errors import DatabaseLocked as DatabaseLocked
from orderdesk.store.db_errors import DatabaseReadOnly as DatabaseReadOnly
from orderdesk.store.db_errors import DatabaseUnavailable as DatabaseUnavailable
from orderdesk.store.db_errors import is_locked as is_locked
from orderdesk.store.models import database_proxy

ENV_VAR = "ORDERDESK_DB"
BUSY_TIMEOUT_MS = 10_000
MISSING_POSTGRESQL_DRIVER = QT_TRANSLATE_NOOP(
    "Database",
    "A PostgreSQL database needs the psycopg2 driver, which is not installed: install orderdesk[postgresql] "
    "(pip install 'orderdesk[postgresql]').",
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
    path = path[1:] if path.startswith("/") else path  # as peewee reads it: sqlite:////abs/file, sqlite:///rel/file
    if path in ("", ":memory:"):
        return None
    return Path(path)


class ReadOnlySqliteDatabase(peewee.SqliteDatabase):
    """A SQLite file this user cannot write (file or folder): it can be listed and shown, never changed."""


def open_database(url: str | None = None, *, read_only_ok: bool = False) -> peewee.Database:
    """Connect, bind the models to it and bring its schema to the current version.

    A read-only SQLite file is opened as it is (no migration) when `read_only_ok`, else refused plainly."""
    from orderdesk.store.migrations import check_readable, migrate

    resolved = resolve_url(url)
    db = connect_url(resolved)
    if isinstance(db, ReadOnlySqliteDatabase) and not read_only_ok:
        raise DatabaseReadOnly(
            translate(
                "Database",
                "The order database {database} is read-only, so changes are not possible.",
                database=describe(resolved),
            )
        )
    database_proxy.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if isinstance(db, ReadOnlySqliteDatabase):
            check_readable(db, describe(resolved))
        else:
            migrate(db, sqlite_path(resolved))
    except peewee.DatabaseError as exc:
        refused = pg_rights.refusal_words(db, exc, describe(resolved)) if is_postgres(db) else None
        db.close()
        if refused is not None:
            raise DatabaseUnavailable(refused) from exc
        if is_locked(exc):
            raise DatabaseLocked(
                translate(
                    "Database",
                    "The order database at {database} is locked by another program; try again in a moment.",
                    database=describe(resolved),
                )
            ) from exc
        raise DatabaseUnavailable(
            translate(
                "Database",
                "The order database at {database} could not be opened: {problem}",
                database=describe(resolved),
                problem=exc,
            )
        ) from exc
    except DatabaseUnavailable:
        db.close()
        raise
    return db


def is_read_only(db: peewee.Database | peewee.DatabaseProxy) -> bool:
    target = db.obj if isinstance(db, peewee.DatabaseProxy) else db
    return isinstance(target, ReadOnlySqliteDatabase)


def connect_url(url: str) -> peewee.Database:
    scheme = urlparse(url).scheme
    if not scheme.startswith(("sqlite", "postgres")):
        raise DatabaseUnavailable(
            translate(
                "Database",
                "OrderDesk keeps its orders in a SQLite file or PostgreSQL; {database} is neither.",
                database=describe(url),
            )
        )
    if scheme.startswith("postgres"):
        _check_postgresql_driver()
    path = sqlite_path(url)
    found = sqlite_file.SqliteFile(path) if path is None else sqlite_file.inspect(path, BUSY_TIMEOUT_MS / 1000)
    if path is not None and not found.read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                translate(
                    "Database",
                    "Cannot create the folder for the order database {folder}: {problem}",
                    folder=path.parent,
                    problem=exc,
                )
            ) from exc
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
    if found.read_only:
        # Nothing that writes: no journal mode change, no write lock at BEGIN.
        pragmas = {"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS, "query_only": 1}
        return ReadOnlySqliteDatabase(found.uri, uri=True, pragmas=pragmas, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        return connect(url, **kwargs)
    except (ImportError, RuntimeError, peewee.ImproperlyConfigured) as exc:
        raise DatabaseUnavailable(
            translate(
                "Database",
                "{database} needs a driver that is not installed: {problem}",
                database=describe(url),
                problem=exc,
            )
        ) from exc


def _check_postgresql_driver() -> None:
    """Refuse plainly when psycopg2 is missing; peewee would only notice at the first query, with a traceback."""
    try:
        import psycopg2  # noqa: F401
    except ImportError as exc:
        raise DatabaseUnavailable(translate("Database", MISSING_POSTGRESQL_DRIVER)) from exc


def describe(url: str) -> str:
    """The URL with any password blanked (a SQLite file: its path), fit for a message."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
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
