"""The affiliate system's webhook (seed 000, CHANNELS.md section 1): `POST /webhooks/<channel name>` tells the desk
that an order changed, so `orderdesk sync --watch --listen HOST:PORT` pulls that channel at once instead of at
its next poll (the polling stays as the safety net).

The listener answers and asks for a pull; it never writes anything itself. A call is taken only with a valid
`X-Signature: sha256=<hex HMAC-SHA256 of the body>` under the channel's webhook secret (from the keyring);
bodies over 1 MB (never kept), other content types and floods from one address are refused.
The server thread touches no database: the watch loop hands it the secrets and writes what it refused to
the sync log.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

MAX_BODY = 1_000_000
DISCARD_AT_MOST = 8_000_000  # an oversized body up to this is read and dropped; a bigger one is cut off
PER_MINUTE = 120  # calls from one address; the affiliate system sends one per changed order
EVENTS = frozenset({"order.created", "order.updated", "order.cancelled"})
PREFIX = "/webhooks/"


@dataclass
class Refusal:
    channel: str
    source: str
    status: int
    why: str


@dataclass
class WebhookInbox:
    """What the listener heard, for the watch loop: channels to pull now, and refusals to log."""

    wake: threading.Event = field(default_factory=threading.Event)
    _wanted: set[str] = field(default_factory=set)
    _refused: list[Refusal] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def ask_pull(self, channel: str) -> None:
        with self._lock:
            self._wanted.add(channel)
        self.wake.set()

    def refuse(self, refusal: Refusal) -> None:
        with self._lock:
            self._refused.append(refusal)
        self.wake.set()

    def take(self) -> tuple[set[str], list[Refusal]]:
        with self._lock:
            wanted, refused = self._wanted, self._refused
            self._wanted, self._refused = set(), []
            self.wake.clear()
        return wanted, refused


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookListener:
    """An HTTP listener on HOST:PORT for the affiliate channels' webhooks."""

    def __init__(
        self,
        host: str,
        port: int,
        inbox: WebhookInbox,
        *,
        per_minute: int = PER_MINUTE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inbox = inbox
        self.per_minute = per_minute
        self.clock = clock
        self._secrets: dict[str, str] = {}
        self._calls: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                listener.handle(self)

            def do_GET(self) -> None:  # noqa: N802
                self.send_error(405, "POST only")

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
                pass  # every refusal reaches the sync log; accepted calls show as pulls

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhooks", daemon=True)

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def set_secrets(self, secrets: dict[str, str]) -> None:
        """Channel name -> webhook secret, for the channels that may call (the watch loop reads them)."""
        with self._lock:
            self._secrets = dict(secrets)

    def _flooding(self, source: str) -> bool:
        now = self.clock()
        with self._lock:
            calls = self._calls[source]
            while calls and now - calls[0] > 60:
                calls.popleft()
            calls.append(now)
            return len(calls) > self.per_minute

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        source = request.client_address[0]
        path = request.path.split("?", 1)[0]
        channel = unquote(path[len(PREFIX) :]) if path.startswith(PREFIX) else ""
        length_text = request.headers.get("Content-Length", "")
        length = int(length_text) if length_text.isdecimal() else None
        unread = [length or 0]  # what of the body is still on the wire

        def answer(status: int, why: str = "") -> None:
            if why:
                self.inbox.refuse(Refusal(channel or path[:80], source, status, why))
            if unread[0]:
                # Read past and thrown away (up to a bound), so the caller hears the answer rather than a reset.
                _discard(request, min(unread[0], DISCARD_AT_MOST))
            request.send_response(status)
            request.send_header("Content-Length", "0")
            request.end_headers()

        if not channel or "/" in channel:
            return answer(404, f"no webhook at {path[:80]}")
        if self._flooding(source):
            return answer(429, f"more than {self.per_minute} calls a minute from {source}")
        if request.headers.get_content_type() != "application/json":
            return answer(415, f"the body is {request.headers.get_content_type()}, not application/json")
        if length is None:
            return answer(411, "the call says not how long its body is")
        if length > MAX_BODY:
            return answer(413, f"a body of {length:,} bytes; at most {MAX_BODY:,} are taken")
        body = request.rfile.read(length)
        unread[0] = 0
        with self._lock:
            secret = self._secrets.get(channel)
        if secret is None:
            return answer(404, f"no affiliate channel {channel} takes webhooks (is its webhook secret set?)")
        given = request.headers.get("X-Signature", "")
        if not hmac.compare_digest(given.encode(), signature(secret, body).encode()):
            return answer(401, "the signature does not match the channel's webhook secret")
        try:
            call = json.loads(body)
        except ValueError:
            return answer(400, "the body is not JSON")
        if not isinstance(call, dict) or call.get("event") not in EVENTS or call.get("order_id") in (None, ""):
            return answer(400, "the body names no order event (event, order_id)")
        self.inbox.ask_pull(channel)  # before the answer: whoever hears 204 may count on the pull being asked
        answer(204)


def _discard(request: BaseHTTPRequestHandler, length: int) -> None:
    left = length
    while left > 0:
        chunk = request.rfile.read(min(left, 65536))
        if not chunk:
            return
        left -= len(chunk)


def parse_listen(text: str) -> tuple[str, int]:
    """HOST:PORT as `--listen` takes it; ValueError with the reason in words."""
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdecimal() or not 0 < int(port) < 65536:
        raise ValueError(f"--listen takes HOST:PORT (e.g. 127.0.0.1:8765), not '{text[:60]}'.")
    return host.strip("[]"), int(port)
