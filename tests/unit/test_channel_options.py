"""Increff's attribute mapping as an admin types it: read loosely, every mistake named, refused before saving."""

import pytest
from factories import keyring_key, make_channel

from orderdesk.core.channel_options import parse_attribute_map
from orderdesk.core.errors import RuleViolation
from orderdesk.services.channels import add_channel, update_channel
from orderdesk.store.models import Channel


def test_attribute_map_accepts_slots_one_to_ten_only():
    assert parse_attribute_map("coupon code=attribute1, due date = Attribute 10") == {
        "coupon code": "attribute1",
        "due date": "attribute10",
    }
    with pytest.raises(RuleViolation) as caught:
        parse_attribute_map("a=attribute11, b=attribute2, c=attribute2, B=attribute3, d, e=slot1")
    message = caught.value.message
    assert caught.value.field == "attribute_map"
    assert "attribute11 (for 'a') does not exist: Increff has attribute1 to attribute10." in message
    assert "attribute2 is given to both 'b' and 'c'" in message
    assert "'B' is mapped twice." in message
    assert "'d' is not name=attributeN." in message
    assert "'slot1' (for 'e') is not an Increff slot" in message


def test_adding_a_channel_with_a_wrong_mapping_saves_nothing(db, keyring_memory):
    with pytest.raises(RuleViolation) as caught:
        add_channel(
            "m2",
            "magento",
            url="https://m2.example.com",
            username="admin",
            options={"attribute_map": "coupon=attribute0"},
            secrets={"password": "pw"},
            user="ada",
        )
    assert caught.value.field == "attribute_map"
    assert Channel.select().count() == 0 and keyring_memory.entries == {}


def test_updating_with_a_wrong_mapping_keeps_the_stored_secret(db, keyring_memory):
    make_channel("m2", "magento")
    with pytest.raises(RuleViolation) as caught:
        update_channel(
            "m2", user="ada", options={"attribute_map": "a=attribute1, b=attribute1"}, secrets={"password": "new"}
        )
    assert caught.value.field == "attribute_map"
    assert keyring_memory.entries[keyring_key("m2", "password")] == "m2-pass"
    assert "attribute_map" not in (Channel.get(Channel.name == "m2").options or {})


def test_a_channel_can_be_added_disabled(db):
    channel = add_channel("desk", "manual", user="ada", enabled=False)
    assert Channel.get_by_id(channel.id).enabled is False
