"""From a stored channel to an adapter's configuration: settings from the database, secrets from the keyring."""

from __future__ import annotations

import threading
import time

from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.errors import AuthError
from orderdesk.core.channel_settings import secret_fields, stored_secret_problem
from orderdesk.services.channels import channel_secrets
from orderdesk.store.models import Channel


def config_for(channel: Channel, secrets: dict[str, str] | None = None) -> ChannelConfig:
    """The channel as its adapter takes it (its secrets read from the keyring unless given); AuthError when a stored
    secret could not be sent (one kept before entry was checked), so that this channel fails with the reason and
    the others go on."""
    secrets = channel_secrets(channel) if secrets is None else secrets
    for field in secret_fields(channel.kind):
        why = stored_secret_problem(field, secrets.get(field.key) or "", channel.name)
        if why:
            raise AuthError(why)
    return ChannelConfig(
        name=channel.name,
        kind=channel.kind,
        base_url=channel.base_url,
        username=channel.username,
        options=dict(channel.options or {}),
        secrets=secrets,
        rate_limit_per_min=channel.rate_limit_per_min,
    )


SECRETS_FRESH_S = 30.0


class ChannelConfigs:
    """The channels' configurations for the engine, their secrets read from the keyring at most every
    SECRETS_FRESH_S per channel (and again at once after a refused sign-in). Reading the keyring for every call
    made a busy engine ask the Secret Service hundreds of times a minute, and a keyring that was slow to answer
    under that load failed events that had nothing wrong with them."""

    def __init__(self, fresh_s: float = SECRETS_FRESH_S) -> None:
        self.fresh_s = fresh_s
        self._secrets: dict[int, tuple[float, dict[str, str]]] = {}
        self._guard = threading.Lock()

    def config(self, channel: Channel) -> ChannelConfig:
        with self._guard:  # one read at a time: the push threads asking at once share it
            cached = self._secrets.get(channel.id)
            if cached is None or time.monotonic() - cached[0] >= self.fresh_s:
                cached = (time.monotonic(), channel_secrets(channel))
                self._secrets[channel.id] = cached
        return config_for(channel, dict(cached[1]))

    def forget(self, channel_id: int) -> None:
        """Read the channel's secrets again next time (a sign-in was refused: an admin may have replaced them)."""
        with self._guard:
            self._secrets.pop(channel_id, None)
