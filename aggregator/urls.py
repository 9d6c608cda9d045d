"""URL canonicalization and article ids: pure helpers, no Scrapy.

The same article is often reachable under several URLs (notes §1.2: baotayninh serves
``baotayninh.vn/…-a106727.html``, ``www.…``, ``beta.…`` and ``/index.php/…``), so every URL is
reduced to one canonical form before it is compared, stored or published.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import SplitResult, parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Host prefixes that serve the same site (notes §1.2): "www.", mobile "m.", "beta.", "amp.".
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|beta|amp|mobile)\.")
# Query parameters that only track a visit; everything else may select content and is kept.
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|zalo_source|_ga|mc_[ce]id|ref|refer|"
    r"source|src|cmpid|gidzl|fb_\w+|igshid|share|amp)$",
    re.IGNORECASE,
)

# Article ids in provincial URL patterns (notes §1.2, §2.4), most specific first:
# "-a106727.html" (baotayninh, baolongan, baocantho), "-post376814.html" (baolaocai, baohatinh),
# "-postid12345.bbg" (Bắc Giang CMS), "-3679055" / "-300867.html" / "-123.htm" (trailing number).
ARTICLE_ID_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"-a(\d{3,})\.html?$"),
    re.compile(r"-post(?:id)?(\d{3,})\.\w+$"),
    re.compile(r"[-/](\d{4,})(?:\.html?)?/?$"),
)


def split(url: str) -> SplitResult | None:
    """``urlsplit`` of *url*, or None for what urllib cannot read (a malformed IPv6 host like
    "http://[x", a port out of range or not a number): pages and feeds carry such links, and one
    of them must not cost the page."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # parsed lazily: raises for "x:99999" or "x:abc"
    except ValueError:
        return None
    return parts


def join_url(base: str, url: str) -> str:
    """``urljoin(base, url)``, or "" when the result is not a URL urllib can read (see split)."""
    try:
        joined = urljoin(base, url)
    except ValueError:
        return ""
    return joined if split(joined) is not None else ""


def canonicalize(url: str) -> str:
    """The canonical form of *url*: lower-case scheme and host, no www./m./beta., no
    ``/index.php``, no tracking parameters, no fragment, sorted query, no trailing "?".
    A URL urllib cannot read comes back stripped, otherwise as it was."""
    parts = split(url.strip())
    if parts is None:
        return url.strip()
    scheme = (parts.scheme or "http").lower()
    host = (parts.hostname or "").lower()
    host = _HOST_PREFIX.sub("", host)
    port = parts.port
    netloc = (
        host
        if port is None or (scheme, port) in (("http", 80), ("https", 443))
        else f"{host}:{port}"
    )
    path = parts.path or "/"
    path = re.sub(r"/index\.php(?=/|$)", "", path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        )
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def article_id(url: str, pattern: re.Pattern[str] | None = None) -> str:
    """The site's own article id in *url*: from the site's pattern, else from the common ones."""
    path = parts.path if (parts := split(url)) else ""
    for candidate in (pattern,) if pattern is not None else ARTICLE_ID_PATTERNS:
        if candidate is not None and (match := candidate.search(path if pattern is None else url)):
            return match.groupdict().get("id") or match.group(1)
    return ""


def same_site(url: str, hosts: tuple[str, ...]) -> bool:
    """Whether *url* is on one of *hosts*, ignoring www./m./beta. prefixes."""
    parts = split(url)
    host = _HOST_PREFIX.sub("", ((parts.hostname if parts else "") or "").lower())
    return bool(host) and any(host == _HOST_PREFIX.sub("", h.lower()) for h in hosts if h)


# Sections that never hold articles worth a feed item (notes §2.4, "Non-article sections").
_NON_ARTICLE = re.compile(
    r"/(?:video|videos|audio|podcast|short-video|multimedia|media|infographic|photo|image|"
    r"albumphoto|bao-anh|bao-in|doc-bao-in|xem-bao|epaper|an-pham|truyen-hinh|phat-thanh|"
    r"tim-kiem|search|tag|tags|chu-de|topic|thong-tin-quang-cao|thoi-tiet|lich-am-duong|"
    r"lien-he|gioi-thieu|rss|login|dang-nhap)(?:/|\.html?$|$)",
    re.IGNORECASE,
)
# An article URL on a site nobody has described: a long slug (4+ words), usually with an id.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){3,}", re.IGNORECASE)
_PAGINATION = re.compile(r"(?:^|[-/])(?:trang|page|p)[-=]?\d+(?:\.html?)?/?$", re.IGNORECASE)


def is_non_article(url: str) -> bool:
    """Whether *url* is in a section that never holds articles (video, search, tags, …) or is a
    listing page number."""
    path = parts.path if (parts := split(url)) else ""
    return bool(_NON_ARTICLE.search(path) or _PAGINATION.search(path))


def looks_like_article(url: str) -> bool:
    """Whether *url* looks like an article page, for sites without an article URL pattern."""
    if is_non_article(url) or (parts := split(url)) is None:
        return False
    path = parts.path
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(_SLUG.search(last)) and (
        bool(re.search(r"\d{3,}", last)) or last.endswith((".html", ".htm"))
    )


def site_for_url(url: str, hosts_by_site: Mapping[str, tuple[str, ...]]) -> str:
    """The id of the site whose hosts serve *url* ("" if none): who an article belongs to.

    After the 2025 merger an absorbed paper's domain may redirect to the surviving paper's
    (notes §1.2); the article then belongs to the site whose host served it.
    """
    for site_id, hosts in hosts_by_site.items():
        if same_site(url, hosts):
            return site_id
    return ""
