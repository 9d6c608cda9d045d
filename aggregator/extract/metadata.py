"""Structured metadata of one parsed page: JSON-LD, OpenGraph/Twitter/meta tags, canonical, breadcrumbs.

Read once per page into a ``PageMetadata`` of plain strings; the page object decides what to trust.
The page's JSON-LD scripts are found and parsed once (``jsonld_scripts``) and kept on it, for
``published.find_dates`` to reuse. JSON-LD is read leniently (``@graph``, top-level lists, nested
``mainEntity``, control characters in strings, trailing garbage), because CMS plugins produce all
of those. Only article-like objects (NewsArticle, Article, BlogPosting, Report, …) feed article
fields; BreadcrumbList feeds the section.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from aggregator.extract.clean import one_line

ARTICLE_TYPES: frozenset[str] = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "report", "scholarlyarticle", "techarticle", "backgroundnewsarticle",
    "reviewnewsarticle", "liveblogposting", "posting", "socialmediaposting", "webpage",
})  # fmt: skip
# A generic WebPage is article metadata only when nothing more specific exists on the page.
_WEAK_TYPES = frozenset({"webpage"})


@dataclass(frozen=True, slots=True)
class JsonLdScript:
    """One ``<script>`` whose type mentions ``ld+json``, with its text parsed as it stands.

    ``data`` is ``json.loads(text.strip(), strict=False)`` and ``valid`` says whether that
    succeeded. Both readers of JSON-LD (this module and ``published``) start with that parse, which
    succeeds on nearly every page; each repairs broken JSON-LD in its own way from ``text``.
    """

    type: str  # the type attribute as written
    text: str
    data: Any
    valid: bool


def jsonld_scripts(doc: lxml_html.HtmlElement) -> list[JsonLdScript]:
    """Every script of the page whose type mentions ``ld+json``, in document order."""
    return [found for el in doc.iter("script") if (found := _jsonld_script(el)) is not None]


def _jsonld_script(script: lxml_html.HtmlElement) -> JsonLdScript | None:
    kind = script.get("type") or ""
    if "ld+json" not in kind.lower():
        return None
    text = script.text or ""
    try:
        data, valid = json.loads(text.strip(), strict=False), True
    except ValueError:
        data, valid = None, False
    return JsonLdScript(kind, text, data, valid)


@dataclass(slots=True)
class PageMetadata:
    """Metadata strings found in the page head and JSON-LD; "" when absent."""

    jsonld_headline: str = ""
    jsonld_description: str = ""
    jsonld_section: str = ""
    jsonld_image: str = ""
    jsonld_language: str = ""
    jsonld_authors: list[str] = field(default_factory=list)
    jsonld_keywords: list[str] = field(default_factory=list)
    jsonld_publisher: str = ""
    breadcrumbs: list[str] = field(default_factory=list)  # names, home first
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased name/property -> first content
    meta_all: dict[str, list[str]] = field(default_factory=dict)  # repeated tags (article:tag)
    canonical: str = ""
    page_title: str = ""
    html_lang: str = ""
    # the page's JSON-LD, parsed once for everything that reads it (``published.find_dates``)
    jsonld: list[JsonLdScript] = field(default_factory=list, repr=False, compare=False)


def read_metadata(doc: lxml_html.HtmlElement) -> PageMetadata:
    """Collect the metadata of a parsed document (never raises on malformed data)."""
    md = PageMetadata()
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key and value and value.strip():
            value = one_line(unescape_once(value))
            md.meta.setdefault(key, value)
            md.meta_all.setdefault(key, []).append(value)
    for el in doc.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            md.canonical = el.get("href", "").strip()
            break
    title = doc.find(".//title")
    md.page_title = one_line(unescape_once(title.text_content())) if title is not None else ""
    md.html_lang = (doc.get("lang") or doc.get("xml:lang") or "").strip()

    md.jsonld = jsonld_scripts(doc)
    articles: list[dict[str, Any]] = []
    nodes: dict[str, dict[str, Any]] = {}  # "@id" -> node: authors are often references
    for script in md.jsonld:
        if script.type.strip().lower() != "application/ld+json":
            continue
        for obj in _objects(_script_value(script)):
            kinds = {t.lower() for t in _as_list(obj.get("@type")) if isinstance(t, str)}
            if isinstance(obj.get("@id"), str):
                nodes.setdefault(obj["@id"], obj)
            if "breadcrumblist" in kinds and not md.breadcrumbs:
                md.breadcrumbs = _breadcrumb_names(obj)
            if kinds & ARTICLE_TYPES:
                articles.append(obj)
    # The most specific article object with a headline wins; WebPage only as a last resort;
    # among those, one that names another page (a teaser card's object) after the page's own.
    addresses = [md.canonical, md.meta.get("og:url", "")]
    articles.sort(
        key=lambda o: (
            _types(o) <= _WEAK_TYPES,
            names_other_page(o, addresses),
            not o.get("headline"),
        )
    )
    if articles:
        _fill_from_article(md, articles[0], nodes)
    return md


def names_other_page(obj: dict[str, Any], addresses: Sequence[str]) -> bool:
    """Whether a JSON-LD object says it is another page's: its ``url`` or ``mainEntityOfPage``
    (an address, or a node's ``@id``) is none of the page's *addresses* (its URL, canonical,
    og:url; empty ones ignored). A teaser card's or a "trending" box's NewsArticle names the
    story it links to; the page's own names the page, or no address at all (False then).

    Addresses match by path, leniently: the same path, one path inside the other (an AMP copy
    "/story/amp", a section prefix), or the same last segment without its extension (the
    story's slug under another section or host).
    """
    own = [_path(a) for a in addresses if a and a.strip()]
    if not own:
        return False
    named = []
    for key in ("url", "mainEntityOfPage"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.strip().startswith(("http", "/")):
            named.append(_path(value))
    return bool(named) and not any(_same_page(n, o) for n in named for o in own)


def _path(address: str) -> str:
    path = urlsplit(address.strip()).path
    return path.rstrip("/").casefold()


def _same_page(one: str, other: str) -> bool:
    if one == other:
        return True
    if not one or not other:  # the home page ("") is no story's page
        return False
    if one.startswith(other + "/") or other.startswith(one + "/"):
        return True
    return _slug(one) == _slug(other)


def _slug(path: str) -> str:
    return path.rsplit("/", 1)[-1].split(".", 1)[0]


# Meta tags that name the author where the author tag is missing: Dublin Core, and the
# "label"/"data" pairs of Twitter cards (WordPress SEO plugins: "Written by" / "Jane Doe").
_AUTHOR_LABELS = frozenset({
    "written by", "author", "autor", "autorin", "verfasst von", "geschrieben von", "von",
    "écrit par", "auteur", "escrito por", "autore", "scritto da", "tác giả",
})  # fmt: skip


def meta_author(md: PageMetadata) -> str:
    """The author a page's meta tags name: author, article:author, dc.creator, a Twitter card's
    "Written by" label; "" when none (or only an address)."""
    for key in ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "article:author_name", "byl"):  # fmt: skip
        value = md.meta.get(key, "")
        if value and not value.startswith("http"):
            return value
    # Journals and papers: one tag a person, often written "Last, First" (Highwire/Google
    # Scholar tags), read as the byline "First Last; First Last".
    if citations := [c for c in md.meta_all.get("citation_author", ()) if c.strip()]:
        return "; ".join(_first_name_first(c) for c in citations[:20])
    for number in range(1, 5):
        label = md.meta.get(f"twitter:label{number}", "").strip(" :").casefold()
        if label in _AUTHOR_LABELS and (value := md.meta.get(f"twitter:data{number}", "")):
            return value
    return ""


def _first_name_first(name: str) -> str:
    """ "Smith, Jane A." -> "Jane A. Smith"; a name without one comma stays as written."""
    last, comma, first = name.partition(",")
    if not comma or "," in first or not first.strip() or not last.strip():
        return name.strip()
    return f"{first.strip()} {last.strip()}"


# A character reference left in text: "&#7871;", "&#x1EBF;", "&amp;", "&quot;".
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")


# A reference left inside a word after one unescaping ("H&#7897;i", "Ng&agrave;y"): the
# text was escaped twice, not written about markup (which sets a reference apart).
_GLUED_REFERENCE = re.compile(
    r"(?<=[^\W\d_])&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});"
    r"|&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});(?=[^\W\d_])"
)


def unescape_once(text: str) -> str:
    """*text* with HTML character references made letters, once.

    JSON-LD is script text, which the HTML parser leaves as written, and many Vietnamese CMSs
    escape its strings ("Chi&#7871;n s&#7921;"); meta contents escaped twice keep one level
    after parsing. A reader never sees the references. Once: "&amp;#7871;" is "&#7871;", text
    about markup; but a reference that is then left inside a word ("H&amp;#7897;i" in a
    JSON-LD headline escaped twice by the CMS) is unescaped again.
    """
    if "&" not in text or not _REFERENCE.search(text):
        return text
    text = html.unescape(text)
    if "&" in text and _GLUED_REFERENCE.search(text):
        text = html.unescape(text)
    return text


def _types(obj: dict[str, Any]) -> set[str]:
    return {t.lower() for t in _as_list(obj.get("@type")) if isinstance(t, str)}


def _fill_from_article(
    md: PageMetadata, obj: dict[str, Any], nodes: dict[str, dict[str, Any]] | None = None
) -> None:
    md.jsonld_headline = _text(obj.get("headline")) or (
        "" if _types(obj) <= _WEAK_TYPES else _text(obj.get("name"))
    )
    md.jsonld_description = _text(obj.get("description"))
    md.jsonld_section = ", ".join(_strings(obj.get("articleSection")))
    md.jsonld_image = _image_url(obj.get("image")) or _image_url(obj.get("thumbnailUrl"))
    md.jsonld_language = _text(obj.get("inLanguage"))
    md.jsonld_authors = _person_names(_resolve(obj.get("author"), nodes or {}), people_only=True)
    keywords = obj.get("keywords")
    if isinstance(keywords, str):  # unescaped before the split: "chi&#7871;n" holds a ";"
        md.jsonld_keywords = [
            one_line(k) for k in re.split(r"[,;]", unescape_once(keywords)) if k.strip()
        ]
    else:
        md.jsonld_keywords = _strings(keywords)
    md.jsonld_publisher = next(iter(_person_names(obj.get("publisher"))), "")


# --- lenient JSON-LD -------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _script_value(script: JsonLdScript) -> Any:
    """The script's JSON-LD value as ``_load_json`` reads it, reusing the shared parse.

    That parse is the same as ``_load_json``'s when the text had no control character to blank
    out (valid JSON cannot start with "<!--", the only other change ``_load_json`` makes).
    """
    if script.valid and not _CONTROL.search(script.text):
        return script.data
    return _load_json(script.text)


def _load_json(raw: str) -> Any:
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw.removeprefix("<!--").removesuffix("-->").strip()
    if not raw:
        return None
    try:
        # strict=False accepts raw newlines/tabs inside strings (common in articleBody).
        return json.loads(_CONTROL.sub(" ", raw), strict=False)
    except ValueError:
        pass
    try:  # trailing garbage such as a second object or a stray ";"
        return json.JSONDecoder(strict=False).raw_decode(_CONTROL.sub(" ", raw))[0]
    except ValueError:  # broken JSON-LD: the page's other metadata still counts
        return None


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every dict in a JSON-LD value that has a @type, through @graph, lists and mainEntity."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(data.get(key), list | dict) and key in ("@graph", "mainEntity"):
                yield from _objects(data[key], depth + 1)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name") or ""
    if not isinstance(value, str | int | float):
        return ""
    text = unescape_once(str(value))
    if "<" in text and ">" in text:  # some CMSs put HTML in JSON-LD strings
        # An unparseable fragment is kept raw.
        with contextlib.suppress(ValueError, lxml_html.etree.ParserError):
            text = lxml_html.fromstring(f"<div>{text}</div>").text_content()
    return one_line(text)


def _strings(value: Any) -> list[str]:
    return [t for t in (_text(v) for v in _as_list(value)) if t]


# Author objects that are not people: a publisher or company named as the author.
_ORGANISATION_TYPES = frozenset({
    "organization", "newsmediaorganization", "corporation", "localbusiness", "website",
    "governmentorganization", "educationalorganization", "ngo", "brand",
})  # fmt: skip


def _resolve(value: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    """*value* with references to other nodes ({"@id": "…#/schema/person/…"}, as WordPress SEO
    plugins write an article's author) replaced by the nodes they name."""
    out = []
    for item in _as_list(value):
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = nodes.get(item["@id"], item)
        out.append(item)
    return out


def _person_names(value: Any, *, people_only: bool = False) -> list[str]:
    names = []
    for item in _as_list(value):
        # A personal site's owner is typed both Person and Organization: a person.
        if (
            people_only
            and isinstance(item, dict)
            and _types(item) & _ORGANISATION_TYPES
            and "person" not in _types(item)
        ):
            continue
        name = _text(item.get("name")) if isinstance(item, dict) else _text(item)
        if isinstance(item, dict) and name and " " not in name:
            name = _full_name(name, _text(item.get("description")))
        if name and not name.startswith("http") and name not in names:
            names.append(name)
    return names


# A bio that opens with the writer's full name: "Stefanus Stahl - Maschinenbauer, …", "Jane
# Smith is a reporter …", "Anna Berger ist Redakteurin …".
_BIO_NAME = re.compile(
    r"^(?P<name>\S+(?:\s+[A-ZÀ-ÞĐ][\w'’.-]+){1,2})(?:\s*[-–—,(]|\s+(?:is|was|ist|war|est|es|è)\s)"
)


def _full_name(name: str, description: str) -> str:
    """The full name a one-word author's bio opens with (WordPress shows the first name or the
    login as the author and the bio in the author box), else *name*."""
    match = _BIO_NAME.match(description.strip())
    if match and match.group("name").split()[0] == name:
        return match.group("name")
    return name


def _image_url(value: Any) -> str:
    for item in _as_list(value):
        if isinstance(item, str) and item.strip():
            return item.strip()
        if isinstance(item, dict):
            url = item.get("url") or item.get("contentUrl") or item.get("@id")
            if isinstance(url, str) and url.strip():
                return url.strip()
    return ""


def _breadcrumb_names(obj: dict[str, Any]) -> list[str]:
    items = [i for i in _as_list(obj.get("itemListElement")) if isinstance(i, dict)]
    items.sort(key=lambda i: i.get("position") if isinstance(i.get("position"), int) else 0)
    names = []
    for item in items:
        name = _text(item.get("name"))
        if not name and isinstance(item.get("item"), dict):
            name = _text(item["item"].get("name"))
        if name:
            names.append(name)
    return names
