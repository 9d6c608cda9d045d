"""Date forms round 12 left unread (round 13, ``benchmarks/date_forms.py``): two-digit years
in the locale's order, a point between hour and minute, year-first Latin-script month names
and Latin-script 12-hour marks on pages that declare no language. Table tests: the forms are
CLDR's, no real page is needed."""

from __future__ import annotations

from datetime import datetime

import pytest

from aggregator.dates import VN_TZ, date_order, full_year, parse_date

NOW = datetime(2024, 3, 8, 12, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    ("declared", "order"),
    [
        ("", ""),
        ("de", "dmy"),
        ("en", "dmy"),  # bare "en" is as likely British or Indian as American
        ("en-US", "mdy"),
        ("en_us", "mdy"),
        ("en-GB", "dmy"),
        ("es", "dmy"),
        ("es-PA", "mdy"),
        ("ko", "ymd"),
        ("ko-KR", "ymd"),
        ("vi", "dmy"),
    ],
)
def test_date_order(declared: str, order: str) -> None:
    assert date_order(declared) == order


@pytest.mark.parametrize(
    ("text", "order", "swap", "expected"),
    [
        # Day first: the year written out, the rest as it was.
        ("05.03.24", "dmy", True, "05.03.2024"),
        ("05.03.24, 14:07", "", True, "05.03.2024, 14:07"),
        ("23.09.99", "dmy", False, "23.09.1999"),
        # Month first where the locale writes it so.
        ("3/5/24", "mdy", True, "2024-03-05"),
        ("3/1/24, 2:07 PM", "mdy", True, "2024-03-01, 2:07 PM"),
        # A day-first reading after the crawl gives way to the month-first one, with swap.
        ("3/5/24", "dmy", True, "2024-03-05"),
        ("3/5/24", "dmy", False, "3/5/2024"),
        ("11/30/23", "dmy", True, "2023-11-30"),
        # Year first: Korean, declared or not ("24. 3. 5." is written by no other order).
        ("24. 3. 5.", "ymd", True, "2024-03-05"),
        ("24. 3. 5. 오후 2:07", "", True, "2024-03-05 오후 2:07"),
        ("24/3/5", "ymd", True, "2024-03-05"),
        ("no date", "dmy", True, None),
    ],
)
def test_full_year(text: str, order: str, swap: bool, expected: str | None) -> None:
    assert full_year(text, NOW, order, swap=swap) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A point between hour and minute, right after the date.
        ("05.03.2024 14.07", "da", (2024, 3, 5, 14, 7)),
        ("tirsdag den 5. marts 2024 kl. 14.07", "da", (2024, 3, 5, 14, 7)),
        ("5.3.2024 klo 14.07", "", (2024, 3, 5, 14, 7)),
        ("Selasa, 05 Maret 2024 pukul 14.07", "id", (2024, 3, 5, 14, 7)),
        ("15.06.2020, 12.11 Uhr", "", (2020, 6, 15, 12, 11)),
        # … not a day and a month, nor a number in a sentence.
        ("05.03.2024 14.07.2023", "", (2024, 3, 5, 0, 0)),
        ("05.03.2024 Preis 3.50", "", (2024, 3, 5, 0, 0)),
        # Year-first Latin-script names, no language declared (hu, lt, lv).
        ("2024. március 5., kedd 14:07", "", (2024, 3, 5, 14, 7)),
        ("2024. márc. 5.", "", (2024, 3, 5, 0, 0)),
        ("2024 m. kovo 5 d., antradienis", "", (2024, 3, 5, 0, 0)),
        ("otrdiena, 2024. gada 5. marts 14:07", "", (2024, 3, 5, 14, 7)),
        # Latin-script 12-hour marks ending the line, no language declared (sq, ms).
        ("5/03/2024, 2:07 PTG", "", (2024, 3, 5, 14, 7)),
        ("5.3.2024, 2:07 m.d.", "", (2024, 3, 5, 14, 7)),
        ("5 Mac 2024, 2:07 PTG", "", (2024, 3, 5, 14, 7)),
        # … not a word a sentence goes on after.
        ("5.3.2024, 9:30 em Lisboa", "", (2024, 3, 5, 9, 30)),
        # Through dateparser, the time read here: a point after the year.
        ("utorak, 5. ožujka 2024. 14:07", "", (2024, 3, 5, 14, 7)),
    ],
)
def test_leftover_forms(text: str, language: str, expected: tuple[int, ...]) -> None:
    found = parse_date(text, now=NOW, any_language=True, language=language)
    assert found is not None
    assert (found.year, found.month, found.day, found.hour, found.minute) == expected


def test_year_first_latin_needs_the_order() -> None:
    # A short word that names a month somewhere, in a sentence's order: not a date.
    assert parse_date("Seite 5 von 2024", now=NOW, any_language=False) is None
