"""Schema migrations (Alembic), on SQLite and PostgreSQL.

The live tables and the revisions agree (so a column added without a revision fails here), a
new store is made at the newest revision, a store filled by the code of before migrations is
upgraded keeping every row, and a store the code does not match stops each command with one
line instead of an error from deep inside SQL.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, MetaData, String, inspect, text

from aggregator import schema
from aggregator.errors import StoreError
from aggregator.state import CrawlState
from aggregator.storage import ArticleStore, make_engine
from tests.conftest import REPO, SAMPLE_IDS, Workspace, postgres_database

# The last commit whose code made stores without migrations: its schema is revision 0001.
BASELINE_COMMIT = "2e743629027b18109a45d4deb452420653c02b73"
CRAWL_SAMPLES = ("crawlall", "-a", "sites=" + ",".join(SAMPLE_IDS))  # never the real sites


def differences(db_url: str) -> list[Any]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            opts = {"compare_type": True, "include_name": schema.include_name}
            context = MigrationContext.configure(conn, opts=opts)
            return list(compare_metadata(context, schema.target_metadata()))
    finally:
        engine.dispose()


def make_legacy(db_url: str) -> None:
    """A store as the code of before migrations left it: the baseline's tables, no version."""
    with schema.migrating(db_url) as conn:
        command.upgrade(schema.alembic_config(conn), schema.BASELINE)
        conn.execute(text("DROP TABLE alembic_version"))


def set_revision(db_url: str, revision: str) -> None:
    with schema.migrating(db_url) as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


# One site on a loopback port where nothing listens: whatever a test runs never leaves loopback.
LOOPBACK_SITE = """name = "Báo thử"
province = "tuyen-quang"
homepage = "http://127.0.0.1:9/"
[start]
feeds = ["http://127.0.0.1:9/rss.xml"]
"""


def run_scrapy(*args: str, db_url: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    sites = tmp_path / "site_rules"
    sites.mkdir(exist_ok=True)
    (sites / "baothu.toml").write_text(LOOPBACK_SITE, encoding="utf-8")
    env = {
        "PATH": "/usr/bin:/bin",
        "AGGREGATOR_SITES_DIR": str(sites),
        "AGGREGATOR_DB_URL": db_url,
        "AGGREGATOR_FEEDS_DIR": str(tmp_path / "feeds"),
        "AGGREGATOR_REPORT_PATH": str(tmp_path / "report.json"),
    }
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def needs_upgrade(store: object) -> str:
    return (
        f"error: the store {store} was made before schema migrations: "
        "run `scrapy db upgrade` (it keeps every article)"
    )


def stderr_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# --- the revisions ----------------------------------------------------------------------------


def test_a_new_store_is_made_at_head_and_matches_the_live_tables(db_url: str) -> None:
    store = ArticleStore(db_url)
    store.close()
    status = schema.current(db_url)
    assert (status.state, status.revision) == ("current", schema.head())
    # Autogenerate's comparison: the next person who adds a column without a revision is caught.
    assert differences(db_url) == []


def test_the_comparison_sees_a_column_added_without_a_revision(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    ArticleStore(url).close()
    live = MetaData()
    for metadata in schema.target_metadata():
        for table in metadata.tables.values():
            table.to_metadata(live)
    live.tables["articles"].append_column(Column("place", String(64)))
    engine = make_engine(url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": schema.include_name})
        found = compare_metadata(context, live)
    engine.dispose()
    assert [(d[0], d[2], d[3].name) for d in found] == [("add_column", "articles", "place")]


def test_revisions_are_one_numbered_chain() -> None:
    files = sorted(p for p in (schema.MIGRATIONS / "versions").glob("*.py") if p.stem[0].isdigit())
    scripts = {s.revision: s for s in schema.scripts().walk_revisions()}
    assert len(files) == len(scripts)
    previous = None
    for number, path in enumerate(files, start=1):
        assert re.fullmatch(r"\d{4}_[a-z0-9_]+", path.stem), path.name
        revision = path.stem[:4]
        assert revision == f"{number:04d}", f"{path.name}: revisions are numbered in order"
        assert scripts[revision].path == str(path)
        assert scripts[revision].down_revision == previous, path.name
        previous = revision
    assert files[0].stem == "0001_baseline"
    assert schema.scripts().get_heads() == [previous]


def test_every_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    ArticleStore(url).close()
    with schema.migrating(url) as conn:
        command.downgrade(schema.alembic_config(conn), "base")
    engine = make_engine(url)
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == {"alembic_version"}
    engine.dispose()
    before, after = schema.upgrade(url)
    assert (before.state, after.state) == ("empty", "current")
    assert differences(url) == []


# --- stores the code does not match -----------------------------------------------------------


def test_a_store_made_before_migrations_needs_an_upgrade(db_url: str, tmp_path: Path) -> None:
    make_legacy(db_url)
    with pytest.raises(StoreError, match=r"made before schema migrations: run `scrapy db upgrade`"):
        ArticleStore(db_url)
    with pytest.raises(StoreError, match="scrapy db upgrade"):
        CrawlState(db_url)
    current = run_scrapy("db", "current", db_url=db_url, tmp_path=tmp_path)
    assert current.returncode == 1
    assert "no revision" in current.stdout
    upgraded = run_scrapy("db", "upgrade", db_url=db_url, tmp_path=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    assert "recognised as 0001 (baseline)" in upgraded.stdout
    assert schema.current(db_url).state == "current"
    assert differences(db_url) == []
    again = run_scrapy("db", "upgrade", db_url=db_url, tmp_path=tmp_path)
    assert "already at" in again.stdout
    assert run_scrapy("db", "current", db_url=db_url, tmp_path=tmp_path).returncode == 0


def test_a_store_behind_the_code_needs_an_upgrade(db_url: str, tmp_path: Path) -> None:
    older = schema.scripts().get_revision(schema.head()).down_revision
    if older is None:
        pytest.skip("only one revision so far: no store can be behind the code yet")
    assert isinstance(older, str)
    with schema.migrating(db_url) as conn:
        command.upgrade(schema.alembic_config(conn), older)
    with pytest.raises(StoreError, match=rf"revision {older}, this code needs .*scrapy db upgrade"):
        ArticleStore(db_url)
    upgraded = run_scrapy("db", "upgrade", db_url=db_url, tmp_path=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"upgraded from {older} to {schema.head()}" in upgraded.stdout


def test_a_store_newer_than_the_code_says_so(db_url: str, tmp_path: Path) -> None:
    ArticleStore(db_url).close()
    set_revision(db_url, "9999")
    with pytest.raises(StoreError, match=r"at schema revision 9999, newer than this code"):
        ArticleStore(db_url)
    for args in (("db", "upgrade"), ("db", "current"), ("publish",)):
        result = run_scrapy(*args, db_url=db_url, tmp_path=tmp_path)
        assert result.returncode == 1, args
        assert stderr_lines(result)[-1].endswith("run the newer code, or upgrade this one")


@pytest.mark.parametrize(
    "args",
    [
        ("crawlall",),
        ("crawlall", "--no-publish"),
        ("crawl", "news", "-a", "site=baothu"),
        ("publish",),
        ("sites",),
        ("quarantine",),
    ],
    ids=" ".join,
)
def test_every_store_command_stops_with_one_line(args: tuple[str, ...], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    make_legacy(url)
    result = run_scrapy(*args, db_url=url, tmp_path=tmp_path)
    assert result.returncode == 1
    assert stderr_lines(result) == [needs_upgrade(tmp_path / "store.sqlite3")]
    assert schema.current(url).state == "legacy"  # nothing was changed


def test_a_store_older_than_the_baseline_is_not_stamped(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    make_legacy(url)
    with schema.migrating(url) as conn:
        conn.execute(text("ALTER TABLE articles DROP COLUMN signature"))
    result = run_scrapy("db", "upgrade", db_url=url, tmp_path=tmp_path)
    assert result.returncode == 1
    line = "predates the baseline schema (table articles lacks signature): crawl into a new store"
    assert stderr_lines(result) == [f"error: the store {tmp_path / 'store.sqlite3'} {line} instead"]
    assert schema.current(url).state == "legacy"


def test_two_processes_opening_a_new_store_at_once_make_it_once(db_url: str) -> None:
    start = time.time() + 1.5  # both import first, then open the store at the same moment
    code = (
        "import sys, time; from aggregator.storage import ArticleStore; "
        f"time.sleep(max(0, {start} - time.time())); ArticleStore(sys.argv[1]).close()"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", code, db_url], cwd=REPO, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for process in processes:
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err.decode()
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [
            (schema.head(),)
        ]
    engine.dispose()
    assert differences(db_url) == []


# --- upgrading a store filled by the code of before migrations ----------------------------------


@pytest.fixture(scope="module")
def baseline_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The code of BASELINE_COMMIT, from this clone's history."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed: the code of before migrations cannot be checked out")
    found = subprocess.run(
        ["git", "cat-file", "-e", f"{BASELINE_COMMIT}^{{commit}}"],
        cwd=REPO, capture_output=True, check=False,
    )  # fmt: skip
    if found.returncode != 0:
        pytest.skip(
            f"commit {BASELINE_COMMIT[:7]} (the last before migrations) is not in this clone's "
            "history (a shallow clone or an export?): its store cannot be made to upgrade"
        )
    archive = subprocess.run(
        ["git", "archive", BASELINE_COMMIT], cwd=REPO, capture_output=True, check=True
    )
    target = tmp_path_factory.mktemp("baseline-code")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return target


def dump(db_url: str, columns: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Every row of the baseline's tables (only *columns* of each, when given), in key order."""
    engine = make_engine(db_url)
    out: dict[str, Any] = {}
    with engine.connect() as conn:
        for table in schema.BASELINE_TABLES:
            names = (columns or {}).get(table) or [
                c["name"] for c in inspect(conn).get_columns(table)
            ]
            key = "id" if "id" in names else "url"
            rows = conn.execute(text(f"SELECT {', '.join(names)} FROM {table} ORDER BY {key}"))
            out[table] = {"columns": names, "rows": [tuple(r) for r in rows]}
    engine.dispose()
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_upgrade_keeps_a_store_filled_by_the_code_of_before_migrations(
    backend: str, baseline_code: Path, workspace: Workspace
) -> None:
    database = postgres_database() if backend == "postgresql" else iter([""])
    workspace.database = next(database)
    try:
        # A real crawl by the code of before migrations: its tables, its rows.
        old = workspace.scrapy(*CRAWL_SAMPLES, code=baseline_code)
        assert "13 articles" in old.stdout
        assert schema.current(workspace.db_url).state == "legacy"
        before = dump(workspace.db_url)
        assert len(before["articles"]["rows"]) == 13
        assert len(before["crawl_runs"]["rows"]) == len(SAMPLE_IDS)
        assert before["crawl_validators"]["rows"]

        # Today's code refuses it in one line, and leaves it as it was.
        refused = workspace.scrapy(*CRAWL_SAMPLES, check=False)
        assert refused.returncode == 1
        assert stderr_lines(refused) == [needs_upgrade(schema.current(workspace.db_url).store)]
        assert dump(workspace.db_url) == before

        upgraded = workspace.scrapy("db", "upgrade")
        assert "upgraded to" in upgraded.stdout
        columns = {t: before[t]["columns"] for t in before}
        assert dump(workspace.db_url, columns) == before  # every article, run and validator
        assert differences(workspace.db_url) == []

        # And the crawl goes on from where the old code left it: nothing new to fetch.
        again = workspace.crawlall()
        assert again.returncode == 0, again.stderr[-2000:]
        report = json.loads((workspace.root / "report.json").read_text(encoding="utf-8"))
        assert (report["totals"]["new"], report["totals"]["article_requests"]) == (0, 0)
        after = dump(workspace.db_url, columns)
        assert after["articles"] == before["articles"]
        assert after["crawl_runs"]["rows"][: len(SAMPLE_IDS)] == before["crawl_runs"]["rows"]
        assert len(after["crawl_runs"]["rows"]) == 2 * len(SAMPLE_IDS)
    finally:
        next(database, None)
