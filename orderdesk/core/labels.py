"""Labels kept as data: a table of English texts marked with QT_TRANSLATE_NOOP where it is defined, shown in the
user's language by one small function per table (status_label, event_kind_label, kind_label...)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from orderdesk.core.text import translate

Key = TypeVar("Key")


def label_in(context: str, labels: Mapping[Key, str], key: Callable[[str], Key], value: object) -> str:
    """The label of `value` (read by `key`, an enum or str) translated in `context`, the same context the table was
    marked in; a value the table does not know is shown as it is rather than refused."""
    try:
        return translate(context, labels[key(str(value))])
    except (ValueError, KeyError):
        return str(value)
