from decimal import Decimal

import pytest

from orderdesk.core.commission import commission
from orderdesk.core.money import format_money, round_money, to_decimal


def test_amounts_never_pass_through_binary_float():
    assert to_decimal(0.1) + to_decimal(0.2) == Decimal("0.3")
    assert to_decimal("12,50") == Decimal("12.50")
    assert to_decimal(7) == Decimal(7)


@pytest.mark.parametrize("bad", ["abc", "", "NaN", "inf", True, None, [1]])
def test_non_amounts_are_refused(bad):
    with pytest.raises(ValueError):
        to_decimal(bad)


def test_rounding_follows_the_currency():
    assert round_money(Decimal("2.345"), "EUR") == Decimal("2.35")
    assert round_money(Decimal("1234.5"), "JPY") == Decimal("1235")
    assert round_money(Decimal("1.2345"), "KWD") == Decimal("1.235")
    assert format_money(Decimal("1234.5"), "EUR") == "1,234.50 EUR"


def test_commission_is_rate_times_lines_total_rounded_half_up():
    assert commission(Decimal("10"), Decimal("84.85"), "EUR") == Decimal("8.49")
    assert commission(Decimal("7.5"), Decimal("100"), "EUR") == Decimal("7.50")
    assert commission(None, Decimal("100"), "EUR") is None


def test_money_text_is_exact_with_the_currency_decimals():
    from orderdesk.core.money import money_text

    assert money_text(Decimal("64.9000"), "EUR") == "64.90"
    assert money_text(Decimal("19.9"), "EUR") == "19.90"
    assert money_text(Decimal("0.1234"), "EUR") == "0.1234"
    assert money_text(Decimal("1200.0000"), "JPY") == "1200"
    assert money_text(None) is None
