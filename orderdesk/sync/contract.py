"""What the sync engine takes and tells: its settings, the listener it reports to, and the reports of a run."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

from orderdesk.channels.http import HttpSettings


class SyncListener(Protocol):
    """What the engine tells whoever runs it (the Qt worker turns these into signals)."""

    def orders_changed(self, order_ids: list[int]) -> None: ...
    def progress(self, channel: str, done: int, total: int) -> None: ...
    def channel_state(self, channel: str, state: str, message: str) -> None: ...
    def log_entry(self, entry_id: int) -> None: ...
    def event_failed(self, event_id: int, message: str) -> None: ...
    def notice(self, message: str) -> None: ...


class NullListener:
    def orders_changed(self, order_ids: list[int]) -> None:
        pass

    def progress(self, channel: str, done: int, total: int) -> None:
        pass

    def channel_state(self, channel: str, state: str, message: str) -> None:
        pass

    def log_entry(self, entry_id: int) -> None:
        pass

    def event_failed(self, event_id: int, message: str) -> None:
        pass

    def notice(self, message: str) -> None:
        pass


@dataclass(frozen=True)
class EngineSettings:
    max_in_flight: int = 6  # calls in flight per channel without a rate limit (sync.push)
    max_in_flight_limited: int = 16  # the most for a channel with a rate limit: as many as reach it, up to this
    lease: timedelta = timedelta(minutes=2)  # a claim not settled by then is taken again (after a read-back)
    retry_base_s: float = 5.0
    retry_cap_s: float = 900.0
    rate_limit_pause_s: float = 60.0  # when a 429 names no Retry-After
    lock_retry_s: float = 1.0  # pause before trying again when another program kept the database locked
    gap_factor: float = 3.0  # a channel unpulled for this many intervals has a gap worth saying so
    http: HttpSettings = field(default_factory=HttpSettings)
    # A pulled page is taken in a few statements (store.upsert_page); False takes every order on its own (the
    # per-order path the bulk one is checked against, and falls back to where an order needs it).
    pull_in_bulk: bool = True
    worker: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")


@dataclass
class RunReport:
    pulled: dict[str, int] = field(default_factory=dict)  # channel -> orders that changed
    pushed: int = 0
    failed: list[int] = field(default_factory=list)  # event ids
    problems: list[str] = field(default_factory=list)  # channel-level problems in plain words


@dataclass
class ReconcileReport:
    imported: list[str] = field(default_factory=list)  # references the channel had and the desk lacked
    status_differences: list[tuple[str, str, str]] = field(default_factory=list)  # (reference, desk, channel)
    desk_only: list[str] = field(default_factory=list)  # references the desk has that the channel did not list
    problem: str = ""  # why the channel could not be compared, in plain words (empty: it was)
