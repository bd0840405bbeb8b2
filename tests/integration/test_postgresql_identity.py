"""Schema 6 on a shared PostgreSQL database: a new one gets its identity at creation, one at schema 5 gets it on
migration with its channels marked, and their secrets are copied from the old name-only keyring entries."""

import os

from factories import make_channel

from orderdesk.credentials import SERVICE, entry_name
from orderdesk.services.channels import channel_secrets
from orderdesk.store import migrations, models
from orderdesk.store.db import open_database
from orderdesk.store.identity import database_id
from orderdesk.store.models import Channel

PG_URL = os.environ.get("ORDERDESK_TEST_POSTGRES")


def test_a_postgresql_database_at_schema_5_gets_its_identity_and_keeps_its_secrets(schema_url, keyring_memory):
    db = open_database(schema_url)
    make_channel("Shared", "affiliate")
    # Back to schema 5, as a shared database looked before this version.
    # Everything later versions added goes, newest first.
    for model in (models.PurchaseActivity, models.Purchase, models.StockLevel):
        db.execute_sql(f'DROP TABLE "{model._meta.table_name}"')
    db.execute_sql('ALTER TABLE "order" DROP COLUMN invoice_id')
    db.execute_sql("DROP TABLE database_identity")
    db.execute_sql("ALTER TABLE channel DROP COLUMN legacy_secrets")
    db.execute_sql(f"UPDATE {migrations.VERSION_TABLE} SET version = 5")
    keyring_memory.entries.clear()
    keyring_memory.set_password(SERVICE, "Shared:token", "token-from-before")
    db.close()

    db = open_database(schema_url)

    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    assert Channel.get(Channel.name == "Shared").legacy_secrets is True
    assert channel_secrets(Channel.get(Channel.name == "Shared")) == {"token": "token-from-before"}
    identity = database_id()
    assert keyring_memory.entries[(SERVICE, entry_name(identity, "Shared", "token"))] == "token-from-before"
    db.close()
    db = open_database(schema_url)
    assert database_id() == identity  # every desk on this database finds the same entries
    db.close()
