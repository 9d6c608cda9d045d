"""Published and updated lines on made-up article pages in thirty-nine languages.

Development aid for ``aggregator/extract/published.py`` (issue 13, round 12). Half A of the
dated sets has no failure of the line by the heading left to read, so this renders article
pages of its own: a headline, the date line(s) under it, a byline, paragraphs that mention
other days, a sidebar of dated teasers and a footer; no date in the URL. Each page shows both
a publication and an update line with its language's usual labels, in both orders, on one line
or two, with and without metadata (``article:published_time`` and ``article:modified_time``,
JSON-LD ``datePublished``/``dateModified``, or only ``dateModified``); and pages with only an
update line. The truth is the publication day (htmldate's original-date convention), except on
a page that shows only its update by the heading: there the update, the day the reader sees
(as ``published._shown_update`` decides, measured on the dated sets' truth).

Round 13: every language of ``extract/date_labels.py``'s table (the other languages of
``benchmarks/date_forms.py`` joined the first twenty) and the lines under the story's text
(``foot``), which the page-wide labelled line reads.

Usage (from the repository root):

    .venv/bin/python -m benchmarks.date_labels [--lang de,fr] [--form two-lines] [--wrong]
"""

from __future__ import annotations

import argparse
import html
import itertools
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from aggregator.extract import extract_article

NOW = datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=7)))


def _dmy(sep: str, pad: bool = True) -> Callable[[datetime], str]:
    def fmt(d: datetime) -> str:
        day, month = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
        return f"{day}{sep}{month}{sep}{d.year}, {d:%H:%M}"

    return fmt


def _ymd(sep: str) -> Callable[[datetime], str]:
    def fmt(d: datetime) -> str:
        return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d} {d:%H:%M}"

    return fmt


def _spelled(pattern: str, months: str) -> Callable[[datetime], str]:
    names = months.split()

    def fmt(d: datetime) -> str:
        return pattern.format(d=d.day, m=names[d.month - 1], y=d.year, t=f"{d:%H:%M}")

    return fmt


@dataclass(frozen=True, slots=True)
class Lang:
    code: str
    published: str  # the publication's label, with its small word and colon if any
    updated: str
    fmt: Callable[[datetime], str]
    by: str  # the byline's word
    text: str  # a sentence of the body with {date} for another day


LANGS = [
    Lang(
        "de",
        "Veröffentlicht am",
        "Aktualisiert am",
        _spelled(
            "{d}. {m} {y}, {t} Uhr",
            "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        ),
        "Von",
        "Bereits am {date} hatte der Stadtrat über den Haushalt beraten.",
    ),
    Lang(
        "en",
        "Published",
        "Updated",
        _spelled(
            "{m} {d}, {y} {t}",
            "January February March April May June July August September October November December",
        ),
        "By",
        "The council had already discussed the budget on {date}.",
    ),
    Lang(
        "fr",
        "Publié le",
        "Mis à jour le",
        _spelled(
            "{d} {m} {y} à {t}",
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        ),
        "Par",
        "Le conseil municipal avait déjà débattu du budget le {date}.",
    ),
    Lang(
        "es",
        "Publicado:",
        "Actualizado:",
        _spelled(
            "{d} de {m} de {y}, {t}",
            "enero febrero marzo abril mayo junio julio agosto "
            "septiembre octubre noviembre diciembre",
        ),
        "Por",
        "El ayuntamiento ya había debatido el presupuesto el {date}.",
    ),
    Lang(
        "it",
        "Pubblicato il",
        "Aggiornato il",
        _spelled(
            "{d} {m} {y} ore {t}",
            "gennaio febbraio marzo aprile maggio giugno luglio "
            "agosto settembre ottobre novembre dicembre",
        ),
        "Di",
        "Il consiglio comunale aveva già discusso il bilancio il {date}.",
    ),
    Lang(
        "pt",
        "Publicado em",
        "Atualizado em",
        _dmy("/"),
        "Por",
        "A câmara já tinha discutido o orçamento em {date}.",
    ),
    Lang(
        "nl",
        "Gepubliceerd op",
        "Bijgewerkt op",
        _spelled(
            "{d} {m} {y}, {t}",
            "januari februari maart april mei juni juli augustus "
            "september oktober november december",
        ),
        "Door",
        "De gemeenteraad had de begroting al op {date} besproken.",
    ),
    Lang(
        "pl",
        "Opublikowano:",
        "Zaktualizowano:",
        _dmy("."),
        "Autor:",
        "Rada miasta omawiała budżet już {date}.",
    ),
    Lang(
        "cs",
        "Publikováno:",
        "Aktualizováno:",
        _dmy(".", pad=False),
        "Autor:",
        "Zastupitelstvo o rozpočtu jednalo už {date}.",
    ),
    Lang(
        "ru",
        "Опубликовано:",
        "Обновлено:",
        _dmy("."),
        "Автор:",
        "Городской совет уже обсуждал бюджет {date}.",
    ),
    Lang(
        "uk",
        "Опубліковано:",
        "Оновлено:",
        _dmy("."),
        "Автор:",
        "Міська рада вже обговорювала бюджет {date}.",
    ),
    Lang(
        "tr",
        "Yayınlanma:",
        "Güncelleme:",
        _dmy("."),
        "Yazan:",
        "Belediye meclisi bütçeyi {date} tarihinde görüşmüştü.",
    ),
    Lang(
        "sv",
        "Publicerad",
        "Uppdaterad",
        lambda d: f"{d:%Y-%m-%d %H.%M}",
        "Av",
        "Kommunfullmäktige diskuterade budgeten redan den {date}.",
    ),
    Lang(
        "da",
        "Offentliggjort",
        "Opdateret",
        _dmy("."),
        "Af",
        "Byrådet drøftede budgettet allerede den {date}.",
    ),
    Lang(
        "fi",
        "Julkaistu",
        "Päivitetty",
        _dmy(".", pad=False),
        "Kirjoittaja:",
        "Valtuusto käsitteli talousarviota jo {date}.",
    ),
    Lang(
        "hu",
        "Közzétéve:",
        "Frissítve:",
        lambda d: f"{d.year}. {d.month:02d}. {d.day:02d}. {d:%H:%M}",
        "Szerző:",
        "A közgyűlés már {date} napján tárgyalta a költségvetést.",
    ),
    Lang(
        "ro",
        "Publicat:",
        "Actualizat:",
        _dmy("."),
        "de",
        "Consiliul local a discutat bugetul încă din {date}.",
    ),
    Lang(
        "el",
        "Δημοσίευση:",
        "Ενημέρωση:",
        _dmy("/"),
        "Του",
        "Το δημοτικό συμβούλιο είχε συζητήσει τον προϋπολογισμό στις {date}.",
    ),
    Lang(
        "id",
        "Diterbitkan:",
        "Diperbarui:",
        _dmy("/"),
        "Oleh",
        "Dewan kota sudah membahas anggaran pada {date}.",
    ),
    Lang(
        "vi",
        "Ngày đăng:",
        "Cập nhật:",
        lambda d: f"{d:%d/%m/%Y %H:%M}",
        "Tác giả:",
        "Hội đồng nhân dân đã thảo luận ngân sách từ ngày {date}.",
    ),
    # Round 13: the other languages of ``benchmarks/date_forms.py`` whose labels
    # ``extract/date_labels.py`` now knows (Thai and Armenian are not in the table), with
    # numeric days in their usual order.
    Lang("sk", "Publikované:", "Aktualizované:", _dmy("."), "Autor:",
         "Mestské zastupiteľstvo rokovalo o rozpočte už {date}."),
    Lang("nb", "Publisert", "Oppdatert", _dmy("."), "Av",
         "Bystyret diskuterte budsjettet allerede {date}."),
    Lang("hr", "Objavljeno:", "Ažurirano:", _dmy("."), "Autor:",
         "Gradsko vijeće raspravljalo je o proračunu već {date}."),
    Lang("sl", "Objavljeno:", "Posodobljeno:", _dmy("."), "Avtor:",
         "Mestni svet je o proračunu razpravljal že {date}."),
    Lang("sr", "Објављено:", "Ажурирано:", _dmy("."), "Аутор:",
         "Градско веће је о буџету расправљало још {date}."),
    Lang("bg", "Публикувано:", "Обновено:", _dmy("."), "Автор:",
         "Общинският съвет обсъди бюджета още на {date}."),
    Lang("lt", "Paskelbta:", "Atnaujinta:", _ymd("-"), "Autorius:",
         "Miesto taryba biudžetą svarstė jau {date}."),
    Lang("lv", "Publicēts:", "Atjaunots:", _dmy("."), "Autors:",
         "Domes sēdē budžets tika apspriests jau {date}."),
    Lang("et", "Avaldatud:", "Uuendatud:", _dmy("."), "Autor:",
         "Volikogu arutas eelarvet juba {date}."),
    Lang("ca", "Publicat el", "Actualitzat el", _dmy("/"), "Per",
         "El consell municipal ja havia debatut el pressupost el {date}."),
    Lang("sq", "Publikuar më", "Përditësuar më", _dmy("."), "Nga",
         "Këshilli bashkiak e kishte diskutuar buxhetin më {date}."),
    Lang("ms", "Diterbitkan pada", "Dikemas kini pada", _dmy("/"), "Oleh",
         "Majlis bandaraya telah membincangkan bajet pada {date}."),
    Lang("ko", "입력", "수정", _ymd("."), "글",
         "시의회는 이미 {date}에 예산을 논의했다."),
    Lang("ja", "公開日：", "更新日：", _ymd("/"), "文：",
         "市議会は{date}に予算を審議していた。"),
    Lang("zh", "发布时间：", "更新时间：", _ymd("-"), "作者：",
         "市议会已于{date}讨论过预算。"),
    Lang("ar", "تاريخ النشر:", "آخر تحديث:", _dmy("/"), "بقلم",
         "ناقش المجلس البلدي الميزانية في {date}."),
    Lang("he", "פורסם:", "עודכן:", _dmy("."), "מאת",
         "מועצת העיר דנה בתקציב כבר ב-{date}."),
    Lang("fa", "تاریخ انتشار:", "آخرین به\u200cروزرسانی:", _ymd("/"), "نویسنده:",
         "شورای شهر بودجه را در {date} بررسی کرده بود."),
    Lang("hi", "प्रकाशित:", "अपडेटेड:", _dmy("/"), "लेखक:",
         "नगर परिषद ने {date} को बजट पर चर्चा की थी।"),
]  # fmt: skip

# What the page shows: pub+upd on one line or two, in either order; or the update alone.
SHOWN = ("one-line", "one-line-upd-first", "two-lines", "two-lines-upd-first", "update-only")
# What metadata it carries.
META = ("none", "meta", "jsonld", "jsonld-modified")
# How and where the lines are marked up: label and date as one text, the date in a <time
# datetime> after its label, the label in its own span, (no wrapper, no class) sibling
# paragraphs under the heading, the lines (with <time>) above the heading, inside the byline, or
# under the story's text (round 13: read by the labelled line anywhere on the page).
MARKUP = ("text", "time", "label-span", "bare", "above", "in-byline", "foot")


def _iso(d: datetime) -> str:
    return d.isoformat()


def render(
    lang: Lang, shown: str, meta: str, markup: str, rng: random.Random
) -> tuple[str, str, str]:
    """(html, url, truth day as YYYY-MM-DD) of one page."""
    pub = datetime(2024, 1, 1, 6, 0, tzinfo=timezone(timedelta(hours=1))) + timedelta(
        days=rng.randrange(0, 600), minutes=rng.randrange(0, 900)
    )
    upd = pub + timedelta(days=rng.randrange(1, 40), minutes=rng.randrange(0, 600))
    older = pub - timedelta(days=rng.randrange(20, 300))
    classy = rng.random() < 0.5  # class names on the date lines or bare spans
    cls_p = ' class="date-published"' if classy else ""
    cls_u = ' class="date-updated"' if classy else ""

    def line(label: str, d: datetime) -> str:
        if markup in ("time", "above"):  # the label outside a <time datetime> ("Publié le <time")
            shown_day = html.escape(lang.fmt(d))
            return f'{html.escape(label)} <time datetime="{_iso(d)}">{shown_day}</time>'
        if markup == "label-span":  # the label in its own element, then the day
            return f'<span class="label">{html.escape(label)}</span> <time>{lang.fmt(d)}</time>'
        return html.escape(f"{label} {lang.fmt(d)}")

    pub_line, upd_line = line(lang.published, pub), line(lang.updated, upd)
    if shown.startswith("one-line"):
        parts = [pub_line, upd_line] if shown == "one-line" else [upd_line, pub_line]
        cls = "" if markup == "bare" else ' class="article-meta"'
        lines = f"<p{cls}>{' | '.join(parts)}</p>"
    elif shown.startswith("two-lines"):
        a = f"<span{cls_p}>{pub_line}</span>"
        b = f"<span{cls_u}>{upd_line}</span>"
        first, second = (a, b) if shown == "two-lines" else (b, a)
        if markup == "bare":  # two sibling paragraphs right under the heading
            lines = f"<p>{first}</p><p>{second}</p>"
        else:
            lines = f'<div class="article-meta"><div>{first}</div><div>{second}</div></div>'
    else:
        lines = f"<div><span{cls_u}>{upd_line}</span></div>"
    byline = f'<p class="byline">{html.escape(lang.by)} Anna Example</p>'
    above = foot = ""
    if markup == "foot":  # the date lines under the story (blogs, press releases)
        foot, lines = lines, ""
    elif markup == "above":  # the date lines over the heading (a kicker row), the byline under
        above, lines = lines, ""
    elif markup == "in-byline":  # "By <a>Anna Example</a> | Published … | Updated …"
        text = " ".join(re.sub(r"<[^>]+>", " ", lines).split())
        byline = (
            f'<div class="byline">{html.escape(lang.by)} <a href="/author/anna-example/">'
            f"Anna Example</a> | {text}</div>"
        )
        lines = ""
    head = []
    if meta == "meta":
        head.append(f'<meta property="article:published_time" content="{_iso(pub)}">')
        head.append(f'<meta property="article:modified_time" content="{_iso(upd)}">')
    elif meta.startswith("jsonld"):
        ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget",'
        if meta == "jsonld":
            ld += f'"datePublished":"{_iso(pub)}",'
        ld += f'"dateModified":"{_iso(upd)}"}}'
        head.append(f'<script type="application/ld+json">{ld}</script>')
    # Truth: the publication day; on a page that shows only its update by the heading, the
    # update, whatever its metadata says: that is the day its reader sees and the day the
    # dated sets' truth gives such pages (``published._shown_update``).
    # Vietnamese pages keep their structured publication (our sites print it, not updates), and
    # so does a page whose update line is under the story, not by the heading or the byline.
    by_heading = lang.code != "vi" and markup != "foot"
    alone = shown == "update-only" and (meta in ("none", "jsonld-modified") or by_heading)
    truth = (upd if alone else pub).date().isoformat()
    other = lang.fmt(older).split(",")[0]
    side = "".join(
        f'<li><a href="/news/story-{i}.html">Story {i}</a> '
        f"<span>{html.escape(lang.fmt(pub - timedelta(days=i * 3)))}</span></li>"
        for i in range(1, 4)
    )
    body = (
        f"<p>{'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ' * 4}</p>"
        f"<p>{html.escape(lang.text.format(date=other))} "
        f"{'Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ' * 3}</p>"
        f"<p>{'Ut enim ad minim veniam, quis nostrud exercitation ullamco. ' * 4}</p>"
    )
    page = f"""<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">
<title>Budget debate in the council - Example News</title>{"".join(head)}</head><body>
<header><a href="/">Example News</a><nav><a href="/politics/">Politics</a></nav></header>
<main><article>{above}<h1>Budget debate in the council</h1>{lines}
{byline}
<div class="article-body">{body}</div>{foot}</article>
<aside><h3>More</h3><ul>{side}</ul></aside></main>
<footer><p>© {NOW.year - 1} Example News</p></footer></body></html>"""
    url = f"https://news.example.{lang.code}/politics/budget-debate-{rng.randrange(10**6)}.html"
    return page, url, truth


def run(langs: list[Lang], forms: list[tuple[str, str, str]], seeds: int) -> list[dict[str, str]]:
    rows = []
    for lang, (shown, meta, markup), seed in itertools.product(langs, forms, range(seeds)):
        rng = random.Random(f"{lang.code}/{shown}/{meta}/{markup}/{seed}")
        page, url, truth = render(lang, shown, meta, markup, rng)
        got = extract_article(page, url, now=NOW).published
        day = got.date().isoformat() if got else ""
        verdict = "right" if day == truth else ("missing" if not day else "wrong")
        row = {"lang": lang.code, "shown": shown, "meta": meta, "markup": markup}
        rows.append(row | {"truth": truth, "got": day, "verdict": verdict})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", help="comma-separated language codes")
    parser.add_argument("--form", help="comma-separated shown forms")
    parser.add_argument("--seeds", type=int, default=1, help="pages per language and form")
    parser.add_argument("--wrong", action="store_true", help="list every failing page")
    args = parser.parse_args()
    langs = [x for x in LANGS if not args.lang or x.code in args.lang.split(",")]
    shown = [s for s in SHOWN if not args.form or s in args.form.split(",")]
    rows = run(langs, list(itertools.product(shown, META, MARKUP)), args.seeds)
    tables: dict[str, dict[str, Counter[str]]] = {
        "language": defaultdict(Counter),
        "shown": defaultdict(Counter),
        "metadata": defaultdict(Counter),
        "markup": defaultdict(Counter),
    }
    for row in rows:
        tables["language"][row["lang"]][row["verdict"]] += 1
        tables["shown"][row["shown"]][row["verdict"]] += 1
        tables["metadata"][row["meta"]][row["verdict"]] += 1
        tables["markup"][row["markup"]][row["verdict"]] += 1
        if args.wrong and row["verdict"] != "right":
            print(row)
    for title, table in tables.items():
        print(f"\n| {title} | right | wrong | missing |\n|---|---|---|---|")
        for key, c in table.items():
            print(f"| {key} | {c['right']} | {c['wrong']} | {c['missing']} |")
    total = Counter(row["verdict"] for row in rows)
    print(f"\ntotal: right {total['right']} wrong {total['wrong']} missing {total['missing']}")


if __name__ == "__main__":
    main()
