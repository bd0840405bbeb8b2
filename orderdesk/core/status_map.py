"""The admin's status mapping for one channel: OrderDesk's statuses against the words the channel uses for them.

The text of the channel option "status_map" is `OrderDesk status=channel word` pairs separated by commas
(semicolons and new lines work too). When the channel shows one of our statuses under several words, they are
listed with `|`; the first one is the word OrderDesk sends, every one of them is read back as that status:

    pending=new, processing=processing, dispatched=complete|shipped

- Each OrderDesk status appears at most once (any case; a second `dispatched=...` is refused, so nobody has to
  guess which one wins: put all its words in one place with `|`).
- A channel word is taken as written (inner spaces are kept: `delivered=Received by the customer`) and compared
  without regard to case. `,`, `;`, a new line and `|` cannot be part of a word; `=` can (only the first `=` of
  a pair splits it).
- Several statuses may share a word (a channel with no word for packed: `processing=in progress, packed=in
  progress`): OrderDesk sends it for each of them and reads it back as the earliest of them in the order
  pending, processing, packed, dispatched, delivered, cancelled, returned, so a pull never claims more progress
  than the channel shows.
- Blank text means no mapping; empty items between separators are ignored.
Statuses left out keep the adapter's built-in mapping. The settings dialog checks the field with this reader
(live) and the services do before saving, so the adapters never meet text they cannot read. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orderdesk.core.errors import RuleViolation
from orderdesk.core.statuses import OrderStatus
from orderdesk.core.text import translate

FIELD = "status_map"
EXAMPLE = "dispatched=complete|shipped"
SEPARATORS = re.compile(r"[,;\n]")


@dataclass(frozen=True)
class StatusMap:
    """OrderDesk status -> the channel's words for it, first word first; entries kept in OrderStatus order."""

    entries: tuple[tuple[OrderStatus, tuple[str, ...]], ...] = ()
    _by_word: dict[str, OrderStatus] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        order = list(OrderStatus)
        # The same mapping compares equal however the admin ordered it.
        entries = tuple(
            sorted(((OrderStatus(s), tuple(ws)) for s, ws in self.entries), key=lambda e: order.index(e[0]))
        )
        object.__setattr__(self, "entries", entries)
        by_word: dict[str, OrderStatus] = {}
        for status, words in entries:
            for word in words:
                by_word.setdefault(_key(word), status)  # entries run in flow order: a shared word reads earliest
        object.__setattr__(self, "_by_word", by_word)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def to_local(self, channel_word: str | None) -> OrderStatus | None:
        """The OrderDesk status the admin gave this channel word (any case), or None when it is not mapped."""
        if channel_word is None:
            return None
        return self._by_word.get(_key(channel_word))

    def to_channel(self, status: OrderStatus | str) -> str | None:
        """The word to send the channel for one of our statuses, or None when the admin did not map it."""
        for mapped, words in self.entries:
            if mapped == status:
                return words[0]
        return None

    def format(self) -> str:
        """The option text for this mapping; parse_status_map() reads it back to an equal map."""
        return ", ".join(f"{status.value}={'|'.join(words)}" for status, words in self.entries)

    def __str__(self) -> str:
        return self.format()


def parse_status_map(text: str | None) -> StatusMap:
    """Read the option text; RuleViolation (field "status_map") names the piece that cannot be read."""
    entries: dict[OrderStatus, tuple[str, ...]] = {}
    written: dict[OrderStatus, str] = {}
    for raw_item in SEPARATORS.split(text or ""):
        item = raw_item.strip()
        if not item:
            continue
        name, sep, right = item.partition("=")
        if not sep:
            raise _bad(
                translate(
                    "StatusMap",
                    "'{item}' has no '='. Write OrderDesk status=channel word, e.g. pending=new.",
                    item=item,
                )
            )
        status = _status(name.strip(), item)
        if status in entries:
            raise _bad(
                translate(
                    "StatusMap",
                    "{status} is mapped twice ('{first}' and '{item}'). "
                    "Put all its channel words in one place, separated by '|', e.g. {example}.",
                    status=status.value,
                    first=written[status],
                    item=item,
                    example=EXAMPLE,
                )
            )
        words = tuple(word.strip() for word in right.split("|"))
        seen: set[str] = set()
        for word in words:
            if not word:
                raise _bad(
                    translate(
                        "StatusMap",
                        "'{item}' has an empty channel word. Write the channel's word after '=' "
                        "(several separated by '|', e.g. {example}).",
                        item=item,
                        example=EXAMPLE,
                    )
                )
            if _key(word) in seen:
                raise _bad(
                    translate(
                        "StatusMap",
                        "the channel word '{word}' is listed twice for {status}.",
                        word=word,
                        status=status.value,
                    )
                )
            seen.add(_key(word))
        entries[status] = words
        written[status] = item
    return StatusMap(tuple(entries.items()))


def _status(name: str, item: str) -> OrderStatus:
    choices = ", ".join(s.value for s in OrderStatus)
    if not name:
        raise _bad(
            translate(
                "StatusMap",
                "'{item}' names no OrderDesk status before '='. Use one of: {choices}.",
                item=item,
                choices=choices,
            )
        )
    try:
        return OrderStatus(name.lower())
    except ValueError:
        raise _bad(
            translate(
                "StatusMap",
                "'{name}' (in '{item}') is not an OrderDesk status. Use one of: {choices}.",
                name=name,
                item=item,
                choices=choices,
            )
        ) from None


def _key(word: str) -> str:
    return word.strip().casefold()


def _bad(message: str) -> RuleViolation:
    return RuleViolation(translate("StatusMap", "Status mapping: {problem}", problem=message), field=FIELD)
