"""Loading channel-neutral orders from a JSON file: streamed, checked order by order, stored in bulk.

A file is first read through once to make sure it is JSON of the right shape (a list of orders, or an object
with an "orders" list), so a broken or cut-off file is refused whole and changes nothing. Then the orders are
read one at a time (never the whole file in memory), each is checked against the limits on its own, and the
good ones are stored a batch at a time, one transaction per batch. A bad order is reported with its position
and reference; the others still load.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import ijson

from orderdesk.core import validation
from orderdesk.core.errors import RuleViolation
from orderdesk.core.record_io import record_from_dict
from orderdesk.core.records import OrderRecord
from orderdesk.core.roles import Right
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate
from orderdesk.services.access import require
from orderdesk.store import audit, planner_stats
from orderdesk.store.db import transaction
from orderdesk.store.models import Channel, Order
from orderdesk.store.orders import get_channel, insert_orders

BATCH_SIZE = 500
_CHUNK = 64 * 1024
# yajl's words for what is wrong, in an operator's words.
_SYNTAX = {
    "premature EOF": QT_TRANSLATE_NOOP("ImportService", "it ends in the middle of the data"),
    "trailing garbage": QT_TRANSLATE_NOOP("ImportService", "something follows the end of the data"),
    "invalid char in json text": QT_TRANSLATE_NOOP("ImportService", "it has a character JSON does not allow there"),
    "invalid bytes in UTF8 string": QT_TRANSLATE_NOOP("ImportService", "it has text that is not UTF-8"),
}


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already on the desk, or earlier in the same file
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (which order, why)

    def summary(self, channel: str) -> str:
        """The one line the command line and the window both say after an import."""
        return translate(
            "ImportService",
            "Imported %n order(s) into {channel}; {skipped} already here; {refused} refused.",
            len(self.imported),
            channel=channel,
            skipped=len(self.skipped),
            refused=len(self.rejected),
        )


class OrderFile:
    """An import file that has been checked to be JSON of the right shape; iterating it streams the orders."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.prefix = _check_file(path)

    def __iter__(self) -> Iterator[Any]:
        try:
            with _open(self.path) as stream:
                yield from ijson.items(stream, self.prefix, use_float=False)
        except OSError as exc:
            raise RuleViolation(_unreadable(self.path, exc)) from None
        except ijson.JSONError:
            raise RuleViolation(
                translate(
                    "ImportService", "{path} changed while it was being imported; import it again.", path=self.path
                )
            ) from None


def read_order_file(path: Path) -> OrderFile:
    """The orders of a file; the error says what is wrong with the file, in plain words."""
    return OrderFile(path)


def import_orders(channel_name: str, orders: Iterable[Any], *, user: str) -> ImportReport:
    """Insert the orders the desk does not have yet, a batch per transaction; a bad order costs only itself."""
    user = require(Right.ORDERS, user)
    channel = get_channel(channel_name)
    report = ImportReport()
    batch: list[OrderRecord] = []
    for position, data in enumerate(orders, start=1):
        try:
            batch.append(record_from_dict(data))
        except RuleViolation as exc:
            report.rejected.append(_refusal(position, data, exc.message))
            continue
        if len(batch) >= BATCH_SIZE:
            _store(channel, batch, user, report)
            batch = []
    _store(channel, batch, user, report)
    if report.imported:
        planner_stats.refresh_if_stale()  # an import can multiply the desk's orders: the plans should know
    return report


def _refusal(position: int, data: Any, why: str) -> tuple[str, str]:
    reference = ""
    if isinstance(data, dict):
        raw = data.get("reference") or data.get("external_id")
        reference = validation.shown(raw) if isinstance(raw, str | int) and not isinstance(raw, bool) else ""
    if reference:
        label = translate(
            "ImportService", "{reference} (order {position} in the file)", reference=reference, position=position
        )
    else:
        label = translate("ImportService", "order {position} in the file", position=position)
    # The reason names the order ("Order X: the city is..."), in whichever language it was worded: the label has it.
    head, found, rest = why.partition(f" {reference}: ")
    return label, rest if reference and found and head and " " not in head else why


def _store(channel: Channel, batch: list[OrderRecord], user: str, report: ImportReport) -> None:
    if not batch:
        return
    with transaction():
        wanted = {record.external_id for record in batch}
        present = {
            row.external_id
            for row in Order.select(Order.external_id).where(
                Order.channel == channel, Order.external_id.in_(list(wanted))
            )
        }
        fresh: dict[str, OrderRecord] = {}
        for record in batch:
            if record.external_id in present or record.external_id in fresh:
                report.skipped.append(record.reference)
            else:
                fresh[record.external_id] = record
        ids = insert_orders(channel, list(fresh.values()))
        audit.record_many(user, "import", [ids[key] for key in fresh], f"imported into {channel.name}")
    report.imported.extend(record.reference for record in fresh.values())


# ---- the first read: is it JSON, and of which shape -----------------------------------------------------


class _Counting:
    """A binary file that counts what it handed out; with `exact_from` set, hands out single bytes from there
    on, so the parser stops at the very byte that is wrong."""

    def __init__(self, stream: IO[bytes], exact_from: int | None = None) -> None:
        self.stream = stream
        self.exact_from = exact_from
        self.offset = 0
        self.line = 1
        self.line_start = 0

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson asks for nothing first, to learn whether the file gives bytes or text
            return b""
        if self.exact_from is not None:
            size = 1 if self.offset >= self.exact_from else min(size, self.exact_from - self.offset)
        data = self.stream.read(size)
        newline = data.rfind(b"\n")
        if newline >= 0:
            self.line += data.count(b"\n")
            self.line_start = self.offset + newline + 1
        self.offset += len(data)
        return data


def _check_file(path: Path) -> str:
    """Read the file through once; the ijson prefix of its orders, or a RuleViolation saying what is wrong."""
    try:
        with _open(path) as stream:
            reader = _Counting(stream)
            try:
                return _shape(path, ijson.parse(reader, buf_size=_CHUNK))
            except ijson.JSONError as exc:
                error: Exception = exc
        # Again, byte by byte over the chunk where it failed, to say on which line and column.
        with _open(path) as stream:
            reader = _Counting(stream, exact_from=max(0, reader.offset - _CHUNK))
            try:
                _shape(path, ijson.parse(reader, buf_size=_CHUNK))
            except ijson.JSONError as exc:
                error = exc
        if not _has_data(path):
            raise RuleViolation(
                translate("ImportService", "{path} is empty; it should hold a JSON list of orders.", path=path)
            )
    except FileNotFoundError:
        raise RuleViolation(translate("ImportService", "There is no file {path}.", path=path)) from None
    except IsADirectoryError:
        raise RuleViolation(
            translate("ImportService", "{path} is a folder, not a file of orders.", path=path)
        ) from None
    except OSError as exc:
        raise RuleViolation(_unreadable(path, exc)) from None
    raise RuleViolation(
        translate(
            "ImportService",
            "{path} is not valid JSON (line {line}, column {column}: {why}).",
            path=path,
            line=reader.line,
            column=reader.offset - reader.line_start,
            why=_words(error),
        )
    )


def _unreadable(path: Path, exc: OSError) -> str:
    return translate("ImportService", "{path} cannot be read: {reason}.", path=path, reason=exc.strerror or exc)


def _open(path: Path) -> IO[bytes]:
    """The file, past a UTF-8 byte order mark if it starts with one (as Windows editors and Excel write them)."""
    stream = path.open("rb")
    if stream.read(3) != b"\xef\xbb\xbf":
        stream.seek(0)
    return stream


def _has_data(path: Path) -> bool:
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            if chunk.strip():
                return True
    return False


def _words(exc: Exception) -> str:
    text = str(exc).strip("b'\"")
    first = text.split("\\n")[0].split("\n")[0]
    reason = first.split("error:", 1)[-1].strip().rstrip(".")
    if reason in _SYNTAX:
        return translate("ImportService", _SYNTAX[reason])
    return reason or translate("ImportService", "it cannot be read as JSON")


def _shape(path: Path, events: Iterator[tuple[str, str, Any]]) -> str:
    """Walk every event (the C parser does the work) and tell where the orders are."""
    shape_error = RuleViolation(
        translate("ImportService", '{path} must hold a list of orders, or an object with an "orders" list.', path=path)
    )
    prefix = ""
    for event_prefix, event, _value in events:
        if not prefix:
            if event_prefix == "" and event == "start_array":
                prefix = "item"
            elif event_prefix == "" and event == "start_map":
                prefix = "?"
            elif event_prefix == "":
                raise shape_error
        if prefix == "?" and event_prefix == "orders" and event != "map_key":
            if event != "start_array":
                raise shape_error
            prefix = "orders.item"
    if prefix in ("", "?"):
        raise shape_error
    return prefix
