"""Store: upsert into the ArticleStore, in small transactions; count new/updated/unchanged.

Articles are written in batches of AGGREGATOR_STORE_BATCH (one transaction each, flushed at the
end of the crawl): a commit per article cost more than extracting it. A crash loses at most the
unflushed batch, never what was stored before, and those articles are simply fetched again next
run (the spider skips only what the store holds). When the database itself fails (a full disk,
a server gone), the site's crawl stops at once with the error ``store_failed``: every page
fetched after it would be lost too.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro
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
        self.failed = False  # the database failed: this site's crawl is being stopped
        self.closing = False

    def close_spider(self) -> None:
        self.closing = True
        self.flush()  # the store itself is shared by the process's crawlers: left open

    def process_item(self, item: Article) -> Article:
        if self.failed:
            self.count("not_stored")  # fetched again next run: the store only has what it has
            return item
        self.pending.append(item)
        if len(self.pending) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.pending or self.failed:
            return
        now = getattr(self.crawler.spider, "crawl_time", None) or datetime.now(UTC)
        batch, self.pending = self.pending, []
        for item in batch:  # a later article of another site may have made this one a copy
            item.dup_of = decided_dup_of(self.store.url, item.url, item.dup_of)
        try:
            outcomes: list[str | None] = list(self.store.upsert_many(batch, now=now))
        except OperationalError as exc:  # the database itself (disk full, gone), not an article
            self._store_failed(exc, len(batch))
            return
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

    def _store_failed(self, exc: OperationalError, lost: int) -> None:
        """Stop this site's crawl: every page fetched from now on could not be stored either.
        The failed batch was rolled back whole; what earlier batches committed stays."""
        self.failed = True
        self.count("not_stored", lost)
        self.stats.inc_value("aggregator/errors/store_failed")
        reason = str(exc.orig if exc.orig is not None else exc).splitlines()[0]
        logger.error(
            "the store failed (%s): stopping the crawl of %s; %d articles not stored, they are "
            "fetched again next run",
            reason,
            getattr(self.site, "id", "?"),
            lost,
        )
        if not self.closing:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="store_failed"))

    def _one(self, item: Article, now: datetime) -> str | None:
        try:
            return self.store.upsert(item, now=now)
        except OperationalError:
            raise
        except (ValueError, UnicodeError, StatementError) as exc:
            self.stats.inc_value("aggregator/dropped/unstorable")
            logger.error("cannot store %s: %s: %s", item.url, type(exc).__name__, exc)
            return None
