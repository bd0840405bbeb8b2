"""HTTP done once, for every adapter: timeouts, safe retries with backoff, Retry-After, one token renewal,
a per-channel rate limit, loopback-only plain HTTP, and a redacted record of every call."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin, urlparse, urlsplit

import requests

from orderdesk import __version__
from orderdesk.channels import errors
from orderdesk.channels.errors import (
    ChannelError,
    PermanentError,
)
from orderdesk.channels.redaction import excerpt, redact_headers, redact_text, redact_url, redacted_excerpt
from orderdesk.core import urls
from orderdesk.core.errors import RuleViolation

USER_AGENT = f"OrderDesk/{__version__} (+order desk for warehouse teams)"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


# How the operating system says "no such server" and "nobody listens there", as requests passes it on.
UNKNOWN_HOST = (
    "Name or service not known",
    "Temporary failure in name resolution",
    "nodename nor servname",
    "getaddrinfo failed",
    "No address associated with hostname",
    "NameResolutionError",
    "Failed to resolve",
)
REFUSED = ("Connection refused", "[Errno 111]", "actively refused", "[WinError 10061]")


@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    max_retries: int = 3  # extra attempts for idempotent calls
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    max_retry_after: float = 120.0  # longer waits go back to the engine, which pauses the channel
    rate_limit_per_min: int | None = None

    def with_rate_limit(self, per_min: int | None) -> HttpSettings:
        """These settings with the admin's rate limit for the channel, unless they already set one."""
        if self.rate_limit_per_min is not None or not per_min:
            return self
        return replace(self, rate_limit_per_min=per_min)


@dataclass(frozen=True)
class CallRecord:
    """One HTTP attempt, redacted, as the sync log keeps it."""

    channel: str
    method: str
    url: str
    operation: str
    order_reference: str
    http_status: int | None
    duration_ms: int
    outcome: str  # ok, retry, failed
    message: str
    request_excerpt: str
    response_excerpt: str


CallLogger = Callable[[CallRecord], None]
ErrorReader = Callable[[requests.Response], str]


def make_session() -> requests.Session:
    """The one session factory: our User-Agent, TLS verification on, no hidden retries of requests' own."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.verify = True
    return session


def check_url(url: str) -> str:
    """Refuse what core.urls refuses (the same check the settings run at entry): here as a PermanentError."""
    try:
        return urls.check_url(url, "The address")
    except RuleViolation as exc:
        raise PermanentError(exc.message) from None


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Capped exponential backoff with full jitter (its own function so tests can pin it)."""
    return random.uniform(0, min(cap, base * (2**attempt)))


def retry_after_seconds(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, when.timestamp() - time.time())


def default_error_reader(response: requests.Response) -> str:
    """The channel's own words from an error body: `message`, `detail`, field errors, or the text."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return text[:300] if text else f"HTTP {response.status_code}"
    if isinstance(body, dict):
        for key in ("message", "detail", "error_description", "error", "ErrorDescription"):
            if isinstance(body.get(key), str) and body[key]:
                return str(body[key])
        parts = []
        for key, value in body.items():
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                parts.append(f"{key}: {' '.join(value)}")
        if parts:
            return "; ".join(parts)
    return json.dumps(body, ensure_ascii=False)[:300]


class RateGate:
    """At most `per_minute` calls a minute for one channel, spaced evenly."""

    def __init__(
        self,
        per_minute: int | None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 60.0 / per_minute if per_minute else 0.0
        self._next = 0.0
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep

    def wait(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            self._sleep(start - now)


@dataclass(frozen=True)
class _Attempt:
    """One try of a call, as the sync log records it."""

    method: str
    url: str
    operation: str
    order_reference: str
    started: float
    headers: Mapping[str, str]
    params: Any
    json_body: Any
    data: Any


@dataclass
class ChannelHttp:
    """An adapter's HTTP client for one channel."""

    base_url: str
    channel: str
    settings: HttpSettings = field(default_factory=HttpSettings)
    session: requests.Session | None = None
    auth_headers: Callable[[], Mapping[str, str]] | None = None
    renew_auth: Callable[[], None] | None = None
    logger: CallLogger | None = None
    error_reader: ErrorReader = default_error_reader
    secrets: Iterable[str] = ()
    sleep: Callable[[float], None] = time.sleep

    def __post_init__(self) -> None:
        check_url(self.base_url)
        self.session = self.session or make_session()
        self.gate = RateGate(self.settings.rate_limit_per_min, sleep=self.sleep)

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return check_url(path)
        return urljoin(self.base_url.rstrip("/") + "/", path.lstrip("/"))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json_body: Any = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        operation: str = "",
        order_reference: str = "",
        authenticated: bool = True,
        ok_statuses: Iterable[int] = (),
    ) -> requests.Response:
        """Send one call; retry only what is safe; raise a ChannelError subclass when it did not go through."""
        method = method.upper()
        url = self.url(path)
        safe = method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        attempt = 0
        renewed = False
        ok = set(ok_statuses)
        assert self.session is not None
        while True:
            self.gate.wait()
            call_headers = dict(headers or {})
            if authenticated and self.auth_headers is not None:
                call_headers.update(self.auth_headers())
            _check_headers(self.channel, call_headers)
            started = time.monotonic()

            call = _Attempt(method, url, operation, order_reference, started, call_headers, params, json_body, data)
            try:
                response = self.session.request(
                    method,
                    url,
                    params=params,
                    json=json_body,
                    data=data,
                    headers=call_headers,
                    timeout=(self.settings.connect_timeout, self.settings.read_timeout),
                )
            except requests.exceptions.RequestException as exc:
                error = self._network_error(exc)
                retrying = safe and attempt < self.settings.max_retries
                self._log(call, None, "retry" if retrying else "failed", error.message)
                if not retrying:
                    raise error from None
                self.sleep(backoff_delay(attempt, self.settings.backoff_base, self.settings.backoff_cap))
                attempt += 1
                continue

            status = response.status_code
            if 200 <= status < 300 or status in ok:
                self._log(call, status, "ok", "", response.text)
                return response
            # Channels sometimes echo what they were sent: no secret may reach an exception message either.
            message = redact_text(self.error_reader(response), [s for s in self.secrets if s])
            if status == 401 and authenticated and self.renew_auth is not None and not renewed:
                self._log(call, status, "retry", errors.renewing_note(message), response.text)
                renewed = True
                self.renew_auth()
                continue
            if status == 429:
                wait = retry_after_seconds(response)
                retrying = safe and attempt < self.settings.max_retries and (wait or 0) <= self.settings.max_retry_after
                note = errors.rate_limited_note(message)
                self._log(call, status, "retry" if retrying else "failed", note, response.text)
                if not retrying:
                    raise errors.rate_limited(self.channel, message, retry_after=wait, http_status=status)
                self.sleep(
                    wait
                    if wait is not None
                    else backoff_delay(attempt, self.settings.backoff_base, self.settings.backoff_cap)
                )
                attempt += 1
                continue
            if status >= 500 or status == 408:
                retrying = safe and attempt < self.settings.max_retries
                self._log(call, status, "retry" if retrying else "failed", message, response.text)
                if not retrying:
                    # A 5xx on a non-idempotent call may still have done its work.
                    raise errors.server_error(self.channel, status, message, outcome_unknown=not safe)
                self.sleep(backoff_delay(attempt, self.settings.backoff_base, self.settings.backoff_cap))
                attempt += 1
                continue
            self._log(call, status, "failed", message, response.text)
            if status in (401, 403):
                raise errors.credentials_refused(self.channel, status, message)
            raise errors.request_refused(self.channel, status, message)

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        """`request` and read the JSON answer; an unreadable body is a MalformedResponse."""
        response = self.request(method, path, **kwargs)
        return read_json(response, self.channel)

    def _network_error(self, exc: requests.exceptions.RequestException) -> ChannelError:
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            return errors.connect_timeout(self.channel)
        if isinstance(exc, requests.exceptions.ReadTimeout):
            return errors.read_timeout(self.channel)
        text = str(exc)
        where = urlparse(self.base_url).netloc or self.base_url
        if isinstance(exc, requests.exceptions.SSLError):
            return errors.certificate_failed(self.channel, where)
        if any(marker in text for marker in UNKNOWN_HOST):
            return errors.unknown_host(self.channel, where)
        if any(marker in text for marker in REFUSED):
            return errors.connection_refused(self.channel, where)
        sent = any(
            marker in text
            for marker in (
                "RemoteDisconnected",
                "Connection aborted",
                "ConnectionResetError",
                "IncompleteRead",
                "ChunkedEncodingError",
            )
        )
        sent = sent or isinstance(exc, requests.exceptions.ChunkedEncodingError)
        if sent:
            return errors.connection_dropped(self.channel)
        return errors.unreachable(self.channel, where)

    def _log(self, call: _Attempt, status: int | None, outcome: str, message: str, response_text: str = "") -> None:
        if self.logger is None:
            return
        secrets = [s for s in self.secrets if s]
        method, url, data = call.method, call.url, call.data
        request_bits = [f"{method} {redact_url(url)}"]
        if call.params:
            params_text = json.dumps(call.params, default=str, ensure_ascii=False)
            request_bits.append("params: " + redact_text(params_text, secrets))
        request_bits.append("headers: " + json.dumps(redact_headers(call.headers)))
        if call.json_body is not None:
            request_bits.append(redact_text(json.dumps(call.json_body, default=str, ensure_ascii=False), secrets))
        elif data:
            request_bits.append(redact_text(data if isinstance(data, str) else json.dumps(data, default=str), secrets))
        self.logger(
            CallRecord(
                channel=self.channel,
                method=method,
                url=redact_url(url),
                operation=call.operation or f"{method} {urlsplit(url).path}",
                order_reference=call.order_reference,
                http_status=status,
                duration_ms=int((time.monotonic() - call.started) * 1000),
                outcome=outcome,
                message=redact_text(message, secrets),
                request_excerpt=excerpt("\n".join(request_bits)),
                response_excerpt=redacted_excerpt(response_text or "", secrets),
            )
        )


def _check_headers(channel: str, headers: Mapping[str, str]) -> None:
    """requests cannot send a header outside Latin-1 or with a line break (UnicodeEncodeError, ValueError): say which
    header of this channel, never its value (it may be a secret), as an AuthError the engine keeps to this channel."""
    for name, value in headers.items():
        try:
            value.encode("latin-1")
            carried = not any(ch in value for ch in "\r\n\0")
        except UnicodeEncodeError:
            carried = False
        if not carried:
            raise errors.header_not_carried(channel, name)


def read_json(response: requests.Response, channel: str) -> Any:
    try:
        return response.json()
    except ValueError:
        raise errors.not_json(channel, response.status_code, (response.text or "")[:120]) from None
