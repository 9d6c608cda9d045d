"""Write ``aggregator/month_names.py``: every language's month names and abbreviations (and
the marks of a 12-hour clock's morning and afternoon, ``DAY_PERIODS``), from
CLDR (through babel, a benchmark-only dependency: the runtime reads the generated table).

    .venv/bin/python -m benchmarks.make_month_names

For each language CLDR has with a two-letter code (as ``lang`` attributes name them), the wide and abbreviated
names in the format context (the genitive of Slavic languages: "5 марта") and the stand-alone
context ("март"), lower-cased, with the abbreviation's own point dropped ("márc." → "márc"; a
point after a name is optional when read). Languages whose names are numbers ("3月", "tháng 3")
or that ``aggregator.dates`` reads by itself (English, Vietnamese) are left out. Regenerate when
babel's CLDR changes; the table is data, not code.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import babel
from babel import Locale
from babel.localedata import locale_identifiers

TARGET = Path(__file__).resolve().parent.parent / "aggregator" / "month_names.py"
SKIP = frozenset({"en", "vi"})
# Points that end an abbreviation in some scripts: ".", Devanagari's "॰", Hebrew's geresh.
TRAILING = ".॰׳'’"


def month_names(lang: str) -> dict[str, int] | None:
    locale = Locale.parse(lang)
    found: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for month, name in locale.months[context][width].items():
                # The last word, without an elided article: "de gener", "d’octubre" (ca).
                word = re.split(r"[\s’']", name.lower().strip())[-1].rstrip(TRAILING)
                word = unicodedata.normalize("NFC", word)  # as parse_date reads text
                if len(word) < 2 or any(c.isdigit() for c in word):
                    continue
                if found.get(word, month) != month:
                    return None  # one word, two months: not a table to read dates with
                found[word] = month
    return found if len(set(found.values())) == 12 else None


def glued_prefixes(lang: str) -> list[str]:
    """Letters the locale's date patterns glue before the month ("d בMMMM y": he)."""
    locale = Locale.parse(lang)
    found = set()
    for width in ("full", "long", "medium"):
        pattern = locale.date_formats[width].pattern
        for m in re.finditer(r"([^\W\d_A-Za-z]+)M{3,}", pattern):
            found.add(m.group(1).lower())
    return sorted(found)


def day_periods(lang: str) -> dict[str, int]:
    """The language's marks of the morning and the afternoon of a 12-hour clock ("오후",
    "μ.μ.", "م", "PTG"), lower-cased, NFC, inner spaces as one space: mark -> 0 (before noon) or
    12 (after). CLDR's format context, abbreviated and wide; the narrow ones are single letters
    ("a", "p", "ق") that text is full of. A mark that names both halves is left out."""
    locale = Locale.parse(lang)
    found: dict[str, int] = {}
    periods = locale.day_periods.get("format", {})
    for width in ("abbreviated", "wide"):
        for period, offset in (("am", 0), ("pm", 12)):
            mark = periods.get(width, {}).get(period)
            if not mark:
                continue
            mark = unicodedata.normalize("NFC", " ".join(mark.lower().split()))
            if found.get(mark, offset) != offset:
                found[mark] = -1
            else:
                found.setdefault(mark, offset)
    return {m: o for m, o in found.items() if o >= 0 and not any(c.isdigit() for c in m)}


def short_order(identifier: str) -> str | None:
    """The field order of the locale's short date pattern ("dmy", "mdy", "ymd"), when that
    pattern writes the year with two digits ("M/d/yy": "mdy"; "yy. M. d.": "ymd"); None when it
    writes four ("y-MM-dd"), so a two-digit date on such a page is not in its own order."""
    pattern = re.sub(r"'[^']*'", "", Locale.parse(identifier).date_formats["short"].pattern)
    if "yy" not in pattern.replace("yyyy", ""):
        return None
    where = {field: pattern.find(field) for field in "yMd"}
    return "".join(sorted("yMd", key=where.__getitem__)).lower()


def two_digit_year_orders(languages: list[str]) -> dict[str, str]:
    """``TWO_DIGIT_YEAR_ORDERS``: for each language, the order most of its regions write a
    two-digit-year date in, when that is not day-month-year ("ko": "ymd"); and each region
    whose order differs from its language's ("en-us": "mdy", "es-pa": "mdy"). CLDR's bare "en"
    is the United States', but a page that declares bare "en" is as likely British, Indian or
    Australian: the regions' majority (day first) is the language's."""
    regions: dict[str, dict[str, str]] = {}
    for identifier in locale_identifiers():
        parts = identifier.split("_")
        if len(parts) == 2 and len(parts[1]) == 2 and parts[0] in languages:
            regions.setdefault(parts[0], {})[parts[1].lower()] = short_order(identifier) or "dmy"
    found: dict[str, str] = {}
    for lang in languages:
        own = regions.get(lang, {})
        orders = list(own.values()) or [short_order(lang) or "dmy"]
        order = max(sorted(set(orders)), key=orders.count)
        if order != "dmy":
            found[lang] = order
        for region, region_order in own.items():
            if region_order != order:
                found[f"{lang}-{region}"] = region_order
    return dict(sorted(found.items()))


def year_first_latin(languages: list[str]) -> tuple[str, ...]:
    """Languages with Latin-script month names whose long date pattern writes the year first
    ("y. MMMM d.": hu; "y 'm'. MMMM d 'd'.": lt; "y. 'gada' d. MMMM": lv)."""
    found = []
    for lang in languages:
        names = month_names(lang)
        if not names or script_of(names) != "LATIN":
            continue
        pattern = re.sub(r"'[^']*'", "", Locale.parse(lang).date_formats["long"].pattern)
        if pattern.find("y") < min(pattern.find("M"), pattern.find("d")):
            found.append(lang)
    return tuple(found)


def script_of(names: dict[str, int]) -> str | None:
    """The one script a table's names are written in (Unicode's name for it), or None."""
    scripts = {unicodedata.name(c).split()[0] for w in names for c in w if c.isalpha()}
    return scripts.pop() if len(scripts) == 1 else None


def per_language(languages: list[str], table: Callable[[str], dict[str, int]]) -> list[str]:
    """The body of a generated ``{language: {word: number}}`` table, from its first entry to the
    closing brace: each language's words sorted by number, then by word; empty tables left out."""
    lines = []
    for lang in languages:
        if words := table(lang):
            items = ", ".join(
                f"{w!r}: {n}" for w, n in sorted(words.items(), key=lambda x: (x[1], x[0]))
            )
            lines.append(f"    {lang!r}: {{{items}}},")
    lines.append("}  # fmt: skip")
    return lines


def main() -> int:
    every = sorted(i for i in locale_identifiers() if len(i) == 2)
    languages = [lang for lang in every if lang not in SKIP]
    lines = [
        f'"""Month names and abbreviations of each language, lower-cased, from CLDR (babel {babel.__version__}).',
        "",
        "Generated by ``benchmarks/make_month_names.py``; do not edit by hand.",
        '"""',
        "",
        "MONTH_NAMES: dict[str, dict[str, int]] = {",
    ]
    lines += per_language(languages, month_names)
    lines.append("")
    lines.append(
        '# Letters glued before a month name by the language\'s date patterns ("5 במרץ 2024").'
    )
    lines.append("MONTH_PREFIXES: dict[str, tuple[str, ...]] = {")
    for lang in languages:
        prefixes = glued_prefixes(lang)
        if prefixes and month_names(lang):
            lines.append(f"    {lang!r}: {tuple(prefixes)!r},")
    lines.append("}  # fmt: skip")
    lines.append("")
    lines.append(
        "# The languages whose month names are written in each script other than Latin: a page"
    )
    lines.append(
        "# that declares no language is read in each of them where its line is in that script."
    )
    lines.append("SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {")
    by_script: dict[str, list[str]] = {}
    for lang in languages:
        names = month_names(lang)
        script = script_of(names) if names else None
        if script and script != "LATIN":
            by_script.setdefault(script, []).append(lang)
    for script, langs in sorted(by_script.items()):
        lines.append(f"    {script!r}: {tuple(langs)!r},")
    lines.append("}  # fmt: skip")
    lines.append("")
    lines.append(
        '# The marks of a 12-hour clock\'s halves ("2:07 μ.μ.", "오후 2:07"): mark -> hours to add.'
    )
    lines.append("DAY_PERIODS: dict[str, dict[str, int]] = {")
    lines += per_language(languages, day_periods)
    lines.append("")
    lines.append(
        '# The field order of a two-digit-year date ("3/5/24", "24. 3. 5.") where a language, or a'
    )
    lines.append("# region of it, writes its short dates in another order than day-month-year.")
    lines.append("TWO_DIGIT_YEAR_ORDERS: dict[str, str] = {")
    lines += [f"    {k!r}: {v!r}," for k, v in two_digit_year_orders(every).items()]
    lines.append("}  # fmt: skip")
    lines.append("")
    lines.append(
        '# Latin-script languages that write a long date year first ("2024. március 5."): read on'
    )
    lines.append("# a page that declares no language, where the line is in that order.")
    lines.append(
        f"YEAR_FIRST_LATIN: tuple[str, ...] = {year_first_latin(languages)!r}  # fmt: skip"
    )
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
