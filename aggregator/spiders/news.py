"""NewsSpider: one config-driven spider for every site. Discovery and dispatch only.

Start points come from the site file: feeds (RSS/Atom), sitemaps (indexes, gzip, news sitemaps)
and section listing pages (with pagination). Parsing of those is in ``aggregator.discovery``;
article pages go to the extractor; the spider holds no content selectors.

Incremental rules (docs/crawling.md):

- an article already stored (by canonical URL, by the site's article id, or by a URL that once
  redirected or pointed by rel=canonical to a stored one) is requested again only when a source
  signals a change (``aggregator.state.discovered``), as a conditional request with the page's
  own validators, or ``-a refresh=1``;
- URLs remembered as dead (404/410) or not articles are skipped for a while; transient failures
  are retried directly on later runs, with back-off (``aggregator.state``);
- feeds, sitemaps and listings are conditional requests (``aggregator.middlewares``); a 304 means
  nothing new there, and pagination stops at a listing page that brings nothing to fetch;
- ``-a since=YYYY-MM-DD`` skips feed and sitemap entries dated before that day (and articles whose
  page says so), ``-a max_pages=N`` bounds the pages read per section. A run with ``since`` or
  ``refresh`` ignores the saved validators, so a backfill reads every listing in full;
  ``refresh`` also ignores what is remembered about dead and skipped URLs.

Arguments: ``site`` (required), ``max_pages`` (AGGREGATOR_MAX_PAGES), ``since`` (AGGREGATOR_SINCE),
``refresh``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import scrapy
from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.http import Response
from scrapy.settings import SETTINGS_PRIORITIES
from twisted.python.failure import Failure

from aggregator.discovery import (
    Entry,
    is_older,
    listing_entries,
    next_page,
    page_links,
    parse_html,
    parse_since,
    parse_sitemap,
    read_feed,
)
from aggregator.errors import SiteConfigError
from aggregator.extract import extract_article
from aggregator.faults import failure_reason
from aggregator.items import Article
from aggregator.sites import SiteConfig, registry
from aggregator.state import (
    Action,
    CrawlState,
    RevisitRules,
    Signal,
    UrlMemory,
    Validators,
    after_failure,
    after_fetch,
    discovered,
    due_retries,
    merge_signals,
    pick_rechecks,
)
from aggregator.storage import ArticleStore
from aggregator.urls import (
    article_id,
    canonicalize,
    join_url,
    looks_like_article,
    same_site,
    site_for_url,
)

logger = logging.getLogger(__name__)

# rel=canonical in the page head, read without a second full parse of every article page.
_CANONICAL = re.compile(
    rb"<link\b(?=[^>]*\brel=[\"']?canonical\b)[^>]*\bhref=[\"']([^\"'>]+)", re.IGNORECASE
)


# The stat counted when discovery leaves a URL alone (once per URL per run).
_SKIP_STATS = {
    Action.KNOWN: "known_skipped",
    Action.DEAD: "dead_skipped",
    Action.SKIPPED: "not_article_skipped",
    Action.WAITING: "retry_waiting",
}


def _flag(value: str) -> bool:
    return value.strip().lower() not in ("", "0", "false", "no", "off")


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(
        self,
        site: str = "",
        max_pages: str = "",
        since: str = "",
        refresh: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not site:
            raise SiteConfigError("scrapy crawl news needs -a site=ID")
        self.site_id = site
        self.max_pages_arg = max_pages
        self.since_arg = since
        self.refresh = _flag(refresh)
        self.max_pages = 5
        self.since: datetime | None = None
        self.site: SiteConfig
        self.hosts_by_site: dict[str, tuple[str, ...]] = {}
        self.sites: dict[str, SiteConfig] = {}
        self.known: set[str] = set()
        self.known_ids: set[str] = set()
        self.requested: set[str] = set()  # canonical article URLs asked for in this run
        self.counted: set[str] = set()  # canonical article URLs skipped (and counted) this run
        self.new_aliases: dict[str, str] = {}
        self.unconditional: set[str] = set()  # URLs whose validators must not be kept
        self.crawl_time = datetime.now(UTC)
        self.rules = RevisitRules()
        self.memory: dict[str, UrlMemory] = {}  # what crawl_urls remembers for this site
        self.outcomes: dict[str, UrlMemory] = {}  # what this run learnt by requesting URLs
        self.seen_signals: dict[str, list[Signal]] = {}  # what this run's sources said
        self.recent: list[tuple[str, datetime]] = []  # stored stories that may be re-checked
        self.shared = False  # crawling from a round's shared frontier (aggregator.frontier)

    @property
    def ignore_validators(self) -> bool:
        """A refresh or a backfill reads every listing in full (see the middleware)."""
        return self.refresh or self.since is not None

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        if (settings.getpriority("USER_AGENT") or 0) <= SETTINGS_PRIORITIES["project"]:
            # settings.py formats the contact URL in at import; this also honours `-s`.
            contact = settings.get("AGGREGATOR_CONTACT_URL")
            agent = settings.get("AGGREGATOR_USER_AGENT").format(contact=contact)
            settings.set("USER_AGENT", agent, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.sites = registry(
            settings.get("AGGREGATOR_SITES_DIR", ""), settings.get("AGGREGATOR_SAMPLES_BASE", "")
        )
        if spider.site_id not in spider.sites:
            raise SiteConfigError(
                f"unknown site {spider.site_id!r}; known: {', '.join(sorted(spider.sites))}"
            )
        spider.site = spider.sites[spider.site_id]
        spider.max_pages = int(spider.max_pages_arg or settings.getint("AGGREGATOR_MAX_PAGES", 5))
        try:
            spider.since = parse_since(spider.since_arg or settings.get("AGGREGATOR_SINCE", ""))
        except ValueError as exc:
            raise SiteConfigError(str(exc)) from None
        spider.hosts_by_site = {s.id: s.hosts for s in spider.sites.values()}
        # Redirects from an absorbed paper's domain to the surviving paper of the same province
        # (notes §1.2) must be followed, so the province's other papers' hosts are allowed too.
        spider.allowed_domains = sorted(
            {
                h
                for s in spider.sites.values()
                if s.id == spider.site_id or s.province == spider.site.province
                for h in s.hosts
                if h
            }
        )
        spider.rules = RevisitRules.from_settings(settings)
        spider.shared = bool(settings.get("AGGREGATOR_REDIS_ROUND"))
        db_url = settings.get("AGGREGATOR_DB_URL")
        store = ArticleStore(db_url)
        state = CrawlState(db_url, engine=store.engine)
        try:
            # Loaded on a refresh too: what the run learns is merged into it at the end.
            spider.memory = state.url_memory(spider.site_id)
            if not spider.refresh:
                stored = store.known_urls(spider.site_id)
                # An alias counts only while the article it stands for is stored (a page dropped
                # by the pipelines may be fetched again, and may pass next time).
                spider.known = stored | {
                    alias
                    for alias, target in state.aliases(spider.site_id).items()
                    if target in stored
                }
                spider.known_ids = store.known_article_ids(spider.site_id)
                if spider.rules.recheck_hours > 0 and spider.rules.recheck_max > 0:
                    since = spider.crawl_time - timedelta(hours=spider.rules.recheck_hours)
                    spider.recent = store.recent_urls(spider.site_id, since)
        finally:
            state.close()
            store.close()
        crawler.signals.connect(spider.item_dropped, signal=signals.item_dropped)
        return spider

    async def start(self) -> AsyncIterator[Any]:
        # Asked directly, not through listings (which may answer 304): transient failures due
        # for another try, and the optional re-check of recent stories.
        direct: list[tuple[str, str]] = []
        if not self.refresh:
            retries = due_retries(self.memory, self.crawl_time)
            rechecks = pick_rechecks(self.recent, self.memory, self.crawl_time, self.rules)
            direct = [(url, "retries") for url in retries]
            direct += [(url, "rechecks") for url in rechecks if url not in retries]
            self.requested.update(url for url, _why in direct)
        for url in self.site.feeds:
            yield self._request(url, self.parse_feed, "feed")
        for url in self.site.sitemaps:
            yield self._request(url, self.parse_sitemap, "sitemap")
        for url in self.site.sections:
            yield self._request(url, self.parse_listing, "listing", page=1, section=url)
        for url, why in direct:
            self.crawler.stats.inc_value(f"aggregator/revisit/{why}")
            known = url in self.known
            yield self._article_request(url, url, update=known)

    def _request(self, url: str, callback: Any, kind: str, **cb_kwargs: Any) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.on_error,
            cb_kwargs=cb_kwargs,
            meta={"aggregator_kind": kind},
            # Start points are re-read every run (they are what changes); dupes only within a run.
            # With a shared frontier the round's filter is that run's: every worker yields the
            # start points, the first one to reach the queue is fetched.
            dont_filter=kind != "article" and not self.shared,
        )

    def _article_request(self, url: str, canonical: str, *, update: bool) -> scrapy.Request:
        request = self._request(url, self.parse_article, "article")
        # What the state remembers is keyed by the URL as discovered, whatever the page redirects to.
        request.meta["aggregator_url"] = canonical
        # What identifies the story across workers (the shared frontier's duplicate filter): the
        # site's article id when the URL has one (the store's second key), else the URL.
        if self.shared:
            ident = article_id(url, self.site.article_id)
            request.meta["aggregator_dupe_key"] = (
                f"{self.site_id} id {ident}" if ident else canonical
            )
        memory = self.memory.get(canonical)
        if update and memory is not None and (memory.etag or memory.last_modified):
            # A stored story asked again: an unchanged page costs a 304 (the middleware sends it).
            request.meta["aggregator_validators"] = Validators(memory.etag, memory.last_modified)
        return request

    # --- discovery --------------------------------------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status == 304:
            return
        entries, problem = read_feed(response.body)
        self._problem(response, "feed", problem, usable=bool(entries))
        self.crawler.stats.inc_value("aggregator/discovery/feed_entries", len(entries))
        yield from self._article_requests(response, self._recent(entries), "feed")

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if response.status == 304:
            return
        sitemap = parse_sitemap(response.body)
        self._problem(response, "sitemap", sitemap.problem, usable=bool(sitemap.entries))
        entries = self._recent(sitemap.entries)
        if sitemap.is_index:
            # An index rarely changes when its children do: read it in full every run (no
            # validators kept), and let each child sitemap answer 304 on its own.
            self.unconditional.add(canonicalize(response.url))
            for entry in entries:
                if url := join_url(response.url, entry.url):
                    yield self._request(url, self.parse_sitemap, "sitemap")
            return
        self.crawler.stats.inc_value("aggregator/discovery/sitemap_entries", len(entries))
        yield from self._article_requests(response, entries, "sitemap")

    def parse_listing(
        self, response: Response, page: int, section: str
    ) -> Iterator[scrapy.Request]:
        if response.status == 304:
            return  # unchanged since last run: its articles, and older pages', are all known
        links = page_links(parse_html(response.body), response.url)
        pending: list[str] = []
        entries = listing_entries(links)
        new = list(self._article_requests(response, entries, "listing", pending=pending))
        yield from new
        # A story asked for directly this run (a retry: one a dead worker had taken) is not
        # known yet either: what is older may not be.
        if not new and not pending:
            self.crawler.stats.inc_value("aggregator/discovery/pagination_stopped_known")
            return  # nothing to fetch on this page: everything older is known too
        if page >= self.max_pages:
            self.crawler.stats.inc_value("aggregator/discovery/pagination_stopped_limit")
            return
        url = next_page(links, response.url, page, section, self.site.pagination)
        if url and canonicalize(url) != canonicalize(response.url):
            yield self._request(url, self.parse_listing, "listing", page=page + 1, section=section)

    def _problem(self, response: Response, what: str, problem: str, *, usable: bool) -> None:
        """Count what was wrong with a feed or sitemap: an error when it gave nothing (the answer
        then does not count as a usable one either), a warning when entries could be read."""
        if not problem:
            return
        stats = self.crawler.stats
        if usable:
            stats.inc_value(f"aggregator/warnings/{problem}")
            return
        stats.inc_value(f"aggregator/errors/{problem}")
        stats.inc_value("aggregator/responses_ok", -1)
        logger.warning("%s: %s %s gave nothing: %s", self.site_id, what, response.url, problem)

    def _recent(self, entries: Iterable[Entry]) -> list[Entry]:
        out = []
        for entry in entries:
            if is_older(entry.published, self.since):
                self.crawler.stats.inc_value("aggregator/discovery/older_than_since")
            else:
                out.append(entry)
        return out

    def _article_requests(
        self,
        response: Response,
        entries: Iterable[Entry],
        source: str,
        pending: list[str] | None = None,
    ) -> Iterator[scrapy.Request]:
        """Requests for the article URLs among *entries*; *pending* collects those already
        asked for this run and not stored yet."""
        stats = self.crawler.stats
        for entry in entries:
            url = join_url(response.url, entry.url)
            if not url:
                self.crawler.stats.inc_value("aggregator/discovery/bad_url")
                continue
            canonical = canonicalize(url)
            if not self._is_article_url(url):
                continue
            seen = [Signal(source, entry.signal)] if entry.signal else []
            if seen:  # kept even for a URL already asked: every source's baseline for next time
                self.seen_signals.setdefault(canonical, []).extend(seen)
            if canonical in self.requested:
                if pending is not None and canonical not in self.known:
                    pending.append(canonical)
                continue
            ident = article_id(url, self.site.article_id)
            known = canonical in self.known or bool(ident and ident in self.known_ids)
            memory = None if self.refresh else self.memory.get(canonical)
            # Decided on each sighting: a later source of the same run may signal an edit.
            action = discovered(known, memory, seen, self.crawl_time)
            if action in (Action.FETCH, Action.UPDATE):
                self.requested.add(canonical)
                if action == Action.UPDATE:
                    stats.inc_value("aggregator/revisit/updates")
                yield self._article_request(url, canonical, update=action == Action.UPDATE)
            elif canonical not in self.counted:
                self.counted.add(canonical)
                stats.inc_value(f"aggregator/discovery/{_SKIP_STATS[action]}")

    def _is_article_url(self, url: str) -> bool:
        if not same_site(url, self.site.hosts):
            return False
        if any(p.search(url) for p in self.site.ignore_urls):
            return False
        if self.site.article_url is None:
            return looks_like_article(url)
        return bool(self.site.article_url.search(url))

    # --- articles ---------------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Article]:
        self.crawler.stats.inc_value("aggregator/article_requests")
        key = self._url_key(response)
        if response.status == 304:  # a stored story asked again, unchanged
            self.outcomes[key] = after_fetch(self._memory(key), self.crawl_time)
            return
        validators = Validators(
            (response.headers.get(b"ETag") or b"").decode("latin-1"),
            (response.headers.get(b"Last-Modified") or b"").decode("latin-1"),
        )
        self.outcomes[key] = after_fetch(self._memory(key), self.crawl_time, validators)
        served = response.url
        # The article belongs to the site whose host serves it (an absorbed paper's domain may
        # redirect to the surviving paper's: notes §1.2).
        owner = self.site
        if not same_site(served, self.site.hosts):
            owner = self.sites.get(site_for_url(served, self.hosts_by_site), self.site)
        url = self._canonical_link(response, owner) or served
        for asked in (*response.meta.get("redirect_urls", ()), served):
            if canonicalize(asked) != canonicalize(url):
                self.new_aliases[canonicalize(asked)] = canonicalize(url)
        headers = response.headers
        article = extract_article(
            response.body,
            url,
            owner,
            now=self.crawl_time,
            content_type=headers.get("Content-Type", b"").decode("latin-1") or None,
            content_language=headers.get("Content-Language", b"").decode("latin-1") or None,
        )
        if owner.id != self.site.id:
            self.crawler.stats.inc_value(f"aggregator/discovery/attributed/{owner.id}")
        article.site = owner.id
        article.province = owner.province
        article.article_id = article_id(url, owner.article_id)
        if is_older(article.published, self.since):
            self.crawler.stats.inc_value("aggregator/discovery/older_than_since")
            return
        yield article

    @staticmethod
    def _canonical_link(response: Response, owner: SiteConfig) -> str:
        """The page's rel=canonical when it names an article URL of the same site."""
        match = _CANONICAL.search(response.body[:65536])
        if match is None:
            return ""
        url = join_url(response.url, match.group(1).decode("utf-8", "replace").strip())
        if not url:
            return ""
        ok = owner.article_url.search(url) if owner.article_url else looks_like_article(url)
        return url if ok and same_site(url, owner.hosts) else ""

    # --- what is remembered per URL -----------------------------------------------------------------

    @staticmethod
    def _url_key(response: Response) -> str:
        return str(response.meta.get("aggregator_url") or canonicalize(response.url))

    def _memory(self, key: str) -> UrlMemory | None:
        return self.outcomes.get(key) or self.memory.get(key)

    def item_dropped(self, response: Response | None, exception: DropItem) -> None:
        """A page the pipelines dropped: remembered with its reason (not an article: skipped for a
        while; anything else: retried like a transient failure)."""
        if response is None:
            return
        reason = str(getattr(exception, "reason", "") or "dropped")
        key = self._url_key(response)
        self.outcomes[key] = after_failure(self._memory(key), reason, self.crawl_time, self.rules)

    def remembered_changes(self) -> dict[str, UrlMemory]:
        """The rows of crawl_urls this run changes: outcomes of requests, and the signals seen."""
        changed = {}
        for url in self.outcomes.keys() | self.seen_signals.keys():
            before = self.memory.get(url)
            after = self.outcomes.get(url) or before or UrlMemory()
            if url in self.seen_signals:
                after = replace(after, signals=merge_signals(after.signals, self.seen_signals[url]))
            if after != before:
                changed[url] = after
        return changed

    # --- errors and the end -----------------------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = getattr(failure, "request", None)
        what = request.meta.get("aggregator_kind", "other") if request is not None else "other"
        kind = failure_reason(failure.value, kind=what)
        if kind is None:
            return  # an article forbidden by robots.txt, a link elsewhere: a decision (Scrapy counts)
        stats = self.crawler.stats
        stats.inc_value(f"aggregator/errors/{kind}")
        if what == "article" and request is not None:
            stats.inc_value("aggregator/article_failures")
            key = str(request.meta.get("aggregator_url") or canonicalize(request.url))
            self.outcomes[key] = after_failure(self._memory(key), kind, self.crawl_time, self.rules)
        logger.warning(
            "%s: %s %s failed: %s",
            self.site_id,
            what,
            request.url if request is not None else "?",
            kind,
        )

    def closed(self, reason: str) -> None:
        remembered = self.remembered_changes()
        if not self.new_aliases and not remembered:
            return
        state = CrawlState(self.settings.get("AGGREGATOR_DB_URL"))
        try:
            now = datetime.now(UTC)
            state.save_aliases(self.site_id, self.new_aliases, now)
            state.save_url_memory(self.site_id, remembered, now)
        finally:
            state.close()
