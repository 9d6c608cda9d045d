"""Categorize: the site's section (breadcrumb, articleSection, URL path) → a canonical category.

Site overrides (the site file's [categories]) win over the shared alias table. What stays
unmapped goes to "khac" and its raw section is counted, so an operator can extend the table.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from aggregator.categorize import categorize
from aggregator.items import Article
from aggregator.pipelines.base import Stage
from aggregator.taxonomy import FALLBACK_CATEGORY


class CategorizePipeline(Stage):
    stage = "categorize"

    def process_item(self, item: Article) -> Article:
        # The article's own site: a redirect may have attributed it to another paper (news.py).
        sites = getattr(self.crawler.spider, "sites", None) or {}
        site = sites.get(item.site, self.site)
        overrides = site.categories if site is not None else {}
        path_segments = [s for s in urlsplit(item.url).path.split("/") if s][:-1]
        candidates = [item.section, *path_segments] if item.section else path_segments
        item.category, raw = categorize(candidates, overrides)
        if item.category == FALLBACK_CATEGORY:
            self.count(f"unmapped/{raw or '(none)'}")
        return item
