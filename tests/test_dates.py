"""Table tests for aggregator.dates.parse_date.

Every real string from research/vn-date-examples.json, then rows written from the format families
in research/vietnam-notes.md §2.1 and §4. ``NOW`` is a fixed crawl time so relative dates and the
sanity window are deterministic.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from aggregator.dates import VN_TZ, full_year, is_relative, parse_date, to_vn

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=VN_TZ)
# vn-date-examples.json, copied so the tests run without shared/ beside the repo; the test below
# also reads the file itself when it is there, so new examples are checked without editing this.
REAL = [
    ("Thứ sáu: 15:00 ngày 09/02/2024", "2024-02-09T15:00:00+07:00", "baotayninh.vn"),
    ("Cập nhật ngày: 16/01/2019 - 21:19", "2019-01-16T21:19:00+07:00", "baotayninh.vn"),
    ("Thứ sáu 06/02/2026 11:04", "2026-02-06T11:04:00+07:00", "doanhnghiephoinhap.vn"),
    ("18/08/2023", "2023-08-18T00:00:00+07:00", "yenson.tuyenquang.gov.vn"),
    ("20/06/2025 - 07:45", "2025-06-20T07:45:00+07:00", "sonnmt.tuyenquang.gov.vn"),
    ("13/10/2020, 20:57", "2020-10-13T20:57:00+07:00", "vnews.gov.vn"),
    ("09:24 | 30/01/2024", "2024-01-30T09:24:00+07:00", "tinbong247.org"),
    ("06/10/2024 | 00:35 GMT+7", "2024-10-06T00:35:00+07:00", "hssk.tapchicongsan.org.vn"),
    ("Ngày 14-09-2016 Lượt xem: 128", "2016-09-14T00:00:00+07:00", "thuvienquangninh.org.vn"),
    ("04/06/2018 11:00 SA", "2018-06-04T11:00:00+07:00", "eng.longan.gov.vn"),
    ("Thứ Bảy, 15 tháng 3, 2014", "2014-03-15T00:00:00+07:00", "dongvancaonguyen.blogspot.com"),
    ("Chủ Nhật, 22 tháng 9, 2013", "2013-09-22T00:00:00+07:00", "tonthat-tonnu.blogspot.com"),
    ("Thời sự - 22/12/2022 14:02", "2022-12-22T14:02:00+07:00", "suckhoedoisong.vn"),
    ("31.08.2004 23:58:04", "2004-08-31T23:58:04+07:00", "diendan.vnthuquan.net"),
    ("01/08/2019", "2019-08-01T00:00:00+07:00", "tuoitre.vn"),
    ("4:41:01 PM | 26/10/2009", "2009-10-26T16:41:01+07:00", "vccinews.com"),
    ("Wednesday, August 30, 2023, 15:48 (GMT+7)", "2023-08-30T15:48:00+07:00", "tapchiqptd.vn"),
]


def _examples_file() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "research" / "vn-date-examples.json"
        if candidate.exists():
            return candidate
    return None


def _real_examples() -> list[object]:
    params = [
        pytest.param(text, expected, id=f"real-{site}-{i}")
        for i, (text, expected, site) in enumerate(REAL)
    ]
    path = _examples_file()
    if path is not None:
        known = {text for text, _, _ in REAL}
        for i, row in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            if row["text"] not in known:
                params.append(
                    pytest.param(row["text"], row["expected"], id=f"json-{row['site']}-{i}")
                )
    return params


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


@pytest.mark.parametrize(("text", "expected_iso"), _real_examples())
def test_real_examples(text: str, expected_iso: str) -> None:
    expected = datetime.fromisoformat(expected_iso)
    got = parse_date(text, now=NOW)
    assert got == expected
    assert got is not None
    assert got.utcoffset() == expected.utcoffset()


PARSES = [
    # machine formats
    ("2025-05-12T08:30:00+07:00", vn(2025, 5, 12, 8, 30), "iso-offset"),
    ("2025-05-12T01:30:00Z", vn(2025, 5, 12, 8, 30), "iso-z"),
    ("2019-08-06T14:00:00.000Z", datetime(2019, 8, 6, 14, tzinfo=UTC), "iso-millis-z"),
    ("2025-05-12 08:30:00", vn(2025, 5, 12, 8, 30), "iso-naive-space"),
    ("2025-05-12", vn(2025, 5, 12), "iso-date-only"),
    ("2025-05-12T08:30:00+0700", vn(2025, 5, 12, 8, 30), "iso-offset-no-colon"),
    ("2025-05-12T08:30:00+07", vn(2025, 5, 12, 8, 30), "iso-offset-hours-only"),
    ("Mon, 12 May 2025 08:30:00 +0700", vn(2025, 5, 12, 8, 30), "rfc822"),
    ("Mon, 12 May 2025 01:30:00 GMT", vn(2025, 5, 12, 8, 30), "rfc822-gmt"),
    # numeric day-first
    ("12/5/2025", vn(2025, 5, 12), "dmy-short"),
    ("5/12/2025", vn(2025, 12, 5), "dmy-is-day-first"),
    ("12-05-2025 08:30", vn(2025, 5, 12, 8, 30), "dmy-dash"),
    ("12.05.2025, 8:30", vn(2025, 5, 12, 8, 30), "dmy-dot"),
    ("T2, 12/05/2025 08:30", vn(2025, 5, 12, 8, 30), "weekday-abbrev-T2"),
    ("Thứ 2, 12/05/2025 - 08:30", vn(2025, 5, 12, 8, 30), "weekday-digit"),
    ("Thứ hai: 08:30 ngày 12/05/2025", vn(2025, 5, 12, 8, 30), "weekday-colon-time-first"),
    ("CN, 11/05/2025", vn(2025, 5, 11), "weekday-CN"),
    ("8h30 12/5/2025", vn(2025, 5, 12, 8, 30), "time-h"),
    ("08g30 ngày 12/5/2025", vn(2025, 5, 12, 8, 30), "time-g"),
    ("12/5/2025 lúc 8 giờ 30", vn(2025, 5, 12, 8, 30), "time-gio"),
    ("12/5/2025 lúc 8 giờ 30 phút", vn(2025, 5, 12, 8, 30), "time-gio-phut"),
    ("04/06/2018 02:15 CH", vn(2018, 6, 4, 14, 15), "CH-is-pm"),
    ("04/06/2018 12:15 SA", vn(2018, 6, 4, 0, 15), "SA-12-is-midnight"),
    ("12/05/2025 8:30 tối", vn(2025, 5, 12, 20, 30), "toi-is-evening"),
    ("12/05/2025 3:00 chiều", vn(2025, 5, 12, 15), "chieu-is-afternoon"),
    ("12/05/2025 8:30 sáng", vn(2025, 5, 12, 8, 30), "sang-is-morning"),
    ("12/05/2025 08:30 AM", vn(2025, 5, 12, 8, 30), "AM"),
    ("Cập nhật: 12/05/2025 08:30", vn(2025, 5, 12, 8, 30), "label-cap-nhat"),
    ("Ngày đăng: 12/05/2025", vn(2025, 5, 12), "label-ngay-dang"),
    ("Đăng lúc 08:30 12/05/2025", vn(2025, 5, 12, 8, 30), "label-dang-luc"),
    ("Xuất bản 12/05/2025 08:30", vn(2025, 5, 12, 8, 30), "label-xuat-ban"),
    (
        "Cập nhật lúc 10:25, Thứ Ba, 14/03/2023 (GMT+7)",
        vn(2023, 3, 14, 10, 25),
        "label-time-weekday-gmt",
    ),
    ("Chính trị 12/05/2025 08:30", vn(2025, 5, 12, 8, 30), "category-prefix"),
    ("12/05/2025 08:30 | Lượt xem: 1.234", vn(2025, 5, 12, 8, 30), "counter-after"),
    ("12/05/2025 08:30 (GMT+07:00)", vn(2025, 5, 12, 8, 30), "offset-gmt-hh-mm"),
    ("12/05/2025 08:30 GMT", datetime(2025, 5, 12, 8, 30, tzinfo=UTC), "gmt-alone-is-utc"),
    ("12/05/2025 08:30 +07:00", vn(2025, 5, 12, 8, 30), "bare-offset"),
    ("20/06/2025-07:45", vn(2025, 6, 20, 7, 45), "dash-before-time-is-not-offset"),
    ("26 | 01 | 2022", vn(2022, 1, 26), "pipe-separated"),
    (
        "Published 11:11 PM EST Nov 19, 2019",
        datetime(2019, 11, 19, 23, 11, tzinfo=timezone(timedelta(hours=-5))),
        "zone-abbreviation-keeps-the-page-day",
    ),
    (
        "June 3, 2020 10:00 ET",
        datetime(2020, 6, 3, 10, tzinfo=timezone(timedelta(hours=-4))),
        "region-zone-on-that-day",
    ),
    ("Gespeichert am 7. Juli 2019 - 18:44", vn(2019, 7, 7, 18, 44), "german-month"),
    ("Samstag, 3. Dezember 2011", vn(2011, 12, 3), "german-weekday-month"),
    ("Publié le 1er mars 2020", vn(2020, 3, 1), "french-month"),
    ("17 de marzo de 2020 a las 10:30", vn(2020, 3, 17, 10, 30), "spanish-month"),
    ("12 maja 2020", vn(2020, 5, 12), "polish-genitive-month"),
    ("9 oktober 2020 11:12", vn(2020, 10, 9, 11, 12), "dutch-month"),
    # Chinese, Japanese, Korean: year first, a unit after each number
    ("2020年7月1日 10時00分", vn(2020, 7, 1, 10), "japanese-ymd-jikan"),
    ("发布时间：2019年06月24日 09:05", vn(2019, 6, 24, 9, 5), "chinese-ymd-colon-time"),
    ("2020년 7월 1일 14시 5분", vn(2020, 7, 1, 14, 5), "korean-ymd"),
    ("입력 2020. 7. 1. 15:20", vn(2020, 7, 1, 15, 20), "korean-dotted-with-spaces"),
    # other scripts' digits
    ("٢٤/١١/٢٠٢٠", vn(2020, 11, 24), "arabic-indic-digits"),
    ("२४/११/२०२० १४:३०", vn(2020, 11, 24, 14, 30), "devanagari-digits"),
    ("２０２０年２月１５日 ７時０分", vn(2020, 2, 15, 7), "fullwidth-digits"),
    # a month name between separators
    ("29 / Dezember / 2022", vn(2022, 12, 29), "month-name-between-slashes"),
    ("29-Dec-2022 10:30", vn(2022, 12, 29, 10, 30), "month-name-between-dashes"),
    ("29.März.2020", vn(2020, 3, 29), "month-name-between-dots"),
    ("2025/05/12 08:30", vn(2025, 5, 12, 8, 30), "ymd-slash"),
    ("2004.08.31 23:58:04", vn(2004, 8, 31, 23, 58, 4), "ymd-dot"),
    ("\u200b12/05/2025\u00a0\u00a008:30\ufeff", vn(2025, 5, 12, 8, 30), "invisible-and-nbsp"),
    ("Th\u1ee9 hai, 12/05/2025", vn(2025, 5, 12), "nfc-weekday"),
    ("Thu\u0309 hai, 12/05/2025", vn(2025, 5, 12), "nfd-input"),
    # weekday contradiction policy: digits win unless only the month-first reading fits
    ("Thứ hai, 05/12/2025", vn(2025, 5, 12), "weekday-picks-month-first"),
    ("Thứ ba, 06/12/2025", vn(2025, 12, 6), "weekday-wrong-digits-win"),
    ("12/31/2024", vn(2024, 12, 31), "unambiguous-month-first"),
    # textual Vietnamese
    ("Chủ Nhật, 22 tháng 9, 2013", vn(2013, 9, 22), "textual-blogger"),
    ("ngày 12 tháng 5 năm 2025 lúc 8 giờ 30", vn(2025, 5, 12, 8, 30), "textual-nam-gio"),
    ("Tháng Bảy 2017", vn(2017, 7, 1), "month-name-only-first-day"),
    ("tháng Mười Hai 2024", vn(2024, 12, 1), "month-name-muoi-hai"),
    ("Tháng 12, 2024", vn(2024, 12, 1), "month-number-only"),
    # relative to the crawl time
    ("hôm qua", NOW - timedelta(days=1), "relative-hom-qua"),
    ("2 giờ trước", NOW - timedelta(hours=2), "relative-hours"),
    ("30 phút trước", NOW - timedelta(minutes=30), "relative-minutes"),
    ("3 ngày trước", NOW - timedelta(days=3), "relative-days"),
    ("3 days ago", NOW - timedelta(days=3), "relative-english"),
    # English editions
    ("Wednesday, August 30, 2023, 15:48 (GMT+7)", vn(2023, 8, 30, 15, 48), "en-full"),
    ("August 30, 2023", vn(2023, 8, 30), "en-month-day-year"),
    ("30 August 2023", vn(2023, 8, 30), "en-day-month-year"),
    ("Published: Aug 30, 2023 3:48 PM", vn(2023, 8, 30, 15, 48), "en-label-pm"),
    # sanity window edges
    ("02/03/2026", vn(2026, 3, 2), "tomorrow-within-slack"),
    ("01/01/1995", vn(1995, 1, 1), "earliest-allowed"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for t, e, i in PARSES])
def test_parses(text: str, expected: datetime) -> None:
    assert parse_date(text, now=NOW) == expected


REJECTS = [
    ("", "empty"),
    ("   \u200b ", "only-invisible"),
    ("Sáng 28.5", "no-year-dotted"),
    ("Chiều 22-10", "no-year-dash"),
    ("Ngày 12-10", "no-year-ngay"),
    ("Tối 16-1", "no-year-toi"),
    ("Ngày 4/8", "no-year-slash"),
    ("31/02/2024", "impossible-day"),
    ("29/02/2023", "not-leap-year"),
    ("13/13/2024", "impossible-month"),
    ("01/01/1990", "before-1995"),
    ("05/03/2026", "future"),
    ("2027-01-01T00:00:00+07:00", "future-iso"),
    ("2017", "year-only"),
    ("Lượt xem: 128", "counter-only"),
    ("Tin cùng chuyên mục", "no-date"),
    ("giai đoạn 2021-2030", "year-range"),
    ("8h30", "time-only"),
    ("2月15日（土）7時0分", "cjk-no-year"),
    ("2020年2月30日", "cjk-impossible-day"),
    ("v2020. 7. 1", "version-not-korean-date"),
    ("۱۴۰۰/۰۳/۲۴", "solar-hijri-year"),
    # relative stamps coarser than a day: dateparser would make up the 1st of the month
    ("6 years ago", "relative-years"),
    ("3 months ago", "relative-months"),
    ("2 năm trước", "relative-years-vi"),
    ("3 tháng trước", "relative-months-vi"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in REJECTS])
def test_rejects(text: str) -> None:
    assert parse_date(text, now=NOW) is None


def test_results_are_aware() -> None:
    for text, _, _ in PARSES:
        got = parse_date(text, now=NOW)
        assert got is not None
        assert got.tzinfo is not None, text


def test_naive_now_is_vietnamese() -> None:
    naive_now = datetime(2026, 3, 1, 12, 0)
    assert parse_date("hôm qua", now=naive_now) == vn(2026, 2, 28, 12, 0)


def test_to_vn() -> None:
    got = to_vn(datetime(2025, 5, 12, 1, 30, tzinfo=UTC))
    assert got.utcoffset() == timedelta(hours=7)
    assert got.hour == 8
    assert to_vn(datetime(2025, 5, 12, 8, 30)) == vn(2025, 5, 12, 8, 30)


def test_regex_path_does_not_need_dateparser() -> None:
    # The numeric path must stay free of dateparser: it is the hot path on every page.
    import sys

    from aggregator import dates

    dates._dateparser_for.cache_clear()
    before = "dateparser" in sys.modules
    assert parse_date("Thứ sáu: 15:00 ngày 09/02/2024", now=NOW) is not None
    assert dates._dateparser_for.cache_info().currsize == 0
    assert ("dateparser" in sys.modules) == before


def test_iso_like_with_one_digit_seconds_keeps_utc() -> None:
    # fromisoformat refuses "23:15:0Z"; the numeric path must still see the time and the "Z".
    found = parse_date("2020-12-05T23:15:0Z", now=NOW)
    assert found is not None
    assert found.isoformat() == "2020-12-05T23:15:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 19, 2019, 9:02 AM", "2019-11-19T09:02:00+07:00"),
        ("By A on Monday, November 18th, 2019 at 11:04 a.m.", "2019-11-18T11:04:00+07:00"),
        ("Sep. 30, 2020", "2020-09-30T00:00:00+07:00"),
        ("19 Sept 2019 14:02 GMT", "2019-09-19T14:02:00+00:00"),
        ("August 06, 2019 Comments (79)", "2019-08-06T00:00:00+07:00"),
    ],
)
def test_english_month_names_without_dateparser(text: str, expected: str) -> None:
    found = parse_date(text, now=NOW, textual=False)  # textual=False: dateparser never runs
    assert found is not None
    assert found.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23.09.22", "23.09.2022"),
        ("3.05.13 11:51", "3.05.2013 11:51"),
        ("Von Christian, 8/5/12", "Von Christian, 8/5/2012"),
        ("12-10-99", "12-10-1999"),
        ("01.01.26", "01.01.2026"),  # the crawl's own year
        ("01.01.27", "01.01.1927"),  # a later year is the last century (then too old to keep)
        ("23.09.2022", None),  # already four digits
        ("Sáng 28.5", None),
        ("WordPress 4.8.12.1", None),
        ("1.2.3.4", None),
        ("", None),
    ],
)
def test_full_year(text: str, expected: str | None) -> None:
    assert full_year(text, datetime(2026, 3, 1, tzinfo=VN_TZ)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 minutes ago", True),
        ("2 giờ trước", True),
        ("Hôm qua 10:30", True),
        ("yesterday, 10:30 PM", True),
        ("just now", True),
        ("Wed 29th April 2020 | 03:32 PM", False),
        ("Hôm nay, 12/05/2024 10:30", False),  # the day written in full: not a guess
        ("2 years ago, in 2019", False),
        ("Trước Tết", True),  # the word alone decides; such a line has no day to read anyway
        ("Agosto 12, 2020", False),  # "ago" only as a whole word
        ("", False),
    ],
)
def test_is_relative(text: str, expected: bool) -> None:
    assert is_relative(text) is expected
