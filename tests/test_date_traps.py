"""Dates that mislead by the heading (round 13, ``benchmarks/date_traps.py``): a line that does
not say what it dates comes before the story's own line."""

from __future__ import annotations

from datetime import datetime

import lxml.html
import pytest

from aggregator.dates import VN_TZ
from aggregator.extract import extract_article
from aggregator.extract.published import (
    _byline_led,
    _date_words,
    _labels_publication,
    _update_first,
)

NOW = datetime(2025, 12, 8, 9, 0, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Anna Example March 5, 2024 9:14 PM", True),
        ("Von Anna Example 05.03.2024, 21:14 Uhr", True),
        ("Tác giả: Minh Anh Thứ Ba, 05/03/2024 - 21:14", True),
        ("Autor: Anna Example 05.03.2024", True),
        ("By the end of March 2024 the works were done", False),
        ("Live · Latest entry March 21, 2025 3:00 PM", False),
        ("12 comments · latest March 21, 2025", False),
        ("05.03.2024, 21:14 Uhr", False),
    ],
)
def test_byline_led(line: str, expected: bool) -> None:
    assert _byline_led(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the byline, the update, then the bare publication stamp
        ("By Anna Example Updated: July 7, 2024 3:14 PM · June 26, 2024 11:02 AM", True),
        ("Von Anna Example Aktualisiert am 12.03.2024, 10:00 Uhr · 05.03.2024, 21:14 Uhr", True),
        ("Tác giả: Minh Anh Cập nhật: 12/03/2024 - 10:00 · 05/03/2024 - 21:14", True),
        # the update alone: the day the reader sees stays the line's
        ("By Anna Example · Updated March 12, 2020", False),
        # a publication label: publication_part's business
        ("Updated: July 7, 2024 · Published: June 26, 2024", False),
        # a digit before the label: the first date is not the update's
        ("June 26, 2024 · Updated: July 7, 2024", False),
        ("March 5, 2024 9:14 PM", False),
    ],
)
def test_update_first(line: str, expected: bool) -> None:
    assert _update_first(line) is expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Published: March 5, 2024</p>", True),
        ("<p>Veröffentlicht am 05.03.2024</p>", True),
        ("<p>Ngày đăng: 05/03/2024</p>", True),
        ("<p>From the print edition of March 6, 2024</p>", False),
        ("<p>Updated: March 9, 2024</p>", False),
    ],
)
def test_labels_publication(html: str, expected: bool) -> None:
    el = lxml.html.fragment_fromstring(html)
    assert _labels_publication(el, el.text_content(), False) is expected


def test_labels_publication_before_a_time() -> None:
    line = lxml.html.fragment_fromstring(
        '<p><span>Publié le</span> <time datetime="2024-03-05T21:14">5 mars</time></p>'
    )
    time = line.find("time")
    assert _labels_publication(time, time.get("datetime"), True)


def _page(between: str, date_line: str, byline: str = "By Anna Example") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>City council approves the new budget - Example News</title></head><body>
<header><a href="/">Example News</a><nav><a href="/politics/">Politics</a></nav></header>
<main><article><h1>City council approves the new budget</h1>{between}
<div><span>{byline}</span> <span>{date_line}</span></div>
<div><p>{"Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 5}</p>
<p>{"Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. " * 5}</p></div>
</article></main><footer>© 2025 Example News</footer></body></html>"""


@pytest.mark.parametrize(
    ("between", "date_line", "byline", "day"),
    [
        # a live blog's latest entry, then the byline's bare stamp
        (
            "<div>Live · Latest entry March 21, 2025 3:00 PM</div>",
            "March 7, 2025 10:12 AM",
            "By Anna Example",
            "2025-03-07",
        ),
        # the print edition's day, then the labelled publication (no byline lead)
        (
            "<div>Aus der Printausgabe vom 1. Februar 2025</div>",
            "Veröffentlicht am 31.01.2025, 18:40 Uhr",
            "Anna Example",
            "2025-01-31",
        ),
        # a comment count with the latest comment's time
        (
            "<div>12 bình luận · mới nhất Thứ Bảy, 10/08/2024 - 20:15</div>",
            "Thứ Năm, 25/07/2024 - 09:30",
            "Tác giả: Minh Anh",
            "2024-07-25",
        ),
        # the update, then the bare publication stamp, in the byline's row
        (
            "",
            "Updated: July 7, 2024 3:14 PM</span> · <span>June 26, 2024 11:02 AM",
            "By Anna Example",
            "2024-06-26",
        ),
        # the update alone beside the byline: the day the reader sees
        ("", "Updated: July 7, 2024 3:14 PM", "By Anna Example", "2024-07-07"),
        # nothing else by the heading: the nearest line, as before
        ("<div>March 21, 2025 3:00 PM</div>", "", "By Anna Example", "2025-03-21"),
    ],
)
def test_own_line_wins_over_a_line_that_dates_something_else(
    between: str, date_line: str, byline: str, day: str
) -> None:
    html = _page(between, date_line, byline)
    got = extract_article(html, "https://news.example/politics/council-budget.html", now=NOW)
    assert got.published is not None
    assert got.published.date().isoformat() == day


@pytest.mark.parametrize(
    ("heading", "line", "day"),
    [
        # the headline names an event's day; the line under it shares its month and year
        ("Polls open on March 17, 2024: what is at stake", "March 1, 2024 1:53 PM", "2024-03-01"),
        ("Élections du 7 juin 2025 : ce qui est en jeu", "2 juin 2025 à 10h12", "2025-06-02"),
    ],
)
def test_line_sharing_only_the_headlines_date_words(heading: str, line: str, day: str) -> None:
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{heading}</title></head>
<body><header><a href="/">Example News</a></header><main><div><h1>{heading}</h1>
<div><span>Anna Example</span> <span>{line}</span></div><div>
<p>{"Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 5}</p></div></div></main>
<footer>© 2025</footer></body></html>"""
    got = extract_article(html, "https://news.example/politics/polls.html", now=NOW)
    assert got.published is not None
    assert got.published.date().isoformat() == day


def test_date_words_of_a_heading() -> None:
    h1 = lxml.html.fragment_fromstring("<h1>Polls open on March 17, 2024: what is at stake</h1>")
    words = set(h1.text_content().split())
    assert _date_words(words, h1) == {"March", "17,", "2024:"}
    plain = lxml.html.fragment_fromstring("<h1>Council approves the budget</h1>")
    assert _date_words(set(plain.text_content().split()), plain) == set()
