"""db: the order database itself (for admins): bring it to this OrderDesk's schema."""

from __future__ import annotations

import argparse
from typing import Any

from orderdesk.cli.common import EXIT_OK, Commands, emit


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from orderdesk.store.db import describe, open_database, resolve_url
    from orderdesk.store.migrations import CURRENT_VERSION, schema_version

    url = resolve_url(args.db)
    db = open_database(url)  # migrates, under a PostgreSQL advisory lock on a shared database
    emit(f"The order database {describe(url)} is at schema {schema_version(db)} (this OrderDesk: {CURRENT_VERSION}).")
    return EXIT_OK


def register(sub: Any, cmds: Commands) -> None:
    db = sub.add_parser("db", help="the order database itself").add_subparsers(
        title="db", metavar="ACTION", required=True
    )
    cmds.command(
        db,
        "upgrade",
        cmd_db_upgrade,
        "bring the database to this OrderDesk's schema (a backup first for a SQLite file; one desk at a time on "
        "PostgreSQL)",
    )
