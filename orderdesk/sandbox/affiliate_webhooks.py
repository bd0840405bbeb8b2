"""The affiliate simulator's webhook: it calls the desk's listener when an order is created or changed, signed as
CHANNELS.md section 1 says (`X-Signature: sha256=<hex HMAC-SHA256 of the raw body>`)."""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass
class WebhookTarget:
    url: str  # the desk's listener, e.g. http://127.0.0.1:8765/webhooks/Affiliates
    secret: str


def body_for(order_id: int, event: str, updated_at: datetime | None) -> bytes:
    call: dict[str, Any] = {"event": event, "order_id": order_id}
    if updated_at is not None:
        call["updated_at"] = updated_at.isoformat().replace("+00:00", "Z")
    return json.dumps(call).encode()


def send(
    target: WebhookTarget,
    body: bytes,
    *,
    signature: str | None = None,
    content_type: str = "application/json",
    timeout: float = 5.0,
) -> int:
    """POST one call; the HTTP status the desk answered (a status of 0 when nobody answered)."""
    sign = signature or "sha256=" + hmac.new(target.secret.encode(), body, hashlib.sha256).hexdigest()
    request = urllib.request.Request(
        target.url, data=body, method="POST", headers={"Content-Type": content_type, "X-Signature": sign}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 - loopback only
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except (urllib.error.URLError, OSError):
        return 0
