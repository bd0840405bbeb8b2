"""A shared PostgreSQL database: desks starting at once migrate it once (an advisory lock), a newer database is
refused in plain words, and two desks editing one order at once never overwrite each other silently."""

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


def test_two_desks_editing_one_order_at_once_one_saves_and_the_other_is_told(schema_url, keyring_memory):
    from factories import make_channel, make_order

    open_database(schema_url)
    make_channel("man", "manual")
    order = make_order("man")
    desks = [
        subprocess.Popen(
            [sys.executable, "-m", "orderdesk", "--db", schema_url, "orders", "edit", str(order.id)]
            + ["--set", f"city={city}", "--expect-version", "1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for city in ("Poznań", "Gdańsk")
    ]
    answers = [desk.communicate(timeout=60) for desk in desks]
    codes = sorted(desk.returncode for desk in desks)
    assert codes == [0, 1], answers
    refused = next(err for desk, (_out, err) in zip(desks, answers, strict=True) if desk.returncode == 1)
    assert "was changed by someone else" in refused and "Traceback" not in refused
    from orderdesk.store.models import Order

    saved = Order.get_by_id(order.id)
    assert saved.version == 2 and saved.shipping_address["city"] in ("Poznań", "Gdańsk")
