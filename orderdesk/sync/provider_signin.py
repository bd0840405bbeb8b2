"""Signing an OT Platform channel in to its provider (seed 003, "Provider session"), for the autopurchase module.

The desk listens on a loopback address, asks OT for the provider's sign-in address with that return address
(GetProviderOrdersIntegrationSessionAuthenticationInfo), opens it in the browser, and waits for the browser to
come back with the session (or OT's error text). The session id is kept in the keyring as the channel's
`provider_session_id` secret. GetProviderOrdersIntegrationSessionInfoList offers the sessions OT saved.
Runs off the GUI thread, like every channel call.
"""

from __future__ import annotations

import html
import threading
import webbrowser
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from orderdesk.channels import otpurchase
from orderdesk.channels.errors import ChannelError
from orderdesk.channels.otplatform import OTPlatformAdapter
from orderdesk.core.errors import RuleViolation
from orderdesk.core.text import translate
from orderdesk.services.channels import update_channel
from orderdesk.store.models import Channel
from orderdesk.store.orders import get_channel
from orderdesk.sync.channel_config import config_for
from orderdesk.sync.connection import TEST_SETTINGS

CALLBACK_PATH = "/orderdesk/provider-session"
SECRET = "provider_session_id"
# How the desk opens an address in the browser (tests put a browser of their own here).
open_browser: Callable[[str], Any] = webbrowser.open


def _adapter(name: str) -> tuple[Channel, OTPlatformAdapter]:
    channel = get_channel(name)
    if channel.kind != "otplatform":
        raise RuleViolation(
            translate(
                "ProviderSignIn",
                "Channel {channel} is not an OT Platform channel; only those sign in to a provider.",
                channel=channel.name,
            )
        )
    return channel, OTPlatformAdapter(config_for(channel), http_settings=TEST_SETTINGS)


class _Receiver(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Callback)
        self.answer: dict[str, str] | None = None
        self.arrived = threading.Event()


class _Callback(BaseHTTPRequestHandler):
    server: _Receiver

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        parsed = urlparse(self.path)
        if parsed.path != CALLBACK_PATH:
            self.send_error(404)
            return
        answer = {key: values[0] for key, values in parse_qs(parsed.query).items()}
        ok = bool(_session_of(answer))
        if ok:
            text = translate("ProviderSignIn", "Signed in. You can close this window and go back to OrderDesk.")
        else:
            text = _error_of(answer)
        body = f"<!doctype html><title>OrderDesk</title><p>{html.escape(text)}</p>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.answer = answer
        self.server.arrived.set()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        pass  # the query carries the session: it never reaches a log


def _session_of(answer: dict[str, str]) -> str:
    return next((answer[k] for k in ("sessionId", "SessionId", "session_id", "session") if answer.get(k)), "")


def _error_of(answer: dict[str, str]) -> str:
    said = next((answer[k] for k in ("error", "Error", "errorText", "ErrorDescription") if answer.get(k)), "")
    if said:
        return translate("ProviderSignIn", "The provider did not sign in: {error}.", error=said)
    return translate("ProviderSignIn", "The provider did not sign in: no session came back.")


def sign_in(name: str, *, user: str, timeout_s: float = 300.0) -> tuple[bool, str]:
    """(True, what was done) or (False, why not, in plain words)."""
    channel, adapter = _adapter(name)
    receiver = _Receiver()
    thread = threading.Thread(target=receiver.serve_forever, name="provider-sign-in", daemon=True)
    thread.start()
    try:
        back = f"http://127.0.0.1:{receiver.server_address[1]}{CALLBACK_PATH}"
        try:
            address = otpurchase.provider_sign_in_address(adapter, adapter.provider_type, back)
        except ChannelError as exc:
            return False, f"{channel.name}: {exc.message}"
        open_browser(address)
        if not receiver.arrived.wait(timeout_s):
            return False, translate(
                "ProviderSignIn",
                "No answer from the {provider} sign-in within {seconds} s; try again.",
                provider=adapter.provider_type,
                seconds=f"{timeout_s:.0f}",
            )
        session = _session_of(receiver.answer or {})
        if not session:
            return False, _error_of(receiver.answer or {})
    finally:
        receiver.shutdown()
        receiver.server_close()
    update_channel(channel.name, secrets={SECRET: session}, user=user)
    return True, translate(
        "ProviderSignIn",
        "{channel} is signed in to {provider}; the session is kept in the keyring.",
        channel=channel.name,
        provider=adapter.provider_type,
    )


def saved_sessions(name: str) -> list[dict[str, str]]:
    """The provider sessions OT keeps for the channel's provider (GetProviderOrdersIntegrationSessionInfoList)."""
    _channel, adapter = _adapter(name)
    return otpurchase.provider_sessions(adapter, adapter.provider_type)


def use_session(name: str, session_id: str, *, user: str) -> str:
    """Keep one of OT's saved sessions as the channel's provider session."""
    if not session_id.strip():
        raise RuleViolation(translate("ProviderSignIn", "Choose a provider session."))
    update_channel(name, secrets={SECRET: session_id.strip()}, user=user)
    return translate("ProviderSignIn", "{channel} now uses the saved provider session.", channel=name)
