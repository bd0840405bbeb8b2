"""The only place that touches `keyring`: channel secrets in the OS keyring, one entry per database, channel and field.

An entry of service "orderdesk" is named `<database id>/<channel>:<field>`, the database id being the UUID the
database keeps (store.identity): two databases on one computer may each have a channel called "Shared" without
sharing, overwriting or deleting each other's token. OrderDesk before schema 6 named entries `<channel>:<field>`;
those are read only to copy them (`adopt_legacy`), never deleted: any number of databases may still need one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail, null

from orderdesk.logs import register_secret

SERVICE = "orderdesk"
# A keyring answers in milliseconds, or after a password prompt the user answers; a Secret Service that fails to
# start never does (D-Bus gives up after two minutes).
TIMEOUT_S = 8.0
NO_ANSWER = (
    "the keyring did not answer within {seconds:.0f} seconds; if it is asking for its password, answer it and try again"
)
# keyring's stand-ins for "no keyring": `fail` refuses every call, `null` silently keeps nothing.
NOT_KEYRINGS = (fail.Keyring, null.Keyring)
T = TypeVar("T")
_stuck: threading.Thread | None = None  # a call that outlived TIMEOUT_S and still waits

HOW_TO_GET_ONE = (
    "OrderDesk keeps channel passwords and tokens only in the operating system's keyring, and none is usable here. "
    "On Windows and macOS the built-in one works; on Linux install and unlock a Secret Service provider "
    "(GNOME Keyring or KWallet; on a server: gnome-keyring inside `dbus-run-session`). "
    "OrderDesk will not store secrets in plain text."
)


class KeyringUnavailable(Exception):
    """No usable OS keyring: secrets cannot be kept, and we will not fall back to plain text."""

    def __init__(self, detail: str = "") -> None:
        message = HOW_TO_GET_ONE + (f" ({detail})" if detail else "")
        super().__init__(message)
        self.message = message


def entry_name(database: str, channel: str, field: str) -> str:
    return f"{database}/{channel}:{field}"


def legacy_entry_name(channel: str, field: str) -> str:
    """How OrderDesk before schema 6 named an entry: by the channel alone, whatever the database."""
    return f"{channel}:{field}"


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    usable = [b for b in chained if not isinstance(b, NOT_KEYRINGS)] if chained is not None else None
    if isinstance(backend, NOT_KEYRINGS) or usable == []:
        raise KeyringUnavailable()
    return backend


def _ask(call: Callable[[keyring.backend.KeyringBackend], T]) -> T:
    """One call to the keyring, given at most TIMEOUT_S; any failure of it is KeyringUnavailable (except "no such
    entry" on delete). A Secret Service that fails to start leaves the call waiting on D-Bus for minutes and then
    raises D-Bus's own error: the call runs in a thread of its own, and this thread stops waiting in time."""
    global _stuck
    if _stuck is not None and _stuck.is_alive():
        raise KeyringUnavailable(NO_ANSWER.format(seconds=TIMEOUT_S) + " (an earlier request is still unanswered)")
    answer: dict[str, Any] = {}

    def run() -> None:
        try:
            answer["value"] = call(_backend())
        except BaseException as exc:  # handed to the waiting thread below
            answer["error"] = exc

    worker = threading.Thread(target=run, name="keyring-call", daemon=True)
    worker.start()
    worker.join(TIMEOUT_S)
    if worker.is_alive():
        _stuck = worker  # while it hangs, later calls fail at once instead of waiting again
        raise KeyringUnavailable(NO_ANSWER.format(seconds=TIMEOUT_S))
    error = answer.get("error")
    if error is None:
        return cast(T, answer.get("value"))
    if isinstance(error, KeyringUnavailable | keyring.errors.PasswordDeleteError):
        raise error
    if isinstance(error, keyring.errors.KeyringError):
        raise KeyringUnavailable(type(error).__name__) from None
    if isinstance(error, Exception):
        # D-Bus, SecretStorage or OS errors of a backend: its message may quote what it was given.
        raise KeyringUnavailable("the keyring service failed to answer") from None
    raise error


def check_available() -> str:
    """The name of the keyring in use, or KeyringUnavailable with how to get one."""

    def probe(backend: keyring.backend.KeyringBackend) -> str:
        backend.get_password(SERVICE, "__probe__")
        return str(getattr(backend, "name", type(backend).__name__))

    return _ask(probe)


def set_secret(database: str, channel: str, field: str, value: str) -> None:
    register_secret(value)  # from now on masked in every log line
    _ask(lambda backend: backend.set_password(SERVICE, entry_name(database, channel, field), value))


def get_secret(database: str, channel: str, field: str) -> str | None:
    return _get(entry_name(database, channel, field))


def _get(name: str) -> str | None:
    value = _ask(lambda backend: backend.get_password(SERVICE, name))
    register_secret(value)  # a secret in use is masked in every log line
    return value


def delete_secret(database: str, channel: str, field: str) -> bool:
    """Forget one secret; False when there was none."""
    try:
        _ask(lambda backend: backend.delete_password(SERVICE, entry_name(database, channel, field)))
    except keyring.errors.PasswordDeleteError:
        return False
    return True


def load_secrets(database: str, channel: str, fields: Iterable[str]) -> dict[str, str]:
    """The channel's secrets that are set (a missing optional secret is simply absent)."""
    found = {}
    for field in fields:
        value = get_secret(database, channel, field)
        if value is not None:
            found[field] = value
    return found


def delete_secrets(database: str, channel: str, fields: Iterable[str]) -> list[str]:
    return [field for field in fields if delete_secret(database, channel, field)]


def adopt_legacy(database: str, channel: str, fields: Iterable[str]) -> list[str]:
    """Copy the channel's name-only entries (OrderDesk before schema 6) to this database's keys, where it has none
    of its own yet; returns the fields copied. The old entries stay: another database may still need them."""
    adopted = []
    for field in fields:
        if get_secret(database, channel, field) is not None:
            continue
        value = _get(legacy_entry_name(channel, field))
        if value is not None:
            set_secret(database, channel, field, value)
            adopted.append(field)
    return adopted


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring for unit tests and the throwaway demo; never used for a real desktop's secrets."""

    priority = -1  # below keyring.backends.fail (0): never chosen on its own, only by use_backend()

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError(username)
        del self.entries[(service, username)]


# (operation, service, entry name, password) -> the answer; how a relayed keyring reaches the real one.
Relay = Callable[[str, str, str, str | None], str | None]
MISSING = "missing"  # what a relay answers for "no such entry" on delete


class RelayedKeyring(keyring.backend.KeyringBackend):
    """The keyring of another process, asked through `relay`: the sync engine in a process of its own uses the
    window's keyring (the OS keyring, or the demo's in-memory one), so there is one keyring and one place that
    touches it. The relay raises KeyringUnavailable when the other side cannot answer."""

    priority = -1  # never chosen on its own, only by use_backend()

    def __init__(self, relay: Relay) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._relay = relay

    def get_password(self, service: str, username: str) -> str | None:
        return self._relay("get_password", service, username, None)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._relay("set_password", service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        if self._relay("delete_password", service, username, None) == MISSING:
            raise keyring.errors.PasswordDeleteError(username)


def answer_relayed(operation: str, service: str, username: str, password: str | None) -> str | None:
    """Do what a RelayedKeyring asked, on this process's keyring (KeyringUnavailable as _ask raises it)."""
    if operation == "get_password":
        value = _ask(lambda backend: backend.get_password(service, username))
        register_secret(value)  # masked in this process's log lines too
        return value
    if operation == "set_password" and password is not None:
        register_secret(password)
        _ask(lambda backend: backend.set_password(service, username, password))
        return None
    if operation == "delete_password":
        try:
            _ask(lambda backend: backend.delete_password(service, username))
        except keyring.errors.PasswordDeleteError:
            return MISSING
        return None
    raise ValueError(f"not a keyring operation: {operation}")


def use_backend(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
    """Switch the keyring in use (tests, demo); returns the previous one so it can be restored."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    return previous
