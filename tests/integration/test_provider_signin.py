"""Signing an OT channel in to its provider: a loopback return address, the browser's round trip through the
provider's sign-in, the session kept in the keyring and used by the autopurchase module; saved sessions offered."""

from __future__ import annotations

import pytest
import requests
from factories import make_channel, make_order
from sync_harness import simulator_fixtures

from orderdesk.sandbox.otplatform import OTPlatformSimulator
from orderdesk.services import purchasing
from orderdesk.services.channels import channel_secrets
from orderdesk.store import purchases
from orderdesk.store.models import Channel
from orderdesk.sync import provider_signin

running, sim, desk = simulator_fixtures(OTPlatformSimulator, "ot")


@pytest.fixture
def browser(monkeypatch):
    """A browser that follows the provider's sign-in page back to the desk's return address."""
    opened = []

    def open_page(url):
        opened.append(url)
        return requests.get(url, timeout=5).ok

    monkeypatch.setattr(provider_signin, "open_browser", open_page)
    return opened


def test_sign_in_keeps_the_providers_session_in_the_keyring_and_exports_use_it(desk, sim, browser):
    ok, text = provider_signin.sign_in("ot", user="admin", timeout_s=10)

    assert ok, text
    assert text == "ot is signed in to Taobao; the session is kept in the keyring."
    asked = sim.requests_to("GET", r"/GetProviderOrdersIntegrationSessionAuthenticationInfo$")[0]
    assert asked.arg("returnUrl").startswith("http://127.0.0.1:") and asked.arg("providerType") == "Taobao"
    assert browser[0].startswith(sim.url + "/provider-sign-in?state=")
    session = channel_secrets(Channel.get(Channel.name == "ot"))["provider_session_id"]
    assert session == sim.provider_sessions["Taobao"] and session != "tb-session-5e81c0d2"
    assert session not in str(Channel.get(Channel.name == "ot").options)  # only in the keyring

    make_channel("desk", "manual")
    order = make_order("desk", lines=[{"sku": "abb-8832019934", "name": "Stand", "quantity": 1, "unit_price": "5"}])
    purchase = purchasing.place(order.id, via="ot", user="anna").purchase
    purchasing.start_activity("synchronize", via="ot", user="anna")
    for _ in range(4):
        desk.push(Channel.get(Channel.name == "ot"))
    run = sim.requests_to("GET", r"/RunOrdersSynchronizingWithProvider$")[0]
    assert run.arg("providerSessionId") == session
    assert purchases.get_purchase(purchase.id).state == "placed"


def test_an_error_from_the_provider_sign_in_is_said_in_plain_words(desk, sim, monkeypatch):
    def refuse(url):
        state = url.rsplit("=", 1)[1]
        back = sim.sign_ins[state].split("|", 1)[1]
        return requests.get(back, params={"error": "the Taobao account refused access"}, timeout=5)

    monkeypatch.setattr(provider_signin, "open_browser", refuse)

    assert provider_signin.sign_in("ot", user="admin", timeout_s=10) == (
        False,
        "The provider did not sign in: the Taobao account refused access.",
    )
    assert "provider_session_id" not in channel_secrets(Channel.get(Channel.name == "ot"))


def test_saved_sessions_are_offered_and_one_can_be_kept(desk, sim):
    sessions = provider_signin.saved_sessions("ot")

    assert sessions == [{"id": "tb-session-5e81c0d2", "login": "taobao-buyer", "valid": "yes"}]
    provider_signin.use_session("ot", sessions[0]["id"], user="admin")
    assert channel_secrets(Channel.get(Channel.name == "ot"))["provider_session_id"] == "tb-session-5e81c0d2"
