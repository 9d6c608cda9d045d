"""What went wrong with a site, named: the reasons the run report, site health and logs use.

Provincial servers are slow and flaky, some sit behind anti-bot walls, some are hacked. Every way
a request can fail ends up here as one short, stable name (``failure_reason``), counted under
``aggregator/errors/<reason>`` and shown per site in the run report:

==================== ===========================================================================
``http_<code>``      the server answered an error status (after the retries): ``http_503``
``timeout``          no complete answer within DOWNLOAD_TIMEOUT (a hung or dripping server)
``truncated``        the connection ended before the body did (a reset, a short Content-Length)
``connection_lost``  the connection broke before an answer
``connection_refused``, ``dns``
``oversize``         the body is larger than DOWNLOAD_MAXSIZE (settings.py)
``decompression_bomb`` a compressed body that inflates past DOWNLOAD_MAXSIZE
``redirect_loop``    a redirect back to a URL of the same chain
``too_many_redirects`` more than REDIRECT_MAX_TIMES redirects
``offsite_redirect`` a redirect to a host that is not the site's (nor a paper of its province)
``blocked``          an anti-bot wall: a challenge page instead of content (``challenge_reason``)
``maintenance``      a "site under maintenance" page instead of content
``robots_unreachable`` robots.txt timed out or answered 5xx/429: RFC 9309 §2.3.1.4 says crawl
                     nothing, so this run reads none of the site
``robots_forbidden`` robots.txt forbids a start point (feed, sitemap, listing) of the site file
``empty_feed``, ``not_a_feed``, ``empty_sitemap``, ``not_a_sitemap``: a start point that answered
                     with nothing usable (``aggregator.discovery``)
==================== ===========================================================================

A request that is *not* an error returns None: an article URL forbidden by robots.txt, a link
to another site. Those are decisions, counted by Scrapy (``robotstxt/forbidden``,
``offsite/filtered``).

``challenge_reason`` is a pure, table-tested test of a small HTML page: an anti-bot challenge or a
maintenance notice, and no article. It must never take a real article for one (the test suite runs
it over every golden page and the extraction benchmark's pages).
"""

from __future__ import annotations

import re

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError

# Private in Scrapy, but the only mark that an IgnoreRequest came from HttpCompressionMiddleware's
# DOWNLOAD_MAXSIZE check while inflating (the fault-site test pins it).
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed

# Start points: a failure there costs the whole site's run, so even a robots.txt refusal counts.
START_KINDS = frozenset({"feed", "sitemap", "listing"})


class Refused(IgnoreRequest):
    """A response we refuse to use, with its reason (``blocked``, ``maintenance``, …)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class RobotsUnreachable(IgnoreRequest):
    """robots.txt could not be read (a timeout, a 5xx, a 429): RFC 9309 means crawl nothing."""


def failure_reason(
    exc: BaseException, *, kind: str = "other", redirected: bool = False
) -> str | None:
    """The reason a request failed, or None when it was a decision rather than an error.

    *kind* is what the request was for (feed, sitemap, listing, article, other); *redirected*
    whether it is the target of a redirect (then "offsite" means the site sent us away).
    """
    if isinstance(exc, Refused):
        return exc.reason
    if isinstance(exc, RobotsUnreachable):
        return "robots_unreachable"
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        if isinstance(exc.__cause__, _DecompressionMaxSizeExceeded):
            return "decompression_bomb"
        message = str(exc)
        if message == "max redirections reached":
            return "too_many_redirects"
        if message == "Forbidden by robots.txt":
            return "robots_forbidden" if kind in START_KINDS else None
        return None
    if isinstance(exc, DownloadTimeoutError | TimeoutError | TCPTimedOutError):
        return "timeout"
    if isinstance(exc, CannotResolveHostError | DNSLookupError):
        return "dns"
    if isinstance(exc, DownloadConnectionRefusedError | ConnectionRefusedError):
        return "connection_refused"
    if isinstance(exc, ResponseDataLossError):
        return "truncated"
    if isinstance(exc, DownloadFailedError | ResponseFailed | ConnectionLost):
        return "connection_lost"
    if isinstance(exc, DownloadCancelledError):
        # Timeouts raise DownloadTimeoutError; a download is cancelled by Scrapy's HTTP handler
        # when its body passes DOWNLOAD_MAXSIZE (announced by Content-Length or while reading).
        return "oversize"
    return type(exc).__name__.lower()


# --- anti-bot walls and maintenance pages --------------------------------------------------------

# Challenge pages are small; a page larger than this is content, whatever it mentions.
CHALLENGE_MAX_BYTES = 128 * 1024
# A page that says nothing but "wait"/"blocked" has little text; an article has a lot.
_MAX_TEXT_STRONG = 3000  # with a marker that only a wall's own page carries
_MAX_TEXT_WEAK = 1200  # with only a title or heading that says so

# Markup only anti-bot products put on their challenge and block pages (Cloudflare, Sucuri,
# Imperva/Incapsula, DDoS-Guard, AWS WAF, Akamai), not text an article could quote.
_WALL_MARKUP = re.compile(
    r"_cf_chl_opt|/cdn-cgi/challenge-platform/|cf-browser-verification|__cf_chl_|cf_chl_jschl"
    r"|id=\"cf-error-details\"|class=\"cf-error-details|sucuri_cloudproxy_js|sucuri website firewall"
    r"|_incapsula_resource|incapsula incident id|ddos-guard|awswafcookiedomainlist|aws-waf-token"
    r"|/_guard/html\.js|reference&#32;&#35;",
    re.IGNORECASE,
)
# Titles and headings of walls, in English and Vietnamese.
_WALL_WORDS = re.compile(
    r"just a moment|attention required|checking your browser|verifying you are human"
    r"|you have been blocked|access denied|are you a robot|security check|ddos protection"
    r"|please enable (?:javascript|cookies)|enable javascript and cookies|one more step"
    r"|đang kiểm tra trình duyệt|xác minh bạn (?:là|không phải) (?:con người|robot)"
    r"|truy cập bị từ chối|bạn đã bị chặn",
    re.IGNORECASE,
)
_MAINTENANCE_WORDS = re.compile(
    r"bảo trì|nâng cấp hệ thống|hệ thống đang (?:được )?nâng cấp|tạm ngừng hoạt động"
    r"|tạm dừng hoạt động|under maintenance|site maintenance|maintenance mode|be back soon"
    r"|temporarily unavailable|under construction",
    re.IGNORECASE,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HEADINGS = re.compile(r"<h[12][^>]*>(.*?)</h[12]>", re.IGNORECASE | re.DOTALL)
_INVISIBLE = re.compile(
    r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&#?\w+;")


def _visible_text(page: str) -> str:
    text = _TAG.sub(" ", _INVISIBLE.sub(" ", page))
    return " ".join(_ENTITY.sub(" ", text).split())


def challenge_reason(body: bytes | str) -> str:
    """``"blocked"`` for an anti-bot challenge or block page, ``"maintenance"`` for a "site under
    maintenance" page, ``""`` for anything else (an article, a listing, a feed, an error page)."""
    if len(body) > CHALLENGE_MAX_BYTES or not body:
        return ""
    page = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    head = page[:2048].lstrip().lower()
    if not head.startswith("<") or (head.startswith("<?xml") and "<html" not in head):
        return ""  # not HTML: a feed, a sitemap, a JSON answer, plain text
    text_length = len(_visible_text(page))
    if text_length <= _MAX_TEXT_STRONG and _WALL_MARKUP.search(page):
        return "blocked"
    if text_length > _MAX_TEXT_WEAK:
        return ""
    labels = " ".join(_TAG.sub(" ", m) for m in (*_TITLE.findall(page), *_HEADINGS.findall(page)))
    if _WALL_WORDS.search(labels):
        return "blocked"
    if _MAINTENANCE_WORDS.search(labels):
        return "maintenance"
    return ""
