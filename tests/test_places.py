"""Places: the gazetteer, the tagger (table-tested), the store, place feeds, the command.

Real components only: the pinned data packages, a real SQLite store, feedparser on every place
feed, lxml on OPML and the index page, `scrapy places` in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
import pytest
from lxml import etree

from aggregator.items import Article, PlaceTag
from aggregator.places import NEIGHBOURS, gazetteer, name_key
from aggregator.placetags import find_mentions, tag_places
from aggregator.publishing.publish import PublishOptions, publish
from aggregator.sites import SiteConfig
from aggregator.storage import ArticleStore
from aggregator.taxonomy import PROVINCES
from benchmarks.bench_places import score
from tests.conftest import REPO, snapshot
from tests.data.places_stories import STORIES

VN = timezone(timedelta(hours=7))
AFTER = datetime(2025, 11, 20, 8, 0, tzinfo=VN)
BEFORE = datetime(2025, 3, 12, 8, 0, tzinfo=VN)


# --- the gazetteer ------------------------------------------------------------------------------


def test_gazetteer_has_every_current_unit_with_a_unique_feed_path() -> None:
    g = gazetteer()
    assert len(g.units) == 3321
    assert {u.province for u in g.units.values()} == set(PROVINCES)
    assert len({u.feed_path for u in g.units.values()}) == 3321
    assert {u.kind for u in g.units.values()} == {"xã", "phường", "đặc khu"}
    assert all(len(code) == 5 and code.isdigit() for code in g.units)
    # Two communes whose names fold alike keep apart by their code.
    van = [
        u
        for u in g.units.values()
        if u.province == "thai-nguyen" and u.short in ("Văn Lăng", "Văn Lang")
    ]
    assert len(van) == 2
    assert all(u.slug.endswith(u.code) for u in van)


def test_former_units_lead_to_current_ones() -> None:
    g = gazetteer()
    formers = [f for fs in g.former.values() for f in fs]
    assert len(formers) > 10_000
    assert all(f.successors and all(c in g.units for c in f.successors) for f in formers)
    assert all(g.units[c].province == f.province for f in formers for c in f.successors)
    assert any(len(f.successors) == 3 for f in formers)  # split communes are kept as such


def test_neighbours_are_symmetric_and_cover_every_province() -> None:
    assert set(NEIGHBOURS) == set(PROVINCES)
    for province, neighbours in NEIGHBOURS.items():
        assert province not in neighbours
        for other in neighbours:
            assert province in NEIGHBOURS[other], (province, other)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Xã Hoà An", "xã Hòa An"),  # old and new tone placement
        (unicodedata.normalize("NFD", "Phường Hà Giang 1"), "phường hà giang 1"),
        ("Chân Mây – Lăng Cô", "Chân Mây-Lăng Cô"),
        ("Ea H’Leo", "Ea H'Leo"),
    ],
)
def test_name_key_equates_spellings(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_province_names_old_and_new() -> None:
    g = gazetteer()
    assert g.province_of("Hà Giang") == "tuyen-quang"
    assert g.province_of("Tuyên Quang") == "tuyen-quang"
    assert g.province_of("Bà Rịa - Vũng Tàu") == "ho-chi-minh"
    assert g.province_of("TP.HCM") == "ho-chi-minh"
    assert g.province_of("Thừa Thiên Huế") == "hue"
    assert g.province_of("Minh Quang") is None


# --- the tagger ---------------------------------------------------------------------------------


def tags(text: str, province: str, published: datetime = AFTER) -> list[tuple[str, str]]:
    """(unit name, province) of every tag, in order."""
    return [(t.name, t.province) for t in tag_places("", "", text, province, published)]


@pytest.mark.parametrize(
    ("province", "text", "expected"),
    [
        # Today's names, resolved within the story's province first.
        ("tay-ninh", "Công an phường Hòa Thành ra quân.", [("Phường Hoà Thành", "tay-ninh")]),
        ("ca-mau", "Công an phường Hòa Thành ra quân.", [("Phường Hòa Thành", "ca-mau")]),
        ("tuyen-quang", "Đảng ủy xã Minh Quang họp.", [("Xã Minh Quang", "tuyen-quang")]),
        # Then a neighbouring province when the story's own has no such unit.
        ("cao-bang", "Đoàn đến thăm xã Minh Quang.", [("Xã Minh Quang", "tuyen-quang")]),
        # A province written after the mention decides alone.
        (
            "tuyen-quang",
            "Học tập mô hình ở xã Ea Kao, tỉnh Đắk Lắk.",
            [("Phường Ea Kao", "dak-lak")],
        ),
        (
            "quang-tri",
            "Thăm đặc khu Côn Đảo, TP Hồ Chí Minh.",
            [("Đặc khu Côn Đảo", "ho-chi-minh")],
        ),
        # Kind matters: "xã Hàm Yên" is today's commune, "huyện Hàm Yên" the whole former district.
        ("tuyen-quang", "Nông dân xã Hàm Yên thu hoạch cam.", [("Xã Hàm Yên", "tuyen-quang")]),
        ("tuyen-quang", "Diện tích cam huyện Hàm Yên cũ đạt 5.800 ha.", []),
        # Island districts became special zones: tagged.
        ("quang-tri", "Huyện Cồn Cỏ cũ nay là đặc khu.", [("Đặc khu Cồn Cỏ", "quang-tri")]),
        (
            "an-giang",
            "Huyện đảo Phú Quốc trước đây.",
            [("Đặc khu Phú Quốc", "an-giang"), ("Đặc khu Thổ Châu", "an-giang")],
        ),
        # Lists under one unit word.
        (
            "tuyen-quang",
            "Các xã: Lùng Tám, Đường Hồng và Tân Long xóa xong nhà tạm.",
            [
                ("Xã Lùng Tám", "tuyen-quang"),
                ("Xã Đường Hồng", "tuyen-quang"),
                ("Xã Tân Long", "tuyen-quang"),
            ],
        ),
        (
            "tay-ninh",
            "Ở các xã biên giới Tân Lập, Phước Vinh và Hòa Hội.",
            [("Xã Tân Lập", "tay-ninh"), ("Xã Phước Vinh", "tay-ninh"), ("Xã Hoà Hội", "tay-ninh")],
        ),
        # A capitalised word after the name is not part of it.
        (
            "tuyen-quang",
            "Chủ tịch UBND xã Trung Hà Nguyễn Văn Hùng nói.",
            [("Xã Trung Hà", "tuyen-quang")],
        ),
        ("hue", "Xã Chân Mây – Lăng Cô thu hút dự án.", [("Xã Chân Mây – Lăng Cô", "hue")]),
        ("tuyen-quang", "TP.Tuyên Quang cũ có phường Mỹ Lâm.", [("Phường Mỹ Lâm", "tuyen-quang")]),
    ],
)
def test_today_names_and_scopes(province: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert tags(text, province) == expected


@pytest.mark.parametrize(
    ("province", "text", "published", "expected", "how"),
    [
        # Merged: the pre-merger commune stands for the unit that took it over.
        ("tuyen-quang", "Xã Vinh Quang cũ có chợ phiên.", AFTER, ["Xã Kim Bình"], "former"),
        ("tuyen-quang", "Thôn Nà Khậu, xã Khuôn Hà.", AFTER, ["Xã Thượng Lâm"], "former"),
        ("tuyen-quang", "Bản Túm, xã Trung Hà (Chiêm Hóa).", AFTER, ["Xã Trung Hà"], "former"),
        ("tuyen-quang", "Xã Bình Nhân đầu tư tưới tiêu.", BEFORE, ["Xã Kim Bình"], "former"),
        (
            "tuyen-quang",
            "Phường Phan Thiết, thành phố Tuyên Quang tổ chức ngày hội.",
            BEFORE,
            ["Phường Minh Xuân"],
            "former",
        ),
        # Split: every unit that took part of it.
        (
            "tuyen-quang",
            "Xã Yên Định cũ được chia về hai xã.",
            AFTER,
            ["Xã Minh Ngọc", "Xã Ngọc Đường"],
            "former",
        ),
        (
            "ha-tinh",
            "Xã Kỳ Lợi cũ được chia về ba phường.",
            AFTER,
            ["Phường Hoành Sơn", "Phường Sông Trí", "Phường Vũng Áng"],
            "former",
        ),
        # A commune that became a ward keeps being found under its old kind.
        ("dak-lak", "Xã Ea Kao trồng sầu riêng.", AFTER, ["Phường Ea Kao"], "former"),
    ],
)
def test_old_names_resolve_to_todays_units(
    province: str, text: str, published: datetime, expected: list[str], how: str
) -> None:
    found = tag_places("", "", text, province, published)
    assert sorted(t.name for t in found) == expected
    assert {t.how for t in found} == {how}


@pytest.mark.parametrize(
    ("province", "text"),
    [
        ("tuyen-quang", "Xã Hòa Bình cũ từng nổi tiếng với chè."),  # several old Hòa Bình
        ("hung-yen", "Xã Minh Quang cũ tổ chức lễ hội."),  # two in the former Thái Bình
        ("tuyen-quang", "Huyện Chiêm Hóa cũ có 26 xã."),  # ten successors: too broad
        ("tuyen-quang", "Thành phố Hà Giang cũ."),  # three successors: too broad
        ("da-nang", "Đoàn về thăm xã Minh Quang."),  # nowhere near
    ],
)
def test_ambiguous_or_broad_mentions_stay_unresolved(province: str, text: str) -> None:
    assert tags(text, province) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ông Quang Minh, Giám đốc Công ty Hòa Bình, phát biểu.",
        "Hợp tác xã Chè Minh Quang đạt OCOP 4 sao.",
        "HTX xã Minh Quang",  # "HTX xã": still a cooperative
        "Trường THCS Minh Quang kỷ niệm 40 năm.",
        "Sở Lao động - Thương binh và Xã hội, Bảo hiểm Xã hội tỉnh.",
        "Các xã vùng cao, xã đặc biệt khó khăn được ưu tiên.",
        "Du khách về Na Hang, Lâm Bình ngắm hồ.",
        "Ông Nguyễn Đắk Phơi, thương lái ở chợ huyện.",
        "UBND tỉnh Tuyên Quang, TP.HCM, thành phố Huế.",
    ],
)
def test_people_companies_and_bare_names_are_not_places(text: str) -> None:
    assert tags(text, "tuyen-quang") == []
    assert tags(text, "dak-lak") == []


def test_mentions_keep_what_was_written() -> None:
    mentions = find_mentions("Thôn Bản Túm, xã Trung Hà (Chiêm Hóa) và xã Vinh Quang cũ.")
    assert [(m.text, m.district, m.former) for m in mentions] == [
        ("xã Trung Hà", "Chiêm Hóa", False),
        ("xã Vinh Quang", "", True),
    ]


def test_nfd_input_is_tagged_like_nfc() -> None:
    text = unicodedata.normalize("NFD", "Công an phường Hòa Thành ra quân.")
    assert tags(text, "tay-ninh") == [("Phường Hoà Thành", "tay-ninh")]


def test_each_unit_once_with_its_first_mention() -> None:
    found = tag_places(
        "Xã Minh Quang đổi mới", "", "Người dân xã Minh Quang.", "tuyen-quang", AFTER
    )
    assert [(t.name, t.mention) for t in found] == [("Xã Minh Quang", "Xã Minh Quang")]


def test_labelled_paragraphs_precision_and_recall() -> None:
    """docs/places.md states these numbers (python -m benchmarks.bench_places)."""
    assert len(STORIES) >= 150
    precision, recall, *_ = score()
    assert precision >= 0.95
    assert recall >= 0.90


# --- the store ----------------------------------------------------------------------------------

MQ = PlaceTag("02302", "Xã Minh Quang", "tuyen-quang", "xa-minh-quang", "name", "xã Minh Quang")
KB = PlaceTag("02350", "Xã Kim Bình", "tuyen-quang", "xa-kim-binh", "former", "xã Vinh Quang cũ")


def story(url: str, published: datetime, places: list[PlaceTag], **kw: Any) -> Article:
    return Article(
        url=url,
        title=kw.pop("title", f"Tin {url.rsplit('/', 1)[-1]}"),
        body_text="Nội dung bài viết.\n\nĐoạn thứ hai.",
        summary="Tóm tắt.",
        published=published,
        site=kw.pop("site", "baotuyenquang"),
        province="tuyen-quang",
        category="xa-hoi",
        places=places,
        **kw,
    )


def test_places_are_stored_with_the_article_and_replaced_on_update(tmp_path: Path) -> None:
    store = ArticleStore(f"sqlite:///{tmp_path / 's.sqlite3'}")
    url = "https://baotuyenquang.com.vn/a-1.html"
    store.upsert(story(url, AFTER, [MQ, KB]), now=AFTER)
    assert store.places_of(url) == [MQ, KB]
    edited = replace(story(url, AFTER, [KB]), title="Tin đã sửa")
    assert store.upsert(edited, now=AFTER) == "updated"
    assert store.places_of(url) == [KB]
    assert [s.article.url for s in store.place_articles("02302")] == []
    assert [s.article.url for s in store.place_articles("02350")] == [url]


def test_place_articles_newest_first_without_copies(tmp_path: Path) -> None:
    store = ArticleStore(f"sqlite:///{tmp_path / 's.sqlite3'}")
    base = "https://baotuyenquang.com.vn/"
    store.upsert_many(
        [
            story(base + "old.html", AFTER - timedelta(days=2), [MQ]),
            story(base + "new.html", AFTER, [MQ]),
            story(base + "copy.html", AFTER, [MQ], dup_of=base + "new.html"),
            story(base + "spam.html", AFTER, [MQ], quarantined=True),
        ],
        now=AFTER,
    )
    urls = [s.article.url for s in store.place_articles("02302")]
    assert urls == [base + "new.html", base + "old.html"]
    assert [s.article.url for s in store.place_articles("02302", limit=1)] == [base + "new.html"]


# --- place feeds --------------------------------------------------------------------------------

BASE = "https://feeds.example.vn"
SITES = {
    "baotuyenquang": SiteConfig(
        "baotuyenquang", "Báo Tuyên Quang", "tuyen-quang", "https://baotuyenquang.com.vn/"
    ),
    "baotayninh": SiteConfig("baotayninh", "Báo Tây Ninh", "tay-ninh", "https://baotayninh.vn/"),
}
HT = PlaceTag("25645", "Phường Hoà Thành", "tay-ninh", "phuong-hoa-thanh", "name", "")


@pytest.fixture
def place_store(tmp_path: Path) -> ArticleStore:
    store = ArticleStore(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    tq = "https://baotuyenquang.com.vn/"
    store.upsert_many(
        [
            story(tq + "a.html", AFTER - timedelta(hours=3), [MQ]),
            story(tq + "b.html", AFTER - timedelta(hours=2), [MQ, KB]),
            story(tq + "c.html", AFTER - timedelta(hours=1), []),
            story("https://baotayninh.vn/d.html", AFTER, [HT], site="baotayninh"),
        ],
        now=AFTER,
    )
    return store


def parse(path: Path) -> Any:
    parsed = feedparser.parse(str(path))
    assert parsed.bozo == 0, f"{path}: {parsed.get('bozo_exception')}"
    return parsed


def test_place_feeds_only_for_units_with_stories(place_store: ArticleStore, tmp_path: Path) -> None:
    out = tmp_path / "feeds"
    publish(place_store, SITES, out, BASE)
    files = sorted(
        str(p.relative_to(out))
        for p in (out / "place").rglob("*")
        if p.is_file() and not p.name.startswith(".")
    )
    assert files == [
        f"place/{path}.{fmt}"
        for path in (
            "tay-ninh/phuong-hoa-thanh",
            "tuyen-quang/xa-kim-binh",
            "tuyen-quang/xa-minh-quang",
        )
        for fmt in ("atom", "json", "rss")
    ]
    rss = parse(out / "place/tuyen-quang/xa-minh-quang.rss")
    assert rss.feed.title == "Xã Minh Quang, Tuyên Quang — Báo địa phương"
    assert [e.link for e in rss.entries] == [
        "https://baotuyenquang.com.vn/b.html",
        "https://baotuyenquang.com.vn/a.html",
    ]
    atom = parse(out / "place/tuyen-quang/xa-minh-quang.atom")
    schemes = {(t.scheme, t.term) for t in atom.entries[0].tags if t.scheme}
    assert schemes == {
        ("place:tuyen-quang/xa-minh-quang", "Xã Minh Quang, Tuyên Quang"),
        ("place:tuyen-quang/xa-kim-binh", "Xã Kim Bình, Tuyên Quang"),
    }
    doc = json.loads((out / "place/tuyen-quang/xa-minh-quang.json").read_text())
    assert doc["feed_url"] == f"{BASE}/place/tuyen-quang/xa-minh-quang.json"
    places = doc["items"][0]["_bao_dia_phuong"]["places"]
    assert [p["code"] for p in places] == ["02302", "02350"]
    assert places[0]["feed"] == "place/tuyen-quang/xa-minh-quang"
    assert "Xã Minh Quang, Tuyên Quang" in doc["items"][0]["tags"]
    # Items in every other feed carry their places too.
    everything = parse(out / "all.rss")
    domains = {t.get("scheme") for e in everything.entries for t in e.tags}
    assert "place:tay-ninh/phuong-hoa-thanh" in domains
    for path in (out / "place").rglob("*.rss"):
        parse(path)
    for path in (out / "place").rglob("*.atom"):
        parse(path)


def test_place_feeds_republish_byte_identical_and_disappear_when_empty(
    place_store: ArticleStore, tmp_path: Path
) -> None:
    out = tmp_path / "feeds"
    publish(place_store, SITES, out, BASE)
    first = snapshot(out)
    second = publish(place_store, SITES, out, BASE)
    assert second.written == []
    assert snapshot(out) == first
    # The Tây Ninh story is edited and no longer about the ward: its feed goes, and its folder.
    edited = story("https://baotayninh.vn/d.html", AFTER, [], site="baotayninh", title="Sửa")
    place_store.upsert(edited, now=AFTER)
    report = publish(place_store, SITES, out, BASE)
    assert sorted(report.removed) == [
        f"place/tay-ninh/phuong-hoa-thanh.{fmt}" for fmt in ("atom", "json", "rss")
    ]
    assert not (out / "place/tay-ninh").exists()


def test_only_changed_place_feeds_are_rendered_again(
    place_store: ArticleStore, tmp_path: Path
) -> None:
    out = tmp_path / "feeds"
    publish(place_store, SITES, out, BASE)
    full = snapshot(out)
    # A new story about Kim Bình: its feed changes, Minh Quang's and Hòa Thành's do not.
    new = story("https://baotuyenquang.com.vn/e.html", AFTER + timedelta(hours=1), [KB])
    place_store.upsert(new, now=AFTER)
    report = publish(place_store, SITES, out, BASE)
    changed = {p for p in report.written if p.startswith("place/")}
    assert changed == {f"place/tuyen-quang/xa-kim-binh.{fmt}" for fmt in ("atom", "json", "rss")}
    assert (
        snapshot(out)["place/tuyen-quang/xa-minh-quang.rss"]
        == full["place/tuyen-quang/xa-minh-quang.rss"]
    )
    # Rendering everything from scratch gives the very same bytes as the incremental publish.
    fresh = tmp_path / "fresh"
    publish(place_store, SITES, fresh, BASE)
    assert snapshot(fresh) == snapshot(out)
    # A place feed file that went missing is written again.
    (out / "place/tuyen-quang/xa-minh-quang.json").unlink()
    report = publish(place_store, SITES, out, BASE)
    assert "place/tuyen-quang/xa-minh-quang.json" in report.written
    assert snapshot(fresh) == snapshot(out)


def test_place_feed_size_setting(place_store: ArticleStore, tmp_path: Path) -> None:
    out = tmp_path / "feeds"
    publish(place_store, SITES, out, BASE, place_items=1)
    rss = parse(out / "place/tuyen-quang/xa-minh-quang.rss")
    assert len(rss.entries) == 1
    publish(place_store, SITES, out, BASE, place_items=0)
    assert not (out / "place").exists() or not any((out / "place").rglob("*.rss"))
    options = PublishOptions.from_settings({"AGGREGATOR_PLACE_FEED_MAX_ITEMS": "0"})
    assert options.place_items == 0
    with pytest.raises(ValueError, match="AGGREGATOR_PLACE_FEED_MAX_ITEMS must be 0 or more"):
        PublishOptions.from_settings({"AGGREGATOR_PLACE_FEED_MAX_ITEMS": "-1"})


def test_opml_and_index_list_places_by_province(place_store: ArticleStore, tmp_path: Path) -> None:
    out = tmp_path / "feeds"
    publish(place_store, SITES, out, BASE)
    opml = etree.parse(str(out / "feeds.opml"))
    group = opml.xpath("//body/outline[@text='Xã, phường, đặc khu']")[0]
    assert [o.get("text") for o in group] == ["Tuyên Quang", "Tây Ninh"]
    assert [o.get("xmlUrl") for o in group[0]] == [
        f"{BASE}/place/tuyen-quang/xa-kim-binh.rss",
        f"{BASE}/place/tuyen-quang/xa-minh-quang.rss",
    ]
    page = lxml.html.parse(str(out / "index.html")).getroot()
    details = page.xpath("//section[@aria-labelledby='xa-phuong']//details")
    assert [d.get("id") for d in details] == ["place-tuyen-quang", "place-tay-ninh"]
    summary = details[0].find("summary").text_content()
    assert "Tuyên Quang" in summary
    assert "2 nơi có tin" in summary
    links = details[0].xpath(".//a/@href")
    assert "place/tuyen-quang/xa-minh-quang.rss" in links
    assert page.xpath("//nav//a[@href='#xa-phuong']")


# --- the pipeline stage and the command ---------------------------------------------------------


def test_scrapy_places_command() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "scrapy", "places", *args],
            check=False,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )

    found = run("Minh Quang")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert "  02302  Xã Minh Quang, Tuyên Quang  feed: place/tuyen-quang/xa-minh-quang.rss" in lines
    assert any(
        line.startswith("  Xã Minh Quang, Huyện Ba Vì, Hà Nội -> Xã Ba Vì") for line in lines
    )
    assert lines[-1] == "1 current, 5 former"
    district = run("huyện Chiêm Hóa", "--province", "tuyen-quang")
    assert district.returncode == 0
    assert "Huyện Chiêm Hóa, Tuyên Quang -> Xã Chiêm Hoá (02287); Xã Trung Hà" in district.stdout
    assert run("Không Có Nơi Này").returncode == 1
    bad = run("Minh Quang", "--province", "tuyen-quan")
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "error: --province: unknown province 'tuyen-quan' (see aggregator/taxonomy.py)"
    )


def test_scrapy_places_url_and_retag(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    store = ArticleStore(db)
    url = "https://baotuyenquang.com.vn/f.html"
    body = "Người dân thôn Nà Khậu, xã Khuôn Hà và xã Hòa Bình cũ làm du lịch cộng đồng."
    store.upsert(replace(story(url, AFTER, []), body_text=body), now=AFTER)  # stored untagged
    store.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
        return subprocess.run(
            [sys.executable, "-m", "scrapy", "places", *args],
            check=False,
            cwd=REPO,
            env={**env, "AGGREGATOR_DB_URL": db},
            capture_output=True,
            text=True,
            timeout=120,
        )

    shown = run("--url", url)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[1:] == [
        "  'xã Khuôn Hà' -> Xã Thượng Lâm (02269) [former]",
        (
            "  'xã Hòa Bình' [marked cũ] -> ambiguous: several units have this name here, "
            "left untagged"
        ),
        "stored: no places",
    ]
    retag = run("--retag")
    assert retag.returncode == 0, retag.stderr
    assert retag.stdout.strip() == "retagged 1 stories: 1 changed (publish to update the feeds)"
    assert [p.name for p in ArticleStore(db).places_of(url)] == ["Xã Thượng Lâm"]
    assert run("--url", "https://baotuyenquang.com.vn/none.html").returncode == 1
    assert run("Minh Quang", "--retag").returncode == 2
