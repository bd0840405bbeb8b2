"""What the sync engine writes into the sync log, the channels' states and the notices, in the user's language.

A sync-log entry keeps the words of the process that wrote it: the window's engine writes in the window's
language, `orderdesk sync` (which installs no translator) in English.
"""

from __future__ import annotations

from datetime import datetime

from orderdesk.core.text import QT_TRANSLATE_NOOP, translate

_UNEXPECTED = {
    "pull": QT_TRANSLATE_NOOP(
        "SyncEngine", "Pull stopped on an unexpected error in OrderDesk; details in the sync log."
    ),
    "push": QT_TRANSLATE_NOOP(
        "SyncEngine", "Push stopped on an unexpected error in OrderDesk; details in the sync log."
    ),
    "reconcile": QT_TRANSLATE_NOOP(
        "SyncEngine", "Reconcile stopped on an unexpected error in OrderDesk; details in the sync log."
    ),
}


def unexpected_stop(operation: str) -> str:
    """A channel's step stopped on a bug: the plain sentence its state and the sync log show."""
    known = _UNEXPECTED.get(operation)
    if known is not None:
        return translate("SyncEngine", known)
    return translate("SyncEngine", "Sync stopped on an unexpected error in OrderDesk; details in the sync log.")


def paused_state(until: datetime) -> str:
    return translate("SyncEngine", "paused until {time}, rate limited", time=_clock_time(until))


def paused_note(error: str, until: datetime) -> str:
    return translate("SyncEngine", "{error}; paused until {time}", error=error, time=_clock_time(until))


def _clock_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


def read_back() -> str:
    return translate("SyncEngine", "already applied in the channel (read back); not sent again")


def not_taken_in(error: object) -> str:
    return translate("SyncEngine", "could not take the order in: {error}", error=error)


def internal_error(what: str, error: object) -> str:
    return translate("SyncEngine", "internal error while sending {what}: {error}", what=what, error=error)


def stock_internal_error(sku: str, error: object) -> str:
    return translate("SyncEngine", "internal error while sending the stock of {sku}: {error}", sku=sku, error=error)


def confirmed(what: str, channel: str) -> str:
    return translate("SyncEngine", "{what} confirmed by {channel}", what=what, channel=channel)


def stock_confirmed(sku: str, channel: str) -> str:
    return translate("SyncEngine", "stock of {sku} confirmed by {channel}", sku=sku, channel=channel)


def stock_not_published(sku: str, channel: str, error: str) -> str:
    return translate(
        "SyncEngine", "Stock of {sku} on {channel} was not published: {error}", sku=sku, channel=channel, error=error
    )


def gave_up(attempts: int, error: str, *, unknown: bool) -> str:
    """The last try failed too: why, and whether the channel may have the change all the same."""
    if unknown:
        return translate(
            "SyncEngine",
            "gave up after %n attempt(s): {error} (the channel may have received it: it will be read back before any "
            "resend)",
            attempts,
            error=error,
        )
    return translate("SyncEngine", "gave up after %n attempt(s): {error}", attempts, error=error)


def retry_note(error: str, attempt: int, limit: int, delay: float) -> str:
    return translate(
        "SyncEngine",
        "{error}; attempt {attempt} of {limit}, next in {delay} s",
        error=error,
        attempt=attempt,
        limit=limit,
        delay=f"{delay:.0f}",
    )


def gap_note(hours: float, cursor: str | None) -> str:
    return translate(
        "SyncEngine",
        "not pulled for {hours} h; catching up from the last good cursor {cursor}",
        hours=f"{hours:.1f}",
        cursor=cursor or translate("SyncEngine", "(the beginning)"),
    )


def reconcile_summary(since: datetime, imported: int, differences: int, desk_only: int) -> str:
    return translate(
        "SyncEngine",
        "since {date}: {imported} imported, %n status difference(s), {desk_only} on the desk only",
        differences,
        date=f"{since:%Y-%m-%d}",
        imported=imported,
        desk_only=desk_only,
    )
