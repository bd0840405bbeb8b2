"""One page of a pull: its orders taken in, its refusals logged, its cursor stored (inside the page's transaction),
and the pages themselves read one ahead while the last one is written."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from orderdesk.channels.base import Page
from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.store.models import Channel
from orderdesk.store.upsert_page import Checked, check_page, take_one, upsert_page
from orderdesk.sync import messages, purchasing
from orderdesk.sync.prefetch import Prefetch

if TYPE_CHECKING:
    from orderdesk.sync.engine import SyncEngine

log = logging.getLogger("orderdesk.sync.engine")


def pages_ahead(engine: SyncEngine, channel: Channel) -> Prefetch[tuple[Page, dict[int, Checked]]]:
    """The channel's pages from its stored cursor, each fetched (and its records checked) while the one before it is
    written."""
    context = engine.call_context

    def start() -> None:
        context.direction, context.event_id, context.reference = "pull", None, ""
        context.held = []

    def take_held() -> list[object]:
        held: list[object] = context.held
        context.held = []
        return held

    def deliver(held: list[object]) -> None:
        for call in held:
            engine.write_call(channel.name, call)  # type: ignore[arg-type]

    return Prefetch(
        _checked(engine.adapter(channel).fetch_orders(channel.pull_cursor)),
        name=f"pull-{channel.name}",
        start=start,
        take_held=take_held,
        deliver=deliver,
    )


def _checked(pages: Iterator[Page]) -> Iterator[tuple[Page, dict[int, Checked]]]:
    """Pages with their records checked and fingerprinted: work without the database, done in the fetch thread."""
    try:
        for page in pages:
            yield page, check_page(page.records)
    finally:
        close = getattr(pages, "close", None)
        if close is not None:
            close()


def take_page(engine: SyncEngine, channel: Channel, page: Page, checks: dict[int, Checked] | None = None) -> list[int]:
    """Inside the page's transaction: take its orders in, log what was refused, store its cursor. Returns the ids of
    the orders that changed here. `checks`: check_page() of its records, done already."""
    records = purchasing.incoming(channel, page.records, engine.listener)
    if engine.settings.pull_in_bulk:
        taken = upsert_page(channel, records, checks=checks)
    else:
        taken = [take_one(channel, record) for record in records]
    changed: list[int] = []
    for item in taken:
        record, outcome, error = item.record, item.outcome, item.error
        if isinstance(error, RuleViolation):  # the order breaks a limit: refused alone, in plain words
            shown = validation.shown(record.reference, 128)
            engine.log_line(channel.name, "pull", "import", "rejected", order_reference=shown, message=error.message)
        elif error is not None:  # a bug on one order must not stop the page
            log.error("%s: order %s could not be taken in.\n%s", channel.name, record.reference, item.trace)
            engine.log_line(
                channel.name,
                "pull",
                "import",
                "rejected",
                order_reference=record.reference,
                message=messages.not_taken_in(error),
                response_excerpt=item.trace,
            )
        elif outcome is not None:
            if outcome.changed:
                changed.append(outcome.order_id)
            if outcome.message:
                engine.log_line(
                    channel.name,
                    "pull",
                    outcome.action,
                    outcome.action,
                    order_reference=record.reference,
                    message=outcome.message,
                )
                engine.listener.notice(outcome.message)
    for reference, why in page.rejected:
        engine.log_line(channel.name, "pull", "import", "rejected", order_reference=reference, message=why)
    if page.cursor is not None:
        Channel.update(pull_cursor=page.cursor).where(Channel.id == channel.id).execute()
        channel.pull_cursor = page.cursor
    return changed
