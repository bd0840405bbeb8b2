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
