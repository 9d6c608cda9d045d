"""Publishing: feeds, OPML and index from a real SQLite store of Vietnamese articles.

Every published file is parsed (feedparser for RSS/Atom with bozo 0, the JSON Feed 1.1 required
fields, lxml for OPML and HTML); the pure helpers are table-tested.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import feedparser
import lxml.html
import pytest
from lxml import etree

from aggregator.items import Article
from aggregator.publishing.index_page import vn_datetime, vn_number
from aggregator.publishing.model import SiteHealth, clip, image_type
from aggregator.publishing.publish import PublishOptions, publish
from aggregator.publishing.sanitize import absolute_srcset, sanitize_html, xml_safe
from aggregator.sites import SiteConfig
from aggregator.storage import ArticleStore
from aggregator.taxonomy import CATEGORIES, PROVINCES

VN = timezone(timedelta(hours=7))
BASE = "https://feeds.example.vn"
NOW = datetime(2025, 10, 12, 12, 0, tzinfo=UTC)

SITES = {
    s.id: s
    for s in (
        SiteConfig(
            "baotuyenquang", "Báo Tuyên Quang", "tuyen-quang", "https://baotuyenquang.com.vn/"
        ),
        SiteConfig("baohagiang", "Báo Hà Giang", "tuyen-quang", "https://baohagiang.vn/"),
        SiteConfig("baodanang", "Báo Đà Nẵng", "da-nang", "https://baodanang.vn/"),
        SiteConfig("baocamau", "Báo Cà Mau", "ca-mau", "https://baocamau.vn/"),
        SiteConfig("baolaocai", "Báo Lào Cai", "lao-cai", "https://baolaocai.vn/"),
    )
}

TQ_URL = (
    "https://baotuyenquang.com.vn/xa-hoi/cung-co-moi-quan-he-mat-thiet-voi-nhan-dan-215432.html"
)
DN_URL = "https://baodanang.vn/kinh-te/da-nang-thu-hut-1-2-ty-usd-von-fdi-3301.html"
CM_URL = "https://baocamau.vn/nong-nghiep/trung-mua-tom-lua-a41.html"


def _article(
    url: str, site: str, category: str, title: str, published: datetime, **kw: Any
) -> Article:
    return Article(
        url=url,
        site=site,
        province=SITES[site].province if site in SITES else kw.pop("province", ""),
        category=category,
        title=title,
        published=published,
        summary=kw.pop("summary", f"Tóm tắt: {title}"),
        body_text=kw.pop("body_text", f"{title}\n\nĐoạn thứ hai của bài."),
        **kw,
    )


ARTICLES: list[tuple[Article, str, str | None]] = [
    (
        _article(
            TQ_URL,
            "baotuyenquang",
            "xa-hoi",
            "Củng cố mối quan hệ mật thiết với nhân dân",
            datetime(2025, 10, 12, 8, 30, tzinfo=VN),
            page_title="Xổ số trực tuyến kiên giang - Nền tảng xổ số trực tuyến uy tín",
            title_injected=True,
            credit="Theo TQĐT",
            body_html=(
                "<p>Ngày 12-10, Thường trực Tỉnh ủy làm việc với nhân dân.</p>"
                '<img src="data:image/gif;base64,R0lGOD" data-src="/uploads/2025/10/hoi-nghi.jpg" alt="Hội nghị">'
                '<script>alert("x")</script><p onclick="evil()">Đoạn hai.</p>'
                '<img src="https://stats.example/pixel.gif" width="1" height="1">'
            ),
            image="https://baotuyenquang.com.vn/uploads/2025/10/hoi-nghi.jpg",
        ),
        "published",
        None,
    ),
    (
        _article(
            DN_URL,
            "baodanang",
            "kinh-te",
            "Đà Nẵng thu hút 1,2 tỷ USD vốn đầu tư nước ngoài",
            datetime(2025, 10, 11, 15, 0, tzinfo=VN),
            authors=["Hoàng Hiệp"],
            image="https://baodanang.vn/anh/fdi.webp",
        ),
        "published",
        None,
    ),
    (  # same instant as the Đà Nẵng story: the tie is broken by guid
        _article(
            CM_URL,
            "baocamau",
            "nong-nghiep",
            "Cà Mau: Nông dân trúng mùa tôm – lúa",
            datetime(2025, 10, 11, 15, 0, tzinfo=VN),
        ),
        "published",
        None,
    ),
    (
        _article(
            "https://baohagiang.vn/du-lich/mua-hoa-tam-giac-mach-7781.html",
            "baohagiang",
            "du-lich",
            "Hà Giang mùa hoa tam giác mạch",
            datetime(2025, 10, 10, 9, 0, tzinfo=VN),
            body_text="Hoa nở rộ khắp cao nguyên đá.\n\nDu khách đổ về Đồng Văn.",
        ),
        "published",
        None,
    ),
    (  # Báo Tuyên Quang re-runs the Đà Nẵng story: a near-duplicate copy
        _article(
            "https://baotuyenquang.com.vn/kinh-te/da-nang-thu-hut-von-fdi-215440.html",
            "baotuyenquang",
            "kinh-te",
            "Đà Nẵng thu hút 1,2 tỷ USD vốn đầu tư nước ngoài",
            datetime(2025, 10, 11, 16, 0, tzinfo=VN),
            credit="Theo Báo Đà Nẵng",
        ),
        "published",
        DN_URL,
    ),
    (  # gambling spam: quarantined, never published
        _article(
            "https://baodanang.vn/xo-so-truc-tuyen-99.html",
            "baodanang",
            "the-thao",
            "Xổ số trực tuyến uy tín nhất 2025",
            datetime(2025, 10, 12, 9, 0, tzinfo=VN),
        ),
        "quarantined",
        None,
    ),
    (  # a control character scraped into the title
        _article(
            "https://baocamau.vn/giao-duc/khai-giang-nam-hoc-moi-a12.html",
            "baocamau",
            "giao-duc",
            "Khai giảng\x0b năm học mới\x00",
            datetime(2025, 9, 5, 7, 0, tzinfo=VN),
        ),
        "published",
        None,
    ),
]


def fill(store: ArticleStore) -> None:
    for article, status, dup_of in ARTICLES:
        article.quarantined = status == "quarantined"
        article.dup_of = dup_of or ""
        store.upsert(article, now=NOW)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ArticleStore]:
    s = ArticleStore(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    fill(s)
    yield s
    s.close()


def run(store: ArticleStore, out: Path, **kw: Any) -> Any:
    kw.setdefault("health", {"baolaocai": SiteHealth("broken", "Không tải được trang từ 10/10.")})
    return publish(store, SITES, out, BASE, **kw)


@pytest.fixture
def published(store: ArticleStore, tmp_path: Path) -> Path:
    out = tmp_path / "feeds"
    run(store, out)
    return out


def parse(path: Path) -> Any:
    parsed = feedparser.parse(path.read_bytes(), sanitize_html=False)  # see our own HTML
    assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
    return parsed


def titles(path: Path) -> list[str]:
    if path.suffix == ".json":
        return [i["title"] for i in json.loads(path.read_bytes())["items"]]
    return [e.title for e in parse(path).entries]


def all_files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


# --- JSON Feed 1.1 -------------------------------------------------------------------------------


def check_json_feed(doc: dict[str, Any]) -> None:
    """The JSON Feed 1.1 requirements (https://jsonfeed.org/version/1.1)."""
    assert doc["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(doc["title"], str)
    assert doc["title"]
    assert isinstance(doc["items"], list)
    for key in ("home_page_url", "feed_url"):
        assert doc[key].startswith(("http://", "https://"))
    for item in doc["items"]:
        assert isinstance(item["id"], str)
        assert item["id"]
        assert "content_html" in item or "content_text" in item
        for key in ("date_published", "date_modified"):
            datetime.fromisoformat(item[key])  # RFC 3339
        assert all(isinstance(a.get("name"), str) for a in item["authors"])
        assert all(k in {"type", "url"} for hub in doc.get("hubs", []) for k in hub)


# --- every file ----------------------------------------------------------------------------------


def test_every_file_is_published_and_valid(published: Path) -> None:
    expected = {"all"} | {f"category/{c}" for c in CATEGORIES}
    expected |= {f"province/{p}" for p in PROVINCES} | {f"site/{s}" for s in SITES}
    files = all_files(published)
    for stem in expected:
        for ext in ("rss", "atom", "json"):
            assert f"{stem}.{ext}" in files
    assert set(files) == {f"{s}.{e}" for s in expected for e in ("rss", "atom", "json")} | {
        "feeds.opml",
        "index.html",
    }
    for name in files:
        path = published / name
        if path.suffix == ".rss":
            assert parse(path).version == "rss20"
        elif path.suffix == ".atom":
            assert parse(path).version == "atom10"
        elif path.suffix == ".json":
            check_json_feed(json.loads(path.read_bytes()))


def test_items_carry_every_field(published: Path) -> None:
    rss = parse(published / "site/baotuyenquang.rss")
    entry = next(e for e in rss.entries if e.link == TQ_URL)
    assert entry.title == "Củng cố mối quan hệ mật thiết với nhân dân"  # not the spam <title>
    assert entry.id == TQ_URL
    assert entry.published.endswith("+0700")
    assert [t.term for t in entry.tags] == ["Xã hội", "Tuyên Quang"]
    assert entry.source == {"href": "https://baotuyenquang.com.vn/", "title": "Báo Tuyên Quang"}
    assert entry.enclosures[0].type == "image/jpeg"
    content = entry.content[0].value
    assert "Theo TQĐT" in content
    assert 'src="https://baotuyenquang.com.vn/uploads/2025/10/hoi-nghi.jpg"' in content
    assert 'referrerpolicy="no-referrer"' in content
    assert "script" not in content
    assert "onclick" not in content
    assert "pixel.gif" not in content
    assert entry.author == "Báo Tuyên Quang"  # no byline: the paper stands in

    atom = parse(published / "category/kinh-te.atom")
    dn = next(e for e in atom.entries if e.link == DN_URL)
    assert dn.author == "Hoàng Hiệp"
    assert dn.published == "2025-10-11T15:00:00+07:00"
    assert dn.updated == "2025-10-11T15:00:00+07:00"
    assert {
        "rel": "enclosure",
        "type": "image/webp",
        "href": "https://baodanang.vn/anh/fdi.webp",
    } in dn.links
    assert dn.source.title == "Báo Đà Nẵng"
    assert dn.summary == "Tóm tắt: Đà Nẵng thu hút 1,2 tỷ USD vốn đầu tư nước ngoài"

    item = json.loads((published / "all.json").read_bytes())["items"][0]
    assert item["date_published"] == "2025-10-12T08:30:00+07:00"
    assert item["_bao_dia_phuong"]["source"]["name"] == "Báo Tuyên Quang"
    assert item["_bao_dia_phuong"]["credit"] == "Theo TQĐT"
    assert item["tags"] == ["Xã hội", "Tuyên Quang"]


def test_raw_dates_are_in_vietnam_time(published: Path) -> None:
    rss = (published / "all.rss").read_text("utf-8")
    atom = (published / "all.atom").read_text("utf-8")
    assert "<pubDate>Sun, 12 Oct 2025 08:30:00 +0700</pubDate>" in rss
    assert "<lastBuildDate>Sun, 12 Oct 2025 08:30:00 +0700</lastBuildDate>" in rss
    assert "<updated>2025-10-12T08:30:00+07:00</updated>" in atom
    assert "+0000" not in rss
    assert "Z<" not in atom


def test_feed_level_fields(published: Path) -> None:
    rss = parse(published / "category/kinh-te.rss")
    assert rss.feed.title == "Kinh tế — Báo địa phương"
    assert rss.feed.language == "vi"
    assert rss.feed.ttl == "60"
    assert "Kinh tế" in rss.feed.subtitle
    self_links = [link.href for link in rss.feed.links if link.rel == "self"]
    assert self_links == [f"{BASE}/category/kinh-te.rss"]
    # lastBuildDate is the newest item's date, not the clock
    assert rss.feed.updated == "Sat, 11 Oct 2025 15:00:00 +0700"
    atom = parse(published / "province/tuyen-quang.atom")
    assert atom.feed.title == "Tuyên Quang — Báo địa phương"
    assert [link.href for link in atom.feed.links if link.rel == "self"] == [
        f"{BASE}/province/tuyen-quang.atom"
    ]
    assert not [link for link in atom.feed.links if link.rel == "hub"]  # no hub configured


# --- selection rules -----------------------------------------------------------------------------


def test_newest_first_with_deterministic_ties(published: Path) -> None:
    # Đà Nẵng and Cà Mau share a timestamp: guid order decides (baocamau < baodanang).
    assert titles(published / "all.rss") == [
        "Củng cố mối quan hệ mật thiết với nhân dân",
        "Cà Mau: Nông dân trúng mùa tôm – lúa",
        "Đà Nẵng thu hút 1,2 tỷ USD vốn đầu tư nước ngoài",
        "Hà Giang mùa hoa tam giác mạch",
        "Khai giảng năm học mới",  # control characters gone
    ]
    assert (
        titles(published / "all.json")
        == titles(published / "all.atom")
        == titles(published / "all.rss")
    )


def test_duplicate_copy_only_in_its_own_site_feed(published: Path) -> None:
    copy_link = "https://baotuyenquang.com.vn/kinh-te/da-nang-thu-hut-von-fdi-215440.html"
    site = [e.link for e in parse(published / "site/baotuyenquang.rss").entries]
    assert copy_link in site
    for name in ("all.rss", "category/kinh-te.rss", "province/tuyen-quang.rss"):
        links = [e.link for e in parse(published / name).entries]
        assert copy_link not in links, name
    assert DN_URL in [e.link for e in parse(published / "category/kinh-te.rss").entries]


def test_quarantined_articles_never_published(published: Path) -> None:
    for path in published.rglob("*"):
        if path.is_file():
            assert "Xổ số trực tuyến" not in path.read_text("utf-8"), path


def test_empty_feeds_are_valid_and_stable(published: Path) -> None:
    rss = parse(published / "province/ha-noi.rss")
    assert rss.entries == []
    assert rss.feed.title == "TP Hà Nội — Báo địa phương"
    assert parse(published / "category/the-thao.atom").entries == []
    assert json.loads((published / "site/baolaocai.json").read_bytes())["items"] == []


def test_max_items_and_max_days(store: ArticleStore, tmp_path: Path) -> None:
    out = tmp_path / "small"
    run(store, out, max_items=2)
    assert len(titles(out / "all.rss")) == 2
    assert len(titles(out / "site/baocamau.json")) == 2
    run(store, out, max_items=50, max_days=3)  # newest is 12/10: 5/9 falls out
    assert "Khai giảng năm học mới" not in titles(out / "all.rss")
    assert titles(out / "category/giao-duc.rss") == []


# --- stability -----------------------------------------------------------------------------------


def test_second_publish_writes_nothing_and_is_byte_identical(
    store: ArticleStore, tmp_path: Path
) -> None:
    first = run(store, tmp_path / "a")
    assert len(first.written) == (1 + len(CATEGORIES) + len(PROVINCES) + len(SITES)) * 3 + 2
    before = all_files(tmp_path / "a")
    mtimes = {p: p.stat().st_mtime_ns for p in (tmp_path / "a").rglob("*")}
    second = run(store, tmp_path / "a")
    assert second.written == []
    assert second.unchanged == len(first.written)
    assert all_files(tmp_path / "a") == before
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "a").rglob("*")} == mtimes
    run(store, tmp_path / "b")
    assert all_files(tmp_path / "b") == before
    assert not list((tmp_path / "a").rglob("*.tmp"))


def test_byte_identical_across_processes(store: ArticleStore, tmp_path: Path) -> None:
    # Hash-map order inside native libraries differs per process; publish in two fresh ones.
    code = (
        "import sys; from tests.test_publishing import *; from pathlib import Path; "
        "s = ArticleStore(sys.argv[1]); run(s, Path(sys.argv[2]))"
    )
    root = Path(__file__).parent.parent
    for name in ("p1", "p2"):
        subprocess.run(
            [sys.executable, "-c", code, store.url, str(tmp_path / name)], check=True, cwd=root
        )
    assert all_files(tmp_path / "p1") == all_files(tmp_path / "p2")


def test_guid_stable_when_title_edited(store: ArticleStore, tmp_path: Path) -> None:
    out = tmp_path / "feeds"
    run(store, out)
    ids = {e.link: e.id for e in parse(out / "all.rss").entries}
    edited = replace(ARTICLES[1][0], title="Đà Nẵng thu hút hơn 1,2 tỷ USD vốn FDI")
    store.upsert(edited, now=NOW + timedelta(hours=1))
    report = run(store, out)
    after = {e.link: e.id for e in parse(out / "all.rss").entries}
    assert after == ids
    assert "Đà Nẵng thu hút hơn 1,2 tỷ USD vốn FDI" in titles(out / "all.rss")
    # The edit is dated (the crawl time: the page gives none), and so is feeds.opml's last change;
    # empty feeds, dated from the newest publication, do not move.
    item = next(e for e in parse(out / "all.atom").entries if e.id == ids[edited.url])
    assert item.updated.startswith((NOW + timedelta(hours=1)).astimezone(VN).isoformat()[:16])
    assert set(report.written) == {
        f"{stem}.{ext}"
        for stem in ("all", "category/kinh-te", "province/da-nang", "site/baodanang")
        for ext in ("rss", "atom", "json")
    } | {"index.html", "feeds.opml"}
    # the changed file's Last-Modified moves forward even though the newest item did not change
    assert (out / "all.rss").stat().st_mtime > datetime(2025, 10, 12, 8, 30, tzinfo=VN).timestamp()


def test_removed_site_feeds_are_deleted(store: ArticleStore, tmp_path: Path) -> None:
    out = tmp_path / "feeds"
    run(store, out)
    (out / "notes.txt").write_text("operator's file")
    fewer = {k: v for k, v in SITES.items() if k != "baolaocai"}
    report = publish(store, fewer, out, BASE)
    assert sorted(report.removed) == [f"site/baolaocai.{e}" for e in ("atom", "json", "rss")]
    assert (out / "notes.txt").exists()


# --- OPML and index ------------------------------------------------------------------------------


def test_opml_lists_every_feed_grouped(published: Path) -> None:
    assert parse_opml_bozo(published / "feeds.opml")
    root = etree.fromstring((published / "feeds.opml").read_bytes())
    assert root.get("version") == "2.0"
    urls = {o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")}
    rss_files = {f"{BASE}/{p.relative_to(published)}" for p in published.rglob("*.rss")}
    assert urls == rss_files
    groups = [o.get("text") for o in root.find("body") if o.get("xmlUrl") is None]
    assert groups == ["Chuyên mục", "Tỉnh, thành phố", "Các báo"]
    texts = [o.get("text") for o in root.iter("outline")]
    assert "Quốc phòng - An ninh" in texts
    assert "Báo Đà Nẵng" in texts


def parse_opml_bozo(path: Path) -> bool:
    return feedparser.parse(path.read_bytes()).bozo == 0  # well-formed XML at least


def test_index_page(published: Path) -> None:
    page = (published / "index.html").read_text("utf-8")
    doc = lxml.html.fromstring(page)
    assert doc.get("lang") == "vi"
    assert "<script" not in page
    assert doc.xpath("//meta[@name='viewport']")
    cards = {li.get("id"): li for li in doc.xpath("//li[contains(@class, 'card')]")}
    assert len(cards) == 1 + len(CATEGORIES) + len(PROVINCES) + len(SITES)
    kinh_te = cards["category-kinh-te"].text_content()
    assert "1 bài" in kinh_te
    assert "Đà Nẵng thu hút 1,2 tỷ USD" in kinh_te
    assert "11/10/2025 15:00" in kinh_te
    assert "0 bài" in cards["province-ha-noi"].text_content()
    hrefs = cards["site-baodanang"].xpath(".//a/@href")
    assert {"site/baodanang.rss", "site/baodanang.atom", "site/baodanang.json"} <= set(hrefs)
    # health: the caller's "broken" and the store's own injected-title signal
    assert "Đang lỗi" in cards["site-baolaocai"].text_content()
    assert "Không tải được trang từ 10/10." in page
    assert "Có dấu hiệu bị tấn công" in cards["site-baotuyenquang"].text_content()
    assert "Có dấu hiệu bị tấn công" not in cards["site-baodanang"].text_content()
    assert doc.xpath("//section[@class='health']//a[@href='#site-baotuyenquang']")


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs apt-get install chromium")
def test_index_renders_in_headless_chromium(published: Path, tmp_path: Path) -> None:
    """Render the page as a phone would; look at the PNG when changing the page."""
    shot = tmp_path / "index-phone.png"
    done = subprocess.run(
        [
            "/usr/bin/chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=390,2400",
            f"--screenshot={shot}",
            (published / "index.html").as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# --- WebSub --------------------------------------------------------------------------------------


class _Hub(BaseHTTPRequestHandler):
    received: list[dict[str, list[str]]] = []

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.received.append(parse_qs(self.rfile.read(length).decode()))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_websub_hub_link_and_ping_after_a_change(store: ArticleStore, tmp_path: Path) -> None:
    server = HTTPServer(("127.0.0.1", 0), _Hub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hub = f"http://127.0.0.1:{server.server_address[1]}/"
    _Hub.received = []
    try:
        out = tmp_path / "feeds"
        first = run(store, out, hub=hub)
        assert first.pinged == len(first.changed_feeds) > 0
        assert not first.ping_errors
        assert {"hub.mode": ["publish"], "hub.url": [f"{BASE}/all.rss"]} in _Hub.received
        rss = parse(out / "all.rss")
        assert [link.href for link in rss.feed.links if link.rel == "hub"] == [hub]
        assert json.loads((out / "all.json").read_bytes())["hubs"] == [
            {"type": "WebSub", "url": hub}
        ]
        _Hub.received = []
        assert run(store, out, hub=hub).pinged == 0  # nothing changed: no ping
        assert _Hub.received == []
    finally:
        server.shutdown()


def test_websub_hub_down_is_reported_not_raised(store: ArticleStore, tmp_path: Path) -> None:
    report = run(store, tmp_path / "feeds", hub="http://127.0.0.1:9/")  # port 9: discard, closed
    assert report.pinged == 0
    assert len(report.ping_errors) == 1
    assert "WebSub" in report.summary()


# --- settings and the command --------------------------------------------------------------------


def test_options_from_settings() -> None:
    options = PublishOptions.from_settings(
        {"AGGREGATOR_FEED_MAX_DAYS": "7", "AGGREGATOR_CRAWL_INTERVAL_MINUTES": 30}
    )
    assert (options.max_days, options.ttl_minutes, options.max_items) == (7.0, 30, 50)
    with pytest.raises(ValueError, match="AGGREGATOR_FEED_MAX_ITEMS"):
        PublishOptions.from_settings({"AGGREGATOR_FEED_MAX_ITEMS": "nhiều"})
    with pytest.raises(ValueError, match="AGGREGATOR_WEBSUB_HUB"):
        PublishOptions.from_settings({"AGGREGATOR_WEBSUB_HUB": "ftp://hub"})


def test_scrapy_publish_command(store: ArticleStore, tmp_path: Path) -> None:
    root = Path(__file__).parent.parent
    out = tmp_path / "cmd-feeds"
    args = [sys.executable, "-m", "scrapy", "publish", "-s", f"AGGREGATOR_DB_URL={store.url}"]
    sites_dir = tmp_path / "sites"
    sites_dir.mkdir()
    (sites_dir / "baodanang.toml").write_text(
        'name = "Báo Đà Nẵng"\nprovince = "da-nang"\nhomepage = "https://baodanang.vn/"\n'
        '[start]\nfeeds = ["https://baodanang.vn/rss/home.rss"]\n',
        encoding="utf-8",
    )
    args += ["-s", f"AGGREGATOR_SITES_DIR={sites_dir}", "-s", f"AGGREGATOR_FEEDS_DIR={out}"]
    args += ["-s", "AGGREGATOR_FEED_MAX_ITEMS=3"]
    done = subprocess.run(args, cwd=root, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("published ")
    assert done.stdout.count("\n") == 1
    assert len(titles(out / "all.rss")) == 3
    assert titles(out / "site/baodanang.rss") == [
        "Đà Nẵng thu hút 1,2 tỷ USD vốn đầu tư nước ngoài"
    ]
    bad = subprocess.run(
        [*args[:-1], "AGGREGATOR_FEED_MAX_ITEMS=0"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2  # bad input
    assert bad.stderr.strip().splitlines()[-1] == (
        "publish: error: AGGREGATOR_FEED_MAX_ITEMS must be positive, got '0'"
    )


# --- pure helpers --------------------------------------------------------------------------------

PAGE = "https://baotuyenquang.com.vn/xa-hoi/bai-1.html"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("<p>Xin chào<script>alert(1)</script></p>", "<p>Xin chào</p>", id="script"),
        pytest.param("<style>p{color:red}</style><p>a</p>", "<p>a</p>", id="style"),
        pytest.param('<iframe src="https://x.vn/v"></iframe><p>a</p>', "<p>a</p>", id="iframe"),
        pytest.param('<object data="x.swf"></object><embed src="y">b', "b", id="object-embed"),
        pytest.param(
            '<form action="/dk"><input name="q"><button>Gửi</button></form>c', "c", id="form"
        ),
        pytest.param(
            '<img src="/a.jpg" onerror="alert(1)">',
            '<img src="https://baotuyenquang.com.vn/a.jpg" referrerpolicy="no-referrer">',
            id="onerror",
        ),
        pytest.param(
            '<a href="javascript:alert(1)">x</a>',
            '<a rel="noopener noreferrer nofollow">x</a>',
            id="javascript-url",
        ),
        pytest.param('<img src="data:image/png;base64,iVBOR">d', "d", id="data-url-image"),
        pytest.param(
            '<a href="data:text/html,<script>">x</a>',
            '<a rel="noopener noreferrer nofollow">x</a>',
            id="data-url-link",
        ),
        pytest.param(
            '<img src="https://t.example/pixel.gif" width="1" height="1">e', "e", id="pixel-size"
        ),
        pytest.param(
            '<img src="https://www.facebook.com/tr?id=1&ev=PageView">f', "f", id="pixel-host"
        ),
        pytest.param(
            '<a href="../kinh-te/bai-2.html">bài 2</a>',
            '<a href="https://baotuyenquang.com.vn/kinh-te/bai-2.html" rel="noopener noreferrer nofollow">bài 2</a>',
            id="relative-link",
        ),
        pytest.param(
            '<img src="//cdn.baotuyenquang.com.vn/a.jpg" alt="Ảnh">',
            '<img src="https://cdn.baotuyenquang.com.vn/a.jpg" alt="Ảnh" referrerpolicy="no-referrer">',
            id="protocol-relative",
        ),
        pytest.param(
            '<img src="/blank.gif" data-original="/anh/lon.jpg">',
            '<img src="https://baotuyenquang.com.vn/anh/lon.jpg" referrerpolicy="no-referrer">',
            id="lazy-data-original",
        ),
        pytest.param(
            '<img data-src="anh/1.jpg"><noscript><img src="anh/1.jpg"></noscript>',
            '<img src="https://baotuyenquang.com.vn/xa-hoi/anh/1.jpg" referrerpolicy="no-referrer">',
            id="lazy-data-src-noscript-copy",
        ),
        pytest.param(
            '<img data-srcset="/a-480.jpg 480w, /a-960.jpg 960w">',
            '<img src="https://baotuyenquang.com.vn/a-480.jpg" srcset="https://baotuyenquang.com.vn/a-480.jpg 480w, '
            'https://baotuyenquang.com.vn/a-960.jpg 960w" referrerpolicy="no-referrer">',
            id="lazy-srcset",
        ),
        pytest.param(
            '<img src="/a.jpg" srcset="/a.jpg 1x, javascript:alert(1) 2x">',
            '<img src="https://baotuyenquang.com.vn/a.jpg" srcset="https://baotuyenquang.com.vn/a.jpg 1x" '
            'referrerpolicy="no-referrer">',
            id="srcset-javascript",
        ),
        pytest.param(
            '<noscript><img src="/only.jpg"></noscript>',
            '<img src="https://baotuyenquang.com.vn/only.jpg" referrerpolicy="no-referrer">',
            id="noscript-only-copy",
        ),
        pytest.param("<p>a\x00b\x08c\x1fd\x7fe\x85f</p>", "<p>abcdef</p>", id="control-chars"),
        pytest.param(
            '<p style="position:fixed" class="x" id="y">g</p>', "<p>g</p>", id="style-class-id"
        ),
        pytest.param("<!-- quảng cáo --><p>h</p>", "<p>h</p>", id="comment"),
        pytest.param("", "", id="empty"),
    ],
)
def test_sanitize_html(raw: str, expected: str) -> None:
    assert sanitize_html(raw, PAGE) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Khai giảng\x0b năm học", "Khai giảng năm học"),
        ("tab\tok\nnewline\r", "tab\tok\nnewline\r"),
        ("\ufffe\uffffx", "x"),
        ("Đắk Lắk", "Đắk Lắk"),
    ],
)
def test_xml_safe(raw: str, expected: str) -> None:
    assert xml_safe(raw) == expected


@pytest.mark.parametrize(
    ("srcset", "expected"),
    [
        ("/a.jpg 1x, /b.jpg 2x", "https://x.vn/a.jpg 1x, https://x.vn/b.jpg 2x"),
        ("data:image/gif;base64,R0l 1x", ""),
        ("https://cdn.x.vn/a.jpg", "https://cdn.x.vn/a.jpg"),
    ],
)
def test_absolute_srcset(srcset: str, expected: str) -> None:
    assert absolute_srcset(srcset, "https://x.vn/tin/1.html") == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.vn/a.JPG", "image/jpeg"),
        ("https://x.vn/a.webp?w=600", "image/webp"),
        ("https://x.vn/a.png#x", "image/png"),
        ("https://x.vn/image?id=4", "image/jpeg"),
    ],
)
def test_image_type(url: str, expected: str) -> None:
    assert image_type(url) == expected


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Ngắn gọn.", 300, "Ngắn gọn."),
        ("Một hai  ba\nbốn", 300, "Một hai ba bốn"),
        ("Một hai ba bốn năm", 12, "Một hai ba…"),
    ],
)
def test_clip(text: str, limit: int, expected: str) -> None:
    assert clip(text, limit) == expected


@pytest.mark.parametrize(("n", "expected"), [(0, "0"), (999, "999"), (1234567, "1.234.567")])
def test_vn_number(n: int, expected: str) -> None:
    assert vn_number(n) == expected


def test_vn_datetime() -> None:
    assert vn_datetime(datetime(2025, 3, 1, 7, 5, tzinfo=VN)) == "01/03/2025 07:05"
