"""Command line: gui (default), orders, returns, stock, log, channels, purchase, db, sync, sandbox. One
module per command group.

Exit codes: 0 success, 1 an action was refused or failed (the reason on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence

from orderdesk import APP_NAME, __version__, logs
from orderdesk.cli import channels, db, log, orders, purchase, returns, run, stock
from orderdesk.cli.common import EXIT_REFUSED, EXIT_USAGE, Commands, UsageError
from orderdesk.core.errors import RuleViolation

logger = logging.getLogger(__name__)

GROUPS = (orders, returns, stock, log, channels, purchase, db, run)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database URL or SQLite file (default: $ORDERDESK_DB, else the user's data folder)",
    )
    common.add_argument("--user", default=argparse.SUPPRESS, help="who is acting, for the audit trail")
    loudness = common.add_mutually_exclusive_group()
    loudness.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=argparse.SUPPRESS,
        help="log everything (DEBUG), to the log file and to stderr",
    )
    loudness.add_argument(
        "-q",
        "--quiet",
        action="count",
        default=argparse.SUPPRESS,
        help="log only warnings and errors (twice: only errors)",
    )

    parser = argparse.ArgumentParser(
        prog="orderdesk", description=f"{APP_NAME}: one desk for every sales channel.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on simulated channels and a throwaway database"
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the window's language: en, nl or de (default: the one chosen in Edit > Preferences, else the system's)",
    )
    parser.set_defaults(handler=run.cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    cmds = Commands(common)
    cmds.command(sub, "gui", run.cmd_gui, "open the order desk window (the default)")
    for group in GROUPS:
        group.register(sub, cmds)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from orderdesk.credentials import KeyringUnavailable
    from orderdesk.store.db import DatabaseUnavailable

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    args.db = getattr(args, "db", None)
    args.explicit_user = getattr(args, "user", None)
    args.user = args.explicit_user or _default_user()
    verbose, quiet = getattr(args, "verbose", 0), getattr(args, "quiet", 0)
    logs.setup(logs.level_from(verbose, quiet), console=bool(verbose))
    logger.debug("orderdesk %s: %s", __version__, " ".join(sys.argv[1:] if argv is None else argv))
    try:
        return int(args.handler(args))
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        sys.stderr.write(f"orderdesk: {exc}\n")
        return EXIT_USAGE
    except RuleViolation as exc:
        logger.warning("Refused: %s", exc.message)
        sys.stderr.write(f"{exc.message}\n")
        return EXIT_REFUSED
    except (KeyringUnavailable, DatabaseUnavailable) as exc:
        logger.error("%s", exc)
        sys.stderr.write(f"{exc}\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        return 130
    except Exception:
        logger.critical("OrderDesk stopped on an unexpected error.", exc_info=True)
        raise
    finally:
        _close_database()
        logs.shutdown()


def _close_database() -> None:
    """A command is done with the database: close it, so no read it left unfinished keeps an old snapshot (a caller
    that runs several commands in one process, as the tests do, then sees what other processes wrote since)."""
    from orderdesk.store.models import database_proxy

    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "operator"
