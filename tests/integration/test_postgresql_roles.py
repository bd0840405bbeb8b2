"""Roles on a shared PostgreSQL database are the database's own: each test connects as an operator's, a supervisor's
and an admin's login, with hand-written SQL, and sees PostgreSQL itself refuse what the role may not do; then the
same through OrderDesk (services and command line), where the refusal is one plain sentence."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote, urlparse

import pg_schema
import psycopg2
import psycopg2.errors
import pytest
from factories import make_channel, make_order

from orderdesk.cli import main
from orderdesk.core.errors import RuleViolation
from orderdesk.core.roles import Right, Role
from orderdesk.services import access, status, sync_events
from orderdesk.store import pg_rights
from orderdesk.store.db import open_database
from orderdesk.store.models import AuditEntry, OutboxEvent

PG_URL = os.environ.get("ORDERDESK_TEST_POSTGRES")
Refused = psycopg2.errors.InsufficientPrivilege


@dataclass
class Desk:
    schema: str
    logins: dict[Role, str]
    groups: dict[Role, str]
    event_id: int  # a failed sync event of a live order
    order_id: int

    def url(self, role: Role | None = None) -> str:
        """The database URL, as the test server's superuser or as the role's login."""
        assert PG_URL is not None
        url = PG_URL
        if role is not None:
            parts = urlparse(PG_URL)
            netloc = f"{quote(self.logins[role])}:{password(role)}@{parts.hostname}:{parts.port}"
            url = parts._replace(netloc=netloc).geturl()
        return f"{url}?options=-csearch_path%3D{self.schema}"

    def where(self, role: Role) -> str:
        """The URL as OrderDesk's messages show it (the password masked)."""
        return self.url(role).replace(f":{password(role)}@", ":***@")

    def connect(self, role: Role) -> psycopg2.extensions.connection:
        """A plain psycopg2 connection as the role's login: hand-written SQL, no OrderDesk in between."""
        assert PG_URL is not None
        parts = urlparse(PG_URL)
        con = psycopg2.connect(
            dbname=parts.path.lstrip("/"),
            user=self.logins[role],
            password=password(role),
            host=parts.hostname,
            port=parts.port,
            options=f"-csearch_path={self.schema}",
        )
        con.autocommit = True
        return con


def password(role: Role) -> str:
    return f"pw-{role.value}-7"


@pytest.fixture
def desk(keyring_memory) -> Iterator[Desk]:
    if not PG_URL:
        pytest.skip("set ORDERDESK_TEST_POSTGRES to a PostgreSQL URL (.ci/run starts a server and sets it)")
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = pg_schema.connect(PG_URL)
    admin.execute_sql(f"CREATE SCHEMA {schema}")
    logins = {role: f"{schema}_{role.value}" for role in Role}
    try:
        db = open_database(f"{PG_URL}?options=-csearch_path%3D{schema}")  # as the superuser: tables, roles, grants
        make_channel("aff", "affiliate")
        event = status.set_status(make_order().id, "processing", user="setup").event
        assert event is not None
        OutboxEvent.update(state="failed", last_error="Unknown SKU").where(OutboxEvent.id == event.id).execute()
        for role, login in logins.items():
            access.grant(login, role, user="setup", create=True, password=password(role))
        yield Desk(schema, logins, pg_rights.group_names(db), event.id, event.order_id)
        db.close()
    finally:
        pg_schema.drop_schema(admin, schema)
        for login in logins.values():
            admin.execute_sql(f'DROP ROLE IF EXISTS "{login}"')
        admin.close()


def run(sql: str, con: psycopg2.extensions.connection, *params: object) -> int:
    with con.cursor() as cursor:
        cursor.execute(sql, params)
        return int(cursor.rowcount)


def test_an_operators_login_cannot_change_channels_or_discard_events_even_by_hand(desk: Desk):
    con = desk.connect(Role.OPERATOR)
    assert run("SELECT * FROM channel", con) == 1 and run("SELECT * FROM sync_log_entry", con) == 0
    assert run("UPDATE \"order\" SET note = 'by hand' WHERE id = %s", con, desk.order_id) == 1
    assert run("UPDATE channel SET state = 'idle', pull_cursor = NULL", con) == 1  # the engine's bookkeeping
    assert run("UPDATE outbox_event SET attempts = attempts + 1 WHERE id = %s", con, desk.event_id) == 1
    for sql in (
        "UPDATE channel SET base_url = 'https://elsewhere.example'",
        "UPDATE channel SET enabled = false",
        "INSERT INTO channel (name, kind) VALUES ('mine', 'manual')",
        "DELETE FROM channel",
        "DELETE FROM outbox_event",
        'DELETE FROM "order"',
        "UPDATE audit_entry SET detail = 'nothing happened'",
        "DELETE FROM audit_entry",
    ):
        with pytest.raises(Refused, match="permission denied"):
            run(sql, con)
    with pytest.raises(Refused, match="row-level security"):
        run("UPDATE outbox_event SET state = 'discarded' WHERE id = %s", con, desk.event_id)
    with pytest.raises(Refused, match="row-level security"):
        run(
            "INSERT INTO audit_entry (at, \"user\", action, detail) VALUES (now(), 'someone else', 'note', '')",
            con,
        )
    assert run("INSERT INTO audit_entry (at, \"user\", action, detail) VALUES (now(), current_user, 'note', '')", con)
    with pytest.raises(Refused):
        run(f'GRANT "{desk.groups[Role.SUPERVISOR]}" TO current_user', con)
    con.close()


def test_an_operators_login_may_drop_the_unsent_changes_of_a_cancelled_order(desk: Desk):
    """What the engine does when the channel cancelled an order, on whichever desk runs it."""
    con = desk.connect(Role.OPERATOR)
    run("UPDATE \"order\" SET status = 'cancelled' WHERE id = %s", con, desk.order_id)
    assert run("UPDATE outbox_event SET state = 'discarded' WHERE id = %s", con, desk.event_id) == 1
    con.close()


def test_a_supervisors_login_discards_events_but_cannot_change_channels(desk: Desk):
    con = desk.connect(Role.SUPERVISOR)
    assert run("UPDATE outbox_event SET state = 'discarded' WHERE id = %s", con, desk.event_id) == 1
    with pytest.raises(Refused, match="permission denied"):
        run("UPDATE channel SET base_url = 'https://elsewhere.example'", con)
    con.close()


def test_an_admins_login_changes_channels_and_grants_roles_but_not_the_audit(desk: Desk):
    con = desk.connect(Role.ADMIN)
    assert run("UPDATE channel SET base_url = 'https://elsewhere.example'", con) == 1
    assert run("UPDATE audit_entry SET detail = 'nothing happened'", con) == 0  # no entry may be rewritten
    run(f'GRANT "{desk.groups[Role.SUPERVISOR]}" TO "{desk.logins[Role.OPERATOR]}"', con)
    con.close()


def test_through_orderdesk_each_login_acts_in_its_own_name_and_role(desk: Desk):
    db = open_database(desk.url(Role.OPERATOR))
    assert access.current_role() == Role.OPERATOR and access.current_login() == desk.logins[Role.OPERATOR]
    with pytest.raises(RuleViolation) as caught:
        sync_events.discard_event(desk.event_id, user="anna", reason="no")
    assert caught.value.message == "An operator may not discard sync events; ask a supervisor."
    order = make_order(reference="PG-OP")
    status.set_status(order.id, "processing", user="anna")  # the name given is not the one kept
    entry = AuditEntry.select().where(AuditEntry.action == "set_status").order_by(AuditEntry.id.desc()).get()
    assert entry.user == desk.logins[Role.OPERATOR]
    db.close()

    db = open_database(desk.url(Role.SUPERVISOR))
    assert access.current_role() == Role.SUPERVISOR and access.allows(Right.DISCARD)
    sync_events.discard_event(desk.event_id, user="sue", reason="fixed by phone")
    assert AuditEntry.get(AuditEntry.action == "discard_event").user == desk.logins[Role.SUPERVISOR]
    db.close()


def cli(url: str, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_refuses_by_role_and_a_user_name_that_is_not_the_login(desk: Desk, capsys):
    operator = desk.url(Role.OPERATOR)
    code, _, err = cli(operator, "log", "discard", str(desk.event_id), capsys=capsys)
    assert (code, err) == (1, "An operator may not discard sync events; ask a supervisor.\n")
    code, _, err = cli(operator, "--user", "boss", "orders", "list", capsys=capsys)
    login = desk.logins[Role.OPERATOR]
    assert code == 1
    assert err == (
        f"On PostgreSQL you act as your database login, {login}: leave out --user boss, or connect as that login.\n"
    )
    assert cli(operator, "--user", login, "orders", "list", capsys=capsys)[0] == 0
    code, _, err = cli(operator, "db", "grant", login, "--role", "admin", capsys=capsys)
    assert (code, err) == (1, "An operator may not grant roles; ask an admin.\n")
    code, _, err = cli(operator, "db", "upgrade", capsys=capsys)
    assert code == 1 and f"could not be set up as {login}" in err and "Traceback" not in err


def test_db_grant_gives_one_role_and_db_users_lists_them(desk: Desk, capsys, monkeypatch):
    import io

    admin = desk.url(Role.ADMIN)
    login = desk.logins[Role.OPERATOR]
    code, out, err = cli(admin, "db", "grant", login, "--role", "supervisor", capsys=capsys)
    assert (code, out) == (0, f"{login} is now a supervisor on PostgreSQL.\n"), err
    con = desk.connect(Role.ADMIN)
    with con.cursor() as cursor:
        cursor.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
            (login,),
        )
        assert [row[0] for row in cursor.fetchall()] == [desk.groups[Role.SUPERVISOR]]  # the operator's is gone
    con.close()
    code, out, _ = cli(admin, "db", "users", capsys=capsys)
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:]}
    assert rows[login] == ["supervisor", "granted"] and rows[desk.logins[Role.ADMIN]] == ["admin", "granted", "you"]
    # An admin's login may pass roles on, but only a login allowed to create roles may create a login.
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    newcomer = f"{desk.schema}_new"
    grant = ["db", "grant", newcomer, "--role", "operator", "--create", "--password-stdin"]
    code, _, err = cli(admin, "-v", *grant, capsys=capsys)
    assert code == 1
    assert err.endswith(f"PostgreSQL refused to change the login {newcomer}: permission denied to create role\n")
    assert "s3cret-pass" not in err
    code, _, err = cli(admin, "db", "grant", newcomer, "--role", "operator", capsys=capsys)
    assert (code, err) == (1, f"There is no PostgreSQL login {newcomer}; create it as well (--create).\n")
    code, _, err = cli(admin, "db", "grant", desk.groups[Role.ADMIN], "--role", "operator", capsys=capsys)
    assert (code, err) == (1, f"{desk.groups[Role.ADMIN]} is a group role, not a login.\n")


def test_the_sync_engine_runs_on_an_operators_login(desk: Desk, sim):
    """Any desk may run the engine: an operator's login pulls, pushes, keeps the channel's bookkeeping and drops the
    unsent changes of an order the channel cancelled."""
    from sync_harness import configure, drain, fast_engine

    from orderdesk.store.models import Channel, Order, SyncLogEntry

    configure("live", sim.demo_config())  # as the superuser, the admin here
    db = open_database(desk.url(Role.OPERATOR))
    engine = fast_engine()
    assert engine.pull(Channel.get(Channel.name == "live"))
    paid = [o for o in sim.orders.values() if o["status"] == "pending" and o["payment_status"] == "paid"]
    kept, dropped = (Order.get(Order.external_id == str(o["id"])) for o in paid[:2])
    status.set_status(kept.id, "processing", user="anna")
    unsent = status.set_status(dropped.id, "processing", user="anna").event
    sim.touch_order(int(dropped.external_id), status="cancelled")
    engine.pull(Channel.get(Channel.name == "live"))
    assert Order.get_by_id(dropped.id).status == "cancelled" and OutboxEvent.get_by_id(unsent.id).state == "discarded"
    assert drain(engine, "live") == (1, [])
    assert sim.order(int(kept.external_id))["status"] == "processing"
    assert Channel.get(Channel.name == "live").last_pull_at is not None and SyncLogEntry.select().count() > 0
    db.close()


def test_a_database_from_before_roles_gets_them_when_upgraded(schema_url, keyring_memory):
    from orderdesk.store import migrations

    db = open_database(schema_url)
    groups = pg_rights.group_names(db)
    for statement in (
        "ALTER TABLE sync_log_entry ALTER COLUMN outcome TYPE varchar(16)",
        "DROP TABLE desk_user",
        "DROP POLICY orderdesk_operator_update ON outbox_event",
        f"UPDATE {migrations.VERSION_TABLE} SET version = 8",
    ):
        db.execute_sql(statement)
    db.close()
    db = open_database(schema_url)
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION and db.table_exists("desk_user")
    width = db.execute_sql(
        "SELECT character_maximum_length FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = 'sync_log_entry' AND column_name = 'outcome'"
    ).fetchone()
    policies = db.execute_sql("SELECT policyname FROM pg_policies WHERE schemaname = current_schema()").fetchall()
    assert width == (32,) and ("orderdesk_operator_update",) in policies
    assert access.current_role() == Role.ADMIN and {u.role for u in access.users()} == {Role.ADMIN}
    assert pg_rights.login_exists(db, groups[Role.OPERATOR]) is False  # the group roles are there
    db.close()


def test_a_login_without_a_role_and_an_upgrade_only_the_owner_may_make_are_told_plainly(desk: Desk):
    from orderdesk.store import migrations
    from orderdesk.store.db import DatabaseUnavailable

    stranger = desk.logins[Role.OPERATOR]
    admin = pg_schema.connect(PG_URL)
    admin.execute_sql(f'REVOKE "{desk.groups[Role.OPERATOR]}" FROM "{stranger}"')
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(desk.url(Role.OPERATOR))
    assert str(caught.value) == (
        f"The login {stranger} holds no OrderDesk role on the order database at {desk.where(Role.OPERATOR)}; an "
        f"admin gives it one (orderdesk db grant {stranger} --role operator)."
    )
    admin.execute_sql(f"UPDATE {desk.schema}.{migrations.VERSION_TABLE} SET version = 8")
    admin.close()
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(desk.url(Role.SUPERVISOR))
    assert str(caught.value) == (
        f"The order database at {desk.where(Role.SUPERVISOR)} needs an upgrade to this OrderDesk's schema, which "
        "only the login that owns its tables may make: run orderdesk db upgrade as that login."
    )


def test_a_login_that_bears_a_group_roles_name_is_refused_plainly(schema_url, keyring_memory):
    from orderdesk.store.db import DatabaseUnavailable

    schema = schema_url.rsplit("%3D", 1)[1]
    clash = f"orderdesk_{schema}_admin"  # as README's example once named the owner's login: orderdesk_admin
    admin = pg_schema.connect(PG_URL)
    admin.execute_sql(f'CREATE ROLE "{clash}" LOGIN')
    admin.close()  # the schema_url fixture drops the schema's roles, this one among them
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(schema_url)
    assert str(caught.value) == (
        f"The PostgreSQL login {clash} bears the name OrderDesk gives a group role; rename it (ALTER ROLE {clash} "
        "RENAME TO ...) and run orderdesk db upgrade again."
    )
