"""Who may do what here: every action checks `require` first; the window asks `allows` and `why_not`.

The role is the database login's on PostgreSQL (the database enforces it as well) and the OS login's on a SQLite
file (advisory: whoever may write the file may change it). `db grant` and `db users` manage them.
"""

from __future__ import annotations

import peewee

from orderdesk.core.errors import RuleViolation
from orderdesk.core.roles import Right, Role, refusal
from orderdesk.core.roles import allows as role_allows
from orderdesk.core.text import translate
from orderdesk.store import rights
from orderdesk.store.rights import DeskLogin


def current_role() -> Role | None:
    """The role of whoever is acting on the open database (None: a PostgreSQL login with no OrderDesk role)."""
    return rights.current_role()


def current_login() -> str:
    """Whose role counts: the database login on PostgreSQL, the OS login on a SQLite file."""
    return rights.current_login()


def enforced() -> bool:
    """True when the database enforces the roles itself (PostgreSQL), False when they are advisory (SQLite)."""
    return rights.enforced()


def allows(right: Right) -> bool:
    return role_allows(current_role(), right)


def why_not(right: Right) -> str | None:
    """The plain sentence that refuses `right` to whoever is acting; None when they have it."""
    return refusal(current_role(), right)


def rights_held() -> set[Right]:
    """Every right of whoever is acting (one lookup, for a window that shows or hides many things at once)."""
    role = current_role()
    return {right for right in Right if role_allows(role, right)}


def require(right: Right, user: str) -> str:
    """Refuse the action unless whoever is acting has `right`; returns the name the audit is to keep (on
    PostgreSQL the database login, whatever `user` says)."""
    why = why_not(right)
    if why is not None:
        raise RuleViolation(why)
    return rights.acting_user(user)


def users() -> list[DeskLogin]:
    """Who holds which role here (on a SQLite file: the logins named so far; any other is an operator)."""
    return rights.logins()


def grant(login: str, role: Role | str, *, user: str, create: bool = False, password: str | None = None) -> bool:
    """Give `login` the role, and only that one (an admin's action). On PostgreSQL, `create` makes the login when
    it is missing and `password` sets its password. Returns True when a login was created."""
    by = require(Right.USERS, user)
    role = Role(role)
    name = login.strip()
    if not name or len(name) > 63 or "\x00" in name:
        raise RuleViolation(translate("Roles", "A login name has 1 to 63 characters."))
    if password is not None and not rights.enforced():
        raise RuleViolation(
            translate("Roles", "A SQLite file names OS logins, which have no password here; leave the password out.")
        )
    if password is not None and not password:
        raise RuleViolation(translate("Roles", "The password is empty."))
    if name == rights.current_login() and role != Role.ADMIN:
        raise RuleViolation(translate("Roles", "An admin may not lower their own role; ask another admin."))
    found = rights.login_exists(name)
    if found is False:
        raise RuleViolation(translate("Roles", "{login} is a group role, not a login.", login=name))
    if found is None and not create:
        raise RuleViolation(
            translate("Roles", "There is no PostgreSQL login {login}; create it as well (--create).", login=name)
        )
    try:
        return rights.set_role(name, role, by=by, create=create, password=password)
    except peewee.DatabaseError as exc:
        reason = _first_line(str(exc))
        raise RuleViolation(
            translate("Roles", "PostgreSQL refused to change the login {login}: {reason}", login=name, reason=reason)
        ) from None


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else ""
