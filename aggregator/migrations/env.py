"""Alembic's environment for the store, run by ``aggregator.schema`` (``scrapy db ...``).

There is no alembic.ini: the configuration is built in code and hands over an open connection
in ``config.attributes["connection"]``, inside a transaction the caller owns, so an upgrade
applies whole or not at all (on SQLite too: ``aggregator.schema`` begins real transactions).
"""

from __future__ import annotations

from alembic import context

from aggregator.schema import include_name, target_metadata

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("run migrations through `scrapy db upgrade`, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    # SQLite alters a table by copying it: autogenerate writes batch operations for it.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,  # full-text search objects are not live tables
    transactional_ddl=True,  # so on SQLite too: aggregator.schema.migrating begins for real
)
with context.begin_transaction():
    context.run_migrations()
