"""The search box's index finds any part of a reference, name, e-mail or consignment number, and keeps up."""

from __future__ import annotations

import pytest
from factories import make_channel, make_order

from orderdesk.services import editing, status
from orderdesk.store import search_index
from orderdesk.store.models import Order
from orderdesk.store.queries import OrderFilter, count_orders, list_orders


def found(text: str) -> list[str]:
    return sorted(o.reference for o in list_orders(OrderFilter(search=text)))


@pytest.fixture
def orders(db):
    make_channel("aff", "affiliate")
    first = make_order(reference="AFF-1001", customer={"name": "Joaquín Pérez", "email": "jp@example.com"})
    second = make_order(reference="AFF-2002", customer={"name": "Zoë Åkerlund", "email": "zoe@example.org"})
    return first, second


def test_a_new_sqlite_database_has_the_index(orders):
    assert search_index.has_index()


def test_any_part_of_a_name_reference_or_email_is_found_whatever_its_case(orders):
    assert found("JOAQ") == ["AFF-1001"]
    assert found("åkerl") == ["AFF-2002"]
    assert found("-200") == ["AFF-2002"]
    assert found("example") == ["AFF-1001", "AFF-2002"]
    assert found("@example.org") == ["AFF-2002"]
    assert found("nobody") == []


def test_quotes_and_search_syntax_in_the_box_are_plain_text(orders):
    assert found('"AFF') == []
    assert found("AFF OR x") == []
    assert found("jp@example.com*") == []


def test_short_texts_and_line_codes_still_work_without_the_index(orders):
    assert found("JP") == ["AFF-1001"]
    assert found("MUG-01") == ["AFF-1001", "AFF-2002"]  # a line's SKU, matched exactly


def test_the_index_follows_edits_dispatches_and_deletions(orders):
    first, second = orders
    editing.edit_order(first.id, editing.OrderEdit(fields={"customer_name": "Ana Araújo"}), user="anna")
    assert found("joaq") == [] and found("araú") == ["AFF-1001"]
    status.set_status(second.id, "processing", user="anna")
    status.dispatch(second.id, consignment_number="JD014600006281", carrier="DHL", user="anna")
    assert found("4600006") == ["AFF-2002"]
    Order.get_by_id(second.id).delete_instance(recursive=True)
    assert found("åkerl") == [] and count_orders(OrderFilter(search="AFF-")) == 1


def test_a_search_holding_a_nul_character_is_searched_without_it(db):
    from factories import make_channel, make_order

    from orderdesk.store.queries import OrderFilter, list_orders

    make_channel("aff", "affiliate")
    make_order(reference="AFF-77")
    assert [o.reference for o in list_orders(OrderFilter(search="AFF-\x0077"))] == ["AFF-77"]
