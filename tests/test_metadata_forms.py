"""Structured dates and article objects in the forms CMSs write them (``benchmarks/meta_forms``):
digits-only dates, an update time given alone, a teaser card's JSON-LD before the page's own."""

from __future__ import annotations

from datetime import date, datetime

import lxml.html
import pytest

from aggregator.dates import VN_TZ
from aggregator.extract import extract_article
from aggregator.extract.metadata import names_other_page, read_metadata
from aggregator.extract.published import digits_as_iso, find_dates

NOW = datetime(2026, 1, 1, tzinfo=VN_TZ)
URL = "https://www.riverside-herald.example/news/council-approves-cycle-path"
HEADLINE = "Council approves the new riverside cycle path"
TEXT = (
    "<p>The council voted on Tuesday to build the path, first proposed on 12 February 2019 "
    "and delayed twice since; work is to start in the spring.</p>"
) * 3


def article_page(head: str = "", body: str = "") -> str:
    return (
        f'<html lang="en"><head><title>{HEADLINE} | Riverside Herald</title>'
        f'<meta property="og:title" content="{HEADLINE}">{head}</head>'
        f"<body><article><h1>{HEADLINE}</h1>{body}{TEXT}</article></body></html>"
    )


def ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20240305", "2024-03-05"),  # a day without separators
        ("1709640000", "2024-03-05T12:00:00+00:00"),  # epoch seconds: an instant in UTC
        ("1709640000000", "2024-03-05T12:00:00+00:00"),  # epoch milliseconds
        (" 20240305 ", "2024-03-05"),
        ("20241305", "20241305"),  # no 13th month: left to parse_date (which rejects it)
        ("123456", "123456"),  # an id, not a date
        ("2024-03-05T22:15:00-05:00", "2024-03-05T22:15:00-05:00"),
        ("", ""),
    ],
)
def test_digits_as_iso(value: str, expected: str) -> None:
    assert digits_as_iso(value) == expected


@pytest.mark.parametrize(
    ("head", "body", "day"),
    [
        ('<meta property="article:published_time" content="20240305">', "", date(2024, 3, 5)),
        ('<meta name="pubdate" content="1709640000">', "", date(2024, 3, 5)),
        ("", '<time itemprop="datePublished" datetime="1672488000"></time>', date(2022, 12, 31)),
        (ld('{"@type":"NewsArticle","headline":"x","datePublished":1709640000}'), "", date(2024, 3, 5)),
        # A typed JSON-LD value: {"@type": "DateTime", "@value": …}.
        (ld('{"@type":"NewsArticle","headline":"x","datePublished":'
            '{"@type":"DateTime","@value":"2024-03-05T22:15:00-05:00"}}'), "", date(2024, 3, 5)),
        # An update time alone: the page's own day, not the first date its text mentions.
        ('<meta property="article:modified_time" content="2024-03-05T22:15:00-05:00">', "",
         date(2024, 3, 5)),
        (ld('{"@type":"NewsArticle","headline":"x","dateModified":"2023-11-01T06:05:00+09:00"}'),
         "", date(2023, 11, 1)),
    ],
)  # fmt: skip
def test_structured_date_forms(head: str, body: str, day: date) -> None:
    published = extract_article(article_page(head, body), URL, now=NOW).published
    assert published is not None
    assert published.date() == day


TEASER = (
    '{"@type":"NewsArticle","headline":"Bridge repairs finish ahead of schedule",'
    '"url":"https://www.riverside-herald.example/news/bridge-repairs",'
    '"datePublished":"2025-01-14T09:00:00+00:00",'
    '"author":{"@type":"Person","name":"Lena Vogel"}}'
)
OWN = (
    '{"@type":"NewsArticle","headline":"' + HEADLINE + '","url":"' + URL + '",'
    '"datePublished":"2024-03-05T22:15:00-05:00","author":{"@type":"Person","name":"Anna Kowalski"}}'
)
OWN_NO_URL = (
    '{"@type":"NewsArticle","headline":"' + HEADLINE + '",'
    '"datePublished":"2024-03-05T22:15:00-05:00"}'
)
TEASER_NO_URL = (
    '{"@type":"NewsArticle","headline":"Bridge repairs finish ahead of schedule",'
    '"datePublished":"2025-01-14T09:00:00+00:00"}'
)


@pytest.mark.parametrize(
    "scripts",
    [
        ld(f"[{TEASER},{OWN}]"),  # one array
        ld(TEASER) + ld(OWN),  # a teaser card's script first
        ld(f'{{"@graph":[{TEASER},{OWN}]}}'),
        ld(f"[{TEASER_NO_URL},{OWN_NO_URL}]"),  # no addresses: the headline tells
    ],
)
def test_teaser_cards_object_comes_after_the_pages_own(scripts: str) -> None:
    doc = lxml.html.document_fromstring(article_page(scripts))
    published, _ = find_dates(doc, url=URL, now=NOW)
    assert published is not None
    assert published.date() == date(2024, 3, 5)


def test_metadata_reads_the_pages_own_article_object() -> None:
    head = f'<link rel="canonical" href="{URL}">' + ld(f"[{TEASER},{OWN}]")
    md = read_metadata(lxml.html.document_fromstring(article_page(head)))
    assert md.jsonld_headline == HEADLINE
    assert md.jsonld_authors == ["Anna Kowalski"]


@pytest.mark.parametrize(
    ("obj", "addresses", "other"),
    [
        ({"url": "https://x.example/news/bridge"}, [URL], True),
        ({"url": URL + "/"}, [URL], False),
        ({"mainEntityOfPage": {"@id": URL + "#webpage"}}, [URL], False),
        ({"mainEntityOfPage": URL}, ["", URL], False),
        ({"url": URL + "/amp"}, [URL], False),  # the AMP copy
        ({"url": "https://m.riverside-herald.example/a/council-approves-cycle-path.html"}, [URL],
         False),  # the same slug elsewhere
        ({"url": "https://x.example/"}, [URL], True),  # the home page is no story's page
        ({"headline": "x"}, [URL], False),  # no address: may be the page's own
        ({"url": "https://x.example/news/bridge"}, ["", ""], False),  # nothing to compare
    ],
)  # fmt: skip
def test_names_other_page(obj: dict[str, object], addresses: list[str], other: bool) -> None:
    assert names_other_page(obj, addresses) is other
