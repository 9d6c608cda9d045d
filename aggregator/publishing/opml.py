"""feeds.opml: every feed, grouped into categories, provinces, sites, saved topics and places
(communes and wards, by province), with Vietnamese titles.

Each feed is listed once, in its RSS form: importing an OPML file subscribes to every outline in
it, so listing three formats of each feed would subscribe readers three times.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.utils import format_datetime

from lxml import etree

from aggregator.publishing.model import BRAND, Feed, province_name

GROUPS: tuple[tuple[str, str], ...] = (
    ("category", "Chuyên mục"),
    ("province", "Tỉnh, thành phố"),
    ("site", "Các báo"),
    ("topic", "Chủ đề"),
    ("place", "Xã, phường, đặc khu"),
)


def _outline(parent: etree._Element, feed: Feed, text: str) -> None:
    etree.SubElement(
        parent,
        "outline",
        type="rss",
        version="RSS2",
        text=text,
        title=feed.title,
        description=feed.description,
        language="vi",
        xmlUrl=feed.url("rss"),
        htmlUrl=feed.home_url,
    )


def feed_name(feed: Feed) -> str:
    """The short name of a feed: its title without the brand suffix."""
    return feed.title.removesuffix(f" — {BRAND}")


def render_opml(feeds: Sequence[Feed]) -> bytes:
    """OPML 2.0 bytes listing *feeds* (in the given order) under one outline per group."""
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = f"{BRAND} — tất cả nguồn tin"
    if feeds:
        newest = max(feed.updated for feed in feeds)
        etree.SubElement(head, "dateModified").text = format_datetime(newest)
    # No <docs>: valid OPML 2.0, but the W3C validator (which people paste feeds.opml into) knows
    # only OPML 1.0's head elements and rejects it.
    body = etree.SubElement(root, "body")
    for feed in feeds:
        if feed.kind == "all":
            _outline(body, feed, feed_name(feed))
    for kind, label in GROUPS:
        members = [feed for feed in feeds if feed.kind == kind]
        if kind in ("place", "topic") and not members:
            continue
        # A folder: only `text` (the validator wants a `type` on an outline with a `title`).
        group = etree.SubElement(body, "outline", text=label)
        if kind == "place":  # one folder per province: thousands of units otherwise
            provinces: dict[str, etree._Element] = {}
            for feed in members:
                if feed.province not in provinces:
                    name = province_name(feed.province)
                    provinces[feed.province] = etree.SubElement(group, "outline", text=name)
                _outline(provinces[feed.province], feed, feed_name(feed))
            continue
        for feed in members:
            _outline(group, feed, feed_name(feed))
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")
