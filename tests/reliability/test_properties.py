"""Property-based tests (hypothesis): arbitrary input never raises out of the pure helpers, and
every feed written from arbitrary articles is valid.

Example counts are modest (settings below) so the suite stays fast; a failure prints the
smallest input that shows it, to be added to the table tests of the helper.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import feedparser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from aggregator.dates import parse_date
from aggregator.publishing.model import (
    MAX_CONTENT_CHARS,
    MAX_TITLE_CHARS,
    Feed,
    build_item,
)
from aggregator.publishing.render import entries_for, render_json, render_xml
from aggregator.spam import spam_verdict
from aggregator.text import normalize_text
from aggregator.urls import article_id, canonicalize, looks_like_article, same_site

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2025, 12, 1, 8, 0, tzinfo=UTC)
# Any Unicode, lone surrogates and control characters included: what a hostile page can hold.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
VIETNAMESE = st.text(
    st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữự 0123456789/:-,.")),
    max_size=80,
)  # fmt: skip
HOSTS = [
    "baotayninh.vn",
    "www.baotayninh.vn:8080",
    "[::1]",
    "[bad",
    "x:99999",
    "m.baolaocai.vn",
    "",
]
URLS = st.one_of(
    ANY_TEXT,
    st.builds(
        lambda scheme, host, path: f"{scheme}://{host}/{path}",
        st.sampled_from(["http", "https", "HTTP", "ftp", "javascript", ""]),
        st.one_of(
            st.sampled_from(
                [
                    "baotayninh.vn",
                    "www.baotayninh.vn:8080",
                    "[::1]",
                    "[bad",
                    "x:99999",
                    "m.baolaocai.vn",
                    "",
                ]
            ),
            ANY_TEXT,
        ),
        ANY_TEXT,
    ),
)


@FAST
@given(st.one_of(ANY_TEXT, VIETNAMESE))
def test_parse_date_never_raises(text: str) -> None:
    value = parse_date(text, now=NOW)
    assert value is None or value.tzinfo is not None


@FAST
@given(URLS)
def test_url_helpers_never_raise_and_canonical_urls_are_stable(url: str) -> None:
    canonical = canonicalize(url)
    assert canonicalize(canonical) == canonical
    article_id(url)
    looks_like_article(url)
    same_site(url, ("baotayninh.vn",))


@FAST
@given(ANY_TEXT)
def test_normalize_text_never_raises_and_leaves_no_control_character(text: str) -> None:
    clean = normalize_text(text)
    assert not any(ord(c) < 32 and c not in "\n" for c in clean)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in clean)
    clean.encode("utf-8")


@FAST
@given(ANY_TEXT, ANY_TEXT, URLS)
def test_spam_guard_never_raises(title: str, body: str, url: str) -> None:
    verdict = spam_verdict(title, body, url)
    assert verdict.score >= 0


ARTICLES = st.fixed_dictionaries(
    {
        "title": st.one_of(ANY_TEXT, VIETNAMESE, st.just("x" * 2000)),
        "summary": ANY_TEXT,
        "body_html": st.one_of(ANY_TEXT, st.builds(lambda t: f"<p>{t}</p><script>{t}</script>", ANY_TEXT)),
        "body_text": ANY_TEXT,
        "authors": st.lists(ANY_TEXT, max_size=3),
        "credit": ANY_TEXT,
        "image": URLS,
        # A stored article's URL is one we fetched: http(s), but with anything in its path.
        "url": st.builds(lambda path: f"https://baomau.vn/{path}", ANY_TEXT),
        "published": st.datetimes(
            min_value=datetime(1995, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
        ),
        "updated_after": st.one_of(st.none(), st.integers(-10_000, 10_000_000)),
    }
)  # fmt: skip


def _feed(articles: list[dict[str, object]]) -> Feed:
    items = []
    for i, a in enumerate(articles):
        published = a["published"]
        assert isinstance(published, datetime)
        delta = a["updated_after"]
        items.append(
            build_item(
                guid=f"https://baomau.vn/tin-{i}.html", url=str(a["url"]), title=str(a["title"]),
                summary=str(a["summary"]), body_html=str(a["body_html"]),
                body_text=str(a["body_text"]), authors=[str(x) for x in a["authors"]],  # type: ignore[attr-defined]
                credit=str(a["credit"]), image=str(a["image"]), category="kinh-te",
                province="tay-ninh", site="baomau", site_name="Báo mẫu",
                site_url="https://baomau.vn/", published=published,
                updated=None if delta is None else published + timedelta(seconds=float(delta)),  # type: ignore[arg-type]
            )
        )  # fmt: skip
    items.sort(key=lambda item: item.published, reverse=True)
    return Feed(
        kind="site", slug="baomau", title="Báo mẫu — Báo địa phương", description="Tin mới.",
        home_url="https://baomau.vn/", base_url="https://tin.example.vn", items=tuple(items),
        total=len(items),
    )  # fmt: skip


def check_rss(data: bytes) -> None:
    """RSS 2.0 rules (the specification, as the W3C validator checks them)."""
    channel = etree.fromstring(data).find("channel")
    assert channel is not None
    for name in ("title", "link", "description"):
        assert (channel.findtext(name) or "").strip(), name
    for item in channel.iter("item"):
        assert item.findtext("title") or item.findtext("description")
        assert item.findtext("guid")
        parsedate_to_datetime(item.findtext("pubDate") or "")  # RFC 822


def check_atom(data: bytes) -> None:
    """Atom 1.0 rules (RFC 4287): ids, titles, RFC 3339 dates, absolute links."""
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = etree.fromstring(data)
    for node in (root, *root.findall("a:entry", ns)):
        assert (node.findtext("a:id", namespaces=ns) or "").strip()
        assert node.find("a:title", ns) is not None
        datetime.fromisoformat(node.findtext("a:updated", namespaces=ns) or "")
    for link in root.iter("{http://www.w3.org/2005/Atom}link"):
        assert link.get("href")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARTICLES, min_size=1, max_size=4))
def test_any_articles_make_valid_feeds(articles: list[dict[str, object]]) -> None:
    feed = _feed(articles)
    rss, atom = render_xml(feed, entries_for(feed.items))
    for data, version in ((rss, "rss20"), (atom, "atom10")):
        parsed = feedparser.parse(data, sanitize_html=False)
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        assert parsed.version == version
        assert len(parsed.entries) == len(articles)
    check_rss(rss)
    check_atom(atom)
    doc = json.loads(render_json(feed))
    assert len(doc["items"]) == len(articles)
    for item in feed.items:
        assert len(item.title) <= MAX_TITLE_CHARS
        assert len(item.content_html) <= MAX_CONTENT_CHARS + 1000
