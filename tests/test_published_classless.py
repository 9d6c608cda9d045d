"""Date lines on pages whose class and id names say nothing (issue 13, round 9).

A site built with CSS modules hashes its class names ("c1415e3 c09252f"); an old one has none.
The date cascade of aggregator.extract.published must find the date line from the page's
structure and text there: its place by the heading, its shape, what repeats around it. Each page
below is made up, in the shapes the development sets' pages have, with hashed class names.
"""

from __future__ import annotations

from datetime import datetime

import lxml.html
import pytest

from aggregator.dates import VN_TZ
from aggregator.extract.published import _date_alone_in, _in_dated_list, _in_quote, find_dates

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=VN_TZ)
BODY_EN = "<p>" + "The council met on Tuesday to discuss the new budget for the schools. " * 6
BODY_DE = "<p>" + "Der Gemeinderat hat am Dienstag den neuen Haushalt beraten und beschlossen. " * 6
BODY_VI = "<p>" + "Sáng nay, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm và triển khai. " * 6


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


def dated(
    body: str, *, title: str = "", url: str = "https://example.org/a/story"
) -> datetime | None:
    return dated_by(body, title=title, url=url)[0]


def dated_by(
    body: str, *, title: str = "", url: str = "https://example.org/a/story"
) -> tuple[datetime | None, str | None]:
    """The page's publication date and the step of the cascade that found it."""
    doc = lxml.html.document_fromstring(
        f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    )
    steps: list[str] = []
    found = find_dates(doc, url=url, now=NOW, trace=steps)[0]
    return found, steps[0] if steps else None


# The line under the heading, measured as a reader sees it: its indentation is markup.
INDENTED = "\n" + " " * 40
TABS = "\n\t\t\t"
CASES_BY_THE_HEADING = [
    (
        "indented-line-under-the-heading",
        (
            f"<div class='c3ba374'><h1>Dead skin cells might be a good thing</h1>"
            f"<div class='ca5a01b cb67db5'>{INDENTED}Updated Mar 12, 2020 @ 10:42 am{INDENTED}</div>"
            f"</div>{BODY_EN}</p>"
        ),
        vn(2020, 3, 12, 10, 42),
    ),
    (
        "indented-crumbs-author-and-day",
        (
            f"<h1>Deux ans et demi en Macronie</h1><span class='c42f263'>{TABS}Accueil"
            f"{TABS} | {TABS}Par Loïc Le Clerc |{TABS}30 septembre 2018{TABS}"
            f"</span>{BODY_EN}</p>"
        ),
        vn(2018, 9, 30),
    ),
    (
        "date-set-at-the-start-of-the-heading",
        (
            "<h1 class='c1d2e3f'><span class='c9d3135'><span class='ce927d0'>27.01.2022</span>"
            f"</span>MineralölINFO November 2021</h1>{BODY_DE}</p>"
        ),
        vn(2022, 1, 27),
    ),
    (
        "date-set-at-the-end-of-the-heading",
        f"<h1>Tomaten richtig schneiden <small>20.09.2020</small></h1>{BODY_DE}</p>",
        vn(2020, 9, 20),
    ),
    (
        "two-digit-year-stamp-alone-under-the-heading",
        (
            "<h1>Vintage-Flair mit viel Grün</h1><div class='c1415e3'><div class='c0fff17'>23.09.22"
            f"</div> - <div>Saarland</div></div>{BODY_DE}</p>"
        ),
        vn(2022, 9, 23),
    ),
    (
        "long-line-led-by-the-byline",
        (
            "<h1>Faster Docker builds with pipenv</h1><p class='c1afca9'>by Itamar Turner-"
            "Trauring<br>Last updated 04 Jun 2020, originally created 17 Jun 2019</p>"
            f"{BODY_EN}</p>"
        ),
        vn(2020, 6, 4),
    ),
    (
        "vietnamese-long-line-led-by-the-byline",
        (
            "<h1>Củng cố mối quan hệ mật thiết với nhân dân</h1><div>Theo Minh Anh, phóng "
            f"viên thường trú tại Hà Nội - cập nhật 08/01/2026 18:21 giờ</div>{BODY_VI}</p>"
        ),
        vn(2026, 1, 8, 18, 21),
    ),
    (
        # a sentence led like a byline is not one: "Theo" (according to) a report, an office
        "vietnamese-sentence-led-by-theo",
        (
            "<h1>Củng cố mối quan hệ mật thiết với nhân dân</h1><div>Theo báo cáo của Sở Y tế "
            f"ngày 12/05/2025, toàn tỉnh ghi nhận thêm nhiều ca mắc mới</div>{BODY_VI}</p>"
        ),
        None,
    ),
    (
        "vietnamese-sentence-led-by-theo-and-a-name",
        (
            "<h1>Củng cố mối quan hệ mật thiết với nhân dân</h1><div>Theo Sở Y tế, ngày "
            f"12/05/2025 toàn tỉnh ghi nhận thêm nhiều ca mắc mới.</div>{BODY_VI}</p>"
        ),
        None,
    ),
    (
        "english-sentence-led-by-by",
        (
            "<h1>Council meets</h1><div>By the end of May 12, 2025 the council will have voted "
            f"on the new budget for all schools</div>{BODY_VI}</p>"
        ),
        None,
    ),
    (
        # a sentence by the heading, however indented, is not a date line
        "vietnamese-sentence-by-the-heading",
        (
            f"<h1>Củng cố mối quan hệ mật thiết với nhân dân</h1><div>{INDENTED}Hội nghị diễn "
            f"ra ngày 12/05/2025 tại hội trường lớn của tỉnh với nhiều đại biểu{INDENTED}</div>"
            f"{BODY_VI}</p>"
        ),
        None,
    ),
    (
        "vietnamese-line-without-class",
        (
            f"<h1>Củng cố mối quan hệ mật thiết với nhân dân</h1><div>{INDENTED}Thứ Năm, "
            f"08/01/2026 - 18:21{INDENTED}</div>{BODY_VI}</p>"
        ),
        vn(2026, 1, 8, 18, 21),
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in CASES_BY_THE_HEADING],
    ids=[c[0] for c in CASES_BY_THE_HEADING],
)
def test_the_line_by_the_heading_without_class_names(body: str, expected: datetime | None) -> None:
    # found by the heading, not by a later step (the text scan reads English and German pages)
    assert dated_by(body) == (expected, "heading-line" if expected else None)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("<h1><span><b>27.01.2022</b></span>MineralölINFO November 2021</h1>", True),
        ("<h1>MineralölINFO <span>27.01.2022</span></h1>", True),
        ("<h1><span>23.09.22</span> Vintage-Flair</h1>", True),
        ("<h1><span>12 May 2025</span> Council meets</h1>", True),
        # the story's subject: a date among the title's words
        ("<h1>Wahl am <b>12.05.2019</b> in Bremen</h1>", False),
        # more than a date
        ("<h1><span>27.01.2022 Berlin</span> MineralölINFO</h1>", False),
        ("<h1><span>Version 4.8</span> released</h1>", False),
    ],
)
def test_date_alone_in_the_heading(heading: str, expected: bool) -> None:
    h1 = lxml.html.fragment_fromstring(heading)
    span = next(h1.iterdescendants())
    assert _date_alone_in(span, h1) is expected


COMMENTS = "".join(
    f"<div class='cb53cee'><div class='c97c0e8'><time>{day}.09.20 | 18:19</time>"
    f"<a href='/user/{i}'>Leser{i}</a><p>Sehr gut erklärt, danke für den Tipp mit dem Messer!</p>"
    "</div></div>"
    for i, day in enumerate(("23", "26", "22"))
)
EVENTS = (
    "<div class='c5c0f1a'>"
    + "".join(
        f"<div class='cad6c99'><div>{day}</div><a href='/e/{i}'>Gottesdienst zum Ewigkeitssonntag "
        "in der Stadtkirche</a></div>"
        for i, day in enumerate(("Sa. 13.11.2021", "So. 14.11.2021", "Di. 16.11.2021"))
    )
    + "</div>"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # comments below a story dated in its text ("am 20.09.2020"): their times are theirs
        (
            (
                f"<h1>Tomaten richtig schneiden</h1>{BODY_DE}</p><div>von <a href='/u/m'>Marianne"
                f"</a><br>am 20.09.2020</div><div class='c1'>{COMMENTS}</div>"
            ),
            vn(2020, 9, 20),
        ),
        # an events box beside a story whose date is in its first sentence
        (
            (
                "<h1>Trauern digital</h1><div><strong>Karlsruhe, (12.11.2021). Traditionell "
                "gedenken evangelische Christinnen und Christen am Ewigkeitssonntag ihrer "
                f"Verstorbenen.</strong></div>{BODY_DE}</p>{EVENTS}"
            ),
            vn(2021, 11, 12),
        ),
    ],
    ids=["comments", "events-box"],
)
def test_a_list_of_dated_items_is_not_the_pages_date(body: str, expected: datetime) -> None:
    assert dated(body, url="https://example.de/tipp/1918/tomaten.html") == expected


def test_in_dated_list() -> None:
    doc = lxml.html.fragment_fromstring(f"<div><h1>T</h1>{COMMENTS}</div>")
    times = list(doc.iter("time"))
    assert all(_in_dated_list(t, doc.find("h1")) for t in times)
    # one story's two stamps side by side are not a list
    stamps = lxml.html.fragment_fromstring(
        "<div><h1>T</h1><p><span class='c1'>Published 12.01.2020</span>"
        "<span class='c1'>Updated 13.01.2020</span></p></div>"
    )
    assert not any(_in_dated_list(s, stamps.find("h1")) for s in stamps.iter("span"))
    # a box holding the heading is the article's own, repeated or not
    own = lxml.html.fragment_fromstring(
        "<div><section class='c2'><h1>T</h1><time>12.01.2020</time><a href='/x'>Section</a>"
        "</section><section class='c2'><time>13.01.2020</time><a href='/y'>Other</a></section>"
        "</div>"
    )
    assert not _in_dated_list(own.find(".//time"), own.find(".//h1"))


def test_an_embedded_posts_date_is_not_the_pages() -> None:
    embed = (
        "<blockquote class='c2e44c3'><div><a href='https://www.instagram.com/p/x/'>Ein Beitrag"
        "</a><p>Ein Beitrag geteilt von X am <time>21. Apr 2019 um 4:47 Uhr PDT</time></p></div>"
        "</blockquote>"
    )
    doc = lxml.html.fragment_fromstring(f"<div>{embed}</div>")
    assert _in_quote(doc.find(".//time"))
    body = (
        f"<div><h2>Other</h2></div>{BODY_DE}</p>{embed}<div><span>18.10.2019</span>"
        "<a href='/a'>Quelle</a></div>"
    )
    assert dated(body, url="https://www.example.de/people/horror-fund-62276.html") != vn(
        2019, 4, 21
    )
