import sqlite3
from decimal import Decimal
from pathlib import Path

import peewee
import pytest

from orderdesk.store import migrations, search_index
from orderdesk.store.db import DatabaseUnavailable, open_database
from orderdesk.store.models import Channel, Order, OutboxEvent, model_columns
from orderdesk.store.queries import OrderFilter, list_orders

V1_DUMP = Path(__file__).parent.parent / "data" / "schema_v1.sql"


def columns(path: Path) -> dict[str, set[str]]:
    with sqlite3.connect(path) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        kept = [t for t in tables if t != "schema_version" and not t.startswith(search_index.TABLE)]
        return {t: {r[1] for r in con.execute(f'PRAGMA table_info("{t}")')} for t in kept}


def v1_database(path: Path) -> Path:
    with sqlite3.connect(path) as con:
        con.executescript(V1_DUMP.read_text(encoding="utf-8"))
    return path


def test_a_new_database_has_exactly_the_current_schema(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(str(path)).close()
    assert columns(path) == model_columns()


def test_first_schema_opens_in_this_version_with_nothing_lost(tmp_path):
    path = v1_database(tmp_path / "old.sqlite3")
    db = open_database(str(path))
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    assert columns(path) == model_columns()
    order = Order.get(Order.reference == "AFF-1001")
    assert order.customer_name == "Zoë Åkerlund" and order.total == order.lines_total + order.shipping_total
    assert order.total == Decimal("64.85") and order.commission == Decimal("5.99") and order.version == 3
    assert order.shipping_address["city"] == "Łódź"
    event = OutboxEvent.get_by_id(1)
    assert event.state == "pending" and event.lease_until is None
    assert Channel.get(Channel.name == "shop").paused_until is None
    assert [o.reference for o in list_orders(OrderFilter(search="kerlu"))] == ["AFF-1001"]  # indexed on the way
    db.close()


def test_the_sqlite_file_is_backed_up_before_migrating(tmp_path):
    path = v1_database(tmp_path / "old.sqlite3")
    open_database(str(path)).close()
    backup = tmp_path / "old.sqlite3.v1.bak"
    assert backup.exists()
    assert "lease_until" not in columns(backup)["outbox_event"]
    with sqlite3.connect(backup) as con:
        assert con.execute('SELECT reference FROM "order"').fetchall() == [("AFF-1001",)]


def test_a_failing_migration_rolls_back_and_leaves_the_old_schema(tmp_path, monkeypatch):
    path = v1_database(tmp_path / "old.sqlite3")

    def broken(migrator):
        migrator.database.execute_sql('ALTER TABLE "channel" ADD COLUMN "half_done" INTEGER')
        raise peewee.OperationalError("simulated failure halfway")

    monkeypatch.setitem(migrations.MIGRATIONS, 2, broken)
    with pytest.raises(DatabaseUnavailable, match="simulated failure halfway"):
        open_database(str(path))
    assert "half_done" not in columns(path)["channel"]
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT version FROM schema_version").fetchone() == (1,)


def test_a_database_from_a_newer_orderdesk_is_refused_plainly(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(str(path)).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(DatabaseUnavailable, match="newer OrderDesk"):
        open_database(str(path))


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    db = open_database(str(tmp_path / "x.sqlite3"))
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    db.close()


def test_default_database_lives_in_the_user_data_folder(monkeypatch, tmp_path):
    from orderdesk.store.db import resolve_url

    monkeypatch.setenv("ORDERDESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.delenv("ORDERDESK_DB")
    assert resolve_url(None).endswith("orderdesk.sqlite3")
    assert "data" in resolve_url(None)
