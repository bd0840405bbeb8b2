"""Saving a channel refuses a status mapping the adapters could not read, in the parser's words."""

import pytest
from factories import keyring_key, make_channel

from orderdesk.core.errors import RuleViolation
from orderdesk.core.status_map import parse_status_map
from orderdesk.core.statuses import OrderStatus
from orderdesk.services.channels import add_channel, update_channel
from orderdesk.store.models import Channel


def test_a_mapping_with_alternatives_is_saved_as_written(db):
    text = "pending=new, dispatched=complete|shipped"

    make_channel("aff", "affiliate", options={"status_map": text})

    saved = Channel.get(Channel.name == "aff").options["status_map"]
    assert saved == text
    assert parse_status_map(saved).to_local("Shipped") == OrderStatus.DISPATCHED


def test_adding_a_channel_with_an_empty_alternative_saves_nothing(db, keyring_memory):
    with pytest.raises(RuleViolation) as caught:
        add_channel(
            "aff",
            "affiliate",
            url="https://affiliate.example.com",
            options={"status_map": "pending=new, dispatched=complete|"},
            secrets={"token": "tok"},
            user="ada",
        )

    assert caught.value.field == "status_map"
    assert caught.value.message.startswith("Status mapping: 'dispatched=complete|' has an empty channel word.")
    assert Channel.select().count() == 0 and keyring_memory.entries == {}


def test_updating_with_a_word_listed_twice_keeps_the_stored_mapping_and_secret(db, keyring_memory):
    make_channel("m2", "magento", options={"status_map": "dispatched=complete"})

    with pytest.raises(RuleViolation) as caught:
        update_channel(
            "m2", user="ada", options={"status_map": "dispatched=complete|Complete"}, secrets={"password": "new"}
        )

    assert caught.value.message == "Status mapping: the channel word 'Complete' is listed twice for dispatched."
    assert caught.value.field == "status_map"
    assert Channel.get(Channel.name == "m2").options["status_map"] == "dispatched=complete"
    assert keyring_memory.entries[keyring_key("m2", "password")] == "m2-pass"


def test_updating_with_a_good_mapping_replaces_it(db):
    make_channel("cs", "cloudsuite")

    update_channel("cs", user="ada", options={"status_map": "processing=backorder|picking"})

    assert Channel.get(Channel.name == "cs").options["status_map"] == "processing=backorder|picking"
