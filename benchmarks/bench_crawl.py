"""Crawl benchmark: our full crawl vs a do-nothing Scrapy spider over the same loopback site.

Usage (from the repository root):

    .venv/bin/python -m benchmarks.bench_crawl [--articles 3000] [--concurrency 16]

It writes a site of N article pages (a sitemap index of 1,000-URL sitemaps, pages in the sample
sites' OpenGraph layout with distinct text) into a temporary folder, serves it with the sample
server on 127.0.0.1, and runs, each in its own process (Twisted's reactor cannot restart) and
with politeness off (no delay, no AutoThrottle, N concurrent requests per site):

1. ours: NewsSpider + extraction + every pipeline + the SQLite store, through ``run_crawls`` and
   the run report, into a fresh store;
2. baseline: a do-nothing spider that reads the same sitemaps and requests the same article
   URLs, and does nothing with the pages.

With ``--workers N --redis URL`` (several workers, one round: aggregator.frontier) it also runs,
over the same pages in the same run:

3. ours, one worker of a round on Redis: the shared frontier's cost against (1);
4. ours, N workers of one round started together, each its own process: throughput is all
   their article pages over the time from the first start to the last finish. The site's
   concurrency is held across the workers (N workers together still make at most
   ``--concurrency`` requests at once), so what N workers add is CPU for the pipelines.

``--pg URL`` (a PostgreSQL server, as AGGREGATOR_TEST_PG_URL) gives each crawl a fresh database
there instead of a fresh SQLite file: the store of several machines.

Articles per second = article pages / crawl time (the crawler's own start and finish stats).
Memory: the crawl process's RSS is sampled as pages arrive; the table shows it at 25% and 100%
of the pages and the growth per 1,000 pages between those points (flat = not growing with the
crawl). Search index upkeep: the time ``ArticleStore.upsert_many`` takes during our crawl, and
the part of it spent in ``aggregator.fulltext`` (folding and indexing each story). The numbers
are in docs/crawling.md and docs/search.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SITE = "bench"
PER_SITEMAP = 1000

WORDS = [
    "tỉnh",
    "huyện",
    "xã",
    "nông",
    "dân",
    "hợp",
    "tác",
    "xã",
    "doanh",
    "nghiệp",
    "đầu",
    "tư",
    "hạ",
    "tầng",
    "giao",
    "thông",
    "trường",
    "học",
    "bệnh",
    "viện",
    "cán",
    "bộ",
    "nhân",
    "dân",
    "phong",
    "trào",
    "sản",
    "xuất",
    "thu",
    "hoạch",
    "lúa",
    "cà",
    "phê",
    "hồ",
    "tiêu",
    "thủy",
    "sản",
    "du",
    "lịch",
    "lễ",
    "hội",
    "văn",
    "hóa",
    "thể",
    "thao",
    "an",
    "ninh",
    "trật",
    "tự",
    "môi",
    "trường",
    "nước",
    "sạch",
    "điện",
    "lưới",
    "chuyển",
    "đổi",
    "số",
    "kinh",
    "tế",
    "xã",
    "hội",
]


# --- the site ------------------------------------------------------------------------------------


def _vocabulary() -> list[str]:
    """Every word of the bundled sample stories: real provincial-news Vietnamese (~700 words)."""
    from aggregator.samples.content import SAMPLES

    words = {
        w.strip('.,;:()“”"-').lower()
        for stories in SAMPLES.values()
        for story in stories
        for w in " ".join((story.title, story.lead, *story.paragraphs)).split()
    }
    return sorted(w for w in words if w and not w.isdigit()) or WORDS


VOCABULARY = _vocabulary()


def _text(i: int, n: int) -> str:
    # Deterministic and distinct per article, drawn at random from a real vocabulary: two pages
    # share as few 4-word shingles as two different news stories do, so the near-duplicate
    # stage sees what it sees in production (a periodic word pattern made every page a
    # near-copy of ~70 others, measured, which only measured the worst case of LSH buckets).
    rng = random.Random(i)
    return " ".join(rng.choices(VOCABULARY, k=n)) + f" số {i}."


# Place mentions as provincial papers write them (the bench site is in Quảng Trị): today's names,
# a pre-merger name with its old district, a list, a special zone, a whole former district.
PLACES = (
    "Người dân xã Lệ Thủy",
    "Tại phường Đồng Hới",
    "Ở xã A Ngo (Đa Krông)",
    "Các xã Triệu Cơ, Trường Sơn và La Lay",
    "Cán bộ đặc khu Cồn Cỏ",
    "Nông dân huyện Lệ Thủy cũ",
)


def _page(i: int, published: datetime) -> str:
    title = f"{_text(i, 9).capitalize()}"
    texts = [_text(i * 5 + p, 60) for p in range(5)]
    texts[1] = f"{PLACES[i % len(PLACES)]} {texts[1]}"
    paragraphs = "\n".join(f"<p>{escape(text)}</p>" for text in texts)
    url = f"http://samples.invalid/{SITE}/kinh-te/bai-viet-so-{i}-post{100000 + i}.html"
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{escape(title)} | Báo Mẫu</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:description" content="{escape(_text(i, 25))}">
<meta property="article:published_time" content="{published.isoformat()}">
<meta property="article:section" content="Kinh tế">
<link rel="canonical" href="{url}">
</head><body>
<header class="site-header"><a href="/{SITE}/">Báo Mẫu</a></header>
<main><article class="article">
<h1 class="article__title">{escape(title)}</h1>
<div class="article__meta"><time>{published:%H:%M, %d/%m/%Y}</time></div>
<div class="article__sapo">{escape(_text(i, 25))}</div>
<div class="article__body">
{paragraphs}
<p class="article__author"><strong>Phóng viên</strong></p>
</div></article></main>
<footer class="footer"><p>Báo Mẫu - Cơ quan của Đảng bộ tỉnh</p></footer>
</body></html>
"""


def build_site(root: Path, articles: int) -> list[str]:
    """Write the site under *root*/bench and its site file under *root*/rules; article paths."""
    site = root / "sites" / SITE
    (site / "kinh-te").mkdir(parents=True)
    (site / "sitemaps").mkdir()
    start = datetime(2025, 11, 1, 6, 0, tzinfo=UTC)
    paths = []
    for i in range(articles):
        published = start + timedelta(minutes=7 * i)
        name = f"kinh-te/bai-viet-so-{i}-post{100000 + i}.html"
        (site / name).write_text(_page(i, published), encoding="utf-8")
        paths.append(f"/{SITE}/{name}")
    chunks = [paths[i : i + PER_SITEMAP] for i in range(0, len(paths), PER_SITEMAP)]
    index = []
    for n, chunk in enumerate(chunks):
        urls = "".join(f"<url><loc>http://samples.invalid{p}</loc></url>\n" for p in chunk)
        (site / "sitemaps" / f"{n}.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n',
            encoding="utf-8",
        )
        index.append(
            f"<sitemap><loc>http://samples.invalid/{SITE}/sitemaps/{n}.xml</loc></sitemap>"
        )
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(index)
        + "</sitemapindex>\n",
        encoding="utf-8",
    )
    rules = root / "rules"
    rules.mkdir()
    (rules / f"{SITE}.toml").write_text(
        'name = "Báo Mẫu (benchmark)"\nprovince = "quang-tri"\n'
        f'homepage = "http://samples.invalid/{SITE}/"\nsample = true\n\n[start]\n'
        f'sitemaps = ["http://samples.invalid/{SITE}/sitemap.xml"]\n\n[urls]\n'
        "article = '-post\\d+\\.html$'\narticle_id = '-post(\\d+)\\.html$'\n",
        encoding="utf-8",
    )
    return paths


# --- inside a crawl process ------------------------------------------------------------------------


def rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


class MemorySampler:
    """Extension: (pages received, RSS) every 100 article responses."""

    samples: list[tuple[int, int]] = []

    def __init__(self, crawler: Any) -> None:
        from scrapy import signals

        self.pages = 0
        crawler.signals.connect(self.response_received, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler: Any) -> MemorySampler:
        return cls(crawler)

    def response_received(self, response: Any, request: Any) -> None:
        if request.meta.get("aggregator_kind", "article") == "article" and request.url.endswith(
            ".html"
        ):
            self.pages += 1
            if self.pages % 100 == 0:
                MemorySampler.samples.append((self.pages, rss_bytes()))


def _settings(concurrency: int) -> Any:
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setdict(
        {
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "CONCURRENT_REQUESTS": concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "LOG_LEVEL": "WARNING",
            "AGGREGATOR_PROGRESS_INTERVAL": 0,
            "EXTENSIONS": {"benchmarks.bench_crawl.MemorySampler": 0},
        },
        priority="cmdline",
    )
    return settings


def child(kind: str, concurrency: int, out: Path, without: list[str]) -> None:
    from scrapy.crawler import CrawlerProcess

    # Scrapy loads the extension as benchmarks.bench_crawl, not as this __main__ module.
    from benchmarks.bench_crawl import MemorySampler as sampler

    settings = _settings(concurrency)
    if without:  # a breakdown: the same crawl without some pipeline stages
        stages = settings.getdict("ITEM_PIPELINES")
        kept = {k: v for k, v in stages.items() if not any(w in k.lower() for w in without)}
        settings.set("ITEM_PIPELINES", kept, priority="cmdline")
    process = CrawlerProcess(settings)
    upkeep = dict.fromkeys(("store", "index", "store_cpu", "index_cpu"), 0.0)
    if kind in ("ours", "worker"):
        from aggregator.crawling import run_crawls, select_sites

        _time_store_and_index(upkeep)
        if kind == "worker":  # what `scrapy crawlall` does as a worker of a round
            from aggregator.frontier import Frontier, FrontierConfig

            config = FrontierConfig.from_settings(settings)
            assert config is not None, "a worker needs AGGREGATOR_REDIS_URL"
            frontier = Frontier.connect(config)
            round_ = frontier.join()
            runs = run_crawls(
                process,
                select_sites(settings, [SITE]),
                overrides=round_.crawler_settings(settings),
                on_start=round_.start_heartbeat,
            )
            last, _dead = round_.leave()
            if last:
                frontier.clear(round_.id)
        else:
            runs = run_crawls(process, select_sites(settings, [SITE]))
        stats = runs[0].stats
        pages = int(stats.get("aggregator/requests/article", 0))
        stored = int(stats.get("aggregator/store/new", 0))
    else:
        crawler = process.create_crawler(NullSpider)
        process.crawl(crawler, base=settings.get("AGGREGATOR_SAMPLES_BASE"))
        process.start()
        assert crawler.stats is not None
        stats = crawler.stats.get_stats()
        pages = int(stats.get("null/pages", 0))
        stored = 0
    seconds = (stats["finish_time"] - stats["start_time"]).total_seconds()
    out.write_text(
        json.dumps(
            {
                "pages": pages,
                "stored": stored,
                "seconds": seconds,
                "start": stats["start_time"].timestamp(),
                "finish": stats["finish_time"].timestamp(),
                # The whole process's CPU (start-up included): robust to a busy machine.
                "cpu": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
                "memory": sampler.samples,
                "errors": {k: v for k, v in stats.items() if "error" in k or "exception" in k},
                "upkeep": upkeep,
            },
            default=str,
        )
    )


def _time_store_and_index(totals: dict[str, float]) -> None:
    """Add up, in *totals*, the time the crawl spends in the store's write path and, within it,
    in keeping the search index (aggregator.fulltext): timers around the real functions, wall
    clock and the thread's CPU time (which a busy shared machine does not inflate)."""
    from aggregator import fulltext, storage

    def timer(fn: Any, key: str) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[key] += time.perf_counter() - started
                totals[f"{key}_cpu"] += time.thread_time() - cpu

        return timed

    storage.ArticleStore.upsert_many = timer(storage.ArticleStore.upsert_many, "store")  # type: ignore[method-assign]
    fulltext.add = timer(fulltext.add, "index")
    fulltext.remove = timer(fulltext.remove, "index")


def _null_spider() -> type:
    import scrapy

    from aggregator.discovery import parse_sitemap

    class _NullSpider(scrapy.Spider):
        """Reads the sitemaps, requests every article, does nothing with it."""

        name = "null"

        def __init__(self, base: str = "", **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.base = base

        async def start(self) -> Any:
            yield scrapy.Request(f"{self.base}/{SITE}/sitemap.xml", callback=self.parse_sitemap)

        def parse_sitemap(self, response: Any) -> Any:
            sitemap = parse_sitemap(response.body)
            for entry in sitemap.entries:
                callback = self.parse_sitemap if sitemap.is_index else self.parse_page
                yield scrapy.Request(response.urljoin(entry.url), callback=callback)

        def parse_page(self, response: Any) -> None:
            self.crawler.stats.inc_value("null/pages")

    return _NullSpider


NullSpider: Any = None


# --- the driver ------------------------------------------------------------------------------------


@dataclass
class Setup:
    root: Path
    base: str  # the sample server
    concurrency: int
    redis: str = ""  # a Redis URL for the workers of a round
    pg: str = ""  # a PostgreSQL server: each crawl gets a fresh database there
    databases: list[str] = field(default_factory=list)

    def store(self, label: str) -> str:
        if not self.pg:
            return f"sqlite:///{self.root / f'{label}.sqlite3'}"
        from sqlalchemy import create_engine, make_url, text

        name = f"bench_crawl_{label.replace('-', '_')}_{uuid.uuid4().hex[:6]}"
        admin = create_engine(make_url(self.pg), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.databases.append(name)
        return make_url(self.pg).set(database=name).render_as_string(hide_password=False)

    def drop_databases(self) -> None:
        if not self.databases:
            return
        from sqlalchemy import create_engine, make_url, text

        admin = create_engine(make_url(self.pg), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for name in self.databases:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _start(
    setup: Setup, kind: str, label: str, db: str, without: list[str], **env_extra: str
) -> tuple[subprocess.Popen[bytes], Path]:
    out = setup.root / f"{label}.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env.update(
        AGGREGATOR_DB_URL=db,
        AGGREGATOR_SITES_DIR=str(setup.root / "rules"),
        AGGREGATOR_SAMPLES_BASE=setup.base,
        AGGREGATOR_REPORT_PATH=str(setup.root / "report.json"),
        **env_extra,
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_crawl", "--child", kind,
         "--concurrency", str(setup.concurrency), "--out", str(out),
         *(f"--without={w}" for w in without)],
        cwd=REPO, env=env,
    )  # fmt: skip
    return process, out


def _run(setup: Setup, kind: str, without: list[str]) -> dict[str, Any]:
    label = kind + "".join(f"-{w}" for w in without)  # each crawl gets a fresh store
    process, out = _start(setup, kind, label, setup.store(label), without)
    if process.wait() != 0:
        raise SystemExit(f"the {label} crawl failed")
    return json.loads(out.read_text())


def _round(setup: Setup, workers: int) -> dict[str, Any]:
    """*workers* processes, one round, one fresh store: all pages over first start to last finish."""
    label = f"workers{workers}"
    db = setup.store(label)
    prefix = f"bench-crawl:{uuid.uuid4().hex[:8]}:"
    started = [
        _start(setup, "worker", f"{label}-{i}", db, [],
               AGGREGATOR_REDIS_URL=setup.redis, AGGREGATOR_REDIS_PREFIX=prefix)
        for i in range(workers)
    ]  # fmt: skip
    results = []
    for process, out in started:
        if process.wait() != 0:
            raise SystemExit(f"a worker of the {workers}-worker round failed")
        results.append(json.loads(out.read_text()))
    start = min(r["start"] for r in results)
    finish = max(r["finish"] for r in results)
    return {
        "pages": sum(r["pages"] for r in results),
        "stored": sum(r["stored"] for r in results),
        "seconds": finish - start,
        "cpu": sum(r["cpu"] for r in results),
        "memory": results[0]["memory"],
        "errors": {k: v for r in results for k, v in r["errors"].items()},
        "per_worker": [r["pages"] for r in results],
    }


def _memory(samples: list[list[int]]) -> tuple[float, float, float]:
    """RSS (MiB) at 25% and at the end, and growth per 1,000 pages between them."""
    if len(samples) < 4:
        return (0.0, 0.0, 0.0)
    early = samples[len(samples) // 4]
    last = samples[-1]
    growth = (last[1] - early[1]) / max(last[0] - early[0], 1) * 1000
    return (early[1] / 2**20, last[1] / 2**20, growth / 2**20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--child", choices=("ours", "baseline", "worker"))
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--without", action="append", default=[], help="also run ours without this pipeline stage"
    )
    parser.add_argument(
        "--workers", type=int, default=0, help="also run 1 and N workers of a round (--redis)"
    )
    parser.add_argument("--redis", default="", help="Redis URL for --workers")
    parser.add_argument("--pg", default="", help="PostgreSQL server URL: a fresh database each")
    args = parser.parse_args()
    if args.workers and not args.redis:
        parser.error("--workers needs --redis URL")
    if args.child:
        global NullSpider
        NullSpider = _null_spider()
        child(args.child, args.concurrency, args.out, args.without)
        return

    from aggregator.samples.server import SampleServer

    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        build_site(root, args.articles)
        print(f"site: {args.articles} articles written in {time.perf_counter() - started:.1f}s")
        with SampleServer(root / "sites") as server:
            setup = Setup(root, server.base, args.concurrency, args.redis, args.pg)
            try:
                results = {kind: _run(setup, kind, []) for kind in ("baseline", "ours")}
                if args.without:
                    label = "ours -" + ",".join(args.without)
                    results[label] = _run(setup, "ours", args.without)
                if args.workers:
                    for n in sorted({1, args.workers}):
                        results[f"ours, {n} worker{'s' * (n > 1)}"] = _round(setup, n)
            finally:
                setup.drop_databases()
    print(f"\n{args.articles} article pages, loopback, politeness off, "
          f"{args.concurrency} concurrent requests\n")  # fmt: skip
    store = "PostgreSQL" if args.pg else "SQLite"
    print(f"store: {store}" + (", frontier: Redis" if args.workers else ""))
    header = f"{'crawl':<18}{'pages':>7}{'stored':>8}{'seconds':>9}{'pages/s':>9}"
    header += f"{'RSS@25%':>10}{'RSS@end':>10}{'MiB/1k':>8}{'CPU ms/page':>12}"
    print(header)
    print("-" * len(header))
    for kind, r in results.items():
        early, last, growth = _memory(r["memory"])
        rate = r["pages"] / r["seconds"] if r["seconds"] else 0.0
        r["rate"] = rate
        print(
            f"{kind:<18}{r['pages']:>7}{r['stored']:>8}{r['seconds']:>9.1f}{rate:>9.1f}"
            f"{early:>9.0f}M{last:>9.0f}M{growth:>8.2f}"
            f"{r['cpu'] / max(r['pages'], 1) * 1000:>12.2f}"
        )
    ratio = results["ours"]["rate"] / results["baseline"]["rate"]
    print(f"\nours / baseline = {ratio:.2f} (target >= 0.5)")
    upkeep = results["ours"]["upkeep"]
    if upkeep["store"] and upkeep["store_cpu"]:
        print(
            f"search index upkeep: {upkeep['index']:.2f} s of {upkeep['store']:.2f} s in the "
            f"store's write path, wall ({upkeep['index'] / upkeep['store']:.1%}); CPU "
            f"{upkeep['index_cpu']:.2f} s of {upkeep['store_cpu']:.2f} s "
            f"({upkeep['index_cpu'] / upkeep['store_cpu']:.1%}); target < 10%"
        )
    for label, r in results.items():
        if label.startswith("ours -"):
            extra = results["ours"]["cpu"] / r["cpu"] - 1
            print(f"CPU of ours over {label}: {extra:+.1%}")
    if args.workers:
        one = results["ours, 1 worker"]["rate"]
        many = results[f"ours, {args.workers} workers"] if args.workers > 1 else None
        print(f"Redis overhead: 1 worker on Redis / ours in one process = "
              f"{one / results['ours']['rate']:.2f}")  # fmt: skip
        if many is not None:
            print(f"{args.workers} workers / 1 worker = {many['rate'] / one:.2f} "
                  f"(article pages per worker: {many['per_worker']})")  # fmt: skip
    for kind, r in results.items():
        if r["errors"]:
            print(f"{kind} errors: {r['errors']}")


if __name__ == "__main__":
    main()
