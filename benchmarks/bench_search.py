"""Benchmark: full-text search over 1,000,000 generated Vietnamese articles, SQLite and PostgreSQL.

    .venv/bin/python -m benchmarks.bench_search [--articles 1000000] [--queries 1000]
        [--like-queries 30] [--engines sqlite,postgresql] [--pg-url URL] [--store sqlite:///FILE]

Setup (not timed): one bulk insert of generated articles (like bench_publish: titles of 6–14
words and bodies of six 30–60-word paragraphs from a pool, spread over 60 sites, the 34
provinces and every category, 1 % quarantined, 3 % copies of another paper's story), the words
drawn from a Vietnamese vocabulary with Zipf frequencies (so "tỉnh", "người", "phát triển" are in
most stories and "sạt lở" or "OCOP" in few), with topic phrases ("bão số 3", "lũ quét", place
names, old and new tone placement "hoà"/"hòa") sprinkled in.

Timed:

- index build: ``ArticleStore.rebuild_search_index()``, the code path of revision 0004 (every
  published story folded in Python and handed to FTS5 / to_tsvector), and the index's size;
- 1000 mixed queries through ``ArticleStore.search_ids`` as a query feed asks them (newest 50
  first): single words, folded forms typed without tone marks, phrases, OR, exclusions, and
  province or category filters: p50, p95, max;
- the baseline in the same run: the same filters and first term as ``LIKE '%term%'`` over title,
  sapo and body, newest 50 first (a scan; it does not fold, so it finds less), on the first
  ``--like-queries`` queries (a scan takes seconds), next to the index on those same queries.

PostgreSQL runs in a database this benchmark creates and drops (on AGGREGATOR_TEST_PG_URL's
server). Results are in docs/search.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, or_, select, text
from sqlalchemy.engine import make_url

from aggregator.search import parse_query
from aggregator.storage import ArticleStore, articles
from aggregator.taxonomy import CATEGORIES, PROVINCES
from aggregator.text import fold

# Most frequent first: the Zipf weights follow this order.
VOCABULARY = [
    "của",
    "và",
    "các",
    "có",
    "được",
    "trong",
    "là",
    "cho",
    "với",
    "đã",
    "người",
    "này",
    "những",
    "không",
    "một",
    "tỉnh",
    "năm",
    "để",
    "đến",
    "khi",
    "phát",
    "triển",
    "công",
    "tác",
    "xã",
    "hội",
    "kinh",
    "tế",
    "thực",
    "hiện",
    "địa",
    "phương",
    "nhân",
    "dân",
    "tổ",
    "chức",
    "cán",
    "bộ",
    "huyện",
    "đồng",
    "chí",
    "chính",
    "quyền",
    "quản",
    "lý",
    "dự",
    "án",
    "đầu",
    "tư",
    "hoạt",
    "động",
    "sản",
    "xuất",
    "nông",
    "nghiệp",
    "cơ",
    "sở",
    "chương",
    "trình",
    "nâng",
    "cao",
    "chất",
    "lượng",
    "hiệu",
    "quả",
    "xây",
    "dựng",
    "giải",
    "pháp",
    "kế",
    "hoạch",
    "tăng",
    "trưởng",
    "doanh",
    "nghiệp",
    "thị",
    "trường",
    "học",
    "sinh",
    "giáo",
    "dục",
    "trường",
    "học",
    "y",
    "tế",
    "bệnh",
    "viện",
    "sức",
    "khỏe",
    "du",
    "lịch",
    "văn",
    "hóa",
    "lễ",
    "hội",
    "truyền",
    "thống",
    "an",
    "ninh",
    "quốc",
    "phòng",
    "biên",
    "giới",
    "công",
    "an",
    "lực",
    "lượng",
    "bảo",
    "vệ",
    "môi",
    "trường",
    "rừng",
    "sông",
    "biển",
    "đất",
    "đai",
    "giao",
    "thông",
    "đường",
    "bộ",
    "cầu",
    "hạ",
    "tầng",
    "điện",
    "nước",
    "sạch",
    "nhà",
    "ở",
    "đô",
    "thị",
    "nông",
    "thôn",
    "mới",
    "hợp",
    "tác",
    "xã",
    "lúa",
    "gạo",
    "cà",
    "phê",
    "hồ",
    "tiêu",
    "cao",
    "su",
    "chè",
    "tôm",
    "cá",
    "thủy",
    "sản",
    "chăn",
    "nuôi",
    "trồng",
    "trọt",
    "thu",
    "hoạch",
    "mùa",
    "vụ",
    "thời",
    "tiết",
    "mưa",
    "lớn",
    "nắng",
    "nóng",
    "rét",
    "đậm",
    "ngập",
    "úng",
    "hạn",
    "hán",
    "thiên",
    "tai",
    "cứu",
    "trợ",
    "khắc",
    "phục",
    "thiệt",
    "hại",
    "hội",
    "nghị",
    "đại",
    "hội",
    "nghị",
    "quyết",
    "chỉ",
    "thị",
    "chủ",
    "trương",
    "chính",
    "sách",
    "pháp",
    "luật",
    "vi",
    "phạm",
    "xử",
    "lý",
    "kiểm",
    "tra",
    "thanh",
    "niên",
    "phụ",
    "nữ",
    "cựu",
    "chiến",
    "binh",
    "mặt",
    "trận",
    "đoàn",
    "thể",
    "tuyên",
    "truyền",
    "vận",
    "động",
    "khen",
    "thưởng",
    "thể",
    "thao",
    "bóng",
    "đá",
    "giải",
    "đấu",
    "huy",
    "chương",
    "vận",
    "động",
    "viên",
    "câu",
    "lạc",
    "bộ",
    "thi",
    "đấu",
    "tập",
    "luyện",
    "khoa",
    "học",
    "công",
    "nghệ",
    "chuyển",
    "đổi",
    "số",
    "nền",
    "tảng",
    "dữ",
    "liệu",
    "ứng",
    "dụng",
    "trực",
    "tuyến",
    "dịch",
    "vụ",
    "công",
    "ngân",
    "sách",
    "vốn",
    "tín",
    "dụng",
    "ngân",
    "hàng",
    "thuế",
    "xuất",
    "khẩu",
    "nhập",
    "khẩu",
    "thương",
    "mại",
    "chợ",
    "giá",
    "cả",
    "gia",
    "đình",
    "trẻ",
    "em",
    "người",
    "cao",
    "tuổi",
    "hộ",
    "nghèo",
    "an",
    "sinh",
    "việc",
    "làm",
    "lao",
    "động",
    "thu",
    "nhập",
    "đời",
    "sống",
    "dân",
    "tộc",
    "thiểu",
    "số",
    "vùng",
    "cao",
    "miền",
    "núi",
    "đồng",
    "bằng",
    "ven",
    "biển",
    "hải",
    "đảo",
    "làng",
    "bản",
    "thôn",
    "xóm",
]
PHRASES = [
    "sạt lở", "lũ quét", "bão số 3", "sản phẩm OCOP", "chuyển đổi số", "nông thôn mới",
    "Đà Nẵng", "Tuyên Quang", "Hà Giang", "Lào Cai", "Đắk Lắk", "Hòa Bình", "Hoà Bình",
    "hòa giải", "hoà giải", "xổ số kiến thiết", "Tỉnh ủy", "Tỉnh uỷ", "đường cao tốc",
    "cháy rừng", "dịch sốt xuất huyết", "giải phóng mặt bằng", "khu công nghiệp",
]  # fmt: skip
PARAGRAPHS = 4000


def zipf_words(rng: random.Random, k: int, weights: list[float]) -> list[str]:
    return rng.choices(VOCABULARY, cum_weights=weights, k=k)


def make_pool(rng: random.Random, weights: list[float]) -> list[str]:
    pool = []
    phrase_weights = [1 / (i + 1) for i in range(len(PHRASES))]
    for _ in range(PARAGRAPHS):
        words = zipf_words(rng, rng.randint(30, 60), weights)
        if rng.random() < 0.3:  # a topic phrase in about a third of the paragraphs
            words.insert(rng.randrange(len(words)), rng.choices(PHRASES, phrase_weights)[0])
        pool.append(" ".join(words).capitalize() + ".")
    return pool


def fill(engine: Any, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    cumulative, total = [], 0.0
    for rank in range(len(VOCABULARY)):
        total += 1 / (rank + 1)
        cumulative.append(total)
    pool = make_pool(rng, cumulative)
    provinces, categories = list(PROVINCES), list(CATEGORIES)
    sites = [(f"bao{i:02d}", provinces[i % len(provinces)]) for i in range(60)]
    start = datetime(2025, 11, 30)
    rows = []
    for i in range(n):
        site, province = sites[i % len(sites)]
        title_words = zipf_words(rng, rng.randint(6, 14), cumulative)
        if rng.random() < 0.1:
            title_words.insert(rng.randrange(len(title_words)), rng.choice(PHRASES))
        title = " ".join(title_words).capitalize()
        paragraphs = rng.sample(pool, 6)
        url = f"https://{site}.vn/tin/{i}.html"
        published = start - timedelta(minutes=i // 2, seconds=rng.randint(0, 59))
        rows.append(
            {
                "url": url, "guid": url, "site": site, "article_id": str(i), "title": title,
                "summary": paragraphs[0][:200], "body_text": "\n\n".join(paragraphs),
                "body_html": "", "authors": "[]", "credit": "", "image": "", "section": "",
                "category": categories[rng.randrange(len(categories))], "province": province,
                "tags": "[]", "language": "vi", "published": published, "updated": None,
                "first_seen": published, "last_seen": published, "content_hash": f"{i:064x}",
                "status": "quarantined" if rng.random() < 0.01 else "published",
                "spam_score": 0.0, "spam_reasons": "[]", "page_title": title,
                "title_injected": False,
                "dup_of": "https://bao00.vn/tin/0.html" if rng.random() < 0.03 else None,
                "signature": None,
            }
        )  # fmt: skip
        if len(rows) == 5000:
            with engine.begin() as conn:
                conn.execute(articles.insert(), rows)
            rows = []
    if rows:
        with engine.begin() as conn:
            conn.execute(articles.insert(), rows)


Probe = tuple[str, dict[str, Any], str]  # query text, filters, its first term (for LIKE)


def make_queries(n: int, seed: int = 11) -> list[Probe]:
    """The mix of the module docstring."""
    rng = random.Random(seed)
    provinces, categories = list(PROVINCES), list(CATEGORIES)
    out: list[Probe] = []
    for _ in range(n):
        kind = rng.random()
        word = rng.choice(VOCABULARY[: len(VOCABULARY) // 2] if rng.random() < 0.5 else VOCABULARY)
        phrase = rng.choice(PHRASES)
        term = rng.choice((word, phrase))
        quoted = f'"{term}"' if " " in term else term
        if kind < 0.25:
            out.append((word, {}, word))
        elif kind < 0.40:
            out.append((fold(quoted), {}, fold(term)))  # typed without tone marks
        elif kind < 0.60:
            out.append((f'"{phrase}"', {}, phrase))
        elif kind < 0.75:
            out.append((quoted, {"provinces": [rng.choice(provinces)]}, term))
        elif kind < 0.87:
            out.append((quoted, {"categories": [rng.choice(categories)]}, term))
        elif kind < 0.94:
            out.append((f'"{phrase}" OR "{rng.choice(PHRASES)}"', {}, phrase))
        else:
            out.append((f'{word} -"{phrase}"', {}, word))
    return out


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    """(milliseconds, result) of one call."""
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - started) * 1000, result


def percentiles(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * len(ms)) - 1)]
    return f"p50 {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   max {ms[-1]:7.1f} ms"


def like_search(store: ArticleStore, term: str, filters: dict[str, Any]) -> list[int]:
    """The baseline: *term* as a substring of title, sapo or body, newest 50 first."""
    pattern = f"%{term}%"
    statement = select(articles.c.id).where(
        articles.c.status == "published",
        articles.c.dup_of.is_(None),
        or_(
            articles.c.title.like(pattern),
            articles.c.summary.like(pattern),
            articles.c.body_text.like(pattern),
        ),
    )
    if filters.get("provinces"):
        statement = statement.where(articles.c.province.in_(filters["provinces"]))
    if filters.get("categories"):
        statement = statement.where(articles.c.category.in_(filters["categories"]))
    statement = statement.order_by(articles.c.published.desc(), articles.c.guid).limit(50)
    with store.engine.connect() as conn:
        return list(conn.scalars(statement))


def index_size(store: ArticleStore) -> int:
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "postgresql":
            return int(conn.scalar(text("SELECT pg_total_relation_size('article_search')")))
        names = [
            n
            for (n,) in conn.execute(
                text("SELECT name FROM sqlite_master WHERE name LIKE 'article_search_%'")
            )
        ]
        try:  # dbstat: the pages each shadow table uses
            sizes = conn.execute(
                text("SELECT SUM(pgsize) FROM dbstat WHERE name IN :names").bindparams(
                    names=tuple(names)
                )
            )
            return int(sizes.scalar() or 0)
        except Exception:  # noqa: BLE001 - SQLite built without dbstat: count pages instead
            return -1


def database_size(store: ArticleStore) -> int:
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "postgresql":
            return int(conn.scalar(text("SELECT pg_database_size(current_database())")))
        pages = conn.scalar(text("PRAGMA page_count"))
        size = conn.scalar(text("PRAGMA page_size"))
        return int(pages * size)


@contextmanager
def database(engine_name: str, tmp: Path, pg_url: str) -> Iterator[str]:
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp / 'bench-search.sqlite3'}"
        return
    name = f"bench_search_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(pg_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run(engine_name: str, db_url: str, args: argparse.Namespace) -> None:
    print(f"\n== {engine_name} ==")
    store = ArticleStore(db_url)
    if store.count():  # --store: filled by an earlier run (same seed), index built again below
        print(f"setup: {store.count()} articles already in {db_url} (an earlier run's fill)")
    else:
        started = time.perf_counter()
        fill(store.engine, args.articles)
        print(f"setup: {args.articles} articles inserted in {time.perf_counter() - started:.0f} s "
              "(not timed below)")  # fmt: skip
    before = database_size(store)
    started = time.perf_counter()
    indexed = store.rebuild_search_index()
    build = time.perf_counter() - started
    if engine_name == "postgresql":
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    size = index_size(store)
    if size < 0:
        size = database_size(store) - before
    print(f"index build: {indexed} published stories in {build:.0f} s "
          f"({indexed / build:.0f}/s); index size {size / 2**20:.0f} MiB "
          f"(store {database_size(store) / 2**20:.0f} MiB)")  # fmt: skip

    queries = make_queries(args.queries)
    for q, filters, _term in queries[:20]:  # warm the caches, as a running server's are
        store.search_ids(parse_query(q), **filters, limit=50)
    times, found = [], 0
    for q, filters, _term in queries:
        ms, ids = timed(store.search_ids, parse_query(q), **filters, limit=50)
        times.append(ms)
        found += len(ids)
    print(
        f"{len(queries)} mixed queries (newest 50): {percentiles(times)} "
        f"({found / len(queries):.0f} results on average)"
    )
    if engine_name == "sqlite":
        p95 = sorted(times)[round(0.95 * len(times)) - 1]
        print("goal p95 < 50 ms:", "met" if p95 < 50 else "MISSED")
    sample = queries[: args.like_queries]
    like_ms = [timed(like_search, store, t, f)[0] for _q, f, t in sample]
    index_ms = [timed(store.search_ids, parse_query(q), **f, limit=50)[0] for q, f, _t in sample]
    print(f"LIKE scan, first {len(sample)} queries:  {percentiles(like_ms)}")
    print(f"index, the same {len(sample)} queries:   {percentiles(index_ms)}")
    print(f"LIKE / index (median): {statistics.median(like_ms) / statistics.median(index_ms):.0f}x")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--like-queries", type=int, default=30)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("AGGREGATOR_TEST_PG_URL")
        or "postgresql+psycopg2://postgres@127.0.0.1:5432/test",
    )
    parser.add_argument("--tmp", default=None, help="folder for the SQLite file (default: /tmp)")
    parser.add_argument(
        "--store", default="", help="a SQLite store an earlier run filled: skip the fill"
    )
    args = parser.parse_args()
    if args.store:
        run("sqlite", args.store, args)
        return
    print(f"{args.articles} articles, {args.queries} queries, "
          f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs")  # fmt: skip
    with tempfile.TemporaryDirectory(dir=args.tmp, prefix="bench-search-") as tmp:
        for engine_name in args.engines.split(","):
            with database(engine_name, Path(tmp), args.pg_url) as db_url:
                run(engine_name, db_url, args)


if __name__ == "__main__":
    main()
