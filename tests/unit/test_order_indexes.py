"""Schema 10: a pulled order touches no index it does not need. The e-mail's index is gone (the search finds any
part of an address through FTS5, which a B-tree cannot serve), and the parent's keeps only split parts; finding an
order's parts still uses it, on a new database and on one migrated from schema 9."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from orderdesk.store import migrations
from orderdesk.store.db import open_database
from orderdesk.store.models import PARENT_INDEX, database_proxy


def order_indexes(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'order'")
        return {name: sql or "" for name, sql in rows}


def parents_plan(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return " ".join(row[3] for row in con.execute('EXPLAIN QUERY PLAN SELECT id FROM "order" WHERE parent_id = 7'))


def test_a_new_database_indexes_split_parts_only_and_no_e_mail(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(str(path))
    database_proxy.close()
    indexes = order_indexes(path)
    assert "order_customer_email" not in indexes and "order_parent_id" not in indexes
    assert "IS NOT NULL" in indexes[PARENT_INDEX]
    assert PARENT_INDEX in parents_plan(path)


def test_a_schema_9_database_is_brought_to_the_same_indexes(tmp_path: Path) -> None:
    path = tmp_path / "v9.sqlite3"
    open_database(str(path))
    database_proxy.close()
    with sqlite3.connect(path) as con:  # as schema 9 left it
        con.execute(f'DROP INDEX "{PARENT_INDEX}"')
        con.execute('CREATE INDEX "order_parent_id" ON "order" ("parent_id")')
        con.execute('CREATE INDEX "order_customer_email" ON "order" ("customer_email")')
        con.execute(f"UPDATE {migrations.VERSION_TABLE} SET version = 9")
    fresh = tmp_path / "fresh.sqlite3"
    open_database(str(fresh))
    database_proxy.close()
    open_database(str(path))
    database_proxy.close()
    assert order_indexes(path) == order_indexes(fresh)
    assert PARENT_INDEX in parents_plan(path)
