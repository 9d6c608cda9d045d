"""What the W3C Feed Validation Service says about what we publish, checked on the files
themselves: the OPML rules it applies (OPML 1.0's head, outline attributes), no "implausible"
1970 dates in empty feeds, Atom <source> with id and updated. The OPML rules are the validator's
own (rubys/feedvalidator, src/feedvalidator/opml.py), restated here as data."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
from lxml import etree

from aggregator.items import Article
from aggregator.publishing.publish import publish
from aggregator.sites import SiteConfig
from aggregator.storage import ArticleStore

ATOM = "{http://www.w3.org/2005/Atom}"
SITES = {
    "baotuyenquang": SiteConfig(
        "baotuyenquang", "Báo Tuyên Quang", "tuyen-quang", "https://baotuyenquang.com.vn/"
    ),
    "baocamau": SiteConfig("baocamau", "Báo Cà Mau", "ca-mau", "https://baocamau.vn/"),
}
NEWEST = datetime(2025, 11, 20, 3, 0, tzinfo=UTC)
# The head elements and outline attributes the validator knows (anything else is an error).
OPML_HEAD = {
    "title", "dateCreated", "dateModified", "ownerName", "ownerEmail", "ownerId",
    "expansionState", "vertScrollState", "windowTop", "windowLeft", "windowBottom", "windowRight",
}  # fmt: skip
OUTLINE_ATTRIBUTES = {
    "category", "created", "description", "htmlUrl", "isBreakpoint", "isComment", "language",
    "text", "title", "type", "url", "version", "xmlUrl",
}  # fmt: skip
TYPED_ONLY = {"description", "htmlUrl", "language", "title", "version", "xmlUrl"}


def _articles() -> list[Article]:
    return [
        Article(
            url="https://baotuyenquang.com.vn/kinh-te/giai-ngan-von-dau-tu-cong-178230.html",
            site="baotuyenquang", province="tuyen-quang", category="kinh-te",
            title="Tuyên Quang giải ngân vốn đầu tư công đạt 68%", published=NEWEST,
            body_text="Đến hết tháng 10, tỉnh đã giải ngân hơn 4.100 tỷ đồng vốn đầu tư công.",
        ),
        Article(
            url="https://baocamau.vn/nong-nghiep/trung-mua-tom-lua-a41.html",
            site="baocamau", province="ca-mau", category="nong-nghiep",
            title="Trúng mùa tôm lúa", published=NEWEST - timedelta(days=2),
            body_text="Nông dân Cà Mau trúng mùa tôm lúa.", language="vi",
        ),
    ]  # fmt: skip


def published(tmp_path: Path, kind: str) -> Path:
    """The feeds directory published from an empty store, or from one with two stories."""
    store = ArticleStore(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    if kind == "filled":
        for article in _articles():
            store.upsert(article, now=NEWEST + timedelta(hours=1))
    out = tmp_path / "feeds"
    publish(store, SITES, out, "https://tin.example.vn")
    store.close()
    return out


@pytest.fixture(params=["empty", "filled"])
def feeds(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path]:
    return request.param, published(tmp_path, request.param)


def test_opml_follows_the_validators_rules(feeds: tuple[str, Path]) -> None:
    _kind, out = feeds
    root = etree.parse(str(out / "feeds.opml")).getroot()
    head = root.find("head")
    assert head is not None
    assert {child.tag for child in head} <= OPML_HEAD  # no <docs>
    modified = parsedate_to_datetime(head.findtext("dateModified") or "")
    assert modified.year >= 2025
    outlines = list(root.iter("outline"))
    assert outlines
    for outline in outlines:
        names = set(outline.attrib)
        assert names <= OUTLINE_ATTRIBUTES, names
        assert "text" in names
        if "type" not in names:  # a folder: a title (or any feed attribute) needs a type
            assert not names & TYPED_ONLY, names
        elif outline.get("type") == "rss":
            assert {"xmlUrl", "title"} <= names
            assert outline.get("version") in {"RSS", "RSS1", "RSS2", "scriptingNews"}


def test_no_feed_is_dated_1970(feeds: tuple[str, Path]) -> None:
    kind, out = feeds
    floor = datetime(2000, 1, 1, tzinfo=UTC)
    empty_dates = set()
    for path in sorted(out.rglob("*.rss")):
        channel = etree.parse(str(path)).getroot().find("channel")
        assert channel is not None
        built = parsedate_to_datetime(channel.findtext("lastBuildDate") or "")
        assert built > floor, path
        if channel.find("item") is None:
            empty_dates.add(built)
    for path in sorted(out.rglob("*.atom")):
        feed = etree.parse(str(path)).getroot()
        assert datetime.fromisoformat(feed.findtext(f"{ATOM}updated") or "") > floor, path
        parsed = feedparser.parse(str(path))
        assert parsed.bozo == 0
    assert empty_dates, "every publish has empty feeds (categories, provinces)"
    assert len(empty_dates) == 1
    if kind == "filled":  # the store's newest story, so the same store gives the same bytes
        assert empty_dates == {NEWEST}
    else:  # an empty store: the publish time
        assert abs(empty_dates.pop() - datetime.now(UTC)) < timedelta(minutes=5)


def test_atom_source_has_id_title_and_updated(tmp_path: Path) -> None:
    out = published(tmp_path, "filled")
    root = etree.parse(str(out / "all.atom")).getroot()
    entries = list(root.iter(f"{ATOM}entry"))
    assert len(entries) == 2
    for entry in entries:
        source = entry.find(f"{ATOM}source")
        assert source is not None
        assert source.findtext(f"{ATOM}id") in {s.homepage for s in SITES.values()}
        assert source.findtext(f"{ATOM}title") in {s.name for s in SITES.values()}
        updated = datetime.fromisoformat(source.findtext(f"{ATOM}updated") or "")
        assert updated == datetime.fromisoformat(entry.findtext(f"{ATOM}updated") or "")
        assert entry.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"
    items = json.loads((out / "all.json").read_bytes())["items"]
    assert {item["language"] for item in items} == {"vi"}
