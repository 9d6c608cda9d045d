"""The pipeline stages on real components: a Scrapy crawler's stats and a real SQLite store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from aggregator.dates import VN_TZ
from aggregator.items import Article
from aggregator.pipelines import (
    CategorizePipeline,
    DedupePipeline,
    NormalizePipeline,
    PlacesPipeline,
    SpamPipeline,
    StorePipeline,
    ValidatePipeline,
)
from aggregator.sites import load_sites
from aggregator.storage import ArticleStore

CRAWL_TIME = datetime(2025, 11, 29, 2, 0, tzinfo=UTC)
BODY = (
    "Các đảng bộ, chi bộ trực thuộc Đảng bộ Công an tỉnh đã vận động đảng viên, cán bộ, chiến sỹ "
    "tham gia thực hiện nhiều hoạt động giúp nhân dân ở cơ sở.\n\nQua 1 tháng triển khai, các chi, "
    "đảng bộ trực thuộc Đảng ủy Công an tỉnh đã huy động hàng trăm lượt cán bộ, chiến sỹ tham gia "
    "nhiều hoạt động ý nghĩa ở cơ sở, tu sửa đường nông thôn và tặng quà cho hộ nghèo."
)


@pytest.fixture
def chain(tmp_path: Path) -> tuple[list[object], object, str]:
    db = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    crawler = get_crawler(settings_dict={"AGGREGATOR_DB_URL": db})
    crawler.stats.open_spider()
    site = load_sites()["baotuyenquang"]
    crawler.spider = SimpleNamespace(site=site, crawl_time=CRAWL_TIME)
    stages = [
        cls.from_crawler(crawler)
        for cls in (
            NormalizePipeline,
            ValidatePipeline,
            SpamPipeline,
            CategorizePipeline,
            PlacesPipeline,
            DedupePipeline,
            StorePipeline,
        )
    ]
    return stages, crawler.stats, db


def run(stages: list[object], item: Article) -> Article:
    """One item through every stage, then the store's batch is written (as at a crawl's end)."""
    for stage in stages:
        item = stage.process_item(item)  # type: ignore[attr-defined]
    stages[-1].flush()  # type: ignore[attr-defined]
    return item


def article(**changes: object) -> Article:
    base = Article(
        url="https://www.baotuyenquang.com.vn/chinh-tri/trong-tinh/cung-co-moi-quan-he-178203.html?utm_source=fb",
        title="Củng cố  mối quan hệ\u200b mật thiết với nhân dân",
        body_text=BODY,
        published=datetime(2025, 11, 14, 8, 15),  # naive: Vietnam time
        site="baotuyenquang",
        province="tuyen-quang",
        section="Chính trị",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_clean_article_is_stored(chain: tuple[list[object], object, str]) -> None:
    stages, stats, db = chain
    item = run(stages, article())
    assert (
        item.url
        == "https://baotuyenquang.com.vn/chinh-tri/trong-tinh/cung-co-moi-quan-he-178203.html"
    )
    assert item.title == "Củng cố mối quan hệ mật thiết với nhân dân"
    assert item.published == datetime(2025, 11, 14, 8, 15, tzinfo=VN_TZ)
    assert item.category == "chinh-tri"
    assert stats.get_value("aggregator/store/new") == 1
    assert ArticleStore(db).count() == 1


def test_places_are_tagged_and_stored(chain: tuple[list[object], object, str]) -> None:
    stages, stats, db = chain
    body = (
        BODY + "\n\nCác đơn vị giúp nhân dân thôn Bản Túm, xã Trung Hà (Chiêm Hóa) và xã Khuôn Hà."
    )
    item = run(stages, article(body_text=body))
    assert [(p.name, p.how) for p in item.places] == [
        ("Xã Trung Hà", "former"),
        ("Xã Thượng Lâm", "former"),
    ]
    assert stats.get_value("aggregator/places/tagged/former") == 2
    stored = ArticleStore(db).places_of(item.url)
    assert sorted(stored, key=lambda p: p.code) == sorted(item.places, key=lambda p: p.code)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"reject_reason": "binary"}, "binary"),
        ({"title": "  "}, "no-title"),
        ({"body_text": "Ảnh: Minh Thu"}, "short-body"),
    ],
)
def test_unusable_pages_are_dropped_and_counted(
    chain: tuple[list[object], object, str], changes: dict[str, object], reason: str
) -> None:
    stages, stats, db = chain
    with pytest.raises(DropItem, match=reason):
        run(stages, article(**changes))
    assert stats.get_value(f"aggregator/dropped/{reason}") == 1
    assert ArticleStore(db).count(None) == 0


def test_a_future_date_is_clamped_not_dropped(chain: tuple[list[object], object, str]) -> None:
    stages, stats, db = chain
    item = run(stages, article(published=datetime(2031, 1, 1, tzinfo=VN_TZ),
                               updated=datetime(2031, 1, 2, tzinfo=VN_TZ)))  # fmt: skip
    assert item.published <= datetime.now(UTC) + timedelta(minutes=1)
    assert item.updated is None or item.updated <= datetime.now(UTC) + timedelta(minutes=1)
    assert stats.get_value("aggregator/validate/future_date_clamped") == 1
    assert ArticleStore(db).count() == 1


def test_injected_title_publishes_the_real_heading(chain: tuple[list[object], object, str]) -> None:
    stages, stats, db = chain
    spam = "Xổ số trực tuyến kiên giang - Nền tảng xổ số trực tuyến uy tín"
    item = run(stages, article(page_title=spam))
    assert item.title_injected
    assert not item.quarantined
    assert stats.get_value("aggregator/spam/injected_title") == 1
    stored = ArticleStore(db).get(item.url)
    assert stored is not None
    assert stored.status == "published"
    assert stored.article.title_injected


def test_spam_is_quarantined_not_published(chain: tuple[list[object], object, str]) -> None:
    stages, stats, db = chain
    doorway = "kuwin sông hồng bắt nguồn từ đâudanh lo de online 10lodetra cứu hóa đơn điện tử"
    item = run(stages, article(title=doorway, url="https://baotuyenquang.com.vn/kuwin-123456.html"))
    assert item.quarantined
    assert stats.get_value("aggregator/spam/quarantined") == 1
    store = ArticleStore(db)
    assert store.count("quarantined") == 1
    assert list(store.iter_articles()) == []
    # An operator releases it; a refresh crawl that meets it again keeps it published.
    assert store.release(item.url)
    run(stages, article(title=doorway, url="https://baotuyenquang.com.vn/kuwin-123456.html"))
    assert store.count("quarantined") == 0


def test_unmapped_section_goes_to_khac_and_is_counted(
    chain: tuple[list[object], object, str],
) -> None:
    stages, stats, _ = chain
    item = run(
        stages,
        article(
            section="Chuyên mục lạ", url="https://baotuyenquang.com.vn/abc/tin-moi-178203.html"
        ),
    )
    assert item.category == "khac"
    assert any(k.startswith("aggregator/categorize/unmapped/") for k in stats.get_stats())


def test_copy_on_another_site_points_at_the_credited_original(
    chain: tuple[list[object], object, str],
) -> None:
    stages, stats, db = chain
    story = "\n\n".join([BODY] * 3)
    copy = run(
        stages,
        article(
            url="https://baotayninh.vn/cung-co-moi-quan-he-a170001.html",
            site="baotayninh",
            province="tay-ninh",
            body_text=story,
            credit="Theo TQĐT",
            published=datetime(2025, 11, 14, 7, 0, tzinfo=VN_TZ),
        ),
    )
    assert copy.dup_of == ""  # alone so far: nothing to be a copy of
    original = run(stages, article(body_text=story))
    assert original.dup_of == ""
    assert stats.get_value("aggregator/dedupe/originals_of_stored_copies") == 1
    store = ArticleStore(db)
    stored_copy = store.get(copy.url)
    assert stored_copy is not None
    assert stored_copy.dup_of == original.url  # credited source wins, though published later
    other = run(
        stages,
        article(
            url="https://baotuyenquang.com.vn/tin-khac-178999.html",
            body_text="Một câu chuyện hoàn toàn khác về mùa cam sành Hàm Yên. " * 12,
        ),
    )
    assert other.dup_of == ""


def test_copy_still_waiting_in_a_batch_is_marked_when_written(
    chain: tuple[list[object], object, str],
) -> None:
    stages, _, db = chain
    story = "\n\n".join([BODY] * 3)
    copy = article(
        url="https://baotayninh.vn/cung-co-moi-quan-he-a170002.html",
        site="baotayninh",
        body_text=story,
        credit="Theo TQĐT",
    )
    for stage in stages:  # not flushed: the copy waits in the store's batch
        copy = stage.process_item(copy)  # type: ignore[attr-defined]
    original = run(stages, article(body_text=story))
    stored = ArticleStore(db).get(copy.url)
    assert stored is not None
    assert stored.dup_of == original.url


def test_an_edited_story_is_judged_again_for_copies_and_spam(
    chain: tuple[list[object], object, str],
) -> None:
    """An update goes through every stage again: a copy rewritten into a story of its own stops
    being a copy; a story whose edit turns its heading into gambling spam is quarantined."""
    stages, stats, db = chain
    story = "\n\n".join([BODY] * 3)
    original = run(stages, article(body_text=story))

    def copy(**changes: object) -> Article:  # the page as the crawl finds it, run after run
        fields = {"url": "https://baotayninh.vn/cung-co-moi-quan-he-a170003.html",
                  "site": "baotayninh", "province": "tay-ninh", "body_text": story,
                  "credit": "Theo TQĐT"}  # fmt: skip
        return article(**{**fields, **changes})

    assert run(stages, copy()).dup_of == original.url
    rewritten = "Một câu chuyện hoàn toàn khác về mùa cam sành Hàm Yên năm nay. " * 12
    edited = run(stages, copy(body_text=rewritten, title="Mùa cam Hàm Yên"))
    assert edited.dup_of == ""
    store = ArticleStore(db)
    stored = store.get(edited.url)
    assert stored is not None
    assert stored.dup_of is None
    assert stored.article.title == "Mùa cam Hàm Yên"
    assert stats.get_value("aggregator/store/updated") == 1
    hacked = run(stages, article(body_text=story, title="Nhà cái uy tín nổ hũ đổi thưởng"))
    assert hacked.quarantined
    assert store.get(original.url).status == "quarantined"  # type: ignore[union-attr]
    store.close()
