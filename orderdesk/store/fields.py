"""Column types the models share: exact money, UTC times, JSON text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import peewee


class MoneyField(peewee.DecimalField):
    """Decimal with four places: NUMERIC on PostgreSQL, NUMERIC affinity on SQLite."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", 18)
        kwargs.setdefault("decimal_places", 4)
        kwargs.setdefault("auto_round", True)
        super().__init__(*args, **kwargs)

    def db_value(self, value: Any) -> Any:
        value = super().db_value(value)
        # Sent as text so no binary float is made on our side. SQLite's NUMERIC affinity keeps it as a REAL,
        # which sorts numerically and returns any amount of up to 15 significant digits exactly through
        # str(); PostgreSQL keeps it as an exact NUMERIC.
        return None if value is None else str(value)

    def python_value(self, value: Any) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value)) if not isinstance(value, Decimal) else value


class UTCDateTimeField(peewee.DateTimeField):
    """Aware UTC datetimes in, aware UTC datetimes out, whatever the database keeps."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.astimezone(UTC).replace(tzinfo=None)
            return value.strftime("%Y-%m-%d %H:%M:%S.%f")
        return value

    def python_value(self, value: Any) -> datetime | None:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if isinstance(value, datetime):
            return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return None


def json_text(value: Any) -> str:
    """A document as a JSONField keeps it (keys sorted, so one document is always the same text)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


class JsonText(str):
    """A document already made into its json_text(): written as it is (a pull fingerprints each order's document
    in its fetch thread, and keeps that text rather than have the writing thread encode it again)."""


class JSONField(peewee.TextField):
    """A JSON document kept as text (works the same on SQLite and PostgreSQL)."""

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, JsonText):
            return str(value)
        return json_text(value)

    def python_value(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        return json.loads(value)
