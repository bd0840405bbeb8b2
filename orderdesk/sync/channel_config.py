"""From a stored channel to an adapter's configuration: settings from the database, secrets from the keyring."""

from __future__ import annotations

from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.errors import AuthError
from orderdesk.core.channel_settings import secret_fields, stored_secret_problem
from orderdesk.services.channels import channel_secrets
from orderdesk.store.models import Channel


def config_for(channel: Channel) -> ChannelConfig:
    """The channel as its adapter takes it; AuthError when a stored secret could not be sent (one kept before entry
    was checked), so that this channel fails with the reason and the others go on."""
    secrets = channel_secrets(channel)
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
