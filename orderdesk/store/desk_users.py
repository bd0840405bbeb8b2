"""The roles of a SQLite file's users: one row per OS login, the first to open the file its admin.

Advisory by nature: whoever may write the file may edit this table with any SQLite tool. It keeps honest people on
one machine from doing what their role does not cover; PostgreSQL's own roles (store.pg_rights) are the real lock.
"""

from __future__ import annotations

import getpass

import peewee

from orderdesk.core.records import utcnow
from orderdesk.core.roles import Role
from orderdesk.store.models import DeskUser

# An OS login the table does not name works as an operator until an admin grants it more.
DEFAULT_ROLE = Role.OPERATOR


def os_login() -> str:
    """The name of the OS login running OrderDesk (the identity whose role counts on a SQLite file)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "operator"


def claim_first_admin(db: peewee.Database) -> None:
    """The first user to open the file (create it, or bring it to the schema that has roles) becomes its admin."""
    table = DeskUser._meta.table_name
    if db.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is None:
        login = os_login()
        db.execute_sql(
            f'INSERT INTO "{table}" (login, role, granted_at, granted_by) VALUES (?, ?, ?, ?)',
            (login, Role.ADMIN.value, DeskUser.granted_at.db_value(utcnow()), login),
        )


def role_of(login: str) -> Role:
    row = DeskUser.get_or_none(DeskUser.login == login)
    return DEFAULT_ROLE if row is None else Role(row.role)


def set_role(login: str, role: Role, *, by: str) -> None:
    """Name `login`'s role (a new row, or the row it had changed)."""
    updated = (
        DeskUser.update(role=role.value, granted_at=utcnow(), granted_by=by).where(DeskUser.login == login).execute()
    )
    if not updated:
        DeskUser.create(login=login, role=role.value, granted_by=by)


def listed() -> list[tuple[str, Role]]:
    """Every login the table names, with its role, by name."""
    return [(row.login, Role(row.role)) for row in DeskUser.select().order_by(DeskUser.login)]
