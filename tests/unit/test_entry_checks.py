"""What a channel could never use is refused when it is entered, with the reason, by one set of checks in core that
the CLI, the services and the settings form share: addresses that are not a channel's, credentials inside an
address, and secrets or header values with characters a channel cannot carry."""

from __future__ import annotations

import pytest
from factories import make_channel

from orderdesk.core.channel_settings import check_setting, fields_for
from orderdesk.core.errors import RuleViolation
from orderdesk.core.urls import check_url
from orderdesk.services.channels import add_channel, channel_secrets, update_channel
from orderdesk.store.models import Channel

REFUSED_URLS = {
    "file:///etc/passwd": "not a web address",
    "javascript:alert(1)": "not a web address",
    "affiliate.example.com": "not a web address",
    "affiliate.example.com:8443/api": "not a web address",
    "ftp://affiliate.example.com": "not a web address",
    "https://": "not a web address",
    "https://affiliate.example.com:99999": "port that does not exist",
    "https://affiliate.example.com:0": "port that does not exist",
    "https://affiliate.example.com:http": "port that does not exist",
    "http://affiliate.example.com": "plain http",
    "https://affiliate .example.com": "spaces",
    "http://user:hunter2@affiliate.example.com": "must not carry a login or password",
    "https://token-abc@affiliate.example.com": "must not carry a login or password",
}


@pytest.mark.parametrize("url", list(REFUSED_URLS))
def test_an_address_a_channel_cannot_use_is_refused_with_the_reason(url):
    with pytest.raises(RuleViolation) as refused:
        check_url(url)
    assert REFUSED_URLS[url] in refused.value.message
    assert refused.value.field == "url"


@pytest.mark.parametrize(
    "url",
    [
        "https://affiliate.example.com",
        " https://m2.example.com:8443/shop/ ",
        "http://127.0.0.1:8080",
        "http://localhost/",
        "http://[::1]:80",
    ],
)
def test_web_addresses_and_local_simulators_are_taken(url):
    assert check_url(url) == url.strip()


def test_a_password_in_an_address_is_never_repeated_in_the_refusal():
    with pytest.raises(RuleViolation) as refused:
        check_url("http://user:hunter2@affiliate.example.com")
    assert "hunter2" not in refused.value.message
    assert "keyring" in refused.value.message


def _field(kind, key):
    return next(f for f in fields_for(kind) if f.key == key)


@pytest.mark.parametrize("value", ["tok–en", "Ωmega-token", "tok\u200ben", "tok\nen", " tok-en"])
def test_a_token_sent_in_an_http_header_must_be_one_a_header_can_carry(value):
    with pytest.raises(RuleViolation) as refused:
        check_setting(_field("affiliate", "token"), value)
    assert "API token" in refused.value.message
    assert refused.value.field == "token"


def test_the_refusal_names_the_character_and_where_it_is():
    with pytest.raises(RuleViolation) as refused:
        check_setting(_field("affiliate", "token"), "abc–def")
    assert "character 4, '–' (en dash)" in refused.value.message


def test_a_password_sent_in_a_json_body_may_be_any_text_but_not_invisible_characters():
    password = _field("magento", "password")
    assert check_setting(password, "Pässwörd-Ω-密码 with spaces ") == "Pässwörd-Ω-密码 with spaces "
    with pytest.raises(RuleViolation, match="invisible"):
        check_setting(password, "pass\u200bword")


def test_increff_login_headers_are_checked_like_the_token():
    with pytest.raises(RuleViolation, match="Increff user"):
        check_setting(_field("magento", "increff_username"), "Ωmega")
    with pytest.raises(RuleViolation, match="Increff password"):
        check_setting(_field("magento", "increff_password"), "pass–word")


def test_the_service_refuses_such_a_secret_and_keeps_nothing(db, keyring_memory):
    with pytest.raises(RuleViolation, match="cannot carry"):
        add_channel("aff", "affiliate", url="https://aff.example.com", secrets={"token": "tok–en"}, user="ada")
    assert Channel.select().count() == 0
    assert keyring_memory.entries == {}


def test_updating_with_such_a_secret_or_address_keeps_what_was_stored(db, keyring_memory):
    channel = make_channel("aff")
    with pytest.raises(RuleViolation, match="cannot carry"):
        update_channel("aff", user="ada", secrets={"token": "Ω-token"})
    with pytest.raises(RuleViolation, match="not a web address"):
        update_channel("aff", user="ada", url="javascript:alert(1)")
    assert channel_secrets(channel) == {"token": "s3cret-token"}
    assert Channel.get_by_id(channel.id).base_url == "https://affiliate.example.com"


def test_the_token_url_and_increff_url_options_are_addresses_too(db):
    with pytest.raises(RuleViolation, match="Token URL"):
        make_channel("cs", "cloudsuite", options={"token_url": "file:///tmp/token"})
    with pytest.raises(RuleViolation, match="Increff Omni URL"):
        make_channel("m2", "magento", options={"increff_url": "https://u:p@omni.example.com"})


def test_channels_add_refuses_a_pasted_en_dash_in_the_token(cli, keyring_memory):
    code, _, err = cli(
        "channels",
        "add",
        "aff",
        "--kind",
        "affiliate",
        "--url",
        "https://aff.example.com",
        "--secret-stdin",
        stdin="tok–en\n",
    )
    assert code == 1
    assert "The API token has a character a channel cannot carry" in err and "Traceback" not in err
    assert keyring_memory.entries == {}
    assert cli("channels", "list")[1].count("aff") == 0


@pytest.mark.parametrize("url", list(REFUSED_URLS))
def test_channels_add_refuses_an_address_a_channel_cannot_use(cli, url):
    code, out, err = cli("channels", "add", "aff", "--kind", "affiliate", "--url", url, "--secret-stdin", stdin="t\n")
    assert code == 1
    assert REFUSED_URLS[url] in err and "Traceback" not in err
    assert "hunter2" not in err
    code, out, _ = cli("channels", "list", "--format", "json")
    assert out.strip() == "[]"


def test_an_address_with_a_password_kept_before_the_check_is_never_printed(cli, db):
    make_channel("aff")
    Channel.update(base_url="https://ada:hunter2@aff.example.com").execute()  # as an older OrderDesk kept it

    for args in (("channels", "list"), ("channels", "list", "--format", "json")):
        code, out, _ = cli(*args)
        assert code == 0 and "hunter2" not in out and "***@aff.example.com" in out
    code, _, err = cli("channels", "test", "aff")
    assert code == 1 and "must not carry a login or password" in err and "hunter2" not in err
