"""Validate: a page that cannot be a valid article is dropped with a named, counted reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aggregator.items import Article
from aggregator.pipelines.base import Stage

MIN_BODY_CHARS = 200  # shorter "articles" are galleries, stubs or error pages


class ValidatePipeline(Stage):
    stage = "validate"

    def process_item(self, item: Article) -> Article:
        if item.reject_reason:
            raise self.drop(item.reject_reason, item)
        if not item.title.strip():
            raise self.drop("no-title", item)
        if len(item.body_text) < MIN_BODY_CHARS:
            raise self.drop("short-body", item)
        crawl_time = getattr(self.crawler.spider, "crawl_time", None) or datetime.now(UTC)
        if item.published is None:
            # Better late than lost: the time we first saw it, which the store then keeps.
            item.published = crawl_time
            self.count("published_from_crawl_time")
        elif item.published > crawl_time + timedelta(days=1):
            raise self.drop("future-date", item)
        if item.updated and item.updated < item.published:
            item.updated = None
        return item
