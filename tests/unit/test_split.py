from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from orderdesk.core.commission import commission
from orderdesk.core.errors import RuleViolation
from orderdesk.core.split import SplitLine, plan_split

LINES = [
    SplitLine(1, "MUG-01", 3, Decimal("19.95")),
    SplitLine(2, "TEE-M", 2, Decimal("12.50")),
]


def plan(moves, rate=Decimal("10"), lines=LINES):
    return plan_split(lines, moves, parent_reference="AFF-1", commission_rate=rate, currency="EUR")


def test_split_moves_units_and_names_the_new_order_after_the_parent():
    result = plan([{1: 1, 2: 2}])
    assert [(pl.line_id, pl.quantity) for pl in result.remaining] == [(1, 2)]
    (part,) = result.parts
    assert part.reference == "AFF-1-S1"
    assert [(pl.sku, pl.quantity) for pl in part.lines] == [("MUG-01", 1), ("TEE-M", 2)]
    assert part.lines_total == Decimal("44.95")
    assert result.remaining_total == Decimal("39.90")


def test_several_new_orders_are_numbered_in_turn():
    result = plan([{1: 1}, {1: 1}, {2: 1}])
    assert [p.reference for p in result.parts] == ["AFF-1-S1", "AFF-1-S2", "AFF-1-S3"]


@pytest.mark.parametrize(
    ("moves", "message"),
    [
        ([{1: 0}], "Move at least 1 unit of MUG-01"),
        ([{1: 4}], "MUG-01 has 3 unit"),
        ([{1: 2}, {1: 2}], "MUG-01 has 3 unit"),
        ([{9: 1}], "Line 9 is not on this order"),
        ([{1: 3, 2: 2}], "Moving every unit is not a split"),
        ([], "Choose at least one line"),
        ([{1: 1}, {}], "Every new order needs at least one line"),
        ([{1: -1}], "Move at least 1 unit"),
    ],
)
def test_bad_split_is_refused_with_a_clear_message(moves, message):
    with pytest.raises(RuleViolation, match=message):
        plan(moves)


def test_fractional_quantity_is_refused():
    with pytest.raises(RuleViolation, match="whole number"):
        plan([{1: 1.5}])


def test_commission_of_the_parts_adds_up_to_the_original_to_the_cent():
    lines = [SplitLine(1, "A", 3, Decimal("0.35")), SplitLine(2, "B", 1, Decimal("0.35"))]
    rate = Decimal("15")
    original = commission(rate, Decimal("1.40"), "EUR")
    result = plan([{1: 1}, {1: 1}], rate=rate, lines=lines)
    parts = sum(p.commission for p in result.parts)
    assert parts + result.remaining_commission == original


def test_orders_without_affiliate_rate_carry_no_commission():
    result = plan([{1: 1}], rate=None)
    assert result.remaining_commission is None
    assert result.parts[0].commission is None


prices = st.decimals(min_value=Decimal("0"), max_value=Decimal("9999.99"), places=2, allow_nan=False)
rates = st.one_of(st.none(), st.decimals(min_value=Decimal("0"), max_value=Decimal("40"), places=2))


@st.composite
def orders_and_moves(draw):
    count = draw(st.integers(1, 6))
    lines = [SplitLine(i, f"SKU{i}", draw(st.integers(1, 9)), draw(prices)) for i in range(1, count + 1)]
    total_units = sum(line.quantity for line in lines)
    if total_units < 2:
        lines[0] = SplitLine(1, "SKU1", 2, lines[0].unit_price)
    parts = draw(st.integers(1, 3))
    left = {line.line_id: line.quantity for line in lines}
    keep = lines[0].line_id
    left[keep] -= 1  # at least one unit stays behind
    moves = []
    for _ in range(parts):
        move = {}
        for line_id, units in left.items():
            take = draw(st.integers(0, units))
            if take:
                move[line_id] = take
                left[line_id] -= take
        if move:
            moves.append(move)
    if not moves:
        moves = [{keep: 1}] if lines[0].quantity >= 2 else moves
    return lines, moves, draw(rates)


@given(orders_and_moves())
def test_parts_always_add_up_to_the_original(case):
    lines, moves, rate = case
    assume(moves)
    original_total = sum(line.unit_price * line.quantity for line in lines)
    original_commission = commission(rate, original_total, "EUR")
    result = plan_split(lines, moves, parent_reference="R", commission_rate=rate, currency="EUR")
    assert result.remaining_total + sum(p.lines_total for p in result.parts) == original_total
    units = {line.line_id: 0 for line in lines}
    for pl in result.remaining + tuple(pl for p in result.parts for pl in p.lines):
        units[pl.line_id] += pl.quantity
    assert units == {line.line_id: line.quantity for line in lines}
    assert result.remaining, "a split always leaves something on the original"
    if rate is None:
        assert result.remaining_commission is None
    else:
        assert result.remaining_commission + sum(p.commission for p in result.parts) == original_commission
