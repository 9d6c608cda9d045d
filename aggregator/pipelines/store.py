"""Store: upsert into the ArticleStore, in small transactions; count new/updated/unchanged.

Articles are written in batches of AGGREGATOR_STORE_BATCH (one transaction each, flushed at the
end of the crawl): a commit per article cost more than extracting it. A crash loses at most the
unflushed batch, never what was stored before, and those articles are simply fetched again next
run (the spider skips only what the store holds).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from scrapy.crawler import Crawler
from sqlalchemy.exc import OperationalError, StatementError

from aggregator.items import Article
from aggregator.pipelines.base import Stage
from aggregator.pipelines.dedupe import decided_dup_of
from aggregator.storage import shared_store

logger = logging.getLogger(__name__)


class StorePipeline(Stage):
    stage = "store"

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.store = shared_store(crawler.settings.get("AGGREGATOR_DB_URL"))
        self.batch_size = max(1, crawler.settings.getint("AGGREGATOR_STORE_BATCH", 20))
        self.pending: list[Article] = []

    def close_spider(self) -> None:
        self.flush()  # the store itself is shared by the process's crawlers: left open

    def process_item(self, item: Article) -> Article:
        self.pending.append(item)
        if len(self.pending) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.pending:
            return
        now = getattr(self.crawler.spider, "crawl_time", None) or datetime.now(UTC)
        batch, self.pending = self.pending, []
        for item in batch:  # a later article of another site may have made this one a copy
            item.dup_of = decided_dup_of(self.store.url, item.url, item.dup_of)
        try:
            outcomes: list[str | None] = list(self.store.upsert_many(batch, now=now))
        except OperationalError:
            raise  # the database itself failed (disk full, gone): not one article's fault
        except (ValueError, UnicodeError, StatementError) as exc:
            # One article the store cannot take must not cost the others of its batch.
            logger.warning("store batch failed (%s): storing its %d articles one by one",
                           type(exc).__name__, len(batch))  # fmt: skip
            outcomes = [self._one(item, now) for item in batch]
        for item, outcome in zip(batch, outcomes, strict=True):
            if outcome is None:
                continue
            self.count(outcome)
            if item.quarantined:
                self.count("quarantined")

    def _one(self, item: Article, now: datetime) -> str | None:
        try:
            return self.store.upsert(item, now=now)
        except OperationalError:
            raise
        except (ValueError, UnicodeError, StatementError) as exc:
            self.stats.inc_value("aggregator/dropped/unstorable")
            logger.error("cannot store %s: %s: %s", item.url, type(exc).__name__, exc)
            return None
