"""Errors with one-line messages meant for operators, not tracebacks."""

from __future__ import annotations

import re
from typing import Any


class AggregatorError(Exception):
    """Base class: the message is one line that names what was wrong."""


class SiteConfigError(AggregatorError):
    """A site file is invalid: the message names the file and the field."""


class StoreError(AggregatorError):
    """The store cannot be used as it is (unreachable, or a schema this code does not match):
    the command stops with exit status 1, before touching anything."""


class BadStoreURL(AggregatorError):
    """AGGREGATOR_DB_URL is not a database URL (bad input: exit status 2)."""


def first_line(exc: BaseException) -> str:
    """The first line of a (database driver's) error, for a one-line message."""
    orig: Any = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return re.sub(r"\s+", " ", lines[0]) if lines else type(exc).__name__
