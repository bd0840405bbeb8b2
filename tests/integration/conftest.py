"""Fixtures the integration tests share: the real OS keyring (entries removed afterwards) and an affiliate
simulator on loopback (`sim`; a module with a simulator of its own names it `sim` too and is served that one)."""

from __future__ import annotations

import os
import uuid

import pg_schema
import pytest

from orderdesk import credentials
from orderdesk.sandbox.affiliate import AffiliateSimulator


@pytest.fixture
def real_keyring():
    """The OS keyring; the test lists (database id, channel) of what it kept, and that is deleted after."""
    try:
        credentials.check_available()
    except credentials.KeyringUnavailable as exc:
        pytest.skip(f"needs the OS keyring, as a desktop has it: {exc}")
    names: list[tuple[str, str]] = []  # (database id, channel)
    yield names
    for database, name in names:
        credentials.delete_secrets(database, name, ["token"])


@pytest.fixture
def sim():
    simulator = AffiliateSimulator()
    simulator.start()
    yield simulator
    simulator.stop()


PG_URL = os.environ.get("ORDERDESK_TEST_POSTGRES")


@pytest.fixture
def schema_url():
    """A PostgreSQL URL whose search path is a schema of its own, dropped after the test."""
    if not PG_URL:
        pytest.skip("set ORDERDESK_TEST_POSTGRES to a PostgreSQL URL (.ci/run starts a server and sets it)")
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = pg_schema.connect(PG_URL)
    admin.execute_sql(f"CREATE SCHEMA {schema}")
    yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    pg_schema.drop_schema(admin, schema)
    admin.close()
