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
from aggregator.extract.published import _date_alone_in, find_dates

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=VN_TZ)
BODY_EN = "<p>" + "The council met on Tuesday to discuss the new budget for the schools. " * 6
BODY_DE = "<p>" + "Der Gemeinderat hat am Dienstag den neuen Haushalt beraten und beschlossen. " * 6
BODY_VI = "<p>" + "Sáng nay, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm và triển khai. " * 6


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


def dated(
    body: str, *, title: str = "", url: str = "https://example.org/a/story"
) -> datetime | None:
    doc = lxml.html.document_fromstring(
        f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    )
    return find_dates(doc, url=url, now=NOW)[0]


# The line under the heading, measured as a reader sees it: its indentation is markup.
INDENTED = "\n" + " " * 40
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
            f"<h2>Deux ans et demi en Macronie</h2><span class='c42f263'>{INDENTED}Accueil"
            f"{INDENTED} | {INDENTED}Par Loïc Le Clerc |{INDENTED}30 septembre 2018{INDENTED}"
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
            "Trauring<span>Last updated 04 Jun 2020, originally created 17 Jun 2019</span></p>"
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
    assert dated(body) == expected


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
