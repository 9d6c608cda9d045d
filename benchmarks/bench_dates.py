"""Benchmark find_dates against real pages with a known publication day, beside htmldate.

Usage (from the repo root)::

    python benchmarks/bench_dates.py [PAGES_DIR] [--failures]

``PAGES_DIR`` (or the env var ``DATES_BENCH_DIR``) holds ``truth.json`` mapping ids to
``{"url", "file", "published": "YYYY-MM-DD"}``, ``file`` being a gzipped page. Default:
``../shared/benchmarks/extraction/htmldate`` relative to the repo root.

Accuracy is by calendar day, in the offset the page itself wrote (a page saying
``2020-01-02T23:30:00-05:00`` was published on the 2nd where it was written). Speed is pages per
second over parse + find; htmldate (``find_date(html, original_date=True)``, installed with
trafilatura) runs in the same process on the same decoded text, so the ratio is what to compare.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import lxml.html

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from aggregator.extract.published import find_dates

DEFAULT_DIR = REPO / ".." / "shared" / "benchmarks" / "extraction" / "htmldate"
# The pages were saved years ago: "now" is the benchmark's crawl time, after all of them.
NOW = datetime.fromisoformat("2026-01-01T00:00:00+07:00")


def decode(raw: bytes) -> str:
    """UTF-8 when it is valid (most pages), else charset-normalizer's best guess."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return str(best) if best is not None else raw.decode("utf-8", errors="replace")


def load(folder: Path) -> list[tuple[str, str, str, str]]:
    """(id, url, expected day, html) for every page."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, row in sorted(truth.items()):
        html = decode(gzip.decompress((folder / row["file"]).read_bytes()))
        pages.append((key, row["url"], row["published"], html))
    return pages


def ours(html: str, url: str) -> str | None:
    try:
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    published, _ = find_dates(doc, url=url, now=NOW)
    return published.date().isoformat() if published else None


def htmldate_runner() -> Callable[[str, str], str | None] | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None

    def run(html: str, url: str) -> str | None:
        return find_date(html, url=url, original_date=True)

    return run


def measure(
    name: str, fn: Callable[[str, str], str | None], pages: list[tuple[str, str, str, str]]
) -> tuple[float, float, list[tuple[str, str, str, str | None]]]:
    failures = []
    start = time.perf_counter()
    results = [fn(html, url) for _, url, _, html in pages]
    elapsed = time.perf_counter() - start
    for (key, url, expected, _), got in zip(pages, results, strict=True):
        if got != expected:
            failures.append((key, url, expected, got))
    accuracy = 1 - len(failures) / len(pages)
    return accuracy, len(pages) / elapsed, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=os.environ.get("DATES_BENCH_DIR"))
    parser.add_argument("--failures", action="store_true", help="list the pages we get wrong")
    args = parser.parse_args()
    folder = Path(args.folder) if args.folder else DEFAULT_DIR
    if not (folder / "truth.json").exists():
        print(f"no truth.json in {folder}: pass the pages folder or set DATES_BENCH_DIR")
        return 2
    pages = load(folder)
    ours("<html><body><p>warm-up</p></body></html>", "")  # imports, not measured

    runners: list[tuple[str, Callable[[str, str], str | None]]] = [("aggregator.find_dates", ours)]
    other = htmldate_runner()
    if other is not None:
        other(pages[0][3], pages[0][1])  # warm-up
        runners.append(("htmldate.find_date(original_date=True)", other))
    print(f"{len(pages)} pages from {folder.resolve()}")
    print(f"{'extractor':42} {'accuracy':>9} {'pages/s':>9}")
    report = []
    for name, fn in runners:
        accuracy, speed, failures = measure(name, fn, pages)
        print(f"{name:42} {accuracy:9.3f} {speed:9.1f}")
        report.append((name, failures))
    if other is None:
        print("htmldate not importable: pip install trafilatura==2.3.1 to compare")
    if args.failures:
        for name, failures in report:
            print(f"\n{name}: {len(failures)} wrong")
            for key, url, expected, got in failures:
                print(f"  {key} expected {expected} got {got}  {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
