"""`orderdesk --demo` as a new user meets it: simulators in-process, a throwaway database, orders flowing in."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from orderdesk.core.capabilities import ChannelKind
from orderdesk.sandbox.demo import place_random_order, start_demo
from orderdesk.store.models import Channel, Order
from orderdesk.ui.app import open_window


def kinds_with_orders() -> set[str]:
    query = Channel.select(Channel.kind).join(Order, on=(Order.channel == Channel.id)).distinct()
    return {channel.kind for channel in query}


def test_demo_shows_orders_of_every_channel_and_new_ones_as_they_arrive(qtbot, keyring_memory):
    demo = start_demo(feed=False)
    try:
        assert {channel.kind for channel in Channel.select()} == {
            ChannelKind.AFFILIATE.value,
            ChannelKind.CLOUDSUITE.value,
            ChannelKind.MAGENTO.value,
            ChannelKind.OTPLATFORM.value,
        }
        window = open_window(db_url=demo.db_url, user="demo", title_note=" — demo")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: len(kinds_with_orders()) == 4, timeout=30_000)
        qtbot.waitUntil(lambda: window.model.total == Order.select().count(), timeout=10_000)
        assert window.model.total > 20
        assert "demo" in window.windowTitle()

        before = Order.select().count()
        place_random_order(demo.fleet, random.Random(3))
        window.controller.sync_now("")
        qtbot.waitUntil(lambda: window.model.total == before + 1, timeout=30_000)
        window.close()
        assert not window.controller.sync_thread.isRunning()
    finally:
        demo.stop()


def orders_in(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)) as conn:
            return int(conn.execute('SELECT count(*) FROM "order"').fetchone()[0])
    except sqlite3.Error:
        return 0  # the schema is still being created


def test_orderdesk_demo_runs_from_the_command_line_and_closes_cleanly_on_sigterm(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1", "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "--demo"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env
    )
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline().decode()
        assert first.startswith("Demo: simulated channels and a throwaway database in "), first
        folder = Path(first.rsplit(" in ", 1)[1].strip())
        deadline = time.monotonic() + 60
        while orders_in(folder / "demo.sqlite3") == 0 and time.monotonic() < deadline:
            time.sleep(0.2)  # orders arrive once the window is up and its sync thread runs
        assert orders_in(folder / "demo.sqlite3") > 0
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        assert not folder.exists(), "the throwaway database is removed on exit"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
