"""ArticleStore on real databases: a SQLite file, and PostgreSQL when one is reachable.

PostgreSQL runs on 127.0.0.1:5432 on the CI machine (see .ci/run); the tests skip it, saying
why, where no server answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from aggregator.dates import VN_TZ
from aggregator.items import Article
from aggregator.storage import ArticleStore
from tests.conftest import postgres_database

NOW = datetime(2025, 11, 20, 3, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ArticleStore]:
    if request.param == "sqlite":
        urls: Iterator[str] = iter([f"sqlite:///{tmp_path / 'data' / 'store.sqlite3'}"])
    else:
        urls = postgres_database()
    url = next(urls)
    store = ArticleStore(url)
    yield store
    store.close()
    next(urls, None)  # drops the PostgreSQL database


def article(**changes: object) -> Article:
    base = Article(
        url="https://baotayninh.vn/khat-vong-ve-hai-thanh-pho-tuong-lai-a169010.html",
        title="Khát vọng về hai thành phố tương lai",
        body_text="Theo quy hoạch tỉnh, khu vực Tân An - Bến Lức được định hướng phát triển.",
        published=datetime(2025, 11, 14, 15, 0, tzinfo=VN_TZ),
        site="baotayninh",
        province="tay-ninh",
        category="thoi-su",
        article_id="169010",
        authors=["Hoàng Yến"],
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_new_unchanged_updated(store: ArticleStore) -> None:
    assert store.upsert(article(), now=NOW) == "new"
    assert store.upsert(article(), now=NOW + timedelta(hours=1)) == "unchanged"
    assert store.upsert(article(title="Khát vọng về hai đô thị tương lai"), now=NOW) == "updated"
    assert store.count() == 1
    stored = store.get(article().url)
    assert stored is not None
    assert stored.article.title == "Khát vọng về hai đô thị tương lai"
    assert stored.article.authors == ["Hoàng Yến"]
    assert stored.first_seen == NOW


def test_dates_come_back_aware_and_equal(store: ArticleStore) -> None:
    store.upsert(article(), now=NOW)
    stored = store.get(article().url)
    assert stored is not None
    assert stored.article.published is not None
    assert stored.article.published.utcoffset() is not None
    assert stored.article.published == datetime(2025, 11, 14, 15, 0, tzinfo=VN_TZ)


def test_moved_url_with_same_article_id_keeps_its_guid(store: ArticleStore) -> None:
    store.upsert(article(), now=NOW)
    moved = article(url="https://baotayninh.vn/thoi-su/khat-vong-hai-thanh-pho-a169010.html")
    assert store.upsert(moved, now=NOW) == "updated"
    assert store.count() == 1
    stored = store.get(moved.url)
    assert stored is not None
    assert stored.guid == article().url


def test_naive_datetime_is_refused_and_nothing_is_lost(store: ArticleStore) -> None:
    store.upsert(article(), now=NOW)
    with pytest.raises(ValueError, match="naive datetime"):
        store.upsert(
            article(
                url="https://baotayninh.vn/khac-a1.html",
                article_id="1",
                published=datetime(2025, 11, 14, 15, 0),
            ),
            now=NOW,
        )
    assert store.count() == 1


def test_newest_first_with_a_total_order(store: ArticleStore) -> None:
    same_time = datetime(2025, 11, 14, 15, 0, tzinfo=VN_TZ)
    for n in (3, 1, 2):
        store.upsert(
            article(
                url=f"https://baotayninh.vn/tin-{n}-a{n}.html",
                article_id=str(n),
                published=same_time + timedelta(minutes=n % 2),
            ),
            now=NOW,
        )
    urls = [s.article.url for s in store.iter_articles()]
    assert urls == [
        "https://baotayninh.vn/tin-1-a1.html",
        "https://baotayninh.vn/tin-3-a3.html",
        "https://baotayninh.vn/tin-2-a2.html",
    ]


def test_quarantined_items_are_kept_but_not_listed(store: ArticleStore) -> None:
    store.upsert(article(quarantined=True), now=NOW)
    assert list(store.iter_articles()) == []
    assert store.count("quarantined") == 1
    assert store.set_status(article().url, "published")
    assert [s.article.url for s in store.iter_articles()] == [article().url]


def test_sqlite_store_survives_reopening(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    first = ArticleStore(url)
    first.upsert(article(), now=NOW)
    first.close()
    again = ArticleStore(url)
    assert again.known_urls("baotayninh") == {article().url}
    again.close()
