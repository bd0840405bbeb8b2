"""The affiliate system's webhook: `orderdesk sync --watch --listen` pulls the order a valid call names at once;
a forged, oversized, mistyped or flooding call is refused, logged, and changes nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from orderdesk.sandbox.affiliate_webhooks import WebhookTarget, body_for, send
from orderdesk.services.channels import add_channel
from orderdesk.store.db import open_database
from orderdesk.store.identity import database_id
from orderdesk.store.models import Order, SyncLogEntry
from orderdesk.sync.webhooks import MAX_BODY, WebhookInbox, WebhookListener, parse_listen

SECRET = "whsec-3f9a1c"


@pytest.fixture
def listener():
    inbox = WebhookInbox()
    server = WebhookListener("127.0.0.1", 0, inbox, per_minute=5)
    server.set_secrets({"aff": SECRET})
    server.start()
    yield server
    server.stop()


def url(server: WebhookListener, channel: str = "aff") -> str:
    host, port = server.address
    return f"http://{host}:{port}/webhooks/{channel}"


def test_a_signed_call_is_answered_204_and_asks_for_a_pull(listener):
    status = send(WebhookTarget(url(listener), SECRET), body_for(5001, "order.updated", None))
    assert status == 204
    assert listener.inbox.take() == ({"aff"}, [])


def test_a_forged_call_is_refused_401_and_asks_for_nothing(listener):
    status = send(WebhookTarget(url(listener), "not-the-secret"), body_for(5001, "order.updated", None))
    assert status == 401
    wanted, refused = listener.inbox.take()
    assert wanted == set()
    assert [(r.channel, r.status) for r in refused] == [("aff", 401)]
    assert "signature does not match" in refused[0].why


def test_an_oversized_body_is_refused_and_never_kept(listener):
    status = send(WebhookTarget(url(listener), SECRET), b"x" * (MAX_BODY + 1))
    assert status == 413
    assert listener.inbox.take()[0] == set()


def test_another_content_type_an_unknown_channel_and_a_flood_are_refused(listener):
    body = body_for(5001, "order.updated", None)
    assert send(WebhookTarget(url(listener), SECRET), body, content_type="text/plain") == 415
    assert send(WebhookTarget(url(listener, "nobody"), SECRET), body) == 404
    statuses = [send(WebhookTarget(url(listener), SECRET), body) for _ in range(6)]
    assert statuses[-1] == 429  # more than 5 a minute from one address (this fixture's limit)
    refused = listener.inbox.take()[1]
    assert {r.status for r in refused} == {415, 404, 429}


@pytest.mark.parametrize("text", ["8765", "host:", ":80", "h:99999", "h:x"])
def test_a_listen_address_that_cannot_be_right_is_refused_in_words(text):
    with pytest.raises(ValueError, match="--listen takes HOST:PORT"):
        parse_listen(text)


@pytest.mark.slow
def test_sync_watch_listen_pulls_a_changed_order_at_once_and_logs_a_forged_call(tmp_path, sim, real_keyring):
    db_url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    open_database(db_url)
    config = sim.demo_config()
    add_channel(
        "aff",
        "affiliate",
        url=config["url"],
        secrets={**config["secrets"], "webhook_secret": SECRET},
        poll_interval_s=3600,  # no poll in the test's time: only the webhook can bring the change in
        user="admin",
    )
    real_keyring.append((database_id(), "aff"))
    with socket_port() as port:
        pass
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "orderdesk", "--db", db_url, "sync", "--watch", "--listen", f"127.0.0.1:{port}"],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        listen = f"http://127.0.0.1:{port}/webhooks/aff"
        wait_for(lambda: Order.select().count() == len(sim.orders), "the first pull")
        wait_for(lambda: reachable(listen), "the listener")
        sim.webhook = WebhookTarget(listen, SECRET)
        target = next(iter(sim.orders))
        sim.touch_order(target, customer={"name": "Zoë Nowak", "email": "z@example.com", "phone": ""})
        wait_for(lambda: Order.get(Order.external_id == str(target)).customer_name == "Zoë Nowak", "the webhook pull")
        assert send(WebhookTarget(listen, "forged"), body_for(target, "order.updated", None)) == 401
        wait_for(
            lambda: SyncLogEntry.select().where(SyncLogEntry.operation == "webhook").exists(), "the refusal's log line"
        )
        entry = SyncLogEntry.get(SyncLogEntry.operation == "webhook")
        assert (entry.outcome, entry.http_status) == ("refused", 401) and "signature" in entry.message
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "Traceback" not in err


class socket_port:  # noqa: N801 - used as a context manager that finds a free port
    def __enter__(self) -> int:
        import socket

        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        return int(self._sock.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        self._sock.close()


def reachable(address: str) -> bool:
    try:
        urllib.request.urlopen(urllib.request.Request(address, method="GET"), timeout=1)  # noqa: S310
    except urllib.error.HTTPError:
        return True  # it answered (405: POST only)
    except OSError:
        return False
    return True


def wait_for(condition, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except Exception:  # noqa: BLE001 - the other process may be mid-write
            pass
        time.sleep(0.1)
    raise AssertionError(f"waited {timeout} s for {what}")


def test_the_body_the_simulator_sends_is_the_documented_one():
    body = json.loads(body_for(7, "order.cancelled", None))
    assert body == {"event": "order.cancelled", "order_id": 7}
