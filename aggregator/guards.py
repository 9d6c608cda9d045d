"""Downloader middlewares that keep a hostile or broken web from costing more than its reason.

Each one turns a fault into an exception that ``aggregator.faults.failure_reason`` names, so the
spider's errback counts it and the run report shows it per site:

- ``ResponseGuardMiddleware`` (585: after decompression, before retries and meta refresh): an
  anti-bot challenge or a maintenance page is refused (``blocked``/``maintenance``) whatever its
  status, so a wall is neither retried nor parsed; a usable answer (2xx, 304) is counted as
  ``aggregator/responses_ok``, which tells a failed run from one with errors. Sitemaps may be as
  large as their specification allows (MAX_SITEMAP_BYTES); everything else keeps
  DOWNLOAD_MAXSIZE.
- ``RedirectGuardMiddleware`` (610: before Scrapy's RedirectMiddleware): a redirect back to a
  URL of its own chain is a loop (``redirect_loop``), stopped at once, and a redirect off the
  site's hosts is ``offsite_redirect``. Without it both vanished without a trace: the duplicate
  filter silently drops an article's second visit, and Scrapy's offsite check drops a request
  when it is scheduled, before any errback could see it.
- ``SafeMetaRefreshMiddleware`` (replaces Scrapy's at 580): a ``<meta http-equiv=refresh>`` to a
  ``javascript:`` URL (an XSS vector on a hacked page) is ignored; Scrapy raised ValueError and
  lost the article.
- ``PoliteRobotsTxtMiddleware`` (replaces Scrapy's at 100): RFC 9309 §2.3.1.4, a robots.txt that
  is unreachable (a timeout, a connection error, a 5xx or 429 answer) means "crawl nothing" for
  now, not "crawl everything" as Scrapy does; the site's requests fail as
  ``robots_unreachable``. A 4xx robots.txt still means no rules (§2.3.1.3).
"""

from __future__ import annotations

import logging
from typing import Any, Self
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import get_meta_refresh
from w3lib.url import safe_url_string

from aggregator.discovery import MAX_SITEMAP_BYTES
from aggregator.faults import Refused, RobotsUnreachable, challenge_reason
from aggregator.urls import canonicalize

logger = logging.getLogger(__name__)

# Statuses a wall or a maintenance page is served with: 200 (a JavaScript challenge), 401/403
# (a block page), 429 (rate limited with a challenge), 503 (Cloudflare's "under attack" mode and
# most maintenance pages).
_WALL_STATUSES = frozenset({200, 401, 403, 429, 503})


def _kind(request: Request) -> str:
    return str(request.meta.get("aggregator_kind") or "other")


class ResponseGuardMiddleware:
    """Refuse walls and maintenance pages; count usable answers; size limits per kind."""

    def __init__(self, crawler: Crawler) -> None:
        assert crawler.stats is not None
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if _kind(request) == "sitemap":
            # sitemaps.org: up to 50 MiB uncompressed; pages and feeds keep DOWNLOAD_MAXSIZE.
            request.meta.setdefault("download_maxsize", MAX_SITEMAP_BYTES)

    def process_response(self, request: Request, response: Response) -> Response:
        kind = _kind(request)
        if kind == "other":
            return response  # robots.txt and the like: not the site's content
        if response.status in _WALL_STATUSES and (reason := challenge_reason(response.body)):
            logger.warning("%s answered %s with a %s page", request.url, response.status, reason)
            raise Refused(reason, f"{response.status} {request.url}")
        if 200 <= response.status < 300 or response.status == 304:
            # What the site itself answered well: a run with none of these "failed".
            self.stats.inc_value("aggregator/responses_ok")
        return response


class RedirectGuardMiddleware:
    """Stop a redirect that leads back into its own chain, or off the site."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if not (300 <= response.status < 400) or not location:
            return response
        target = urljoin(request.url, safe_url_string(location))
        chain = [*request.meta.get("redirect_urls", ()), request.url]
        if canonicalize(target) in {canonicalize(url) for url in chain}:
            raise Refused("redirect_loop", f"{request.url} -> {target}")
        if not _on_site(target, getattr(self.crawler.spider, "allowed_domains", None)):
            # Scrapy's OffsiteMiddleware would drop it when scheduled, without an errback.
            raise Refused("offsite_redirect", f"{request.url} -> {target}")
        return response


def _on_site(url: str, allowed: list[str] | None) -> bool:
    """Scrapy's offsite rule: the host is an allowed domain or a subdomain of one."""
    if not allowed:
        return True
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d.lower() or host.endswith("." + d.lower()) for d in allowed if d)


class SafeMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware, but a refresh to a URL that is not http(s) (a
    ``javascript:`` one planted in a hacked article) is ignored instead of raising ValueError,
    which cost the whole article."""

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if isinstance(response, HtmlResponse) and request.method != "HEAD":
            _interval, url = get_meta_refresh(response, ignore_tags=self._ignore_tags)
            if url and urlsplit(url).scheme not in ("http", "https"):
                return response
        return super().process_response(request, response)


class _Unreachable:
    """A robots.txt we could not read: nothing is allowed on its host for this run."""

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False


class PoliteRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, but an unreachable robots.txt forbids the whole host."""

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500 or response.status == 429:
            self._stats.inc_value("robotstxt/unreachable")
            self._unreachable(netloc, f"HTTP {response.status}")
            return
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, IgnoreRequest):
            super()._robots_error(exc, netloc)
            return
        self._stats.inc_value("robotstxt/unreachable")
        self._unreachable(netloc, f"{type(exc).__name__}: {exc}")

    def _unreachable(self, netloc: str, why: str) -> None:
        logger.warning("robots.txt of %s unreachable (%s): nothing of it is crawled", netloc, why)
        pending = self._parsers[netloc]
        parser: Any = _Unreachable()
        self._parsers[netloc] = parser
        if hasattr(pending, "callback"):
            pending.callback(parser)

    def process_request_2(self, rp: Any, request: Request) -> None:
        if isinstance(rp, _Unreachable):
            self._stats.inc_value("robotstxt/unreachable_forbidden")
            raise RobotsUnreachable(f"robots.txt of {urlparse_cached(request).netloc} unreachable")
        super().process_request_2(rp, request)
