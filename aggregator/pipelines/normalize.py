"""Normalize: canonical URL, clean Unicode text, timezone-aware dates."""

from __future__ import annotations

from aggregator.dates import VN_TZ
from aggregator.items import Article
from aggregator.pipelines.base import Stage
from aggregator.text import normalize_text
from aggregator.urls import canonicalize


class NormalizePipeline(Stage):
    stage = "normalize"

    def process_item(self, item: Article) -> Article:
        item.url = canonicalize(item.url)
        item.title = normalize_text(item.title).replace("\n", " ")
        item.summary = normalize_text(item.summary)
        item.body_text = normalize_text(item.body_text)
        item.credit = normalize_text(item.credit)
        item.page_title = normalize_text(item.page_title)
        item.authors = [a for a in (normalize_text(x) for x in item.authors) if a]
        item.tags = [t for t in (normalize_text(x) for x in item.tags) if t]
        # A naive time on a Vietnamese site is Vietnam time (the extractor should already say so).
        if item.published and item.published.tzinfo is None:
            item.published = item.published.replace(tzinfo=VN_TZ)
            self.count("naive_published")
        if item.updated and item.updated.tzinfo is None:
            item.updated = item.updated.replace(tzinfo=VN_TZ)
        return item
