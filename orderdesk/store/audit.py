"""The audit trail: who did what to which order, when, with the before and after."""

from __future__ import annotations

from typing import Any

from orderdesk.store.models import AuditEntry, Order


def record(
    user: str,
    action: str,
    order: Order | None,
    detail: str = "",
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    return AuditEntry.create(user=user, action=action, order=order, detail=detail, before=before, after=after)


def history(order: Order) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.order == order).order_by(AuditEntry.at, AuditEntry.id))
