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

import logging
import re
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from html import escape
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector
from lxml.etree import XPathError

from aggregator.dates import parse_date
from aggregator.extract import clean, content
from aggregator.extract.content import Block, HtmlElement
from aggregator.extract.language import detect_language
from aggregator.extract.metadata import PageMetadata, read_metadata
from aggregator.extract.published import find_dates
from aggregator.items import Article
from aggregator.sites import Selectors, SiteConfig

logger = logging.getLogger(__name__)

# --- vocabularies ----------------------------------------------------------------------------------

# Class-name fragments of the sapo/lead element in Vietnamese and international CMSs.
SAPO_HINTS: tuple[str, ...] = (
    "sapo", "chapeau", "tomtat", "tom-tat", "mo-ta", "article-summary", "article__sapo",
    "detail-sapo", "summary", "description", "lead", "standfirst", "intro", "excerpt",
)  # fmt: skip
# Class-name fragments of a headline written without <h1> (old CMSs: "tieude", "title-detail").
TITLE_HINTS: tuple[str, ...] = ("title", "tieude", "tieu-de", "tieu_de", "headline", "heading")
BYLINE_HINTS: tuple[str, ...] = ("author", "byline", "tac-gia", "tacgia", "writer", "reporter")
TAG_HINTS: tuple[str, ...] = ("tag", "keyword", "tu-khoa", "tukhoa", "topic")
HOME_CRUMBS: frozenset[str] = frozenset({"trang chủ", "home", "trang nhất", "homepage", "tin tức"})
# First URL path segments that name no section ("/vi/tin-tuc/…", "/news/34610p1c24/…").
GENERIC_SEGMENTS: frozenset[str] = frozenset({
    "vi", "en", "vn", "amp", "m", "news", "tin-tuc", "tintuc", "article", "articles", "bai-viet",
    "post", "posts", "index.php", "story", "stories", "detail", "chi-tiet", "tin", "p", "a", "s",
    "www", "mobile", "print",
})  # fmt: skip
_TOKEN = re.compile(r"\w+")
_SAPO = re.compile("|".join(SAPO_HINTS))
_TAGS = re.compile("|".join(TAG_HINTS))
_BYLINE = re.compile("|".join(BYLINE_HINTS))
_TITLE = re.compile("|".join(TITLE_HINTS))
MAX_TAGS = 20
# Bits of ``_hint_kinds``: which DOM-hint vocabularies a class+id string matches.
_SAPO_HINT, _TAGS_HINT, _BYLINE_HINT, _TITLE_HINT, _CRUMB_HINT = 1, 2, 4, 8, 16


@lru_cache(maxsize=16384)
def _hint_kinds(hints: str) -> int:
    """The vocabularies *hints* matches, as bits. Class strings repeat within a page (~450 hinted
    elements, ~200 distinct strings) and across pages: each distinct one is tested once."""
    kinds = 0
    if _SAPO.search(hints):
        kinds |= _SAPO_HINT
    if _TAGS.search(hints):
        kinds |= _TAGS_HINT
    if _BYLINE.search(hints):
        kinds |= _BYLINE_HINT
    if _TITLE.search(hints):
        kinds |= _TITLE_HINT
    if "breadcrumb" in hints:
        kinds |= _CRUMB_HINT
    return kinds


class ArticlePage:
    """Fields of one article page; ``to_article()`` assembles them."""

    def __init__(
        self,
        url: str,
        doc: HtmlElement,
        site: SiteConfig | None = None,
        now: datetime | None = None,
    ) -> None:
        self.url = url
        self.doc = doc
        self.site = site
        self.now = now
        self.md: PageMetadata = read_metadata(doc)
        # Elements with a class or id, with their lower-cased names: the DOM hints below scan only
        # these (a fraction of the page), before pruning changes the tree. Only the body's: the
        # head holds no text block (the parser moves any to the body) and pruning keeps to the body.
        body = doc.find("body")
        self.hinted: list[tuple[HtmlElement, str]] = content.hinted_elements(
            body if body is not None else doc
        )
        # The hinted elements of each DOM-hint vocabulary, in document order: one pass here
        # instead of one regex scan of the whole list per field.
        self.hinted_by_kind: dict[int, list[tuple[HtmlElement, str]]] = {
            kind: [] for kind in (_SAPO_HINT, _TAGS_HINT, _BYLINE_HINT, _TITLE_HINT, _CRUMB_HINT)
        }
        for item in self.hinted:
            if kinds := _hint_kinds(item[1]):
                for kind, found in self.hinted_by_kind.items():
                    if kinds & kind:
                        found.append(item)
        base = doc.find(".//base[@href]")
        self.base_url = urljoin(url, base.get("href", "")) if base is not None else url
        self.site_names = [n for n in (self.md.meta.get("og:site_name", ""), self.md.jsonld_publisher,
                                       site.name if site else "", urlsplit(url).hostname or "") if n]  # fmt: skip

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
        published, updated = find_dates(self.doc, url=self.url, now=self.now, jsonld=self.md.jsonld)
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
        source "title-class".
        """
        found = []
        for h1 in self.doc.iter("h1"):
            text = clean.one_line(h1.text_content())
            if 3 <= len(text) <= 400:
                found.append((text, [h1, *h1.iterancestors()], "h1"))
        if found:
            return found
        for el, hints in self.hinted_by_kind[_TITLE_HINT]:
            if el.tag not in ("div", "span", "p", "h2", "h3", "td", "strong"):
                continue
            if content.is_negative(hints) or any(a.tag == "a" for a in el.iter()):
                continue  # a title-named block of links is a list of other stories
            text = clean.one_line(el.text_content())
            if 10 <= len(text) <= 300:
                found.append((text, [el, *el.iterancestors()], "title-class"))
        return found

    def dom_sapo(self) -> tuple[str, HtmlElement | None]:
        for el, hints in self.hinted_by_kind[_SAPO_HINT]:
            if el.tag not in ("div", "p", "h2", "h3", "span", "section", "strong"):
                continue
            if content.is_negative(hints) and "summary" not in hints:
                continue
            text = clean.one_line(el.text_content())
            if 40 <= len(text) <= 1200:
                return text, el
        return "", None

    def dom_breadcrumbs(self) -> list[str]:
        for el, _ in self.hinted_by_kind[_CRUMB_HINT]:
            crumbs = [clean.one_line(a.text_content()) for a in el.iter("a")]
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
            links = [clean.one_line(a.text_content()) for a in el.iter("a")]
            links = [t for t in links if 1 < len(t) <= 60]
            if 0 < len(links) <= MAX_TAGS:
                return links
        return []

    def dom_byline(self) -> list[str]:
        for el, _ in self.hinted_by_kind[_BYLINE_HINT]:
            if el.tag not in ("div", "p", "span", "a", "strong", "b"):
                continue
            text = clean.one_line(el.text_content())
            if not text or len(text) > 80:
                continue
            if names := clean.byline_authors(text) or clean.byline_authors(f"Bài: {text}"):
                return names
        return []

    # --- assembling --------------------------------------------------------------------------------

    def to_article(self) -> Article:
        md = self.md
        published, updated = self.dates()
        h1s = self.h1_candidates()
        sapo, sapo_el = self.dom_sapo()
        crumbs = md.breadcrumbs or self.dom_breadcrumbs()
        dom_tags = self.dom_tags()
        dom_authors = self.dom_byline()
        sel = self._selectors

        blocks, container = self.body_blocks(sapo_el)
        title, title_source = self.title(h1s, container)
        authors = self.authors(dom_authors)
        language = self.language(blocks)
        blocks, credit, body_authors = self.strip_credits(blocks, language)
        blocks = self.drop_repeats(blocks, title, sapo if sapo_el is not None else "")
        if not authors:
            authors = body_authors

        lead = self.strip_lead(blocks)
        summary = self.summary(sapo, title) or lead
        if sel and sel.summary and (text := self._select_text(sel.summary)):
            summary = clean.strip_lead_prefix(text)
        if sel and sel.author and (text := self._select_text(sel.author)):
            authors = clean.byline_authors(text) or clean.split_names(text)
        section = self.section(crumbs, title)
        if sel and sel.section and (text := self._select_text(sel.section)):
            section = text

        body_text = "\n\n".join(b.text for b in blocks if b.text)
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

    def body_blocks(self, sapo_el: HtmlElement | None) -> tuple[list[Block], HtmlElement | None]:
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
        if sapo_el is not None:
            content._drop(sapo_el)  # the sapo is the summary; keep it out of the body
        stats = content.prune(self.doc, self.hinted)
        container, stats = content.find_main(self.doc, stats)
        if container is None:
            return [], None
        return content.read_blocks(container, self.base_url, stats), container

    def title(
        self, h1s: Sequence[tuple[str, list[HtmlElement], str]], container: HtmlElement | None
    ) -> tuple[str, str]:
        """The article's own heading; the served <title> only when nothing else names it."""
        sel = self._selectors
        if sel and sel.title and (text := self._select_text(sel.title)):
            return text, "selector"
        h1, h1_source = _nearest_h1(h1s, container)
        page_title = self.md.page_title
        candidates = [
            (self.md.jsonld_headline, "jsonld"),
            (clean.strip_site_suffix(self.md.meta.get("og:title", ""), self.site_names), "og"),
            (h1, h1_source),
        ]
        for text, source in candidates:
            if not text:
                continue
            if source != h1_source and h1:
                # Hacked pages rewrite <title> (and sometimes og:title with it); when a metadata
                # title is the served <title> and shares nothing with the article's h1, the h1 wins.
                if _overlap(text, h1) == 0 and _overlap(text, page_title) > 0.8:
                    continue
                # JSON-LD headlines are often cut to ~110 characters: the h1 has the whole one.
                stem = text.rstrip(" .…")
                if stem != text and h1.startswith(stem) and len(h1) > len(stem):
                    return h1, h1_source
            return text, source
        if page_title:
            return clean.strip_site_suffix(page_title, self.site_names), "title"
        return "", ""

    def strip_lead(self, blocks: list[Block]) -> str:
        """Remove a dateline prefix ("(BTN) -") from the first paragraph; return that paragraph
        when it had one (it is then the lead, usable as the summary)."""
        first = next((b for b in blocks if b.kind == "p"), None)
        if first is None or first is not blocks[0]:
            return ""
        stripped = clean.strip_lead_prefix(first.text)
        if stripped == first.text or first.text.startswith(("-", "–", "—")):
            return ""
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

    def authors(self, dom_authors: list[str]) -> list[str]:
        md = self.md
        meta_author = md.meta.get("author", "") or md.meta.get("article:author", "")
        if meta_author.startswith("http"):
            meta_author = ""
        not_people = {clean.one_line(n).lower() for n in self.site_names}
        for names in (md.jsonld_authors, clean.split_names(meta_author) if meta_author else [],
                      dom_authors):  # fmt: skip
            names = [n for n in names if n.lower() not in not_people and len(n) <= 80]
            if names:
                return names
        return []

    def strip_credits(
        self, blocks: list[Block], language: str
    ) -> tuple[list[Block], str, list[str]]:
        """Move the trailing credit ("Theo TQĐT") and byline lines out of the body."""
        blocks = list(blocks)
        credit = ""
        authors: list[str] = []
        for _ in range(4):
            last = next((b for b in reversed(blocks) if b.kind in ("p", "h")), None)
            if last is None or last is not _last_text_block(blocks):
                break
            text = last.text
            if not credit and (found := clean.credit_of(text)):
                credit = found
            elif names := clean.byline_authors(text):
                authors = names + authors
            elif language == "vi" and not authors and (names := clean.trailing_name(text)):
                authors = names
            else:
                break
            blocks.remove(last)
        if last_block := _last_text_block(blocks):
            fixed = clean.strip_end_marker_ending_sentence(last_block.text)
            if fixed != last_block.text:
                last_block.text = fixed
                # The html is the escaped text in one element: fix its inner text the same way.
                if m := re.fullmatch(r"(<\w+>)(.*)(</\w+>)", last_block.html, re.DOTALL):
                    inner = clean.strip_end_marker_ending_sentence(m.group(2))
                    last_block.html = f"{m.group(1)}{inner}{m.group(3)}"
        return blocks, credit, authors

    def drop_repeats(self, blocks: list[Block], title: str, sapo: str) -> list[Block]:
        """Drop the headline and the sapo when the body container repeats them at its start."""
        out = []
        for i, block in enumerate(blocks):
            if i < 3 and block.text and block.text in (title, sapo):
                continue
            out.append(block)
        return out

    def section(self, crumbs: list[str], title: str) -> str:
        names = [c for c in crumbs if c.lower() not in HOME_CRUMBS and c != title]
        if names:
            return names[0]
        md = self.md
        if md.jsonld_section:
            return md.jsonld_section.split(",")[0].strip()
        if value := md.meta.get("article:section", ""):
            return value
        segments = [s for s in urlsplit(self.url).path.split("/") if s]
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
            if url and not url.startswith("data:"):
                return urljoin(self.base_url, url.strip())
        return next((b.src for b in blocks if b.kind == "image"), "")

    def language(self, blocks: list[Block]) -> str:
        md = self.md
        head = self.doc.find("head")
        equiv = [
            el.get("content", "")
            for el in (head.iter("meta") if head is not None else ())
            if (el.get("http-equiv") or "").strip().lower() == "content-language"
        ]
        declared = (md.html_lang, md.meta.get("og:locale", ""), md.jsonld_language, *equiv,
                    md.meta.get("content-language", ""), md.meta.get("language", ""))  # fmt: skip
        text = " ".join(b.text for b in blocks[:20])
        return detect_language(declared, text, self.site.language if self.site else "vi")


def _last_text_block(blocks: list[Block]) -> Block | None:
    return next((b for b in reversed(blocks) if b.kind not in ("image",)), None)


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


def _overlap(a: str, b: str) -> float:
    ta, tb = set(_TOKEN.findall(a.lower())), set(_TOKEN.findall(b.lower()))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _split_keywords(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[,;]", value) if v.strip()]


# lxml.html's own parser picks each element's Python class with a Python callback (FormElement,
# InputElement, ...), paid every time an element is touched from Python. Nothing here needs those
# classes: one C-level default lookup to HtmlElement (text_content, cssselect, ...) makes every
# full-tree pass about three times cheaper.
_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)
_PARSER = etree.HTMLParser()
_PARSER.set_element_class_lookup(_LOOKUP)
# The same for UTF-8 bytes: libxml2 works in UTF-8, so bytes it can take as they are skip the
# conversion of a Python string (UTF-16 for any Vietnamese page) and parse ~15% faster.
_UTF8_PARSER = etree.HTMLParser(encoding="utf-8")
_UTF8_PARSER.set_element_class_lookup(_LOOKUP)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def parse_document(text: str, utf8: bytes | None = None) -> HtmlElement:
    """Parse HTML text once; an XML declaration with an encoding is dropped (lxml refuses it).

    *utf8*, when given, is *text* encoded as UTF-8 byte for byte (``decode_html_source`` says
    when the page's own bytes are), and is what gets parsed: the same tree, sooner.
    """
    if text.lstrip()[:5] == "<?xml":
        text = _XML_DECLARATION.sub("", text)
    elif utf8 is not None:
        return lxml_html.document_fromstring(utf8, parser=_UTF8_PARSER)
    return lxml_html.document_fromstring(text, parser=_PARSER)
