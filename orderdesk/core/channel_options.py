"""Increff's attribute mapping, as the admin writes it: "coupon code=attribute1, due date=attribute2".

Checked here, once, so that the settings dialog (live, next to the field), the services (before anything is saved)
and the CLI refuse the same mistakes in the same words (the status mapping has its own reader, core.status_map).
The Increff client (orderdesk/channels/increff.py) reads the mapping with this same function:
pieces separated by commas, semicolons or new lines, slots attribute1..attribute10, names compared
case-insensitively with "_" and "-" read as spaces; so a mapping accepted here is never refused when the sync
sends attributes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from orderdesk.core import erp_numbers, secret_expiry
from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import translate

ATTRIBUTE_MAP = "attribute_map"
SLOT_COUNT = 10  # Increff Omni's attribute1..attribute10
MESSAGE_PREFIX = "Attribute mapping: "  # how the English message starts (the translated one starts in its own words)

_SEPARATORS = re.compile(r"[,;\n]")
_SLOT = re.compile(r"attribute\s*(\d+)", re.IGNORECASE)


def _pieces(text: str | None) -> list[str]:
    return [piece.strip() for piece in _SEPARATORS.split(text or "") if piece.strip()]


def normalize_name(name: str) -> str:
    """How attribute names are compared: case-insensitive, `_`/`-` as spaces, spaces collapsed."""
    return " ".join(name.replace("_", " ").replace("-", " ").split()).casefold()


def parse_attribute_map(text: str | None) -> dict[str, str]:
    """Read "coupon code=attribute1, due date=attribute2" into {name as written: "attributeN"}; all mistakes at once."""
    mapping: dict[str, str] = {}
    seen: set[str] = set()
    owner: dict[str, str] = {}  # slot -> the name that took it
    problems: list[str] = []
    for piece in _pieces(text):
        raw_name, sep, raw_slot = piece.partition("=")
        name = " ".join(raw_name.split())
        if not sep:
            problems.append(translate("ChannelOptions", "'{piece}' is not name=attributeN.", piece=piece))
            continue
        if not name:
            problems.append(translate("ChannelOptions", "'{piece}' has no attribute name before '='.", piece=piece))
            continue
        match = _SLOT.fullmatch(raw_slot.strip())
        if match is None:
            problems.append(
                translate(
                    "ChannelOptions",
                    "'{slot}' (for '{name}') is not an Increff slot: use attribute1 to attribute10.",
                    slot=raw_slot.strip(),
                    name=name,
                )
            )
            continue
        number = int(match.group(1))
        if not 1 <= number <= SLOT_COUNT:
            problems.append(
                translate(
                    "ChannelOptions",
                    "attribute{number} (for '{name}') does not exist: Increff has attribute1 to attribute10.",
                    number=number,
                    name=name,
                )
            )
            continue
        slot = f"attribute{number}"
        if normalize_name(name) in seen:
            problems.append(translate("ChannelOptions", "'{name}' is mapped twice.", name=name))
            continue
        if slot in owner:
            problems.append(
                translate(
                    "ChannelOptions",
                    "{slot} is given to both '{first}' and '{name}': each name needs its own slot.",
                    slot=slot,
                    first=owner[slot],
                    name=name,
                )
            )
            continue
        seen.add(normalize_name(name))
        owner[slot] = name
        mapping[name] = slot
    if problems:
        message = translate("ChannelOptions", "Attribute mapping: {problems}", problems=" ".join(problems))
        raise RuleViolation(message, field=ATTRIBUTE_MAP)
    return mapping


def check_options(options: Mapping[str, str]) -> None:
    """Refuse an attribute mapping that cannot be used (field "attribute_map"), an expiry date that is not a
    date (field "secret_expires"), or ERP numbering options that cannot be used ("erp_numbers", "erp_prefix")."""
    if erp_numbers.MODE in options:
        erp_numbers.parse_mode(options[erp_numbers.MODE])
    if erp_numbers.PREFIX in options:
        erp_numbers.parse_prefix(options[erp_numbers.PREFIX])
    if ATTRIBUTE_MAP in options:
        parse_attribute_map(options[ATTRIBUTE_MAP])
    if secret_expiry.FIELD in options:
        secret_expiry.parse_expiry(options[secret_expiry.FIELD])
