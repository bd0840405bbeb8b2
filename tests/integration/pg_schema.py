"""A schema of its own per PostgreSQL test, and its clean removal: the schema, and the group roles OrderDesk made
for it (roles belong to the whole server, so they outlive a dropped schema unless dropped too)."""

from __future__ import annotations

from urllib.parse import urlparse

import peewee

ROLES = ("operator", "supervisor", "admin")


def connect(url: str) -> peewee.PostgresqlDatabase:
    """A plain connection to the test database as the URL's login (the test server's superuser)."""
    parts = urlparse(url)
    return peewee.PostgresqlDatabase(
        parts.path.lstrip("/"), user=parts.username, password=parts.password, host=parts.hostname, port=parts.port
    )


def drop_schema(admin: peewee.PostgresqlDatabase, schema: str) -> None:
    admin.execute_sql(f"DROP SCHEMA {schema} CASCADE")
    for role in ROLES:
        admin.execute_sql(f'DROP ROLE IF EXISTS "orderdesk_{schema}_{role}"')
