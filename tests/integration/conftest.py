"""Fixtures the integration tests share: the real OS keyring (entries removed afterwards) and an affiliate
simulator on loopback (`sim`; a module with a simulator of its own names it `sim` too and is served that one)."""

from __future__ import annotations

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
