"""Split arithmetic: move chosen quantities of chosen lines into new orders, so that the parts add up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from orderdesk.core.commission import commission
from orderdesk.core.errors import RuleViolation, shown
from orderdesk.core.money import ZERO
from orderdesk.core.text import translate


@dataclass(frozen=True)
class SplitLine:
    """A line of the order being split, as the split needs it."""

    line_id: int
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True)
class PartLine:
    line_id: int  # the source line the units come from
    sku: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class SplitPart:
    reference: str
    lines: tuple[PartLine, ...]
    lines_total: Decimal
    commission: Decimal | None


@dataclass(frozen=True)
class SplitPlan:
    """What remains on the original order, and each new order."""

    remaining: tuple[PartLine, ...]
    remaining_total: Decimal
    remaining_commission: Decimal | None
    parts: tuple[SplitPart, ...]


def split_reference(parent_reference: str, number: int) -> str:
    return f"{parent_reference}-S{number}"


def plan_split(
    lines: Sequence[SplitLine],
    moves: Sequence[Mapping[int, int]],
    *,
    parent_reference: str,
    commission_rate: Decimal | None = None,
    original_commission: Decimal | None = None,
    currency: str | None = None,
    first_part_number: int = 1,
) -> SplitPlan:
    """Plan a split of `lines` into the original plus one new order per entry of `moves` (line id -> units).

    The commission of the parts is computed on their own lines; what remains on the original is the
    original commission less the parts', so the parts always add up to the original to the cent.
    """
    by_id = {line.line_id: line for line in lines}
    if not moves or all(not move for move in moves):
        raise RuleViolation(translate("Split", "Choose at least one line and a quantity to move to the new order."))
    moved: dict[int, int] = {}
    for move in moves:
        if not move:
            raise RuleViolation(translate("Split", "Every new order needs at least one line."))
        for line_id, quantity in move.items():
            line = by_id.get(line_id)
            if line is None:
                message = translate("Split", "Line {line} is not on this order.", line=shown(line_id))
                raise RuleViolation(message, field="lines")
            if isinstance(quantity, bool) or not isinstance(quantity, int):
                message = translate("Split", "The quantity for {sku} must be a whole number.", sku=line.sku)
                raise RuleViolation(message, field="quantity")
            if quantity <= 0:
                message = translate("Split", "Move at least 1 unit of {sku}, or leave the line out.", sku=line.sku)
                raise RuleViolation(message, field="quantity")
            moved[line_id] = moved.get(line_id, 0) + quantity
            if moved[line_id] > line.quantity:
                message = translate(
                    "Split",
                    "{sku} has %n unit(s); you cannot move {moved}.",
                    line.quantity,
                    sku=line.sku,
                    moved=moved[line_id],
                )
                raise RuleViolation(message, field="quantity")
    if all(moved.get(line.line_id, 0) == line.quantity for line in lines):
        raise RuleViolation(
            translate("Split", "Moving every unit is not a split: at least one unit must stay on the original order.")
        )

    parts: list[SplitPart] = []
    for offset, move in enumerate(moves):
        part_lines = tuple(
            PartLine(line_id, by_id[line_id].sku, quantity, by_id[line_id].unit_price)
            for line_id, quantity in move.items()
        )
        total = sum((pl.total for pl in part_lines), ZERO)
        parts.append(
            SplitPart(
                reference=split_reference(parent_reference, first_part_number + offset),
                lines=part_lines,
                lines_total=total,
                commission=commission(commission_rate, total, currency),
            )
        )
    remaining = tuple(
        PartLine(line.line_id, line.sku, line.quantity - moved.get(line.line_id, 0), line.unit_price)
        for line in lines
        if line.quantity - moved.get(line.line_id, 0) > 0
    )
    remaining_total = sum((pl.total for pl in remaining), ZERO)
    if commission_rate is None:
        remaining_commission = None
    else:
        whole = original_commission
        if whole is None:
            original_total = sum((line.unit_price * line.quantity for line in lines), ZERO)
            whole = commission(commission_rate, original_total, currency)
        assert whole is not None
        remaining_commission = whole - sum((part.commission or ZERO for part in parts), ZERO)
    return SplitPlan(remaining, remaining_total, remaining_commission, tuple(parts))
