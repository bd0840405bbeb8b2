"""One channel's failure is that channel's problem only: a step of the engine wrapped here turns any exception
into the channel's state and a sync-log line, and the run goes on with the other channels."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

import peewee

if TYPE_CHECKING:
    from orderdesk.store.models import Channel
    from orderdesk.sync.engine import SyncEngine

P = ParamSpec("P")
R = TypeVar("R")
# The database itself failing is every channel's problem, not one channel's: that goes up to whoever runs the engine.
NOT_ONE_CHANNELS = (peewee.OperationalError, peewee.InterfaceError)


def one_channels_failure(
    direction: str, operation: str, nothing: Callable[[str], R]
) -> Callable[[Callable[Concatenate[SyncEngine, Channel, P], R]], Callable[Concatenate[SyncEngine, Channel, P], R]]:
    """Whatever goes wrong in the wrapped step is this channel's problem only: its state and the sync log say so,
    and the step returns `nothing(message)` so the run goes on with the other channels."""

    def wrap(
        step: Callable[Concatenate[SyncEngine, Channel, P], R],
    ) -> Callable[Concatenate[SyncEngine, Channel, P], R]:
        @functools.wraps(step)
        def run(engine: SyncEngine, channel: Channel, /, *args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return step(engine, channel, *args, **kwargs)
            except NOT_ONE_CHANNELS:
                raise
            except Exception as exc:
                if not engine.still_synced(channel):
                    return nothing("")  # the admin disabled or removed it meanwhile: that is no failure
                return nothing(engine.channel_failed(channel, direction, operation, exc))

        return run

    return wrap
