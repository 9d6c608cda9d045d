"""A Scrapy-based aggregator of Vietnam's provincial newspapers.

Public functions for people who embed the library (stable interface):

- ``extract_article(html, url, site=None) -> Article``: one page to one article (pure; no network).
- ``parse_date(text, *, now=None) -> datetime | None``: Vietnamese (and English) date strings.
- ``spam_verdict(title, body="", url="") -> SpamVerdict``: gambling-spam check.
"""

from aggregator.items import Article

__all__ = ["Article"]
