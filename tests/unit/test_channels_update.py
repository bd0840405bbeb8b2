"""A revoked token is replaced from the command line (`channels update`), which `add` (name taken) and `remove`
(the channel has orders) cannot do; an optional secret can be cleared; what is not given stays as it was."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order

from orderdesk.core.errors import RuleViolation
from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.services.channels import channel_secrets, update_channel
from orderdesk.store.models import AuditEntry, Channel


@pytest.fixture
def cli(db, cli):  # noqa: F811 - the shared one, on a database opened first
    return cli


@pytest.fixture
def sim():
    simulator = AffiliateSimulator(orders=2)
    simulator.start()
    yield simulator
    simulator.stop()


def test_a_revoked_token_of_a_channel_with_orders_is_replaced_from_the_command_line(cli, sim):
    code, _, err = cli(
        "channels", "add", "aff", "--kind", "affiliate", "--url", sim.url, "--secret-stdin", stdin="old\n"
    )
    assert code == 0, err
    make_order("aff")
    assert cli("channels", "test", "aff")[0] == 1  # the channel refuses the revoked token
    assert cli("channels", "remove", "aff")[0] == 1  # it has orders
    assert cli("channels", "add", "aff", "--kind", "affiliate", "--url", sim.url)[0] == 1  # the name is taken

    code, out, err = cli("channels", "update", "aff", "--secret-stdin", stdin=f"{sim.token}\n")

    assert code == 0, err
    assert out.strip() == "Channel aff updated; 1 secret(s) replaced in the OS keyring."
    assert sim.token not in out + err
    code, out, _ = cli("channels", "test", "aff")
    assert code == 0 and "Connected" in out
    assert Channel.get(Channel.name == "aff").base_url == sim.url  # not given, so unchanged
    entry = AuditEntry.select().where(AuditEntry.action == "channel_update").get()
    assert entry.detail == "channel aff: secrets token" and sim.token not in entry.detail


def test_update_changes_the_address_login_and_options_given(cli):
    make_channel("m2", "magento")
    code, _, err = cli(
        "channels",
        "update",
        "m2",
        "--url",
        "https://m2-new.example.com",
        "--login",
        "admin2",
        "--option",
        "store_code=nl",
        "--rate-limit",
        "30",
    )
    assert code == 0, err
    channel = Channel.get(Channel.name == "m2")
    assert (channel.base_url, channel.username, channel.options["store_code"]) == (
        "https://m2-new.example.com",
        "admin2",
        "nl",
    )
    assert channel.rate_limit_per_min == 30
    assert channel_secrets(channel) == {"password": "m2-pass"}


def test_an_optional_secret_is_cleared_and_a_required_one_is_not(cli):
    make_channel("m2", "magento", secrets={"password": "m2-pass", "increff_password": "omni"})

    code, out, err = cli("channels", "update", "m2", "--clear-secret", "increff_password")
    assert code == 0, err
    assert "1 secret(s) cleared from the OS keyring" in out
    assert channel_secrets(Channel.get(Channel.name == "m2")) == {"password": "m2-pass"}

    code, _, err = cli("channels", "update", "m2", "--clear-secret", "password")
    assert code == 1 and "Admin password is required" in err
    assert channel_secrets(Channel.get(Channel.name == "m2")) == {"password": "m2-pass"}


@pytest.mark.parametrize(
    ("args", "stdin", "code", "why"),
    [
        (["--url", "file:///etc/passwd"], None, 1, "not a web address"),
        (["--url", "https://ada:pw@aff.example.com"], None, 1, "login or password"),
        (["--secret-stdin"], "tok–en\n", 1, "cannot carry"),
        (["--option", "colour=red"], None, 1, "have no option colour"),
        (["--clear-secret", "pin"], None, 1, "keep no secret called pin"),
        ([], None, 2, "Nothing to change"),
    ],
)
def test_update_refuses_what_add_refuses_and_keeps_everything(cli, args, stdin, code, why):
    make_channel("aff")
    result, _, err = cli("channels", "update", "aff", *args, stdin=stdin)
    assert result == code and why in err and "Traceback" not in err
    channel = Channel.get(Channel.name == "aff")
    assert channel.base_url == "https://affiliate.example.com"
    assert channel_secrets(channel) == {"token": "s3cret-token"}


def test_update_of_an_unknown_channel_is_a_plain_refusal(cli):
    code, _, err = cli("channels", "update", "nowhere", "--url", "https://x.example.com")
    assert code == 1 and "nowhere" in err


def test_a_secret_cannot_be_replaced_and_cleared_at_once(db):
    make_channel("ot", "otplatform", secrets={"password": "p", "signature_secret": "s"})
    with pytest.raises(RuleViolation, match="both replaced and cleared"):
        update_channel("ot", user="ada", secrets={"signature_secret": "new"}, clear_secrets=["signature_secret"])
    assert channel_secrets(Channel.get(Channel.name == "ot")) == {"password": "p", "signature_secret": "s"}
