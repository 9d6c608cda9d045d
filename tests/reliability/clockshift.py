"""Run a scrapy command with the process clock moved: ``python -m tests.reliability.clockshift
SECONDS scrapy-args...``. A test tool (time-machine, requirements-dev.txt): the wall clock
(time.time, datetime.now) starts SECONDS away from the real one and then ticks normally; the
monotonic clocks that time timeouts are left alone, as a real clock jump leaves them.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

import time_machine
from scrapy.cmdline import execute


def main() -> None:
    offset = float(sys.argv[1])
    with time_machine.travel(datetime.now(UTC) + timedelta(seconds=offset), tick=True):
        execute(["scrapy", *sys.argv[2:]])


if __name__ == "__main__":
    main()
