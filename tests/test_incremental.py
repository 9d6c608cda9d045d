"""Incremental and polite crawling, measured from the run report (AGGREGATOR_REPORT_PATH) and the
sample server's request log: real `scrapy crawlall` runs against the loopback sample sites.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from aggregator.samples.build import add_story
from aggregator.samples.content import SAMPLES
from aggregator.storage import ArticleStore
from tests.conftest import SAMPLE_IDS, Workspace

START_KINDS = ("feed", "sitemap", "listing")


def crawl(ws: Workspace, *args: str, check: bool = True, **env: str) -> dict[str, Any]:
    """One crawlall (without publishing: that is another command's job); the run report."""
    mark = len(ws.server.requests)
    result = ws.scrapy("crawlall", "--no-publish", "-a", "sites=" + ",".join(SAMPLE_IDS), *args,
                       check=check, **env)  # fmt: skip
    report = json.loads((ws.root / "report.json").read_text(encoding="utf-8"))
    report["_sites"] = {s["site"]: s for s in report["sites"]}
    report["_log"] = ws.server.requests[mark:]
    report["_stdout"] = result.stdout
    return report


def new_story(site: str) -> str:
    """Publish one new story on *site* (page, feed/listing/sitemap); its path on the server."""
    base = SAMPLES[site][1]
    return dataclasses.replace(
        base,
        id="9" + base.id,
        slug="tin-moi-" + base.slug,
        title="Tin mới: " + base.title,
        published="2025-12-01T08:00:00+07:00",
        paragraphs=tuple(f"Đoạn {i} của bài mới. {p}" for i, p in enumerate(base.paragraphs)),
    )


@pytest.fixture
def first_run(workspace: Workspace) -> tuple[Workspace, dict[str, Any]]:
    return workspace, crawl(workspace)


def test_first_run_report(first_run: tuple[Workspace, dict[str, Any]]) -> None:
    _ws, report = first_run
    assert report["format"] == 1
    assert report["totals"]["new"] == 13  # 12 stories and one republished copy
    for site in SAMPLE_IDS:
        entry = report["_sites"][site]
        assert entry["status"] == "ok", entry
        assert entry["articles"]["new"] == entry["article_requests"] > 0
        assert entry["requests"] >= entry["article_requests"] + 1
        assert entry["duration_s"] > 0
    assert "3 sites" in report["_stdout"]  # the end-of-run table


def test_unchanged_sites_cost_no_article_request_and_answer_304(
    first_run: tuple[Workspace, dict[str, Any]],
) -> None:
    ws, _ = first_run
    report = crawl(ws)
    for site in SAMPLE_IDS:
        entry = report["_sites"][site]
        assert entry["article_requests"] == 0, entry
        assert entry["articles"]["new"] == entry["articles"]["updated"] == 0
        assert entry["not_modified"] >= 1
    # Every feed, listing and sitemap was asked conditionally and answered 304; the one full
    # answer is the sitemap index, read in full by design (an index rarely changes with its
    # children), and robots.txt (once per site: the samples share one host, real sites do not).
    full = sorted(e.path for e in report["_log"] if e.status == 200)
    assert full == ["/mau-quangtri/sitemap.xml", *["/robots.txt"] * 3]
    not_modified = [e for e in report["_log"] if e.status == 304]
    assert all(e.conditional for e in not_modified)
    assert sum(s["not_modified"] for s in report["sites"]) == len(not_modified) == 4


def test_one_new_article_per_site_is_exactly_what_is_fetched(
    first_run: tuple[Workspace, dict[str, Any]],
) -> None:
    ws, _ = first_run
    added = {site: add_story(ws.server.root, site, new_story(site)) for site in SAMPLE_IDS}
    report = crawl(ws)
    for site in SAMPLE_IDS:
        entry = report["_sites"][site]
        assert entry["article_requests"] == 1, entry
        assert entry["articles"]["new"] == 1
    article_paths = sorted(e.path for e in report["_log"] if e.path in added.values() or
                           (e.path.endswith((".html",)) and "/tin-tuc/" not in e.path
                           and not e.path.endswith("index.html")))  # fmt: skip
    assert article_paths == sorted(added.values())
    # And the run after that is quiet again.
    assert crawl(ws)["totals"]["article_requests"] == 0


def test_refresh_refetches_and_ignores_validators(
    first_run: tuple[Workspace, dict[str, Any]],
) -> None:
    ws, _ = first_run
    report = crawl(ws, "-a", "refresh=1")
    assert report["totals"]["article_requests"] == 13
    assert report["totals"]["not_modified"] == 0
    assert report["totals"]["new"] == 0  # the same articles, stored once


def test_since_cuts_off_older_feed_and_sitemap_entries(workspace: Workspace) -> None:
    report = crawl(workspace, "-a", "since=2025-11-20")
    store = ArticleStore(workspace.db_url)
    dates = [s.article.published for s in store.iter_articles()]
    store.close()
    assert dates
    assert all(d is not None and d.date().isoformat() >= "2025-11-19" for d in dates)
    assert report["totals"]["new"] < 12


def test_one_failing_site_does_not_stop_the_others(workspace: Workspace) -> None:
    workspace.server.fail("/mau-tayninh/", status=500, times=1000)
    report = crawl(workspace, AGGREGATOR_RETRY_BACKOFF="0")
    bad = report["_sites"]["mau-tayninh"]
    assert bad["status"] == "failed"
    assert bad["errors"] == {"http_500": 1}
    assert report["_sites"]["mau-tuyenquang"]["articles"]["new"] == 4
    assert report["_sites"]["mau-quangtri"]["articles"]["new"] == 4
    listing = [e for e in report["_log"] if e.path == "/mau-tayninh/tin-tuc/"]
    assert len(listing) == 3  # the request and RETRY_TIMES=2 retries
    sites = workspace.scrapy("sites")
    line = next(x for x in sites.stdout.splitlines() if x.startswith("mau-tayninh"))
    assert "failing" in line


def test_retry_after_is_honoured(workspace: Workspace) -> None:
    workspace.server.fail("/mau-tuyenquang/rss/", status=429, times=1, retry_after="1")
    report = crawl(workspace, AGGREGATOR_RETRY_BACKOFF="0")
    feed = [e for e in report["_log"] if e.path == "/mau-tuyenquang/rss/home.rss"]
    assert [e.status for e in feed] == [429, 200]
    assert feed[1].at - feed[0].at >= 0.95
    assert report["_sites"]["mau-tuyenquang"]["articles"]["new"] == 4
    assert report["_sites"]["mau-tuyenquang"]["status"] == "ok"


def test_retry_after_beyond_the_cap_gives_up(workspace: Workspace) -> None:
    workspace.server.fail("/mau-tuyenquang/rss/", status=503, times=1, retry_after="3600")
    report = crawl(workspace, AGGREGATOR_RETRY_BACKOFF="0")
    feed = [e for e in report["_log"] if e.path == "/mau-tuyenquang/rss/home.rss"]
    assert [e.status for e in feed] == [503]
    assert report["_sites"]["mau-tuyenquang"]["errors"] == {"http_503": 1}


def test_user_agent_names_the_project_and_a_contact(workspace: Workspace) -> None:
    result = workspace.scrapy("settings", "--get", "USER_AGENT")
    assert "vn-provincial-news-aggregator" in result.stdout
    assert "(+http" in result.stdout
    contact = "https://tin.example.vn/lien-he"
    workspace.scrapy(
        "crawl", "news", "-a", "site=mau-quangtri", "-s", f"AGGREGATOR_CONTACT_URL={contact}"
    )
    agents = {e.agent for e in workspace.server.requests}
    assert agents == {f"vn-provincial-news-aggregator/0.1 (+{contact})"}


def test_scrapy_crawl_news_still_works(workspace: Workspace) -> None:
    workspace.scrapy("crawl", "news", "-a", "site=mau-tuyenquang")
    store = ArticleStore(workspace.db_url)
    assert store.count() == 4
    store.close()


def test_broken_and_compromised_sites_are_flagged_on_the_index_page(workspace: Workspace) -> None:
    workspace.server.fail("/mau-tayninh/", status=500, times=1000)
    crawl(workspace, AGGREGATOR_RETRY_BACKOFF="0")
    workspace.scrapy("publish")
    sites = workspace.scrapy("sites", "--json")
    flags = {row["id"]: row["flags"] for row in json.loads(sites.stdout)}
    assert "compromised" in flags["mau-tuyenquang"]  # served the seed story's injected <title>
    assert "failing" in flags["mau-tayninh"]
    page = (workspace.feeds / "index.html").read_text(encoding="utf-8")
    health = page[page.index("Tình trạng nguồn tin") :]
    assert "Báo Tây Ninh (mẫu)" in health
    assert "Lần thu thập gần nhất không thành công." in health
    assert "Báo Tuyên Quang (mẫu)" in health
