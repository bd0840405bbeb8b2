"""Which settings each kind of channel needs: the settings dialog, the CLI and the adapters read this one table."""

from __future__ import annotations

from dataclasses import dataclass

from orderdesk.core import carried_text, urls
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.errors import RuleViolation


@dataclass(frozen=True)
class SettingField:
    key: str  # "url" and "username" are the channel's columns; others live in options, or in the keyring if secret
    label: str
    secret: bool = False
    required: bool = True
    default: str = ""
    help: str = ""
    url: bool = False  # a web address: checked by core.urls
    header: bool = False  # sent in an HTTP header: Latin-1 only (core.carried_text)


URL = SettingField("url", "Base URL", url=True, help="https://... (plain http only for a simulator on this machine)")
# Read by orderdesk.core.status_map. Every adapter reads it: a pulled status word the admin mapped wins over the
# adapter's built-in table; where a channel takes a free status word (affiliate's status PUT, Magento's status
# comment) the admin's word is sent. CloudSuite and OT Platform take fixed states/actions, so there it is inbound only.
STATUS_MAP = SettingField(
    "status_map",
    "Status mapping",
    required=False,
    help="OrderDesk status=the channel's status word, comma separated; several words for one status with |, "
    "the first is the one sent, e.g. pending=new, processing=processing, dispatched=complete|shipped",
)

# Read by orderdesk.core.erp_numbers (seed 001 steps 3b/3c): who gives a CloudSuite order its ERP numbers.
ERP_NUMBERS = SettingField(
    "erp_numbers",
    "ERP numbers",
    required=False,
    default="auto",
    help="auto: acknowledging an order gives it an ERP order number (prefix + local id) and its lines 10, 20, "
    "30...; manual: the operator enters them (orders erp, or the ERP tab of the edit dialog)",
)
ERP_PREFIX = SettingField(
    "erp_prefix",
    "ERP order number prefix",
    required=False,
    default="OD-",
    help="put before the local order id in automatic ERP order numbers, e.g. OD- gives OD-1042",
)

SECRET_EXPIRES = SettingField(
    "secret_expires",
    "Password/token expires on",
    required=False,
    help="YYYY-MM-DD, when the channel's password or token stops working; OrderDesk warns two weeks ahead",
)

CARRIERS = SettingField(
    "carriers",
    "Carriers",
    required=False,
    help="the carriers this channel's parcels go with, comma separated; the dispatch prompt offers them, "
    "the last used first",
)

FIELDS: dict[ChannelKind, tuple[SettingField, ...]] = {
    ChannelKind.AFFILIATE: (
        URL,
        SettingField("token", "API token", secret=True, header=True),
        SettingField(
            "webhook_secret",
            "Webhook secret",
            secret=True,
            required=False,
            help="the secret the affiliate system signs its webhooks with (orderdesk sync --watch --listen)",
        ),
        STATUS_MAP,
        CARRIERS,
        SECRET_EXPIRES,
    ),
    ChannelKind.CLOUDSUITE: (
        URL,
        SettingField("token_url", "Token URL", url=True, help="the OAuth2 token endpoint of this installation"),
        SettingField("username", "Client id"),
        SettingField("client_secret", "Client secret", secret=True),
        SettingField("webshop", "Webshop id", required=False, help="only when references repeat across webshops"),
        ERP_NUMBERS,
        ERP_PREFIX,
        STATUS_MAP,
        CARRIERS,
        SECRET_EXPIRES,
    ),
    ChannelKind.MAGENTO: (
        URL,
        SettingField("store_code", "Store code", default="default"),
        SettingField("username", "Admin user"),
        SettingField("password", "Admin password", secret=True),
        SettingField("increff_url", "Increff Omni URL", required=False, url=True),
        SettingField("increff_username", "Increff user", required=False, header=True),
        SettingField("increff_domain", "Increff domain", required=False, header=True),
        SettingField("increff_password", "Increff password", secret=True, required=False, header=True),
        SettingField("location_code", "Warehouse location code", required=False),
        SettingField(
            "attribute_map",
            "Attribute mapping",
            required=False,
            help="name=attributeN pairs, comma separated, e.g. coupon code=attribute1",
        ),
        STATUS_MAP,
        CARRIERS,
        SECRET_EXPIRES,
    ),
    ChannelKind.OTPLATFORM: (
        URL,
        SettingField("instance_key", "Instance key"),
        SettingField("username", "Operator login"),
        SettingField("password", "Operator password", secret=True),
        SettingField("signature_secret", "Signature secret", secret=True, required=False),
        SettingField("customer_login", "Customer login", required=False, help="needed to add orders"),
        SettingField("customer_password", "Customer password", secret=True, required=False),
        SettingField("delivery_mode_id", "Delivery mode", required=False, help="DeliveryModeId for purchases"),
        SettingField("user_profile_id", "Customer profile", required=False, help="default: the customer's first"),
        SettingField("provider_type", "Provider", required=False, help="autopurchase provider, default Taobao"),
        SettingField("provider_session_id", "Provider session", secret=True, required=False),
        STATUS_MAP,
        CARRIERS,
        SECRET_EXPIRES,
    ),
    ChannelKind.MANUAL: (CARRIERS,),
}


def fields_for(kind: str) -> tuple[SettingField, ...]:
    return FIELDS[ChannelKind(kind)]


def secret_fields(kind: str) -> tuple[SettingField, ...]:
    return tuple(f for f in fields_for(kind) if f.secret)


def option_fields(kind: str) -> tuple[SettingField, ...]:
    return tuple(f for f in fields_for(kind) if not f.secret and f.key not in ("url", "username"))


def check_setting(field: SettingField, value: str) -> str:
    """The value as it will be kept (settings trimmed, secrets exactly as typed), or RuleViolation(field=field.key)
    when the channel could not use it: an address that is not a channel's, a character it cannot carry."""
    if field.secret:
        why = carried_text.problem(value, header=field.header)
        if why:
            raise RuleViolation(
                f"The {field.label} {why}. Was it pasted from a document? Copy it again from the channel.",
                field=field.key,
            )
        return value
    text = value.strip()
    if field.url and text:
        return urls.check_url(text, f"The {field.label}", field=field.key)
    if field.header:
        why = carried_text.problem(text, header=True)
        if why:
            raise RuleViolation(f"The {field.label} {why}.", field=field.key)
    return text


def stored_secret_problem(field: SettingField, value: str, channel: str) -> str | None:
    """A secret kept before entry was checked that the channel cannot carry: a plain sentence, revealing none of it."""
    why = carried_text.problem(value, header=field.header, reveal=False)
    if why is None:
        return None
    return (
        f"The {field.label} kept in the keyring for this channel {why}, so it cannot be sent. Enter it again in "
        f'Settings or with `orderdesk channels update "{channel}" --secret-stdin`.'
    )
