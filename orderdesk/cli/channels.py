"""channels: add, update, list, remove and test the sales channels an admin configures."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from orderdesk.cli.common import EXIT_OK, EXIT_REFUSED, Commands, UsageError, emit, emit_json, open_db, table


def _read_secrets(kind: str, stdin: bool) -> dict[str, str]:
    """Secrets from standard input: one `field=value` per line, or a single bare line for a one-secret kind."""
    from orderdesk.core.channel_settings import secret_fields

    if not stdin:
        return {}
    fields = [f.key for f in secret_fields(kind)]
    text = sys.stdin.read()
    lines = [line.rstrip("\r") for line in text.splitlines() if line.strip()]
    if not lines:
        raise UsageError("--secret-stdin was given but standard input was empty.")
    secrets: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition("=")
        if sep and key.strip() in fields:
            secrets[key.strip()] = value
        elif len(lines) == 1 and fields:
            secrets[fields[0]] = line
        else:
            raise UsageError(f"Each line on standard input must be field=value with field one of: {', '.join(fields)}.")
    return secrets


def cmd_channels_add(args: argparse.Namespace) -> int:
    from orderdesk.core.capabilities import parse_kind
    from orderdesk.services.channels import add_channel, parse_options

    kind = parse_kind(args.kind)
    options = parse_options(args.option or [])
    secrets = _read_secrets(kind, args.secret_stdin)
    open_db(args)
    channel = add_channel(
        args.name,
        kind,
        url=args.url or "",
        username=args.user_name or "",
        options=options,
        secrets=secrets,
        user=args.user,
        poll_interval_s=args.poll_interval,
        retry_limit=args.retry_limit,
        rate_limit_per_min=args.rate_limit,
    )
    kept = f"; {len(secrets)} secret(s) kept in the OS keyring" if secrets else ""
    emit(f"Channel {channel.name} ({channel.kind}) added{kept}.")
    return EXIT_OK


def cmd_channels_update(args: argparse.Namespace) -> int:
    from orderdesk.services.channels import parse_options, update_channel
    from orderdesk.store.orders import get_channel

    options = parse_options(args.option or [])
    open_db(args)
    channel = get_channel(args.name)
    secrets = _read_secrets(channel.kind, args.secret_stdin)
    clear = args.clear_secret or []
    numbers = {
        "poll_interval_s": args.poll_interval,
        "retry_limit": args.retry_limit,
        "rate_limit_per_min": args.rate_limit,
    }
    given = [args.url, args.user_name, *numbers.values()]
    if not (options or secrets or clear or any(value is not None for value in given)):
        raise UsageError(
            "Nothing to change: give --url, --login, --option, --secret-stdin, --clear-secret or a sync setting."
        )
    update_channel(
        channel.name,
        user=args.user,
        url=args.url,
        username=args.user_name,
        options=options,
        secrets=secrets,
        clear_secrets=clear,
        **{key: value for key, value in numbers.items() if value is not None},
    )
    done = []
    if secrets:
        done.append(f"{len(secrets)} secret(s) replaced in the OS keyring")
    if clear:
        done.append(f"{len(clear)} secret(s) cleared from the OS keyring")
    emit(f"Channel {channel.name} updated" + (f"; {'; '.join(done)}" if done else "") + ".")
    return EXIT_OK


def cmd_channels_list(args: argparse.Namespace) -> int:
    from orderdesk.core.urls import shown
    from orderdesk.store.models import Channel, Order

    open_db(args, reading=True)
    channels = list(Channel.select().order_by(Channel.name))
    counts = {c.id: Order.select().where(Order.channel == c).count() for c in channels}
    if args.format == "json":
        emit_json(
            [
                {
                    "name": c.name,
                    "kind": c.kind,
                    "url": shown(c.base_url),
                    "user": c.username,
                    "options": c.options,
                    "enabled": c.enabled,
                    "poll_interval_s": c.poll_interval_s,
                    "retry_limit": c.retry_limit,
                    "rate_limit_per_min": c.rate_limit_per_min,
                    "state": c.state,
                    "orders": counts[c.id],
                }
                for c in channels
            ]
        )
        return EXIT_OK
    rows = [[c.name, c.kind, shown(c.base_url), "yes" if c.enabled else "no", c.state, counts[c.id]] for c in channels]
    emit(table(["name", "kind", "url", "enabled", "state", "orders"], rows))
    return EXIT_OK


def cmd_channels_remove(args: argparse.Namespace) -> int:
    from orderdesk.services.channels import remove_channel

    open_db(args)
    removed = remove_channel(args.name, user=args.user)
    forgotten = f"; {len(removed)} secret(s) removed from the OS keyring" if removed else ""
    emit(f"Channel {args.name} removed{forgotten}.")
    return EXIT_OK


def cmd_channels_test(args: argparse.Namespace) -> int:
    from orderdesk.sync.connection import test_channel

    open_db(args)
    ok, message = test_channel(args.name)
    if ok:
        emit(message)
        return EXIT_OK
    sys.stderr.write(message + "\n")
    return EXIT_REFUSED


def _connection_args(p: argparse.ArgumentParser, secrets_help: str) -> None:
    """What `channels add` and `channels update` both take: the address, the login, options and secrets."""
    p.add_argument("--url", help="the channel's base URL")
    p.add_argument("--login", dest="user_name", metavar="LOGIN", help="the channel's user / client id / login")
    p.add_argument("--option", action="append", metavar="KEY=VALUE")
    p.add_argument("--secret-stdin", action="store_true", help=secrets_help)


def register(sub: Any, cmds: Commands) -> None:
    channels = sub.add_parser("channels", help="configure sales channels").add_subparsers(
        title="channels", metavar="ACTION", required=True
    )
    p = cmds.command(channels, "add", cmd_channels_add, "configure a channel; secrets go to the OS keyring")
    p.add_argument("name")
    p.add_argument("--kind", required=True, help="affiliate, cloudsuite, magento, otplatform or manual")
    _connection_args(p, "read secrets from standard input: field=value per line (or one line for one secret)")
    p.add_argument("--poll-interval", type=int, default=300, metavar="SECONDS")
    p.add_argument("--retry-limit", type=int, default=8)
    p.add_argument("--rate-limit", type=int, metavar="CALLS_PER_MINUTE")
    p = cmds.command(
        channels,
        "update",
        cmd_channels_update,
        "change a channel's settings or replace its secrets (a revoked token, say); what is not given stays",
    )
    p.add_argument("name")
    _connection_args(
        p, "read the secrets to replace from standard input: field=value per line (or one line for one secret)"
    )
    p.add_argument(
        "--clear-secret", action="append", metavar="FIELD", help="delete an optional secret from the OS keyring"
    )
    p.add_argument("--poll-interval", type=int, metavar="SECONDS")
    p.add_argument("--retry-limit", type=int)
    p.add_argument("--rate-limit", type=int, metavar="CALLS_PER_MINUTE", help="0 for no limit")
    p = cmds.command(channels, "list", cmd_channels_list, "the configured channels")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p = cmds.command(channels, "remove", cmd_channels_remove, "remove a channel without orders and forget its secrets")
    p.add_argument("name")
    p = cmds.command(channels, "test", cmd_channels_test, "call the channel with its credentials")
    p.add_argument("name")
