"""Who may do what: the three roles of the desk's users and the rights each one has.

An operator works the orders (status, edits, returns, attributes, stock, purchases); a supervisor also repairs the
sync (retry, discard, resolve conflicts, export the log); an admin also runs the desk (channels, settings, users).
Each role has every right of the roles below it. A refusal is one plain sentence that says whom to ask.
"""

from __future__ import annotations

from enum import StrEnum

from orderdesk.core.text import QT_TRANSLATE_NOOP, translate


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Role.OPERATOR: 1, Role.SUPERVISOR: 2, Role.ADMIN: 3}


class Right(StrEnum):
    ORDERS = "orders"  # acknowledge, pack, dispatch, cancel, edit, split, ERP numbers, invoices, import
    RETURNS = "returns"
    ATTRIBUTES = "attributes"
    STOCK = "stock"
    PURCHASES = "purchases"
    RETRY = "retry"  # send a failed sync event (or stock level) again
    DISCARD = "discard"  # give up on a failed sync event
    RESOLVE_CONFLICT = "resolve_conflict"
    EXPORT_LOG = "export_log"
    CHANNELS = "channels"  # add, change, remove channels and their secrets
    SETTINGS = "settings"
    USERS = "users"  # grant roles


# The least role that has each right.
LEAST_ROLE: dict[Right, Role] = {
    Right.ORDERS: Role.OPERATOR,
    Right.RETURNS: Role.OPERATOR,
    Right.ATTRIBUTES: Role.OPERATOR,
    Right.STOCK: Role.OPERATOR,
    Right.PURCHASES: Role.OPERATOR,
    Right.RETRY: Role.SUPERVISOR,
    Right.DISCARD: Role.SUPERVISOR,
    Right.RESOLVE_CONFLICT: Role.SUPERVISOR,
    Right.EXPORT_LOG: Role.SUPERVISOR,
    Right.CHANNELS: Role.ADMIN,
    Right.SETTINGS: Role.ADMIN,
    Right.USERS: Role.ADMIN,
}

LABELS: dict[Role, str] = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("Roles", "operator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "admin"),
}

# Whole sentences, so a translator sees each one as it is shown (the role's article and the verb differ).
_REFUSALS: dict[tuple[Role, Right], str] = {
    (Role.OPERATOR, Right.RETRY): QT_TRANSLATE_NOOP(
        "Roles", "An operator may not retry sync events; ask a supervisor."
    ),
    (Role.OPERATOR, Right.DISCARD): QT_TRANSLATE_NOOP(
        "Roles", "An operator may not discard sync events; ask a supervisor."
    ),
    (Role.OPERATOR, Right.RESOLVE_CONFLICT): QT_TRANSLATE_NOOP(
        "Roles", "An operator may not resolve conflicts with a channel; ask a supervisor."
    ),
    (Role.OPERATOR, Right.EXPORT_LOG): QT_TRANSLATE_NOOP(
        "Roles", "An operator may not export the sync log; ask a supervisor."
    ),
    (Role.OPERATOR, Right.CHANNELS): QT_TRANSLATE_NOOP("Roles", "An operator may not change channels; ask an admin."),
    (Role.OPERATOR, Right.SETTINGS): QT_TRANSLATE_NOOP("Roles", "An operator may not change settings; ask an admin."),
    (Role.OPERATOR, Right.USERS): QT_TRANSLATE_NOOP("Roles", "An operator may not grant roles; ask an admin."),
    (Role.SUPERVISOR, Right.CHANNELS): QT_TRANSLATE_NOOP(
        "Roles", "A supervisor may not change channels; ask an admin."
    ),
    (Role.SUPERVISOR, Right.SETTINGS): QT_TRANSLATE_NOOP(
        "Roles", "A supervisor may not change settings; ask an admin."
    ),
    (Role.SUPERVISOR, Right.USERS): QT_TRANSLATE_NOOP("Roles", "A supervisor may not grant roles; ask an admin."),
}


def allows(role: Role | None, right: Right) -> bool:
    """True when `role` has `right` (no role at all has none)."""
    return role is not None and role.rank >= LEAST_ROLE[right].rank


def label(role: Role | None) -> str:
    """The role's name in the user's language."""
    if role is None:
        return translate("Roles", "no role")
    return translate("Roles", LABELS[role])


def refusal(role: Role | None, right: Right) -> str | None:
    """Why `role` may not use `right`, in one plain sentence; None when it may."""
    if allows(role, right):
        return None
    if role is None:
        return translate("Roles", "This login has no OrderDesk role; ask an admin to grant one.")
    return translate("Roles", _REFUSALS[(role, right)])
