"""Which characters a channel can carry in a setting or a secret, checked when it is entered and again when a stored
one is used, so that one pasted en dash or Ω fails that channel with a reason instead of every channel with a crash.

A value sent in an HTTP header (the affiliate token, Increff's login headers) can hold only Latin-1 characters and
no control characters, and no space at either end (HTTP drops it); requests cannot send anything else. Every other
secret travels in a JSON body, a form or a signature, which carry any text, but never an invisible control or format
character (a line break, a tab, a zero-width space): one of those is a paste accident, never part of a password.
"""

from __future__ import annotations

import unicodedata

from orderdesk.core.text import translate

_INVISIBLE = ("Cc", "Cf", "Cs")  # control characters, format characters (zero-width space...), lone surrogates


def _character(ch: str) -> str:
    return unicodedata.name(ch, f"U+{ord(ch):04X}").lower() if ch.isprintable() else f"U+{ord(ch):04X}"


def problem(value: str, *, header: bool, reveal: bool = True) -> str | None:
    """Why a channel cannot carry this value, as the end of a sentence; None when it can.

    `reveal` names the offending character (for the person typing it); without it only its position is said, for
    messages that are stored or logged, where no part of a secret may go."""
    for position, ch in enumerate(value, start=1):
        bad = unicodedata.category(ch) in _INVISIBLE or (header and ord(ch) > 0xFF)
        if bad:
            where = _where(ch, position, reveal)
            if header and ord(ch) > 0xFF:
                return translate(
                    "CarriedText",
                    "has a character a channel cannot carry: {where} is not one an HTTP header can hold "
                    "(only Latin-1 letters, digits and signs)",
                    where=where,
                )
            return translate(
                "CarriedText",
                "has a character a channel cannot carry: {where} is an invisible control or format character",
                where=where,
            )
    if header and value != value.strip():
        return translate("CarriedText", "starts or ends with a space, which a channel's HTTP header would drop")
    return None


def _where(ch: str, position: int, reveal: bool) -> str:
    """The offending character's place, and (revealed) the character itself with its Unicode name."""
    if not reveal:
        return translate("CarriedText", "character {position}", position=position)
    what = f"'{ch}' ({_character(ch)})" if ch.isprintable() else _character(ch)
    return translate("CarriedText", "character {position}, {what},", position=position, what=what)
