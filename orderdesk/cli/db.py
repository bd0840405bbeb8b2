"""db: the order database itself (for admins): bring it to this OrderDesk's schema, and say who may do what."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from orderdesk.cli.common import EXIT_OK, Commands, UsageError, emit, emit_json, open_db, table


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    import peewee

    from orderdesk.core.errors import RuleViolation
    from orderdesk.store import pg_rights
    from orderdesk.store.db import describe, is_postgres, open_database, resolve_url
    from orderdesk.store.migrations import CURRENT_VERSION, install_rights, schema_version

    url = resolve_url(args.db)
    db = open_database(url)  # migrates, under a PostgreSQL advisory lock on a shared database
    emit(f"The order database {describe(url)} is at schema {schema_version(db)} (this OrderDesk: {CURRENT_VERSION}).")
    if not is_postgres(db):
        return EXIT_OK
    try:
        install_rights(db)  # again, to repair them: cheap, and the only way a hand-changed grant comes back
    except peewee.DatabaseError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RuleViolation(
            f"The roles and privileges could not be set up as {pg_rights.login(db)} ({reason}); run db upgrade as "
            "the login that owns the tables."
        ) from None
    names = pg_rights.group_names(db)
    emit(f"Group roles: {', '.join(names.values())} (db grant LOGIN --role ROLE makes a login one of them).")
    return EXIT_OK


def _password_from_stdin() -> str:
    text = sys.stdin.readline().rstrip("\r\n")
    if not text:
        raise UsageError("--password-stdin was given but standard input held no password.")
    return text


def cmd_db_grant(args: argparse.Namespace) -> int:
    from orderdesk.services import access

    password = _password_from_stdin() if args.password_stdin else None
    open_db(args)
    created = access.grant(args.login, args.role, user=args.user, create=args.create, password=password)
    tail = " (PostgreSQL login created)" if created else ""
    where = "PostgreSQL" if access.enforced() else "this SQLite file (advisory: whoever can write the file can edit it)"
    emit(f"{args.login.strip()} is now {_with_article(args.role)} on {where}{tail}.")
    return EXIT_OK


def cmd_db_users(args: argparse.Namespace) -> int:
    from orderdesk.services import access

    open_db(args, reading=True)
    users = access.users()
    me = access.current_login()
    if args.format == "json":
        emit_json([{"login": u.login, "role": u.role, "how": u.note, "you": u.login == me} for u in users])
        return EXIT_OK
    if access.enforced():
        rows = [[u.login, u.role or "", u.note, "you" if u.login == me else ""] for u in users]
        emit(table(["login", "role", "how", ""], rows))
        return EXIT_OK
    emit(table(["login", "role", ""], [[u.login, u.role or "", "you" if u.login == me else ""] for u in users]))
    emit("Any other OS login works as an operator. On a SQLite file the roles are advisory.")
    return EXIT_OK


def _with_article(role: str) -> str:
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"


def register(sub: Any, cmds: Commands) -> None:
    db = sub.add_parser("db", help="the order database itself").add_subparsers(
        title="db", metavar="ACTION", required=True
    )
    cmds.command(
        db,
        "upgrade",
        cmd_db_upgrade,
        "bring the database to this OrderDesk's schema (a backup first for a SQLite file; one desk at a time on "
        "PostgreSQL) and set up its roles",
    )
    p = cmds.command(
        db,
        "grant",
        cmd_db_grant,
        "give a login one role: operator, supervisor or admin (an admin's command; on PostgreSQL a database login, on "
        "a SQLite file an OS login)",
    )
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--role", required=True, choices=["operator", "supervisor", "admin"])
    p.add_argument("--create", action="store_true", help="PostgreSQL: create the login when it does not exist")
    p.add_argument(
        "--password-stdin", action="store_true", help="PostgreSQL: set the login's password, read from standard input"
    )
    p = cmds.command(db, "users", cmd_db_users, "who holds which role on this database")
    p.add_argument("--format", choices=["table", "json"], default="table")
