"""ERP order and line numbers (seed 001 steps 3b/3c): the rules, the channel options, and the service."""

import pytest
from factories import make_channel, make_order

from orderdesk.core import erp_numbers
from orderdesk.core.errors import RuleViolation, VersionConflict
from orderdesk.services import editing, erp, status
from orderdesk.services.channels import add_channel, update_channel
from orderdesk.services.editing import NewLine, OrderEdit
from orderdesk.store.models import AuditEntry, Channel, Order, OutboxEvent
from orderdesk.store.orders import lines_of


@pytest.fixture
def cs(db):
    return make_channel("cs", "cloudsuite")


def kinds(order_id):
    return [e.kind for e in OutboxEvent.select().where(OutboxEvent.order == order_id).order_by(OutboxEvent.id)]


# ---- the rules -------------------------------------------------------------------------------------------------
def test_lines_are_numbered_in_tens_and_kept_numbers_stay():
    assert erp_numbers.number_lines([None, None, None]) == ["10", "20", "30"]
    assert erp_numbers.number_lines(["11", None, "22", None]) == ["11", "30", "22", "40"]
    assert erp_numbers.next_free(["10", "20"]) == 30
    assert erp_numbers.next_free([]) == 10


def test_options_read_auto_by_default_and_refuse_other_words_in_one_sentence():
    assert erp_numbers.parse_mode("") == "auto" and erp_numbers.parse_mode(" Manual ") == "manual"
    assert erp_numbers.parse_prefix(None) == "OD-" and erp_numbers.parse_prefix("WH-") == "WH-"
    with pytest.raises(RuleViolation, match="neither auto nor manual") as caught:
        erp_numbers.parse_mode("sometimes")
    assert caught.value.field == "erp_numbers"
    with pytest.raises(RuleViolation, match="spaces") as caught:
        erp_numbers.parse_prefix("W H")
    assert caught.value.field == "erp_prefix"


def test_a_line_number_is_a_whole_number_above_zero():
    assert erp_numbers.parse_line_number(" 010 ") == "10"
    for wrong in ("0", "-5", "1.5", "ten", ""):
        with pytest.raises(RuleViolation, match="whole number above zero"):
            erp_numbers.parse_line_number(wrong)


def test_a_cloudsuite_channel_is_saved_with_auto_numbering_and_the_default_prefix(cs):
    assert (cs.options["erp_numbers"], cs.options["erp_prefix"]) == ("auto", "OD-")
    with pytest.raises(RuleViolation, match="neither auto nor manual"):
        update_channel("cs", user="admin", options={"erp_numbers": "always"})
    assert Channel.get(Channel.name == "cs").options["erp_numbers"] == "auto"


def test_a_wrong_erp_option_saves_no_channel(db):
    with pytest.raises(RuleViolation, match="ERP prefix"):
        add_channel(
            "cs2",
            "cloudsuite",
            url="https://shop.example.com",
            username="client",
            options={"token_url": "https://shop.example.com/oauth2/token/", "erp_prefix": "x" * 40},
            secrets={"client_secret": "s"},
            user="admin",
        )
    assert not Channel.select().where(Channel.name == "cs2").exists()


# ---- acknowledging ---------------------------------------------------------------------------------------------
def test_acknowledging_a_cloudsuite_order_numbers_it_in_the_same_transaction_after_the_acknowledgement(cs):
    order = make_order("cs")
    status.set_status(order.id, "processing", user="anna")
    numbered = Order.get_by_id(order.id)
    assert numbered.erp_order_number == f"OD-{order.id}"
    assert [line.erp_line_number for line in lines_of(numbered)] == ["10", "20"]
    assert kinds(order.id) == ["acknowledge", "erp_number", "erp_lines"]
    put = OutboxEvent.get(OutboxEvent.kind == "erp_lines")
    assert put.payload["status"] == "processing"
    assert [line["erp_line_number"] for line in put.payload["lines"]] == ["10", "20"]
    entry = AuditEntry.get(AuditEntry.action == "erp_numbers")
    assert entry.user == "anna" and f"OD-{order.id}" in entry.detail


def test_a_refused_acknowledgement_numbers_nothing(cs):
    order = make_order("cs", payment_status="unpaid")
    with pytest.raises(RuleViolation):
        status.set_status(order.id, "processing", user="anna")
    assert Order.get_by_id(order.id).erp_order_number is None and kinds(order.id) == []


def test_a_number_cloudsuite_gave_is_kept_and_only_the_lines_are_numbered(cs):
    order = make_order("cs", erp_order_number="ERP-770012")
    status.set_status(order.id, "processing", user="anna")
    assert Order.get_by_id(order.id).erp_order_number == "ERP-770012"
    assert kinds(order.id) == ["acknowledge", "erp_lines"]


def test_manual_numbering_and_other_channels_number_nothing_on_acknowledgement(cs):
    update_channel("cs", user="admin", options={"erp_numbers": "manual"})
    make_channel("aff", "affiliate")
    for channel in ("cs", "aff"):
        order = make_order(channel)
        status.set_status(order.id, "processing", user="anna")
        assert Order.get_by_id(order.id).erp_order_number is None
        assert kinds(order.id) == ["acknowledge"]


def test_a_line_added_to_a_numbered_order_takes_the_next_free_number(cs):
    order = make_order("cs")
    status.set_status(order.id, "processing", user="anna")
    first = lines_of(order)[0]
    editing.edit_order(
        order.id, OrderEdit(remove_lines=[first.id], add_lines=[NewLine("CUP-1", "Cup", 1, "3.50")]), user="anna"
    )
    assert [line.erp_line_number for line in lines_of(Order.get_by_id(order.id))] == ["20", "30"]
    edit = OutboxEvent.get(OutboxEvent.kind == "edit")
    assert [line["erp_line_number"] for line in edit.payload["lines"]] == ["20", "30"]


# ---- entered by hand -------------------------------------------------------------------------------------------
def test_the_operator_sets_the_order_number_alone_and_only_the_patch_is_queued(cs):
    order = make_order("cs")
    result = erp.set_erp_numbers(order.id, number=" ERP-1 ", user="anna", expected_version=order.version)
    assert result.order.erp_order_number == "ERP-1" and result.order.version == order.version + 1
    assert [(e.kind, e.payload) for e in result.events] == [("erp_number", {"erp_order_number": "ERP-1"})]


def test_line_numbers_must_cover_every_line_and_be_distinct(cs):
    order = make_order("cs")
    first, second = lines_of(order)
    with pytest.raises(RuleViolation, match=rf"line {second.id} \(TEE-M\) has none"):
        erp.set_erp_numbers(order.id, lines={first.id: "10"}, user="anna")
    with pytest.raises(RuleViolation, match="given to both"):
        erp.set_erp_numbers(order.id, lines={first.id: "10", second.id: "10"}, user="anna")
    with pytest.raises(RuleViolation, match="whole number above zero"):
        erp.set_erp_numbers(order.id, lines={first.id: "1a", second.id: "20"}, user="anna")
    assert kinds(order.id) == [] and lines_of(order)[0].erp_line_number is None
    result = erp.set_erp_numbers(order.id, lines={first.id: "5", second.id: "7"}, user="anna")
    assert [e.kind for e in result.events] == ["erp_lines"]
    assert [line.erp_line_number for line in lines_of(order)] == ["5", "7"]


def test_setting_what_the_order_already_has_or_an_old_version_is_refused(cs):
    order = make_order("cs", erp_order_number="ERP-9")
    with pytest.raises(RuleViolation, match="already has these ERP numbers"):
        erp.set_erp_numbers(order.id, number="ERP-9", user="anna")
    with pytest.raises(VersionConflict):
        erp.set_erp_numbers(order.id, number="ERP-10", user="anna", expected_version=order.version - 1)
    assert Order.get_by_id(order.id).erp_order_number == "ERP-9"


def test_an_order_of_a_channel_without_erp_numbers_is_refused_in_words(db):
    make_channel("aff", "affiliate")
    order = make_order("aff")
    with pytest.raises(RuleViolation, match="cannot be given an ERP number"):
        erp.set_erp_numbers(order.id, number="ERP-1", user="anna")
