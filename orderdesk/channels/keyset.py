"""Pull cursors that move past every committed page: a channel's time plus the last order id read at that time.

A cursor of time alone cannot tell which of the orders sharing its second were read already, so a pull killed in
the middle of a busy second read that whole second again on every restart, and never got further. A cursor
`<time>|<id>` says "everything up to this order of this second is in"; the adapter asks the channel from that time
(inclusive: it is all most APIs can filter on) and skips what the cursor covers. A cursor of time alone, as older
versions stored it, still reads: it covers nothing of its second.

A pull that reached the end stores its newest time alone, so the next pull reads that last second again: an order
changed again within the second it was read in (channels write times to the second) is not missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SEPARATOR = "|"


def id_key(value: Any) -> tuple[int, int, str]:
    """How ids compare: numbers as numbers (9 before 10), before any id that is not a number, which compare as text."""
    text = "" if value is None else str(value).strip()
    if text.isdigit():
        return (0, int(text), "")
    return (1, 0, text)


@dataclass(frozen=True)
class Position:
    """Where a pull stands: `time` as the channel writes it, and the last order id read at that time (None: none)."""

    time: str
    last_id: str | None = None

    def text(self) -> str:
        return self.time if self.last_id is None else f"{self.time}{SEPARATOR}{self.last_id}"

    def at_time(self) -> Position:
        """The same time, none of its orders covered: the cursor a finished pull keeps."""
        return Position(self.time)


def parse(cursor: str | None) -> tuple[str, str | None] | None:
    """A stored cursor as (time text, last id or None); None for no cursor. An old cursor is its time alone."""
    if not cursor or not cursor.strip():
        return None
    time_text, sep, last = cursor.strip().rpartition(SEPARATOR)
    if not sep:
        return cursor.strip(), None
    return time_text, (last or None)


def covered(stamp: Any, order_id: Any, cursor_stamp: Any, cursor_id: str | None) -> bool:
    """True when an order at `stamp` with `order_id` is at or before the cursor (stamps compare as given)."""
    if stamp is None or cursor_stamp is None:
        return False
    if stamp != cursor_stamp:
        return bool(stamp < cursor_stamp)
    return cursor_id is not None and id_key(order_id) <= id_key(cursor_id)
