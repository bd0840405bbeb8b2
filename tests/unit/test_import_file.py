"""Importing a file of orders: each bad order refused alone with its position, a broken file refused whole,
the good orders stored in bulk exactly as the one-by-one path stores them."""

import json

import peewee
import pytest
from factories import make_channel, order_data

from orderdesk.core.errors import RuleViolation
from orderdesk.core.record_io import record_from_dict
from orderdesk.services.importing import BATCH_SIZE, import_orders, read_order_file
from orderdesk.store import audit, search_index
from orderdesk.store.db import open_database, transaction
from orderdesk.store.models import AuditEntry, LineAttribute, Order, OrderAttribute, OrderLine, database_proxy
from orderdesk.store.orders import get_channel, insert_order
from orderdesk.store.queries import OrderFilter, list_orders


def _line(**changes):
    return {"sku": "MUG-01", "name": "Mug", "quantity": 1, "unit_price": "9.95", **changes}


# The bad inputs of issue 9, each one order of the file; what the refusal must say.
BAD_ORDERS = [
    ({"lines": [_line(quantity=2**63)]}, "line 1 quantity is 9223372036854775808; at most 1,000,000"),
    ({"lines": [_line(unit_price="1e400")]}, "line 1 price is too large"),
    ({"lines": [_line(unit_price="9" * 400)]}, "line 1 price is too large"),
    ({"customer": {"email": 12345}}, "'12345' is not an e-mail address"),
    ({"shipping_address": "Piotrkowska 104, Łódź"}, "the shipping address must be an object"),
    ({"shipping_address": ["Piotrkowska 104"]}, "the shipping address must be an object, not a list"),
    ({"attributes": ["gift"]}, "the attributes must be an object, not a list"),
    ({"attributes": "gift"}, "the attributes must be an object"),
    ({"lines": [_line(sku={"code": "MUG"})]}, "line 1 SKU must be text, not an object"),
    ({"shipping_total": "-5"}, "the shipping cannot be negative"),
    ({"commission_rate": "1000"}, "the commission rate is 1000%; it must be between 0 and 100%"),
    ({"currency": "EURO"}, "'EURO' is not a currency"),
    ({"currency": "E" * 10_000_000}, "is not a currency"),
    ({"customer": {"name": "N" * 10_000_000}}, "the customer name is 10,000,000 characters long"),
    ({"external_id": "X" * 10_000_000}, "the external_id is 10,000,000 characters long"),
    ({"lines": [_line(quantity=1_000_000, unit_price="99999999")]}, "line 1 total would be"),
]


@pytest.fixture
def channel(db):
    return make_channel("aff", "affiliate")


def _write(path, orders):
    path.write_text(json.dumps(orders), encoding="utf-8")
    return path


def test_every_bad_order_of_the_issue_is_refused_alone_and_the_good_ones_load(channel, tmp_path):
    orders = []
    for number, (changes, _) in enumerate(BAD_ORDERS):
        orders.append(order_data(reference=f"BAD-{number}", **changes))
        orders.append(order_data(reference=f"GOOD-{number}"))
    report = import_orders("aff", read_order_file(_write(tmp_path / "orders.json", orders)), user="anna")
    assert report.imported == [f"GOOD-{n}" for n in range(len(BAD_ORDERS))]
    assert len(report.rejected) == len(BAD_ORDERS)
    for number, ((label, why), (_, expected)) in enumerate(zip(report.rejected, BAD_ORDERS, strict=True)):
        assert label.endswith(f"(order {2 * number + 1} in the file)")
        assert expected in why
        assert "Error" not in why and len(why) < 200
    assert Order.select().count() == len(BAD_ORDERS)


def test_nesting_five_thousand_deep_refuses_that_order_only(channel, tmp_path):
    deep = "[" * 5000 + "]" * 5000
    good = json.dumps(order_data(reference="GOOD"))
    bad = json.dumps(order_data(reference="DEEP", channel_data={"x": 1})).replace('{"x": 1}', '{"x": ' + deep + "}")
    path = tmp_path / "deep.json"
    path.write_text(f"[{bad}, {good}]")
    report = import_orders("aff", read_order_file(path), user="anna")
    assert report.imported == ["GOOD"]
    assert report.rejected == [
        ("DEEP (order 1 in the file)", "the channel's data for the order is nested more than 32 levels deep.")
    ]


def test_a_cut_off_file_is_refused_whole_with_its_line_and_column_and_changes_nothing(channel, tmp_path):
    orders = [order_data(reference=f"R-{n}") for n in range(BATCH_SIZE + 50)]
    text = json.dumps(orders, indent=1)
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) - 200])
    with pytest.raises(RuleViolation) as info:
        read_order_file(path)
    line = text[: len(text) - 200].count("\n") + 1
    assert f"is not valid JSON (line {line}, column" in info.value.message
    assert "it ends in the middle of the data" in info.value.message
    assert Order.select().count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "is empty"),
        ("   \n", "is empty"),
        ('{"orders": 5}', 'must hold a list of orders, or an object with an "orders" list'),
        ('"orders"', "must hold a list of orders"),
        ('[{"a": 1},\n {"b": xx}]', "is not valid JSON (line 2, column 8: it has a character JSON does not allow"),
        ("[1] [2]", "something follows the end of the data"),
    ],
)
def test_a_file_that_is_not_a_list_of_orders_says_what_is_wrong(channel, tmp_path, content, message):
    path = tmp_path / "orders.json"
    path.write_text(content)
    with pytest.raises(RuleViolation) as info:
        read_order_file(path)
    assert message in info.value.message


def test_an_object_with_an_orders_list_after_other_keys_is_read(channel, tmp_path):
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({"exported": "2026-11-29", "orders": [order_data(reference="A-1")]}))
    assert import_orders("aff", read_order_file(path), user="anna").imported == ["A-1"]


def test_orders_already_on_the_desk_or_twice_in_the_file_are_skipped(channel, tmp_path):
    first = order_data(reference="A-1")
    import_orders("aff", [first], user="anna")
    second = order_data(reference="A-2")
    report = import_orders("aff", read_order_file(_write(tmp_path / "o.json", [first, second, second])), user="anna")
    assert report.imported == ["A-2"] and report.skipped == ["A-1", "A-2"]
    assert Order.select().count() == 2


def _table(model, skip=()):
    rows = model.select().order_by(model.id).dicts()
    return [{k: v for k, v in row.items() if k not in skip} for row in rows]


def test_bulk_import_writes_the_same_rows_audit_and_search_index_as_one_by_one(tmp_path, keyring_memory):
    orders = [
        order_data(
            reference=f"AFF-{n}",
            customer={"name": f"Zoë Åkerlund {n}", "email": f"zoe{n}@example.com", "phone": "1"},
            attributes={"coupon": f"C{n}"} if n % 3 == 0 else {},
            lines=[
                _line(external_id=f"{n}-1", attributes={"engraving": "Z"} if n % 2 else {}),
                _line(external_id=f"{n}-2", sku="TEE-M", quantity=2, unit_price="12.5"),
            ],
        )
        for n in range(BATCH_SIZE + 20)
    ]
    file = _write(tmp_path / "orders.json", orders)
    tables = {}
    for way in ("bulk", "one by one"):
        open_database(f"sqlite:///{tmp_path / way}.sqlite3")
        make_channel("aff", "affiliate")
        if way == "bulk":
            import_orders("aff", read_order_file(file), user="anna")
        else:  # the per-order path: what the pull and the old import wrote for each new order
            channel = get_channel("aff")
            for data in orders:
                with transaction():
                    order = insert_order(channel, record_from_dict(data))
                    audit.record("anna", "import", order, "imported into aff")
        assert search_index.has_index()
        database_proxy.execute_sql("INSERT INTO order_search(order_search) VALUES ('integrity-check')")
        found = [o.reference for o in list_orders(OrderFilter(search="zoe17@exa"), limit=10)]
        assert found == ["AFF-17"]
        tables[way] = {
            "order": _table(Order, skip={"created_at", "updated_at"}),
            "line": _table(OrderLine),
            "order attributes": _table(OrderAttribute),
            "line attributes": _table(LineAttribute),
            "audit": _table(AuditEntry, skip={"at", "id"})[1:],  # the first entry is the channel's creation
        }
        database_proxy.close()
    assert tables["bulk"] == tables["one by one"]
    assert len(tables["bulk"]["order"]) == BATCH_SIZE + 20


def test_a_file_that_cannot_be_read_is_a_plain_sentence(channel, tmp_path):
    with pytest.raises(RuleViolation, match="There is no file"):
        read_order_file(tmp_path / "missing.json")
    with pytest.raises(RuleViolation, match="is a folder, not a file of orders"):
        read_order_file(tmp_path)


def test_the_bulk_path_keeps_the_store_consistent_when_a_batch_fails(channel, tmp_path, monkeypatch):
    """A batch is one transaction: if storing it fails, none of its orders is half-written."""
    import orderdesk.services.importing as importing

    calls = []

    def failing_audit(*args, **kwargs):
        calls.append(args)
        raise peewee.IntegrityError("disk said no")

    monkeypatch.setattr(importing.audit, "record_many", failing_audit)
    with pytest.raises(peewee.IntegrityError):
        import_orders("aff", [order_data(reference="A-1")], user="anna")
    assert calls and Order.select().count() == 0 and OrderLine.select().count() == 0


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ([None], "created_at must be a date and time as text (use ISO 8601, e.g. 2026-11-23T10:42:00Z), not a list."),
        ("0001-01-01T00:00:00+05:00", "created_at '0001-01-01T00:00:00+05:00' is not a date and time"),
    ],
)
def test_a_date_that_is_not_one_is_refused_in_words(channel, value, words):
    with pytest.raises(RuleViolation) as info:
        record_from_dict(order_data(reference="D-1", created_at=value))
    assert info.value.message == f"Order D-1: {words}" or words in info.value.message


def test_a_file_saved_with_a_byte_order_mark_is_read(channel, tmp_path):
    path = tmp_path / "excel.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([order_data(reference="BOM-1")]).encode())
    assert import_orders("aff", read_order_file(path), user="anna").imported == ["BOM-1"]
