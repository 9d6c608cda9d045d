"""Dates that mislead: made-up article pages, each with one realistic trap, in six languages.

Development aid for the date cascade (``aggregator/extract/published.py``, issue 13, round 13).
Round 12's ablation found half B's wrong days where the line by the heading and the meta tags
decide, and half A has none of those failures left to read. This renders pages of its own: a
site header (logo, menu), a headline in an h1, a byline, the publication line under the
heading, paragraphs that mention other days, a sidebar of dated teasers and a footer; no date
in the URL. Each page carries exactly one trap, a date that is not the publication's:

- visible traps (by the heading, where the cascade looks first): today's date in the site
  header ("Thứ Hai, 08/12/2025"), a breaking-news ticker's story and its time, a related
  story's date just above or below the headline, a "last updated" line before the
  publication line, an event's date in the kicker or in the headline, a live blog's latest
  entry, the print edition's day, a weather and a market widget with today's date, the
  latest comment's time in the article's header, an author box ("Member since March 2011");
- metadata traps: ``article:modified_time``/``og:updated_time`` alone (the page shows an
  earlier day), a site-wide constant ``date`` meta, a template's default
  ``article:published_time``, a Yoast ``@graph`` whose WebPage node has another
  ``datePublished`` than its Article, ``dateCreated`` (a draft's) before ``datePublished``,
  and UTC instants near midnight whose UTC day is not the day the reader sees (JSON-LD and
  meta).

Each visible trap is rendered with and without correct metadata (``none``, ``jsonld``,
``meta``); every page with class names (``named``) and with every class and id hashed
(``hashed``, as the benchmark's ``--perturb no-class``), and with the publication line
labelled ("Published: …") or a bare stamp (``plain``). Truth: the publication day the page
shows (htmldate's original-date convention: the first publication the page shows; for a UTC
instant, the day the reader sees in the page's own offset).

Usage (from the repository root):

    .venv/bin/python -m benchmarks.date_traps [--lang de,vi] [--trap header-today] [--wrong]
    .venv/bin/python -m benchmarks.date_traps --json out.json   # every result, to compare runs
"""

from __future__ import annotations

import argparse
import html
import itertools
import json
import random
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from aggregator.extract import extract_article
from benchmarks.bench_extraction import perturb

# The crawl: Monday 8 December 2025, 09:00 in Vietnam (the site header's "today").
NOW = datetime(2025, 12, 8, 9, 0, tzinfo=timezone(timedelta(hours=7)))


@dataclass(frozen=True, slots=True)
class Lang:
    code: str
    offset: int  # the site's UTC offset in hours (its readers' clock)
    months: tuple[str, ...]
    weekdays: tuple[str, ...]  # Monday first
    day: Callable[[Lang, datetime], str]  # a calendar day as the site writes it
    stamp: Callable[[Lang, datetime], str]  # a day and time as the site writes it
    today: Callable[[Lang, datetime], str]  # the header's "today", with its weekday
    published: str  # "Published:"
    updated: str  # "Updated:"
    by: str
    related: str  # a related-stories label
    breaking: str  # a ticker's label
    live: str  # "{t}" the latest entry of a live blog
    print_edition: str  # "{d}" the print edition's day
    comments: str  # "{n}" comments, "{t}" the latest one's time
    member: str  # "{m}" month name, "{y}" year
    event: str  # a kicker "{d}" an event's day
    headline_event: str  # a headline naming an event's day "{d}"
    text: str  # a body sentence with another day "{d}"
    city: str


def _months(names: str) -> tuple[str, ...]:
    return tuple(names.split())


def _en_day(lang: Lang, d: datetime) -> str:
    return f"{lang.months[d.month - 1]} {d.day}, {d.year}"


def _en_stamp(lang: Lang, d: datetime) -> str:
    return f"{_en_day(lang, d)} {d:%I:%M %p}".replace(" 0", " ", 1)


def _spelled(pattern: str) -> Callable[[Lang, datetime], str]:
    def fmt(lang: Lang, d: datetime) -> str:
        return pattern.format(
            d=d.day, dd=f"{d.day:02d}", mm=f"{d.month:02d}", m=lang.months[d.month - 1],
            y=d.year, t=f"{d:%H:%M}", h=f"{d:%H}", mi=f"{d:%M}",
            w=lang.weekdays[d.weekday()],
        )  # fmt: skip

    return fmt


LANGS = [
    Lang(
        "en", -5,
        _months("January February March April May June July August September October "
                "November December"),
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        _en_day, _en_stamp, _spelled("{w}, {m} {d}, {y}"),
        "Published:", "Updated:", "By", "Related:", "Breaking", "Live · Latest entry {t}",
        "From the print edition of {d}", "{n} comments · latest {t}", "Member since {m} {y}",
        "Jazz Festival · {d}", "Polls open on {d}: what is at stake for the city",
        "The council had already discussed the budget on {d}.", "Springfield",
    ),
    Lang(
        "de", 1,
        _months("Januar Februar März April Mai Juni Juli August September Oktober November "
                "Dezember"),
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        _spelled("{d}. {m} {y}"), _spelled("{dd}.{mm}.{y}, {t} Uhr"),
        _spelled("{w}, {d}. {m} {y}"),
        "Veröffentlicht am", "Aktualisiert am", "Von", "Mehr zum Thema:", "Eilmeldung",
        "Liveticker · Neuester Eintrag {t}", "Aus der Printausgabe vom {d}",
        "{n} Kommentare · zuletzt {t}", "Mitglied seit {m} {y}", "Stadtfest · {d}",
        "Wahl am {d}: Worum es für die Stadt geht",
        "Bereits am {d} hatte der Stadtrat über den Haushalt beraten.", "Berlin",
    ),
    Lang(
        "fr", 1,
        _months("janvier février mars avril mai juin juillet août septembre octobre novembre "
                "décembre"),
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        _spelled("{d} {m} {y}"), _spelled("{d} {m} {y} à {h}h{mi}"),
        _spelled("{w} {d} {m} {y}"),
        "Publié le", "Mis à jour le", "Par", "À lire aussi :", "Dernière minute",
        "En direct · Dernière entrée {t}", "Paru dans l'édition du {d}",
        "{n} commentaires · dernier {t}", "Membre depuis {m} {y}", "Festival · {d}",
        "Élections du {d} : ce qui est en jeu pour la ville",
        "Le conseil municipal avait déjà débattu du budget le {d}.", "Lyon",
    ),
    Lang(
        "es", 1,
        _months("enero febrero marzo abril mayo junio julio agosto septiembre octubre "
                "noviembre diciembre"),
        ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        _spelled("{d} de {m} de {y}"), _spelled("{d} de {m} de {y}, {t}"),
        _spelled("{w}, {d} de {m} de {y}"),
        "Publicado:", "Actualizado:", "Por", "Te puede interesar:", "Última hora",
        "En directo · Última entrada {t}", "Edición impresa del {d}",
        "{n} comentarios · último {t}", "Miembro desde {m} de {y}", "Fiestas · {d}",
        "Elecciones del {d}: qué se juega la ciudad",
        "El ayuntamiento ya había debatido el presupuesto el {d}.", "Sevilla",
    ),
    Lang(
        "it", 1,
        _months("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
                "novembre dicembre"),
        ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        _spelled("{d} {m} {y}"), _spelled("{d} {m} {y}, ore {t}"),
        _spelled("{w} {d} {m} {y}"),
        "Pubblicato il", "Aggiornato il", "Di", "Leggi anche:", "Ultim'ora",
        "Diretta · Ultimo aggiornamento {t}", "Dall'edizione cartacea del {d}",
        "{n} commenti · ultimo {t}", "Iscritto dal {m} {y}", "Festival · {d}",
        "Elezioni del {d}: cosa è in gioco per la città",
        "Il consiglio comunale aveva già discusso il bilancio il {d}.", "Torino",
    ),
    Lang(
        "vi", 7,
        tuple(f"tháng {i}" for i in range(1, 13)),
        ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
        _spelled("{dd}/{mm}/{y}"), _spelled("{w}, {dd}/{mm}/{y} - {t}"),
        _spelled("{w}, {dd}/{mm}/{y}"),
        "Ngày đăng:", "Cập nhật:", "Tác giả:", "Tin liên quan:", "Tin nóng",
        "Trực tiếp · Cập nhật mới nhất {t}", "Báo in ngày {d}",
        "{n} bình luận · mới nhất {t}", "Thành viên từ {m} năm {y}", "Lễ hội · {d}",
        "Bầu cử ngày {d}: những điều cử tri cần biết",
        "Hội đồng nhân dân đã thảo luận ngân sách từ ngày {d}.", "Hà Nội",
    ),
]  # fmt: skip

# Traps a reader sees; each page also carries (or not) correct metadata.
VISIBLE = (
    "control",  # no trap: the page as the cascade expects it
    "header-today",
    "ticker",
    "related-above",
    "related-below",
    "updated-first",
    "event-kicker",
    "event-headline",
    "live-latest",
    "print-edition",
    "weather",
    "market",
    "comments",
    "member-since",
)
# Traps in the metadata; the page shows its publication line.
METADATA = (
    "modified-alone",
    "site-date-meta",
    "template-published",
    "webpage-node",
    "created-earlier",
    "tz-jsonld",
    "tz-meta",
)
META = ("none", "jsonld", "meta")  # the correct metadata a visible trap's page carries
CLASSES = ("named", "hashed")
LINES = ("labelled", "plain")


@dataclass(frozen=True, slots=True)
class Days:
    pub: datetime  # the publication, in the site's offset
    upd: datetime  # a later update
    other: datetime  # another story's (a ticker's, a related one's)
    event: datetime  # an event's day
    older: datetime  # a day the body mentions


def _days(lang: Lang, trap: str, rng: random.Random) -> Days:
    zone = timezone(timedelta(hours=lang.offset))
    base = datetime(2024, 1, 2, tzinfo=zone) + timedelta(days=rng.randrange(0, 600))
    if trap.startswith("tz-"):
        # The reader's day differs from the UTC day: after midnight east of UTC, late evening
        # west of it.
        minutes = (
            rng.randrange(5, 60 * lang.offset - 5) if lang.offset > 0
            else rng.randrange(24 * 60 + 60 * lang.offset + 5, 24 * 60 - 5)
        )  # fmt: skip
    else:
        minutes = rng.randrange(7 * 60, 19 * 60)
    pub = base + timedelta(minutes=minutes)
    return Days(
        pub=pub,
        upd=pub + timedelta(days=rng.randrange(1, 30), minutes=rng.randrange(0, 600)),
        other=pub + timedelta(days=rng.randrange(1, 20), minutes=rng.randrange(0, 300)),
        event=pub + timedelta(days=rng.randrange(3, 40)),
        older=pub - timedelta(days=rng.randrange(20, 300)),
    )


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def render(lang: Lang, trap: str, meta: str, line: str, rng: random.Random) -> tuple[str, str, str]:
    """(html, url, truth day as YYYY-MM-DD) of one page, with its class names."""
    d = _days(lang, trap, rng)
    today = NOW.astimezone(timezone(timedelta(hours=lang.offset)))
    label = f"{lang.published} " if line == "labelled" else ""
    pub_line = f'<span class="article-date">{_esc(label + lang.stamp(lang, d.pub))}</span>'
    upd_line = (
        f'<span class="article-updated">{_esc(f"{lang.updated} {lang.stamp(lang, d.upd)}")}</span>'
    )
    headline = "City council approves the new budget"
    top, above, below, meta_row, header_extra = "", "", "", pub_line, ""
    if trap == "header-today":
        top = f'<div class="topbar-date">{_esc(lang.today(lang, today))}</div>'
    elif trap == "ticker":
        header_extra = (
            f'<div class="breaking-ticker"><strong>{_esc(lang.breaking)}</strong> '
            f'<a href="/news/fire-downtown.html">Fire downtown closes two streets</a> '
            f"<span>{_esc(lang.stamp(lang, d.other))}</span></div>"
        )
    elif trap in ("related-above", "related-below"):
        box = (
            f'<div class="related-story"><span>{_esc(lang.related)}</span> '
            f'<a href="/news/tram-line-extended.html">Tram line extended to the airport</a> '
            f"<span>{_esc(lang.day(lang, d.other))}</span></div>"
        )
        above, below = (box, "") if trap == "related-above" else ("", box)
    elif trap == "updated-first":
        meta_row = f"{upd_line} · {pub_line}"
    elif trap == "event-kicker":
        above = f'<p class="kicker">{_esc(lang.event.format(d=lang.day(lang, d.event)))}</p>'
    elif trap == "event-headline":
        headline = lang.headline_event.format(d=lang.day(lang, d.event))
    elif trap == "live-latest":
        below = (
            f'<div class="live-status">{_esc(lang.live.format(t=lang.stamp(lang, d.upd)))}</div>'
        )
    elif trap == "print-edition":
        edition = lang.print_edition.format(d=lang.day(lang, d.pub + timedelta(days=1)))
        below = f'<div class="print-edition">{_esc(edition)}</div>'
    elif trap == "weather":
        above = (
            f'<div class="weather-widget">{_esc(lang.city)} 18°C · '
            f"{_esc(lang.today(lang, today))}</div>"
        )
    elif trap == "market":
        below = (
            f'<div class="market-widget">DAX 18.234 +0,4 % · {_esc(lang.stamp(lang, today))}</div>'
        )
    elif trap == "comments":
        below = (
            f'<div class="comment-count">'
            f"{_esc(lang.comments.format(n=12, t=lang.stamp(lang, d.upd)))}</div>"
        )
    elif trap == "member-since":
        since = lang.member.format(m=lang.months[rng.randrange(12)], y=2011)
        below = (
            f'<div class="author-box"><a href="/author/anna-example/">Anna Example</a> '
            f"<span>{_esc(since)}</span></div>"
        )
    head = _head(trap, meta, d, headline)
    side = "".join(
        f'<li><a href="/news/story-{i}.html">Story number {i} of the week</a> '
        f"<span>{_esc(lang.day(lang, d.pub - timedelta(days=i * 3)))}</span></li>"
        for i in range(1, 4)
    )
    body = (
        f"<p>{'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ' * 4}</p>"
        f"<p>{_esc(lang.text.format(d=lang.day(lang, d.older)))} "
        f"{'Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ' * 3}</p>"
        f"<p>{'Ut enim ad minim veniam, quis nostrud exercitation ullamco. ' * 4}</p>"
    )
    page = f"""<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">
<title>{_esc(headline)} - Example News</title>{head}</head><body>
<header class="site-header">{top}<a class="logo" href="/">Example News</a>
<nav><a href="/politics/">Politics</a> <a href="/sports/">Sports</a></nav>{header_extra}</header>
<main><article>{above}<h1>{_esc(headline)}</h1>{below}
<div class="article-meta"><span class="byline">{_esc(lang.by)} Anna Example</span> {meta_row}</div>
<div class="article-body">{body}</div></article>
<aside class="sidebar"><h3>More</h3><ul>{side}</ul></aside></main>
<footer><p>© 2025 Example News</p></footer></body></html>"""
    url = f"https://news.example.{lang.code}/politics/council-budget-{rng.randrange(10**6)}.html"
    return page, url, d.pub.date().isoformat()


def _ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _article(headline: str, **dates: str) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, **dates}


def _head(trap: str, meta: str, d: Days, headline: str) -> str:
    """The metadata of a page: correct (``meta``), or the trap's."""
    iso = d.pub.isoformat()
    utc = d.pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if trap == "modified-alone":
        upd = d.upd.isoformat()
        return (
            f'<meta property="article:modified_time" content="{upd}">'
            f'<meta property="og:updated_time" content="{upd}">'
        )
    if trap == "site-date-meta":
        return '<meta name="date" content="2019-05-01">'
    if trap == "template-published":
        return '<meta property="article:published_time" content="2015-01-01T00:00:00+00:00">'
    if trap == "webpage-node":
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebPage",
                    "@id": "https://news.example/#webpage",
                    "datePublished": (d.pub - timedelta(days=400)).isoformat(),
                    "dateModified": d.upd.isoformat(),
                },
                {
                    "@type": "NewsArticle",
                    "headline": headline,
                    "isPartOf": {"@id": "https://news.example/#webpage"},
                    "datePublished": iso,
                },
            ],
        }
        return f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    if trap == "created-earlier":
        created = (d.pub - timedelta(days=3)).isoformat()
        return _ld(_article(headline, dateCreated=created, datePublished=iso))
    if trap == "tz-jsonld":
        return _ld(_article(headline, datePublished=utc))
    if trap == "tz-meta":
        return f'<meta property="article:published_time" content="{utc}">'
    if meta == "jsonld":
        return _ld(_article(headline, datePublished=iso))
    if meta == "meta":
        return f'<meta property="article:published_time" content="{iso}">'
    return ""


def forms() -> list[tuple[str, str, str, str]]:
    """(trap, meta, classes, line) of every page a language gets."""
    visible = itertools.product(VISIBLE, META, CLASSES, LINES)
    structured = itertools.product(METADATA, ("trap",), CLASSES, LINES)
    return [*visible, *structured]


def run(langs: list[Lang], traps: set[str] | None) -> list[dict[str, str]]:
    rows = []
    for lang, (trap, meta, classes, line) in itertools.product(langs, forms()):
        if traps and trap not in traps:
            continue
        rng = random.Random(f"{lang.code}/{trap}/{meta}/{classes}/{line}")
        page, url, truth = render(lang, trap, meta, line, rng)
        raw = page.encode("utf-8")
        if classes == "hashed":
            raw = perturb(raw, ["no-class"])
        got = extract_article(raw, url, now=NOW).published
        day = got.date().isoformat() if got else ""
        verdict = "right" if day == truth else ("missing" if not day else "wrong")
        row = {"lang": lang.code, "trap": trap, "meta": meta, "classes": classes, "line": line}
        rows.append(row | {"truth": truth, "got": day, "verdict": verdict, "url": url})
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", help="comma-separated language codes")
    parser.add_argument("--trap", help="comma-separated traps")
    parser.add_argument("--wrong", action="store_true", help="list every page not right")
    parser.add_argument("--json", type=Path, help="write every result to this file")
    args = parser.parse_args(argv)
    langs = [x for x in LANGS if not args.lang or x.code in args.lang.split(",")]
    rows = run(langs, set(args.trap.split(",")) if args.trap else None)
    tables: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for row in rows:
        for key in ("trap", "lang", "meta", "classes", "line"):
            tables[key][row[key]][row["verdict"]] += 1
        if args.wrong and row["verdict"] != "right":
            print({k: v for k, v in row.items() if k != "url"})
    for title, table in tables.items():
        print(f"\n| {title} | right | wrong | missing |\n|---|---|---|---|")
        for key, c in table.items():
            print(f"| {key} | {c['right']} | {c['wrong']} | {c['missing']} |")
    total = Counter(row["verdict"] for row in rows)
    print(f"\ntotal {len(rows)}: right {total['right']} wrong {total['wrong']}"
          f" missing {total['missing']}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
