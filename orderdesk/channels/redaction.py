"""Keeping secrets out of every log line, excerpt and message."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MASK = "***"
SECRET_KEYS = {
    "authorization",
    "password",
    "passwd",
    "token",
    "access_token",
    "refresh_token",
    "id_token",
    "client_secret",
    "secret",
    "signature",
    "authpassword",
    "userpassword",
    "sessionid",
    "api_key",
    "apikey",
    "x-api-key",
    "cookie",
    "set-cookie",
}


def is_secret_key(key: str) -> bool:
    lowered = key.lower()
    return lowered in SECRET_KEYS or lowered.endswith(("password", "secret", "token"))


def redact_headers(headers: Any) -> dict[str, str]:
    return {k: (MASK if is_secret_key(k) else str(v)) for k, v in dict(headers or {}).items()}


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [(k, MASK if is_secret_key(k) else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(query, safe="[]*")))


def redact_data(value: Any) -> Any:
    """A JSON-like structure with every secret-looking key's value masked."""
    if isinstance(value, dict):
        return {k: (MASK if isinstance(k, str) and is_secret_key(k) else redact_data(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_data(v) for v in value]
    return value


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """A body or message with known secret values and secret-looking fields masked."""
    if not text:
        return text
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict | list):
        text = json.dumps(redact_data(parsed), ensure_ascii=False)
    elif isinstance(parsed, str) and len(parsed) >= 16:
        # A bare JSON string as a whole answer is Magento's token: never log it.
        text = json.dumps(MASK)
    else:
        text = re.sub(
            r"(?i)((?:password|secret|token|signature|authPassword|client_secret)=)[^&\s]+", rf"\1{MASK}", text
        )
    for secret in secrets:
        if secret and len(secret) >= 3:
            text = text.replace(secret, MASK)
    return re.sub(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+", rf"\1{MASK}", text)


def excerpt(text: str, limit: int = 2000) -> str:
    return text if len(text) <= limit else text[:limit] + f"... ({len(text) - limit} more characters)"
