"""Scrapy settings: only what we change, each with a reason, plus the AGGREGATOR_* settings.

Every AGGREGATOR_* setting can also be set from an environment variable of the same name (read
here, so ``-s NAME=value`` on the command line still wins).
"""

from __future__ import annotations

import os
import sys

BOT_NAME = "aggregator"
SPIDER_MODULES = ["aggregator.spiders"]
NEWSPIDER_MODULE = "aggregator.spiders"
COMMANDS_MODULE = "aggregator.commands"


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


def _number(name: str, default: str, kind: type[int | float] = int) -> int | float:
    """A numeric setting from the environment. A value that is not a number is bad input: one
    line and exit 2 (the status every command gives for bad input), not a traceback from the
    settings import."""
    raw = _env(name, default)
    try:
        return kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        sys.stderr.write(f"error: {name} must be {what}, got {raw!r}\n")
        raise SystemExit(2) from None


# --- ours -----------------------------------------------------------------------------------------
AGGREGATOR_DB_URL = _env("AGGREGATOR_DB_URL", "sqlite:///data/aggregator.sqlite3")
AGGREGATOR_FEEDS_DIR = _env("AGGREGATOR_FEEDS_DIR", "feeds")
# Public URL where feeds/ is served: self links and the OPML file point here.
AGGREGATOR_BASE_URL = _env("AGGREGATOR_BASE_URL", "http://127.0.0.1:8080")
AGGREGATOR_SITES_DIR = _env("AGGREGATOR_SITES_DIR", "")  # "" = the bundled site rules
AGGREGATOR_FEED_MAX_ITEMS = _number("AGGREGATOR_FEED_MAX_ITEMS", "50")
# Optional age bound per feed, in days counted back from the store's newest article ("" = none).
AGGREGATOR_FEED_MAX_DAYS = _env("AGGREGATOR_FEED_MAX_DAYS", "")
# Stories per commune/ward feed (place/<province>/<unit>.*); 0 = no place feeds.
AGGREGATOR_PLACE_FEED_MAX_ITEMS = _number("AGGREGATOR_PLACE_FEED_MAX_ITEMS", "20")
# How often the crawl runs: the feeds' <ttl> and the built-in server's Cache-Control follow it.
AGGREGATOR_CRAWL_INTERVAL_MINUTES = _number("AGGREGATOR_CRAWL_INTERVAL_MINUTES", "60")
# Saved searches (TOML, see deploy/topics.example.toml) published as topic/<slug>.* ("" = none).
AGGREGATOR_TOPICS_FILE = _env("AGGREGATOR_TOPICS_FILE", "")
# A WebSub hub to announce changed feeds to ("" = off).
AGGREGATOR_WEBSUB_HUB = _env("AGGREGATOR_WEBSUB_HUB", "")
# Articles written per store transaction (a crash loses at most one unflushed batch).
AGGREGATOR_STORE_BATCH = _number("AGGREGATOR_STORE_BATCH", "20")
# Near-duplicate stories across sites are looked for among the last N days of articles.
AGGREGATOR_DEDUP_DAYS = _number("AGGREGATOR_DEDUP_DAYS", "14")
# Where the bundled sample sites are served (set by `scrapy demo` and the tests). Sample sites
# are only crawled when this is set, so a production crawlall never tries to reach them.
AGGREGATOR_SAMPLES_BASE = _env("AGGREGATOR_SAMPLES_BASE", "")
AGGREGATOR_CONTACT_URL = _env(
    "AGGREGATOR_CONTACT_URL", "https://github.com/vn-provincial-news/aggregator"
)
# The JSON report of the last crawlall (per site: requests, 304s, new/updated, drops, errors).
AGGREGATOR_REPORT_PATH = _env("AGGREGATOR_REPORT_PATH", "data/reports/last-run.json")
# Backfill controls: listing pages read per section, and a date cut-off (YYYY-MM-DD, "" = none).
AGGREGATOR_MAX_PAGES = _number("AGGREGATOR_MAX_PAGES", "5")
AGGREGATOR_SINCE = _env("AGGREGATOR_SINCE", "")
# Send ETag/Last-Modified back for feeds, sitemaps and listings (off: always full GETs).
AGGREGATOR_CONDITIONAL_REQUESTS = _env("AGGREGATOR_CONDITIONAL_REQUESTS", "1") not in ("0", "")
# Retries wait: Retry-After of a 429/503 up to this many seconds (longer: give up the request),
# else AGGREGATOR_RETRY_BACKOFF * 2**attempt seconds.
AGGREGATOR_RETRY_AFTER_MAX = _number("AGGREGATOR_RETRY_AFTER_MAX", "120", float)
AGGREGATOR_RETRY_BACKOFF = _number("AGGREGATOR_RETRY_BACKOFF", "2", float)
# What is remembered per article URL (aggregator.state): a dead URL (404/410) is asked once more
# after this many days; a page that is not an article (video, gallery, stub) is skipped this long;
# a transient failure (timeout, 5xx, reset) is retried directly on this many later runs, with
# back-off in units of AGGREGATOR_CRAWL_INTERVAL_MINUTES, then counts as dead.
AGGREGATOR_DEAD_RETRY_DAYS = _number("AGGREGATOR_DEAD_RETRY_DAYS", "30", float)
AGGREGATOR_SKIP_DAYS = _number("AGGREGATOR_SKIP_DAYS", "30", float)
AGGREGATOR_RETRY_RUNS = _number("AGGREGATOR_RETRY_RUNS", "3")
# Re-check stored stories published in the last N hours although no source signals an edit (for
# sites that give no signal), at most AGGREGATOR_RECHECK_MAX per site per run; 0 = off.
AGGREGATOR_RECHECK_HOURS = _number("AGGREGATOR_RECHECK_HOURS", "0", float)
AGGREGATOR_RECHECK_MAX = _number("AGGREGATOR_RECHECK_MAX", "10")
# Seconds between progress lines during a crawlall (0 = none).
AGGREGATOR_PROGRESS_INTERVAL = _number("AGGREGATOR_PROGRESS_INTERVAL", "30", float)
# Site health (scrapy sites): runs looked at, error share that flags "errors", and "silent" after
# this many runs in a row without new articles and this many hours since the last one.
AGGREGATOR_HEALTH_WINDOW = _number("AGGREGATOR_HEALTH_WINDOW", "10")
AGGREGATOR_HEALTH_ERROR_RATE = _number("AGGREGATOR_HEALTH_ERROR_RATE", "0.2", float)
AGGREGATOR_HEALTH_SILENT_RUNS = _number("AGGREGATOR_HEALTH_SILENT_RUNS", "3")
AGGREGATOR_HEALTH_SILENT_HOURS = _number("AGGREGATOR_HEALTH_SILENT_HOURS", "48", float)
# Seconds a crawlall or publish waits for another run's lock on the store before exiting with 3
# (read by the commands, so a bad value is one line and exit status 2, not a traceback).
AGGREGATOR_LOCK_WAIT = _env("AGGREGATOR_LOCK_WAIT", "0")
# Several workers, one round (aggregator.frontier): a Redis URL shares the crawl frontier between
# the crawlall of every worker ("" = one machine). Keys go under the prefix (several deployments
# on one Redis); a worker that has not refreshed its heartbeat for the timeout counts as dead.
AGGREGATOR_REDIS_URL = _env("AGGREGATOR_REDIS_URL", "")
AGGREGATOR_REDIS_PREFIX = _env("AGGREGATOR_REDIS_PREFIX", "aggregator:")
AGGREGATOR_REDIS_WORKER_TIMEOUT = _env("AGGREGATOR_REDIS_WORKER_TIMEOUT", "60")

# --- politeness: small, government-run servers ----------------------------------------------------
# The crawler names itself and how to reach its operator; the spider fills the contact URL in
# again at start, so `-s AGGREGATOR_CONTACT_URL=...` works too (USER_AGENT itself still wins).
AGGREGATOR_USER_AGENT = "vn-provincial-news-aggregator/0.1 (+{contact})"
USER_AGENT = AGGREGATOR_USER_AGENT.format(contact=AGGREGATOR_CONTACT_URL)
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16  # across sites; each site gets at most two at a time
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30  # provincial sites are slow, but a hung request must not hold a run
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]  # Scrapy's; the waits are ours
# Limits on what one answer may cost (README "Reliability and security"). The extractor refuses
# pages over 8 MiB (aggregator.extract.MAX_PAGE_BYTES; the largest real article page seen is ~2
# MiB), so nothing larger is downloaded either, nor inflated: Scrapy applies the same limit to a
# compressed body as it decompresses it, which stops a gzip bomb at 8 MiB. Sitemaps get the
# 50 MiB of their specification (aggregator.guards). Scrapy's defaults are 1 GiB and 32 MiB.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# Real chains are short (http -> https -> www -> a renamed slug); Scrapy's default is 20, each
# one a request to a server that is already misbehaving.
REDIRECT_MAX_TIMES = 5
DOWNLOADER_MIDDLEWARES = {
    # RFC 9309: a robots.txt that cannot be read means "crawl nothing", not "crawl everything".
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "aggregator.guards.PoliteRobotsTxtMiddleware": 100,
    # Same settings as Scrapy's RetryMiddleware, but waits (Retry-After, backoff) before retrying.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "aggregator.middlewares.PoliteRetryMiddleware": 550,
    # A <meta http-equiv=refresh> to javascript: (an XSS vector) is ignored, not a ValueError.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "aggregator.guards.SafeMetaRefreshMiddleware": 580,
    # After decompression, before retries: anti-bot walls and maintenance pages are refused.
    "aggregator.guards.ResponseGuardMiddleware": 585,
    # Before Scrapy's RedirectMiddleware (600): a redirect into a loop or off the site stops here.
    "aggregator.guards.RedirectGuardMiddleware": 610,
    # Close to the downloader: sees only requests that really go out (after robots.txt, offsite).
    "aggregator.middlewares.ConditionalRequestsMiddleware": 950,
    # Several workers in a round: per-site concurrency and delay held across them (Redis).
    "aggregator.frontier.SharedPolitenessMiddleware": 960,
}
# Scrapy starts CONCURRENT_ITEMS (default 100) asyncio workers for every callback's output; an
# article callback yields one item and our pipelines are synchronous, so those workers cost more
# than the item (measured: ~100 tasks per page, half the crawl's overhead; docs/crawling.md).
CONCURRENT_ITEMS = 4
COOKIES_ENABLED = False  # news pages need no session; fewer surprises with CDNs
TELNETCONSOLE_ENABLED = False

ITEM_PIPELINES = {
    "aggregator.pipelines.NormalizePipeline": 100,
    "aggregator.pipelines.ValidatePipeline": 200,
    "aggregator.pipelines.SpamPipeline": 300,
    "aggregator.pipelines.CategorizePipeline": 400,
    "aggregator.pipelines.PlacesPipeline": 450,  # communes/wards a story is about
    "aggregator.pipelines.DedupePipeline": 500,
    "aggregator.pipelines.StorePipeline": 900,
}

LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
