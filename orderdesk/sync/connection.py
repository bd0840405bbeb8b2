"""`Test connection`: one call to the channel with the stored credentials, answered in plain words."""

from __future__ import annotations

import traceback

from orderdesk.channels.errors import AuthError, ChannelError
from orderdesk.channels.http import HttpSettings
from orderdesk.channels.redaction import redact_text
from orderdesk.channels.registry import make_adapter
from orderdesk.credentials import KeyringUnavailable
from orderdesk.store import synclog
from orderdesk.store.orders import get_channel
from orderdesk.sync.channel_config import config_for
from orderdesk.sync.engine import NOT_ONE_CHANNELS

# A connection test is a person waiting: fail fast rather than retry for minutes.
TEST_SETTINGS = HttpSettings(connect_timeout=5, read_timeout=15, max_retries=1, backoff_base=0.2)


def test_channel(name: str) -> tuple[bool, str]:
    """(True, what the channel said) or (False, why not, in plain words)."""
    channel = get_channel(name)
    secrets: list[str] = []
    try:
        config = config_for(channel)
        secrets = [value for value in config.secrets.values() if value]
        adapter = make_adapter(config, http_settings=TEST_SETTINGS)
        return True, adapter.test_connection()
    except AuthError as exc:
        return False, f"{_named(channel.name, exc.message)} Check the login and secrets saved for this channel."
    except ChannelError as exc:
        return False, _named(channel.name, exc.message)
    except (KeyringUnavailable, *NOT_ONE_CHANNELS):
        raise  # not this channel's problem: the caller says it plainly for every channel
    except Exception:  # a bug in OrderDesk: a plain answer here, the traceback in the sync log
        message = "The connection test stopped on an unexpected error in OrderDesk; the details are in the sync log."
        synclog.write(
            channel=channel.name,
            direction="pull",
            operation="test connection",
            outcome="failed",
            message=message,
            response_excerpt=redact_text(traceback.format_exc()[-3000:], secrets),
        )
        return False, _named(channel.name, message)


def _named(name: str, message: str) -> str:
    return message if message.startswith(name) else f"{name}: {message}"
