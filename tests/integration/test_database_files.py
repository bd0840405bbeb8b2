"""What `--db` may name: a file that is not an OrderDesk database is refused in one sentence and left as it was;
a read-only database can be listed and shown, and nothing tries to change it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from factories import make_channel, make_order

from orderdesk.store.db import open_database

V1_DUMP = Path(__file__).parent.parent / "data" / "schema_v1.sql"


def orderdesk(*argv: str, read_only_folder: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "orderdesk", *argv]
    if read_only_folder is not None:
        command = read_only(read_only_folder, command)
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def read_only(folder: Path, command: list[str]) -> list[str]:
    """The command, run where `folder` cannot be written: a read-only mount for root (whom file modes do not stop),
    the folder's write bits taken away for anyone else."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return command
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare to mount a folder read-only as root")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return ["unshare", "--mount", "sh", "-c", script, str(folder), *command]


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def assert_refused_plainly(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize(
    ("name", "content"),
    [("notes.txt", b"Shopping list\n- mugs\n"), ("noise.bin", bytes(range(256)) * 40)],
)
def test_a_text_or_random_file_is_refused_and_left_as_it_was(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    before = fingerprint(tmp_path)
    result = orderdesk("--db", str(path), "orders", "list")
    assert_refused_plainly(result, str(path), "not a SQLite file")
    assert fingerprint(tmp_path) == before


def test_a_database_url_of_a_kind_orderdesk_does_not_use_is_refused_plainly(tmp_path):
    result = orderdesk("--db", "mysql://desk:secret@127.0.0.1/orders", "orders", "list")
    assert_refused_plainly(result, "SQLite", "PostgreSQL")
    assert "secret" not in result.stderr


def test_another_programs_sqlite_file_is_refused_and_gets_no_tables(tmp_path):
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE album (id INTEGER PRIMARY KEY, title TEXT)")
        con.execute("INSERT INTO album (title) VALUES ('Holiday')")
    con.close()
    before = fingerprint(tmp_path)
    result = orderdesk("--db", str(path), "channels", "add", "shop", "--kind", "manual")
    assert_refused_plainly(result, "another program's database", "album")
    assert fingerprint(tmp_path) == before


@pytest.fixture
def desk_folder(tmp_path, keyring_memory):
    """A folder holding one OrderDesk database with a channel and an order, closed."""
    folder = tmp_path / "desk"
    folder.mkdir()
    db = open_database(str(folder / "desk.sqlite3"))
    make_channel()
    order = make_order()
    db.close()
    yield folder, order
    folder.chmod(0o755)


def test_a_read_only_database_can_be_listed_and_shown_and_says_so_once(desk_folder):
    folder, order = desk_folder
    path = str(folder / "desk.sqlite3")
    before = fingerprint(folder)
    for argv in (["orders", "list"], ["orders", "show", str(order.id)], ["channels", "list"], ["log", "list"]):
        result = orderdesk("--db", path, *argv, read_only_folder=folder)
        assert result.returncode == 0, (argv, result.stderr)
        assert result.stderr.count("read-only") == 1 and "changes are not possible" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    listed = orderdesk("--db", path, "orders", "list", read_only_folder=folder)
    assert order.reference in listed.stdout
    assert fingerprint(folder) == before


def test_a_change_to_a_read_only_database_is_refused_in_one_sentence(desk_folder):
    folder, order = desk_folder
    path = str(folder / "desk.sqlite3")
    before = fingerprint(folder)
    for argv in (["orders", "status", str(order.id), "processing"], ["sync", "--once"], ["log", "retry", "1"]):
        result = orderdesk("--db", path, *argv, read_only_folder=folder)
        assert_refused_plainly(result, "read-only", "changes are not possible")
    assert fingerprint(folder) == before


def test_a_read_only_database_that_needs_a_migration_is_not_migrated_and_says_why(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    with sqlite3.connect(folder / "desk.sqlite3") as con:
        con.executescript(V1_DUMP.read_text(encoding="utf-8"))
    con.close()
    before = fingerprint(folder)
    result = orderdesk("--db", str(folder / "desk.sqlite3"), "orders", "list", read_only_folder=folder)
    folder.chmod(0o755)
    assert_refused_plainly(result, "read-only", "older OrderDesk", "cannot be written")
    assert fingerprint(folder) == before
