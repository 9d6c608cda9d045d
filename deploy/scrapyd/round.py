"""One crawl round on Scrapyd: a `news` job per enabled site, then `scrapy publish` once all end.

Scrapyd runs jobs when asked and keeps no schedule of its own; this script is what cron runs
(deploy/cron/aggregator-scrapyd), from the checkout, with the settings' environment:

    .venv/bin/python deploy/scrapyd/round.py [--scrapyd URL] [--sites ID,ID] [--wait SECONDS]

The sites are those `scrapy sites --json` lists as enabled (the sample sites only when
AGGREGATOR_SAMPLES_BASE is set), or exactly --sites. A round does not start while the project
still has jobs pending or running on that Scrapyd (the previous round): exit status 3, as for a
crawl that finds the store's lock held. Otherwise the exit status is publish's (0 ok, 1 failed),
or 1 when Scrapyd does not answer or the jobs outlast --wait (nothing is published then), 2 on
bad arguments. One line on stderr says what happened.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

PROJECT = "aggregator"
SCRAPY = Path(sys.executable).parent / "scrapy"  # the venv this script runs in
# Scrapyd is reached directly, whatever proxy the environment names.
_HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class RoundError(Exception):
    """Scrapyd did not answer or refused; the round stops (exit status 1)."""


def say(line: str) -> None:
    sys.stderr.write(f"round: {line}\n")


def api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with _HTTP.open(f"{base.rstrip('/')}/{endpoint}", data=body, timeout=60) as response:
            answer = json.load(response)
    except (OSError, ValueError) as exc:
        raise RoundError(
            f"Scrapyd at {base} did not answer {endpoint.split('?')[0]}: {exc}"
        ) from None
    if answer.get("status") != "ok":
        raise RoundError(f"Scrapyd at {base}: {endpoint.split('?')[0]}: {answer.get('message')}")
    return answer


def enabled_sites() -> list[str]:
    """Ids of the sites a crawlall would crawl, from `scrapy sites --json`."""
    result = subprocess.run(  # noqa: PLW1510 - the exit code is checked below
        [str(SCRAPY), "sites", "--json"], capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RoundError(f"scrapy sites failed: {result.stderr.strip()}")
    return [site["id"] for site in json.loads(result.stdout) if site["enabled"]]


def unfinished(base: str, project: str) -> list[dict[str, Any]]:
    jobs = api(base, f"listjobs.json?project={urllib.parse.quote(project)}")
    return [*jobs["pending"], *jobs["running"]]


def run_round(args: argparse.Namespace) -> int:
    sites = [s for s in args.sites.split(",") if s] if args.sites else enabled_sites()
    if not sites:
        say("no enabled site to crawl")
        return 1
    busy = unfinished(args.scrapyd, args.project)
    if busy:
        say(f"the previous round is not over ({len(busy)} jobs pending or running): not started")
        return 3
    jobs = {
        api(
            args.scrapyd,
            "schedule.json",
            [("project", args.project), ("spider", "news"), ("site", site)],
        )["jobid"]
        for site in sites
    }
    say(f"{len(jobs)} jobs scheduled on {args.scrapyd}")
    deadline = time.monotonic() + args.wait
    while any(job["id"] in jobs for job in unfinished(args.scrapyd, args.project)):
        if time.monotonic() > deadline:
            say(f"jobs still running after {args.wait:g} s: not published (see listjobs.json)")
            return 1
        time.sleep(args.poll)
    say("every job finished: publishing")
    return subprocess.run([str(SCRAPY), "publish"], check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--scrapyd",
        default=os.environ.get("SCRAPYD_URL", "http://127.0.0.1:6800"),
        help="Scrapyd's address (default: $SCRAPYD_URL, else http://127.0.0.1:6800)",
    )
    parser.add_argument("--project", default=PROJECT, help="the project deployed (aggregator)")
    parser.add_argument("--sites", default="", help="crawl exactly these site ids (ID,ID)")
    parser.add_argument(
        "--wait", type=float, default=3600, help="seconds to wait for the jobs (3600)"
    )
    parser.add_argument("--poll", type=float, default=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.wait <= 0 or args.poll <= 0:
        parser.error("--wait and --poll must be positive")
    try:
        return run_round(args)
    except RoundError as exc:
        say(str(exc))
        return 1


if __name__ == "__main__":
    sys.exit(main())
