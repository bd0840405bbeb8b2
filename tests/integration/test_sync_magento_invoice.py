"""Magento invoices (seed 002) over real HTTP: services -> outbox -> engine -> adapter -> the Magento simulator,
including answers lost on the way back, and `orderdesk orders invoice`."""

from __future__ import annotations

import json

import pytest
from sync_harness import FAST_HTTP, drain, inject, simulator_fixtures

from orderdesk import cli
from orderdesk.core.errors import RuleViolation
from orderdesk.sandbox.magento import MagentoSimulator
from orderdesk.services import invoicing, status
from orderdesk.store.models import Channel, Order, OutboxEvent

running, sim, desk = simulator_fixtures(MagentoSimulator, "mg")
V1 = "/rest/default/V1"


def channel() -> Channel:
    return Channel.get(Channel.name == "mg")


def local(entity_id: int) -> Order:
    return Order.get(Order.channel == channel(), Order.external_id == str(entity_id))


def not_invoiced(sim) -> int:
    """A pending simple order: Magento has not invoiced it."""
    return sorted(sim.entity_ids("pending"))[0]


def test_an_invoice_reaches_magento_once_and_its_id_is_kept(desk, sim):
    desk.pull(channel())
    target = not_invoiced(sim)
    result = invoicing.create_invoice(local(target).id, user="anna")
    assert result.event.kind == "invoice"
    assert drain(desk, "mg") == (1, [])
    (invoice,) = sim.invoices_of(target)
    (post,) = sim.requests_to("POST", rf"^{V1}/order/{target}/invoice$")
    assert post.json == {"capture": True, "notify": True}
    assert local(target).invoice_id == str(invoice["entity_id"])
    with pytest.raises(RuleViolation, match=f"already invoiced \\(invoice {invoice['entity_id']}\\)"):
        invoicing.create_invoice(local(target).id, user="anna")


@pytest.mark.parametrize("lost", [1, 1 + FAST_HTTP.max_retries], ids=["one-answer-lost", "every-answer-lost"])
def test_an_invoice_whose_answer_was_lost_is_read_back_and_never_made_twice(desk, sim, lost):
    desk.pull(channel())
    target = not_invoiced(sim)
    event = invoicing.create_invoice(local(target).id, user="anna").event
    inject(sim, only_paths=r"/invoice$", drop_after_next=lost)
    assert drain(desk, "mg") == (1, [])
    (invoice,) = sim.invoices_of(target)  # Magento holds one invoice, whatever was lost
    posts = sim.requests_to("POST", rf"^{V1}/order/{target}/invoice$")
    lookups = sim.requests_to("GET", rf"^{V1}/invoices$")
    assert lookups and lookups[-1].at > posts[0].at  # read back before anything else was sent
    assert lookups[-1].arg("searchCriteria[filter_groups][0][filters][0][field]") == "order_id"
    assert lookups[-1].arg("searchCriteria[filter_groups][0][filters][0][value]") == str(target)
    assert local(target).invoice_id == str(invoice["entity_id"])
    assert OutboxEvent.get_by_id(event.id).state == "done"


def test_an_invoice_is_refused_for_what_magento_invoiced_already_or_a_cancelled_order(desk, sim):
    desk.pull(channel())
    already = sorted(sim.entity_ids("processing"))[0]  # the seeded processing orders are invoiced
    with pytest.raises(RuleViolation, match="already shows order .* as invoiced"):
        invoicing.create_invoice(local(already).id, user="anna")
    target = not_invoiced(sim)
    invoicing.create_invoice(local(target).id, user="anna")
    with pytest.raises(RuleViolation, match="already on its way"):
        invoicing.create_invoice(local(target).id, user="bert")
    other = sorted(sim.entity_ids("pending"))[1]
    status.cancel(local(other).id, reason="customer asked", user="anna")
    with pytest.raises(RuleViolation, match="cancelled order is not invoiced"):
        invoicing.create_invoice(local(other).id, user="anna")


def test_orders_invoice_then_sync_keeps_and_shows_magentos_invoice_id(desk, sim, db_url, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", db_url, "--user", "anna", *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("sync", "--once", "--channel", "mg")[0] == 0
    target = sorted(sim.entity_ids("pending"))[0]
    order = Order.get(Order.external_id == str(target))
    code, out, err = run("orders", "invoice", str(order.id))
    assert code == 0 and f"Order {order.reference} is to be invoiced" in out and "sync event #" in out
    assert run("sync", "--once", "--channel", "mg")[0] == 0
    (invoice,) = sim.invoices_of(target)
    code, out, _ = run("orders", "show", str(order.id))
    assert f"Invoice: {invoice['entity_id']}" in out
    code, out, _ = run("orders", "show", str(order.id), "--format", "json")
    assert json.loads(out)["invoice_id"] == str(invoice["entity_id"])
    code, out, err = run("orders", "invoice", str(order.id))
    assert code == 1 and err == f"Order {order.reference} is already invoiced (invoice {invoice['entity_id']}).\n"
