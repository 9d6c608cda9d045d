"""How general is our reading of a visible date line? Every CLDR date format of many languages.

For each language (those the htmldate, htmldate-more and trafilatura sets declare, and the
common languages of the web's news) and each CLDR date format (full, long, medium, short; the
date alone and the date with the locale's short time, joined by the locale's own date-time
pattern), this renders a made-up article page as a reader sees it: a site header and menu, the
headline in an h1, the date line right under it, a byline, paragraphs that mention other days
(before and after the publication), a sidebar of other stories with their days, a footer. No
metadata, no date in the URL, no class name that says "date". Each page is made twice: with
``lang`` declared on ``<html>`` and without. ``extract_article`` reads each page; the report
gives, per language and format, how many pages got the publication day right, wrong and not at
all; and, on the pages whose line shows a time and whose day was read right, how many got the
time of day right too (14:07, which a 12-hour clock writes "2:07 PM", "2:07 μ.μ.", "오후 2:07").

The days are fixed: some with day and month both <= 12 (a day-first and a month-first reading
are both dates), the first and last days of a month and of a year, a leap day.

    .venv/bin/python -m benchmarks.date_forms                 # the tables (Markdown)
    .venv/bin/python -m benchmarks.date_forms --failures      # every page not right, one a line
    .venv/bin/python -m benchmarks.date_forms --json out.json # every result, to compare runs

Needs babel (benchmarks/requirements.txt): the formats and the words come from its CLDR data.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date, datetime, time, timedelta

from babel import Locale
from babel.dates import format_date, format_time

from aggregator.dates import VN_TZ
from aggregator.extract import extract_article

# Languages: every one declared by more than one page of the htmldate, htmldate-more and
# trafilatura sets (checked from their `lang` and og:locale), the ones declared once, and the
# news web's common ones; Vietnamese as the control.
LANGUAGES = (
    "de", "en", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "ru", "uk", "tr", "sv", "da",
    "nb", "fi", "hu", "ro", "el", "hr", "sl", "id", "ja", "zh", "ko", "ar", "he", "vi", "fa",
    "lt", "sq", "hy", "bg", "sr", "et", "lv", "ca", "ms", "th", "hi",
)  # fmt: skip
FORMATS = ("full", "long", "medium", "short")
# Publication days: day and month both <= 12 (5 March, 12 July, 9 January), the turn of a
# month (1st, 30th/31st), of a year (31 December), a leap day.
DAYS = (
    date(2024, 3, 5),
    date(2021, 7, 12),
    date(2025, 1, 9),
    date(2023, 11, 30),
    date(2024, 3, 1),
    date(2022, 12, 31),
    date(2024, 2, 29),
    date(2019, 10, 18),
)
CLOCK = time(14, 7)
NAMES = ("Anna Kowalski", "Marco Ferri", "Lena Vogel", "Sara Lindqvist")


def _words(locale: Locale, start: int, count: int) -> list[str]:
    """Words of the locale's own script and language: its names of countries."""
    names = [v for k, v in sorted(locale.territories.items()) if k.isalpha()]
    return [names[(start + i * 7) % len(names)] for i in range(count)]


def date_line(day: date, fmt: str, lang: str, with_time: bool) -> str:
    """The date as the locale writes it in *fmt*, with the short time when *with_time*."""
    text = format_date(day, fmt, locale=lang)
    if not with_time:
        return text
    clock = format_time(CLOCK, "short", locale=lang)
    pattern = str(Locale.parse(lang).datetime_formats[fmt])
    return pattern.replace("{1}", text).replace("{0}", clock)


def render(day: date, fmt: str, lang: str, *, with_time: bool, declare: bool, seed: int) -> str:
    locale = Locale.parse(lang)
    words = _words(locale, seed, 80)
    site = "Kurier " + words[0]
    headline = " ".join(words[1:6])
    before = format_date(day - timedelta(days=45), "long", locale=lang)
    after = format_date(day + timedelta(days=10), "long", locale=lang)
    earlier = format_date(day - timedelta(days=400), "medium", locale=lang)
    side = [
        (
            " ".join(words[20 + 3 * i : 23 + 3 * i]),
            format_date(day - timedelta(days=i + 1), fmt, locale=lang),
        )
        for i in range(4)
    ]
    paragraphs = [
        ", ".join(words[30:38]) + f" ({before}). " + ", ".join(words[38:44]) + ".",
        ", ".join(words[44:52]) + ". " + ", ".join(words[52:58]) + f" — {after}.",
        ", ".join(words[58:66]) + f" {earlier}, " + ", ".join(words[66:72]) + ".",
        ", ".join(words[72:80]) + ".",
    ]
    lang_attr = f' lang="{lang}"' if declare else ""
    menu = "".join(f'<li><a href="/{i}/">{w}</a></li>' for i, w in enumerate(words[6:12]))
    sidebar = "".join(
        f'<li><a href="/s/{i}/">{t}</a> <span>{d}</span></li>' for i, (t, d) in enumerate(side)
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html{lang_attr}><head><meta charset="utf-8"><title>{headline} | {site}</title></head>
<body>
<header class="site-header"><a class="logo" href="/">{site}</a>
<nav><ul>{menu}</ul></nav></header>
<div class="wrap"><main>
<article class="story">
<h1>{headline}</h1>
<div class="story-info">{date_line(day, fmt, lang, with_time)}</div>
<div class="story-writer">{NAMES[seed % len(NAMES)]}</div>
<div class="story-text">{body}</div>
</article></main>
<aside class="sidebar"><h3>{words[12]}</h3><ul>{sidebar}</ul></aside></div>
<footer class="site-footer"><p>© 2026 {site}</p><p><a href="/x">{words[13]}</a></p></footer>
</body></html>"""


def run() -> list[dict[str, object]]:
    results = []
    for lang in LANGUAGES:
        for fmt in FORMATS:
            for with_time in (False, True):
                for declare in (True, False):
                    for seed, day in enumerate(DAYS):
                        html = render(
                            day, fmt, lang, with_time=with_time, declare=declare, seed=seed
                        )
                        now = datetime.combine(day + timedelta(days=3), time(12), VN_TZ)
                        article = extract_article(
                            html, f"https://news.example/story/{seed}-x", now=now
                        )
                        got = article.published.date() if article.published else None
                        outcome = "missing" if got is None else ("right" if got == day else "wrong")
                        # The clock, where the line shows one (14:07, "2:07 PM", "오후 2:07"),
                        # on the right day, in the page's own wall time.
                        clock = (
                            article.published.strftime("%H:%M")
                            if with_time and outcome == "right" and article.published
                            else None
                        )
                        hour = None
                        if clock is not None:
                            hour = "right" if clock == CLOCK.strftime("%H:%M") else "wrong"
                        results.append(
                            {
                                "lang": lang,
                                "format": fmt + ("+time" if with_time else ""),
                                "declared": declare,
                                "day": day.isoformat(),
                                "line": date_line(day, fmt, lang, with_time),
                                "got": got.isoformat() if got else None,
                                "outcome": outcome,
                                "clock": clock,
                                "hour": hour,
                            }
                        )
    return results


def _cell(counter: Counter[str]) -> str:
    n = sum(counter.values())
    if counter["right"] == n:
        return "✓"
    return f"{counter['right']}/{counter['wrong']}/{counter['missing']}"


def table(results: list[dict[str, object]], declared: bool) -> str:
    columns = [f + t for t in ("", "+time") for f in FORMATS]
    cells: dict[tuple[object, object], Counter[str]] = {}
    total: Counter[str] = Counter()
    for r in results:
        if r["declared"] != declared:
            continue
        cells.setdefault((r["lang"], r["format"]), Counter())[str(r["outcome"])] += 1
        total[str(r["outcome"])] += 1
    n = sum(total.values())
    lines = [
        (
            f"lang declared: {declared}; right {total['right'] / n:.3f}, wrong"
            f" {total['wrong'] / n:.3f}, missing {total['missing'] / n:.3f} ({n} pages; a cell:"
            f" right/wrong/missing of {len(DAYS)} days, ✓ all right)"
        ),
        "",
        "| lang | " + " | ".join(columns) + " |",
        "|---" * (len(columns) + 1) + "|",
    ]
    for lang in LANGUAGES:
        lines.append(f"| {lang} | " + " | ".join(_cell(cells[(lang, c)]) for c in columns) + " |")
    return "\n".join(lines)


def hours(results: list[dict[str, object]], declared: bool) -> str:
    """The time of day on the pages whose line shows one and whose day was read right."""
    timed = [r for r in results if r["declared"] == declared and r["hour"] is not None]
    wrong = Counter(str(r["lang"]) for r in timed if r["hour"] != "right")
    right = len(timed) - sum(wrong.values())
    share = right / len(timed) if timed else 0.0
    listed = ", ".join(f"{lang} {n}" for lang, n in sorted(wrong.items())) or "none"
    return (
        f"lang declared: {declared}; time right {share:.3f} ({right} of {len(timed)} pages"
        f" with a time and the right day); wrong time, per language: {listed}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--failures", action="store_true", help="list every page not right")
    parser.add_argument("--json", help="write every result to this file")
    args = parser.parse_args(argv)
    results = run()
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=0)
    if args.failures:
        for r in results:
            if r["outcome"] != "right" or r["hour"] == "wrong":
                print(
                    r["lang"],
                    r["format"],
                    "declared" if r["declared"] else "undeclared",
                    r["day"],
                    repr(r["line"]),
                    "->",
                    r["got"],
                    r["clock"] or "",
                )
        return 0
    for declared in (True, False):
        print(table(results, declared))
        print()
    for declared in (True, False):
        print(hours(results, declared))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
