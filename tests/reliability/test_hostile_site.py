"""Hostile content never reaches a reader: a crawl of sites that attack the crawler and its readers.

One loopback server hosts five sites: XML documents with external entities, parameter entities,
billion laughs and quadratic blowup (feeds and sitemaps); an article body full of XSS vectors; a
hacked real story with hidden casino link blocks; a hacked site whose every <title> is gambling
spam; and text with NUL and other control characters, lone surrogates, bidi overrides and a
1 MB title. One `scrapy crawlall` with the healthy sample sites, then every published file is
read back as bytes, as XML and through feedparser.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import feedparser
import pytest
from lxml import etree
from lxml import html as lxml_html

from aggregator.publishing.sanitize import ALLOWED_TAGS
from aggregator.samples.server import SITES_ROOT, SampleServer
from aggregator.sites import BUNDLED_SITES_DIR
from tests.conftest import SAMPLE_IDS, Workspace
from tests.reliability import faultsite as fs
from tests.reliability import hostile
from tests.reliability.conftest import FAST, Run, run_scrapy
from tests.reliability.pages import STORIES, Story, article_html, rss

SPAM_TITLE = "Xổ số trực tuyến kiên giang - Nền tảng xổ số trực tuyến uy tín"
CASINO = (
    '<div style="display:none"><a href="https://nhacai-uytin.example/">nhà cái uy tín</a> '
    '<a href="https://casino-online.example/">casino trực tuyến</a> '
    '<a href="https://banca.example/">bắn cá đổi thưởng</a> <a href="https://xoso.example/">'
    "xổ số online</a></div>"
)
CONTROL_TITLE = "Tin\x00 nóng\x07: cầu\u202e mới \ud800khánh thành\x1b"
MAX_TITLE = 500  # characters: the published title's bound (aggregator.text.MAX_TITLE_CHARS)


@dataclass
class Hostile:
    ws: Workspace
    server: fs.FaultServer
    run: Run
    marker: str
    stories: dict[str, Story]
    files: dict[str, bytes]  # every published file, by path relative to feeds/

    def feeds(self, suffix: str) -> dict[str, bytes]:
        return {p: b for p, b in self.files.items() if p.endswith(suffix)}


def _story(i: int, site: str, **changes: Any) -> Story:
    base = STORIES[i % len(STORIES)]
    return replace(base, id=str(320000 + i), slug=f"{base.slug}-{site}", **changes)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hostile]:
    root = tmp_path_factory.mktemp("hostile")
    marker = f"MARKER-{uuid.uuid4().hex}"
    marker_file = root / "secret.txt"
    marker_file.write_text(marker + "\n", encoding="utf-8")
    shutil.copytree(SITES_ROOT, root / "samples")
    sites_dir = root / "site_rules"
    sites_dir.mkdir()
    for sample in SAMPLE_IDS:
        shutil.copy(BUNDLED_SITES_DIR / f"{sample}.toml", sites_dir)
    with SampleServer(root / "samples") as samples, fs.FaultServer() as server:
        base = server.base
        stories: dict[str, Story] = {}
        evil_dtd = f"<!ENTITY % all \"<!ENTITY leak SYSTEM 'file://{marker_file}'>\"> %all;"
        server.page("/evil.dtd", evil_dtd.encode(), "application/xml-dtd")

        def site(sid: str, feeds: list[str], sitemaps: list[str] = ()) -> None:
            feed_list = ", ".join(f'"{base}/{sid}/{f}"' for f in feeds)
            map_list = ", ".join(f'"{base}/{sid}/{m}"' for m in sitemaps)
            (sites_dir / f"{sid}.toml").write_text(
                f'name = "Báo thử {sid}"\nprovince = "lao-cai"\nhomepage = "{base}/{sid}/"\n\n'
                f"[start]\nfeeds = [{feed_list}]\nsitemaps = [{map_list}]\n\n"
                "[urls]\narticle = '-\\d{6}\\.html$'\narticle_id = '-(\\d{6})\\.html$'\n",
                encoding="utf-8",
            )

        def page(sid: str, story: Story, page_html: str) -> None:
            stories[f"{sid}/{story.id}"] = story
            server.page(story.path(sid), page_html.encode("utf-8", "surrogatepass"))

        # 1. XML attacks: each feed and sitemap lists one story, around its own DTD trick.
        sid = "doc-xml"
        xml_stories = [_story(i, sid) for i in range(5)]
        for story in xml_stories:
            page(sid, story, article_html(story, "Báo thử XML"))
        xxe_item = (
            "<item><title>&xxe;</title><description>&xxe;</description>"
            f"<link>{base}{xml_stories[0].path(sid)}</link></item>"
        )
        server.page(f"/{sid}/xxe.rss", hostile.external_entities(
            "rss", f'<rss version="2.0"><channel><title>&xxe;</title>{xxe_item}</channel></rss>',
            str(marker_file), f"{base}/evil.dtd"), fs.XML)  # fmt: skip
        laughs_item = (
            f"<item><title>&lol9;</title><link>{base}{xml_stories[1].path(sid)}</link></item>"
        )
        server.page(f"/{sid}/laughs.rss", hostile.billion_laughs(
            "rss", f'<rss version="2.0"><channel><title>x</title>{laughs_item}</channel></rss>'),
            fs.XML)  # fmt: skip
        blow_item = f"<item><title>{'&a;' * 20_000}</title><link>{base}{xml_stories[2].path(sid)}</link></item>"
        server.page(f"/{sid}/blowup.rss", hostile.quadratic_blowup(
            "rss", f'<rss version="2.0"><channel><title>x</title>{blow_item}</channel></rss>'),
            fs.XML)  # fmt: skip
        urlset = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>'
        server.page(f"/{sid}/xxe-sitemap.xml", hostile.external_entities(
            "urlset", urlset.format(f"<url><loc>{base}{xml_stories[3].path(sid)}</loc>"
                                    "<lastmod>&xxe;</lastmod></url>"),
            str(marker_file), f"{base}/evil.dtd"), fs.XML)  # fmt: skip
        server.page(f"/{sid}/laughs-sitemap.xml", hostile.billion_laughs(
            "urlset", urlset.format(f"<url><loc>{base}{xml_stories[4].path(sid)}</loc>"
                                    f"<lastmod>&lol9;</lastmod></url>")), fs.XML)  # fmt: skip
        site(
            sid, ["xxe.rss", "laughs.rss", "blowup.rss"], ["xxe-sitemap.xml", "laughs-sitemap.xml"]
        )

        def one_feed_site(sid: str, pages: list[tuple[Story, str]]) -> None:
            for story, page_html in pages:
                page(sid, story, page_html)
            server.page(f"/{sid}/rss.xml", rss(base, sid, f"Báo thử {sid}", [s for s, _ in pages]),
                        fs.XML)  # fmt: skip
            site(sid, ["rss.xml"])

        # 2. XSS vectors between the paragraphs of a real story, and an XXE doctype on the page.
        sid = "doc-xss"
        story = _story(10, sid)
        vectors = "\n".join(f"<p>{v}</p>" for v in hostile.XSS_VECTORS)
        page_html = article_html(story, "Báo thử XSS", body_extra=vectors).replace(
            "<!DOCTYPE html>", f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{marker_file}">]>'
        )
        one_feed_site(sid, [(story, page_html.replace("</h1>", " &xxe;</h1>", 1))])

        # 3. A hacked story: hidden casino link blocks inside the real body.
        sid = "doc-hacked"
        story = _story(20, sid)
        body = article_html(story, "Báo thử").replace("</p>\n<p>", f"</p>\n{CASINO}\n<p>", 2)
        one_feed_site(sid, [(story, body.replace("</article>", CASINO + "</article>"))])

        # 4. A hacked site: every page's <title> is gambling spam, the headings are real.
        sid = "doc-spam-titles"
        one_feed_site(sid, [
            (s, re.sub(r"<title>.*?</title>", f"<title>{SPAM_TITLE}</title>",
                       article_html(s, "Báo thử"), count=1))
            for s in (_story(30 + i, sid) for i in range(3))
        ])  # fmt: skip

        # 5. Control characters, lone surrogates, bidi overrides; a 1 MB title.
        sid = "doc-controls"
        bad = _story(40, sid, title=CONTROL_TITLE,
                     paragraphs=tuple(f"\x00{p}\x0b\u202e\ud83d\x1f" for p in STORIES[0].paragraphs))  # fmt: skip
        jsonld = json.dumps({"@type": "NewsArticle", "headline": CONTROL_TITLE,
                             "image": "http://anh.example/\ud800.jpg", "author": "A\x00B"})  # fmt: skip
        giant = _story(41, sid, title="Tin rất dài " + "dài " * 250_000)
        one_feed_site(sid, [
            (bad, article_html(bad, "Báo thử", extra_head=f'<script type="application/ld+json">{jsonld}</script>')
             .replace("<h1", "<h1 title='&#0;&#xD800;&#x1;'")),
            (giant, article_html(giant, "Báo thử")),
        ])  # fmt: skip

        ws = Workspace(root, samples)
        run = run_scrapy(ws, "crawlall", AGGREGATOR_SITES_DIR=str(sites_dir), **FAST)
        files = {
            str(p.relative_to(ws.feeds)): p.read_bytes()
            for p in sorted(ws.feeds.rglob("*"))
            if p.is_file() and not p.name.startswith(".")  # hidden files are never served
        }
        yield Hostile(ws, server, run, marker, stories, files)


def test_the_hostile_crawl_completes_bounded_in_time_and_memory(hostile_run: Hostile) -> None:
    run = hostile_run.run
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.seconds < 60
    # Expanded, the billion laughs would be 3 GB and the quadratic blowup 1 GB. The crawl's own
    # peak is ~230 MiB here (the 3.7 MB page with a 1 MB title costs ~50 of it). Until round 13
    # this read wait4's figure, which includes pytest's own peak: 515 MiB late in a long run.
    assert run.max_rss_mib < 512, run.max_rss_mib
    assert sum(run.site(s)["articles"]["new"] for s in SAMPLE_IDS) == 13
    for entry in run.report["sites"]:
        assert not any(k.startswith("exception/") for k in entry["errors"]), entry


def test_no_external_entity_is_ever_read(hostile_run: Hostile) -> None:
    marker = hostile_run.marker.encode()
    store = Path(hostile_run.ws.db_url.removeprefix("sqlite:///"))
    for path in store.parent.glob(store.name + "*"):  # the database, its WAL and shm files
        assert marker not in path.read_bytes(), path
    for name, data in hostile_run.files.items():
        assert marker not in data, name
    assert hostile_run.server.hits["/evil.dtd"] == 0  # no_network: the parameter entity's DTD
    assert hostile_run.run.site("doc-xml")["articles"]["new"] == 5  # and each story still read


def _published_html(hostile_run: Hostile) -> Iterator[tuple[str, str]]:
    """Every HTML fragment a reader's feed reader would render: item content and summaries."""
    for name, data in hostile_run.files.items():
        if name.endswith((".rss", ".atom")):
            feed = feedparser.parse(data, sanitize_html=False)
            assert feed.bozo == 0, (name, feed.bozo_exception)
            for entry in feed.entries:
                for content in entry.get("content", []):
                    yield name, content.value
                yield name, entry.get("summary", "")
                yield name, entry.get("title", "")
        elif name.endswith(".json"):
            for item in json.loads(data)["items"]:
                yield name, item["content_html"]
                yield name, item["summary"]


def _without_own_search_form(name: str, page: str) -> str:
    """index.html less the one search form publish writes itself (a GET form to the query
    feeds, whose fields come from our own tables): any other form came from a story."""
    if name != "index.html":
        return page
    start = page.index('<form class="search" action="search.rss"')
    end = page.index("</form>", start) + len("</form>")
    return page[:start] + page[end:]


def test_no_xss_vector_reaches_a_published_file(hostile_run: Hostile) -> None:
    for name, data in hostile_run.files.items():
        # As written, and with one and two levels of escaping undone (HTML inside XML).
        written = _without_own_search_form(name, data.decode("utf-8"))
        once = html.unescape(written)
        for text in (written, once, html.unescape(once)):
            lowered = text.lower()
            for token in hostile.DANGEROUS_RAW:
                assert token not in lowered, (name, token)
            assert not hostile.SCRIPT_URL.search(text), (name, hostile.SCRIPT_URL.search(text))
    seen = 0
    for name, fragment in _published_html(hostile_run):
        lowered = fragment.lower()
        assert not any(token in lowered for token in hostile.DANGEROUS_RAW), (name, fragment)
        assert not hostile.SCRIPT_URL.search(fragment), (name, fragment)
        root = lxml_html.fragment_fromstring(fragment or "<p></p>", create_parent="div")
        for element in root.iter():
            if element is root or not isinstance(element.tag, str):
                continue
            assert element.tag in ALLOWED_TAGS, (name, element.tag)
            for attr, value in element.attrib.items():
                assert not attr.lower().startswith("on"), (name, attr)
                assert attr != "style", (name, attr)
                if attr in ("href", "src", "cite"):
                    assert value.startswith(("http://", "https://", "mailto:")), (name, value)
        seen += "Báo thử XSS" in fragment or "doc-xss" in name
    assert seen  # the XSS story itself was published and looked at


def test_hidden_casino_links_are_removed_from_a_real_story(hostile_run: Hostile) -> None:
    feed = feedparser.parse(hostile_run.files["site/doc-hacked.rss"], sanitize_html=False)
    (entry,) = feed.entries
    story = next(s for k, s in hostile_run.stories.items() if k.startswith("doc-hacked/"))
    assert entry.title == story.title
    content = entry.content[0].value
    assert story.paragraphs[-1] in content
    for word in ("nhà cái", "casino", "bắn cá", "xổ số online", ".example/"):
        assert word not in content, word


def test_a_site_whose_titles_are_all_spam_is_compromised_with_real_headlines(
    hostile_run: Hostile,
) -> None:
    feed = feedparser.parse(hostile_run.files["site/doc-spam-titles.rss"])
    expected = {s.title for k, s in hostile_run.stories.items() if k.startswith("doc-spam-titles/")}
    assert {e.title for e in feed.entries} == expected
    assert SPAM_TITLE.encode() not in b"".join(hostile_run.files.values())
    index = lxml_html.fromstring(hostile_run.files["index.html"])
    panel = " ".join(li.text_content() for li in index.cssselect("section.health li"))
    assert "Báo thử doc-spam-titles" in panel
    assert "tấn công" in panel  # "Có dấu hiệu bị tấn công": compromised


def test_control_characters_surrogates_and_bidi_never_reach_a_feed(hostile_run: Hostile) -> None:
    forbidden = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
    for name, data in hostile_run.files.items():
        text = data.decode("utf-8")  # strict: a lone surrogate could not even be encoded
        assert not forbidden.search(text), (name, forbidden.search(text))
        if name.endswith((".rss", ".atom", ".opml")):
            etree.fromstring(data, etree.XMLParser(resolve_entities=False))  # well-formed XML
    feed = feedparser.parse(hostile_run.files["site/doc-controls.rss"])
    titles = sorted(e.title for e in feed.entries)
    assert "Tin nóng: cầu mới khánh thành" in titles
    assert all(len(t) <= MAX_TITLE for t in titles), [len(t) for t in titles]
