"""`orderdesk db upgrade` on a shared PostgreSQL database: desks starting at once migrate it once, under an
advisory lock; a database newer than this OrderDesk is refused in plain words."""

from __future__ import annotations

import subprocess
import sys

from orderdesk.store import migrations
from orderdesk.store.db import open_database


def upgrade(url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "db", "upgrade", "--db", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_desks_upgrading_at_once_migrate_the_database_once(schema_url):
    desks = [upgrade(schema_url) for _ in range(3)]
    answers = [desk.communicate(timeout=60) for desk in desks]
    assert [desk.returncode for desk in desks] == [0, 0, 0], answers
    for out, _err in answers:
        assert f"is at schema {migrations.CURRENT_VERSION}" in out
    db = open_database(schema_url)
    versions = db.execute_sql(f"SELECT version FROM {migrations.VERSION_TABLE}").fetchall()
    assert versions == [(migrations.CURRENT_VERSION,)]  # one desk made the tables, the others found them
    db.close()


def test_a_database_newer_than_this_orderdesk_is_refused_in_plain_words(schema_url):
    db = open_database(schema_url)
    db.execute_sql(f"UPDATE {migrations.VERSION_TABLE} SET version = {migrations.CURRENT_VERSION + 1}")
    db.close()
    desk = upgrade(schema_url)
    out, err = desk.communicate(timeout=60)
    assert desk.returncode == 1
    assert "written by a newer OrderDesk" in err and "Traceback" not in err
