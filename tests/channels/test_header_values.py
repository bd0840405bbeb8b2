"""A header value HTTP cannot carry (kept before entry was checked) is an AuthError in plain words for that channel,
naming the header and never its value, instead of a UnicodeEncodeError that stops the whole sync."""

import pytest

from orderdesk.channels.errors import AuthError
from orderdesk.channels.http import ChannelHttp
from orderdesk.sandbox.affiliate import AffiliateSimulator


@pytest.fixture(scope="module")
def sim():
    simulator = AffiliateSimulator(orders=1)
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.mark.parametrize("value", ["Ωmega", "tok–en", "line\nbreak"])
def test_a_header_value_http_cannot_carry_is_refused_before_the_call(sim, value):
    http = ChannelHttp(base_url=sim.url, channel="Increff Omni", auth_headers=lambda: {"authUsername": value})
    calls = len(sim.requests)

    with pytest.raises(AuthError) as refused:
        http.request("GET", "api/orders")

    assert "authUsername" in refused.value.message and "cannot carry" in refused.value.message
    assert value not in refused.value.message
    assert len(sim.requests) == calls  # nothing half-sent
