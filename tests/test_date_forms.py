"""Date lines in the forms CLDR writes them, in the languages ``benchmarks/date_forms.py``
found unread or misread (round 12): the forms are the data, no real page is needed."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

from aggregator.dates import VN_TZ, parse_date
from aggregator.extract import extract_article
from aggregator.month_names import MONTH_NAMES, MONTH_PREFIXES

NOW = datetime(2026, 1, 1, tzinfo=VN_TZ)


def _day(text: str, language: str = "") -> date | None:
    found = parse_date(text, now=NOW, any_language=True, language=language)
    return found.date() if found else None


# (declared language, the line as CLDR writes it, the day)
DECLARED = [
    # Year first, the day after the month (hu, lt, hy) or before it (lv).
    ("hu", "2024. március 5., kedd", date(2024, 3, 5)),
    ("hu", "2024. márc. 5. 14:07", date(2024, 3, 5)),
    ("hu", "2021. júl. 12.", date(2021, 7, 12)),
    ("lt", "2024 m. kovo 5 d., antradienis", date(2024, 3, 5)),
    ("lt", "2023 m. lapkričio 30 d. 14:07", date(2023, 11, 30)),
    ("lv", "otrdiena, 2024. gada 5. marts 14:07", date(2024, 3, 5)),
    ("lv", "2022. gada 31. dec.", date(2022, 12, 31)),
    ("hy", "2024 թ. մարտի 5, երեքշաբթի", date(2024, 3, 5)),
    ("hy", "2025 թ. հնվ 9, 14:07", date(2025, 1, 9)),
    # A prefix glued to the month (he), an elided article (ca).
    ("he", "5 במרץ 2024", date(2024, 3, 5)),
    ("he", "9 בינו׳ 2025, 14:07", date(2025, 1, 9)),
    ("ca", "divendres, 18 d’octubre del 2019, 14:07", date(2019, 10, 18)),
    ("ca", "18 d’oct. 2019", date(2019, 10, 18)),
    # Names other languages give to another month: Croatian "listopad" is October.
    ("hr", "petak, 18. listopada 2019. 14:07", date(2019, 10, 18)),
    ("pl", "18 listopada 2019", date(2019, 11, 18)),
    ("hr", "12. srpnja 2021.", date(2021, 7, 12)),
    ("cs", "12. srpna 2021", date(2021, 8, 12)),
    # Scripts with combining marks and abbreviation points (th, hi), an era word (ค.ศ.).
    ("th", "วันศุกร์ที่ 18 ตุลาคม ค.ศ. 2019 14:07 น.", date(2019, 10, 18)),
    ("th", "1 มี.ค. 2024", date(2024, 3, 1)),
    ("hi", "गुरुवार, 29 फ़रवरी 2024, 2:07 pm", date(2024, 2, 29)),
    ("hi", "18 अक्टू॰ 2019", date(2019, 10, 18)),
    ("hi", "31 दिस॰ 2022", date(2022, 12, 31)),
    # A range names two months: the day's own month is the one before the year.
    ("de", "Der Tunnel wird vom 24. April bis 2. Oktober 2017 gesperrt.", date(2017, 10, 2)),
    ("de", "Dienstag, 5. März 2024", date(2024, 3, 5)),
]


@pytest.mark.parametrize(("language", "line", "day"), DECLARED)
def test_month_names_of_the_declared_language(language: str, line: str, day: date) -> None:
    assert _day(line, language) == day


# Forms read whatever the page declares.
ANY = [
    # Bidirectional marks between an Arabic date's numbers.
    ("05\u200f/03\u200f/2024", date(2024, 3, 5)),
    ("1\u200f/3\u200f/2024، 2:07 م", date(2024, 3, 1)),
    ("\u200e12/07/2021\u200e", date(2021, 7, 12)),
    # A point and a space between the numbers (cs, sk, sl, sr, hr).
    ("5. 3. 2024", date(2024, 3, 5)),
    ("12. 7. 2021, 14:07", date(2021, 7, 12)),
    ("05. 03. 2024.", date(2024, 3, 5)),
    ("31. 12. 2022. 14:07", date(2022, 12, 31)),
    # Vietnamese's abbreviated month (CLDR's medium form), the time first.
    ("5 thg 3, 2024", date(2024, 3, 5)),
    ("14:07 30 thg 11, 2023", date(2023, 11, 30)),
]


@pytest.mark.parametrize(("line", "day"), ANY)
def test_forms_read_in_any_language(line: str, day: date) -> None:
    assert _day(line) == day
    assert _day(line, "vi") == day


def test_spaced_points_keep_the_time() -> None:
    found = parse_date("5. 3. 2024, 14:07", now=NOW)
    assert found == datetime(2024, 3, 5, 14, 7, tzinfo=VN_TZ)


def test_no_table_no_reading() -> None:
    # A page declaring a language with no table: its names are not guessed. (Undeclared, a
    # year-first line is read in the languages that write it so: tests/test_date_leftovers.py.)
    assert _day("2024. gada 5. marts", "xx") is None
    assert _day("5 any 2024") is None


def test_month_table_is_clean() -> None:
    assert {"de", "fr", "hu", "lt", "lv", "hr", "pl", "he", "th", "hi", "hy", "ca"} <= set(
        MONTH_NAMES
    )
    assert "en" not in MONTH_NAMES
    assert "vi" not in MONTH_NAMES
    for names in MONTH_NAMES.values():
        assert set(names.values()) == set(range(1, 13))
        for word in names:
            assert word == word.lower() == unicodedata.normalize("NFC", word)
            assert not word.endswith(".")
            assert " " not in word
    assert MONTH_PREFIXES["he"] == ("ב",)


def _page(line: str, lang: str) -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Headline words here | Kurier</title></head><body>
<header><a href="/">Kurier</a><nav><a href="/a/">One</a> <a href="/b/">Two</a></nav></header>
<main><article><h1>Headline words here</h1>
<div class="story-info">{line}</div><div class="story-writer">Anna Kowalski</div>
<div class="story-text"><p>{"Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 4}</p>
<p>{"Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. " * 4}</p></div>
</article></main><footer>© 2026 Kurier</footer></body></html>"""


@pytest.mark.parametrize(
    ("lang", "line", "day"),
    [
        ("hu", "2024. március 5., kedd 14:07", date(2024, 3, 5)),
        ("lt", "2024 m. kovo 5 d.", date(2024, 3, 5)),
        ("hr", "petak, 18. listopada 2019.", date(2019, 10, 18)),
        ("he", "9 בינו׳ 2025, 14:07", date(2025, 1, 9)),
        ("ar", "05\u200f/03\u200f/2024", date(2024, 3, 5)),
        ("sk", "5. 3. 2024, 14:07", date(2024, 3, 5)),
        ("vi", "14:07 5 thg 3, 2024", date(2024, 3, 5)),
    ],
)
def test_the_date_line_under_the_headline(lang: str, line: str, day: date) -> None:
    article = extract_article(_page(line, lang), "https://news.example/story/x", now=NOW)
    assert article.published is not None
    assert article.published.date() == day


# A page that declares no language: a line in a script other than Latin is read in every
# language whose month names are written in it, when those that read it agree.
@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("9 בינו׳ 2025, 14:07", date(2025, 1, 9)),
        ("2024 թ. մարտի 5, երեքշաբթի", date(2024, 3, 5)),
        ("วันศุกร์ที่ 18 ตุลาคม ค.ศ. 2019 14:07 น.", date(2019, 10, 18)),
        ("18 अक्टू॰ 2019", date(2019, 10, 18)),
        ("الثلاثاء، 5 مارس 2024", date(2024, 3, 5)),
        ("5 березня 2024 р.", date(2024, 3, 5)),
        ("divendres, 18 d’octubre del 2019, 14:07", date(2019, 10, 18)),
    ],
)
def test_undeclared_pages(line: str, day: date) -> None:
    assert _day(line) == day


def test_latin_names_need_a_declared_language() -> None:
    # Croatian and Polish "listopada" are different months: without a language the shared
    # table's reading (Polish, November) stands.
    assert _day("18. listopada 2019.") == date(2019, 11, 18)
    assert _day("18. listopada 2019.", "hr") == date(2019, 10, 18)


def test_og_locale_declares_the_language() -> None:
    # No lang on <html>: og:locale says the page is Croatian, and "listopada" is October.
    html = _page("petak, 18. listopada 2019.", "hr").replace(' lang="hr"', "")
    html = html.replace("<head>", '<head><meta property="og:locale" content="hr_HR">')
    article = extract_article(html, "https://news.example/story/x", now=NOW)
    assert article.published is not None
    assert article.published.date() == date(2019, 10, 18)
