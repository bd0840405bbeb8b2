"""Channel configuration: add, change, remove; settings in the database, secrets in the OS keyring."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from orderdesk import credentials
from orderdesk.core import channel_options, validation
from orderdesk.core.capabilities import ChannelKind, parse_kind
from orderdesk.core.channel_settings import check_setting, fields_for, option_fields, secret_fields
from orderdesk.core.errors import RuleViolation
from orderdesk.core.roles import Right
from orderdesk.core.status_map import parse_status_map
from orderdesk.core.text import translate
from orderdesk.services.access import require
from orderdesk.store import audit
from orderdesk.store.db import transaction
from orderdesk.store.identity import database_id
from orderdesk.store.models import Channel, Order
from orderdesk.store.orders import get_channel

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9 _.-]*$"


def parse_options(items: list[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise RuleViolation(
                translate("ChannelService", "'{item}' is not key=value.", item=validation.shown(item)), field="option"
            )
        options[key.strip()] = value.strip()
    return options


def check_name(name: str) -> str:
    """A channel name as typed, trimmed; RuleViolation(field="name") when it cannot be one (the settings dialog
    checks it live with this)."""
    label = translate("ChannelService", "The channel name")
    clean_name = validation.require_text(name, label, field="name", max_length=64)
    if not re.match(NAME_PATTERN, clean_name):
        raise RuleViolation(
            translate("ChannelService", "A channel name may hold letters, digits, spaces, '.', '_' and '-'."),
            field="name",
        )
    return clean_name


def add_channel(
    name: str,
    kind: str,
    *,
    url: str = "",
    username: str = "",
    options: Mapping[str, str] | None = None,
    secrets: Mapping[str, str] | None = None,
    user: str,
    poll_interval_s: int = 300,
    retry_limit: int = 8,
    rate_limit_per_min: int | None = None,
    enabled: bool = True,
) -> Channel:
    """Configure a channel. Secrets go to the keyring first: if the keyring refuses, nothing is saved."""
    user = require(Right.CHANNELS, user)
    clean_name = check_name(name)
    channel_kind = parse_kind(kind)
    options = dict(options or {})
    secrets = {k: v for k, v in (secrets or {}).items() if v}
    _check_known(channel_kind.value, options, secrets)
    channel_options.check_options(options)
    _check_status_map(options)
    values: dict[str, Any] = {"url": url.strip(), "username": username.strip(), **options, **secrets}
    missing = [f.label for f in fields_for(channel_kind) if f.required and not values.get(f.key) and not f.default]
    if missing:
        raise RuleViolation(
            translate(
                "ChannelService",
                "A {kind} channel needs: {fields}.",
                kind=channel_kind.value,
                fields=", ".join(missing),
            )
        )
    for field in option_fields(channel_kind):
        if field.default and not options.get(field.key):
            options[field.key] = field.default
    _check_numbers(poll_interval_s, retry_limit, rate_limit_per_min)
    url, options, secrets = _checked_values(channel_kind, url, options, secrets)
    if Channel.get_or_none(Channel.name == clean_name) is not None:
        raise RuleViolation(
            translate("ChannelService", "There is already a channel called '{name}'.", name=clean_name), field="name"
        )
    database = database_id()
    for key, value in secrets.items():
        credentials.set_secret(database, clean_name, key, value)
    try:
        with transaction():
            channel = Channel.create(
                name=clean_name,
                kind=channel_kind.value,
                base_url=url,
                username=username.strip(),
                options=options,
                poll_interval_s=poll_interval_s,
                retry_limit=retry_limit,
                rate_limit_per_min=rate_limit_per_min,
                enabled=enabled,
            )
            audit.record(user, "channel_add", None, f"channel {clean_name} ({channel_kind.value}) added")
    except Exception:
        credentials.delete_secrets(database, clean_name, secrets)
        raise
    return channel


def update_channel(
    name: str,
    *,
    user: str,
    url: str | None = None,
    username: str | None = None,
    options: Mapping[str, str] | None = None,
    secrets: Mapping[str, str] | None = None,
    enabled: bool | None = None,
    poll_interval_s: int | None = None,
    retry_limit: int | None = None,
    rate_limit_per_min: int | None = None,
    clear_secrets: Iterable[str] = (),
) -> Channel:
    """Change a channel's settings; a secret given replaces the kept one (a revoked token, say), an absent one is left
    as it is, and an optional one named in `clear_secrets` is deleted from the keyring."""
    user = require(Right.CHANNELS, user)
    channel = get_channel(name)
    clear = sorted(set(clear_secrets))
    _check_numbers(poll_interval_s or 60, retry_limit if retry_limit is not None else 1, rate_limit_per_min)
    # Before the keyring is touched: anything refused must leave the kept secrets as they were.
    _check_known(channel.kind, options or {}, {**(secrets or {}), **dict.fromkeys(clear, "")})
    _check_clearable(channel.kind, clear, secrets or {})
    channel_options.check_options(options or {})
    _check_status_map(options or {})
    checked_url, options, secrets = _checked_values(channel.kind, url, options or {}, secrets or {})
    if secrets or clear:
        _adopt_legacy_secrets(channel)  # first, or a legacy entry would come back in place of one cleared now
    database = database_id()
    for key, value in (secrets or {}).items():
        if value:
            credentials.set_secret(database, channel.name, key, value)
    cleared = credentials.delete_secrets(database, channel.name, clear)
    with transaction():
        changed = []
        if url is not None:
            channel.base_url = checked_url
            changed.append("url")
        if username is not None:
            channel.username = username.strip()
            changed.append("user")
        if options:
            channel.options = {**(channel.options or {}), **options}
            changed.append("options " + ", ".join(sorted(options)))
        if enabled is not None:
            channel.enabled = enabled
            changed.append("enabled" if enabled else "disabled")
        if poll_interval_s is not None:
            channel.poll_interval_s = poll_interval_s
            changed.append("poll interval")
        if retry_limit is not None:
            channel.retry_limit = retry_limit
            changed.append("retry limit")
        if rate_limit_per_min is not None:
            channel.rate_limit_per_min = rate_limit_per_min or None
            changed.append("rate limit")
        if secrets:
            changed.append("secrets " + ", ".join(sorted(k for k, v in secrets.items() if v)))
        if cleared:
            changed.append("cleared secrets " + ", ".join(cleared))
        channel.save()
        audit.record(user, "channel_update", None, f"channel {channel.name}: " + ("; ".join(changed) or "no change"))
    return channel


def remove_channel(name: str, *, user: str) -> list[str]:
    """Remove a channel that has no orders, and forget its secrets; returns the secrets deleted."""
    user = require(Right.CHANNELS, user)
    channel = get_channel(name)
    orders = Order.select().where(Order.channel == channel).count()
    if orders:
        raise RuleViolation(
            translate(
                "ChannelService",
                "Channel {name} still has %n order(s). Disable it instead, so its orders keep their history.",
                orders,
                name=channel.name,
            )
        )
    with transaction():
        channel.delete_instance(recursive=True)
        audit.record(user, "channel_remove", None, f"channel {channel.name} removed")
    # This database's entries only: a name-only entry of an older OrderDesk may belong to another database too.
    return credentials.delete_secrets(database_id(), channel.name, [f.key for f in secret_fields(channel.kind)])


def channel_secrets(channel: Channel) -> dict[str, str]:
    """The channel's secrets from the OS keyring, under this database's own keys."""
    if channel.kind == ChannelKind.MANUAL.value:
        return {}
    _adopt_legacy_secrets(channel)
    return credentials.load_secrets(database_id(), channel.name, [f.key for f in secret_fields(channel.kind)])


def _adopt_legacy_secrets(channel: Channel) -> None:
    """A channel from before schema 6: copy its name-only keyring entries to this database's keys, once.

    Done on first use rather than in the migration, which must not need an unlocked keyring. The old entries are
    left: entries keyed by name alone were shared by every database with a channel of that name, and none of them
    can know whether the others have copied theirs yet."""
    if not channel.legacy_secrets:
        return
    if not Channel.select(Channel.legacy_secrets).where(Channel.id == channel.id).scalar():
        channel.legacy_secrets = False  # adopted meanwhile (a secret cleared since must not come back)
        return
    credentials.adopt_legacy(database_id(), channel.name, [f.key for f in secret_fields(channel.kind)])
    Channel.update(legacy_secrets=False).where(Channel.id == channel.id).execute()
    channel.legacy_secrets = False


def _check_known(kind: str, options: Mapping[str, str], secrets: Mapping[str, str]) -> None:
    known_options = {f.key for f in option_fields(kind)}
    unknown = sorted(set(options) - known_options)
    if unknown:
        allowed = ", ".join(sorted(known_options)) or translate("ChannelService", "none")
        raise RuleViolation(
            translate(
                "ChannelService",
                "{kind} channels have no option {options}. Options: {allowed}.",
                kind=kind,
                options=", ".join(validation.shown(key) for key in unknown),
                allowed=allowed,
            )
        )
    known_secrets = {f.key for f in secret_fields(kind)}
    strange = sorted(set(secrets) - known_secrets)
    if strange:
        allowed = ", ".join(sorted(known_secrets)) or translate("ChannelService", "none")
        raise RuleViolation(
            translate(
                "ChannelService",
                "{kind} channels keep no secret called {secrets}. Secrets: {allowed}.",
                kind=kind,
                secrets=", ".join(validation.shown(key) for key in strange),
                allowed=allowed,
            )
        )


def _check_clearable(kind: str, clear: Iterable[str], given: Mapping[str, str]) -> None:
    """Only an optional secret can be cleared: a required one is replaced, never left empty."""
    fields = {f.key: f for f in secret_fields(kind)}
    for key in clear:
        if fields[key].required:
            raise RuleViolation(
                translate(
                    "ChannelService",
                    "The {secret} is required for a {kind} channel: give a new one instead of clearing it.",
                    secret=fields[key].label,
                    kind=kind,
                ),
                field=key,
            )
        if given.get(key):
            raise RuleViolation(
                translate(
                    "ChannelService", "The {secret} cannot be both replaced and cleared.", secret=fields[key].label
                ),
                field=key,
            )


def _checked_values(
    kind: str, url: str | None, options: Mapping[str, str], secrets: Mapping[str, str]
) -> tuple[str, dict[str, str], dict[str, str]]:
    """(url, options, secrets) as they will be kept, or RuleViolation naming the first one a channel could not use:
    the same checks (core.channel_settings.check_setting) the settings form runs as the admin types."""
    fields = {f.key: f for f in fields_for(kind)}
    clean_url = (url or "").strip()
    if clean_url and "url" in fields:
        clean_url = check_setting(fields["url"], clean_url)
    clean_options = {
        key: check_setting(fields[key], value) if key in fields and value else value for key, value in options.items()
    }
    clean_secrets = {
        key: check_setting(fields[key], value) if key in fields and value else value for key, value in secrets.items()
    }
    return clean_url, clean_options, clean_secrets


def _check_status_map(options: Mapping[str, str]) -> None:
    """The adapters read it with core.status_map (its `|` alternatives too): refuse here what they could not."""
    if "status_map" in options:
        parse_status_map(options["status_map"])


def _check_numbers(poll_interval_s: int, retry_limit: int, rate_limit_per_min: int | None) -> None:
    # The upper bounds are the settings form's; beyond them a number once overflowed the database's integer.
    if poll_interval_s < 10:
        message = translate("ChannelService", "The polling interval must be at least 10 seconds.")
        raise RuleViolation(message, field="poll_interval_s")
    if poll_interval_s > 86_400:
        message = translate("ChannelService", "The polling interval can be at most 86,400 seconds (a day).")
        raise RuleViolation(message, field="poll_interval_s")
    if not 0 <= retry_limit <= 100:
        raise RuleViolation(
            translate("ChannelService", "The retry limit must be between 0 and 100."), field="retry_limit"
        )
    if rate_limit_per_min is not None and rate_limit_per_min < 0:
        message = translate("ChannelService", "The rate limit cannot be negative.")
        raise RuleViolation(message, field="rate_limit_per_min")
    if rate_limit_per_min is not None and rate_limit_per_min > 100_000:
        message = translate("ChannelService", "The rate limit can be at most 100,000 calls per minute.")
        raise RuleViolation(message, field="rate_limit_per_min")
