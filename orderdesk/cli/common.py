"""What every command group shares: exit codes, usage errors, output formats, opening the database."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation, shown

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """The command line itself is wrong (exit 2)."""


def pairs(items: Sequence[str] | None, what: str) -> dict[int, int]:
    """LINE_ID=N pairs."""
    result: dict[int, int] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isdecimal():
            raise UsageError(f"{what} takes LINE_ID=QUANTITY (e.g. 12=2), not '{shown(item)}'.")
        number = validation.quantity(value.strip(), f"The quantity in '{shown(item)}'")
        result[int(key)] = min(result.get(int(key), 0) + number, validation.MAX_QUANTITY + 1)
    return result


def limit_arg(text: str) -> int:
    """--limit: how many rows to show, 1 to 1,000,000 (argparse turns the error into a usage message)."""
    if not text.strip().isdecimal() or not 1 <= int(text) <= 1_000_000:
        raise argparse.ArgumentTypeError(f"takes a whole number from 1 to 1,000,000, not '{shown(text)}'")
    return int(text)


def id_arg(text: str) -> int:
    """A row id (an event, a line): a whole number (a larger one than any database holds finds nothing)."""
    if not text.strip().isdecimal():
        raise argparse.ArgumentTypeError(f"takes an id (a whole number), not '{shown(text)}'")
    return int(text)


def emit(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def emit_json(data: Any) -> None:
    emit(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(value.ljust(widths[i]) for i, value in enumerate(row)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def csv_text(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue()


def open_db(args: argparse.Namespace, *, reading: bool = False) -> None:
    """Open the database for a command; one that only reads (`reading`) also works on a read-only database."""
    from orderdesk.store.db import describe, is_read_only, open_database, resolve_url
    from orderdesk.store.models import database_proxy

    open_database(args.db, read_only_ok=reading)
    if reading and is_read_only(database_proxy):
        sys.stderr.write(
            f"The order database {describe(resolve_url(args.db))} is read-only: it can be listed and shown, "
            "but changes are not possible.\n"
        )
    _act_as_login(args)


def _act_as_login(args: argparse.Namespace) -> None:
    """On PostgreSQL the audit names the database login, which the database checks: a different --user is refused."""
    from orderdesk.store import rights

    if not rights.enforced():
        return
    login = rights.current_login()
    given = getattr(args, "explicit_user", None)
    if given is not None and given != login:
        raise RuleViolation(
            f"On PostgreSQL you act as your database login, {login}: leave out --user {shown(given)}, or connect as "
            "that login."
        )
    args.user = login


def report(result_order: Any, event: Any, what: str) -> None:
    tail = f"; sync event #{event.id} queued for {result_order.channel.name}" if event is not None else ""
    emit(f"Order {result_order.reference} {what} (version {result_order.version}){tail}.")


@dataclass
class Commands:
    """Adds subcommands that all take the common options (--db, --user)."""

    common: argparse.ArgumentParser

    def command(self, parent: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(
            name, help=help_text, description=help_text, parents=[self.common]
        )
        p.set_defaults(handler=handler)
        return p

    @staticmethod
    def order_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("order", metavar="ID", help="local order id, or a reference (with --channel)")
        p.add_argument("--channel", help="channel name, to find the order by its reference")

    @staticmethod
    def version_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--expect-version", type=int, metavar="N", help="refuse the change if the order is no longer at version N"
        )
