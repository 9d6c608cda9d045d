"""Sites that change and break between two runs on one store (issue #10), end to end: real
`scrapy crawlall` runs on the loopback sample sites, the run report, the sample server's request
log, and feedparser/lxml on every feed format we publish.

Round 1 finds the bundled sites plus what real papers keep in their listings: on mau-tayninh a
story taken down (its link answers 404) and a video page in the stories' URL pattern. Round 2
finds the sites moved on: mau-quangtri edited a story (headline and a paragraph: a new sitemap
lastmod, feed title and dateModified), mau-tuyenquang published two stories, one of them from
its English edition; mau-tayninh did not change.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import feedparser
import pytest
from lxml import etree

from aggregator.samples.build import edit_story, story_path, write_sites
from aggregator.samples.content import SAMPLES, Story
from aggregator.samples.server import Logged
from aggregator.storage import ArticleStore
from tests.conftest import SAMPLE_IDS, Workspace, snapshot

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

TAKEN_DOWN = Story(
    slug="dieu-chinh-gio-xe-buyt-lien-tinh",
    id="169077",
    section="thoi-su-chinh-tri",
    section_name="Thời sự - Chính trị",
    title="Điều chỉnh giờ chạy xe buýt liên tỉnh dịp cuối năm",
    published="2025-11-21T07:30:00+07:00",
    lead="(BTN) - Bài đã được gỡ khỏi trang nhưng danh sách tin vẫn còn liên kết.",
    paragraphs=("Nội dung đã gỡ.",),
    kind="removed",
)
VIDEO = Story(
    slug="video-le-ra-quan-cao-diem-tan-cong-toi-pham",
    id="169081",
    section="thoi-su-chinh-tri",
    section_name="Video",
    title="Video: Lễ ra quân cao điểm tấn công tội phạm",
    published="2025-11-21T18:00:00+07:00",
    lead="(BTN) - Video.",
    paragraphs=(
        "Công an phường Hòa Thành ra quân đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm.",
    ),
    extra={"dateline": "Thứ sáu: 18:00 ngày 21/11/2025", "video": "/media/ra-quan.mp4"},
    kind="video",
)
EDITED_ID = "201455"  # mau-quangtri, "Ngư dân Quảng Trị vươn khơi bám biển sau bão"
NEW_TITLE = "Ngư dân Quảng Trị vươn khơi bám biển sau bão, sản lượng mực tăng mạnh"
NEW_PARAGRAPH = (
    "Tại cảng cá Nhật Lệ, không khí mua bán nhộn nhịp trở lại. Các tàu câu mực, lưới vây trở về "
    "với sản lượng khá, giá mực ống dao động từ 190 đến 260 nghìn đồng/kg (bài đã cập nhật số liệu)."
)
ENGLISH = Story(
    slug="tuyen-quang-disburses-68-percent-of-public-investment",
    id="178260",
    section="en/economy",
    section_name="Economy",
    title="Tuyen Quang disburses 68 percent of its public investment plan",
    published="2025-11-24T10:00:00+07:00",
    lead="By the end of October the province had disbursed more than 4.1 trillion VND of public "
    "investment capital, 68 percent of the plan and above the national average.",
    paragraphs=(
        (
            "At an online meeting with departments and localities, provincial leaders asked "
            "project owners to resolve site clearance problems, especially on the second phase "
            "of the Tuyen Quang - Ha Giang expressway."
        ),
        (
            "Units that have disbursed less than half of their capital must report the reasons "
            "and commit to a schedule before November 30. The provincial People's Committee will "
            "move capital from slow projects to those able to disburse quickly."
        ),
        (
            "The province expects to disburse the whole plan by the end of January next year, "
            "when several bridges and rural roads are due to be completed."
        ),
    ),
    author="Thanh Ha",
    language="en",
)
NEW_VI = dataclasses.replace(
    SAMPLES["mau-tuyenquang"][1],
    id="178271",
    slug="lam-binh-mo-them-tuyen-du-lich-long-ho",
    title="Lâm Bình mở thêm tuyến du lịch lòng hồ",
    published="2025-11-25T08:00:00+07:00",
    paragraphs=tuple(f"Tuyến mới, đoạn {i}. {p}" for i, p in enumerate(SAMPLES["mau-tuyenquang"][1].paragraphs)),
)  # fmt: skip


def crawl(ws: Workspace, *args: str, **env: str) -> dict[str, Any]:
    """One crawlall (publishing unless --no-publish is in *args*); the run report, with the
    server's log of the run."""
    mark = len(ws.server.requests)
    ws.scrapy("crawlall", "-a", "sites=" + ",".join(SAMPLE_IDS), *args, **env)
    report = json.loads((ws.root / "report.json").read_text(encoding="utf-8"))
    report["_sites"] = {s["site"]: s for s in report["sites"]}
    report["_log"] = ws.server.requests[mark:]
    return report


def round_one(ws: Workspace) -> dict[str, tuple[Story, ...]]:
    samples = dict(SAMPLES)
    samples["mau-tayninh"] = (*samples["mau-tayninh"], TAKEN_DOWN, VIDEO)
    write_sites(ws.server.root, samples, "mau-tayninh")
    return samples


def json_items(path: Path) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in json.loads(path.read_bytes())["items"]}


def atom_entries(path: Path) -> dict[str, etree._Element]:
    root = etree.parse(str(path)).getroot()
    return {e.findtext(f"{ATOM}id"): e for e in root.iter(f"{ATOM}entry")}


def requests_for(log: list[Logged], path: str) -> list[Logged]:
    return [e for e in log if e.path == path]


@pytest.fixture
def two_rounds(workspace: Workspace) -> dict[str, Any]:
    samples = round_one(workspace)
    first = crawl(workspace)
    before = {
        "json": json_items(workspace.feeds / "all.json"),
        "atom": atom_entries(workspace.feeds / "all.atom"),
        "files": snapshot(workspace.server.root),
    }
    moved = edit_story(
        samples,
        "mau-quangtri",
        EDITED_ID,
        title=NEW_TITLE,
        paragraphs=(NEW_PARAGRAPH, *SAMPLES["mau-quangtri"][0].paragraphs[1:]),
        modified="2025-11-25T09:30:00+07:00",
    )
    write_sites(workspace.server.root, moved, "mau-quangtri")
    moved["mau-tuyenquang"] = (*moved["mau-tuyenquang"], NEW_VI, ENGLISH)
    write_sites(workspace.server.root, moved, "mau-tuyenquang")
    after_files = snapshot(workspace.server.root)
    second = crawl(workspace)
    return {"first": first, "second": second, "before": before, "after_files": after_files}


def test_round_one_remembers_the_dead_link_and_the_video_page(
    two_rounds: dict[str, Any], workspace: Workspace
) -> None:
    first = two_rounds["first"]["_sites"]["mau-tayninh"]
    assert first["errors"] == {"http_404": 1}
    assert first["dropped"] == {"short-body": 1}
    second = two_rounds["second"]["_sites"]["mau-tayninh"]
    assert second["remembered"] == {"dead": 1, "skipped": 1, "retry": 0}
    assert second["status"] == "ok"
    rows = {r["id"]: r for r in json.loads(workspace.scrapy("sites", "--json").stdout)}
    assert rows["mau-tayninh"]["remembered"] == {"dead": 1, "skipped": 1, "retry": 0}


def test_round_two_asks_only_for_what_changed(two_rounds: dict[str, Any]) -> None:
    report, log = two_rounds["second"], two_rounds["second"]["_log"]
    site = "mau-quangtri"
    edited = story_path(site, next(s for s in SAMPLES[site] if s.id == EDITED_ID))
    new = {story_path("mau-tuyenquang", s) for s in (NEW_VI, ENGLISH)}
    articles = {e.path for e in log if e.path.endswith(".html") and "/tin-tuc/" not in e.path}
    articles.discard("/mau-tayninh/tin-tuc/")
    assert articles == {edited, *new}  # no unchanged story, no dead link, no video page
    [asked] = requests_for(log, edited)
    assert (asked.conditional, asked.status) == (True, 200)
    for path in (story_path("mau-tayninh", TAKEN_DOWN), story_path("mau-tayninh", VIDEO)):
        assert requests_for(log, path) == []
    assert report["totals"]["updated"] == 1
    assert report["_sites"][site]["articles"]["updated"] == 1
    assert report["_sites"][site]["revisits"]["updates"] == 1
    assert report["totals"]["new"] == 2


def test_every_unchanged_start_point_answers_304_on_a_site_with_a_dead_link(
    two_rounds: dict[str, Any],
) -> None:
    before, after = two_rounds["before"]["files"], two_rounds["after_files"]
    log = two_rounds["second"]["_log"]
    starts = [
        e
        for e in log
        if e.path.endswith((".rss", ".xml", "/tin-tuc/")) or "/tin-tuc/trang-" in e.path
    ]
    unchanged = [
        e
        for e in starts
        if not e.path.endswith("/sitemap.xml")  # a sitemap index is read in full by design
        and before.get(_file(e.path)) == after.get(_file(e.path))
    ]
    assert {e.path for e in unchanged} >= {"/mau-tayninh/tin-tuc/"}  # the dead link's listing
    for entry in unchanged:
        assert (entry.conditional, entry.status) == (True, 304), entry
    changed = [e for e in starts if e not in unchanged and not e.path.endswith("/sitemap.xml")]
    assert changed
    assert {(e.conditional, e.status) for e in changed} == {(True, 200)}, changed


def _file(path: str) -> str:
    relative = path.lstrip("/")
    return relative + "index.html" if relative.endswith("/") else relative


def test_the_edited_story_keeps_its_id_in_every_format(
    two_rounds: dict[str, Any], workspace: Workspace
) -> None:
    feeds = workspace.feeds
    old_json = two_rounds["before"]["json"]
    [(guid, old)] = [(k, v) for k, v in old_json.items() if "post" + EDITED_ID in v["url"]]
    for name in ("all", "site/mau-quangtri", "category/kinh-te", "province/quang-tri"):
        items = json_items(feeds / f"{name}.json")
        assert items[guid]["title"] == NEW_TITLE
        assert "190 đến 260 nghìn" in items[guid]["content_html"]
        assert items[guid]["date_modified"] > old["date_modified"]
        assert items[guid]["date_published"] == old["date_published"]
        atom = atom_entries(feeds / f"{name}.atom")[guid]
        assert atom.findtext(f"{ATOM}title") == NEW_TITLE
        assert "190 đến 260 nghìn" in atom.findtext(f"{ATOM}content")
        old_atom = two_rounds["before"]["atom"][guid]
        assert atom.findtext(f"{ATOM}updated") > old_atom.findtext(f"{ATOM}updated")
        rss = feedparser.parse(str(feeds / f"{name}.rss"))
        assert rss.bozo == 0
        [entry] = [e for e in rss.entries if e.id == guid]
        assert entry.title == NEW_TITLE
        assert "190 đến 260 nghìn" in entry.content[0].value
    # The page's dateModified, not the crawl clock.
    assert json_items(feeds / "all.json")[guid]["date_modified"] == "2025-11-25T09:30:00+07:00"
    store = ArticleStore(workspace.db_url)
    assert store.count() == 15  # 13 + 2 new; the edit replaced its row
    store.close()


def test_an_english_story_is_english_and_in_its_category(
    two_rounds: dict[str, Any], workspace: Workspace
) -> None:
    feeds = workspace.feeds
    [item] = [i for i in json_items(feeds / "category/kinh-te.json").values() if "/en/" in i["url"]]
    assert item["language"] == "en"
    assert item["title"] == ENGLISH.title
    vietnamese = [i for i in json_items(feeds / "all.json").values() if "/en/" not in i["url"]]
    assert {i["language"] for i in vietnamese} == {"vi"}
    atom = atom_entries(feeds / "category/kinh-te.atom")[item["id"]]
    assert atom.get(XML_LANG) == "en"
    root = etree.parse(str(feeds / "all.rss")).getroot()
    assert root.findtext("channel/language") == "vi"  # an RSS channel has one language


def test_a_failed_article_is_retried_directly_while_its_feed_answers_304(
    workspace: Workspace,
) -> None:
    story = SAMPLES["mau-tuyenquang"][2]
    path = story_path("mau-tuyenquang", story)
    workspace.server.fail(path, status=503, times=3)  # the request and its two in-run retries
    # Runs scheduled back to back: the failed story is due again at the next run.
    env = {"AGGREGATOR_RETRY_BACKOFF": "0", "AGGREGATOR_CRAWL_INTERVAL_MINUTES": "0"}
    first = crawl(workspace, "--no-publish", **env)
    site = first["_sites"]["mau-tuyenquang"]
    assert site["errors"] == {"http_503": 1}
    assert site["articles"]["new"] == 3
    assert site["remembered"]["retry"] == 1
    second = crawl(workspace, "--no-publish", **env)
    feed = requests_for(second["_log"], "/mau-tuyenquang/rss/home.rss")
    assert [(e.status, e.conditional) for e in feed] == [(304, True)]  # validators were saved
    assert [e.status for e in requests_for(second["_log"], path)] == [200]
    site = second["_sites"]["mau-tuyenquang"]
    assert site["revisits"]["retries"] == 1
    assert site["articles"]["new"] == 1
    assert site["remembered"]["retry"] == 0
    assert crawl(workspace, "--no-publish", **env)["totals"]["article_requests"] == 0


def test_refresh_ignores_what_is_remembered(workspace: Workspace) -> None:
    round_one(workspace)
    crawl(workspace)
    report = crawl(workspace, "-a", "refresh=1")
    for story in (TAKEN_DOWN, VIDEO):
        assert len(requests_for(report["_log"], story_path("mau-tayninh", story))) == 1
    assert report["_sites"]["mau-tayninh"]["remembered"] == {"dead": 1, "skipped": 1, "retry": 0}


def test_the_optional_recheck_asks_a_few_recent_stories_conditionally(
    workspace: Workspace,
) -> None:
    env = {"AGGREGATOR_RECHECK_HOURS": "1000000", "AGGREGATOR_RECHECK_MAX": "2"}
    crawl(workspace, "--no-publish")
    assert crawl(workspace, "--no-publish")["totals"]["article_requests"] == 0  # off by default
    asked = []
    for _run in range(2):
        report = crawl(workspace, "--no-publish", **env)
        site = report["_sites"]["mau-tuyenquang"]
        assert site["revisits"]["rechecks"] == 2
        assert site["revisits"]["not_modified"] == 2
        pages = [
            e
            for e in report["_log"]
            if e.path.startswith("/mau-tuyenquang/") and e.path.endswith(".html")
        ]
        assert {(e.conditional, e.status) for e in pages} == {(True, 304)}
        asked.append({e.path for e in pages})
    assert len(asked[0]) == len(asked[1]) == 2
    assert not asked[0] & asked[1]  # the least recently checked go first
