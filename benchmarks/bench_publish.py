"""Benchmark: publish every feed from a SQLite store of 100k articles across 60 sites.

    .venv/bin/python benchmarks/bench_publish.py [--articles 100000] [--sites 60]
        [--place-share 0.55] [--place-items 20]

The store is filled with one bulk insert (setup, not timed) of realistic articles: Vietnamese
titles, 2–4 KB HTML bodies with lazy images, every category, sites spread over the 34
provinces, 3 % near-duplicate copies, 1 % quarantined, and a share of the stories (default
55 %) tagged with one or two communes/wards of their province (a few busy units get most of the
stories, as town wards do). Then one full publish into an empty directory is timed, and a
second publish (nothing changed) is timed too: once with place feeds off
(``place_items=0``: publishing as it was before place feeds) and once with them on, in the
same run.

Time: wall clock of ``publish()`` (and its CPU time, which a busy shared machine does not
inflate). Memory: peak resident set size of this process (``resource.getrusage(RUSAGE_SELF).ru_maxrss``)
measured in a child process that only publishes, so the bulk insert does not count.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aggregator.places import gazetteer
from aggregator.publishing.publish import publish
from aggregator.sites import SiteConfig
from aggregator.storage import ArticleStore, article_places, articles
from aggregator.taxonomy import CATEGORIES, PROVINCES

WORDS = [
    "tỉnh",
    "ủy",
    "hội",
    "nghị",
    "nông",
    "dân",
    "kinh",
    "tế",
    "đầu",
    "tư",
    "phát",
    "triển",
    "giáo",
    "dục",
    "y",
    "tế",
    "du",
    "lịch",
    "văn",
    "hóa",
    "người",
    "dân",
    "chính",
    "quyền",
    "xã",
    "huyện",
    "cao",
    "nguyên",
    "lúa",
    "tôm",
    "cà",
    "phê",
    "mùa",
    "vụ",
    "học",
    "sinh",
    "bệnh",
    "viện",
    "an",
    "ninh",
    "biên",
    "giới",
    "thể",
    "thao",
    "giải",
    "đấu",
    "công",
    "nghệ",
    "số",
    "hóa",
    "môi",
    "trường",
    "rừng",
    "sông",
    "biển",
]


def sites(n: int) -> dict[str, SiteConfig]:
    provinces = list(PROVINCES)
    out = {}
    for i in range(n):
        site_id = f"bao{i:02d}"
        province = provinces[i % len(provinces)]
        out[site_id] = SiteConfig(
            site_id, f"Báo {PROVINCES[province]} {i}", province, f"https://{site_id}.vn/"
        )
    return out


def fill(
    store: ArticleStore,
    n: int,
    registry: dict[str, SiteConfig],
    seed: int = 7,
    place_share: float = 0.55,
) -> None:
    rng = random.Random(seed)
    units: dict[str, list] = {}
    for unit in sorted(gazetteer().units.values(), key=lambda u: u.code):
        units.setdefault(unit.province, []).append(unit)
    places: list[dict[str, object]] = []
    site_ids = list(registry)
    categories = list(CATEGORIES)
    start = datetime(2025, 10, 12, tzinfo=UTC).replace(tzinfo=None)
    # A pool of paragraphs keeps the setup quick; titles stay unique enough to look real.
    pool = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 60))) for _ in range(500)]
    rows = []
    for i in range(n):
        site = registry[site_ids[i % len(site_ids)]]
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize()
        paragraphs = rng.sample(pool, 6)
        body_html = "".join(f"<p>{p}.</p>" for p in paragraphs[:3])
        body_html += (
            f'<figure><img src="data:image/gif;base64,R0l" data-src="/anh/{i}.jpg" alt="Ảnh">'
            f"<figcaption>Ảnh minh họa</figcaption></figure>"
        )
        body_html += "".join(f"<p>{p}.</p>" for p in paragraphs[3:])
        url = f"{site.homepage}tin/{i}.html"
        published = start - timedelta(minutes=7 * i + rng.randint(0, 5))
        rows.append(
            {
                "url": url,
                "guid": url,
                "site": site.id,
                "article_id": str(i),
                "title": title,
                "summary": paragraphs[0][:200],
                "body_text": "\n\n".join(paragraphs),
                "body_html": body_html,
                "authors": json.dumps(["Phóng viên"], ensure_ascii=False),
                "credit": "",
                "image": f"{site.homepage}anh/{i}.jpg",
                "section": "",
                "category": categories[rng.randrange(len(categories))],
                "province": site.province,
                "tags": "[]",
                "language": "vi",
                "published": published,
                "updated": None,
                "first_seen": published,
                "last_seen": published,
                "content_hash": f"{i:064x}",
                "status": "quarantined" if rng.random() < 0.01 else "published",
                "spam_score": 0.0,
                "spam_reasons": "[]",
                "page_title": title,
                "title_injected": rng.random() < 0.0005,
                "dup_of": f"{registry[site_ids[0]].homepage}tin/0.html"
                if rng.random() < 0.03
                else None,
                "signature": None,
            }
        )
        if rng.random() < place_share:
            candidates = units[site.province]
            # Skewed: low indexes (here: the first units of the province) are the busy ones.
            chosen = {
                min(int(rng.expovariate(1 / 15)), len(candidates) - 1)
                for _ in range(rng.choice((1, 1, 2)))
            }
            for index in sorted(chosen):
                unit = candidates[index]
                places.append(
                    {
                        "article": i + 1,  # ids follow insertion order in a fresh store
                        "code": unit.code,
                        "province": unit.province,
                        "slug": unit.slug,
                        "name": unit.name,
                        "how": "name",
                        "mention": unit.name,
                    }
                )
        if len(rows) == 10_000:
            with store.engine.begin() as conn:
                conn.execute(articles.insert(), rows)
                conn.execute(article_places.insert(), places)
            rows, places = [], []
    if rows:
        with store.engine.begin() as conn:
            conn.execute(articles.insert(), rows)
            if places:
                conn.execute(article_places.insert(), places)


def _publish_child(
    db_url: str, out: str, n_sites: int, place_items: int, queue: multiprocessing.Queue
) -> None:
    store = ArticleStore(db_url)
    registry = sites(n_sites)
    started, cpu = time.perf_counter(), time.process_time()
    first = publish(store, registry, out, "https://feeds.example.vn", place_items=place_items)
    first_s, first_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    second = publish(store, registry, out, "https://feeds.example.vn", place_items=place_items)
    second_s, second_cpu = time.perf_counter() - started, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    queue.put(
        (
            first_s,
            first_cpu,
            len(first.written),
            second_s,
            second_cpu,
            len(second.written),
            peak_mb,
            first.items,
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--sites", type=int, default=60)
    parser.add_argument("--place-share", type=float, default=0.55)
    parser.add_argument("--place-items", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{tmp}/bench.sqlite3"
        store = ArticleStore(db_url)
        started = time.perf_counter()
        fill(store, args.articles, sites(args.sites), place_share=args.place_share)
        store.close()
        print(
            f"setup: {args.articles} articles, {args.sites} sites in "
            f"{time.perf_counter() - started:.1f} s (not timed below)"
        )
        ctx = multiprocessing.get_context("spawn")  # a fresh process: its peak is publishing alone
        for place_items in (0, args.place_items):
            queue: multiprocessing.Queue = ctx.Queue()
            out = f"{tmp}/feeds-{place_items}"
            child = ctx.Process(
                target=_publish_child, args=(db_url, out, args.sites, place_items, queue)
            )
            child.start()
            first_s, first_cpu, written, second_s, second_cpu, rewritten, peak_mb, items = (
                queue.get()
            )
            child.join()
            label = "place feeds off" if place_items == 0 else f"place feeds of {place_items}"
            print(f"\n{label}:")
            print(
                f"first publish:  {first_s:.2f} s wall ({first_cpu:.2f} s CPU), {written} files "
                f"written, {items} distinct articles"
            )
            print(
                f"second publish: {second_s:.2f} s wall ({second_cpu:.2f} s CPU), {rewritten} "
                "files written (nothing changed)"
            )
            print(f"peak RSS of the publishing process: {peak_mb:.0f} MB (ru_maxrss)")
            ok = first_s < 5 and peak_mb < 300
            print("target < 5 s and < 300 MB:", "met" if ok else "MISSED")


if __name__ == "__main__":
    main()
