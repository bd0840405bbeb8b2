"""The tables: channels, orders and their lines, attributes, returns, the outbox, the sync log, the audit trail."""

from __future__ import annotations

from typing import Any

import peewee

from orderdesk.core.records import utcnow
from orderdesk.store.fields import JSONField, MoneyField, UTCDateTimeField

database_proxy = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    # peewee adds these at class creation; declared so type checkers see them.
    id: Any  # an int on rows, a column (AutoField) on the class

    class Meta:
        database = database_proxy
        legacy_table_names = False


class Channel(BaseModel):
    name = peewee.CharField(max_length=64, unique=True)
    kind = peewee.CharField(max_length=32)
    base_url = peewee.CharField(max_length=512, default="")
    username = peewee.CharField(max_length=255, default="")
    options = JSONField(default=dict)
    enabled = peewee.BooleanField(default=True)
    poll_interval_s = peewee.IntegerField(default=300)
    retry_limit = peewee.IntegerField(default=8)
    rate_limit_per_min = peewee.IntegerField(null=True)
    pull_cursor = peewee.CharField(max_length=255, null=True)
    last_pull_at = UTCDateTimeField(null=True)
    paused_until = UTCDateTimeField(null=True)
    state = peewee.CharField(max_length=32, default="idle")
    state_message = peewee.TextField(default="")
    created_at = UTCDateTimeField(default=utcnow)
    # Added before schema 6, when keyring entries were keyed by the channel's name alone: its secrets may still be
    # there only, to be copied to this database's own keys on first use (services.channels).
    legacy_secrets = peewee.BooleanField(default=False)


class Order(BaseModel):
    channel_id: int
    parent_id: int | None
    channel = peewee.ForeignKeyField(Channel, backref="orders", on_delete="RESTRICT")
    # None for an order made here (a split part) until its channel has given it an id.
    external_id = peewee.CharField(max_length=128, null=True)
    reference = peewee.CharField(max_length=128, index=True)
    order_source = peewee.CharField(max_length=32, default="web", index=True)
    status = peewee.CharField(max_length=32, default="pending", index=True)
    channel_status = peewee.CharField(max_length=64, default="")
    payment_status = peewee.CharField(max_length=32, default="paid", index=True)
    customer_name = peewee.CharField(max_length=255, default="", index=True)
    # No index of its own: the search finds any part of it (FTS5 trigrams, pg_trgm), which a B-tree cannot serve,
    # and each index costs every new order of a pull a random insert (schema 10).
    customer_email = peewee.CharField(max_length=255, default="")
    customer_phone = peewee.CharField(max_length=64, default="")
    shipping_address = JSONField(default=dict)
    billing_address = JSONField(default=dict)
    ship_city = peewee.CharField(max_length=128, default="", index=True)
    ship_country = peewee.CharField(max_length=64, default="")
    currency = peewee.CharField(max_length=3, default="EUR")
    lines_total = MoneyField(default=0)
    shipping_total = MoneyField(default=0)
    total = MoneyField(default=0, index=True)
    line_count = peewee.IntegerField(default=0)
    commission_rate = MoneyField(null=True)
    commission = MoneyField(null=True)
    consignment_number = peewee.CharField(max_length=64, null=True, index=True)
    carrier = peewee.CharField(max_length=64, null=True)
    erp_order_number = peewee.CharField(max_length=64, null=True)
    # The channel's invoice id once it confirmed our invoice (Magento's bare integer, as text).
    invoice_id = peewee.CharField(max_length=64, null=True)
    note = peewee.TextField(default="")
    # Indexed only where set (PARENT_INDEX): a split part is rare, a pulled order has none.
    parent = peewee.ForeignKeyField("self", null=True, backref="split_parts", on_delete="SET NULL", index=False)
    version = peewee.IntegerField(default=1)
    created_at = UTCDateTimeField(default=utcnow, index=True)
    updated_at = UTCDateTimeField(default=utcnow, index=True)
    remote_updated_at = UTCDateTimeField(null=True)
    sync_state = peewee.CharField(max_length=16, default="synced", index=True)
    channel_data = JSONField(default=dict)
    # The channel's version of the order while a conflict waits for the operator.
    remote_snapshot = JSONField(null=True)
    # A digest of the channel's record as last taken in: an unchanged re-pull writes nothing.
    remote_fingerprint = peewee.CharField(max_length=64, null=True)
    # The channel's version as last taken in: what a later pull is compared with, part by part.
    remote_base = JSONField(null=True)

    class Meta:
        indexes = ((("channel", "external_id"), True), (("channel", "status"), False))


class OrderLine(BaseModel):
    order_id: int
    order = peewee.ForeignKeyField(Order, backref="lines", on_delete="CASCADE")
    position = peewee.IntegerField(default=0)
    external_id = peewee.CharField(max_length=128, null=True)
    sku = peewee.CharField(max_length=64, index=True)
    name = peewee.CharField(max_length=255, default="")
    quantity = peewee.IntegerField()
    unit_price = MoneyField()
    erp_line_number = peewee.CharField(max_length=32, null=True)
    tracking_number = peewee.CharField(max_length=64, null=True, index=True)


class OrderAttribute(BaseModel):
    order = peewee.ForeignKeyField(Order, backref="attributes", on_delete="CASCADE")
    key = peewee.CharField(max_length=64)
    value = peewee.CharField(max_length=255)

    class Meta:
        indexes = ((("order", "key"), True),)


class LineAttribute(BaseModel):
    line_id: int
    line = peewee.ForeignKeyField(OrderLine, backref="attributes", on_delete="CASCADE")
    key = peewee.CharField(max_length=64)
    value = peewee.CharField(max_length=255)

    class Meta:
        indexes = ((("line", "key"), True),)


class ReturnOrder(BaseModel):
    order_id: int
    items: Any  # backref of ReturnItem
    order = peewee.ForeignKeyField(Order, backref="returns", on_delete="CASCADE")
    return_code = peewee.CharField(max_length=64, unique=True)
    return_type = peewee.CharField(max_length=32)
    reason = peewee.CharField(max_length=255)
    awb_number = peewee.CharField(max_length=64, null=True)
    transporter = peewee.CharField(max_length=64, null=True)
    created_at = UTCDateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=128, default="")


class ReturnItem(BaseModel):
    """One returned unit: Increff counts each unit as its own item."""

    return_order = peewee.ForeignKeyField(ReturnOrder, backref="items", on_delete="CASCADE")
    line = peewee.ForeignKeyField(OrderLine, backref="returned_units", on_delete="CASCADE")
    item_code = peewee.CharField(max_length=96, unique=True)
    sku = peewee.CharField(max_length=64)
    reason = peewee.CharField(max_length=255)


class OutboxEvent(BaseModel):
    order_id: int
    channel_id: int
    order = peewee.ForeignKeyField(Order, backref="events", on_delete="CASCADE")
    channel = peewee.ForeignKeyField(Channel, backref="events", on_delete="CASCADE")
    kind = peewee.CharField(max_length=32)
    payload = JSONField(default=dict)
    state = peewee.CharField(max_length=16, default="pending", index=True)
    attempts = peewee.IntegerField(default=0)
    next_attempt_at = UTCDateTimeField(default=utcnow)
    lease_until = UTCDateTimeField(null=True)
    claimed_by = peewee.CharField(max_length=128, null=True)
    last_error = peewee.TextField(default="")
    error_kind = peewee.CharField(max_length=32, default="")
    idempotency_key = peewee.CharField(max_length=64, unique=True)
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=128, default="")

    class Meta:
        indexes = ((("state", "channel"), False), (("order", "id"), False))


class StockLevel(BaseModel):
    """The quantity to publish for one SKU on one channel: the stock queue. One row per (channel, sku), so a newer
    quantity replaces one still waiting (newest wins) and a SKU is never sent out of order. The row carries the
    outbox's machinery itself (state, attempts, lease, claim), committed with the operator's change."""

    channel_id: int
    channel = peewee.ForeignKeyField(Channel, backref="stock_levels", on_delete="CASCADE")
    sku = peewee.CharField(max_length=64)
    quantity = peewee.IntegerField()  # the quantity to publish (the newest asked for)
    revision = peewee.IntegerField(default=1)  # +1 for every new quantity
    sending_revision = peewee.IntegerField(null=True)  # the revision a claim is sending
    item_id = peewee.CharField(max_length=64, null=True)  # the channel's stock item id, looked up once
    state = peewee.CharField(max_length=16, default="pending", index=True)
    attempts = peewee.IntegerField(default=0)
    next_attempt_at = UTCDateTimeField(default=utcnow)
    lease_until = UTCDateTimeField(null=True)
    claimed_by = peewee.CharField(max_length=128, null=True)
    error_kind = peewee.CharField(max_length=32, default="")
    sent_quantity = peewee.IntegerField(null=True)  # what the channel last confirmed
    last_sent_at = UTCDateTimeField(null=True)
    answer = peewee.TextField(default="")  # the channel's words on the last try
    updated_at = UTCDateTimeField(default=utcnow)
    updated_by = peewee.CharField(max_length=128, default="")

    class Meta:
        indexes = ((("channel", "sku"), True), (("state", "channel"), False))


class SyncLogEntry(BaseModel):
    event_id: int | None
    at = UTCDateTimeField(default=utcnow, index=True)
    channel = peewee.CharField(max_length=64, index=True)
    direction = peewee.CharField(max_length=8)  # "pull" or "push"
    operation = peewee.CharField(max_length=64)
    order_reference = peewee.CharField(max_length=128, default="")
    event = peewee.ForeignKeyField(OutboxEvent, null=True, backref="log_entries", on_delete="SET NULL")
    # ok, retry, failed, uncertain, paused; a pull's own: conflict, cancelled_remotely...
    outcome = peewee.CharField(max_length=32, index=True)
    http_status = peewee.IntegerField(null=True)
    duration_ms = peewee.IntegerField(null=True)
    message = peewee.TextField(default="")
    request_excerpt = peewee.TextField(default="")
    response_excerpt = peewee.TextField(default="")


class AuditEntry(BaseModel):
    order_id: int | None
    at = UTCDateTimeField(default=utcnow, index=True)
    user = peewee.CharField(max_length=128)
    order = peewee.ForeignKeyField(Order, null=True, backref="audit", on_delete="CASCADE")
    action = peewee.CharField(max_length=64)
    detail = peewee.TextField(default="")
    before = JSONField(null=True)
    after = JSONField(null=True)


class DatabaseIdentity(BaseModel):
    """One row: this database's own id, which keys its channels' secrets in the OS keyring (two databases on one
    computer may each have a channel called "Shared"). A copy of the file keeps it: the copy is the same desk."""

    uuid = peewee.CharField(max_length=36, unique=True)


class Purchase(BaseModel):
    """A desk order bought on an OT Platform channel (seed 003): the OT order, its state, money and lines."""

    order_id: int
    channel_id: int
    order = peewee.ForeignKeyField(Order, backref="purchases", on_delete="CASCADE")
    channel = peewee.ForeignKeyField(Channel, backref="purchases", on_delete="RESTRICT")  # the "via" channel
    comment = peewee.CharField(max_length=255, default="")  # what AddOrder carries; finds the OT order again
    ot_order_id = peewee.CharField(max_length=64, null=True, index=True)
    ot_customer_id = peewee.CharField(max_length=64, default="")
    state = peewee.CharField(max_length=16, default="placing", index=True)
    message = peewee.TextField(default="")  # the last outcome in plain words (why not paid, why refused)
    currency = peewee.CharField(max_length=3, default="")
    total = MoneyField(null=True)
    paid_amount = MoneyField(default=0)
    ot_status = peewee.CharField(max_length=64, default="")
    # [{line_id, item_id, config_id, quantity}] as asked; lines OT dropped or shortened; OT's lines as last read.
    items = JSONField(default=list)
    dropped = JSONField(default=list)
    ot_lines = JSONField(default=list)
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=128, default="")


class PurchaseActivity(BaseModel):
    """One autopurchase background activity on OT, and the question it waits on, if any."""

    purchase_id: int | None
    channel_id: int
    purchase = peewee.ForeignKeyField(Purchase, null=True, backref="activities", on_delete="CASCADE")
    channel = peewee.ForeignKeyField(Channel, backref="purchase_activities", on_delete="CASCADE")
    action = peewee.CharField(max_length=16)  # export, synchronize, link, unlink
    parameters = JSONField(default=dict)  # line ids, provider order ids
    activity_id = peewee.CharField(max_length=64, null=True)
    activity_type = peewee.CharField(max_length=96, default="")
    state = peewee.CharField(max_length=16, default="requested", index=True)
    progress = peewee.IntegerField(null=True)
    question = peewee.TextField(default="")
    choices = JSONField(default=list)  # [{"id": ..., "label": ...}] as OT offers them
    answer = peewee.CharField(max_length=64, default="")
    message = peewee.TextField(default="")  # errors and notes in plain words
    attempts = peewee.IntegerField(default=0)
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=128, default="")


class DeskUser(BaseModel):
    """On a SQLite file: the role of each OS login that works on it (the first to open the file is its admin). It is
    advisory: whoever may write the file may edit this table. On PostgreSQL the database's own roles decide."""

    login = peewee.CharField(max_length=128, unique=True)
    role = peewee.CharField(max_length=16)
    granted_at = UTCDateTimeField(default=utcnow)
    granted_by = peewee.CharField(max_length=128, default="")


MODELS: list[type[BaseModel]] = [
    DatabaseIdentity,
    Channel,
    Order,
    OrderLine,
    OrderAttribute,
    LineAttribute,
    ReturnOrder,
    ReturnItem,
    OutboxEvent,
    StockLevel,
    SyncLogEntry,
    AuditEntry,
    Purchase,
    PurchaseActivity,
    DeskUser,
]


def model_columns() -> dict[str, set[str]]:
    """Table name -> column names of the current models (the target every migration path must reach)."""
    return {m._meta.table_name: {f.column_name for f in m._meta.sorted_fields} for m in MODELS}


def as_dict(row: Any) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in row._meta.sorted_fields}


# The split parts of an order are found by their parent (parent_id = ?, and the foreign key's SET NULL): an index of
# the rows that have one serves that, and a pulled order, which has none, costs it nothing (schema 10).
PARENT_INDEX = "order_parent_id_set"
Order.add_index(Order.index(Order.parent, name=PARENT_INDEX, where=Order.parent.is_null(False)))
