"""Store: upsert into the ArticleStore, one transaction per article; count new/updated/unchanged."""

from __future__ import annotations

from datetime import UTC, datetime

from scrapy.crawler import Crawler

from aggregator.items import Article
from aggregator.pipelines.base import Stage
from aggregator.storage import ArticleStore


class StorePipeline(Stage):
    stage = "store"

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.store = ArticleStore(crawler.settings.get("AGGREGATOR_DB_URL"))

    def close_spider(self) -> None:
        self.store.close()

    def process_item(self, item: Article) -> Article:
        now = getattr(self.crawler.spider, "crawl_time", None) or datetime.now(UTC)
        status = "published"
        if item.quarantined:
            status = "published" if self.store.is_released(item.url) else "quarantined"
        outcome = self.store.upsert(
            item,
            now=now,
            status=status,
            dup_of=item.dup_of or None,
            signature=item.signature or None,
        )
        self.count(outcome)
        if status == "quarantined":
            self.count("quarantined")
        return item
