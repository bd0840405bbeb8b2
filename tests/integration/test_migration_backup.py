"""The copy taken before a migration: killed halfway, tried again and again, it stays one complete copy per version
under its documented name, and what the interrupted tries left is removed."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from orderdesk.store import migrations
from orderdesk.store.db import open_database

V1_DUMP = Path(__file__).parent.parent / "data" / "schema_v1.sql"


def big_v1_database(path: Path, megabytes: int) -> Path:
    with sqlite3.connect(path) as con:
        con.executescript(V1_DUMP.read_text(encoding="utf-8"))
        con.execute("CREATE TABLE attachment_cache (data BLOB)")  # ballast, so a copy takes a while
        con.executemany("INSERT INTO attachment_cache VALUES (randomblob(1048576))", [()] * megabytes)
    con.close()
    return path


def copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".bak" in p.name)


def readable_v1_copy(copy: Path) -> bool:
    con = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        ok = con.execute("PRAGMA quick_check").fetchone() == ("ok",)
        return ok and con.execute('SELECT reference FROM "order"').fetchall() == [("AFF-1001",)]
    finally:
        con.close()


@pytest.mark.slow
def test_a_backup_killed_again_and_again_leaves_one_complete_copy_and_no_leftovers(tmp_path):
    path = big_v1_database(tmp_path / "desk.sqlite3", megabytes=80)
    documented = tmp_path / "desk.sqlite3.v1.bak"
    partial = tmp_path / "desk.sqlite3.v1.bak.partial"
    killed_mid_copy = 0
    for _ in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "orderdesk", "--db", str(path), "channels", "list"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while not partial.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if partial.exists():
            killed_mid_copy += 1
        # Whatever the moment of the kill: never a half copy under the documented name, never a second full copy.
        assert not documented.exists() or readable_v1_copy(documented)
        assert all(name == documented.name or name.startswith(partial.name) for name in copies(tmp_path))
        with sqlite3.connect(path) as con:
            if con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] != 1:
                break  # the migration got through before the kill
        con.close()
    assert killed_mid_copy >= 1

    done = subprocess.run(
        [sys.executable, "-m", "orderdesk", "--db", str(path), "channels", "list"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert copies(tmp_path) == [documented.name]
    assert readable_v1_copy(documented)


def test_copies_an_older_version_left_from_interrupted_tries_are_replaced_by_one(tmp_path):
    path = big_v1_database(tmp_path / "desk.sqlite3", megabytes=0)
    (tmp_path / "desk.sqlite3.v1.bak").write_bytes(b"")  # the empty copy of a killed try...
    (tmp_path / "desk.sqlite3.v1.bak-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")  # ...its hot journal
    for number in (2, 3):
        (tmp_path / f"desk.sqlite3.v1.{number}.bak").write_bytes(path.read_bytes())
    (tmp_path / "desk.sqlite3.v1.bak.partial").write_bytes(b"half")
    db = open_database(str(path))
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    db.close()
    assert copies(tmp_path) == ["desk.sqlite3.v1.bak"]
    assert readable_v1_copy(tmp_path / "desk.sqlite3.v1.bak")
