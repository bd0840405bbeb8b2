"""Building orders and channels for tests in the channel-neutral file format."""

from __future__ import annotations

import itertools
import subprocess
import sys
from typing import Any

from orderdesk.credentials import MemoryKeyring, use_backend
from orderdesk.services.channels import add_channel
from orderdesk.services.importing import import_orders
from orderdesk.store.models import Order
from orderdesk.store.orders import find_by_external_id, get_channel

_numbers = itertools.count(1001)


def order_data(**overrides: Any) -> dict[str, Any]:
    number = next(_numbers)
    data: dict[str, Any] = {
        "external_id": f"X-{number}",
        "reference": f"AFF-{number}",
        "status": "pending",
        "payment_status": "paid",
        "source": "affiliate",
        "customer": {"name": "Zoë Åkerlund", "email": "zoe@example.com", "phone": "+48 42 123 45 67"},
        "shipping_address": {
            "name": "Zoë Åkerlund",
            "street": "ul. Piotrkowska 104",
            "city": "Łódź",
            "postcode": "90-926",
            "country": "PL",
        },
        "currency": "EUR",
        "shipping_total": "4.95",
        "commission_rate": "10",
        "created_at": "2026-11-20T09:30:00Z",
        "lines": [
            {"external_id": f"{number}-1", "sku": "MUG-01", "name": "Mug, blue", "quantity": 3, "unit_price": "19.95"},
            {"external_id": f"{number}-2", "sku": "TEE-M", "name": "T-shirt M", "quantity": 2, "unit_price": "12.50"},
        ],
    }
    data.update(overrides)
    return data


def make_channel(name: str = "aff", kind: str = "affiliate", **kwargs: Any) -> Any:
    """A configured channel; secrets go to whatever keyring is in use (tests use the in-memory one)."""
    defaults: dict[str, Any] = {
        "affiliate": {"url": "https://affiliate.example.com", "secrets": {"token": "s3cret-token"}},
        "manual": {},
        "cloudsuite": {
            "url": "https://shop.example.com",
            "username": "client",
            "options": {"token_url": "https://shop.example.com/oauth2/token/"},
            "secrets": {"client_secret": "cs-secret"},
        },
        "magento": {"url": "https://m2.example.com", "username": "admin", "secrets": {"password": "m2-pass"}},
        "otplatform": {
            "url": "https://ot.example.com",
            "username": "op",
            "options": {"instance_key": "k"},
            "secrets": {"password": "ot-pass"},
        },
    }[kind]
    return add_channel(name, kind, user="test", **{**defaults, **kwargs})


def make_order(channel: str = "aff", **overrides: Any) -> Order:
    data = order_data(**overrides)
    report = import_orders(channel, [data], user="test")
    assert report.imported, report.rejected
    return find_by_external_id(get_channel(channel), data["external_id"])


def memory_keyring() -> tuple[MemoryKeyring, Any]:
    ring = MemoryKeyring()
    return ring, use_backend(ring)


def keep_raw_secret(channel: str, field: str, value: str) -> None:
    """Put a secret in the keyring past every entry check, as one kept by an OrderDesk older than the checks."""
    from orderdesk import credentials
    from orderdesk.store.identity import database_id

    credentials.set_secret(database_id(), channel, field, value)


def keyring_key(channel: str, field: str) -> tuple[str, str]:
    """Where a channel's secret of the open database is in the keyring: (service, entry name)."""
    from orderdesk.credentials import SERVICE, entry_name
    from orderdesk.store.identity import database_id

    return SERVICE, entry_name(database_id(), channel, field)


def cli_in_own_process(db_url: str, *args: str, user: str | None = "bert") -> None:
    """Run an orderdesk command in a process of its own, as another program on the same database would (on
    PostgreSQL pass user=None: the acting user is the database login there)."""
    named = ["--user", user] if user else []
    done = subprocess.run(
        [sys.executable, "-m", "orderdesk", "--db", db_url, *named, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
