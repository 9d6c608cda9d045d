"""The feed model: what a published feed contains, independent of its format.

``FeedItem`` is one article as every format shows it (sanitized content, Vietnamese category
names, dates in Vietnam time); ``Feed`` is one feed (all, a category, a province or a site) with
its items newest first; a place feed is a commune's, ward's or special zone's. Builders in ``render``, ``opml`` and ``index_page`` turn these into bytes;
nothing here touches the store or the disk.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Literal

from aggregator.publishing.sanitize import sanitize_html, text_to_html, xml_safe
from aggregator.taxonomy import CATEGORIES, PROVINCES
from aggregator.text import bound

# Vietnam has had no daylight saving time since 1975: a fixed offset needs no tz database and
# always prints "+07:00" / "+0700", the form readers in Vietnam expect.
VN_TZ = timezone(timedelta(hours=7), "ICT")
# Last resort for a feed built without items nor an ``empty_date`` (publish() always gives one:
# readers and the W3C validator take 1970 for a broken date).
EPOCH = datetime(1970, 1, 1, tzinfo=UTC).astimezone(VN_TZ)

BRAND = "Báo địa phương"
GENERATOR = "vn-provincial-news-aggregator"
FORMATS: tuple[str, ...] = ("rss", "atom", "json")

Kind = Literal["all", "category", "province", "site", "place", "topic", "search"]
Health = Literal["ok", "broken", "compromised"]


@dataclass(frozen=True, slots=True)
class SiteHealth:
    """What the caller knows about a site's health; shown on the index page."""

    status: Health = "ok"
    note: str = ""  # Vietnamese, one sentence: "Không tải được trang chuyên mục từ 12/10."


@dataclass(frozen=True, slots=True)
class ItemPlace:
    """A unit an item is about, as feeds show it (aggregator.placetags found it)."""

    code: str  # GSO code: "02302"
    name: str  # "Xã Minh Quang"
    province: str  # slug
    slug: str  # the unit's feed is place/<province>/<slug>

    @property
    def label(self) -> str:
        """ "Xã Minh Quang, Tuyên Quang": names repeat across provinces."""
        return f"{self.name}, {province_name(self.province)}"

    @property
    def scheme(self) -> str:
        """The category scheme that identifies the unit: "place:tuyen-quang/xa-minh-quang"."""
        return f"place:{self.province}/{self.slug}"


def province_name(slug: str) -> str:
    """The province's name without "TP" ("Hà Nội", "Tuyên Quang")."""
    return PROVINCES.get(slug, slug).removeprefix("TP ")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One article as every feed format shows it."""

    id: str  # the store's guid: fixed when the article was first stored, never re-derived
    url: str
    title: str
    summary: str  # plain text
    content_html: str  # sanitized; includes the lead image (if the body lacks it) and the credit
    authors: tuple[str, ...]  # never empty: the paper's name stands in for a missing byline
    categories: tuple[str, ...]  # Vietnamese names: the category, then the province
    credit: str
    published: datetime  # Vietnam time
    updated: datetime  # Vietnam time, >= published
    image: str
    image_type: str
    source_name: str
    source_url: str
    site: str
    category: str
    province: str
    places: tuple[ItemPlace, ...] = ()
    language: str = "vi"  # the story's own (BCP 47 primary tag): an English edition says "en"


@dataclass(frozen=True, slots=True)
class Feed:
    """One published feed: where it lives, what it is called, and its items newest first."""

    kind: Kind
    slug: str  # "" for the "all" feed
    title: str
    description: str
    home_url: str  # the HTML page the feed stands for
    base_url: str  # where the feeds directory is served
    items: tuple[FeedItem, ...] = ()
    total: int = 0  # published articles this feed draws from (the feed shows at most max_items)
    ttl_minutes: int = 60
    hub: str = ""
    health: SiteHealth | None = None  # site feeds only
    province: str = ""  # site and place feeds: the province slug
    # The newest item's date when it is known without the items (a place feed left as it was).
    stamp: datetime | None = None
    # The date of the feed while it has no items: the store's newest publication date (so an
    # empty feed does not change between publishes of the same store), or the publish time.
    empty_date: datetime | None = None
    # A query feed's query string (``q=…&province=…``), part of its own URL.
    query: str = ""

    @property
    def path(self) -> str:
        """The feed's path without extension, relative to the feeds directory."""
        if self.kind in ("all", "search"):
            return self.kind
        return f"{self.kind}/{self.slug}"

    def url(self, fmt: str) -> str:
        return f"{self.base_url}/{self.path}.{fmt}" + (f"?{self.query}" if self.query else "")

    @property
    def anchor(self) -> str:
        """The id of this feed's entry on the index page."""
        return "all" if self.kind == "all" else f"{self.kind}-{self.slug.replace('/', '-')}"

    @property
    def updated(self) -> datetime:
        """The newest item's date (its update if edited), else ``empty_date``."""
        if self.stamp is not None:
            return self.stamp
        return max((item.updated for item in self.items), default=self.empty_date or EPOCH)


# --- naming ----------------------------------------------------------------------------------------


def feed_title(kind: Kind, name: str = "") -> str:
    """The feed's title: "Kinh tế — Báo địa phương"."""
    return f"Tất cả tin — {BRAND}" if kind == "all" else f"{name} — {BRAND}"


def feed_description(kind: Kind, name: str = "") -> str:
    """One Vietnamese sentence saying what the feed carries."""
    if kind == "all":
        return "Tin mới nhất từ báo chí các tỉnh, thành phố Việt Nam, gom về một nơi."
    if kind == "category":
        return f"Tin {name} mới nhất từ báo chí các tỉnh, thành phố Việt Nam."
    if kind == "province":
        return f"Tin mới nhất từ các báo của {name}."
    if kind == "place":
        return f"Tin mới nhất về {name} từ báo chí địa phương."
    if kind in ("topic", "search"):
        return f"Tin mới nhất về “{name}” từ báo chí các tỉnh, thành phố Việt Nam."
    return f"Tin mới nhất của {name}."


# --- items -------------------------------------------------------------------------------------

# Extension → media type for lead images. A fixed table rather than `mimetypes`, whose answers
# depend on the host's /etc/mime.types and would make feeds differ between machines.
_IMAGE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".svg": "image/svg+xml",
}
_EXTENSION = re.compile(r"(\.[a-z0-9]{2,5})$")
_SUMMARY_CHARS = 300
NO_TITLE = "(Không có tiêu đề)"
# Bounds on what one item may put in a feed, whatever the store holds (a row written before the
# crawl bounded its fields, a hostile page): the longest real article body seen is ~100 KB of
# HTML; a longer one is cut at a paragraph and links to the rest on the paper's site.
MAX_TITLE_CHARS = 500
MAX_CONTENT_CHARS = 200_000
READ_MORE = "Đọc tiếp trên trang báo"


def image_type(url: str) -> str:
    """The media type of an image URL from its extension; JPEG (by far the most common) if unknown."""
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    match = _EXTENSION.search(path)
    return _IMAGE_TYPES.get(match.group(1), "image/jpeg") if match else "image/jpeg"


def to_vn(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime reached publishing: {value!r}")
    return value.astimezone(VN_TZ)


def clip(text: str, limit: int = _SUMMARY_CHARS) -> str:
    """*text* cut at a word boundary to at most *limit* characters, with an ellipsis if cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.-–—")
    return cut + "…"


def item_content(
    *, body_html: str, body_text: str, url: str, title: str, image: str, credit: str
) -> str:
    """The item's full content: the sanitized body, the lead image if the body lacks it, the credit.

    The source paper is named in each format's own element (RSS/Atom ``source``, JSON extension),
    so it is not repeated here.
    """
    body = sanitize_html(body_html, url) if body_html.strip() else text_to_html(body_text)
    if len(body) > MAX_CONTENT_CHARS:
        body = text_to_html(_first_paragraphs(body_text, MAX_CONTENT_CHARS // 2)) + (
            f'<p><a href="{html.escape(url)}">{READ_MORE}</a></p>'
        )
    parts = []
    if image and image not in body and html.escape(image) not in body:
        alt = html.escape(title)
        parts.append(
            f'<figure><img src="{html.escape(image)}" alt="{alt}" '
            'referrerpolicy="no-referrer"></figure>'
        )
    parts.append(body)
    if credit:
        parts.append(f"<p><em>{html.escape(xml_safe(credit), quote=False)}</em></p>")
    return "".join(parts)


def _first_paragraphs(text: str, limit: int) -> str:
    """The paragraphs of *text* that fit in *limit* characters (at least a cut first one)."""
    kept: list[str] = []
    size = 0
    for paragraph in text.split("\n\n"):
        if size + len(paragraph) > limit:
            if not kept:
                kept.append(clip(paragraph, limit))
            break
        kept.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(kept)


def build_item(
    *,
    guid: str,
    url: str,
    title: str,
    summary: str,
    body_html: str,
    body_text: str,
    authors: list[str],
    credit: str,
    image: str,
    category: str,
    province: str,
    site: str,
    site_name: str,
    site_url: str,
    published: datetime,
    updated: datetime | None,
    places: tuple[ItemPlace, ...] = (),
    language: str = "vi",
) -> FeedItem:
    """A FeedItem from a stored article's fields (aware datetimes, any timezone)."""
    title = bound(" ".join(xml_safe(title).split()), MAX_TITLE_CHARS) or NO_TITLE
    image = xml_safe(image).strip()
    image = image if image.lower().startswith(("http://", "https://")) else ""
    summary = clip(xml_safe(summary or body_text.split("\n\n", 1)[0]))
    names = [CATEGORIES[category]] if category in CATEGORIES else []
    if province in PROVINCES:
        names.append(PROVINCES[province])
    pub = to_vn(published)
    upd = max(to_vn(updated), pub) if updated else pub
    clean_authors = tuple(a for a in (" ".join(xml_safe(a).split()) for a in authors) if a)
    return FeedItem(
        id=xml_safe(guid),
        url=xml_safe(url),
        title=title,
        summary=summary,
        content_html=item_content(
            body_html=body_html,
            body_text=body_text,
            url=url,
            title=title,
            image=image,
            credit=credit,
        ),
        authors=clean_authors or (site_name,),
        categories=tuple(names),
        credit=xml_safe(credit).strip(),
        published=pub,
        updated=upd,
        image=image,
        image_type=image_type(image) if image else "",
        source_name=xml_safe(site_name),
        source_url=xml_safe(site_url),
        site=site,
        category=category,
        province=province,
        places=places,
        language=language.strip().lower() or "vi",
    )
