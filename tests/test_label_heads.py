"""The cheap openings tests before the label regexes (``date_labels.opens_with``): they turn a
line away only where the regex would not match it, case folding included."""

from __future__ import annotations

import re

import pytest

from aggregator.extract import published
from aggregator.extract.clean import BYLINE_LABELS
from aggregator.extract.date_labels import (
    LEAD_LABEL_RE,
    ascii_heads,
    initials_pattern,
    lead_label,
    opens_with,
)

_LINES = [
    "Published: 09.03.2024",
    "PUBLISHED on 9 March 2024",
    "Ngày đăng: 05/03/2024",
    "Cập nhật lúc 18:06",
    "Datum: 03.02.2022",
    "Veröffentlicht am 3. Februar",
    "Theo báo cáo",
    "Tác giả: Anna",
    "Autor: Jan",
    "Posted\tat 10:00",
    "Last\u00a0updated 04 Jun 2020",
    "la\u017ft updated",  # ſ folds to s
    "\u212aontakt",  # the Kelvin sign folds to k
    "h",
    "",
    "x: 1",
    "12/05/2020 - 04:30",
    "日期：2024年",
    "更新时间 2024",
    "Đăng ngày 1/1",
]


@pytest.mark.parametrize("line", _LINES)
def test_lead_label_is_the_regex_match(line: str) -> None:
    expected = LEAD_LABEL_RE.match(line)
    got = lead_label(line)
    assert (got and got.span(), got and got.groupdict()) == (
        expected and expected.span(),
        expected and expected.groupdict(),
    )


@pytest.mark.parametrize(
    ("words", "regex"),
    [
        (("published", "last updated", "date"), None),
        (BYLINE_LABELS, published._BYLINE_LABEL_RE),
    ],
)
def test_no_ascii_pair_a_word_opens_is_turned_away(words, regex) -> None:
    words = list(words)
    heads = ascii_heads(words)
    initials = re.compile(initials_pattern(words), re.IGNORECASE)
    pattern = regex or re.compile(
        "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words), re.IGNORECASE
    )
    # every word, in every case, with whitespace variants, opens a line the test lets through
    for w in words:
        for form in (w, w.upper(), w.title(), w.replace(" ", "\t")):
            line = form + ": Anna 09.03.2024"
            if pattern.match(line):
                assert opens_with(line, heads, initials), line
    # and an ASCII pair turned away never opens a match of the regex
    for a in range(128):
        for b in range(128):
            line = chr(a) + chr(b) + "ublished: Anna 2024"
            if not opens_with(line, heads, initials):
                assert pattern.match(line) is None, line


def test_initials_of_words() -> None:
    assert initials_pattern(["ab", "cd", "a"]) == "[ac]"


def _stamp_line_as_written(text: str) -> bool:
    # round 13's is_stamp_line, before its cheap tests: the reference the fast one must equal
    from aggregator.extract.content import _STAMP_DATE, _STAMP_TIME

    if (date := _STAMP_DATE.search(text)) is None or _STAMP_TIME.search(text) is None:
        return False
    words = sum(1 for w in text.split() if w[:1].isalpha())
    return words <= 8 and date is not None


@pytest.mark.parametrize(
    "text",
    [
        "Thứ Năm, 09/01/2025, 19:55 (GMT+7)",
        "Cập nhật lúc 18:06, Chủ Nhật, 13/07/2025",
        "Sáng 14/3/2025, lúc 8h30, đoàn đã đến thăm và làm việc",
        "09/01/2025 19:55 " + "1 2 3 " * 40 + "a b c",
        "09/01/2025 19:55 " + "1 2 3 " * 40 + "a b c d e f g h i j",
        "09/01/2025 19:55 " + "word " * 9,
        "09/01/2025 19:55 " + "word " * 8,
        "Tin khác " * 3000 + "09/01/2025 19:55",
        "no date here at all",
        "",
        "   ",
        "2025-01-09 08:30",
    ],
)
def test_stamp_line_is_the_test_as_written(text: str) -> None:
    from aggregator.extract.content import is_stamp_line

    assert is_stamp_line(text) is _stamp_line_as_written(text)
