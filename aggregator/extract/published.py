"""Find an article page's publication (and update) date in its HTML.

Pure function of the parsed page (lxml only, no Scrapy, no downloads). Sources, most reliable
first; the first one that yields a plausible date wins:

1. JSON-LD ``datePublished`` / ``dateCreated`` / ``uploadDate`` (``dateModified`` for updated),
   article-typed objects before others, ``@graph`` and lists walked, broken JSON repaired;
2. ``<meta>`` tags (OpenGraph/article, Dublin Core, Parsely, Sailthru, itemprop, ...), by rank;
3. microdata elements (``itemprop="datePublished"``), ``<time pubdate>``, hAtom's
   ``abbr.published``;
4. near the article heading (the h1 or h2 that names the page's title): ``<time datetime>``,
   date lines whose class/id says "date" (``date``, ``time``, ``ngay``, ``publish``,
   ``post-date``, ``meta``, ...) and short lines that are mostly a date, parsed with
   ``parse_date``; the candidate closest to the heading wins;
5. a labelled date line anywhere ("Datum: …", "Ngày đăng: …"), then the first date-named line,
   an update's labelled line last;
6. the URL's day (``/2024/05/12/``); on pages not in Vietnamese, the first date in the text,
   then htmldate's day (its fast mode); a 14-digit stamp closing the URL's path
   (``…-20260108182100.htm``) as the minute; the URL's month (``/202510/``) as the 1st, a weak
   last resort.

A UTC stamp is written in the offset the page shows (its date line, its country's zone, the
URL's day); a day without a time takes the minute of the same day's date line. On pages not in
Vietnamese, a stamp whose date line prints it in UTC on another day is written in UTC, and an
update that is the only date shown (by the heading, else by the byline) is the publication.

Body text is never searched on a page that is or may be Vietnamese: Vietnamese bodies are full of dates ("Ngày 12-10", "Sáng 28.5",
"giai đoạn 2021-2030") that are not the publication date.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import lxml.html
from lxml import etree

from aggregator.dates import (
    FUTURE_SLACK,
    VN_TZ,
    date_order,
    full_year,
    is_relative,
    parse_date,
    to_vn,
)
from aggregator.extract.clean import (
    BYLINE_LABELS,
    element_text,
    names_title,
    title_shape,
    without_view_counter,
)
from aggregator.extract.date_labels import (
    LINE_LABEL_FIRST_WORDS,
    LINE_LABEL_RE,
    UPDATE_STAMP_RE,
    ascii_heads,
    initials_pattern,
    lead_label,
    opens_with,
)
from aggregator.extract.language import detect_language
from aggregator.extract.metadata import JsonLdScript, jsonld_scripts, names_other_page
from aggregator.urls import same_site

__all__ = ["find_dates"]

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# JSON-LD
# ---------------------------------------------------------------------------------------------

_PUBLISHED_KEYS = ("datePublished", "dateCreated", "uploadDate")
_UPDATED_KEYS = ("dateModified",)

# Schema.org types whose date is the page's own story. e.g. "NewsArticle", "BlogPosting",
# "ReportageNews", "LiveBlogPosting" (not VideoObject: often an embedded "watch now" box)
_ARTICLE_TYPE_RE = re.compile(
    r"Article|BlogPosting|Posting|Report|NewsArticle|Review", re.IGNORECASE
)
# Containers whose members are other pages (related stories, breadcrumbs) or other people's
# words (a recipe's user reviews, a post's comments): their dates are not ours.
_FOREIGN_KEYS = frozenset(
    {"itemListElement", "relatedLink", "isPartOf", "publisher", "author"}
    | {"review", "reviews", "comment", "comments"}
)

# Trailing commas before a closing bracket. e.g. '{"a": 1,}'
_TRAILING_COMMA_RE = re.compile(r",\s*(?=[}\]])")
# Raw control characters (newlines inside strings are the usual CMS breakage).
_CONTROL_RE = re.compile(r"[\x00-\x1f]")
# A JSON-LD date key and its string value, for JSON beyond repair.
# e.g. '"datePublished": "2024-05-12T08:30:00+07:00"'
_LD_DATE_RE = re.compile(
    r'"(?P<key>datePublished|dateCreated|uploadDate|dateModified)"\s*:\s*"(?P<value>[^"]{6,60})"'
)


def _load_json(text: str) -> Any:
    """json.loads, then with common CMS breakage repaired; None if still broken."""
    text = text.strip()
    for attempt in range(3):
        try:
            return json.loads(text, strict=False)
        except ValueError:
            if attempt == 0:  # HTML comment / CDATA wrappers, trailing commas
                text = re.sub(
                    r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$",
                    "",
                    text,
                )
                text = _TRAILING_COMMA_RE.sub("", text)
            else:
                text = _CONTROL_RE.sub(" ", text)
    return None


def _walk(node: Any, depth: int = 0) -> Iterator[tuple[dict[str, Any], int]]:
    """Every JSON object with its nesting depth, skipping containers of other pages' objects."""
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth)
    elif isinstance(node, dict):
        yield node, depth
        for key, value in node.items():
            if key in _FOREIGN_KEYS or not isinstance(value, dict | list):
                continue
            yield from _walk(value, depth if key == "@graph" else depth + 1)


def _type_rank(obj: dict[str, Any]) -> int:
    """0 for article types, 1 for web pages, 2 for anything else."""
    kind = obj.get("@type", "")
    kinds = " ".join(kind) if isinstance(kind, list) else str(kind)
    if _ARTICLE_TYPE_RE.search(kinds):
        return 0
    return 1 if "WebPage" in kinds else 2


def _first_string(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    if isinstance(value, dict):  # a typed value: {"@type": "DateTime", "@value": "2024-03-05"}
        value = value.get("@value", "")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # epoch seconds written as a JSON number (``digits_as_iso``)
    return value if isinstance(value, str) else ""


def _jsonld_blocks(scripts: Sequence[JsonLdScript]) -> list[tuple[str, Any]]:
    """(raw text, parsed value or None) of every JSON-LD script: the shared parse when the text
    was valid JSON (``_load_json``'s own first attempt), else ``_load_json``'s repairs."""
    return [(s.text, s.data if s.valid else _load_json(s.text)) for s in scripts]


def _from_jsonld(
    blocks: list[tuple[str, Any]],
    now: datetime,
    *,
    strong: bool,
    other: Callable[[dict[str, Any]], bool] = lambda obj: False,
) -> tuple[datetime | None, datetime | None]:
    """Dates of article/WebPage objects (``strong``) or of any other object (not ``strong``).

    An embedded VideoObject/Event/Product is often another story's (a "watch now" box), so
    those rank after the meta tags, which always describe the page itself. Of objects of the
    same rank and depth, those *other* says are another story's (``_other_story``: a teaser
    card's NewsArticle) come after the page's own.
    """
    published: list[tuple[tuple[int, int, bool, int], str]] = []
    updated: list[tuple[tuple[int, int, bool, int], str]] = []
    order = 0
    for text, data in blocks:
        if data is None:  # beyond repair: take the keys as they are written, as a strong source
            if strong:
                for m in _LD_DATE_RE.finditer(text):
                    target = updated if m["key"] in _UPDATED_KEYS else published
                    target.append(((1, 0, False, order), m["value"]))
                    order += 1
            continue
        for obj, depth in _walk(data):
            rank = _type_rank(obj)
            if (rank < 2) != strong:
                continue
            foreign: bool | None = None  # asked only of objects that have a date
            for i, key in enumerate(_PUBLISHED_KEYS):
                if value := _first_string(obj.get(key)):
                    foreign = other(obj) if foreign is None else foreign
                    published.append(((rank, depth, foreign, order * 10 + i), value))
            for key in _UPDATED_KEYS:
                if value := _first_string(obj.get(key)):
                    foreign = other(obj) if foreign is None else foreign
                    updated.append(((rank, depth, foreign, order), value))
            order += 1
    return _best(published, now), _best(updated, now)


# A structured date written as digits alone: "20240305" (a day without separators) or epoch
# seconds / milliseconds ("1709640000", "1709640000000", an instant), as some CMSs fill
# article:published_time, pubdate or their own "…publishdateunix" tag.
_DIGITS_DAY_RE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_EPOCH_DIGITS = (10, 13)


def digits_as_iso(value: str) -> str:
    """*value* as an ISO date when it is a structured date in digits alone, else unchanged.

    "20240305" -> "2024-03-05" (the day it writes, like any date without a time);
    "1709640000" (seconds) or "1709640000000" (milliseconds) -> the instant in UTC
    ("2024-03-05T12:00:00+00:00"), which the steps after read in the page's offset like any
    UTC stamp. Other values (and digits of other lengths: ids, counters) are left to
    ``parse_date``, which rejects what is not a plausible date.
    """
    value = value.strip()
    if not value.isdigit() or not value.isascii():
        return value
    if len(value) == 8 and _DIGITS_DAY_RE.fullmatch(value):
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    if len(value) in _EPOCH_DIGITS:
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC).isoformat()
    return value


def _other_story(obj: dict[str, Any], addresses: Sequence[str], titles: Sequence[Any]) -> bool:
    """Whether an article object is another story's: it names another page as its address
    (``names_other_page``), or its headline is not the page's title (a teaser card's object
    without an address). Without a headline or the page's titles, it may be the page's own."""
    if names_other_page(obj, addresses):
        return True
    headline = _first_string(obj.get("headline"))
    return bool(headline and titles) and not names_title(headline, titles, numbers=False)


def _best(
    candidates: list[tuple[tuple[int, int, bool, int], str]], now: datetime
) -> datetime | None:
    for _, value in sorted(candidates, key=lambda c: c[0]):
        if found := parse_date(digits_as_iso(value), now=now):
            return found
    return None


# ---------------------------------------------------------------------------------------------
# Meta tags and microdata
# ---------------------------------------------------------------------------------------------

# Meta names/properties for the publication date, most specific first; generic "date" last
# because some CMSs put the page's generation time there.
_META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "publish_date",
    "publishdate",
    "published-date",
    "publication_date",
    "citation_publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "datecreated",
    "pubdate",
    "original-publish-date",
    "article.published",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "dc.date",
    "dcterms.date",
    "citation_date",
    "date",
)
_META_UPDATED = (
    "article:modified_time",
    "og:updated_time",
    "og:modified_time",
    "modified_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "article.updated",
    "lastmod",
    "last-modified",
)
_META_RANK = {name: i for i, name in enumerate(_META_PUBLISHED)}
_META_UPDATED_RANK = {name: i for i, name in enumerate(_META_UPDATED)}


def _meta_values(doc: lxml.html.HtmlElement) -> Iterator[tuple[str, str]]:
    """(lower-cased name, content) for every meta tag naming itself in any of the usual ways."""
    for meta in doc.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            if name := (meta.get(attr) or "").strip().lower():
                yield name, content


# Generic names, often the page record's own time in the CMS (TYPO3 writes the last edit
# there): below the article's marked-up date and its date line.
_META_WEAK = frozenset({"dc.date", "dcterms.date", "citation_date", "date"})
# Other meta names for the publication time, by their words; never an update or expiry time.
_OTHER_META_RE = re.compile(r"publi|pub_?date|upload|creat|release|issued|posted")
_NOT_PUBLISHED_META_RE = re.compile(r"modif|updat|expir|valid|revis|edit|last|end")


def _from_meta(
    metas: Sequence[tuple[str, str]], now: datetime, *, strong: bool = True
) -> tuple[datetime | None, datetime | None]:
    """Dates of the specific meta names (``strong``), or of the generic ones (not ``strong``:
    published only), from the page's ``_meta_values``."""
    published: list[tuple[int, str]] = []
    updated: list[tuple[int, str]] = []
    for name, content in metas:
        if name in _META_RANK:
            if (name in _META_WEAK) != strong:
                published.append((_META_RANK[name], content))
        elif not strong:
            # A site's own name for its publication time ("five_hundred_pixels:uploaded",
            # "article:publish_date", "cXenseParse:publishtime"), after the known ones; a
            # machine value only.
            if (
                content[:1].isdigit()
                and _OTHER_META_RE.search(name)
                and not _NOT_PUBLISHED_META_RE.search(name)
            ):
                published.append((len(_META_RANK), content))
        elif name in _META_UPDATED_RANK:
            updated.append((_META_UPDATED_RANK[name], content))
    return _best_ranked(published, now), _best_ranked(updated, now)


def _best_ranked(candidates: list[tuple[int, str]], now: datetime) -> datetime | None:
    for _, value in sorted(candidates, key=lambda c: c[0]):  # stable: document order per rank
        if found := parse_date(digits_as_iso(value), now=now):
            return found
    return None


def _parse_element(page: _Page, el: lxml.html.HtmlElement) -> datetime | None:
    """A microdata date: its machine value, or its visible text read like any date line."""
    machine = el.get("datetime") or el.get("content") or (el.tag == "abbr" and el.get("title"))
    if machine:
        return page.read_line(digits_as_iso(machine.strip()), machine=True, textual=True)
    return page.read_line(_own_text(el), machine=False, textual=True)


# One query for both microdata lookups. Selecting the itemprop attributes and stepping back to
# their elements is ~2x faster than an element predicate ("descendant::*[@itemprop]"), which
# libxml2 evaluates in a new context for every element of the page.
# hAtom's <abbr class="published" title="2016-12-23T05:11:00-05:00">5:11 AM</abbr> (Blogger,
# old WordPress themes) is the same kind of mark.
_MICRODATA_XPATH = etree.XPath(
    "descendant::*/@itemprop[.='datePublished' or .='dateCreated' or .='dateModified']"
    "/parent::*[not(self::meta)] | descendant::time[@pubdate]"
    " | descendant::abbr[@title][contains(concat(' ', @class, ' '), ' published ')]"
)
# Its first part alone: each part is a walk of the whole page for libxml2, and few pages have
# a <time pubdate> or an hAtom abbr, which lxml's own tag walk finds for a fraction of that.
_ITEMPROP_DATES_XPATH = etree.XPath(
    "descendant::*/@itemprop[.='datePublished' or .='dateCreated' or .='dateModified']"
    "/parent::*[not(self::meta)]"
)


def _microdata_dates(doc: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """``_MICRODATA_XPATH(doc)``: the itemprop query alone when the page has no <time pubdate>
    and no ``abbr.published`` with a title (the union's other parts select nothing then)."""
    for el in doc.iterdescendants("time", "abbr"):
        if (
            el.get("pubdate") is not None
            if el.tag == "time"
            else el.get("title") is not None and " published " in f" {el.get('class') or ''} "
        ):
            return _MICRODATA_XPATH(doc)
    return _ITEMPROP_DATES_XPATH(doc)


def _from_microdata(page: _Page) -> tuple[datetime | None, datetime | None]:
    published = updated = None
    found_elements = page.microdata()
    # <time pubdate> on many different days marks a list's items (comments, other stories),
    # not this page's date.
    pubdate_days = {
        el.get("datetime", "")[:10] for el in found_elements if el.get("pubdate") is not None
    }
    for el in found_elements:
        if el.get("itemprop") == "dateModified":
            continue
        if len(pubdate_days) > 1 and el.get("pubdate") is not None and not el.get("itemprop"):
            continue
        # Marked up as this page's publication date: only another story's box rules it out
        # (a header or footer named so is where many templates print it).
        if not page.in_other_story(el) and (found := _parse_element(page, el)):
            published = found
            break
    for el in found_elements:
        if el.get("itemprop") == "dateModified" and (found := _parse_element(page, el)):
            updated = found
            break
    return published, updated


# ---------------------------------------------------------------------------------------------
# Visible date line near the heading
# ---------------------------------------------------------------------------------------------

# class/id words that mark a date line, incl. Vietnamese CMSs (ngay = day, thoi-gian = time).
# e.g. "date", "post-date", "entry-date", "publish-time", "detail-time", "ngay-dang", "meta",
# "timestamp", "byline", "dateline", "time-post", "thoigian"
_DATE_HINT_RE = re.compile(
    r"date|time|ngay|publi|posted|meta|byline|created|thoi-?gian|info|stamp|datum|fecha"
    # The update's word in Spanish, Portuguese and German ("articulo-actualizado",
    # "data-atualizacao", "aktualisiert"): a div-soup CMS's only date line is often so named
    # (the <time> it sat in is what said "date"); ``_is_update_mark`` ranks it after a
    # publication line by the heading.
    r"|actualiz|atualiz|aktualisier",
    re.IGNORECASE,
)
# A lookbehind is written after the first letter its branch matches ("n(?<![a-z]n)av" for
# "(?<![a-z])nav": the same test, one character further on), never before it: when every branch
# starts with a letter, ``re`` skips the positions whose character starts none of them, where a
# leading lookbehind makes it try every branch at every position (``_SITE_TOP_RE``: ~6x slower).
# Containers of other stories: their dates are never ours, wherever they sit.
# e.g. "related", "sidebar", "comment", "tin-lien-quan", "widget", "most-read", "list-news",
# "article__listItem" (not a bare "list": "clean-list" holds the article's own meta line; not
# hAtom's "hfeed", the root of a blog's entries, which on a post's page holds that post)
_FOREIGN_RE = re.compile(
    r"related|sidebar|comment|widget|lien-?quan|tin-?khac|cung-?chuyen|popular|most-?read"
    r"|trending|recommend|more-?news|teaser|f(?<!hf)eed|box-?tin"
    r"|(?:news|tin|article|post|story|item)s?-?list|list-?(?:news|tin|item|article|post)"
    # Social posts embedded in the story, each with its own author and date (the embed codes'
    # own names: Instagram, X/Twitter, TikTok, Facebook, Threads, Reddit, Mastodon, Bluesky).
    r"|instagram-media|twitter-(?:tweet|video)|tiktok-embed|fb-(?:post|video)"
    r"|text-post-media|reddit-(?:embed|card)|(?:mastodon|bluesky)-embed",
    re.IGNORECASE,
)
# A "teaser" is another story's card on a listing, but also (German CMSs) the article's own
# lead ("l-detail-page__teaser-text"): without a link in it, it leads nowhere else.
_FOREIGN_BUT_TEASER_RE = re.compile(_FOREIGN_RE.pattern.replace("|teaser", ""), re.IGNORECASE)
# Site chrome (its top bar shows *today's* date). A chrome container that holds the article's
# heading is the article's own header and is not chrome. e.g. "header", "footer", "menu", "nav"
_CHROME_RE = re.compile(r"header|footer|menu|n(?<![a-z]n)av|top-?bar|breadcrumb", re.IGNORECASE)
_CHROME_TAGS = frozenset({"header", "footer", "nav", "aside"})
# A date line is short; a paragraph with a date in it is body text.
_MAX_LINE = 160
# An unlabelled line longer than this is a date line only when it starts with the date.
_SHORT_LINE = 60
# A numeric date at the start of a line. e.g. "22/11/2020 - 04:30 - Fonte: …", "2021-10-16 | …"
_LEADING_DATE_RE = re.compile(
    r"^\W{0,3}(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\b"
)
# The words that open a byline ("By Itamar Turner-Trauring Last updated 04 Jun 2020, …",
# "von Anna Muster, 12.05.2020 …", "Theo Minh Anh - 08/01/2026"), in the languages of the
# pages we meet: a long line so led is the story's byline and date line, whatever its class.
_BYLINE_LEAD_RE = re.compile(
    r"^(?:by|von|par|por|di|door|theo|bởi|af|av|przez)\s+\w", re.IGNORECASE
)
# How far (in elements, document order) from the heading an unlabelled date line may sit.
_NEAR = 25


def _hint(el: lxml.html.HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def remembered_search(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """``pattern.search(text) is not None``, remembered per string.

    Class/id strings repeat within a page (every item of a list shares its class, every ancestor
    walk passes the same containers) and across a site's pages, so most tests are cache hits.
    """

    search = pattern.search
    # Case-insensitive matching costs ``re`` a case mapping per character tried (~4 µs on a class
    # string for the longer vocabularies). On ASCII text a case-insensitive pattern with only
    # lower-case letters in it (its escapes too: no \W, \S) finds the same matches case-sensitively
    # in the lower-cased text, 2-6x faster. Other text (ſ, İ, the Kelvin sign fold onto ASCII
    # letters) keeps the original pattern.
    fast = None
    if pattern.flags & re.IGNORECASE and pattern.pattern == pattern.pattern.lower():
        fast = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE).search

    @functools.lru_cache(maxsize=8192)
    def test(text: str) -> bool:
        if fast is not None and text.isascii():
            return fast(text.lower()) is not None
        return search(text) is not None

    return test


_is_date_hint = remembered_search(_DATE_HINT_RE)
_is_foreign = remembered_search(_FOREIGN_RE)
_is_foreign_but_teaser = remembered_search(_FOREIGN_BUT_TEASER_RE)
_is_chrome = remembered_search(_CHROME_RE)
# The part of the chrome that shows today's date: the site's header, menus and top bar.
# A header named for the story ("article-header", "entry-header", "newsSingleHeader") is the
# story's own: its date line is the article's, whatever the page's h1 is.
_SITE_TOP_RE = re.compile(
    r"h(?<!articleh)(?<!newsh)(?<!posth)(?<!entryh)(?<!storyh)(?<!singleh)"
    r"(?<!article[-_]h)(?<!news[-_]h)(?<!post[-_]h)(?<!entry[-_]h)(?<!story[-_]h)"
    r"(?<!single[-_]h)eader|menu|n(?<![a-z]n)av|top-?bar|masthead",
    re.IGNORECASE,
)
_is_site_top = remembered_search(_SITE_TOP_RE)


# The article's own markers: a container holding one of them is the article's, whatever its name.
# hAtom's "entry-content" is a post's body (Blogger's main "widget Blog" holds the post).
# (Attributes stepped back to their elements, as in ``_MICRODATA_XPATH``: ~3x faster.) A class
# value is asked for the bare word first: the whole-name test copies it twice (normalize-space,
# concat), and the few values holding "entry-content" at all are the only ones it can pass (on
# the bodies of the 102 pages of ``extract_instructions``: 2.87 → 1.84 M instructions a query).
_ARTICLE_MARK_XPATH = etree.XPath(
    ".//h1 | descendant::*/@itemprop[.='articleBody']/.."
    " | descendant::*/@class[contains(., 'entry-content')]"
    "[contains(concat(' ', normalize-space(.), ' '), ' entry-content ')]/.."
)
# The site's clock, not a publication date: "today" boxes in top bars and mastheads
# (e.g. class "today", "current-date", "date-now", Vietnamese "homnay", "ngay-hien-tai").
_TODAY_RE = re.compile(
    r"today|current-?date|date-?now|now-?date|hom-?nay|ngay-?hien-?tai", re.IGNORECASE
)
_is_today = remembered_search(_TODAY_RE)
# An h1 that names the site, not the story (e.g. class "masthead", "logo", "site-title", "brand").
_MASTHEAD_RE = re.compile(r"masthead|logo|site-?(?:title|name)|brand", re.IGNORECASE)
_is_masthead = remembered_search(_MASTHEAD_RE)


# Inline elements style a line; their names say how it looks ("news-list-date"), they do not
# hold other stories.
_INLINE_TAGS = frozenset({"span", "time", "a", "small", "em", "strong", "b", "i", "font", "p"})


# A class token naming the page's layout ("mainwrap", "main", "page-wrapper", "container"):
# with a foreign word beside it ("mainwrap sidebar", "main has-sidebar") the box is the page
# with a sidebar, not the sidebar.
_LAYOUT_TOKEN_RE = re.compile(
    r"(?:^|\s)(?:main|page|site|layout|container|wrap|wrapper|content)[-_]?"
    r"(?:wrap|wrapper|container|content|inner|area)?(?:\s|$)",
    re.IGNORECASE,
)
_is_layout = remembered_search(_LAYOUT_TOKEN_RE)


def _is_other_stories(el: lxml.html.HtmlElement, hint: str) -> bool:
    """A box of other stories: named so (related, sidebar, list-news, …), a block (not an
    inline element styled "news-list-date"), not the page's layout box, and not holding this
    article's heading or body."""
    return (
        el.tag not in _INLINE_TAGS
        and _is_foreign(hint)
        and not _is_layout(hint)
        and not _ARTICLE_MARK_XPATH(el)
        and (_is_foreign_but_teaser(hint) or el.find(".//a[@href]") is not None)
    )


def other_stories_box(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The nearest box of other stories *el* sits in (``in_other_stories``), or None."""
    return next((anc for anc in el.iterancestors() if _is_other_stories(anc, _hint(anc))), None)


def in_other_stories(el: lxml.html.HtmlElement) -> bool:
    """Whether *el* sits in a box of other stories (related, sidebar, teaser list, …) that
    does not hold this article's heading or body. Also asked by the byline search."""
    return any(_is_other_stories(anc, _hint(anc)) for anc in el.iterancestors())


# A link this many words long is a headline (another story's); category and author links
# are shorter ("Xã hội", "Minh Anh").
_HEADLINE_LINK_WORDS = 5
# The most text a list item (headline + date) holds; the story's meta line holds less.
_ITEM_TEXT = 200


def _beside_headline_link(el: lxml.html.HtmlElement) -> bool:
    """Whether *el* is the date of an item in a list of other stories: its parent is a short
    item that also holds a link of a headline's length ("<li><a>Khai mạc Hội chợ Xuân
    2026</a> <span>10/01/2026 08:30</span></li>" in a "Tin mới" column beside the article,
    whose box has no class naming it so). The story's own date line sits beside short links
    (its section, its author) or none."""
    parent = el.getparent()
    if parent is None or _short_text(parent, _ITEM_TEXT) is None:
        return False
    if any(True for _ in parent.iter("h1", "h2", "h3")):
        return False  # a headed block: the story's own header (heading, date, teaser links)
    for link in parent.iter("a"):
        if link is el or link.get("href") is None:
            continue
        words = (link.text_content() or "").split()
        if len(words) >= _HEADLINE_LINK_WORDS and el not in link.iterancestors():
            return True
    return False


def _is_site_header(el: lxml.html.HtmlElement) -> bool:
    """The site's header, top bar or menu (no headline in it but the logo's), outside any
    <article>: the site's clock and links, never the story's date line."""
    return (
        (el.tag in ("header", "nav") or _is_site_top(_hint(el)))
        and all(_is_masthead(_hint(h1)) for h1 in el.iter("h1"))
        and not any(anc.tag == "article" for anc in el.iterancestors())
    )


def _is_boilerplate_box(el: lxml.html.HtmlElement) -> bool:
    """A container of other stories, or site chrome, that does not hold the article itself.

    A container named like a list of other stories ("feed", "list-news") that holds the
    article's own heading or body is a layout box around the article (e.g. a section named
    "section-article feed_height_param"), as a chrome container holding the heading is the
    article's own header.
    """
    hint = _hint(el)
    if _is_other_stories(el, hint):
        return True
    if (
        (el.tag in _CHROME_TAGS or _is_chrome(hint))
        and el.tag != "h1"  # an h1 named "withHeader" is a heading all the same
        # A header holding only the logo's h1 ("<h1 class='logo'>") is still the site's.
        and all(_is_masthead(_hint(h1)) for h1 in el.iter("h1"))
    ):
        # The header, footer or aside of an <article> is that article's own (its date line,
        # its byline), not the site's: the site's clock sits outside every article.
        return not any(anc.tag == "article" for anc in el.iterancestors())
    return False


def _links_home(h1: lxml.html.HtmlElement, url: str) -> bool:
    """Whether *h1*'s text is all one link to the front page of *url*'s host ("<h1><a
    href='/'><img alt='Báo Tỉnh'>Báo Tỉnh</a></h1>"): the site's name, not a headline."""
    links = [a for a in h1.iter("a") if a.get("href") is not None]
    if len(links) != 1 or " ".join(_spaced_text(links[0]).split()) != " ".join(
        _spaced_text(h1).split()
    ):
        return False
    if "home" in (links[0].get("rel") or "").split():
        return True
    try:
        parts = urlsplit(urljoin(url, links[0].get("href", "").strip()))
    except ValueError:  # a malformed address ("http://[bad")
        return False
    return parts.path in ("", "/") and not parts.query and parts.hostname == urlsplit(url).hostname


def _spaced_text(el: lxml.html.HtmlElement) -> str:
    """The element's text with its pieces apart ("<span>27.01.2022</span>Title": two words)."""
    return " ".join(el.itertext())


# How far after a linked h1 (elements, document order) its page's headline may be set as an h2:
# past the rest of a header (its clock, its menu) when the h1 is the logo.
_H2_AFTER_REACH = 40
_H2_HEADLINE_MAX = 200


def h2_after(h1: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The first h2 of four words or more within ``_H2_AFTER_REACH`` elements after *h1*,
    before any paragraph, when it is a headline: not a link (a teaser's), not a sentence
    (a sapo: a full stop at its end, or longer than ``_H2_HEADLINE_MAX``); else None."""
    seen = 0
    node: lxml.html.HtmlElement | None = h1
    while node is not None:
        for sibling in node.itersiblings():
            for el in sibling.iter(etree.Element):
                seen += 1
                if seen > _H2_AFTER_REACH or el.tag in ("p", "h1"):
                    return None
                if el.tag != "h2":
                    continue
                if el.find(".//a[@href]") is not None:
                    return None
                text = " ".join(_spaced_text(el).split())
                if len(text.split()) >= 4:
                    # a sapo set as an h2 under a headline in a div is a sentence: no title
                    return el if len(text) <= _H2_HEADLINE_MAX and text[-1] != "." else None
                # a box's short heading ("Tin mới") is passed
        node = node.getparent()
    return None


_UNSET: Any = object()
_MIDNIGHT = datetime.min.time()


# The language a page declares in its head when <html> has no ``lang``.
_DECLARED_LANGUAGE_XPATH = etree.XPath(
    "/html/head/meta[@property='og:locale' or translate(@http-equiv,"
    " 'CONTENTLAGU', 'contentlagu')='content-language']/@content"
)


class _Page:
    """What the steps of one ``find_dates`` call ask about the page, each worked out once.

    The steps share the heading, the microdata elements, the boilerplate verdicts of ancestors
    (date-line candidates near the heading share most of their ancestors) and the dates read
    from visible lines (nested elements often hold the same line, and the page-wide search
    reads again the lines the heading search read). The tree is not modified during the call
    and ``now`` is fixed, so every answer holds for all of it.
    """

    __slots__ = (
        "_heading",
        "_inside",
        "_labelled",
        "_lines",
        "_metas",
        "_microdata",
        "_unscanned",
        "_visible",
        "date_order",
        "doc",
        "language",
        "now",
        "titles",
        "url",
        "us_locale",
        "vietnamese",
    )

    def __init__(
        self,
        doc: lxml.html.HtmlElement,
        now: datetime,
        titles: Sequence[str] = (),
        url: str = "",
    ) -> None:
        self.doc = doc
        self.now = now
        self.url = url
        # numbers left out: a heading may have its date set in it ("27.01.2022Headline")
        self.titles = [shape for t in titles if (shape := title_shape(t, numbers=False))]
        # The page's declared language: foreign date lines are read in it alone (dateparser's
        # language detection costs hundreds of milliseconds a line).
        # A page without ``lang`` on <html> may declare it in og:locale ("de_DE") or an
        # http-equiv Content-Language.
        declared = doc.get("lang") or next(iter(_DECLARED_LANGUAGE_XPATH(doc)), "")
        self.language = re.split(r"[-_]", str(declared).strip().lower())[0]
        # The order of a two-digit-year date ("3/5/24" in en-US, "24. 3. 5." in Korean).
        self.date_order = date_order(str(declared))
        # (value, is it a machine value, textual) -> parse_date's answer
        self._lines: dict[tuple[str, bool, bool], datetime | None] = {}
        # element -> "a child of this element is in boilerplate" (this element or an ancestor
        # of it, below <body>, is a boilerplate box). Keys keep their lxml proxies alive, so an
        # element is always the same key.
        self._inside: dict[lxml.html.HtmlElement, bool] = {}
        self._heading: lxml.html.HtmlElement | None = _UNSET
        self._microdata: list[lxml.html.HtmlElement] | None = None
        self._metas: list[tuple[str, str]] | None = None
        # element -> (in a box of other stories, in the site's header/menus) for the text scan
        self._unscanned: dict[lxml.html.HtmlElement, tuple[bool, bool]] = {}
        # is the page (maybe) Vietnamese: _is_vietnamese's answer, for the URL of this call
        self.vietnamese: bool | None = None
        # is the page declared United States English: _declares_us_english's answer
        self.us_locale: bool | None = None
        # (textual, near_heading_only) -> _from_visible's answer: several steps confirm a date
        # against the same line by the heading
        self._visible: dict[tuple[bool, bool], datetime | None] = {}
        # _labelled_lines' answer: (the first publication or date line a label names, the
        # first update line), one scan of the page for every step that asks
        self._labelled: tuple[datetime | None, datetime | None] | None = None

    def in_boilerplate(self, el: lxml.html.HtmlElement) -> bool:
        """Inside a container of other stories, or in the site chrome (an ancestor below
        <body> is a boilerplate box)."""
        path: list[lxml.html.HtmlElement] = []
        verdict = False
        for anc in el.iterancestors():
            known = self._inside.get(anc)
            if known is not None:
                verdict = known
                break
            if anc.tag in ("body", "html"):
                break
            path.append(anc)
            if _is_boilerplate_box(anc):
                verdict = True
                break
        # every ancestor walked shares the verdict: the walk from each would end the same way
        for anc in path:
            self._inside[anc] = verdict
        return verdict

    def in_other_story(self, el: lxml.html.HtmlElement) -> bool:
        """Inside a container of other stories that does not hold this article's heading or
        body (the site chrome does not count here)."""
        return in_other_stories(el)

    def in_dated_list(self, el: lxml.html.HtmlElement) -> bool:
        """``_in_dated_list`` of *el* below this page's heading."""
        return _in_dated_list(el, self.heading())

    def text_place(self, el: lxml.html.HtmlElement) -> tuple[bool, bool]:
        """(``in_other_story``, ``in_site_top``) of *el*'s own text (*el* included), with the
        verdicts of ancestors remembered: the text scan asks about many nodes of one page."""
        path: list[lxml.html.HtmlElement] = []
        known: tuple[bool, bool] = (False, False)
        node: lxml.html.HtmlElement | None = el
        while node is not None:
            if (cached := self._unscanned.get(node)) is not None:
                known = cached
                break
            path.append(node)
            node = node.getparent()
        heading = self.heading()
        other, top = known
        for node in reversed(path):  # from the outermost new ancestor down to el
            other = other or _is_other_stories(node, _hint(node))
            if node.tag == "article":
                top = False  # the header of an <article> is the article's own
            elif not top:
                top = (
                    (node.tag in ("header", "nav") or _is_site_top(_hint(node)))
                    and node.find(".//h1") is None
                    and (heading is None or not _holds(node, heading))
                )
            self._unscanned[node] = (other, top)
        return other, top

    def in_site_top(self, el: lxml.html.HtmlElement) -> bool:
        """Inside the site's header, menus or top bar (which show today's date): a box named
        so, outside every <article>, that holds no h1 and not the heading."""
        heading = self.heading()
        for anc in [el, *el.iterancestors()]:
            if anc.tag == "article":
                return False
            if (
                (anc.tag in ("header", "nav") or _is_site_top(_hint(anc)))
                and anc.find(".//h1") is None
                and (heading is None or not _holds(anc, heading))
            ):
                return True
        return False

    def heading(self) -> lxml.html.HtmlElement | None:
        """The article's heading, outside the site chrome and other stories' boxes.

        The h1 that names the page's title (og:title, <title>) first; pages with several h1
        (widget titles, the site's name, a section label) have theirs too. Else an h2 that
        names the title (blogs and old CMSs title a story with h2 under the site's h1). Else
        the first non-empty h1 that is not the site's own name (a masthead h1).
        """
        if self._heading is not _UNSET:
            return self._heading
        h1s = [
            h1
            for h1 in self.doc.iter("h1")
            if not _is_masthead(_hint(h1))
            and element_text(h1).strip()
            and not self.in_boilerplate(h1)
        ]
        # The site's logo or name as an h1 that is wholly a link to the front page, with no
        # class saying "logo" (none, or hashed ones): not the heading while another h1 stands.
        stories = [h for h in h1s if not _links_home(h, self.url)]
        if stories:
            h1s = stories
        found = None
        if self.titles:
            found = next(
                (h for h in stories if names_title(_spaced_text(h), self.titles, numbers=False)),
                None,
            )
            if found is None:
                found = next(
                    (
                        h2
                        for h2 in self.doc.iter("h2")
                        if names_title(_spaced_text(h2), self.titles, numbers=False)
                        and h2.find(".//a[@href]") is None  # a teaser of a listing page
                        and not self.in_boilerplate(h2)
                    ),
                    None,
                )
        if found is None and h1s and not stories:
            # The logo's h1 alone (a <title> of the site's name names it), the headline an h2
            # under the header (old templates whose class names, hashed or absent, say nothing).
            found = h2_after(h1s[-1])
            if found is not None and self.in_boilerplate(found):
                found = None
        self._heading = found if found is not None else next(iter(h1s), None)
        return self._heading

    def read_line(self, value: str, *, machine: bool, textual: bool) -> datetime | None:
        """``parse_date`` of a date line's value (any language unless a machine value)."""
        key = (value, machine, textual)
        if key not in self._lines:
            if not machine:  # inside the cache: the walks read the same lines more than once
                value = publication_part(without_update_stamp(value))
            found = parse_date(
                value,
                now=self.now,
                any_language=not machine,
                textual=textual,
                language=self.language,
            )
            if found is not None and not machine and "/" in value:
                found = _month_first_reading(self, value, found)
            self._lines[key] = found
        return self._lines[key]

    def full_year(self, value: str) -> str | None:
        """``full_year`` of a date line's value in the page's order; a reading after the crawl
        gives way to the other order, except on a page that declares Vietnamese (day first,
        whatever its numbers say)."""
        return full_year(value, self.now, self.date_order, swap=self.language != "vi")

    def meta_values(self) -> list[tuple[str, str]]:
        """``_meta_values`` of the page, read once: the specific names' step and the generic
        names' step both walk them."""
        if self._metas is None:
            self._metas = list(_meta_values(self.doc))
        return self._metas

    def microdata(self) -> list[lxml.html.HtmlElement]:
        """Microdata date elements and ``<time pubdate>``, in document order (a whole-tree
        query: only when a step needs it)."""
        if self._microdata is None:
            self._microdata = _microdata_dates(self.doc)
        return self._microdata


# A slashed numeric date whose first two numbers may both be the month ("06/01/2020",
# "11/8/2023 10:46 PM"): ``parse_date`` reads it day-first, as Vietnam and most of the world
# write it; the United States write the month first.
_AMBIGUOUS_SLASHED_RE = re.compile(
    r"(?<![\d/.\-])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?:\d{4}|\d{2})(?![\d/])"
)


def _declares_us_english(page: _Page) -> bool:
    """The page says it is United States English: ``<html lang="en-US">``, or an ``og:locale``
    of en_US when ``lang`` names no region."""
    if page.us_locale is None:
        lang = (page.doc.get("lang") or "").strip().lower().replace("_", "-")
        page.us_locale = lang == "en-us" or (
            lang in ("", "en")
            and any(
                (meta.get("content") or "").strip().lower().replace("_", "-") == "en-us"
                for meta in page.doc.iter("meta")
                if meta.get("property") == "og:locale"
            )
        )
    return page.us_locale


def _month_first_reading(page: _Page, value: str, found: datetime) -> datetime:
    """*found*, read day-first from an ambiguous slashed date in *value*, read month-first
    when the page tells the United States' order: the URL's month (or day) is the
    month-first reading's and not the day-first one's ("/2023/11/…" with "11/08/2023"), or,
    when the URL says nothing against it, the page declares United States English. Never
    on a page that is or may be Vietnamese (day-first, whatever its template declares)."""
    m = _AMBIGUOUS_SLASHED_RE.search(value)
    if m is None:
        return found
    month, day = int(m["first"]), int(m["second"])
    if month == day or month > 12 or day > 12 or (found.month, found.day) != (day, month):
        return found  # not ambiguous, or not the date parse_date read
    filed = _from_url(page.url, page.now)
    if filed is not None and filed.year == found.year and filed.month == found.month:
        return found  # the URL agrees with the day-first reading
    agrees = filed is not None and filed.year == found.year and filed.month == month
    swapped = found.replace(month=month, day=day)
    if not (
        agrees
        or (
            filed is None
            and (_declares_us_english(page) or _spelled_out(page, swapped.date(), found.date()))
        )
    ):
        return found
    if _is_vietnamese(page, page.url):
        return found
    return swapped


def _spelled_out(page: _Page, month_first: date, day_first: date) -> bool:
    """Whether the page's text writes the month-first reading of an ambiguous slashed date
    with a month name ("06/01/2020" beside "June 1, 2020" or "Jun 1, 2020 at 3:27 pm") and
    never the day-first one: the page says which order its numbers are in."""
    written: set[date] = set()
    for text in _YEARISH_TEXT_XPATH(page.doc):
        for span in _TEXT_DATE_RE.findall(text):
            if any(c.isalpha() for c in span) and (
                value := parse_date(span, now=page.now, textual=False)
            ):
                written.add(value.date())
    return month_first in written and day_first not in written


# A numeric day, what a line must still hold once its update stamp is out.
_NUMERIC_DAY_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}")


# The words that label a publication, an update or a date, by language, are one table
# (``date_labels.LABELS``); every regex below is built from it, so each step reads the same
# languages. Many pages print both a publication and an update under the heading, in either
# order, on one line or two ("Aktualisiert am 9. März 2024 | Veröffentlicht am 7. März 2024",
# "Publié le … Mis à jour le …"): the reader (and the truth) takes the publication's.
_LABEL_PUNCTUATION = str.maketrans(dict.fromkeys(":|·,;()[]：", " "))


def publication_part(line: str) -> str:
    """The part of a date line that its publication label leads, up to the next label, when
    the line labels both a publication and an update ("Mis à jour le 9 mars 2024 | Publié le
    7 mars 2024" -> "Publié le 7 mars 2024"); else *line*. Spelled-out days too, which
    ``without_update_stamp``'s numeric stamps do not cover."""
    if LINE_LABEL_FIRST_WORDS.isdisjoint(line.lower().translate(_LABEL_PUNCTUATION).split()):
        return line
    labels = list(LINE_LABEL_RE.finditer(line))
    if len(labels) < 2 or not any(m["updated"] for m in labels):
        return line
    for i, m in enumerate(labels):
        if m["published"]:
            end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
            part = line[m.start() : end]
            return part if any(map(str.isdigit, part)) else line
    return line


def leads_with_update(line: str) -> bool:
    """Whether a date line opens with an update label and labels no publication ("Bijgewerkt
    op 9 maart 2024, 16:40"): the line by the heading that counts only when no other does."""
    m = LINE_LABEL_RE.search(line, 0, 40)
    return (
        m is not None
        and m["updated"] is not None
        and not line[: m.start()].strip(" |·-–:")
        and not any(x["published"] for x in LINE_LABEL_RE.finditer(line))
    )


def _after_update_label(el: lxml.html.HtmlElement) -> bool:
    """Whether the text right before *el* (a ``<time datetime>``) ends in an update label: its
    previous sibling and that sibling's tail, else its parent's own text ("Veröffentlicht am
    <time …> | Aktualisiert am <time …>", "<span>Updated</span> <time …>"). Walking up from the
    heading meets the second ``<time>`` of such a line before the line itself."""
    prev = el.getprevious()
    if prev is not None:
        before = (_short_text(prev, _SHORT_LINE) or "") + " " + (prev.tail or "")
    elif (parent := el.getparent()) is not None:
        before = parent.text or ""
    else:
        return False
    labels = list(LINE_LABEL_RE.finditer(before))
    return (
        bool(labels) and labels[-1]["updated"] is not None and labels[-1].end() > len(before) - 20
    )


def without_update_stamp(line: str) -> str:
    """*line* without its update stamp when it shows another day besides: the publication.
    "Cập nhật: 09/01/2026 08:00 | Đăng: 08/01/2026 18:21" -> "| Đăng: 08/01/2026 18:21". A
    line showing only the update stamp ("Cập nhật ngày: 16/01/2019 - 21:19", the one date a
    page shows) is kept whole."""
    if len(_NUMERIC_DAY_RE.findall(line)) < 2:
        return line
    rest = UPDATE_STAMP_RE.sub(" ", line)
    return rest if rest != line and _NUMERIC_DAY_RE.search(rest) else line


def _own_text(el: lxml.html.HtmlElement) -> str:
    """The element's text when it is short enough to be a date line, else "".

    Its pieces are stripped and joined with spaces ("2019" + "Comments" stay apart); the walk
    stops once the line is too long (candidates include containers of the whole article).
    """
    pieces: list[str] = []
    length = -1  # no space before the first piece
    for piece in el.itertext():
        if piece := piece.strip():
            length += len(piece) + 1
            if length > _MAX_LINE:
                return ""
            pieces.append(piece)
    return " ".join(pieces)


def _short_text(el: lxml.html.HtmlElement, limit: int) -> str | None:
    """``el.text_content()`` when it is at most *limit* characters long, else None.

    Without building the whole text of a large element (near the heading: its ancestors and
    the article body): the pieces are counted as they come. An element holding only text needs
    no walk at all.
    """
    if not len(el):  # no child element, comment or PI: its text is all there is
        text = el.text or ""
        return text if len(text) <= limit else None
    pieces: list[str] = []
    length = 0
    for piece in el.itertext():
        length += len(piece)
        if length > limit:
            return None
        pieces.append(piece)
    return "".join(pieces)


def _text_start(el: lxml.html.HtmlElement, limit: int) -> str:
    """``el.text_content()[:limit]``, reading no further than *limit* characters: an item's
    ancestors the repeated-item test climbs through are often the page's largest boxes."""
    pieces: list[str] = []
    length = 0
    for piece in el.itertext():
        pieces.append(piece)
        length += len(piece)
        if length >= limit:
            return "".join(pieces)[:limit]
    return "".join(pieces)


def _holds(box: lxml.html.HtmlElement, el: lxml.html.HtmlElement) -> bool:
    """Whether *el* is a descendant of *box* (``el in box.iterdescendants()``), asked from
    *el* up: its ancestors are a few, *box*'s descendants may be the whole page."""
    return any(anc is box for anc in el.iterancestors())


def _has_digit(el: lxml.html.HtmlElement) -> bool:
    """Whether ``el.text_content()`` has a digit, reading no further than the first one."""
    if not len(el):
        return any(map(str.isdigit, el.text or ""))
    return any(any(map(str.isdigit, piece)) for piece in el.itertext())


# Never a date line: code, links (other stories), titles, the (invisible) head.
_NEVER_LINE_TAGS = frozenset(
    {"head", "script", "style", "a", "meta", "h1", "h2", "h3", "title", "option"}
)


# Links and subheadings that are date lines when marked as one.
_MARKED_LINE_TAGS = frozenset({"a", "h2", "h3"})


def _never_line(el: lxml.html.HtmlElement) -> bool:
    """Never a date line: code, titles, links, except a link or subheading marked as a date
    (WordPress themes link the date to the day's archive: <a class="post-meta-time">08/08/2017
    </a>; Blogger heads each day's posts with <h2 class="date-header">)."""
    return el.tag in _NEVER_LINE_TAGS and not (
        el.tag in _MARKED_LINE_TAGS and _is_date_hint(_hint(el))
    )


# Quotes and captions: body text unless their class says "date". (A short <p> or <li> by the
# heading is many templates' date line: "<p class='tagline'>22/11/2020 - 04:30 - Fonte: …".)
_TEXT_TAGS = frozenset({"blockquote", "figcaption"})


def _line_value(el: lxml.html.HtmlElement, *, hinted_only: bool) -> tuple[str, bool]:
    """(value to parse, is it a machine value) for a date-line candidate, ("", False) if none."""
    if _never_line(el):
        return "", False
    if el.tag == "time" and el.get("datetime"):
        return el.get("datetime", ""), True
    hinted = el.tag == "time" or _is_date_hint(_hint(el))
    if hinted or (not hinted_only and el.tag not in _TEXT_TAGS):
        return _own_text(el), False
    return "", False


def _parse_line(
    page: _Page, el: lxml.html.HtmlElement, *, hinted_only: bool, textual: bool = True
) -> datetime | None:
    return _parse_line_read(page, el, hinted_only=hinted_only, textual=textual)[0]


def _parse_line_read(
    page: _Page, el: lxml.html.HtmlElement, *, hinted_only: bool, textual: bool = True
) -> tuple[datetime | None, str, bool]:
    """``_parse_line``'s date, with the value it read and whether that is a machine value
    (``_line_value``): ``_line_near`` asks the same value whether it counts back from the
    reader's clock, without reading the element's text again."""
    if _is_today(_hint(el)):
        return None, "", False
    value, machine = _line_value(el, hinted_only=hinted_only)
    if not value:
        return None, value, machine
    found = page.read_line(value, machine=machine, textual=textual)
    if (
        found is None
        and not machine
        and (full := page.full_year(value)) is not None  # "23.09.22", "8.5.12" …
        # … in a line marked as a date, or in the story's byline ("von <a rel=author>…</a>,
        # 8.5.12"), or alone on its line ("23.09.22", "28.09.19, 12:44"): there a date, in
        # free text as likely a version number
        and (
            el.tag == "time"
            or _is_date_hint(_hint(el))
            or _holds_byline(el)
            or _SHORT_STAMP_RE.fullmatch(value) is not None
        )
    ):
        found = page.read_line(full, machine=False, textual=textual)
    if (
        found is None
        and not machine
        and "trước" in value
        and (tail := _RELATIVE_TAIL.search(value))
    ):
        # A WordPress-style row naming the writer before the count ("Đăng bởi Minh Anh - 3 giờ
        # trước"): the count alone is the date, still a relative one (``_line_near`` keeps it
        # as the last resort).
        found = page.read_line(tail.group(1), machine=False, textual=textual)
    return found, value, machine


# A Vietnamese count back from the reader's clock closing a row after a separator.
_RELATIVE_TAIL = re.compile(r"[-–|·•,]\s*(\d{1,2}\s+(?:phút|giờ|ngày)\s+trước)\s*$")


def _holds_byline(el: lxml.html.HtmlElement) -> bool:
    """Whether *el* holds the author's mark: ``rel``/``itemprop`` author, a class saying
    author or byline, or a link to the writer's page (``_AUTHOR_PAGE_RE``)."""
    return any(
        child.get("rel") == "author"
        or child.get("itemprop") == "author"
        or _BYLINE_CLASS_RE.search(child.get("class") or "")
        or (child.tag == "a" and _AUTHOR_PAGE_RE.search(child.get("href") or "") is not None)
        for child in el.iterdescendants(etree.Element)
    )


# The address of a writer's page, as ``_AUTHOR_MARK_PARENT_XPATH`` finds it.
_AUTHOR_PAGE_RE = re.compile(r"/(?:author|autor|auteur)/")


def _elements_after(h1: lxml.html.HtmlElement) -> Iterator[tuple[lxml.html.HtmlElement, bool]]:
    """XPath's ``descendant::* | following::*`` of *h1*, lazily: the elements after its start
    tag in document order, each with "is it inside *h1*".

    libxml2 materialises the whole following axis (most of the page) for a query; only the
    first few elements are wanted. Comments and processing instructions are not elements.
    """
    for el in h1.iterdescendants(etree.Element):
        yield el, True
    node: lxml.html.HtmlElement | None = h1
    while node is not None:
        for sibling in node.itersiblings(etree.Element):
            for el in sibling.iter(etree.Element):
                yield el, False
        node = node.getparent()


def _reversed_subtree(el: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """*el* and its descendant elements in reverse document order (*el* last)."""
    for child in el.iterchildren(etree.Element, reversed=True):
        yield from _reversed_subtree(child)
    yield el


def _elements_before(h1: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """XPath's ``ancestor::* | preceding::*`` of *h1*, lazily and nearest first: the elements
    whose start tag comes before *h1*'s, in reverse document order, its ancestors included."""
    node = h1
    while True:
        for sibling in node.itersiblings(etree.Element, preceding=True):
            yield from _reversed_subtree(sibling)
        parent = node.getparent()
        if parent is None:
            return
        yield parent
        node = parent


def _hinted_or_time(
    doc: lxml.html.HtmlElement,
) -> Iterator[tuple[lxml.html.HtmlElement, str]]:
    """The elements that may carry a date line on a page without a heading: those with a class
    or an id, and ``<time>``, in document order (XPath's ``//*[@class or @id] | //time``),
    each with its class+id string (``_hint``'s: " " for a ``<time>`` with neither).

    Lazily: the first hinted date line usually comes early, and the query built the whole
    list, merging three node sets of most of the page (~3 M instructions on a large page).
    Class and id are read once an element (the caller asks the string next: ``_hint`` read
    them again), and the tag only of an element with neither (a tag read makes a new string):
    on the 102 trees of ``extract_instructions``, the walk and its hint test 6.2 → 5.1 M
    instructions a page."""
    for el in doc.getroottree().getroot().iter(etree.Element):
        cls = el.get("class")
        ids = el.get("id")
        if cls is not None or ids is not None:
            yield el, f"{cls or ''} {ids or ''}"
        elif el.tag == "time":
            yield el, " "


def _near_heading(
    h1: lxml.html.HtmlElement,
) -> Iterator[tuple[lxml.html.HtmlElement, bool, bool]]:
    """(element, is it inside *h1*, is it below *h1*) for the ``_NEAR`` elements after and the
    ``_NEAR`` elements before the heading in document order, nearest first, the one below
    before the one above at the same distance (the usual place is right under the title).

    Elements below the first long paragraph after the heading are left out: that paragraph
    starts the body, and nothing below it is a date line.
    """
    below = _elements_after(h1)
    above = _elements_before(h1)
    body_started = False
    for _ in range(_NEAR):
        if not body_started and (step := next(below, None)) is not None:
            el, inside = step
            if el.tag == "p" and _short_text(el, _MAX_LINE) is None:  # a long paragraph
                body_started = True
            else:
                yield el, inside, True
        if (el := next(above, None)) is not None:
            yield el, False, False


def _from_visible(
    page: _Page,
    *,
    textual: bool = True,
    near_heading_only: bool = False,
) -> datetime | None:
    """The date line nearest the heading; without one, the first hinted line in the page.

    ``textual=False`` reads only numeric and English month-name lines (no dateparser) and
    ``near_heading_only`` skips the page-wide fallback: enough when the line only confirms a
    date the metadata already gave.
    """
    key = (textual, near_heading_only)
    if key not in page._visible:
        page._visible[key] = _visible_line(
            page, textual=textual, near_heading_only=near_heading_only
        )
    return page._visible[key]


def _visible_line(page: _Page, *, textual: bool, near_heading_only: bool) -> datetime | None:
    """``_from_visible``'s answer, worked out: the date line near the heading (read once per
    page and ``textual``, whichever of the two questions asks first), then, unless
    ``near_heading_only``, the first labelled line, the first hinted line and the first
    byline line of the page; a line labelled as an update last, as by the heading (an update
    counts only when no other line dates the page)."""
    near_key = (textual, True)
    if near_key in page._visible:
        found = page._visible[near_key]
    else:
        # The page-wide question is often asked right after the near-heading one found nothing
        # (``find_dates``' two steps for a page without structured dates): the walk by the
        # heading is the same, so its answer is kept for both.
        h1 = page.heading()
        found = _line_near(page, h1, textual=textual) if h1 is not None else None
        page._visible[near_key] = found
    if found or near_heading_only:
        return found
    published, updated = _labelled_lines(page)
    return (
        published
        or _first_hinted_line(page, textual=textual)
        or _first_byline_line(page, textual=textual)
        or updated
    )


# The elements holding an author's mark that is not a class name (the line around a
# ``<a rel="author">``, an ``itemprop="author"``), in document order, with the elements that
# ``$marked`` (the parents of class-marked elements, found in Python) adds to them.
# A class saying author or byline marks it too ("<a class='author url fn'>", hCard's author
# link, which templates print with or without rel=author): that part was one more XPath step,
# ``//@class[contains(translate(., 'AUTHORBYLINE', 'authorbyline'), 'author') or
# contains(translate(…), 'byline')]/../..``, whose two translate() calls copied and mapped
# every class value of the page (~0.7 ms a page); the union below still sorts the whole set
# into document order and drops duplicates.
# A link to the writer's page ("/author/klaus-peter_schoeppner/", "/autor/…", "/auteur/…") marks
# its line as well: WordPress and most CMSs print the byline's name as that link, and it stays
# when neither rel=author nor a telling class does (hashed CSS-module names, old templates).
# The links are found from their addresses, stepped back twice (the link, its line), and every
# address is first asked for "/aut", which all three words start with: one contains() copies
# the address once, where three on the element (``//a[contains(@href, …) or …]/..``) copied
# it up to three times, each in a new context (on the 102 pages of ``extract_instructions``:
# 2.44 → 0.71 M instructions a query, the same elements on all 1428 pages). The attribute
# steps start from ``/descendant::*`` (elements only), not ``//`` (every node, text nodes
# included, and its children: libxml2 does not shorten it before an attribute step), the same
# set, as for ``_AUTHOR_MARKS`` in page.py; the class values likewise.
_AUTHOR_MARK_PARENT_XPATH = etree.XPath(
    "$marked | /descendant::*/@rel[.='author']/../.. | /descendant::*/@itemprop[.='author']/../.."
    " | /descendant::a/@href[contains(., '/aut')][contains(., '/author/') or contains(., '/autor/')"
    " or contains(., '/auteur/')]/../.."
)
_CLASS_VALUES_XPATH = etree.XPath("/descendant::*/@class")
# XPath's translate() above: these twelve capitals alone lower-cased.
_AUTHOR_LETTERS = str.maketrans("AUTHORBYLINE", "authorbyline")


def _class_marked_parents(doc: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The parents of the elements whose class says "author" or "byline" in any case of its
    ASCII letters (translate()'s test). ``str.lower`` finds a superset first (it lower-cases
    those capitals as translate() does, and more characters besides, none of which becomes
    one of these letters), so the exact mapping runs on the few values that pass it."""
    marked: list[lxml.html.HtmlElement] = []
    for value in _CLASS_VALUES_XPATH(doc):
        lowered = value.lower()
        if "author" not in lowered and "byline" not in lowered:
            continue
        exact = value.translate(_AUTHOR_LETTERS)
        if ("author" in exact or "byline" in exact) and (
            parent := value.getparent().getparent()
        ) is not None:  # <html>'s parent is the document, which lxml leaves out of results
            marked.append(parent)
    return marked


def _author_mark_parents(doc: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The lines around an author's mark (rel, itemprop or class), in document order, once
    each."""
    return _AUTHOR_MARK_PARENT_XPATH(doc, marked=_class_marked_parents(doc))


def _first_byline_line(page: _Page, *, textual: bool) -> datetime | None:
    """The date in the first byline line of a page without a heading or a marked date line
    ("von <a rel=author>Klaus-Peter Schöppner</a>, 8.5.12", or a link of class "author"),
    outside other stories' boxes and
    the site's chrome."""
    for el in _author_mark_parents(page.doc):
        if _short_text(el, _MAX_LINE) is None or not _has_digit(el):
            continue
        if not page.in_boilerplate(el) and (
            found := _parse_line(page, el, hinted_only=False, textual=textual)
        ):
            return found
    return None


# The longest text an element set inside the heading may hold to be its date.
_DATE_ALONE_TEXT = 40


def _leads_a_date_line(line: str) -> bool:
    """Whether a line longer than ``_SHORT_LINE`` by the heading is led as a date line is: by a
    numeric date ("22/11/2020 - 04:30 - Fonte: …"), a byline ("By …", "von …", "Theo …") or
    a date label with its separator ("Published: …", "Veröffentlicht am …", "Ngày đăng: …").
    The byline names someone (a capital after "By", "Theo": not "By the end of …", "Theo báo
    cáo …"), and neither ends as a sentence does ("Theo Sở Y tế, ngày 12/5, … ca mắc mới.")."""
    if _LEADING_DATE_RE.match(line):
        return True
    if line.endswith("."):
        return False
    if (byline := _BYLINE_LEAD_RE.match(line)) and byline[0][-1].isupper():
        return True
    label = lead_label(line)
    if label is not None and label["sep"]:
        return True
    # A publication or update label of ``date_labels.LABELS`` with a number
    # soon after it ("Frissítve: 2024. 03. 09. 16:40 | Közzétéve: …", "Updated March 9, 2024
    # | Published …"): two labelled days make the line long.
    lead = LINE_LABEL_RE.match(line)
    return lead is not None and any(map(str.isdigit, line[lead.end() : lead.end() + _LABEL_REACH]))


def _date_alone_in(el: lxml.html.HtmlElement, anchor: lxml.html.HtmlElement) -> bool:
    """Whether *el*, inside *anchor* (the heading), holds a date and nothing else, at the start
    or the end of the heading's text ("<h1><span><span>27.01.2022</span></span>MineralölINFO
    …</h1>"): the date set in the heading, whatever its class says. A date inside the title's
    words ("Wahl am <b>12.05.2019</b> in …") is the story's subject."""
    text = _short_text(el, _DATE_ALONE_TEXT)
    if not text or not (text := " ".join(text.split())):
        return False
    if not (_TEXT_DATE_RE.fullmatch(text) or _SHORT_STAMP_RE.fullmatch(text)):
        return False
    heading = " ".join(_spaced_text(anchor).split())
    return heading.startswith(text) or heading.endswith(text)


# Words a date line shares with a headline without repeating it: separators, and a Vietnamese
# count's words ("3 giờ trước" under "Sửa đê … trước mùa mưa bão").
_LINE_WORDS = frozenset({"-", "|", "giờ", "phút", "trước"})
# Vietnamese date-line words a headline holds as often ("Ngày đăng: …" under "Sôi nổi Ngày hội
# …", "Thứ 5, 07/08/2025" under "… lần thứ 5, nhiệm kỳ …"), compared case-folded and without
# the label's colon or comma: the label, the weekday, "lúc". A shared number ("5,") is no
# repeat either: the title again shares its words. Asked on Vietnamese pages only (elsewhere
# a shared number kept out lines that, read, gave wrong days: half B without metadata and
# class names, two pages).
_VI_DATE_WORDS = frozenset(
    {"ngày", "đăng", "cập", "nhật", "lúc", "thứ", "chủ", "hai", "ba", "tư", "năm", "sáu", "bảy"}
)


def _repeats_heading(heading_words: set[str], text: str) -> bool:
    """Whether the short line *text* shares a word with the heading (the title again, not a
    date line): separators, count words, numbers and Vietnamese date-line words aside."""
    shared = heading_words & set(text.split()) - _LINE_WORDS
    return any(
        not any(map(str.isdigit, word)) and word.strip(":,.").casefold() not in _VI_DATE_WORDS
        for word in shared
    )


def _line_near(page: _Page, anchor: lxml.html.HtmlElement, *, textual: bool) -> datetime | None:
    """The date line nearest *anchor* (the heading, or the story's byline), within ``_NEAR``
    elements and above the body's first long paragraph."""
    update: datetime | None = None
    relative: datetime | None = None
    heading_words = set(element_text(anchor).split())
    for el, inside_h1, below in _near_heading(anchor):
        if _never_line(el):
            continue
        if el.tag == "time" or _is_date_hint(_hint(el)):
            # A date set inside the heading ("<h1><span class='date'>27.01.2022</span>
            # Headline</h1>") is marked as one; the heading's own words are not.
            has_digit = _has_digit(el)
        elif inside_h1:
            if not _date_alone_in(el, anchor):
                continue
            has_digit = True
        else:
            # Unlabelled lines count only when they are mostly date (not the title again):
            # short, or led as a date line is (``_leads_a_date_line``: "22/11/2020 - 04:30 -
            # Fonte: Agência …", "By … Last updated 04 Jun 2020, …"). Measured as the reader
            # sees it: the markup's indentation is not the line's (a class naming the line let
            # it through whatever its whitespace).
            text = _short_text(el, _MAX_LINE)
            if text is None:
                continue
            shared = heading_words & set(text.split()) - _LINE_WORDS
            if (
                shared
                and not shared <= _date_words(heading_words, anchor)
                # (the word test first: the language test reads the page's text, once a page)
                and (_repeats_heading(heading_words, text) or not _is_vietnamese(page, page.url))
            ):
                continue
            line = " ".join(text.split())
            if len(line) > _SHORT_LINE and not _leads_a_date_line(line):
                continue
            has_digit = any(map(str.isdigit, text))
        if not has_digit and not el.get("datetime"):
            continue  # no digit, no date (cheap test before the ancestor walk)
        if _is_other_stories(el, _hint(el)):
            continue
        if page.in_boilerplate(el) and not (
            (below and _in_header_below(el, anchor)) or _in_heading_header(page, el, anchor)
        ):
            continue
        if _beside_headline_link(el):
            continue
        if len(el) and not _is_date_hint(_hint(el)) and _is_site_header(el):
            # The site's header itself, short enough to read as one line: its clock and
            # menu ("Thứ Năm, 15/01/2026 Trang chủ Chính trị …"), not the story's date.
            continue
        found, value, machine = _parse_line_read(page, el, hinted_only=False, textual=textual)
        if found:
            if _is_site_clock(page, el, anchor, found):
                continue
            if not machine and is_relative(value):
                # The value just parsed counts back from the reader's clock without a year
                # (``is_relative``): "12 minutes ago" above "Wed 29th April 2020 | 03:32 PM":
                # the page was rendered (or cached) at a time we do not know, so a day counted
                # back from the crawl is a guess; a line that writes the day counts first.
                relative = relative or found
                continue
            if not (
                _is_update_mark(_hint(el))
                or (
                    leads_with_update(value) or _update_first(value)
                    if not machine
                    else _after_update_label(el)
                )
            ):
                if _labels_publication(el, value, machine) or (not machine and _byline_led(value)):
                    return found
                # A line that does not say it is the publication ("Live · Latest entry …",
                # "From the print edition of …", "12 comments · latest …") comes before the
                # story's own line in many templates: a line labelled as the publication, else
                # the byline's date line, wins if the heading has one (``_own_line_below``).
                return _own_line_below(page, anchor, el, textual=textual) or found
            # hAtom's <time class="updated"> beside <time class="entry-date published">:
            # the update counts only when the heading has no other date line.
            update = update or found
    return update or relative or _lead_dateline(page, anchor)


def _labels_publication(el: lxml.html.HtmlElement, value: str, machine: bool) -> bool:
    """Whether the date line *el* (read as *value*) carries a publication label of
    ``_PUBLISHED_WORDS`` ("Published: …", "Veröffentlicht am <time …>")."""
    if machine:  # the label is the text before the <time>, as ``_after_update_label`` reads
        prev, parent = el.getprevious(), el.getparent()
        if prev is not None:
            value = (_short_text(prev, _SHORT_LINE) or "") + " " + (prev.tail or "")
        else:
            value = (parent.text or "") if parent is not None else ""
    if LINE_LABEL_FIRST_WORDS.isdisjoint(value.lower().translate(_LABEL_PUNCTUATION).split()):
        return False
    return any(m["published"] for m in LINE_LABEL_RE.finditer(value))


def _own_line_below(
    page: _Page, anchor: lxml.html.HtmlElement, first: lxml.html.HtmlElement, *, textual: bool
) -> datetime | None:
    """The date of the story's own line among the rest of the lines by *anchor* after *first*
    (the nearest date line, which does not say what it dates), within ``_line_near``'s
    reach: the first line labelled as the publication, else the first line led by the byline
    ("By Anna Example · March 5, 2024", "Tác giả: … 05/03/2024"); None if there is neither.
    Only lines holding a label word or led by a byline are parsed (most elements are
    neither)."""
    seen = False
    by_byline: datetime | None = None
    for el, inside_h1, _below in _near_heading(anchor):
        if el is first:
            seen = True
            continue
        if not seen or inside_h1 or _never_line(el):
            continue
        # (the line's text before the two ancestor walks: most elements are too long or hold
        # no digit)
        text = _short_text(el, _MAX_LINE)
        if not text or not any(map(str.isdigit, text)) or _holds(el, first) or _holds(first, el):
            continue
        labelled = _labels_publication(el, text, False)
        if not labelled and (by_byline is not None or not _byline_led(text)):
            continue
        if _is_other_stories(el, _hint(el)) or page.in_boilerplate(el):
            continue
        found, value, _machine = _parse_line_read(page, el, hinted_only=False, textual=textual)
        if found is None or is_relative(value) or leads_with_update(value) or _update_first(value):
            continue
        if labelled:
            return found
        by_byline = found
    return by_byline


def _byline_led(line: str) -> bool:
    """Whether *line* opens with a byline: "By Anna Example …" (a capital after the word, not
    "By the end of …") or a writer's label of ``clean.BYLINE_LABELS`` and its colon ("Tác
    giả: …", "Autor: …")."""
    line = line.strip()
    if (m := _BYLINE_LEAD_RE.match(line)) is not None:
        return m[0][-1].isupper()
    # (the labels' first characters first: the alternation folds each character it tries)
    return (
        opens_with(line, _BYLINE_LABEL_HEADS, _BYLINE_LABEL_START_RE)
        and _BYLINE_LABEL_RE.match(line) is not None
    )


_BYLINE_LABEL_RE = re.compile(
    r"(?:" + "|".join(re.escape(label) for label in BYLINE_LABELS) + r")\s*:\s*[^\W\d_]",
    re.IGNORECASE,
)
_BYLINE_LABEL_HEADS = ascii_heads(BYLINE_LABELS)
_BYLINE_LABEL_START_RE = re.compile(initials_pattern(BYLINE_LABELS), re.IGNORECASE)


def _update_first(line: str) -> bool:
    """Whether the first label of a date line is an update label with no digit before it and
    the line labels no publication, and the line shows another day after it: "By Anna
    Example · Updated: July 7, 2024 · June 26, 2024" (the byline, then the update, then the
    bare publication stamp), which ``leads_with_update`` does not cover (a name stands before
    the label). The line's first date is the update's; the bare stamp after it is read from its
    own element. A line showing the update alone ("By Anna Example · Updated March 12, 2020")
    stays the page's date line: a reader sees that day (``_shown_update``)."""
    if LINE_LABEL_FIRST_WORDS.isdisjoint(line.lower().translate(_LABEL_PUNCTUATION).split()):
        return False
    if len(_TEXT_DATE_RE.findall(line)) < 2:
        return False
    labels = list(LINE_LABEL_RE.finditer(line))
    return (
        bool(labels)
        and labels[0]["updated"] is not None
        and not any(map(str.isdigit, line[: labels[0].start()]))
        and not any(m["published"] for m in labels)
    )


def _date_words(heading_words: set[str], anchor: lxml.html.HtmlElement) -> set[str]:
    """The words of the dates the heading names ("Polls open on March 17, 2024: …" -> "March",
    "17,", "2024:"): a date line under such a heading shares its month and year with it
    ("March 1, 2024 1:53 PM") without repeating the title. Only asked when a line shares a
    word with the heading (a few lines a page)."""
    words: set[str] = set()
    text = " ".join(element_text(anchor).split())
    for m in _TEXT_DATE_RE.finditer(text):
        # the match with the punctuation that sticks to its first and last words
        start = text.rfind(" ", 0, m.start()) + 1
        end = text.find(" ", m.end())
        words.update(text[start : end if end >= 0 else len(text)].split())
    return words & heading_words


# A dateline: the story's first paragraph led by a numeric date and a dash ("06.11.23 -
# Sensation in der schwarzen Hochburg …", "12/05/2020 – The council …"), as wire copy and many
# local papers print the day before the first sentence. A date followed by words is a sentence
# ("12.05.2020 war ein …"), not a dateline.
_DATELINE_RE = re.compile(
    r"\s*(?P<date>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"
    r"\s*[-–—]\s"
)
# How much of the paragraph's start is read for it (room for the markup's indentation before
# "06.11.2023 - ").
_DATELINE_TEXT = 80


def _lead_dateline(page: _Page, anchor: lxml.html.HtmlElement) -> datetime | None:
    """The date of the dateline that leads the body's first paragraph (the first long ``<p>``
    within ``_NEAR`` elements below *anchor*), for a heading with no date line by it."""
    for _, (el, _inside) in zip(range(_NEAR), _elements_after(anchor), strict=False):
        if el.tag != "p" or _short_text(el, _MAX_LINE) is not None:
            continue
        m = _DATELINE_RE.match(_text_start(el, _DATELINE_TEXT))
        if m is None or page.in_boilerplate(el):
            return None
        value = m["date"]
        if found := page.read_line(value, machine=False, textual=False):
            return found
        full = page.full_year(value)  # "06.11.23"
        return page.read_line(full, machine=False, textual=False) if full else None
    return None


# Chrome names other than a header's: a box so named below the heading is still chrome.
_NOT_HEADER_CHROME_RE = re.compile(r"footer|menu|n(?<![a-z]n)av|top-?bar|breadcrumb", re.IGNORECASE)


def _in_header_below(el: lxml.html.HtmlElement, anchor: lxml.html.HtmlElement) -> bool:
    """Whether every chrome box around *el*, an element below *anchor* (the heading), is a box
    named as a header that starts after the heading ("<div class='read__header'>" under the
    h1 holding "Kompas.com - 02/11/2023, 21:34 WIB"): the story's own header block, as the
    site's header comes before the story, never after its headline. A footer, a menu, a
    breadcrumb or another stories' box stays chrome, and so do the chrome elements (``<header>``
    outside an ``<article>`` is the site's or a sidebar block's; inside one it is not chrome)."""
    holders = set(anchor.iterancestors())
    for box in el.iterancestors():
        if box in holders:
            return True  # the boxes above hold the heading: not chrome (it is not in any)
        if not _is_boilerplate_box(box):
            continue
        hint = _hint(box)
        if (
            box.tag in _CHROME_TAGS
            or _is_other_stories(box, hint)
            or _NOT_HEADER_CHROME_RE.search(hint)
        ):
            return False
    return False


def _in_heading_header(
    page: _Page, el: lxml.html.HtmlElement, heading: lxml.html.HtmlElement
) -> bool:
    """Whether *el* sits in a box named like chrome ("header-content", "detail-header") that is
    the heading's next or previous sibling, inside a box of the page (not <body> itself): the
    story's own header block (breadcrumb and date line above the title), not the site's
    header, which is not set beside the story's heading. Nothing else around *el* may be
    boilerplate."""
    parent = heading.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return False
    for box in el.iterancestors():  # the ancestor that is one of the heading's siblings
        if box.getparent() is parent:
            break
        if _is_boilerplate_box(box):
            return False
    else:
        return False
    if box is heading or box.tag == "nav" or _is_other_stories(box, _hint(box)):
        return False
    if box not in (
        next(heading.itersiblings(etree.Element), None),
        next(heading.itersiblings(etree.Element, preceding=True), None),
    ):
        return False
    return not page.in_boilerplate(box)


def _is_site_clock(
    page: _Page, el: lxml.html.HtmlElement, anchor: lxml.html.HtmlElement, found: datetime
) -> bool:
    """Whether the line *el* gave *found*, the crawl day without a time, above *anchor* and
    outside any <article>: the site's clock in its top bar ("Thứ Năm, 15/01/2026"), where no
    class says "today" (none, or hashed ones). A story's own line by its heading has its time
    ("15/01/2026 08:30"), or is below it."""
    if found.time() != _MIDNIGHT or found.date() != page.now.date():
        return False
    if any(anc.tag == "article" for anc in el.iterancestors()):
        return False
    for node in page.doc.getroottree().getroot().iter(etree.Element):
        if node is anchor:
            return False
        if node is el:
            return not _holds(el, anchor)
    return False


# What marks the story's byline: schema.org's and HTML's author marks, class names that say
# author or byline ("authorName", "post-byline").
_BYLINE_CLASS_RE = re.compile(r"author|byline", re.IGNORECASE)
# How far below the heading a byline is looked for (elements), and how many are tried: the
# byline is near the top of the story, after a recipe's facts or a product's lead at most.
_BYLINE_REACH = 150
_BYLINE_LOOKS = 5
_INVISIBLE_TAGS = frozenset({"meta", "link", "script", "style", "noscript", "template"})


def _bylines(page: _Page) -> Iterator[lxml.html.HtmlElement]:
    """The byline marks below the heading, in document order, lazily."""
    h1 = page.heading()
    if h1 is None:
        return
    for _, (el, _inside) in zip(range(_BYLINE_REACH), _elements_after(h1), strict=False):
        if el.tag in _INVISIBLE_TAGS:
            continue
        if (
            el.get("itemprop") == "author"
            or el.get("rel") == "author"
            or _BYLINE_CLASS_RE.search(el.get("class") or "")
        ):
            yield el


def _line_by_byline(page: _Page, *, textual: bool) -> datetime | None:
    """The date line beside the story's byline ("By Betty Crocker Kitchens / Updated June 13,
    2019"), for a page whose date sits with the author's name rather than under the title
    (a recipe's or a product's lead between them)."""
    looked = 0
    for el in _bylines(page):
        if page.in_boilerplate(el):
            continue
        if (found := _line_near(page, el, textual=textual)) is not None:
            return found
        looked += 1
        if looked == _BYLINE_LOOKS:
            break
    return None


# The first <time datetime> of an <article> element, outside other stories' boxes. Written
# with ``descendant::`` steps: ``//`` is ``/descendant-or-self::node()/``, which libxml2 only
# shortens to a descendant walk for a bare name, so ``//time[@datetime]`` stepped through every
# node below each article, text nodes included, and then to each one's children (the same set:
# the predicate is no position; on the 1428 pages, 1.8 → 0.35 s of wall time in all).
_ARTICLE_TIME_XPATH = etree.XPath("/descendant::article/descendant::time[@datetime]")


def _article_time(page: _Page) -> datetime | None:
    """The publication time an <article> shows (its own ``<time datetime>``), for pages whose
    heading has no date line near it (a visually hidden h1 at the top of the page): what the
    reader sees in the story comes before a generic meta "date" (the CMS record's last edit)."""
    for el in _ARTICLE_TIME_XPATH(page.doc):
        if _is_update_mark(_hint(el)) or _is_today(_hint(el)):
            continue
        if page.in_boilerplate(el) or _is_other_stories(el, _hint(el)):
            continue
        if _in_story_card(el, page.url):
            continue
        return page.read_line(el.get("datetime", "").strip(), machine=True, textual=True)
    return None


# How far up from a <time> a link is looked for, and how much more text than the time's own
# makes that link a card (a headline, a teaser) rather than a date link.
_CARD_LINK_DEPTH = 6
_CARD_EXTRA_TEXT = 20


def _in_story_card(el: lxml.html.HtmlElement, url: str) -> bool:
    """*el* inside a link to another page that also carries a headline or teaser: a card
    pointing to another story, set inside the article ("Lesen Sie auch" boxes without a
    telling class name). A link holding only the date (Blogger's permalink on the post's
    time), or one to the page itself (its own card in a list), is the story's own."""
    own = len("".join(el.itertext()).strip())
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _CARD_LINK_DEPTH or anc.tag in ("article", "body"):
            return False
        if anc.tag == "a" and (href := anc.get("href")):
            longer = len(" ".join("".join(anc.itertext()).split())) > own + _CARD_EXTRA_TEXT
            return longer and _link_path(href) != _link_path(url)
    return False


def _link_path(href: str) -> str:
    """The path of a link or URL, without host, query, fragment or trailing slash."""
    path = re.sub(r"^(?:[a-z]+:)?//[^/]*", "", href.strip(), flags=re.IGNORECASE)
    return re.split(r"[?#]", path, maxsplit=1)[0].rstrip("/")


# A date line marked as the update time (hAtom's "updated", "date-modified"; Spanish,
# Portuguese, German "actualizado", "atualizado", "aktualisiert"), not the publication's.
_is_update_mark = remembered_search(
    re.compile(
        r"(?<![a-z])(?:updated|modified)(?![a-z])|actualiz|atualiz|aktualisier", re.IGNORECASE
    )
)


# How far after its label a date may start (characters), and how much text is read.
_LABEL_REACH = 30
_LABEL_TEXT = 80


def _after_label(el: lxml.html.HtmlElement, in_tail: bool) -> str:
    """Up to ``_LABEL_TEXT`` characters of the text that follows a label in *el*'s own text
    (``in_tail``: in its tail): the rest of the element, then its tail and next siblings
    ("<dt>Datum</dt><dd>12.01.2017</dd>", "<h5>Datum:</h5>03.02.2022", "<br>Veröffentlichung:
    <a>04.02.2022</a>")."""
    pieces: list[str] = []
    length = 0

    def add(text: str | None) -> bool:
        nonlocal length
        if text and (text := text.strip()):
            pieces.append(text)
            length += len(text) + 1
        return length < _LABEL_TEXT

    if not in_tail:
        for child in el:
            if not (add(_short_text(child, _LABEL_TEXT) or "") and add(child.tail)):
                return " ".join(pieces)
        if not add(el.tail):
            return " ".join(pieces)
    node = el.getnext()
    while node is not None:
        if not (add(_short_text(node, _LABEL_TEXT) or "") and add(node.tail)):
            break
        node = node.getnext()
    return " ".join(pieces)


def _labelled_lines(page: _Page) -> tuple[datetime | None, datetime | None]:
    """The first date line in the page whose label does not say update ("Datum: 03.02.2022",
    "Erschienen am: …"), and the first whose label does ("Zuletzt geändert am: …"), read by
    the callers only without the first; outside other stories' boxes and the site's header
    and menus (the site's clock). A line labelling both is read from its publication's label
    ("Mis à jour le 9 mars 2024 | Publié le 7 mars 2024"). One scan a page."""
    if page._labelled is None:
        page._labelled = _scan_labelled_lines(page)
    return page._labelled


def _scan_labelled_lines(page: _Page) -> tuple[datetime | None, datetime | None]:
    body = page.doc.find("body")
    if body is None:
        return None, None
    update: datetime | None = None
    for el in body.iter(etree.Element):
        if el.tag in ("script", "style"):
            continue
        for text, in_tail in ((el.text, False), (el.tail, True)):
            # Most tails are the markup's indentation: blank, no label (isspace() is strip()'s
            # whitespace; the regex would run on the empty string and fail).
            if not text or text.isspace() or not (label := lead_label(line := text.strip())):
                continue
            # "Mis à jour le 9 mars 2024 | Publié le 7 mars 2024": the publication's part.
            if label["updated"] and (part := publication_part(line)) != line:
                line, label = part, lead_label(part) or label
            if update and label["updated"]:
                continue
            rest = line[label.end() :].strip()
            if rest and not label["sep"] and not rest[0].isdigit():
                continue  # "Data protection", "Date of birth": a word, not a label
            if not any(map(str.isdigit, rest[:_LABEL_REACH])):
                if rest:
                    continue  # "Date of birth", "Data protection": words, not a date
                rest = _after_label(el, in_tail)
            value = rest[:_LABEL_TEXT]
            if not any(map(str.isdigit, value[:_LABEL_REACH])):
                continue
            holder = el.getparent() if in_tail else el
            if holder is None or page.in_other_story(holder) or page.in_site_top(holder):
                continue
            found = page.read_line(value, machine=False, textual=True)
            # A two-digit year after a label ("Artikel vom 31.10.23"): the label says it is
            # a date, as a date class does for ``_parse_line``.
            if not found and (full := page.full_year(value)):
                found = page.read_line(full, machine=False, textual=True)
            if found and not label["updated"]:
                return found, update
            update = update or found
    return None, update


def _first_hinted_line(page: _Page, *, textual: bool) -> datetime | None:
    for el, hint in _hinted_or_time(page.doc):
        if not _is_date_hint(hint) and el.tag != "time":
            continue
        value, _ = _line_value(el, hinted_only=True)
        if not any(map(str.isdigit, value)):
            continue  # no digit, no date (cheap test before the ancestor walk)
        if (
            not page.in_boilerplate(el)
            and not _in_quote(el)
            and not page.in_dated_list(el)
            and (found := _parse_line(page, el, hinted_only=True, textual=textual))
        ):
            return found
    return None


def _in_quote(el: lxml.html.HtmlElement) -> bool:
    """Whether *el* sits in a ``<blockquote>``: a quoted or embedded post (Instagram's and X's
    embed codes are blockquotes, whatever their class), whose date is that post's."""
    return any(True for _ in el.iterancestors("blockquote"))


# How far up from a date a repeated item is looked for, how many of its siblings are read, and
# how many dated items (the date's own included) make a list of them.
_LIST_DEPTH = 6
_LIST_SIBLINGS = 12
_LIST_ITEMS = 2
# How much of an item is read for its date.
_ITEM_DATE_TEXT = 600


def _dated_item(el: lxml.html.HtmlElement) -> bool:
    """Whether *el* is an item of a list of dated things: it shows a date (a ``<time>`` or a
    date-shaped span) and more than its date line (a link, or a text longer than a line): a
    comment, a post, an event, another story's card, each a box of its own parts (a paragraph
    of the story is not an item). Two sibling lines "Published: …" and "Updated: …" are one
    story's stamps, not a list."""
    if el.tag == "p" or not len(el):
        return False
    text = _text_start(el, _ITEM_DATE_TEXT)
    if el.find(".//time") is None and not (
        _has_text_date(text) or _SHORT_STAMP_DATE_RE.search(text)
    ):
        return False
    return len(" ".join(text.split())) > _SHORT_LINE or el.find(".//a[@href]") is not None


def _in_dated_list(el: lxml.html.HtmlElement, heading: lxml.html.HtmlElement | None) -> bool:
    """Whether *el* is the date of one item of a list of dated items: an ancestor (or *el*)
    repeated as siblings of the same tag and class, at least ``_LIST_ITEMS`` of them showing a
    date (comments, a forum's posts, an events box, other stories' cards). Read from the
    structure alone, where the box's name ("comments", "sidebar") says nothing (hashed CSS
    module classes, or none); a box holding the heading is the article's own."""
    node: lxml.html.HtmlElement | None = el
    for _ in range(_LIST_DEPTH):
        if node is None or node.tag in ("body", "html", "article"):
            return False
        parent = node.getparent()
        if parent is None:
            return False
        if heading is not None and (node is heading or _holds(node, heading)):
            return False
        tag, name = node.tag, node.get("class")
        dated = 1
        seen = 0
        if node is not el and not _dated_item(node):
            node = parent
            continue
        for sibling in parent.iterchildren(tag):
            if sibling is node or sibling.get("class") != name:
                continue
            seen += 1
            if _dated_item(sibling):
                dated += 1
                if dated >= _LIST_ITEMS:
                    return True
            if seen >= _LIST_SIBLINGS:
                break
        node = parent
    return False


# ---------------------------------------------------------------------------------------------
# Last resort: the dates written in the page's text (not for Vietnamese pages)
# ---------------------------------------------------------------------------------------------

# A date-shaped span in running text, found by regex before anything is parsed (a parse per
# text line would cost milliseconds a page): "14.12.2015", "2015-12-14", "14. Dezember 2015",
# "Dec 14, 2015", "14 de diciembre de 2015", "2015年12月14日". The month word is checked by
# ``parse_date``.
_TEXT_DATE_RE = re.compile(
    r"(?<![\d/.\-])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2})(?!\d)"
)
# Every form of ``_TEXT_DATE_RE`` holds a year 19xx or 20xx: a text without one has no date,
# which this pattern (one character class to try per position) tells for a fraction of the
# cost of the full one's letter runs ("Dec 14, 2015" is tried from every letter).
_TEXT_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _has_text_date(text: str) -> bool:
    """``_TEXT_DATE_RE.search(text) is not None``, the year looked for first."""
    return _TEXT_YEAR_RE.search(text) is not None and _TEXT_DATE_RE.search(text) is not None


_SKIP_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "select", "option"})
# How much of the page's text tells its language.
_LANGUAGE_SAMPLE = 4000


# A post's stamp with a two-digit year, alone in its text: "28.09.19", "28.09.19, 12:44".
# (Korean writes the two-digit year first, with a point and a space: "24. 3. 5.".)
_SHORT_STAMP_RE = re.compile(
    r"\s*(?P<date>\d{1,2}([./])\d{1,2}\2\d{2}|\d{2}\.\s\d{1,2}\.\s\d{1,2}\.)"
    r"(?:,?\s+(?P<time>\d{1,2}:\d{2}))?\s*"
)
_TIME_RE = re.compile(r"\s*\d{1,2}:\d{2}(?!\d)")
# A short stamp inside an item's text ("23.09.20 | 18:19"): a list item's date.
_SHORT_STAMP_DATE_RE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}(?![\d.])")
# Text nodes that may hold a 4-digit year from 1995 on ("19…", "20…"), or be a short stamp
# with a two-digit year ("28.09.21", "28/09/21"): libxml2 tests the substrings, so Python sees
# a few dozen strings of a page instead of every text node. (Cheap tests only: translate()
# to find digit patterns cost 1.6 ms a page.)
# ``[normalize-space()]`` first: each contains() copies its node's text (libxml2), four copies of
# every blank node (the markup's indentation, about half the text nodes), which none of the
# substrings is in; one test drops them (with the weekday query's, -0.45 M instructions a page).
_YEARISH_TEXT_XPATH = etree.XPath(
    "/html/body//text()[normalize-space()][contains(., '20') or contains(., '19')"
    " or ((contains(., '.') or contains(., '/')) and string-length(.) <= 40)]"
    "[not(parent::script or parent::style)]"
)


def _short_stamp(text: Any) -> str | None:
    """The date of a text node that is a two-digit-year date followed by a time of day, in
    the node or in the next text ("28.09.19" "12:44": forum posts, comments); the time tells a
    stamp from a version number ("4.8.12")."""
    m = _SHORT_STAMP_RE.fullmatch(text) if len(text) <= 40 else None
    if m is None:
        return None
    if m["time"] is None:
        if text.is_tail:
            return None
        after = text.getparent().xpath("following::text()[normalize-space()][1]")
        if not after or not _TIME_RE.match(after[0]):
            return None
    return m["date"]


def _text_dates(page: _Page) -> list[datetime]:
    """Every date written in the page's text outside other stories' boxes and the site's
    header and menus (its clock), in document order (regex spans, each parsed without
    dateparser), dates on their own lines before dates inside sentences (``_in_prose``).
    Without one, the first date in a box of other stories or comments: on a page whose only
    dates are its comments or a forum's posts, the first is the nearest to its
    publication."""
    found: list[datetime] = []
    prose: list[datetime] = []
    others: list[datetime] = []
    for text in _YEARISH_TEXT_XPATH(page.doc):
        in_prose = False
        if stamp := _short_stamp(text):
            spans = [page.full_year(stamp)]
        else:
            spans = _TEXT_DATE_RE.findall(text)
            if spans:
                in_prose = _in_prose(text)
        if not spans:
            continue
        holder = text.getparent()
        if text.is_tail:
            holder = holder.getparent()
        if holder is None or holder.tag in _SKIP_TEXT_TAGS:
            continue
        other, top = page.text_place(holder)
        if top:
            continue  # the site's clock
        other = other or _in_quote(holder) or page.in_dated_list(holder)
        target = others if other else prose if in_prose else found
        for span in spans:
            if value := page.read_line(span, machine=False, textual=False):
                target.append(value)
    return found + prose or others[:1]


def _in_prose(text: str) -> bool:
    """A date inside a sentence of running text ("… und am 30.01.2013 feierte das erste …",
    "Ab 1. März 2024 die neue Rathauschefin …"): an event the story tells of, not a stamp.
    A long text node not led by a numeric date, as for an unlabelled date line."""
    line = " ".join(text.split())
    return len(line) > _SHORT_LINE and not _LEADING_DATE_RE.match(line)


def _visible_sample(page: _Page) -> str:
    """The first ``_LANGUAGE_SAMPLE`` characters or so of the page's visible text (not its
    scripts' code: ASCII that would make a Vietnamese page look English)."""
    body = page.doc.find("body")
    if body is None:
        return ""
    pieces: list[str] = []
    length = 0
    for el in body.iter(etree.Element):
        for text in (el.text if el.tag not in _SKIP_TEXT_TAGS else None, el.tail):
            if text:
                pieces.append(text)
                length += len(text)
        if length >= _LANGUAGE_SAMPLE:
            break
    return "".join(pieces)


def _is_vietnamese(page: _Page, url: str) -> bool:
    """A Vietnamese page, or one that may be: declared so, on a .vn host, written in Vietnamese,
    or too short to tell (its text's dates are events, not the publication date)."""
    if page.vietnamese is None:
        host = re.sub(r"^[a-z]+://", "", url, flags=re.IGNORECASE).split("/")[0].split(":")[0]
        page.vietnamese = (
            page.language == "vi"
            or host.lower().endswith(".vn")
            or detect_language([page.language], _visible_sample(page), fallback="vi") == "vi"
        )
    return page.vietnamese


# A Vietnamese publication stamp: a weekday, a full numeric day and a time, alone on a short
# line ("Thứ Năm, 08/01/2026 - 18:21", "Chủ nhật, 11/1/2026 | 7:05", "Thứ Năm, 08/01/26 -
# 18:21"; vietnam-notes §2.1), or the day in words with its time ("Ngày 08 tháng 01 năm 2026
# lúc 18:21"). Body sentences do not start so; the site's clock shows no time.
_WEEKDAY_STAMP_RE = re.compile(
    r"^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[,:\-–|]?\s*(?:ngày\s+)?"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"
    r"|(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s*(?:,|năm)\s*\d{4}\b)"
    r".{0,12}?\d{1,2}[:hg]\d{2}",
    re.IGNORECASE,
)
# A numeric day and a time alone on a short line, either first, with at most a label, a
# weekday and the offset ("08/01/2026 18:21 GMT+7", "18:21 | Thứ Năm, 08/01/2026", "Đăng lúc:
# 18:21 - 08/01/2026", "Cập nhật: 08/01/2026 18:21"): a stamp, never a sentence.
_STAMP_SEP = r"\s*[,|\-–]?\s*"
_STAMP_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_STAMP_DAY = r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4})"
# Older CMSs write the clock in 12 hours, in English or Vietnamese ("9:58 PM", "11:58 CH": SA
# sáng, CH chiều; vietnam-notes §2.1), the hour as "08h30" / "08g30" ("08h30 ngày 04/01/2026",
# §4), and a weekday and a colon before a leading time ("Thứ Hai: 11:58 ngày 04/01/2026").
_STAMP_TIME = r"\d{1,2}(?::\d{2}(?::\d{2})?|[hg]\d{2})(?:\s*(?:AM|PM|SA|CH)\b)?"
_NUMERIC_STAMP_RE = re.compile(
    r"^(?:(?:(?:ngày\s+)?cập\s+nhật|ngày\s+đăng|đăng|xuất\s+bản)(?:\s+(?:lúc|ngày))?\s*:?\s*)?(?:"
    rf"(?:{_STAMP_WEEKDAY}{_STAMP_SEP})?(?:ngày\s+)?{_STAMP_DAY}{_STAMP_SEP}(?:lúc\s+)?{_STAMP_TIME}"
    rf"|(?:{_STAMP_WEEKDAY}\s*:\s*)?{_STAMP_TIME}{_STAMP_SEP}(?:{_STAMP_WEEKDAY}{_STAMP_SEP})?"
    rf"(?:ngày\s+)?{_STAMP_DAY}"
    r")\s*(?:\(?GMT\s*\+\s*0?7(?::00)?\)?)?$",
    re.IGNORECASE,
)
# Blank nodes dropped first, as in ``_YEARISH_TEXT_XPATH``: eight contains() copies each.
_WEEKDAY_TEXT_XPATH = etree.XPath(
    "//body//text()[normalize-space()][contains(., 'hứ ') or contains(., 'HỨ ')"
    " or contains(., 'hủ ') or contains(., 'HỦ ') or contains(., 'háng ') or contains(., 'HÁNG ')"
    " or ((contains(., ':') or contains(., 'gày ')) and string-length(.) <= 60)]"
)


def _weekday_stamp(page: _Page, url: str) -> datetime | None:
    """On a Vietnamese page whose date line no class, label or heading marks (old table
    layouts: "<td align=right><i>Thứ Năm, 08/01/2026 - 18:21</i></td>"; class names hashed or
    absent, no h1), the first weekday stamp, or numeric stamp (``_NUMERIC_STAMP_RE``, not
    beside another story's link), outside the site's header and other stories' boxes."""
    if not _is_vietnamese(page, url):
        # Asked first, not at the first stamp found: on other pages the answer is None either
        # way, and the steps after this one ask the language anyway.
        return None
    for node in _WEEKDAY_TEXT_XPATH(page.doc):
        text = " ".join(str(node).split())
        if len(text) > _SHORT_LINE:
            continue
        # A view counter on the stamp's line ("… | Lượt xem: 1.234") is no part of it.
        text = without_view_counter(text)
        numeric = not _WEEKDAY_STAMP_RE.match(text)
        if numeric and not _NUMERIC_STAMP_RE.match(text):
            continue
        holder = node.getparent()
        if holder is None or holder.tag in ("script", "style"):
            continue
        if page.in_boilerplate(holder) or page.in_site_top(holder):
            continue
        if numeric and (_beside_headline_link(holder) or page.in_other_story(holder)):
            continue  # the date of another story's item ("<li><a>Headline</a> 10/01/2026 08:30")
        if found := page.read_line(text, machine=False, textual=True):
            return found
        # A two-digit year ("08/01/26"): the stamp's form says it is a date.
        if (full := page.full_year(text)) and (
            found := page.read_line(full, machine=False, textual=True)
        ):
            return found
    return None


def _from_text(page: _Page, url: str) -> datetime | None:
    """The first date written in the page's text, for a page in another language than
    Vietnamese whose metadata, date lines and URL say nothing; in the URL's month when the URL
    names one ("/2016/12/": the month the story was filed under)."""
    if _is_vietnamese(page, url):
        return None
    found = _text_dates(page)
    month = _from_url(url, page.now)
    if month is not None:
        found = [d for d in found if (d.year, d.month) == (month.year, month.month)]
    return found[0] if found else None


def _title_date(page: _Page, url: str) -> datetime | None:
    """A full date written in the page's ``<title>`` ("…（2020年2月15日）｜BIGLOBEニュース"),
    on a page not in Vietnamese whose text has none (its visible line may show no year,
    "2月15日（土）7時0分")."""
    title = page.doc.find(".//title")
    if title is None or not title.text or _is_vietnamese(page, url):
        return None
    for span in _TEXT_DATE_RE.findall(title.text):
        if found := parse_date(span, now=page.now, textual=False):
            return found
    return None


def _from_htmldate(page: _Page, url: str) -> datetime | None:
    """htmldate's day, for a page not in Vietnamese where none of our own sources found one.

    htmldate (Apache-2.0) is a library made for this job and kept up on many languages' pages:
    it reads what our cascade does not (dates in inline scripts' data, ``<img>`` file names,
    less common markup). Its fast mode only: its extensive search reads every date in the
    text, the site's clock included. Not on Vietnamese pages, whose related-story boxes and
    bodies are full of dates that are not the publication date (they stay undated rather
    than wrong). It runs on ~6% of the benchmark's pages, none of our Vietnamese sites'.
    """
    if _is_vietnamese(page, url):
        return None
    # Imported here: ~0.2 s, paid only by a crawl that meets such a page.
    from htmldate import find_date

    try:
        found = find_date(
            page.doc,  # our parsed tree: no second parse (htmldate copies it before pruning)
            url=url or None,
            original_date=True,
            extensive_search=False,
            max_date=(page.now + FUTURE_SLACK).replace(tzinfo=None),
        )
    except Exception as exc:  # noqa: BLE001 - a last resort's failure must not cost the article
        logger.debug("htmldate failed on %s: %s", url, exc)
        return None
    if not found:
        return None
    try:
        return datetime.strptime(found, "%Y-%m-%d").replace(tzinfo=VN_TZ)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# URL
# ---------------------------------------------------------------------------------------------

# A full date in the URL path: "/2024/05/12/" (a slash after the day, or ".html": not
# "/2023/10/3-fragen-an-…", a slug that starts with a number), "/2024-05-12-", "_2024_05_12_",
# "/20240512/", "-20240512." (eight digits without separators: not "ori_200215_…", a
# yymmdd stamp).
_URL_DAY_RES = (
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})/(?P<month>0?[1-9]|1[0-2])/"
        r"(?P<day>0?[1-9]|[12]\d|3[01])(?=[/.]|$)"
    ),
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[_-])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
        r"(?P<day>0?[1-9]|[12]\d|3[01])(?=[/_.\-]|$)"
    ),
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])"
        r"(?P<day>0[1-9]|[12]\d|3[01])(?=[/_.\-]|$)"
    ),
)
# Year and month only, as a directory. e.g. "/2020/01/", "/202510/"
_URL_MONTH_RE = re.compile(r"/(?P<year>(?:19|20)\d{2})/?(?P<month>0[1-9]|1[0-2])/")


# The cheap test before _URL_STAMP_RE.
_FOURTEEN_DIGITS = re.compile(r"\d{14}")
# A 14-digit timestamp closing a slug, Vietnam's wall clock to the second: "…-20260108182100.htm"
# (yyyymmddHHMMSS), exactly 14 digits, at the end of the path (an extension aside). A stamp
# elsewhere is another moment: a web archive's capture ("/web/20070228213001/http://…").
_URL_STAMP_RE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?P<second>[0-5]\d)(?=(?:\.\w{2,5})?/?$)"
)


def _url_stamp(url: str, now: datetime) -> datetime | None:
    """The minute of a 14-digit timestamp in *url*'s path ("…-20260108182100.htm" ->
    08/01/2026 18:21): only when every field is a valid date and time and the moment is not
    after the crawl (*now*); an id of 14 digits that is no such moment is none. The last
    source asked: a page's own date line or metadata says more than an id."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE).split("?")[0]
    if _FOURTEEN_DIGITS.search(path) is None:
        return None
    for m in _URL_STAMP_RE.finditer(path):
        try:
            found = datetime(*(int(g) for g in m.groups()), tzinfo=VN_TZ)
        except ValueError:  # 30 February
            continue
        if found.year >= 1995 and found <= now:
            return found
    return None


def _from_url(url: str, now: datetime, *, day_only: bool = False) -> datetime | None:
    """The date in the URL's path (``day_only``: only a full date, not a month); the first in
    the path."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE).split("?")[0]
    for regexes in (_URL_DAY_RES,) if day_only else (_URL_DAY_RES, (_URL_MONTH_RE,)):
        matches = sorted((m for rx in regexes for m in rx.finditer(path)), key=lambda m: m.start())
        for m in matches:
            groups = m.groupdict()
            try:
                found = datetime(
                    int(groups["year"]),
                    int(groups["month"]),
                    int(groups.get("day") or 1),
                    tzinfo=VN_TZ,
                )
            except ValueError:
                continue
            if found <= now + FUTURE_SLACK and found.year >= 1995:
                return found
    return None


def dated_address(url: str, canonical: str, now: datetime) -> str:
    """The address whose path the date steps read: *url*, or the page's own canonical address
    (``<link rel="canonical">``, else og:url) when *url*'s path holds no date and the
    canonical's does, on the same site. Feeds and shares link stories by addresses that say
    nothing (an id, a redirect, a mobile or AMP copy, "?p=123") while the page names its
    permanent address, "/home/2017/7/12/unter-uns-montauk"; trafilatura reads that address
    too. A canonical on another site is a syndicated copy's source: its day is not asked."""
    # Most pages name themselves by the address they were fetched from, or by none: a string
    # test before the date steps' readings of the path.
    if not canonical or canonical == url:
        return url
    if _from_url(url, now) is not None or _url_stamp(url, now) is not None:
        return url
    absolute = urljoin(url, canonical)
    # www., m., amp. … serve the same site's pages (``urls.same_site``): one story's addresses
    if not same_site(absolute, (urlsplit(url).hostname or "",)):
        return url
    if _from_url(absolute, now) is None and _url_stamp(absolute, now) is None:
        return url
    return absolute


# ---------------------------------------------------------------------------------------------
# UTC timestamps: the day where the story was published
# ---------------------------------------------------------------------------------------------

# Country-code domains and the zone where most of that country's press publishes. Domains sold
# for other uses (.io, .tv, .me, .co, .fm, .am, ...) are left out on purpose.
_TLD_ZONES: dict[str, str] = {
    "vn": "Asia/Ho_Chi_Minh", "it": "Europe/Rome", "de": "Europe/Berlin", "fr": "Europe/Paris",
    "es": "Europe/Madrid", "pt": "Europe/Lisbon", "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels", "ch": "Europe/Zurich", "at": "Europe/Vienna", "pl": "Europe/Warsaw",
    "cz": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "gr": "Europe/Athens", "se": "Europe/Stockholm",
    "no": "Europe/Oslo", "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki", "ie": "Europe/Dublin",
    "uk": "Europe/London", "ru": "Europe/Moscow", "ua": "Europe/Kyiv", "tr": "Europe/Istanbul",
    "in": "Asia/Kolkata", "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "th": "Asia/Bangkok",
    "id": "Asia/Jakarta", "my": "Asia/Kuala_Lumpur", "sg": "Asia/Singapore", "ph": "Asia/Manila",
    "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul", "au": "Australia/Sydney", "nz": "Pacific/Auckland",
    "ca": "America/Toronto", "mx": "America/Mexico_City", "br": "America/Sao_Paulo",
    "ar": "America/Argentina/Buenos_Aires", "cl": "America/Santiago", "pe": "America/Lima",
    "ve": "America/Caracas", "za": "Africa/Johannesburg", "ng": "Africa/Lagos",
    "eg": "Africa/Cairo", "il": "Asia/Jerusalem", "ir": "Asia/Tehran", "sa": "Asia/Riyadh",
    "ae": "Asia/Dubai",
}  # fmt: skip
_MAX_OFFSET = timedelta(hours=14)
# The largest offset a URL's day may move a UTC stamp by (the Americas, Europe, most of Asia).
_MAX_URL_OFFSET = timedelta(hours=9)


def _is_utc(value: datetime) -> bool:
    return value.utcoffset() == timedelta(0)


def _shown_offset(instant: datetime, shown: datetime) -> timedelta | None:
    """The UTC offset under which *instant* is displayed as *shown* (read as wall-clock digits).

    With a time: the difference, when it is a whole quarter hour (within two minutes) and a real
    offset. Date only: the smallest whole-hour offset that moves the instant onto the shown day.
    """
    utc_wall = instant.astimezone(UTC).replace(tzinfo=None)
    wall = shown.replace(tzinfo=None)
    if wall.time() != datetime.min.time():
        diff = wall - utc_wall
        quarters = round(diff / timedelta(minutes=15))
        offset = quarters * timedelta(minutes=15)
        if abs(diff - offset) <= timedelta(minutes=2) and abs(offset) <= _MAX_OFFSET:
            return offset
        return None
    midnight = datetime.combine(utc_wall.date(), datetime.min.time())
    if wall.date() == utc_wall.date() + timedelta(days=1):
        offset = timedelta(
            hours=math.ceil((midnight + timedelta(days=1) - utc_wall) / timedelta(hours=1))
        )
    elif wall.date() == utc_wall.date() - timedelta(days=1):
        offset = -timedelta(hours=(utc_wall - midnight) // timedelta(hours=1) + 1)
    else:
        return None
    return offset if abs(offset) <= _MAX_OFFSET else None


def _local_reading(
    page: _Page,
    instant: datetime,
    url: str,
) -> datetime:
    """A UTC timestamp shown in the publisher's own offset, so its day is the publisher's day.

    Sites store instants in UTC, but a story is published on its newsroom's calendar day (a
    23:15Z story in Rome is dated the 6th, a 00:23Z story in Ottawa the 24th). The instant never
    changes, only the offset it is written in: first the offset implied by the page's own visible
    date line (microdata text, or the date line near the heading) when that line is consistent
    with the instant; else the zone of the site's country-code domain; else UTC as given.
    """

    def shown() -> Iterator[datetime]:
        # Lazily, in order: a line read with dateparser costs milliseconds, and the first one
        # that gives an offset settles it.
        for el in page.microdata():
            if (
                el.get("itemprop") != "dateModified"
                and not (el.get("datetime") or el.get("content") or el.tag == "abbr")
                and not page.in_boilerplate(el)
                and (found := _parse_element(page, el))  # its text: no machine value
            ):
                yield found
        if found := _from_visible(page, textual=False, near_heading_only=True):
            yield found

    for value in shown():
        if _is_utc(value):
            continue  # another UTC rendering says nothing about the local day
        offset = _shown_offset(instant, value)
        if offset == timedelta(0) and _is_vietnamese(page, url):
            # A Vietnamese page showing the stamp's digits: its CMS wrote Vietnam's wall clock
            # and marked it UTC ("2026-01-08T18:21:00Z" under "08/01/2026 - 18:21"); a
            # Vietnamese newsroom does not show its readers UTC.
            return instant.replace(tzinfo=VN_TZ)
        if offset is not None:
            return instant.astimezone(timezone(offset))
    host = re.sub(r"^[a-z]+://", "", url, flags=re.IGNORECASE).split("/")[0].split(":")[0]
    zone = _TLD_ZONES.get(host.rsplit(".", 1)[-1].lower()) if "." in host else None
    local = instant.astimezone(ZoneInfo(zone)) if zone else instant
    # The day in the URL ("/2020/02/24/") is the day the newsroom filed the story under.
    if (day := _from_url(url, page.now, day_only=True)) is not None:
        if day.date() == local.date():
            return local
        if day.date() == instant.astimezone(UTC).date():
            return instant
        # An adjacent day when the stamp is near midnight UTC; a stamp half a day away is a
        # story filed one day and published the next.
        offset = _shown_offset(instant, day)
        if offset is not None and abs(offset) <= _MAX_URL_OFFSET:
            return instant.astimezone(timezone(offset))
    elif zone is None and (line := _from_visible(page, textual=False)) is not None:
        # No line by the heading, no country, no day in the URL: the page's marked or labelled
        # date line elsewhere (past a form under the title: "February 24, 2020 | 9:25pm" for
        # "…T02:25:54Z"), with its time of day, which must show the instant to the minute in a
        # whole quarter hour's offset (a bare day there may be another item's). Asked last: the
        # page-wide search walks the whole page.
        offset = _shown_offset(instant, line) if line.time() != _MIDNIGHT else None
        if offset is not None and not _is_utc(line):
            return instant.astimezone(timezone(offset))
    return local


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def _page_titles(doc: lxml.html.HtmlElement) -> list[str]:
    """og:title and <title>, the page's own names for its story."""
    found = [
        meta.get("content") or ""
        for meta in doc.iter("meta")
        if (meta.get("property") or meta.get("name")) == "og:title"
    ]
    title = doc.find(".//title")
    if title is not None:
        found.append(title.text_content())
    return found


def find_dates(
    doc: lxml.html.HtmlElement,
    *,
    url: str = "",
    now: datetime | None = None,
    jsonld: Sequence[JsonLdScript] | None = None,
    titles: Sequence[str] | None = None,
    trace: list[str] | None = None,
    canonical: str = "",
) -> tuple[datetime | None, datetime | None]:
    """(published, updated) of the article page ``doc``; either may be None.

    ``now`` is the crawl time (default: the clock); dates after it (+1 day) or before 1995 are
    ignored. ``updated`` comes from structured data only and is dropped when earlier than
    ``published``; it is never promoted to ``published`` (that choice is the pipeline's).
    ``jsonld``: the page's ``jsonld_scripts`` when the caller has them already (it has read
    the metadata); by default they are read from ``doc``. ``titles``: the page's own names
    for its story (og:title, <title>, a JSON-LD headline), which tell the heading among
    several h1; by default og:title and <title> read from ``doc``. ``trace``: when given, the
    name of the step that found the publication date is appended to it, then the name of
    each later step that moved its day (``benchmarks/date_steps.py`` counts them).
    ``canonical``: the page's own address (canonical link, else og:url), read for its date
    when ``url``'s path has none (``dated_address``).
    """
    now = to_vn(now) if now is not None else datetime.now(VN_TZ)
    url = dated_address(url, canonical, now)
    published: datetime | None = None
    updated: datetime | None = None
    # Each source parses or queries the page once; later steps reuse what earlier ones found.
    page = _Page(doc, now, _page_titles(doc) if titles is None else titles, url)
    jsonld_parsed = _jsonld_blocks(jsonld if jsonld is not None else jsonld_scripts(doc))
    sources: list[tuple[str, Callable[[], tuple[datetime | None, datetime | None]]]] = [
        (
            "jsonld",
            lambda: _from_jsonld(
                jsonld_parsed,
                now,
                strong=True,
                other=lambda obj: _other_story(obj, (url, canonical), page.titles),
            ),
        ),
        ("meta", lambda: _from_meta(page.meta_values(), now)),
        ("microdata", lambda: _from_microdata(page)),
    ]
    for i, (name, source) in enumerate(sources):
        if published and (updated or i == 2):
            break  # microdata is not searched only for an update time
        pub, upd = source()
        if published is None and pub is not None:
            _note(trace, name)
        published = published or pub
        updated = updated or upd
    from_structured = published is not None
    if published is None:
        # The date line under the heading comes before a generic meta "date" (often the CMS
        # record's last edit) and before JSON-LD objects that are not the article (an
        # embedded video's or an event's date).
        published = _first_found(
            trace,
            ("heading-line", lambda: _from_visible(page, near_heading_only=True)),
            ("article-time", lambda: _article_time(page)),
        )
        if published is None:
            weak, weak_updated = _from_jsonld(jsonld_parsed, now, strong=False)
            # A marked date line anywhere on the page beats it too (round 8, half A: where
            # the two disagree, the page-wide line was right 4 times, the weak object never).
            if weak is not None and (line := _from_visible(page)) is not None:
                published = line
                _note(trace, "page-line")
            elif weak is not None:
                published = weak
                updated = updated or weak_updated
                from_structured = True
                _note(trace, "jsonld-weak")
        if published is None and (generic := _from_meta(page.meta_values(), now, strong=False)[0]):
            # A line the page labels as its publication ("Erschienen am: 13.10.2021") is the
            # day its reader sees; the generic meta date is often the record's last edit
            # ("Zuletzt geändert am: 15.10.2021" at the foot of the same page).
            published = _first_found(
                trace, ("labelled-publication", lambda: _labelled_lines(page)[0])
            )
            if published is None:
                published, from_structured = generic, True
                _note(trace, "meta-weak")
    if published is None:
        published = _first_found(
            trace,
            ("page-line", lambda: _from_visible(page)),
            ("weekday", lambda: _weekday_stamp(page, url)),
            ("url-day", lambda: _from_url(url, now, day_only=True)),
            # A page whose metadata gives only its update time (``article:modified_time`` or
            # ``dateModified`` alone): that day is the page's own, the first date of its text
            # may be any day the story mentions.
            ("structured-update", lambda: _update_as_published(page, updated, url)),
            ("text", lambda: _from_text(page, url)),
            ("title", lambda: _title_date(page, url)),
            ("htmldate", lambda: _from_htmldate(page, url)),
            # Before a month directory ("/202601/…-20260108182100").
            ("url-stamp", lambda: _url_stamp(url, now)),
            ("url-month", lambda: _from_url(url, now)),
        )
    elif from_structured and _is_utc(published):
        # Midnight is how a day without a time leaves many CMS serializers, in UTC
        # ("2026-01-08T00:00:00.000Z" for a story dated 08/01/2026) or the local midnight
        # written in UTC ("2026-01-07T17:00:00Z"): the date line under the heading on that
        # calendar day has the minute ("08/01/2026 - 18:21"). Read as an instant, the first
        # would be 07:00 in Vietnam.
        if shown := _same_day_minute(page, published, url):
            published = shown
        else:
            local = _local_reading(page, published, url)
            published = _moved(trace, "local-reading", published, local)
            published = _same_day_minute(page, published, url) or published
    elif from_structured and published.time() == _MIDNIGHT:
        # A day without a time (JSON-LD "2026-01-08"): the page's date line of the same day
        # has the minute ("08/01/2026 - 18:21").
        shown = _minute_line(page, url)
        if shown is not None and shown.date() == published.date() and shown.time() != _MIDNIGHT:
            published = shown
    elif from_structured and published.astimezone(UTC).date() != published.date():
        published = _moved(trace, "shown-in-utc", published, _shown_in_utc(page, published, url))
    if from_structured and published is not None:
        published = _moved(trace, "url-earlier", published, _urls_earlier_day(published, url, now))
        published = _moved(
            trace, "shown-earlier", published, _shown_earlier_day(page, published, url)
        )
    if updated is not None and published is not None and updated < published:
        updated = None
    if from_structured and updated is not None and published is not None:
        published = _moved(
            trace, "shown-update", published, _shown_update(page, published, updated, url)
        )
    return published, updated


def _update_as_published(page: _Page, updated: datetime | None, url: str) -> datetime | None:
    """The structured update time as the publication, when the page gives no other: a UTC
    stamp written in the publisher's offset (``_local_reading``), like a published one."""
    if updated is not None and _is_utc(updated):
        return _local_reading(page, updated, url)
    return updated


def _same_day_minute(page: _Page, stamp: datetime, url: str = "") -> datetime | None:
    """The date line under the heading when *stamp* is a midnight (a day without a time) and
    the line shows the same calendar day with a time; else None."""
    if stamp.time() != _MIDNIGHT:
        return None
    shown = _minute_line(page, url)
    if shown is None or shown.date() != stamp.date() or shown.time() == _MIDNIGHT:
        return None
    return shown


def _minute_line(page: _Page, url: str) -> datetime | None:
    """The date line that gives a day-only structured date its minute: the line under the
    heading; on a Vietnamese page with none (a portal's headline set in a plain div, no h1
    to look under), the stamp line the weekday step reads on such pages ("Ngày đăng: 19h29
    ngày 13/04/2026", "Thứ Hai: 08:15 ngày 07/12/2026"), else a marked date line anywhere
    ("Cập nhật lúc 08:38, Thứ Năm, 02/04/2026 (GMT+7)"). The caller keeps it only when it
    shows the same day."""
    shown = _from_visible(page, textual=False, near_heading_only=True)
    if shown is None and url and _is_vietnamese(page, url):
        shown = _weekday_stamp(page, url) or _from_visible(page, textual=False)
    return shown


def _first_found(
    trace: list[str] | None, *steps: tuple[str, Callable[[], datetime | None]]
) -> datetime | None:
    """The first date that one of the named *steps* finds, asked in order (its name noted)."""
    for name, step in steps:
        if (found := step()) is not None:
            _note(trace, name)
            return found
    return None


def _note(trace: list[str] | None, name: str) -> None:
    if trace is not None:
        trace.append(name)


def _moved(trace: list[str] | None, name: str, before: datetime, after: datetime) -> datetime:
    """*after*, the answer of the adjusting step *name*; noted when it moved the day."""
    if trace is not None and after.date() != before.date():
        trace.append(name)
    return after


def _shown_in_utc(page: _Page, instant: datetime, url: str) -> datetime:
    """*instant* written in UTC when the date line under the heading shows its UTC wall clock
    to the minute on another day than its own offset's (a stamp "2022-05-05T21:00-05:00"
    printed "06/05/2022 02:00": the server's clock). The reader sees that day; the instant is
    unchanged. Only asked when the UTC day differs (else printing UTC moves nothing), and
    not on Vietnamese pages, which show Vietnam time."""
    shown = _from_visible(page, textual=False, near_heading_only=True)
    if shown is None or shown.time() == _MIDNIGHT or shown.date() == instant.date():
        return instant
    if _shown_offset(instant, shown) != timedelta(0) or _is_vietnamese(page, url):
        return instant
    return instant.astimezone(UTC)


# A structured date this long after the URL's day is the page's re-save (a migration, a new
# template), not its filing: the URL was made when the story was first published. (Within a
# month, a URL's day is often the day the story was filed and the structured one right.)
_RESAVE_GAP = timedelta(days=30)


def _urls_earlier_day(published: datetime, url: str, now: datetime) -> datetime:
    """The URL's day instead of a structured date more than ``_RESAVE_GAP`` after it."""
    day = _from_url(url, now, day_only=True)
    if day is not None and day.date() < published.date() - _RESAVE_GAP:
        return day
    return published


def _shown_earlier_day(page: _Page, published: datetime, url: str) -> datetime:
    """The date line under the heading instead of a structured date more than ``_RESAVE_GAP``
    after it, on Vietnamese pages: the same re-save as the URL's earlier day (a new template
    or a migration rewrote ``datePublished``; the page still prints the day it was published
    under the headline "Thứ Năm, 08/01/2026 - 18:21"). Our Vietnamese sites show the
    publication there, never an update (see ``_shown_update``); elsewhere a line by the
    heading may be the update or a day the reader's edition was printed, so it is not asked.
    A line later than the structured date, or within the gap, changes nothing: the
    structured date was written when the story went out. The line must show the minute (a
    bare day by the heading may be an event's or an edition's)."""
    shown = _from_visible(page, textual=False, near_heading_only=True)
    # A stamp to the minute, as the CMS prints its record: a bare day by the heading may be an
    # event's or an edition's day, and the structured date stands against it. (The language
    # is asked last: telling it costs more than the line, which other steps read too.)
    if (
        shown is not None
        and shown.time() != _MIDNIGHT
        and shown.date() < published.date() - _RESAVE_GAP
        and _is_vietnamese(page, url)
    ):
        return shown
    return published


def _shown_update(page: _Page, published: datetime, updated: datetime, url: str) -> datetime:
    """The update, when it is the only date the page shows by its heading: a reader of a page
    not in Vietnamese sees that day as the page's date ("Updated Mar 12, 2020" under the title
    of a story first published in October); without a line by the heading, the line beside
    the byline ("By … / Updated June 13, 2019" below a recipe's lead). Our Vietnamese sites
    show the publication time; their structured publication date is kept."""
    if updated.date() == published.date():
        return published
    shown = _from_visible(page, textual=False, near_heading_only=True) or _line_by_byline(
        page, textual=False
    )
    if shown is None or shown.date() != updated.date() or _is_vietnamese(page, url):
        return published
    return updated
