"""Named locks on a store, released with the process that holds them.

Two runs of ``scrapy crawlall`` on one store would fetch the same pages twice and race each
other's writes; two publishes would race on feeds/. Each takes a named lock on its store first:

- on SQLite, ``flock`` on a file next to the database (``data/aggregator.sqlite3.crawl.lock``).
  The kernel drops the lock when the holder's process ends, however it ends (SIGKILL included),
  so a stale file never blocks anyone: its content only names the last holder;
- on PostgreSQL, a session advisory lock held on a connection of its own. The server drops it
  when that connection closes, and the process's end closes it. Who holds it is read from
  ``pg_locks`` joined with ``pg_stat_activity``: the holding session's ``application_name``
  says the process id and host, its last statement (taking the lock) says since when.

Lock names in use: ``crawl`` (a whole ``crawlall``), ``publish`` (writing feeds/) and ``schema``
(creating or upgrading the tables); ``scrapy db upgrade`` takes all three. A name is any short
string, and a lock can be taken shared: several crawl workers of one round on one store can each
hold ``crawl`` shared (which still keeps ``db upgrade`` out), and the one that finishes last
publishes under ``publish``.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import socket
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from aggregator.errors import AggregatorError, BadStoreURL, StoreError, first_line

CRAWL = "crawl"
PUBLISH = "publish"
SCHEMA = "schema"

POLL_SECONDS = 0.2  # how often a waiting run tries again
# Advisory locks are two int4 keys: ours all share the first, so they never collide with
# another application's locks in the same database.
_PG_NAMESPACE = zlib.crc32(b"vn-provincial-news-aggregator") & 0x7FFFFFFF
_PG_APP_NAME = re.compile(r"^(\d+)@(\S*)")


def parse_store_url(url: str) -> URL:
    """*url* as SQLAlchemy reads it; a string that is not a database URL is bad input."""
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise BadStoreURL(f"AGGREGATOR_DB_URL is not a database URL: {url!r}") from exc


def describe_store(url: str | URL) -> str:
    """The store as an operator knows it: a SQLite file's path, else the URL without password."""
    parsed = url if isinstance(url, URL) else parse_store_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return str(parsed.database)
    return parsed.render_as_string(hide_password=True)


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a lock, as far as it can be told."""

    pid: int | None = None
    host: str = ""
    started: datetime | None = None

    def describe(self) -> str:
        if self.pid is None:
            return "a process that did not say who it is"
        where = f"pid {self.pid}" + (f" on {self.host}" if self.host else "")
        if self.started is not None:
            where += f", since {self.started.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"
        return where


class LockHeld(AggregatorError):
    """Another process holds the lock (exit status 3 for the commands)."""

    def __init__(self, name: str, store: str, holder: Holder) -> None:
        self.name, self.store, self.holder = name, store, holder
        super().__init__(f"another run holds the {name} lock of {store}: {holder.describe()}")


class StoreLock:
    """A held lock. ``release()`` (or leaving the ``with`` block, or the process ending) frees
    it; releasing twice is harmless."""

    def __init__(self, name: str, store: str) -> None:
        self.name, self.store = name, store

    def release(self) -> None:
        """Nothing to release: the store lives in this process only (in-memory SQLite)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def acquire(db_url: str, name: str, *, wait: float = 0.0, shared: bool = False) -> StoreLock:
    """Take the lock *name* of the store at *db_url*, trying for up to *wait* seconds.

    A *shared* lock is held by any number of processes at once, and keeps out (and is kept out
    by) an exclusive holder: several crawl workers of one round against ``scrapy db upgrade``.
    Raises ``LockHeld`` (naming a holder) when it is still held then, ``StoreError`` when the
    lock itself cannot be reached (the database's folder, the PostgreSQL server).
    """
    url = parse_store_url(db_url)
    store = describe_store(url)
    backend = url.get_backend_name()
    deadline = time.monotonic() + max(wait, 0.0)
    if backend == "sqlite":
        if url.database in (None, "", ":memory:"):
            return StoreLock(name, store)  # nothing outside this process can reach it
        return _FileLock.take(Path(url.database), name, store, deadline, shared)
    if backend == "postgresql":
        return _AdvisoryLock.take(url, name, store, deadline, shared)
    raise StoreError(f"no run lock for {backend} stores ({store}): use SQLite or PostgreSQL")


def _me() -> tuple[int, str]:
    return os.getpid(), socket.gethostname()


def _pause(deadline: float) -> bool:
    """Sleep until the next try; False when the deadline has passed."""
    left = deadline - time.monotonic()
    if left <= 0:
        return False
    time.sleep(min(POLL_SECONDS, left))
    return True


class _FileLock(StoreLock):
    def __init__(self, name: str, store: str, fd: int) -> None:
        super().__init__(name, store)
        self._fd: int | None = fd

    @classmethod
    def take(
        cls, database: Path, name: str, store: str, deadline: float, shared: bool
    ) -> _FileLock:
        path = database.with_name(f"{database.name}.{name}.lock")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            pass  # a file in the way: os.open says "Not a directory" below
        except OSError as exc:
            raise StoreError(f"cannot create {path.parent}: {exc.strerror or exc}") from exc
        try:
            # Never deleted: unlinking a flock'ed file lets two processes lock two different files.
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot create the lock file {path}: {exc.strerror or exc}") from exc
        while True:
            try:
                fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            except BlockingIOError:
                if _pause(deadline):
                    continue
                holder = _read_holder(fd)
                os.close(fd)
                raise LockHeld(name, store, holder) from None
            except OSError as exc:
                os.close(fd)
                raise StoreError(f"cannot lock {path}: {exc.strerror or exc}") from exc
            break
        pid, host = _me()
        record = {"pid": pid, "host": host, "started": datetime.now(UTC).isoformat()}
        with contextlib.suppress(OSError):  # naming the holder is a courtesy; the lock is held
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(record).encode() + b"\n", 0)
        return cls(name, store, fd)

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def _read_holder(fd: int) -> Holder:
    # The holder writes its record right after locking: a reader can come in between.
    for _attempt in range(5):
        try:
            record = json.loads(os.pread(fd, 4096, 0) or b"null")
            if isinstance(record, dict):
                started = record.get("started")
                return Holder(
                    pid=int(record["pid"]),
                    host=str(record.get("host", "")),
                    started=datetime.fromisoformat(started) if started else None,
                )
        except (ValueError, KeyError, TypeError, OSError):
            pass
        time.sleep(0.05)
    return Holder()


class _AdvisoryLock(StoreLock):
    def __init__(self, name: str, store: str, conn: Connection, key: int, shared: bool) -> None:
        super().__init__(name, store)
        self._conn: Connection | None = conn
        self._key, self._shared = key, shared

    @classmethod
    def take(cls, url: URL, name: str, store: str, deadline: float, shared: bool) -> _AdvisoryLock:
        key = zlib.crc32(name.encode()) & 0x7FFFFFFF
        pid, host = _me()
        # A connection of its own, outside any pool, in autocommit: it must not sit idle in a
        # transaction for the length of a crawl, and closing it must really end the session.
        engine = create_engine(url, poolclass=NullPool)
        try:
            conn = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            # pid and host first: PostgreSQL cuts application_name at 63 bytes.
            label = f"{pid}@{host} aggregator {name} lock"
            conn.execute(text("SELECT set_config('application_name', :v, false)"), {"v": label})
            while True:
                params = {"ns": _PG_NAMESPACE, "key": key}
                if conn.scalar(_PG_TRY[shared], params):
                    return cls(name, store, conn, key, shared)
                if not _pause(deadline):
                    holder = _pg_holder(conn, key)
                    conn.close()
                    raise LockHeld(name, store, holder)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot reach the store {store}: {first_line(exc)}") from exc
        finally:
            engine.dispose()  # NullPool: the connection itself stays open until released

    def release(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(SQLAlchemyError):  # a closed session has let it go already
                conn.execute(_PG_UNLOCK[self._shared], {"ns": _PG_NAMESPACE, "key": self._key})
            conn.close()


_PG_TRY = {
    False: text("SELECT pg_try_advisory_lock(:ns, :key)"),
    True: text("SELECT pg_try_advisory_lock_shared(:ns, :key)"),
}
_PG_UNLOCK = {
    False: text("SELECT pg_advisory_unlock(:ns, :key)"),
    True: text("SELECT pg_advisory_unlock_shared(:ns, :key)"),
}
_PG_HOLDER = text(
    """
    SELECT a.application_name, a.query_start
    FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND l.classid::bigint = :ns AND l.objid::bigint = :key
    ORDER BY a.query_start
    """
)


def _pg_holder(conn: Connection, key: int) -> Holder:
    row = conn.execute(_PG_HOLDER, {"ns": _PG_NAMESPACE, "key": key}).first()
    if row is None:
        return Holder()
    match = _PG_APP_NAME.match(row.application_name or "")
    if match is None:
        return Holder()
    return Holder(pid=int(match[1]), host=match[2], started=row.query_start)
