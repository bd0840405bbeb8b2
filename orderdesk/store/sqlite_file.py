"""What a file named as the order database is, found out before anything is written to it.

OrderDesk refuses, leaving the file exactly as it was, a file that is not SQLite and a SQLite file of another
program (tables, none of them OrderDesk's). A file or folder this user cannot write is opened read-only.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from orderdesk.core.text import translate
from orderdesk.store.db_errors import DatabaseLocked, DatabaseUnavailable, is_locked

SQLITE_HEADER = b"SQLite format 3\x00"
# Any of these tells an OrderDesk database (schema 1 had no version table).
OUR_TABLES = {"schema_version", "order"}


@dataclass(frozen=True)
class SqliteFile:
    path: Path | None
    read_only: bool = False
    uri: str = ""  # how to open it read-only (mode=ro, or immutable=1 in a folder where no -shm can be made)


def inspect(path: Path, timeout_s: float = 10.0) -> SqliteFile:
    """The file as it stands; raises DatabaseUnavailable, in plain words, for a file OrderDesk must not touch."""
    if path.is_dir():
        raise DatabaseUnavailable(translate("Database", "{path} is a folder, not a database file.", path=path))
    folder_writable = os.access(path.parent, os.W_OK) if path.parent.exists() else True
    if not path.exists():
        if not folder_writable:
            raise DatabaseUnavailable(
                translate("Database", "Cannot create the order database {path}: its folder is read-only.", path=path)
            )
        return SqliteFile(path)
    _check_header(path)
    read_only = not os.access(path, os.W_OK) or not folder_writable
    if path.stat().st_size == 0:
        if read_only:
            raise DatabaseUnavailable(
                translate(
                    "Database", "The order database {path} is empty and read-only: there is nothing to show.", path=path
                )
            )
        return SqliteFile(path)
    uri, tables = _read_tables(path, folder_writable, timeout_s)
    if tables and not tables & OUR_TABLES:
        sample = ", ".join(sorted(tables)[:3])
        raise DatabaseUnavailable(
            translate(
                "Database",
                "{path} is another program's database (it holds tables such as {tables} and no OrderDesk orders); "
                "OrderDesk leaves it as it is. Name a new file or an OrderDesk database.",
                path=path,
                tables=sample,
            )
        )
    return SqliteFile(path, read_only=read_only, uri=uri if read_only else "")


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailable(unreadable(path, exc.strerror or exc)) from exc
    if head and head != SQLITE_HEADER:
        raise DatabaseUnavailable(
            translate(
                "Database",
                "{path} is not an OrderDesk database (it is not a SQLite file); OrderDesk leaves it as it is.",
                path=path,
            )
        )


def _read_tables(path: Path, folder_writable: bool, timeout_s: float) -> tuple[str, set[str]]:
    """The tables in the file, read without writing; and the read-only URI that could read them."""
    uris = [f"{path.as_uri()}?mode=ro"]
    if not folder_writable:
        # A WAL file in a read-only folder cannot get its shared-memory file: read it as a file nobody changes.
        uris.append(f"{path.as_uri()}?immutable=1")
    problem: sqlite3.Error | None = None
    for uri in uris:
        try:
            con = sqlite3.connect(uri, uri=True, timeout=timeout_s)
            try:
                rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            finally:
                con.close()
        except sqlite3.Error as exc:
            problem = exc
            continue
        return uri, {str(name) for (name,) in rows if not str(name).startswith("sqlite_")}
    if problem is not None and is_locked(problem):
        raise DatabaseLocked(
            translate(
                "Database", "The order database {path} is locked by another program; try again in a moment.", path=path
            )
        )
    raise DatabaseUnavailable(unreadable(path, problem))


def unreadable(path: Path, problem: object) -> str:
    return translate("Database", "The order database {path} cannot be read: {problem}.", path=path, problem=problem)
