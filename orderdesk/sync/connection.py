"""`Test connection`: one call to the channel with the stored credentials, answered in plain words."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.errors import AuthError, ChannelError
from orderdesk.channels.http import HttpSettings
from orderdesk.channels.redaction import redact_text
from orderdesk.channels.registry import make_adapter
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.credentials import KeyringUnavailable
from orderdesk.services.channels import channel_secrets
from orderdesk.store import synclog
from orderdesk.store.orders import get_channel
from orderdesk.sync.channel_config import config_for
from orderdesk.sync.engine import NOT_ONE_CHANNELS

# A connection test is a person waiting: fail fast rather than retry for minutes.
TEST_SETTINGS = HttpSettings(connect_timeout=5, read_timeout=15, max_retries=1, backoff_base=0.2)
# What to check when the channel refused the credentials: the ones kept, or the ones the admin typed.
CHECK_SAVED = QT_TRANSLATE_NOOP("SyncConnection", "{problem} Check the login and secrets saved for this channel.")
CHECK_TYPED = QT_TRANSLATE_NOOP("SyncConnection", "{problem} Check the login and secrets you typed.")


def test_channel(name: str) -> tuple[bool, str]:
    """(True, what the channel said) or (False, why not, in plain words)."""
    channel = get_channel(name)
    return _test(channel.name, lambda: config_for(channel), CHECK_SAVED)


@dataclass(frozen=True)
class TypedChannel:
    """A channel's settings as an admin typed them in the form, not saved yet."""

    name: str
    kind: str
    url: str
    username: str = ""
    options: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)
    rate_limit_per_min: int | None = None


def test_values(typed: TypedChannel, stored_as: str | None = None) -> tuple[bool, str]:
    """Test what an admin typed, before anything is saved. A secret left empty on an existing channel (the form
    shows "stored") is the one in the keyring."""

    def config() -> ChannelConfig:
        secrets = dict(typed.secrets)
        if stored_as is not None:
            stored = channel_secrets(get_channel(stored_as))
            secrets = {**stored, **{k: v for k, v in secrets.items() if v}}
        return ChannelConfig(
            name=typed.name,
            kind=typed.kind,
            base_url=typed.url,
            username=typed.username,
            options=dict(typed.options),
            secrets=secrets,
            rate_limit_per_min=typed.rate_limit_per_min,
        )

    return _test(typed.name or translate("SyncConnection", "The channel"), config, CHECK_TYPED)


def _test(name: str, configure: Callable[[], ChannelConfig], check: str) -> tuple[bool, str]:
    secrets: list[str] = []
    try:
        config = configure()
        secrets = [value for value in config.secrets.values() if value]
        adapter = make_adapter(config, http_settings=TEST_SETTINGS)
        return True, adapter.test_connection()
    except AuthError as exc:
        return False, translate("SyncConnection", check, problem=_named(name, exc.message))
    except ChannelError as exc:
        return False, _named(name, exc.message)
    except (KeyringUnavailable, *NOT_ONE_CHANNELS):
        raise  # not this channel's problem: the caller says it plainly for every channel
    except Exception:  # a bug in OrderDesk: a plain answer here, the traceback in the sync log
        message = translate(
            "SyncConnection",
            "The connection test stopped on an unexpected error in OrderDesk; the details are in the sync log.",
        )
        synclog.write(
            channel=name,
            direction="pull",
            operation="test connection",
            outcome="failed",
            message=message,
            response_excerpt=redact_text(traceback.format_exc()[-3000:], secrets),
        )
        return False, _named(name, message)


def _named(name: str, message: str) -> str:
    return message if message.startswith(name) else f"{name}: {message}"
