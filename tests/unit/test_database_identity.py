"""Keyring entries are keyed by the database's own identity and the channel, not by the channel's name alone: adding
or removing `Shared` in one database leaves another database's `Shared` alone. A database from before schema 6
keeps its secrets: they are copied from the old name-only entries on first use, and those entries are left for any
other database that may still need them."""

import sqlite3
from pathlib import Path

from orderdesk.credentials import SERVICE, entry_name
from orderdesk.services.channels import add_channel, channel_secrets, remove_channel, update_channel
from orderdesk.store import migrations
from orderdesk.store.db import open_database
from orderdesk.store.identity import database_id
from orderdesk.store.models import Channel

V1_DUMP = Path(__file__).parent.parent / "data" / "schema_v1.sql"


def v1_database(path: Path) -> Path:
    """A desk database as OrderDesk's first schema left it, with the affiliate channel `shop`."""
    with sqlite3.connect(path) as con:
        con.executescript(V1_DUMP.read_text(encoding="utf-8"))
    return path


def test_every_new_database_gets_its_own_identity_and_keeps_it(tmp_path):
    first = open_database(str(tmp_path / "a.sqlite3"))
    identity = database_id()
    first.close()
    open_database(str(tmp_path / "b.sqlite3")).close()
    other = database_id()
    again = open_database(str(tmp_path / "a.sqlite3"))

    assert database_id() == identity != other
    assert len(identity) == 36
    again.close()


def test_a_channel_of_the_same_name_in_two_databases_keeps_its_own_token(tmp_path, keyring_memory):
    a = open_database(str(tmp_path / "a.sqlite3"))
    add_channel("Shared", "affiliate", url="https://a.example.com", secrets={"token": "token-of-a"}, user="ada")
    a_id = database_id()
    a.close()

    b = open_database(str(tmp_path / "b.sqlite3"))
    add_channel("Shared", "affiliate", url="https://b.example.com", secrets={"token": "token-of-b"}, user="bob")
    assert remove_channel("Shared", user="bob") == ["token"]
    b.close()

    a = open_database(str(tmp_path / "a.sqlite3"))
    assert channel_secrets(Channel.get(Channel.name == "Shared")) == {"token": "token-of-a"}
    assert keyring_memory.entries == {(SERVICE, entry_name(a_id, "Shared", "token")): "token-of-a"}
    a.close()


def test_a_database_from_before_schema_6_finds_its_secrets_under_the_old_keys_and_copies_them(tmp_path, keyring_memory):
    keyring_memory.set_password(SERVICE, "shop:token", "kept-by-an-older-orderdesk")
    db = open_database(str(v1_database(tmp_path / "old.sqlite3")))
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    shop = Channel.get(Channel.name == "shop")
    assert shop.legacy_secrets is True  # the migration marks it; it does not need the keyring

    assert channel_secrets(shop) == {"token": "kept-by-an-older-orderdesk"}

    assert keyring_memory.entries[(SERVICE, entry_name(database_id(), "shop", "token"))] == "kept-by-an-older-orderdesk"
    assert keyring_memory.entries[(SERVICE, "shop:token")] == "kept-by-an-older-orderdesk"  # another desk's, maybe
    assert Channel.get(Channel.name == "shop").legacy_secrets is False
    db.close()


def test_a_new_database_never_picks_up_an_old_entry_of_another_database(tmp_path, keyring_memory):
    keyring_memory.set_password(SERVICE, "shop:signature_secret", "someone-elses")
    db = open_database(str(tmp_path / "new.sqlite3"))
    add_channel(
        "shop",
        "otplatform",
        url="https://ot.example.com",
        username="op",
        options={"instance_key": "k"},
        secrets={"password": "mine"},
        user="ada",
    )

    assert channel_secrets(Channel.get(Channel.name == "shop")) == {"password": "mine"}
    db.close()


def test_replacing_and_removing_in_a_migrated_database_leave_the_old_entries_alone(tmp_path, keyring_memory):
    keyring_memory.set_password(SERVICE, "shop:token", "old-token")
    keyring_memory.set_password(SERVICE, "gone:token", "old-gone-token")
    db = open_database(str(v1_database(tmp_path / "old.sqlite3")))
    add_channel("gone", "affiliate", url="https://gone.example.com", secrets={"token": "x"}, user="ada")
    Channel.update(legacy_secrets=True).where(Channel.name == "gone").execute()  # as if from before schema 6

    update_channel("shop", user="ada", secrets={"token": "new-token"})
    remove_channel("gone", user="ada")

    assert channel_secrets(Channel.get(Channel.name == "shop")) == {"token": "new-token"}
    assert keyring_memory.entries[(SERVICE, "shop:token")] == "old-token"
    assert keyring_memory.entries[(SERVICE, "gone:token")] == "old-gone-token"
    db.close()


def test_an_optional_secret_cleared_before_first_use_does_not_come_back_from_the_old_entry(tmp_path, keyring_memory):
    keyring_memory.set_password(SERVICE, "shop:token", "old-token")
    db = open_database(str(v1_database(tmp_path / "old.sqlite3")))
    Channel.update(kind="otplatform", username="op", options={"instance_key": "k"}).execute()
    keyring_memory.set_password(SERVICE, "shop:password", "ot-pass")
    keyring_memory.set_password(SERVICE, "shop:signature_secret", "old-signature")
    stale = Channel.get(Channel.name == "shop")  # as the sync engine may hold it

    update_channel("shop", user="ada", clear_secrets=["signature_secret"])

    assert channel_secrets(stale) == {"password": "ot-pass"}
    db.close()
