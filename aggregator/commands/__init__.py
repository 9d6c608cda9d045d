"""Scrapy custom commands (COMMANDS_MODULE): crawlall, publish, serve, sites, demo, ...

Commands talk to people: they write plain lines to stdout, and errors as one line to stderr.
Exit statuses, for schedulers: 0 ok (even when some sites failed), 1 the run failed (every site
failed, or the store or the feeds directory is unusable), 2 bad input, 3 another run holds the
store's lock.
"""

from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path
from typing import Any, NoReturn

from aggregator.errors import BadStoreURL, StoreError
from aggregator.locking import LockHeld, StoreLock, acquire
from aggregator.schema import check_store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_LOCKED = 3


def echo(line: str = "") -> None:
    """One line of a command's own output (not a log record)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def fail(message: str) -> None:
    """One line naming what was wrong, for an operator; no traceback."""
    sys.stderr.write(f"error: {message}\n")


def exit_with(message: str, status: int = EXIT_BAD_INPUT) -> NoReturn:
    """Stop the command with one line on stderr (bad input: a site file, an argument)."""
    fail(message)
    raise SystemExit(status)


def require_store(settings: Any) -> str:
    """The first step of every command that uses the store: a new store is made at the newest
    schema revision; a store that needs `scrapy db upgrade` (or newer code), or cannot be
    reached, stops the command with one line and status 1. Returns the store's URL."""
    url = settings.get("AGGREGATOR_DB_URL")
    try:
        check_store(url)
    except BadStoreURL as exc:
        exit_with(str(exc), EXIT_BAD_INPUT)
    except StoreError as exc:
        exit_with(str(exc), EXIT_FAILED)
    return url


def lock_wait(settings: Any) -> float:
    """AGGREGATOR_LOCK_WAIT in seconds (bad input when it is not a number >= 0)."""
    raw = str(settings.get("AGGREGATOR_LOCK_WAIT", "0") or "0").strip()
    try:
        wait = float(raw)
    except ValueError:
        wait = -1.0
    if not math.isfinite(wait) or wait < 0:
        exit_with(f"AGGREGATOR_LOCK_WAIT must be a number of seconds >= 0, got {raw!r}")
    return wait


def take_lock(
    settings: Any, name: str, wait: float | None = None, note: str = "", *, shared: bool = False
) -> StoreLock:
    """Hold the store's lock *name* until released or the process ends; status 3 (and one line
    naming the holder, then *note*) when another run still holds it after *wait* seconds
    (default: AGGREGATOR_LOCK_WAIT). *shared*: held with the other workers of a round."""
    wait = lock_wait(settings) if wait is None else wait
    try:
        return acquire(settings.get("AGGREGATOR_DB_URL"), name, wait=wait, shared=shared)
    except LockHeld as exc:
        exit_with(f"{exc}{note}", EXIT_LOCKED)
    except BadStoreURL as exc:
        exit_with(str(exc), EXIT_BAD_INPUT)
    except StoreError as exc:
        exit_with(str(exc), EXIT_FAILED)


def require_feeds_dir(settings: Any) -> Path:
    """AGGREGATOR_FEEDS_DIR exists (or is made) and takes new files; else one line, status 1."""
    path = Path(settings.get("AGGREGATOR_FEEDS_DIR"))
    if path.exists() and not path.is_dir():
        exit_with(f"the feeds directory {path} is unusable: it is not a directory", EXIT_FAILED)
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass  # what publishing does: new files next to the old, then renamed over them
    except OSError as exc:
        exit_with(f"the feeds directory {path} is unusable: {exc.strerror or exc}", EXIT_FAILED)
    return path
