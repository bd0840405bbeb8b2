"""The admin's status mapping (channel option "status_map", see orderdesk.core.status_map) as an adapter reads it."""

from __future__ import annotations

from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.errors import PermanentError
from orderdesk.core.errors import RuleViolation
from orderdesk.core.status_map import StatusMap, parse_status_map


def configured_status_map(config: ChannelConfig) -> StatusMap:
    """The channel's mapping (empty when none is set); PermanentError in the parser's words when it cannot be read.

    Saving the channel refuses a bad mapping already; this guards settings written some other way, as a
    ChannelError so `Test connection` and the sync engine report it like any other settings problem.
    """
    try:
        return parse_status_map(str(config.options.get("status_map") or ""))
    except RuleViolation as exc:
        name = config.name or config.kind
        raise PermanentError(f"{name}: {exc.message} Fix it in the channel settings.") from None
