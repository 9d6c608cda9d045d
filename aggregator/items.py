"""The Article: the one contract between extraction, the pipelines, the store and publishing.

The extractor fills the page-derived fields; the pipelines fill the rest (canonical category,
province, spam verdict, dedup keys). Every datetime is timezone-aware.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class PlaceTag:
    """A commune, ward or special zone a story is about (aggregator.placetags)."""

    code: str  # GSO code of the current unit: "02302"
    name: str  # "Xã Minh Quang"
    province: str  # province slug: "tuyen-quang"
    slug: str  # its feed's file name: place/<province>/<slug>.rss
    how: str  # "name" (today's name), "former" (a pre-merger commune), "district"
    mention: str = ""  # the words in the story: "xã Vinh Quang cũ"


@dataclass(slots=True)
class Article:
    """One news article as extracted from one page.

    An extraction that could not produce an article returns an Article whose ``reject_reason`` names
    why (``"empty-page"``, ``"no-body"``, ``"binary"``, ...); ``is_article`` is then False. The
    extractor never raises for bad input: the pipelines drop such items with that reason, counted.
    """

    url: str
    title: str = ""
    body_text: str = ""  # paragraphs separated by "\n\n"; captions kept as their own paragraphs
    body_html: str = ""  # cleaned article HTML (p, h2-h4, ul/ol/li, table, figure/img/figcaption)
    summary: str = ""  # the sapo / lead, lead prefixes like "(BTN) -" removed
    published: datetime | None = None
    updated: datetime | None = None
    authors: list[str] = field(default_factory=list)
    credit: str = (
        ""  # provenance line moved out of the body: "Theo TQĐT", "(Theo TTXVN)", "Nguồn: …"
    )
    image: str = ""  # lead image URL, absolute
    section: str = ""  # the site's own section name or slug (breadcrumb, articleSection, URL path)
    tags: list[str] = field(default_factory=list)
    language: str = "vi"
    page_title: str = ""  # the <title> as served; kept to detect injected (spam) titles
    # Where the title came from: "jsonld", "og", "h1", "h2", "title-class", "selector", "title",
    # "body" (the short line opening the body, where the served <title> says nothing of it).
    title_source: str = ""
    reject_reason: str = ""  # non-empty: this page is not a usable article, and why

    # Filled by the spider and the pipelines, not by the extractor.
    site: str = ""  # site id (the site file's name)
    province: str = ""  # one of the 34 post-2025 province slugs
    category: str = ""  # one of the canonical category slugs
    article_id: str = ""  # the site's own article id from its URL pattern, if any
    spam_score: float = 0.0
    spam_reasons: list[str] = field(default_factory=list)
    title_injected: bool = False  # the served <title> was spam while the article itself was not
    quarantined: bool = False  # spam: stored with its score and reasons, never published
    dup_of: str = ""  # guid of the original when this is another site's copy of the same story
    signature: bytes = b""  # near-duplicate signature of the body (aggregator.neardup)
    places: list[PlaceTag] = field(default_factory=list)  # communes/wards it is about

    @property
    def is_article(self) -> bool:
        return not self.reject_reason
