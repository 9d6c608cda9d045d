"""Run several NewsSpider crawls in one Scrapy process: the heart of `crawlall` and `demo`.

Each site gets its own Crawler (its own stats, pipelines and politeness slot), so one site's
failure never stops the others; what each crawl did is read back from its stats afterwards,
turned into the run report (``aggregator.reports``) and the run history behind site health
(``aggregator.state``). Long runs log a progress line every AGGREGATOR_PROGRESS_INTERVAL seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcessBase
from scrapy.utils.asyncio import create_looping_call

from aggregator.errors import SiteConfigError
from aggregator.reports import run_report, site_report, write_report
from aggregator.sites import SiteConfig, registry
from aggregator.spiders.news import NewsSpider
from aggregator.state import CrawlState, HealthRules, SiteHealth

logger = logging.getLogger(__name__)


@dataclass
class SiteRun:
    site: str
    stats: dict[str, Any] = field(default_factory=dict)
    error: str = ""


def select_sites(settings: Any, wanted: Iterable[str] = ()) -> list[SiteConfig]:
    """The enabled sites of the registry, or exactly the *wanted* ones (unknown ids are an error)."""
    sites = registry(
        settings.get("AGGREGATOR_SITES_DIR", ""), settings.get("AGGREGATOR_SAMPLES_BASE", "")
    )
    wanted = [w for w in wanted if w]
    if wanted:
        unknown = [w for w in wanted if w not in sites]
        if unknown:
            raise SiteConfigError(f"unknown site(s): {', '.join(unknown)}; see `scrapy sites`")
        return [sites[w] for w in wanted]
    return [s for s in sites.values() if s.enabled]


def run_crawls(
    process: CrawlerProcessBase, sites: list[SiteConfig], **spider_args: Any
) -> list[SiteRun]:
    """Crawl *sites* concurrently in *process* (blocking until all are done)."""
    crawlers: list[tuple[SiteConfig, Crawler]] = []
    runs: dict[str, SiteRun] = {}
    for site in sites:
        crawler = process.create_crawler(NewsSpider)
        crawlers.append((site, crawler))
        runs[site.id] = SiteRun(site.id)
        result = process.crawl(crawler, site=site.id, **spider_args)
        _on_failure(result, runs[site.id])
    progress = _progress_logger(process.settings, crawlers)
    process.start()
    if progress is not None and progress.running:
        progress.stop()
    for site, crawler in crawlers:
        runs[site.id].stats = _stats(crawler)
    return [runs[s.id] for s in sites]


def _stats(crawler: Crawler) -> dict[str, Any]:
    """A crawler's stats; {} for one that never started (its spider failed to open: a store
    that cannot be opened, a full disk), where Scrapy 2.19 raises instead of returning None."""
    try:
        stats = crawler.stats
    except RuntimeError:
        return {}
    return dict(stats.get_stats()) if stats is not None else {}


def _progress_logger(settings: Any, crawlers: list[tuple[SiteConfig, Crawler]]) -> Any:
    """A looping call that logs one line on the whole run: sites done, requests, new articles."""
    interval = settings.getfloat("AGGREGATOR_PROGRESS_INTERVAL", 30.0)
    if interval <= 0 or not crawlers:
        return None

    def log_progress() -> None:
        done = requests = articles = new = 0
        for _site, crawler in crawlers:
            stats = _stats(crawler)
            done += "finish_time" in stats
            requests += int(stats.get("downloader/request_count", 0))
            articles += int(stats.get("aggregator/requests/article", 0))
            new += int(stats.get("aggregator/store/new", 0))
        logger.info(
            "progress: %d/%d sites done, %d requests (%d articles), %d new articles",
            done,
            len(crawlers),
            requests,
            articles,
            new,
        )

    call = create_looping_call(log_progress)
    call.start(interval, now=False)
    return call


def report_runs(
    settings: Any,
    runs: list[SiteRun],
    started: datetime,
    finished: datetime | None = None,
    *,
    write_file: bool = True,
) -> tuple[dict[str, Any], dict[str, SiteHealth]]:
    """Write the run report (AGGREGATOR_REPORT_PATH; not with *write_file* False), record the
    run history, return both the report and the sites' health after this run."""
    finished = finished or datetime.now(UTC)
    state = CrawlState(settings.get("AGGREGATOR_DB_URL"))
    try:
        remembered = state.remembered([r.site for r in runs])
        entries = [
            site_report(
                r.site,
                r.stats,
                error=r.error,
                started=started,
                finished=finished,
                remembered=remembered.get(r.site),
            )
            for r in runs
        ]
        report = run_report(entries, started, finished)
        path = settings.get("AGGREGATOR_REPORT_PATH")
        if path and write_file:
            write_report(report, path)
        state.record_runs(report["run_id"], entries)
        health = state.health([r.site for r in runs], HealthRules.from_settings(settings))
    finally:
        state.close()
    return report, health


def _on_failure(result: Any, run: SiteRun) -> None:
    """Record a crawl that failed to start or crashed, without stopping the others."""

    def record(failure: Any) -> None:
        run.error = f"{type(failure.value).__name__}: {failure.value}"
        logger.error("crawl of %s failed: %s", run.site, run.error)

    if hasattr(result, "addErrback"):
        result.addErrback(record)
    elif hasattr(result, "add_done_callback"):

        def done(task: Any) -> None:
            if not task.cancelled() and task.exception() is not None:
                exc = task.exception()
                run.error = f"{type(exc).__name__}: {exc}"
                logger.error("crawl of %s failed: %s", run.site, run.error)

        result.add_done_callback(done)
