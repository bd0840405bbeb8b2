"""Who is acting, and in which role: the database login on PostgreSQL, the OS login on a SQLite file."""

from __future__ import annotations

from dataclasses import dataclass

import peewee

from orderdesk.core.roles import Role
from orderdesk.store import desk_users, pg_rights
from orderdesk.store.models import database_proxy


def _postgres() -> peewee.PostgresqlDatabase | None:
    target = database_proxy.obj
    return target if isinstance(target, peewee.PostgresqlDatabase) else None


def enforced() -> bool:
    """True when the database itself enforces the roles (PostgreSQL); a SQLite file's roles are advisory."""
    return _postgres() is not None


def current_login() -> str:
    """Whose role counts: the database login on PostgreSQL, the OS login on a SQLite file."""
    pg = _postgres()
    return pg_rights.login(pg) if pg is not None else desk_users.os_login()


def current_role() -> Role | None:
    pg = _postgres()
    if pg is not None:
        return pg_rights.current_role(pg)
    return desk_users.role_of(desk_users.os_login())


def acting_user(user: str) -> str:
    """The name the audit keeps: on PostgreSQL always the database login (the database checks it), on a SQLite
    file the name the desk gives (the OS login unless told otherwise)."""
    pg = _postgres()
    return pg_rights.login(pg) if pg is not None else user


@dataclass(frozen=True)
class DeskLogin:
    login: str
    role: Role | None
    note: str = ""


def logins() -> list[DeskLogin]:
    """Who holds which role here: PostgreSQL's logins with an OrderDesk group role, or a SQLite file's table."""
    pg = _postgres()
    if pg is not None:
        return [DeskLogin(found.name, found.role, found.how) for found in pg_rights.logins(pg)]
    return [DeskLogin(login, role) for login, role in desk_users.listed()]


def set_role(login: str, role: Role, *, by: str, create: bool = False, password: str | None = None) -> bool:
    """Give `login` the role (and only that one); on PostgreSQL create the login first when `create`. True when a
    login was created. The caller has checked who may do this and that the login is one."""
    pg = _postgres()
    if pg is None:
        desk_users.set_role(login, role, by=by)
        return False
    created = False
    with pg.atomic():
        if pg_rights.login_exists(pg, login) is None and create:
            pg_rights.create_login(pg, login, password)
            created = True
        elif password is not None:
            pg_rights.set_password(pg, login, password)
        pg_rights.set_group(pg, login, role)
    return created


def login_exists(login: str) -> bool | None:
    """On PostgreSQL: True for a login, False for a role that cannot log in, None for no such role. On a SQLite file
    any name is a login (an OS login the table does not name yet)."""
    pg = _postgres()
    return pg_rights.login_exists(pg, login) if pg is not None else True
