"""Which settings each kind of channel needs: the settings dialog, the CLI and the adapters read this one table."""

from __future__ import annotations

from dataclasses import dataclass

from orderdesk.core.capabilities import ChannelKind


@dataclass(frozen=True)
class SettingField:
    key: str  # "url" and "username" are the channel's columns; others live in options, or in the keyring if secret
    label: str
    secret: bool = False
    required: bool = True
    default: str = ""
    help: str = ""


URL = SettingField("url", "Base URL", help="https://... (plain http only for a simulator on this machine)")
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

SECRET_EXPIRES = SettingField(
    "secret_expires",
    "Password/token expires on",
    required=False,
    help="YYYY-MM-DD, when the channel's password or token stops working; OrderDesk warns two weeks ahead",
)

FIELDS: dict[ChannelKind, tuple[SettingField, ...]] = {
    ChannelKind.AFFILIATE: (
        URL,
        SettingField("token", "API token", secret=True),
        STATUS_MAP,
        SECRET_EXPIRES,
    ),
    ChannelKind.CLOUDSUITE: (
        URL,
        SettingField("token_url", "Token URL", help="the OAuth2 token endpoint of this installation"),
        SettingField("username", "Client id"),
        SettingField("client_secret", "Client secret", secret=True),
        SettingField("webshop", "Webshop id", required=False, help="only when references repeat across webshops"),
        STATUS_MAP,
        SECRET_EXPIRES,
    ),
    ChannelKind.MAGENTO: (
        URL,
        SettingField("store_code", "Store code", default="default"),
        SettingField("username", "Admin user"),
        SettingField("password", "Admin password", secret=True),
        SettingField("increff_url", "Increff Omni URL", required=False),
        SettingField("increff_username", "Increff user", required=False),
        SettingField("increff_domain", "Increff domain", required=False),
        SettingField("increff_password", "Increff password", secret=True, required=False),
        SettingField("location_code", "Warehouse location code", required=False),
        SettingField(
            "attribute_map",
            "Attribute mapping",
            required=False,
            help="name=attributeN pairs, comma separated, e.g. coupon code=attribute1",
        ),
        STATUS_MAP,
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
        SECRET_EXPIRES,
    ),
    ChannelKind.MANUAL: (),
}


def fields_for(kind: str) -> tuple[SettingField, ...]:
    return FIELDS[ChannelKind(kind)]


def secret_fields(kind: str) -> tuple[SettingField, ...]:
    return tuple(f for f in fields_for(kind) if f.secret)


def option_fields(kind: str) -> tuple[SettingField, ...]:
    return tuple(f for f in fields_for(kind) if not f.secret and f.key not in ("url", "username"))
