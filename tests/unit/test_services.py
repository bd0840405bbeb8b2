"""Every operator action: one transaction with its audit entry and outbox event, or nothing at all."""

from decimal import Decimal

import pytest
from factories import make_channel, make_order

from orderdesk.core.errors import RuleViolation, VersionConflict
from orderdesk.services import editing, returns, status, sync_events
from orderdesk.services.attributes import set_attributes
from orderdesk.services.editing import NewLine, OrderEdit
from orderdesk.store import outbox
from orderdesk.store.models import AuditEntry, Order, OrderLine, OutboxEvent, ReturnItem
from orderdesk.store.orders import lines_of


@pytest.fixture
def aff(db):
    return make_channel("aff", "affiliate")


def counts():
    return (
        Order.select().count(),
        OrderLine.select().count(),
        AuditEntry.select().count(),
        OutboxEvent.select().count(),
    )


def test_acknowledge_writes_status_audit_and_outbox_together(aff):
    order = make_order()
    result = status.set_status(order.id, "processing", user="anna")
    assert result.order.status == "processing"
    assert result.order.version == order.version + 1
    assert result.order.sync_state == "pending"
    assert result.event.kind == "acknowledge"
    assert result.event.payload == {"status": "processing", "previous": "pending"}
    entry = AuditEntry.select().where(AuditEntry.action == "set_status").get()
    assert entry.user == "anna" and entry.before["status"] == "pending" and entry.after["status"] == "processing"


def test_dispatch_without_consignment_is_refused(aff):
    order = make_order(status="processing")
    before = counts()
    with pytest.raises(RuleViolation, match="consignment number is required"):
        status.dispatch(order.id, consignment_number="", carrier="DHL", user="anna")
    with pytest.raises(RuleViolation, match="carrier is required"):
        status.set_status(order.id, "dispatched", consignment_number="JD01", carrier=None, user="anna")
    assert counts() == before
    assert Order.get_by_id(order.id).status == "processing"


def test_dispatch_carries_consignment_and_carrier_to_the_channel(aff):
    order = make_order(status="packed")
    result = status.set_status(order.id, "dispatched", consignment_number="JD014600", carrier="DHL", user="anna")
    assert (result.order.consignment_number, result.order.carrier) == ("JD014600", "DHL")
    payload = result.event.payload
    assert payload["consignment_number"] == "JD014600" and payload["carrier"] == "DHL"
    assert [line["sku"] for line in payload["lines"]] == ["MUG-01", "TEE-M"]


def test_unpaid_order_is_processed_only_with_an_audited_override(aff):
    order = make_order(payment_status="unpaid")
    with pytest.raises(RuleViolation, match="not paid"):
        status.set_status(order.id, "processing", user="anna")
    result = status.set_status(order.id, "processing", user="anna", override_reason="pays cash on pickup")
    assert result.order.status == "processing"
    entry = AuditEntry.get(AuditEntry.action == "payment_override")
    assert "pays cash on pickup" in entry.detail and entry.user == "anna"


def test_cancel_needs_a_reason_and_only_before_dispatch(aff):
    order = make_order()
    with pytest.raises(RuleViolation, match="cancellation reason is required"):
        status.cancel(order.id, reason=" ", user="anna")
    result = status.cancel(order.id, reason="customer changed mind", user="anna")
    assert result.event.payload["reason"] == "customer changed mind"
    shipped = make_order(status="dispatched")
    with pytest.raises(RuleViolation, match="create a return instead"):
        status.cancel(shipped.id, reason="too late", user="anna")


def test_edit_recomputes_totals_and_commission(aff):
    order = make_order()
    mug, tee = lines_of(order)
    changes = OrderEdit(
        fields={"city": "Kraków", "street": "Rynek 1"},
        quantities={mug.id: 1},
        remove_lines=[tee.id],
        add_lines=[NewLine("CAP-01", "Cap", 2, Decimal("10.00"))],
    )
    result = editing.edit_order(order.id, changes, user="anna", expected_version=order.version)
    edited = result.order
    assert edited.lines_total == Decimal("39.95")
    assert edited.total == Decimal("44.90")
    assert edited.commission == Decimal("4.00")  # 10 % of 39.95, rounded half up
    assert edited.ship_city == "Kraków" and edited.shipping_address["city"] == "Kraków"
    assert result.event.kind == "edit"
    assert [line["sku"] for line in result.event.payload["lines"]] == ["MUG-01", "CAP-01"]
    assert result.event.payload["removed_line_ids"] == [tee.id]


def test_note_only_edit_stays_local(aff):
    order = make_order()
    result = editing.edit_order(order.id, OrderEdit(fields={"note": "fragile"}), user="anna")
    assert result.order.note == "fragile" and result.event is None


def test_edit_with_a_stale_version_is_refused_and_changes_nothing(aff):
    order = make_order()
    editing.edit_order(order.id, OrderEdit(fields={"city": "Kraków", "street": "Rynek 1"}), user="bob")
    before = counts()
    with pytest.raises(VersionConflict, match="changed by someone else"):
        editing.edit_order(
            order.id,
            OrderEdit(fields={"city": "Gdańsk", "street": "Długa 1"}),
            user="anna",
            expected_version=order.version,
        )
    assert counts() == before
    assert Order.get_by_id(order.id).ship_city == "Kraków"


def test_edit_after_dispatch_is_refused(aff):
    order = make_order(status="dispatched")
    with pytest.raises(RuleViolation, match="dispatched order can no longer be edited"):
        editing.edit_order(order.id, OrderEdit(fields={"note": "x"}), user="anna")


def test_bad_quantity_in_an_edit_is_refused_in_plain_words(aff):
    order = make_order()
    mug = lines_of(order)[0]
    with pytest.raises(RuleViolation, match="quantity of MUG-01 must be a whole number, not 1.5"):
        editing.edit_order(order.id, OrderEdit(quantities={mug.id: "1.5"}), user="anna")
    with pytest.raises(RuleViolation, match="price of CAP cannot be negative"):
        editing.edit_order(order.id, OrderEdit(add_lines=[NewLine("CAP", "", 1, Decimal("-1"))]), user="anna")


def test_removing_every_line_is_refused(aff):
    order = make_order()
    ids = [line.id for line in lines_of(order)]
    with pytest.raises(RuleViolation, match="at least one line"):
        editing.edit_order(order.id, OrderEdit(remove_lines=ids), user="anna")
    assert len(lines_of(order)) == 2


def test_failing_action_leaves_nothing_half_written(aff, monkeypatch):
    order = make_order()
    before = counts()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(outbox, "enqueue", broken)
    mug = lines_of(order)[0]
    with pytest.raises(OSError):
        editing.edit_order(order.id, OrderEdit(quantities={mug.id: 1}), user="anna")
    with pytest.raises(OSError):
        editing.split_order(order.id, [{mug.id: 1}], user="anna")
    assert counts() == before
    fresh = Order.get_by_id(order.id)
    assert fresh.version == order.version and fresh.total == order.total
    assert [line.quantity for line in lines_of(fresh)] == [3, 2]


def test_split_creates_parts_that_add_up_and_point_to_their_parent(aff):
    order = make_order()
    mug, tee = lines_of(order)
    result = editing.split_order(order.id, [{mug.id: 1, tee.id: 2}], user="anna")
    parent, (part,) = result.order, result.parts
    assert part.reference == f"{order.reference}-S1" and part.parent_id == order.id
    assert part.order_source == "affiliate" and part.channel_id == order.channel_id
    assert part.external_id is None and part.sync_state == "pending"
    assert parent.lines_total + part.lines_total == order.lines_total
    assert parent.commission + part.commission == order.commission
    assert parent.total == parent.lines_total + order.shipping_total  # shipping stays with the parent
    payload = result.event.payload
    assert payload["parts"][0]["order_id"] == part.id
    assert payload["parts"][0]["lines"][0]["source_line_external_id"] == mug.external_id
    second = editing.split_order(order.id, [{mug.id: 1}], user="anna")
    assert second.parts[0].reference == f"{order.reference}-S2"


def test_return_records_one_item_per_unit_and_returns_the_order_when_all_are_back(db):
    make_channel("m2", "magento")
    order = make_order("m2", status="dispatched")
    mug, tee = lines_of(order)
    with pytest.raises(RuleViolation, match="Only 3 unit"):
        returns.create_return(order.id, {mug.id: 4}, reason="damaged", return_type="CUSTOMER_RETURN", user="anna")
    first = returns.create_return(
        order.id,
        {mug.id: 2},
        reason="damaged",
        return_type="customer_return",
        user="anna",
        awb_number="AWB1",
        transporter="Delhivery",
    )
    assert ReturnItem.select().count() == 2 and first.order.status == "dispatched"
    assert [i["item_code"] for i in first.event.payload["items"]] == [
        f"{order.reference}-R1-1",
        f"{order.reference}-R1-2",
    ]
    second = returns.create_return(
        order.id, {mug.id: 1, tee.id: 2}, reason="wrong size", return_type="SELF_SHIP", user="anna"
    )
    assert second.order.status == "returned"
    assert second.return_order.return_code == f"{order.reference}-R2"


def test_return_before_dispatch_and_unknown_type_are_refused(db):
    make_channel("m2", "magento")
    order = make_order("m2", status="processing")
    line = lines_of(order)[0]
    with pytest.raises(RuleViolation, match="Only a dispatched order can be returned"):
        returns.create_return(order.id, {line.id: 1}, reason="x", return_type="SELF_SHIP", user="anna")
    with pytest.raises(RuleViolation, match="not a return type"):
        returns.create_return(order.id, {line.id: 1}, reason="x", return_type="LOST", user="anna")


def test_channel_that_cannot_take_a_change_refuses_it(aff):
    order = make_order(status="dispatched")
    line = lines_of(order)[0]
    with pytest.raises(RuleViolation, match="cannot be returned here"):
        returns.create_return(order.id, {line.id: 1}, reason="x", return_type="SELF_SHIP", user="anna")


def test_manual_channel_changes_stay_local(db):
    make_channel("desk", "manual")
    order = make_order("desk")
    result = status.set_status(order.id, "processing", user="anna")
    assert result.event is None and result.order.sync_state == "synced"


def test_attributes_on_order_and_line_are_set_and_removed(db):
    make_channel("m2", "magento")
    order = make_order("m2")
    line = lines_of(order)[0]
    result = set_attributes(order.id, {"coupon code": "WINTER10", "due date": "2026-12-01"}, user="anna")
    assert result.event.payload["order"] == {"coupon code": "WINTER10", "due date": "2026-12-01"}
    line_result = set_attributes(order.id, {"gate pass type": "B"}, user="anna", line_id=line.id)
    assert line_result.event.payload["lines"][0]["attributes"] == {"gate pass type": "B"}
    removed = set_attributes(order.id, {"coupon code": ""}, user="anna")
    assert removed.event.payload["order"] == {"due date": "2026-12-01"}
    with pytest.raises(RuleViolation, match="at most 255"):
        set_attributes(order.id, {"note": "x" * 300}, user="anna")


def _fail(event):
    event.state = "failed"
    event.last_error = "Unknown SKU MUG-01"
    event.save()
    outbox.refresh_sync_state(event.order)


def test_failed_event_can_be_retried_with_an_audit_entry(aff):
    event = status.set_status(make_order().id, "processing", user="anna").event
    _fail(event)
    assert Order.get_by_id(event.order_id).sync_state == "failed"
    retried = sync_events.retry_event(event.id, user="sue")
    assert retried.state == "pending" and retried.attempts == 0
    assert Order.get_by_id(event.order_id).sync_state == "pending"
    assert AuditEntry.get(AuditEntry.action == "retry_event").user == "sue"
    with pytest.raises(RuleViolation, match="only a failed event can be retried"):
        sync_events.retry_event(event.id, user="sue")


def test_discarding_a_failed_event_is_audited_with_reason(aff):
    event = status.set_status(make_order().id, "processing", user="anna").event
    _fail(event)
    sync_events.discard_event(event.id, user="sue", reason="fixed by phone")
    assert OutboxEvent.get_by_id(event.id).state == "discarded"
    assert Order.get_by_id(event.order_id).sync_state == "synced"
    entry = AuditEntry.get(AuditEntry.action == "discard_event")
    assert entry.user == "sue" and "fixed by phone" in entry.detail and "Unknown SKU" in entry.detail


def test_unknown_event_is_reported_plainly(aff):
    with pytest.raises(RuleViolation, match="no sync event 999"):
        sync_events.retry_event(999, user="sue")
