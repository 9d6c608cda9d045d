"""What every pipeline stage shares: the crawler, its stats, and the site being crawled."""

from __future__ import annotations

from typing import Any, Self

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from aggregator.items import Article


class Stage:
    stage = "stage"

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        assert crawler.stats is not None
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def count(self, what: str, n: int = 1) -> None:
        self.stats.inc_value(f"aggregator/{self.stage}/{what}", n)

    def drop(self, reason: str, item: Article) -> DropItem:
        """A DropItem whose reason is counted under aggregator/dropped/<reason>, and carried as
        ``.reason`` for the spider, which remembers why the page was dropped (aggregator.state)."""
        self.stats.inc_value(f"aggregator/dropped/{reason}")
        dropped = DropItem(f"{reason}: {item.url}")
        dropped.reason = reason  # type: ignore[attr-defined]
        return dropped

    @property
    def site(self) -> Any:
        return getattr(self.crawler.spider, "site", None)
