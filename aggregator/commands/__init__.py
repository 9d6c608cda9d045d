"""Scrapy custom commands (COMMANDS_MODULE): crawlall, publish, serve, sites, demo, ...

Commands talk to people: they write plain lines to stdout, and errors as one line to stderr.
"""

from __future__ import annotations

import sys


def echo(line: str = "") -> None:
    """One line of a command's own output (not a log record)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def fail(message: str) -> None:
    """One line naming what was wrong, for an operator; no traceback."""
    sys.stderr.write(f"error: {message}\n")
