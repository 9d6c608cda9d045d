"""How general is our reading of structured metadata? Dates and authors in every form CMSs write.

Renders made-up article pages as CMSs serve them (site header and menu, the headline in an h1,
paragraphs that mention other days, a sidebar of other stories with their days, a footer) whose
publication date and authors are given only (layout ``bare``) or also visibly (layout
``shown``: a date line under the heading and a byline) in one of many metadata forms:

- date carriers: meta names (``article:published_time``, ``pubdate``, ``DC.date.issued``,
  ``sailthru.date``, ``parsely-pub-date``, ``citation_publication_date``, …), ``itemprop``
  on meta/time/span, ``article:modified_time`` alone; JSON-LD (NewsArticle, Article,
  BlogPosting, a WebPage with ``@graph`` and ``@id`` references, arrays of nodes, nested
  ``mainEntity``, ``datePublished`` beside a later ``dateModified``, a VideoObject's
  ``uploadDate``, a WebSite/Organization node with its own older dates first);
- date values: ISO with Z, with an offset, without one, with a space for the T, fractional
  seconds, the date alone, RFC 2822, "05.03.2024", "2024/03/05", epoch seconds, garbage;
- authors: a Person, a list of Persons, a string, "By A and B" in one string, an
  Organization, a Person with only a url, ``@id`` references into ``@graph``, names with HTML
  character references, the site's name as the author; meta ``author``, ``article:author``
  (a name or a profile address), ``dc.creator``, ``parsely-author``, ``sailthru.author``,
  ``byl``.

Truth: the publication day as the value's own offset gives it (htmldate's original-date
convention); a value without an offset is the day it writes (``parse_date`` reads naive
times as wall-clock times); epoch seconds are an instant at noon UTC, the same day
everywhere; a garbage value gives no day (``bare``: missing is right) or the date line's
(``shown``). ``article:modified_time`` alone is the day htmldate would give (its only date).
Authors: the people named; none for an organization, a profile address alone, the site's own
name (a name given there is "spurious").

    .venv/bin/python -m benchmarks.meta_forms                 # the tables (Markdown)
    .venv/bin/python -m benchmarks.meta_forms --failures      # every page not right
    .venv/bin/python -m benchmarks.meta_forms --json out.json # every result, to compare runs
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from aggregator.extract import extract_article
from benchmarks.bench_extraction import author_f1

SITE = "Riverside Herald"
HOST = "www.riverside-herald.example"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
PEOPLE = ("Anna Kowalski", "Marco Ferri")
URL = f"https://{HOST}/news/council-approves-riverside-cycle-path"

# Publication instants: (the wall clock of the page, its offset). Days with day and month
# <= 12, the evening of a year's last day west of UTC (the next year in UTC), the early
# morning east of UTC (the day before in UTC).
INSTANTS = (
    (datetime(2024, 3, 5, 22, 15), -5),
    (datetime(2022, 12, 31, 21, 40), -8),
    (datetime(2023, 11, 1, 6, 5), 9),
    (datetime(2021, 7, 12, 10, 30), 0),
)

# --- date value forms --------------------------------------------------------------------------


def _zone(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def _iso_offset(wall: datetime, hours: int) -> str:
    return wall.replace(tzinfo=_zone(hours)).isoformat()


def _iso_z(wall: datetime, hours: int) -> str:
    # The same instant in UTC: its day may differ; truth stays the page's own day (htmldate
    # reads the string's date; we read the offset the page shows): only midday stamps here.
    return wall.replace(hour=12).strftime("%Y-%m-%dT%H:%M:%SZ")


def _epoch(wall: datetime, hours: int) -> str:
    return str(int(wall.replace(hour=12, minute=0, tzinfo=UTC).timestamp()))


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _rfc2822(wall: datetime, hours: int) -> str:
    sign = "+" if hours >= 0 else "-"
    return (
        f"{_DAYS[wall.weekday()]}, {wall.day:02d} {_MONTHS[wall.month - 1]} {wall.year} "
        f"{wall:%H:%M:%S} {sign}{abs(hours):02d}00"
    )


VALUES: dict[str, Callable[[datetime, int], str | None]] = {
    "iso-offset": _iso_offset,
    "iso-z": _iso_z,
    "iso-z-frac": lambda w, h: w.replace(hour=12).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
    "iso-frac-offset": lambda w, h: w.replace(microsecond=123456, tzinfo=_zone(h)).isoformat(),
    "iso-naive": lambda w, h: w.strftime("%Y-%m-%dT%H:%M:%S"),
    "iso-space": lambda w, h: w.strftime("%Y-%m-%d %H:%M:%S"),
    "iso-space-offset": lambda w, h: _iso_offset(w, h).replace("T", " "),
    "iso-minute-offset": lambda w, h: _iso_offset(w, h)[:16] + _iso_offset(w, h)[19:],
    "date-only": lambda w, h: w.strftime("%Y-%m-%d"),
    "rfc2822": _rfc2822,
    "dotted": lambda w, h: w.strftime("%d.%m.%Y"),
    "ymd-slashed": lambda w, h: w.strftime("%Y/%m/%d"),
    "compact": lambda w, h: w.strftime("%Y%m%d"),
    "epoch": _epoch,
    "iso-offset-no-colon": lambda w, h: (
        _iso_offset(w, h).replace(":", "")[:-2] + _iso_offset(w, h)[-6:].replace(":", "")
    ),
    "iso-offset-spaced": lambda w, h: _iso_offset(w, h)[:19] + " " + _iso_offset(w, h)[19:],
    "js-date": lambda w, h: (
        f"{_DAYS[w.weekday()]} {_MONTHS[w.month - 1]} {w.day:02d} {w.year} {w:%H:%M:%S} "
        f"GMT{'+' if h >= 0 else '-'}{abs(h):02d}00"
    ),
    "month-name": lambda w, h: f"{w:%B} {w.day}, {w.year}",
    "day-month-name-time": lambda w, h: f"{w.day} {w:%B} {w.year} {w:%H:%M}",
    "unpadded": lambda w, h: f"{w.year}-{w.month}-{w.day}",
    "labelled": lambda w, h: "Published: " + w.strftime("%Y-%m-%d %H:%M"),
    "garbage": lambda w, h: "{{ post.date }}",
}
# Values that carry no day.
NO_DAY = frozenset({"garbage"})

# --- date carriers -----------------------------------------------------------------------------

META_DATES = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "date"),
    ("name", "DC.date.issued"),
    ("name", "dcterms.created"),
    ("name", "sailthru.date"),
    ("name", "parsely-pub-date"),
    ("name", "citation_publication_date"),
    ("itemprop", "datePublished"),
)


@dataclass(frozen=True)
class Carrier:
    """Where the date is written: head markup, body markup and JSON-LD nodes."""

    head: Callable[[str], str] = lambda v: ""
    body: Callable[[str], str] = lambda v: ""
    jsonld: Callable[[str], Any] = lambda v: None


def _meta(attr: str, name: str) -> Carrier:
    return Carrier(head=lambda v: f'<meta {attr}="{name}" content="{html.escape(v)}">')


def _article(kind: str, value: str, **extra: Any) -> dict[str, Any]:
    return {
        "@type": kind,
        "headline": "Council approves the new riverside cycle path",
        "datePublished": value,
        **extra,
    }


def _graph(value: str) -> dict[str, Any]:
    """Yoast's shape: the article a node of @graph, its page, site and publisher by @id."""
    base = f"https://{HOST}"
    return {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "name": SITE,
                "datePublished": "2009-04-01T00:00:00+00:00",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": SITE,
                "foundingDate": "1998-01-01",
            },
            {
                "@type": "WebPage",
                "@id": f"{base}/news/cycle-path/#webpage",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": value,
                "dateModified": "2025-06-30T08:00:00+00:00",
            },
            {
                "@type": "Article",
                "@id": f"{base}/news/cycle-path/#article",
                "isPartOf": {"@id": f"{base}/news/cycle-path/#webpage"},
                "headline": "Council approves the new riverside cycle path",
                "datePublished": value,
                "dateModified": "2025-06-30T08:00:00+00:00",
                "publisher": {"@id": f"{base}/#organization"},
            },
        ],
    }


def _site_first(value: str) -> list[dict[str, Any]]:
    """A WebSite and an Organization with their own dates written before the article."""
    return [
        {"@type": "WebSite", "name": SITE, "dateCreated": "2008-02-02", "datePublished": "2008-02-02"},
        {"@type": "Organization", "name": SITE, "foundingDate": "1998-01-01"},
        _article("NewsArticle", value),
    ]  # fmt: skip


CARRIERS: dict[str, Carrier] = {
    **{f"meta:{name}": _meta(attr, name) for attr, name in META_DATES},
    "meta-modified-alone": _meta("property", "article:modified_time"),
    "time-itemprop": Carrier(
        body=lambda v: f'<time itemprop="datePublished" datetime="{html.escape(v)}"></time>'
    ),
    "span-itemprop-content": Carrier(
        body=lambda v: f'<span itemprop="datePublished" content="{html.escape(v)}"></span>'
    ),
    "ld:NewsArticle": Carrier(jsonld=lambda v: _article("NewsArticle", v)),
    "ld:Article": Carrier(jsonld=lambda v: _article("Article", v)),
    "ld:BlogPosting": Carrier(jsonld=lambda v: _article("BlogPosting", v)),
    "ld:graph": Carrier(jsonld=_graph),
    "ld:array": Carrier(
        jsonld=lambda v: [{"@type": "Organization", "name": SITE}, _article("NewsArticle", v)]
    ),
    "ld:mainEntity": Carrier(
        jsonld=lambda v: {
            "@type": "WebPage",
            "name": SITE,
            "mainEntity": _article("NewsArticle", v),
        }
    ),
    "ld:modified-later": Carrier(
        jsonld=lambda v: _article("NewsArticle", v, dateModified="2025-06-30T08:00:00+00:00")
    ),
    "ld:modified-first": Carrier(
        jsonld=lambda v: {
            "@type": "NewsArticle",
            "dateModified": "2025-06-30T08:00:00+00:00",
            "headline": "Council approves the new riverside cycle path",
            "datePublished": v,
        }
    ),
    "ld:uploadDate": Carrier(
        jsonld=lambda v: {"@type": "VideoObject", "name": "Cycle path", "uploadDate": v}
    ),
    "ld:site-first": Carrier(jsonld=_site_first),
    # Another story's JSON-LD first (a teaser card's script in the header's "trending" box).
    "ld:teaser-first": Carrier(
        jsonld=lambda v: [
            {
                "@type": "NewsArticle",
                "headline": "Bridge repairs finish ahead of schedule",
                "url": f"https://{HOST}/news/bridge-repairs",
                "datePublished": "2025-01-14T09:00:00+00:00",
            },
            _article("NewsArticle", v, url=URL),
        ]
    ),
    # Typed JSON-LD values and types written other ways.
    "ld:value-object": Carrier(
        jsonld=lambda v: _article("NewsArticle", {"@type": "DateTime", "@value": v})
    ),
    "ld:value-list": Carrier(jsonld=lambda v: _article("NewsArticle", [v])),
    "ld:type-list": Carrier(jsonld=lambda v: _article(["NewsArticle", "Article"], v)),
    "ld:type-iri": Carrier(jsonld=lambda v: _article("http://schema.org/NewsArticle", v)),
    "ld:webpage-only": Carrier(
        jsonld=lambda v: {"@type": "WebPage", "name": SITE, "datePublished": v}
    ),
    "meta:http-equiv-date": Carrier(head=lambda v: f'<meta http-equiv="date" content="{v}">'),
    "meta:article.published": _meta("name", "article.published"),
    "span-itemprop-text": Carrier(
        body=lambda v: f'<p><span itemprop="datePublished">{html.escape(v)}</span></p>'
    ),
    # Digits written as a JSON number, not a string (epoch seconds, 20240305).
    "ld:number": Carrier(jsonld=lambda v: _article("NewsArticle", int(v) if v.isdigit() else v)),
}

# --- author forms ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuthorForm:
    """How the authors are written; ``truth`` the people named (empty: none)."""

    truth: tuple[str, ...]
    head: str = ""
    jsonld: Any = None  # the article's "author" value
    graph: list[dict[str, Any]] = field(default_factory=list)  # more @graph nodes


_A, _B = PEOPLE
_PROFILE = f"https://{HOST}/author/"
AUTHORS: dict[str, AuthorForm] = {
    "ld:person": AuthorForm((_A,), jsonld={"@type": "Person", "name": _A}),
    "ld:persons": AuthorForm(
        (_A, _B), jsonld=[{"@type": "Person", "name": _A}, {"@type": "Person", "name": _B}]
    ),
    "ld:string": AuthorForm((_A,), jsonld=_A),
    "ld:strings": AuthorForm((_A, _B), jsonld=[_A, _B]),
    "ld:by-a-and-b": AuthorForm((_A, _B), jsonld=f"By {_A} and {_B}"),
    "ld:a-comma-b": AuthorForm((_A, _B), jsonld=f"{_A}, {_B}"),
    "ld:person-url-name": AuthorForm(
        (_A,), jsonld={"@type": "Person", "name": _A, "url": _PROFILE + "anna-kowalski"}
    ),
    "ld:organization": AuthorForm((), jsonld={"@type": "Organization", "name": SITE}),
    "ld:news-agency": AuthorForm((), jsonld={"@type": "Organization", "name": "Reuters"}),
    "ld:person-url-only": AuthorForm(
        (), jsonld={"@type": "Person", "url": _PROFILE + "anna-kowalski"}
    ),
    "ld:id-ref": AuthorForm(
        (_A,),
        jsonld={"@id": f"https://{HOST}/#/schema/person/1a2b"},
        graph=[{"@type": "Person", "@id": f"https://{HOST}/#/schema/person/1a2b", "name": _A}],
    ),
    "ld:id-refs": AuthorForm(
        (_A, _B),
        jsonld=[{"@id": f"https://{HOST}/#/p/1"}, {"@id": f"https://{HOST}/#/p/2"}],
        graph=[
            {"@type": "Person", "@id": f"https://{HOST}/#/p/1", "name": _A},
            {"@type": "Person", "@id": f"https://{HOST}/#/p/2", "name": _B},
        ],
    ),
    "ld:char-refs": AuthorForm(
        ("Renée Müller",), jsonld={"@type": "Person", "name": "Ren&eacute;e M&#252;ller"}
    ),
    "ld:site-name": AuthorForm((), jsonld={"@type": "Person", "name": SITE}),
    "ld:site-name-string": AuthorForm((), jsonld=SITE),
    "meta:author": AuthorForm((_A,), head=f'<meta name="author" content="{_A}">'),
    "meta:author-site": AuthorForm((), head=f'<meta name="author" content="{SITE}">'),
    "meta:author-two": AuthorForm((_A, _B), head=f'<meta name="author" content="{_A}, {_B}">'),
    "meta:article:author-name": AuthorForm(
        (_A,), head=f'<meta property="article:author" content="{_A}">'
    ),
    "meta:article:author-url": AuthorForm(
        (), head=f'<meta property="article:author" content="https://facebook.com/{SITE}">'
    ),
    "meta:dc.creator": AuthorForm((_A,), head=f'<meta name="DC.creator" content="{_A}">'),
    "meta:parsely-author": AuthorForm((_A,), head=f'<meta name="parsely-author" content="{_A}">'),
    "meta:sailthru.author": AuthorForm((_A,), head=f'<meta name="sailthru.author" content="{_A}">'),
    "meta:byl": AuthorForm((_A, _B), head=f'<meta name="byl" content="By {_A} and {_B}">'),
    "meta:char-refs": AuthorForm(
        ("Renée Müller",), head='<meta name="author" content="Ren&amp;eacute;e M&amp;uuml;ller">'
    ),
}

# --- the page ----------------------------------------------------------------------------------

PARAGRAPHS = (
    (
        "The city council voted on Tuesday to build a protected cycle path along the river, a "
        "project first proposed on 12 February 2019 and delayed twice since."
    ),
    (
        "Work is to start in the spring and end before 30 September 2027, the transport office "
        "said, and will close the lower quay road for about four months."
    ),
    (
        "Residents who spoke at the hearing were divided. Shop owners worried about deliveries, "
        "while parents said the path would make the school run safer for their children."
    ),
    (
        "The path will link the old harbour with the university campus, some 6.5 kilometres, "
        "and cost an estimated 14 million, a third of it from a regional fund."
    ),
)
SIDEBAR = (
    ("Bridge repairs finish ahead of schedule", "14 January 2025"),
    ("New bus timetable from Monday", "3 March 2024"),
    ("Library reopens after flood damage", "28 October 2023"),
)
LAYOUTS = ("bare", "shown")


def render(
    *,
    head: str = "",
    body: str = "",
    jsonld: Any = None,
    shown_day: date | None = None,
    byline: tuple[str, ...] = (),
) -> str:
    script = ""
    if jsonld is not None:
        script = (
            '<script type="application/ld+json">'
            + json.dumps(jsonld, ensure_ascii=False)
            + "</script>"
        )
    line = ""
    if shown_day is not None:
        line = f'<p class="dateline">{shown_day:%B} {shown_day.day}, {shown_day.year}</p>'
    by = f'<p class="byline">By {" and ".join(byline)}</p>' if byline else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    sidebar = "".join(
        f'<li><a href="/news/{i}">{t}</a> <span>{d}</span></li>' for i, (t, d) in enumerate(SIDEBAR)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council approves the new riverside cycle path | {SITE}</title>
<meta property="og:title" content="Council approves the new riverside cycle path">
<meta property="og:site_name" content="{SITE}">
{head}
{script}
</head><body>
<header><a href="/" class="logo">{SITE}</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
<h1>Council approves the new riverside cycle path</h1>
{line}{by}
{body}
<div class="article-body">{paragraphs}</div>
</article>
<aside><h3>More news</h3><ul>{sidebar}</ul></aside></main>
<footer><p>&copy; 2025 {SITE}. All rights reserved.</p>
<p><a href="/about">About us</a> | <a href="/contact">Contact</a></p></footer>
</body></html>"""


# --- running and scoring -----------------------------------------------------------------------


@dataclass
class DateCell:
    right: int = 0
    wrong: int = 0
    missing: int = 0
    fails: list[str] = field(default_factory=list)


@dataclass
class AuthorCell:
    f1: float = 0.0
    pages: int = 0
    spurious: int = 0
    fails: list[str] = field(default_factory=list)


def run_dates(layouts: tuple[str, ...] = LAYOUTS) -> dict[tuple[str, str], DateCell]:
    cells: dict[tuple[str, str], DateCell] = defaultdict(DateCell)
    for carrier_name, carrier in CARRIERS.items():
        for value_name, value_of in VALUES.items():
            for wall, hours in INSTANTS:
                value = value_of(wall, hours)
                if value is None:
                    continue
                for layout in layouts:
                    shown = wall.date() if layout == "shown" else None
                    truth = shown if value_name in NO_DAY else wall.date()
                    page = render(
                        head=carrier.head(value),
                        body=carrier.body(value),
                        jsonld=carrier.jsonld(value),
                        shown_day=shown,
                    )
                    published = extract_article(page, URL, now=NOW).published
                    got = published.date() if published else None
                    cell = cells[(carrier_name, value_name)]
                    if got == truth:
                        cell.right += 1
                    elif got is None:
                        cell.missing += 1
                        cell.fails.append(f"{layout}: {value!r} -> missing (truth {truth})")
                    else:
                        cell.wrong += 1
                        cell.fails.append(f"{layout}: {value!r} -> {got} (truth {truth})")
    return cells


# Author layouts: no name shown (``bare``: by design we keep only names the page shows, so
# metadata alone gives none), a byline under the heading (``shown``), the names shown only as
# links to the writers' pages in a plain paragraph under the heading (``linked``: the metadata
# must name them for them to count as the byline).
AUTHOR_LAYOUTS = ("bare", "shown", "linked")


def run_authors(
    layouts: tuple[str, ...] = AUTHOR_LAYOUTS,
) -> dict[tuple[str, str], AuthorCell]:
    cells: dict[tuple[str, str], AuthorCell] = defaultdict(AuthorCell)
    day = "2024-03-05T22:15:00-05:00"
    for name, form in AUTHORS.items():
        for layout in layouts:
            jsonld = None
            if form.jsonld is not None:
                article = _article("NewsArticle", day, author=form.jsonld)
                jsonld = (
                    {"@context": "https://schema.org", "@graph": [article, *form.graph]}
                    if form.graph
                    else {"@context": "https://schema.org", **article}
                )
            links = ""
            if layout == "linked" and form.truth:
                links = (
                    "<p>"
                    + " · ".join(
                        f'<a href="/author/{p.lower().replace(" ", "-")}">{html.escape(p)}</a>'
                        for p in form.truth
                    )
                    + "</p>"
                )
            page = render(
                head=form.head,
                body=links,
                jsonld=jsonld,
                byline=form.truth if layout == "shown" else (),
            )
            authors = list(extract_article(page, URL, now=NOW).authors)
            cell = cells[(name, layout)]
            cell.pages += 1
            if form.truth:
                score = author_f1(list(form.truth), authors)
                cell.f1 += score
                if score < 1:
                    cell.fails.append(f"{layout}: -> {authors!r} (truth {list(form.truth)})")
            elif authors:
                cell.spurious += 1
                cell.fails.append(f"{layout}: -> {authors!r} (truth none)")
    return cells


def report(dates: dict[tuple[str, str], DateCell], authors: dict[str, AuthorCell]) -> None:
    values = list(VALUES)
    print("publication day: right/pages per carrier and value form (4 days x 2 layouts)\n")
    print("| carrier | " + " | ".join(values) + " | all |")
    print("|---|" + "---|" * (len(values) + 1))
    total = DateCell()
    for carrier in CARRIERS:
        row, right, pages = [], 0, 0
        for value in values:
            cell = dates.get((carrier, value))
            if cell is None:
                row.append("–")
                continue
            n = cell.right + cell.wrong + cell.missing
            mark = f"{cell.right}/{n}"
            if cell.wrong:
                mark += f" ({cell.wrong}w)"
            row.append(mark)
            right, pages = right + cell.right, pages + n
            total.right += cell.right
            total.wrong += cell.wrong
            total.missing += cell.missing
        print(f"| {carrier} | " + " | ".join(row) + f" | {right}/{pages} |")
    n = total.right + total.wrong + total.missing
    print(
        f"\nall dates: right {total.right}/{n} ({total.right / max(1, n):.1%}), wrong "
        f"{total.wrong}, missing {total.missing}\n"
    )
    print("authors: F1 (forms naming people) / spurious (forms naming none) per layout\n")
    print("| form | " + " | ".join(AUTHOR_LAYOUTS) + " |")
    print("|---|" + "---|" * len(AUTHOR_LAYOUTS))
    sums: dict[str, list[float]] = {layout: [0.0, 0, 0, 0] for layout in AUTHOR_LAYOUTS}
    for name, form in AUTHORS.items():
        row = []
        for layout in AUTHOR_LAYOUTS:
            cell = authors[(name, layout)]
            total = sums[layout]
            if form.truth:
                row.append(f"{cell.f1 / cell.pages:.2f}")
                total[0], total[1] = total[0] + cell.f1, total[1] + cell.pages
            else:
                row.append(f"{cell.spurious}/{cell.pages}")
                total[2], total[3] = total[2] + cell.spurious, total[3] + cell.pages
        print(f"| {name} | " + " | ".join(row) + " |")
    print()
    for layout, (f1s, people, spurious, none) in sums.items():
        print(
            f"all authors ({layout}): F1 {f1s / max(1, people):.3f} on {int(people)} pages; "
            f"spurious {int(spurious)}/{int(none)}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--failures", action="store_true", help="print every failing page")
    parser.add_argument("--json", default="", help="write every result to this file")
    args = parser.parse_args(argv)
    dates = run_dates()
    authors = run_authors()
    report(dates, authors)
    if args.failures:
        print()
        for (carrier, value), cell in sorted(dates.items()):
            for line in cell.fails:
                print(f"date {carrier} {value} {line}")
        for (name, _), cell in authors.items():
            for line in cell.fails:
                print(f"author {name} {line}")
    if args.json:
        out = {
            "dates": {
                f"{c}|{v}": [cell.right, cell.wrong, cell.missing]
                for (c, v), cell in sorted(dates.items())
            },
            "authors": {
                f"{n}|{layout}": [cell.f1, cell.pages, cell.spurious]
                for (n, layout), cell in authors.items()
            },
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
