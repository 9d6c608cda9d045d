"""The crawl's peak memory is the crawl's own: ``_wait`` must not report its parent's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import _wait

MIB = 1024  # KiB

# The child stays up long enough for ``_wait``'s first reads of its /proc status.
_HOLD = "import time; time.sleep(0.3)"
_TOUCH_96_MIB = "b = bytearray(96 * 2**20); b[::4096] = b'\\x01' * (len(b) // 4096); "


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_childs_peak_is_its_own_not_its_parents() -> None:
    # The parent's peak, as pytest's late in a long session: wait4's ru_maxrss would give the
    # child at least this much (Linux carries it over through fork and exec).
    ballast = bytearray(256 * 2**20)
    ballast[::4096] = b"\x01" * (len(ballast) // 4096)
    idle = subprocess.Popen([sys.executable, "-c", _HOLD])
    _, idle_kib = _wait(idle.pid, 30)
    busy = subprocess.Popen([sys.executable, "-c", _TOUCH_96_MIB + _HOLD])
    _, busy_kib = _wait(busy.pid, 30)
    del ballast
    assert idle_kib < 64 * MIB, idle_kib
    assert 96 * MIB <= busy_kib < 200 * MIB, busy_kib
