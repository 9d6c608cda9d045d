"""NewsSpider: one config-driven spider for every site. Discovery and dispatch only.

Start points come from the site file: feeds (RSS/Atom), sitemaps and section listing pages
(with pagination). Article pages are handed to the extractor; the spider holds no content
selectors. Incremental: URLs already in the store are never requested again, and pagination
stops at a listing page that brings nothing new.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import scrapy
from lxml import etree
from scrapy.http import Response

from aggregator.errors import SiteConfigError
from aggregator.extract import extract_article
from aggregator.items import Article
from aggregator.sites import SiteConfig, registry
from aggregator.storage import ArticleStore
from aggregator.urls import article_id, canonicalize, looks_like_article, same_site

logger = logging.getLogger(__name__)

# Feed entries and sitemap locations, namespace-agnostic (RSS 2.0, RSS 1.0, Atom, sitemaps).
_FEED_LINKS = etree.XPath(
    "//*[local-name()='item']/*[local-name()='link']/text()"
    " | //*[local-name()='entry']/*[local-name()='link'][not(@rel) or @rel='alternate']/@href"
    " | //*[local-name()='item']/*[local-name()='guid'][not(@isPermaLink='false')]/text()"
)
_SITEMAP_LOCS = etree.XPath("//*[local-name()='loc']/text()")
_SITEMAP_INDEX = etree.XPath("boolean(/*[local-name()='sitemapindex'])")
_XML_PARSER = etree.XMLParser(
    recover=True, resolve_entities=False, no_network=True, huge_tree=False
)


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, site: str = "", max_pages: str = "5", refresh: str = "", **kwargs: Any):
        super().__init__(**kwargs)
        if not site:
            raise SiteConfigError("scrapy crawl news needs -a site=ID")
        self.site_id = site
        self.max_pages = int(max_pages)
        self.refresh = refresh not in ("", "0", "false", "no")
        self.site: SiteConfig
        self.known: set[str] = set()
        self.crawl_time = datetime.now(UTC)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        sites = registry(
            settings.get("AGGREGATOR_SITES_DIR", ""), settings.get("AGGREGATOR_SAMPLES_BASE", "")
        )
        if spider.site_id not in sites:
            raise SiteConfigError(
                f"unknown site {spider.site_id!r}; known: {', '.join(sorted(sites))}"
            )
        spider.site = sites[spider.site_id]
        spider.allowed_domains = [h for h in spider.site.hosts if h]
        store = ArticleStore(settings.get("AGGREGATOR_DB_URL"))
        try:
            spider.known = set() if spider.refresh else store.known_urls(spider.site_id)
        finally:
            store.close()
        return spider

    async def start(self) -> AsyncIterator[Any]:
        for url in self.site.feeds:
            yield scrapy.Request(url, callback=self.parse_feed, meta={"aggregator_kind": "feed"})
        for url in self.site.sitemaps:
            yield scrapy.Request(
                url, callback=self.parse_sitemap, meta={"aggregator_kind": "sitemap"}
            )
        for url in self.site.sections:
            yield scrapy.Request(
                url,
                callback=self.parse_listing,
                cb_kwargs={"page": 1, "section": url},
                meta={"aggregator_kind": "listing"},
            )

    # --- discovery --------------------------------------------------------------------------------

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        root = etree.fromstring(response.body, _XML_PARSER)
        links = [] if root is None else [str(link).strip() for link in _FEED_LINKS(root)]
        yield from self._article_requests(response, links)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        root = etree.fromstring(response.body, _XML_PARSER)
        if root is None:
            return
        locs = [str(loc).strip() for loc in _SITEMAP_LOCS(root)]
        if _SITEMAP_INDEX(root):
            for loc in locs:
                yield response.follow(
                    loc, callback=self.parse_sitemap, meta={"aggregator_kind": "sitemap"}
                )
            return
        yield from self._article_requests(response, locs)

    def parse_listing(
        self, response: Response, page: int, section: str
    ) -> Iterator[scrapy.Request]:
        links = response.css("a::attr(href)").getall()
        new = list(self._article_requests(response, links))
        yield from new
        if not new and page > 1:
            return  # a listing page with nothing new: everything older is known too
        if page >= self.max_pages:
            return
        next_url = self._next_page(response, page, section)
        if next_url:
            yield scrapy.Request(
                next_url,
                callback=self.parse_listing,
                cb_kwargs={"page": page + 1, "section": section},
                meta={"aggregator_kind": "listing"},
            )

    def _next_page(self, response: Response, page: int, section: str) -> str:
        rel_next = response.css("a[rel~=next]::attr(href), link[rel~=next]::attr(href)").get()
        if rel_next:
            return response.urljoin(rel_next)
        if self.site.pagination:
            return urljoin(
                section if section.endswith("/") else section + "/",
                self.site.pagination.format(page=page + 1),
            )
        return ""

    def _article_requests(self, response: Response, links: list[str]) -> Iterator[scrapy.Request]:
        seen: set[str] = set()
        for link in links:
            url = response.urljoin(link)
            canonical = canonicalize(url)
            if canonical in seen or not self._is_article_url(url):
                continue
            seen.add(canonical)
            if canonical in self.known:
                self.crawler.stats.inc_value("aggregator/discovery/known_skipped")
                continue
            yield scrapy.Request(
                url, callback=self.parse_article, meta={"aggregator_kind": "article"}
            )

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
        article = extract_article(response.body, response.url, self.site, now=self.crawl_time)
        article.site = self.site.id
        article.province = self.site.province
        article.article_id = article_id(response.url, self.site.article_id)
        yield article
