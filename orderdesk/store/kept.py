"""A peewee query's SQL text, built once and run again with new values.

peewee builds the text of a query value by value in Python every time it runs, which for the outbox's claim query
(a push runs it for almost every event it sends) cost ten times the database's own work. Here the query is built
once, by the same function that builds it for everyone else, with marker values in place of the ones that change;
each run then sends the kept text with the markers' places filled from the new values, converted as the query's
fields convert them. One kept text per kind of database (their SQL differs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from orderdesk.store.db import is_postgres
from orderdesk.store.models import BaseModel, database_proxy


@dataclass(frozen=True)
class Marker:
    """A value that changes from run to run: what stands in its place when the text is built, and how the query's
    field writes such a value (a field's db_value)."""

    stand_in: Any
    convert: Callable[[Any], Any] = lambda value: value


class KeptQuery:
    """`build(postgres=..., **stand-ins)` returns a peewee query of `model`, which `run(**values)` (a SELECT) or
    `execute(**values)` (an UPDATE) sends with the values in the markers' places."""

    def __init__(self, model: type[BaseModel], build: Callable[..., Any], **markers: Marker) -> None:
        self._model = model
        self._build = build
        self._markers = markers
        self._texts: dict[tuple[type, str], tuple[str, list[tuple[str | None, Any]]]] = {}
        self._lock = threading.Lock()

    def _kept(self) -> tuple[str, list[tuple[str | None, Any]]]:
        database = database_proxy.obj
        key = (type(database), str(database.param))
        with self._lock:
            kept = self._texts.get(key)
            if kept is None:
                stand_ins = {name: marker.stand_in for name, marker in self._markers.items()}
                sql, params = self._build(postgres=is_postgres(database), **stand_ins).sql()
                written = {name: marker.convert(marker.stand_in) for name, marker in self._markers.items()}
                places = [(_marked(value, written), value) for value in params]
                missing = set(written) - {name for name, _ in places}
                if missing:
                    raise ValueError(f"The query does not use {', '.join(sorted(missing))}; nothing to keep for it.")
                kept = self._texts[key] = (sql, places)
        return kept

    def _with(self, values: dict[str, Any]) -> tuple[str, list[Any]]:
        sql, places = self._kept()
        return sql, [self._markers[name].convert(values[name]) if name is not None else fixed for name, fixed in places]

    def run(self, **values: Any) -> list[Any]:
        """The rows a SELECT finds, as the model reads them."""
        sql, params = self._with(values)
        return list(self._model.raw(sql, *params))

    def execute(self, **values: Any) -> int:
        """How many rows an UPDATE changed."""
        sql, params = self._with(values)
        return int(database_proxy.execute_sql(sql, params).rowcount)


def _marked(value: Any, written: dict[str, Any]) -> str | None:
    """Which marker a parameter of the built query is (None: a value of the query's own, kept as it is)."""
    for name, stand_in in written.items():
        if type(value) is type(stand_in) and value == stand_in:
            return name
    return None
