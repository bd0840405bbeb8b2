"""`Test connection`: one call to the channel with the stored credentials, answered in plain words."""

from __future__ import annotations

from orderdesk.channels.errors import AuthError, ChannelError
from orderdesk.channels.http import HttpSettings
from orderdesk.channels.registry import make_adapter
from orderdesk.store.orders import get_channel
from orderdesk.sync.channel_config import config_for

# A connection test is a person waiting: fail fast rather than retry for minutes.
TEST_SETTINGS = HttpSettings(connect_timeout=5, read_timeout=15, max_retries=1, backoff_base=0.2)


def test_channel(name: str) -> tuple[bool, str]:
    """(True, what the channel said) or (False, why not, in plain words)."""
    channel = get_channel(name)
    try:
        adapter = make_adapter(config_for(channel), http_settings=TEST_SETTINGS)
        return True, adapter.test_connection()
    except AuthError as exc:
        return False, f"{_named(channel.name, exc.message)} Check the login and secrets saved for this channel."
    except ChannelError as exc:
        return False, _named(channel.name, exc.message)


def _named(name: str, message: str) -> str:
    return message if message.startswith(name) else f"{name}: {message}"
