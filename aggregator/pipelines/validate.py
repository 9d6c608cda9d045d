"""Validate: a page that cannot be a valid article is dropped with a named, counted reason.

Dates are made safe here too: none missing (the crawl time stands in) and none in the future (a
story dated years ahead by a site's wrong clock is kept, dated when we first saw it).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aggregator.items import Article
from aggregator.pipelines.base import Stage

MIN_BODY_CHARS = 200  # shorter "articles" are galleries, stubs or error pages
# Dates this far ahead of the crawl clock are taken as the crawl time (time zones put honest dates
# up to 14 hours ahead of UTC; a day more is a clock that is wrong).
FUTURE_TOLERANCE = timedelta(days=1)


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
        elif item.published > crawl_time + FUTURE_TOLERANCE:
            # A site whose clock is off (years ahead, a CMS's time zone gone wrong), or ours:
            # the story is real, but no reader may see it dated in the future.
            item.published = crawl_time
            self.count("future_date_clamped")
        if item.updated and item.updated > crawl_time + FUTURE_TOLERANCE:
            item.updated = crawl_time
        if item.updated and item.updated < item.published:
            item.updated = None
        return item
