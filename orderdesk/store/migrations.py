"""Versioned schema migrations with playhouse.migrate: each in one transaction, the SQLite file backed up first.

A new database gets the current tables and the latest version at once. An existing one is brought up
step by step from the version it records. Migrations are plain functions in this module (no files
discovered at run time), so they work the same from source and from the PyInstaller bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import peewee
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator
from playhouse.migrate import migrate as run_operations

from orderdesk.core.text import translate
from orderdesk.store import backup, change_notices, desk_users, identity, pg_rights, search_index
from orderdesk.store import models as m
from orderdesk.store.db_errors import DatabaseUnavailable

VERSION_TABLE = "schema_version"


def _v2_sync_claims_and_pauses(migrator: SchemaMigrator) -> None:
    """v2: outbox claims carry a lease (crash safety); a channel can be paused by rate limits."""
    run_operations(
        migrator.add_column("outbox_event", "lease_until", m.OutboxEvent.lease_until),
        migrator.add_column("outbox_event", "claimed_by", m.OutboxEvent.claimed_by),
        migrator.add_column("channel", "paused_until", m.Channel.paused_until),
        migrator.add_column("channel", "state_message", m.Channel.state_message),
    )


def _v3_remote_fingerprints(migrator: SchemaMigrator) -> None:
    """v3: orders remember a digest of the channel's record, so re-pulling unchanged orders writes nothing."""
    run_operations(migrator.add_column("order", "remote_fingerprint", m.Order.remote_fingerprint))


def _v4_remote_base(migrator: SchemaMigrator) -> None:
    """v4: orders keep the channel's version as last taken in, so a pull can tell which part it changed."""
    run_operations(migrator.add_column("order", "remote_base", m.Order.remote_base))


def _v5_order_search_index(migrator: SchemaMigrator) -> None:
    """v5: the search box finds any part of a reference, name, e-mail or consignment number (SQLite)."""
    search_index.install(migrator.database)


def _v6_database_identity(migrator: SchemaMigrator) -> None:
    """v6: the database gets its own id, which keys its secrets in the OS keyring (they were keyed by the channel's
    name alone, so two databases with a channel "Shared" shared one token). The keyring is not touched here: a
    migration must not depend on a keyring being unlocked. Each channel of this database is marked, and its
    secrets are copied from the old name-only entries on first use (services.channels)."""
    db = migrator.database
    db.create_tables([m.DatabaseIdentity])
    identity.install(db)
    run_operations(migrator.add_column("channel", "legacy_secrets", m.Channel.legacy_secrets))
    m.Channel.update(legacy_secrets=True).execute(db)


def _v7_invoices_and_stock(migrator: SchemaMigrator) -> None:
    """v7: an order keeps the channel's invoice id; the stock queue (quantity to publish per channel and SKU)."""
    run_operations(migrator.add_column("order", "invoice_id", m.Order.invoice_id))
    migrator.database.create_tables([m.StockLevel])


def _v8_purchases(migrator: SchemaMigrator) -> None:
    """v8: purchases of desk orders on OT Platform and the autopurchase activities that follow them."""
    migrator.database.create_tables([m.Purchase, m.PurchaseActivity])


def _v9_roles(migrator: SchemaMigrator) -> None:
    """v9: who may do what. A SQLite file names each OS login's role, the one bringing it here its admin; a
    PostgreSQL database gets its group roles and privileges. Both after the steps (install_rights). And the sync
    log's outcome gets room for every outcome on PostgreSQL."""
    migrator.database.create_tables([m.DeskUser])
    if isinstance(migrator.database, peewee.PostgresqlDatabase):
        # A pull's outcome "cancelled_remotely" did not fit the 16 characters PostgreSQL holds to (SQLite does not).
        run_operations(migrator.alter_column_type("sync_log_entry", "outcome", peewee.CharField(max_length=32)))


def _v10_fewer_order_indexes(migrator: SchemaMigrator) -> None:
    """v10: a pull's new order touches two indexes fewer: the e-mail's (the search finds any part of an address
    through its own index, which a B-tree index cannot serve) goes, and the parent's keeps only split parts."""
    db = migrator.database
    db.execute_sql('DROP INDEX IF EXISTS "order_customer_email"')
    db.execute_sql('DROP INDEX IF EXISTS "order_parent_id"')
    db.execute_sql(
        f'CREATE INDEX IF NOT EXISTS "{m.PARENT_INDEX}" ON "order" ("parent_id") WHERE ("parent_id" IS NOT NULL)'
    )


# Version N is reached by running MIGRATIONS[N] on a database at version N - 1. Never edit a released step.
MIGRATIONS: dict[int, Callable[[SchemaMigrator], None]] = {
    2: _v2_sync_claims_and_pauses,
    3: _v3_remote_fingerprints,
    4: _v4_remote_base,
    5: _v5_order_search_index,
    6: _v6_database_identity,
    7: _v7_invoices_and_stock,
    8: _v8_purchases,
    9: _v9_roles,
    10: _v10_fewer_order_indexes,
}
CURRENT_VERSION = max(MIGRATIONS, default=1)


def schema_version(db: peewee.Database) -> int:
    """The version a database records; 0 for a database without OrderDesk's tables."""
    if not db.table_exists(VERSION_TABLE):
        return 1 if db.table_exists("order") else 0
    row = db.execute_sql(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def check_readable(db: peewee.Database, name: str) -> None:
    """A database opened read-only is read as it is: refuse plainly one that would need a migration first."""
    found = schema_version(db)
    if found > CURRENT_VERSION:
        raise DatabaseUnavailable(
            translate(
                "Database",
                "The order database {database} was written by a newer OrderDesk (schema {found}, this one knows "
                "{known}); update OrderDesk before opening it.",
                database=name,
                found=found,
                known=CURRENT_VERSION,
            )
        )
    if found == 0:
        raise DatabaseUnavailable(
            translate(
                "Database",
                "The order database {database} is read-only and holds no OrderDesk orders yet.",
                database=name,
            )
        )
    if found < CURRENT_VERSION:
        raise DatabaseUnavailable(
            translate(
                "Database",
                "The order database {database} is read-only and was written by an older OrderDesk (schema {found}): "
                "it needs an update to schema {known}, which cannot be written here. Open it once where it can be "
                "written, or copy it to a folder you can write to.",
                database=name,
                found=found,
                known=CURRENT_VERSION,
            )
        )


# PostgreSQL advisory lock held while a desk migrates a shared database: two desks starting at once do not both
# migrate (the second waits, then finds the schema current). Any number, the same in every OrderDesk.
MIGRATION_LOCK = 724_501_903


def migrate(db: peewee.Database, sqlite_file: Path | None = None) -> int:
    """Bring the database to CURRENT_VERSION; returns the version it had."""
    if not isinstance(db, peewee.PostgresqlDatabase):
        return _migrate(db, sqlite_file)
    db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
    try:
        return _migrate(db, sqlite_file)
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))


def _migrate(db: peewee.Database, sqlite_file: Path | None) -> int:
    found = schema_version(db)
    if found > CURRENT_VERSION:
        raise peewee.OperationalError(
            translate(
                "Database",
                "this database was written by a newer OrderDesk (schema {found}, this one knows {known}); "
                "update OrderDesk before opening it",
                found=found,
                known=CURRENT_VERSION,
            )
        )
    if found == 0:
        with db.atomic():
            db.create_tables(m.MODELS)
            identity.install(db)
            search_index.install(db)
            change_notices.install(db)
            _record_version(db, CURRENT_VERSION)
            install_rights(db)  # last: every table is there to be granted
        return 0
    if found == CURRENT_VERSION:
        if isinstance(db, peewee.SqliteDatabase):
            desk_users.claim_first_admin(db)  # a table someone emptied by hand: the next to open the file is admin
        if isinstance(db, peewee.PostgresqlDatabase):
            search_index.install(db)  # a shared database made before its search index: cheap when in place
            change_notices.install(db)  # likewise its change notices
        return found
    if sqlite_file is not None:
        backup_sqlite(db, sqlite_file, found)
    migrator = make_migrator(db)
    sqlite = isinstance(db, peewee.SqliteDatabase)
    if sqlite:
        # SQLite rebuilds a table to add a NOT NULL column; foreign keys must be off for that (and the
        # pragma only takes effect outside a transaction). Integrity is checked before each commit instead.
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for version in sorted(v for v in MIGRATIONS if found < v <= CURRENT_VERSION):
            with db.atomic():
                MIGRATIONS[version](migrator)
                if sqlite and db.execute_sql("PRAGMA foreign_key_check").fetchone() is not None:
                    raise peewee.IntegrityError(f"migration to schema {version} would break links between rows")
                _record_version(db, version)
    finally:
        if sqlite:
            db.execute_sql("PRAGMA foreign_keys = ON")
    search_index.install(db)  # a step that rebuilt the order table dropped the index's triggers
    change_notices.install(db)
    install_rights(db)  # tables and columns a step added get their privileges
    return found


def install_rights(db: peewee.Database) -> None:
    """Who may do what: PostgreSQL's group roles and their privileges (idempotent; `db upgrade` runs it again to
    repair them), or a SQLite file's first admin."""
    if isinstance(db, peewee.PostgresqlDatabase):
        # Under the migration lock (taken again when migrating: it counts): grants running side by side fail.
        db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        try:
            pg_rights.install(db)
        finally:
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
    elif isinstance(db, peewee.SqliteDatabase):
        desk_users.claim_first_admin(db)


def make_migrator(db: peewee.Database) -> SchemaMigrator:
    if isinstance(db, peewee.PostgresqlDatabase):
        return PostgresqlMigrator(db)
    if isinstance(db, peewee.SqliteDatabase):
        return SqliteMigrator(db)
    return SchemaMigrator.from_database(db)


def backup_sqlite(db: peewee.Database, path: Path, version: int) -> Path:
    """Copy the database (consistently, through SQLite's backup API) before its schema changes: one copy per
    version, under its documented name only once complete."""
    return backup.back_up(db.connection(), path, version)


def _record_version(db: peewee.Database, version: int) -> None:
    db.execute_sql(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
    db.execute_sql(f"DELETE FROM {VERSION_TABLE}")
    db.execute_sql(f"INSERT INTO {VERSION_TABLE} (version) VALUES ({int(version)})")
