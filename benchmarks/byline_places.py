"""Bylines where real layouts put them, measured on generated article pages (round 13).

``byline_forms`` (round 12) varies a byline's wording across 25 languages and keeps its place
fixed (under the headline, or a line at the body's foot). This harness varies the other axis:
the same story in English, German, French, Spanish, Italian, Dutch and Vietnamese, with no
metadata and class names that say nothing (hashed, or none at all in a div-only layout), and
the byline where real sites put it:

- ``above``: a line above the headline, after the section's label;
- ``dateline``: under the headline, the byline and the day on one line ("By X | 8 Dec 2026");
- ``avatar``: its own line with the writer's picture and a link to the writer's page;
- ``foot-bold``: the name alone at the end of the story, bold and right-aligned (German and
  Vietnamese papers);
- ``box``: an author box after the story, the name and a short bio;
- ``card``: a card for the writer in the sidebar, above the most-read list;
- ``table``: a table of facts under the headline ("Author" | name, "Date" | day);
- ``roles``: "Text: X, Photos: Y" (the photographer is a credit, not an author);
- ``staff``: "X and Y, staff writers";
- ``three-roles``: "Text: X and Y · Photos: Z";
- ``email`` and ``handle``: the name followed by an e-mail address or a Twitter handle.

Pages that name no author but hold traps (``spurious`` when any author is given): a share
widget, "Posted by admin", the site's name where a byline would be, a photo credit, a section
label above the headline, commenters' names ("posted by user123", "X wrote:"), "Related"
teasers of other stories with their own bylines in the sidebar, a newsletter box signed by its
editor; (round 13, second pass) a portrait box set inside the story's text, an avatar and the
interviewee's name over a sentence that opens with it (the shape of a writer's box, in the
wrong place).

Scores: author token F1 (bag of casefolded ``\\w+``, the development sets' measure) on pages
naming people, and the share of pages naming none where an author was given.

    .venv/bin/python -m benchmarks.byline_places                  # tables per place and language
    .venv/bin/python -m benchmarks.byline_places --failures       # every failing page
    .venv/bin/python -m benchmarks.byline_places --langs de,vi --places box,card

The vocabulary below is what such pages say, written from the usual layouts of news sites in
each language, before the extractor's tables were read for this round; the names and site names
are new (not those of ``byline_forms``).
"""

from __future__ import annotations

import argparse
import html
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from aggregator.extract import extract_article
from benchmarks.byline_forms import LANG_BY_CODE, Cell, _cls, author_f1, print_table


@dataclass(frozen=True)
class Place:
    code: str
    by: str  # "By", "Von" ...; "" where bylines carry no label (Vietnamese)
    and_: str
    names: tuple[str, str, str]
    other: str  # a person who did not write the story (commenter, teaser, newsletter)
    handle: str  # the first writer's Twitter handle
    email: str  # the first writer's e-mail address
    date: str  # the day as a date line prints it
    text: str  # "Text:" of a credits line
    photos: str  # "Fotos:" of a credits line
    staff: str  # "staff writers"
    role: str  # the writer's job title on a card
    about: str  # the author box's heading
    bio: str  # one sentence, "{n}" is the name
    path: str  # the writers' pages' folder ("/autoren/")
    posted: str  # "posted by" (comments, CMS lines)
    comments: str
    wrote: str  # "wrote:" after a commenter's name
    related: str
    newsletter: tuple[str, str, str, str]  # heading, text, button, signer's title
    section: str
    site: str
    more: str  # "More articles" on an author card
    reply: str


PLACES_LANGS: tuple[Place, ...] = (
    Place("en", "By", "and", ("Rachel Whitfield", "Daniel Okafor", "Priya Raman"), "Thomas Reed",
          "@rwhitfield", "rachel.whitfield@eastbridgepost.com", "8 Dec 2026", "Words:", "Photos:",
          "staff writers", "Senior reporter", "About the author",
          "{n} has covered city hall and transport for the paper since 2015.", "/people/",
          "Posted by", "Comments", "wrote:", "Related",
          ("Morning briefing", "The day's news from the region in your inbox at 6 a.m.",
           "Sign up", "Editor-in-chief"),
          "Local news", "Eastbridge Post", "More from this writer", "Reply"),
    Place("de", "Von", "und", ("Katrin Vogel", "Matthias Brandt", "Julia Scholz"), "Petra Lange",
          "@kvogel", "katrin.vogel@weser-bote.de", "8. Dezember 2026, 09:30 Uhr", "Text:",
          "Fotos:", "Lokalredaktion", "Redakteurin", "Über die Autorin",
          "{n} berichtet seit 2015 über Stadtpolitik und Verkehr.", "/autoren/",
          "Veröffentlicht von", "Kommentare", "schrieb:", "Mehr zum Thema",
          ("Der Morgen-Newsletter", "Die Nachrichten aus der Region jeden Morgen um 6 Uhr.",
           "Jetzt abonnieren", "Chefredakteurin"),
          "Lokales", "Weser-Bote", "Weitere Artikel", "Antworten"),
    Place("fr", "Par", "et", ("Camille Lefèvre", "Antoine Girard", "Sophie Marchand"),
          "Nicolas Roux", "@clefevre", "camille.lefevre@echo-vallee.fr", "8 décembre 2026 à 9h30",
          "Texte :", "Photos :", "journalistes", "Journaliste", "À propos de l'auteure",
          "{n} suit la politique municipale et les transports depuis 2015.", "/auteurs/",
          "Publié par", "Commentaires", "a écrit :", "À lire aussi",
          ("La lettre du matin", "L'actualité de la région chaque matin à 6 heures.",
           "S'inscrire", "Rédactrice en chef"),
          "Métropole", "L'Écho de la Vallée", "Tous ses articles", "Répondre"),
    Place("es", "Por", "y", ("Elena Navarro", "Pablo Herrera", "Marta Castillo"), "Diego Ortega",
          "@enavarro", "elena.navarro@lavozdelpuerto.es", "8 de diciembre de 2026, 09:30",
          "Texto:", "Fotos:", "redactores", "Redactora", "Sobre la autora",
          "{n} cubre la política municipal y el transporte desde 2015.", "/autor/",
          "Publicado por", "Comentarios", "escribió:", "Te puede interesar",
          ("El boletín de la mañana", "Las noticias de la región cada mañana a las 6.",
           "Suscríbete", "Directora"),
          "Local", "La Voz del Puerto", "Más artículos", "Responder"),
    Place("it", "Di", "e", ("Chiara Conti", "Luca Ferrari", "Sara Colombo"), "Marco Gallo",
          "@chiaraconti", "chiara.conti@laprovinciaalta.it", "8 dicembre 2026, ore 09:30",
          "Testo:", "Foto:", "giornalisti", "Giornalista", "L'autrice",
          "{n} segue la politica cittadina e i trasporti dal 2015.", "/autori/",
          "Pubblicato da", "Commenti", "ha scritto:", "Leggi anche",
          ("La newsletter del mattino", "Le notizie del territorio ogni mattina alle 6.",
           "Iscriviti", "Direttrice"),
          "Cronaca", "La Provincia Alta", "Tutti gli articoli", "Rispondi"),
    Place("nl", "Door", "en", ("Lotte de Vries", "Bram Mulder", "Eva Smit"), "Tim Bos",
          "@lottedevries", "lotte.devries@noordernieuws.nl", "8 december 2026, 09:30",
          "Tekst:", "Foto's:", "verslaggevers", "Verslaggever", "Over de auteur",
          "{n} schrijft sinds 2015 over gemeentepolitiek en verkeer.", "/auteur/",
          "Geplaatst door", "Reacties", "schreef:", "Lees ook",
          ("De ochtendbrief", "Het nieuws uit de regio elke ochtend om 6 uur in je inbox.",
           "Aanmelden", "Hoofdredacteur"),
          "Regio", "Noorder Nieuws", "Meer van deze auteur", "Reageer"),
    Place("vi", "", "và", ("Phạm Thu Trang", "Đỗ Quang Huy", "Vũ Thị Lan"), "Hoàng Minh Tuấn",
          "@thutrang", "thutrang@baohungyen.vn", "Thứ Ba, 08/12/2026 09:30", "Bài:", "Ảnh:",
          "phóng viên", "Phóng viên", "Về tác giả",
          "{n} là phóng viên mảng giao thông và đô thị từ năm 2015.", "/tac-gia/",
          "Đăng bởi", "Bình luận", "viết:", "Tin liên quan",
          ("Bản tin sáng", "Tin tức trong tỉnh gửi tới hộp thư của bạn lúc 6 giờ mỗi sáng.",
           "Đăng ký", "Tổng biên tập"),
          "Thời sự", "Báo Hưng Yên", "Các bài viết khác", "Trả lời"),
)  # fmt: skip

PLACE_BY_CODE = {p.code: p for p in PLACES_LANGS}
LAYOUTS = ("hashed", "divs")


def _slug(name: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    flat = "".join(c for c in flat if not unicodedata.combining(c))
    return "-".join(flat.lower().replace("'", "").split())


def _by(p: Place, names: str) -> str:
    return f"{p.by} {names}" if p.by else names


def _two(p: Place) -> str:
    return (
        f"{p.names[0]} {p.and_} {p.names[1]}" if p.code != "vi" else f"{p.names[0]} - {p.names[1]}"
    )


@dataclass(frozen=True)
class Case:
    """Where the byline goes (``slot``), what it prints (``line``, HTML), and the names a
    reader would say wrote the story (empty: the page names no author)."""

    slot: str
    line: str
    truth: tuple[str, ...]


def _e(text: str) -> str:
    return html.escape(text)


def _avatar(p: Place, c: Callable[[str], str]) -> str:
    n = p.names[0]
    return (
        f'<div{c("author")}><img src="/img/staff/{_slug(n)}.jpg" alt="" width="40" height="40">'
        f'<a href="{p.path}{_slug(n)}/">{_e(n)}</a>'
        f"<span{c('time')}>{_e(p.date)}</span></div>"
    )


def _box(p: Place, c: Callable[[str], str]) -> str:
    n = p.names[0]
    return (
        f'<div{c("authorbox")}><img src="/img/staff/{_slug(n)}.jpg" alt="{_e(n)}">'
        f"<div><h4>{_e(p.about)}</h4><p><strong>{_e(n)}</strong></p>"
        f"<p>{_e(p.bio.format(n=n))}</p>"
        f'<a href="{p.path}{_slug(n)}/">{_e(p.more)}</a></div></div>'
    )


def _card(p: Place, c: Callable[[str], str]) -> str:
    n = p.names[0]
    return (
        f'<div{c("card")}><img src="/img/staff/{_slug(n)}.jpg" alt="">'
        f'<p><a href="{p.path}{_slug(n)}/"><b>{_e(n)}</b></a></p><p>{_e(p.role)}</p>'
        f'<p><a href="https://twitter.com/{p.handle[1:]}">{_e(p.handle)}</a></p></div>'
    )


def _table(p: Place, c: Callable[[str], str]) -> str:
    label = {"en": "Author", "de": "Autor", "fr": "Auteur", "es": "Autor", "it": "Autore",
             "nl": "Auteur", "vi": "Tác giả"}[p.code]  # fmt: skip
    day = {"en": "Date", "de": "Datum", "fr": "Date", "es": "Fecha", "it": "Data",
           "nl": "Datum", "vi": "Ngày đăng"}[p.code]  # fmt: skip
    return (
        f"<table{c('facts')}><tr><td>{label}</td><td>{_e(p.names[0])}</td></tr>"
        f"<tr><td>{day}</td><td>{_e(p.date)}</td></tr></table>"
    )


CASES: dict[str, Callable[[Place, Callable[[str], str]], Case]] = {
    "above": lambda p, c: Case("above", f"<div{c('byline')}>{_e(_by(p, p.names[0]))}</div>", (p.names[0],)),
    "dateline": lambda p, c: Case(
        "under", f"<div{c('meta')}>{_e(_by(p, p.names[0]))} | {_e(p.date)}</div>", (p.names[0],)
    ),
    "avatar": lambda p, c: Case("under", _avatar(p, c), (p.names[0],)),
    "foot-bold": lambda p, c: Case(
        "foot", f'<p style="text-align: right;"><strong>{_e(p.names[0])}</strong></p>', (p.names[0],)
    ),
    "box": lambda p, c: Case("after", _box(p, c), (p.names[0],)),
    "card": lambda p, c: Case("side", _card(p, c), (p.names[0],)),
    "table": lambda p, c: Case("under", _table(p, c), (p.names[0],)),
    "roles": lambda p, c: Case(
        "under", f"<div{c('credits')}>{_e(p.text)} {_e(p.names[0])}, {_e(p.photos)} {_e(p.names[1])}</div>",
        (p.names[0],),
    ),
    "staff": lambda p, c: Case(
        "under", f"<div{c('byline')}>{_e(_two(p))}, {_e(p.staff)}</div>", p.names[:2]
    ),
    "three-roles": lambda p, c: Case(
        "under",
        f"<div{c('credits')}>{_e(p.text)} {_e(_two(p))} · {_e(p.photos)} {_e(p.names[2])}</div>",
        p.names[:2],
    ),
    "email": lambda p, c: Case(
        "under",
        f'<div{c("byline")}>{_e(_by(p, p.names[0]))}, <a href="mailto:{p.email}">{_e(p.email)}</a></div>',
        (p.names[0],),
    ),
    "handle": lambda p, c: Case(
        "under",
        f'<div{c("byline")}>{_e(_by(p, p.names[0]))} <a href="https://twitter.com/{p.handle[1:]}">'
        f"{_e(p.handle)}</a></div>",
        (p.names[0],),
    ),
    # Pages that name no author.
    "share": lambda p, c: Case(
        "under",
        f'<div{c("share")}><span>{_e(LANG_BY_CODE[p.code].share)}</span> <a href="#">Facebook</a> '
        '<a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>',
        (),
    ),
    "admin": lambda p, c: Case("under", f"<div{c('meta')}>{_e(p.posted)} admin</div>", ()),
    "site": lambda p, c: Case("under", f"<div{c('meta')}>{_e(p.site)} | {_e(p.date)}</div>", ()),
    "photo": lambda p, c: Case(
        "figure",
        f'<div{c("figure")}><img src="/img/radweg.jpg" alt=""><p{c("caption")}>'
        f"{_e(LANG_BY_CODE[p.code].others[2])}. {_e(p.photos)} {_e(p.other)}</p></div>",
        (),
    ),
    "section": lambda p, c: Case("above", f'<div{c("kicker")}><a href="/lokal/">{_e(p.section)}</a></div>', ()),
    "comments": lambda p, c: Case(
        "comments",
        f"<div{c('comments')}><h3>{_e(p.comments)} (2)</h3>"
        f"<div{c('comment')}><p>{_e(p.posted)} user123 · {_e(p.date)}</p>"
        f"<p>{_e(LANG_BY_CODE[p.code].sentences[3])}</p><a href='#'>{_e(p.reply)}</a></div>"
        f"<div{c('comment')}><p><b>{_e(p.other)}</b> {_e(p.wrote)}</p>"
        f"<p>{_e(LANG_BY_CODE[p.code].sentences[4])}</p><a href='#'>{_e(p.reply)}</a></div></div>",
        (),
    ),
    "related": lambda p, c: Case(
        "side-related",
        f"<div{c('related')}><h3>{_e(p.related)}</h3><ul>"
        # the first teaser's byline in plain text, the second's a link to its writer's page
        + f'<li><a href="/news/r0.html">{_e(LANG_BY_CODE[p.code].others[0])}</a>'
        f"<span>{_e(_by(p, p.other))}</span></li>"
        + f'<li><a href="/news/r1.html">{_e(LANG_BY_CODE[p.code].others[1])}</a><span>'
        f'{_e(p.by)} <a href="{p.path}{_slug(p.names[2])}/">{_e(p.names[2])}</a></span></li>'
        + "</ul></div>",
        (),
    ),
    "portrait": lambda p, c: Case(
        "inside",
        f'<div{c("portrait")}><img src="/img/people/{_slug(p.other)}.jpg" alt="{_e(p.other)}">'
        f"<p><strong>{_e(p.other)}</strong></p><p>{_e(p.bio.format(n=p.other))}</p></div>",
        (),
    ),
    "newsletter": lambda p, c: Case(
        "after",
        f"<div{c('newsletter')}><h3>{_e(p.newsletter[0])}</h3><p>{_e(p.newsletter[1])}</p>"
        f'<form><input type="email" placeholder="E-Mail"><button>{_e(p.newsletter[2])}</button></form>'
        f"<p><i>{_e(p.other)}, {_e(p.newsletter[3])}</i></p></div>",
        (),
    ),
}  # fmt: skip

PERSON_CASES = tuple(k for k in CASES if k not in (
    "share", "admin", "site", "photo", "section", "comments", "related", "newsletter", "portrait"
))  # fmt: skip


def render(p: Place, case: Case, layout: str) -> str:
    """One article page: "hashed" (HTML5 article, header, aside and footer, class names
    hashed) or "divs" (div soup, no class names at all); no metadata either way."""
    g = LANG_BY_CODE[p.code]
    c = (lambda role: _cls("hashed", role)) if layout == "hashed" else (lambda role: "")
    tag = (lambda t: t) if layout == "hashed" else (lambda t: "div")
    e = _e
    body = [f"<p>{e(s)} {e(g.sentences[(i + 2) % 5])}</p>" for i, s in enumerate(g.sentences)]
    above = [case.line] if case.slot == "above" else []
    under = [case.line] if case.slot == "under" else []
    if e(p.date) not in case.line:  # the day's own line, unless the byline's line holds it
        under.append(f"<div{c('time')}>{e(p.date)}</div>")
    if case.slot == "figure":
        body.insert(1, case.line)
    if case.slot == "inside":
        body.insert(2, case.line)
    if case.slot == "foot":
        body.append(case.line)
    after = case.line if case.slot in ("after",) else ""
    comments = case.line if case.slot == "comments" else ""
    side_top = case.line if case.slot in ("side", "side-related") else ""
    most = "".join(f'<li><a href="/news/{i}.html">{e(t)}</a></li>' for i, t in enumerate(g.others))
    article, header, aside, footer = tag("article"), tag("header"), tag("aside"), tag("footer")
    return f"""<!DOCTYPE html>
<html lang="{p.code}"><head><meta charset="utf-8"><title>{e(g.headline)} - {e(p.site)}</title></head>
<body>
<div{c("top")}><div{c("logo")}><a href="/">{e(p.site)}</a></div>
<ul{c("menu")}><li><a href="/lokal/">{e(p.section)}</a></li><li><a href="/b">{e(g.others[1].split()[0])}</a></li></ul></div>
<div{c("wrap")}><{article}{c("story")}><{header}{c("head")}>
{"".join(above)}<h1{c("headline")}>{e(g.headline)}</h1>{"".join(under)}</{header}>
<div{c("text")}>{"".join(body)}</div>
{after}
</{article}>
{comments}
<{aside}{c("side")}>{side_top}<h3>{e(g.sidebar)}</h3><ul>{most}</ul></{aside}></div>
<{footer}{c("bottom")}><p>© 2026 {e(p.site)}</p><p><a href="/impressum">Impressum</a> · <a href="/kontakt">Kontakt</a></p></{footer}>
</body></html>"""


def run(langs: list[Place], cases: list[str]) -> dict[tuple[str, str], Cell]:
    cells: dict[tuple[str, str], Cell] = defaultdict(Cell)
    for p in langs:
        for name in cases:
            for layout in LAYOUTS:
                c = (lambda role: _cls("hashed", role)) if layout == "hashed" else (lambda r: "")
                case = CASES[name](p, c)
                page = render(p, case, layout)
                host = _slug(p.site).replace("-", "")
                url = f"https://www.{host}.example/2026/12/08/radweg-{name}.html"
                authors = list(extract_article(page, url).authors)
                cell = cells[(p.code, name)]
                cell.pages += 1
                if case.truth:
                    score = author_f1(case.truth, authors)
                    cell.f1 += score
                    if score < 1:
                        cell.fails.append(f"{layout}: {case.truth!r} -> {authors!r}")
                elif authors:
                    cell.spurious += 1
                    cell.fails.append(f"{layout}: -> {authors!r}")
    return cells


def report(cells: dict[tuple[str, str], Cell], langs: list[Place], cases: list[str]) -> None:
    print_table(cells, [p.code for p in langs], cases, PERSON_CASES, row="place", layouts=2)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--langs", default="", help="comma-separated codes (default: all)")
    parser.add_argument("--places", default="", help="comma-separated places (default: all)")
    parser.add_argument("--failures", action="store_true", help="print every failing page")
    parser.add_argument("--show", default="", help="print the page of LANG:PLACE:LAYOUT")
    args = parser.parse_args(argv)
    if args.show:
        code, name, layout = args.show.split(":")
        p = PLACE_BY_CODE[code]
        c = (lambda role: _cls("hashed", role)) if layout == "hashed" else (lambda r: "")
        print(render(p, CASES[name](p, c), layout))
        return
    langs = [PLACE_BY_CODE[c] for c in args.langs.split(",") if c] or list(PLACES_LANGS)
    cases = [f for f in args.places.split(",") if f] or list(CASES)
    cells = run(langs, cases)
    report(cells, langs, cases)
    if args.failures:
        for (code, name), cell in sorted(cells.items()):
            for line in cell.fails:
                print(f"{code} {name} {line}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
