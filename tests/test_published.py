"""Tests for aggregator.extract.published.find_dates: one small page per cascade step, priorities."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html
import pytest

from aggregator.dates import VN_TZ
from aggregator.extract.published import (
    _from_url,
    _is_date_hint,
    _is_update_mark,
    dated_address,
    find_dates,
    leads_with_update,
    publication_part,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=VN_TZ)


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f"<html><head><title>t</title>{head}</head><body>{body}</body></html>"
    )


LD = '<script type="application/ld+json">{}</script>'
ARTICLE_LD = LD.format(
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"X",'
    '"datePublished":"2025-05-12T08:30:00+07:00","dateModified":"2025-05-13T09:00:00+07:00"}'
)
H1 = "<h1>Củng cố mối quan hệ mật thiết với nhân dân</h1>"
BODY = "<p>" + "Ngày 12-10, Tỉnh ủy tổ chức hội nghị. " * 10 + "</p>"

CASES = [
    ("jsonld", page(ARTICLE_LD), vn(2025, 5, 12, 8, 30), vn(2025, 5, 13, 9)),
    (
        "jsonld-graph",
        page(
            LD.format(
                '{"@graph":[{"@type":"WebSite","name":"B"},'
                '{"@type":"Article","datePublished":"2025-05-12T08:30:00+07:00"}]}'
            )
        ),
        vn(2025, 5, 12, 8, 30),
        None,
    ),
    (
        "jsonld-list",
        page(
            LD.format(
                '[{"@type":"Organization"},{"@type":"BlogPosting","datePublished":"2025-05-12"}]'
            )
        ),
        vn(2025, 5, 12),
        None,
    ),
    (
        "jsonld-article-beats-other-types",
        page(
            LD.format(
                '[{"@type":"VideoObject","uploadDate":"2025-05-01"},'
                '{"@type":"NewsArticle","datePublished":"2025-05-12"}]'
            )
        ),
        vn(2025, 5, 12),
        None,
    ),
    (
        "jsonld-reviews-and-comments-are-other-peoples-dates",
        page(
            LD.format(
                '{"@type":"Recipe","datePublished":"2006-10-10","review":[{"@type":"Review",'
                '"datePublished":"2020-04-12"}],"comment":{"@type":"Comment",'
                '"dateCreated":"2020-04-13"}}'
            )
        ),
        vn(2006, 10, 10),
        None,
    ),
    (
        "jsonld-broken-trailing-comma-and-newline",
        page(LD.format('{"@type":"NewsArticle","headline":"a\nb","datePublished":"2025-05-12",}')),
        vn(2025, 5, 12),
        None,
    ),
    (
        "jsonld-beyond-repair-regex",
        page(LD.format('{"@type":"NewsArticle" "datePublished": "2025-05-12T08:30:00+07:00" ]')),
        vn(2025, 5, 12, 8, 30),
        None,
    ),
    (
        "meta-article-published-time",
        page(
            '<meta property="article:published_time" content="2025-05-12T08:30:00+07:00">'
            '<meta property="article:modified_time" content="2025-05-12T10:00:00+07:00">'
        ),
        vn(2025, 5, 12, 8, 30),
        vn(2025, 5, 12, 10),
    ),
    ("meta-pubdate", page('<meta name="pubdate" content="2025-05-12">'), vn(2025, 5, 12), None),
    (
        "meta-dc-date-issued",
        page('<meta name="DC.date.issued" content="2025-05-12">'),
        vn(2025, 5, 12),
        None,
    ),
    (
        "meta-itemprop",
        page('<meta itemprop="datePublished" content="2025-05-12T08:30:00+07:00">'),
        vn(2025, 5, 12, 8, 30),
        None,
    ),
    (
        "meta-specific-beats-generic-date",
        page(
            '<meta name="date" content="2026-02-28">'
            '<meta property="og:published_time" content="2025-05-12">'
        ),
        vn(2025, 5, 12),
        None,
    ),
    (
        "microdata-span",
        page(body=f'{H1}<span itemprop="datePublished">12/05/2025 08:30</span>'),
        vn(2025, 5, 12, 8, 30),
        None,
    ),
    (
        "time-pubdate",
        page(body=f'{H1}<time pubdate datetime="2025-05-12T08:30:00+07:00">12/05</time>'),
        vn(2025, 5, 12, 8, 30),
        None,
    ),
    (
        "time-datetime-near-heading",
        page(body=f'<article>{H1}<time datetime="2025-05-12T08:30:00+07:00">x</time></article>'),
        vn(2025, 5, 12, 8, 30),
        None,
    ),
    (
        "visible-vn-date-line",
        page(body=f'{H1}<div class="post-date">Thứ sáu: 15:00 ngày 09/02/2024</div>{BODY}'),
        vn(2024, 2, 9, 15),
        None,
    ),
    (
        "visible-unlabelled-line-under-heading",
        page(
            body=f"<div>{H1}<div><span>Cập nhật ngày: 16/01/2019 - 21:19</span></div>{BODY}</div>"
        ),
        vn(2019, 1, 16, 21, 19),
        None,
    ),
    (
        "visible-line-nearest-heading-wins",
        page(
            body=f'<div><div class="date">01/01/2024</div>{H1}'
            f'<div class="date">12/05/2025 08:30</div>{BODY}</div>'
        ),
        vn(2025, 5, 12, 8, 30),
        None,
    ),
    (
        "top-bar-today-ignored",
        page(
            body='<div class="header"><span class="date">Chủ nhật, 01/03/2026</span></div>'
            f'<div class="detail">{H1}<span class="time">12/05/2025 08:30</span>{BODY}</div>'
        ),
        vn(2025, 5, 12, 8, 30),
        None,
    ),
    (
        "related-list-dates-ignored",
        page(
            body=f'<div class="detail">{H1}{BODY}</div>'
            '<div class="tin-lien-quan"><span class="date">10/05/2025</span></div>'
        ),
        None,
        None,
    ),
    ("body-dates-ignored", page(body=f"{H1}{BODY}<p>Ngày 12/10/2024, hội nghị.</p>"), None, None),
    ("nothing", page(body="<p>Không có ngày.</p>"), None, None),
]


@pytest.mark.parametrize(
    ("doc", "published", "updated"), [pytest.param(d, p, u, id=i) for i, d, p, u in CASES]
)
def test_cascade(
    doc: lxml.html.HtmlElement, published: datetime | None, updated: datetime | None
) -> None:
    assert find_dates(doc, now=NOW) == (published, updated)


def test_jsonld_beats_visible_line() -> None:
    doc = page(ARTICLE_LD, f'{H1}<div class="date">01/01/2024</div>{BODY}')
    assert find_dates(doc, now=NOW)[0] == vn(2025, 5, 12, 8, 30)


def test_meta_beats_embedded_video_jsonld() -> None:
    doc = page(
        LD.format('{"@type":"VideoObject","uploadDate":"2025-05-01"}')
        + '<meta property="article:published_time" content="2025-05-12">'
    )
    assert find_dates(doc, now=NOW)[0] == vn(2025, 5, 12)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the line under the heading is the story's; the embedded video's upload is not
        (f'{H1}<span class="time">12/05/2025 08:30</span>{BODY}', vn(2025, 5, 12, 8, 30)),
        # an <article>'s own <time> too
        (f'<article>{H1}{BODY}<time datetime="2025-05-12T08:30:00+07:00">12/5</time></article>',
         vn(2025, 5, 12, 8, 30)),
        # with no date line, the video's date is still the page's best
        (f"{H1}{BODY}", vn(2025, 5, 1)),
        # a marked date line anywhere on the page comes before it too
        (f'{BODY}<div class="post-date">12/05/2025</div>', vn(2025, 5, 12)),
    ],
)  # fmt: skip
def test_the_date_line_by_the_heading_beats_a_jsonld_object_that_is_not_the_article(
    body: str, expected: datetime
) -> None:
    doc = page(LD.format('{"@type":"VideoObject","uploadDate":"2025-05-01"}'), body)
    assert find_dates(doc, now=NOW)[0] == expected


def test_visible_line_beats_url() -> None:
    doc = page(body=f'{H1}<span class="time">12/05/2025</span>{BODY}')
    url = "https://example.vn/2024/01/02/tin.html"
    assert find_dates(doc, url=url, now=NOW)[0] == vn(2025, 5, 12)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("https://b.vn/2024/05/12/tin-a.html", vn(2024, 5, 12), id="y-m-d-dirs"),
        pytest.param("https://b.vn/tin-a-20240512.html", vn(2024, 5, 12), id="compact"),
        pytest.param("https://b.vn/202405/tin-a-123.html", vn(2024, 5, 1), id="year-month"),
        pytest.param("https://b.vn/tin-a-123456789.html", None, id="article-id-not-a-date"),
        pytest.param("https://b.vn/2027/01/02/tin.html", None, id="future"),
        pytest.param(
            "https://b.vn/xa-hoi/tin-a-20260108182100.htm", vn(2026, 1, 8, 18, 21), id="stamp"
        ),
        pytest.param(
            "https://b.vn/202601/tin-a-20260108182100.htm", vn(2026, 1, 8, 18, 21),
            id="stamp-under-a-month-directory",
        ),
        # Every field must be a date and a time, not after the crawl: else an id.
        pytest.param("https://b.vn/tin-a-20261308182100.htm", None, id="stamp-month-13"),
        pytest.param("https://b.vn/tin-a-20260230182100.htm", None, id="stamp-30-february"),
        pytest.param("https://b.vn/tin-a-20260108256100.htm", None, id="stamp-hour-25"),
        pytest.param("https://b.vn/tin-a-20260301130000.htm", None, id="stamp-after-the-crawl"),
        pytest.param("https://b.vn/tin-a-202601081821001.htm", None, id="fifteen-digits"),
        # A stamp that does not close the path is another moment: an archive's capture.
        pytest.param(
            "https://web.archive.org/web/20070228213001/http://b.vn/tin-a.htm", None,
            id="archive-capture",
        ),
    ],
)  # fmt: skip
def test_url_last_resort(url: str, expected: datetime | None) -> None:
    assert find_dates(page(body=f"{H1}{BODY}"), url=url, now=NOW)[0] == expected


@pytest.mark.parametrize(
    ("url", "canonical", "expected"),
    [
        # An address that says nothing: the page's own permanent address is read.
        ("https://blog.de/p/3f2a", "https://blog.de/home/2017/7/12/montauk",
         "https://blog.de/home/2017/7/12/montauk"),
        ("https://www.b.vn/?p=123", "/2024/05/12/tin-a.html", "https://www.b.vn/2024/05/12/tin-a.html"),
        # The same site's mobile or AMP copy names the desktop story.
        ("https://m.b.vn/tin-a-123.amp", "https://www.b.vn/tin-a-20240512.html",
         "https://www.b.vn/tin-a-20240512.html"),
        # A dated URL stays: it is what was fetched (a month is a date too).
        ("https://b.vn/2024/05/12/tin-a.html", "https://b.vn/2023/01/02/tin-a.html",
         "https://b.vn/2024/05/12/tin-a.html"),
        ("https://b.vn/202405/tin-a-1.html", "https://b.vn/2023/01/02/tin-a.html",
         "https://b.vn/202405/tin-a-1.html"),
        # Another site's address is a syndicated story's source, not this page's.
        ("https://b.vn/p/1", "https://other.com/2024/05/12/tin-a.html", "https://b.vn/p/1"),
        # A canonical without a date, or none, changes nothing.
        ("https://b.vn/p/1", "https://b.vn/tin-a.html", "https://b.vn/p/1"),
        ("https://b.vn/p/1", "", "https://b.vn/p/1"),
        ("", "https://b.vn/2024/05/12/tin-a.html", ""),
    ],
)  # fmt: skip
def test_dated_address(url: str, canonical: str, expected: str) -> None:
    assert dated_address(url, canonical, NOW) == expected


def test_the_canonical_address_dates_a_page_whose_url_says_nothing() -> None:
    doc = page(
        '<meta property="article:published_time" content="2019-06-17T09:00:00+02:00">',
        f"{H1}{BODY}",
    )
    url, canonical = "https://blog.de/p/3f2a", "https://blog.de/home/2017/7/12/montauk"
    # Alone, the URL's day is the last resort; beside a re-saved structured date two years
    # later, the address's day is the filing (as with the fetched URL's day).
    assert find_dates(page(body=f"{H1}{BODY}"), url=url, now=NOW, canonical=canonical)[0] == vn(
        2017, 7, 12
    )
    assert find_dates(doc, url=url, now=NOW, canonical=canonical)[0] == vn(2017, 7, 12)
    assert find_dates(doc, url=url, now=NOW)[0].date().isoformat() == "2019-06-17"


def test_future_and_ancient_structured_dates_skipped() -> None:
    doc = page(
        '<meta property="article:published_time" content="2030-01-01T00:00:00+07:00">'
        '<meta name="pubdate" content="1970-01-01">'
        '<meta name="date" content="2025-05-12">'
    )
    assert find_dates(doc, now=NOW)[0] == vn(2025, 5, 12)


def test_updated_before_published_dropped() -> None:
    doc = page(
        '<meta property="article:published_time" content="2025-05-12">'
        '<meta property="article:modified_time" content="2025-05-01">'
    )
    assert find_dates(doc, now=NOW) == (vn(2025, 5, 12), None)


# --- UTC timestamps read on the publisher's calendar ----------------------------------------------

UTC_META = '<meta property="article:published_time" content="2020-12-05T23:15:00Z">'


def test_utc_meta_takes_the_offset_of_a_consistent_visible_line() -> None:
    doc = page(UTC_META, '<h1>Tiêu đề bài</h1><div class="date">06/12/2020 06:15</div>' + BODY)
    published, _ = find_dates(doc, url="https://example.com/a", now=NOW)
    assert published is not None
    assert published.isoformat() == "2020-12-06T06:15:00+07:00"  # same instant, local day


def test_utc_meta_with_a_date_only_line_moves_to_that_day() -> None:
    doc = page(UTC_META, '<h1>Titolo</h1><p itemprop="datePublished">06/12/2020</p>' + BODY)
    published, _ = find_dates(doc, url="https://example.com/a", now=NOW)
    assert published is not None
    assert published.date().isoformat() == "2020-12-06"
    assert published == datetime.fromisoformat("2020-12-05T23:15:00+00:00")


def test_utc_meta_with_an_inconsistent_line_stays_utc() -> None:
    doc = page(UTC_META, '<h1>Tiêu đề bài</h1><div class="date">01/12/2020 09:07</div>' + BODY)
    published, _ = find_dates(doc, url="https://example.com/a", now=NOW)
    assert published is not None
    assert published.isoformat() == "2020-12-05T23:15:00+00:00"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.it/news/1", "2020-12-06T00:15:00+01:00"),
        ("https://baotuyenquang.com.vn/a.html", "2020-12-06T06:15:00+07:00"),
        ("https://example.com/a", "2020-12-05T23:15:00+00:00"),  # no country: as given
        ("https://example.io/a", "2020-12-05T23:15:00+00:00"),  # a domain sold for other uses
    ],
)
def test_utc_meta_without_a_line_takes_the_country_domain_zone(url: str, expected: str) -> None:
    published, _ = find_dates(page(UTC_META, H1 + BODY), url=url, now=NOW)
    assert published is not None
    assert published.isoformat() == expected


# A form (or any long block) between the title and the date line: the line is past the walk by
# the heading, but a marked line anywhere that shows the instant to the minute tells the offset.
FAR_LINE = (
    "<h1>Former press secretary exits her role</h1>"
    + "<form>"
    + "<div><label>Name</label><input></div>" * 12
    + "</form>"
    + '<p class="byline-date">{}</p>'
    + "<p>"
    + "The studio confirmed the departure on Monday after five years. " * 6
    + "</p>"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # 21:25 on the 24th, five hours behind the stamp: the newsroom's evening of the 24th.
        ("February 24, 2020 | 9:25pm", "2020-02-24T21:25:54-05:00"),
        # Not the instant's minute in any whole quarter hour's offset: another item's line.
        ("February 24, 2020 | 9:07pm", "2020-02-25T02:25:54+00:00"),
        # A bare day far from the heading says nothing of the offset.
        ("February 24, 2020", "2020-02-25T02:25:54+00:00"),
    ],
)
def test_utc_stamp_takes_the_offset_of_a_date_line_away_from_the_heading(
    line: str, expected: str
) -> None:
    head = '<meta property="article:published_time" content="2020-02-25T02:25:54Z">'
    doc = page(head, FAR_LINE.format(line))
    published, _ = find_dates(doc, url="https://example.com/p/f852efb0", now=NOW)
    assert published is not None
    assert published.isoformat() == expected


@pytest.mark.parametrize(
    ("box", "by_heading"),
    [
        # A box named as a header below the title (BEM's "read__header"): the story's header.
        ('<div class="read__header">{}</div>', True),
        ('<div class="story-header"><div class="x">{}</div></div>', True),
        # A footer, a menu or a breadcrumb below the title is chrome all the same (the text
        # scan of a page not in Vietnamese may still read the line, as the last resort).
        ('<div class="read__footer">{}</div>', False),
        ('<div class="submenu-header">{}</div>', False),
        ('<div class="breadcrumb">{}</div>', False),
        # A <header> element outside any article: the site's block, not the story's.
        ("<header>{}</header>", False),
    ],
)
def test_a_header_box_below_the_heading_is_the_storys_own(box: str, by_heading: bool) -> None:
    # The box holds more than its date line (the writers' credit): read as a whole, it is no line.
    line = (
        '<div><a href="https://example.com">Example.com</a> - 02/11/2023, 21:34 WIB</div>'
        "<div>Penulis Isna Rifka Sri Rahayu, Editor Yoga Sukmana, Tim Redaksi</div>"
    )
    body = (
        '<div class="top"><h1>Menhub bocorkan penyebab harga tiket pesawat</h1></div>'
        + '<div class="row"><div class="col">'
        + box.format(line)
        + "<p>"
        + "Menteri Perhubungan menyebut ada sejumlah faktor yang menyebabkan harga. " * 5
        + "</p></div></div>"
    )
    doc = lxml.html.document_fromstring(
        f'<html lang="id"><head><title>t</title></head><body>{body}</body></html>'
    )
    trace: list[str] = []
    published, _ = find_dates(doc, url="https://example.co.id/p/ce4cf222", now=NOW, trace=trace)
    assert (trace[:1] == ["heading-line"]) is by_heading
    if by_heading:
        assert published == vn(2023, 11, 2, 21, 34)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A dateline before the first sentence, as local papers and wire copy print it.
        ("06.11.23 - <strong>Sensation in der schwarzen Hochburg!</strong> ", vn(2023, 11, 6)),
        ("06.11.2023 – Aus dem Stand heraus wird sie Bürgermeisterin. ", vn(2023, 11, 6)),
        ("2023-11-06 - Aus dem Stand heraus wird sie Bürgermeisterin. ", vn(2023, 11, 6)),
        # A date that is the sentence's subject, not followed by a dash: no dateline.
        ("06.11.2023 war ein Tag der Sensation in der Hochburg. ", None),
        ("Am 06.11.2023 - so die Wahlleitung - wurde gezählt. ", None),
    ],
)
def test_a_dateline_leading_the_first_paragraph(lead: str, expected: datetime | None) -> None:
    body = (
        "<h1>Claudia Brandes muss jetzt liefern</h1>"
        + "<p>"
        + lead
        + "Die 32 Jahre alte Kandidatin gewinnt die Wahl im ersten Durchgang. " * 4
        + "</p><p>Zweiter Absatz ohne Datum.</p>"
    )
    trace: list[str] = []
    doc = lxml.html.document_fromstring(
        f'<html lang="de"><head><title>t</title></head><body>{body}</body></html>'
    )
    published, _ = find_dates(doc, url="https://example.de/p/800a67", now=NOW, trace=trace)
    if expected is None:
        assert trace[:1] != ["heading-line"]
    else:
        assert (published, trace[:1]) == (expected, ["heading-line"])


def test_story_list_named_container_holding_the_article_is_not_foreign() -> None:
    body = (
        '<section class="section-article feed_height_param"><div class="title">T</div>'
        '<div itemprop="datePublished" content="2020-11-24T08:22:33+04:00">08:22, 24.11.2020</div>'
        '<span itemprop="articleBody"><p>text</p></span></section>'
    )
    published, _ = find_dates(page(body=body), now=NOW)
    assert published is not None
    assert published.isoformat() == "2020-11-24T08:22:33+04:00"


def test_today_box_and_masthead_h1_give_no_date() -> None:
    body = (
        '<h1 class="masthead">Daily Legal News</h1><div class="today">Wednesday, August 19, 2020'
        "</div><dl><dt>Company</dt><dd>ACME LLC</dd></dl>"
    )
    assert find_dates(page(body=body), url="https://example.com/details/1", now=NOW) == (None, None)


TITLED = '<meta property="og:title" content="Lũ về trên sông Lô - Báo Tuyên Quang">'
HEADLINE = "Lũ về trên sông Lô"


@pytest.mark.parametrize(
    ("name", "head", "body", "expected"),
    [
        (
            # A widget's h1 comes first; the h1 that names the title is the heading.
            "heading-names-the-title",
            TITLED,
            (
                '<div class="box"><h1>Liên kết</h1><span class="date">01/01/2024</span></div>'
                f"<div><h1>{HEADLINE}</h1><span class='date'>12/05/2025 08:30</span>{BODY}</div>"
            ),
            vn(2025, 5, 12, 8, 30),
        ),
        (
            # The site's name in an h1, the story's title in an h2 (blogs, old CMSs).
            "h2-heading-under-a-site-h1",
            TITLED,
            '<h1>Báo Tuyên Quang</h1><div class="menu">x</div><p>' + "Giới thiệu. " * 30 + "</p>"
            f"<h2>{HEADLINE}</h2><span class='date'>12/05/2025</span>{BODY}",
            vn(2025, 5, 12),
        ),
        (
            # A listing's teaser h2 links to another page: not this page's heading.
            "linked-h2-is-a-teaser",
            TITLED,
            (
                f'<h1>Tin mới</h1><div class="date">12/05/2025</div>'
                f'<div><div class="date">01/01/2024</div><h2><a href="/a">{HEADLINE}</a></h2></div>'
            ),
            vn(2025, 5, 12),
        ),
        (
            # An <article>'s own header holds its date line; a page header would not.
            "header-inside-article-is-the-articles",
            "",
            (
                f'<h1 class="site-title">Báo</h1><article><h2>x</h2><header class="node-header">'
                f'<span class="date">12/05/2025</span></header>{BODY}</article>'
            ),
            vn(2025, 5, 12),
        ),
        (
            # The story's own header block beside its heading, named like chrome
            # ("header-content": breadcrumb and date line above the title); the site's
            # header at the top of the page keeps its clock.
            "header-block-beside-the-heading-is-the-storys",
            "",
            (
                '<header class="top-header"><span class="date">Thứ sáu, 3/11/2023</span>'
                '</header><section class="page-detail"><div class="sidebar-1">'
                '<div class="header-content"><ul class="breadcrumb"><li><a href="/kinh-doanh">'
                'Kinh doanh</a></li></ul><span class="date">Thứ năm, 2/11/2023, 19:20 (GMT+7)'
                f"</span></div>{H1}<article>{BODY}</article></div></section>"
            ),
            vn(2023, 11, 2, 19, 20),
        ),
        (
            # A header box beside the heading right under <body> is the site's.
            "site-header-beside-a-heading-under-body-is-not",
            "",
            f'<div class="header"><span class="date">Thứ sáu, 3/11/2023</span></div>{H1}{BODY}',
            None,
        ),
        (
            # Not beside the heading: a header box further up is the site's.
            "header-block-not-next-to-the-heading-is-the-sites",
            "",
            (
                '<div class="page"><div class="header"><span class="date">3/11/2023</span></div>'
                f'<div class="menu">Kinh doanh</div>{H1}{BODY}</div>'
            ),
            None,
        ),
        (
            "date-inside-the-heading",
            "",
            f'<h1><span class="date">12/05/2025</span> {HEADLINE}</h1>{BODY}',
            vn(2025, 5, 12),
        ),
        (
            "short-paragraph-led-by-a-date",
            "",
            (
                f"{H1}<p class='tagline'>12/05/2025 - 08:30 - Nguồn: Thông tấn xã Việt Nam - "
                f"Ảnh: Nguyễn Văn A</p>{BODY}"
            ),
            vn(2025, 5, 12, 8, 30),
        ),
        (
            # A long unlabelled line with a date inside is a sentence, not a date line.
            "long-line-with-a-date-inside-is-not-a-date-line",
            "",
            (
                f"{H1}<div>Hội nghị tổng kết công tác năm diễn ra ngày 12/05/2025 tại trụ sở "
                f"Tỉnh ủy với sự tham dự của nhiều đại biểu</div>{BODY}"
            ),
            None,
        ),
    ],
)
def test_heading_and_date_line_choice(
    name: str, head: str, body: str, expected: datetime | None
) -> None:
    assert find_dates(page(head, body), now=NOW)[0] == expected


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        (
            # Marked up as the publication date; templates print it in a "footer" box.
            "microdata-in-a-footer-box",
            (
                '<div class="header"><h2>x</h2></div><div class="footer"><span class="news-list-date">'
                '<time itemprop="datePublished" datetime="2022-01-21">21.01.2022</time></span></div>'
            ),
            vn(2022, 1, 21),
        ),
        (
            # "sidebar" beside "mainwrap" names a page with a sidebar, not the sidebar.
            "layout-box-with-a-sidebar-modifier",
            (
                '<div class="mainwrap single sidebar"><div class="post-meta">'
                '<a class="post-meta-time" href="/2017/08/08/">08/08/2017</a></div></div>'
                '<div class="sidebar"><div class="widget-date">14/06/2019</div></div>'
            ),
            vn(2017, 8, 8),
        ),
        (
            "plain-link-is-not-a-date-line",
            f'{H1}<a href="/2017/08/08/">08/08/2017</a>{BODY}',
            None,
        ),
    ],
)
def test_marked_dates_in_templates(name: str, body: str, expected: datetime | None) -> None:
    assert find_dates(page(body=body), now=NOW)[0] == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # 03:28Z on the 9th, filed under the 8th: the newsroom's evening of the 8th.
        ("https://example.com/2023/11/08/story/", "2023-11-08T23:28:35-04:00"),
        ("https://example.com/2023/11/09/story/", "2023-11-09T03:28:35+00:00"),
        # Half a day away: filed one day, published the next; the stamp stays as given.
        ("https://example.com/2023/11/07/story/", "2023-11-09T03:28:35+00:00"),
    ],
)
def test_utc_meta_takes_the_day_of_the_url(url: str, expected: str) -> None:
    head = '<meta property="article:published_time" content="2023-11-09T03:28:35Z">'
    published, _ = find_dates(page(head, H1 + BODY), url=url, now=NOW)
    assert published is not None
    assert published.isoformat() == expected


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        ("dt-dd", "<aside><dl><dt>Datum</dt><dd>12.01.2017</dd></dl></aside>", vn(2017, 1, 12)),
        ("label-then-tail", "<div><h5>Datum: </h5>03.02.2022</div>", vn(2022, 2, 3)),
        (
            "label-in-a-tail",
            "<p>x<br> Veröffentlichung: <a href='/m'>04.02.2022</a></p>",
            vn(2022, 2, 4),
        ),
        (
            "label-span-value-span",
            "<div><span>Stand:</span> <span>25.01.2022</span></div>",
            vn(2022, 1, 25),
        ),
        ("vietnamese", "<div>Ngày đăng: 12/05/2025 08:30</div>", vn(2025, 5, 12, 8, 30)),
        ("label-and-date-in-one-line", "<p>Posted on May 5, 2020 by Ann</p>", vn(2020, 5, 5)),
        ("site-header-clock", '<div class="header"><span>Cập nhật: 01/03/2026</span></div>', None),
        ("a-word-not-a-label", "<p>Data protection 2018: 12.05.2018 rules</p>", None),
        ("other-stories", '<div class="related"><p>Datum: 12.01.2017</p></div>', None),
        # German "… vom" labels, and a two-digit year a label marks as a date
        ("artikel-vom-two-digit-year", "<p>Artikel vom 31.10.23</p>", vn(2023, 10, 31)),
        (
            "meldung-vom",
            "<div><span>Meldung vom</span> <span>12.01.2017</span></div>",
            vn(2017, 1, 12),
        ),
        ("label-two-digit-year", "<p>Datum: 8.5.12</p>", vn(2012, 5, 8)),
        ("vom-in-a-sentence", "<p>Das Gesetz vom 31.10.23 gilt ab sofort.</p>", None),
    ],
)
def test_labelled_date_line_anywhere(name: str, body: str, expected: datetime | None) -> None:
    assert find_dates(page(body=body), now=NOW)[0] == expected


def test_blogger_date_header_and_hatom_published() -> None:
    header = (
        '<div class="blog-posts hfeed"><h2 class="date-header"><span>Samstag, 5. Oktober 2013'
        f'</span></h2><div class="post hentry"><h3>T</h3>{BODY}</div></div>'
    )
    assert find_dates(page(body=header), url="https://x.blogspot.com/2013/10/t.html", now=NOW)[
        0
    ] == vn(2013, 10, 5)
    abbr = (
        '<div class="hfeed"><div class="hentry"><h3>T</h3><abbr class="published" '
        f'title="2016-12-23T05:11:00-05:00">5:11 AM</abbr>{BODY}</div></div>'
    )
    published, _ = find_dates(page(body=abbr), now=NOW)
    assert published is not None
    assert published.isoformat() == "2016-12-23T05:11:00-05:00"


def test_a_day_without_time_takes_the_minute_of_the_same_days_date_line() -> None:
    head = LD.format('{"@type":"NewsArticle","datePublished":"2026-01-08"}')
    line = '<div class="date">Thứ năm, 08/01/2026 - 18:21</div>'
    assert find_dates(page(head, f"{H1}{line}{BODY}"), now=NOW)[0] == vn(2026, 1, 8, 18, 21)
    other_day = '<div class="date">Thứ tư, 07/01/2026 - 18:21</div>'
    assert find_dates(page(head, f"{H1}{other_day}{BODY}"), now=NOW)[0] == vn(2026, 1, 8)


# Long enough (300+ letters) for the text to tell its language.
DE_BODY = "<p>" + "Der Gemeinderat hat am Abend über den neuen Haushalt beraten. " * 8 + "</p>"
EN_BODY = "<p>" + "The council met in the evening to discuss the new budget plan. " * 8 + "</p>"
VI_BODY = (
    "<p>" + "Hội đồng nhân dân tỉnh họp bàn về ngân sách năm mới của địa phương. " * 8 + "</p>"
)


def lang_page(lang: str, body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f'<html lang="{lang}"><head><title>t</title></head><body>{body}</body></html>'
    )


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        (
            "de",
            f"<h1>Haushalt</h1>{DE_BODY}<div class='post-footer'>Dieser Artikel wurde am 14. "
            + "Dezember 2015 um 14:48 von Hans geschrieben</div>",
            vn(2015, 12, 14),
        ),
        (
            "en",
            f"<h1>Budget</h1>{EN_BODY}<p>The plan was first shown on Apr 7, 2009.</p>",
            vn(2009, 4, 7),
        ),
        ("", f"<h1>Budget</h1>{EN_BODY}<p>Copyright © 19.12.2019 - 12:14 h</p>", vn(2019, 12, 19)),
        # the first date written is the page's, later ones are events and comments
        ("en", f"{EN_BODY}<p>3 May 2013</p><p>June 5, 2014</p>", vn(2013, 5, 3)),
        # a date inside a sentence is an event the story tells of: a stamp line comes first,
        # wherever it stands; with no stamp line, the sentence's date is still the best
        (
            "de",
            "<h1>Vereinsfest</h1><p>Nach dem Umzug feierte der Verein am 30.01.2013 sein erstes"
            + f" Fest im neuen Haus.</p>{DE_BODY}<p>12. März 2014</p>",
            vn(2014, 3, 12),
        ),
        (
            "en",
            "<h1>New mayor</h1><p>From 1 March 2024 the new mayor will lead the town hall of"
            + f" the valley.</p>{EN_BODY}",
            vn(2024, 3, 1),
        ),
        # Chinese, Japanese and Korean pages write the year first, a unit after each number
        (
            "ja",
            "<h1>新店舗をオープン</h1><p>"
            + "不動産賃貸仲介のハウスコム株式会社は、岐阜駅前店を新規オープンしました。" * 8
            + "</p><p>2020年7月1日 10時00分</p>",
            vn(2020, 7, 1),
        ),
        # Vietnamese pages: a date in the text is an event ("Ngày 12/10/2024, hội nghị")
        ("vi", f"<h1>Ngân sách</h1>{VI_BODY}<p>Ngày 12/10/2024, hội nghị.</p>", None),
        ("", f"<h1>Ngân sách</h1>{VI_BODY}<p>Ngày 12/10/2024, hội nghị.</p>", None),
        ("en", f"{VI_BODY}<p>Ngày 12/10/2024, hội nghị.</p>", None),
        # too little text to tell: maybe Vietnamese
        ("", "<p>Budget: 12/10/2024.</p>", None),
        # other stories and the site's clock are not the page's date
        # without another, the first date in other stories' boxes or comments (a forum
        # thread, a recipe whose only dates are its comments)
        (
            "en",
            f'{EN_BODY}<ol class="commentlist"><li>8. Dezember 2010</li><li>16. März 2011</li></ol>',
            vn(2010, 12, 8),
        ),
        (
            "en",
            f'<p>Posted 3 May 2013</p>{EN_BODY}<div class="related"><p>12/10/2024</p></div>',
            vn(2013, 5, 3),
        ),
        ("en", f'<div class="top-bar"><span>Sunday, March 1, 2026</span></div>{EN_BODY}', None),
    ],
)
def test_last_resort_first_date_in_the_text_of_a_page_not_in_vietnamese(
    lang: str, body: str, expected: datetime | None
) -> None:
    assert find_dates(lang_page(lang, body), now=NOW)[0] == expected


_INSTAGRAM_EMBED = (
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Bwg/"'
    ' data-instgrm-version="12"><div><p><a href="https://www.instagram.com/p/Bwg/">Ein Beitrag'
    ' geteilt von Anna (@anna)</a> am <time datetime="2019-04-21T23:47:18+00:00">Apr 21, 2019'
    " um 4:47 PDT</time></p></div></blockquote>"
)
_TWEET_EMBED = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Huge news today.</p>&mdash; Anna'
    ' (@anna) <a href="https://twitter.com/anna/status/1">November 2, 2023</a></blockquote>'
)


@pytest.mark.parametrize(
    ("lang", "body", "url", "expected"),
    [
        # an <article>'s own <time> skips the time of a post embedded in it: the URL's day
        ("de", f"<article><h1>Horror-Fund</h1>{DE_BODY}{_INSTAGRAM_EMBED}{DE_BODY}</article>",
         "https://x.de/2019/10/18/horror-fund", vn(2019, 10, 18)),
        # the text scan reads the story's line, not the embedded tweet's day above it
        ("en", f"<h1>Budget</h1>{EN_BODY}{_TWEET_EMBED}<p>Filed on Nov 8, 2023 by Anna.</p>",
         "https://x.com/budget", vn(2023, 11, 8)),
    ],
)  # fmt: skip
def test_a_social_post_embedded_in_the_story_has_its_own_date(
    lang: str, body: str, url: str, expected: datetime
) -> None:
    assert find_dates(lang_page(lang, body), url=url, now=NOW)[0] == expected


_CARD = (
    '<div class="wp-block-marginal"><a href="{href}"><p>Lesen Sie auch: Der Stadtrat plant den'
    ' neuen Radweg am Fluss</p><time datetime="2019-10-21T10:03:38+02:00">21.10.2019</time></a>'
    "</div>"
)
_OWN_TIME = '<footer><time datetime="2023-10-31T08:47:16+01:00">31.10.2023</time></footer>'


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        # a card linking to another story, set in the article: its <time> is that story's
        (_CARD.format(href="/2019/10/radweg/"), "2023-10-31"),
        # a card linking to the page itself (its own entry in a list) is the story's
        (_CARD.format(href="https://x.de/2023/10/fest/"), "2019-10-21"),
        # a link holding only the date (a permalink) is the story's own
        ('<a href="/2019/10/radweg/"><time datetime="2019-10-21T10:03:38+02:00">21.10.2019'
         + "</time></a>", "2019-10-21"),
    ],
)  # fmt: skip
def test_an_articles_time_skips_a_card_linking_to_another_story(card: str, expected: str) -> None:
    body = f"<article><h1>Vereinsfest</h1>{DE_BODY}{card}{DE_BODY}{_OWN_TIME}</article>"
    found = find_dates(lang_page("de", body), url="https://x.de/2023/10/fest/", now=NOW)[0]
    assert found is not None
    assert found.date().isoformat() == expected


def _declared_page(html_attrs: str, head: str, line: str, body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f"<html{html_attrs}><head><title>t</title>{head}</head><body><h1>Strike ends</h1>"
        f'<div class="byline">{line}</div>{body}</body></html>'
    )


_US = ' lang="en-US"'
_OG_US = '<meta property="og:locale" content="en_US">'


@pytest.mark.parametrize(
    ("attrs", "head", "line", "body", "url", "expected"),
    [
        # the United States write the month first: the page's declared locale says so …
        (_US, "", "By Andrew Dalton Updated 11/8/2023 10:46 PM", EN_BODY, "https://x.com/a",
         vn(2023, 11, 8, 22, 46)),
        ("", _OG_US, "Posted by Zitrod Articles , 06/01/2020", EN_BODY, "https://x.com/a",
         vn(2020, 6, 1)),
        # … and the URL's month, whatever the page declares
        ("", "", "By Alexandra Tremayne • 11/08/2023 5:19pm", EN_BODY,
         "https://x.com/2023/11/arnault/", vn(2023, 11, 8, 17, 19)),
        # a URL agreeing with the day-first reading keeps it, on a US page too
        (_US, "", "Posted 06/01/2020", EN_BODY, "https://x.com/2020/01/a/", vn(2020, 1, 6)),
        # the rest of the world writes the day first; unambiguous dates are what they say
        (' lang="en-GB"', "", "Posted 06/01/2020", EN_BODY, "https://x.co.uk/a", vn(2020, 1, 6)),
        (' lang="en"', "", "Posted 06/01/2020", EN_BODY, "https://x.com/a", vn(2020, 1, 6)),
        (_US, "", "Posted 13/01/2020", EN_BODY, "https://x.com/a", vn(2020, 1, 13)),
        (_US, "", "Posted 01.06.2020", EN_BODY, "https://x.com/a", vn(2020, 6, 1)),
        # … or the page writes the same date with a month name elsewhere (and not the other)
        ("", "", "Posted 06/01/2020", EN_BODY + "<p>Jun 1, 2020 at 3:27 pm</p>",
         "https://x.com/a", vn(2020, 6, 1)),
        ("", "", "Posted 06/01/2020", EN_BODY + "<p>6 January 2020</p>", "https://x.com/a",
         vn(2020, 1, 6)),
        ("", "", "Posted 06/01/2020", EN_BODY + "<p>June 1, 2020</p><p>January 6, 2020</p>",
         "https://x.com/a", vn(2020, 1, 6)),
        ("", "", "06/01/2026 08:30", VI_BODY + "<p>June 1, 2026</p>", "https://baoabc.vn/a",
         vn(2026, 1, 6, 8, 30)),
        # a Vietnamese page keeps its day-first dates under a template's "en-US"
        (_US, "", "Thứ Ba, 06/01/2026 - 08:30", VI_BODY, "https://x.com/a",
         vn(2026, 1, 6, 8, 30)),
        (_US, "", "06/01/2026 08:30", VI_BODY, "https://baoabc.vn/a", vn(2026, 1, 6, 8, 30)),
    ],
)  # fmt: skip
def test_an_ambiguous_slashed_date_is_read_month_first_on_a_us_page(
    attrs: str, head: str, line: str, body: str, url: str, expected: datetime
) -> None:
    doc = _declared_page(attrs, head, line, body)
    assert find_dates(doc, url=url, now=NOW)[0] == expected


_BYLINE_SHORT_YEAR = (
    '<p class="morespace"> von <a href="https://x.de/author/kp/" class="author url fn"'
    ' rel="author">Klaus-Peter Schöppner</a>, 8.5.12 </p>'
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a two-digit year in the story's byline line is its date: under the heading …
        (f"<h1>Haushalt</h1>{_BYLINE_SHORT_YEAR}{DE_BODY}", vn(2012, 5, 8)),
        # … or on a page whose heading is the site's name only
        (f'<h1 class="logo">carta</h1>{_BYLINE_SHORT_YEAR}{DE_BODY}', vn(2012, 5, 8)),
        # … marked by its class alone (hCard's "author url fn" link without rel=author)
        ('<h1 class="logo">carta</h1>' + _BYLINE_SHORT_YEAR.replace(' rel="author"', "")
         + DE_BODY, vn(2012, 5, 8)),
        # elsewhere "4.8.12" is as likely a version number: the URL's day
        (f"<h1>Haushalt</h1><p>Version 4.8.12</p>{DE_BODY}", vn(2012, 9, 1)),
        # a byline line in another story's box is that story's
        (f'<h1>Haushalt</h1>{DE_BODY}<div class="related"><a href="/b">Bericht</a>'
         + f"{_BYLINE_SHORT_YEAR}</div>", vn(2012, 9, 1)),
    ],
)  # fmt: skip
def test_a_short_year_in_the_byline_line_is_the_date(body: str, expected: datetime) -> None:
    doc = lang_page("de", body)
    assert find_dates(doc, url="https://x.de/2012/09/01/a", now=NOW)[0] == expected


@pytest.mark.parametrize(
    ("lang", "title", "expected"),
    [
        # the <title> dates the page when its text shows the day without the year
        ("ja", "与田祐希が公開（2020年2月15日）｜ニュース", vn(2020, 2, 15)),
        ("de", "Vereinsfest am 14.12.2015 - Stadtanzeiger", vn(2015, 12, 14)),
        ("de", "Vereinsfest 2015 - Stadtanzeiger", None),
        # not on a page that is or may be Vietnamese
        ("vi", "Lịch thi đấu ngày 12/10/2024 - Báo Tuyên Quang", None),
    ],
)
def test_a_date_in_the_title_of_a_page_not_in_vietnamese(
    lang: str, title: str, expected: datetime | None
) -> None:
    body = {"ja": "2月15日（土）7時0分", "de": "Samstag, 14. Dez.", "vi": "Thứ bảy"}[lang]
    text = {"ja": "乃木坂46の与田祐希が写真集から未収録の写真を公開した。" * 10,
            "de": DE_BODY, "vi": VI_BODY}[lang]  # fmt: skip
    doc = lxml.html.document_fromstring(
        f'<html lang="{lang}"><head><title>{title}</title></head><body><h1>Titel</h1>'
        f"<p class='date'>{body}</p><p>{text}</p></body></html>"
    )
    assert find_dates(doc, url="https://x.jp/a", now=NOW)[0] == expected


def test_last_resort_text_date_never_on_vn_hosts_and_after_the_urls_day() -> None:
    doc = lang_page("en", f"{EN_BODY}<p>Apr 7, 2009</p>")
    assert find_dates(doc, url="https://baoxyz.vn/budget.html", now=NOW)[0] is None
    assert find_dates(doc, url="https://x.org/2010/05/06/budget", now=NOW)[0] == vn(2010, 5, 6)
    # a URL's month keeps only the text's dates of that month
    assert find_dates(doc, url="https://x.org/2010/05/budget", now=NOW)[0] == vn(2010, 5, 1)
    assert find_dates(doc, url="https://x.org/2009/04/budget", now=NOW)[0] == vn(2009, 4, 7)


@pytest.mark.parametrize(
    ("teaser", "expected"),
    [
        # the article's own lead, named "teaser" by German CMSs: no link in it
        (
            '<div class="detail-page__teaser-text"><p>Pressemitteilung vom 25.01.2022</p></div>',
            vn(2022, 1, 25),
        ),
        # another story's card: it links elsewhere
        (
            '<div class="teaser"><p>Pressemitteilung vom 25.01.2022</p><a href="/x">mehr</a></div>',
            None,
        ),
    ],
)
def test_a_teaser_without_a_link_is_the_articles_own_lead(
    teaser: str, expected: datetime | None
) -> None:
    assert find_dates(page(body=f"{H1}{teaser}{BODY}"), now=NOW)[0] == expected


def test_blogger_main_widget_holding_the_post_is_not_a_sidebar_widget() -> None:
    post = (
        '<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">'
        '<h2 class="date-header"><span>Friday, December 23, 2016</span></h2>'
        f'<h3 class="post-title entry-title">T</h3><div class="post-body entry-content">{BODY}'
        '</div></div></div><div class="widget BlogArchive"><h2 class="date-header">'
        "<span>Friday, December 30, 2016</span></h2><a href='/x'>x</a></div>"
    )
    url = "https://x.blogspot.com/2016/12/t.html"
    assert find_dates(page(body=post), url=url, now=NOW)[0] == vn(2016, 12, 23)


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # TYPO3 and others write the record's last edit into the generic names
        ('<meta name="date" content="2021-12-20T11:02:44+01:00">',
         f'{H1}<span class="date">27.01.2022</span>{BODY}', vn(2022, 1, 27)),
        ('<meta name="DCTERMS.date" content="2022-01-21T15:38:44+01:00">',
         f'{H1}{BODY}<time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time>',
         vn(2022, 1, 27)),
        # without a date line or marked date, the generic name is still the page's date
        ('<meta name="dc.date" content="2022-01-21T09:43:00+01:00">', f"{H1}{BODY}",
         datetime.fromisoformat("2022-01-21T09:43:00+01:00")),
        # a specific name still beats the date line
        ('<meta property="article:published_time" content="2021-12-20T11:02:44+07:00">',
         f'{H1}<span class="date">27.01.2022</span>{BODY}', vn(2021, 12, 20, 11, 2, 44)),
    ],
)  # fmt: skip
def test_generic_meta_date_ranks_after_the_marked_date_and_the_date_line(
    head: str, body: str, expected: datetime
) -> None:
    assert find_dates(page(head, body), now=NOW)[0] == expected


# A press release's foot: its publication labelled in a box, its last edit below it.
_RELEASE_FOOT = (
    '<div class="eventbox"><span class="eventbox__subheadline">{label}</span>'
    '<h2 class="eventbox__headline">13.10.2021</h2><strong>Herausgeber:</strong> Pressestelle</div>'
    '<div class="timestamp"><h4 class="timestamp__title">Zuletzt geändert am:</h4>'
    '<ul><li class="timestamp__item">15.10.2021</li></ul></div>'
)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # the day the reader sees labelled as the publication, not the record's last edit
        ("Erschienen am:", vn(2021, 10, 13)),
        ("Veröffentlicht am", vn(2021, 10, 13)),
        # a box labelled otherwise says nothing: the generic meta date stands
        ("Pressekontakt:", vn(2021, 10, 15)),
    ],
)
def test_a_line_labelled_as_the_publication_beats_the_generic_meta_date(
    label: str, expected: datetime
) -> None:
    head = '<meta name="date" content="2021-10-15" scheme="YYYY-MM-DD">'
    body = (
        "<h1>Eva Welskop-Deffaa zur neuen Präsidentin gewählt</h1>"
        + "<p>" + "Die Delegiertenversammlung hat am Mittwoch gewählt. " * 8 + "</p>"
        + _RELEASE_FOOT.format(label=label)
    )  # fmt: skip
    assert find_dates(page(head, body), now=NOW)[0] == expected


def test_an_update_marked_line_counts_only_without_another_line_by_the_heading() -> None:
    both = (
        '<article><header><h1>T</h1><div class="entry-meta"><a rel="bookmark">'
        '<time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">10. Februar'
        ' 2019</time><time class="updated" datetime="2019-02-09T23:00:55+01:00">9. Februar'
        f" 2019</time></a></div></header>{BODY}</article>"
    )
    found = find_dates(page(body=both), now=NOW)[0]
    assert found is not None
    assert found.date().isoformat() == "2019-02-10"
    # the same line above the heading (its elements are met last-first, the update first)
    above = both.replace("<header><h1>T</h1>", "<header>").replace("</header>", "<h1>T</h1>")
    found = find_dates(page(body=above), now=NOW)[0]
    assert found == datetime.fromisoformat("2019-02-10T09:30:10+01:00")
    only = f'{H1}<span class="time-updated">Cập nhật: 16/01/2019 - 21:19</span>{BODY}'
    assert find_dates(page(body=only), now=NOW)[0] == vn(2019, 1, 16, 21, 19)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the update's word in the class, in Spanish, Portuguese, German: a date line all the same
        ('<span class="articulo-actualizado">19 FEB 2020 - 18:37</span>', vn(2020, 2, 19, 18, 37)),
        ('<div class="data-atualizacao">19/02/2020 18:37</div>', vn(2020, 2, 19, 18, 37)),
        ('<span class="aktualisiert">19.02.2020</span>', vn(2020, 2, 19)),
        # ... an update, which yields to the publication's line by the heading
        (
            (
                '<span class="fecha-publicacion">18/02/2020</span>'
                '<span class="fecha-actualizacion">19/02/2020</span>'
            ),
            vn(2020, 2, 18),
        ),
    ],
)
def test_an_update_word_in_other_languages_marks_a_date_line(
    line: str, expected: datetime | None
) -> None:
    # by the heading
    assert find_dates(page(body=f"{H1}<div>{line}</div>{BODY}"), now=NOW)[0] == expected
    # below the story, where only a marked line counts
    below = f"{H1}{BODY}<div class='x'>{line}</div>"
    assert find_dates(page(body=below), now=NOW)[0] == expected


@pytest.mark.parametrize(
    "hint", ["articulo-actualizado", "fecha-actualizacion", "data-atualizacao", "aktualisiert"]
)
def test_update_words_of_other_languages_are_date_hints_and_update_marks(hint: str) -> None:
    assert _is_date_hint(hint)
    assert _is_update_mark(hint)


def test_a_marked_date_line_may_print_a_two_digit_year() -> None:
    marked = f'{H1}<div class="uploaded-date">23.09.22</div>{BODY}'
    assert find_dates(page(body=marked), now=NOW)[0] == vn(2022, 9, 23)
    unmarked = f"{H1}<div>Version 23.09.22</div>{BODY}"
    assert find_dates(page(body=unmarked), now=NOW)[0] is None


def test_inline_script_code_does_not_make_an_undeclared_vietnamese_page_english() -> None:
    script = "<script>" + "var x = window.dataLayer || []; x.push({a: 1});\n" * 200 + "</script>"
    body = f"{script}<h1>Ngân sách</h1>{VI_BODY}<p>Ngày 12/10/2024, hội nghị.</p>"
    assert find_dates(lang_page("", body), now=NOW)[0] is None


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ('<meta property="five_hundred_pixels:uploaded" content="2013-02-16T04:36:36-05:00">',
         datetime.fromisoformat("2013-02-16T04:36:36-05:00")),
        ('<meta name="article:publish_date" content="2024-05-12">', vn(2024, 5, 12)),
        ('<meta name="content:last_updated" content="2024-05-12">', None),
        ('<meta name="page:expires" content="2024-05-12">', None),
        ('<meta name="creator" content="Hans Müller">', None),
    ],
)  # fmt: skip
def test_other_meta_names_for_the_publication_time(meta: str, expected: datetime | None) -> None:
    assert find_dates(page(meta, f"{H1}{BODY}"), now=NOW)[0] == expected


UPDATED_LD = LD.format(
    '{"@type":"NewsArticle","datePublished":"2019-10-15T16:59:59Z",'
    '"dateModified":"2020-03-12T14:42:17Z"}'
)


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        # the page shows only the update under its title: its reader's date
        ("en", f'<h1>Skin</h1><div class="timestamp">Updated Mar 12, 2020</div>{EN_BODY}',
         "2020-03-12T14:42:17+00:00"),
        # the page shows the publication day: kept
        ("en", f'<h1>Skin</h1><div class="timestamp">Oct 15, 2019</div>{EN_BODY}',
         "2019-10-15T16:59:59+00:00"),
        # no date line: the structured publication date
        ("en", f"<h1>Skin</h1>{EN_BODY}", "2019-10-15T16:59:59+00:00"),
        # Vietnamese pages keep their publication date whatever they show
        ("vi", f'<h1>Da</h1><div class="time">Cập nhật 12/03/2020</div>{VI_BODY}',
         "2019-10-15T16:59:59+00:00"),
    ],
)  # fmt: skip
def test_an_update_shown_alone_by_the_heading_is_the_date_of_a_page_not_in_vietnamese(
    lang: str, body: str, expected: str
) -> None:
    doc = lxml.html.document_fromstring(
        f'<html lang="{lang}"><head><title>t</title>{UPDATED_LD}</head><body>{body}</body></html>'
    )
    published = find_dates(doc, now=NOW)[0]
    assert published is not None
    assert published.astimezone(UTC).isoformat() == expected


def test_time_pubdate_on_many_days_marks_a_list_not_the_page() -> None:
    listed = "".join(
        f'<li><time pubdate datetime="2019-09-{d:02d}T07:30:29Z">{d} septembre</time></li>'
        for d in (22, 20, 19)
    )
    body = (
        f'<ul class="breves">{listed}</ul><article><header><h1>T</h1><p class="publication">'
        f'<time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p></header>{BODY}</article>'
    )
    published = find_dates(page(body=body), now=NOW)[0]
    assert published is not None
    assert published.date().isoformat() == "2019-06-28"
    one = f'{H1}<time pubdate datetime="2019-09-22T07:30:29+02:00">22 septembre</time>{BODY}'
    assert find_dates(page(body=one), now=NOW)[0] == datetime.fromisoformat(
        "2019-09-22T07:30:29+02:00"
    )


# An inline script's data, the only date on the page (a shop's product record).
SCRIPT_DATA = (
    '<script>var meta = {"product": {"published_at": "2019-03-02T10:00:00+01:00"}};</script>'
)


@pytest.mark.parametrize(
    ("lang", "body", "url", "expected"),
    [
        # none of our sources reads it: htmldate's fast mode does
        ("en", f"<h1>Budget</h1>{EN_BODY}{SCRIPT_DATA}", "https://x.org/budget", vn(2019, 3, 2)),
        ("de", f"<h1>Haushalt</h1>{DE_BODY}{SCRIPT_DATA}", "", vn(2019, 3, 2)),
        # never on a page that is or may be Vietnamese: it stays undated rather than wrong
        ("vi", f"<h1>Ngân sách</h1>{VI_BODY}{SCRIPT_DATA}", "", None),
        ("en", f"<h1>Budget</h1>{EN_BODY}{SCRIPT_DATA}", "https://baoxyz.vn/budget.html", None),
        ("", f"<p>Budget</p>{SCRIPT_DATA}", "", None),  # too little text to tell
        # its fast mode does not read the text, so not the site's clock either
        ("en", f'<div class="top-bar"><span>Sunday, March 1, 2026</span></div>{EN_BODY}', "", None),
    ],
)
def test_htmldate_last_resort_on_pages_not_in_vietnamese(
    lang: str, body: str, url: str, expected: datetime | None
) -> None:
    assert find_dates(lang_page(lang, body), url=url, now=NOW)[0] == expected


@pytest.mark.parametrize(
    ("posts", "expected"),
    [
        # a forum post's stamp: a two-digit year, then a time in the next text or the same
        ("<div class='post'><span>28.09.19</span><span>12:44</span></div>", vn(2019, 9, 28)),
        ("<div class='post'><span>28.09.19, 12:44</span></div>", vn(2019, 9, 28)),
        ("<div class='post'><span>28/09/19</span> <span>12:44</span></div>", vn(2019, 9, 28)),
        # without a time of day it may be a version number or a score
        ("<table><tr><td>Version</td><td>28.09.19</td></tr></table>", None),
        ("<div class='post'><span>28.09.19</span><span>Version 2</span></div>", None),
    ],
)
def test_text_scan_reads_a_two_digit_year_stamp_followed_by_a_time(
    posts: str, expected: datetime | None
) -> None:
    doc = lang_page("de", f"<h1>Haushalt</h1>{DE_BODY}{posts}")
    assert find_dates(doc, now=NOW)[0] == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.org/2024/5/12/budget", vn(2024, 5, 12)),
        ("https://x.org/2024/05/12.html", vn(2024, 5, 12)),
        ("https://x.org/news/budget-20240512.html", vn(2024, 5, 12)),
        ("https://x.org/2024_05_12_budget", vn(2024, 5, 12)),
        # a slug that starts with a number is not the day
        ("https://x.org/2023/10/3-fragen-an-tina", None),
        # six digits (yymmdd) are not a year and a month and a day
        ("https://x.org/entertainment/0215/ori_200215_7568645051.html", None),
    ],
)
def test_the_urls_day(url: str, expected: datetime | None) -> None:
    assert _from_url(url, NOW, day_only=True) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # a structured date two years after the URL's day: the page was saved again
        ("https://x.org/home/2017/7/12/montauk", vn(2017, 7, 12)),
        # within a month, the URL's day is the day the story was filed
        ("https://x.org/2025/5/2/budget", vn(2025, 5, 12, 8, 30)),
        ("https://x.org/budget", vn(2025, 5, 12, 8, 30)),
    ],
)
def test_the_urls_day_before_a_structured_date_long_after_it(url: str, expected: datetime) -> None:
    assert find_dates(page(ARTICLE_LD), url=url, now=NOW)[0] == expected


# --- round 6: the day a reader sees -----------------------------------------------------------


def _spanish_page(lang: str, ld_date: str, line: str, body: str) -> lxml.html.HtmlElement:
    ld = LD.format(f'{{"@type":"NewsArticle","headline":"Macrocasos","datePublished":"{ld_date}"}}')
    return lxml.html.document_fromstring(
        f'<html lang="{lang}"><head><title>Macrocasos</title>{ld}</head><body>'
        f'<h1>Macrocasos</h1><div class="date">{line}</div>{body}</body></html>'
    )


ES_BODY = "<p>" + "La jurisdicción anunció los tres nuevos casos que abrirá este año. " * 8 + "</p>"


@pytest.mark.parametrize(
    ("lang", "ld_date", "line", "body", "expected"),
    [
        # the line under the heading prints the instant's UTC clock on the next day: that day
        ("es", "2022-05-05T21:00:00-05:00", "06 de mayo de 2022 - 02:00", ES_BODY,
         "2022-05-06T02:00:00+00:00"),
        ("es", "2022-05-05T21:00:00-05:00", "06/05/2022 02:00", ES_BODY,
         "2022-05-06T02:00:00+00:00"),
        # the line shows the stamp's own wall clock: nothing moves
        ("es", "2022-05-05T21:00:00-05:00", "05/05/2022 21:00", ES_BODY,
         "2022-05-05T21:00:00-05:00"),
        # another day but not the same instant (a time that is not the UTC one): kept
        ("es", "2022-05-05T21:00:00-05:00", "06/05/2022 09:30", ES_BODY,
         "2022-05-05T21:00:00-05:00"),
        # a date without a time says nothing about which clock the page prints
        ("es", "2022-05-05T21:00:00-05:00", "06/05/2022", ES_BODY, "2022-05-05T21:00:00-05:00"),
        # Vietnamese pages show Vietnam time: the stamp's own offset stays
        ("vi", "2022-05-06T05:00:00+07:00", "05/05/2022 22:00", VI_BODY,
         "2022-05-06T05:00:00+07:00"),
    ],
)  # fmt: skip
def test_structured_instant_shown_in_utc_on_another_day_takes_that_day(
    lang: str, ld_date: str, line: str, body: str, expected: str
) -> None:
    published, _ = find_dates(_spanish_page(lang, ld_date, line, body), now=NOW)
    assert published is not None
    assert published.isoformat() == expected
    assert published == datetime.fromisoformat(ld_date)  # the same instant


def _recipe_page(lang: str, line: str, byline: str, lead: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f'<html lang="{lang}"><head><title>Pineapple Cake</title>'
        '<meta itemprop="dateCreated" content="01/01/2004">'
        '<meta itemprop="dateModified" content="06/13/2019"></head><body>'
        f"<h1>Pineapple Cake</h1><ul><li>Prep 15 min</li><li>Servings 12</li></ul>{lead}"
        f'<div class="contributor">{byline}<div class="recipeDate">{line}</div></div>'
        f"{lead}</body></html>"
    )


EN_LEAD = (
    "<p>" + "This classic cake boasts all the fruity, gooey goodness of old times. " * 4 + "</p>"
)
BY = '<span itemprop="author"><span>By</span> <a href="/about">Betty Kitchens</a></span>'


@pytest.mark.parametrize(
    ("lang", "line", "byline", "lead", "expected"),
    [
        # the only date a reader sees, beside the byline below the lead, is the update's day
        ("en", "Updated June 13, 2019", BY, EN_LEAD, vn(2019, 6, 13)),
        ("en", "Updated June 13, 2019", BY.replace('itemprop="author"', 'class="byline"'),
         EN_LEAD, vn(2019, 6, 13)),
        # the byline shows the first publication: it stays
        ("en", "January 1, 2004", BY, EN_LEAD, vn(2004, 1, 1)),
        # no byline: nothing says which day the reader sees; the publication stays
        ("en", "Updated June 13, 2019", "<span>Betty Kitchens</span>", EN_LEAD, vn(2004, 1, 1)),
        # Vietnamese pages show the publication time: it stays
        ("vi", "Cập nhật 13/06/2019", BY, VI_BODY, vn(2004, 1, 1)),
    ],
)  # fmt: skip
def test_update_shown_alone_beside_the_byline_is_the_readers_day(
    lang: str, line: str, byline: str, lead: str, expected: datetime
) -> None:
    assert find_dates(_recipe_page(lang, line, byline, lead), now=NOW)[0] == expected


@pytest.mark.parametrize(
    ("head", "body", "url", "steps"),
    [
        ('<meta property="article:published_time" content="2025-05-12T08:30:00+07:00">', "",
         "", ["meta"]),
        # A structured instant in UTC whose Vietnam day the page shows: the step, then the move.
        ('<meta property="article:published_time" content="2025-05-11T20:00:00Z">',
         '<div class="date">12/05/2025 03:00</div>', "", ["meta", "local-reading"]),
        ("", '<div class="date">Thứ Hai, 12/05/2025 - 08:30</div>', "", ["heading-line"]),
        ("", "", "https://baotinh.vn/2025/05/12/tin.html", ["url-day"]),
        ("", "", "", []),
    ],
)  # fmt: skip
def test_find_dates_names_its_steps(head: str, body: str, url: str, steps: list[str]) -> None:
    """``trace`` names the step that found the date, then each step that moved its day."""
    trace: list[str] = []
    find_dates(page(head=head, body=f"{H1}{body}{BODY}"), url=url, now=NOW, trace=trace)
    assert trace == steps


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a line that writes the day beats "12 minutes ago" above it
        ("<div>12 minutes ago</div><div>Wed 29th April 2020 | 03:32 PM</div>", "2020-04-29"),
        ("<div>2 giờ trước</div><div>29/04/2020 15:32</div>", "2020-04-29"),
        # alone by the heading, the relative line still dates the page (from the crawl time)
        ("<div>2 hours ago</div>", "2026-03-01"),
    ],
)
def test_relative_line_by_the_heading_comes_after_a_written_day(lines: str, expected: str) -> None:
    published, _ = find_dates(page(body=f"<h1>Headline of the story</h1>{lines}"), now=NOW)
    assert published is not None
    assert published.date().isoformat() == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the writer's page is the only mark of the byline (no rel, itemprop or telling class)
        (
            '<p>von <a href="/author/klaus-peter_schoeppner/">Klaus-Peter Schöppner</a>, 8.5.12</p>',
            "2012-05-08",
        ),
        (
            '<p>por <a href="https://example.es/autor/ana-lopez">Ana López</a>, 12/05/2020</p>',
            "2020-05-12",
        ),
        # a link elsewhere does not make a byline: a two-digit year in free text stays unread
        ('<p>von <a href="/tag/gruene/">Grüne</a>, 8.5.12</p>', None),
    ],
)
def test_byline_line_marked_by_a_link_to_the_writers_page(
    byline: str, expected: str | None
) -> None:
    doc = page(body=f'<div><h1><a href="/" rel="home">Site</a></h1></div><div>{byline}</div>')
    published, _ = find_dates(doc, url="https://example.de/der-neue-trend/", now=NOW)
    assert (published.date().isoformat() if published else None) == expected


# Published and updated on one line, in either order, in the languages of the pages we meet
# (round 12, ``benchmarks/date_labels.py``): the publication's part of the line is read.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Aktualisiert am 9. März 2024, 16:40 Uhr | Veröffentlicht am 7. März 2024, 10:15 Uhr",
         "Veröffentlicht am 7. März 2024, 10:15 Uhr"),
        ("Publié le 7 mars 2024 à 10:15 | Mis à jour le 9 mars 2024 à 16:40",
         "Publié le 7 mars 2024 à 10:15 | "),
        ("Actualizado: 9 de marzo de 2024 · Publicado: 7 de marzo de 2024",
         "Publicado: 7 de marzo de 2024"),
        ("Обновлено: 09.03.2024, 16:40 Опубликовано: 07.03.2024, 10:15",
         "Опубликовано: 07.03.2024, 10:15"),
        ("Güncelleme: 09.03.2024 Yayınlanma: 07.03.2024", "Yayınlanma: 07.03.2024"),
        ("Ενημέρωση: 09/03/2024 Δημοσίευση: 07/03/2024", "Δημοσίευση: 07/03/2024"),
        # one label only, or no date after the publication's: the line as it is
        ("Updated March 9, 2024", "Updated March 9, 2024"),
        ("Published March 7, 2024", "Published March 7, 2024"),
        ("Updated March 9, 2024 | Published", "Updated March 9, 2024 | Published"),
    ],
)  # fmt: skip
def test_publication_part(line: str, expected: str) -> None:
    assert publication_part(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bijgewerkt op 9 maart 2024, 16:40", True),
        ("Päivitetty 9.3.2024 16:40", True),
        ("Cập nhật: 09/03/2024 16:40", True),
        ("Aggiornato il 9 marzo 2024 | Pubblicato il 7 marzo 2024", False),
        ("Gepubliceerd op 7 maart 2024", False),
        ("07.03.2024 Updated", False),
        # a word that only contains the label
        ("Aktualisierungen 2024", False),
    ],
)  # fmt: skip
def test_leads_with_update(line: str, expected: bool) -> None:
    assert leads_with_update(line) is expected


@pytest.mark.parametrize(
    "lines",
    [
        '<p>Zaktualizowano: 09.03.2024, 16:40</p><p>Opublikowano: 07.03.2024, 10:15</p>',
        '<p>Uppdaterad 2024-03-09 16.40 | Publicerad 2024-03-07 10.15</p>',
        ("<div><span>Päivitetty 9.3.2024 16:40</span></div>"
         "<div><span>Julkaistu 7.3.2024 10:15</span></div>"),
    ],
)  # fmt: skip
def test_the_publication_line_beats_an_update_line_above_it(lines: str) -> None:
    doc = page(body=f"<article>{H1}{lines}{BODY}</article>")
    assert find_dates(doc, now=NOW)[0].date() == vn(2024, 3, 7).date()


def test_an_update_line_alone_by_the_heading_is_still_the_date() -> None:
    doc = page(body=f"<article>{H1}<p>Bijgewerkt op 9 maart 2024, 16:40</p>{BODY}</article>")
    assert find_dates(doc, now=NOW)[0] == vn(2024, 3, 9, 16, 40)


def test_a_time_after_an_update_label_above_the_heading_is_the_update() -> None:
    # Walking up from the heading meets the update's <time> before the line that labels it.
    lines = (
        '<p>Veröffentlicht am <time datetime="2024-03-07T10:15:00+01:00">7. März 2024</time>'
        ' | Aktualisiert am <time datetime="2024-03-09T16:40:00+01:00">9. März 2024</time></p>'
    )
    doc = page(body=f"<article>{lines}{H1}{BODY}</article>")
    assert find_dates(doc, now=NOW)[0].date() == vn(2024, 3, 7).date()


# Round 13: the labelled line anywhere on the page reads labels as the heading's line does: an
# update's line yields to a publication's line further on, and a line labelling both is read
# from its publication's label (``benchmarks/date_labels.py``, the lines under the story).
STORY_DE = (
    "<h1>Der Stadtrat berät den Haushalt</h1>" + "<p>" + "Der Rat tagte lange. " * 20 + "</p>"
)


@pytest.mark.parametrize(
    "foot",
    [
        "<p>Aktualisiert am 9. März 2024</p><p>Veröffentlicht am 7. März 2024</p>",
        "<p>Aktualisiert am 9. März 2024 | Veröffentlicht am 7. März 2024</p>",
        "<p>Zaktualizowano: 09.03.2024</p><p>Opublikowano: 07.03.2024</p>",
    ],
)
def test_a_labelled_update_line_yields_to_the_publication_line(foot: str) -> None:
    doc = page(body=f"<article>{STORY_DE}<div>{foot}</div></article>")
    assert find_dates(doc, now=NOW)[0].date() == vn(2024, 3, 7).date()


def test_a_labelled_update_line_alone_is_still_the_date() -> None:
    doc = page(body=f"<article>{STORY_DE}<div><p>Aktualisiert am 9. März 2024</p></div></article>")
    assert find_dates(doc, now=NOW)[0].date() == vn(2024, 3, 9).date()
