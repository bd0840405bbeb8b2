"""Which settings each kind of channel needs: the settings dialog, the CLI and the adapters read this one table."""

from __future__ import annotations

from dataclasses import dataclass

from orderdesk.core import carried_text, urls
from orderdesk.core.capabilities import ChannelKind
from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class SettingField:
    key: str  # "url" and "username" are the channel's columns; others live in options, or in the keyring if secret
    label: str  # English, marked for translation: shown through setting_label()
    secret: bool = False
    required: bool = True
    default: str = ""
    help: str = ""  # English, marked for translation: shown through setting_help()
    url: bool = False  # a web address: checked by core.urls
    header: bool = False  # sent in an HTTP header: Latin-1 only (core.carried_text)


URL = SettingField(
    "url",
    QT_TRANSLATE_NOOP("ChannelSettings", "Base URL"),
    url=True,
    help=QT_TRANSLATE_NOOP("ChannelSettings", "https://... (plain http only for a simulator on this machine)"),
)
# Read by orderdesk.core.status_map. Every adapter reads it: a pulled status word the admin mapped wins over the
# adapter's built-in table; where a channel takes a free status word (affiliate's status PUT, Magento's status
# comment) the admin's word is sent. CloudSuite and OT Platform take fixed states/actions, so there it is inbound only.
STATUS_MAP = SettingField(
    "status_map",
    QT_TRANSLATE_NOOP("ChannelSettings", "Status mapping"),
    required=False,
    help=QT_TRANSLATE_NOOP(
        "ChannelSettings",
        "OrderDesk status=the channel's status word, comma separated; several words for one status with |, "
        "the first is the one sent, e.g. pending=new, processing=processing, dispatched=complete|shipped",
    ),
)

# Read by orderdesk.core.erp_numbers (seed 001 steps 3b/3c): who gives a CloudSuite order its ERP numbers.
ERP_NUMBERS = SettingField(
    "erp_numbers",
    QT_TRANSLATE_NOOP("ChannelSettings", "ERP numbers"),
    required=False,
    default="auto",
    help=QT_TRANSLATE_NOOP(
        "ChannelSettings",
        "auto: acknowledging an order gives it an ERP order number (prefix + local id) and its lines 10, 20, "
        "30...; manual: the operator enters them (orders erp, or the ERP tab of the edit dialog)",
    ),
)
ERP_PREFIX = SettingField(
    "erp_prefix",
    QT_TRANSLATE_NOOP("ChannelSettings", "ERP order number prefix"),
    required=False,
    default="OD-",
    help=QT_TRANSLATE_NOOP(
        "ChannelSettings", "put before the local order id in automatic ERP order numbers, e.g. OD- gives OD-1042"
    ),
)

SECRET_EXPIRES = SettingField(
    "secret_expires",
    QT_TRANSLATE_NOOP("ChannelSettings", "Password/token expires on"),
    required=False,
    help=QT_TRANSLATE_NOOP(
        "ChannelSettings",
        "YYYY-MM-DD, when the channel's password or token stops working; OrderDesk warns two weeks ahead",
    ),
)

CARRIERS = SettingField(
    "carriers",
    QT_TRANSLATE_NOOP("ChannelSettings", "Carriers"),
    required=False,
    help=QT_TRANSLATE_NOOP(
        "ChannelSettings",
        "the carriers this channel's parcels go with, comma separated; the dispatch prompt offers them, "
        "the last used first",
    ),
)

FIELDS: dict[ChannelKind, tuple[SettingField, ...]] = {
    ChannelKind.AFFILIATE: (
        URL,
        SettingField("token", QT_TRANSLATE_NOOP("ChannelSettings", "API token"), secret=True, header=True),
        SettingField(
            "webhook_secret",
            QT_TRANSLATE_NOOP("ChannelSettings", "Webhook secret"),
            secret=True,
            required=False,
            help=QT_TRANSLATE_NOOP(
                "ChannelSettings",
                "the secret the affiliate system signs its webhooks with (orderdesk sync --watch --listen)",
            ),
        ),
        STATUS_MAP,
        CARRIERS,
        SECRET_EXPIRES,
    ),
    ChannelKind.CLOUDSUITE: (
        URL,
        SettingField(
            "token_url",
            QT_TRANSLATE_NOOP("ChannelSettings", "Token URL"),
            url=True,
            help=QT_TRANSLATE_NOOP("ChannelSettings", "the OAuth2 token endpoint of this installation"),
        ),
        SettingField("username", QT_TRANSLATE_NOOP("ChannelSettings", "Client id")),
        SettingField("client_secret", QT_TRANSLATE_NOOP("ChannelSettings", "Client secret"), secret=True),
        SettingField(
            "webshop",
            QT_TRANSLATE_NOOP("ChannelSettings", "Webshop id"),
            required=False,
            help=QT_TRANSLATE_NOOP("ChannelSettings", "only when references repeat across webshops"),
        ),
        ERP_NUMBERS,
        ERP_PREFIX,
        STATUS_MAP,
        CARRIERS,
        SECRET_EXPIRES,
    ),
    ChannelKind.MAGENTO: (
        URL,
        SettingField("store_code", QT_TRANSLATE_NOOP("ChannelSettings", "Store code"), default="default"),
        SettingField("username", QT_TRANSLATE_NOOP("ChannelSettings", "Admin user")),
        SettingField("password", QT_TRANSLATE_NOOP("ChannelSettings", "Admin password"), secret=True),
        SettingField("increff_url", QT_TRANSLATE_NOOP("ChannelSettings", "Increff Omni URL"), required=False, url=True),
        SettingField(
            "increff_username", QT_TRANSLATE_NOOP("ChannelSettings", "Increff user"), required=False, header=True
        ),
        SettingField(
            "increff_domain", QT_TRANSLATE_NOOP("ChannelSettings", "Increff domain"), required=False, header=True
        ),
        SettingField(
            "increff_password",
            QT_TRANSLATE_NOOP("ChannelSettings", "Increff password"),
            secret=True,
            required=False,
            header=True,
        ),
        SettingField("location_code", QT_TRANSLATE_NOOP("ChannelSettings", "Warehouse location code"), required=False),
        SettingField(
            "attribute_map",
            QT_TRANSLATE_NOOP("ChannelSettings", "Attribute mapping"),
            required=False,
            help=QT_TRANSLATE_NOOP(
                "ChannelSettings", "name=attributeN pairs, comma separated, e.g. coupon code=attribute1"
            ),
        ),
        STATUS_MAP,
        CARRIERS,
        SECRET_EXPIRES,
    ),
    ChannelKind.OTPLATFORM: (
        URL,
        SettingField("instance_key", QT_TRANSLATE_NOOP("ChannelSettings", "Instance key")),
        SettingField("username", QT_TRANSLATE_NOOP("ChannelSettings", "Operator login")),
        SettingField("password", QT_TRANSLATE_NOOP("ChannelSettings", "Operator password"), secret=True),
        SettingField(
            "signature_secret", QT_TRANSLATE_NOOP("ChannelSettings", "Signature secret"), secret=True, required=False
        ),
        SettingField(
            "customer_login",
            QT_TRANSLATE_NOOP("ChannelSettings", "Customer login"),
            required=False,
            help=QT_TRANSLATE_NOOP("ChannelSettings", "needed to add orders"),
        ),
        SettingField(
            "customer_password", QT_TRANSLATE_NOOP("ChannelSettings", "Customer password"), secret=True, required=False
        ),
        SettingField(
            "delivery_mode_id",
            QT_TRANSLATE_NOOP("ChannelSettings", "Delivery mode"),
            required=False,
            help=QT_TRANSLATE_NOOP("ChannelSettings", "DeliveryModeId for purchases"),
        ),
        SettingField(
            "user_profile_id",
            QT_TRANSLATE_NOOP("ChannelSettings", "Customer profile"),
            required=False,
            help=QT_TRANSLATE_NOOP("ChannelSettings", "default: the customer's first"),
        ),
        SettingField(
            "provider_type",
            QT_TRANSLATE_NOOP("ChannelSettings", "Provider"),
            required=False,
            help=QT_TRANSLATE_NOOP("ChannelSettings", "autopurchase provider, default Taobao"),
        ),
        SettingField(
            "provider_session_id", QT_TRANSLATE_NOOP("ChannelSettings", "Provider session"), secret=True, required=False
        ),
        STATUS_MAP,
        CARRIERS,
        SECRET_EXPIRES,
    ),
    ChannelKind.MANUAL: (CARRIERS,),
}


def setting_label(field: SettingField) -> str:
    """The field's name as the settings form shows it, in the user's language ("API token")."""
    return translate("ChannelSettings", field.label)


def setting_help(field: SettingField) -> str:
    """The field's hint as the settings form shows it, in the user's language ("" when it has none)."""
    return translate("ChannelSettings", field.help) if field.help else ""


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
            message = translate(
                "ChannelSettings",
                "The {setting} {problem}. Was it pasted from a document? Copy it again from the channel.",
                setting=setting_label(field),
                problem=why,
            )
            raise RuleViolation(message, field=field.key)
        return value
    text = value.strip()
    if field.url and text:
        label = translate("ChannelSettings", "The {setting}", setting=setting_label(field))
        return urls.check_url(text, label, field=field.key)
    if field.header:
        why = carried_text.problem(text, header=True)
        if why:
            message = translate(
                "ChannelSettings", "The {setting} {problem}.", setting=setting_label(field), problem=why
            )
            raise RuleViolation(message, field=field.key)
    return text


def stored_secret_problem(field: SettingField, value: str, channel: str) -> str | None:
    """A secret kept before entry was checked that the channel cannot carry: a plain sentence, revealing none of it."""
    why = carried_text.problem(value, header=field.header, reveal=False)
    if why is None:
        return None
    return translate(
        "ChannelSettings",
        "The {setting} kept in the keyring for this channel {problem}, so it cannot be sent. Enter it again in "
        'Settings or with `orderdesk channels update "{channel}" --secret-stdin`.',
        setting=setting_label(field),
        problem=why,
        channel=channel,
    )
