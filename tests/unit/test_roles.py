"""Roles on one machine: the rights of operators, supervisors and admins, the first user of a SQLite file its admin,
every action refused in one plain sentence, and db grant / db users on a SQLite file."""

from __future__ import annotations

import json
import sqlite3

import pytest
from factories import make_channel, make_order

from orderdesk.core import roles
from orderdesk.core.errors import RuleViolation
from orderdesk.core.roles import Right, Role
from orderdesk.services import access, conflicts, purchasing, returns, status, stock, sync_events
from orderdesk.services.attributes import set_attributes
from orderdesk.services.channels import add_channel, remove_channel, update_channel
from orderdesk.services.editing import OrderEdit, edit_order
from orderdesk.store import desk_users, migrations
from orderdesk.store.db import open_database
from orderdesk.store.models import AuditEntry, DeskUser, OutboxEvent
from orderdesk.store.orders import lines_of

FIRST = desk_users.os_login()  # the OS login running the tests: the first to open every test database


def act_as(monkeypatch: pytest.MonkeyPatch, login: str) -> None:
    """Another OS login at the same file."""
    monkeypatch.setattr(desk_users, "os_login", lambda: login)


def failed_event(order_id: int) -> OutboxEvent:
    event = status.set_status(order_id, "processing", user="anna").event
    assert event is not None
    event.state, event.last_error = "failed", "Unknown SKU MUG-01"
    event.save()
    return event


def test_each_role_has_the_rights_of_the_roles_below_it():
    operator = {r for r in Right if roles.allows(Role.OPERATOR, r)}
    supervisor = {r for r in Right if roles.allows(Role.SUPERVISOR, r)}
    admin = {r for r in Right if roles.allows(Role.ADMIN, r)}
    assert operator == {Right.ORDERS, Right.RETURNS, Right.ATTRIBUTES, Right.STOCK, Right.PURCHASES}
    assert supervisor - operator == {Right.RETRY, Right.DISCARD, Right.RESOLVE_CONFLICT, Right.EXPORT_LOG}
    assert admin - supervisor == {Right.CHANNELS, Right.SETTINGS, Right.USERS} and admin == set(Right)
    assert not any(roles.allows(None, r) for r in Right)


def test_every_refusal_is_one_plain_sentence_that_says_whom_to_ask():
    assert roles.refusal(Role.OPERATOR, Right.DISCARD) == "An operator may not discard sync events; ask a supervisor."
    assert roles.refusal(Role.SUPERVISOR, Right.CHANNELS) == "A supervisor may not change channels; ask an admin."
    assert roles.refusal(Role.SUPERVISOR, Right.DISCARD) is None
    for role in Role:
        for right in Right:
            sentence = roles.refusal(role, right)
            if sentence is not None:
                assert sentence.endswith(("ask a supervisor.", "ask an admin.")) and sentence.count(".") == 1
    assert "no OrderDesk role" in (roles.refusal(None, Right.ORDERS) or "")
    assert [roles.label(r) for r in Role] == ["operator", "supervisor", "admin"]


def test_the_first_user_to_open_a_sqlite_file_is_its_admin_and_any_other_login_an_operator(db, monkeypatch):
    assert [(u.login, u.role) for u in access.users()] == [(FIRST, Role.ADMIN)]
    assert access.current_role() == Role.ADMIN and not access.enforced()
    act_as(monkeypatch, "olga")
    assert access.current_login() == "olga" and access.current_role() == Role.OPERATOR
    assert access.allows(Right.ORDERS) and not access.allows(Right.RETRY)
    assert access.why_not(Right.RETRY) == "An operator may not retry sync events; ask a supervisor."
    assert access.rights_held() == {Right.ORDERS, Right.RETURNS, Right.ATTRIBUTES, Right.STOCK, Right.PURCHASES}


def test_a_file_brought_to_the_schema_with_roles_makes_whoever_brings_it_there_admin(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as con:  # as an OrderDesk before roles left it
        con.execute("DROP TABLE desk_user")
        con.execute("UPDATE schema_version SET version = 8")
    act_as(monkeypatch, "bram")
    db = open_database(f"sqlite:///{path}")
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    assert [(u.login, u.role) for u in access.users()] == [("bram", Role.ADMIN)]
    db.close()


def test_an_operator_works_the_orders_but_is_refused_the_supervisors_and_admins_actions(db, monkeypatch):
    make_channel("aff", "affiliate")
    make_channel("man", "manual")
    order = make_order("man", status="packed")
    event = failed_event(make_order(reference="R-2").id)
    act_as(monkeypatch, "olga")
    edit_order(order.id, OrderEdit(fields={"note": "left at the door"}), user="olga")
    set_attributes(order.id, {"gift": "yes"}, user="olga")
    status.set_status(order.id, "dispatched", consignment_number="JD01", carrier="DHL", user="olga")
    line = lines_of(order)[0]
    returns.create_return(order.id, {line.id: 1}, reason="too small", return_type="CUSTOMER_RETURN", user="olga")
    refused = {
        "An operator may not retry sync events; ask a supervisor.": lambda: sync_events.retry_event(
            event.id, user="olga"
        ),
        "An operator may not discard sync events; ask a supervisor.": lambda: sync_events.discard_event(
            event.id, user="olga", reason="no"
        ),
        "An operator may not resolve conflicts with a channel; ask a supervisor.": lambda: conflicts.take_remote(
            order.id, user="olga"
        ),
        "An operator may not change channels; ask an admin.": lambda: update_channel("aff", user="olga", enabled=False),
    }
    for sentence, action in refused.items():
        with pytest.raises(RuleViolation) as caught:
            action()
        assert caught.value.message == sentence
    with pytest.raises(RuleViolation, match="An operator may not change channels"):
        add_channel("m2", "manual", user="olga")
    with pytest.raises(RuleViolation, match="An operator may not change channels"):
        remove_channel("aff", user="olga")
    assert OutboxEvent.get_by_id(event.id).state == "failed"
    assert AuditEntry.select().where(AuditEntry.user == "olga").count() == 4


def test_a_supervisor_repairs_the_sync_but_may_not_change_channels(db, monkeypatch):
    make_channel("aff", "affiliate")
    event = failed_event(make_order().id)
    access.grant("sue", Role.SUPERVISOR, user=FIRST)
    act_as(monkeypatch, "sue")
    sync_events.discard_event(event.id, user="sue", reason="fixed by phone")
    assert OutboxEvent.get_by_id(event.id).state == "discarded"
    with pytest.raises(RuleViolation, match="^A supervisor may not change channels; ask an admin.$"):
        update_channel("aff", user="sue", enabled=False)
    with pytest.raises(RuleViolation, match="^A supervisor may not grant roles; ask an admin.$"):
        access.grant("olga", Role.ADMIN, user="sue")


def test_stock_and_purchases_are_an_operators_and_a_stock_retry_a_supervisors(db, monkeypatch):
    make_channel("m2", "magento")
    act_as(monkeypatch, "olga")
    assert stock.set_quantities("m2", {"MUG-01": "4"}, user="olga") == {"MUG-01": 4}
    with pytest.raises(RuleViolation, match="^An operator may not retry sync events; ask a supervisor.$"):
        stock.retry_failed("m2", user="olga")
    with pytest.raises(RuleViolation) as caught:
        purchasing.pay(12345, user="olga")
    assert "operator" not in caught.value.message  # refused for what it is, not for who asks


def test_an_admin_grants_roles_but_never_lowers_their_own(db, monkeypatch):
    access.grant("olga", "supervisor", user=FIRST)
    access.grant("olga", "operator", user=FIRST)
    assert {(u.login, u.role) for u in access.users()} == {(FIRST, Role.ADMIN), ("olga", Role.OPERATOR)}
    assert DeskUser.get(DeskUser.login == "olga").granted_by == FIRST
    with pytest.raises(RuleViolation, match="^An admin may not lower their own role; ask another admin.$"):
        access.grant(FIRST, "operator", user=FIRST)
    with pytest.raises(RuleViolation, match="no password"):
        access.grant("olga", "operator", user=FIRST, password="pw")
    with pytest.raises(RuleViolation, match="1 to 63 characters"):
        access.grant("  ", "operator", user=FIRST)
    act_as(monkeypatch, "olga")
    with pytest.raises(RuleViolation, match="^An operator may not grant roles; ask an admin.$"):
        access.grant("olga", "admin", user="olga")


def test_the_command_line_grants_lists_and_refuses_with_the_sentence(cli, monkeypatch):
    code, out, err = cli("channels", "add", "man", "--kind", "manual")
    assert code == 0, err
    code, out, err = cli("db", "grant", "olga", "--role", "supervisor")
    assert (code, out) == (
        0,
        "olga is now a supervisor on this SQLite file (advisory: whoever can write the file can edit it).\n",
    )
    code, out, _ = cli("db", "users")
    assert code == 0
    assert [line.split() for line in out.splitlines()[2:4]] == [["olga", "supervisor"], [FIRST, "admin", "you"]]
    assert "Any other OS login works as an operator" in out
    code, out, _ = cli("db", "users", "--format", "json")
    assert {"login": "olga", "role": "supervisor", "how": "", "you": False} in json.loads(out)
    act_as(monkeypatch, "olga")
    code, out, err = cli("channels", "remove", "man")
    assert (code, out, err) == (1, "", "A supervisor may not change channels; ask an admin.\n")
    code, _, err = cli("db", "grant", "olga", "--role", "admin")
    assert (code, err) == (1, "A supervisor may not grant roles; ask an admin.\n")
    code, _, err = cli("db", "grant", "olga", "--role", "boss")
    assert code == 2 and "invalid choice: 'boss'" in err


def test_a_role_table_emptied_by_hand_makes_the_next_to_open_the_file_its_admin(db_url, monkeypatch):
    open_database(db_url).close()
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as con:
        con.execute("DELETE FROM desk_user")
    act_as(monkeypatch, "bram")
    db = open_database(db_url)
    assert [(u.login, u.role) for u in access.users()] == [("bram", Role.ADMIN)]
    db.close()
