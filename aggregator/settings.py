"""Scrapy settings: only what we change, each with a reason, plus the AGGREGATOR_* settings.

Every AGGREGATOR_* setting can also be set from an environment variable of the same name (read
here, so ``-s NAME=value`` on the command line still wins).
"""

from __future__ import annotations

import os

BOT_NAME = "aggregator"
SPIDER_MODULES = ["aggregator.spiders"]
NEWSPIDER_MODULE = "aggregator.spiders"
COMMANDS_MODULE = "aggregator.commands"


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


# --- ours -----------------------------------------------------------------------------------------
AGGREGATOR_DB_URL = _env("AGGREGATOR_DB_URL", "sqlite:///data/aggregator.sqlite3")
AGGREGATOR_FEEDS_DIR = _env("AGGREGATOR_FEEDS_DIR", "feeds")
# Public URL where feeds/ is served: self links and the OPML file point here.
AGGREGATOR_BASE_URL = _env("AGGREGATOR_BASE_URL", "http://127.0.0.1:8080")
AGGREGATOR_SITES_DIR = _env("AGGREGATOR_SITES_DIR", "")  # "" = the bundled site rules
AGGREGATOR_FEED_MAX_ITEMS = int(_env("AGGREGATOR_FEED_MAX_ITEMS", "50"))
# Optional age bound per feed, in days counted back from the store's newest article ("" = none).
AGGREGATOR_FEED_MAX_DAYS = _env("AGGREGATOR_FEED_MAX_DAYS", "")
# How often the crawl runs: the feeds' <ttl> and the built-in server's Cache-Control follow it.
AGGREGATOR_CRAWL_INTERVAL_MINUTES = int(_env("AGGREGATOR_CRAWL_INTERVAL_MINUTES", "60"))
# A WebSub hub to announce changed feeds to ("" = off).
AGGREGATOR_WEBSUB_HUB = _env("AGGREGATOR_WEBSUB_HUB", "")
# Near-duplicate stories across sites are looked for among the last N days of articles.
AGGREGATOR_DEDUP_DAYS = int(_env("AGGREGATOR_DEDUP_DAYS", "14"))
# Where the bundled sample sites are served (set by `scrapy demo` and the tests). Sample sites
# are only crawled when this is set, so a production crawlall never tries to reach them.
AGGREGATOR_SAMPLES_BASE = _env("AGGREGATOR_SAMPLES_BASE", "")
AGGREGATOR_CONTACT_URL = _env(
    "AGGREGATOR_CONTACT_URL", "https://github.com/vn-provincial-news/aggregator"
)

# --- politeness: small, government-run servers ----------------------------------------------------
USER_AGENT = f"vn-provincial-news-aggregator/0.1 (+{AGGREGATOR_CONTACT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16  # across sites; each site gets at most two at a time
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30  # provincial sites are slow, but a hung request must not hold a run
RETRY_TIMES = 2
COOKIES_ENABLED = False  # news pages need no session; fewer surprises with CDNs
TELNETCONSOLE_ENABLED = False

ITEM_PIPELINES = {
    "aggregator.pipelines.NormalizePipeline": 100,
    "aggregator.pipelines.ValidatePipeline": 200,
    "aggregator.pipelines.SpamPipeline": 300,
    "aggregator.pipelines.CategorizePipeline": 400,
    "aggregator.pipelines.DedupePipeline": 500,
    "aggregator.pipelines.StorePipeline": 900,
}

LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
