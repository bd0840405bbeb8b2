"""A supervisor's repairs of the outbox: retry a failed event, or discard it (audited)."""

from __future__ import annotations

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import EventState
from orderdesk.core.records import utcnow
from orderdesk.core.roles import Right
from orderdesk.core.text import translate
from orderdesk.services.access import require
from orderdesk.services.words import state_word
from orderdesk.store import audit, outbox
from orderdesk.store.db import transaction
from orderdesk.store.models import OutboxEvent

REPAIRABLE = {EventState.FAILED.value, EventState.UNCERTAIN.value}


def retry_event(event_id: int, *, user: str) -> OutboxEvent:
    """Send a failed event again from a clean slate of attempts."""
    user = require(Right.RETRY, user)
    with transaction():
        event = outbox.get_event(event_id)
        if event.state not in REPAIRABLE:
            raise RuleViolation(
                translate(
                    "SyncEventService",
                    "Sync event {event} is {state}; only a failed event can be retried.",
                    event=event_id,
                    state=state_word(event.state),
                )
            )
        previous = event.state
        outbox.reset_for_retry(event)
        audit.record(
            user,
            "retry_event",
            event.order,
            f"{event.kind} event {event.id} ({previous}: {event.last_error or 'no message'}) queued again",
        )
        outbox.refresh_sync_state(event.order)
        return event


def discard_event(event_id: int, *, user: str, reason: str | None = None) -> OutboxEvent:
    """Give up on an event: the channel will not hear of this change. Audited with who and why."""
    user = require(Right.DISCARD, user)
    label = translate("SyncEventService", "The reason")
    why = validation.optional_text(reason, label, field="reason") or "discarded by supervisor"
    with transaction():
        event = outbox.get_event(event_id)
        if event.state not in REPAIRABLE:
            raise RuleViolation(
                translate(
                    "SyncEventService",
                    "Sync event {event} is {state}; only a failed event can be discarded.",
                    event=event_id,
                    state=state_word(event.state),
                )
            )
        previous = event.state
        event.state = EventState.DISCARDED.value
        event.updated_at = utcnow()
        event.save()
        audit.record(
            user,
            "discard_event",
            event.order,
            f"{event.kind} event {event.id} discarded ({previous}: {event.last_error or 'no message'}); reason: {why}",
        )
        outbox.refresh_sync_state(event.order)
        return event


def retry_group(channel: str, cause: str, *, user: str) -> list[int]:
    """Retry every failed event of one cause, after the supervisor fixed that cause once."""
    user = require(Right.RETRY, user)
    from orderdesk.store.synclog import failure_groups

    for group in failure_groups():
        if group.channel == channel and group.cause == cause:
            return [retry_event(event_id, user=user).id for event_id in group.event_ids]
    raise RuleViolation(
        translate("SyncEventService", "That group of failed events is gone; the list has changed, look again.")
    )
