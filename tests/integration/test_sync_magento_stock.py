"""Magento stock (seed 002's Update Inventory) over real HTTP: services -> the stock queue -> engine -> adapter ->
the Magento simulator: item ids remembered, newest quantity wins, lost answers read back, 429s, unknown SKUs."""

from __future__ import annotations

import threading
import time

import pytest
from sync_harness import FAST_HTTP, inject, simulator_fixtures

from orderdesk.sandbox.magento import MagentoSimulator
from orderdesk.services import stock
from orderdesk.store import stock as stock_queue
from orderdesk.store.models import Channel, StockLevel, SyncLogEntry

running, sim, desk = simulator_fixtures(MagentoSimulator, "mg")
V1 = "/rest/default/V1"


def channel() -> Channel:
    return Channel.get(Channel.name == "mg")


def level(sku: str) -> StockLevel:
    return StockLevel.get(StockLevel.channel == channel(), StockLevel.sku == sku)


def drain_stock(engine, timeout: float = 20.0) -> None:
    """Push until no stock row waits (short retry delays are waited out)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        engine.push(channel())
        if not stock_queue.waiting_count(channel().id):
            return
        time.sleep(0.05)
    raise AssertionError([(r.sku, r.state, r.answer) for r in StockLevel.select()])


def test_a_stock_quantity_is_put_with_the_item_id_looked_up_once_and_remembered(desk, sim):
    sku = next(iter(sim.stock))
    item_id = sim.stock[sku]["item_id"]
    stock.set_quantities("mg", {sku: "7"}, user="anna")
    drain_stock(desk)
    assert sim.stock[sku]["qty"] == 7 and sim.stock[sku]["is_in_stock"] is True
    (put,) = sim.requests_to("PUT", rf"^{V1}/products/{sku}/stockItems/{item_id}$")
    assert put.json == {"stockItem": {"qty": 7, "is_in_stock": True}}
    row = level(sku)
    assert (row.state, row.sent_quantity, row.item_id) == ("done", 7, str(item_id))
    assert row.last_sent_at is not None and "set to 7" in row.answer
    stock.set_quantities("mg", {sku: "0"}, user="anna")
    drain_stock(desk)
    assert sim.stock[sku]["qty"] == 0 and sim.stock[sku]["is_in_stock"] is False
    assert len(sim.requests_to("GET", rf"^{V1}/stockItems/{sku}$")) == 1  # the item id was remembered
    assert SyncLogEntry.select().where(SyncLogEntry.order_reference == sku, SyncLogEntry.outcome == "done").count() == 2


def test_several_quantities_waiting_for_one_sku_send_only_the_newest(desk, sim):
    sku_a, sku_b = list(sim.stock)[:2]
    for quantity in ("5", "9", "3"):
        stock.set_quantities("mg", {sku_a: quantity}, user="anna")
    stock.set_quantities("mg", {sku_b: "11"}, user="anna")
    drain_stock(desk)
    puts = sim.requests_to("PUT", rf"^{V1}/products/{sku_a}/stockItems/")
    assert [p.json["stockItem"]["qty"] for p in puts] == [3]
    assert sim.stock[sku_a]["qty"] == 3 and sim.stock[sku_b]["qty"] == 11


def test_a_quantity_set_while_the_last_one_is_on_the_wire_is_sent_after_it(desk, sim):
    sku = next(iter(sim.stock))
    stock.set_quantities("mg", {sku: "5"}, user="anna")
    inject(sim, only_paths=r"/stockItems/\d+$", latency_s=0.5)
    pushing = threading.Thread(target=desk.push, args=(channel(),))
    pushing.start()
    deadline = time.monotonic() + 5
    while not sim.requests_to("PUT", r"/stockItems/") and time.monotonic() < deadline:
        time.sleep(0.01)
    assert level(sku).state == "in_flight"  # the 5 is on its way
    stock.set_quantities("mg", {sku: "8"}, user="bert")
    assert level(sku).state == "in_flight"  # still the sender's until its answer
    pushing.join()
    inject(sim, latency_s=0.0)
    drain_stock(desk)
    puts = sim.requests_to("PUT", r"/stockItems/")
    assert [p.json["stockItem"]["qty"] for p in puts] == [5, 8]  # in order, the newest last
    assert sim.stock[sku]["qty"] == 8 and level(sku).state == "done"


def test_a_stock_update_whose_answer_was_lost_is_read_back_not_sent_again(desk, sim):
    sku = next(iter(sim.stock))
    stock.set_quantities("mg", {sku: "42"}, user="anna")
    inject(sim, only_paths=r"/stockItems/\d+$", drop_after_next=1 + FAST_HTTP.max_retries)
    drain_stock(desk)
    puts = sim.requests_to("PUT", r"/stockItems/")
    assert len(puts) == 1 + FAST_HTTP.max_retries  # the HTTP layer's own retries of an idempotent PUT, no more
    assert sim.requests[-1].method == "GET" and sim.requests[-1].path == f"{V1}/stockItems/{sku}"  # the read-back
    outcomes = [e.outcome for e in SyncLogEntry.select().where(SyncLogEntry.order_reference == sku)]
    assert "uncertain" in outcomes
    assert any("read back" in e.message for e in SyncLogEntry.select().where(SyncLogEntry.order_reference == sku))
    assert level(sku).state == "done" and sim.stock[sku]["qty"] == 42


def test_a_429_pauses_the_channel_hands_the_claimed_rows_back_and_loses_no_count(desk, sim):
    skus = list(sim.stock)[:12]
    stock.set_quantities("mg", {sku: str(n) for n, sku in enumerate(skus)}, user="anna")
    # Every caller's first call and the HTTP layer's retries of it answered 429: each caller gives up and pauses.
    throttled = desk.settings.max_in_flight * (1 + FAST_HTTP.max_retries)
    inject(sim, only_paths=r"/stockItems/", throttle_next=throttled, retry_after_s=0.5)
    desk.push(channel())
    assert channel().state == "paused"
    assert StockLevel.select().where(StockLevel.state == "in_flight").count() == 0  # nothing waits for a lease
    drain_stock(desk)
    assert [sim.stock[sku]["qty"] for sku in skus] == list(range(12))
    assert StockLevel.select().where(StockLevel.state != "done").count() == 0


def test_an_unknown_sku_fails_with_magentos_words_and_the_others_still_go(desk, sim):
    known = next(iter(sim.stock))
    stock.set_quantities("mg", {"NO-SUCH-SKU": "4", known: "6"}, user="anna")
    drain_stock(desk)
    row = level("NO-SUCH-SKU")
    assert row.state == "failed"
    assert 'The Product with the "NO-SUCH-SKU" SKU doesn\'t exist.' in row.answer
    assert level(known).state == "done" and sim.stock[known]["qty"] == 6
    assert stock.retry_failed("mg", user="anna") == 1
    assert level("NO-SUCH-SKU").state == "pending"


@pytest.mark.slow
def test_a_five_thousand_row_file_queues_in_one_go_and_reaches_magento(desk, sim, tmp_path):
    skus = [f"BULK-{n:05d}" for n in range(5000)]
    with sim.lock:
        for sku in skus:
            sim._stock_item(sku)
    path = tmp_path / "count.csv"
    path.write_text("sku,quantity\n" + "".join(f"{sku},{n % 50}\n" for n, sku in enumerate(skus)))
    started = time.monotonic()
    result = stock.import_file("mg", path, user="anna")
    assert time.monotonic() - started < 10
    assert len(result.queued) == 5000 and not result.refused
    assert StockLevel.select().count() == 5000
    drain_stock(desk, timeout=240)
    assert all(sim.stock[sku]["qty"] == n % 50 for n, sku in enumerate(skus))
    assert StockLevel.select().where(StockLevel.state != "done").count() == 0
