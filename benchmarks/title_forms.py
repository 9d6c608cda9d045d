"""Title exact on generated pages: common title templates in several languages.

    .venv/bin/python -m benchmarks.title_forms [--pages 1500] [--seed 12] [--fail 30]

The development sets test the title templates their sites happen to use. This renders
realistic article pages from the templates news and blog CMSs write, in Vietnamese, English,
German, French and Spanish, and scores the extracted title exactly (the benchmark's
``title_key``) against the headline the page shows. Each page draws one value of each
dimension:

- ``<title>``: the headline alone, the site's name after it or before it with " | ", " - ",
  " – ", ": ", " » ", " :: ", or a section between headline and site;
- og:title: none, the headline, the headline with the site's name; a JSON-LD headline or not;
  "no metadata" drops og:title, JSON-LD and description together;
- layout: one h1 in the story; two h1s with the site's name or the section's label first; the
  site's name as an h1 in the header's logo link and the headline as an h1 or an h2; a kicker
  (overline) above the headline; a subtitle under it; the headline in an h2 or in a bold div
  with no heading at all;
- class names: meaningful ("article-title", "kicker") or hashed (CSS modules: "x3f9a1c").

A failure is reported by template, so a rule fixed for one template can be seen not to break
the others; ``--fail N`` prints N failing pages' dimensions, truth and output. The pages are
made up; no page of any development set is read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from html import escape

from benchmarks.bench_extraction import title_key

# Per language: the site's name and host, sections (menu and label), headlines, kickers,
# subtitles and body paragraphs as such sites write them.
LANGS: dict[str, dict] = {
    "vi": {
        "generic": "Tin tức",
        "most_read": "Đọc nhiều nhất",
        "sites": [
            ("Báo Tuyên Quang", "baotuyenquang.com.vn"),
            ("Tuổi Trẻ Online", "tuoitre.vn"),
            ("Báo Điện tử Nghệ An", "baonghean.vn"),
        ],
        "sections": ["Thời sự", "Xã hội", "Kinh tế", "Văn hóa"],
        "headlines": [
            "Lũ về trên sông Lô gây ngập nhiều nơi ở Tuyên Quang",
            "Tỉnh ủy họp bàn phát triển kinh tế vùng đồng bào dân tộc thiểu số",
            "Nông dân Hàm Yên thu hoạch cam sành: Giá tăng mạnh so với năm trước",
            "Khánh thành cầu mới nối hai bờ sông Gâm",
            "Học sinh vùng cao đến trường sau kỳ nghỉ Tết Nguyên đán",
        ],
        "kickers": ["Tin nóng", "Góc nhìn", "Phóng sự"],
        "subtitles": ["Hàng trăm hộ dân phải di dời đến nơi an toàn trong đêm qua"],
        "body": [
            (
                "Chiều 12/3, mưa lớn kéo dài khiến nước sông dâng cao, nhiều tuyến đường ở thành "
                "phố bị ngập sâu, giao thông bị chia cắt, người dân phải sơ tán tài sản."
            ),
            (
                "Theo Ban Chỉ huy phòng chống thiên tai tỉnh, lực lượng chức năng đã được huy động "
                "để hỗ trợ người dân di dời, bảo đảm an toàn tính mạng và tài sản."
            ),
            (
                "Chính quyền địa phương cho biết sẽ tiếp tục theo dõi sát diễn biến thời tiết và "
                "chủ động các phương án ứng phó trong những ngày tới."
            ),
        ],
    },
    "en": {
        "generic": "News",
        "most_read": "Most read",
        "sites": [
            ("Planet Weekly", "planetweekly.com"),
            ("The Daily Courier", "dailycourier.co.uk"),
            ("Riverside News", "riversidenews.org"),
        ],
        "sections": ["Politics", "Business", "Local News", "Sport"],
        "headlines": [
            "Storm hits the coast overnight, leaving thousands without power",
            "Council approves new budget after a long debate",
            "Why the new bridge will take another two years to finish",
            "Local school wins national science award",
            "Interview: The mayor on housing, traffic and the next election",
        ],
        "kickers": ["Exclusive", "Analysis", "Breaking"],
        "subtitles": ["Engineers worked through the night to restore the network"],
        "body": [
            (
                "Heavy rain and winds of up to 90 miles per hour swept across the region on Tuesday "
                "night, bringing down trees and power lines in dozens of towns."
            ),
            (
                "The utility company said crews had restored power to most homes by the morning, "
                "but warned that some rural areas could remain without electricity for days."
            ),
            (
                "Residents were advised to stay away from fallen lines and to report damage through "
                "the council's website or its emergency telephone number."
            ),
        ],
    },
    "de": {
        "generic": "Nachrichten",
        "most_read": "Meistgelesen",
        "sites": [
            ("Rheinische Rundschau", "rheinische-rundschau.de"),
            ("Stadtblatt", "stadtblatt.de"),
            ("Nordkurier Online", "nordkurier-online.de"),
        ],
        "sections": ["Politik", "Wirtschaft", "Lokales", "Sport"],
        "headlines": [
            "Sturm fegt über die Küste: Tausende Haushalte ohne Strom",
            "Stadtrat beschließt neuen Haushalt nach langer Debatte",
            "Warum die neue Brücke zwei Jahre später fertig wird",
            "Grundschule gewinnt bundesweiten Wissenschaftspreis",
            "Neue Radwege für die Innenstadt – so sehen die Pläne aus",
        ],
        "kickers": ["Exklusiv", "Kommentar", "Nach der Wahl"],
        "subtitles": ["Techniker arbeiteten die ganze Nacht, um das Netz wiederherzustellen"],
        "body": [
            (
                "Starker Regen und Windböen von bis zu 140 Kilometern pro Stunde sind in der Nacht "
                "zum Mittwoch über die Region gezogen und haben zahlreiche Bäume entwurzelt."
            ),
            (
                "Der Energieversorger teilte mit, dass die meisten Haushalte bis zum Morgen wieder "
                "Strom hatten, in einigen ländlichen Gebieten könne es aber noch Tage dauern."
            ),
            (
                "Die Feuerwehr rückte nach eigenen Angaben zu mehr als 300 Einsätzen aus und bat die "
                "Bevölkerung, umgestürzte Leitungen zu meiden."
            ),
        ],
    },
    "fr": {
        "generic": "Actualités",
        "most_read": "Les plus lus",
        "sites": [
            ("Le Courrier du Sud", "courrierdusud.fr"),
            ("Actu Régions", "acturegions.fr"),
            ("La Voix de l'Ouest", "lavoixdelouest.fr"),
        ],
        "sections": ["Politique", "Économie", "Société", "Sports"],
        "headlines": [
            "Tempête sur la côte : des milliers de foyers privés d'électricité",
            "Le conseil municipal adopte le nouveau budget après un long débat",
            "Pourquoi le nouveau pont ne sera pas terminé avant deux ans",
            "Une école primaire remporte un prix national de sciences",
        ],
        "kickers": ["Exclusif", "Décryptage", "Reportage"],
        "subtitles": ["Les techniciens ont travaillé toute la nuit pour rétablir le réseau"],
        "body": [
            (
                "De fortes pluies et des rafales de vent atteignant 140 km/h ont balayé la région "
                "dans la nuit de mardi à mercredi, arrachant de nombreux arbres."
            ),
            (
                "Le fournisseur d'électricité a indiqué que la plupart des foyers avaient retrouvé "
                "le courant dans la matinée, mais certaines zones rurales resteront privées."
            ),
            (
                "Les pompiers sont intervenus plus de 300 fois et ont demandé aux habitants de ne "
                "pas s'approcher des lignes tombées au sol."
            ),
        ],
    },
    "es": {
        "generic": "Noticias",
        "most_read": "Lo más leído",
        "sites": [
            ("El Diario del Sur", "diariodelsur.es"),
            ("Noticias Hoy", "noticiashoy.com"),
            ("La Voz Regional", "lavozregional.es"),
        ],
        "sections": ["Política", "Economía", "Sociedad", "Deportes"],
        "headlines": [
            "Una tormenta azota la costa y deja a miles de hogares sin luz",
            "El ayuntamiento aprueba el nuevo presupuesto tras un largo debate",
            "Por qué el nuevo puente tardará otros dos años en terminarse",
            "Un colegio gana el premio nacional de ciencias",
        ],
        "kickers": ["Exclusiva", "Análisis", "Última hora"],
        "subtitles": ["Los técnicos trabajaron toda la noche para restablecer la red"],
        "body": [
            (
                "Fuertes lluvias y rachas de viento de hasta 140 kilómetros por hora azotaron la "
                "región en la noche del martes, derribando árboles y tendidos eléctricos."
            ),
            (
                "La compañía eléctrica informó de que la mayoría de los hogares recuperaron el "
                "suministro por la mañana, aunque algunas zonas rurales seguirán sin luz."
            ),
            (
                "Los bomberos realizaron más de 300 intervenciones y pidieron a los vecinos que no "
                "se acercaran a los cables caídos."
            ),
        ],
    },
}

# The served <title>: {h} headline, {s} site, {c} section.
TITLE_TEMPLATES = [
    "{h}", "{h} | {s}", "{s} | {h}", "{h} - {s}", "{s} - {h}", "{h} – {s}", "{s} – {h}",
    "{s}: {h}", "{h} » {s}", "{s} » {h}", "{h} :: {s}", "{h} - {c} - {s}", "{h} | {c} | {s}",
    "{c} | {h} | {s}", "{s} | {c} | {h}", "{k}: {h} | {s}", "{s}", "{s} - {c}",
]  # fmt: skip
OG_FORMS = ["none", "headline", "with-site", "site-first", "kicker-colon", "site-only"]
JSONLD_FORMS = ["none", "headline"]
LAYOUTS = [
    "one-h1", "site-h1-first", "section-h1-first", "logo-h1-then-h1", "logo-h1-then-h2",
    "kicker-above", "kicker-in-h1", "subtitle-below", "h2-headline", "bold-div",
    "subtitle-h2", "kicker-h3-above", "kicker-link-above", "crumbs-above", "sidebar-h2-first",
    "section-link-h1-then-h2", "logo-h1-then-bold-div", "date-in-h1",
]  # fmt: skip
CLASSES = ["named", "hashed"]


@dataclass(slots=True)
class Form:
    lang: str
    site: str
    host: str
    section: str
    headline: str
    kicker: str
    title: str
    og: str
    jsonld: str
    layout: str
    classes: str
    meta: bool


def _cls(name: str, classes: str) -> str:
    if classes == "hashed":
        name = "x" + hashlib.sha1(name.encode()).hexdigest()[:6]
    return f' class="{name}"'


def render(form: Form, rng: random.Random) -> str:
    lang = LANGS[form.lang]
    c = lambda name: _cls(name, form.classes)
    h, s, sec = escape(form.headline, quote=False), escape(form.site), escape(form.section)
    kicker = escape(form.kicker)
    subtitle = escape(rng.choice(lang["subtitles"]))
    head = [f'<meta charset="utf-8"><title>{escape(form.title)}</title>']
    if form.meta:
        if form.og == "headline":
            head.append(f'<meta property="og:title" content="{escape(form.headline)}">')
        elif form.og == "with-site":
            head.append(f'<meta property="og:title" content="{escape(form.headline)} | {s}">')
        elif form.og == "site-first":
            head.append(f'<meta property="og:title" content="{s} - {escape(form.headline)}">')
        elif form.og == "kicker-colon":
            og = f"{form.kicker}: {form.headline}"
            head.append(f'<meta property="og:title" content="{escape(og)}">')
        elif form.og == "site-only":
            head.append(f'<meta property="og:title" content="{s}">')
        head.append(f'<meta property="og:site_name" content="{s}">')
        if form.jsonld == "headline":
            data = {"@context": "https://schema.org", "@type": "NewsArticle",
                    "headline": form.headline, "datePublished": "2025-03-12T08:30:00+07:00"}  # fmt: skip
            head.append(
                f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
            )
    menu = "".join(
        f'<li><a href="/{i}-{rng.randrange(100)}">{escape(x)}</a></li>'
        for i, x in enumerate(lang["sections"])
    )
    logo = f'<a href="/"{c("logo")}><img src="/logo.png" alt="{s}"></a>'
    header_h1 = ""
    lay = form.layout
    if lay in ("logo-h1-then-h1", "logo-h1-then-h2", "logo-h1-then-bold-div"):
        header_h1 = f'<h1{c("site-title")}><a href="/">{s}</a></h1>'
        logo = ""
    header = (
        f"<header{c('site-header')}>{logo}{header_h1}"
        f"<nav{c('main-nav')}><ul>{menu}</ul></nav></header>"
    )
    title_block = ""
    if lay in ("one-h1", "logo-h1-then-h1"):
        title_block = f"<h1{c('article-title')}>{h}</h1>"
    elif lay == "site-h1-first":
        title_block = f"<h1{c('brand')}>{s}</h1><h1{c('article-title')}>{h}</h1>"
    elif lay == "section-h1-first":
        title_block = f"<h1{c('cat')}>{sec}</h1><h1{c('article-title')}>{h}</h1>"
    elif lay == "logo-h1-then-h2":
        title_block = f"<h2{c('entry-title')}>{h}</h2>"
    elif lay == "kicker-above":
        title_block = f"<div{c('kicker')}>{kicker}</div><h1{c('article-title')}>{h}</h1>"
    elif lay == "kicker-in-h1":
        title_block = (
            f"<h1{c('article-title')}><span{c('overline')}>{kicker}</span>"
            f"<span{c('headline')}>{h}</span></h1>"
        )
    elif lay == "subtitle-below":
        title_block = f"<h1{c('article-title')}>{h}</h1><p{c('subtitle')}>{subtitle}</p>"
    elif lay == "h2-headline":
        title_block = f"<h2{c('article-title')}>{h}</h2>"
    elif lay == "bold-div":
        title_block = f'<div{c("article-title")} style="font-weight:bold;font-size:26px">{h}</div>'
    elif lay == "subtitle-h2":
        title_block = f"<h1{c('article-title')}>{h}</h1><h2{c('article-lead')}>{subtitle}</h2>"
    elif lay == "kicker-h3-above":
        title_block = f"<h3{c('kicker')}>{kicker}</h3><h1{c('article-title')}>{h}</h1>"
    elif lay == "kicker-link-above":
        title_block = f'<a href="/{sec}"{c("category")}>{sec}</a><h1{c("article-title")}>{h}</h1>'
    elif lay == "crumbs-above":
        title_block = (
            f'<ol{c("breadcrumb")}><li><a href="/">Home</a></li><li><a href="/s">{sec}</a></li>'
            f"<li>{h}</li></ol><h1{c('article-title')}>{h}</h1>"
        )
    elif lay == "sidebar-h2-first":
        header += (
            f"<div{c('trending')}><h2>{escape(lang['sections'][1])}</h2><ul>"
            + "".join(
                f'<li><a href="/t{i}">{escape(x)}</a></li>'
                for i, x in enumerate(lang["headlines"][:3])
            )
            + "</ul></div>"
        )
        title_block = f"<h2{c('article-title')}>{h}</h2>"
    elif lay == "section-link-h1-then-h2":
        title_block = (
            f'<h1{c("cat")}><a href="/{sec}">{sec}</a></h1><h2{c("article-title")}>{h}</h2>'
        )
    elif lay == "logo-h1-then-bold-div":
        title_block = f"<div{c('article-title')}><b>{h}</b></div>"
    elif lay == "date-in-h1":
        title_block = f"<h1{c('article-title')}>{h}<time{c('date')}>12.03.2025</time></h1>"
    date = "<div{}><span>12/03/2025 08:30</span></div>".format(c("meta"))
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in lang["body"])
    related = "".join(
        f'<li><a href="/story-{i}">{escape(x)}</a></li>'
        for i, x in enumerate(rng.sample(lang["headlines"], 2))
        if x != form.headline
    )
    body = (
        f"{header}<main{c('main')}><article{c('article')}>{title_block}{date}"
        f"<div{c('article-body')}>{paragraphs}</div></article>"
        f"<aside{c('sidebar')}><h3>{escape(lang['sections'][0])}</h3><ul>{related}</ul></aside></main>"
        f"<footer{c('site-footer')}><p>© 2025 {s}</p></footer>"
    )
    return f'<!DOCTYPE html><html lang="{form.lang}"><head>{"".join(head)}</head><body>{body}</body></html>'


def forms(count: int, seed: int) -> list[tuple[Form, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        lang_name = rng.choice(list(LANGS))
        lang = LANGS[lang_name]
        site, host = rng.choice(lang["sites"])
        section = rng.choice(lang["sections"])
        headline = rng.choice(lang["headlines"])
        kicker = rng.choice(lang["kickers"])
        template = rng.choice(TITLE_TEMPLATES)
        form = Form(
            lang=lang_name, site=site, host=host, section=section, headline=headline,
            kicker=kicker, title=template.format(h=headline, s=site, c=section, k=kicker),
            og=rng.choice(OG_FORMS),
            jsonld=rng.choice(JSONLD_FORMS), layout=rng.choice(LAYOUTS),
            classes=rng.choice(CLASSES), meta=rng.random() < 0.6,
        )  # fmt: skip
        out.append((form, template))
    return [(f, t) for f, t in out]


# --- the harder layouts (round 13): titles without the usual evidence ----------------------------
#
# Pages whose metadata says little or nothing (no og:title, no JSON-LD, or a JSON-LD graph of
# only the WebSite and Organization, or a headline with HTML character references as
# Vietnamese CMSs write them), a <title> that is the site's name, a generic label ("Tin
# tức", "News"), the headline cut at 60 characters or set in capitals, and a headline in an
# h2 or a styled div or span under a logo h1, two h1s, a kicker and a dek beside it, a
# breadcrumb whose last crumb is the headline cut with "…", and soft hyphens, no-break
# spaces, zero-width spaces or a <br> inside it.

HARD_TITLES = [
    "{s}", "{g}", "{g} | {s}", "{s} - {g}", "{h60}", "{h60} | {s}", "{H} | {s}", "{H}",
    "{h} | {s}",
]  # fmt: skip
HARD_META = ["none", "none", "og", "jsonld-refs", "jsonld-site", "og-site"]
HARD_LAYOUTS = [
    "logo-h1-then-h2", "logo-h1-then-span", "logo-h1-then-div", "h2-only", "span-only",
    "site-h1-then-h1", "caps-section-h1-then-h1", "h1-then-sidebar-h1", "kicker-dek",
    "kicker-span-dek-h2", "crumbs-cut-then-h1", "crumbs-cut-then-h2", "one-h1",
]  # fmt: skip
DECORATIONS = ["none", "shy", "nbsp", "zwsp", "br", "newline"]


@dataclass(slots=True)
class HardForm:
    lang: str
    site: str
    host: str
    section: str
    headline: str
    kicker: str
    title: str
    meta: str
    layout: str
    decoration: str
    classes: str


def _cut(text: str, limit: int = 60) -> str:
    """*text* cut at a word before *limit* characters with "...", as SEO plugins cut titles."""
    if len(text) <= limit:
        return text
    return text[: limit - 3].rsplit(" ", 1)[0] + "..."


def _decorated(headline: str, decoration: str) -> str:
    """The headline's HTML with invisible or breaking characters as CMS editors leave them."""
    words = [escape(w, quote=False) for w in headline.split(" ")]
    mid = len(words) // 2
    if decoration == "shy":
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        w = words[longest]
        words[longest] = w[: len(w) // 2] + "&shy;" + w[len(w) // 2 :]
    elif decoration == "nbsp":
        return "&nbsp;".join(words[:3]) + " " + " ".join(words[3:]) if len(words) > 3 else headline
    elif decoration == "zwsp":
        words[mid] += "&#8203;"
    elif decoration == "br":
        return " ".join(words[:mid]) + "<br>" + " ".join(words[mid:])
    elif decoration == "newline":
        return "\n      " + " ".join(words[:mid]) + "\n      " + " ".join(words[mid:]) + "\n    "
    return " ".join(words)


def hard_forms(count: int, seed: int) -> list[tuple[HardForm, str]]:
    rng = random.Random(seed * 7919 + 13)
    out = []
    for _ in range(count):
        lang_name = rng.choice(list(LANGS))
        lang = LANGS[lang_name]
        site, host = rng.choice(lang["sites"])
        section = rng.choice(lang["sections"])
        headline = rng.choice(lang["headlines"])
        template = rng.choice(HARD_TITLES)
        title = template.format(
            h=headline, s=site, g=lang["generic"], h60=_cut(headline), H=headline.upper()
        )
        if template == "{h60} | {s}":
            title = _cut(f"{headline} | {site}")
        form = HardForm(
            lang=lang_name, site=site, host=host, section=section, headline=headline,
            kicker=rng.choice(lang["kickers"]), title=title, meta=rng.choice(HARD_META),
            layout=rng.choice(HARD_LAYOUTS), decoration=rng.choice(DECORATIONS),
            classes=rng.choice(CLASSES),
        )  # fmt: skip
        out.append((form, template))
    return out


def _char_refs(text: str) -> str:
    """Every letter outside ASCII as a decimal character reference ("Chi&#7871;n")."""
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in text)


def render_hard(form: HardForm, rng: random.Random) -> str:
    lang = LANGS[form.lang]
    c = lambda name: _cls(name, form.classes)
    s, sec = escape(form.site), escape(form.section)
    h = _decorated(form.headline, form.decoration)
    kicker = escape(form.kicker)
    dek = escape(rng.choice(lang["subtitles"]))
    head = [f'<meta charset="utf-8"><title>{escape(form.title)}</title>']
    if form.meta == "og":
        head.append(f'<meta property="og:title" content="{escape(form.headline)}">')
    elif form.meta == "og-site":
        head.append(f'<meta property="og:title" content="{s}">')
        head.append(f'<meta property="og:site_name" content="{s}">')
    elif form.meta == "jsonld-refs":
        data = (
            '{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{_char_refs(form.headline)}", '
            '"datePublished": "2025-03-12T08:30:00+07:00"}'
        )
        head.append(f'<script type="application/ld+json">{data}</script>')
    elif form.meta == "jsonld-site":
        data = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": form.site, "url": f"https://{form.host}/"},
            {"@type": "Organization", "name": form.site, "logo": f"https://{form.host}/logo.png"},
        ]}  # fmt: skip
        head.append(
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
        )
    menu = "".join(
        f'<li><a href="/{i}-{rng.randrange(100)}">{escape(x)}</a></li>'
        for i, x in enumerate(lang["sections"])
    )
    lay = form.layout
    if lay.startswith("logo-h1-"):
        brand = f'<h1{c("site-title")}><a href="/">{s}</a></h1>'
    else:
        brand = f'<a href="/"{c("logo")}><img src="/logo.png" alt="{s}"></a>'
    header = f"<header{c('site-header')}>{brand}<nav{c('main-nav')}><ul>{menu}</ul></nav></header>"
    big = 'style="font-size:28px;font-weight:700;line-height:1.3"'
    cut = escape(_cut(form.headline, 40).removesuffix("...") + "…")
    crumbs = (
        f'<ul{c("breadcrumb")}><li><a href="/">{escape(lang["generic"])}</a></li>'
        f'<li><a href="/s">{sec}</a></li><li>{cut}</li></ul>'
    )
    block = {
        "logo-h1-then-h2": f"<h2{c('post-title')}>{h}</h2>",
        "logo-h1-then-span": f"<span{c('post-title')} {big}>{h}</span>",
        "logo-h1-then-div": f"<div{c('post-title')} {big}>{h}</div>",
        "h2-only": f"<h2{c('post-title')}>{h}</h2>",
        "span-only": f"<div><span{c('tieu-de')} {big}>{h}</span></div>",
        "site-h1-then-h1": f"<h1{c('brand')}>{s}</h1><h1{c('article-title')}>{h}</h1>",
        "caps-section-h1-then-h1": (
            f"<h1{c('cat')}>{sec.upper()} &gt; {escape(lang['sections'][0].upper())}</h1>"
            f"<h1{c('article-title')}>{h}</h1>"
        ),
        "h1-then-sidebar-h1": f"<h1{c('article-title')}>{h}</h1>",
        "kicker-dek": (
            f"<div{c('kicker')}>{kicker}</div><h1{c('article-title')}>{h}</h1>"
            f"<p{c('dek')}>{dek}</p>"
        ),
        "kicker-span-dek-h2": (
            f"<span{c('overline')}>{kicker}</span><h1{c('article-title')}>{h}</h1>"
            f"<h2{c('standfirst')}>{dek}</h2>"
        ),
        "crumbs-cut-then-h1": f"{crumbs}<h1{c('article-title')}>{h}</h1>",
        "crumbs-cut-then-h2": f"{crumbs}<h2{c('article-title')}>{h}</h2>",
        "one-h1": f"<h1{c('article-title')}>{h}</h1>",
    }[lay]
    date = "<div{}><span>12/03/2025 08:30</span></div>".format(c("meta"))
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in lang["body"])
    related = "".join(
        f'<li><a href="/story-{i}">{escape(x)}</a></li>'
        for i, x in enumerate(rng.sample(lang["headlines"], 2))
        if x != form.headline
    )
    aside_tag = "h1" if lay == "h1-then-sidebar-h1" else "h3"
    aside = f"<aside{c('sidebar')}><{aside_tag}>{escape(lang['most_read'])}</{aside_tag}><ul>{related}</ul></aside>"
    body = (
        f"{header}<main{c('main')}><article{c('article')}>{block}{date}"
        f"<div{c('article-body')}>{paragraphs}</div></article>{aside}</main>"
        f"<footer{c('site-footer')}><p>© 2025 {s}</p></footer>"
    )
    return f'<!DOCTYPE html><html lang="{form.lang}"><head>{"".join(head)}</head><body>{body}</body></html>'


def _score(label: str, pages: list[tuple[dict[str, str], str, str, str]], fail: int) -> None:
    """Print title exact over *pages* ((dimensions, truth, html, url)), overall and per value
    of each dimension, and *fail* failing pages."""
    from aggregator.extract import extract_article

    by: dict[str, Counter] = defaultdict(Counter)
    failures = []
    right = 0
    for dims, truth, html, url in pages:
        article = extract_article(html.encode(), url)
        ok = title_key(article.title) == title_key(truth)
        right += ok
        for dim, value in dims.items():
            by[dim][(value, ok)] += 1
        if not ok:
            failures.append((dims, truth, article.title, article.title_source))
    print(
        f"{label}: title exact on {len(pages)} generated pages: "
        f"{right / len(pages):.3f} ({right}/{len(pages)})"
    )
    for dim, counts in by.items():
        values = sorted({v for v, _ in counts})
        cells = [
            f"{v} {counts[(v, True)]}/{counts[(v, True)] + counts[(v, False)]}" for v in values
        ]
        print(f"- {dim}: " + "; ".join(cells))
    for dims, truth, ours, source in failures[:fail]:
        print(f"\n{dims}\n  truth {truth!r}\n  ours  {ours!r} ({source})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--fail", type=int, default=0, help="failing pages to print")
    parser.add_argument(
        "--forms", choices=("old", "hard", "both"), default="both",
        help="round 12's templates, round 13's harder layouts, or both (scored apart)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.forms in ("old", "both"):
        rng = random.Random(args.seed + 1)
        pages = []
        for form, template in forms(args.pages, args.seed):
            html = render(form, rng)
            url = f"https://{form.host}/tin/bai-{rng.randrange(10**6)}.html"
            dims = {
                "lang": form.lang, "title": template, "og": form.og if form.meta else "no-meta",
                "jsonld": form.jsonld if form.meta else "no-meta", "layout": form.layout,
                "classes": form.classes,
            }  # fmt: skip
            pages.append((dims, form.headline, html, url))
        _score("templates", pages, args.fail)
    if args.forms in ("hard", "both"):
        rng = random.Random(args.seed + 2)
        pages = []
        for hard, template in hard_forms(args.pages, args.seed):
            html = render_hard(hard, rng)
            url = f"https://{hard.host}/tin/bai-{rng.randrange(10**6)}.html"
            dims = {
                "lang": hard.lang, "title": template, "meta": hard.meta, "layout": hard.layout,
                "decoration": hard.decoration, "classes": hard.classes,
            }  # fmt: skip
            pages.append((dims, hard.headline, html, url))
        _score("harder layouts", pages, args.fail)


if __name__ == "__main__":
    main()
