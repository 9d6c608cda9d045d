"""Run a scrapy command that kills itself with SIGKILL at a chosen point: a test tool.

``python -m tests.reliability.crashpoint POINT N scrapy-args...``

- ``fetch``: when the N-th article page reaches the spider, before it is extracted;
- ``store``: inside a store transaction, right after the N-th article's row was written and
  before its batch commits;
- ``publish``: half-way through writing the N-th published file (its temporary file).

The code that runs is the real one; only the moment of death is chosen. SIGKILL cannot be
caught: nothing gets to clean up, exactly as with a power cut or the OOM killer.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from scrapy.cmdline import execute


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _after(count: int, action: Any) -> Any:
    calls = {"n": 0}

    def tick(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == count:
            return action(*args)
        return None

    return tick


def install(point: str, count: int) -> None:
    if point == "fetch":
        from aggregator.spiders.news import NewsSpider

        original = NewsSpider.parse_article
        tick = _after(count, lambda: _die())

        def parse_article(self: Any, response: Any) -> Any:
            tick()
            return original(self, response)

        NewsSpider.parse_article = parse_article  # type: ignore[method-assign]
    elif point == "store":
        from aggregator.storage import ArticleStore

        original_upsert = ArticleStore._upsert
        tick = _after(count, lambda: _die())

        def _upsert(self: Any, conn: Any, article: Any, now: Any) -> Any:
            outcome = original_upsert(self, conn, article, now)
            tick()  # the row is written, its transaction still open
            return outcome

        ArticleStore._upsert = _upsert  # type: ignore[method-assign]
    elif point == "publish":
        original_write = Path.write_bytes

        def half_then_die(path: Path, data: bytes) -> int:
            with path.open("wb") as stream:
                stream.write(data[: len(data) // 2])
                stream.flush()
                os.fsync(stream.fileno())
            _die()
            return 0

        tick = _after(count, half_then_die)

        def write_bytes(self: Path, data: Any) -> int:
            if self.name.endswith(".tmp") and tick(self, data) is not None:
                return 0
            return original_write(self, data)

        Path.write_bytes = write_bytes  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown crash point {point!r}")


def main() -> None:
    point, count = sys.argv[1], int(sys.argv[2])
    install(point, count)
    execute(["scrapy", *sys.argv[3:]])


if __name__ == "__main__":
    main()
