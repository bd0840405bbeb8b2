"""A channel that cannot be reached is told apart, in plain words and without exception class names: an unknown
server name, a refused connection, a failed TLS handshake, no answer in time, a refused sign-in."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator

import pytest

from orderdesk.channels.errors import AuthError, ChannelError
from orderdesk.channels.http import ChannelHttp, HttpSettings
from orderdesk.sandbox.affiliate import AffiliateSimulator

QUICK = HttpSettings(connect_timeout=1, read_timeout=0.5, max_retries=0, backoff_base=0.01, backoff_cap=0.01)
CLASS_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Error|Exception|Timeout)\b")


def failure(url: str) -> ChannelError:
    http = ChannelHttp(base_url=url, channel="Shop", settings=QUICK, sleep=lambda _s: None)
    with pytest.raises(ChannelError) as caught:
        http.request("GET", "/api/orders")
    return caught.value


def plain(message: str) -> str:
    assert not CLASS_NAME.search(message), message
    return message


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends: nothing listens there


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Accepts connections and never says a word (a hung server, or a plain one asked for TLS)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join(2)
    for connection in held:
        connection.close()
    server.close()


def test_an_unknown_server_name_says_check_the_address():
    message = plain(failure("https://no-such-host.invalid").message)
    assert message.startswith("Shop's server no-such-host.invalid is not known")


def test_a_refused_connection_says_nothing_answers_there(closed_port):
    message = plain(failure(f"http://127.0.0.1:{closed_port}").message)
    assert message.startswith(f"Shop refused the connection at 127.0.0.1:{closed_port}")


def test_a_server_that_never_answers_is_a_timeout(silent_server):
    message = plain(failure(f"http://127.0.0.1:{silent_server}").message)
    assert "took too long to answer" in message


def test_a_failed_tls_handshake_says_the_secure_connection_failed():
    plain_http = AffiliateSimulator()
    plain_http.start()
    try:
        port = plain_http.url.rsplit(":", 1)[1].rstrip("/")
        message = plain(failure(f"https://127.0.0.1:{port}").message)
    finally:
        plain_http.stop()
    assert message.startswith("The secure connection to Shop at 127.0.0.1:")


def test_a_refused_sign_in_says_the_credentials_were_refused():
    sim = AffiliateSimulator()
    sim.start()
    try:
        http = ChannelHttp(
            base_url=sim.url,
            channel="Shop",
            settings=QUICK,
            auth_headers=lambda: {"Authorization": "Bearer wrong"},
            sleep=lambda _s: None,
        )
        with pytest.raises(AuthError) as caught:
            http.request("GET", "/api/orders")
    finally:
        sim.stop()
    assert plain(caught.value.message).startswith("Shop refused the credentials (HTTP 401)")
