"""From a stored channel to an adapter's configuration: settings from the database, secrets from the keyring."""

from __future__ import annotations

from orderdesk.channels.base import ChannelConfig
from orderdesk.services.channels import channel_secrets
from orderdesk.store.models import Channel


def config_for(channel: Channel) -> ChannelConfig:
    return ChannelConfig(
        name=channel.name,
        kind=channel.kind,
        base_url=channel.base_url,
        username=channel.username,
        options=dict(channel.options or {}),
        secrets=channel_secrets(channel),
        rate_limit_per_min=channel.rate_limit_per_min,
    )
