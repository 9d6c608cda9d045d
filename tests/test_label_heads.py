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
