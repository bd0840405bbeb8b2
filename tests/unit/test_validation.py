from decimal import Decimal

import pytest

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: validation.consignment_number(""), "The consignment number is required."),
        (lambda: validation.consignment_number("   "), "The consignment number is required."),
        (lambda: validation.consignment_number("AB#12"), "only letters, digits"),
        (lambda: validation.carrier(None), "The carrier is required."),
        (lambda: validation.price("-1"), "The price cannot be negative."),
        (lambda: validation.price("ten"), "must be a number, not 'ten'"),
        (lambda: validation.price("1.123456"), "too many decimals"),
        (lambda: validation.quantity("1.5"), "must be a whole number, not 1.5"),
        (lambda: validation.quantity("two"), "must be a whole number, not 'two'"),
        (lambda: validation.quantity(-2), "cannot be negative"),
        (lambda: validation.quantity(0), "must be at least 1"),
        (lambda: validation.sku("AB 12"), "cannot contain spaces"),
        (lambda: validation.email("zoe.example.com"), "is not an e-mail address"),
        (lambda: validation.reason("x" * 256), "is 256 characters long; the channel accepts at most 255"),
        (lambda: validation.attribute_key("1abc"), "not a usable attribute name"),
    ],
)
def test_bad_operator_input_gets_a_message_an_operator_understands(call, message):
    with pytest.raises(RuleViolation) as info:
        call()
    assert message in info.value.message


def test_good_input_is_cleaned():
    assert validation.consignment_number("  JD0146 0001 ") == "JD0146 0001"
    assert validation.quantity("3") == 3
    assert validation.quantity("3.0") == 3
    assert validation.quantity(0, allow_zero=True) == 0
    assert validation.price("19.95") == Decimal("19.95")
    assert validation.optional_text("  ", "Note", field="note") is None


# ---- the limits every way in shares ----


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: validation.quantity(2**63), "at most 1,000,000 units"),
        (lambda: validation.quantity("100000000000000000000"), "at most 1,000,000 units"),
        (lambda: validation.quantity("1e400"), "at most 1,000,000 units"),
        (lambda: validation.quantity(1_000_001), "at most 1,000,000 units"),
        (lambda: validation.price("1e400"), "too large: amounts must stay below 100,000,000,000"),
        (lambda: validation.price("9" * 400), "too large"),
        (lambda: validation.price(Decimal("100000000000")), "too large"),
        (lambda: validation.price("0.00001"), "too many decimals (at most 4)"),
        (lambda: validation.shipping("-5"), "The shipping cannot be negative."),
        (lambda: validation.commission_rate("1000"), "The commission rate is 1000%; it must be between 0 and 100%."),
        (lambda: validation.commission_rate("-1"), "cannot be negative"),
        (lambda: validation.currency("EURO"), "'EURO' is not a currency: use its three-letter ISO 4217 code"),
        (lambda: validation.currency("XAU"), "is not a currency"),
        (lambda: validation.currency(12), "not a number"),
        (lambda: validation.currency("E" * 10_000_000), "'EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE…' is not"),
        (lambda: validation.text({"a": 1}, "The city", field="city"), "The city must be text, not an object."),
        (lambda: validation.text(["x"], "The city", field="city"), "must be text, not a list"),
        (lambda: validation.text(True, "The city", field="city"), "must be text, not true or false"),
        (lambda: validation.text("x" * 129, "The reference", field="reference"), "129 characters long"),
        (lambda: validation.email(12), "'12' is not an e-mail address."),
        (lambda: validation.sku({"a": 1}), "The SKU must be text, not an object."),
        (lambda: validation.total(Decimal("1e11")), "The order total would be"),
        (lambda: validation.quantity(None), "The quantity is required."),
        (lambda: validation.text("Zo\x00ë", "The city", field="city"), "The city holds a NUL character"),
        (lambda: validation.price(None), "The price is required."),
    ],
)
def test_absurd_values_are_refused_with_the_limit_in_the_sentence(call, message):
    with pytest.raises(RuleViolation) as info:
        call()
    assert message in info.value.message
    assert len(info.value.message) < 200 and "\n" not in info.value.message


def test_values_at_the_limits_are_taken():
    assert validation.quantity(1_000_000) == 1_000_000
    assert validation.price("99999999999.9999") == Decimal("99999999999.9999")
    assert validation.commission_rate("100") == Decimal("100")
    assert validation.commission_rate("") is None
    assert validation.currency(" pln ") == "PLN"
    assert validation.text(12.5, "The postcode", field="postcode") == "12.5"
    assert validation.text("x" * 128, "The reference", field="reference") == "x" * 128


def test_nesting_of_any_depth_is_measured_without_recursion():
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(RuleViolation, match="nested more than 32 levels deep"):
        validation.json_depth({"x": deep}, "The data")
    validation.json_depth({"a": [{"b": [1, 2]}]}, "The data")


def _nested(depth):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


def _record(**changes):
    from dataclasses import replace

    from orderdesk.core.records import LineRecord, OrderRecord

    record = OrderRecord("E-1", "R-1", (LineRecord("SKU-1", "Mug", 2, Decimal("9.95")),))
    return replace(record, **changes)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"shipping_total": Decimal(-5)}, "Order R-1: the shipping cannot be negative."),
        ({"commission_rate": Decimal(1000)}, "Order R-1: the commission rate is 1000%"),
        ({"currency": "EURO"}, "Order R-1: 'EURO' is not a currency"),
        ({"reference": "R" * 10_000_000}, "the reference is 10,000,000 characters long"),
        ({"external_id": ""}, "the external id is required"),
        ({"lines": ()}, "Order R-1: the order has no lines."),
        ({"channel_data": {"x": _nested(40)}}, "nested more than 32"),
        ({"attributes": {"coupon": "x" * 256}}, "the value of coupon is 256 characters long"),
    ],
)
def test_a_record_from_anywhere_is_checked_against_the_same_limits(changes, message):
    with pytest.raises(RuleViolation) as info:
        validation.check_record(_record(**changes))
    assert message in info.value.message


def test_a_line_of_a_channel_record_is_checked_too():
    from orderdesk.core.records import LineRecord

    huge = LineRecord("SKU-1", "Mug", 2**63, Decimal("1"))
    with pytest.raises(RuleViolation, match="Order R-1: line 1 quantity is 9223372036854775808; at most 1,000,000"):
        validation.check_record(_record(lines=(huge,)))
    pricey = LineRecord("SKU-1", "Mug", 1_000_000, Decimal("99999999"))
    with pytest.raises(RuleViolation, match="line 1 total would be"):
        validation.check_record(_record(lines=(pricey,)))
    assert validation.check_record(_record()) == _record()
