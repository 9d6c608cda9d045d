"""Discovery helpers: where are a site's articles? Pure functions over bytes and strings, no Scrapy.

- ``parse_feed``: RSS 2.0 / RSS 1.0 / Atom entries (link + date), from broken XML too: lxml's
  recovering parser first, a regex over ``<link>``/``<guid>`` when even that yields nothing;
- ``parse_sitemap``: sitemap indexes and url sets, gzip or not, with ``lastmod`` and the news
  sitemap's ``publication_date`` for a cut-off;
- ``page_links`` / ``next_page``: the anchors of a listing page and its next page (``rel=next``,
  "Trang sau"/"»" links, the page number + 1 in the URL, or the site's own template);
- ``autodiscover``: what a homepage tells about a site (feeds, sitemaps, menu sections, article
  URL pattern), for ``scrapy checksite``;
- ``robots_sitemaps``: ``Sitemap:`` lines of a robots.txt.

Provincial CMSs are old and hand-patched (notes §1.2), so every parser here accepts bad input and
returns what it could read rather than raising.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from lxml import etree, html

from aggregator.urls import canonicalize, is_non_article, join_url, looks_like_article, same_site

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# A gzip sitemap may legally be 50 MB uncompressed (sitemaps.org); more is a bomb, not a sitemap.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024

_XML_PARSER = etree.XMLParser(
    recover=True, resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True
)


# --- dates -------------------------------------------------------------------------------------


def parse_feed_date(text: str | None) -> datetime | None:
    """An aware datetime from an RSS (RFC 822) or Atom/sitemap (ISO 8601) date, else None.

    A date without a timezone is Vietnam time: these are Vietnamese servers (notes §2.1).
    """
    text = (text or "").strip()
    if not text:
        return None
    value: datetime | None = None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:  # not ISO 8601: try RFC 822 below
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):  # neither: the entry just has no date
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=VN_TZ)
    return value


def parse_since(text: str) -> datetime | None:
    """``-a since=YYYY-MM-DD`` → the start of that day in Vietnam time; "" → None."""
    text = text.strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"since must be YYYY-MM-DD, got {text!r}") from None
    return datetime(day.year, day.month, day.day, tzinfo=VN_TZ)


def is_older(when: datetime | None, since: datetime | None) -> bool:
    """Whether a dated entry falls before the cut-off; undated entries are never cut off."""
    return since is not None and when is not None and when < since


# --- XML ---------------------------------------------------------------------------------------


def _xml_root(body: bytes) -> etree._Element | None:
    return _xml_read(body)[0]


def _xml_read(body: bytes) -> tuple[etree._Element | None, bool]:
    """The document's root (None if nothing could be read) and whether the XML was broken."""
    # A BOM or blank lines before "<?xml" make libxml2 give up on the declaration; skip them.
    body = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body:
        return None, False
    try:
        root = etree.fromstring(body, _XML_PARSER)
    except etree.XMLSyntaxError:  # nothing recoverable at all: callers fall back to regexes
        return None, True
    broken = any(e.level >= etree.ErrorLevels.ERROR for e in _XML_PARSER.error_log)
    return root, broken


def _is_html(body: bytes, root: etree._Element | None) -> bool:
    """An HTML page where XML was expected (a homepage, an error page, a CMS's 'not found')."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        root is not None and _local(root.tag) == "html"
    )


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(element: etree._Element, *names: str) -> str:
    for child in element:
        if _local(child.tag) in names and (child.text or "").strip():
            return (child.text or "").strip()
    return ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One discovered URL, the date its source gives for it (None: no date), and what the source
    says about it that changes when the story is edited (``signal``; "" when nothing): a feed
    item's digest, a sitemap entry's latest date, a listing's headline (``aggregator.state``)."""

    url: str
    published: datetime | None = None
    signal: str = ""


# --- feeds -------------------------------------------------------------------------------------

# Fallback for feeds lxml cannot even partly read: each <item>/<entry> link.
_RE_LINK = re.compile(
    rb"<(?:link|guid)[^>]*>\s*(?:<!\[CDATA\[)?\s*(https?://[^<\s\]]+)"
    rb"|<link[^>]+href=[\"'](https?://[^\"']+)",
    re.IGNORECASE,
)


def parse_feed(body: bytes) -> list[Entry]:
    """Entries of an RSS 2.0, RSS 1.0 or Atom feed, in feed order, first link of each entry."""
    return read_feed(body)[0]


def read_feed(body: bytes) -> tuple[list[Entry], str]:
    """``parse_feed`` and what was wrong with the feed, for the run report: "" (nothing; a valid
    feed may have no entries), "empty_feed" (no bytes), "not_a_feed" (HTML, or anything else
    without one entry), or "malformed_feed" (broken XML that still gave entries, e.g. a feed cut
    short)."""
    if not body.strip():
        return [], "empty_feed"
    root, broken = _xml_read(body)
    if _is_html(body, root):
        return [], "not_a_feed"
    entries = _feed_entries(body, root)
    is_feed = root is not None and _local(root.tag) in ("rss", "feed", "rdf")
    if not entries:
        return [], "" if is_feed and not broken else "not_a_feed"
    return entries, "" if is_feed and not broken else "malformed_feed"


def _feed_entries(body: bytes, root: etree._Element | None) -> list[Entry]:
    entries: list[Entry] = []
    if root is not None:
        for element in root.iter():
            kind = _local(element.tag)
            if kind not in ("item", "entry"):
                continue
            url = _entry_link(element)
            if url:
                when = _child_text(element, "pubdate", "published", "updated", "date", "issued")
                entries.append(Entry(url, parse_feed_date(when), feed_signal(element)))
    if entries:
        return _unique(entries)
    # Not one entry: the XML is beyond repair (or not XML); take every absolute link we can see.
    links = [(m.group(1) or m.group(2)).decode("utf-8", "replace") for m in _RE_LINK.finditer(body)]
    return _unique(Entry(link.strip()) for link in links)


# What a feed item says that an edit changes: title, description (or Atom summary), the dates.
_SIGNAL_FIELDS = (("title",), ("description", "summary"), ("updated",), ("pubdate", "published"))


def feed_signal(element: etree._Element) -> str:
    """A short digest of a feed item's title, description, updated and pubDate ("" if none)."""
    parts = [" ".join(_child_text(element, *names).split()) for names in _SIGNAL_FIELDS]
    if not any(parts):
        return ""
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def _entry_link(element: etree._Element) -> str:
    guid = ""
    for child in element:
        name = _local(child.tag)
        if name == "link":
            href = child.get("href")
            if href is not None:  # Atom: <link rel="alternate" href=...>; other rels are not it
                if child.get("rel", "alternate") == "alternate":
                    return href.strip()
            elif (child.text or "").strip():
                return (child.text or "").strip()
        elif name == "guid" and child.get("isPermaLink", "true") != "false":
            guid = (child.text or "").strip()
    return guid if guid.startswith(("http://", "https://")) else ""


def _unique(entries: Iterable[Entry]) -> list[Entry]:
    seen: set[str] = set()
    out = []
    for entry in entries:
        if entry.url and entry.url not in seen:
            seen.add(entry.url)
            out.append(entry)
    return out


# --- sitemaps ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: an index of other sitemaps, or a set of page URLs.

    ``problem`` says what was wrong, for the run report: "" (nothing), "empty_sitemap",
    "not_a_sitemap" (HTML, or XML of another kind), "malformed_sitemap" (broken XML that still
    gave entries) or "decompression_bomb" (a gzip file inflating past MAX_SITEMAP_BYTES)."""

    is_index: bool
    entries: list[Entry] = field(default_factory=list)
    problem: str = ""


def gunzip(body: bytes, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """*body* decompressed if it is gzip (``sitemap.xml.gz`` served as a file), else unchanged;
    at most *limit* + 64 KiB bytes of it (see ``gunzip_limited``)."""
    return gunzip_limited(body, limit)[0]


def gunzip_limited(body: bytes, limit: int = MAX_SITEMAP_BYTES) -> tuple[bytes, bool]:
    """``gunzip`` and whether it stopped at *limit*: a file that inflates past the largest legal
    sitemap is a decompression bomb, so only its beginning is read."""
    if not body.startswith(b"\x1f\x8b"):
        return body, False
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
            while chunk := stream.read(1 << 16):
                out.write(chunk)
                if out.tell() > limit:
                    # Keep what fits: a truncated sitemap still lists its first URLs.
                    return out.getvalue(), True
    except (OSError, EOFError, zlib.error):  # truncated download: keep what was decompressed
        pass
    return out.getvalue(), False


_RE_LOC = re.compile(rb"<loc>\s*(?:<!\[CDATA\[)?\s*([^<\s\]]+)", re.IGNORECASE)


def parse_sitemap(body: bytes) -> Sitemap:
    """A sitemap index or url set; each entry dated by news:publication_date, else lastmod."""
    body, bomb = gunzip_limited(body)
    if bomb:
        return replace(_read_sitemap(body), problem="decompression_bomb")
    if not body.strip():
        return Sitemap(False, [], "empty_sitemap")
    return _read_sitemap(body)


def _read_sitemap(body: bytes) -> Sitemap:
    root, broken = _xml_read(body)
    if _is_html(body, root):
        return Sitemap(False, [], "not_a_sitemap")
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        urls = [m.group(1).decode("utf-8", "replace") for m in _RE_LOC.finditer(body)]
        entries = _unique(Entry(u) for u in urls)
        problem = "malformed_sitemap" if entries else "not_a_sitemap"
        return Sitemap(b"<sitemapindex" in body[:2048], entries, problem)
    is_index = _local(root.tag) == "sitemapindex"
    entries = []
    for element in root.iter():
        if _local(element.tag) not in ("url", "sitemap"):
            continue
        loc = _child_text(element, "loc")
        if not loc:
            continue
        when = ""
        for child in element.iter():
            if _local(child.tag) == "publication_date" and (child.text or "").strip():
                when = (child.text or "").strip()
                break
        published = parse_feed_date(when)
        modified = parse_feed_date(_child_text(element, "lastmod"))
        latest = max((d for d in (published, modified) if d is not None), default=None)
        signal = latest.astimezone(UTC).isoformat() if latest else ""
        entries.append(Entry(loc, published or modified, signal))
    problem = ("malformed_sitemap" if entries else "not_a_sitemap") if broken else ""
    return Sitemap(is_index, _unique(entries), problem)


def robots_sitemaps(robots_txt: str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt, in order."""
    out = []
    for line in robots_txt.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip().lower() == "sitemap" and value.strip():
            out.append(value.strip())
    return out


# --- HTML pages --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Link:
    url: str  # absolute
    text: str = ""
    rel: str = ""


def parse_html(body: bytes | str) -> html.HtmlElement | None:
    try:
        return html.fromstring(body)
    except (etree.ParserError, ValueError):  # empty or not HTML at all
        return None


def page_links(doc: html.HtmlElement | None, base_url: str) -> list[Link]:
    """Every ``<a href>`` and ``<link href>`` of a page, absolute, in document order."""
    if doc is None:
        return []
    out = []
    for element in doc.iter("a", "link"):
        href = (element.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        text = " ".join(element.text_content().split()) if element.tag == "a" else ""
        url = join_url(base_url, href)
        if url:
            out.append(Link(url, text, (element.get("rel") or "").lower()))
    return out


def listing_entries(links: Iterable[Link]) -> list[Entry]:
    """A listing page's links as entries, first occurrence first, each with the headline the page
    shows for it: the longest text among its anchors (an image link and a "Xem thêm" link to the
    same story say nothing)."""
    out: dict[str, Entry] = {}
    for link in links:
        key = canonicalize(link.url)
        seen = out.get(key)
        if seen is None:
            out[key] = Entry(link.url, None, link.text)
        elif len(link.text) > len(seen.signal):
            out[key] = Entry(seen.url, None, link.text)
    return list(out.values())


# "Trang sau", "Tiếp", "Xem thêm", "»", "›", "Next": what Vietnamese CMSs put on a next link.
_NEXT_TEXT = re.compile(
    r"^(?:trang sau|trang tiếp|tiếp|sau|xem tiếp|next|»|›|>|>>)$", re.IGNORECASE
)
# The page number in a listing URL: "trang-3.html", "/page/3/", "?page=3", "/p3", "-p3.html".
_PAGE_IN_URL = re.compile(
    r"(?P<pre>(?:trang|page|p)[-/=]?)(?P<n>\d+)(?P<post>(?:\.html?)?/?)$", re.IGNORECASE
)
_PAGE_PARAMS = ("page", "trang", "p", "pageindex", "pg")


def next_page(
    links: Sequence[Link], current: str, page: int, section: str, template: str = ""
) -> str:
    """The URL of listing page *page* + 1 of *section*, or "" when the page shows no way on.

    Order, most explicit first: ``rel=next``; a link whose text is "Trang sau"/"»"/…; a link that
    is the current URL with the page number + 1 (``trang-2.html`` → ``trang-3.html``,
    ``?page=2`` → ``?page=3``) or the number + 1 as link text; the site's pagination template.
    """
    for link in links:
        if "next" in link.rel.split():
            return link.url
    for link in links:
        if _NEXT_TEXT.match(link.text) and same_site(link.url, (urlsplit(current).hostname or "",)):
            return link.url
    wanted = {canonicalize(u) for u in _numbered(current, section, page + 1)}
    if template:
        base = section if section.endswith("/") else section + "/"
        from_template = urljoin(base, template.format(page=page + 1))
        wanted.add(canonicalize(from_template))
    for link in links:
        if canonicalize(link.url) in wanted or (
            link.text == str(page + 1) and _numbered_like(link.url, section)
        ):
            return link.url
    # A pager is shown but has no page + 1: this is the last page. With no pager in the HTML at
    # all (drawn by JavaScript), trust the site's template; the known-articles stop and the page
    # limit still bound the walk.
    if template and not any(_numbered_like(link.url, section) for link in links):
        return from_template
    return ""


def _numbered(current: str, section: str, n: int) -> list[str]:
    """Candidate URLs of page *n*: the current URL's number replaced, or a number added."""
    out = []
    parts = urlsplit(current)
    if match := _PAGE_IN_URL.search(parts.path):
        path = parts.path[: match.start("n")] + str(n) + parts.path[match.end("n") :]
        out.append(urlunsplit(parts._replace(path=path)))
    query = dict(parse_qsl(parts.query))
    for name in _PAGE_PARAMS:
        if name in query:
            query[name] = str(n)
            out.append(urlunsplit(parts._replace(query=urlencode(query))))
    base = section if section.endswith("/") else section + "/"
    out += [urljoin(base, f"trang-{n}.html"), urljoin(base, f"page/{n}/"), f"{section}?page={n}"]
    return out


def _numbered_like(url: str, section: str) -> bool:
    parts = urlsplit(url)
    return url.startswith(section.split("?")[0].rstrip("/")) and bool(
        _PAGE_IN_URL.search(parts.path)
        or any(p in dict(parse_qsl(parts.query)) for p in _PAGE_PARAMS)
    )


# --- homepage autodiscovery (scrapy checksite) --------------------------------------------------

# Feed and sitemap paths seen on Vietnamese CMSs and common elsewhere; probed when a homepage
# names none. Ordered by how often they answer.
COMMON_FEED_PATHS: tuple[str, ...] = (
    "rss", "rss.xml", "rss/home.rss", "rss/tin-moi.rss", "rss/trang-chu.rss", "feed", "feed.xml",
    "rss.html", "atom.xml", "index.rss",
)  # fmt: skip
COMMON_SITEMAP_PATHS: tuple[str, ...] = (
    "sitemap.xml", "sitemap_index.xml", "sitemaps/news.xml", "sitemap-news.xml", "news-sitemap.xml",
)  # fmt: skip
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
_MENU = ("nav", "header", "menu", "navbar", "main-menu", "mainmenu", "top-menu", "megamenu")

# Known article URL shapes (notes §1.2): (name, article URL regex, id regex with one group).
ARTICLE_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("-a<id>.html", r"-a\d+\.html$", r"-a(\d+)\.html$"),
    ("-post<id>.html", r"-post\d+\.html$", r"-post(\d+)\.html$"),
    ("-postid<id>.bbg", r"-postid\d+\.bbg$", r"-postid(\d+)\.bbg$"),
    ("-<id>.html", r"-\d{4,}\.html$", r"-(\d{4,})\.html$"),
    ("-<id>.htm", r"-\d{4,}\.htm$", r"-(\d{4,})\.htm$"),
    ("-<id>", r"-\d{5,}/?$", r"-(\d{5,})/?$"),
)


@dataclass
class Discovered:
    """What a homepage says about its site."""

    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    article_pattern: tuple[str, str, str] | None = None  # an ARTICLE_PATTERNS row


def autodiscover(body: bytes | str, url: str) -> Discovered:
    """Feeds (``<link rel=alternate>``, links to .rss), menu sections and article links."""
    doc = parse_html(body)
    found = Discovered()
    if doc is None:
        return found
    host = urlsplit(url).hostname or ""
    for element in doc.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        kind = (element.get("type") or "").lower()
        if "alternate" in rel and kind in _FEED_TYPES and element.get("href"):
            _add(found.feeds, join_url(url, element.get("href", "").strip()))
    for link in page_links(doc, url):
        path = urlsplit(link.url).path.lower()
        if path.endswith((".rss", ".atom", "/rss.xml", "/feed.xml", "/atom.xml")):
            _add(found.feeds, link.url)
        elif same_site(link.url, (host,)) and looks_like_article(link.url):
            _add(found.articles, canonicalize(link.url))
    for element in doc.iter("nav", "ul", "div", "header"):
        if not _is_menu(element):
            continue
        for anchor in element.iter("a"):
            href = join_url(url, (anchor.get("href") or "").strip())
            if href and _is_section(href, url):
                _add(found.sections, href)
    found.article_pattern = infer_article_pattern(found.articles)
    return found


def _is_menu(element: html.HtmlElement) -> bool:
    if element.tag in ("nav", "header"):
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}".lower().replace("_", "-")
    return any(token in names.split() for token in _MENU)


def _is_section(href: str, homepage: str) -> bool:
    """A menu link to a section listing of this site (not the homepage, not an article)."""
    if not same_site(href, (urlsplit(homepage).hostname or "",)):
        return False
    home_path = urlsplit(homepage).path.rstrip("/")
    path = urlsplit(href).path.rstrip("/")
    if path == home_path or not path.startswith(home_path) or looks_like_article(href):
        return False
    rest = [s for s in path[len(home_path) :].split("/") if s]
    # A section is one or two slugs deep ("/kinh-te/", "/chinh-tri/trong-tinh/"), not a file.
    return (
        1 <= len(rest) <= 2
        and not re.search(r"\.(?:jpg|png|gif|pdf|rss|xml)$", path)
        and not is_non_article(href)
    )


def infer_article_pattern(urls: Sequence[str]) -> tuple[str, str, str] | None:
    """The ARTICLE_PATTERNS row most of *urls* match (at least two, or half of one or two)."""
    counts: Counter[int] = Counter()
    for candidate in urls:
        for index, (_name, regex, _id) in enumerate(ARTICLE_PATTERNS):
            if re.search(regex, candidate):
                counts[index] += 1
                break  # the first (most specific) shape that fits
    if not counts:
        return None
    index, hits = counts.most_common(1)[0]
    return ARTICLE_PATTERNS[index] if hits >= min(2, len(urls)) else None


def _add(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)
