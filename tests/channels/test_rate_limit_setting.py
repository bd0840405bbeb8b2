"""The admin's rate limit for a channel reaches the HTTP client of its adapter, unless the caller set one."""

import pytest

from orderdesk.channels.base import ChannelConfig
from orderdesk.channels.http import HttpSettings
from orderdesk.channels.registry import make_adapter

OPTIONS = {
    "affiliate": {},
    "cloudsuite": {"token_url": "https://shop.example.com/oauth/token"},
    "magento": {"store_code": "default"},
    "otplatform": {"instance_key": "key"},
}


def config(kind: str, per_min: int | None) -> ChannelConfig:
    return ChannelConfig(
        name="shop",
        kind=kind,
        base_url="https://shop.example.com",
        username="desk",
        options=OPTIONS[kind],
        secrets={"token": "t", "client_secret": "s", "password": "p"},
        rate_limit_per_min=per_min,
    )


@pytest.mark.parametrize("kind", sorted(OPTIONS))
def test_the_admins_rate_limit_reaches_the_adapter_unless_the_caller_set_one(kind):
    assert make_adapter(config(kind, 30)).http.settings.rate_limit_per_min == 30
    assert make_adapter(config(kind, None)).http.settings.rate_limit_per_min is None
    given = HttpSettings(rate_limit_per_min=5)
    assert make_adapter(config(kind, 30), http_settings=given).http.settings.rate_limit_per_min == 5
