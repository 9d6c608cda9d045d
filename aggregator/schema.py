"""The store's schema: new stores made at the newest revision, others checked before use.

The schema's history is a chain of Alembic revisions in ``aggregator/migrations/versions/``
(``0001_baseline.py``, ``0002_….py``, …), applied by ``scrapy db upgrade``. Opening a store
(``ArticleStore``, ``CrawlState``, every command that uses one) goes through ``ensure_schema``:

- an empty database gets every revision, under the store's ``schema`` lock (two processes
  opening a new store at once create it once);
- a store at the newest revision (head) is used as it is;
- any other store stops the command with one line: a store older than the code (or made before
  migrations: tables but no ``alembic_version``) needs ``scrapy db upgrade``; a store newer than
  the code needs the newer code.

Adding a table or column: change the live tables (storage.py, state.py; a new module's
``MetaData`` goes in ``target_metadata``), then ``scrapy db revision -m "what"`` writes the next
revision from the difference, to review. ``tests/test_migrations.py`` fails while the live
tables and the revisions disagree.
"""

from __future__ import annotations

import functools
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from alembic.script import Script, ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import MetaData, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from aggregator.errors import BadStoreURL, StoreError, first_line
from aggregator.locking import SCHEMA, acquire, describe_store, parse_store_url
from aggregator.packagedata import package_dir

# A real directory even when the code runs from a zipped egg (Scrapyd): Alembic needs one.
MIGRATIONS = package_dir("migrations")
BASELINE = "0001"
# The tables of a store made before migrations, all of which the baseline creates.
BASELINE_TABLES = ("articles", "crawl_validators", "crawl_aliases", "crawl_runs")
SCHEMA_LOCK_WAIT = 60.0  # seconds: creating a store takes well under one

State = Literal["empty", "legacy", "current", "behind", "newer"]


# Full-text search (revision 0004, aggregator.fulltext) is made of objects SQLAlchemy's tables
# cannot describe (an FTS5 virtual table and its shadow tables, a tsvector table on PostgreSQL):
# they live outside the live tables, so the comparison with the revisions leaves them out.
SEARCH_TABLE = "article_search"


def include_name(name: str | None, type_: str, _parents: dict[str, str | None]) -> bool:
    """Alembic's ``include_name`` hook: everything but the full-text search objects."""
    return not (type_ in ("table", "index") and name and name.startswith(SEARCH_TABLE))


def target_metadata() -> list[MetaData]:
    """Every live table: what the revisions must add up to."""
    from aggregator import state, storage

    return [storage.metadata, state.metadata]


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built here instead of read from an alembic.ini."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The newest revision this code knows."""
    current = scripts().get_current_head()
    assert current is not None, "no revision in aggregator/migrations/versions"
    return current


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    store: str  # as an operator knows it (describe_store)
    state: State
    revision: str | None  # the store's; None for an empty or pre-migrations store
    head: str  # the code's

    def problem(self) -> str:
        """One line saying what to do before this store can be used ("" when it can)."""
        if self.state == "legacy":
            return (
                f"the store {self.store} was made before schema migrations: "
                "run `scrapy db upgrade` (it keeps every article)"
            )
        if self.state == "behind":
            return (
                f"the store {self.store} is at schema revision {self.revision}, this code "
                f"needs {self.head}: run `scrapy db upgrade`"
            )
        if self.state == "newer":
            return (
                f"the store {self.store} is at schema revision {self.revision}, newer than "
                f"this code (head {self.head}): run the newer code, or upgrade this one"
            )
        return ""


def read_status(conn: Connection, store: str = "") -> SchemaStatus:
    """Where the store on *conn* stands against the code's revisions."""
    code_head = head()
    tables = set(inspect(conn).get_table_names())
    # Read directly: Alembic's MigrationContext would log its dialect at every store opening.
    revisions: tuple[str, ...] = ()
    if "alembic_version" in tables:
        revisions = tuple(conn.scalars(text("SELECT version_num FROM alembic_version")))
    if not revisions:
        state: State = "legacy" if tables & set(BASELINE_TABLES) else "empty"
        return SchemaStatus(store, state, None, code_head)
    revision = ",".join(revisions)
    if revisions == (code_head,):
        return SchemaStatus(store, "current", revision, code_head)
    if len(revisions) == 1 and _known(revisions[0]):
        return SchemaStatus(store, "behind", revision, code_head)
    return SchemaStatus(store, "newer", revision, code_head)


def _known(revision: str) -> bool:
    try:
        return scripts().get_revision(revision) is not None
    except CommandError:
        return False


def ensure_schema(engine: Engine) -> None:
    """Make the store on *engine* usable: create an empty one at head, check any other.

    Raises ``StoreError`` with one line when the store cannot be reached or needs an upgrade
    (or newer code); nothing is changed then.
    """
    url = engine.url.render_as_string(hide_password=False)
    store = describe_store(engine.url)
    status = _status(engine, store)
    if status.state == "current":
        return
    if status.state != "empty":
        raise StoreError(status.problem())
    if _in_memory(engine):
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        return
    with acquire(url, SCHEMA, wait=SCHEMA_LOCK_WAIT), migrating(url) as conn:
        status = read_status(conn, store)  # another process may have made it meanwhile
        if status.state == "empty":
            command.upgrade(alembic_config(conn), "head")
        elif status.state != "current":
            raise StoreError(status.problem())


def check_store(db_url: str) -> SchemaStatus:
    """``ensure_schema`` for a command about to use the store at *db_url*: one line and no
    traceback whatever is wrong (``BadStoreURL`` for a malformed URL, else ``StoreError``)."""
    from aggregator.storage import make_engine

    parse_store_url(db_url)
    try:
        engine = make_engine(db_url)
    except SQLAlchemyError as exc:  # an unknown dialect or driver
        raise BadStoreURL(f"AGGREGATOR_DB_URL cannot be opened: {first_line(exc)}") from exc
    except OSError as exc:  # the SQLite file's folder
        raise StoreError(f"cannot open the store {db_url}: {exc.strerror or exc}") from exc
    try:
        ensure_schema(engine)
        return _status(engine, describe_store(engine.url))
    finally:
        engine.dispose()


def current(db_url: str) -> SchemaStatus:
    """The store's revision against the code's, changing nothing (``scrapy db current``)."""
    from aggregator.storage import make_engine

    url = parse_store_url(db_url)
    store = describe_store(url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        return SchemaStatus(store, "empty", None, head())
    engine = make_engine(db_url)
    try:
        return _status(engine, store)
    finally:
        engine.dispose()


def upgrade(db_url: str) -> tuple[SchemaStatus, SchemaStatus]:
    """Bring the store at *db_url* to head in one transaction; (before, after).

    A store made before migrations is first checked to have the baseline's tables and columns,
    then stamped as the baseline, then upgraded. The caller holds the store's locks.
    """
    parse_store_url(db_url)
    store = describe_store(db_url)
    try:
        with migrating(db_url) as conn:
            before = read_status(conn, store)
            if before.state == "newer":
                raise StoreError(before.problem())
            config = alembic_config(conn)
            if before.state == "legacy":
                _check_baseline(conn, store)
                command.stamp(config, BASELINE)
            if before.state != "current":
                command.upgrade(config, "head")
            after = read_status(conn, store)
    except SQLAlchemyError as exc:
        raise StoreError(f"upgrading the store {store} failed: {first_line(exc)}") from exc
    return before, after


def _check_baseline(conn: Connection, store: str) -> None:
    """A pre-migrations store must hold the baseline's tables and columns to be stamped as it."""
    expected = _baseline_columns()
    found = inspect(conn)
    for table, columns in expected.items():
        if not found.has_table(table):
            raise StoreError(f"the store {store} has no table {table}: not a store of ours?")
        missing = columns - {c["name"] for c in found.get_columns(table)}
        if missing:
            raise StoreError(
                f"the store {store} predates the baseline schema (table {table} lacks "
                f"{', '.join(sorted(missing))}): crawl into a new store instead"
            )


@functools.cache
def _baseline_columns() -> dict[str, set[str]]:
    """The baseline's tables and columns, read from the revision itself run on a scratch store."""
    from aggregator.storage import make_engine

    engine = make_engine("sqlite://")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), BASELINE)
            found = inspect(conn)
            return {t: {c["name"] for c in found.get_columns(t)} for t in BASELINE_TABLES}
    finally:
        engine.dispose()


def new_revision(message: str) -> Path:
    """Write the next revision (``000N_slug.py``) from the difference between the live tables
    and a scratch store at head, for a developer to review (``scrapy db revision``)."""
    from aggregator.storage import make_engine

    number = max((int(r.revision) for r in scripts().walk_revisions()), default=0) + 1
    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(f"sqlite:///{scratch}/scratch.sqlite3")
        try:
            with engine.begin() as conn:
                config = alembic_config(conn)
                command.upgrade(config, "head")
                script = command.revision(
                    config, message=message, autogenerate=True, rev_id=f"{number:04d}"
                )
        finally:
            engine.dispose()
    scripts.cache_clear()
    assert isinstance(script, Script)
    path = Path(script.path)
    # House style, so the file passes tests/test_lint.py as written (ruff is a dev dependency).
    for ruff in (["check", "--fix", "--quiet"], ["format", "--quiet"]):
        subprocess.run([sys.executable, "-m", "ruff", *ruff, str(path)], check=False)
    return path


def _status(engine: Engine, store: str) -> SchemaStatus:
    try:
        with engine.connect() as conn:
            return read_status(conn, store)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open the store {store}: {first_line(exc)}") from exc


def _in_memory(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:")


@contextmanager
def migrating(db_url: str) -> Iterator[Connection]:
    """A connection to run migrations on, in one real transaction committed at the end (rolled
    back on error): give it to ``alembic_config``."""
    from aggregator.storage import make_engine

    engine = make_engine(db_url)
    if engine.dialect.name == "sqlite":
        # pysqlite opens transactions only before INSERT/UPDATE/DELETE, so Alembic's CREATE and
        # ALTER would each commit on their own: begin ourselves, and take the write lock now.
        event.listen(engine, "connect", _no_implicit_transactions)
        event.listen(engine, "begin", _begin_immediate)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def _no_implicit_transactions(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _begin_immediate(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")
