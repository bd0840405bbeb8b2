"""Magento's searchCriteria for the simulator's list calls: the query string read into filter groups (OR inside
a group, AND across groups), sort orders and paging, and the answer Magento gives (everything at once without
pageSize, the last page again for a currentPage past the end)."""

from __future__ import annotations

import fnmatch
from decimal import Decimal
from typing import Any


def parse_search_criteria(query: dict[str, list[str]]) -> dict[str, Any]:
    """searchCriteria[filter_groups][0][filters][0][field]=... into groups, sort orders and paging."""
    tree: dict[str, Any] = {}
    for key, values in query.items():
        if not key.startswith("searchCriteria[") or not values:
            continue
        parts = [part.rstrip("]") for part in key[len("searchCriteria[") :].split("[")]
        node = tree
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = values[0]

    def ordered(node: Any) -> list[Any]:
        if not isinstance(node, dict):
            return []
        return [node[k] for k in sorted(node, key=lambda k: int(k) if k.isdigit() else 0)]

    groups = [
        [f for f in ordered(group.get("filters")) if isinstance(f, dict) and "field" in f]
        for group in ordered(tree.get("filter_groups"))
        if isinstance(group, dict)
    ]
    sorts = [s for s in ordered(tree.get("sortOrders")) if isinstance(s, dict) and "field" in s]

    def number(name: str) -> int | None:
        value = tree.get(name)
        return int(value) if isinstance(value, str) and value.isdigit() else None

    return {"groups": groups, "sorts": sorts, "page_size": number("pageSize"), "current_page": number("currentPage")}


def _compare(left: Any, right: str) -> tuple[Any, Any]:
    try:
        return Decimal(str(left)), Decimal(right)
    except ArithmeticError:
        return str(left), right


def _matches(row: dict[str, Any], flt: dict[str, Any]) -> bool:
    field = flt["field"]
    value = str(flt.get("value", ""))
    condition = str(flt.get("condition_type") or "eq")
    actual = row.get(field)
    if condition == "null":
        return actual is None
    if condition == "notnull":
        return actual is not None
    if actual is None:
        return condition in ("neq", "nin")
    if condition in ("in", "nin"):
        found = str(actual) in [v.strip() for v in value.split(",")]
        return found if condition == "in" else not found
    if condition == "like":
        return fnmatch.fnmatchcase(str(actual).lower(), value.lower().replace("%", "*").replace("_", "?"))
    a, b = _compare(actual, value)
    try:
        return bool(
            {
                "eq": a == b,
                "neq": a != b,
                "gt": a > b,
                "gteq": a >= b,
                "from": a >= b,
                "lt": a < b,
                "lteq": a <= b,
                "to": a <= b,
            }.get(condition, a == b)
        )
    except TypeError:
        return False


def search(rows: list[dict[str, Any]], query: dict[str, list[str]]) -> dict[str, Any]:
    """Magento's answer to a searchCriteria list call."""
    criteria = parse_search_criteria(query)
    found = [r for r in rows if all(any(_matches(r, f) for f in group) for group in criteria["groups"] if group)]
    for order in reversed(criteria["sorts"]):
        field = order["field"]
        found.sort(
            key=lambda r: _compare(r.get(field) if r.get(field) is not None else "", "0")[0],
            reverse=str(order.get("direction", "ASC")).upper() == "DESC",
        )
    total = len(found)
    size, page = criteria["page_size"], criteria["current_page"] or 1
    echo: dict[str, Any] = {
        "filter_groups": [
            {"filters": [{k: f[k] for k in ("field", "value", "condition_type") if k in f} for f in group]}
            for group in criteria["groups"]
        ]
    }
    if criteria["sorts"]:
        echo["sort_orders"] = [{"field": s["field"], "direction": s.get("direction", "ASC")} for s in criteria["sorts"]]
    if size:
        last = max(1, -(-total // size))
        page = min(max(page, 1), last)  # past the end: the last page again, as Magento does
        found = found[(page - 1) * size : page * size]
        echo["page_size"] = size
        echo["current_page"] = page
    return {"items": found, "search_criteria": echo, "total_count": total}
