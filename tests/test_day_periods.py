"""The marks of a 12-hour clock's afternoon and morning in other languages and scripts
(``DAY_PERIODS``, generated from CLDR by ``benchmarks/make_month_names.py``): a date line's
"2:07 μ.μ." is 14:07, not 02:07. Round 12's second pass (``benchmarks/date_forms.py`` scores
the time of day); the forms are CLDR's, no real page is needed."""

from __future__ import annotations

from datetime import datetime

import pytest

from aggregator.dates import VN_TZ, parse_date
from aggregator.month_names import DAY_PERIODS

NOW = datetime(2026, 1, 1, tzinfo=VN_TZ)


def _clock(text: str, language: str = "") -> str | None:
    found = parse_date(text, now=NOW, language=language)
    return found.strftime("%Y-%m-%d %H:%M") if found else None


# (declared language or "", the line, the day and time read)
CASES = [
    # After the time, in the page's declared language.
    ("ar", "5\u200f/3\u200f/2024، 2:07 م", "2024-03-05 14:07"),
    ("ar", "5\u200f/3\u200f/2024، 9:07 ص", "2024-03-05 09:07"),
    ("el", "Τρίτη 5 Μαρτίου 2024 στις 2:07\u202fμ.μ.", "2024-03-05 14:07"),
    ("el", "5 Μαρ 2024, 12:30\u202fπ.μ.", "2024-03-05 00:30"),
    ("sq", "5 mars 2024, 2:07\u202fm.d.", "2024-03-05 14:07"),
    ("ms", "5 Mac 2024, 2:07\u202fPTG", "2024-03-05 14:07"),
    ("ms", "5 Mac 2024, 9:07\u202fPG", "2024-03-05 09:07"),
    ("fa", "2024/3/5،\u200f 2:07 ب.ظ.", "2024-03-05 14:07"),
    ("th", "5 มี.ค. 2024 2:07 หลังเที่ยง", "2024-03-05 14:07"),
    ("sv", "5 mars 2024 kl. 9:07 em", "2024-03-05 21:07"),
    # Before the time, spaced (ko) or glued to the digits (zh, ja).
    ("ko", "2024년 3월 5일 화요일 오후 2:07", "2024-03-05 14:07"),
    ("ko", "2024. 3. 5. 오전 9:07", "2024-03-05 09:07"),
    ("zh", "2024年3月5日 下午2:07", "2024-03-05 14:07"),
    ("zh", "2024年3月5日上午12:30", "2024-03-05 00:30"),
    ("ja", "2024年3月5日 午後2時07分", "2024-03-05 14:07"),
    # No language declared: a mark in a script other than Latin that every language writing it
    # gives the same half.
    ("", "5/3/2024، 2:07 م", "2024-03-05 14:07"),
    ("", "2024년 3월 5일 오후 2:07", "2024-03-05 14:07"),
    ("", "2024年3月5日下午2:07", "2024-03-05 14:07"),
    ("", "5 Μαρτίου 2024, 2:07 μ.μ.", "2024-03-05 14:07"),
    # No language declared, a Latin word: not a mark (Portuguese "em" is "in", Swedish "em" the
    # afternoon).
    ("", "5/3/2024 9:30 em Lisboa", "2024-03-05 09:30"),
    ("pt", "5/3/2024 9:30 em Lisboa", "2024-03-05 09:30"),
    # A 24-hour clock stays as written; a mark only moves 1 to 12 o'clock.
    ("ko", "2024. 3. 5. 14:07", "2024-03-05 14:07"),
    ("ar", "5/3/2024، 14:07 م", "2024-03-05 14:07"),
    # Vietnamese and English marks are read as before.
    ("vi", "Thứ ba, 5/3/2024, 2:07 CH", "2024-03-05 14:07"),
    ("vi", "5/3/2024 12:07 SA", "2024-03-05 00:07"),
    ("", "March 5, 2024, 2:07 PM", "2024-03-05 14:07"),
    ("vi", "Thứ ba, 05/03/2024 14:07 (GMT+7)", "2024-03-05 14:07"),
]


@pytest.mark.parametrize(("language", "line", "expected"), CASES)
def test_day_period(language: str, line: str, expected: str) -> None:
    assert _clock(line, language) == expected


def test_table_shape() -> None:
    """Each language's marks say before (0) or after (12) noon; the languages date_forms
    writes with a 12-hour clock are there."""
    for marks in DAY_PERIODS.values():
        assert marks
        assert set(marks.values()) <= {0, 12}
        assert all(m == m.lower() and m.strip() == m for m in marks)
    assert DAY_PERIODS["ko"] == {"오전": 0, "오후": 12}
    assert DAY_PERIODS["ar"] == {"ص": 0, "م": 12}
    assert DAY_PERIODS["el"]["μ.μ."] == 12
    assert DAY_PERIODS["zh"]["下午"] == 12
    assert DAY_PERIODS["ja"]["午後"] == 12
