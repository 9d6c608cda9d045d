"""Scrapy custom commands (COMMANDS_MODULE): crawlall, publish, serve, sites, demo, ...

Commands talk to people: they write plain lines to stdout, and errors as one line to stderr.
"""

from __future__ import annotations

import sys
from typing import NoReturn


def echo(line: str = "") -> None:
    """One line of a command's own output (not a log record)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def fail(message: str) -> None:
    """One line naming what was wrong, for an operator; no traceback."""
    sys.stderr.write(f"error: {message}\n")


def exit_with(message: str, status: int = 2) -> NoReturn:
    """Stop the command with one line on stderr (bad input: a site file, an argument)."""
    fail(message)
    raise SystemExit(status)
