"""ArticlePage: one parsed page to one Article, field by field, most reliable source first.

The cascade for every field is: the site's CSS selectors (when the site file has them) > structured
metadata (JSON-LD, OpenGraph, meta) > the page's own markup (the h1 of the article block, the sapo,
bylines and credits at the end of the body) > generic main-content detection. Each field has its own
method so a wrong value points at one place.

The tree is parsed once. Everything that needs the untouched page (metadata, dates, h1s, sapo,
breadcrumbs, tags) is read first; then ``content.prune`` strips furniture in place and the body is
read from what is left.
"""

from __future__ import annotations

import copy
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from html import escape
from itertools import chain, islice
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector
from lxml.etree import XPathError

from aggregator import taxonomy
from aggregator.dates import parse_date
from aggregator.extract import clean, content, titles
from aggregator.extract.bylines import (
    LABEL_ONLY,
    author_slug,
    lists_posts,
    more_by_name,
    names_site,
    publisher_names,
    slug_names,
    titled_writer,
)
from aggregator.extract.content import Block, HtmlElement
from aggregator.extract.language import detect_language
from aggregator.extract.metadata import PageMetadata, read_metadata
from aggregator.extract.metadata import meta_author as metadata_author
from aggregator.extract.published import (
    find_dates,
    h2_after,
    in_other_stories,
    other_stories_box,
    remembered_search,
)
from aggregator.items import Article
from aggregator.sites import Selectors, SiteConfig
from aggregator.spam import title_is_spam
from aggregator.urls import join_url, split

logger = logging.getLogger(__name__)

# --- vocabularies ----------------------------------------------------------------------------------

HOME_CRUMBS: frozenset[str] = frozenset({"trang chủ", "home", "trang nhất", "homepage", "tin tức"})
# Labels of a Vietnamese page template, not of a section: "home", "news", "the story in
# full". (Not "News" elsewhere: "(News) Headline" is a blog's own kicker.)
NEWS_LABELS: frozenset[str] = frozenset(
    {"trang chủ", "trang nhất", "tin tức", "tin", "tin chi tiết", "chi tiết tin",
     "chi tiết tin tức", "chi tiết", "bản tin"}
)  # fmt: skip
# The labels of a government portal's news pages, set as the <title> of every story there
# ("Tin tức - Sự kiện"; vietnam-notes §1.2's provincial portals).
PORTAL_LABELS: frozenset[str] = frozenset(
    {"sự kiện", "tin tức sự kiện", "tin tức - sự kiện", "tin hoạt động", "tin tổng hợp",
     "thông tin", "hoạt động"}
)  # fmt: skip
# A <title> that names no story, in the languages besides Vietnamese the generated pages and
# the development sets hold: a news label or the front page's name, set on every story by a
# template that fills no headline ("News | Site", "Aktuelles", "Actualités").
GENERIC_TITLES: frozenset[str] = NEWS_LABELS | frozenset(
    {"news", "latest news", "home", "home page", "homepage", "article", "nachrichten",
     "aktuelles", "aktuell", "meldungen", "startseite", "artikel", "actualités", "actualité",
     "accueil", "noticias", "actualidad", "inicio", "noticia", "notizie", "nieuws"}
)  # fmt: skip
# First URL path segments that name no section ("/vi/tin-tuc/…", "/news/34610p1c24/…").
GENERIC_SEGMENTS: frozenset[str] = frozenset({
    "vi", "en", "vn", "amp", "m", "news", "tin-tuc", "tintuc", "article", "articles", "bai-viet",
    "post", "posts", "index.php", "story", "stories", "detail", "chi-tiet", "tin", "p", "a", "s",
    "www", "mobile", "print",
    # ASP.NET and SharePoint paths: the default controller ("/Home/Details.aspx?id=…"), pages.
    "home", "pages", "portal",
})  # fmt: skip
_TOKEN = re.compile(r"\w+")
MAX_TAGS = 20
# Bits of ``_hint_kinds``: which DOM-hint vocabularies a class+id string matches.
_SAPO_HINT, _TAGS_HINT, _BYLINE_HINT, _TITLE_HINT, _CRUMB_HINT = (
    bit >> content.HINT_SHIFT
    for bit in (
        content.SAPO_NAME, content.TAGS_NAME, content.BYLINE_NAME, content.TITLE_NAME,
        content.CRUMB_NAME,
    )
)  # fmt: skip


def _hint_kinds(hints: str) -> int:
    """The vocabularies *hints* matches, as bits (SAPO_HINTS, TAG_HINTS, BYLINE_HINTS,
    TITLE_HINTS, "breadcrumb"). Class strings repeat within a page (~450 hinted elements, ~200
    distinct strings) and across pages: each distinct one is read once, by the scan that gives
    pruning its verdicts too (``content._name_marks``, cached)."""
    return content._name_marks(hints) >> content.HINT_SHIFT


# Between people in one byline string: a spaced dash or "và" ("Minh Anh - Thu Hà"), not a
# comma ("Smith, John" is one person in some metadata).
_BYLINE_SPLIT = re.compile(r"\s+[-–—]\s+|\s+và\s+")


def _byline_parts(name: str) -> list[str]:
    """The people one metadata author string names ("Minh Anh - Thu Hà" -> two), each a name;
    else [*name*]."""
    parts = [p.strip() for p in _BYLINE_SPLIT.split(name) if p.strip()]
    if len(parts) > 1 and all(clean.is_name(p) for p in parts):
        return parts
    return [name]


# A date line: at most this long, with a full numeric day ("08/01/2026", "2026-01-08").
_DATE_LINE_MAX = 60
# A day with the month in words and a 4-digit year: "ngày 8 tháng 1 năm 2026", "8 tháng Một,
# 2026", "January 8, 2026" of an English edition (parse_date reads them; this only lets them
# be tried).
_WORDED_DAY = re.compile(
    r"\btháng\s+\S+.*\b(?:19|20)\d\d\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s.*\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# A numeric day with a 2-digit year, which parse_date does not read (the century is a guess):
# "08/01/26", "8-1-26"; not part of a longer number or date.
_SHORT_YEAR_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d/.-])")


def _shows_short_year_day(text: str, published: datetime) -> bool:
    """Whether *text* holds a day-first numeric day with a 2-digit year that is *published*'s
    day ("08/01/26" for 8 January 2026): only the publication day found elsewhere gives the
    century, so the line is not read as a date, only recognised as the story's date line."""
    match = _SHORT_YEAR_DAY.search(text)
    if match is None:
        return False
    day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    return (day, month, year) == (published.day, published.month, published.year % 100)


# A breadcrumb's section name is at most this many words ("Nông nghiệp - Nông thôn" is five).
_SECTION_MAX_WORDS = 5
_NUMERIC_DAY = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}")
# The parts of a date row under the headline: "Minh Anh | 08/01/2026 18:21", "Tác giả: Minh Anh
# - Thứ Năm, 08/01/2026".
_ROW_PARTS = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+|\s*\n\s*")
_WEEKDAY = re.compile(r"^(?:thứ\s+\S+|chủ\s+nhật)$", re.IGNORECASE)
_ROW_TEXT = 120


def _date_row_names(heading: HtmlElement, vietnamese: bool = True) -> list[str]:
    """The people named in the short row with the date right under *heading* (one of its next
    two elements), each part of the row a name or a byline ("Tác giả: Minh Anh"); [] if none.
    Then the same in the row right above it: templates set the meta box (the byline, the
    date) above the headline too; there a labelled byline needs no date beside it."""
    below = list(heading.itersiblings(etree.Element))[:2]
    above = list(heading.itersiblings(etree.Element, preceding=True))[:2]
    for row in (*below, *above):
        if row.tag in ("script", "style", "h1"):
            continue
        pieces = _short_pieces(row)
        if not vietnamese and row.find(".//script") is not None:
            continue  # a widget's code beside the date, not a row of facts
        if not pieces:
            continue
        text = "\n".join(pieces)
        # the day in numbers, or (Vietnamese) in words with its time ("Ngày 12 tháng 05 năm
        # 2026 lúc 11:45 · Minh Anh", a mobile template's one compact line)
        if not (_NUMERIC_DAY.search(text) or (vietnamese and _WORDED_STAMP.search(text))):
            if row in above and (labelled := [n for p in pieces for n in _labelled_names(p)]):
                return labelled
            continue
        names: list[str] = []
        parts = [p.strip(" ,;") for p in _ROW_PARTS.split(text)]
        parts = [p for p in parts if p]
        for i, part in enumerate(parts):
            if _WEEKDAY.match(part) or any(ch.isdigit() for ch in part):
                continue
            found = clean.byline_authors(part)
            if not found and vietnamese:
                found = clean.trailing_name(part)
            elif not found and _beside_day(parts, i):
                # Elsewhere an unlabelled name counts right beside the day: further along
                # a row of tags ("10. November 2021 | Pressemitteilung | Corona | Diakonisches
                # Profil") a category may read as a name.
                found = _bare_row_name(part, row)
            names.extend(found or [])
        if names:
            return names
        # A row of the date alone ("Thứ Năm, 08/01/2026 - 18:21"): the byline row may follow.
    return []


def _short_pieces(row: HtmlElement) -> list[str]:
    """The stripped texts of *row* when they join (one per line) into _ROW_TEXT characters
    or fewer; [] otherwise. Stops reading at the limit: a row's sibling may be the story's
    whole body."""
    pieces: list[str] = []
    length = -1  # the joins: one fewer than the pieces
    for t in row.itertext():
        if piece := t.strip():
            length += len(piece) + 1
            if length > _ROW_TEXT:
                return []
            pieces.append(piece)
    return pieces


def _beside_day(parts: Sequence[str], i: int) -> bool:
    """Whether the part before or after *parts[i]* holds the day (digits)."""
    return any(0 <= j < len(parts) and any(ch.isdigit() for ch in parts[j]) for j in (i - 1, i + 1))


def _bare_row_name(part: str, row: HtmlElement) -> list[str]:
    """An unlabelled name beside the date on a page not in Vietnamese ("05.03.2024 | Jane
    Smith"): a person's name of two or three words set apart from the date, in an element of
    its own or after a separator; [] otherwise. Words run on after the date in one text
    ("21.01.2022 Aktuelle Meldung") are a kicker as often as a name."""
    if not (clean.is_name(part) and 2 <= len(part.split()) <= 3):
        return []
    if any(clean.one_line(el.text_content()) == part for el in row.iter(etree.Element)):
        return [part]
    text = clean.one_line(" ".join(row.itertext()))
    apart = rf"(?:^|[|•·–—-])\s*{re.escape(part)}\s*(?:$|[|•·–—-])"
    return [part] if re.search(apart, text) else []


def _labelled_names(piece: str) -> list[str]:
    """The names of a labelled byline piece ("Đăng bởi: Minh Anh"); [] for anything else (a
    bare name above the headline may be a kicker)."""
    return clean.byline_authors(piece) or []


_CREDIT_LABEL = re.compile(r"^\(?\s*(?:theo|nguồn)\s*:?\s*", re.IGNORECASE)


def _credited_outlet(credit: str) -> str:
    """The outlet a credit line names, case-folded: "(Theo TTXVN)" -> "ttxvn"; "" if none."""
    if not credit:
        return ""
    return _CREDIT_LABEL.sub("", credit).strip(" ().").casefold()


def _br_pieces(el: HtmlElement) -> Iterator[str]:
    """The text of *el* in document order, a "\n" for each <br>."""
    if el.text:
        yield el.text
    for child in el:
        if child.tag == "br":
            yield "\n"
        elif isinstance(child.tag, str):
            yield from _br_pieces(child)
        if child.tail:
            yield child.tail


def _line_text(el: HtmlElement) -> str:
    """*el*'s text on one line, a line break parting the words it stands between: a headline
    set in a block with a ``<br>`` ("sông Lô<br>gây ngập") is "sông Lô gây ngập", where the
    element's bare text glues "Lôgây"."""
    return clean.one_line("".join(_br_pieces(el)))


# A lower-case letter glued to a capital, or a letter to a handle: two element texts run together
# ("AuthorJane", "Jane Smith@janesmith").
_GLUED_WORDS = re.compile(r"[a-zß-ÿ\u1ea1-\u1ef9][A-ZÀ-ÞĐ\u1ea0-\u1ef8]|[^\W\d_]@\w")


def _spaced_text(el: HtmlElement) -> str:
    """*el*'s text with its child elements' texts set apart by commas; a label box alone in
    front ("<div>Author</div>", "<span>Veröffentlicht von</span>") is dropped."""
    pieces = [clean.one_line(t) for t in el.itertext()]
    pieces = [p for p in pieces if p]
    if len(pieces) > 1 and (
        LABEL_ONLY.match(pieces[0]) or pieces[0].rstrip(" :").casefold() in clean.BY_WORDS
    ):
        pieces = pieces[1:]
    return ", ".join(pieces)  # a list of names or a name and its role, as a byline writes them


def _first_named_line(el: HtmlElement, marked: bool) -> str:
    """The first of *el*'s <br>-separated lines that names someone as a byline does, or ""."""
    label = ""
    for line in "".join(_br_pieces(el)).split("\n"):
        if not (line := clean.one_line(line)):
            continue
        if line.endswith(":") or LABEL_ONLY.match(line):
            label = f"{label} {line}".strip()  # "Bài:<br>Minh Anh": the label's line goes on
            continue
        line = f"{label} {line}".strip()
        label = ""
        if clean.byline_names(line, marked=marked):
            return line
    return ""


def _signs_with_title(above: str, line: str) -> bool:
    """Whether *line* is the workplace of a titled writer named on the line *above* it
    ("ThS. Nguyễn Văn Minh" over "Trường Đại học Tân Trào")."""
    return clean.is_affiliation(line) and clean.titled_names(above) is not None


def _text_block_before(blocks: list[Block], block: Block) -> Block | None:
    """The paragraph or heading right before *block* in *blocks*, or None."""
    index = next((i for i, b in enumerate(blocks) if b is block), 0)
    for before in reversed(blocks[:index]):
        if before.kind in ("p", "h", "table"):
            return before
    return None


def _credit_lines(
    lines: Sequence[str], credit: str, authors: list[str], language: str
) -> tuple[str, list[str]] | None:
    """(credit, authors) once the trailing *lines* are read as credits, photo credits and
    bylines, from the last up; None when one of them is none of these (the story's text)."""
    authors = list(authors)
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i]
        if not credit and (found := clean.credit_of(text)):
            credit = found
        elif clean.photo_credit(text):
            pass  # "Ảnh: Minh Quang": a credit line, not an author
        elif language == "vi" and clean.account_byline(text):
            pass  # "Người đăng: admin": the CMS account that posted it, nobody's byline
        elif language == "vi" and i and _signs_with_title(lines[i - 1], text):
            pass  # "ThS. Nguyễn Văn Minh" / "Trường Đại học Tân Trào": the writer's workplace
        elif names := clean.byline_authors(text):
            authors = names + authors
        elif language == "vi" and not authors and (names := clean.trailing_name(text)):
            authors = names
        else:
            return None
    return credit, authors


class ArticlePage:
    """Fields of one article page; ``to_article()`` assembles them."""

    def __init__(
        self,
        url: str,
        doc: HtmlElement,
        site: SiteConfig | None = None,
        now: datetime | None = None,
        content_language: str = "",
    ) -> None:
        self.url = url
        self.doc = doc
        self.site = site
        self.now = now
        self.content_language = content_language  # the HTTP header, if the page came with one
        self.md: PageMetadata = read_metadata(doc)
        self.md.page_title = titles.unglued(self.md.page_title)
        if "og:title" not in self.md.meta and (card := self.md.meta.get("twitter:title")):
            # A Twitter card's title stands in for a missing og:title (the same share title).
            self.md.meta["og:title"] = card
        if og_title := self.md.meta.get("og:title"):
            self.md.meta["og:title"] = titles.unglued(og_title)
        # Elements with a class or id, with their lower-cased names: the DOM hints below scan only
        # these (a fraction of the page), before pruning changes the tree. Only the body's: the
        # head holds no text block (the parser moves any to the body) and pruning keeps to the body.
        body = doc.find("body")
        # One walk reads them with their marks (itemprop, hidden, aria-hidden), which pruning
        # and the microdata headline below look up instead of reading each element again.
        self.hints = content.read_hints(body if body is not None else doc)
        # The hinted elements of each DOM-hint vocabulary, in document order: one pass here
        # instead of one regex scan of the whole list per field.
        self.hinted_by_kind: dict[int, list[tuple[HtmlElement, str]]] = {
            kind: [] for kind in (_SAPO_HINT, _TAGS_HINT, _BYLINE_HINT, _TITLE_HINT, _CRUMB_HINT)
        }
        headlines: set[str] = set(self.md.meta_all.get("headline", ()))
        # (``_hint_kinds`` without its own call: asked of every hinted element)
        name_marks, shift = content._name_marks, content.HINT_SHIFT
        for item in self.hints.elements:
            if kinds := name_marks(item[1]) >> shift:
                for kind, found in self.hinted_by_kind.items():
                    if kinds & kind:
                        found.append(item)
        for el, marks in self.hints.marks.items():  # document order, as the list's
            if marks.itemprop == "headline" and el.tag != "meta":
                headlines.add(clean.one_line(clean.element_text(el)))
        if not self.md.jsonld_headline and len(headlines) == 1:
            # Microdata says which element is the headline (itemprop="headline": Joomla and
            # many templates), as good as JSON-LD's where the page has none; several name a
            # listing's stories.
            headline = headlines.pop()
            if 3 <= len(headline) <= 300:
                self.md.jsonld_headline = headline
        base = doc.find(".//base[@href]")
        self.base_url = (join_url(url, base.get("href", "")) or url) if base is not None else url
        # The site's names as its own titles write them ("petri-heil.ch", "smava", "scilogs"),
        # also from the tags that name the site to browsers and Twitter (titles only: a blog's
        # handle may be its author's name).
        self.host_names = [
            *titles.host_names(url),
            *titles.subdomain_names(url),
            *titles.paper_names(url),
        ]
        for key in ("application-name", "apple-mobile-web-app-title", "twitter:site"):
            if (name := self.md.meta.get(key, "").lstrip("@")) and len(name) >= 3:
                self.host_names.append(name)
        # The texts of h1s classed as the site's masthead or logo (``h1_candidates``).
        self.logo_names: list[str] = []
        self.site_names = [n for n in (self.md.meta.get("og:site_name", ""), self.md.jsonld_publisher,
                                       site.name if site else "", (split(url) or urlsplit("")).hostname or "") if n]  # fmt: skip
        # Every form of the site's name a byline could repeat (not a person's).
        self._home_h1s: set[str] | None = None
        self._menu_items: list[tuple[str, str]] | None = None
        self._here: set[str] | None = None
        # An organisation an explicit byline names (``dom_byline``), for a page naming no person.
        self.organisation_byline = ""
        self.headline_el: HtmlElement | None = None  # (``to_article``)
        self.publishers = publisher_names(self.site_names, url)
        # The page's hAtom entries ("hentry"): a blog post is one.
        self.entries = [
            el for el, hints in self.hints.elements if "entry" in hints and _ENTRY.search(hints)
        ]

    # --- selectors ---------------------------------------------------------------------------------

    def _select(self, css: str) -> list[HtmlElement]:
        if not css:
            return []
        try:
            return list(CSSSelector(css)(self.doc))
        except (XPathError, ValueError) as exc:  # the site loader validates; stay safe anyway
            logger.warning("bad selector %r for %s: %s", css, self.url, exc)
            return []

    def _select_text(self, css: str) -> str:
        return " ".join(clean.one_line(el.text_content()) for el in self._select(css)).strip()

    @property
    def _selectors(self) -> Selectors | None:
        return self.site.selectors if self.site else None

    # --- fields read before the tree is pruned -----------------------------------------------------

    def dates(self) -> tuple[datetime | None, datetime | None]:
        md = self.md
        headlines = [md.jsonld_headline, md.meta.get("og:title", ""), md.page_title]
        published, updated = find_dates(
            self.doc,
            url=self.url,
            now=self.now,
            jsonld=md.jsonld,
            titles=headlines,
            canonical=md.canonical or md.meta.get("og:url", ""),
        )
        sel = self._selectors
        if sel and sel.published:
            text = self._select_text(sel.published)
            if text and (value := parse_date(text, now=self.now)) is not None:
                published = value
        return published, updated

    def h1_candidates(self) -> list[tuple[str, list[HtmlElement], str]]:
        """Every h1 with its ancestor chain (kept so the article block's h1 can be found later)
        and its source name ("h1").

        A page without any h1 gets the elements whose class names say "title" instead, with the
        source "title-class". An h1 classed as a kicker or roof line is not counted.
        """
        found = []
        # Read now, before pruning takes the page's header (and its logo h1) away: later
        # questions about the served <title> ask which h1s were links home.
        home_h1s = self.home_h1s
        for h1 in self.doc.iter("h1"):
            hints = f"{h1.get('class') or ''} {h1.get('id') or ''}"
            if _ASIDE_H1.search(hints):
                continue  # a kicker set as an h1 above the headline's h2
            text = clean.one_line(_heading_text(h1))
            if _LOGO_H1.search(hints):
                # The site's name set as its masthead or logo: not the headline, and a name to
                # strip from the metadata titles.
                self.logo_names.append(text)
                continue
            if 3 <= len(text) <= 400:
                found.append((text, [h1, *h1.iterancestors()], "h1"))
        # Old CMS templates make the logo the page's one h1 (a link home) and set the
        # headline in a class-named element: then the title-named elements are read too.
        # So do templates whose only h1 is the section's link ("<h1><a href='/xa-hoi'>Xã
        # hội</a></h1>" above an h2 headline): a short one (<= 3 words; a journal's linked h1
        # is its article's title).
        if found and not all(
            titles.title_key(h[0]) in home_h1s
            or (len(h[0].split()) <= 3 and self._links_elsewhere(h[1][0]))
            for h in found
        ):
            if self.declared_vietnamese and (below := self._headline_under_labels(found)):
                return [below]
            return found
        for el, hints in self.hinted_by_kind[_TITLE_HINT]:
            if el.tag not in ("div", "span", "p", "h2", "h3", "td", "strong"):
                continue
            if content.is_negative(hints) or any(a.tag == "a" for a in el.iter()):
                continue  # a title-named block of links is a list of other stories
            text = _line_text(el)
            if 10 <= len(text) <= 300:
                found.append((text, [el, *el.iterancestors()], "title-class"))
        if (
            found
            and all(h[2] == "h1" for h in found)
            and (h2 := h2_after(found[-1][1][0])) is not None
        ):
            # The same templates with no class naming the title (none, or hashed ones): the
            # headline is the h2 right after those h1s ("<h1><a href='/kinh-te'>Kinh
            # tế</a></h1><h2>Headline</h2>"). Not only on Vietnamese pages: other CMSs set the
            # section's link as the h1 too ("<h1><a href='/sport'>Sport</a></h1>"; round 12's
            # generated pages; no development page changed).
            found.append((clean.one_line(_heading_text(h2)), [h2, *h2.iterancestors()], "h2"))
        elif (
            found
            and all(h[2] == "h1" for h in found)
            and self.declared_vietnamese
            and (below := self._headline_under_labels(found))
        ):
            return [below]  # the linked section's h1 over a headline set in a bold block
        return found

    def _headline_under_labels(
        self, h1s: Sequence[tuple[str, list[HtmlElement], str]]
    ) -> tuple[str, list[HtmlElement], str] | None:
        """The headline set right under a Vietnamese page's h1s when those are all labels: a
        section or a template's name (<= 4 words, a link or not, in the menu or not: "Tin tức
        - Sự kiện", "Thời sự trong tỉnh", "<a href='/giao-duc'>Giáo dục</a>") that no JSON-LD
        headline or og:title holds, and under the last of them, before any paragraph, a
        heading or a block set wholly in bold that is ``_headline_shaped`` (``_headline_after``).
        A story's h1 is a headline of 8-20 words; a label of a few words over a longer headline
        is the template's, as the linked section's h1 is (``h1_candidates``)."""
        if any(h[2] != "h1" or len(_TOKEN.findall(h[0])) > _LABEL_WORDS + 1 for h in h1s):
            return None
        md = self.md
        named = [
            titles.title_key(t) for t in (md.jsonld_headline, md.meta.get("og:title", "")) if t
        ]
        if any(titles.title_key(h[0]) in t for h in h1s for t in named):
            return None  # a metadata title holds it: a short headline, or a section's page
        if (el := _headline_after(h1s[-1][1][0])) is None:
            return None
        served = titles.title_key(md.page_title)
        if (
            any(titles.title_key(h[0]) in served for h in h1s)
            and not self._says_nothing_of(clean.strip_site_suffix(md.page_title, self.site_names))
            and not _dated_below(el)
        ):
            # The served <title> names the h1 ("Hướng dẫn gửi bài | Tạp chí …" over a list's
            # heading): a page's name, unless the block under it is dated as a story's
            # headline is ("Thời sự trong tỉnh" as the <title> of every story of a section).
            return None
        text = clean.one_line(_heading_text(el))
        return (text, [el, *el.iterancestors()], "h2" if el.tag[0] == "h" else "body")

    def named_headings(
        self, h1s: Sequence[tuple[str, list[HtmlElement], str]]
    ) -> list[tuple[str, list[HtmlElement], str]]:
        """The headings that name the page's title (``_named_headings``). An h1 set in the
        breadcrumb trail is its last crumb: a page name (journal and shop templates), or an
        SEO variant of the headline above the article's own h2; another heading that names a
        metadata title wins over it."""
        crumbs = [h for h in h1s if h[2] == "h1" and _in_breadcrumb(h[1][0])]
        if crumbs:
            rest = [h for h in h1s if h not in crumbs]
            if found := self._named_headings(rest):
                return found
        return self._named_headings(h1s)

    def _named_headings(
        self, h1s: Sequence[tuple[str, list[HtmlElement], str]]
    ) -> list[tuple[str, list[HtmlElement], str]]:
        """The headings that name the page's title, as ``h1_candidates`` gives them.

        A page may have several h1 (the site's name, a section label, a widget's title) and
        blogs title a story with an h2 under the site's h1: the heading is one whose words are
        the title the page gives itself (JSON-LD headline and og:title first, <title> after),
        in its own wording and without the site's name that metadata titles carry. An h2 only
        when no h1 shares a word with the headline part of those titles.
        """
        md = self.md
        names = (*self.site_names, *self.host_names)
        sites = {titles.title_key(name) for name in names}
        groups = []
        for metadata in ([md.jsonld_headline, md.meta.get("og:title", "")], [md.page_title]):
            shapes = [shape for t in metadata if t and (shape := clean.title_shape(t))]
            if not shapes:
                continue
            headlines = [titles.strip_site_parts(t, names) for t in metadata if t]
            groups.append((shapes, headlines))
            # A heading that is one part of a metadata title ("Headline | site.ch | Tagline",
            # "Kicker: Headline") names it, however many words the other parts add.
            found = [
                h
                for h in h1s
                if h[2] == "h1"
                and titles.title_key(h[0]) not in sites
                and titles.title_key(h[0]) not in self.home_h1s
                and not titles.is_site_name(h[0], names)
                and (
                    clean.names_title(h[0], shapes)
                    # Parts after the site's name are its tagline, no headline.
                    or any(titles.is_title_part(h[0], t) for t in headlines)
                    or any(titles.rewords_part(h[0], t) for t in headlines)
                )
            ]
            if found:
                return self._headline_under_strapline(found, headlines) or found
        # An h2 only when no h1 names any metadata title: an h2 equal to og:title under an h1
        # the served <title> names is a subtitle or a share line ("Was ist …?" under "3 Fragen
        # an …", <title> "…: 3 Fragen an …").
        # An h2 that is one part of a metadata title without the site's name ("Post" of "Post
        # | Blog name - Tagline") agrees with it word for word: the headline under an h1 that
        # names no title, even one sharing a word with it when that h1 is only a link to
        # another page (the site's name: "<h1><a href='https://example.com/'>Example</a>").
        for shapes, headlines in groups:
            sharing = [
                h
                for h in h1s
                if h[2] == "h1" and any(clean.title_words(h[0]) & shape.first for shape in shapes)
            ]
            h1_shares = bool(sharing)
            h1_stands = any(not self._links_elsewhere(h[1][0]) for h in sharing)
            for h2 in self.doc.iter("h2"):
                if h2.find(".//a[@href]") is not None and not self._links_here(h2):
                    continue  # a listing's teaser (a blog post's h2 links to itself)
                text = clean.one_line(_heading_text(h2))
                if not 3 <= len(text) <= 400:
                    continue
                if len(text.split()) <= _LABEL_WORDS and self.menu_has(titles.title_key(text)):
                    # A box's heading that is a section of the site's menu ("Xã hội" over a
                    # list of stories), though <title> names that section too ("Xã hội |
                    # Headline | Site").
                    continue
                if (not h1_shares and clean.names_title(text, shapes)) or (
                    not h1_stands
                    and titles.title_key(text) not in sites
                    and any(titles.is_title_part(text, t) for t in headlines)
                ):
                    return [(text, [h2, *h2.iterancestors()], "h2")]
        return []

    def _headline_under_strapline(
        self, found: list[tuple[str, list[HtmlElement], str]], headlines: Sequence[str]
    ) -> list[tuple[str, list[HtmlElement], str]]:
        """The h2 set right under the one h1 that names a metadata title, when the title
        opens with the h2 and holds the h1 only after it: a strapline set as the h1 above its
        headline ("<h1>Strava-Update: POI bei Routen-Tool</h1><h2>Strava-Karten ab sofort mit
        mehr Infos</h2>" under <title> "Strava-Karten ab sofort … - Strava-Update: POI …"),
        where no class names the strapline (``_ASIDE_H1``). [] otherwise."""
        if len(found) != 1:
            return []
        key = titles.title_key(found[0][0])
        if any(titles.title_key(t).startswith(key) for t in headlines):
            return []  # the h1 opens the title: the headline
        if (h2 := h2_after(found[0][1][0])) is None:
            return []
        text = clean.one_line(_heading_text(h2))
        h2_key = titles.title_key(text)
        if (
            len(h2_key.split()) >= 3
            and h2_key not in key
            and any(
                titles.title_key(t).startswith(h2_key) and titles.is_title_part(text, t)
                for t in headlines
            )
        ):
            return [(text, [h2, *h2.iterancestors()], "h2")]
        return []

    def _without_section_labels(
        self, h1s: Sequence[tuple[str, list[HtmlElement], str]]
    ) -> list[tuple[str, list[HtmlElement], str]]:
        """The h1s less the section labels, when a longer h1 is left: CMS templates set the
        section as an h1 beside the headline's ("<h1 class='cate'><a href='/xa-hoi'>Xã hội</a>
        </h1>", before it or nearer the body), and the nearest h1, or the one a served <title>
        of the section's name names, would be the label. A label is an h1 whose words are all
        links to other pages (a section, a breadcrumb trail), or a short one (<= 3 words) whose
        words are a menu item's (a link in a list or a nav)."""
        longest = max((len(h[0].split()) for h in h1s), default=0)
        if len(h1s) < 2 or longest < 4:
            return list(h1s)
        kept = []
        for h in h1s:
            if h[2] == "h1" and len(h[0].split()) < longest:
                el = h[1][0]
                if self._links_elsewhere(el):
                    continue
                if len(h[0].split()) <= 3 and self.menu_has(titles.title_key(h[0])):
                    continue
                if self._menu_trail(h[0]):
                    continue
            kept.append(h)
        if self._label_above(kept):
            kept = kept[1:]
        return kept

    def _menu_trail(self, text: str) -> bool:
        """Whether *text* is a trail of the menu's sections set as plain text, two or more
        parted by a crumb's separator ("THỜI SỰ > TRONG NƯỚC", "Sport › Football"): a label,
        however many words its sections have (Vietnamese words are syllables)."""
        parts = _TRAIL_SEPARATOR.split(text)
        return len(parts) >= 2 and all(self.menu_has(titles.title_key(p)) for p in parts)

    def _label_above(self, h1s: Sequence[tuple[str, list[HtmlElement], str]]) -> bool:
        """Whether the first of a page's two h1s is a section label set right above the
        headline's ("<h1>Politics</h1><h1>Storm hits the coast overnight</h1>"), where no
        link or menu says so: a word or a few, nothing but markup between it and an h1 of four
        words or more, and no metadata title holds it (a section's page names its section).
        An h1 of a sidebar or a listing has text between."""
        if len(h1s) != 2 or any(h[2] != "h1" for h in h1s):
            return False
        (label, up), (headline, down) = (h1s[0][0], h1s[0][1]), (h1s[1][0], h1s[1][1])
        if len(label.split()) > _LABEL_WORDS or len(headline.split()) < 4:
            return False
        key = titles.title_key(label)
        md = self.md
        if any(
            key in titles.title_key(text)
            for text in (md.jsonld_headline, md.meta.get("og:title", ""), md.page_title)
            if text
        ):
            return False
        return not _text_between(self.doc, up[0], down[0]).strip()

    def menu_has(self, key: str) -> bool:
        """Whether *key* is a menu link to another page (a link in a list or a nav, three words
        or fewer: a site's section). Only the links of this key are resolved: a page has
        hundreds of menu links and an h1 asks about one key."""
        return any(k == key and not self._href_here(href) for k, href in self._menu_links)

    def site_menu_has(self, key: str) -> bool:
        """Whether *key* is a menu link of this site to another page (a list of links to an
        encyclopedia is no menu of sections)."""
        host = urlsplit(self.url).hostname
        return any(
            k == key
            and not self._href_here(href)
            and urlsplit(join_url(self.base_url, href) or "").hostname in (host, None)
            for k, href in self._menu_links
        )

    @property
    def _menu_links(self) -> list[tuple[str, str]]:
        """(title key, href) of the links in lists or navs, three words or fewer (a section's
        name; the labels asked about are no longer). Which lead elsewhere is asked per key:
        resolving every link costs more than the few keys asked about."""
        if self._menu_items is None:
            self._menu_items = []
            # The links inside a nav, gathered once: asking each link's ancestors walked the
            # whole depth of the page's tree for every link outside a list.
            in_nav = {a for nav in self.doc.iter("nav") for a in nav.iter("a")}
            for a in self.doc.iter("a"):
                href = a.get("href")
                parent = a.getparent()
                if not href or parent is None:
                    continue
                if parent.tag != "li" and a not in in_nav:
                    continue
                key = titles.title_key(a.text_content())
                if key and len(key.split()) <= _LABEL_WORDS:
                    self._menu_items.append((key, href))
        return self._menu_items

    def _without_lone_label(
        self, h1s: Sequence[tuple[str, list[HtmlElement], str]]
    ) -> list[tuple[str, list[HtmlElement], str]]:
        """The h1s less a page's one h1 when it is a section label beside a metadata headline:
        CMS templates set the section's name as the page's h1 ("<h1>Politics</h1>") and the
        headline elsewhere. A short h1 is often a page's real name (a place, a product), so
        the label must be a menu link of this site to another page (a section; a breadcrumb's
        last crumb is often the page itself), and a metadata title of four words or more that
        does not hold it must name the story."""
        ones = [h for h in h1s if h[2] == "h1"]
        if len(ones) != 1 or len(ones[0][0].split()) > _LABEL_WORDS:
            return list(h1s)
        key = titles.title_key(ones[0][0])
        names = [*self.site_names, *self.host_names]
        md = self.md
        for text in (md.jsonld_headline, md.meta.get("og:title", ""), md.page_title):
            headline = titles.title_key(titles.strip_site_parts(text, names)) if text else ""
            if headline.startswith(f"{key}:"):
                # The label as the headline's kicker ("Politics: Storm hits …").
                headline = titles.title_key(headline[len(key) + 1 :])
            if len(headline.split()) >= 4 and key not in headline:
                return (
                    [h for h in h1s if h is not ones[0]] if self.site_menu_has(key) else list(h1s)
                )
        return list(h1s)

    def _links_elsewhere(self, el: HtmlElement) -> bool:
        """Whether every word of *el* is a link to another page (a section, a crumb trail)."""
        return _all_links(el) and not self._links_here(el)

    @property
    def home_h1s(self) -> set[str]:
        """Title keys of the h1s that are a link to the site's front page ("<h1><a href='/'
        rel='home'>Blog name</a></h1>"): the site's logo or name, not a headline."""
        if self._home_h1s is None:
            self._home_h1s = set()
            for h1 in self.doc.iter("h1"):
                links = [a for a in h1.iter("a") if a.get("href") is not None]
                text = clean.one_line(_heading_text(h1))
                if (
                    len(links) == 1
                    and text
                    and clean.one_line(links[0].text_content()) == text
                    and self._goes_home(links[0])
                ):
                    self._home_h1s.add(titles.title_key(text))
        return self._home_h1s

    @property
    def declared_vietnamese(self) -> bool:
        """Whether the page says it is Vietnamese before its text is read: its declared
        language, or a .vn host (the templates the Vietnamese rules read)."""
        lang = (self.md.html_lang or "").strip().lower()
        host = (urlsplit(self.url).hostname or "").lower()
        return lang.startswith("vi") or host.endswith(".vn")

    def _goes_home(self, link: HtmlElement) -> bool:
        """Whether *link* leads to the site's front page: rel="home", or the root of this
        host (a language switch in the query aside: "/?locale=de-DE")."""
        if "home" in (link.get("rel") or "").split():
            return True
        parts = urlsplit(join_url(self.base_url, link.get("href", "").strip()) or "")
        if parts.path not in ("", "/") or (parts.hostname or "") != urlsplit(self.url).hostname:
            return False
        keys = {kv.split("=", 1)[0].lower() for kv in parts.query.split("&") if kv}
        return keys <= {"lang", "language", "locale", "l", "hl"}

    def _links_here(self, el: HtmlElement) -> bool:
        """Whether every link in *el* points to this page (a blog's permalink title)."""
        return all(self._href_here(a.get("href", "")) for a in el.iter("a") if a.get("href"))

    def _href_here(self, href: str) -> bool:
        """Whether *href* points to this page (or its canonical address)."""
        if self._here is None:
            self._here = {
                _page_key(self.url),
                _page_key(join_url(self.base_url, self.md.canonical)),
            }
        return _page_key(join_url(self.base_url, href)) in self._here

    def dom_sapo(self) -> tuple[str, HtmlElement | None]:
        for el, hints in self.hinted_by_kind[_SAPO_HINT]:
            if el.tag not in ("div", "p", "h2", "h3", "span", "section", "strong"):
                continue
            if content.is_negative(hints) and "summary" not in hints:
                continue
            text = clean.one_line(clean.element_text(el))
            if 40 <= len(text) <= 1200:
                return text, el
        return "", None

    def prefixed_leads(self) -> list[HtmlElement]:
        """The blocks whose text a lead prefix opens ("(BTN) - Sáng 8/1, …", vietnam-notes
        §2.2), 80-1200 characters, not in a link, a list item or under a link (other stories'
        teasers): the sapo where no class names it."""
        found = []
        for node in _PAREN_TEXT_XPATH(self.doc):
            holder = node.getparent()
            if holder is None or holder.tag not in _LEAD_TAGS or not clean.has_lead_prefix(node):
                continue
            if node.is_tail or any(a.tag in ("a", "li") for a in holder.iterancestors()):
                continue  # a link's text, or a teaser in a list of other stories
            if (previous := holder.getprevious()) is not None and previous.tag == "a":
                continue  # a teaser under its headline's link
            text = clean.one_line(holder.text_content())
            if 80 <= len(text) <= 1200 and text.startswith(clean.one_line(node)[:20]):
                found.append(holder)
        return found

    def bold_leads(self) -> list[HtmlElement]:
        """The blocks set wholly in bold that read as a sapo: 80-1200 characters ending a
        sentence, not in a link, a list item or under a link; old Vietnamese templates set the
        sapo in ``<b>`` or ``<strong>`` in a box of its own above the story, no prefix, no
        class (vietnam-notes §2.2)."""
        found = []
        for bold in _LONG_BOLD_XPATH(self.doc):
            holder = bold
            parent = bold.getparent()
            if (
                parent is not None
                and parent.tag in ("p", "div", "td")
                and not (parent.text or "").strip()
                and not (bold.tail or "").strip()
                and all(c is bold or c.tag == "br" for c in parent)
            ):
                holder = parent  # "<p><strong>…</strong></p>": the paragraph is the sapo
            if (
                any(a.tag in ("a", "li") for a in holder.iterancestors())
                or next(holder.iter("a"), None) is not None
            ):
                continue
            if (previous := holder.getprevious()) is not None and previous.tag == "a":
                continue  # a teaser under its headline's link
            text = clean.one_line(holder.text_content())
            if 80 <= len(text) <= 1200 and text[-1] in _SENTENCE_ENDS:
                found.append(holder)
        # The same sapo set as a classless heading of its own ("<h2>Sáng 8/1, …</h2>" between
        # the headline and the story's box): a sentence, as no headline or box heading is.
        for heading in self.doc.iter("h2", "h3"):
            if next(heading.iter("a"), None) is not None or any(
                a.tag in ("a", "li") for a in heading.iterancestors()
            ):
                continue
            text = clean.one_line(heading.text_content())
            if 80 <= len(text) <= 1200 and text[-1] in _SENTENCE_ENDS:
                found.append(heading)
        return found

    def dom_breadcrumbs(self) -> list[str]:
        for el, _ in self.hinted_by_kind[_CRUMB_HINT]:
            crumbs = [clean.one_line(clean.element_text(a)) for a in el.iter("a")]
            crumbs = [c for c in crumbs if c]
            if crumbs:
                return crumbs
        return []

    def dom_tags(self) -> list[str]:
        for el, hints in self.hinted_by_kind[_TAGS_HINT]:
            if el.tag not in ("div", "ul", "p", "section", "span"):
                continue
            if "tagline" in hints:
                continue
            links = [clean.one_line(clean.element_text(a)) for a in el.iter("a")]
            links = [t for t in links if 1 < len(t) <= 60]
            if 0 < len(links) <= MAX_TAGS:
                return links
        return []

    def dom_byline(self) -> list[str]:
        """Names the page marks up as its author: rel="author" links, itemprop="author"
        (its itemprop="name" when it has one), then elements whose class says author or byline
        ("author vcard", "byline__author", "field--name-field-term-author"); not those of a
        comment, a form or another story's box."""
        host = urlsplit(self.url).hostname or ""
        # Read once: ``_co_authors`` walks the same marks (and the same writer's-page links)
        # again beside the one accepted, on a tree nothing has changed in between.
        marks = _AUTHOR_MARKS(self.doc)
        marked = [(el, True) for el in marks if el.tag not in ("meta", "link")]
        hinted = (
            # hCard ("author vcard", "fn") marks a name as such: a user name counts there too.
            (el, bool(_VCARD.search(hints)) or el.find(".//*[@class='fn']") is not None)
            for el, hints in self.hinted_by_kind[_BYLINE_HINT]
        )
        # HTML's <address> inside an <article> holds its author's contact (the standard's
        # meaning): the writer's name, unmarked otherwise.
        addressed = (
            (el, False)
            for el in self.doc.iter("address")
            if any(up.tag == "article" for up in el.iterancestors()) and _names_a_person(el)
        )
        # A link to a writer's page whose text names that writer ("von <a href='/author/
        # fatima/'>Fatima</a>"): the address says "author" where no attribute does.
        author_links = self._author_links()
        links_seen: list[HtmlElement] = []
        linked = ((el, True) for el in _recorded(author_links, links_seen))
        # A link whose tooltip names its text as the writer ("Beiträge von Isabella Beyer"):
        # after the class hints, which a page that has them words more precisely.
        titled = ((el, True) for el in self._author_links(titled=True))
        # The label-only elements are looked for only when nothing marked or named a byline.
        labelled = ((el, False) for el in self._labelled())
        # An organisation in an explicit byline, for a page that names no person.
        self.organisation_byline = ""
        for el, strong in chain(marked, linked, hinted, titled, addressed, labelled):
            if el.tag not in _BYLINE_TAGS or _HIDDEN.search(el.get("style", "")):
                continue  # a hidden author link is for machines, not the reader's byline
            if any(
                _is_hiding(a.get("class") or "")
                for a in chain((el,), islice(el.iterancestors(), 3))
            ):
                continue  # the same, hidden by a class ("vcard rich-snippet-hidden")
            mark = el
            if el.get("itemprop") == "author":
                el = next(iter(el.xpath(".//*[@itemprop='name']")), el)
            text = clean.one_line(clean.element_text(el))
            if len(el) and _GLUED_WORDS.search(text):
                # "<div>Author</div><div>Jane Smith</div>", "<span>Jane Smith</span><span>
                # Senior Reporter</span>": boxes set apart by the theme's CSS, not one word.
                text = _spaced_text(el)
            if el.find(".//br") is not None:
                # "<span>Minh Anh</span><br><span>08/01/2026</span>": lines, not one glued
                # word ("Minh Anh08/01/2026"); the first line naming someone is the byline.
                text = _first_named_line(el, strong) or text
            explicit = labelled_by = strong
            if LABEL_ONLY.match(text):
                text = _text_after(el)
                explicit = labelled_by = True
            if not text or (len(text) > 80 and not clean.is_byline_line(text)):
                continue  # longer: a sentence, unless a label starts it ("Posted by A, B, C
                # and D - Team": a blog template's byline of several authors)
            # A user name only where the page says "author" in so many words (rel, itemprop,
            # a label: "von lupa am 26/10/13" in a forum post's author line).
            labelled_by = labelled_by or clean.is_byline_line(text)
            names = clean.byline_names(text, marked=strong or labelled_by)
            if not self.organisation_byline and (explicit or clean.is_byline_line(text)):
                self.organisation_byline = self._organisation(el, text, host)
            if not names or _not_this_articles(el, self.entries, self.headline_el):
                continue
            if names := clean.person_names(names, self.publishers, host):
                if mark.get("rel") == "author" or mark.get("itemprop") == "author":
                    names = self._co_authors(mark, names, host, marks)
                elif mark.tag == "a" and author_slug(mark.get("href") or ""):
                    # the links the byline search has read, then the rest of the same walk
                    names = self._co_authors(mark, names, host, chain(links_seen, author_links))
                return names
        return []

    def _co_authors(
        self,
        first: HtmlElement,
        names: list[str],
        host: str,
        others: Iterable[HtmlElement] | None = None,
    ) -> list[str]:
        """*names* and those of the other author marks in the same byline: one rel="author"
        link or itemprop="author" element a writer ("By <a rel=author>A</a>, <a rel=author>B
        </a> and <a rel=author>C</a>", two Person items side by side), set in the same box or
        each in a box of its own under the same one. An author box further down is another
        parent's."""
        parent = first.getparent()
        if parent is None:
            return names
        boxes = {parent, parent.getparent()} - {None}
        out = list(names)
        for other in _AUTHOR_MARKS(self.doc) if others is None else others:
            if other is first or other.tag in ("meta", "link") or len(out) >= _MAX_CO_AUTHORS:
                continue
            up = other.getparent()
            if up is None or not (up is parent or (up.getparent() in boxes and len(up) == 1)):
                continue
            if other.get("itemprop") == "author":
                other = next(iter(other.xpath(".//*[@itemprop='name']")), other)
            text = clean.one_line(clean.element_text(other))
            if not text or len(text) > 80 or _HIDDEN.search(other.get("style", "")):
                continue
            for name in clean.person_names(
                clean.byline_names(text, marked=True), self.publishers, host
            ):
                if name not in out:
                    out.append(name)
        return out

    def _organisation(self, el: HtmlElement, text: str, host: str) -> str:
        """The newsroom, agency or company an explicit byline names ("Por Agencia EFE"), kept
        for a page whose bylines name no person; not the site itself (the issue's model: a
        site's name is never its author), nor a byline in a hidden panel or another story."""
        org = clean.organisation_byline(text)
        if not org or names_site(org, self.publishers, host):
            return ""
        if _not_this_articles(el, self.entries):
            return ""
        if any(_HIDDEN.search(a.get("style", "")) for a in el.iterancestors()):
            return ""
        return org

    def title_byline(self, title: str) -> list[str]:
        """The author the served title names after the headline: "Mandarinen-Schmand-Kuchen
        von jesusfreak | Chefkoch", "Headline by Jane Doe - Site" (recipe sites and blogs put
        the author there and nowhere else)."""
        if len(title) < 3:
            return []
        for served in (self.md.meta.get("og:title", ""), self.md.page_title):
            if served.startswith(title) and (m := _TITLE_BY.match(served[len(title) :])):
                names = clean.byline_names(m.group("name"), marked=True)
                # Every part a name: "von Oma Erna und mehr Kuchen" is a phrase.
                return names if len(names) == len(clean.split_names(m.group("name"))) else []
        return []

    def first_post_author(self) -> list[str]:
        """A forum thread's starter: the data-author of the first post (forum software marks
        every post so), when nothing else names an author."""
        first = next(iter(_DATA_AUTHOR(self.doc)), None)
        if first is None:  # (posts sit in "reply" containers: no comment-box test here)
            return []
        name = clean.one_line(first.get("data-author", ""))
        return [name] if 2 <= len(name) <= 40 else []

    def profile_link_author(self) -> list[str]:
        """A person the page links to their profile beside their name, the profile's address
        ending in that name ("<div>Iris Lange-Fricke</div><a href='/experten/iris-lange-
        fricke'>zu allen Rezepten vom Autor</a>"): recipe and community sites name the author
        so and nowhere else. Names of two words or more: a one-word link there is as often
        "Login" or "Team"; not in menus, comments, the footer or other stories' boxes."""
        body = self.doc.find("body")
        if body is None:
            return []
        for link in body.iter("a"):
            match = _PROFILE_PATH.search(link.get("href") or "")
            if match is None or _not_this_articles(link, self.entries):
                continue
            if any(_is_hiding(a.get("class") or "") for a in islice(link.iterancestors(), 3)):
                continue
            if _in_menu(link, body):
                continue  # the site's menu links its team's pages
            if _teaser_link(link, link.get("href") or ""):
                continue  # another story's writer, beside its headline
            slug = match.group("slug").casefold()
            for el in (link, *islice(link.iterancestors(), 2)):
                text = clean.one_line(" ".join(el.itertext()))  # blocks apart
                if len(text) <= 120 and (name := _named_by_slug(text, slug)):
                    return [name]
                # A user name the address repeats, after a byline label ("von <a href=
                # '/user/Marianne1.html'>Marianne1</a> am 20.09.2020").
                handle = clean.one_line(link.text_content())
                if (
                    handle.casefold() == slug
                    and clean.is_byline_line(text)
                    and handle in clean.byline_names(text, marked=True)
                ):
                    return [handle]
        return []

    def credits_author(self) -> list[str]:
        """The writer a credits box names beside a writer's label ("<div class='credits'><div
        class='credit-label'>Interview</div><div class='credit-text'>SVEN MICHAELSEN</div>
        …<div>Fotograf</div><div>…</div></div>": magazines credit text and pictures so, in a
        box under the story); a photographer's or stylist's label names no author. Only a box
        whose class says "credits", where "Interview" or "Text" alone is a label, not a kicker."""
        host = urlsplit(self.url).hostname or ""
        for box, hints in self.hints.elements:
            if "credits" not in hints or not _CREDITS_BOX.search(hints):
                continue
            for label in box.iter():
                if not isinstance(label.tag, str) or len(label) or label is box:
                    continue
                if clean.one_line(label.text or "").casefold() not in _WRITER_LABELS:
                    continue
                value = label.getnext()
                if value is None and (up := label.getparent()) is not None:
                    value = up.getnext()  # label and name each in a box of its own
                if value is None:
                    continue
                text = clean.one_line(clean.element_text(value))
                names = clean.byline_names(text, marked=True) if len(text) <= 80 else []
                if names := clean.person_names(names, self.publishers, host):
                    return names
        return []

    def credits_box_author(self) -> list[str]:
        """The writer a Vietnamese longform story's credits box names ("<div class='e-credits'>
        Nội dung: Minh Anh<br>Ảnh: Thu Hà<br>Thiết kế: Lê Hương</div>"): the box whose class
        says "credits", which pruning takes out of the tree as a photo credit's, read line by
        line (``_credits_box``); the photographer and the designer are no authors."""
        for box, hints in self.hints.elements:
            if "credits" not in hints or not _CREDITS_BOX.search(hints):
                continue
            for line in _credits_box(box):
                if names := clean.byline_authors(line):
                    return names
        return []

    def more_by_author(self) -> list[str]:
        """The person the page's links list the work of ("<a href='../'>find more by Matthew
        Davis</a>", "Mehr von Jana Beck"), when every such link names the same one;
        [] if none or several (a box of other stories, each by its own writer)."""
        body = self.doc.find("body")
        if body is None:
            return []
        found = {
            name.casefold(): name
            for link in body.iter("a")
            if (name := more_by_name(link.text_content()))
        }
        return list(found.values()) if len(found) == 1 else []

    def person_boxes(self) -> list[PersonBox]:
        """Writers' boxes the page sets apart from the story ("<div><img alt='Jane Doe'>
        <strong>Jane Doe</strong><p>Jane Doe has covered …</p></div>" after the text, a card
        in the sidebar: avatar, name, "Senior reporter"). Read before pruning, which takes both
        boxes away (each keeps its ancestors of then, for ``_boxed_names`` to place it);
        ``_person_box_name`` says what makes one."""
        body = self.doc.find("body")
        if body is None:
            return []
        found: list[PersonBox] = []
        lengths: dict[HtmlElement, int] = {}  # boxes' text lengths: pictures share ancestors
        for img in body.iter("img"):
            if (hit := _person_box_name(img, lengths)) is None:
                continue
            el = hit[0]
            if _not_this_articles(el, self.entries, self.headline_el) or _in_menu(el, body):
                continue
            if all(el is not seen[0] for seen in found):
                found.append((*hit, list(el.iterancestors())))
        return found

    def copyright_owner(self, container: HtmlElement) -> list[str]:
        """The person a copyright line under the story names ("<p>© 2019 Sven Schreivogel
        </p>" after the text): on blogs and small sites the writer owns the text and says so
        there and nowhere else. Only inside the story's box, after its last paragraph and
        outside pictures: the site's footer names the site, a company or an office as often
        as a writer, and a picture's "© Name" is the photographer. A company, the site or a
        newsroom named there is no person (``clean.person_names``)."""
        host = urlsplit(self.url).hostname or ""
        for el in container.iter(*_COPYRIGHT_TAGS):
            own = el.text or ""
            if not ("©" in own or "(c)" in own.casefold() or "opyright" in own):
                continue
            text = clean.one_line(el.text_content())
            if len(text) > 120 or not (match := _COPYRIGHT.match(text)):
                continue
            if _in_picture(el, container) or _text_follows(el, container):
                continue
            name = match.group("name").strip()
            if (
                2 <= len(name.split()) <= 3
                and clean.is_name(name)
                and not names_site(name, self.publishers, host)  # a site named like a person
                and (names := clean.person_names([name], self.publishers, host))
            ):
                return names
        return []

    def _author_links(self, *, titled: bool = False) -> Iterator[HtmlElement]:
        """Links to a writer's page ("/author/jane-doe/", "/autor/frank_g", "/tac-gia/…")
        whose text is a name of at most four words sharing a word with the address: the byline
        a theme prints without marking it up. Not in menus (a site's list of its writers);
        "All articles" or an avatar's empty link beside the name names nobody."""
        body = self.doc.find("body")
        if body is None:
            return
        for link in body.iter("a"):
            href = link.get("href")
            if not href:
                continue
            # The cheap tests before the link's text: a page has ~150 links, most with a
            # tooltip, and the titled walk keeps only those whose tooltip says "posts by".
            if titled:
                title = link.get("title")
                if not title or not lists_posts(title):
                    continue
                slug = author_slug(href)
            elif not (slug := author_slug(href)):
                continue
            text = clean.one_line(link.text_content())
            if not text or len(text) > 60 or len(text.split()) > 4:
                continue
            # The address names the writer, or (``titled``) the link's tooltip does
            # ("Beiträge von Isabella Beyer" on "/author/mcag_ibr/", a login the address shows).
            if titled:
                if (slug and slug_names(text, slug)) or not titled_writer(title, text):
                    continue
                # A person's full name: a user name ("Posts by luxurious") is as often the
                # site's account as the story's writer (half B gained a page naming nobody
                # without it). Wherever the link sits: round 12's ablation measured the
                # round-11 condition that it sit in the story's line of facts (a day within
                # four levels) as costing half B without metadata and classes 0.0067 and
                # nothing on half A.
                if len(text.split()) < 2 or not clean.is_name(text):
                    continue
            elif not slug_names(text, slug):
                continue
            if _in_menu(link, body):
                continue
            if _teaser_link(link, href):
                continue
            yield link

    def _labelled(self) -> Iterator[HtmlElement]:
        """Elements that hold only a byline label ("<b>Von:</b>", "<h5>Autor:</h5>"): the
        name is the text after them. Lazily: ``dom_byline`` reads them only when nothing
        marked or named a byline (a list here measured the text of ~100 elements per page)."""
        body = self.doc.find("body")
        if body is None:
            return
        for el in body.iter(*_LABEL_TAGS):
            if (own := el.text) and len(own) > 24:
                continue  # its text starts with this: too long for a label (no text_content)
            if (
                (text := clean.element_text(el))
                and len(text) <= 24
                and LABEL_ONLY.match(text.strip())
                and not _after_a_comma(el)
            ):
                yield el

    # --- assembling --------------------------------------------------------------------------------

    def to_article(self) -> Article:
        md = self.md
        published, updated = self.dates()
        h1s = self._without_lone_label(self._without_section_labels(self.h1_candidates()))
        headings = self.named_headings(h1s)
        sapo, sapo_el = self.dom_sapo()
        # Without a sapo named so (class names hashed or absent): the blocks a lead prefix
        # opens ("(BTN) - …"), read before pruning, for the one set right above the body.
        leads = self.prefixed_leads() if sapo_el is None and self.declared_vietnamese else []
        # Without a prefix either: a block set wholly in bold (old templates' sapo).
        bold_leads = self.bold_leads() if sapo_el is None and self.declared_vietnamese else []
        crumbs = md.breadcrumbs or self.dom_breadcrumbs()
        dom_tags = self.dom_tags()
        # The story's headline: a box holding it is the story's, whatever its class says.
        self.headline_el = next((h[1][0] for h in (headings or h1s)[:1]), None)
        dom_authors = self.dom_byline()
        # Last resort, after the body's own byline lines: a forum thread's starter.
        starter = [] if dom_authors else self.first_post_author()
        meta_authors = self.metadata_authors()
        if self.declared_vietnamese and any(meta_authors):
            # A portal's or paper's name as the JSON-LD author ("Cổng thông tin điện tử tỉnh",
            # shown in its banner) names nobody: the byline steps below still look for one.
            host = urlsplit(self.url).hostname or ""
            meta_authors = [
                clean.person_names([n for n in names if len(n) <= 80], self.publishers, host)
                for names in meta_authors
            ]
        # Read before pruning, only when nothing better names an author (a pass over links).
        profiled = [] if dom_authors or any(meta_authors) else self.profile_link_author()
        # The same for a link listing a writer's work ("find more by Jane Smith"), which
        # pruning takes away with the footer or navigation that holds it.
        more_by = [] if dom_authors or any(meta_authors) else self.more_by_author()
        # And a writer's box after the story or a card in the sidebar, which pruning takes.
        boxed = [] if dom_authors or any(meta_authors) else self.person_boxes()
        sel = self._selectors

        # The names in the heading's date row, read before pruning takes the row away.
        row_names = {
            h[0]: (_date_row_names(h[1][0]), _date_row_names(h[1][0], vietnamese=False))
            for h in (headings or h1s)[:3]
        }
        # The short lines under the headline, read now for the same reason: pruning takes a
        # byline box whose class says "meta" ("entry-meta", "detail-meta") away as furniture.
        # Only where nothing marked or described names an author (a few elements' walk).
        header_lines = (
            {}
            if dom_authors or any(meta_authors)
            else {
                h[0]: _lines_under_headline(h[1][0]) + _loose_lines(h[1][0])
                for h in (headings or h1s)[:3]
            }
        )
        if not headings:
            # The menu's sections, which a title without a heading to name it may carry
            # ("Politics - Headline - Site"), read before pruning takes the menu away.
            self._menu_links  # noqa: B018
        headline_keys = self.headline_keys(headings)
        blocks, container = self.body_blocks(sapo_el, headline_keys)
        if leads and container is not None:
            blocks = _with_prefixed_lead(blocks, leads, container)
        title, title_source = self.title(h1s, container, headings, _section_names(crumbs))
        if title_source in ("jsonld", "og", "title"):
            title = titles.undecorated(title)
        language = self.language(blocks)
        blocks, credit, body_authors = self.strip_credits(blocks, language, published)
        # A signature is the byline set under the story (Vietnamese ones are read as plain
        # name lines by ``strip_credits``), out of the body like one.
        if (
            not body_authors
            and language != "vi"
            and container is not None
            and (body_authors := _signature(container, blocks))
        ):
            signed = max(i for i, b in enumerate(blocks) if b.kind == "p")
            blocks = blocks[:signed] + blocks[signed + 1 :]
        elif (
            not body_authors
            and language != "vi"
            and container is not None
            and (body_authors := _signature_with_role(container, blocks))
        ):
            blocks = blocks[:-1] if "\n" in blocks[-1].text else blocks[:-2]
        if not body_authors and container is not None:
            body_authors = _byline_under_heading(container, blocks)
        if (
            language == "vi"
            and not (body_authors or credit or dom_authors or any(meta_authors))
            and container is not None
        ):
            # Old CMSs set the byline under the story's box, in a bold or right-aligned line
            # of its own that no class marks: the container ends before it.
            credit, body_authors = _byline_after(container)
        if not (body_authors or dom_authors or any(meta_authors)) and container is not None:
            # (only where nothing else names one)
            body_authors = _byline_above(container, vietnamese=language == "vi")
        if not (body_authors or dom_authors or any(meta_authors)) and (
            lines := header_lines.get(title)
        ):
            body_authors = _header_byline(lines, vietnamese=language == "vi", headline=title)
        blocks = self.drop_repeats(blocks, title, "", headline_keys)
        blocks = self.drop_date_line(blocks, published, vietnamese=language == "vi")
        opening_block = blocks[0].text if blocks else ""
        second_block = blocks[1] if len(blocks) > 1 else None
        if title_source == "title" and language == "vi":
            # No heading, no metadata title: the short line opening the body, or the
            # headline-shaped block right above the body's container, is the headline set in
            # a plain block (old templates, class names hashed or absent), where the served
            # <title> is the site's name, a section or an injected gambling title.
            opening, rest = _opening_line(blocks)
            if opening and self._says_nothing_of(title):
                title, title_source = opening, "body"
                # The date line under the headline, which the headline hid from the first
                # look (a long first line ends that search: the story's text).
                blocks = self.drop_date_line(rest, published, vietnamese=language == "vi")
            elif opening and titles.title_key(opening) == titles.title_key(title):
                # the served headline over its date line, read into the body
                blocks = self.drop_date_line(rest, published, vietnamese=language == "vi")
            elif (
                container is not None
                and (above := _headline_above(container))
                and self._says_nothing_of(title)
            ):
                title, title_source = above, "body"
        elif (
            (
                title_source == "title"
                or (title_source == "og" and clean.is_publication_name(title, self.publishers))
            )
            and container is not None
            and self._names_nothing(title)
        ):
            # The same on pages in other languages, from the block above the body only: a
            # <title> (or og:title) that is the site's name or a generic label ("News",
            # "Actualités") with no h1 or metadata title says nothing of the story; the
            # headline set in a heading that opens the body (an h2 in the article's box), or
            # above the body in an h2 or a styled block, does. Not a paragraph opening the
            # body, as on Vietnamese pages: elsewhere a short first paragraph is the story's.
            opening, taken = _opening_heading(blocks)
            if opening:
                title, title_source = opening, "body"
                blocks = self.drop_date_line(blocks[taken:], published, vietnamese=False)
            elif above := _headline_above(container):
                title, title_source = above, "body"
        elif language == "vi":
            # The headline named by metadata or a heading, and the body opening with the same
            # headline over its date line and the sapo in one block of lines (old templates'
            # one cell): the headline and the date line leave, the sapo stays.
            opening, rest = _opening_line(blocks)
            if opening and titles.title_key(opening) == titles.title_key(title):
                blocks = self.drop_date_line(rest, published, vietnamese=True)
        # The sapo those lines held, now the body's first paragraph: the summary when nothing
        # else gives one (no class, prefix or description names it).
        lines_lead = (
            blocks[0].text
            if blocks
            and "\n" in opening_block
            and blocks[0].text != opening_block
            and (
                opening_block.endswith(blocks[0].text)
                # or the same box's next paragraph after a blank line ("<br><br>"), the
                # headline-and-date lines above it gone whole: the sapo set off by a gap
                or (blocks[0] is second_block and _blank_line_sapo(blocks[0]))
            )
            else ""
        )
        set_apart = ""  # the sapo set apart above the body's box, without class or prefix
        if bold_leads and container is not None:
            # Under the story's headline only: under another heading ("Tin tức trong ngày")
            # a bold paragraph is that box's.
            under = [el for el in bold_leads if _heading_above_is(el, title)]
            blocks = _with_prefixed_lead(blocks, under, container)
            set_apart = _lead_into(under, container)
        authors = (
            self.authors(dom_authors, body_authors, meta_authors)
            or self.authors([], starter, meta_authors=[])
            or self.authors([], self.title_byline(title), meta_authors=[])
            or self.authors([], profiled, meta_authors=[])
        )
        if not authors and language != "vi" and (credited := self.credits_author()):
            authors = self.authors([], credited, meta_authors=[])
        if not authors and language == "vi" and (credited := self.credits_box_author()):
            authors = self.authors([], credited, meta_authors=[])
        if (
            not authors
            and language != "vi"
            and container is not None
            and (owner := self.copyright_owner(container))
        ):
            # Last: the person a copyright line under the story names (a Vietnamese
            # page's © line names the newspaper, never a reporter).
            authors = self.authors([], owner, meta_authors=[])
        if not authors and (names := row_names.get(title, ([], []))[language != "vi"]):
            if language != "vi":
                # A row's unlabelled part may be the site or its owner ("Handball Schweiz").
                host = urlsplit(self.url).hostname or ""
                names = [n for n in names if not names_site(n, self.publishers, host)]
            # "<div class='info'><span>Minh Anh</span> | <span>08/01/2026 18:21</span></div>":
            # a name beside the date under the headline, where nothing marks it.
            authors = self.authors([], names, meta_authors=[])
        if not authors and language != "vi" and more_by:
            # Last of the people: the one a link lists the other stories of.
            authors = self.authors([], more_by, meta_authors=[])
        if not authors and (names := _boxed_names(boxed, container)):
            # Then one writer's box after the story or card beside it (``_boxed_names``).
            authors = self.authors([], names, meta_authors=[])
        # An agency or newsroom in an explicit byline, when no person is named: other
        # languages' bylines credit them so ("Von dpa", "Por Agencia EFE"); Vietnamese
        # pages name people or "PV", and an outlet after "Theo" is a credit.
        if not authors and language != "vi" and self.organisation_byline:
            authors = [self.organisation_byline]
        if language == "vi":
            # A byline element holding "Theo VnExpress" is a credit, and a one-word brand
            # ("VnExpress", "VietNamNet", "ZingNews") is an outlet, not a reporter: a
            # Vietnamese byline is a person, "PV" or initials.
            for name in authors:
                if found := clean.credit_of(name):
                    credit = credit or found
            authors = [n for n in authors if not clean.credit_of(n) and not _BRAND.match(n)]
            # The outlet the credit names ("Theo TTXVN") is the story's source, not its author,
            # when the author meta tag names it too.
            if outlet := _credited_outlet(credit):
                authors = [n for n in authors if n.casefold() != outlet]

        if not authors and language == "vi" and container is not None:
            authors = _bold_name_opening(container, blocks)
        if authors and language == "vi":
            blocks = _without_opening_byline(
                blocks,
                authors,
                lambda text: self._shows_published_day(text, published, vietnamese=True),
            )
        lead = self.strip_lead(blocks)
        summary = self.summary(sapo, title) or lead
        if not summary and language == "vi":
            summary = _set_apart_lead(blocks, container)
            if not summary and set_apart and any(b.text == set_apart for b in blocks[:3]):
                # The bold or heading sapo above the body's box, now its first paragraph: the
                # summary too, as a sapo named by a class is.
                summary = set_apart
            if not summary and lines_lead and blocks and blocks[0].text == lines_lead:
                summary = lines_lead
        if sel and sel.summary and (text := self._select_text(sel.summary)):
            summary = clean.strip_lead_prefix(text)
        if sel and sel.author and (text := self._select_text(sel.author)):
            authors = clean.byline_authors(text) or clean.split_names(text)
        if language == "vi":
            # Names set in capitals ("THÁI CẢNH") as the writer's name is written.
            authors = [clean.name_case(name) for name in authors]
        section = self.section(crumbs, title)
        if sel and sel.section and (text := self._select_text(sel.section)):
            section = text

        # A picture's caption is part of a Vietnamese story (the notes: captions carry who and
        # where, and readers quote them); elsewhere the web's convention, which both kinds of
        # development truth follow, leaves it out of the text. It stays in body_html either way.
        captions = language == "vi"
        body_text = "\n\n".join(
            b.text for b in blocks if b.text and (captions or b.kind != "image")
        )
        article = Article(
            url=self.url,
            title=title,
            body_text=body_text,
            body_html="\n".join(b.html for b in blocks),
            summary=summary,
            published=published,
            updated=updated,
            authors=authors,
            credit=credit,
            image=self.image(blocks),
            section=section,
            tags=self.tags(dom_tags),
            language=language,
            page_title=md.page_title,
            title_source=title_source,
        )
        if len(body_text) < 40 and not any(b.kind == "image" for b in blocks):
            article.reject_reason = "no-body"
        elif not title:
            article.reject_reason = "no-title"
        return article

    def headline_keys(
        self, headings: Sequence[tuple[str, list[HtmlElement], str]]
    ) -> frozenset[str]:
        """The page's titles as ``titles.title_key`` gives them: the headings that name the
        title, the JSON-LD headline, og:title and <title> without the site's name."""
        md = self.md
        texts = [
            *(h[0] for h in headings),
            md.jsonld_headline,
            clean.strip_site_suffix(md.meta.get("og:title", ""), self.site_names),
            clean.strip_site_suffix(md.page_title, self.site_names),
        ]
        return frozenset(key for text in texts if text and (key := titles.title_key(text)))

    def body_blocks(
        self, sapo_el: HtmlElement | None, headlines: frozenset[str] = frozenset()
    ) -> tuple[list[Block], HtmlElement | None]:
        sel = self._selectors
        if sel and sel.body and (roots := self._select(sel.body)):
            for css in sel.remove:
                for el in self._select(css):
                    content._drop(el)
            blocks: list[Block] = []
            for root in roots:
                blocks.extend(content.read_blocks(root, self.base_url))
            if blocks:
                return blocks, roots[0]
        stats = content.prune(self.doc, self.hints, headlines)
        container, stats = content.find_main(self.doc, stats)
        if container is None:
            return [], None
        content.drop_slideshows(container, stats)
        blocks = [
            block
            for lead in content.leading_blocks(container, stats, headlines)
            for block in content.read_blocks(lead, self.base_url, stats)
        ]
        blocks.extend(content.read_blocks(container, self.base_url, stats, headlines))
        for trail in content.trailing_blocks(container, stats):
            blocks.extend(content.read_blocks(trail, self.base_url, stats))
        for frame in content.continued_frames(container, stats):
            blocks.extend(content.read_blocks(frame, self.base_url, stats, headlines))
        blocks = content.without_closing_bio(blocks)
        if sapo_el is not None and _leads_into(sapo_el, container):
            # The sapo is the story's first paragraph (and its summary): set just above the
            # body's container, it is read into the body too.
            text = clean.one_line(sapo_el.text_content())
            if text and not any(b.text == text for b in blocks[:3]):
                blocks.insert(0, Block("p", text, f"<p>{escape(text, quote=False)}</p>"))
        return blocks, container

    def title(
        self,
        h1s: Sequence[tuple[str, list[HtmlElement], str]],
        container: HtmlElement | None,
        headings: Sequence[tuple[str, list[HtmlElement], str]] = (),
        sections: Sequence[str] = (),
    ) -> tuple[str, str]:
        """The article's own heading; the served <title> only when nothing else names it.

        A heading that names the page's title (``named_headings``; the one nearest the article
        block) is the headline as the reader sees it, without the site's name and other words
        metadata titles add; but a metadata title found inside the heading is the headline and
        the rest of the heading is set beside it ("Kicker Headline", "Headline Veröffentlicht
        von …"). Without such a heading, JSON-LD headline > og:title > the h1 nearest the
        article block.
        """
        sel = self._selectors
        if sel and sel.title and (text := self._select_text(sel.title)):
            return text, "selector"
        page_title = self.md.page_title
        h1, h1_source = _nearest_h1(h1s, container)
        sites = [*self.site_names, *self.host_names, *self.logo_names]
        # The site's menu names its sections as a breadcrumb does ("Politics - Headline -
        # Example News" under a menu with "Politics"): a word or a few.
        # (Read before pruning, on pages without a heading naming the title: ``to_article``.)
        # Only where a headline's four words or more are left: on a small site's page the
        # menu's word is its own ("Feuerwehr Oldenburg - Ausbildung").
        menu = (
            [
                key
                for text in (page_title, self.md.meta.get("og:title", ""))
                for part in titles.title_parts(text)
                if (key := titles.title_key(part)) and self.site_menu_has(key)
            ]
            if self._menu_items is not None
            else []
        )

        def without_sections(title: str) -> str:
            title = titles.strip_section_parts(title, sections)
            # A generic label a template sets before or after every headline ("Tin tức |
            # Headline", "Headline - Chi tiết tin") names no section and no story either.
            shorter = titles.strip_section_parts(title, [*menu, *NEWS_LABELS])
            return shorter if len(shorter.split()) >= 4 else title

        if not headings and h1 and _all_after(h1s, container):
            # Every h1 set after the article's text is a sidebar's or footer's heading
            # ("Quicklinks", "Unsere Partner"), not the headline, which comes before the text
            # it names: the page has no h1 to go by (an h2 opening the article may name it).
            h1, h1_source = "", ""
        if not headings and h1 and self._names_the_site(h1, sites):
            # A blog's name in its h1 ("Zahlenzauberin", the last part of "Post | Zahlenzauberin"):
            # not the story's headline, and a name to strip from the metadata titles.
            sites.append(h1)
            # Another h1 of a headline's length is the story's: the site's name set as an h1
            # above the headline's own, in the same box ("<h1>Site</h1><h1>Headline</h1>",
            # hashed or no class names) is nearer the article than no h1 at all.
            rest = [
                h
                for h in h1s
                if h[2] == "h1"
                and h[0] != h1
                and len(h[0].split()) >= _HEADLINE_WORDS
                and not self._names_the_site(h[0], sites)
            ]
            h1, h1_source = _nearest_h1(rest, container) if rest else ("", "")
        # A logo h1 holds the site's name and its slogan ("ProNATs e.V. Verein zur …"): the last
        # part of <title> or og:title that it starts with is that name ("Kinder und Arbeit »
        # ProNATs e.V.").
        for served in (page_title, self.md.meta.get("og:title", "")):
            key = titles.title_key(titles.last_part(served))
            if len(key) >= 4 and any(home.startswith(key) for home in self.home_h1s):
                sites.append(titles.last_part(served))
        og_title = clean.strip_site_suffix(self.md.meta.get("og:title", ""), self.site_names)
        # The section the breadcrumb names is no part of the headline either ("Xã hội -
        # Headline", "Headline | Thời sự | Site"): CMS templates put it in og:title and <title>.
        # (A kicker before a colon may name the section too, and is the headline's: it stays.)
        # A JSON-LD headline the CMS filled from the served <title> carries the site's name
        # there too ("Headline - Báo Tỉnh").
        jsonld_title = clean.strip_site_suffix(self.md.jsonld_headline, self.site_names)
        candidates = [
            (titles.strip_site_parts(jsonld_title, sites), "jsonld"),
            (without_sections(titles.strip_site_parts(og_title, sites)), "og"),
        ]
        # A metadata title that is only the publication's name, set alike on every page (a
        # portal's og:title), says nothing of the story when the served <title> does not
        # hold it: a headline starting with such a word ("Báo động …") is in <title> too.
        # Nor when the served <title> is that name too (a template's title on every page)
        # while a heading of other words stands on the page.
        # Nor does one that is exactly the site's name when <title> says more than the name
        # ("Headline | Example News" beside og:title "Example News"; "ICON • ICON Magazine"
        # says no more).
        site_keys = {titles.title_key(name) for name in sites}
        served_rest = titles.title_key(titles.strip_site_parts(page_title, sites))
        candidates = [
            ("", source)
            if text
            and clean.is_publication_name(text, sites)
            and (
                titles.title_key(text) not in titles.title_key(page_title)
                or (h1 and titles.title_key(text) not in titles.title_key(h1))
                or (
                    titles.title_key(text) in site_keys
                    and served_rest
                    and served_rest not in titles.title_key(text)
                )
            )
            else (text, source)
            for text, source in candidates
        ]
        if headings:
            heading, source = _nearest_h1(headings, container)
            if titles.title_key(heading) == titles.title_key(page_title):
                # A heading that copies the served <title> whole (a hidden h1 of the template)
                # carries its site's name as the title does: "Headline | Example".
                bare = titles.strip_site_parts(
                    clean.strip_site_suffix(heading, self.site_names), sites
                )
                if len(bare.split()) >= 3:
                    heading = bare
            if whole := _whole_of_cut(heading, candidates):
                return whole
            for text, meta_source in candidates:
                if text and text == heading:
                    return text, meta_source
            for text, meta_source in candidates:
                if (
                    text
                    and titles.title_key(text, casefold=False)
                    == titles.title_key(heading, casefold=False)
                    and not titles.is_cut(text)
                ):
                    # The heading without an end colon; a heading in capitals keeps them.
                    return text, meta_source
            served = titles.strip_site_parts(page_title, sites)
            if any(
                titles.same_or_cut(part, heading)
                for text in (*(c[0] for c in candidates), served)
                for part in titles.title_parts(text)
            ):
                # Another metadata title gives the whole heading (or its start, cut with "…"):
                # a shorter one inside it is a cut og:title, not the headline without a kicker.
                return heading, source
            for text, meta_source in candidates:
                if text and text in heading and not titles.colon_kicker(heading, text):
                    return text, meta_source
            # The served <title> found at the end of the heading: the heading's start is a
            # label or kicker ("Medienmitteilung der Direktion :Impfen und …").
            if (
                len(served.split()) >= 3
                and heading.endswith(served)
                and heading != served
                and not titles.colon_kicker(heading, served)
            ):
                return served, "title"
            if page_title and (rest := _after_own_kicker(headings, heading, source, page_title)):
                return rest, source
            return heading, source
        if (
            h1_source == "title-class"
            and page_title
            and _overlap(h1, page_title) == 0
            and clean.strip_site_suffix(f"x | {page_title}", sites) != "x"
            and not self._names_site_and_section(page_title)
        ):
            # A class-named "title" that shares no word with the served <title> is a widget's
            # ("Bildgröße ändern", an archive's banner), not the page's headline; unless that
            # <title> is only the site's name ("Báo Tây Ninh Online"), which says nothing.
            h1, h1_source = "", ""
        if h1 and (whole := _whole_of_cut(h1, candidates)):
            return whole
        if (
            h1
            and h1_source == "h1"
            and sum(h[2] == "h1" for h in h1s) == 1
            and not self._site_in(h1)
        ):
            # The page's one h1 is the headline as the reader sees it; metadata titles that
            # differ from it are search-engine variants ("Privatkredit-Zinsen: So ermitteln Sie
            # Ihre Kosten" for the h1 "Wie hoch sind die Zinsen für einen Privatkredit?").
            return h1, h1_source
        candidates.append((h1, h1_source))
        for text, source in candidates:
            if not text:
                continue
            if source != h1_source and h1:
                # Hacked pages rewrite <title> (and sometimes og:title with it); when a metadata
                # title is the served <title>, shares nothing with the article's h1 and reads as
                # gambling spam, the h1 wins. A one- or two-word h1 is a section label ("News"),
                # no headline to defend. Only a spam title: on the development sets a metadata
                # title sharing no word with the h1 was as often the headline as not (round 12's
                # ablation: the guard without the spam test took one page right, one wrong).
                if (
                    _overlap(text, h1) == 0
                    and _overlap(text, page_title) > 0.8
                    and len(h1.split()) >= 3
                    and title_is_spam(text)
                ):
                    continue
                # JSON-LD headlines are often cut to ~110 characters: the h1 has the whole one.
                stem = text.rstrip(" .…")
                if stem != text and h1.startswith(stem) and len(h1) > len(stem):
                    return h1, h1_source
            if source in ("jsonld", "og") and (
                titles.is_cut(text) or (source == "jsonld" and len(text) >= titles.HEADLINE_CAP)
            ):
                # A title cut to a length ("Storm hits … homes and…"): a later metadata title
                # that it starts has the whole one.
                served = titles.strip_site_parts(
                    clean.strip_site_suffix(page_title, self.site_names), sites
                )
                for whole, whole_source in (*candidates, (served, "title")):
                    # The shortest part that goes on from the cut one: "… | Site" left out.
                    parts = [
                        part
                        for part in titles.title_parts(whole)
                        if part != text
                        and titles.same_or_cut(text, part)
                        and not titles.is_cut(part)
                    ]
                    if parts:
                        return min(parts, key=len), whole_source
            if source in ("jsonld", "og"):
                # A kicker or section that only this metadata title puts before the headline
                # ("Kicker: Headline" beside "Site | Section: Headline"): the part both share.
                shared = titles.shared_part(text, page_title)
                if shared != text and len(shared.split()) >= 3:
                    return shared, source
            if source == "og" and not h1:
                # og:title carries the site's name as <title> does, when no tag names it.
                return titles.without_unnamed_site(text), source
            return text, source
        if page_title:
            stripped = clean.strip_site_suffix(page_title, self.site_names)
            served = without_sections(titles.after_crumbs(titles.strip_site_parts(stripped, sites)))
            if not h1 and (opening := self._opening_h2(container, served)):
                return opening, "h2"
            served = titles.without_unnamed_site(served)
            if titles.is_cut(served) and (whole := _whole_of_cut_title(self.doc, served)):
                # A <title> cut at 60 characters ("Headline that goes o...") where the page
                # sets the whole headline in an element no heading or class names.
                return whole, "body"
            return served, "title"
        return "", ""

    def _opening_h2(self, container: HtmlElement | None, served: str) -> str:
        """The h2 that opens the article, on a page whose only title is the served <title>
        (no h1, no metadata title): the page's heading is more specific than a <title> template
        ("Feuerwehr Oldenburg - Ausbildung" over "<h2>Bootsdienst Ausbildung</h2>"). It must be
        the first h2 before or in the article block after pruning, not a link teaser, hold
        every word of one part of <title> (a section label or widget does not; sharing a word
        is not enough: Vietnamese words are syllables, "văn hóa" is in many headlines) and add
        one (a heading that only repeats <title> says no more than it). A <title> with an
        empty headline slot ("National Rail Enquiries -") is the site's name: there the h2 need
        only share a word with it."""
        if container is None:
            return ""
        # The first h2 before the block that names a part of <title> (a sidebar's form or
        # events box may set its own h2 above the headline: "Vereinsfinder"), else the
        # block's first h2.
        seen = False
        for el in self.doc.iter(etree.Element):
            if el is container:
                seen = True
            if el.tag != "h2":
                continue
            if seen and container not in el.iterancestors():
                return ""
            if el.find(".//a[@href]") is not None and not self._links_here(el):
                continue
            text = clean.one_line(_heading_text(el))
            if not 3 <= len(text) <= 300:
                continue
            if _opens_with(text, served):
                return text
            if seen:
                return ""
        return ""

    def _says_nothing_of(self, served: str) -> bool:
        """Whether the served <title> (*served*, as the title step left it) says nothing of
        the story: a label of three words or fewer (a section, "Chi tiết tin"), the
        publication's name, the site's name and a section, or a gambling title injected by a
        hack (vietnam-notes §2, the seed page)."""
        page_title = self.md.page_title
        return (
            len(served.split()) <= 3
            or clean.is_publication_name(
                served, [*self.site_names, *self.host_names, *self.logo_names]
            )
            or self._names_site_and_section(page_title)
            or title_is_spam(page_title)
            or self._labels_only(served)
        )

    def _names_nothing(self, served: str) -> bool:
        """``_says_nothing_of`` for pages not in Vietnamese: a generic label ("News",
        "Aktuelles", "Actualités": ``GENERIC_TITLES``), the site's name, or the site's name
        and a section or labels. Not "three words or fewer", a menu's section or a gambling
        title: elsewhere a short <title> is often the page's own ("Tach auch!", a forum's
        "Forums-Regeln", also a link in its menu), and the spam test, made for the titles
        hacks inject into Vietnamese sites, took a German dog trainer's "… mit Hund im
        Winter - Martin Rütter DOGS" for one (half A, `no-meta`; fixed in round 13, see
        docs/trust.md "foreign names are not spam")."""
        key = titles.title_key(served)
        names = [*self.site_names, *self.host_names, *self.logo_names]
        return (
            key in GENERIC_TITLES
            or all(titles.title_key(p) in GENERIC_TITLES for p in titles.title_parts(served))
            or clean.is_publication_name(served, names)
            # the site's name as its host writes it ("Riverside News" on riversidenews.org)
            or titles.is_site_name(served, names)
            or self._names_site_and_section(self.md.page_title)
            or self._labels_only(served)
        )

    def _labels_only(self, served: str) -> bool:
        """Whether every part of the served <title> is a template's label: a news label ("Tin
        tức", "Sự kiện"), a section the page's menu links to, or the publication's name, as a
        portal's "Tin tức - Sự kiện" or "Cổng thông tin điện tử tỉnh - Tin tức - Sự kiện" on
        every story. One part that is neither (a headline's words) says something."""
        parts = [titles.title_key(p) for p in titles.title_parts(served)]
        names = [*self.site_names, *self.host_names, *self.logo_names]
        return len(parts) > 1 and all(
            key in NEWS_LABELS
            or key in PORTAL_LABELS
            or (len(key.split()) <= _LABEL_WORDS and self.menu_has(key))
            or clean.is_publication_name(key, names)
            for key in parts
        )

    def _names_site_and_section(self, page_title: str) -> bool:
        """Whether the served <title> is the site's logo h1 and a short label ("Báo Điện tử
        Tỉnh - Tin tức"): it says nothing of the story, as a <title> of the site's name alone."""
        parts = re.split(r"\s+[-–—|:»·]\s+|\s*\|\s*", page_title)
        rest = [p for p in parts if titles.title_key(p) not in self.home_h1s]
        return len(rest) < len(parts) and sum(len(p.split()) for p in rest) <= 2

    def _site_in(self, heading: str) -> bool:
        """Whether *heading*, or a part of it, is one of the site's names ("WordPress.com")."""
        names = {titles.title_key(name) for name in self.publishers}
        return any(titles.title_key(form) in names for form in publisher_names([heading], ""))

    def _names_the_site(self, h1: str, sites: Sequence[str]) -> bool:
        """Whether *h1* is the site's name: one of its names, or a last part of the served
        <title> or og:title that is not their first ("Post | Blog name")."""
        key = titles.title_key(h1)
        if key in {titles.title_key(name) for name in sites} or key in self.home_h1s:
            return True
        if titles.is_site_name(h1, sites):
            return True  # the name as the logo writes it ("Báo Tỉnh" on baotinh.vn)
        served = (self.md.page_title, self.md.meta.get("og:title", ""))
        # A headline that opens one served title and closes the other is the story's, set
        # after a section there ("Xã hội - Headline" beside "Headline - Báo Tỉnh"), not a name.
        # (A served title that is the name alone, "Blog name", has no first part to say so.)
        # Nor is it a name after a first part that is the site's: "Example News - Headline"
        # puts the name first and the headline last.
        return any(
            titles.title_key(titles.last_part(t)) == key
            and not titles.is_site_name(titles.first_part(t), sites)
            for t in served
        ) and not any(
            titles.last_part(t) and titles.title_key(titles.first_part(t)) == key for t in served
        )

    def strip_lead(self, blocks: list[Block]) -> str:
        """Remove a dateline prefix ("(BTN) -") from the first paragraph; return that paragraph
        when it had one (it is then the lead, usable as the summary)."""
        # The sapo may be set as the body's first heading (an h2 "sapo" inside the body's
        # container): with a dateline prefix it is the lead, and becomes a paragraph.
        first = blocks[0] if blocks and blocks[0].kind in ("p", "h") else None
        if first is None:
            return ""
        stripped = clean.strip_lead_prefix(first.text)
        if stripped == first.text or first.text.startswith(("-", "–", "—")):
            return ""
        first.kind = "p"
        first.text = stripped
        first.html = f"<p>{escape(stripped, quote=False)}</p>"
        return stripped

    def summary(self, sapo: str, title: str) -> str:
        md = self.md
        for text in (sapo, md.jsonld_description, md.meta.get("og:description", ""),
                     md.meta.get("description", ""), md.meta.get("twitter:description", "")):  # fmt: skip
            text = clean.one_line(text)
            if text and text != title and len(text) >= 20:
                return clean.strip_lead_prefix(text)
        return ""

    def metadata_authors(self) -> list[list[str]]:
        """The authors JSON-LD and the meta tags name, each source a list, read before pruning:
        only names the page also shows count (a name no reader can see is a CMS account or
        the template's default author of every page, not this story's byline)."""
        md = self.md
        meta_author = metadata_author(md)
        # A JSON-LD name holding the whole byline ("Minh Anh - Thu Hà"): one entry a person.
        jsonld = [n for name in md.jsonld_authors for n in _byline_parts(self._bare_author(name))]
        meta_author = self._bare_author(meta_author) if meta_author else ""
        sources = [jsonld, clean.split_names(meta_author) if meta_author else []]
        if not any(sources):
            return sources
        shown = _Shown(_shown_text(self.doc))
        named = [[n for n in names if shown.shows(n)] for names in sources]
        if any(named) and (hidden := self._hidden_text()):
            # Only in an element a class hides ("vcard rich-snippet-hidden": a theme's copy of
            # the author for search engines): no reader sees it.
            named = [[n for n in names if not _only_in(n, shown.text, hidden)] for names in named]
        return [[shown.display_name(n) for n in names] for names in named]

    def _bare_author(self, name: str) -> str:
        """A metadata author as a byline's names: without the "By " a theme copies from the
        shown byline ("By Jane Smith") nor the site's name after a bar ("Jane Smith | Courier")."""
        if name[:3].casefold() in ("by ", "por", "par", "doo", "wri", "pos"):
            name = _META_BY.sub("", name)
        if "|" in name:
            host = urlsplit(self.url).hostname or ""
            parts = [p for p in name.split("|") if not names_site(p, self.publishers, host)]
            name = "|".join(parts) if parts else name
        return name.strip(" |")

    def _hidden_text(self) -> str:
        """The text of the elements a class or their inline style hides ("display: none": a
        theme's copy of the author for machines), casefolded, one space between words."""
        hidden = [el for el, hints in self.hints.elements if _is_hiding(hints)]
        hidden += [style.getparent() for style in _STYLES(self.doc) if _HIDDEN.search(style)]
        return " | ".join(" ".join(el.text_content().split()).casefold() for el in hidden)

    def authors(
        self,
        dom_authors: list[str],
        body_authors: Sequence[str] = (),
        meta_authors: Sequence[list[str]] | None = None,
    ) -> list[str]:
        """People who wrote the story: JSON-LD authors > the author meta tag > names marked up
        in the page > a byline in the body; from each, only those that may be people
        (``clean.person_names``: no site, publisher, company, CMS account or URL)."""
        if meta_authors is None:
            meta_authors = self.metadata_authors()
        host = urlsplit(self.url).hostname or ""

        def people(names: Sequence[str]) -> list[str]:
            return clean.person_names([n for n in names if len(n) <= 80], self.publishers, host)

        for i, names in enumerate(meta_authors):
            if names := people(names):
                # Metadata often names only the first author; a marked-up byline that lists
                # them and more is the fuller line ("A, B and C" beside JSON-LD's "A"), and so
                # is a later source that does (JSON-LD "A", the author meta tag "A, B"), every
                # name of it shown on the page.
                for fuller in (dom_authors, *meta_authors[i + 1 :]):
                    more = people(fuller) if fuller else []
                    if len(more) > len(names) and _name_keys(names) <= _name_keys(more):
                        return more
                return names
        for names in (dom_authors, body_authors):
            if names := people(names):
                return names
        return []

    def strip_credits(
        self, blocks: list[Block], language: str, published: datetime | None = None
    ) -> tuple[list[Block], str, list[str]]:
        """Move the trailing credit ("Theo TQĐT") and byline lines out of the body; a date
        line under them ("Cập nhật: 08/01/2026 18:21" after the byline) is dropped on the way."""
        blocks = list(blocks)
        credit = ""
        authors: list[str] = []
        for _ in range(4):
            last = next((b for b in reversed(blocks) if b.kind in ("p", "h", "table")), None)
            if last is None or last is not _last_text_block(blocks):
                break
            if last.kind == "table" and ("\n" in last.text or len(last.text) > 60):
                break  # a data table; a one-cell layout table may hold the byline line
            # Each of its lines, else the block as one line ("Bài, ảnh:<br>THÁI CẢNH"): one
            # paragraph may hold the byline and the photo credit on lines of their own
            # ("<strong>Minh Anh</strong><br><em>Ảnh: Thu Hà</em>").
            if not clean.strip_end_marker_ending_sentence(last.text).strip(" ."):
                blocks.remove(last)  # a paragraph holding only the end marker "./."
                continue
            if last.kind == "p" and self._shows_published_day(
                last.text, published, vietnamese=language == "vi"
            ):
                # The story's date line set at its foot, below the byline: not the story's
                # words, and it hid the byline above it.
                blocks.remove(last)
                continue
            if last.kind == "p" and clean.is_own_address_line(last.text, self.url):
                # A print view's footer "Nguồn: https://<this site>/…": the page's own address,
                # no provenance, and it hid the byline and the credit above it.
                blocks.remove(last)
                continue
            lines = [
                part
                for line in last.text.split("\n")
                if line.strip()
                for part in clean.credit_line_parts(line)
            ]
            # Lines first: a name line and a credit line under it ("<b>Minh Anh</b><br><b>Theo
            # TTXVN</b>") read as one line are a four-word "name".
            found = _credit_lines(lines, credit, authors, language) if 1 < len(lines) <= 3 else None
            if found is None:
                found = _credit_lines([last.text], credit, authors, language)
            if found is None and language == "vi" and "\n" not in last.text:
                # The workplace in a paragraph of its own under the titled writer's name.
                above = _text_block_before(blocks, last)
                if above is not None and _signs_with_title(above.text, last.text):
                    blocks.remove(last)
                    continue
            if found is None:
                break
            credit, authors = found
            blocks.remove(last)
        # A byline set above the story ("Von Daniela Obers", "By Jane Doe | 12/10/2020").
        for first in _top_lines(blocks):
            # "---- by Kenneth Surin": rules and dashes before the byline are typography.
            if names := clean.byline_authors(first.text.lstrip("-–—*•· ")):
                authors = authors or names
                at = blocks.index(first)
                # A longform story's credits under its writer's line ("Nội dung: Minh Anh" /
                # "Ảnh: Thu Hà" / "Thiết kế: Lê Hương"): the photo and layout credits go too.
                end = at + 1
                while (
                    end < len(blocks)
                    and blocks[end].kind == "p"
                    and clean.photo_credit(blocks[end].text)
                ):
                    end += 1
                del blocks[at:end]
                break
        if last_block := _last_text_block(blocks):
            fixed = clean.strip_end_marker_ending_sentence(last_block.text)
            if fixed != last_block.text:
                last_block.text = fixed
                # The html is the escaped text in one element: fix its inner text the same way.
                if m := re.fullmatch(r"(<\w+>)(.*)(</\w+>)", last_block.html, re.DOTALL):
                    inner = clean.strip_end_marker_ending_sentence(m.group(2))
                    last_block.html = f"{m.group(1)}{inner}{m.group(3)}"
        return blocks, credit, authors

    def drop_repeats(
        self, blocks: list[Block], title: str, sapo: str, headlines: frozenset[str] = frozenset()
    ) -> list[Block]:
        """Drop the headline and the sapo when the body container repeats them at its start,
        and a lead picture's caption that is one of the page's titles (*headlines*,
        ``title_key`` form: the editor set the headline, or the served title, as the caption)."""
        out = []
        for i, block in enumerate(blocks):
            if i < 3 and block.text and block.text in (title, sapo):
                continue
            if (
                i < 3
                and block.kind in ("image", "caption")
                and block.text
                and titles.title_key(block.text) in headlines
            ):
                if block.kind == "caption":
                    continue
                block = Block("image", "", content._figure(block.src, ""), src=block.src)
            out.append(block)
        return out

    def drop_date_line(
        self, blocks: list[Block], published: datetime | None, *, vietnamese: bool = False
    ) -> list[Block]:
        """Drop the date line read into the body's start (a container widened to the box that
        holds the heading and its date line: "Thứ Năm, 08/01/2026 - 18:21"): a short block
        before the story's first paragraph, no sentence, that reads as the publication day. On
        a Vietnamese page the day in words ("Ngày 08 tháng 01 năm 2026 lúc 18:21") is one too."""
        if published is None:
            return blocks
        for i, block in enumerate(blocks[:3]):
            # A view counter on the line ("… | Lượt xem: 1.234") is furniture too.
            text = clean.without_view_counter(block.text)
            if block.kind == "p" and "\n" in text:
                # Old templates break lines, not blocks: the date line opening a block that
                # goes on with the sapo ("08/01/2026 18:21<br><b>(BTQ) - …</b>") leaves it.
                first, rest = text.split("\n", 1)
                first = clean.without_view_counter(first)
                if len(first) <= _DATE_LINE_MAX and self._shows_published_day(
                    first, published, vietnamese=vietnamese
                ):
                    kept = Block("p", rest, f"<p>{escape(rest, quote=False)}</p>")
                    return [*blocks[:i], kept, *blocks[i + 1 :]]
            if (
                block.kind == "image"
                and text
                and len(text) <= _DATE_LINE_MAX
                and self._shows_published_day(text, published, vietnamese=vietnamese)
            ):
                # The date line in italics under a cover picture ("<img><p><em>Thứ Tư, 16/09/2026
                # 12:48</em></p>" over a longform story) read as its caption: the picture stays.
                pictured = Block("image", "", content._figure(block.src, ""), src=block.src)
                return [*blocks[:i], pictured, *blocks[i + 1 :]]
            if block.kind != "p" or len(text) > _DATE_LINE_MAX:
                if len(text) > _DATE_LINE_MAX and (block.kind == "p" or "\n" in text):
                    break  # the story has started (a one-line heading or cell: the headline)
                continue
            if self._shows_published_day(text, published, vietnamese=vietnamese):
                return blocks[:i] + blocks[i + 1 :]
        return blocks

    def _shows_published_day(
        self, text: str, published: datetime | None, *, vietnamese: bool = False
    ) -> bool:
        """Whether *text* is a date line of the story: short (<= 60 characters), a full numeric
        day, no sentence ("." does not end it), read as the publication day. On a Vietnamese
        page (*vietnamese*), a line of its own with the month in words ("Ngày 8 tháng 1 năm
        2026") or a 2-digit year ("08/01/26 18:21", the publication day's) is one too."""
        if published is None or len(text) > _DATE_LINE_MAX or text.rstrip().endswith("."):
            return False
        if _NUMERIC_DAY.search(text) is None:
            # Elsewhere a name then its day closes a post ("Benni" / "10. September 2017"),
            # which the byline search reads as a signature.
            if not vietnamese or "\n" in text.strip():
                return False
            if _WORDED_DAY.search(text) is None:
                return _shows_short_year_day(text, published)
        shown = parse_date(text, now=self.now)
        return shown is not None and shown.date() == published.astimezone(shown.tzinfo).date()

    def section(self, crumbs: list[str], title: str) -> str:
        names = [c for c in crumbs if c.lower() not in HOME_CRUMBS and c != title]
        if names:
            return names[0]
        md = self.md
        if md.jsonld_section:
            return md.jsonld_section.split(",")[0].strip()
        if value := md.meta.get("article:section", ""):
            return value
        segments = [s for s in (split(self.url) or urlsplit("")).path.split("/") if s]
        for segment in segments[:-1]:
            if segment.lower() in GENERIC_SEGMENTS or re.fullmatch(r"[\d-]+", segment):
                continue
            if re.fullmatch(r"[A-Za-z][\w-]{1,40}", segment) and "." not in segment:
                return segment
            break
        return ""

    def tags(self, dom_tags: list[str]) -> list[str]:
        md = self.md
        for values in (md.jsonld_keywords, md.meta_all.get("article:tag", []), dom_tags,
                       _split_keywords(md.meta.get("news_keywords", ""))):  # fmt: skip
            seen: list[str] = []
            for value in values:
                value = clean.one_line(value)
                if value and value not in seen:
                    seen.append(value)
            if seen:
                return seen[:MAX_TAGS]
        return []

    def image(self, blocks: list[Block]) -> str:
        md = self.md
        for url in (md.meta.get("og:image", ""), md.jsonld_image, md.meta.get("twitter:image", ""),
                    md.meta.get("og:image:url", "")):  # fmt: skip
            if (
                url
                and not url.startswith("data:")
                and (joined := join_url(self.base_url, url.strip()))
            ):
                return joined
        return next((b.src for b in blocks if b.kind == "image"), "")

    def language(self, blocks: list[Block]) -> str:
        md = self.md
        head = self.doc.find("head")
        equiv = [
            el.get("content", "")
            for el in (head.iter("meta") if head is not None else ())
            if (el.get("http-equiv") or "").strip().lower() == "content-language"
        ]
        # The server's header comes last: it describes a whole site's responses, the page's own
        # declarations this page.
        declared = (md.html_lang, md.meta.get("og:locale", ""), md.jsonld_language, *equiv,
                    md.meta.get("content-language", ""), md.meta.get("language", ""),
                    self.content_language)  # fmt: skip
        text = " ".join(b.text for b in blocks[:20])
        return detect_language(declared, text, self.site.language if self.site else "vi")


# How many elements may stand between a sapo and the body's container (a byline, a share bar,
# the lead image) for the sapo to still be the body's first paragraph.
_LEAD_GAP = 40


def _leads_into(sapo: HtmlElement, container: HtmlElement) -> bool:
    """Whether *sapo*, outside *container*, comes right before it in document order."""
    if sapo is container or container in sapo.iterancestors() or sapo in container.iterancestors():
        return False  # inside: read with the container; around it: not a lead
    root = container.getroottree().getroot()
    if sapo.getroottree().getroot() is not root:
        return False  # pruned away as furniture
    end = None
    for i, el in enumerate(root.iter()):
        if el is sapo:
            end = i + sum(1 for _ in sapo.iterdescendants())
        elif el is container:
            return end is not None and i - end <= _LEAD_GAP
    return False


# A byline label a theme leaves in front of the name it copies into metadata ("By Jane Smith");
# not "von"/"de"/"di", which start surnames ("Di Maria", "Von Trapp").
_META_BY = re.compile(r"^(?:by|written\s+by|posted\s+by|por|par|door)\s+", re.IGNORECASE)
# Elements a page marks as its author: rel="author" links, microdata itemprop="author", a
# <byline> element (NewsML-like feeds rendered as pages). The attributes are selected and
# stepped back to their elements: libxml2 evaluates an element predicate ("//*[@rel=…]") in a new
# context for every element of the page, which made this query ~3x slower (same elements).
# Each walk is ``/descendant::*`` rather than ``//`` (``/descendant-or-self::node()/``, which
# also steps through every text node to reach their attributes and children: none): the same
# elements, ~27 % fewer instructions (1.07 → 0.78 M a page on ``extract_instructions``' pages).
_AUTHOR_MARKS = etree.XPath(
    "/descendant::*/@rel[.='author']/.. | /descendant::*/@itemprop[.='author']/.."
    " | /descendant::byline"
)
_BYLINE_TAGS = frozenset({
    "div", "p", "span", "a", "strong", "b", "em", "i", "small", "cite", "address", "li",
    "h4", "h5", "h6", "dd", "td", "ul", "byline", "dt", "label",
})  # fmt: skip
# A box of credits ("credits", "single-credits", "article-credits"), not "credits-photo".
_CREDITS_BOX = re.compile(r"(?<![\w-])(?:[\w-]*-)?credits(?![\w-])")
# Labels of the writer in a credits box (the interviewer wrote an interview).
_WRITER_LABELS = frozenset({
    "text", "texte", "testo", "texto", "tekst", "words", "story", "interview", "autor", "autorin",
    "author", "auteur", "autore", "text & interview", "text und interview",
})  # fmt: skip
# A copyright line naming its owner: "© 2019 Sven Schreivogel", "Copyright © 2010-2020 by Jane
# Doe. All rights reserved.", "(c) Johannes Wolf • Weitere Rechte siehe Impressum".
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*(?:©|\(c\))?|(?:©|\(c\))\s*(?:copyright)?)\s*"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?(?:by\s+|von\s+)?(?P<name>[^\W\d_][^•|·,.;:()©\d]{2,48}?)\s*(?:[•|·,.;:-]\s.*|[.,])?$",
    re.IGNORECASE,
)
_PICTURE_BOX = re.compile(
    r"caption|credit|image|img|photo|foto|picture|media|gallery", re.IGNORECASE
)
# The length of a paragraph of the story's text (a copyright line under the story has none
# after it).
_STORY_LINE = 100
# A caption's box: up to this many levels above a © line, holding an image and no more text
# than a caption's.
_CAPTION_DEPTH = 3
_CAPTION_BOX = 200


def _in_picture(el: HtmlElement, container: HtmlElement) -> bool:
    """*el* sits in a figure or a box named for a picture, inside *container*; or, where no
    <figure> or class says so, a small box within three levels above it holds an image and
    no more text than a caption's ("<div><img><div><span>© Name</span></div></div>")."""
    for depth, anc in enumerate(chain((el,), el.iterancestors())):
        if anc is container:
            return False
        if anc.tag in ("figure", "figcaption") or _PICTURE_BOX.search(
            f"{anc.get('class') or ''} {anc.get('id') or ''}"
        ):
            return True
        if (
            0 < depth <= _CAPTION_DEPTH
            and anc.find(".//img") is not None
            and len(anc.text_content()) <= _CAPTION_BOX
        ):
            return True
    return False


def _text_follows(el: HtmlElement, container: HtmlElement) -> bool:
    """A paragraph of the story's text comes after *el* inside *container*."""
    for node in chain((el,), el.iterancestors()):
        if node is container:
            return False
        for sib in node.itersiblings():
            if isinstance(sib.tag, str) and any(
                len(clean.one_line(p.text_content())) > _STORY_LINE for p in sib.iter("p")
            ):
                return True
    return False


_COPYRIGHT_TAGS = ("p", "div", "span", "small", "li", "td", "footer", "address", "font")
# Writers one byline may mark up one by one (beyond this, a list of the site's staff).
_MAX_CO_AUTHORS = 6
# (``/descendant::*`` rather than ``//``: see ``_AUTHOR_MARKS``)
_DATA_AUTHOR = etree.XPath("/descendant::*/@data-author/parent::*[self::article or self::div]")
# Elements that may hold a byline label alone, the name after them.
# (and a table's cell: "<td>Autor</td><td>Katrin Vogel</td>", an old CMS's table of facts)
_LABEL_TAGS = ("b", "strong", "span", "em", "i", "h5", "h6", "dt", "small", "label", "td", "th")
_VCARD = re.compile(r"(?<![a-z])(?:vcard|fn)(?![a-z])")
# Where a name is not this article's byline: comments, forms, the site's footer credits, an
# item of a listing of other stories ("fachartikel-listing__item").
_NOT_BYLINE_BOX = re.compile(
    r"comment|respond|reply|binh-?luan|y-?kien|site-?info|site-?footer|copyright|powered-?by"
    r"|listing",
    re.IGNORECASE,
)
# Remembered per class string, ASCII ones matched lower-cased (``remembered_search``).
_is_not_byline_box = remembered_search(_NOT_BYLINE_BOX)


def _names_a_person(address: HtmlElement) -> bool:
    """Whether an <address> opens with a person's full name ("Jane Smith", "Jane Smith, Staff
    Writer", "By Jane Smith") and holds no postal address (digits) nor a place alone."""
    text = clean.one_line(address.text_content())
    if not text or any(ch.isdigit() for ch in text):
        return False
    first = (clean.byline_authors(text) or [text.split(",")[0].strip()])[0]
    return clean.is_name(first) and 2 <= len(first.split()) <= 3


def _not_this_articles(
    el: HtmlElement, entries: Sequence[HtmlElement] = (), headline: HtmlElement | None = None
) -> bool:
    """A name in a comment thread, a form's label ("Name *"), the site's footer ("Theme by
    …") or another story's box (a related story's author). A box named like a teaser right
    beside the page's h1 ("teaser__metadata" under the headline) or inside the page's one
    hAtom entry (a blog post) is this article's own."""
    if el.find(".//input") is not None or (
        el.tag == "label" and not LABEL_ONLY.match(el.text_content().strip())
    ):
        return True
    for anc in el.iterancestors():
        if anc.tag in ("label", "footer") or _is_not_byline_box(
            f"{anc.get('class') or ''} {anc.get('id') or ''}"
        ):
            return True
    if not in_other_stories(el):
        return False
    if any(anc.find(".//h1") is not None for anc in islice(el.iterancestors(), 3)):
        return False
    # A box named like a widget or a teaser that holds the story's own headline is the
    # story's ("widget Blog" on Blogger, "teaser--only-body" on an <article>), which microdata
    # said before on a page that has it.
    if (
        headline is not None
        and (box := other_stories_box(el)) is not None
        and any(anc is box for anc in headline.iterancestors())
    ):
        return False
    return not (len(entries) == 1 and entries[0] in set(el.iterancestors()))


# A profile page's address: "/author/jane-doe/", "/experten/iris-lange-fricke", "/user/x.html".
_PROFILE_PATH = re.compile(
    r"/(?:author|authors|autor|autoren|autorin|experten|expert|experts|user|users|profile"
    r"|profil|people|menschen|person|personen|mitarbeiter)/(?P<slug>[^/?#.]{3,60})/?"
    r"(?:\.html?)?(?:[?#].*)?$",
    re.IGNORECASE,
)


# Menus and navigation bars (a site's menu links its team's pages).
_MENU = re.compile(r"(?<![a-z])(?:menu|nav|navbar|navigation)(?![a-z])", re.IGNORECASE)
_is_menu = remembered_search(_MENU)


def _in_menu(link: HtmlElement, body: HtmlElement) -> bool:
    """*link* is a menu's: inside a ``<nav>``, a box classed as a menu (not ``<body>``, whose
    class names the page's template: "has-menu"), or an item of a list set inside another
    list's item: a drop-down's submenu ("<li>Menschen<ul><li><a href='/menschen/team'>Team
    </a></li>…"), which is how a div-and-table template, with no ``<nav>`` and no telling
    class, writes its menu; a byline is never a submenu's item (a comment thread's nesting
    is no byline either)."""
    items = 0
    for a in link.iterancestors():
        if a is body:
            return False
        if a.tag == "nav" or _is_menu(a.get("class") or ""):
            return True
        if a.tag == "li":
            items += 1
            if items == 2:
                return True
    return False


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _named_by_slug(text: str, slug: str) -> str:
    """The run of words in *text* whose address form is *slug* ("Iris Lange-Fricke" for
    "iris-lange-fricke", "Rainer Quitzow" in "Prof. Dr. Rainer Quitzow"), when it is a name."""
    words = text.split()
    for size in (2, 3, 4):
        for start in range(len(words) - size + 1):
            if not all(any(ch.isalpha() for ch in w) for w in words[start : start + size]):
                continue  # a separator is no word of a name ("| Login" of "… | Login")
            run = " ".join(words[start : start + size])
            folded = run.casefold().replace("ß", "ss")
            # Addresses drop accents ("nguyen-van-a") or spell umlauts out ("ruetter").
            keys = {_bare(folded), _bare(folded.translate(_UMLAUTS))}
            if {re.sub(r"[\W_]+", "-", k).strip("-") for k in keys} & {
                slug,
                slug.replace("_", "-"),
            }:
                return run if clean.is_name(run) else ""
    return ""


# A writer's box or card (``Page.person_boxes``): the name's element, the name, "role" or "bio"
# (what stands beside it) and the element's ancestors before pruning.
PersonBox = tuple[HtmlElement, str, str, list[HtmlElement]]

# A writer's box: how far above the avatar it may reach, and its most text (a name, a job
# title or a bio of a sentence or two, a link to more; a longer box is a story or a list).
_PERSON_BOX_DEPTH = 3
_DIGIT = re.compile(r"\d")
_PERSON_BOX_TEXT = 400
# The elements that may set the name on a line of its own in the box.
_PERSON_NAME_TAGS = ("a", "strong", "b", "h2", "h3", "h4", "h5", "h6", "p", "span", "div")
# The lines that may hold the bio or the job title.
_PERSON_LINE_TAGS = ("p", "div", "span", "small", "em", "i", "li")


def _person_box_name(
    img: HtmlElement, lengths: dict[HtmlElement, int]
) -> tuple[HtmlElement, str, str] | None:
    """The name element of the small box above *img* when the box is a writer's: a full name
    (two to four words) on a line of its own that the picture names too (its alt text is the
    name, or its file is named for it: "/img/staff/jane-doe.jpg"), and beside it a bio that
    opens with the name ("Jane Doe has covered …", "Phạm Thu Trang là phóng viên …") or a job
    title line ("Senior reporter", "Redakteurin"). Pictures in a figure are an interviewee's
    portrait, the caption naming them: never a writer's box. Gives the name's element, the
    name and what stands beside it ("role" or "bio", ``_beside_person_name``). *lengths*
    remembers the text length of each box looked at."""
    alt = clean.one_line(img.get("alt") or "").casefold()
    src = (img.get("src") or img.get("data-src") or "").rsplit("/", 1)[-1]
    stem = src.rsplit(".", 1)[0].casefold()
    # A name has two to four words and no digit (``clean.is_name``): a picture whose alt text
    # is not such a run and whose file name joins no words ("IMG_2034", "a1b2c3", "anh-1")
    # names nobody, and most of a page's pictures are ruled out before any walk.
    slugged = ("-" in stem or "_" in stem) and not _DIGIT.search(stem)
    if not slugged and not (2 <= len(alt.split()) <= 4 and not _DIGIT.search(alt)):
        return None
    for box in islice(img.iterancestors(), _PERSON_BOX_DEPTH):
        if box.tag in ("figure", "figcaption", "body", "article", "main"):
            return None
        if (length := lengths.get(box)) is None:
            length = lengths[box] = len(clean.one_line(box.text_content()))
        if length > _PERSON_BOX_TEXT:
            return None
        for el in box.iter(*_PERSON_NAME_TAGS):
            name = clean.one_line(el.text_content())
            if not 2 <= len(name.split()) <= 4:
                continue
            # The cheap test first: most candidates are not the alt text and the file joins
            # no words.
            if name.casefold() != alt and (not slugged or _named_by_slug(name, stem) != name):
                continue  # the avatar is someone else's, or nobody's
            if not clean.is_name(name):
                continue
            line = el.getparent() if el.tag in ("a", "strong", "b", "span") else el
            if line is None or clean.one_line(line.text_content()) != name:
                continue  # a name inside a sentence is a mention, not the box's title
            if kind := _beside_person_name(box, el, name):
                return el, name, kind
    return None


def _outside_links(el: HtmlElement) -> bool:
    """*el* is not inside a link."""
    return all(anc.tag != "a" for anc in el.iterancestors())


def _beside_person_name(box: HtmlElement, name_el: HtmlElement, name: str) -> str:
    """What stands beside *name* in *box*: "role" when another line is a job title
    (``clean.is_role``), else "bio" when one opens with the name then a lower-case word
    ("Jane Doe has covered …"), else "" (nothing says the box is a writer's)."""
    bio = False
    for el in box.iter(*_PERSON_LINE_TAGS):
        if el is name_el or name_el in el.iterancestors() or el in name_el.iterancestors():
            continue
        line = clean.one_line(el.text_content())
        # A job title is a line of plain text: a link's ("More from this writer") is a button.
        if clean.is_role(line) and el.find(".//a") is None and _outside_links(el):
            return "role"
        bio = bio or (line.startswith(name + " ") and line[len(name) + 1 : len(name) + 2].islower())
    return "bio" if bio else ""


def _boxed_names(boxed: list[PersonBox], container: HtmlElement | None) -> list[str]:
    """The one name *boxed* (``Page.person_boxes``) gives: a box inside *container* with a
    paragraph of the story after it is the story's own (an interviewee's portrait), never a
    byline. A writer's card with a job title counts anywhere else (the sidebar); a box with only
    a bio only after the story, in the box that holds the story's text (a blog's "about me" in
    the sidebar names the site's owner, not the story's writer). Several different names are a
    list of the site's writers, no byline."""
    names: dict[str, str] = {}
    for el, name, kind, ups in boxed:
        if container is not None and any(up is container for up in ups):
            if _text_follows(el, container):
                continue
        elif kind != "role" and container is not None:
            story = container.getparent()
            if story is None or all(up is not story for up in ups):
                continue
        names[name.casefold()] = name
    return list(names.values()) if len(names) == 1 else []


# The words of another story's headline linked beside its byline in a teaser.
_TEASER_WORDS = 5
# ... and the words of a headline opening a list item the writer's link is in.
_ITEM_TEASER_WORDS = 3
# A word without a letter: a day's number, a year, a separator.
_NO_LETTER = re.compile(r"^[\W\d_]*$")
_TEASER_DEPTH = 3


def _recorded(items: Iterator[HtmlElement], seen: list[HtmlElement]) -> Iterator[HtmlElement]:
    """*items*, each appended to *seen* as it is handed on: a later reader takes ``chain(seen,
    items)`` for the whole sequence without walking the page a second time."""
    for item in items:
        seen.append(item)
        yield item


def _teaser_link(link: HtmlElement, href: str) -> bool:
    """*link* is the byline of a teaser: a box within three levels above it links a
    headline of five words or more to another page ("<div><a href='/author/bertin-sanders/'>
    Bertin Sanders</a></div><div><a href='/from-belgium-with-shame/'>As a citizen, as a human
    being …</a></div>" in a column of opinion pieces); a box holding an h1 is the story's own
    header."""
    for box in islice(link.iterancestors(), _TEASER_DEPTH):
        if box.tag == "body" or box.find(".//h1") is not None:
            return False
        item = box.tag == "li"
        for other in box.iter("a"):
            target = other.get("href") or ""
            if other is link or target == href or target.startswith("#"):
                continue
            words = other.text_content().split()
            letters = sum(not _NO_LETTER.match(w) for w in words)
            # A headline stands alone in its box; a link inside a sentence of the story's
            # text does not ("… <a>in diesem Video deutliche Worte</a> …"). Its words are
            # words: the story's own date link ("2. Februar 2020 2. Februar 2020", the day
            # set twice for two screens) is no headline.
            up = other.getparent()
            if letters >= _TEASER_WORDS and up is not None and up.text_content().split() == words:
                return True
            # A list item opened by a link to another page, a headline of three words or
            # more, the writer's link after it ("<li><a>Harbour festival draws thousands</a>
            # <span>By <a href='/people/…'>…</a></span></li>", a related-stories list, round
            # 13): a byline's own item holds no such link first.
            if (
                item
                and letters >= _ITEM_TEASER_WORDS
                and not author_slug(target)
                and " ".join(box.text_content().split()).startswith(" ".join(words))
            ):
                return True
    return False


# The hAtom entry of a blog post ("post hentry", "h-entry").
_ENTRY = re.compile(r"(?<![\w-])h-?entry(?![\w-])")


# An inline style that hides the element.
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# The inline styles of the body's descendants, in document order (one XPath, in C; each value
# knows its element). Selecting the attributes costs libxml2 about two thirds of the element
# predicate ``/html/body//*[@style]``, which it evaluated in a new context for every element,
# and only the few hiding styles' elements are made Python objects.
_STYLES = etree.XPath("/html/body/descendant::*/@style")


# One word with a capital after a small letter inside it: a brand ("VnExpress", "CafeF"),
# never a Vietnamese personal name (syllables are words of their own).
_BRAND = re.compile(r"^[^\W\d_]*[^\W\d_A-ZĐÀ-Ỹ][A-ZĐ][\w.]*$")
# What a served title adds after the headline to name its author: " von jesusfreak | Chefkoch".
_TITLE_BY = re.compile(
    r"^\s+(?:von|by|par|por|di|door|przez)\s+(?P<name>[^|•·»/–—-]{2,40}?)\s*(?:[|•·»/–—-]\s.*)?$",
    re.IGNORECASE,
)
_EMPHASIS = frozenset({"strong", "b", "em", "i"})
_RIGHT = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)
# "— Jane Smith", "-- Jane Smith", "(Max Mustermann)": the name a signature line holds; it ends
# in a letter ("— Ende —" closes the text), and an article opens a phrase ("— The End").
_SIGNED = re.compile(
    r"(?:—|–|--?)\s*(?!(?:The|Der|Die|Das|Le|La|El|Il)\s)([^\W\d_][^()—–]*[^\W\d_])"
    r"|\((?!(?:The|Der|Die|Das|Le|La|El|Il)\s)([^\W\d_][^()]*[^\W\d_])\)"
)


def _signature(container: HtmlElement, blocks: list[Block]) -> list[str]:
    """A signature under the story: its last paragraph a person's name of two or three words
    set apart in bold or italics, or aligned right ("<p><strong>Marina Mucha</strong></p>",
    "<p align=right><em>Denis Clerc</em></p>"). In plain text such a line may be a German
    noun phrase ("Guten Appetit"); the setting says it signs the story."""
    last = next((b for b in reversed(blocks) if b.kind == "p"), None)
    if last is None or len(last.text) > 40:
        return []
    for p in reversed(container.findall(".//p")):
        text = clean.one_line(p.text_content())
        if not text:
            continue
        if text != last.text:
            return []
        children = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
        emphasised = (
            len(children) == 1
            and children[0].tag in _EMPHASIS
            and not (p.text or "").strip()
            and not (children[0].tail or "").strip()
        )
        right = p.get("align", "").lower() == "right" or bool(_RIGHT.search(p.get("style", "")))
        # A dash before the name or brackets round it ("— Jane Smith", "(Max Mustermann)"),
        # or a class naming the paragraph a signature, set it apart as plainly.
        if set_apart := _SIGNED.fullmatch(text):
            text = set_apart.group(1) or set_apart.group(2)
        signed = "signature" in p.get("class", "").lower()
        if not (emphasised or right or set_apart or signed):
            return []
        names = clean.split_names(text)
        if names and all(clean.is_name(n) and 2 <= len(n.split()) <= 3 for n in names):
            return names
        return []
    return []


def _byline_under_heading(container: HtmlElement, blocks: list[Block]) -> list[str]:
    """A byline further down, right under a heading, its name set apart in bold, italics or a
    link ("<h4>Ein detektivischer Musikfilm</h4><p>von <em>Klaus Stanjek</em></p>"): the
    setting says the words after the label are a name, not a sentence's start. The paragraph
    leaves *blocks*."""
    for i, block in enumerate(blocks[1:12], 1):
        if block.kind != "p" or blocks[i - 1].kind != "h" or len(block.text) > 60:
            continue
        if not (names := clean.byline_authors(block.text)):
            continue
        for p in container.iter("p"):
            if clean.one_line(p.text_content()) != block.text:
                continue
            children = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
            if (
                len(children) == 1
                and children[0].tag in _NAME_SETTING
                and not (children[0].tail or "").strip()
                and clean.byline_authors(clean.one_line(children[0].text_content())) is None
            ):
                blocks.remove(block)
                return names
            break
    return []


# How many set-apart lines under the story's box are read as its byline and credit.
_AFTER_LINES = 2
_ALIGN_RIGHT = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)


def _set_apart(el: HtmlElement) -> bool:
    """Whether *el*'s words are all set in bold or aligned right (the setting of a byline
    line on old Vietnamese templates): a right-aligned block or cell, or words only inside
    ``b``/``strong``."""
    for node in el.iter():
        if isinstance(node.tag, str) and (
            (node.get("align") or "").lower() == "right"
            or _ALIGN_RIGHT.search(node.get("style") or "")
        ):
            return True
    for text in el.xpath(".//text()"):
        if not text.strip():
            continue
        holder = text.getparent()
        if not text.is_text:
            holder = holder.getparent()  # a tail belongs to the element's parent
        while holder is not None and holder.tag not in _BOLD:
            if holder is el:
                return False
            holder = holder.getparent()
        if holder is None:
            return False
    return True


def _box_lines(el: HtmlElement) -> list[str]:
    """*el*'s lines of text: a line ends at each <br> and around each block inside it."""
    pieces: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.text:
            pieces.append(node.text)
        for child in node:
            if child.tag == "br":
                pieces.append("\n")
            elif isinstance(child.tag, str):
                block = child.tag in _LINE_BLOCKS
                pieces.append("\n" if block else "")
                walk(child)
                pieces.append("\n" if block else "")
            if child.tail:
                pieces.append(child.tail)

    walk(el)
    return [line for part in "".join(pieces).split("\n") if (line := clean.one_line(part))]


_LINE_BLOCKS = frozenset({"p", "div", "li", "section", "h2", "h3", "h4", "h5", "h6"})
# How many lines a credits box holds at most: the writer, pictures, video, layout.
_CREDITS_BOX_LINES = 4


def _credits_box(el: HtmlElement) -> list[str]:
    """The lines of a credits box set above or under a longform story, outside the box of its
    text ("Nội dung: Minh Anh<br>Ảnh: Thu Hà<br>Thiết kế: Lê Hương", or one line "Nội dung:
    Minh Anh - Ảnh: Thu Hà"): every line a labelled byline or a photo, video or layout
    credit, one of them naming the writer; no link. [] for any other element: the label says
    what the line is, so no bold or alignment need set it apart."""
    if el.tag in ("script", "style") or next(el.iter("a"), None) is not None:
        return []
    lines = _box_lines(el)
    if not 1 <= len(lines) <= _CREDITS_BOX_LINES or any(len(line) > 100 for line in lines):
        return []
    writers = [line for line in lines if clean.is_byline_line(line) and clean.byline_authors(line)]
    if not writers or not all(line in writers or clean.photo_credit(line) for line in lines):
        return []
    return lines


def _byline_after(container: HtmlElement) -> tuple[str, list[str]]:
    """The credit and byline set in the first lines after the story's box (its siblings, or
    its parent's): old Vietnamese templates write "<p align=right><b>Tố Tuấn</b></p>" or
    "<b>Theo TTXVN</b>" under the box holding the text. Only short lines set apart (bold or
    right-aligned), without links, each wholly a credit or a name (``_credit_lines``); the
    first line that is not ends the search (a "Tin liên quan" box, a print row)."""
    credit, authors = "", []
    lines: list[str] = []
    node = container
    for _ in range(2):
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str) or sib.tag in ("script", "style", "br"):
                continue
            text = clean.one_line(sib.text_content())
            if not text:
                continue
            if len(lines) < _AFTER_LINES and (box := _credits_box(sib)):
                lines.extend(box)  # a longform story's credits box, however it is set
                continue
            if (
                len(text) > 60
                or len(lines) >= _AFTER_LINES
                or next(sib.iter("a"), None) is not None
                or not _set_apart(sib)
                or clean.is_stop_heading(text)
            ):
                break
            lines.append(text)
        else:
            parent = node.getparent()
            if lines or parent is None or parent.tag in ("body", "html", "form"):
                break
            node = parent
            continue
        break
    if lines and (found := _credit_lines(lines, "", [], "vi")) is not None:
        credit, authors = found
    return credit, authors


def _top_lines(blocks: list[Block]) -> list[Block]:
    """The paragraphs a byline set above the story may be: the first two among the first four
    blocks, and the third and fourth when only short lines come before them (a teaser, the
    agency, the day: "<p>Agencia EFE</p><p>04.05.2022</p><p>Por Agencia EFE</p>"); not past a
    heading or the story's first full paragraph, where "von Klaus …" may start a sentence."""
    paragraphs = [b for b in blocks[:4] if b.kind == "p"][:2]
    if blocks[: len(paragraphs)] != paragraphs:
        return paragraphs  # a heading or a picture among them: the top ends there
    for block in blocks[len(paragraphs) : 6]:
        if (
            len(paragraphs) >= 4
            or block.kind != "p"
            or any(len(p.text) > _TOP_LINE for p in paragraphs)
        ):
            break
        paragraphs.append(block)
    return paragraphs


# A line above the story longer than this is its text: a byline is not looked for below it.
_TOP_LINE = 160


# How many lines above the story's text a byline set there is looked for.
_ABOVE_LINES = 3


def _bold_name(el: HtmlElement, *, under_headline: bool = False) -> list[str]:
    """The name of a line set wholly in bold ("<p><strong>Minh Anh</strong></p>", "<b>Vũ
    Nguyệt – Nhật Quang</b>") shaped like a reporter's name line (``clean.trailing_name``:
    full names of 2-4 words), not in capitals; [] otherwise. A line right under the headline
    (*under_headline*: the headline's next element) may be in capitals ("<b>LÊ THỊ HỒNG</b>"
    between the headline and the date line, the byline's slot): a kicker stands above the
    headline, a dateline's place opens the sapo, and a province's name is no name."""
    bold = el if el.tag in _BOLD else None
    if bold is None:
        children = [c for c in el if isinstance(c.tag, str) and c.tag != "br"]
        if len(children) != 1 or children[0].tag not in _BOLD or (el.text or "").strip():
            return []
        if (children[0].tail or "").strip():
            return []
        bold = children[0]
    if any(isinstance(c.tag, str) and c.tag not in ("br", "span") for c in bold):
        return []
    text = clean.one_line(bold.text_content())
    if len(text) > 60:
        return []
    if text.isupper():
        if not under_headline:
            return []  # in capitals above the story: as often a place or a kicker ("TUYÊN QUANG")
        names = clean.trailing_name(clean.name_case(text)) or []
        return [] if any(_is_province(name) for name in names) else names
    return clean.trailing_name(text) or []


# Province names as a byline line would write them ("Tuyên Quang", "Hà Nội"), lower-cased.
_PROVINCE_NAMES = frozenset(
    name.removeprefix("TP ").lower() for name in taxonomy.PROVINCES.values()
)


def _is_province(name: str) -> bool:
    """Whether *name* is a province's ("Tuyên Quang", "TP Hà Nội"), not a person's."""
    return name.removeprefix("TP ").lower() in _PROVINCE_NAMES


_BOLD = frozenset({"strong", "b"})


def _byline_above(container: HtmlElement, *, vietnamese: bool = False) -> list[str]:
    """A labelled byline line set just above the story's text, outside the block that holds
    it ("<div><p><strong>Von Matthias Lauerer</strong></p></div><div><p>Ann Kiessling hat
    …"): page builders put each part of a story in a box of its own, and the text's box is
    the one chosen. Only the nearest few lines above, stopping at the headline: a label and
    a name ("Von …", "By …", "Bài: …") say what the line is. On a Vietnamese page
    (*vietnamese*) a reporter's name alone in bold is one too ("<p><strong>Minh Anh
    </strong></p>" between the date line and the sapo): there the bold sets it apart from
    the sapo's sentence, as at the story's foot."""
    seen = 0
    el: HtmlElement | None = container
    while el is not None and seen < _ABOVE_LINES:
        for sibling in el.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag == "h1":
                return []  # above the headline is the page's header, not the story's
            if (h1 := sibling.find(".//h1")) is not None:
                # The story's header box ("<header><h1>…</h1><p>By Jane Smith</p></header>"):
                # the lines under its headline, not those above it.
                return _byline_under_headline(sibling, h1)
            text = clean.one_line(sibling.text_content())
            if not text:
                continue
            if len(text) <= 100 and (names := clean.byline_authors(text)):
                return names
            if box := _credits_box(sibling):
                # A longform story's credits box over its text: the writer's line names the
                # author, the photo and layout credits none.
                return next(n for line in box if (n := clean.byline_authors(line)))
            if vietnamese and (
                names := _bold_name(sibling, under_headline=_right_under_h1(sibling))
            ):
                return names
            seen += 1
            if seen >= _ABOVE_LINES:
                return []
        el = el.getparent()
        if el is not None and el.tag == "body":
            return []
    return []


def _right_under_h1(el: HtmlElement) -> bool:
    """Whether the element right before *el* (skipping comments) is an h1: the headline."""
    for sibling in el.itersiblings(preceding=True):
        if isinstance(sibling.tag, str):
            return sibling.tag == "h1"
    return False


# How many of the headline's next elements hold the story's header lines (the date row, the
# byline box); a line longer than ``_TOP_LINE`` is the story's text and ends them.
_HEADER_BOXES = 3


# How many boxes the headline may sit alone in, each inside the next.
_HEADLINE_BOXES = 4


def _headline_box(heading: HtmlElement) -> HtmlElement:
    """*heading*, or the box it stands alone in: the lines under the headline follow the box,
    or the box's box (a page builder sets each part in a widget three or four boxes deep)."""
    el = heading
    for _ in range(_HEADLINE_BOXES):
        if el.getnext() is not None or (parent := el.getparent()) is None or parent.tag == "body":
            break
        el = parent
    return el


def _lines_under_headline(heading: HtmlElement) -> list[tuple[str, list[str], bool]]:
    """The short lines between *heading* and the story's text, each with the name it sets wholly
    in bold (``_bold_name``) and whether it holds a link: its next few elements, or its box's when it stands alone in one
    ("<div class='title'><h1>…</h1></div><div class='meta'>…</div>"). Read before pruning,
    which takes a byline box classed "post-meta" or "detail-meta" away as page furniture."""
    el = _headline_box(heading)
    lines: list[tuple[str, list[str], bool]] = []
    for box in list(el.itersiblings(etree.Element))[:_HEADER_BOXES]:
        if box.tag in ("script", "style"):
            continue
        for line in box.iter(_HEADER_LINE_TAGS):
            text = clean.one_line(" ".join(line.itertext()))
            if len(text) > _TOP_LINE:
                if line is box:
                    continue  # the box as a whole: its lines are read one by one
                return lines  # the story's text begins
            if text and len(text) <= 100:
                linked = line.tag == "a" or line.find(".//a") is not None
                lines.append((text, _bold_name(line), linked))
            if len(lines) >= 2 * _ABOVE_LINES:
                return lines
    return lines


# Inline elements a loose line of text under the headline runs through ("von <strong>Anna
# Berger</strong>"); any other element ends the line.
_LOOSE_INLINE = frozenset({
    "a", "strong", "b", "em", "i", "span", "small", "font", "u", "time", "abbr", "cite",
})  # fmt: skip
_LOOSE_LINES = 8


def _loose_lines(heading: HtmlElement) -> list[tuple[str, list[str], bool]]:
    """The lines of text set loose after the headline (its box's, as
    ``_lines_under_headline``), between `<br>`s and boxes, outside any element of their own:
    "<h2>…</h2><br> Mittwoch, 01.11.2023 <br> von <strong>Anna Berger</strong><br><p>…": old
    templates' header lines, which no element holds. Each marked as linked, so only a labelled
    one is a byline (``_header_byline``); up to the story's text."""
    el = _headline_box(heading)
    lines: list[tuple[str, list[str], bool]] = []
    current = [el.tail or ""]

    def flush() -> None:
        if (text := clean.one_line(" ".join(current))) and len(text) <= 100:
            lines.append((text, [], True))
        current.clear()

    for sib in el.itersiblings():
        if isinstance(sib.tag, str) and sib.tag in _LOOSE_INLINE:
            current.append(sib.text_content())
        elif isinstance(sib.tag, str):
            flush()
            if sib.tag not in ("br", "script", "style") and (
                len(clean.one_line(sib.text_content())) > _TOP_LINE
            ):
                return lines  # the story's text begins
        current.append(sib.tail or "")
        if len(lines) >= _LOOSE_LINES:
            return lines
    flush()
    return lines


def _header_byline(
    lines: list[tuple[str, list[str], bool]], *, vietnamese: bool, headline: str = ""
) -> list[str]:
    """The byline among the lines under the headline (``_lines_under_headline``): the first
    labelled one ("Posted by Jane Doe on May 5, 2024", "Bài: Minh Anh"), or on a Vietnamese
    page a reporter's name alone in bold, as ``_byline_above`` reads them; elsewhere, failing
    those, a line that is a person's name alone beside a line of the day (``_bare_header_name``);
    [] if none."""
    for text, bold, _ in lines:
        if names := clean.byline_authors(text):
            return names
        if vietnamese and bold:
            return bold
    for text, _, linked in lines:
        # Unlabelled, signed with the writers' job title ("A and B, staff writers").
        if not linked and (names := clean.role_signed(text)):
            return names
        # ... or followed by how to reach them ("A, a@paper.vn", "A @handle").
        if names := clean.contact_signed(text):
            return names
    return [] if vietnamese else _bare_header_name(lines, headline)


# A line saying when the story was put online: a time of day, how long ago ("vor einer
# Stunde", "hace 3 horas", "2 hours ago", "il y a 2 jours"), or a word for publishing beside a
# year or a day ("Stand: 05. Februar 2020", "Published March 5, 2024"). A day alone may be an
# event's ("15. Februar 2012" on the page of a market).
_WHEN = re.compile(
    r"\b\d{1,2}:\d{2}\b"
    r"|\b(?:vor|hace|il\s+y\s+a)\s+(?:\w+\s+)?(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?"
    r"|segundos?|minutos?|horas?|d[ií]as?|semanas?|minutes?|heures?|jours?)\b"
    r"|\b(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago\b"
    r"|\b(?:publiziert|veröffentlicht|aktualisiert|stand|published|posted|updated|publicado"
    r"|actualizado|publié|mis\s+à\s+jour|pubblicato|aggiornato)\b.*(?:\b(?:19|20)\d\d\b|\d\.)",
    re.IGNORECASE,
)


def _bare_header_name(lines: list[tuple[str, list[str], bool]], headline: str = "") -> list[str]:
    """A line under the headline that is a person's full name and nothing else (two or three
    capitalised words, no link: a category or a tag is linked) with a line of the day right
    before or after it ("<li>Stefan Loibl</li>" over "• Publiziert vor einer Stunde",
    "<span>Sara Zinnecker</span><span>Stand: 05. Februar 2020</span>"): the byline of a theme
    that marks nothing. A subtitle or kicker beside no day names nobody, nor a name the
    headline holds (an event's page repeats its name over its day; an interview's guest)."""
    headline = headline.casefold()
    for i, (text, _, linked) in enumerate(lines):
        if linked or not (2 <= len(text.split()) <= 3) or not clean.is_name(text):
            continue
        if ":" in text:
            continue  # a label's line ("Foto: Lukas Hoffmann", "Фото: …"): a name has no colon
        if text.casefold() in headline:
            continue
        if text.isupper() or not clean.person_names([text]):
            continue
        beside = [lines[j][0] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(_WHEN.search(line) and text not in line for line in beside):
            return [text]
    return []


# Elements that hold a line of a story's header under its headline.
_HEADER_LINE_TAGS = frozenset({"p", "div", "span", "address", "li", "h2", "h3", "h4", "h5", "h6"})


def _byline_under_headline(box: HtmlElement, h1: HtmlElement) -> list[str]:
    """A labelled byline among the first few short lines after the headline inside *box*, the
    story's header ("By Jane Smith", "Von A und B", "Texte : …"); [] if none."""
    after = False
    seen = 0
    for el in box.iter():
        if el is h1:
            after = True
            continue
        if not after or el.tag not in _HEADER_LINE_TAGS or h1 in el.iterancestors():
            continue
        # Its text nodes set apart: "By Jane Smith<br>Updated 3:45 PM" is two lines.
        text = clean.one_line(" ".join(el.itertext()))
        if not text or len(text) > 100:
            continue
        if names := clean.byline_authors(text):
            return names
        seen += 1
        if seen >= 2 * _ABOVE_LINES:
            return []
    return []


# How a name is set apart after a byline label: "von <em>Klaus Stanjek</em>".
_NAME_SETTING = frozenset({"strong", "b", "em", "i", "a"})


def _signature_with_role(container: HtmlElement, blocks: list[Block]) -> list[str]:
    """A signature of two lines closing the story in one paragraph: a name of two or three
    words, a line break, the signer's role or the date ("Kazım TÜRKMEN<br>DITIB-
    Bundesvorsitzender", "Anna Berger<br>12. März 2020"). A name line alone may be a German
    noun phrase; a role or date under it in the same paragraph says it signs."""
    if len(blocks) < 2 or blocks[-1].kind != "p":
        return []
    if len(lines := blocks[-1].text.split("\n")) == 2:
        name, role = lines  # the line break kept inside the block
    elif len(blocks) >= 3 and blocks[-2].kind == "p" and len(lines) == 1:
        name, role = blocks[-2].text, blocks[-1].text  # or read as two blocks
    else:
        return []
    if len(name) > 40 or len(role) > 40 or _SENTENCE_END_CHAR.search(role):
        return []
    names = clean.split_names(name)
    dated = bool(_DATE_LINE.search(role))
    # One word is enough above a date: a blogger signs with a first name ("Benni<br>10.
    # September 2017"); above a role it may be a greeting.
    fewest = 1 if dated else 2
    if not names or not all(clean.is_name(n) and fewest <= len(n.split()) <= 3 for n in names):
        return []
    if any(ch.isdigit() for ch in role) and not dated:
        return []  # a phone number or an address, not a date
    if not any(ch.isdigit() for ch in role) and len(role.split()) > 4:
        return []
    for p in reversed(container.findall(".//p")):
        if p.find("br") is None:
            continue
        lines = [clean.one_line(t) for t in p.itertext()]
        return names if [t for t in lines if t] == [name, role] else []
    return []


_SENTENCE_END_CHAR = re.compile(r"[.!?:;]$")
# A date line: a year, or a day and month in digits ("12. März 2020", "03.05.").
_DATE_LINE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\s?\d{1,2}\.")


_BLOCK_TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "ul", "ol", "table", "section", "header",
    "footer", "blockquote", "dl",
})  # fmt: skip


def _after_a_comma(el: HtmlElement) -> bool:
    """A comma stands right before *el*: "<strong>Marie Arana</strong>, <span>author</span><br>
    <strong>Margaret Atwood</strong>" is a role after a name in a list of signers, not a label
    opening a byline ("<br><span>By</span> <a>Jane Doe</a>", "am 3.4.2020 <span>von</span>")."""
    before = el.getprevious()
    if before is not None:
        text = before.tail
    else:
        text = parent.text if (parent := el.getparent()) is not None else ""
    return bool(text) and text.rstrip().endswith(",")


def _text_after(label: HtmlElement) -> str:
    """The text set after a label element, up to a line break or 80 characters: its tail and
    the following siblings' text."""
    parts = [label.tail or ""]
    for sib in label.itersiblings():
        if (sib.tag == "br" or sib.tag in _BLOCK_TAGS) and "".join(parts).strip():
            break  # a new line or block: "by <h3>user</h3> <h1>Headline</h1>" is not one name
        if isinstance(sib.tag, str) and sib.tag != "br":
            parts.append(sib.text_content())
        parts.append(sib.tail or "")
        if len("".join(parts)) > 80:
            break
    return clean.one_line("".join(parts))


def _shown_text(doc: HtmlElement) -> str:
    """The body's visible text, casefolded, one space between words: its text with that of its
    scripts and styles (over 20 characters) read as a space.

    The C-level ``text_content`` reads the whole body at once; the hidden texts come in it in
    document order, so each is found from where the previous one ended and the text between
    them kept: one scan of the text in all, where cutting each out of the whole text
    (``str.replace``) copied and scanned it once a script (3.4 % of the instructions). A script
    whose text holds another's (a JSON-LD block copied into a framework's page data) goes
    whole, where cutting the inner one out first left the rest of the outer one in.
    """
    body = doc.find("body")
    if body is None:
        return ""
    text = body.text_content()
    parts: list[str] = []
    start = 0
    for hidden in body.iter("script", "style", "template"):
        if (own := hidden.text) and len(own) > 20 and (at := text.find(own, start)) >= 0:
            parts.append(text[start:at])
            start = at + len(own)
    parts.append(text[start:])
    # Casefolded after the spaces are collapsed (a shorter string): casefold maps every space
    # to itself and nothing else to a space, character by character, so the result is the same.
    return " ".join(" ".join(parts).split()).casefold()


class _Shown:
    """The page's visible text, asked whether it shows a name (its accent-free copy made once,
    when first needed)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._bare: str | None = None

    def shows(self, name: str) -> bool:
        """The whole name, or each of its words of 3+ letters (a byline may set the name in
        capitals or with the surname first), or the name without its accents ("Nguyen Van A"
        for "Nguyễn Văn A")."""
        folded = " ".join(name.casefold().split())
        if folded in self.text:
            return True
        words = [w for w in _TOKEN.findall(folded) if len(w) >= 3]
        if words and all(w in self.text for w in words):
            return True
        if folded.isascii() and self.text.isascii():
            return False
        if self._bare is None:
            self._bare = _bare(self.text)
        return _bare(folded) in self._bare

    def display_name(self, name: str) -> str:
        """The name as the page shows it when metadata gives a login ("christian.stadtfeld"
        for "Christian P. Stadtfeld" in a caption or byline): first and last name with at
        most a middle initial between them; else *name*."""
        if not (login := _LOGIN.match(name)):
            return name
        first, last = re.escape(login.group(1)), re.escape(login.group(2))
        if found := re.search(rf"\b{first}(?: [^\W\d_]\.)? {last}\b", self.text):
            return found.group().title()
        return name


def _only_in(name: str, text: str, part: str) -> bool:
    """*name* appears in *text* (the page's visible text) only where *part* (a part of it)
    has it: as often there as in the whole page."""
    folded = " ".join(name.casefold().split())
    return folded in part and text.count(folded) <= part.count(folded)


# A class that hides its element whatever the screen ("hidden", "rich-snippet-hidden", "d-none";
# not "hidden-xs", which hides it on small screens only).
_HIDING_CLASS = re.compile(
    r"(?<![\w-])(?:hidden|rich-snippet-hidden|d-none|is-hidden|hide)(?![\w-])"
)


def _is_hiding(names: str) -> bool:
    """``_HIDING_CLASS.search(names)`` found something. Each of its names holds "hid" or "d-none":
    a substring test (C, ~0.05 µs) spares the regex on nearly every string (~1 µs)."""
    return ("hid" in names or "d-none" in names) and _HIDING_CLASS.search(names) is not None


# A login of a first and a last name: "christian.stadtfeld", "jane_doe".
_LOGIN = re.compile(r"^([^\W\d_]{2,})[._]([^\W\d_]{2,})$")


def _name_keys(names: Sequence[str]) -> set[str]:
    """*names* compared without case, dots, spacing or a degree after a comma ("Perry Bacon
    Jr." = "Perry Bacon Jr", "Jane Doe, PhD" = "Jane Doe": ``clean.split_names`` keeps a comma
    only before such a suffix)."""
    return {" ".join(n.split(",", 1)[0].casefold().replace(".", " ").split()) for n in names}


def _bare_char(ch: str) -> str:
    """*ch* without its combining accents (and đ as d): its canonical decomposition (NFD)
    less the marks of a non-zero combining class."""
    decomposed = unicodedata.normalize("NFD", ch.replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _BareTable(dict[int, str]):
    """``str.translate`` table of ``_bare_char``, each character's entry made when first met
    (a page meets a few hundred distinct characters; the table never needs all of Unicode)."""

    def __missing__(self, code: int) -> str:
        self[code] = value = _bare_char(chr(code))
        return value


_BARE_TABLE = _BareTable()


def _bare(text: str) -> str:
    """*text* without combining accents (and đ as d): NFD less the combining marks.

    Character by character through a translation table, ~3x faster than the NFD of the whole
    page's text and a Python test of each of its characters, and the same string: the NFD of
    a string is the decompositions of its characters, with only runs of combining marks
    reordered, and every combining mark is dropped (``tests/test_extract_speed.py``).
    """
    return text.translate(_BARE_TABLE)


_ARCHIVED = re.compile(r"^(?:https?:)?//(?:web\.archive\.org/web/\d+\w*/)?")
_SCHEME_WWW = re.compile(r"^(?:https?://)?(?:www\.)?")


def _page_key(url: str) -> str:
    """A page's address compared loosely: no scheme, "www.", fragment or trailing slash (an
    archived page links its own live address)."""
    if not url:
        return ""
    url = _ARCHIVED.sub("", url.strip())
    url = _SCHEME_WWW.sub("", url)
    return url.split("#", 1)[0].rstrip("/").lower()


# A sapo is a sentence or two: long enough, closed by its punctuation.
_LEAD_MIN = 80
_LEAD_MAX = 600


def _set_apart_lead(blocks: list[Block], container: HtmlElement | None) -> str:
    """The sapo of a Vietnamese story that no class or metadata names: the body's first block
    when the template sets it apart as a heading ("<h2>Sáng 8/1, …</h2>" inside the body) or
    wholly in bold ("<p><strong>Sáng 8/1, …</strong></p>"), a sentence (80-600 characters,
    closed by "." "!" "?" or "…"); a heading so found becomes the body's first paragraph. ""
    otherwise."""
    first = next((b for b in blocks if b.kind != "image"), None)
    if first is None or first.kind not in ("p", "h"):
        return ""
    text = first.text.strip()
    if not _LEAD_MIN <= len(text) <= _LEAD_MAX or not text.endswith((".", "!", "?", "…")):
        return ""
    if first.kind == "h":
        first.kind = "p"
        first.html = f"<p>{escape(text, quote=False)}</p>"
        return text
    if container is None:
        return ""
    for p in container.iter("p"):
        shown = clean.one_line(p.text_content()).strip()
        if not shown:
            continue
        if shown != text or (p.text or "").strip():
            return ""
        children = list(p.iterchildren(etree.Element))
        bold = len(children) == 1 and children[0].tag in ("strong", "b")
        if bold and not (children[0].tail or "").strip():
            return text
        return ""
    return ""


def _last_text_block(blocks: list[Block]) -> Block | None:
    return next((b for b in reversed(blocks) if b.kind not in ("image",)), None)


def _whole_of_cut(heading: str, candidates: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The metadata title that goes on from *heading* cut to a teaser's length with "…"
    ("Storm damages hundreds of…" beside og:title "Storm damages hundreds of homes"); None
    when *heading* is whole or none does."""
    if not titles.is_cut(heading):
        return None
    for text, source in candidates:
        if text and not titles.is_cut(text) and titles.same_or_cut(heading, text):
            return text, source
    return None


# Elements a headline set without a heading stands in (a styled div or span, a bold line).
_WHOLE_TAGS = frozenset({"h2", "h3", "h4", "div", "span", "p", "strong", "b", "td", "font"})
# The longest headline a cut <title> is taken to start (a paragraph is longer).
_WHOLE_MAX = 250


def _whole_of_cut_title(doc: HtmlElement, served: str) -> str:
    """The text of the first element in *doc*'s body that *served* (a title cut to a length,
    ``titles.is_cut``) is the start of: the whole headline, where it is one element's whole
    text (one that holds no block, of a headline's length) that goes on from the stem and is
    not cut itself (a breadcrumb's last crumb cut the same way); else ""."""
    body = doc.find("body")
    if body is None:
        return ""
    for el in body.iter(*_WHOLE_TAGS):
        if any(c.tag in _BLOCK_TAGS for c in el.iterdescendants()):
            continue
        text = _line_text(el)
        if (
            len(text) <= _WHOLE_MAX
            and not titles.is_cut(text)
            and titles.same_or_cut(served, text)
            and _headline_shaped(text)
        ):
            return text
    return ""


def _opens_with(heading: str, served: str) -> bool:
    """Whether an h2 *heading* names the served <title> *served* and says more than it: it
    holds every word of one of its parts (a section label or widget does not; sharing a word
    is not enough: Vietnamese words are syllables, "văn hóa" is in many headlines) and adds
    one; after an empty headline slot ("National Rail Enquiries -", the site's name alone) it
    need only share a word with it."""
    words, served_words = clean.title_words(heading), clean.title_words(served)
    if not words - served_words:
        return False
    if _EMPTY_SLOT.search(served):
        return bool(words & served_words)
    return any(
        (part_words := clean.title_words(part)) and part_words <= words
        for part in titles.title_parts(served)
    )


def _all_after(
    h1s: Sequence[tuple[str, list[HtmlElement], str]], container: HtmlElement | None
) -> bool:
    """Whether every h1 of *h1s* starts on a source line after the last line of the article
    block. Source lines, not tree order: pruning has taken a sidebar's h1 out of the tree by
    now, and its line is kept. A page set on one line (minified) says nothing so."""
    ones = [h[1][0] for h in h1s if h[2] == "h1"]
    if container is None or not ones or len(ones) != len(h1s):
        return False
    # Every h1 after the block's last line is the first h1's line after all of the block's:
    # the walk stops at the first element on or after it (most often the block's first, as
    # a headline comes before its text), instead of reading every element's line.
    first = min((h1.sourceline or 0) for h1 in ones)
    seen = False
    for el in container.iter():
        line = el.sourceline or 0
        if line >= first:
            return False
        seen = seen or line > 0
    return seen


def _nearest_h1(
    h1s: Sequence[tuple[str, list[HtmlElement], str]], container: HtmlElement | None
) -> tuple[str, str]:
    """(text, source) of the heading closest to the article block (deepest common ancestor);
    the first one otherwise; ("", "") without any."""
    if not h1s:
        return "", ""
    if container is None:
        return h1s[0][0], h1s[0][2]
    chain = {
        el: depth for depth, el in enumerate(reversed([container, *container.iterancestors()]))
    }
    best, best_depth = h1s[0], -1
    for candidate in h1s:
        depth = next((chain[a] for a in candidate[1] if a in chain), -1)
        if depth > best_depth:
            best, best_depth = candidate, depth
    return best[0], best[2]


# Inside a heading, not its words: ruby annotations (furigana), a date set in it.
_HEADING_SKIP = frozenset({"rt", "rp", "script", "style", "time"})
# The parts of a heading that are not the headline: a date, a kicker or roof line above it
# ("dachzeile", "kicker", "topline", "subheadline", "strapline"), a label, text for screen
# readers only ("Headline:"; "aural" in German government templates: "<span class='aural'>:
# </span>").
_NOT_HEADLINE = re.compile(
    r"(?<![a-z])(?:date|time|datum)(?![a-z])|dachzeile|kicker|topline|overline|eyebrow"
    r"|sub-?headline|strapline|roofline|(?<![a-z])label(?![a-z])|visually-?hidden|sr-only"
    r"|screen-reader|(?<![a-z])(?:invisible|aural)(?![a-z])",
    re.IGNORECASE,
)
# An h1 that is not the headline by its own class or id: a kicker set as an h1 above the
# headline's h2 ("<h1 class='strapline'>").
_ASIDE_H1 = re.compile(
    r"dachzeile|kicker|topline|overline|eyebrow|sub-?headline|strapline|roofline", re.IGNORECASE
)
# A served title whose template left the headline's slot empty: "Site -", "| Site".
_EMPTY_SLOT = re.compile(r"(?:^|\s)[-–—|»:·/]$|^[-–—|»·/](?:\s|$)")
# An h1 that holds the site's name by its own class or id: "masthead", "site-title", "logo".
_LOGO_H1 = re.compile(
    r"masthead|site-?(?:title|name)|(?<![a-z])(?:logo|brand)(?![a-z])", re.IGNORECASE
)
# A section label set as the page's h1 is a word or a few ("Politics", "Thời sự").
_LABEL_WORDS = 3
# A headline is longer than a label: four words or more.
_HEADLINE_WORDS = 4
# How far up a breadcrumb trail's container may be from an h1 set in it (h1 < li < ol < nav).
_CRUMB_DEPTH = 6
# A part marked as the headline itself: "headline", "article__headline", itemprop="headline".
_HEADLINE_PART = re.compile(r"(?:^|[\s_-])headline(?:$|[\s_-])", re.IGNORECASE)


# What parts a breadcrumb trail set as plain text: "Thời sự > Trong nước", "Sport › Football".
_TRAIL_SEPARATOR = re.compile(r"\s*[>›»/|]\s*")
# What may stand between a label's links: a breadcrumb's separators.
_LINK_SEPARATORS = frozenset(" >»›/|-–—·:\u00a0\n\t\r")


def _all_links(el: HtmlElement) -> bool:
    """Whether every word of *el* is inside a link (separators aside)."""
    linked = "".join(a.text_content() for a in el.iter("a") if a.get("href"))
    if not linked.strip():
        return False

    def letters(text: str) -> str:
        return "".join(ch for ch in text if ch not in _LINK_SEPARATORS)

    return letters(el.text_content()) == letters(linked)


def _text_between(doc: HtmlElement, first: HtmlElement, second: HtmlElement) -> str:
    """The text after *first* ends and before *second* starts, in document order."""
    before = set(second.iterancestors())
    # Tails after *first* and its ancestors that close before *second* opens.
    parts = [(up.tail or "") for up in (first, *first.iterancestors()) if up not in before]
    seen = False
    for el in doc.iter():
        if el is second:
            return " ".join(parts)
        if el is first:
            seen = True
        elif seen and first not in el.iterancestors() and isinstance(el.tag, str):
            if el.tag not in ("script", "style"):
                parts.append(el.text or "")
            if el not in before:
                parts.append(el.tail or "")
    return " ".join(parts)


def _in_breadcrumb(h1: HtmlElement) -> bool:
    """Whether *h1* is set in a breadcrumb trail (its class, or a near ancestor's class, id or
    microdata type, says "breadcrumb")."""
    if "breadcrumb" in (h1.get("class") or "").lower():
        return True
    for depth, up in enumerate(h1.iterancestors()):
        if depth >= _CRUMB_DEPTH:
            break
        hints = f"{up.get('class') or ''} {up.get('id') or ''} {up.get('itemtype') or ''}"
        if "breadcrumb" in hints.lower():
            return True
    return False


def _heading_text(el: HtmlElement) -> str:
    """A heading's headline: the part marked as the headline when the heading holds more
    ("<h1><span class='dachzeile'>Kicker</span><span class='headline'>Headline</span></h1>"),
    without kicker, date, label and screen-reader parts, ruby annotations, a <small> line
    set above the headline, or a subtitle set below it after a line break in an element of
    its own ("<h1>Leslie Clio<br><span style='font-size:19px'>Brave New Woman</span></h1>")."""
    if not len(el):
        return el.text or ""
    if (subtitle := _subtitle_after_break(el)) is not None:
        el = subtitle
    for part in el.iterdescendants(etree.Element):
        if part.get("itemprop") == "headline" or _HEADLINE_PART.search(part.get("class") or ""):
            whole = _heading_parts(el)
            text = _heading_parts(part).strip()
            if not text or 2 * len(text.split()) >= len(whole.split()):
                return text or whole
            # A marked part with fewer words than the rest of the heading is a kicker or
            # dateline the template misnamed ("<span class='headline'>Frain</span> Incendie
            # dans une maison : …"): the rest is the headline.
            return whole.strip().removeprefix(text)
    whole = _heading_parts(el)
    if (kicker := _kicker_element(el)) is not None:
        rest = _heading_after(el, kicker)
        if rest:
            return rest
    section = _section_link_before(el)
    shown = whole.strip()
    if (
        section
        and shown.startswith(section)
        and (match := _AFTER_SECTION.match(shown, len(section)))
        and len((rest := shown[match.end() :]).split()) >= 3
    ):
        # "<h1><a href='/xa-hoi'>Xã hội</a> | Headline</h1>": the section's link set before
        # the headline in its own h1, not a part of it (a kicker before a colon is).
        return rest
    return whole


# What stands between a section's link and the headline in one h1: a bar, guillemets, a
# slash or a spaced dash; never a colon.
_AFTER_SECTION = re.compile(r"\s*(?:[|»›>/]|\s[-–—])\s*")


# Elements a template sets a kicker in above the headline, inside the heading.
_KICKER_TAGS = frozenset({"span", "div", "p"})
_KICKER_WORDS = 4
# A date alone: "27.01.2022", "27/01/2022", "2022-01-27".
_DATE_ONLY = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})$")
# What a template sets between a kicker and the headline (often hidden: "<span>:</span>").
_AFTER_KICKER = " \t\n\r\u00a0-–—:|·•/"


def _kicker_element(el: HtmlElement) -> HtmlElement | None:
    """The element that opens *el* as a kicker, where no class says so (hashed or plain
    class names): "<h1><span>Nach der Wahl</span><span>Storm hits the coast</span></h1>",
    "<h1><div>100. Geburtstag</div> Storm hits …</h1>". Its text only, nothing before it, a
    word or a few, a block or a span with the headline in the next element; the rest
    (``_heading_after``) is the headline. None otherwise, and when a
    part of the heading is already set aside by its class (``_NOT_HEADLINE``)."""
    if (el.text or "").strip():
        return None
    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) < 1 or any(_NOT_HEADLINE.search(c.get("class") or "") for c in children):
        return None
    first = inner = children[0]
    if first.tag not in _KICKER_TAGS or first.get("style"):
        return None
    while len(inner) == 1 and not (inner.text or "").strip() and not (inner[0].tail or "").strip():
        inner = inner[0]  # a wrapper: "<span><span>27.01.2022</span></span>"
    if len(inner):
        return None
    words = (inner.text or "").split()
    if not 0 < len(words) <= _KICKER_WORDS:
        return None
    if _DATE_ONLY.match(words[0]) and len(words) == 1:
        return first  # a date set before the headline ("<span>27.01.2022</span>Headline")
    if first.tag == "span" and ((first.tail or "").strip() or len(children) < 2):
        # An inline span that the headline's words go on after is the headline's first
        # line ("<span>MTB-Reifen umrüsten</span> Schritt für Schritt: …"): a kicker span
        # has the headline in an element of its own after it.
        return None
    return first


def _heading_after(el: HtmlElement, kicker: HtmlElement) -> str:
    """The text of heading *el* after its *kicker*, without the separator between them, when
    it reads as a headline of its own: three words or more, more than the kicker's, starting
    as a headline does (a capital, a digit, a quotation mark: "<span>Storm</span> hits the
    coast" is one sentence); "" otherwise."""
    rest = etree.Element(el.tag)
    rest.text = kicker.tail
    for sibling in kicker.itersiblings():
        rest.append(copy.copy(sibling))
    text = clean.one_line(_heading_parts(rest)).lstrip(_AFTER_KICKER)
    words = text.split()
    if len(words) < 3 or len(words) <= len(kicker.text_content().split()):
        return ""
    first = text[0]
    if first.isalpha() and not first.isupper():
        return ""
    return text


def _after_own_kicker(
    headings: Sequence[tuple[str, list[HtmlElement], str]],
    heading: str,
    source: str,
    page_title: str,
) -> str:
    """The chosen *heading* after a kicker or label set in its own element, when what follows
    it is a run of the served <title>'s parts: "<h1><span>Forderungsausfälle vermeiden</span>
    Eigentumsvorbehalt: Das sollten …</h1>" under <title> "Eigentumsvorbehalt: Das sollten …
    - dhz.net", a screen reader's "<span>Headline:</span>", a forum's "<span>Patch
    Notes</span>" prefix. The served title, written without the kicker, says where the
    headline starts, where a site's name the tags do not give kept it from being cut whole
    (``_kicker_element`` asks for a headline in an element of its own after a span: the
    title says it here). "" otherwise."""
    el = next((h[1][0] for h in headings if h[0] == heading and h[2] == source), None)
    if el is None or not len(el) or (el.text or "").strip():
        return ""
    # Single wrappers: "<h1><a href=…><span>Kicker</span>Headline</a></h1>".
    while (
        len(el) == 1
        and not (el.text or "").strip()
        and not (el[0].tail or "").strip()
        and isinstance(el[0].tag, str)
        and len(el[0])
    ):
        el = el[0]
    first = el[0]
    if (el.text or "").strip() or not isinstance(first.tag, str) or first.tag not in _KICKER_TAGS:
        return ""
    kicker = clean.one_line(first.text_content())
    if not kicker or not heading.startswith(kicker):
        return ""
    rest = heading[len(kicker) :].lstrip(_AFTER_KICKER)
    if len(rest.split()) < 3 or not titles.is_title_part(rest, page_title):
        return ""
    return rest


def _section_link_before(el: HtmlElement) -> str:
    """The text of a short link (<= 3 words) to another address that opens *el*, with no
    text before it; "" otherwise."""
    if (el.text or "").strip():
        return ""
    first = next(el.iterchildren(etree.Element), None)
    if first is None or first.tag != "a":
        return ""
    href = (first.get("href") or "").strip()
    text = clean.one_line(first.text_content()).strip()
    if not href or href.startswith("#") or not 0 < len(text.split()) <= 3:
        return ""
    return text


def _subtitle_after_break(el: HtmlElement) -> HtmlElement | None:
    """*el* without a subtitle line: a copy holding what comes before its one <br> when all
    that follows the break is one styled or classed inline element; None otherwise."""
    children = list(el)
    breaks = [i for i, child in enumerate(children) if child.tag == "br"]
    if len(breaks) != 1 or breaks[0] != len(children) - 2:
        return None
    br, last = children[-2], children[-1]
    if (br.tail or "").strip() or (last.tail or "").strip():
        return None
    if last.tag not in ("span", "small", "em", "i") or not (last.get("style") or last.get("class")):
        return None
    head = etree.Element(el.tag)
    head.text = el.text
    for child in children[:-2]:
        head.append(copy.copy(child))
    return head if clean.one_line(_heading_parts(head)) else None


def _heading_parts(el: HtmlElement) -> str:
    parts: list[str] = []
    small: list[str] = []
    _heading_walk(el, parts, small)
    text = "".join(parts)
    return text if text.strip() else " ".join(small)


def _heading_walk(node: HtmlElement, parts: list[str], small: list[str]) -> None:
    """``_heading_parts``' walk, a module function: a closure calling itself is a reference
    cycle, freed only by the cyclic collector."""
    if node.text:
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str) and not (
            child.tag in _HEADING_SKIP or _NOT_HEADLINE.search(child.get("class") or "")
        ):
            if child.tag == "small":
                small.append(child.text_content())
                parts.append(" ")
            elif child.tag == "br":
                parts.append(" ")  # a line break parts words ("sông Lô<br>gây ngập")
            else:
                _heading_walk(child, parts, small)
        if child.tail:
            parts.append(child.tail)


# A headline's length in words, set as the body's first block.
_OPENING_WORDS = (4, 30)


def _opening_line(blocks: Sequence[Block]) -> tuple[str, list[Block]]:
    """The body's first line when it reads as a headline before the story, and the blocks
    without it: a paragraph or heading that is ``_headline_shaped``, followed by a paragraph
    longer than it (next, or after one short line); else ("", []).

    Old templates break lines in one box: a first block of lines whose first is such a
    headline and whose rest is its date line ("<b>Headline</b><br>08/01/2026 18:21") leaves
    the body whole; one whose rest is the sapo ("<b>Headline</b><br><b>(BTQ) - …</b>") stays
    as that sapo."""
    if len(blocks) < 2 or blocks[0].kind not in ("p", "h", "table"):
        return "", []
    text = blocks[0].text
    if blocks[0].kind == "table" and "\n" in text:
        return "", []  # a table of data; one cell is a layout table's line ("<td><b>Headline")
    text, _, rest = text.partition("\n")
    if not _headline_shaped(text):
        return "", []
    kept = list(blocks[1:])
    if rest:
        line, _, after = rest.partition("\n")
        if len(clean.without_view_counter(line)) <= _DATE_LINE_MAX and _SHOWN_DAY.search(line):
            rest = after  # its date line: furniture
        if "\n" in rest:
            return "", []
        if rest and len(rest) > max(len(text), 80) and rest[-1] in _SENTENCE_ENDS:
            kept.insert(0, Block("p", rest, f"<p>{escape(rest, quote=False)}</p>"))
        elif rest:
            return "", []
    # the story's paragraph next, or after a short line (a byline, a date line)
    following = [b for b in kept[:2] if b.kind == "p"]
    if not any(len(b.text) > max(len(text), 80) for b in following):
        return "", []
    return text, kept


# A sentence's end with more text after it: "Warum …? Schnee wird …".
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+\S")


def _opening_heading(blocks: Sequence[Block]) -> tuple[str, int]:
    """The block opening the body when it reads as the story's headline, and how many blocks
    it and what stands before it take: a heading or a line of its own (a styled span or div
    reads as a paragraph) that is ``_headline_shaped`` (its line breaks part words:
    "Headline that<br>goes on"), with a paragraph longer than it next or after one short line
    (a date line). A breadcrumb trail may stand before it when its last crumb is the headline
    or its start cut with "…" (``titles.same_or_cut``). ("", 0) otherwise."""
    skip = 0
    if (
        len(blocks) > 2
        and blocks[0].kind == "list"
        and (crumb := blocks[0].text.rsplit("\n", 1)[-1].lstrip("-•* "))
        and titles.same_or_cut(clean.one_line(crumb), clean.one_line(blocks[1].text))
    ):
        skip = 1
    if len(blocks) <= skip or blocks[skip].kind not in ("h", "p"):
        return "", 0
    text = clean.one_line(blocks[skip].text)
    if not text or not _headline_shaped(text):
        return "", 0
    if blocks[skip].kind == "p" and _SENTENCE_INSIDE.search(text):
        return "", 0  # two sentences: the story's first paragraph, no headline
    following = [b for b in blocks[skip + 1 : skip + 3] if b.kind == "p"]
    if any(len(b.text) > max(len(text), 80) for b in following):
        return text, skip + 1
    return "", 0


def _blank_line_sapo(block: Block) -> bool:
    """Whether *block*, the paragraph after the body's opening lines (headline, date line) once
    those left, is their box's sapo set off by a blank line: split from them by ``<br><br>`` in
    one run of text (not a paragraph of its own, which is the story's first), one line, and a
    sentence of a sapo's length (80 characters or more, ending as a sentence ends)."""
    text = block.text
    return (
        block.after_blank
        and block.kind == "p"
        and "\n" not in text
        and len(text) >= 80
        and text[-1] in _SENTENCE_ENDS
    )


# How many elements above the body's container a headline set in a plain block is looked for.
_HEADLINE_ABOVE_REACH = 30
_BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "li", "table", "tr", "td", "h1", "h2", "h3", "h4"})
_SHOWN_DAY = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# The day in words with its time, a portal's date line ("Ngày 21 tháng 05 năm 2026 lúc 21:32",
# "21:32 ngày 21 tháng 5 năm 2026"): a headline that names a day has no clock beside it.
_WORDED_STAMP = re.compile(
    r"\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b.*\b\d{1,2}[:hg]\d{2}\b"
    r"|\b\d{1,2}[:hg]\d{2}\b.*\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b",
    re.IGNORECASE,
)


def _headline_shaped(text: str) -> bool:
    """4-30 words, at most 200 characters, no full stop, colon or comma at its end, no day
    written in numbers and no byline: a headline, not a sapo, a date line or a label."""
    low, high = _OPENING_WORDS
    return (
        low <= len(text.split()) <= high
        and len(text) <= 200
        and text[-1] not in ".:;,"
        and not _SHOWN_DAY.search(text)
        and not _WORDED_STAMP.search(text)
        and not clean.byline_authors(text)
    )


_LINE_INLINE_TAGS = frozenset({"span", "font", "b", "strong"})


def _inline_line(el: HtmlElement) -> bool:
    """Whether inline *el* is a line of its own (old templates: "<span style='font-size:18px;
    font-weight:bold'>Headline</span><br>"): a span, font or bold element with a line break
    or a block before it and after it (or the box's edge), no words of its parent beside it."""
    if el.tag not in _LINE_INLINE_TAGS or (el.tail or "").strip():
        return False
    parent = el.getparent()
    if parent is None or parent.tag in _LINE_INLINE_TAGS:
        return False
    before, after = el.getprevious(), el.getnext()
    if before is None:
        if (parent.text or "").strip():
            return False
    elif (before.tag != "br" and before.tag not in _BLOCK_TAGS) or (before.tail or "").strip():
        return False
    return after is None or after.tag == "br" or after.tag in _BLOCK_TAGS


def _headline_above(container: HtmlElement) -> str:
    """The nearest headline-shaped block above *container* (``_headline_shaped``; one with
    no block inside it and no link, within ``_HEADLINE_ABOVE_REACH`` elements), passing
    date lines, sapos, bylines, share bars and menus; else ""."""
    for el in _elements_above(container, _HEADLINE_ABOVE_REACH):
        if (el.tag not in _BLOCK_TAGS and not _inline_line(el)) or any(
            c.tag in _BLOCK_TAGS or c.tag == "a" for c in el.iterdescendants()
        ):
            continue
        text = _line_text(el)
        if text and _headline_shaped(text):
            return text
    return ""


# How many elements after a label h1 its headline is looked for (``_headline_after``).
_HEADLINE_AFTER_REACH = 40
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)


def _headline_after(h1: HtmlElement) -> HtmlElement | None:
    """The first heading (h2-h4) or wholly bold block (a div, paragraph or cell whose words
    are all in ``b``/``strong`` or a bold style, no link) of four words or more after *h1*,
    within ``_HEADLINE_AFTER_REACH`` elements and before any other paragraph or h1, when it is
    ``_headline_shaped``; else None (a short box heading such as "Tin mới" is passed)."""
    for el in _elements_after(h1, _HEADLINE_AFTER_REACH):
        if el.tag == "h1":
            return None
        if el.tag in ("h2", "h3", "h4"):
            if el.find(".//a[@href]") is not None:
                return None
        elif el.tag in ("div", "p", "td"):
            if any(c.tag in _BLOCK_TAGS or c.tag == "a" for c in el.iterdescendants()):
                continue
            if not _wholly_bold(el):
                if el.tag == "p" and el.text_content().strip():
                    return None  # the story's text has begun
                continue
        else:
            continue
        text = _line_text(el)
        if len(text.split()) >= 4:
            return el if _headline_shaped(text) else None
    return None


# How many elements under a headline its date line is looked for (``_dated_below``).
_DATE_BELOW_REACH = 6


def _dated_below(el: HtmlElement) -> bool:
    """Whether a short line showing a day (a date line: "08/01/2026 18:21", the day in words
    with its time) follows *el* within ``_DATE_BELOW_REACH`` elements."""
    for found in _elements_after(el, _DATE_BELOW_REACH):
        text = clean.without_view_counter(clean.one_line(found.text_content()))
        if len(text) <= _DATE_LINE_MAX and (_SHOWN_DAY.search(text) or _WORDED_STAMP.search(text)):
            return True
    return False


def _wholly_bold(el: HtmlElement) -> bool:
    """Whether every word of *el* is set in bold: inside ``b``/``strong`` or an element whose
    style says bold (*el*'s own included)."""
    seen = False
    for text in el.xpath(".//text()"):
        if not text.strip():
            continue
        seen = True
        holder = text.getparent()
        while holder is not None:
            if holder.tag in ("b", "strong") or _BOLD_STYLE.search(holder.get("style") or ""):
                break
            if holder is el:
                return False
            holder = holder.getparent()
        else:
            return False
    return seen


def _elements_after(el: HtmlElement, reach: int) -> Iterator[HtmlElement]:
    """The elements after *el* in the document, in reading order (its later siblings' insides,
    then its parent's later siblings', …), at most *reach* of them."""
    seen = 0
    node: HtmlElement | None = el
    while node is not None:
        for sibling in node.itersiblings():
            for found in sibling.iter(etree.Element):
                seen += 1
                if seen > reach:
                    return
                yield found
        node = node.getparent()


def _elements_above(el: HtmlElement, reach: int) -> Iterator[HtmlElement]:
    """The elements before *el* in the document, nearest first (its earlier siblings' insides,
    then its parent's earlier siblings', …), at most *reach* of them."""
    seen = 0
    node: HtmlElement | None = el
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            for found in reversed(list(sibling.iter(etree.Element))):
                seen += 1
                if seen > reach:
                    return
                yield found
        node = node.getparent()


def _bold_name_opening(container: HtmlElement, blocks: Sequence[Block]) -> list[str]:
    """The reporter's name alone in bold opening the body, before the story's first paragraph
    (``_bold_name``: "<div><b>Minh Anh</b></div>" under the headline, read into a container
    that no class name told apart from the story's header), where nothing else names one."""
    for block in blocks[:2]:
        if len(block.text) > _DATE_LINE_MAX:
            break
        if block.kind != "p":
            continue
        for el in container.iter("p", "div", "b", "strong"):
            if clean.one_line(el.text_content()) == block.text:
                if names := _bold_name(el):
                    return names
                if block is blocks[0] and len(blocks) > 1 and _bare_name_over_sapo(el):
                    return _name_line(block.text)
                break
    return []


def _bare_name_over_sapo(el: HtmlElement) -> bool:
    """Whether *el*, a plain line opening the body, stands right above a sapo set wholly in
    bold (a photo story's or an e-magazine's "<p>Minh Anh</p><p><b>Sapo …</b></p>"): the
    maker's name, unlabelled, in the byline's slot. A line with markup of its own (a link, a
    bold run) is not this; the sapo must be a sentence of a sapo's length."""
    if len(el) or el.tag not in ("p", "div"):
        return False
    following = next((s for s in el.itersiblings() if isinstance(s.tag, str)), None)
    if following is None or following.tag not in ("p", "div") or not _wholly_bold(following):
        return False
    sapo = clean.one_line(following.text_content())
    return len(sapo) >= 80 and sapo[-1] in _SENTENCE_ENDS


def _name_line(text: str) -> list[str]:
    """The names of a line that is only names (``clean.split_names``: "Minh Anh", "Thu Hà -
    Quang Huy"), each a full name of 2-4 capitalised words and none a province's; else []."""
    names = clean.split_names(text)
    if not names or any(
        not 2 <= len(name.split()) <= 4
        or not all(word[:1].isupper() and not word.isupper() for word in name.split())
        or _is_province(name)
        for name in names
    ):
        return []
    return names


# Text nodes that may open with a lead prefix: "(BTN) -", "QTO -", "(Baonghean.vn) -".
_PAREN_TEXT_XPATH = etree.XPath(
    "//body//text()[starts-with(normalize-space(.), '(') or contains(substring(., 1, 16), ' -')"
    " or contains(substring(., 1, 16), ' –')]"
)
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "strong", "b", "td", "span", "em", "i"})
# Bold runs long enough for a sapo (the length is checked again on the holder's text).
_LONG_BOLD_XPATH = etree.XPath(
    "//body//b[string-length(.) >= 80] | //body//strong[string-length(.) >= 80]"
)
_SENTENCE_ENDS = frozenset('.!?…"”')


# How many elements above a bold sapo its heading is looked for.
_HEADING_REACH = 12
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _heading_above_is(el: HtmlElement, title: str) -> bool:
    """Whether the nearest heading element above *el* (within ``_HEADING_REACH`` elements) is
    the story's headline *title*, or none stands there (a headline in a bold span or cell)."""
    for found in _elements_above(el, _HEADING_REACH):
        if found.tag in _HEADING_TAGS:
            return titles.title_key(clean.one_line(found.text_content())) == titles.title_key(title)
    return True


def _lead_into(leads: Sequence[HtmlElement], container: HtmlElement) -> str:
    """The text of the first of *leads* set right above *container* (``_leads_into``), as
    ``_with_prefixed_lead`` puts it in the body; "" when none is."""
    for el in leads:
        if _leads_into(el, container):
            return clean.one_line(el.text_content())
    return ""


def _with_prefixed_lead(
    blocks: list[Block], leads: Sequence[HtmlElement], container: HtmlElement
) -> list[Block]:
    """*blocks* with the lead-prefixed block set right above *container* (``_leads_into``) as
    their first paragraph, where the body does not hold it already: the sapo in a box of its
    own between the headline and the story."""
    for el in leads:
        if _leads_into(el, container):
            text = clean.one_line(el.text_content())
            if any(b.text == text for b in blocks[:3]):
                return blocks
            return [Block("p", text, f"<p>{escape(text, quote=False)}</p>"), *blocks]
    return blocks


def _without_opening_byline(
    blocks: list[Block], authors: Sequence[str], shows_day: Callable[[str], bool] | None = None
) -> list[Block]:
    """*blocks* less a short line before the story's first paragraph that names exactly the
    *authors* found ("<div><b>Minh Anh</b></div>" between the headline and the sapo, read into
    a container without class names to leave it out): the byline, not the story. So is the
    one compact line of a mobile or AMP template that holds the date line and the byline
    ("Cập nhật lúc 15:43, Thứ Ba, 18/08/2026 (GMT+7) | Minh Anh, Thu Hà"), where *shows_day*
    says its other parts are the publication day's line."""
    wanted = {a.casefold() for a in authors}
    for i, block in enumerate(blocks[:2]):
        if (
            shows_day is not None
            and block.kind == "p"
            and len(block.text) <= _ROW_TEXT
            and _date_and_byline(block.text, wanted, shows_day)
        ):
            return blocks[:i] + blocks[i + 1 :]
        if len(block.text) > _DATE_LINE_MAX:
            break
        names = clean.byline_authors(block.text) or clean.split_names(block.text)
        if block.kind == "p" and names and {n.casefold() for n in names} == wanted:
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def _date_and_byline(text: str, wanted: set[str], shows_day: Callable[[str], bool]) -> bool:
    """Whether *text* is a date line and a byline in one row: its parts (``_ROW_PARTS``) are
    the *wanted* names (casefolded) and a date line that *shows_day* accepts, nothing else."""
    named: set[str] = set()
    rest: list[str] = []
    for part in _ROW_PARTS.split(text):
        if not (part := part.strip(" ,;")):
            continue
        names = clean.byline_authors(part) or clean.split_names(part)
        folded = {n.casefold() for n in names}
        if folded and folded <= wanted and not any(ch.isdigit() for ch in part):
            named |= folded
        else:
            rest.append(part)
    return named == wanted and bool(rest) and shows_day(" ".join(rest))


def _overlap(a: str, b: str) -> float:
    ta, tb = set(_TOKEN.findall(a.lower())), set(_TOKEN.findall(b.lower()))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _section_names(crumbs: Sequence[str]) -> list[str]:
    """The breadcrumb's section names and their parts ("Nông nghiệp - Nông thôn", "Nông
    nghiệp", "Nông thôn"), without the home crumb; a crumb of more than five words is left out
    (the story's own headline as the last crumb)."""
    names: list[str] = []
    for crumb in crumbs:
        if crumb.lower() in HOME_CRUMBS or len(crumb.split()) > _SECTION_MAX_WORDS:
            continue
        names.append(crumb)
        names.extend(titles.title_parts(crumb)[1:])
    return names


def _split_keywords(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[,;]", value) if v.strip()]


class PageElement(lxml_html.HtmlElement):
    """lxml.html's element, its ``text_content`` read through the text serializer.

    ``HtmlElement.text_content`` evaluates the XPath ``string()`` in a new evaluation context
    at each call; the serializer (``clean.element_text``) makes the same libxml2 read
    (``xmlBufGetNodeContent``: every text node below the element, in document order) without
    one. The extractor asks ~100 elements a page, from rules in every module: the one
    definition here serves them all (``tests/test_extract_speed.py`` holds it to lxml's).
    """

    def text_content(self) -> str:
        return etree.tostring(self, method="text", encoding=str, with_tail=False)


# lxml.html's own parser picks each element's Python class with a Python callback (FormElement,
# InputElement, ...), paid every time an element is touched from Python. Nothing here needs those
# classes: one C-level default lookup to PageElement (text_content, cssselect, ...) makes every
# full-tree pass about three times cheaper.


_LOOKUP = etree.ElementDefaultClassLookup(
    element=PageElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)
# collect_ids=False: libxml2 need not build a table of the page's id attributes, which nothing
# here looks up (XPath id() is never used): ~3% of the parse.
_PARSER = etree.HTMLParser(collect_ids=False)
_PARSER.set_element_class_lookup(_LOOKUP)
# The same for UTF-8 bytes: libxml2 works in UTF-8, so bytes it can take as they are skip the
# conversion of a Python string (UTF-16 for any Vietnamese page) and parse ~15% faster.
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8", collect_ids=False)
_UTF8_PARSER.set_element_class_lookup(_LOOKUP)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# ``\s`` of a str pattern is ``str.isspace``'s whitespace, which is what ``lstrip`` removes.
_XML_START = re.compile(r"\s*<\?xml")


def parse_document(text: str, utf8: bytes | None = None) -> HtmlElement:
    """Parse HTML text once; an XML declaration with an encoding is dropped (lxml refuses it).

    *utf8*, when given, is *text* encoded as UTF-8 byte for byte (``decode_html_source`` says
    when the page's own bytes are), and is what gets parsed: the same tree, sooner.
    """
    if _XML_START.match(text):  # ``text.lstrip()[:5] == "<?xml"`` without copying the page
        text = _XML_DECLARATION.sub("", text)
    elif utf8 is not None:
        return parse_document_bytes(utf8)
    return lxml_html.document_fromstring(text, parser=_PARSER)


def parse_document_bytes(utf8: bytes) -> HtmlElement:
    """``parse_document`` of the text whose UTF-8 bytes are *utf8*, when that text does not
    start with an XML declaration (the caller checks)."""
    return lxml_html.document_fromstring(utf8, parser=_UTF8_PARSER)
