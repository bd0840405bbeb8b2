"""How SQLite reads a page of a search that matches many orders.

SQLite's own plan for a search reads every match from the search index and sorts them all for one page: 0.2 s for
a first name that a tenth of a million orders share. Walking the table's sort index instead, and keeping the
orders that match, stops after a page - when the matches are common and spread over the index. So the search
index is asked first how common they are: its first matches in id order tell how densely the matches lie, which
says how far a walk would go for the page. A walk is bounded (a few times that far): when the matches cluster
elsewhere in the sort order (the same name, sorted by customer), the page it could not fill is read the usual way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee

from orderdesk.store import search_index
from orderdesk.store.models import Order

SAMPLE = 2_000  # matches read to judge how densely they lie
# A walked index entry costs about 2 us (the entry and a look-up among the matches); sorting costs about 0.9 us per
# match and gathering the matches for a walk 0.2 us: a walk pays when it needs fewer entries than ~0.35 x matches.
WALK_PAYS = 0.35
WALK_MARGIN = 3  # a walk reads at most this many times the entries the density predicts
FROM_ORDER = 'FROM "order" AS "t1"'  # how peewee writes the table in queries.filtered()'s query


@dataclass(frozen=True)
class Walk:
    """Read the page along `index` ("" for the table itself, which is in id order), within `bound`."""

    index: str
    bound: Any  # a peewee expression that keeps the walk to the first entries of the index

    def apply(self, sql: str) -> str:
        """The page's SQL told which index to walk (peewee cannot say INDEXED BY)."""
        if not self.index or sql.count(FROM_ORDER) != 1:
            return sql  # the table in id order needs no index; a query not made here: SQLite chooses
        return sql.replace(FROM_ORDER, f'{FROM_ORDER} INDEXED BY "{self.index}"')


def walk(text: str | None, column: peewee.Field, descending: bool, rows: int) -> Walk | None:
    """How to read the first `rows` orders containing `text` in the order of `column`; None: the usual way."""
    text = (text or "").replace("\x00", "").strip()
    sampled, oldest = search_index.newest_matches(text, SAMPLE)
    if sampled < SAMPLE:
        return None  # few matches: sorting them is cheap
    db = Order._meta.database
    newest = int(db.execute_sql('SELECT MAX(id) FROM "order"').fetchone()[0] or 0)
    density = SAMPLE / max(1, newest - oldest + 1)
    matches = density * newest
    entries = rows / density
    if entries > WALK_PAYS * matches:
        return None
    index = "" if column is Order.id else _single_column_index(column.column_name)
    if index is None:
        return None  # no index to walk: the matches are sorted
    direction = "DESC" if descending else "ASC"
    hint = f'INDEXED BY "{index}"' if index else ""
    name = column.column_name
    row = db.execute_sql(
        f'SELECT "{name}" FROM "order" {hint} ORDER BY "{name}" {direction}, "id" {direction} LIMIT 1 OFFSET ?',
        (int(entries * WALK_MARGIN),),
    ).fetchone()
    if row is None or row[0] is None:
        return None  # the walk would cover the table, or end among empty values
    # SQLite puts empty values first when ascending, last when descending.
    bound = column >= row[0] if descending else (column.is_null() | (column <= row[0]))
    return Walk(index, bound)


def _single_column_index(column: str) -> str | None:
    db = Order._meta.database
    for row in db.execute_sql('PRAGMA index_list("order")').fetchall():
        name = row[1]
        columns = [info[2] for info in db.execute_sql(f'PRAGMA index_info("{name}")').fetchall()]
        if columns == [column]:
            return str(name)
    return None
