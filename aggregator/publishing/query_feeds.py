"""Query feeds: ``/search.rss``, ``/search.atom``, ``/search.json`` answered by ``scrapy serve``.

A query feed is a search (aggregator.search: ``q``, ``province``, ``category``, ``site``,
``place``, ``since``, ``limit``) over the store's full-text index, published like any feed: the
same items (ids, sanitization, dates), newest first, copies of another paper's story left out.
Its bytes depend only on the store and the query, so the server's ETag and 304 work as for
files. A bad parameter is a 400 with one line naming it; a search that runs too long is stopped
(a 503 with one line) rather than holding a server thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from urllib.parse import parse_qs, urlencode

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from aggregator.errors import AggregatorError, first_line
from aggregator.publishing.model import Feed, province_name, to_vn
from aggregator.publishing.publish import search_feed
from aggregator.publishing.render import entries_for, render_json, render_xml
from aggregator.publishing.server import Handler
from aggregator.search import PARAMETERS, QueryError, SearchRequest, SearchTooSlow, parse_request
from aggregator.sites import SiteConfig
from aggregator.storage import ArticleStore, articles
from aggregator.taxonomy import CATEGORIES, PROVINCES

logger = logging.getLogger(__name__)

FORMATS = ("rss", "atom", "json")
MAX_QUERY_STRING = 2000  # characters of a request's query string
SEARCH_SECONDS = 2.0  # a search stops after this long
CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
}

Response = tuple[HTTPStatus, str, bytes]  # status, content type, body
EMPTY_STORE_DATE = datetime(2025, 7, 1, tzinfo=UTC)  # an empty store's (any fixed date will do)


def canonical_query(request: SearchRequest) -> str:
    """The query string that names *request*: its parameters in one order, each value once."""
    pairs: list[tuple[str, str]] = []
    if request.text:
        pairs.append(("q", request.text))
    for name, values in (
        ("province", request.provinces),
        ("category", request.categories),
        ("site", request.sites),
        ("place", request.places),
    ):
        pairs += [(name, v) for v in values]
    if request.since_days is not None:
        pairs.append(("since", f"{request.since_days:g}"))
    pairs.append(("limit", str(request.limit)))
    return urlencode(pairs)


def describe(request: SearchRequest, sites: Mapping[str, SiteConfig]) -> str:
    """The search in Vietnamese words, for the feed's title: "sạt lở · Lào Cai · Nông nghiệp"."""
    parts = [request.text] if request.text else []
    parts += [province_name(p) for p in request.provinces]
    parts += [CATEGORIES[c] for c in request.categories]
    parts += [sites[s].name if s in sites else s for s in request.sites]
    parts += list(request.places)
    return " · ".join(parts)


def newest_story(store: ArticleStore) -> datetime | None:
    """The newest publication date of a published story (aware), for an empty feed's date."""
    with store.engine.connect() as conn:
        newest = conn.scalar(
            select(func.max(articles.c.published)).where(articles.c.status == "published")
        )
    return to_vn(newest.replace(tzinfo=UTC)) if newest else None


def render(feed: Feed, fmt: str) -> bytes:
    """One format of *feed*."""
    if fmt == "json":
        return render_json(feed)
    rss, atom = render_xml(feed, entries_for(feed.items))
    return rss if fmt == "rss" else atom


class QueryFeeds:
    """Answers query-feed requests for ``scrapy serve``; the store is opened on first use."""

    def __init__(
        self,
        db_url: str,
        sites: Mapping[str, SiteConfig],
        base_url: str,
        *,
        ttl_minutes: int = 60,
        timeout: float = SEARCH_SECONDS,
    ) -> None:
        self.db_url = db_url
        self.sites = sites
        self.base_url = base_url
        self.ttl_minutes = ttl_minutes
        self.timeout = timeout
        self._store: ArticleStore | None = None
        self._lock = threading.Lock()

    def paths(self) -> dict[str, Handler]:
        """Request path → handler of its query string, for the server."""
        return {f"/search.{fmt}": (lambda qs, fmt=fmt: self.respond(fmt, qs)) for fmt in FORMATS}

    def store(self) -> ArticleStore:
        with self._lock:
            if self._store is None:
                self._store = ArticleStore(self.db_url)
            return self._store

    def respond(self, fmt: str, query_string: str) -> Response:
        """The response to ``/search.<fmt>?<query_string>``."""
        if len(query_string) > MAX_QUERY_STRING:
            return _text(
                HTTPStatus.BAD_REQUEST,
                f"the query string is too long (at most {MAX_QUERY_STRING} characters)",
            )
        try:
            params = parse_qs(
                query_string, keep_blank_values=True, errors="strict", max_num_fields=100
            )
        except (UnicodeDecodeError, ValueError) as exc:
            reason = (
                "the query string is not UTF-8"
                if isinstance(exc, UnicodeDecodeError)
                else first_line(exc)
            )
            return _text(HTTPStatus.BAD_REQUEST, reason)
        params = {k: v for k, v in params.items() if k in PARAMETERS}
        try:
            request = parse_request(
                params, provinces=PROVINCES, categories=CATEGORIES, sites=self.sites
            )
        except QueryError as exc:
            return _text(HTTPStatus.BAD_REQUEST, str(exc))
        since = None
        if request.since_days is not None:
            since = datetime.now(UTC) - timedelta(days=request.since_days)
        try:
            store = self.store()
            feed = search_feed(
                store,
                self.sites,
                request,
                kind="search",
                slug="",
                name=describe(request, self.sites),
                base_url=self.base_url,
                # An empty result is dated from the store, not the clock: its ETag holds.
                empty_date=newest_story(store) or EMPTY_STORE_DATE,
                since=since,
                ttl_minutes=self.ttl_minutes,
                query=canonical_query(request),
                timeout=self.timeout,
            )
        except SearchTooSlow as exc:
            return _text(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
        except (AggregatorError, SQLAlchemyError) as exc:
            logger.warning("query feed failed: %s", first_line(exc))
            return _text(
                HTTPStatus.SERVICE_UNAVAILABLE, "search is not available: the store cannot be read"
            )
        return HTTPStatus.OK, CONTENT_TYPES[fmt], render(feed, fmt)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _text(status: HTTPStatus, line: str) -> Response:
    return status, "text/plain; charset=utf-8", f"{status.value} {status.phrase}: {line}\n".encode()
