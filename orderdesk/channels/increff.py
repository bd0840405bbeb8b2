"""Increff Omni, the proxy between a Magento store and the warehouse: return orders and custom order
attributes (seeds 002 and 004). The Magento adapter hands RETURN and ATTRIBUTES events to this client.

Wire format (CHANNELS.md section 3, Increff subsection):
- every call carries the headers authUsername, authPassword and authDomainName;
- POST /return/return-orders {"forwardOrderCode", "returnOrderCode", "locationCode", "returnOrderTime",
  "orderItems": [{"itemCode", "reason", "channelSkuCode"}], "orderType", "awbNumber", "transporter"};
  one order item is one unit; success is HTTP 200 with an empty body;
- PUT /orders/outward/attributes/{orderCode} {"locationCode", "updateOrderAttributes": {"attribute1".."attribute10"},
  "updateOrderItemAttributes": [{"orderItemCode", "channelSkuCode", "attribute1"..}]};
- errors {"code": "BAD_DATA", "message": "Input validation failed", "description": "[...]"}; retried on 5xx only;
  strings longer than 255 characters are refused (we refuse them before sending).

Decisions:
- forwardOrderCode and the attributes' orderCode are the Magento entity_id (the id Increff's proxy knows the
  forward order by); orderItemCode is the Magento item_id of the line (inferred: the proxy's item code).
- returnOrderTime is our UTC time in Increff's format with the offset written out: 2024-05-01T10:00:00.000+00:00.
- A return is sent with a stable returnOrderCode (the payload's return_code). Increff refuses a second return with
  the same code, so sending it again is safe: that refusal ("... already exists", wording inferred) means the first
  attempt went through. already_applied() also reads the return back with GET /return/return-orders/{code}
  (inferred: not in the public material; a 404 there simply means "not found", and the resend stays safe).
- Attributes: the admin maps the names people use ("coupon code") to Increff's slots attribute1..attribute10 in the
  channel option attribute_map ("coupon code=attribute1, due date=attribute2"). Names match case-insensitively,
  with "_" and "-" read as spaces. Only the level that changed is sent (order attributes, or the one line's),
  with all of that level's current values; a removed attribute is sent as "" to clear its slot (inferred).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

import requests

from orderdesk.channels.base import ChannelConfig, PushResult
from orderdesk.channels.errors import PermanentError
from orderdesk.channels.http import CallLogger, ChannelHttp, HttpSettings, default_error_reader
from orderdesk.channels.redaction import MASK
from orderdesk.core import channel_options
from orderdesk.core.errors import RuleViolation
from orderdesk.core.events import OutboundEvent
from orderdesk.core.records import utc, utcnow

INCREFF = "Increff Omni"
SLOT_COUNT = channel_options.SLOT_COUNT
MAX_TEXT = 255
RETURN_TYPES = ("SELF_SHIP", "CUSTOMER_RETURN", "RETURN_TO_ORIGIN")


class AttributeMapError(PermanentError):
    """The admin's attribute mapping cannot be used as written."""


normalize_name = channel_options.normalize_name


@dataclass(frozen=True)
class AttributeMap:
    """Attribute names people use -> Increff slots attribute1..attribute10."""

    slots: Mapping[str, str]  # normalized name -> "attributeN"
    names: Mapping[str, str]  # normalized name -> the name as the admin wrote it

    def slot_for(self, name: str) -> str | None:
        return self.slots.get(normalize_name(name))

    def free_slots(self) -> list[str]:
        used = set(self.slots.values())
        return [f"attribute{n}" for n in range(1, SLOT_COUNT + 1) if f"attribute{n}" not in used]

    def describe(self) -> str:
        if not self.slots:
            return "no attribute names are mapped"
        pairs = sorted(self.slots.items(), key=lambda item: int(item[1][len("attribute") :]))
        return ", ".join(f"{self.names[name]}={slot}" for name, slot in pairs)


def parse_attribute_map(text: str | None) -> AttributeMap:
    """Read "coupon code=attribute1, due date=attribute2"; every problem is named at once.

    The rules live in core.channel_options, shared with the settings dialog and the services, so a mapping
    they accept is never refused here."""
    try:
        written = channel_options.parse_attribute_map(text)
    except RuleViolation as exc:
        problems = exc.message.removeprefix(channel_options.MESSAGE_PREFIX)
        raise AttributeMapError(f"The attribute mapping of this channel cannot be used: {problems}") from None
    slots = {normalize_name(name): slot for name, slot in written.items()}
    names = {normalize_name(name): name for name in written}
    return AttributeMap(slots, names)


def increff_time(value: str | datetime | None) -> str:
    """Increff's timestamp form, e.g. 2020-10-16T20:22:28.000+05:30, written for our UTC time."""
    if value is None or value == "":
        moment = utcnow()
    elif isinstance(value, datetime):
        moment = utc(value)
    else:
        try:
            moment = utc(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
        except ValueError:
            raise PermanentError(f"The return time '{value}' is not a date and time.") from None
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{moment.microsecond // 1000:03d}+00:00"


def increff_error_reader(response: requests.Response) -> str:
    """Increff's own words: message and description ("Input validation failed: [channelSkuCode: may not be null]")."""
    try:
        body = response.json()
    except ValueError:
        return default_error_reader(response)
    if isinstance(body, dict):
        parts = [str(body[key]).strip() for key in ("message", "description") if body.get(key)]
        if parts:
            return ": ".join(parts)
    return default_error_reader(response)


def mask_secrets(text: str, secrets: list[str]) -> str:
    """A channel's message with every secret we know masked (a channel may echo what it was sent)."""
    for secret in secrets:
        if secret and len(secret) >= 3:
            text = text.replace(secret, MASK)
    return text


def _is_duplicate_return(message: str | None) -> bool:
    text = (message or "").lower()
    return "already exist" in text or "duplicate" in text


class IncreffClient:
    """Return orders and outward order attributes for one Magento channel, spoken to Increff Omni."""

    def __init__(
        self,
        config: ChannelConfig,
        *,
        http_settings: HttpSettings | None = None,
        session: requests.Session | None = None,
        logger: CallLogger | None = None,
        sleep: Callable[[float], None] = time.sleep,
        secrets: list[str] | None = None,
    ) -> None:
        options = config.options
        self.url = str(options.get("increff_url") or "").strip()
        self.username = str(options.get("increff_username") or "").strip()
        self.domain = str(options.get("increff_domain") or "").strip()
        self.location_code = str(options.get("location_code") or "").strip()
        self._map_text = str(options.get("attribute_map") or "")
        self._password = config.secrets.get("increff_password", "")
        self._settings = http_settings or HttpSettings()
        self._session = session
        self._logger = logger
        self._sleep = sleep
        # Shared with the Magento adapter, so every secret either side knows is masked in both logs.
        self._secrets = secrets if secrets is not None else []
        if self._password and self._password not in self._secrets:
            self._secrets.append(self._password)
        self._http: ChannelHttp | None = None

    # ---- configuration ---------------------------------------------------------------------------
    @property
    def configured(self) -> bool:
        """Whether the admin set Increff up at all (its URL); the rest is checked when it is used."""
        return bool(self.url)

    def missing_settings(self) -> list[str]:
        labels = [
            ("Increff Omni URL", self.url),
            ("Increff user", self.username),
            ("Increff domain", self.domain),
            ("Increff password", self._password),
        ]
        return [label for label, value in labels if not value]

    def attribute_map(self) -> AttributeMap:
        return parse_attribute_map(self._map_text)

    def _client(self, action: str) -> ChannelHttp:
        missing = self.missing_settings()
        if missing:
            raise PermanentError(
                f"Cannot {action}: Increff Omni is not fully set up for this channel. "
                f"Fill in {', '.join(missing)} in the channel settings."
            )
        if self._http is None:
            self._http = ChannelHttp(
                base_url=self.url,
                channel=INCREFF,
                settings=self._settings,
                session=self._session,
                auth_headers=self._auth_headers,
                logger=self._logger,
                error_reader=lambda response: mask_secrets(increff_error_reader(response), self._secrets),
                secrets=self._secrets,
                sleep=self._sleep,
            )
        return self._http

    def _auth_headers(self) -> dict[str, str]:
        return {"authUsername": self.username, "authPassword": self._password, "authDomainName": self.domain}

    def _location(self, action: str) -> str:
        if not self.location_code:
            raise PermanentError(
                f"Cannot {action}: the warehouse location code is not set. "
                "Fill in 'Warehouse location code' in the channel settings (Increff's locationCode)."
            )
        return self.location_code

    # ---- connection test -------------------------------------------------------------------------
    def check(self) -> str:
        """A plain-words line for "Test connection": Increff answers with our credentials, the mapping reads."""
        http = self._client("reach Increff Omni")
        # Any answer but 401/403 means the server is there and did not refuse the credentials (the read-back
        # path is inferred, so "not found" is as good an answer as any).
        http.request(
            "GET",
            "return/return-orders/ORDERDESK-CONNECTION-TEST",
            operation="Increff connection test",
            ok_statuses=(400, 404, 405),
        )
        attribute_map = self.attribute_map()
        line = f"Increff Omni answered at {self.url}; attribute mapping: {attribute_map.describe()}."
        if not self.location_code:
            line += " The warehouse location code is not set yet: returns need it."
        return line

    # ---- return orders -------------------------------------------------------------------------------
    def return_body(self, event: OutboundEvent) -> dict[str, Any]:
        payload = event.payload
        code = str(payload.get("return_code") or "").strip()
        if not code:
            raise PermanentError("The return has no return code to send to Increff Omni.")
        return_type = str(payload.get("type") or "").strip().upper()
        if return_type not in RETURN_TYPES:
            raise PermanentError(
                f"'{return_type}' is not a return type Increff Omni knows ({', '.join(RETURN_TYPES)})."
            )
        units = payload.get("items") or []
        if not units:
            raise PermanentError(f"Return {code} has no units to send to Increff Omni.")
        items = []
        for unit in units:
            sku = str(unit.get("sku") or "").strip()
            item_code = str(unit.get("item_code") or "").strip()
            reason = str(unit.get("reason") or payload.get("reason") or "").strip()
            if not sku or not item_code or not reason:
                raise PermanentError(f"Return {code} has a unit without SKU, item code or reason.")
            items.append({"itemCode": item_code, "reason": reason, "channelSkuCode": sku})
        body: dict[str, Any] = {
            "forwardOrderCode": forward_order_code(event),
            "returnOrderCode": code,
            "locationCode": self._location("send the return"),
            "returnOrderTime": increff_time(payload.get("return_time")),
            "orderItems": items,
            "orderType": return_type,
        }
        if payload.get("awb_number"):
            body["awbNumber"] = str(payload["awb_number"])
        if payload.get("transporter"):
            body["transporter"] = str(payload["transporter"])
        _check_lengths(body, f"return {code}")
        return body

    def create_return(self, event: OutboundEvent) -> PushResult:
        http = self._client("send the return")
        body = self.return_body(event)
        code = body["returnOrderCode"]
        units = len(body["orderItems"])
        try:
            # Safe to repeat: Increff refuses a second return with the same returnOrderCode.
            http.request(
                "POST",
                "return/return-orders",
                json_body=body,
                idempotent=True,
                operation="create return order",
                order_reference=event.order.reference,
            )
        except PermanentError as exc:
            if exc.http_status == 400 and _is_duplicate_return(exc.channel_message):
                return PushResult(message=f"Increff Omni already has return order {code}; it was not created twice.")
            raise
        return PushResult(message=f"Increff Omni created return order {code} with {units} unit(s).")

    def return_exists(self, event: OutboundEvent) -> PushResult | None:
        code = str(event.payload.get("return_code") or "").strip()
        if not code:
            return None
        http = self._client("read the return back")
        response = http.request(
            "GET",
            f"return/return-orders/{quote(code, safe='')}",
            operation="read return order back",
            order_reference=event.order.reference,
            ok_statuses=(404,),
        )
        if response.status_code == 404:
            return None
        return PushResult(message=f"Increff Omni already has return order {code}.")

    # ---- custom attributes ---------------------------------------------------------------------------
    def attributes_body(self, event: OutboundEvent) -> dict[str, Any]:
        payload = event.payload
        attribute_map = self.attribute_map()
        cleared = [name for name, value in (payload.get("changed") or {}).items() if not str(value or "").strip()]
        body: dict[str, Any] = {}
        if self.location_code:
            body["locationCode"] = self.location_code
        lines = payload.get("lines") or []
        if lines:
            items = []
            for line in lines:
                external_id = line.get("external_id")
                sku = str(line.get("sku") or "").strip()
                if not external_id or not sku:
                    raise PermanentError(
                        f"Line {sku or line.get('line_id')} has no Magento item id, so Increff Omni cannot find it."
                    )
                values = _slot_values(attribute_map, line.get("attributes") or {}, cleared)
                items.append({"orderItemCode": str(external_id), "channelSkuCode": sku, **values})
            body["updateOrderItemAttributes"] = items
        else:
            body["updateOrderAttributes"] = _slot_values(attribute_map, payload.get("order") or {}, cleared)
        return body

    def update_attributes(self, event: OutboundEvent) -> PushResult:
        http = self._client("update the order attributes")
        body = self.attributes_body(event)
        code = forward_order_code(event)
        http.request(
            "PUT",
            f"orders/outward/attributes/{quote(code, safe='')}",
            json_body=body,
            operation="update order attributes",
            order_reference=event.order.reference,
        )
        if "updateOrderItemAttributes" in body:
            slots = sorted({k for item in body["updateOrderItemAttributes"] for k in item if k.startswith("attribute")})
            where = "line " + ", ".join(item["channelSkuCode"] for item in body["updateOrderItemAttributes"])
        else:
            slots = sorted(body["updateOrderAttributes"])
            where = "the order"
        return PushResult(
            message=f"Increff Omni updated {', '.join(slots) or 'no attributes'} on {where} of {event.order.reference}."
        )


def forward_order_code(event: OutboundEvent) -> str:
    """The forward order's Magento entity_id, as Increff's proxy knows the order."""
    value = event.order.channel_data.get("entity_id") or event.order.external_id
    if value in (None, ""):
        raise PermanentError(f"Order {event.order.reference} has no Magento entity id, so Increff Omni cannot find it.")
    return str(value)


def _slot_values(attribute_map: AttributeMap, values: Mapping[str, Any], cleared: list[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    unmapped: list[str] = []
    for name, value in values.items():
        slot = attribute_map.slot_for(name)
        if slot is None:
            unmapped.append(name)
            continue
        text = "" if value is None else str(value)
        if len(text) > MAX_TEXT:
            raise PermanentError(
                f"The value of '{name}' is {len(text)} characters long; Increff Omni accepts at most {MAX_TEXT}."
            )
        result[slot] = text
    for name in cleared:
        slot = attribute_map.slot_for(name)
        if slot is None:
            unmapped.append(name)
        elif slot not in result:
            result[slot] = ""
    if unmapped:
        names = ", ".join(f"'{name}'" for name in dict.fromkeys(unmapped))
        free = attribute_map.free_slots()
        example = f"'{unmapped[0]}={free[0]}'" if free else f"'{unmapped[0]}=attributeN' in place of a name not needed"
        raise PermanentError(
            f"Increff Omni has no slot for the attribute {names}. Map it in the channel settings under "
            f"Attribute mapping, e.g. {example}"
            + (f" (free: {', '.join(free)})." if free else " (all ten slots are taken).")
        )
    return result


def _check_lengths(value: Any, where: str, path: str = "") -> None:
    """Increff refuses strings over 255 characters; say which field before sending anything."""
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise PermanentError(
                f"{path} of {where} is {len(value)} characters long; Increff Omni accepts at most {MAX_TEXT}."
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_lengths(item, where, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_lengths(item, where, f"{path}[{index}]")
