"""The test services' plumbing (tests/conftest.py): the PostgreSQL and Redis fixtures that the
storage, migration, lock and scale-out tests stand on."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

from sqlalchemy import create_engine, text

from tests.conftest import (
    PG_URL,
    REDIS_URL,
    REPO,
    postgres_database,
    redis_command,
    redis_delete_prefix,
)


def test_a_postgres_database_of_its_own_is_dropped_after() -> None:
    database = postgres_database()
    url = next(database)
    engine = create_engine(url)
    with engine.connect() as conn:
        name = conn.scalar(text("SELECT current_database()"))
    engine.dispose()
    assert name is not None
    assert name.startswith("aggregator_test_")
    next(database, None)
    server = create_engine(PG_URL)
    with server.connect() as conn:
        left = conn.scalar(text("SELECT count(*) FROM pg_database WHERE datname = :n"), {"n": name})
    server.dispose()
    assert left == 0


def test_redis_keys_live_under_the_test_prefix(redis_url: str, redis_prefix: str) -> None:
    assert redis_url == REDIS_URL
    assert redis_command(redis_url, "PING") == "PONG"
    other = f"aggregator-test:{uuid.uuid4().hex[:12]}:"
    for prefix in (redis_prefix, other):
        for n in range(3):
            assert redis_command(redis_url, "SET", f"{prefix}k{n}", "v") == "OK"
    assert redis_delete_prefix(redis_url, other) == 3
    assert redis_command(redis_url, "GET", f"{other}k0") is None
    assert redis_command(redis_url, "GET", f"{redis_prefix}k0") == b"v"  # only that prefix


def test_without_the_services_their_tests_skip_saying_why() -> None:
    env = {
        **os.environ,
        "AGGREGATOR_TEST_PG_URL": "postgresql+psycopg2://postgres@127.0.0.1:1/test",
        "AGGREGATOR_TEST_REDIS_URL": "redis://127.0.0.1:1/0",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider", __file__,
         "-k", "not without_the_services"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:]
    assert "2 skipped" in result.stdout
    assert "no PostgreSQL at postgresql+psycopg2://postgres@127.0.0.1:1/test" in result.stdout
    assert "no Redis at redis://127.0.0.1:1/0" in result.stdout
