"""One channel's failure of any kind is that channel's problem only: two real affiliate simulators, one channel broken
(a secret kept before entry was checked, a bug in its adapter), the other pulls every order; the CLI says one plain
sentence for the broken one and the traceback goes to the sync log, never to the terminal."""

from __future__ import annotations

from collections.abc import Iterator

import peewee
import pytest
from factories import keep_raw_secret
from sync_harness import configure, fast_engine

from orderdesk import cli
from orderdesk.channels.affiliate import AffiliateAdapter
from orderdesk.sandbox.affiliate import AffiliateSimulator
from orderdesk.store.models import Channel, Order, SyncLogEntry
from orderdesk.sync import connection

BROKEN_TOKEN = "tok–en-7f3a"  # an en dash pasted from a document


@pytest.fixture
def sims() -> Iterator[tuple[AffiliateSimulator, AffiliateSimulator]]:
    good, bad = AffiliateSimulator(), AffiliateSimulator()
    good.start()
    bad.start()
    yield good, bad
    good.stop()
    bad.stop()


def _bug_in_a_call(monkeypatch: pytest.MonkeyPatch) -> None:
    real = AffiliateAdapter._auth_headers

    def auth_headers(self):  # type: ignore[no-untyped-def]
        if self.config.name == "broken":
            raise KeyError("customer")
        return real(self)

    monkeypatch.setattr(AffiliateAdapter, "_auth_headers", auth_headers)


def _bug_in_setup(monkeypatch: pytest.MonkeyPatch) -> None:
    real = AffiliateAdapter.__init__

    def init(self, config, **kwargs):  # type: ignore[no-untyped-def]
        if config.name == "broken":
            raise ZeroDivisionError("division by zero")
        real(self, config, **kwargs)

    monkeypatch.setattr(AffiliateAdapter, "__init__", init)


def _stored_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    keep_raw_secret("broken", "token", BROKEN_TOKEN)


BREAKAGES = {
    "stored secret with an en dash": _stored_secret,
    "bug in a call": _bug_in_a_call,
    "bug in setup": _bug_in_setup,
}


@pytest.fixture(params=list(BREAKAGES))
def desk(request, db, sims, monkeypatch):  # type: ignore[no-untyped-def]
    """Two channels, `broken` sorted first so that nothing it does can be blamed on running last."""
    good, bad = sims
    configure("broken", bad.demo_config())
    configure("good", good.demo_config())
    BREAKAGES[request.param](monkeypatch)
    return request.param, good


def _plain(text: str) -> None:
    for leak in ("Traceback", "Error:", "KeyError", "ZeroDivisionError", "UnicodeEncodeError", BROKEN_TOKEN):
        assert leak not in text


def test_the_engine_pulls_every_order_of_the_good_channel_and_fails_only_the_broken_one(desk):
    breakage, good = desk
    report = fast_engine().run_once()

    assert report.pulled == {"broken": 0, "good": len(good.orders)}
    assert Order.select().count() == len(good.orders)
    broken = Channel.get(Channel.name == "broken")
    assert broken.state in ("error", "auth_failed")
    _plain(broken.state_message)
    assert Channel.get(Channel.name == "good").state == "idle"
    assert [p for p in report.problems if p.startswith("broken:")], report.problems
    entries = list(SyncLogEntry.select().where(SyncLogEntry.channel == "broken", SyncLogEntry.outcome == "failed"))
    assert entries, "the failure is in the sync log"
    _plain(entries[0].message)
    if breakage.startswith("bug"):
        assert "Traceback" in entries[0].response_excerpt  # for whoever fixes the bug
    else:
        assert "cannot carry" in broken.state_message and "channels update" in broken.state_message
    for entry in SyncLogEntry.select():
        assert BROKEN_TOKEN not in entry.message + entry.request_excerpt + entry.response_excerpt


def test_sync_once_exits_one_with_a_plain_line_for_the_broken_channel(desk, db_url, capsys):
    _, good = desk
    assert cli.main(["--db", db_url, "sync", "--once"]) == 1

    err = capsys.readouterr().err
    _plain(err)
    assert "broken" in err
    assert Order.select().count() == len(good.orders)


def test_reconcile_compares_the_good_channel_and_says_the_broken_one_in_a_sentence(desk, db_url, capsys):
    _, good = desk
    assert cli.main(["--db", db_url, "sync", "--reconcile", "--since", "2020-01-01"]) == 1

    out, err = capsys.readouterr()
    _plain(err)
    assert [line for line in err.splitlines() if line.startswith("broken")], err
    assert f"good: {len(good.orders)} order(s) were missing here" in out
    assert Order.select().count() == len(good.orders)


def test_channels_test_says_why_the_broken_channel_fails_and_the_good_one_connects(desk, db_url, capsys):
    breakage, good = desk
    assert cli.main(["--db", db_url, "channels", "test", "broken"]) == 1
    err = capsys.readouterr().err
    _plain(err)
    assert err.startswith("broken: ")
    ok, message = connection.test_channel("good")
    assert ok, message
    if breakage == "stored secret with an en dash":
        assert "cannot carry" in err
    else:
        entry = SyncLogEntry.select().where(SyncLogEntry.operation == "test connection").get()
        assert "Traceback" in entry.response_excerpt


@pytest.mark.parametrize("answer", ["401", "unreachable"])
def test_reconcile_against_a_refusing_or_unreachable_channel_is_one_sentence_and_exit_1(
    db, db_url, sims, capsys, answer
):
    _, bad = sims
    config = bad.demo_config()
    if answer == "401":
        config["secrets"] = {"token": "revoked-token"}
    configure("broken", config)
    if answer == "unreachable":
        bad.stop()

    assert cli.main(["--db", db_url, "sync", "--reconcile", "--since", "2020-01-01"]) == 1

    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    _plain(lines[0])
    assert lines[0].startswith("broken: ")
    assert ("401" in lines[0]) if answer == "401" else ("refused the connection" in lines[0])


def test_the_database_failing_is_not_one_channels_problem_and_goes_up(db, sims, monkeypatch):
    _, bad = sims
    configure("broken", bad.demo_config())

    def broken_disk(self, cursor):  # type: ignore[no-untyped-def]
        # A lock is waited out (sync/patience.py); a failing disk is nobody's channel's fault and goes up.
        raise peewee.OperationalError("disk I/O error")

    monkeypatch.setattr(AffiliateAdapter, "fetch_orders", broken_disk)

    with pytest.raises(peewee.OperationalError):
        fast_engine().pull(Channel.get(Channel.name == "broken"))
    assert Channel.get(Channel.name == "broken").state != "error"
