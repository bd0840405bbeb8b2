"""Consignment number formats of common carriers: a typo or a wrong label scanned is caught before the parcel
leaves. A number that does not fit its carrier's format is a warning the operator may overrule (formats change,
and a carrier may have a service we do not know), never a refusal; an empty number never passes (validation)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from orderdesk.core.text import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class CarrierFormat:
    pattern: str  # a regular expression the whole number must match (case-insensitive, spaces ignored)
    description: str  # the format in words, for the warning (the defaults' are translated where shown)


# Defaults for the carriers our warehouses use most; the admin can change or add them in the settings.
DEFAULT_FORMATS: dict[str, CarrierFormat] = {
    "DHL": CarrierFormat(
        r"\d{10}|\d{12}|\d{20}|J?JD\d{9,18}", QT_TRANSLATE_NOOP("Carriers", "10, 12 or 20 digits, or JJD/JD and digits")
    ),
    "DPD": CarrierFormat(r"\d{14}", QT_TRANSLATE_NOOP("Carriers", "14 digits")),
    "GLS": CarrierFormat(
        r"\d{11,12}|[A-Z0-9]{8}", QT_TRANSLATE_NOOP("Carriers", "11 or 12 digits, or 8 letters and digits")
    ),
    "UPS": CarrierFormat(r"1Z[A-Z0-9]{16}", QT_TRANSLATE_NOOP("Carriers", "1Z and 16 letters or digits")),
    "FedEx": CarrierFormat(r"\d{12}|\d{15}|\d{20}|\d{22}", QT_TRANSLATE_NOOP("Carriers", "12, 15, 20 or 22 digits")),
    "PostNL": CarrierFormat(r"3S[A-Z0-9]{11,13}", QT_TRANSLATE_NOOP("Carriers", "3S and 11 to 13 letters or digits")),
    "InPost": CarrierFormat(r"\d{24}", QT_TRANSLATE_NOOP("Carriers", "24 digits")),
    "TNT": CarrierFormat(r"\d{9}|GE\d{9}[A-Z]{2}", QT_TRANSLATE_NOOP("Carriers", "9 digits")),
    "Poczta Polska": CarrierFormat(
        r"[A-Z]{2}\d{9}[A-Z]{2}|\d{20}", QT_TRANSLATE_NOOP("Carriers", "2 letters, 9 digits, 2 letters (or 20 digits)")
    ),
    "Hermes": CarrierFormat(r"\d{14,16}|H\d{19}", QT_TRANSLATE_NOOP("Carriers", "14 to 16 digits")),
}


def _key(carrier: str) -> str:
    return carrier.strip().casefold()


def format_of(carrier: str, formats: dict[str, CarrierFormat] | None = None) -> CarrierFormat | None:
    table = DEFAULT_FORMATS if formats is None else formats
    wanted = _key(carrier)
    return next((fmt for name, fmt in table.items() if _key(name) == wanted), None)


def consignment_warning(carrier: str, number: str, formats: dict[str, CarrierFormat] | None = None) -> str | None:
    """A sentence when the number does not look like the carrier's; None when it does or no format is known."""
    fmt = format_of(carrier, formats)
    compact = re.sub(r"\s+", "", number)
    if fmt is None or not compact:
        return None
    try:
        if re.fullmatch(fmt.pattern, compact, flags=re.IGNORECASE):
            return None
    except re.error:
        return None  # a pattern the admin mistyped warns about nothing rather than about everything
    return translate(
        "Carriers",
        "This does not look like a {carrier} consignment number ({format}).",
        carrier=carrier.strip(),
        format=translate("Carriers", fmt.description),
    )


def check_pattern(pattern: str) -> str | None:
    """Why an admin's pattern cannot be used, or None."""
    if not pattern.strip():
        return translate("Carriers", "Give a pattern, or remove the carrier.")
    try:
        re.compile(pattern)
    except re.error as exc:
        return translate("Carriers", "'{pattern}' is not a valid pattern: {error}.", pattern=pattern, error=exc)
    return None


def formats_to_json(formats: dict[str, CarrierFormat]) -> str:
    return json.dumps({name: [f.pattern, f.description] for name, f in formats.items()}, ensure_ascii=False)


def formats_from_json(text: str | None) -> dict[str, CarrierFormat]:
    """The admin's formats as stored; anything unreadable gives the defaults back."""
    if not text:
        return dict(DEFAULT_FORMATS)
    try:
        data = json.loads(text)
        return {str(name): CarrierFormat(str(value[0]), str(value[1])) for name, value in data.items()}
    except (ValueError, TypeError, IndexError, AttributeError):
        return dict(DEFAULT_FORMATS)


def carrier_choices(channel_carriers: str, last_used: str, known: tuple[str, ...]) -> list[str]:
    """The carriers a dispatch prompt offers: the channel's own list when the admin set one, else the known
    ones; the last used first."""
    offered = [c.strip() for c in channel_carriers.split(",") if c.strip()] or list(known)
    last = last_used.strip()
    if last:
        offered = [last] + [c for c in offered if _key(c) != _key(last)]
    return offered
