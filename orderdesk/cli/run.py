"""Running OrderDesk: the window (also as a demo), headless sync, the sandbox of simulators."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from typing import Any

from orderdesk.cli.common import Commands, UsageError, open_db


def cmd_sync(args: argparse.Namespace) -> int:
    from orderdesk.store.db import DatabaseLocked
    from orderdesk.sync.headless import run_sync

    told = False
    while True:
        try:
            open_db(args)
            break
        except DatabaseLocked as exc:
            # A sync started while another program writes waits for the lock, as a running one does.
            if not told:
                sys.stderr.write(f"{exc} Sync waits for it.\n")
                told = True
            time.sleep(1.0)
    return run_sync(args)


def cmd_sandbox(args: argparse.Namespace) -> int:
    from orderdesk.sandbox.runner import serve_forever

    return serve_forever(host=args.host, port=args.port)


def cmd_gui(args: argparse.Namespace) -> int:
    from orderdesk.ui.app import missing_display, run_gui
    from orderdesk.ui.i18n import LANGUAGES, supported

    args.lang = getattr(args, "lang", None)
    if args.lang and not supported(args.lang):
        raise UsageError(f"--lang {args.lang}: the window speaks {', '.join(LANGUAGES)}")

    if not getattr(args, "demo", False):
        return run_gui(db_url=args.db, user=args.user, language=args.lang)
    from orderdesk.sandbox.demo import remove_stale_demos, start_demo
    from orderdesk.ui.main_window import DEMO_NOTE

    no_display = missing_display()
    if no_display:  # before the demo makes its folder and starts its simulators
        sys.stderr.write(no_display + "\n")
        return 1
    remove_stale_demos()
    # Until the window takes over Ctrl+C and SIGTERM, they end the demo through `finally`, so its folder goes too.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    demo = start_demo()
    try:
        sys.stderr.write(f"Demo: simulated channels and a throwaway database in {demo.folder}\n")
        return run_gui(
            db_url=demo.db_url,
            user=args.user,
            title_note=DEMO_NOTE,
            on_exit=demo.stop,
            language=args.lang,
        )
    finally:
        demo.stop()  # a second time after on_exit is harmless; the first may not have come (an error before Qt)


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def register(sub: Any, cmds: Commands) -> None:
    p = cmds.command(sub, "sync", cmd_sync, "pull orders and push changes without a window")
    p.add_argument("--channel")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pull and push, then exit (default)")
    mode.add_argument("--watch", action="store_true", help="keep syncing until interrupted")
    mode.add_argument("--reconcile", action="store_true", help="compare with the channel and import what is missing")
    p.add_argument("--since", help="with --reconcile: from this date (YYYY-MM-DD)")
    p.add_argument(
        "--listen",
        metavar="HOST:PORT",
        help="with --watch: also take the affiliate system's webhooks (POST /webhooks/<channel name>) here",
    )

    p = cmds.command(sub, "sandbox", cmd_sandbox, "run simulators of every channel on this machine")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="first of five consecutive ports (default: any free ones)")
