"""A secret's round trip through the real OS keyring (Secret Service), as the desktop will do it.

CI runs the suite inside `dbus-run-session` with an unlocked gnome-keyring; where no Secret Service is usable
these tests skip, and in CI (ORDERDESK_REQUIRE_REAL=1) conftest turns that skip into a failure.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.core
import keyring.errors
import pytest
from keyring.backends import SecretService

from orderdesk import credentials
from orderdesk.credentials import SERVICE, entry_name

DB = str(uuid.uuid4())  # a database identity of this run only

pytestmark = pytest.mark.real_keyring

FIELDS = ("api_token", "password")


def _secret_service(backend: keyring.backend.KeyringBackend) -> SecretService.Keyring | None:
    """The Secret Service backend in use: chosen on its own, or first in line in a chain."""
    if isinstance(backend, SecretService.Keyring):
        return backend
    chained = getattr(backend, "backends", None) or []
    return next((b for b in chained if isinstance(b, SecretService.Keyring)), None)


@pytest.fixture
def real_keyring() -> Iterator[SecretService.Keyring]:
    """The keyring that keyring itself detects on this machine, which must be the Secret Service."""
    previous = keyring.get_keyring()
    keyring.core.init_backend()  # detect afresh: earlier tests may have switched to the in-memory double
    detected = keyring.get_keyring()
    try:
        service = _secret_service(detected)
        if service is None:
            pytest.skip(
                f"no usable Secret Service keyring here (keyring detected {type(detected).__module__}."
                f"{type(detected).__name__}); run inside `dbus-run-session` with gnome-keyring unlocked, "
                "as .ci/run does"
            )
        yield service
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def channel(real_keyring: SecretService.Keyring) -> Iterator[str]:
    """A channel name no other test or run uses; its entries are removed afterwards, whatever the test did."""
    name = f"orderdesk-test-{uuid.uuid4().hex}"
    yield name
    cleaner = SecretService.Keyring()
    for field in FIELDS:
        try:
            cleaner.delete_password(SERVICE, entry_name(DB, name, field))
        except keyring.errors.PasswordDeleteError:
            pass


def test_the_real_keyring_is_the_secret_service(real_keyring: SecretService.Keyring) -> None:
    assert credentials.check_available() == real_keyring.name


def test_a_secret_round_trips_through_the_os_keyring(channel: str) -> None:
    secret = f"tok-{uuid.uuid4().hex}"

    credentials.set_secret(DB, channel, "api_token", secret)

    # A fresh backend instance opens its own D-Bus connection: the value comes from the keyring daemon.
    assert SecretService.Keyring().get_password(SERVICE, entry_name(DB, channel, "api_token")) == secret
    assert credentials.get_secret(DB, channel, "api_token") == secret
    assert credentials.load_secrets(DB, channel, FIELDS) == {"api_token": secret}

    assert credentials.delete_secret(DB, channel, "api_token") is True

    assert SecretService.Keyring().get_password(SERVICE, entry_name(DB, channel, "api_token")) is None
    assert credentials.get_secret(DB, channel, "api_token") is None
    assert credentials.delete_secret(DB, channel, "api_token") is False


def test_a_unicode_secret_survives_the_round_trip(channel: str) -> None:
    secret = "Pässwörd-密码-пароль-🔑 with spaces & 'quotes'"

    credentials.set_secret(DB, channel, "password", secret)

    assert SecretService.Keyring().get_password(SERVICE, entry_name(DB, channel, "password")) == secret
    assert credentials.delete_secrets(DB, channel, FIELDS) == ["password"]
    assert credentials.get_secret(DB, channel, "password") is None


def test_replacing_a_secret_keeps_one_entry(channel: str) -> None:
    credentials.set_secret(DB, channel, "password", "first")
    credentials.set_secret(DB, channel, "password", "second")

    assert SecretService.Keyring().get_password(SERVICE, entry_name(DB, channel, "password")) == "second"
    assert credentials.delete_secret(DB, channel, "password") is True
    assert credentials.get_secret(DB, channel, "password") is None


def test_a_database_from_before_schema_6_copies_its_secret_from_the_real_keyring(
    real_keyring: SecretService.Keyring, tmp_path
) -> None:
    import sqlite3
    from pathlib import Path

    from orderdesk.services.channels import channel_secrets
    from orderdesk.store.db import open_database
    from orderdesk.store.identity import database_id
    from orderdesk.store.models import Channel

    dump = Path(__file__).parent.parent / "data" / "schema_v1.sql"
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as con:
        con.executescript(dump.read_text(encoding="utf-8"))
    legacy = f"orderdesk-test-{uuid.uuid4().hex}"
    with sqlite3.connect(path) as con:
        con.execute("UPDATE channel SET name = ? WHERE name = 'shop'", (legacy,))
    con.close()
    SecretService.Keyring().set_password(SERVICE, f"{legacy}:token", "from-an-older-orderdesk")
    db = open_database(str(path))
    try:
        assert channel_secrets(Channel.get(Channel.name == legacy)) == {"token": "from-an-older-orderdesk"}
        copied = entry_name(database_id(), legacy, "token")
        assert SecretService.Keyring().get_password(SERVICE, copied) == "from-an-older-orderdesk"
        assert SecretService.Keyring().get_password(SERVICE, f"{legacy}:token") == "from-an-older-orderdesk"
    finally:
        cleaner = SecretService.Keyring()
        for name in (f"{legacy}:token", entry_name(database_id(), legacy, "token")):
            try:
                cleaner.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass
        db.close()
