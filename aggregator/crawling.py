"""Run several NewsSpider crawls in one Scrapy process: the heart of `crawlall` and `demo`.

Each site gets its own Crawler (its own stats, pipelines and politeness slot), so one site's
failure never stops the others; what each crawl did is read back from its stats afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcessBase

from aggregator.errors import SiteConfigError
from aggregator.sites import SiteConfig, registry
from aggregator.spiders.news import NewsSpider

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
    process.start()
    for site, crawler in crawlers:
        if crawler.stats is not None:
            runs[site.id].stats = dict(crawler.stats.get_stats())
    return [runs[s.id] for s in sites]


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
