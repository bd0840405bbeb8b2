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
    return _mask_known(text, secrets)


def _mask_known(text: str, secrets: Iterable[str]) -> str:
    """Known secret values and bearer tokens masked wherever they stand."""
    for secret in secrets:
        if secret and len(secret) >= 3:
            text = text.replace(secret, MASK)
    return re.sub(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+", rf"\1{MASK}", text)


def excerpt(text: str, limit: int = 2000) -> str:
    return text if len(text) <= limit else text[:limit] + f"... ({len(text) - limit} more characters)"


def redacted_excerpt(text: str, secrets: Iterable[str] = (), limit: int = 2000) -> str:
    """excerpt(redact_text(text, secrets), limit), without redacting what the excerpt leaves out.

    A page of a pull is some 50 kB of JSON of which the log keeps 2,000 characters; parsing, masking and writing it
    all out again cost the fetch thread ~25 us an order. Here a JSON answer is written out, masked, only as far as
    the excerpt reaches (plus the longest secret, so a known secret cut by the end is still whole when replaced);
    the characters left out are counted in the answer as it came.
    """
    if len(text) <= limit:
        return redact_text(text, secrets)
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if not isinstance(parsed, dict | list):
        return excerpt(redact_text(text, secrets), limit)
    known = [secret for secret in secrets if secret and len(secret) >= 3]
    head, complete = _masked_json_head(parsed, limit + max((len(s) for s in known), default=0) + 64)
    head = _mask_known(head, known)
    if complete:
        return excerpt(head, limit)
    return head[:limit] + f"... ({len(text) - limit} more characters)"


class _Enough(Exception):
    """The head written out is long enough."""


def _masked_json_head(value: Any, length: int) -> tuple[str, bool]:
    """The start of json.dumps(redact_data(value), ensure_ascii=False), `length` characters of it at least when it
    is that long; and whether that is the whole text."""
    parts: list[str] = []
    size = 0

    def put(piece: str) -> None:
        nonlocal size
        parts.append(piece)
        size += len(piece)
        if size >= length:
            raise _Enough

    def write(item: Any) -> None:
        if isinstance(item, dict):
            put("{")
            for number, (key, inner) in enumerate(item.items()):
                put((", " if number else "") + json.dumps(key, ensure_ascii=False) + ": ")
                if isinstance(key, str) and is_secret_key(key):
                    put(json.dumps(MASK))
                else:
                    write(inner)
            put("}")
        elif isinstance(item, list):
            put("[")
            for number, inner in enumerate(item):
                if number:
                    put(", ")
                write(inner)
            put("]")
        else:
            put(json.dumps(item, ensure_ascii=False))

    try:
        write(value)
    except _Enough:
        return "".join(parts), False
    return "".join(parts), True
