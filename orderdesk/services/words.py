"""The states of orders, sync events, purchases and activities as a refusal says them ("Order 1001 is packed"),
in the user's language. The English is the stored value itself, so a message without a translator reads as before."""

from __future__ import annotations

from orderdesk.core.text import QT_TRANSLATE_NOOP, translate

# One table for every kind of state: the same word ("cancelled", "failed") reads the same for each of them.
_WORDS = {
    "pending": QT_TRANSLATE_NOOP("StateWords", "pending"),
    "processing": QT_TRANSLATE_NOOP("StateWords", "processing"),
    "packed": QT_TRANSLATE_NOOP("StateWords", "packed"),
    "dispatched": QT_TRANSLATE_NOOP("StateWords", "dispatched"),
    "delivered": QT_TRANSLATE_NOOP("StateWords", "delivered"),
    "cancelled": QT_TRANSLATE_NOOP("StateWords", "cancelled"),
    "returned": QT_TRANSLATE_NOOP("StateWords", "returned"),
    "in_flight": QT_TRANSLATE_NOOP("StateWords", "in_flight"),
    "done": QT_TRANSLATE_NOOP("StateWords", "done"),
    "failed": QT_TRANSLATE_NOOP("StateWords", "failed"),
    "uncertain": QT_TRANSLATE_NOOP("StateWords", "uncertain"),
    "discarded": QT_TRANSLATE_NOOP("StateWords", "discarded"),
    "placing": QT_TRANSLATE_NOOP("StateWords", "placing"),
    "placed": QT_TRANSLATE_NOOP("StateWords", "placed"),
    "paying": QT_TRANSLATE_NOOP("StateWords", "paying"),
    "paid": QT_TRANSLATE_NOOP("StateWords", "paid"),
    "cancelling": QT_TRANSLATE_NOOP("StateWords", "cancelling"),
    "requested": QT_TRANSLATE_NOOP("StateWords", "requested"),
    "running": QT_TRANSLATE_NOOP("StateWords", "running"),
    "awaiting": QT_TRANSLATE_NOOP("StateWords", "awaiting"),
    "answering": QT_TRANSLATE_NOOP("StateWords", "answering"),
    "finished": QT_TRANSLATE_NOOP("StateWords", "finished"),
}


def state_word(value: str) -> str:
    """A stored state as a sentence says it; a state this table does not know is said as it is stored."""
    word = _WORDS.get(str(value))
    return translate("StateWords", word) if word is not None else str(value)
