"""A Scrapy-based aggregator of Vietnam's provincial newspapers.

Public functions for people who embed the library (a stable interface):

- ``extract_article(html, url, site=None) -> Article``: one page to one article (pure; no network).
- ``parse_date(text, *, now=None) -> datetime | None``: Vietnamese (and English) date strings.
- ``spam_verdict(title, body="", url="") -> SpamVerdict``: gambling-spam check.
"""

from aggregator.dates import parse_date
from aggregator.extract import extract_article
from aggregator.items import Article
from aggregator.spam import SpamVerdict, spam_verdict

__all__ = ["Article", "SpamVerdict", "extract_article", "parse_date", "spam_verdict"]
