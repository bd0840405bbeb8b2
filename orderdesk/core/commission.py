"""Affiliate commission: rate (a percentage) times the lines total, shipping excluded."""

from __future__ import annotations

from decimal import Decimal

from orderdesk.core.money import round_money


def commission(rate_percent: Decimal | None, lines_total: Decimal, currency: str | None = None) -> Decimal | None:
    """The commission an affiliate earns on an order, or None for an order without an affiliate rate."""
    if rate_percent is None:
        return None
    return round_money(lines_total * rate_percent / Decimal(100), currency)
