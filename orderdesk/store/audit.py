"""The audit trail: who did what to which order, when, with the before and after."""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from orderdesk.core.records import utcnow
from orderdesk.store.bulk import insert_rows, select_rows
from orderdesk.store.models import AuditEntry, Order, database_proxy
from orderdesk.store.rights import acting_user

# Every operator action goes through the audit trail (one way in: the services), so it is logged here, once.
log = logging.getLogger("orderdesk.actions")


def record(
    user: str,
    action: str,
    order: Order | None,
    detail: str = "",
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    user = acting_user(user)  # on PostgreSQL the database login, whatever name the caller holds
    entry = AuditEntry.create(user=user, action=action, order=order, detail=detail, before=before, after=after)
    log.info(
        "%s: %s%s%s",
        user,
        action,
        f" on order {order.reference}" if order is not None else "",
        f" ({detail})" if detail else "",
    )
    return entry


def record_many(user: str, action: str, order_ids: list[int], detail: str) -> None:
    """The same entry for many orders at once (a bulk import), as record() would write each."""
    user = acting_user(user)
    log.info("%s: %s on %d orders (%s)", user, action, len(order_ids), detail)
    _insert(user, [(order_id, action, detail) for order_id in order_ids])


def record_entries(user: str, entries: list[tuple[int, str, str]]) -> None:
    """Entries (order id, action, detail) of one user at once, as record() would write each, in one statement."""
    user = acting_user(user)
    for action, count in Counter(action for _, action, _ in entries).items():
        log.info("%s: %s on %d order(s)", user, action, count)
    _insert(user, entries)


def _insert(user: str, entries: list[tuple[int, str, str]]) -> None:
    at = utcnow()
    insert_rows(
        AuditEntry,
        [
            {"at": at, "user": user, "action": action, "order": order_id, "detail": detail}
            for order_id, action, detail in entries
        ],
    )


def orders_named_since(after_id: int) -> tuple[int, set[int]]:
    """(the newest entry's id, the orders named) of the entries written after entry `after_id`, read in one step:
    the window asks each second while another program works, and a pull writes thousands at a time."""
    sql = f'SELECT "id", "order_id" FROM "{AuditEntry._meta.table_name}" WHERE "id" > {database_proxy.param}'
    rows = select_rows(sql, [after_id], 2)
    newest = max((int(row[0]) for row in rows), default=after_id)
    return newest, {int(row[1]) for row in rows if row[1] is not None}


def history(order: Order) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.order == order).order_by(AuditEntry.at, AuditEntry.id))
