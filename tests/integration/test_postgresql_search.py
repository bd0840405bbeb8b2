"""Search on a shared PostgreSQL database: a pg_trgm GIN index answers "any part of a reference, name, e-mail or
consignment number", instead of a LIKE over the whole order table."""

from __future__ import annotations

from factories import make_channel, make_order

from orderdesk.store import search_index
from orderdesk.store.db import open_database
from orderdesk.store.queries import OrderFilter, filtered, list_orders


def test_the_search_box_is_served_by_a_trigram_index_on_postgresql(schema_url, keyring_memory):
    db = open_database(schema_url)
    indexes = {row[0] for row in db.execute_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'order'")}
    assert search_index.PG_INDEX in indexes
    make_channel("aff", "affiliate")
    make_order(reference="AFF-77001", customer={"name": "Joaquín Pérez", "email": "jp@example.es"})
    make_order(reference="AFF-77002")
    assert [o.reference for o in list_orders(OrderFilter(search="quín pé"))] == ["AFF-77001"]
    assert [o.reference for o in list_orders(OrderFilter(search="7700"))] == ["AFF-77002", "AFF-77001"]
    sql, params = filtered(OrderFilter(search="quín pé")).sql()
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")  # two rows: only this makes the planner show its choice
        plan = "\n".join(row[0] for row in db.execute_sql(f"EXPLAIN {sql}", params).fetchall())
    assert search_index.PG_INDEX in plan, plan
    db.close()
