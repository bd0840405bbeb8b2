"""peewee models, migrations, and the queries behind the order table, the outbox and the sync log."""
