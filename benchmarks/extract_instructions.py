"""Instructions per page of ``extract_article``, for callgrind: speed work on a loaded machine.

A warm pass (imports, regex compilation, the caches of the class names every site shares), then
callgrind's counting switched on for one pass over every 14th page of the four sets (102 pages).
``--cold`` warms up on other pages (every 14th from the 8th), so the counted pages are new to the
per-string caches, as in the benchmark's single pass; without it the same pages are counted
twice-seen (the cheaper, warm number). Run it under callgrind, from the repository root:

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/extract.cg \\
        .venv/bin/python -m benchmarks.extract_instructions --cold
    callgrind_annotate /tmp/extract.cg | head     # total instructions; divide by the pages

Without valgrind (``--no-callgrind``) it only runs the passes (for cProfile, or a dry run).
"""

from __future__ import annotations

import argparse
import os
import subprocess
from collections.abc import Callable

from aggregator.extract import extract_article
from benchmarks.bench_extraction import NOW, SETS, default_data, load

STEP = 14  # every 14th page: 102 of the 1428


def count(*, cold: bool, callgrind: bool, before: Callable[[], None] | None = None) -> None:
    """The warm pass, *before* (what a caller sets up for the counted pass only), callgrind's
    counting switched on, then the counted pass."""
    every = [page for name in SETS for page in load(default_data() / name)]
    counted = every[::STEP]
    for page in every[STEP // 2 :: STEP] if cold else counted:
        extract_article(page.raw, page.url, now=NOW)
    if before is not None:
        before()
    if callgrind:
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True)
    for page in counted:
        extract_article(page.raw, page.url, now=NOW)
    print(f"{len(counted)} pages counted")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cold", action="store_true", help="count pages the caches have not seen")
    parser.add_argument("--no-callgrind", action="store_true", help="do not call callgrind_control")
    args = parser.parse_args()
    count(cold=args.cold, callgrind=not args.no_callgrind)


if __name__ == "__main__":
    main()
