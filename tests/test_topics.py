"""Saved topics (AGGREGATOR_TOPICS_FILE): the file checked field by field, topic/<slug>.* published
with every publish (valid, byte-identical when nothing changed, listed in the OPML and on the
index page), and the index page's search form, rendered in headless Chromium and submitted as
a browser would to a real `scrapy serve`-style server."""

from __future__ import annotations

import http.client
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import feedparser
import lxml.html
import pytest

from aggregator.publishing.publish import publish
from aggregator.publishing.query_feeds import QueryFeeds
from aggregator.publishing.server import make_server, serve_in_thread
from aggregator.storage import ArticleStore
from aggregator.topics import TopicsError, load_topics
from tests.conftest import REPO, Workspace
from tests.test_publishing import check_json_feed
from tests.test_query_feeds import BASE, SITES, fill
from tests.test_search import NOW, story

TOPICS = """\
[sat-lo]
name = "Sạt lở"
q = '"sạt lở"'

[nong-nghiep-tuyen-quang]
name = "Nông nghiệp Tuyên Quang"
province = "tuyen-quang"
category = ["nong-nghiep"]
limit = 10
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ArticleStore]:
    s = ArticleStore(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    fill(s)
    yield s
    s.close()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "topics.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- the file ---------------------------------------------------------------------------------


def test_the_shipped_example_loads() -> None:
    topics = load_topics(REPO / "deploy" / "topics.example.toml")
    assert [t.slug for t in topics] == ["sat-lo-mien-nui-phia-bac", "ocop", "bao-so-3", "nong-dan"]
    assert topics[2].request.since_days == 30


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[a\n", "not valid TOML: "),
        ('[Sat_Lo]\nname = "x"\nq = "y"\n', "field 'Sat_Lo': a topic's key is its feed's slug"),
        ('sat-lo = "x"\n', "field 'sat-lo': expected a table"),
        ('[sat-lo]\nq = "y"\n', "field 'sat-lo.name': missing"),
        ('[sat-lo]\nname = ""\nq = "y"\n', "field 'sat-lo.name': expected a non-empty string"),
        ('[sat-lo]\nname = "x"\nquery = "y"\n', "field 'sat-lo.query': unknown field; one of"),
        ('[sat-lo]\nname = "x"\n', "field 'sat-lo.q': nothing to search"),
        ('[sat-lo]\nname = "x"\nq = "-y"\n', "field 'sat-lo.q': the query has only excluded"),
        ('[sat-lo]\nname = "x"\nq = 3\n', "field 'sat-lo.q': expected a string or a list"),
        ('[sat-lo]\nname = "x"\nq = ["a", "b"]\n', "field 'sat-lo.q': expected one string"),
        (
            '[sat-lo]\nname = "x"\nq = "y"\nprovince = "ha-giang"\n',
            "field 'sat-lo.province': unknown province 'ha-giang'",
        ),
        (
            '[sat-lo]\nname = "x"\nq = "y"\ncategory = ["kinh-te", "sport"]\n',
            "field 'sat-lo.category': unknown category 'sport'",
        ),
        (
            '[sat-lo]\nname = "x"\nq = "y"\nsince = "30"\n',
            "field 'sat-lo.since': expected a number, got '30'",
        ),
        (
            '[sat-lo]\nname = "x"\nq = "y"\nlimit = 500\n',
            "field 'sat-lo.limit': limit must be from 1 to 200, got '500'",
        ),
    ],
)
def test_a_bad_topic_file_names_the_file_and_the_field(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(TopicsError) as caught:
        load_topics(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_sites_are_checked_against_the_registry(tmp_path: Path) -> None:
    path = write(tmp_path, '[x]\nname = "x"\nsite = "baothu"\n')
    assert load_topics(path)[0].request.sites == ("baothu",)  # well-formed: fine without one
    with pytest.raises(TopicsError, match=r"field 'x.site': unknown site 'baothu'"):
        load_topics(path, sites=SITES)


def test_scrapy_publish_stops_on_a_bad_topic_file(workspace: Workspace) -> None:
    path = write(workspace.root, '[sat-lo]\nname = "x"\nq = "y"\nprovince = "ha-giang"\n')
    result = workspace.scrapy("publish", check=False, AGGREGATOR_TOPICS_FILE=str(path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"publish: error: {path}: field 'sat-lo.province': unknown province 'ha-giang'"
    )
    assert not (workspace.feeds / "topic").exists()


# --- publishing -------------------------------------------------------------------------------


def test_topic_feeds_are_published_listed_and_stable(store: ArticleStore, tmp_path: Path) -> None:
    topics = load_topics(write(tmp_path, TOPICS), sites=SITES)
    out = tmp_path / "feeds"
    store.upsert(story(6, "Lúa mùa ở Lào Cai", category="nong-nghiep", province="lao-cai",
                       site="baolaocai"), now=NOW)  # fmt: skip
    first = publish(store, SITES, out, BASE, topics=topics)
    for fmt in ("rss", "atom", "json"):
        assert f"topic/sat-lo.{fmt}" in first.written
    rss = feedparser.parse((out / "topic/sat-lo.rss").read_bytes())
    assert rss.bozo == 0
    assert rss.feed.title == "Sạt lở — Báo địa phương"
    # the phrase, newest first; the quarantined story and the copy are not there
    assert [e.link.rsplit("/", 1)[1] for e in rss.entries] == ["tin-2.html", "tin-1.html"]
    assert [link.href for link in rss.feed.links if link.rel == "self"] == [
        f"{BASE}/topic/sat-lo.rss"
    ]
    atom = feedparser.parse((out / "topic/nong-nghiep-tuyen-quang.atom").read_bytes())
    assert atom.bozo == 0
    assert [e.title for e in atom.entries] == ["Lúa mùa bội thu"]
    doc = json.loads((out / "topic/sat-lo.json").read_bytes())
    check_json_feed(doc)

    opml = lxml.html.fromstring((out / "feeds.opml").read_bytes())
    group = opml.xpath("//outline[@text='Chủ đề']")[0]
    assert [o.get("xmlurl") for o in group] == [
        f"{BASE}/topic/sat-lo.rss",
        f"{BASE}/topic/nong-nghiep-tuyen-quang.rss",
    ]
    page = lxml.html.fromstring((out / "index.html").read_bytes())
    card = page.get_element_by_id("topic-sat-lo")
    assert "Sạt lở" in card.text_content()
    assert "2 bài" in card.text_content()
    assert {"topic/sat-lo.rss", "topic/sat-lo.atom", "topic/sat-lo.json"} <= set(
        card.xpath(".//a/@href")
    )

    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    again = publish(store, SITES, out, BASE, topics=topics)
    assert again.written == []
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before

    # a new matching story changes that topic only; a topic taken out of the file goes away
    store.upsert(story(7, "Sạt lở ở Tuyên Quang"), now=NOW)
    third = publish(store, SITES, out, BASE, topics=topics[:1])
    assert "topic/sat-lo.rss" in third.written
    assert "topic/nong-nghiep-tuyen-quang.rss" in third.removed
    assert not (out / "topic/nong-nghiep-tuyen-quang.json").exists()


def test_since_counts_from_the_newest_story(store: ArticleStore, tmp_path: Path) -> None:
    # stories 1..5 are an hour apart: 2.5 hours before the newest (5) keeps 3 and 5 (4 is spam)
    path = write(
        tmp_path, f'[recent]\nname = "Gần đây"\nsite = "baotuyenquang"\nsince = {2.5 / 24}\n'
    )
    out = tmp_path / "feeds"
    publish(store, SITES, out, BASE, topics=load_topics(path))
    rss = feedparser.parse((out / "topic/recent.rss").read_bytes())
    assert [e.link.rsplit("/", 1)[1] for e in rss.entries] == ["tin-3.html"]


# --- the search form --------------------------------------------------------------------------


@pytest.fixture
def served(store: ArticleStore, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    out = tmp_path / "feeds"
    publish(store, SITES, out, BASE)
    feeds = QueryFeeds(store.url, SITES, BASE)
    server = make_server(out, "127.0.0.1", 0, dynamic=feeds.paths())
    serve_in_thread(server)
    yield f"http://127.0.0.1:{server.server_address[1]}", out
    server.shutdown()
    server.server_close()
    feeds.close()


def test_the_search_form_is_a_plain_get_form_to_the_query_feeds(served: tuple[str, Path]) -> None:
    base, out = served
    page = (out / "index.html").read_text("utf-8")
    assert "<script" not in page
    doc = lxml.html.fromstring(page)
    form = doc.xpath("//form[@role='search']")[0]
    assert (form.get("action"), form.get("method")) == ("search.rss", "get")
    assert {b.get("formaction") for b in form.xpath(".//button")} == {
        "search.rss",
        "search.atom",
        "search.json",
    }
    assert form.xpath(".//select[@name='province']/option[@value='lao-cai']")
    assert form.xpath(".//select[@name='category']/option[@value='nong-nghiep']")
    # What a browser sends for "sat lo" in Lào Cai, "Tất cả" categories, each button in turn
    form.fields["q"] = "sat lo"
    form.fields["province"] = "lao-cai"
    sent = urlencode(form.form_values())
    assert sent == "q=sat+lo&province=lao-cai&category="
    host, port = base.removeprefix("http://").split(":")
    for button in form.xpath(".//button"):
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.request("GET", f"/{button.get('formaction')}?{sent}")
        response = conn.getresponse()
        body = response.read()
        conn.close()
        assert response.status == 200, body
        if button.get("formaction").endswith(".json"):
            assert [i["title"] for i in json.loads(body)["items"]] == ["Tin tổng hợp"]
        else:
            parsed = feedparser.parse(body)
            assert parsed.bozo == 0
            assert [e.title for e in parsed.entries] == ["Tin tổng hợp"]
    # the example link on the page is a working query feed too
    example = doc.xpath("//section[@aria-labelledby='tim-kiem']//a/@href")[0]
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.request("GET", f"/{example}")
    assert conn.getresponse().status == 200
    conn.close()


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs apt-get install chromium")
def test_the_search_form_renders_in_headless_chromium(
    served: tuple[str, Path], tmp_path: Path
) -> None:
    """Load the page from the server as a phone would: the form is in the rendered DOM with its
    fields, and a screenshot is taken (look at it when changing the page)."""
    base, _out = served
    common = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu"]
    dom = subprocess.run(
        [*common, "--dump-dom", f"{base}/index.html#tim-kiem"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert dom.returncode == 0, dom.stderr
    rendered = lxml.html.fromstring(dom.stdout)
    form = rendered.xpath("//form[@role='search']")[0]
    assert [f.get("name") for f in form.xpath(".//input|.//select")] == [
        "q",
        "province",
        "category",
    ]
    assert [b.text_content() for b in form.xpath(".//button")] == [
        "Tạo nguồn tin RSS",
        "Atom",
        "JSON",
    ]
    shot = tmp_path / "search-form-phone.png"
    done = subprocess.run(
        [*common, "--hide-scrollbars", "--window-size=390,1200", f"--screenshot={shot}",
         f"{base}/index.html#tim-kiem"],
        capture_output=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
