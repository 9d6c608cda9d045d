"""Vietnamese (and machine-format) date parsing for news pages.

``parse_date`` turns one date string, as a page, feed or meta tag shows it, into an aware
``datetime`` or ``None``. It is a cascade, cheapest and most certain first (see
``docs/dates.md`` and research/vietnam-notes.md §4):

1. clean: NFC, invisible characters removed, NBSP → space, spaces collapsed;
2. machine formats: ISO 8601 (``datetime.fromisoformat``) and RFC 822 (``email.utils``);
3. numeric day-first dates ``d/m/Y`` (``/ . -``), ``Y-m-d``, ``d tháng m năm Y``, with the first
   time in the string (``14:02``, ``8h30``, ``08g30``, ``8 giờ 30``, ``SA/CH/AM/PM``,
   ``sáng/chiều/tối``) and a ``GMT+7`` / ``+07:00`` offset. Weekdays, labels ("Cập nhật:"),
   categories ("Thời sự -"), counters ("Lượt xem: 128") and separators are simply ignored;
4. only then dateparser (imported lazily, ~0.1-0.5 s), for textual and relative forms
   ("Tháng Bảy 2017", "hôm qua", "2 giờ trước", "Wednesday, August 30, 2023").

Policies:

- A naive result is Asia/Ho_Chi_Minh. An explicit offset is kept as written (not converted), so the
  calendar day the site meant stays visible; ``to_vn`` converts when a caller needs local time.
- Dates without a year ("Sáng 28.5", "Chiều 22-10", "Ngày 12-10") are in-body references, never
  publication dates: ``None``. So are impossible dates (31/02), results after ``now`` + 1 day and
  results before 1995.
- Weekday contradicting the digits: the digits win, except when the weekday matches the same
  digits read month-first (a US-style ``m/d/Y`` line): then that reading is used. A typed weekday
  is the more error-prone part of a date line, but a weekday that fits only the swapped reading is
  strong evidence of the order.
"""

from __future__ import annotations

import email.utils
import functools
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from aggregator.month_names import (
    DAY_PERIODS,
    MONTH_NAMES,
    MONTH_PREFIXES,
    SCRIPT_LANGUAGES,
    TWO_DIGIT_YEAR_ORDERS,
    YEAR_FIRST_LATIN,
)

if TYPE_CHECKING:  # dateparser is imported lazily: its import costs ~0.1-0.5 s
    from dateparser.date import DateDataParser

__all__ = ["EARLIEST", "VN_TZ", "date_order", "full_year", "is_relative", "parse_date", "to_vn"]

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

# Nothing we crawl was published on the web before this; older results are misreadings.
EARLIEST = datetime(1995, 1, 1, tzinfo=VN_TZ)
# Clock skew between the site and us, and sites that stamp the next day's paper in the evening.
FUTURE_SLACK = timedelta(days=1)
# Longer strings are paragraphs, not date lines; only their start is worth looking at.
MAX_LEN = 300

# ---------------------------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------------------------

# Zero-width space/joiners, word joiner, BOM, soft hyphen, combining grapheme joiner (spam
# obfuscation), and the bidirectional marks right-to-left scripts put between a date's numbers
# (CLDR's Arabic "05\u200f/03\u200f/2024"; left-to-right and Arabic letter marks alike): deleted
# outright.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u200e\u200f\u061c"))
# NBSP and narrow NBSP (and other Unicode spaces, via \s below) become one plain space.
_SPACES_RE = re.compile(r"[\s\u00a0\u202f]+")


# Other scripts' decimal digits written as ASCII ones: Arabic-Indic ("٢٤/١١/٢٠٢٠"), Persian
# ("۲۰۲۰"), Devanagari, Bengali, Thai, and fullwidth digits ("２０２０年２月１５日").
_DIGITS = {
    start + i: str(i)
    for start in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10)
    for i in range(10)
}
_DIGIT_TABLE = _INVISIBLE | _DIGITS


def _clean(text: str) -> str:
    """NFC, invisible characters removed, other scripts' digits made ASCII, every run of
    spaces made one space."""
    text = unicodedata.normalize("NFC", text).translate(_DIGIT_TABLE)
    return _SPACES_RE.sub(" ", text).strip()


# ---------------------------------------------------------------------------------------------
# Machine formats
# ---------------------------------------------------------------------------------------------

# ISO 8601 as sites write it in meta tags and JSON-LD; only this shape goes to fromisoformat,
# which would otherwise accept bare numbers such as "20240512".
# e.g. "2025-05-12T08:30:00+07:00", "2025-05-12 08:30:00", "2025-05-12", "2019-08-06T14:00:00.000Z"
_ISO_RE = re.compile(
    r"""^(?P<date>\d{4}-\d{2}-\d{2})
        (?:[T\s](?P<time>\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)
           \s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?$""",
    re.VERBOSE,
)

# RFC 822 / 2822 as in RSS pubDate; e.g. "Mon, 12 May 2025 08:30:00 +0700", "12 May 2025 08:30 GMT"
_RFC822_RE = re.compile(
    r"""^(?:(?P<wd>[A-Za-z]{3}),?\s+)?(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\s+
        (?P<year>\d{4})\s+\d{1,2}:\d{2}""",
    re.VERBOSE,
)


def _parse_machine(s: str) -> datetime | None:
    """ISO 8601 or RFC 822, exactly; anything else is left to the later steps."""
    m = _ISO_RE.match(s)
    if m:
        iso = s
        if m["tz"] and len(m["tz"]) == 3:  # "+07" alone: fromisoformat wants minutes
            iso = s + ":00"
        try:
            return datetime.fromisoformat(iso.replace(",", "."))
        except ValueError:
            return None
    if _RFC822_RE.match(s):
        try:
            return email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    return None


# ---------------------------------------------------------------------------------------------
# Numeric (day-first) dates
# ---------------------------------------------------------------------------------------------

# Day-first numeric date, same separator twice, 4-digit year.
# e.g. "09/02/2024", "14-09-2016", "31.08.2004", "6/2/2026"
# Also "26 | 01 | 2022" (a template's separators), and a time glued on with a dash
# ("20/06/2025-07:45"), but not a longer number ("12.05.2020.3", "12-05-2020-1234").
# And a point with a space after it, as CLDR writes Czech, Slovak, Slovenian, Serbian and
# Croatian dates ("5. 3. 2024", "05. 03. 2024.").
_DMY_RE = re.compile(
    r"(?<![\d/.\-])(?P<day>\d{1,2})(?P<sep>\.\s|[/.\-]|\s?\|\s?)(?P<month>\d{1,2})(?P=sep)"
    r"(?P<year>(?:19|20)\d{2})(?!\d)(?![/.]\d)(?!-(?!\d{1,2}[:h]\d{2})\d)"
)

# Year-first numeric date. e.g. "2024/05/12", "2024-5-12", "2004.08.31"
_YMD_RE = re.compile(
    r"(?<![\d/.\-])(?P<year>(?:19|20)\d{2})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<day>\d{1,2})(?!\d)(?![/.\-]\d)"
)

# Vietnamese words-and-digits date. e.g. "22 tháng 9, 2013", "12 tháng 5 năm 2025",
# "ngày 12 tháng 05/2025"
# "5 thg 3, 2024" (CLDR's medium form: "thg" abbreviates "tháng").
_VN_NUMERIC_RE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+th(?:áng|g\.?)\s+(?P<month>\d{1,2})\s*(?:,|/|năm)?\s*"
    r"(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)

# Chinese, Japanese and Korean dates, year first with the unit after each number
# ("2020年7月1日", "2020年07月01日 10時00分", "2020년 7월 1일"), and Korean's dotted form with
# spaces ("2020. 7. 1. 오후 3:20").
_CJK_RE = re.compile(
    r"(?<![\w.])(?P<year>(?:19|20)\d{2})\s*(?:[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})"
    r"(?!\d)\s*[日일]?|\.\s(?P<month2>\d{1,2})\.\s(?P<day2>\d{1,2})(?!\d)\.?)"
)

# A clock time: "15:00", "4:41:01 PM", "8h30", "08g30", "8 giờ 30", "8 giờ 30 phút", "11:00 SA",
# "8:30 tối". Not preceded by a sign/digit/letter, so the "07:00" of "GMT+07:00" is not a time.
_TIME_RE = re.compile(
    r"""(?<![\w+\-:./])(?P<hour>[01]?\d|2[0-4])\s*(?::|h|g|\sgiờ\s?|[時时시](?=\s*\d{1,2}\s*[分분]))\s*(?P<minute>[0-5]\d|\d(?=\s*[分분]))
        (?::(?P<second>[0-5]\d)(?:[.,]\d+)?)?(?!\d)(?:\s*(?:phút|分|분))?
        (?:\s*(?P<ampm>SA|CH|AM|PM|A\.M\.|P\.M\.|sáng|chiều|tối)(?!\w))?""",
    re.VERBOSE | re.IGNORECASE,
)
_PM_WORDS = frozenset({"ch", "pm", "p.m.", "chiều", "tối"})
_AM_WORDS = frozenset({"sa", "am", "a.m.", "sáng"})

# A UTC offset as written next to a date line. e.g. "GMT+7", "(GMT+07:00)", "UTC-5", "+07:00",
# "+0700", "GMT" alone (= UTC), "Z" right after a digit (ISO's UTC designator, "23:15:0Z"). A bare offset needs "+" or a 4-digit form after a space, so the
# "- 07:45" of "20/06/2025 - 07:45" is a time, not an offset.
_OFFSET_RE = re.compile(
    r"""(?:\b(?:GMT|UTC)(?:\s*(?P<sign>[+\-])\s*(?P<hh>\d{1,2})(?::?(?P<mm>\d{2}))?)?(?![\w+\-])
        |(?<=[\d\s])(?P<sign2>\+)(?P<hh2>\d{2}):?(?P<mm2>\d{2})(?!\d)
        |(?<=\d)Z(?!\w))""",
    re.VERBOSE | re.IGNORECASE,
)

# Weekday names, Vietnamese (incl. digits and T2…T7/CN) and English. Group names give the ISO
# weekday (1 = Monday). e.g. "Thứ sáu", "Thứ 6", "T6", "Chủ Nhật", "CN", "Friday", "Fri"
_WEEKDAY_RE = re.compile(
    r"""\b(?:(?:thứ\s*(?:(?P<d1>hai|2)|(?P<d2>ba|3)|(?P<d3>tư|4)|(?P<d4>năm|5)|(?P<d5>sáu|6)
                      |(?P<d6>bảy|7))(?!\w))
          |(?:T(?:(?P<t1>2)|(?P<t2>3)|(?P<t3>4)|(?P<t4>5)|(?P<t5>6)|(?P<t6>7))\b)
          |(?P<d7>chủ\s*nhật|CN\b)
          |(?:(?P<e1>mon)(?:day\b|\.|,)|(?P<e2>tue)(?:sday\b|\.|,)|(?P<e3>wed)(?:nesday\b|\.|,)
            |(?P<e4>thu)(?:rsday\b|\.|,)|(?P<e5>fri)(?:day\b|\.|,)|(?P<e6>sat)(?:urday\b|\.|,)
            |(?P<e7>sun)(?:day\b|\.|,)))""",
    re.VERBOSE | re.IGNORECASE,
)


def _weekday(s: str) -> int | None:
    """The ISO weekday named in the string, if any."""
    m = _WEEKDAY_RE.search(s)
    if not m:
        return None
    for name, value in m.groupdict().items():
        if value is not None:
            return int(name[1])
    return None  # pragma: no cover - one group always matched


def _offset(s: str) -> tzinfo | None:
    """The explicit UTC offset written in the string, if any."""
    m = _OFFSET_RE.search(s)
    if not m:
        return None
    sign, hh, mm = m["sign"] or m["sign2"], m["hh"] or m["hh2"], m["mm"] or m["mm2"]
    if not hh:  # "GMT" alone
        return UTC
    delta = timedelta(hours=int(hh), minutes=int(mm or 0))
    if delta > timedelta(hours=14):
        return None
    return timezone(-delta if sign == "-" else delta)


def _make_date(year: int, month: int, day: int, weekday: int | None) -> date | None:
    """The calendar date, with the weekday used only to detect a month-first line."""
    try:
        found = date(year, month, day)
    except ValueError:
        found = None
    if month > 12 or (weekday is not None and (found is None or found.isoweekday() != weekday)):
        # US-style m/d/Y: take it when unambiguous (second number > 12) or when the weekday
        # fits only that reading.
        try:
            swapped = date(year, day, month)
        except ValueError:
            swapped = None
        if swapped and (found is None or swapped.isoweekday() == weekday):
            return swapped
    return found


_DASHED_TIME_RE = re.compile(r"-\d{1,2}[:h]\d{2}")


# Zone abbreviations of date lines, as the offset the page shows ("11:11 PM EST Nov 19, 2019"
# is the 19th where it was written, whatever the instant is in Hanoi). A zone named by region
# ("ET") takes that region's offset on that day; "IST" is India's, the web's usual one.
_ZONES: dict[str, str | timedelta] = {
    "EST": timedelta(hours=-5), "EDT": timedelta(hours=-4), "ET": "America/New_York",
    "CST": timedelta(hours=-6), "CDT": timedelta(hours=-5), "CT": "America/Chicago",
    "MST": timedelta(hours=-7), "MDT": timedelta(hours=-6), "MT": "America/Denver",
    "PST": timedelta(hours=-8), "PDT": timedelta(hours=-7), "PT": "America/Los_Angeles",
    "AKST": timedelta(hours=-9), "AKDT": timedelta(hours=-8), "HST": timedelta(hours=-10),
    "BST": timedelta(hours=1), "WET": timedelta(0), "WEST": timedelta(hours=1),
    "CET": timedelta(hours=1), "CEST": timedelta(hours=2), "MEZ": timedelta(hours=1),
    "MESZ": timedelta(hours=2), "EET": timedelta(hours=2), "EEST": timedelta(hours=3),
    "MSK": timedelta(hours=3), "IST": timedelta(hours=5, minutes=30),
    "ICT": timedelta(hours=7), "WIB": timedelta(hours=7), "SGT": timedelta(hours=8),
    "HKT": timedelta(hours=8), "PHT": timedelta(hours=8), "AWST": timedelta(hours=8),
    "JST": timedelta(hours=9), "KST": timedelta(hours=9), "AEST": timedelta(hours=10),
    "AEDT": timedelta(hours=11), "NZST": timedelta(hours=12), "NZDT": timedelta(hours=13),
}  # fmt: skip
_ZONE_RE = re.compile(r"(?<![\w])(" + "|".join(sorted(_ZONES, key=len, reverse=True)) + r")(?!\w)")


def _zone_offset(rest: str, wall: datetime) -> tzinfo | None:
    """The offset of a zone abbreviation in *rest*, for the wall time *wall*, or None."""
    m = _ZONE_RE.search(rest)
    if m is None:
        return None
    zone = _ZONES[m.group(1)]
    if isinstance(zone, timedelta):
        return timezone(zone)
    offset = wall.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    return timezone(offset) if offset is not None else None


# The marks of a 12-hour clock's halves in other languages, from CLDR's day periods
# (``DAY_PERIODS``): after the time ("2:07 μ.μ.", "2:07 م", "2:07 PTG") or before it
# ("오후 2:07", "下午2:07"). A page's declared language gives its own marks (Portuguese "em" is
# a word, Swedish "em" the afternoon); with none declared, only marks in a script other than
# Latin are read, and only those every language writing them gives the same half.
_UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA")


def _undeclared_marks(latin: bool = False) -> dict[str, int]:
    """The marks read on a page that declares no language: those written in a script other
    than Latin (or, with *latin*, those in Latin of two letters or more) that every language
    writing them gives the same half."""
    found: dict[str, int] = {}
    for marks in DAY_PERIODS.values():
        for mark, offset in marks.items():
            if bool(_script(mark)) != latin and (len(mark) > 1 or not latin):
                found[mark] = offset if found.get(mark, offset) == offset else -1
    return {m: o for m, o in found.items() if o >= 0}


@functools.cache
def _latin_marks_re() -> tuple[dict[str, int], re.Pattern[str]]:
    """Latin-script marks on a page that declares no language ("2:07 PTG", "2:07 m.d."), right
    after the time and ending the line or followed by punctuation: many are words too ("to",
    "em", "sub"), which a sentence goes on after ("9:30 to 11:00", "9:30 em Lisboa")."""
    marks = {_clean(m).lower(): o for m, o in _undeclared_marks(latin=True).items()}
    words = "|".join(
        re.escape(m).replace(r"\ ", r"\s*") for m in sorted(marks, key=len, reverse=True)
    )
    return marks, re.compile(
        rf"\s*(?P<mark>{words})(?![^\W\d_])(?=\s*(?:$|[,;|)\]–\-]))", re.IGNORECASE
    )


@functools.cache
def _day_period_res(
    language: str,
) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    """(marks, a mark right after a time, a mark right before one, a mark glued to the digits
    after it) for *language* ("" for a page that declares none), or None without marks."""
    raw = DAY_PERIODS.get(language, {}) if language else _undeclared_marks()
    marks = {_clean(m).lower(): o for m, o in raw.items()}
    if not marks:
        return None
    spaced, unspaced = [], []
    for mark in sorted(marks, key=len, reverse=True):
        written = re.escape(mark).replace(r"\ ", r"\s*")
        is_unspaced = unicodedata.name(mark[0], "").startswith(_UNSPACED_SCRIPTS)
        (unspaced if is_unspaced else spaced).append(written)
    # A spaced script's mark is a word of its own; a Chinese or Japanese one is not.
    alternatives = [rf"(?<![^\W\d_])(?:{'|'.join(spaced)})(?![^\W\d_])"] if spaced else []
    if unspaced:
        alternatives.append("|".join(unspaced))
    either = "|".join(alternatives)
    after = re.compile(rf"\s*(?P<mark>{either})", re.IGNORECASE)
    before = re.compile(rf"(?P<mark>{either})\s*$", re.IGNORECASE)
    glued = re.compile(rf"(?:{'|'.join(unspaced)})(?=\d)") if unspaced else None
    return marks, after, before, glued


def _day_period(rest: str, t: re.Match[str], language: str) -> int:
    """Hours to add for the mark of *language* around the time *t* in *rest* (0 or 12), or
    -1 when there is none."""
    found = _day_period_res(language)
    if found is None:
        return -1
    marks, after, before, _ = found
    m = after.match(rest, t.end()) or before.search(rest, 0, t.start())
    if m is None and not language:
        marks, latin = _latin_marks_re()
        m = latin.match(rest, t.end())
    if m is None:
        return -1
    return marks.get(_SPACES_RE.sub(" ", m["mark"]).lower(), marks.get(m["mark"].lower(), -1))


# A time written with a point between hour and minute ("5.3.2024 14.07", "5. marts 2024
# kl. 14.07", "5 Maret 2024 pukul 14.07": CLDR's da, fi, id), read only right after the date,
# past separators and at most one short lower-case word ("kl.", "klo", "pukul"; not "Preis
# 3.50"): elsewhere "14.07" is as likely a day and a month. Not followed by another number
# ("14.07.2024" is a date).
_POINT_TIME_RE = re.compile(
    r"[\s,|\-–]*(?:(?![A-Z])[^\W\d_]{1,5}\.?\s*)?(?<![\d.])(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)"
    r"(?!\d|[.,:]\d)"
)


def _time_and_offset(s: str, start: int, end: int, day: date, language: str = "") -> datetime:
    """*day* with the first time and the offset written around the date at ``s[start:end]``
    (read with the 12-hour marks of *language*)."""
    # An ISO-like "2020-12-05T23:15:0Z" that fromisoformat refused: the "T" only separates.
    after = s[end + 1 :] if s[end : end + 1] == "T" else s[end:]
    if _DASHED_TIME_RE.match(after):  # "20/06/2025-07:45": the dash only separates
        after = " " + after[1:]
    rest = s[:start] + " " + after
    tz = _offset(rest)
    if tz is not None:
        rest = _OFFSET_RE.sub(" ", rest)
    hour = minute = second = 0
    periods = _day_period_res(language)
    if periods is not None and periods[3] is not None:
        rest = periods[3].sub(r"\g<0> ", rest)  # "下午2:07": the time starts after the mark
    t = _TIME_RE.search(rest)
    if t:
        hour, minute, second = int(t["hour"]), int(t["minute"]), int(t["second"] or 0)
        ampm = (t["ampm"] or "").lower()
        if ampm in _PM_WORDS and hour < 12:
            hour += 12
        elif ampm in _AM_WORDS and hour == 12:
            hour = 0
        elif not ampm and 1 <= hour <= 12 and (half := _day_period(rest, t, language)) >= 0:
            hour = hour % 12 + half
        if hour == 24:  # "24:00" is the end of the day, not a date change we want
            hour = minute = second = 0
    elif p := _POINT_TIME_RE.match(after):
        hour, minute = int(p["hour"]), int(p["minute"])
    wall = datetime(day.year, day.month, day.day, hour, minute, second)
    if tz is None:
        tz = _zone_offset(rest, wall)
    return wall.replace(tzinfo=tz or VN_TZ)


def _parse_numeric(s: str, language: str = "") -> datetime | None:
    """A numeric or "d tháng m năm Y" date anywhere in the string, with its time and offset."""
    matches = [m for rx in (_DMY_RE, _YMD_RE, _VN_NUMERIC_RE, _CJK_RE) if (m := rx.search(s))]
    if not matches:
        return None
    m = min(matches, key=lambda x: x.start())  # the first date written is the date line's date
    groups = m.groupdict()
    month, day_ = (m["month"], m["day"]) if groups["month"] else (groups["month2"], groups["day2"])
    day = _make_date(int(m["year"]), int(month), int(day_), _weekday(s))
    if day is None:
        return None  # 31/02: a broken date is not guessed at
    return _time_and_offset(s, m.start(), m.end(), day, language)


# Day-first numeric date with a two-digit year, as some date lines print it ("23.09.22",
# "3.05.13 11:51"): not read by ``parse_date`` (in text, "4.8.12" is as likely a version).
# The same shape is month first where the page's locale writes it so ("3/5/24": en).
_DMY_SHORT_RE = re.compile(
    r"(?<![\d/.\-])(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{2})"
    r"(?![\d/.\-]\d|\d)"
)
# The two-digit year first, for the locales that write it so (``TWO_DIGIT_YEAR_ORDERS``:
# Korean "24. 3. 5.", Basque "24/3/5").
_YMD_SHORT_RE = re.compile(
    r"(?<![\d/.\-])(?P<year>\d{2})(?P<sep>\.\s|[/.\-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"\.?(?![\d/.\-]\d|\d)"
)


# Korean's form of it, "24. 3. 5.": a point and a space after each number, which no locale
# writing its day or month first does; read year first on a page that declares no language.
_YMD_POINTED_RE = re.compile(
    r"(?<![\d/.\-])(?P<year>\d{2})\.\s(?P<month>\d{1,2})\.\s(?P<day>\d{1,2})\.(?!\s?\d)"
)


def date_order(declared: str) -> str:
    """The field order of a two-digit-year date on a page that declares *declared* ("en-US",
    "en_GB", "ko"): "dmy", "mdy" or "ymd", from CLDR's short date patterns (the region's when
    CLDR has it, else the language's); "dmy", the world's usual one, for another language; ""
    when the page declares none (day first, but a form only one order writes is read so)."""
    tag = declared.strip().lower().replace("_", "-")
    if not tag:
        return ""
    parts = tag.split("-")
    region = f"{parts[0]}-{parts[1]}" if len(parts) > 1 else ""
    return TWO_DIGIT_YEAR_ORDERS.get(region) or TWO_DIGIT_YEAR_ORDERS.get(parts[0], "dmy")


def full_year(text: str, now: datetime, order: str = "dmy", *, swap: bool = False) -> str | None:
    """*text* with its first two-digit-year date's year written out ("23.09.22" →
    "23.09.2022"), in the century that puts it no later than *now*'s year; None when there is
    no such date.

    *order* is the locale's (``date_order``): "mdy" reads "3/5/24" as 5 March, "ymd" reads
    "24. 3. 5." so. With *swap*, a reading that is no date or falls after *now* (plus a day of
    slack) gives way to the other order of the same shape: "3/5/24" on a page crawled on
    8 March 2024 is not 3 May. A reading other than the day-first one is written ``Y-m-d``.

    For a line already known to be a date line (marked or labelled as one).
    """
    m = (
        _YMD_SHORT_RE.search(text)
        if order == "ymd"
        else _YMD_POINTED_RE.search(text)
        if not order
        else None
    )
    if m is not None:  # year first
        readings = [(int(m["month"]), int(m["day"]))]
    elif (m := _DMY_SHORT_RE.search(text)) is not None:
        first, second = int(m["day"]), int(m["month"])
        readings = [(first, second), (second, first)]  # (month, day): month first, day first
        if order != "mdy":
            readings.reverse()
        if not swap:
            del readings[1:]
    else:
        return None
    year = 2000 + int(m["year"])
    if year > now.year:
        year -= 100
    latest = (now + FUTURE_SLACK).date()
    for month, day_ in readings:
        try:
            day = date(year, month, day_)
        except ValueError:
            continue
        if day > latest:
            continue
        if m.re is not _DMY_SHORT_RE or (month, day_) != (int(m["month"]), int(m["day"])):
            return f"{text[: m.start()]}{day.isoformat()}{text[m.end() :]}"
        break  # the day-first reading: its year written out, as before
    return f"{text[: m.start('year')]}{year}{text[m.end('year') :]}"


# Month names, the other common form of date lines: English ("November 19, 2019, 9:02 AM",
# "Published 19 November 2019", "Nov. 20, 2019 at 3:15 p.m."), and the languages of the other
# pages we meet, which would otherwise go to dateparser's language detection (tens of
# milliseconds a line): German ("10. Februar 2019 um 14:48"), French ("1er mars 2020", "5 juin
# 2018"), Spanish and Portuguese ("17 de marzo de 2020"), Italian, Dutch, Polish, Czech and
# Russian (genitive: "12 maja 2020", "15 августа 2016"), Romanian, Turkish, Scandinavian.
# No name means two different months in two of these languages.
_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro",
        "gennaio", "januari", "stycznia", "ledna", "января", "ianuarie", "ocak"),
    2: ("february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero",
        "fevereiro", "fev", "febbraio", "februari", "lutego", "února", "unora", "февраля",
        "februarie", "şubat", "subat"),
    3: ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart",
        "marca", "března", "brezna", "марта", "martie", "mart", "marts"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "dubna",
        "апреля", "aprilie", "nisan"),
    5: ("may", "mai", "mayo", "maio", "maggio", "mei", "maja", "května", "kvetna", "мая",
        "mayıs", "mayis", "maj"),
    6: ("june", "jun", "juni", "juin", "junio", "junho", "giugno", "czerwca", "června",
        "cervna", "июня", "iunie", "haziran"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lipca",
        "července", "cervence", "июля", "iulie", "temmuz"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "srpna",
        "августа", "ağustos", "agustos"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set",
        "settembre", "września", "wrzesnia", "září", "zari", "сентября", "septembrie", "eylül",
        "eylul"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre",
         "ott", "października", "pazdziernika", "října", "rijna", "октября", "octombrie",
         "ekim"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopadu",
         "ноября", "noiembrie", "kasım", "kasim"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre",
         "dic", "dezembro", "dicembre", "grudnia", "prosince", "декабря", "decembrie",
         "aralık", "aralik"),
}  # fmt: skip
_MONTHS = {word: month for month, words in _MONTH_WORDS.items() for word in words}
_MONTH_NAME = (
    r"(?P<mon>"
    + "|".join(re.escape(w) for w in sorted(_MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])"
)
_MDY_NAME_RE = re.compile(
    rf"(?<![^\W\d_]){_MONTH_NAME}\.?\s+(?P<day>[0-2]?\d|3[01])(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# (Catalan elides "de" before a vowel: "18 d’octubre del 2019".)
_DMY_NAME_RE = re.compile(
    rf"(?<!\d)(?P<day>[0-2]?\d|3[01])(?:st|nd|rd|th|er|º|°)?\.?\s+(?:of\s+|de\s+|d['’])?{_MONTH_NAME}"
    r"\.?,?\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# Day, month name and year joined by the same separator twice: "29 / Dezember / 2022",
# "29-Dec-2022", "29.März.2020".
_DMY_NAME_SEP_RE = re.compile(
    rf"(?<![\d/.\-])(?P<day>[0-2]?\d|3[01])\s*(?P<sep>[/.\-])\s*{_MONTH_NAME}\s*(?P=sep)\s*"
    r"(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# A zone abbreviation other than GMT/UTC ("EST", "IST", "CET", "ET"): a line with one that
# ``_ZONES`` does not name still goes to dateparser, which knows more of them.
_ZONE_ABBREVIATION_RE = re.compile(r"\b(?!GMT\b|UTC\b)[A-Z]{1,4}T\b")


def _parse_month_name(s: str, language: str = "") -> datetime | None:
    """ "November 19, 2019, 9:02 AM" / "19 Nov 2019 14:02" with their time; None otherwise."""
    if (zone := _ZONE_ABBREVIATION_RE.search(s)) and zone.group(0) not in _ZONES:
        return None
    matches = [m for rx in (_MDY_NAME_RE, _DMY_NAME_RE, _DMY_NAME_SEP_RE) if (m := rx.search(s))]
    if not matches:
        return None
    m = min(matches, key=lambda x: x.start())
    try:
        day = date(int(m["year"]), _MONTHS[m["mon"].lower()], int(m["day"]))
    except ValueError:
        return None
    return _time_and_offset(s, m.start(), m.end(), day, language)


# Month names of the page's declared language, from CLDR (``aggregator.month_names``): the
# same word names different months in different languages (Croatian "listopada" is October,
# Polish November; Czech "srpna" August, Croatian "srpnja" July), so a language's own names are
# read only where the page says it is written in it. The order is whatever the line has: day
# first ("5 במרץ 2024", "18 d’octubre del 2019", "9 มกราคม ค.ศ. 2025"), year first with the
# day after the month ("2024. március 5.", "2024 m. kovo 5 d.", "2024 թ. մարտի 5") or before
# it ("2024. gada 5. marts"), or month first. Between the three, punctuation and at most two
# short words ("de", "del", "m.", "gada", "ค.ศ.", "թ.": a year's or a preposition's mark).
_LOCAL_GAP = r"[\s,.\-/’']*(?:[^\W\d_]{1,4}(?![^\W\d_])\.?[\s,.\-/’']*){0,2}?"
_LOCAL_DAY = r"(?P<day>[0-2]?\d|3[01])"
_LOCAL_YEAR = r"(?P<year>(?:19|20)\d{2})"
# The text before a month name ends with a day or a year (and a day); the text after it starts
# with the year, or the day (and the year). One month-name pattern per language, these for all.
_BEFORE_DAY_RE = re.compile(rf"(?<!\d){_LOCAL_DAY}\.?{_LOCAL_GAP}$")
_BEFORE_YEAR_RE = re.compile(rf"(?<!\d){_LOCAL_YEAR}{_LOCAL_GAP}$")
_BEFORE_YEAR_DAY_RE = re.compile(rf"(?<!\d){_LOCAL_YEAR}{_LOCAL_GAP}{_LOCAL_DAY}\.?{_LOCAL_GAP}$")
_AFTER_YEAR_RE = re.compile(rf"{_LOCAL_GAP}{_LOCAL_YEAR}(?!\d)")
_AFTER_DAY_RE = re.compile(rf"{_LOCAL_GAP}{_LOCAL_DAY}(?!\d)")
_AFTER_DAY_YEAR_RE = re.compile(rf"{_LOCAL_GAP}{_LOCAL_DAY}{_LOCAL_GAP}{_LOCAL_YEAR}(?!\d)")


@functools.cache
def _local_month_re(language: str) -> tuple[dict[str, int], re.Pattern[str]] | None:
    """The month table of *language* and the pattern finding its month names, or None."""
    names = MONTH_NAMES.get(language)
    if not names:
        return None
    words = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
    glued = "|".join(re.escape(p) for p in MONTH_PREFIXES.get(language, ()))
    # A name starts a word (after the language's glued prefix, if any) or follows an elided
    # article ("d’"); it may end with its abbreviation point.
    month = (
        rf"(?:(?<![^\W\d_])(?:{glued})?|(?<=[^\W\d_][’']))"
        rf"(?P<mon>{words})[.॰׳'’]?(?![^\W\d_])"
    )
    return names, re.compile(month, re.IGNORECASE)


def _local_date_at(s: str, m: re.Match[str]) -> tuple[int, int, int, int] | None:
    """(year, day, start, end) of a date around the month name *m* matched in *s*."""
    before, after = s[: m.start()], s[m.end() :]
    if (b := _BEFORE_DAY_RE.search(before)) and (a := _AFTER_YEAR_RE.match(after)):
        return int(a["year"]), int(b["day"]), b.start(), m.end() + a.end()
    if (b := _BEFORE_YEAR_RE.search(before)) and (a := _AFTER_DAY_RE.match(after)):
        return int(b["year"]), int(a["day"]), b.start(), m.end() + a.end()
    if b := _BEFORE_YEAR_DAY_RE.search(before):
        return int(b["year"]), int(b["day"]), b.start(), m.end()
    if a := _AFTER_DAY_YEAR_RE.match(after):
        return int(a["year"]), int(a["day"]), m.start(), m.end() + a.end()
    return None


def _script(s: str) -> str:
    """Unicode's name of the script of the first letter of *s* not in the Latin script ("" if
    every letter is Latin)."""
    for ch in s:
        if ch.isalpha() and ch > "\u024f":  # past Latin Extended-B
            return unicodedata.name(ch, "").split(" ", 1)[0]
    return ""


def _parse_script_month(s: str) -> datetime | None:
    """On a page that declares no language: a date whose month is named in a script other than
    Latin, read in every language whose month names are written in that script, when they all
    that read it agree on the day ("9 בינו׳ 2025", "2024 թ. մարտի 5", "18 ตุลาคม ค.ศ. 2019").
    Latin-script names stay with the shared table: too many languages, some of them naming
    different months with the same word."""
    script = _script(s)
    languages = SCRIPT_LANGUAGES.get(script, ()) if script else ()
    found = [d for lang in languages if (d := _parse_local_month(s, lang)) is not None]
    if not found or len({d.date() for d in found}) > 1:
        return None
    return found[0]


def _parse_year_first_latin(s: str) -> datetime | None:
    """On a page that declares no language: a Latin-script line written year first, month
    name, day ("2024. március 5.", "2024 m. kovo 5 d.", "2024. gada 5. marts"), read in each
    language that writes its long dates so (``YEAR_FIRST_LATIN``), kept when those that read it
    agree on the day. Only that order: a year, a month name and a day is no sentence's order,
    where "5 any 2024" could be. A name of fewer than four letters must end with its point."""
    if _YEAR_RE.search(s) is None or _script(s):
        return None
    found: set[date] = set()
    first: datetime | None = None
    for language in YEAR_FIRST_LATIN:
        table = _local_month_re(language)
        if table is None:
            continue
        names, pattern = table
        for m in pattern.finditer(s):
            if len(m["mon"]) < 4 and not m.group(0).endswith("."):
                continue
            before, after = s[: m.start()], s[m.end() :]
            if (b := _BEFORE_YEAR_RE.search(before)) and (a := _AFTER_DAY_RE.match(after)):
                year, day_, start, end = int(b["year"]), int(a["day"]), b.start(), m.end() + a.end()
            elif b := _BEFORE_YEAR_DAY_RE.search(before):
                year, day_, start, end = int(b["year"]), int(b["day"]), b.start(), m.end()
            else:
                continue
            try:
                day = date(year, names[m["mon"].lower()], day_)
            except ValueError:
                return None
            found.add(day)
            first = first or _time_and_offset(s, start, end, day)
            break
    return first if len(found) == 1 else None


def _parse_local_month(s: str, language: str) -> datetime | None:
    """A date written with the month names of the page's declared *language*, with its time;
    None when the language has no table or the line no such date."""
    table = _local_month_re(language) if language and _YEAR_RE.search(s) else None
    if table is None:
        return None
    names, pattern = table
    for m in pattern.finditer(s):
        found = _local_date_at(s, m)
        if found is None:
            continue
        year, day_, start, end = found
        try:
            day = date(year, names[m["mon"].lower()], day_)
        except ValueError:
            return None
        return _time_and_offset(s, start, end, day, language)
    return None


# ---------------------------------------------------------------------------------------------
# dateparser, last resort
# ---------------------------------------------------------------------------------------------

# A 4-digit year: without one (and without a relative expression) a string is not a publication
# date. e.g. "2017" in "Tháng Bảy 2017"
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Relative expressions dateparser resolves against the crawl time.
# e.g. "hôm qua", "hôm nay", "2 giờ trước", "vừa xong", "3 days ago", "yesterday"
_RELATIVE_RE = re.compile(
    r"\b(?:hôm\s+(?:qua|nay|kia)|trước|vừa\s+xong|ago|yesterday|today|just\s+now)\b",
    re.IGNORECASE,
)


def is_relative(value: str) -> bool:
    """Whether *value* is a date counted back from the reader's clock ("12 minutes ago",
    "2 giờ trước", "hôm qua 10:30") that writes no year: read against the crawl time, its day
    is only as good as that guess."""
    return _RELATIVE_RE.search(value) is not None and _YEAR_RE.search(value) is None


# Only a year (and maybe a weekday/punctuation): too vague to be a publication date. e.g. "2017"
_YEAR_ONLY_RE = re.compile(r"^\W*(?:19|20)\d{2}\W*$")

# Words around a date line that dateparser does not know; removed before calling it.
# e.g. "Cập nhật ngày:", "Ngày đăng:", "Đăng lúc", "Xuất bản:", "Published:", "Updated"
_LABEL_RE = re.compile(
    r"""(?:cập\s+nhật(?:\s+(?:ngày|lúc))?|ngày\s+đăng|đăng\s+(?:lúc|ngày)|xuất\s+bản(?:\s+ngày)?
        |thời\s+gian|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated)
        \s*:?""",
    re.VERBOSE | re.IGNORECASE,
)
# Counters after a date. e.g. "Lượt xem: 128", "Views: 12", "12 bình luận", "Comments (79)"
_COUNTER_RE = re.compile(
    r"(?:lượt\s+xem|views?|bình\s+luận|comments?)\s*[:(]?\s*\d[\d.,]*\)?"
    r"|\d[\d.,]*\s*(?:bình\s+luận|comments?)",
    re.IGNORECASE,
)
# "8h30", "08g30", "8 giờ 30": dateparser wants "8:30". A bare "giờ" is left alone so that
# "2 giờ trước" (2 hours ago) stays relative.
_HG_TIME_RE = re.compile(
    r"(?<!\w)(\d{1,2})\s*(?:h|g|giờ)\s*(\d{2})(?!\d)(?:\s*phút)?", re.IGNORECASE
)
# "lúc" (at), "ngày" before a digit (not in "3 ngày trước"), "|", a colon after a weekday.
_FILLER_RE = re.compile(r"\blúc\b|\bngày\s+(?=\d)|\|", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _dateparser_for(base: datetime) -> DateDataParser:
    """One configured DateDataParser per crawl time (crawls reuse one ``now``)."""
    from dateparser.date import DateDataParser  # lazy: a costly import, rarely needed

    settings: dict[str, Any] = {
        "TIMEZONE": "Asia/Ho_Chi_Minh",  # naive strings are Vietnamese local time
        "RETURN_AS_TIMEZONE_AWARE": False,  # results come back in VN local time; we attach it
        "DATE_ORDER": "DMY",  # only human strings reach dateparser; VN sites are day-first
        "PREFER_DAY_OF_MONTH": "first",  # "Tháng Bảy 2017" is 1 July, not today's day
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base,  # "hôm qua" is relative to the crawl, not to the clock
    }
    return DateDataParser(languages=["vi", "en"], settings=settings)


@functools.lru_cache(maxsize=64)
def _any_language_parser_for(base: datetime, language: str = "") -> DateDataParser:
    """A DateDataParser for one *language* (an ISO 639-1 code dateparser knows), or one that
    detects the language itself when *language* is "" (slow, hundreds of milliseconds a line
    while its locales load: a last resort)."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {
        "TIMEZONE": "Asia/Ho_Chi_Minh",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base,
    }
    if language:
        return DateDataParser(languages=[language], settings=settings)
    return DateDataParser(settings=settings)


@functools.cache
def _dateparser_languages() -> frozenset[str]:
    from dateparser.languages.loader import default_loader

    return frozenset(default_loader.get_locale_map())


# A "day month-name year" span, with an optional time: the part of a foreign-language date
# line worth a (slow) dateparser reading; the rest ("Bron: 112 Den Haag", "Comments (79)") only
# slows dateparser down or makes it fail. ("Month day, year" is English's order, read by the
# regexes above; in other words it is mostly "Ausgabe 12 2022".)
# e.g. "17 de marzo de 2020", "9 oktober 2020 11:12", "20 septembrie 2020", "13. Januar 2020"
_DAY_WORD_YEAR_RE = re.compile(
    r"""(?<!\d)(?:[0-2]?\d|3[01])\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+|del\s+)?
        (?:19|20)\d{2}(?!\d)
        (?P<time>\.?\s*[,|\-]?\s*(?:à|a\s+las|um|klo|kl\.)?\s*\d{1,2}[:.h]\d{2}(?!\d))?""",
    re.VERBOSE | re.IGNORECASE,
)


# What the Vietnamese and English dateparser reads beyond this module's own regexes.
_VI_EN_WORD_RE = re.compile(
    r"tháng|hôm|trước|vừa|(?<![^\W\d_])(?:ago|yesterday|today|now|jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


class _NoDate:
    date_obj = None
    period = "day"


_NO_DATE: Any = _NoDate()


@functools.lru_cache(maxsize=4096)
def _any_language_date(span: str, base: datetime, language: str = "") -> datetime | None:
    """A "day word year" span read by dateparser in the page's *language*, or with its
    language detection when the page declares none it knows (milliseconds, or hundreds of
    them: remembered, as templates repeat the same lines across a site's pages)."""
    if language in ("en", "vi") or language not in _dateparser_languages():
        language = ""  # already tried, or unknown; and templates copy lang="en" everywhere
    data = _any_language_parser_for(base, language).get_date_data(span)
    if data.date_obj is None or data.period != "day":
        return None  # a month or year guessed from a stray word is not a date
    found: datetime = data.date_obj
    return found


def _parse_textual(
    s: str, now: datetime, *, any_language: bool = False, language: str = ""
) -> datetime | None:
    """Textual and relative forms through dateparser, after removing what it cannot read."""
    has_year = _YEAR_RE.search(s) is not None
    if not has_year and not _RELATIVE_RE.search(s):
        return None  # "Sáng 28.5", "Ngày 12-10": no year, not a publication date
    if _YEAR_ONLY_RE.match(s):
        return None
    s = _COUNTER_RE.sub(" ", s)
    s = _LABEL_RE.sub(" ", s)
    tz = _offset(s)
    if tz is not None:  # dateparser would convert; we keep the offset as written
        s = _OFFSET_RE.sub(" ", s)
    s = _HG_TIME_RE.sub(r"\1:\2", s)
    s = _FILLER_RE.sub(" ", s)
    s = _WEEKDAY_RE.sub(lambda m: " ", s)
    s = _SPACES_RE.sub(" ", s.replace("(", " ").replace(")", " ")).strip(" ,:-")
    if not s:
        return None
    base = now.astimezone(VN_TZ).replace(tzinfo=None, microsecond=0)
    data = _NO_DATE
    # Vietnamese and English dateparser only where it can read something the regexes above did
    # not: a relative expression, a Vietnamese month word, an English month name (a parse costs
    # milliseconds, and most strings that get here are not dates: "Fax 05191 979228").
    if _VI_EN_WORD_RE.search(s):
        data = _dateparser_for(base).get_date_data(s)
    if data.date_obj is None and any_language and (span := _DAY_WORD_YEAR_RE.search(s)):
        found_any = _any_language_date(span.group(0), base, language)
        if found_any is None:
            return None
        if found_any.tzinfo is None:
            # The time as this module reads it (a 12-hour mark, "2:07 PTG"; a point after the
            # date, "18. listopada 2019. 14.07"), unless it reads none and dateparser did.
            ours = _time_and_offset(
                s,
                span.start(),
                span.start("time") if span["time"] else span.end(),
                found_any.date(),
                language,
            )
            if ours.time() != datetime.min.time() or found_any.time() == datetime.min.time():
                found_any = ours.replace(tzinfo=tz or ours.tzinfo)
        return found_any.replace(tzinfo=tz or VN_TZ) if found_any.tzinfo is None else found_any
    if data.date_obj is None or (has_year and data.period == "year"):
        return None
    if not has_year and data.period in ("month", "year"):
        # "6 years ago", "3 tháng trước": dateparser makes up the day (the 1st of a month a
        # whole number of months or years back); a coarser stamp than a day says no day.
        return None
    found: datetime = data.date_obj
    return found.replace(tzinfo=tz or VN_TZ) if found.tzinfo is None else found


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def to_vn(dt: datetime) -> datetime:
    """An aware datetime in Asia/Ho_Chi_Minh (a naive one is taken to be Vietnamese already)."""
    return dt.replace(tzinfo=VN_TZ) if dt.tzinfo is None else dt.astimezone(VN_TZ)


def parse_date(
    text: str,
    *,
    now: datetime | None = None,
    any_language: bool = False,
    textual: bool = True,
    language: str = "",
) -> datetime | None:
    """Parse one date string into an aware datetime, or None if it is not a plausible date.

    ``now`` is the crawl time: relative forms ("hôm qua") are resolved against it and results
    later than ``now`` + 1 day are rejected. Default: the current time.

    ``any_language``: when Vietnamese and English fail on a "day month-name year" string, let
    dateparser read it in *language* (the page's declared language, ISO 639-1: "ru" for
    "15 августа 2016"), or detect the language when *language* is "" or unknown to dateparser
    ("martes 17 de marzo de 2020"; slow, up to ~0.5 s a line while its locales load). Meant
    for a page's one date line, not for loops over text.

    ``textual=False``: machine, numeric and English month-name forms only, never dateparser
    (microseconds instead of milliseconds per string), for callers that only confirm a date.
    """
    if not text:
        return None
    s = _clean(text[:MAX_LEN])
    if not s:
        return None
    now = to_vn(now) if now is not None else datetime.now(VN_TZ)
    found = (
        _parse_machine(s)
        or _parse_numeric(s, language)
        or _parse_local_month(s, language)
        or _parse_month_name(s, language)
        or (_parse_script_month(s) or _parse_year_first_latin(s) if not language else None)
        or (
            _parse_textual(s, now, any_language=any_language, language=language)
            if textual
            else None
        )
    )
    if found is None:
        return None
    if found.tzinfo is None:
        found = found.replace(tzinfo=VN_TZ)
    if found < EARLIEST or found > now + FUTURE_SLACK:
        return None
    return found
