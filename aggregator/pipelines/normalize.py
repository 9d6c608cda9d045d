"""Normalize: canonical URL, clean Unicode text, timezone-aware dates, bounded fields.

Every field is bounded here, before the spam guard and the store see it: a hostile page may carry
a megabyte of title. The limits (README "Reliability and security") are far above any real
value: the longest headlines in the research notes are ~200 characters.
"""

from __future__ import annotations

from aggregator.dates import VN_TZ
from aggregator.items import Article
from aggregator.pipelines.base import Stage
from aggregator.text import bound, normalize_text, strip_controls
from aggregator.urls import canonicalize

MAX_TITLE_CHARS = 500
MAX_SUMMARY_CHARS = 2_000
MAX_CREDIT_CHARS = 300
MAX_NAME_CHARS = 200  # an author, a tag, a section
MAX_NAMES = 20  # authors, tags
MAX_URL_CHARS = 2_048  # the store's URL columns


class NormalizePipeline(Stage):
    stage = "normalize"

    def process_item(self, item: Article) -> Article:
        item.url = canonicalize(strip_controls(item.url))
        item.title = bound(normalize_text(item.title).replace("\n", " "), MAX_TITLE_CHARS)
        item.summary = bound(normalize_text(item.summary), MAX_SUMMARY_CHARS)
        item.body_text = normalize_text(item.body_text)
        item.body_html = strip_controls(item.body_html)
        item.credit = bound(normalize_text(item.credit), MAX_CREDIT_CHARS)
        item.page_title = bound(normalize_text(item.page_title), MAX_TITLE_CHARS)
        item.authors = _names(item.authors)
        item.tags = _names(item.tags)
        item.section = bound(strip_controls(item.section), MAX_NAME_CHARS)
        item.image = strip_controls(item.image)
        if len(item.image) > MAX_URL_CHARS:
            item.image = ""
        # A naive time on a Vietnamese site is Vietnam time (the extractor should already say so).
        if item.published and item.published.tzinfo is None:
            item.published = item.published.replace(tzinfo=VN_TZ)
            self.count("naive_published")
        if item.updated and item.updated.tzinfo is None:
            item.updated = item.updated.replace(tzinfo=VN_TZ)
        return item


def _names(values: list[str]) -> list[str]:
    names = (bound(normalize_text(v).replace("\n", " "), MAX_NAME_CHARS) for v in values)
    return [n for n in names if n][:MAX_NAMES]
