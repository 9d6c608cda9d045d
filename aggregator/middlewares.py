"""Downloader middlewares for incremental, polite crawling.

``ConditionalRequestsMiddleware`` sends the ETag / Last-Modified seen last time for feed, sitemap
and listing URLs (``request.meta["aggregator_kind"]``), and for an article page the spider asks
again (a stored story with a change signal: its own validators come in
``request.meta["aggregator_validators"]``, from ``aggregator.state``). A 304 reaches the spider,
which takes it as "nothing new here". It also counts every request by kind
(``aggregator/requests/<kind>``) and every 304 (``aggregator/http/not_modified``) for the run
report (usable answers are counted by ``aggregator.guards``, which sees them after decompression
and anti-bot checks).

Validators are saved whenever the site's run finished. An article that failed does not need the
listings read in full again to be found: the spider remembers it and asks it directly on a later
run (``aggregator.state.due_retries``).

``PoliteRetryMiddleware`` replaces Scrapy's RetryMiddleware with the same settings, but waits
before each retry: the server's ``Retry-After`` for 429/503 (capped by
AGGREGATOR_RETRY_AFTER_MAX; longer than that, the request is given up), else an exponential
backoff from AGGREGATOR_RETRY_BACKOFF. While it waits, the site's download slot is held back too,
so a struggling server gets a real pause rather than the next request in the queue.
"""

from __future__ import annotations

import contextlib
import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Self

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.asyncio import sleep

from aggregator.state import CrawlState, Validators
from aggregator.urls import canonicalize

logger = logging.getLogger(__name__)

CONDITIONAL_KINDS = frozenset({"feed", "sitemap", "listing"})


def request_kind(request: Request) -> str:
    return str(request.meta.get("aggregator_kind") or "other")


class ConditionalRequestsMiddleware:
    """Conditional GETs for feeds, sitemaps and listings; request and 304 counters."""

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("AGGREGATOR_CONDITIONAL_REQUESTS", True):
            raise NotConfigured("AGGREGATOR_CONDITIONAL_REQUESTS is off")
        assert crawler.stats is not None
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_url = crawler.settings.get("AGGREGATOR_DB_URL")
        self.known: dict[str, Validators] = {}
        self.seen: dict[str, Validators] = {}
        self.enabled = True
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    @property
    def site_id(self) -> str:
        return str(getattr(self.crawler.spider, "site_id", "") or "")

    def spider_opened(self) -> None:
        spider = self.crawler.spider
        # A refresh or a backfill must read every listing in full, whatever the server says.
        self.enabled = bool(self.site_id) and not getattr(spider, "ignore_validators", False)
        if self.enabled:
            state = CrawlState(self.db_url)
            try:
                self.known = state.validators(self.site_id)
            finally:
                state.close()

    def spider_closed(self, reason: str) -> None:
        if not self.site_id or not self.seen:
            return
        if reason != "finished":
            # An interrupted run may not have asked for everything its listings showed.
            logger.warning(
                "%s: not saving %d listing validators (run %s); listings will be read in full "
                "next run",
                self.site_id,
                len(self.seen),
                reason,
            )
            return
        skip = getattr(self.crawler.spider, "unconditional", set())
        keep = {url: v for url, v in self.seen.items() if url not in skip}
        state = CrawlState(self.db_url)
        try:
            state.delete_validators(skip)
            state.save_validators(self.site_id, keep, datetime.now(UTC))
        finally:
            state.close()

    def process_request(self, request: Request) -> None:
        kind = request_kind(request)
        self.stats.inc_value(f"aggregator/requests/{kind}")
        own = request.meta.get("aggregator_validators")  # an article page asked again
        if kind not in CONDITIONAL_KINDS and own is None:
            return
        # The spider must see the 304 (it means "nothing new"), not HttpErrorMiddleware.
        handled = request.meta.setdefault("handle_httpstatus_list", [])
        if 304 not in handled:
            handled.append(304)
        if own is not None:
            known = own  # the page's own, whatever the run: a backfill reads listings in full
        elif self.enabled:
            known = self.known.get(canonicalize(request.url))
        else:
            return
        if known is None:
            return
        if known.etag and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = known.etag
        if known.last_modified and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = known.last_modified

    def process_response(self, request: Request, response: Response) -> Response:
        kind = request_kind(request)
        if response.status == 304 and kind == "article":
            self.stats.inc_value("aggregator/http/not_modified")
            self.stats.inc_value("aggregator/http/not_modified/article")
        if kind not in CONDITIONAL_KINDS:
            return response  # an article's validators are the spider's (aggregator.state)
        url = canonicalize(request.url)
        if response.status == 304:
            self.stats.inc_value("aggregator/http/not_modified")
            self.stats.inc_value(f"aggregator/http/not_modified/{kind}")
            if url in self.known:
                self.seen[url] = self.known[url]  # still valid: keep it
        elif response.status == 200:
            etag = (response.headers.get(b"ETag") or b"").decode("latin-1")
            modified = (response.headers.get(b"Last-Modified") or b"").decode("latin-1")
            if etag or modified:
                self.seen[url] = Validators(etag, modified)
        return response


def retry_after_seconds(
    value: str | bytes | None, now: float | None = None, date: str | bytes | None = None
) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; None if absent.

    An HTTP date is read against the response's own Date header when there is one (RFC 9110
    §10.2.3): a server whose clock is hours or years off still means "in two minutes".
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError):  # unreadable: treat as absent, use the backoff
        return None
    reference = time.time() if now is None else now
    if date:
        stamp = date.decode("latin-1") if isinstance(date, bytes) else date
        # A Date we cannot read: our own clock.
        with contextlib.suppress(TypeError, ValueError, IndexError):
            reference = parsedate_to_datetime(stamp).timestamp()
    return max(0.0, when - reference)


class PoliteRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that waits before retrying (Retry-After, else exponential backoff)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.retry_after_max = settings.getfloat("AGGREGATOR_RETRY_AFTER_MAX", 120.0)
        self.backoff = settings.getfloat("AGGREGATOR_RETRY_BACKOFF", 2.0)

    def delay_for(self, request: Request, response: Response | None) -> float | None:
        """How long to wait before retrying; None: do not retry (the server asks too long)."""
        if response is not None and response.status in (429, 503):
            asked = retry_after_seconds(
                response.headers.get(b"Retry-After"), date=response.headers.get(b"Date")
            )
            if asked is not None:
                return asked if asked <= self.retry_after_max else None
        tries = int(request.meta.get("retry_times", 0))
        return min(self.backoff * (2**tries), self.retry_after_max)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = self.delay_for(request, response)
        assert self.crawler.stats is not None
        if delay is None:
            self.crawler.stats.inc_value("aggregator/retry/retry_after_too_long")
            logger.warning(
                "%s asks to retry after more than %ss: giving up %s",
                request.url,
                self.retry_after_max,
                request.url,
            )
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        await self._wait(request, delay)
        return retry

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry"):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._wait(request, self.delay_for(request, None) or 0.0)
        return retry

    async def _wait(self, request: Request, delay: float) -> None:
        if delay <= 0:
            return
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("aggregator/retry/waited_seconds", round(delay, 3))
        self._hold_slot(request, delay)
        await sleep(delay)

    def _hold_slot(self, request: Request, delay: float) -> None:
        # Push the slot's "last request" time into the future, so the downloader's own delay
        # logic (active whenever DOWNLOAD_DELAY/AutoThrottle is on) keeps the site quiet too.
        engine = self.crawler.engine
        downloader = getattr(engine, "downloader", None)
        if downloader is None:
            return
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.lastseen = max(slot.lastseen, time.monotonic() + delay)
