"""orderdesk.credentials against the in-memory keyring, and its refusal to work without a real one."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.core
import keyring.errors
import pytest
from jeepney import DBusAddress, new_error, new_method_call
from jeepney.wrappers import DBusErrorResponse
from keyring.backends import chainer, fail, null

from orderdesk import credentials
from orderdesk.credentials import SERVICE, KeyringUnavailable, MemoryKeyring

SECRET = "s3cr3t-Tök€n-do-not-leak"
DB = "9b2f6c1e-0d4a-4c55-9a53-6f1f0e7d2a11"  # a database's identity (store.identity)
OTHER_DB = "0f3d8e27-5b6c-4e1a-8f0d-2c9b7a6e5d43"


@pytest.fixture(autouse=True)
def _restore_keyring() -> Iterator[None]:
    """Whatever a test switches to, the keyring in use before it is the one in use after it."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> None:
    credentials.use_backend(fail.Keyring())


class _LockedKeyring(keyring.backend.KeyringBackend):
    """A keyring that is there but refuses every call, as a locked Secret Service does."""

    priority = -1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked(f"cannot store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


@pytest.fixture
def locked() -> None:
    credentials.use_backend(_LockedKeyring())


# --- with a keyring ------------------------------------------------------------------------------------------------


def test_a_secret_set_can_be_read_back(keyring_memory: MemoryKeyring) -> None:
    credentials.set_secret(DB, "cloudsuite-nl", "api_token", SECRET)

    assert credentials.get_secret(DB, "cloudsuite-nl", "api_token") == SECRET


def test_a_secret_is_stored_under_the_orderdesk_service_one_entry_per_database_channel_and_field(
    keyring_memory: MemoryKeyring,
) -> None:
    credentials.set_secret(DB, "cloudsuite-nl", "api_token", SECRET)

    assert keyring_memory.entries == {(SERVICE, f"{DB}/cloudsuite-nl:api_token"): SECRET}
    assert SERVICE == "orderdesk"


def test_setting_a_secret_again_replaces_it(keyring_memory: MemoryKeyring) -> None:
    credentials.set_secret(DB, "ot", "password", "old")
    credentials.set_secret(DB, "ot", "password", "new")

    assert credentials.get_secret(DB, "ot", "password") == "new"
    assert len(keyring_memory.entries) == 1


def test_a_secret_never_set_reads_as_none(keyring_memory: MemoryKeyring) -> None:
    assert credentials.get_secret(DB, "ot", "password") is None


def test_channels_do_not_share_secrets(keyring_memory: MemoryKeyring) -> None:
    credentials.set_secret(DB, "shop-a", "api_token", "token-a")
    credentials.set_secret(DB, "shop-b", "api_token", "token-b")

    assert credentials.get_secret(DB, "shop-a", "api_token") == "token-a"
    assert credentials.get_secret(DB, "shop-b", "api_token") == "token-b"


def test_two_databases_with_a_channel_of_the_same_name_keep_their_own_secrets(keyring_memory: MemoryKeyring) -> None:
    credentials.set_secret(DB, "Shared", "api_token", "token-of-a")
    credentials.set_secret(OTHER_DB, "Shared", "api_token", "token-of-b")

    assert credentials.get_secret(DB, "Shared", "api_token") == "token-of-a"
    assert credentials.delete_secrets(OTHER_DB, "Shared", ["api_token"]) == ["api_token"]
    assert credentials.get_secret(DB, "Shared", "api_token") == "token-of-a"


def test_a_name_only_entry_is_copied_where_the_database_has_none_and_kept(keyring_memory: MemoryKeyring) -> None:
    keyring_memory.set_password(SERVICE, "Shared:api_token", "old-token")
    keyring_memory.set_password(SERVICE, "Shared:password", "old-password")
    credentials.set_secret(DB, "Shared", "password", "already-mine")

    assert credentials.adopt_legacy(DB, "Shared", ["api_token", "password", "pin"]) == ["api_token"]

    assert credentials.load_secrets(DB, "Shared", ["api_token", "password"]) == {
        "api_token": "old-token",
        "password": "already-mine",
    }
    # Another database may still need them: the old entries stay.
    assert keyring_memory.entries[(SERVICE, "Shared:api_token")] == "old-token"
    assert keyring_memory.entries[(SERVICE, "Shared:password")] == "old-password"


def test_deleting_a_secret_forgets_it_and_says_so(keyring_memory: MemoryKeyring) -> None:
    credentials.set_secret(DB, "ot", "password", SECRET)

    assert credentials.delete_secret(DB, "ot", "password") is True
    assert credentials.get_secret(DB, "ot", "password") is None
    assert keyring_memory.entries == {}


def test_deleting_a_secret_that_is_not_there_returns_false(keyring_memory: MemoryKeyring) -> None:
    assert credentials.delete_secret(DB, "ot", "password") is False


def test_load_secrets_leaves_a_missing_optional_secret_out(keyring_memory: MemoryKeyring) -> None:
    credentials.set_secret(DB, "magento", "client_id", "id-1")
    credentials.set_secret(DB, "magento", "client_secret", SECRET)

    loaded = credentials.load_secrets(DB, "magento", ["client_id", "client_secret", "proxy_password"])

    assert loaded == {"client_id": "id-1", "client_secret": SECRET}
    assert "proxy_password" not in loaded


def test_load_secrets_of_an_unknown_channel_is_empty(keyring_memory: MemoryKeyring) -> None:
    assert credentials.load_secrets(DB, "nobody", ["api_token"]) == {}


def test_delete_secrets_returns_only_the_fields_that_were_there(keyring_memory: MemoryKeyring) -> None:
    credentials.set_secret(DB, "magento", "client_id", "id-1")
    credentials.set_secret(DB, "magento", "client_secret", SECRET)
    credentials.set_secret(DB, "other", "client_id", "keep me")

    deleted = credentials.delete_secrets(DB, "magento", ["client_id", "client_secret", "proxy_password"])

    assert deleted == ["client_id", "client_secret"]
    assert credentials.load_secrets(DB, "magento", ["client_id", "client_secret"]) == {}
    assert credentials.get_secret(DB, "other", "client_id") == "keep me"


def test_check_available_names_the_keyring_in_use(keyring_memory: MemoryKeyring) -> None:
    assert credentials.check_available() == MemoryKeyring.name


def test_use_backend_returns_the_previous_keyring_so_it_can_be_restored(keyring_memory: MemoryKeyring) -> None:
    other = MemoryKeyring()

    previous = credentials.use_backend(other)

    assert previous is keyring_memory
    assert keyring.get_keyring() is other


# --- without a keyring ---------------------------------------------------------------------------------------------


def _assert_explains_how_to_get_a_keyring(error: KeyringUnavailable) -> None:
    message = str(error)
    assert "Secret Service" in message
    assert "GNOME Keyring" in message
    assert "dbus-run-session" in message
    assert "will not store secrets in plain text" in message
    assert error.message == message


def test_without_a_keyring_setting_a_secret_is_refused_with_how_to_get_one(no_keyring: None) -> None:
    with pytest.raises(KeyringUnavailable) as raised:
        credentials.set_secret(DB, "ot", "password", SECRET)

    _assert_explains_how_to_get_a_keyring(raised.value)
    assert SECRET not in str(raised.value)


@pytest.mark.parametrize(
    "call",
    [
        lambda: credentials.get_secret(DB, "ot", "password"),
        lambda: credentials.delete_secret(DB, "ot", "password"),
        lambda: credentials.load_secrets(DB, "ot", ["password"]),
        lambda: credentials.delete_secrets(DB, "ot", ["password"]),
        credentials.check_available,
    ],
    ids=["get_secret", "delete_secret", "load_secrets", "delete_secrets", "check_available"],
)
def test_without_a_keyring_every_call_is_refused(no_keyring: None, call: Callable[[], object]) -> None:
    with pytest.raises(KeyringUnavailable) as raised:
        call()

    _assert_explains_how_to_get_a_keyring(raised.value)


def test_without_a_keyring_nothing_is_written_anywhere_in_plain_text(
    no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # conftest points the XDG data, config and cache folders into a temporary home: a plain-text fallback
    # (keyrings.alt, a file of our own) would write there, in HOME or in the working folder.
    folders = [Path(os.environ[name]) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")]
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)

    with pytest.raises(KeyringUnavailable):
        credentials.set_secret(DB, "ot", "password", SECRET)

    files = [path for folder in [*folders, tmp_path] if folder.exists() for path in folder.rglob("*") if path.is_file()]
    assert [path for path in files if SECRET.encode() in path.read_bytes()] == []


def test_a_chain_of_keyrings_none_of_them_usable_counts_as_no_keyring() -> None:
    class NothingToChain(chainer.ChainerBackend):
        backends = [fail.Keyring()]

    credentials.use_backend(NothingToChain())

    with pytest.raises(KeyringUnavailable):
        credentials.set_secret(DB, "ot", "password", SECRET)


def test_a_keyring_that_refuses_is_reported_as_unavailable_without_the_secret(locked: None) -> None:
    with pytest.raises(KeyringUnavailable) as raised:
        credentials.set_secret(DB, "ot", "password", SECRET)

    message = str(raised.value)
    assert "KeyringLocked" in message
    assert SECRET not in message
    # `from None`: the backend's own exception, which may quote the secret, is not chained into tracebacks.
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__ is True


@pytest.mark.parametrize(
    "call",
    [
        lambda: credentials.get_secret(DB, "ot", "password"),
        lambda: credentials.delete_secret(DB, "ot", "password"),
        credentials.check_available,
    ],
    ids=["get_secret", "delete_secret", "check_available"],
)
def test_a_keyring_that_refuses_any_call_is_reported_as_unavailable(locked: None, call: Callable[[], object]) -> None:
    with pytest.raises(KeyringUnavailable, match="KeyringLocked"):
        call()


def test_the_memory_keyring_is_never_picked_on_its_own_over_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    # keyring picks the backend with the highest priority; with no OS keyring the choice is between "fail"
    # and our in-memory double, which would keep secrets only until the program ends and hide the missing keyring.
    monkeypatch.setattr(keyring.backend, "_limit", None)  # init_backend() stores its limit for the chainer
    keyring.core.init_backend(limit=lambda backend: isinstance(backend, (fail.Keyring, MemoryKeyring)))

    assert isinstance(keyring.get_keyring(), fail.Keyring)


@pytest.mark.parametrize("order", ["memory first", "fail first"])
def test_the_memory_keyring_ranks_below_no_keyring_whatever_the_order(order: str) -> None:
    candidates: list[keyring.backend.KeyringBackend] = [MemoryKeyring(), fail.Keyring()]
    if order == "fail first":
        candidates.reverse()

    assert isinstance(max(candidates, key=keyring.backend.by_priority), fail.Keyring)


# --- a keyring that hangs, fails oddly, or keeps nothing ----------------------------------------------------------


class _SilentKeyring(keyring.backend.KeyringBackend):
    """A keyring that never answers, as a Secret Service that failed to start (until the test lets it go)."""

    priority = -1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait()

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait()


@pytest.fixture
def silent(monkeypatch: pytest.MonkeyPatch) -> Iterator[_SilentKeyring]:
    monkeypatch.setattr(credentials, "TIMEOUT_S", 0.3)
    ring = _SilentKeyring()
    credentials.use_backend(ring)
    yield ring
    ring.release.set()
    stuck = credentials._stuck
    if stuck is not None:
        stuck.join(5)


def test_a_keyring_that_never_answers_is_given_up_in_time_with_the_plain_message(silent: _SilentKeyring) -> None:
    started = time.monotonic()
    with pytest.raises(KeyringUnavailable) as raised:
        credentials.set_secret(DB, "ot", "password", SECRET)

    assert time.monotonic() - started < 3
    _assert_explains_how_to_get_a_keyring(raised.value)
    assert "did not answer within" in str(raised.value) and SECRET not in str(raised.value)
    # While that call still hangs, the next one does not wait again.
    started = time.monotonic()
    with pytest.raises(KeyringUnavailable, match="still unanswered"):
        credentials.get_secret(DB, "ot", "password")
    assert time.monotonic() - started < 0.2


def test_once_the_keyring_answers_again_calls_go_through(silent: _SilentKeyring) -> None:
    with pytest.raises(KeyringUnavailable):
        credentials.get_secret(DB, "ot", "password")
    silent.release.set()
    assert credentials._stuck is not None
    credentials._stuck.join(5)

    assert credentials.get_secret(DB, "ot", "password") is None


class _DBusFailingKeyring(keyring.backend.KeyringBackend):
    """What SecretStorage lets through when D-Bus gives up on starting the Secret Service."""

    priority = -1

    def _fail(self) -> None:
        call = new_method_call(DBusAddress("/org/freedesktop/secrets", "org.freedesktop.secrets"), "ReadAlias")
        raise DBusErrorResponse(new_error(call, "org.freedesktop.DBus.Error.TimedOut", "s", (f"timed out {SECRET}",)))

    def get_password(self, service: str, username: str) -> str | None:
        self._fail()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._fail()

    def delete_password(self, service: str, username: str) -> None:
        self._fail()


def test_a_d_bus_error_from_the_keyring_is_the_plain_message_without_a_trace_of_it() -> None:
    credentials.use_backend(_DBusFailingKeyring())

    with pytest.raises(KeyringUnavailable) as raised:
        credentials.set_secret(DB, "ot", "password", SECRET)

    _assert_explains_how_to_get_a_keyring(raised.value)
    assert "DBus" not in str(raised.value) and SECRET not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__ is True


@pytest.mark.parametrize(
    "call",
    [
        lambda: credentials.set_secret(DB, "ot", "password", SECRET),
        lambda: credentials.get_secret(DB, "ot", "password"),
        credentials.check_available,
    ],
    ids=["set_secret", "get_secret", "check_available"],
)
def test_the_null_keyring_which_keeps_nothing_counts_as_no_keyring(call: Callable[[], object]) -> None:
    credentials.use_backend(null.Keyring())

    with pytest.raises(KeyringUnavailable) as raised:
        call()

    _assert_explains_how_to_get_a_keyring(raised.value)
