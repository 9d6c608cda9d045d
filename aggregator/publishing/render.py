"""Feed model → bytes: RSS 2.0 and Atom 1.0 with feedgen, JSON Feed 1.1 by its specification.

Pure functions. feedgen stamps "now" on anything left without a date and prepends entries by
default, so every date is set from the items and every entry is appended in the model's order:
the same feed model always gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from feedgen.entry import FeedEntry
from feedgen.ext.base import BaseExtension
from feedgen.ext.dc import DcEntryExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from aggregator.publishing.model import BRAND, GENERATOR, Feed, FeedItem

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
JSONFEED_VERSION = "https://jsonfeed.org/version/1.1"
# Our JSON Feed extension object (the spec reserves keys starting with "_" for extensions).
JSON_EXTENSION = "_bao_dia_phuong"


class _RssHubExtension(BaseExtension):  # type: ignore[misc]
    """Adds ``<atom:link rel="hub">`` to an RSS channel (feedgen only writes rel="self" there)."""

    def __init__(self) -> None:
        self.hub = ""

    def extend_ns(self) -> dict[str, str]:
        return {}  # feedgen always declares the atom namespace in RSS

    def extend_rss(self, rss_feed: Any) -> Any:
        if self.hub:
            etree.SubElement(rss_feed[0], f"{{{ATOM_NS}}}link", href=self.hub, rel="hub")
        return rss_feed

    def extend_atom(self, atom_feed: Any) -> Any:
        return atom_feed


class _EnclosureExtension(BaseExtension):  # type: ignore[misc]
    """The lead image as RSS ``<enclosure>`` and Atom ``<link rel="enclosure">``.

    feedgen 1.0.0's own ``enclosure()`` loses ``rel`` and ``type`` on Atom entry links (its
    ``atom_entry`` reads them from the element it has just created), which would leave two
    "alternate" links per entry; writing the elements here keeps both formats right.
    """

    def __init__(self) -> None:
        self.url = ""
        self.type = ""

    def extend_ns(self) -> dict[str, str]:
        return {}

    def extend_rss(self, item: Any) -> Any:
        if self.url:
            # Length is unknown (images are never downloaded); RSS readers accept 0 for that.
            etree.SubElement(item, "enclosure", url=self.url, length="0", type=self.type)
        return item

    def extend_atom(self, entry: Any) -> Any:
        if self.url:
            # feedgen builds Atom elements without a namespace under a default-namespace root.
            etree.SubElement(entry, "link", href=self.url, rel="enclosure", type=self.type)
        return entry


class _AtomEntryExtension(BaseExtension):  # type: ignore[misc]
    """What feedgen's Atom entry lacks: the story's language (``xml:lang``, an English edition's
    story in a Vietnamese feed) and the ``id`` and ``updated`` the W3C validator wants in
    ``<source>`` (feedgen writes only its title and link)."""

    def __init__(self) -> None:
        self.language = ""
        self.source_id = ""
        self.source_updated = ""

    def extend_ns(self) -> dict[str, str]:
        return {}

    def extend_rss(self, item: Any) -> Any:
        return item

    def extend_atom(self, entry: Any) -> Any:
        if self.language:
            entry.set(XML_LANG, self.language)
        source = entry.find("source")
        if source is not None and self.source_id:
            # feedgen builds Atom elements without a namespace under a default-namespace root.
            etree.SubElement(source, "id").text = self.source_id
            etree.SubElement(source, "updated").text = self.source_updated
        return entry


def build_entry(item: FeedItem) -> FeedEntry:
    """A feedgen entry for *item*; one entry can be added to every feed that shows the item."""
    entry = FeedEntry()
    entry.guid(item.id, permalink=False)  # the URL may change; the id never does
    entry.title(item.title)
    entry.link(href=item.url)  # rel="alternate" (the default; see _EnclosureExtension)
    entry.summary(item.summary or item.title)
    entry.content(item.content_html, type="html")
    entry.author([{"name": name} for name in item.authors])
    for name in item.categories:
        entry.category(term=name, label=name)
    for place in item.places:  # RSS: <category domain="place:tuyen-quang/xa-minh-quang">
        entry.category(term=place.label, scheme=place.scheme, label=place.label)
    entry.published(item.published)
    entry.updated(item.updated)
    entry.source(url=item.source_url, title=item.source_name)
    # RSS <author> must be an email address; names go in dc:creator (RSS only: Atom has <author>).
    entry.register_extension("dc", DcEntryExtension, atom=False, rss=True)
    entry.dc.dc_creator(list(item.authors))
    entry.register_extension("lead_image", _EnclosureExtension, atom=True, rss=True)
    entry.lead_image.url, entry.lead_image.type = item.image, item.image_type
    entry.register_extension("atom_extra", _AtomEntryExtension, atom=True, rss=False)
    entry.atom_extra.language = item.language
    # The source is the paper: its homepage is its IRI; its last change we know of is this item.
    entry.atom_extra.source_id = item.source_url
    entry.atom_extra.source_updated = item.updated.isoformat()
    return entry


def _generator(feed: Feed, entries: Iterable[FeedEntry]) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)  # dc:creator: RSS <author> must be an email
    fg.register_extension("rsshub", _RssHubExtension, None, atom=False, rss=True)
    fg.rsshub.hub = feed.hub
    fg.title(feed.title)
    fg.subtitle(feed.description)  # also the RSS description
    fg.language("vi")
    fg.author({"name": BRAND})
    fg.generator(GENERATOR)
    fg.updated(feed.updated)  # also RSS lastBuildDate: the newest item, never the clock
    fg.ttl(feed.ttl_minutes)
    for entry in entries:
        fg.add_entry(entry, order="append")  # feedgen prepends by default
    return fg


def _links(fg: FeedGenerator, feed: Feed, fmt: str, mime: str) -> None:
    # feedgen uses the *last* link as the RSS <link>, and the first rel="self" as RSS atom:link.
    links: list[dict[str, str]] = [{"href": feed.url(fmt), "rel": "self", "type": mime}]
    if feed.hub:
        links.append({"href": feed.hub, "rel": "hub"})
    links.append({"href": feed.home_url, "rel": "alternate", "type": "text/html"})
    fg.link(links, replace=True)


def render_xml(feed: Feed, entries: dict[str, FeedEntry]) -> tuple[bytes, bytes]:
    """(RSS 2.0, Atom 1.0) bytes of *feed*; *entries* maps item id → its prebuilt entry."""
    fg = _generator(feed, (entries[item.id] for item in feed.items))
    fg.id(feed.url("atom"))
    _links(fg, feed, "rss", "application/rss+xml")
    rss = fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
    _links(fg, feed, "atom", "application/atom+xml")
    atom = fg.atom_str(pretty=True, encoding="UTF-8", xml_declaration=True)
    return rss, atom


def entries_for(items: Iterable[FeedItem]) -> dict[str, FeedEntry]:
    return {item.id: build_entry(item) for item in items}


def _json_item(item: FeedItem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": item.id,
        "url": item.url,
        "title": item.title,
        "content_html": item.content_html,
        "summary": item.summary,
    }
    if item.image:
        out["image"] = item.image
    out["date_published"] = item.published.isoformat()
    out["date_modified"] = item.updated.isoformat()
    out["authors"] = [{"name": name} for name in item.authors]
    out["tags"] = [*item.categories, *(place.label for place in item.places)]
    if item.language:  # "" when the text is in a language nobody declared
        out["language"] = item.language
    extension: dict[str, Any] = {"source": {"name": item.source_name, "url": item.source_url}}
    if item.credit:
        extension["credit"] = item.credit
    extension["category"] = item.category
    extension["province"] = item.province
    if item.places:
        extension["places"] = [
            {
                "code": place.code,
                "name": place.name,
                "province": place.province,
                "feed": f"place/{place.province}/{place.slug}",
            }
            for place in item.places
        ]
    out[JSON_EXTENSION] = extension
    return out


def render_json(feed: Feed) -> bytes:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) bytes of *feed*."""
    doc: dict[str, Any] = {
        "version": JSONFEED_VERSION,
        "title": feed.title,
        "home_page_url": feed.home_url,
        "feed_url": feed.url("json"),
        "description": feed.description,
        "authors": [{"name": BRAND}],
        "language": "vi",
    }
    if feed.hub:
        doc["hubs"] = [{"type": "WebSub", "url": feed.hub}]
    doc["items"] = [_json_item(item) for item in feed.items]
    # ensure_ascii=False keeps Vietnamese readable; json escapes control characters itself.
    # No indent: an indent switches json to its pure-Python encoder, ten times slower.
    return (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
