"""The machinery every channel simulator shares: a threaded loopback HTTP server, routing,
a record of every request, switchable faults, and tokens that expire."""

from __future__ import annotations

import json
import random
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Faults:
    """Switch faults on per simulator; counters count down as requests arrive."""

    latency_s: float = 0.0  # added to every answer
    error_rate: float = 0.0  # share of requests answered 500
    throttle_next: int = 0  # the next N requests get 429
    retry_after_s: float = 1.0  # what those 429s say in Retry-After
    malformed_next: int = 0  # the next N requests get a 200 with a body that is not JSON
    drop_before_next: int = 0  # the next N connections close before the request is handled
    drop_after_next: int = 0  # the next N requests are handled, then the connection closes with no answer
    hang_after_next: int = 0  # the next N requests are handled, then the answer waits `hang_s`
    hang_s: float = 5.0
    token_ttl_calls: int | None = None  # a new token stops working after this many calls
    only_paths: str | None = None  # regex: faults apply only to matching paths (None: every path)
    seed: int = 7
    _random: random.Random = field(default_factory=random.Random, repr=False)

    def __post_init__(self) -> None:
        self._random.seed(self.seed)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    at: float

    @property
    def json(self) -> Any:
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    @property
    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.text, keep_blank_values=True).items()}


@dataclass
class Response:
    status: int = 200
    body: Any = None  # JSON-able, or bytes/str sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    raw: bool = False  # True: send body as text without JSON encoding

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if self.raw and isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body, ensure_ascii=False, default=str).encode()


Handler = Callable[..., Response]


class _Dropped(Exception):
    pass


class TokenStore:
    """Tokens a simulator hands out; with a TTL in calls they expire as real ones do."""

    def __init__(self, faults: Faults) -> None:
        self._faults = faults
        self._calls_left: dict[str, int | None] = {}
        self._lock = threading.Lock()

    def issue(self, prefix: str = "tok") -> str:
        token = f"{prefix}_{secrets.token_hex(12)}"
        with self._lock:
            self._calls_left[token] = self._faults.token_ttl_calls
        return token

    def valid(self, token: str | None) -> bool:
        """Count a call against the token; False when it is unknown or used up."""
        if not token:
            return False
        with self._lock:
            if token not in self._calls_left:
                return False
            left = self._calls_left[token]
            if left is None:
                return True
            if left <= 0:
                return False
            self._calls_left[token] = left - 1
            return True

    def revoke_all(self) -> None:
        with self._lock:
            self._calls_left.clear()


def route(method: str, pattern: str) -> Callable[[Handler], Handler]:
    """Mark a simulator method as the handler of METHOD on a path regex (named groups become arguments)."""

    def mark(func: Handler) -> Handler:
        func._route = (method.upper(), re.compile(f"^{pattern}$"))  # type: ignore[attr-defined]
        return func

    return mark


class Simulator:
    """A channel as a real HTTP server on 127.0.0.1. Subclasses add state and @route handlers."""

    name = "simulator"

    def __init__(self, faults: Faults | None = None) -> None:
        self.faults = faults or Faults()
        self.tokens = TokenStore(self.faults)
        self.requests: list[Request] = []
        self.lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._routes = [
            getattr(self, name)._route + (getattr(self, name),)
            for name in dir(type(self))
            if callable(getattr(type(self), name, None)) and hasattr(getattr(type(self), name), "_route")
        ]

    def clear_faults(self, faults: Faults | None = None) -> None:
        """Back to these faults (default: none), in place: the token store holds on to this very object."""
        fresh = faults or Faults()
        for name in fresh.__dataclass_fields__:
            if name != "_random":
                setattr(self.faults, name, getattr(fresh, name))
        self.faults._random.seed(self.faults.seed)

    # ---- lifecycle -------------------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        simulator = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in separate writes; without this each answer waits ~40 ms on loopback.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
                return

            def _serve(self) -> None:
                simulator._serve(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        self._server = ThreadingHTTPServer((host, port), _Handler)
        self._server.daemon_threads = True
        # A short poll keeps stop() quick (the default half second adds up over a test suite).
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"{self.name}-sim", daemon=True
        )
        self._thread.start()
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Simulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "the simulator is not running"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    # ---- what tests look at --------------------------------------------------------------------------
    def requests_to(self, method: str, path_regex: str) -> list[Request]:
        pattern = re.compile(path_regex)
        with self.lock:
            return [r for r in self.requests if r.method == method.upper() and pattern.search(r.path)]

    def clear_requests(self) -> None:
        with self.lock:
            self.requests.clear()

    # ---- serving ------------------------------------------------------------------------------------
    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        request = Request(
            method=handler.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers={k: v for k, v in handler.headers.items()},
            body=body,
            at=time.time(),
        )
        with self.lock:
            self.requests.append(request)
        try:
            response = self._answer(request)
        except _Dropped:
            handler.close_connection = True
            try:
                handler.connection.shutdown(2)
            except OSError:
                pass
            return
        payload = response.encoded()
        handler.send_response(response.status)
        content_type = response.headers.pop("Content-Type", None)
        if content_type is None:
            content_type = "text/html" if response.raw else "application/json"
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(payload)))
        for key, value in response.headers.items():
            handler.send_header(key, value)
        try:
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            # The client stopped waiting (a timeout on its side): what a real server shrugs off too.
            handler.close_connection = True

    def _faulty(self, request: Request) -> bool:
        pattern = self.faults.only_paths
        return pattern is None or re.search(pattern, request.path) is not None

    def _take(self, counter: str) -> bool:
        with self.lock:
            left = getattr(self.faults, counter)
            if left > 0:
                setattr(self.faults, counter, left - 1)
                return True
            return False

    def _answer(self, request: Request) -> Response:
        faults = self.faults
        faulty = self._faulty(request)
        if faults.latency_s and faulty:
            time.sleep(faults.latency_s)
        if faulty and self._take("drop_before_next"):
            raise _Dropped
        if faulty and self._take("throttle_next"):
            return Response(
                429, self.error_body(429, "Too many requests"), {"Retry-After": f"{faults.retry_after_s:g}"}
            )
        if faulty and faults.error_rate and faults._random.random() < faults.error_rate:
            return Response(500, self.error_body(500, "Internal server error"))
        if faulty and self._take("malformed_next"):
            return Response(200, "<html><body>502 Bad Gateway</body></html>", raw=True)
        response = self._dispatch(request)
        if faulty and self._take("drop_after_next"):
            raise _Dropped
        if faulty and self._take("hang_after_next"):
            time.sleep(faults.hang_s)
        return response

    def _dispatch(self, request: Request) -> Response:
        allowed = False
        for method, pattern, handler in self._routes:
            match = pattern.match(request.path)
            if match is None:
                continue
            allowed = True
            if method == request.method:
                with self.lock:
                    response: Response = handler(request, **match.groupdict())
                    return response
        if allowed:
            return Response(405, self.error_body(405, "Method not allowed"))
        return Response(404, self.error_body(404, f"No route for {request.path}"))

    def error_body(self, status: int, message: str) -> Any:
        """The channel's own error envelope; subclasses speak their channel's."""
        return {"message": message}
