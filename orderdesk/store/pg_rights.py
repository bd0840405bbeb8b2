"""On PostgreSQL the rights are the database's own: three group roles, and what each may change.

`install` (run by `db upgrade`, as the login that owns the tables) creates the group roles orderdesk_operator,
orderdesk_supervisor and orderdesk_admin (admin inherits supervisor inherits operator) and grants them their
privileges; a desk's login is a member of one of them (`grant`). Operators read everything and change orders, their
lines, returns, attributes, stock, purchases, the outbox and the audit, but not the channels (only the engine's
bookkeeping columns) and not the discarding of sync events (row-level security); the audit takes only entries in
the login's own name, and nobody but the owner changes an entry afterwards.

Roles belong to the whole server, tables to one schema: OrderDesk in a schema other than `public` names its group
roles after it (orderdesk_<schema>_operator...), so two OrderDesk databases in two schemas keep their users apart.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import peewee

from orderdesk.core.roles import Role
from orderdesk.core.text import translate
from orderdesk.store.db_errors import DatabaseUnavailable

# What an operator may write besides reading every table. Deletes are the engine's and the editors' (a line
# dropped with its attributes and returned units, the sync log pruned); orders themselves are never deleted.
OPERATOR_WRITES: dict[str, str] = {
    "order": "INSERT, UPDATE",
    "order_line": "INSERT, UPDATE, DELETE",
    "order_attribute": "INSERT, UPDATE, DELETE",
    "line_attribute": "INSERT, UPDATE, DELETE",
    "return_order": "INSERT, UPDATE",
    "return_item": "INSERT, UPDATE, DELETE",
    "outbox_event": "INSERT, UPDATE",  # row-level security: never to "discarded"
    "stock_level": "INSERT, UPDATE",
    "sync_log_entry": "INSERT, DELETE",
    "audit_entry": "INSERT",  # row-level security: only in the login's own name
    "purchase": "INSERT, UPDATE",
    "purchase_activity": "INSERT, UPDATE",
}
# The channel's columns a desk's sync engine keeps up to date; its settings are the admin's.
CHANNEL_BOOKKEEPING = ("pull_cursor", "last_pull_at", "paused_until", "state", "state_message", "legacy_secrets")

# An operator's connection may set an event to "discarded" only where no change is given up: the order is
# cancelled (the channel cancelled it: its unsent changes are moot), or it is a refused purchase try that a new try
# of the same purchase action replaces (purchases are the operator's own). Giving up on a failed change of a live
# order is a supervisor's decision.
# (%% is a single % once psycopg2 has read the statement.)
_MOOT_DISCARD = (
    "state <> 'discarded' OR kind LIKE 'purchase\\_%%' "
    "OR EXISTS (SELECT 1 FROM {schema}.\"order\" o WHERE o.id = order_id AND o.status = 'cancelled')"
)


@dataclass(frozen=True)
class _Session:
    login: str
    schema: str


_sessions: weakref.WeakKeyDictionary[peewee.Database, _Session] = weakref.WeakKeyDictionary()


def _session(db: peewee.Database) -> _Session:
    """The login and schema of a database object's connections (fixed by its URL, so asked once)."""
    found = _sessions.get(db)
    if found is None:
        row = db.execute_sql("SELECT current_user, current_schema()").fetchone()
        found = _Session(str(row[0]), str(row[1] or "public"))
        _sessions[db] = found
    return found


def login(db: peewee.Database) -> str:
    """The database login of this connection: the acting user in the audit."""
    return _session(db).login


def group_names(db: peewee.Database) -> dict[Role, str]:
    schema = _session(db).schema
    base = "orderdesk" if schema == "public" else f"orderdesk_{schema}"
    return {role: f"{base}_{role.value}" for role in Role}


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def install(db: peewee.Database) -> None:
    """Create the group roles where missing and (re)grant their privileges; idempotent. The login running it
    becomes an admin (as the first user of a SQLite file does)."""
    groups = group_names(db)
    op, sup, adm = (quoted(groups[r]) for r in (Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN))
    schema = quoted(_session(db).schema)
    with db.atomic():
        for name in groups.values():
            found = login_exists(db, name)
            if found:  # a login by that name would become a group of logins, and could even be made its own member
                raise DatabaseUnavailable(
                    translate(
                        "Roles",
                        "The PostgreSQL login {name} bears the name OrderDesk gives a group role; rename it "
                        "(ALTER ROLE {name} RENAME TO ...) and run orderdesk db upgrade again.",
                        name=name,
                    )
                )
            if found is None:
                db.execute_sql(f"CREATE ROLE {quoted(name)} NOLOGIN")
        _grant_membership(db, groups[Role.OPERATOR], groups[Role.SUPERVISOR], admin_option=False)
        _grant_membership(db, groups[Role.SUPERVISOR], groups[Role.ADMIN], admin_option=True)
        _grant_membership(db, groups[Role.OPERATOR], groups[Role.ADMIN], admin_option=True)
        if not _is_superuser(db):
            _grant_membership(db, groups[Role.ADMIN], login(db), admin_option=True)
        statements = [
            f"GRANT USAGE ON SCHEMA {schema} TO {op}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {op}",
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {op}",
            f"GRANT UPDATE ({', '.join(CHANNEL_BOOKKEEPING)}) ON {schema}.channel TO {op}",
            f"GRANT ALL ON ALL TABLES IN SCHEMA {schema} TO {adm}",
            f"GRANT ALL ON ALL SEQUENCES IN SCHEMA {schema} TO {adm}",
        ]
        statements += [f"GRANT {what} ON {schema}.{quoted(table)} TO {op}" for table, what in OPERATOR_WRITES.items()]
        statements += _policies(schema, op, sup)
        for statement in statements:
            db.execute_sql(statement)


def _policies(schema: str, op: str, sup: str) -> list[str]:
    outbox, audit = f"{schema}.outbox_event", f"{schema}.audit_entry"
    policies = {
        (outbox, "orderdesk_read"): f"FOR SELECT TO {op} USING (true)",
        (outbox, "orderdesk_operator_insert"): f"FOR INSERT TO {op} WITH CHECK (state <> 'discarded')",
        (outbox, "orderdesk_operator_update"): (
            f"FOR UPDATE TO {op} USING (state <> 'discarded') WITH CHECK ({_MOOT_DISCARD.replace('{schema}', schema)})"
        ),
        (outbox, "orderdesk_supervisor"): f"FOR ALL TO {sup} USING (true) WITH CHECK (true)",
        (audit, "orderdesk_read"): f"FOR SELECT TO {op} USING (true)",
        (audit, "orderdesk_own_name"): f'FOR INSERT TO {op} WITH CHECK ("user" = current_user)',
    }
    statements = [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" for table in (outbox, audit)]
    for (table, name), rule in policies.items():
        statements.append(f"DROP POLICY IF EXISTS {name} ON {table}")
        statements.append(f"CREATE POLICY {name} ON {table} {rule}")
    return statements


def _is_superuser(db: peewee.Database) -> bool:
    row = db.execute_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    return bool(row and row[0])


def _grant_membership(db: peewee.Database, group: str, member: str, *, admin_option: bool) -> None:
    tail = " WITH ADMIN OPTION" if admin_option else ""
    db.execute_sql(f"GRANT {quoted(group)} TO {quoted(member)}{tail}")


def _highest(names: list[str], groups: dict[Role, str]) -> Role | None:
    held = [role for role, name in groups.items() if name in names]
    return max(held, key=lambda role: role.rank) if held else None


# A login is an admin when it is a superuser or owns the tables, whatever group roles it holds.
_OWNER_OR_SUPERUSER = (
    "r.rolsuper OR COALESCE((SELECT pg_has_role(r.oid, c.relowner, 'USAGE') FROM pg_class c "
    "WHERE c.oid = to_regclass('channel')), false)"
)
_HELD = (
    "ARRAY(SELECT g.rolname::text FROM pg_roles g WHERE g.rolname IN (%s, %s, %s) "
    "AND pg_has_role(r.oid, g.oid, 'USAGE'))"
)


def current_role(db: peewee.Database) -> Role | None:
    """The role of this connection's login: the highest group role it has the privileges of."""
    groups = group_names(db)
    row = db.execute_sql(
        f"SELECT {_OWNER_OR_SUPERUSER}, {_HELD} FROM pg_roles r WHERE r.rolname = current_user",
        tuple(groups.values()),
    ).fetchone()
    if row is None:
        return None
    return Role.ADMIN if row[0] else _highest(list(row[1]), groups)


@dataclass(frozen=True)
class Login:
    name: str
    role: Role | None
    how: str  # "granted", "owner or superuser"


def logins(db: peewee.Database) -> list[Login]:
    """Every login of the server that holds an OrderDesk role here, by name."""
    groups = group_names(db)
    rows = db.execute_sql(
        f"SELECT r.rolname, {_OWNER_OR_SUPERUSER}, {_HELD} FROM pg_roles r WHERE r.rolcanlogin ORDER BY r.rolname",
        tuple(groups.values()),
    ).fetchall()
    found = []
    for name, owner, held in rows:
        if owner:
            found.append(Login(str(name), Role.ADMIN, "owner or superuser"))
        elif (role := _highest(list(held), groups)) is not None:
            found.append(Login(str(name), role, "granted"))
    return found


def login_exists(db: peewee.Database, name: str) -> bool | None:
    """True for a login, False for a role that cannot log in (a group), None when there is no such role."""
    row = db.execute_sql("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    return None if row is None else bool(row[0])


def create_login(db: peewee.Database, name: str, password: str | None) -> None:
    """CREATE ROLE ... LOGIN; the password goes over as the server's own hash (never the text itself, never
    through peewee, which logs its statements with their parameters)."""
    if password is None:
        db.execute_sql(f"CREATE ROLE {quoted(name)} LOGIN")
        return
    _with_hashed_password(db, f"CREATE ROLE {quoted(name)} LOGIN PASSWORD %s", name, password)


def set_password(db: peewee.Database, name: str, password: str) -> None:
    _with_hashed_password(db, f"ALTER ROLE {quoted(name)} PASSWORD %s", name, password)


def _with_hashed_password(db: peewee.Database, statement: str, name: str, password: str) -> None:
    import psycopg2
    from psycopg2.extensions import encrypt_password

    connection = db.connection()
    hashed = encrypt_password(password, name, connection)  # the server's algorithm (SCRAM-SHA-256)
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement, (hashed,))
    except psycopg2.Error as exc:  # as peewee's execute_sql would raise it
        raise peewee.DatabaseError(str(exc).strip()) from exc


def set_group(db: peewee.Database, name: str, role: Role) -> None:
    """Make `name` a member of `role`'s group role only (an admin with the right to pass it on)."""
    groups = group_names(db)
    member_of = {
        str(row[0])
        for row in db.execute_sql(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
            (name,),
        ).fetchall()
    }
    _grant_membership(db, groups[role], name, admin_option=role == Role.ADMIN)
    for other, group in groups.items():
        if other != role and group in member_of:
            db.execute_sql(f"REVOKE {quoted(group)} FROM {quoted(name)}")


_INSUFFICIENT_PRIVILEGE, _NO_SCHEMA = "42501", "3F000"
_NO_ROLE = (
    "SELECT CASE WHEN current_schema() IS NULL THEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = "
    "ANY(string_to_array(replace(current_setting('search_path'), ' ', ''), ',')) AND NOT has_schema_privilege(oid, "
    "'USAGE')) ELSE NOT has_table_privilege('schema_version', 'SELECT') END"
)


def refusal_words(db: peewee.Database, exc: peewee.DatabaseError, where: str) -> str | None:
    """What a PostgreSQL refusal while opening the database means, in plain words (None: not a refusal): a login
    without an OrderDesk role, or a schema upgrade only the tables' owner may make."""
    original = exc.__cause__ or exc.__context__
    code = getattr(original, "pgcode", None)
    if code not in (_INSUFFICIENT_PRIVILEGE, _NO_SCHEMA):
        return None
    try:
        # A schema in the search path this login may not use (so it found no tables and tried to make them), or
        # the tables out of its reach: no role here. Tables it reads but may not alter: an upgrade it may not make.
        row = db.execute_sql(_NO_ROLE).fetchone()
    except peewee.DatabaseError:
        return None
    if row is not None and row[0]:
        return translate(
            "Roles",
            "The login {login} holds no OrderDesk role on the order database at {where}; an admin gives it one "
            "(orderdesk db grant {login} --role operator).",
            login=login(db),
            where=where,
        )
    return translate(
        "Roles",
        "The order database at {where} needs an upgrade to this OrderDesk's schema, which only the login that owns "
        "its tables may make: run orderdesk db upgrade as that login.",
        where=where,
    )
