"""Full-text search: the query language (pure), and the store's index on real SQLite and
PostgreSQL (the ``db_url`` fixture): folding, phrases, exclusion, OR, weights, filters, and the
index kept in step with updates, quarantine and release."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from aggregator import fulltext
from aggregator.dates import VN_TZ
from aggregator.items import Article, PlaceTag
from aggregator.search import MAX_QUERY_CHARS, QueryError, parse_query
from aggregator.storage import ArticleStore
from aggregator.text import search_words
from tests.conftest import Workspace

NOW = datetime(2025, 11, 20, 3, 0, tzinfo=UTC)


# --- the fold and the query language (pure) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sạt lở", ["sat", "lo"]),
        ("SẠT LỞ", ["sat", "lo"]),
        ("Đà Nẵng", ["da", "nang"]),
        ("đường", ["duong"]),
        ("hoà bình", ["hoa", "binh"]),  # old tone placement
        ("hòa bình", ["hoa", "binh"]),  # new
        ("Tỉnh uỷ", ["tinh", "uy"]),
        ("Covid-19, 2025!", ["covid", "19", "2025"]),
        ("a_b", ["a", "b"]),
        ("Tá»‰nh", ["ta", "nh"]),  # not repaired here: normalize_text does that before storing
        ("x\u034fổ s\u034fố", ["xo", "so"]),  # spam's invisible joiners
        ("", []),
    ],
)
def test_search_words(text: str, words: list[str]) -> None:
    assert search_words(text) == words


@pytest.mark.parametrize(
    ("query", "fts5", "tsquery"),
    [
        ("sạt lở", '("sat") AND ("lo")', "(('sat')) & (('lo'))"),
        ('"bão số 3"', '("bao so 3")', "(('bao' <-> 'so' <-> '3'))"),
        ("“bão số 3”", '("bao so 3")', "(('bao' <-> 'so' <-> '3'))"),
        ('lũ OR "ngập lụt"', '("lu" OR "ngap lut")', "(('lu') | ('ngap' <-> 'lut'))"),
        (
            'xổ số -"trực tuyến"',
            '(("xo") AND ("so")) NOT ("truc tuyen")',
            "(('xo')) & (('so')) & !('truc' <-> 'tuyen')",
        ),
        ("Covid-19", '("covid 19")', "(('covid' <-> '19'))"),
        ("OR lũ OR", '("lu")', "(('lu'))"),
        ('"unterminated phrase', '("unterminated phrase")', "(('unterminated' <-> 'phrase'))"),
        ("'; DROP TABLE articles; --", '("drop") AND ("table") AND ("articles")', None),
        ('NEAR(a b) "x" AND y*', '("near a") AND ("b") AND ("x") AND ("and") AND ("y")', None),
    ],
)
def test_queries_for_each_engine(query: str, fts5: str, tsquery: str | None) -> None:
    parsed = parse_query(query)
    assert parsed.fts5() == fts5
    if tsquery is not None:
        assert parsed.tsquery() == tsquery


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("", "the query has no word to look for"),
        ("  ?! ", "the query has no word to look for"),
        ("-xổ -số", "the query has only excluded terms"),
        ("x" * (MAX_QUERY_CHARS + 1), "the query is too long (201 characters, at most 200)"),
        (" ".join(["a"] * 13), "the query has too many terms (at most 12)"),
    ],
)
def test_bad_queries_say_why_in_one_line(query: str, reason: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    assert str(caught.value) == reason


# --- the store's index, on SQLite and PostgreSQL ----------------------------------------------


@pytest.fixture
def store(db_url: str) -> Iterator[ArticleStore]:
    store = ArticleStore(db_url)
    yield store
    store.close()


def story(n: int, title: str, body: str = "", **changes: object) -> Article:
    base = Article(
        url=f"https://baotuyenquang.com.vn/tin-{n}.html",
        title=title,
        body_text=body or "Nội dung bài báo.",
        summary="",
        published=datetime(2025, 11, 1, 8, 0, tzinfo=VN_TZ) + timedelta(hours=n),
        site="baotuyenquang",
        province="tuyen-quang",
        category="thoi-su",
        article_id=str(n),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def found(store: ArticleStore, query: str, **filters: object) -> list[str]:
    """The matching stories' URL numbers ("tin-3" → 3), in the search's order."""
    return [
        s.article.url.rsplit("-", 1)[1].removesuffix(".html")
        for s in store.search(parse_query(query) if query else None, **filters)  # type: ignore[arg-type]
    ]


@pytest.fixture
def filled(store: ArticleStore) -> ArticleStore:
    stories = [
        story(1, "Sạt lở nghiêm trọng ở Hà Giang", "Mưa lớn gây sạt lở đất."),
        story(
            2,
            "Đà Nẵng đón khách du lịch",
            "Bãi biển Đà Nẵng đông khách.",
            province="da-nang",
            site="baodanang",
            category="du-lich",
        ),
        story(3, "Hòa bình và phát triển", "Hội nghị về hoà bình."),
        story(
            4, "Bão số 3 đổ bộ", "Cơn bão số 3 gây thiệt hại; số hộ dân bị ảnh hưởng là 3 nghìn."
        ),
        story(5, "Số liệu tháng 3", "Bão đã qua, số liệu thống kê công bố."),
        story(6, "Kết quả xổ số kiến thiết", "Công ty xổ số kiến thiết công bố kết quả."),
        story(
            7,
            "Xổ số trực tuyến uy tín",
            "Chơi xổ số trực tuyến ngay.",
            quarantined=True,
            spam_reasons=["gambling"],
        ),
        story(8, "Tin tổng hợp", "Đường lên Hà Giang bị sạt lở sau mưa."),
        story(9, "Tin tổng hợp", "Sáng nay, mưa lớn.", summary="Sạt lở ở Hà Giang."),
        story(10, "Lũ quét ở Lào Cai", "Nước lũ dâng cao.", province="lao-cai", site="baolaocai"),
        story(11, "Ngập lụt ở Huế", "Nhiều tuyến phố ngập lụt.", province="hue", site="baohue"),
    ]
    for article in stories:
        filled_with = store.upsert(article, now=NOW)
        assert filled_with == "new"
    return store


def test_folding_finds_every_spelling(filled: ArticleStore) -> None:
    for query in ("sạt lở", "sat lo", "SAT LO", "Sạt Lở"):
        assert set(found(filled, query)) == {"1", "8", "9"}, query
    assert found(filled, "Da Nang") == ["2"]
    assert found(filled, "đà nẵng") == ["2"]
    assert found(filled, "DA NANG") == ["2"]
    # old ("hoà") and new ("hòa") tone placement find each other
    assert found(filled, "hoà bình") == ["3"]
    assert found(filled, "hòa binh") == ["3"]


def test_phrases_exclusion_and_or(filled: ArticleStore) -> None:
    assert found(filled, '"bão số 3"') == ["4"]  # story 5 has the words, not the phrase
    assert set(found(filled, "bão số 3")) == {"4", "5"}
    assert found(filled, "xổ số") == ["6"]  # the quarantined spam is never found
    assert found(filled, 'xổ số -"kiến thiết"') == []
    assert found(filled, 'lũ OR "ngập lụt"') == ["11", "10"]  # newest first
    assert found(filled, 'sạt lở -"Hà Giang"') == []
    assert found(filled, "sạt lở -đường") == ["9", "1"]


def test_title_and_sapo_weigh_more_than_the_body(filled: ArticleStore) -> None:
    # 1: in the title; 9: in the sapo; 8: in the body only (and the newest of the three)
    assert found(filled, "sạt lở", order="relevance") == ["1", "9", "8"]
    assert found(filled, "sạt lở") == ["9", "8", "1"]  # by date, as feeds


def test_filters(filled: ArticleStore) -> None:
    assert found(filled, "", provinces=["lao-cai", "hue"]) == ["11", "10"]
    assert found(filled, "", categories=["du-lich"]) == ["2"]
    assert found(filled, "", sites=["baodanang", "baohue"]) == ["11", "2"]
    assert found(filled, "sạt lở", provinces=["da-nang"]) == []
    since = datetime(2025, 11, 1, 8, 0, tzinfo=VN_TZ) + timedelta(hours=9)
    assert found(filled, "sạt lở", since=since) == ["9"]
    assert found(filled, "sạt lở", limit=1) == ["9"]


def test_place_filter(store: ArticleStore) -> None:
    place = PlaceTag("02302", "Xã Minh Quang", "tuyen-quang", "xa-minh-quang", "name", "Minh Quang")
    store.upsert(story(1, "Lúa mùa bội thu", places=[place]), now=NOW)
    store.upsert(story(2, "Lúa mùa ở nơi khác"), now=NOW)
    assert found(store, "lúa", places=["tuyen-quang/xa-minh-quang"]) == ["1"]
    assert found(store, "lúa", places=["02302"]) == ["1"]
    assert found(store, "lúa") == ["2", "1"]


def test_copies_are_left_out(store: ArticleStore) -> None:
    store.upsert(story(1, "Sạt lở ở Hà Giang"), now=NOW)
    store.upsert(
        story(2, "Sạt lở ở Hà Giang", dup_of="https://baotuyenquang.com.vn/tin-1.html"), now=NOW
    )
    assert found(store, "sạt lở") == ["1"]


def test_updates_are_reindexed(store: ArticleStore) -> None:
    store.upsert(story(1, "Sạt lở ở Hà Giang"), now=NOW)
    assert store.upsert(story(1, "Lũ quét ở Hà Giang"), now=NOW) == "updated"
    assert found(store, "sạt lở") == []
    assert found(store, "lũ quét") == ["1"]
    # a body edit, and an edit that keeps the text (the lead image): still found, once
    store.upsert(story(1, "Lũ quét ở Hà Giang", "Đường bị chia cắt."), now=NOW)
    store.upsert(
        story(1, "Lũ quét ở Hà Giang", "Đường bị chia cắt.", image="https://x.vn/a.jpg"), now=NOW
    )
    assert found(store, "chia cắt") == ["1"]
    assert found(store, "nội dung") == []
    assert found(store, "lũ quét") == ["1"]


def test_quarantined_never_found_released_found(store: ArticleStore) -> None:
    spam = story(1, "Xổ số trực tuyến", quarantined=True, spam_reasons=["gambling"])
    store.upsert(spam, now=NOW)
    assert found(store, "trực tuyến") == []
    assert store.release(spam.url)
    assert found(store, "trực tuyến") == ["1"]
    # a refresh crawl that would quarantine it again keeps it published, and found
    store.upsert(replace(spam, title="Xổ số trực tuyến mới"), now=NOW)
    assert found(store, "trực tuyến mới") == ["1"]
    # an operator quarantining it by hand takes it out again
    assert store.set_status(spam.url, "quarantined")
    assert found(store, "trực tuyến") == []
    store.upsert(story(2, "Tin thật"), now=NOW)
    store.upsert(story(2, "Tin thật", quarantined=True, spam_reasons=["gambling"]), now=NOW)
    assert found(store, "tin thật") == []


def test_rebuild_gives_the_same_answers(filled: ArticleStore) -> None:
    before = {q: found(filled, q) for q in ("sạt lở", '"bão số 3"', "xổ số", "hoà")}
    assert filled.rebuild_search_index() == 10  # every published story
    assert {q: found(filled, q) for q in before} == before


# --- scrapy search ----------------------------------------------------------------------------


def test_scrapy_search_prints_title_site_date_and_link(workspace: Workspace) -> None:
    store = ArticleStore(workspace.db_url)
    store.upsert(story(1, "Sạt lở ở Hà Giang", "Mưa lớn."), now=NOW)
    store.upsert(
        story(2, "Tin tổng hợp", "Đường bị sạt lở.", province="lao-cai", site="baolaocai"), now=NOW
    )
    store.close()
    result = workspace.scrapy("search", "sat lo")
    lines = result.stdout.splitlines()
    # the title match first, then the body match; dates in Vietnam time
    assert lines == [
        "01/11/2025 09:00  baotuyenquang      Sạt lở ở Hà Giang",
        "                  https://baotuyenquang.com.vn/tin-1.html",
        "01/11/2025 10:00  baolaocai          Tin tổng hợp",
        "                  https://baotuyenquang.com.vn/tin-2.html",
        "2 stories",
    ]
    only = workspace.scrapy("search", "sạt lở", "--province", "lao-cai", "--category", "thoi-su")
    assert only.stdout.splitlines()[-1] == "1 story"
    assert "Tin tổng hợp" in only.stdout


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("search", "-xổ"), "error: the query has only excluded terms"),
        (("search", "lũ", "--province", "lao cai"), "error: unknown province 'lao cai'"),
        (("search", "lũ", "--category", "sports"), "error: unknown category 'sports'"),
        (("search", "lũ", "--limit", "500"), "error: limit must be from 1 to 200, got '500'"),
        (("search", "lũ", "--since", "abc"), "error: since must be a number, got 'abc'"),
        (
            ("search", "lũ", "quét"),
            'error: give the query as one argument, in quotes: scrapy search "sạt lở"',
        ),
    ],
)
def test_scrapy_search_bad_input_is_one_line_and_status_2(
    workspace: Workspace, args: tuple[str, ...], line: str
) -> None:
    result = workspace.scrapy(*args, check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == line  # after Scrapy's log (-L INFO)
    assert "Traceback" not in result.stderr


def test_sqlite_keys_agree_with_the_content_view(tmp_path: Path) -> None:
    """The FTS5 rowid (search key) the store writes is the one its external-content view
    computes, microseconds and all, so FTS5 could read each row's text back."""
    store = ArticleStore(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    published = datetime(2025, 11, 1, 8, 0, 59, 999_999, tzinfo=VN_TZ)
    store.upsert(story(1, "Sạt lở", published=published), now=NOW)
    with store.engine.connect() as conn:
        (row_id,) = conn.execute(text("SELECT id FROM articles")).one()
        view = conn.execute(text("SELECT key, title FROM article_search_source")).all()
        indexed = conn.execute(text("SELECT rowid, title FROM article_search")).all()
    store.close()
    key = fulltext.search_key(row_id, published.astimezone(UTC).replace(tzinfo=None))
    assert view == [(key, "Sạt lở")]
    assert indexed == [(key, "Sạt lở")]  # FTS5 reads the text through the view
