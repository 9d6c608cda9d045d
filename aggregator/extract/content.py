"""Generic main-content detection: find the article block of a parsed page and read it as blocks.

No site rules. The page is parsed once (by the caller); this module works on that tree:

1. ``prune``: drop elements that never hold article text (scripts, forms controls, navigation) and
   blocks whose class/id names say they are furniture (share bars, related links, comments, ads),
   unless they hold most of the page's paragraph text (a wrapper named "main has-sidebar" is kept).
2. ``find_main``: score paragraph-like elements by length, punctuation and link density; credit
   their parent and grandparent; adjust by class/id hints (English and Vietnamese CMS names); pick
   the best container, then widen it to an ancestor when the text is split over sibling blocks.
3. ``read_blocks``: walk the container into ordered blocks (paragraphs, subheadings, lists, tables,
   images with captions), dropping link-dense blocks and furniture, and stopping at a heading like
   "Tin cùng chuyên mục" once the article has started.

Element statistics (text and link length) are computed in one bottom-up pass, so the whole
detection is linear in the size of the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from typing import NamedTuple

from lxml import etree
from lxml import html as lxml_html

from aggregator.extract.clean import (
    byline_authors,
    credit_line_parts,
    credit_of,
    element_text,
    is_agency_credit,
    is_boilerplate,
    is_comment_heading,
    is_contact_field,
    is_control_label,
    is_in_body_box_heading,
    is_page_meta,
    is_player_label,
    is_pointer,
    is_promo,
    is_related_box_heading,
    is_shortcode,
    is_stop_heading,
    is_teaser_heading,
    is_vote_label,
    is_widget_labels,
    is_wire_notice,
    join_caption_lines,
    looks_like_filename,
    one_line,
    photo_credit,
    trailing_name,
    without_more_link,
)
from aggregator.extract.titles import title_key
from aggregator.urls import join_url

HtmlElement = lxml_html.HtmlElement

# --- vocabularies ----------------------------------------------------------------------------------

# Elements that never contain article text. <form> is NOT here: ASP.NET sites (common among
# provincial and government CMSs) wrap the whole page in one <form>.
DROP_TAGS: frozenset[str] = frozenset({
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "button", "select", "input", "textarea", "nav", "aside", "footer", "map", "audio", "video",
    "dialog", "link", "meta",
    # ruby annotations: the reading of the characters they sit on (Japanese furigana), which
    # would be read into the sentence twice ("子こども")
    "rt", "rp",
})  # fmt: skip

# Class/id fragments of furniture. Matched as substrings of the lower-cased class+id string,
# so "box-tinlienquan", "share-bar" and "commentList" all hit.
NEGATIVE_HINTS: tuple[str, ...] = (
    "comment", "share", "social", "related", "sidebar", "widget", "footer", "breadcrumb", "banner",
    "advert", "sponsor", "promo", "newsletter", "subscribe", "popup", "modal", "cookie", "login",
    "signup", "recommend", "outbrain", "taboola", "popular", "trending", "toolbar", "masthead",
    "pagination", "pager", "rating", "disqus", "navbar", "menu", "skip-link",
    "byline", "author", "dateline", "timestamp", "published", "caption-credit", "copyright",
    "tags", "keyword", "topic-list", "more-news", "read-more", "readmore",
    # Affiliate notes and disclosures ("We recommend the best products…"); not "disclaimer": an
    # opinion piece's "The views expressed … do not reflect …" is part of its text.
    "disclosure", "affiliate",
    # "author" in German, Polish, Spanish, Portuguese ("autorenbox", "artDetailAutor__text"):
    # the writer's bio box under the story
    "autor",
    # the bio boxes of WordPress author-box plugins whose names do not say "author" (Simple
    # Author Box "saboxplugin-wrap", Starbox "abh_box", Fancier Author Box "ts-fab-wrapper")
    "saboxplugin", "abh_box", "ts-fab",
    # Vietnamese CMSs: "tin liên quan", "tin khác", "cùng chuyên mục", "tin mới", "đọc nhiều",
    # "bình luận", "ý kiến", "quảng cáo", "chia sẻ".
    "lienquan", "lien-quan", "tinkhac", "tin-khac", "othernews", "other-news", "cungchuyenmuc",
    "cung-chuyen-muc", "tinmoi", "tin-moi", "docnhieu", "doc-nhieu", "binhluan", "binh-luan",
    "ykien", "y-kien", "quangcao", "quang-cao", "chiase", "chia-se", "box-tin", "list-news",
    "news-list", "listnews",
)  # fmt: skip
# Short fragments that must be whole words ("ad" must not hit "header" or "shadow").
NEGATIVE_WORDS: frozenset[str] = frozenset({
    "ad", "ads", "adv", "nav", "meta", "tool", "tools", "share", "social",
    "sns", "aside", "extra", "foot", "header", "top-bar", "qc", "tag",
    # Screen-reader-only labels ("Image caption", "Share on Facebook", "Opens in a new window"):
    # text for assistive technology that the page never shows. WordPress "screen-reader-text",
    # Bootstrap "sr-only", Drupal "element-invisible", and the generic "visually-hidden" family.
    "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "off-screen",
    "offscreen", "element-invisible",
    # Photo credits set apart from the caption ("Photo: Hau Dinh, AP", "Credit: EPA"): the
    # agency or photographer's name, not a sentence of the article.
    "credit", "credits",  # whole words: also "photo-credit", "image-credit", "credit-line"
})  # fmt: skip
POSITIVE_HINTS: tuple[str, ...] = (
    "article", "content", "entry", "story", "post", "body", "text", "main", "detail", "news",
    "blog", "prose", "rich-text", "richtext",
    # Vietnamese CMSs: "nội dung", "chi tiết", "bài viết", VnExpress-style "fck_detail".
    "noidung", "noi-dung", "chitiet", "chi-tiet", "baiviet", "bai-viet", "fck", "cms-body",
)  # fmt: skip
STRONG_POSITIVE: tuple[str, ...] = (
    "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody",
    "entry-content", "post-content", "post-body", "detail-content", "content-detail",
    "news-content", "noidung", "fck_detail", "cms-body", "article-content", "articlecontent",
    "main-content-detail", "detail__content", "content_detail", "the-article-body",
)  # fmt: skip
CAPTION_HINTS: tuple[str, ...] = (
    "caption", "desc", "chu-thich", "chuthich", "legend", "image-note", "img-note", "note",
    "photo-title",
)  # fmt: skip

# The DOM hints of the page's fields (``page.ArticlePage``): class-name fragments of the
# sapo/lead element in Vietnamese and international CMSs, of a headline written without <h1>
# (old CMSs: "tieude", "title-detail"), of a byline and of a tag list. Read by the same scan as
# the names above (``_name_marks``), so they are kept beside them.
SAPO_HINTS: tuple[str, ...] = (
    "sapo", "chapeau", "tomtat", "tom-tat", "mo-ta", "article-summary", "article__sapo",
    "detail-sapo", "summary", "description", "lead", "standfirst", "intro", "excerpt",
)  # fmt: skip
TITLE_HINTS: tuple[str, ...] = ("title", "tieude", "tieu-de", "tieu_de", "headline", "heading")
BYLINE_HINTS: tuple[str, ...] = (
    "author", "byline", "tac-gia", "tacgia", "writer", "reporter", "autor", "auteur", "verfasser",
    "contributor",
)  # fmt: skip
TAG_HINTS: tuple[str, ...] = ("tag", "keyword", "tu-khoa", "tukhoa", "topic")

PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "dd"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "pre", "figure",
    "figcaption", "hr", "center", "address", "caption", "details", "summary", "form",
    *HEADING_TAGS,
})  # fmt: skip

_WRAPPING_INLINE = frozenset({"a", "span", "font", "strong", "b", "em", "i", "u", "sup", "sub"})
_COMMAS = re.compile(r"[,，、;،]")


def _comma_count(text: str) -> int:
    """How many matches ``_COMMAS`` finds, each single character counted by ``str.count`` in C
    (~3x faster than ``len(findall)``, which builds a list of every match)."""
    return text.count(",") + text.count("，") + text.count("、") + text.count(";") + text.count("،")


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Marks a line that is one link (``_Reader._link_line``); one_line keeps it (no space, visible).
_LINK_LINE = "\ue000"
_LINK_SEPARATORS = " \t\n\r\xa0|·•/-–—"


def _alternation(fragments: tuple[str, ...] | frozenset[str]) -> str:
    """A regex matching any of *fragments*, factored as a trie ("a(?:d(?:s|v)?|rticle)"): it
    matches the same strings as the plain "|".join, but ``re`` tries each alternative at each
    position, so ~90 flat fragments cost ~90 checks per position and the trie a few (about
    twice as fast on class names, where most of the extractor's regex time goes)."""
    trie: dict[str, dict] = {}
    for fragment in fragments:
        node = trie
        for ch in fragment:
            node = node.setdefault(ch, {})
        node[""] = {}  # a fragment ends here

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        optional = "?" if "" in node else ""  # a shorter fragment ends here
        if len(branches) == 1 and not optional:
            return branches[0]
        return f"(?:{'|'.join(branches)}){optional}"

    return pattern(trie)


# One regex per vocabulary: a page has thousands of class names, tested once each.
# Whole class names only: "hidden", "print" are furniture as a class of their own, not inside
# Drupal's "field-label-hidden" (the field's label is hidden), a utility "overflow-hidden" or a
# recipe's "kb-tip-print-step".
NEGATIVE_CLASSES: frozenset[str] = frozenset({
    "hidden", "hide", "is-hidden", "d-none", "print", "print-only", "no-print", "noprint",
})  # fmt: skip
_NEGATIVE_PARTS = (
    f"(?:{_alternation(NEGATIVE_HINTS)})(?!ted)",  # "promo", not Drupal's "node-promoted"
    f"(?<![a-z0-9])(?:{_alternation(NEGATIVE_WORDS)})(?![a-z0-9])",
    f"(?<!\\S)(?:{_alternation(NEGATIVE_CLASSES)})(?!\\S)",
)
_NEGATIVE = re.compile("|".join(_NEGATIVE_PARTS))
# The same parts searched one at a time (``is_negative``): with branches that start with a
# lookbehind, ``re`` has no first-character filter for the whole alternation and tries every
# branch at every position (~3 µs a class string); apart, the fragments' trie scans fast, and
# the whole class names run only on strings holding "hid", "print" or "d-none" (each of them
# does): ~1.2 µs, the same verdicts.
_NEGATIVE_FRAGMENT, _NEGATIVE_WORD, _NEGATIVE_CLASS = (re.compile(p) for p in _NEGATIVE_PARTS)
_POSITIVE = re.compile(_alternation(POSITIVE_HINTS))
_STRONG_POSITIVE = re.compile(_alternation(STRONG_POSITIVE))
_CAPTION = re.compile(_alternation(CAPTION_HINTS))
# Elements worth a class/id test: everything else is silent.
_TEXT_CONTAINERS = ("div", "section", "article", "span", "font", "center")


class Marks(NamedTuple):
    """The attributes besides class and id that pruning and the page's fields read from a hinted
    element (None when absent)."""

    itemprop: str | None
    hidden: str | None
    aria_hidden: str | None


NO_MARKS = Marks(None, None, None)
# The attributes that make an element worth a look (``read_hints``).
_HINT_ATTRIBUTES = frozenset({"class", "id", "hidden", "aria-hidden", "itemprop"})


@dataclass(slots=True)
class Hints:
    """What one walk over the elements of a page reads from their attributes (``read_hints``)."""

    # (element, lower-cased class+id names) of the elements that carry a class, id, hidden,
    # aria-hidden or itemprop attribute, in document order
    elements: list[tuple[HtmlElement, str]]
    # the itemprop, hidden and aria-hidden attributes of those that carry one of them (few)
    marks: dict[HtmlElement, Marks]
    # every element's proxy, in document order: kept for the page, so that the later walks
    # (``measure`` above all) find each element's Python object instead of making it again
    everything: list[HtmlElement] = field(default_factory=list)
    # the elements that carry an ``itemscope`` attribute, in document order (``prune``'s hidden
    # microdata test); None when not read (``hidden_microdata`` asks the tree then)
    scoped: list[HtmlElement] | None = None


def read_hints(root: HtmlElement) -> Hints:
    """The class/id names and the marks of the descendants of *root*, read in one walk.

    Each element's attributes are read in one call (``items``: most elements have none, or
    none of interest); ``get`` reads the marks of the few that carry one. ``prune`` and the
    page's fields then look the marks up instead of reading them again element by element (an
    lxml ``get`` parses its argument as a qualified name each time, ~0.3 µs: most of a walk's
    cost). ``items`` rather than ``keys`` and a ``get`` for class and id: the names and values
    come out of one call, and the names are compared where they stand (``keys`` gave a list
    that each ``in`` scanned, and a set test hashed its new strings): ~11 % fewer instructions
    for the walk. The parser keeps one attribute of each name (a repeated one is dropped), so
    the last ``class`` in the list is the one ``get`` read. The same selection as an XPath
    predicate on those attributes, but faster: libxml2 evaluates the predicate per element
    anyway, and here the attribute reads feed the hint string too.
    """
    elements: list[tuple[HtmlElement, str]] = []
    marks: dict[HtmlElement, Marks] = {}
    scoped: list[HtmlElement] = []
    everything = list(root.iterdescendants(etree.Element))
    append = elements.append
    for el in everything:
        items = el.items()
        if not items:
            continue
        cls = ids = None
        marked = False
        for name, value in items:
            if name == "class":
                cls = value
            elif name == "id":
                ids = value
            elif name == "itemprop" or name == "hidden" or name == "aria-hidden":
                marked = True
            elif name == "itemscope":
                scoped.append(el)
        if cls is None and ids is None and not marked:
            continue
        append((el, f"{cls or ''} {ids or ''}".lower()))
        if marked:
            get = el.get
            marks[el] = Marks(get("itemprop"), get("hidden"), get("aria-hidden"))
    return Hints(elements, marks, everything, scoped)


# Hidden schema.org microdata: CMSs and SEO plugins print a copy of the article's metadata (and often
# of its whole articleBody) in an invisible ``itemscope`` block for crawlers. It is never what the
# reader sees, and next to the visible article it doubles the text and adds dates, URLs, sizes and
# keyword lists. (Hidden elements in general stay: sliders and tabs hide real article text.)
# The itemscope attributes are selected and stepped back to their elements (~4x faster than an
# element predicate, which libxml2 evaluates in a new context for every element).
HIDDEN_MICRODATA_XPATH = etree.XPath(
    "descendant::*/@itemscope/parent::*[contains(translate(@style, ' ', ''), 'display:none')]"
)


def hidden_microdata(root: HtmlElement, hints: Hints) -> list[HtmlElement]:
    """``HIDDEN_MICRODATA_XPATH(root)``, from the ``itemscope`` elements ``read_hints`` met
    (*hints* read on *root*) when it kept them: the walk's attribute names are read anyway, and
    the query's own walk over the page cost ~0.28 M instructions a page for the few elements
    it finds. Only those still under *root*: pruning may have removed some, or their box."""
    if hints.scoped is None:
        return HIDDEN_MICRODATA_XPATH(root)
    return [
        el
        for el in hints.scoped
        if "display:none" in (el.get("style") or "").replace(" ", "")
        and any(up is root for up in el.iterancestors())
    ]


# --- element statistics ----------------------------------------------------------------------------


@dataclass(slots=True)
class Stats:
    """Text and link-text lengths of every element, computed bottom-up in one pass."""

    text: dict[HtmlElement, int] = field(default_factory=dict)
    links: dict[HtmlElement, int] = field(default_factory=dict)
    # furniture that ``read_blocks`` skips, left in the tree (``prune``: share bars)
    skip: set[HtmlElement] = field(default_factory=set)

    def density(self, el: HtmlElement) -> float:
        total = self.text.get(el, 0)
        return self.links.get(el, 0) / total if total else 0.0


def measure(root: HtmlElement) -> Stats:
    """Text and link-text length (stripped text pieces) of every element under *root*.

    Bottom-up in one pass: in reverse document order every child comes before its parent, so
    each node adds what it holds (and its tail, which belongs to the parent) to its parent's
    running sums. Comments add only their tails, as their text is not the page's. Link text is
    the text of ``<a>`` but a named anchor's (``<a name="q3">`` without href, a jump target
    around a question or a heading), which goes nowhere.
    """
    stats = Stats()
    text, links = stats.text, stats.links
    pending: dict[HtmlElement, int] = {}  # text gathered from an element's children so far
    pending_links: dict[HtmlElement, int] = {}
    # Links and the nodes that are no elements (comments: none left once ``prune`` stripped
    # them) picked out by libxml2's own walks: an element's ``tag`` is a new string at each
    # read, dearer than a set lookup, and nothing else here needs it.
    anchors = set(root.iter("a"))
    others = set(root.iter(etree.Comment, etree.ProcessingInstruction, etree.Entity))
    nodes = list(root.iter())
    nodes.reverse()
    # (bound once: ~700 nodes a page; ``linked`` is never more than ``add``, so a node with
    # nothing to carry up has no link text either)
    pop, get = pending.pop, pending.get
    for node in nodes:
        tail = node.tail
        add = len(tail.strip()) if tail else 0
        if others and node in others:
            linked = 0
        else:
            own = node.text
            total = pop(node, 0)
            if own:
                total += len(own.strip())
            # An empty <a> (an icon's link) carries no link text either way, and its pending
            # link text is none: the anchor test (three attribute reads) only when it counts.
            if total and node in anchors and not _named_anchor(node):
                linked = total
            elif pending_links:  # most pages' links sit in a few boxes: usually empty
                linked = pending_links.pop(node, 0)
            else:
                linked = 0
            text[node] = total
            links[node] = linked
            add += total
        if node is root:
            break
        if add:  # blank and empty nodes (most of the markup's) carry nothing up
            parent = node.getparent()
            pending[parent] = get(parent, 0) + add
            if linked:
                pending_links[parent] = pending_links.get(parent, 0) + linked
    return stats


def _named_anchor(a: HtmlElement) -> bool:
    """An ``<a name>`` or ``<a id>`` without href: a jump target, not a link. A bare ``<a>``
    with neither is a script's button (``<a onclick>``: share and like counters), still a link."""
    get = a.get
    return get("href") is None and (get("name") is not None or get("id") is not None)


def hint_string(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def class_weight(el: HtmlElement) -> int:
    """Positive for article-like class/id names, negative for furniture, 0 when silent."""
    if el.get("itemprop", "").lower() == "articlebody":
        return 60
    hints = hint_string(el)
    if not hints.strip():
        return 0
    weight = 0
    if _is_positive(hints):
        weight += 40
    elif _POSITIVE.search(hints):
        weight += 15
    if is_negative(hints):
        weight -= 30
    return weight


# Every STRONG_POSITIVE name holds one of these words (``tests/test_extract_speed.py`` checks
# it).
_STRONG_POSITIVE_WORDS = ("body", "content", "detail", "noidung")
# Bits of ``_name_marks``: three verdicts on the names, then the DOM-hint vocabularies the
# page's fields read (``page._hint_kinds``: the same bits, shifted down by ``HINT_SHIFT``).
_STRONG_NAME, _ENTRY_NAME, _NEGATIVE_NAME = 1, 2, 4
HINT_SHIFT = 3
SAPO_NAME, TAGS_NAME, BYLINE_NAME, TITLE_NAME, CRUMB_NAME = (
    1 << (HINT_SHIFT + i) for i in range(5)
)
# What a fragment of the one scan (``_ANY_NAME``) is, when finding it is not yet the answer: a
# furniture fragment (not followed by "ted"), a furniture word (a whole word), a furniture class
# (a whole class name), a post entry's name (a whole name, in a string without "comment").
_IS_FRAGMENT, _IS_WORD, _IS_CLASS, _IS_ENTRY = 256, 512, 1024, 2048
# Names that are the answer once found anywhere in the string.
_PLAIN_NAMES = _STRONG_NAME | SAPO_NAME | TAGS_NAME | BYLINE_NAME | TITLE_NAME | CRUMB_NAME
_ENTRY_NAMES = ("hentry", "type-post", "type-article", "type-page")


def _name_kinds() -> dict[str, int]:
    kinds: dict[str, int] = {}
    for fragments, kind in (
        (NEGATIVE_HINTS, _IS_FRAGMENT), (NEGATIVE_WORDS, _IS_WORD),
        (NEGATIVE_CLASSES, _IS_CLASS), (_ENTRY_NAMES, _IS_ENTRY), (STRONG_POSITIVE, _STRONG_NAME),
        (SAPO_HINTS, SAPO_NAME), (TAG_HINTS, TAGS_NAME), (BYLINE_HINTS, BYLINE_NAME),
        (TITLE_HINTS, TITLE_NAME), (("breadcrumb",), CRUMB_NAME),
    ):  # fmt: skip
        for fragment in fragments:
            kinds[fragment] = kinds.get(fragment, 0) | kind
    return kinds


def _bits(kinds: int) -> list[int]:
    return [1 << i for i in range(kinds.bit_length()) if kinds >> i & 1]


_NAME_KINDS = _name_kinds()
# Every fragment of every vocabulary, as one trie. At a position where several start, it
# matches the longest (its optional groups are greedy), and the others are that one's prefixes:
# for each fragment, what it and its prefixes are, and the lengths of those that are
# furniture words (whose edges are then read).
_ANY_NAME = re.compile(_alternation(tuple(_NAME_KINDS)))


def _prefix_tables() -> tuple[dict[str, int], dict[str, tuple[int, ...]]]:
    kinds_at: dict[str, int] = {}
    word_lengths: dict[str, tuple[int, ...]] = {}
    for longest in _NAME_KINDS:
        prefixes = [(f, kind) for f, kind in _NAME_KINDS.items() if longest.startswith(f)]
        kinds_at[longest] = sum({bit for _, kind in prefixes for bit in _bits(kind)})
        word_lengths[longest] = tuple(len(f) for f, kind in prefixes if kind & _IS_WORD)
    return kinds_at, word_lengths


_KINDS_AT, _WORD_LENGTHS = _prefix_tables()
# What ``_NEGATIVE_WORD``'s lookarounds take as part of a word.
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


# What ``_token_marks`` says of one whitespace-separated name beside the plain names' bits: a
# furniture name in it, a post entry's name in it, "comment" in it.
_T_NEGATIVE, _T_ENTRY, _T_COMMENT = _NEGATIVE_NAME, _ENTRY_NAME, 4096


# Class names repeat within a page (hundreds of "menu-item") and across pages: the verdicts are
# cached. All are read at once, in one cache: most class+id strings of a page nobody read
# before are new to the caches (an id, a numbered class), and the verdict asked of every hinted
# element and the DOM hints asked of it when the page is read need all of them. The verdict's
# callers that ask one of them later (``_header_only``, ``class_weight``) find the string here.
@lru_cache(maxsize=16384)
def _name_marks(hints: str) -> int:
    """Whether *hints* has a strongly article-like name, a post entry's name (and none about
    comments) and a furniture name, and which DOM-hint vocabularies it holds, as bits.

    Read name by name (``_token_marks``, cached on its own): a class+id string new to the
    caches is most often known names around a new one ("menu-item menu-item-4711 current"),
    and only the new names are scanned (on the 102 pages of ``extract_instructions --cold``,
    170 of the 381 names a page's new strings hold are new: 2,800 of their 6,000 characters;
    −0.72 M instructions a page, −1.1 %). No vocabulary's fragment
    holds a space, and every edge the searches test (a whole word, a whole class name, a post
    entry's name, "ted" after a fragment) is a space or the string's end on both sides of a
    split, so the names' answers put together are the whole string's: a furniture name or a
    plain name anywhere, a post entry's name when no name holds "comment"
    (``tests/test_extract_speed.py`` holds it to the searches string for string).
    """
    names = hints.split()
    if len(names) == 1:
        bits = _token_marks(names[0])
    else:
        bits = 0
        for name in names:
            bits |= _token_marks(name)
    marks = bits & (_PLAIN_NAMES | _T_NEGATIVE)
    if bits & _T_ENTRY and not bits & _T_COMMENT:
        marks |= _ENTRY_NAME
    return marks


@lru_cache(maxsize=32768)
def _token_marks(hints: str) -> int:
    """``_name_marks``' answer for one name without white space in it, with a post entry's
    name and "comment" reported apart (``_T_ENTRY``, ``_T_COMMENT``): the whole string decides.

    One scan finds every position where a fragment of any vocabulary starts (the search is
    taken up again one character after each find), instead of a search per vocabulary: seven
    regexes tried their tries at every position of a string that almost never holds anything
    (~1.6 of 5.5 M instructions a page spared on strings new to the caches). What a find
    cannot settle alone is settled after: a furniture fragment followed by "ted" ("promoted")
    by its own search, only in a string holding "ted"; a whole word's edges at the find; a
    whole class name and a post entry's name by their own searches, in the few strings that
    hold one at all. The same answers as the searches, string for string
    (``tests/test_extract_speed.py``).
    """
    search = _ANY_NAME.search
    found = search(hints)
    comment = _T_COMMENT if "comment" in hints else 0
    if found is None:
        return comment
    kinds = 0
    word = False
    size = len(hints)
    while found is not None:
        longest = found.group()
        start = found.start()
        kinds |= _KINDS_AT[longest]
        if (
            not word
            and (lengths := _WORD_LENGTHS[longest])
            and (start == 0 or hints[start - 1] not in _WORD_CHARS)
        ):
            for length in lengths:
                end = start + length
                if end == size or hints[end] not in _WORD_CHARS:
                    word = True
                    break
        found = search(hints, start + 1)
    marks = kinds & _PLAIN_NAMES | comment
    if kinds & _IS_ENTRY and _ENTRY.search(hints) is not None:
        marks |= _T_ENTRY
    if (
        word
        or (
            kinds & _IS_FRAGMENT
            and ("ted" not in hints or _NEGATIVE_FRAGMENT.search(hints) is not None)
        )
        or (kinds & _IS_CLASS and _NEGATIVE_CLASS.search(hints) is not None)
    ):
        marks |= _T_NEGATIVE
    return marks


def is_negative(hints: str) -> bool:
    """``_NEGATIVE.search(hints)`` found something."""
    return bool(_name_marks(hints) & _NEGATIVE_NAME)


def _is_positive(hints: str) -> bool:
    """``_STRONG_POSITIVE.search(hints)`` found something."""
    return bool(_name_marks(hints) & _STRONG_NAME)


def _is_entry(hints: str) -> bool:
    """``_ENTRY`` finds a post entry's name in *hints*, and "comment" is not in it."""
    return bool(_name_marks(hints) & _ENTRY_NAME)


@lru_cache(maxsize=8192)
def _name_verdict(hints: str) -> int:
    """1 for a strongly article-like name, -1 for furniture, 0 for silent or blank names."""
    marks = _name_marks(hints)  # a blank string has none
    if marks & _STRONG_NAME:
        return 1
    if marks & _ENTRY_NAME:
        return 0  # its own name says nothing either way; a related-posts box around it still can
    return -1 if marks & _NEGATIVE_NAME else 0


# A post entry in blog and CMS markup: hAtom's "hentry", WordPress's "type-post" ("post-89676
# post type-post … tag-gaza tag-israel": its taxonomy classes are not a tag list).
_ENTRY = re.compile(rf"(?<![\w-])(?:{'|'.join(_ENTRY_NAMES)})(?![\w-])")


# A call-to-action box ("nrplus-cta", "cta-bar", "onward-cta", "fluid-cta-module"): the site's
# pitch for a subscription, a membership, a donation or its product, with its button. A whole
# word ("cta" sits inside "dictator"), and a box only: a link named so is a teaser card's "more"
# button or a button in the story's own text, whose card and paragraph are judged as a whole.
_CTA = re.compile(r"(?<![a-z0-9])cta(?![a-z0-9])")
_CTA_BOX_TAGS = frozenset({"div", "section", "aside"})


def _is_cta_box(tag: str, hints: str) -> bool:
    return tag in _CTA_BOX_TAGS and "cta" in hints and _CTA.search(hints) is not None


# A hover card: the box a linked name or term opens on hover (a person's full name, the latest
# headlines about them, a "MORE" link; a profile's bio), set in the markup right after the link
# inside the story's sentence, where a reader never sees it. A box of two or more links to
# other pages; a glossary tooltip without links (a definition) is left alone.
_HOVER_NAMES = ("hovercard", "hover-card", "tooltip", "popover", "rollover")


def _is_hover_card(el: HtmlElement, hints: str) -> bool:
    # Asked of most hinted elements: two substring tests ("over" is in all names but
    # "tooltip") rule out nearly every class string before the five.
    if ("over" not in hints and "tooltip" not in hints) or el.tag == "a":
        return False
    if not any(map(hints.__contains__, _HOVER_NAMES)):
        return False
    addresses = {a.get("href") for a in el.iter("a") if a.get("href")}
    return len(addresses) >= 2


def _hover_card_parts(card: HtmlElement) -> list[HtmlElement]:
    """What of *card* goes: all of it, or, when it opens with the link that shows it (a wrapper
    around the name and its card: "<span class=rollover><a>Name</a><span>…</span></span>"),
    everything after that link, so that the sentence keeps the name. A card of bare links
    ("<span class=hovercard><a>headline</a><a>headline</a></span>") goes whole."""
    first = card[0] if len(card) else None
    if (
        first is not None
        and first.tag == "a"
        and not (card.text or "").strip()
        and all(part.tag != "a" for part in card[1:])
    ):
        first.tail = None  # the card's own text, between the link and the rest of the card
        return list(card)[1:]
    return [card]


# --- pruning ---------------------------------------------------------------------------------------


def prune(
    doc: HtmlElement,
    hints: Hints | None = None,
    headlines: frozenset[str] = frozenset(),
) -> Stats:
    """Remove elements that cannot be article text, in place; return the updated statistics.

    *hints* is the page's ``read_hints`` when the caller already has it (read before anything
    changed the tree: pruning removes elements, never an attribute); *headlines* the page's
    titles (``title_key`` form), as ``leading_blocks`` takes them.
    """
    # The labels of control widgets go with their controls, before these are stripped below.
    for box in control_widgets(doc):
        _drop(box)
    # Reply forms are known by their text area, which goes with the other controls below.
    reply_forms = [
        form for form in doc.iter("form") if next(form.iter("textarea"), None) is not None
    ]
    # strip_elements works in C; with_tail=False keeps the text that follows a removed <script>.
    etree.strip_elements(
        doc, *_ALWAYS_DROPPED, etree.Comment, etree.ProcessingInstruction, with_tail=False
    )
    body = doc.find("body")
    root = body if body is not None else doc
    stats = measure(root)
    # A <nav> or <aside> left open by a broken template swallows the rest of the page (the
    # parser nests everything after it inside), and a page rendered by JavaScript has its text
    # only in <noscript> (Blogger): holding most of the page's running text, such an element is
    # a layout box, read as a div. The others go now, before the page's text is weighed.
    prose = stats.text.get(root, 0) - stats.links.get(root, 0)
    layout = list(root.iter(*_LAYOUT_DROPPED))
    for el in layout:
        if _wraps_the_page(el, stats, prose) or (el.tag == "aside" and _story_aside(el, stats)):
            el.tag = "div"
    _remove([el for el in layout if el.tag != "div"], stats)
    page_text = max(stats.text.get(root, 0), 1)
    page_prose = max(page_text - stats.links.get(root, 0), 1)
    if hints is None:
        hints = read_hints(root)
    marked = hints.marks
    in_body = stats.text  # every element under *root*
    doomed: list[HtmlElement] = []
    hidden = [el for el in hidden_microdata(root, hints) if el in in_body]
    # Only a copy: when the hidden blocks hold most of the page's text, they may be all there is.
    if hidden and sum(stats.text[el] for el in hidden) < 0.75 * page_text:
        doomed.extend(hidden)
    # One pass in reverse document order: an element's descendants come before it, so the
    # wrappers of an element named like an article body ("widget Blog" around "post-body") are
    # known to be protected (layout boxes whatever their own names say) when they are reached.
    protected: set[HtmlElement] = set()
    furniture: list[tuple[HtmlElement, str]] = []  # with their names
    for el, names in reversed(hints.elements):
        verdict = _name_verdict(names)
        if (
            not verdict
            and el not in marked
            and "cta" not in names
            and "over" not in names
            and "tooltip" not in names
        ):
            # Silent names and no marks: every test below would let it be. The substrings are
            # those ``_is_cta_box`` and ``_is_hover_card`` start from, inline (asked of every
            # hinted element: a call each cost more than the three tests).
            continue
        if el not in in_body:
            continue
        marks = marked.get(el, NO_MARKS)
        itemprop = marks.itemprop
        article_body = itemprop is not None and itemprop.lower() == "articlebody"
        if verdict > 0 or article_body:
            protected.update(el.iterancestors())
        if el in protected or el.tag in ("html", "body"):
            continue
        if marks.hidden is not None or (marks.aria_hidden == "true" and el.tag != "img"):
            furniture.append((el, names))
            continue
        if verdict == 0 and not article_body and _is_hover_card(el, names):
            doomed.extend(_hover_card_parts(el))
            continue
        if article_body or (verdict >= 0 and not (verdict == 0 and _is_cta_box(el.tag, names))):
            continue
        # A negatively named wrapper around most of the page's running text (its text outside
        # links: menus hold much of a page's text) is a layout box, not furniture; around
        # nearly all of it, whatever its links: a page wrapper named for a menu script
        # ("mmenu-wrapper") holds the menus too, which a div-and-table CMS writes in divs
        # rather than the <nav> dropped above.
        prose = stats.text.get(el, 0) - stats.links.get(el, 0)
        if prose > 0.45 * page_prose and (
            stats.density(el) < 0.4 or prose >= _WRAPPER_PROSE * page_prose
        ):
            continue
        if _article_header(el, names, stats, headlines):
            continue
        if el.tag in _SECTION_HEADS and _header_only(names):
            # "header" names the head of a section as well as the site's: a heading or a table
            # named so ("cc-m-header-…", "table-header") is no site header.
            continue
        furniture.append((el, names))
    furniture.reverse()  # document order
    # What no name needs to say: comment sections and share bars, by their structure.
    doomed.extend(comment_sections(root, stats, reply_forms, page_prose))
    # Posts and comments go last: on a forum thread or a guestbook every post is named like a
    # comment, and the posts are all the text the page has. (The names read at the start, not
    # read again: pruning removes elements, never changes an attribute.)
    talk = [el for el, names in furniture if "comment" in names]
    doomed.extend(el for el, names in furniture if not talk or "comment" not in names)
    _remove(doomed, stats)
    if talk and not _only_talk_left(root, talk, stats):
        _remove(talk, stats)
    # Share bars stay in the tree, skipped by the reader only: their links count where the
    # container is chosen (a hidden share dialog around them is link-dense furniture there).
    stats.skip.update(share_bars(root, stats))
    stats.skip.update(author_boxes(root, stats))
    return stats


# --- furniture by structure ------------------------------------------------------------------------
#
# On a site whose class names say nothing (CSS-module hashes, or no classes at all), the boxes that
# names give away elsewhere are still built the same way: a comment section is a counter or an
# invitation heading over a list of posts and a form with a text area; a share bar is a few links
# to the networks' share endpoints. Class names stay extra evidence (``prune``'s first pass).

# A reply form's text (labels, "Your email address will not be published", the allowed tags);
# a form holding more is a page wrapped in one form (ASP.NET), with a comment box somewhere in it.
_REPLY_FORM_TEXT = 1500
# What a reply form's wrappers add: the section's heading ("Leave a Reply", "Diskussion Keine
# Kommentare for “…”").
_REPLY_WRAPPER_TEXT = 150
# A comment heading's box: the heading with a label beside it ("Diskussion").
_COMMENT_HEADING_BOX = 200
# A comment heading quotes the post's title at most ("11 Antworten zu “…”").
_COMMENT_HEADING_TEXT = 200
# The running text that must be left outside a comment section: the story.
_STORY_LEFT = 300


def comment_sections(
    root: HtmlElement, stats: Stats, reply_forms: list[HtmlElement], page_prose: int
) -> list[HtmlElement]:
    """The comment sections of the page, by structure: each reply form (a ``<form>`` with a
    text area, up to 1500 characters of labels) with the wrappers that add only its heading,
    and each comment heading (``is_comment_heading``: "3 Kommentare", "35 Comments »", "11
    Antworten zu “…”", "Leave a Reply") with everything after it in its box, when that holds
    a reply form or a list (the posts). None that leaves less than a story's text on the page
    (a forum thread, whose posts are its text) or holds an ``<h1>``."""
    in_tree = stats.text
    forms = [f for f in reply_forms if in_tree.get(f, _REPLY_FORM_TEXT + 1) <= _REPLY_FORM_TEXT]
    found: list[HtmlElement] = []
    for form in forms:
        if in_tree[form] - stats.links.get(form, 0) > 0.45 * page_prose:
            continue  # the page's text is in it: a page wrapped in one form
        box, parent = form, form.getparent()
        while (
            parent is not None
            and parent.tag not in ("body", "html")
            and in_tree.get(parent, 0) - in_tree.get(box, 0) <= _REPLY_WRAPPER_TEXT
            and _only_headings_beside(parent, box, in_tree)
        ):
            box, parent = parent, parent.getparent()
        found.append(box)
    holders = {a for f in forms for a in f.iterancestors()}.union(forms)
    for heading in root.iter("h2", "h3", "h4"):
        if not 0 < in_tree.get(heading, 0) <= _COMMENT_HEADING_TEXT:
            continue
        if not is_comment_heading(heading.text_content()):
            continue
        node = heading
        while True:  # a heading alone in its box ("Diskussion" beside it): the box is the heading
            after = [s for s in node.itersiblings() if in_tree.get(s, 0)]
            parent = node.getparent()
            if after or parent is None or parent.tag in ("body", "html"):
                break
            if in_tree.get(parent, 0) > _COMMENT_HEADING_BOX:
                break
            node = parent
        if not any(
            s in holders or s.tag in ("ol", "ul") or next(s.iter("ol", "ul"), None) is not None
            for s in after
        ):
            continue
        region = [node, *after]
        if any(next(el.iter("h1"), None) is not None for el in region):
            continue
        prose = sum(in_tree.get(el, 0) - stats.links.get(el, 0) for el in region)
        if page_prose - prose < _STORY_LEFT:
            continue
        found.extend(region)
    return found


# A slideshow's counter ("1 / 23", "Image 1 of 23", "Bild 3 von 12"): the position of the picture
# shown among the gallery's pictures, a line of its own.
_SLIDE_COUNTER = re.compile(
    r"(?:(?:image|photo|picture|slide|bild|foto|ảnh|hình)\s*)?(\d{1,3})\s*(?:/|of|von|de|di|trên)"
    r"\s*(\d{1,3})",
    re.IGNORECASE,
)
_COUNTER_TEXT = 20
# The elements a counter is set in.
_COUNTER_TAGS = ("div", "span", "p", "li", "figcaption")
# A slideshow's text: its captions (often twice, in full and cut), credits, buttons.
_SLIDESHOW_TEXT = 2500


def _slide_counter(el: HtmlElement, in_tree: dict) -> HtmlElement | None:
    """The element around *el* whose whole text is a slide counter, or None."""
    while True:
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if not 0 < in_tree.get(parent, 0) <= _COUNTER_TEXT:
            break
        el = parent
    if not 0 < in_tree.get(el, 0) <= _COUNTER_TEXT:
        return None
    match = _SLIDE_COUNTER.fullmatch(one_line(el.text_content()))
    if match is None:
        return None
    shown, total = int(match[1]), int(match[2])
    return el if 1 <= shown <= total else None


def slideshows(container: HtmlElement, stats: Stats) -> list[HtmlElement]:
    """The slideshows inside *container*, by structure: the largest box below it around a
    slide counter ("1 / 23", "Image 1 of 23") that holds a picture and no paragraph of running
    text (150 characters or more in a ``<p>``), up to 2500 characters: the gallery's pictures,
    their captions (often twice: in full and cut), credits and buttons. None that holds an
    ``<h1>`` or most of the page's running text (a photo story, whose captions are its text).
    Asked of the chosen container only: its short elements are few."""
    in_tree = stats.text
    top = container.getroottree().getroot()
    body = top.find("body")
    root = body if body is not None else top
    prose = in_tree.get(root, 0) - stats.links.get(root, 0)
    found: list[HtmlElement] = []
    ancestors = set(container.iterancestors())
    for el in container.iter(*_COUNTER_TAGS):
        if not 0 < in_tree.get(el, 0) <= _COUNTER_TEXT or el is container:
            continue
        parent = el.getparent()
        if parent is not container and 0 < in_tree.get(parent, 0) <= _COUNTER_TEXT:
            continue  # the counter is the outermost short element: its parent is asked
        counter = _slide_counter(el, in_tree)
        if counter is None:
            continue
        box, parent = counter, counter.getparent()
        while (
            parent is not None
            and parent.tag not in ("body", "html", "p")
            and in_tree.get(parent, 0) <= _SLIDESHOW_TEXT
            and not any(in_tree.get(p, 0) >= _STORY_PARAGRAPH for p in parent.iter("p"))
        ):
            box, parent = parent, parent.getparent()
        if box is counter or box in found or next(box.iter("img", "picture"), None) is None:
            continue
        if box is container or box in ancestors:
            continue  # a short story whose box holds the counter: the story goes on around it
        if next(box.iter("h1"), None) is not None:
            continue
        if _slide_of_a_story(box, in_tree):
            continue
        if in_tree.get(box, 0) - stats.links.get(box, 0) > 0.45 * prose:
            continue
        found.append(box)
    return found


def _running_text(el: HtmlElement, in_tree: dict) -> bool:
    """*el* holds a paragraph of running text: a ``<p>``, or a ``<div>`` with no block inside,
    of 150 characters or more (a slide's text, however its CMS tags it)."""
    return any(
        in_tree.get(part, 0) >= _STORY_PARAGRAPH
        and (
            part.tag == "p"
            or next((c for c in part.iterdescendants() if c.tag in BLOCK_TAGS), None) is None
        )
        for part in el.iter("p", "div")
    )


def _slide_of_a_story(box: HtmlElement, in_tree: dict) -> bool:
    """*box* is a photo story's slide: a sibling of the same build (tag and first class) holds a
    paragraph of running text. Such slides carry the story, their counters included; a gallery
    set into the story has captions."""
    parent = box.getparent()
    if parent is None:
        return False
    build = _build(box)
    return any(
        sibling is not box and _build(sibling) == build and _running_text(sibling, in_tree)
        for sibling in parent.iterchildren(box.tag)
    )


def drop_slideshows(container: HtmlElement, stats: Stats) -> None:
    """Remove the slideshows inside *container* (``slideshows``), keeping *stats* true."""
    if boxes := slideshows(container, stats):
        _remove(boxes, stats)


# A link to the writer: an e-mail address, or the site's page of an author ("/autoren/name",
# "/author/jane-doe/", "/profile/…").
_AUTHOR_HREF = re.compile(
    r"^mailto:[^?]|/(?:autor|autoren|autorin|author|authors|journalist|journalisten|redakteur"
    r"|profil|profile)/[^/?#]",
    re.IGNORECASE,
)
_AUTHOR_CUES = ("mailto:", "/autor", "/author", "/journalist", "/redakteur", "/profil")
# An author box: the writer's picture, name, a line or three about them, the links.
_AUTHOR_BOX_TEXT = 600
_AUTHOR_BOX_TAGS = frozenset({"div", "section", "aside", "footer"})


def author_boxes(root: HtmlElement, stats: Stats) -> list[HtmlElement]:
    """The writer's box, by structure: the largest box (div, section, aside) of up to 600
    characters around a link to the writer (an e-mail address, an author page), holding a
    picture (the writer's photo), no h1 and not most of the page's running text (a short
    story with its writer's address). One or two per page: more are a list of people (a team
    or contact page), whose boxes are the page's text."""
    in_tree = stats.text
    page_prose = in_tree.get(root, 0) - stats.links.get(root, 0)
    found: dict[HtmlElement, None] = {}
    for a in root.iter("a"):
        href = a.get("href")
        if not href or not any(map(href.__contains__, _AUTHOR_CUES)):
            continue
        if _AUTHOR_HREF.search(href) is None:
            continue
        box, parent = a, a.getparent()
        while (
            parent is not None
            and parent.tag not in ("body", "html")
            and in_tree.get(parent, 0) <= _AUTHOR_BOX_TEXT
        ):
            box, parent = parent, parent.getparent()
        if box in found or box.tag not in _AUTHOR_BOX_TAGS:
            continue
        if in_tree.get(box, 0) - stats.links.get(box, 0) > 0.45 * page_prose:
            continue  # a short story's box, its writer's address in it
        if next(box.iter("img", "picture"), None) is None or next(box.iter("h1"), None) is not None:
            continue
        found[box] = None
    boxes = [box for box in found if not any(a in found for a in box.iterancestors())]
    return boxes if len(boxes) <= 2 else []


def _only_headings_beside(parent: HtmlElement, box: HtmlElement, in_tree: dict) -> bool:
    """What *parent* holds besides *box* is headings and short labels (up to 60 characters
    each: "Leave a Reply", "Cancel reply"), no paragraph: the box's wrapper, not the story's."""
    if parent.text and len(parent.text.strip()) > _LABEL_TEXT:
        return False
    for child in parent:
        if child is box or not isinstance(child.tag, str):
            continue
        if child.tail and len(child.tail.strip()) > _LABEL_TEXT:
            return False
        length = in_tree.get(child, 0)
        if length and child.tag not in HEADING_TAGS and (child.tag == "p" or length > _LABEL_TEXT):
            return False
    return True


_LABEL_TEXT = 60


# The networks' share endpoints ("facebook.com/sharer/…", "twitter.com/intent/tweet", WordPress's
# "?share=twitter", "pinterest.com/pin/create", "mailto:?subject=…"), not a profile's address.
_SHARE_HREF = re.compile(
    r"sharer|[?&]share=|/share(?:[/?]|$)|intent/tweet|/pin/create|sharearticle|/sharing/"
    r"|whatsapp://send|whatsapp\.com/send|wa\.me/\?|reddit\.com/submit|^mailto:\?"
    r"|t\.me/share|/bookmarklet|addtoany\.com/add|/spi/shares"
)
_SHARE_CUES = ("shar", "tweet", "pin/create", "send", "mailto:?", "submit", "bookmarklet", "spi/")
# A share bar's text: the networks' names, a counter, a label ("Teilen Sie dies mit:").
_SHARE_BAR_TEXT = 120
_SHARE_LABEL = 40


def share_bars(root: HtmlElement, stats: Stats) -> list[HtmlElement]:
    """The share bars of the page: the largest box around two or more links to share
    endpoints that holds no more than a bar's text, with a short label set just before it
    ("Sharing is caring!", "Share this:")."""
    in_tree = stats.text
    counts: dict[HtmlElement, set[str]] = {}
    for a in root.iter("a"):
        href = a.get("href")
        if not href or not any(map(href.__contains__, _SHARE_CUES)):
            continue
        if _SHARE_HREF.search(href) is None:
            continue
        box, parent = a, a.getparent()
        while (
            parent is not None
            and parent.tag not in ("body", "html")
            and in_tree.get(parent, 0) <= _SHARE_BAR_TEXT
        ):
            box, parent = parent, parent.getparent()
        counts.setdefault(box, set()).add(href)
    found: list[HtmlElement] = []
    for box, hrefs in counts.items():
        if len(hrefs) < 2 or box.tag == "a":
            continue
        found.append(box)
        label = box.getprevious()
        if (
            label is not None
            and isinstance(label.tag, str)
            and 0 < in_tree.get(label, 0) <= _SHARE_LABEL
            and not stats.links.get(label, 0)
            and label.text_content().rstrip()[-1:] in (":", "!")
        ):
            found.append(label)
    return found


# Inputs that are a widget's controls (a text field is a search or comment form's, whose labels
# are sentences: "Your email address will not be published").
_CONTROL_INPUTS = frozenset({"radio", "checkbox", "button", "submit", "reset", "range", "image"})
_SUBMIT_INPUTS = frozenset({"submit", "button", "image"})
# A box holding these is content, whatever its text: a lightbox's "Phóng to" button beside a
# photo must not take the photo with it.
_CONTENT_MEDIA = ("img", "picture", "video", "figure", "table")
_WIDGET_TEXT = 300  # with the markup's spaces; is_widget_labels takes 150 once collapsed
_POLL_TEXT = 400  # a question, a handful of short options and the vote buttons
_POLL_STEP = 200  # the question (or the buttons' line) above or below the options


def _input_type(el: HtmlElement) -> str:
    return (el.get("type") or "text").strip().lower() if el.tag == "input" else el.tag


def control_widgets(doc: HtmlElement) -> list[HtmlElement]:
    """The boxes of control widgets, by structure, in document order: a form control (an
    ``<audio>``, ``<button>``, ``<select>``, a radio, check box, range or submit input) with the
    enclosing boxes whose text is only widget labels, times and speeds (a text-to-speech
    player's "Nghe đọc bài 00:00 / 03:25 Giọng nữ | Giọng nam 1x"), and polls: two or more
    radio buttons or check boxes, their options and question, when they are a vote (radios of
    one group name, or a submit control beside them). A checklist of check boxes without a
    submit control (a recipe's ingredients) is no poll: its lines are the story's."""
    boxes: list[HtmlElement] = []
    # Each element's verdict once: the controls of one widget share their boxes, and the first
    # box that is not a widget's is often the story's, whose text is long to read again.
    labels_only: dict[HtmlElement, bool] = {}
    polls: dict[HtmlElement, HtmlElement | None] = {}
    for control in doc.iter("audio", "button", "select", "input"):
        kind = _input_type(control)
        if kind not in _CONTROL_INPUTS and control.tag == "input":
            continue
        box, parent = control, control.getparent()
        while parent is not None and parent.tag not in ("body", "html", "form"):
            verdict = labels_only.get(parent)
            if verdict is None:
                verdict = labels_only[parent] = _widget_box(parent)
            if not verdict:
                break
            box, parent = parent, parent.getparent()
        if box is not control:
            boxes.append(box)
        if kind in ("radio", "checkbox") and (group := _choice_group(control)) is not None:
            if group not in polls:
                polls[group] = _poll_box(group)
            if (poll := polls[group]) is not None:
                boxes.append(poll)
    # One box each, outermost: a box inside another goes with it.
    chosen = set(boxes)
    return [
        box for box in dict.fromkeys(boxes)
        if not any(a in chosen for a in box.iterancestors())
    ]  # fmt: skip


def _widget_box(el: HtmlElement) -> bool:
    """*el*'s text is only widget labels, and it holds no picture or table."""
    if len(element_text(el)) > _WIDGET_TEXT:
        return False  # the story's box: no need to read its pieces
    # Its pieces apart: the labels of adjacent elements run together in the text ("1xÂm lượng").
    return (
        is_widget_labels(" ".join(el.itertext())) and next(el.iter(*_CONTENT_MEDIA), None) is None
    )


def _is_choice(el: HtmlElement) -> bool:
    return _input_type(el) in ("radio", "checkbox")


def _choice_group(choice: HtmlElement) -> HtmlElement | None:
    """The smallest box holding the radio button or check box *choice* and another one."""
    box = choice.getparent()
    while box is not None and box.tag not in ("body", "html"):
        if sum(1 for c in box.iter("input") if _is_choice(c)) >= 2:
            return box
        box = box.getparent()
    return None


def _poll_box(group: HtmlElement) -> HtmlElement | None:
    """The poll around the choices in *group*, or None (see control_widgets)."""
    box = group
    text = len(element_text(box).strip())
    if text > _POLL_TEXT or next(box.iter(*_CONTENT_MEDIA), None) is not None:
        return None
    # The question above the options and the vote buttons below them: a parent adding little.
    parent = box.getparent()
    while parent is not None and parent.tag not in ("body", "html", "form"):
        more = len(element_text(parent).strip())
        if more > _POLL_TEXT or more - text > _POLL_STEP:
            break
        if next(parent.iter(*_CONTENT_MEDIA), None) is not None:
            break
        box, text, parent = parent, more, parent.getparent()
    radios = [c for c in box.iter("input") if _input_type(c) == "radio"]
    names = {c.get("name") for c in radios}
    one_group = len(radios) >= 2 and len(names) == 1 and None not in names
    # A submit control, or a link set as one ("<a class='btn'>Bình chọn</a>", "Xem kết quả").
    submit = any(
        c.tag == "button"
        or (c.tag == "input" and _input_type(c) in _SUBMIT_INPUTS)
        or (c.tag == "a" and is_vote_label(one_line(element_text(c))))
        for c in box.iter("button", "input", "a")
    )
    return box if one_group or submit else None


def _only_talk_left(root: HtmlElement, talk: list[HtmlElement], stats: Stats) -> bool:
    """The comment-named blocks hold all the running text left on the page but a line or two
    (and enough of it to be read): a forum thread, whose posts are the page's text, not a
    story's comments."""
    talk_set = set(talk)
    talk_prose = sum(
        stats.text.get(el, 0) - stats.links.get(el, 0)
        for el in talk
        if el in stats.text and not any(a in talk_set for a in el.iterancestors())
    )
    left = stats.text.get(root, 0) - stats.links.get(root, 0)
    return talk_prose >= _LAYOUT_PROSE and left - talk_prose < min(_LAYOUT_PROSE, 0.1 * talk_prose)


def _remove(doomed: list[HtmlElement], stats: Stats) -> None:
    """Drop the *doomed* elements from the tree, keeping *stats* true for what remains.

    An element inside another doomed one leaves with it (the statistics of the remaining tree
    come out the same); a detached one changes nothing. The others' text and link lengths are
    taken from their ancestors: gathered at each parent, then carried up once through the
    ancestors they share (the doomed boxes of a page sit in a few columns, and walking every
    one's ancestors to the root did the upper part of the page over and over).
    """
    doomed_set = set(doomed)
    # The ancestors met, each once: those inside a doomed element (``blocked``), the others with
    # their parent (None at the top) and their depth from the top.
    parent_of: dict[HtmlElement, HtmlElement | None] = {}
    blocked: set[HtmlElement] = set()
    depth: dict[HtmlElement, int] = {}
    gone: dict[HtmlElement, list[int]] = {}  # parent -> [text, links] of its removed children
    removed: list[HtmlElement] = []
    for el in doomed:
        parent = el.getparent()
        if parent is None or parent in blocked:
            continue
        path: list[HtmlElement] = []
        node = parent
        is_blocked = False
        while node is not None and node not in parent_of:
            if node in doomed_set or node in blocked:
                is_blocked = True
                break
            path.append(node)
            node = node.getparent()
        if is_blocked:
            blocked.update(path)
            continue
        above = depth[node] + 1 if node is not None else 0
        for i in range(len(path) - 1, -1, -1):
            here = path[i]
            parent_of[here] = path[i + 1] if i + 1 < len(path) else node
            depth[here] = above
            above += 1
        removed.append(el)
        sums = gone.setdefault(parent, [0, 0])
        sums[0] += stats.text.pop(el, 0)
        sums[1] += stats.links.pop(el, 0)
    if not removed:
        return
    # Deepest first, each ancestor's lengths lose what its removed descendants held.
    text, links = stats.text, stats.links
    carried: dict[HtmlElement, list[int]] = {}
    for node in sorted(parent_of, key=depth.__getitem__, reverse=True):
        sums = carried.pop(node, None)
        own = gone.get(node)
        if own is not None:
            sums = own if sums is None else [sums[0] + own[0], sums[1] + own[1]]
        if sums is None:
            continue
        text[node] = text.get(node, 0) - sums[0]
        links[node] = links.get(node, 0) - sums[1]
        up = parent_of[node]
        if up is not None:
            above = carried.get(up)
            carried[up] = sums if above is None else [above[0] + sums[0], above[1] + sums[1]]
    for el in removed:
        _drop(el)


_SECTION_HEADS = frozenset({*HEADING_TAGS, "table", "thead", "tr", "th"})
# The share of the page's running text that only the page's own wrapper holds.
_WRAPPER_PROSE = 0.9
# Dropped tags that can hold a page's whole text (left unclosed; the no-script copy of a page
# rendered by JavaScript): checked first.
_LAYOUT_DROPPED = ("nav", "aside", "noscript")
_LAYOUT_PROSE = 200
_ALWAYS_DROPPED = tuple(sorted(DROP_TAGS - set(_LAYOUT_DROPPED)))


def _wraps_the_page(el: HtmlElement, stats: Stats, page_prose: int) -> bool:
    """*el* holds most of the page's running text (text outside links), little of it linked,
    and enough of it to be a story: a "please enable JavaScript" line in the <noscript> of an
    otherwise empty page is no article."""
    prose = stats.text.get(el, 0) - stats.links.get(el, 0)
    return prose >= _LAYOUT_PROSE and prose > 0.5 * page_prose and stats.density(el) < 0.4


# An aside that is the story's own box (facts, a quote, the background) between two of its
# paragraphs: prose of this length, almost no links, no form or embed.
_STORY_ASIDE = (80, 1500)
_STORY_ASIDE_LINKS = 0.1
_STORY_ASIDE_NEIGHBOUR = 50  # each paragraph beside it; one of them 150+ (a story's)
_ASIDE_WIDGETS = ("form", "input", "button", "iframe", "select", "textarea")


def _story_aside(el: HtmlElement, stats: Stats) -> bool:
    """*el* (an ``<aside>``) is a box of the story's: sentences with few links, set between
    two paragraphs with few links, one of them running text (150+ characters). A related box
    is links, a newsletter box a form, a sidebar is beside the story rather than between its
    paragraphs."""
    length = stats.text.get(el, 0)
    if not _STORY_ASIDE[0] <= length <= _STORY_ASIDE[1] or stats.density(el) > _STORY_ASIDE_LINKS:
        return False
    if next(el.iter(*_ASIDE_WIDGETS), None) is not None:
        return False
    longest = 0
    for neighbour in (el.getprevious(), el.getnext()):
        if (
            neighbour is None
            or neighbour.tag != "p"
            or stats.text.get(neighbour, 0) < _STORY_ASIDE_NEIGHBOUR
            or stats.density(neighbour) > _STORY_ASIDE_LINKS * 2
        ):
            return False
        longest = max(longest, stats.text.get(neighbour, 0))
    return longest >= _STORY_PARAGRAPH


@lru_cache(maxsize=8192)
def _header_only(hints: str) -> bool:
    """Named furniture only for the word "header" ("entry-header", "article__header")."""
    return not is_negative(hints.replace("header", ""))


def _article_header(
    el: HtmlElement, hints: str, stats: Stats, headlines: frozenset[str] = frozenset()
) -> bool:
    """A header box that holds the headline: the article's own header (headline, byline, date,
    the lead), not the site's; its furniture goes by its own names. The headline is its h1, or
    an h2 or h3 that reads as the page's title (the h1 being the site's name elsewhere)."""
    if not _header_only(hints) or stats.density(el) >= 0.5:
        return False
    if next(el.iter("h1"), None) is not None:
        return True
    return bool(headlines) and any(
        title_key(_inline_text(h)) in headlines for h in el.iter("h2", "h3")
    )


def _drop(el: HtmlElement) -> None:
    """Remove *el* but keep its tail text (which belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail  # a new string each read: read once
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


# --- container detection --------------------------------------------------------------------------


def _own_text_len(el: HtmlElement) -> int:
    n = len(el.text.strip()) if el.text else 0
    for child in el:
        if tail := child.tail:
            n += len(tail.strip())
        tag = child.tag
        # A leaf's text is all its text: no serializer call for it (``element_text``).
        if (
            tag.__class__ is str
            and tag not in BLOCK_TAGS
            and len(child) == 0
            and (own := child.text)
        ):
            n += len(own.strip())
    return n


def _own_paragraphs(el: HtmlElement) -> list[str]:
    """The text ``_own_text`` joins, split into paragraphs where two ``<br>`` meet with only
    blanks between them (a story written as ``<br><br>``-separated lines)."""
    paragraphs: list[str] = []
    parts: list[str] = [el.text or ""]
    breaks = 0  # consecutive <br> with nothing but blanks since the last text
    for child in el:
        tag = child.tag
        if tag == "br":
            breaks += 1
            if breaks == 2 and (joined := " ".join(parts).strip()):
                paragraphs.append(joined)
                parts = []
        elif tag.__class__ is str and tag not in BLOCK_TAGS and len(child) == 0 and child.text:
            parts.append(child.text)
            breaks = 0
        if (tail := child.tail) and not tail.isspace():
            parts.append(tail)
            breaks = 0
    if joined := " ".join(parts).strip():
        paragraphs.append(joined)
    return paragraphs


def _own_text(el: HtmlElement) -> str:
    """The text ``_own_text_len`` counts, joined: what is written straight into *el* and its leaf
    inline children (a blog post's ``<br>``-separated lines in one div), not its blocks' text."""
    parts = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag.__class__ is str and tag not in BLOCK_TAGS and len(child) == 0 and child.text:
            parts.append(child.text)
        if child.tail:
            parts.append(child.tail)
    return " ".join(parts)


def find_main(doc: HtmlElement, stats: Stats | None = None) -> tuple[HtmlElement | None, Stats]:
    """The element holding the article text (None when the page has no paragraph text), and the
    element statistics, which ``read_blocks`` reuses."""
    body = doc.find("body")
    root = body if body is not None else doc
    stats = stats or measure(root)
    scores: dict[HtmlElement, float] = {}

    def credit(el: HtmlElement | None, amount: float) -> None:
        if el is None or not isinstance(el.tag, str):
            return
        if el not in scores:
            base = _base_score(el)
            if base > _SMALL_BOX_CAP and stats.text.get(el, 0) < _SMALL_BOX_TEXT:
                # An article-like name on a box of one line ("teaser-text", "post-excerpt") is a
                # teaser's name: it must not outscore the story's paragraphs on its name alone.
                base = _SMALL_BOX_CAP
            scores[el] = base
        scores[el] += amount

    for el in root.iter(*PARAGRAPH_TAGS, *_TEXT_CONTAINERS, "li"):
        tag = el.tag
        length = stats.text.get(el, 0)
        if length < 25:
            continue  # an element's own text is part of its whole text: too short either way
        if tag == "li" and next(el.iter(*PARAGRAPH_TAGS), None) is not None:
            continue  # its paragraphs count themselves
        if tag in _TEXT_CONTAINERS:
            length = _own_text_len(el)  # text written straight into a div, old-CMS style
        if length < 25 or stats.density(el) > 0.5:
            continue
        # Commas counted in whole text only where that is cheap: a <p> holds no <p>, so its
        # text is read once (an old CMS's whole story in one <p> with <br>s needs its commas);
        # a big div or cell would be read again for each wrapper. A div with that much text of
        # its own is such a story written straight into the div (a blog post's <br>-separated
        # lines, no <p>): its own text, read once, gives its commas, as the <p>'s whole text
        # does; without them a post of 6,000 characters scored as one line and a list of
        # teasers in the sidebar won.
        if length < 4000 or tag == "p":
            text = element_text(el)
            if tag in _TEXT_CONTAINERS and length < _STAMP_LINE_MAX and is_stamp_line(text):
                # A date line written straight into a box (a div, its span): no story text,
                # however many commas it holds. (A <p> holding the date is a story's line.)
                continue
            score = 1.0 + _comma_count(text) + min(length / 100, 3.0)
        elif tag in _TEXT_CONTAINERS:
            # Its paragraphs are the runs between blank lines (``<br><br>``): each scores as
            # the same text in a ``<p>`` would. Scored as one line, a story in a language
            # with few commas lost to a comment section of four short paragraphs.
            score = sum(
                1.0 + _comma_count(part) + min(len(part) / 100, 3.0)
                for part in _own_paragraphs(el)
                if len(part) >= 25
            )
        else:
            score = 1.0 + min(length / 100, 3.0)
        parent = el.getparent()
        if tag == "li" and parent is not None:
            # A list item is a sentence of the list's container (steps, ingredients, points):
            # the list itself is no container.
            parent = parent.getparent()
        if tag in ("div", "section", "article"):
            credit(el, score)  # its own text lives in it, not in a child paragraph
        credit(parent, score)
        if parent is not None:
            grand = parent.getparent()
            credit(grand, score / 2)
            if grand is not None:
                credit(grand.getparent(), score / 3)

    if not scores:
        return None, stats
    best, best_score = None, float("-inf")
    for el, score in scores.items():
        final = score * (1.0 - stats.density(el))
        if final > best_score:
            best, best_score = el, final
    assert best is not None
    return _widen(best, scores, stats), stats


# A line of at most this many characters holding a numeric date and a time of day is a date
# line ("Thứ Năm, 09/01/2025, 19:55 (GMT+7)", "Cập nhật lúc 18:06, Chủ Nhật, 13/07/2025"): its
# commas scored it as a sentence, and a header's date box, credited by its own text and by its
# span's, outscored a story whose entries each sit in a box of their own (a live page).
_STAMP_LINE_MAX = 100
_STAMP_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)"
)
_STAMP_TIME = re.compile(r"(?<![\d/.-])\d{1,2}\s?[:hg]\s?\d{2}(?!\d)")


# Every date of ``_STAMP_DATE`` holds a digit, a separator and a digit: a line without them
# is no date line. This search starts with a digit, which the regex engine scans for quickly;
# ``_STAMP_DATE``'s lookbehind is tried at every position.
_STAMP_HINT = re.compile(r"\d[/.-]\d")
_STAMP_WORDS = 8
# How many words are split off first for the word count (``is_stamp_line``).
_STAMP_WORDS_READ = 4 * _STAMP_WORDS


def is_stamp_line(text: str) -> bool:
    """*text* (short) is a date line: a numeric date and a time of day, and few other words."""
    # The word count first, on the first words only: ``find_main`` asks about a box whose own
    # text is short, and its whole text may be the page's (50,000 characters), which the
    # regexes would scan end to end (0.61 -> 0.09 M instructions a page for this test). The
    # words of the first ``_STAMP_WORDS_READ`` are the whole text's first words: more than
    # ``_STAMP_WORDS`` among them is more in the whole.
    first = text.split(None, _STAMP_WORDS_READ)[:_STAMP_WORDS_READ]
    if sum(1 for w in first if w[:1].isalpha()) > _STAMP_WORDS:
        return False
    if _STAMP_HINT.search(text) is None:
        return False
    if (date := _STAMP_DATE.search(text)) is None or _STAMP_TIME.search(text) is None:
        return False
    # A short sentence that names a day and an hour ("Sáng 14/3/2025, lúc 8h30, đoàn đã …")
    # has more words than a date line's labels and weekday.
    words = sum(1 for w in text.split() if w[:1].isalpha())
    return words <= _STAMP_WORDS and date is not None


# Under this much text a container's name earns no more than the <article> tag's base score.
_SMALL_BOX_TEXT = 120
_SMALL_BOX_CAP = 10.0


def _base_score(el: HtmlElement) -> float:
    base = {"div": 5.0, "article": 10.0, "section": 3.0, "main": 5.0, "td": 3.0, "pre": 3.0,
            "blockquote": 3.0, "form": -3.0, "ol": -3.0, "ul": -3.0, "li": -3.0, "dl": -3.0,
            "th": -5.0}.get(el.tag, 0.0)  # fmt: skip
    return base + class_weight(el)


def _widen(best: HtmlElement, scores: dict[HtmlElement, float], stats: Stats) -> HtmlElement:
    """Climb to an ancestor when the article is split over siblings of *best*.

    CMSs interrupt the text with ad slots and image wrappers, so the best-scoring block sometimes
    holds only part of the article; its parent then has several paragraph-rich children.
    """
    node = result = best
    steps = 0
    # Layout wrappers that add no text of their own ("container", "section", "row" around the
    # body) do not count as a step, so a split four wrappers up is still seen; the result only
    # moves when a real widening happens. Past such wrappers, only siblings built like the block
    # itself (same tag and first class: the CMS's repeated "content section" template) are the
    # rest of the article, and they must hold at least half as much text as the block: a
    # differently built or small sibling that far up is a company profile, a bio, a promo.
    # The block must also be a good part of the parent (not one teaser in a page wrapper), unless
    # it and its paragraph-like siblings make up most of the parent: an article cut into many
    # equal modules (page builders' text modules, TYPO3 frames, slides) has no dominant piece;
    # but none of those pieces may be twice the block (a comment thread beside a column),
    # unless two or more of them share the block's build past wrappers: frames of one template
    # (TYPO3 "outer", builder rows) are one story's sections, the chosen one may be a short one;
    # a thread or a second story beside the column is a single box.
    # A parent that adds too little to widen to but is still mostly the block (a forum post's
    # poster box beside the post) is looked past, as a wrapper is: the posts are siblings higher.
    for _ in range(15):
        if steps >= 3:
            break
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node_text = stats.text.get(node, 0)
        parent_text = stats.text.get(parent, 0)
        if parent_text == 0 or stats.density(parent) > 0.35:
            break
        if node_text >= 0.97 * parent_text:
            node = parent
            continue
        steps += 1
        # Sibling paragraph text outside *node*: only non-link, sentence-like blocks count.
        template = _build(node) if node is not result else None
        pieces = [
            stats.text.get(sib, 0)
            for sib in parent
            if sib is not node
            and isinstance(sib.tag, str)
            and (template is None or _build(sib) == template)
            and _paragraphish(sib, stats)
        ]
        extra = sum(pieces)
        # Farther up, more evidence: past wrappers the siblings must hold half as much again,
        # or a quarter when spread over two or more modules of the block's build (a story cut
        # into page-builder columns; a press release's "About the company" is one module).
        enough = (
            extra >= 0.25 * node_text
            if template is None or len(pieces) >= 2
            else extra >= 0.5 * node_text
        )
        if enough and (
            node_text >= 0.3 * parent_text
            or (
                node_text + extra >= 0.6 * parent_text
                and (
                    (template is not None and len(pieces) >= 2)
                    or max(pieces) <= 2 * node_text
                    or (node is result and _beside_live_entries(node, parent, stats))
                )
            )
        ):
            node = result = parent
        elif node_text >= 0.85 * parent_text:
            node = parent  # the parent adds only a little (a poster's name box): look higher
        else:
            break
    return result


# A live page's entry opens with its time ("09:11", "09:11 28/06", "8h30", "08:30 - 28/06/2026")
# alone in an element or a line of its own.
_ENTRY_TIME = re.compile(
    r"\d{1,2}\s?[:hg]\s?\d{2}(?:\s*[-,|]?\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?"
)
_LIVE_ENTRIES_MIN = 3


def _beside_live_entries(node: HtmlElement, parent: HtmlElement, stats: Stats) -> bool:
    """Whether a sibling of *node* under *parent* is a live page's list of entries: three or
    more boxes, most of them led by a time alone and holding a sentence that is not a link.
    The lead above such a list is the story's first paragraph and the list the rest, however
    much longer (the widening's "no sibling twice the block" guards against a comment thread,
    whose entries open with the commenter's name, and a "Tin khác" list, whose items are
    links)."""
    return any(
        sib is not node and isinstance(sib.tag, str) and _holds_live_entries(sib, stats)
        for sib in parent
    )


def _holds_live_entries(box: HtmlElement, stats: Stats, depth: int = 2) -> bool:
    """*box* is a list of live entries, or holds one within *depth* levels (the story's box
    around the list and the byline under it)."""
    if _live_entries(box, stats):
        return True
    return depth > 0 and any(
        isinstance(child.tag, str) and _holds_live_entries(child, stats, depth - 1) for child in box
    )


def _live_entries(box: HtmlElement, stats: Stats) -> bool:
    entries = [child for child in box if isinstance(child.tag, str)]
    if len(entries) < _LIVE_ENTRIES_MIN or stats.density(box) > 0.25:
        return False
    led = sum(1 for entry in entries if _time_led(entry, stats))
    return led >= _LIVE_ENTRIES_MIN and 3 * led >= 2 * len(entries)


def _time_led(entry: HtmlElement, stats: Stats) -> bool:
    """*entry* opens with a time alone (its leading text, or its first element's whole text)
    and holds a sentence's worth of text after it."""
    if stats.text.get(entry, 0) < 40:
        return False
    first = (entry.text or "").strip()
    if not first:
        child = next((c for c in entry if isinstance(c.tag, str)), None)
        if child is None:
            return False
        first = element_text(child).strip()
    return _ENTRY_TIME.fullmatch(first) is not None


def _build(el: HtmlElement) -> tuple[str, str]:
    """An element's template: its tag and first class name. Page builders add per-instance
    classes after the template's own ("wpb_text_column vc_custom_1563…")."""
    classes = (el.get("class") or "").split()
    return el.tag, classes[0] if classes else ""


def _paragraphish(el: HtmlElement, stats: Stats) -> bool:
    if el.tag in HEADING_TAGS:
        return False
    length = stats.text.get(el, 0)
    if length < 80 or stats.density(el) > 0.25:
        return False
    hints = hint_string(el)
    return not (hints.strip() and is_negative(hints))


# --- the lead above the container ----------------------------------------------------------------

# Captions and credits set between the headline and the body: not a lead.
_CAPTION_BOX = re.compile(r"caption|chu-?thich|legend|credit")
_IMAGE_BOX = re.compile(r"image|img|photo|picture|media|figure|anh")
_LEAD_TAGS = frozenset({"p", "div", "section", "span", "strong", "h2"})


def leading_blocks(
    container: HtmlElement, stats: Stats, headlines: frozenset[str] = frozenset()
) -> list[HtmlElement]:
    """Paragraphs between the page's last h1 before *container* and *container* itself: the
    standfirst or lead that templates set in the article header, apart from the body block
    ("p.lead", "div.teaser-text", an abstract field, a subtitle h2). Empty when no h1 precedes.

    Only prose counts (80+ characters, few links), captions and credits excepted; the tree has
    been pruned of furniture already. However many there are: an abstract has several, and when
    the container was chosen below the article's start, what lies above it is the article too.

    *headlines* are the page's titles (``title_key`` form): an h2 or h3 that reads as one of them
    is the headline too, on pages whose only h1 is the site's (pruned as a logo or breadcrumb)
    or that set the headline in a lower heading.
    """
    lead = _Lead(container, stats, headlines)
    root = container.getroottree().getroot()
    if not lead.walk(root) or not lead.seen_h1:
        return []
    return lead.found


# What sets a site's name after the headline in a served <title> ("Headline - Site").
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " · ", " « ", " » ")
# A heading this short that starts a title is a section's label, not the headline.
_HEADLINE_KEY = 15


def names_a_headline(key: str, headlines: frozenset[str]) -> bool:
    """Whether a heading's ``title_key`` is one of the page's titles, or one of them with a
    site's name after a separator: without metadata the site's name is not known, and the
    served <title> keeps it ("Schneeflöckchen … im Winter - Martin Rütter DOGS")."""
    if key in headlines:
        return True
    if len(key) < _HEADLINE_KEY:
        return False
    return any(
        title.startswith(key) and title[len(key) :].startswith(_TITLE_SEPARATORS)
        for title in headlines
    )


class _Lead:
    """``leading_blocks``' walk and what it gathers. A class, not a closure: a closure that
    calls itself is a reference cycle, and this one held the page's statistics, so every page's
    tree and element proxies waited for the cyclic collector."""

    __slots__ = ("around", "container", "found", "headlines", "seen_h1", "stats")

    def __init__(self, container: HtmlElement, stats: Stats, headlines: frozenset[str]) -> None:
        self.container = container
        self.stats = stats
        self.headlines = headlines
        self.found: list[HtmlElement] = []
        self.around = set(container.iterancestors())
        self.seen_h1 = False

    def walk(self, node: HtmlElement) -> bool:
        for child in node:
            if child is self.container:
                return True
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == "h1" or (
                self.headlines
                and not self.seen_h1  # the headline's repeat lower down starts nothing
                and tag in ("h2", "h3")
                and names_a_headline(title_key(_inline_text(child)), self.headlines)
            ):
                self.seen_h1 = True
                self.found.clear()
                continue
            if child in self.around:
                return self.walk(child)
            if (
                self.seen_h1
                and tag in ("ul", "ol")
                and self.stats.text.get(child, 0) >= 80
                and self.stats.density(child) <= 0.1
                and next(child.iter("img"), None) is None
            ):
                # the story's key points set as bullets under the headline
                self.found.append(child)
                continue
            if tag in ("figure", "figcaption", "table", "ul", "ol", "form", "blockquote"):
                continue
            if tag == "div" and _figure_box(child, self.stats):
                continue  # a figure built from divs: a caption is no lead
            hints = hint_string(child)
            if hints.strip() and (
                _CAPTION_BOX.search(hints)
                or (
                    _IMAGE_BOX.search(hints)
                    and next(child.iter("img"), None) is not None
                    and next(child.iter("h1"), None) is None
                )
            ):
                # A caption or credit line, an image box with its caption; but a box named for
                # its picture that holds the h1 is the article's hero header ("hero
                # with-featured-image": headline, lead, byline over the photo).
                continue
            if self.seen_h1 and tag in _LEAD_TAGS and not any(c.tag in BLOCK_TAGS for c in child):
                length = self.stats.text.get(child, 0)
                previous = child.getprevious()
                if (
                    length >= 80
                    and self.stats.density(child) <= 0.3
                    and (previous is None or previous.tag not in ("img", "picture"))
                ):
                    self.found.append(child)
                continue
            if self.walk(child):
                return True
        return False


def _credit_or_name_lines(text: str) -> bool:
    """One to three lines, each a reporter's bare name ("Hoàng Anh", "Minh Anh (tổng hợp)",
    "PV"; the Vietnamese byline at a story's foot, vietnam-notes §2.3) or a credit ("Theo
    TTXVN"), none another box's heading."""
    lines = text.split("\n")
    return len(lines) <= 3 and all(
        len(line) <= 60
        and not is_stop_heading(line)
        and (credit_of(line) or trailing_name(line) is not None)
        for line in lines
    )


def trailing_blocks(container: HtmlElement, stats: Stats) -> list[HtmlElement]:
    """Bare paragraphs that follow *container* as its siblings or its parent's (an intro box
    chosen as the container, the story's paragraphs after it): the run of prose ``p`` elements
    (25+ characters, few links) up to the first element that is not one. Empty when the run
    would be shorter than the container itself: a sentence or two after a body is a caption, a
    note, a promo."""
    found: list[HtmlElement] = []
    node = container
    for _ in range(2):
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            length = stats.text.get(sib, 0)
            if sib.tag != "p":
                if length == 0:
                    continue  # an empty spacer, an image slot
                break
            if length >= 25 and stats.density(sib) <= 0.3:
                found.append(sib)
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    total = sum(stats.text.get(el, 0) for el in found)
    return found if total >= stats.text.get(container, 0) else []


def continued_frames(container: HtmlElement, stats: Stats) -> list[HtmlElement]:
    """The later top-level frames of the page built exactly like the container's own (the same
    tag and class attribute, a child of ``<body>`` each): a page cut into full-width bands
    ("container-fluid headline-with-text" … a table band … the same band again) carries its
    story on in the next band of its template, past a band that breaks it (a table, a picture).
    ``_widen`` stops below ``<body>``, whose other children are the site's header and footer.

    Only prose frames count (``_paragraphish``) and none that opens a new story (an ``<h1>``:
    the next article an endless page appends).
    """
    top = container
    parent = top.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        top, parent = parent, parent.getparent()
    if parent is None or parent.tag != "body" or top is container:
        return []
    classes = top.get("class")
    if not classes or not classes.strip():
        return []
    return [
        sib
        for sib in top.itersiblings()
        if sib.tag == top.tag
        and sib.get("class") == classes
        and _paragraphish(sib, stats)
        and next(sib.iter("h1"), None) is None
    ]


# --- reading blocks --------------------------------------------------------------------------------


def _stands_alone(el: HtmlElement) -> bool:
    """Whether inline *el* is a line of its own in a block container: no text after it before
    the next block element (the text before it is the caller's to check)."""
    if el.getparent() is None or el.getparent().tag not in BLOCK_TAGS or el.getparent().tag == "p":
        return False
    if el.tail and el.tail.strip():
        return False
    following = el.getnext()
    return following is None or following.tag in BLOCK_TAGS or following.tag == "br"


# A paragraph this long with few links is the story's text, not a teaser line of a box.
_STORY_PARAGRAPH = 150

# Another story's card inside the story (its headline, "Read more"): boxes up to this long.
_CARD_BOX_TAGS = frozenset({"div", "section", "aside"})
_CARD_INSIDE_TEXT = 200
_NEXT_PARAGRAPHS = 3


@dataclass(slots=True)
class Block:
    """One unit of article content, in document order."""

    kind: str  # "p", "h", "list", "table", "image", "caption", "quote", "pre"
    text: str  # plain text ("" for an image without caption)
    html: str  # clean HTML for body_html
    src: str = ""  # image URL (absolute) for kind "image"
    # Split from the block before it by a blank line (<br><br>) inside one run of text: the
    # same box's next paragraph (an old template's cell: headline, date line, blank, sapo).
    after_blank: bool = field(default=False, compare=False)


# An inline style that hides its element: "display:none", "visibility:hidden", a zero font
# size or height, a position far off the screen.
_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![-\w])(?:font-size|height)\s*:\s*0"
    r"(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$)|:\s*-\d{4,}px",
    re.IGNORECASE,
)


def _hides_links(el: HtmlElement, style: str) -> bool:
    """Whether *style* hides *el* and its text is all links: hacked pages inject betting
    links so into the story's paragraphs (vietnam-notes §3.1), where no reader sees them.
    Hidden text that is not links stays (tabs and sliders hide real article text)."""
    if not (
        "none" in style or "hidden" in style or "0" in style or "-" in style
    ) or not _HIDING_STYLE.search(style):
        return False
    text = "".join(el.text_content().split())
    links = "".join("".join(a.text_content().split()) for a in el.iter("a"))
    return bool(text) and len(links) >= len(text)


def read_blocks(
    container: HtmlElement,
    base_url: str,
    stats: Stats | None = None,
    headlines: frozenset[str] = frozenset(),
) -> list[Block]:
    """Read *container* into blocks, dropping furniture and stopping at a related-links heading.

    *headlines* are the page's titles (``title_key`` form): an h1 that shares nothing with them
    is a section's heading, read as a subheading; the others are the headline (read by the page).
    """
    stats = stats or measure(container)
    reader = _Reader(base_url, stats, headlines, container)
    reader.visit(container)
    reader.flush()
    return _without_repeats(reader.blocks)


# The writer's bio set as the story's last paragraph: a name of two to four capitalised words
# (not opened by an article: "Die G7 ist ein …" is the story's background), maybe an apposition,
# then "is a / ist ein / est un …" ("Candice Sealey is the Founder &
# Principal Consultant at Ignite!", "Eric Song is IGN's deal curator …").
_BIO = re.compile(
    r"""^(?!(?:The|This|That|A|An|Die|Der|Das|Dies\w*|Ein|Eine|La|Le|Les|El|Los|Las|Il|Lo|Un|Une)\s)
        [A-Z][^\W\d_][\w.'-]*(?:\s+[A-Z][^\W\d_][\w.'-]*){1,3},?(?:\s+[^,.]{0,60},)?
        \s+(?:is|ist|est|es|è|jest)\s+(?:a|an|the|\w+'s|ein|eine|einer|der|die|un|une|el|la|il|uno|una)\s""",
    re.VERBOSE,
)
_BIO_MAX = 500


def without_closing_bio(blocks: list[Block]) -> list[Block]:
    """*blocks* without a writer's bio as the last paragraph (after captions or images)."""
    end = len(blocks)
    while end and blocks[end - 1].kind in ("image", "caption"):
        end -= 1
    if not end:
        return blocks
    last = blocks[end - 1]
    if last.kind == "p" and len(last.text) <= _BIO_MAX and _BIO.match(last.text):
        return blocks[: end - 1] + blocks[end:]
    return blocks


_WORD = re.compile(r"\w{4,}")


# Expander links glued to the end of a caption ("… more", "less", "Xem thêm").
_CAPTION_TAILS = ("read more", "xem thêm", "more", "less")


def _caption_key(text: str) -> str:
    """*text* without an expander link and trailing dots (string methods: called per block)."""
    key = text.rstrip(" .…")
    lowered = key.lower()
    for tail in _CAPTION_TAILS:
        if lowered.endswith(tail) and not lowered[-len(tail) - 1 : -len(tail)].isalnum():
            return key[: -len(tail)].rstrip(" .…")
    return key


def _without_repeats(blocks: list[Block]) -> list[Block]:
    """Drop a caption that repeats an earlier block (gallery captions rendered twice for two
    screen sizes, or once in full and once cut with "… more"). Repeated paragraphs stay:
    articles do repeat sentences."""
    seen: set[str] = set()
    captions: list[str] = []
    out = []
    for block in blocks:
        key = _caption_key(block.text) if len(block.text) >= 30 else ""
        if block.kind not in ("image", "caption"):
            seen.add(key)
            out.append(block)
            continue
        if key and (key in seen or any(c.startswith(key) for c in captions)):
            continue
        seen.add(key)
        if key:
            captions.append(key)
        out.append(block)
    return out


class _Reader:
    """Walks a container depth-first, accumulating inline text into paragraphs."""

    def __init__(
        self,
        base_url: str,
        stats: Stats,
        headlines: frozenset[str] = frozenset(),
        container: HtmlElement | None = None,
    ) -> None:
        self.container = container
        self._centred: bool | None = None
        self.base_url = base_url
        self.stats = stats
        self.skip = stats.skip
        self.headlines = headlines
        self.blocks: list[Block] = []
        self.buffer: list[str] = []  # inline text of the paragraph being built
        self.stopped = False
        # Stopped by a related-links box set inside the story ("Tin liên quan:"), not by the
        # comments or the page's other boxes: the byline may still follow it.
        self.past_box = False

    # Inline text is collected as one string with "\n" for <br>.
    def flush(self, kind: str = "p") -> None:
        if not self.buffer:
            return  # called before every block element: most calls have nothing pending
        text = "".join(self.buffer)
        self.buffer.clear()
        if text.isspace():
            return  # the markup's indentation between blocks: no line (add_text adds none)
        paras = _PARAGRAPH_BREAK.split(text) if "\n" in text else [text]
        if _LINK_LINE in text:
            paras = [para for para in _without_link_lines(paras) if para]
        for i, para in enumerate(paras):
            count = len(self.blocks)
            self.add_text(kind, para)
            if i and len(self.blocks) > count:
                self.blocks[-1].after_blank = True

    def add_text(self, kind: str, raw: str) -> None:
        lines = [one_line(line) for line in raw.split("\n")]
        if _LINK_LINE in raw:
            lines = _without_link_lines(lines)
        lines = [line for line in lines if line]
        if not lines:
            return
        if lines[-1].endswith("]"):
            lines[-1] = without_more_link(lines[-1])  # "… [czytaj więcej]": another story's link
        text = "\n".join(lines)
        if self.stopped:
            # Past "Tin liên quan": only a credit or byline line still belongs to the article
            # ("(Theo TTXVN)" after a related-links list inside the content block).
            if kind == "p" and (
                credit_of(text)
                or byline_authors(text)
                or photo_credit(text)
                or (self.past_box and _credit_or_name_lines(text))
            ):
                self.blocks.append(Block("p", text, f"<p>{escape(text, quote=False)}</p>"))
            return
        if is_stop_heading(text):
            if self.body_started():
                self.stopped = True
                self.past_box = is_in_body_box_heading(text)
            return
        if kind == "p" and is_wire_notice(text) and self.body_started():
            self.stopped = True  # under a press release: the portal's block about itself
            return
        if is_boilerplate(text) or is_control_label(text) or (kind == "p" and is_promo(text)):
            return
        if is_player_label(text):
            return
        if kind == "p" and (is_page_meta(text) or is_shortcode(text) or is_contact_field(text)):
            return  # reading time, "Filed under: …": about the page, not the story
        if len(text) >= _ID_DIGITS and text.isdigit():
            return  # an embed's or a record's id left in the markup ("191119052250266")
        if kind in ("p", "caption") and is_agency_credit(text):
            return  # a credit line of names: not the story, not a caption of its own
        tag = {"p": "p", "h": "h3", "quote": "blockquote", "pre": "pre"}.get(kind, "p")
        inner = "<br>".join(escape(line, quote=False) for line in lines)
        if kind == "caption":
            text = join_caption_lines(lines)
            if looks_like_filename(text) or photo_credit(text):
                return  # a file name, or only the photographer ("Ảnh: TTXVN"): no caption
            if is_promo(text):
                # A call under a banner ("Mời quý độc giả theo dõi Báo Tỉnh trên Zalo" under
                # the platform's logo): the picture is the call's, not the story's.
                if self.blocks and self.blocks[-1].kind == "image" and not self.blocks[-1].text:
                    self.blocks.pop()
                return
            self._attach_caption(text)
            return
        self.blocks.append(Block(kind, text, f"<{tag}>{inner}</{tag}>"))

    def _attach_caption(self, text: str) -> None:
        if self.blocks and self.blocks[-1].kind == "image" and not self.blocks[-1].text:
            img = self.blocks[-1]
            img.text = text
            img.html = _figure(img.src, text)
        else:
            self.blocks.append(Block("caption", text, f"<p>{escape(text, quote=False)}</p>"))

    def body_started(self) -> bool:
        return sum(len(b.text) for b in self.blocks if b.kind == "p") >= 200

    def visit(self, el: HtmlElement) -> None:
        # (each text and tail read once: lxml builds a new string at every read)
        buffer = self.buffer
        if text := el.text:
            buffer.append(text)
        for child in el:
            if isinstance(child.tag, str):
                self.element(child)
            if tail := child.tail:
                buffer.append(tail)

    def element(self, el: HtmlElement) -> None:
        tag = el.tag
        if tag == "br":
            self.buffer.append("\n")
            return
        if self.skip and el in self.skip:
            return
        if (style := el.get("style")) and _hides_links(el, style):
            return  # links injected out of the reader's sight (a hacked page's betting links)
        if tag == "img":
            self.image(el)
            return
        if tag == "time" and not "".join(self.buffer).strip() and _stands_alone(el):
            return  # a date line set straight in the container ("<time>08/01/2026</time>")
        if tag not in BLOCK_TAGS:
            if "-" in tag and _furniture_tag(tag):
                return  # a custom element named as furniture ("<pp-inline-teaser>")
            if (
                tag in _WRAPPING_INLINE
                and len(el)  # a leaf wraps nothing
                and any(c.tag in BLOCK_TAGS or c.tag == "img" for c in el.iter() if c is not el)
            ):
                self.visit(el)  # a link/span wrapping blocks or images: look inside
                return
            if tag == "a" and self._link_line(el):
                self.buffer.append(_LINK_LINE)
            self.buffer.append(_inline_text(el))
            return
        # A block element: what was pending is a paragraph of its own.
        self.flush()
        if tag == "blockquote" and not self.stopped and _is_embedded_post(el):
            # An embedded post is quoted whole: its links (the picture's short address, the
            # post's date) are the post's own, not a list of other stories to judge by density.
            self.add_text("quote", _inline_text(el))
            return
        if self._is_furniture(el, tag) or (
            self.stopped
            and tag not in ("p", "div", "section")
            and not (self.past_box and tag == "table")  # a one-cell table holding the byline
        ):
            return
        if not self.stopped and self._box_heading_inside_story(el):
            return  # "Tin liên quan:" over a list of links, the story going on below it
        if not self.stopped and tag in _CARD_BOX_TAGS and self._card_inside_story(el):
            return  # another story's card between two paragraphs: "… Read more", then more
        if tag in HEADING_TAGS:
            if tag != "h1" or self._section_h1(el):  # the headline is read by the page object
                self.add_text("h", _inline_text(el))
        elif tag in ("ul", "ol") and next(el.iter("img"), None) is not None:
            # A list of images is a gallery or slideshow, not a text list: its items are images
            # with captions and credits, read as such (and deduplicated) rather than flattened.
            self.visit(el)
            self.flush()
        elif tag in ("ul", "ol"):
            self.listing(el)
        elif tag == "table":
            self.table(el)
        elif (
            tag == "figure"
            and next(el.iter("img"), None) is None
            and next(el.iter("table", "blockquote"), None) is not None
        ):
            # A figure without a picture that holds a table (WordPress "wp-block-table") or a
            # pull quote: read what it holds, its caption as a caption. (An embed's figure
            # holds only the embedded address: its caption is all there is to read.)
            self.visit(el)
            self.flush()
        elif tag == "figure":
            self.figure(el)
        elif tag in ("figcaption", "caption") or _is_caption(
            el, after_image=self._after_image(), centred_text=self._centred_text
        ):
            self.add_text("caption", _inline_text(el))
        elif tag == "div" and not self.stopped and (parts := _figure_box(el, self.stats)):
            self.picture(*parts)
        elif tag == "pre":
            self.blocks.append(Block("pre", el.text_content(), _pre(el.text_content())))
        elif tag == "blockquote" and not any(c.tag in BLOCK_TAGS for c in el.iter() if c is not el):
            self.add_text("quote", _inline_text(el))
        else:
            self.visit(el)
            self.flush()

    def _link_line(self, el: HtmlElement) -> bool:
        """*el* (an ``<a>``) opens a line made of links: a link to another address, starting a
        line (after a ``<br>``), and nothing up to the next ``<br>`` but more links and the
        separators set between them ("Pressemappe | RSS-Feed abonnieren")."""
        if not el.get("href"):
            return False
        node = el
        while True:  # up to the line's end: more links, separators ("|", "·") between them
            if node.tail and node.tail.strip(_LINK_SEPARATORS):
                return False
            node = node.getnext()
            if node is None or not isinstance(node.tag, str):
                return False
            if node.tag == "br":
                break
            if not (node.tag == "a" and node.get("href")) and (
                node.tag not in _WRAPPING_INLINE or node.text_content().strip(_LINK_SEPARATORS)
            ):
                return False
        before = el.getprevious()
        if before is None or before.tag != "br":
            return False
        pending = "".join(self.buffer)
        return pending.rsplit("\n", 1)[-1].strip() == ""

    def _box_heading_inside_story(self, el: HtmlElement) -> bool:
        """A related-links heading set between the story's paragraphs (vietnam-notes §2.2:
        "Tin liên quan", "Xem thêm", "Đọc thêm" boxes inside the body): a short paragraph or
        heading naming such a box, followed by link-dense siblings (the box's links) and then
        a paragraph of story text (long, few links). At the end of the story the same heading
        stops the reading (``is_stop_heading``)."""
        if el.tag != "p" and el.tag not in HEADING_TAGS:
            return False
        length = self.stats.text.get(el, 0)
        if not 0 < length <= 40:
            return False
        text = el.text_content()
        # Any other box heading that stops the reading ("Related stories", "Read more") is
        # such a box too when more of the story follows, by stricter evidence (below).
        named = is_related_box_heading(text)
        if not named and (not is_stop_heading(text) or is_comment_heading(text)):
            return False
        links = 0
        for sibling in el.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if self.stats.density(sibling) > 0.5:
                links += 1
                continue
            if not links:
                return False
            # Any related box before the byline that closes the container (below); only the
            # in-body ones before more of the story.
            if named and self._closing_byline(sibling):
                return True
            if is_in_body_box_heading(text) and self._story_paragraph(sibling):
                return True
            return self._story_goes_on(sibling)
        return False

    def _story_paragraph(self, el: HtmlElement) -> bool:
        """A paragraph of story text: long, few links."""
        return (
            el.tag == "p"
            and self.stats.text.get(el, 0) >= _STORY_PARAGRAPH
            and self.stats.density(el) < 0.2
        )

    def _story_goes_on(self, el: HtmlElement) -> bool:
        """Whether the story goes on at *el*, after a box that a heading opened: three
        paragraphs with few links, two of them long (a story's), bare or opening a container
        of their own (a CMS splitting the
        body around the box). The box at the end of a story is followed by a footer, a
        comment section (its heading first) or other stories' teasers (one summary each,
        links between): not by two paragraphs of running text."""
        if el.tag in _CARD_BOX_TAGS:
            first = next(
                (n for n in el if isinstance(n.tag, str) and self.stats.text.get(n, 0)), None
            )
            if first is None or first.tag != "p":
                return False
            el = first
        seen = long = 0
        for node in (el, *el.itersiblings()):
            if not isinstance(node.tag, str) or not self.stats.text.get(node, 0):
                continue
            if node.tag != "p" or self.stats.density(node) >= 0.2:
                return False
            long += self.stats.text.get(node, 0) >= _STORY_PARAGRAPH
            seen += 1
            if seen == _NEXT_PARAGRAPHS:
                break
        return long >= 2

    def _card_inside_story(self, el: HtmlElement) -> bool:
        """Another story's card set between the story's paragraphs (a "rich link": its headline
        and "Read more" over a link to it): a box of up to 200 characters holding a link and a
        line that reads as a stop heading ("Read more", "Related", "Lesen Sie auch"), not a
        comment heading, whose next element is a paragraph of the story (150+ characters,
        few links). Read as it stands, its stop line ended the story there and lost the rest;
        where names or ``<aside>`` mark the card, pruning took it first."""
        length = self.stats.text.get(el, 0)
        if not 0 < length <= _CARD_TEXT or next(el.iter("a"), None) is None:
            return False
        following = el.getnext()
        while following is not None and (
            not isinstance(following.tag, str) or self.stats.text.get(following, 0) == 0
        ):
            following = following.getnext()  # an empty spacer, an ad slot, a comment
        if following is None:
            return False
        if following.tag in _CARD_BOX_TAGS:
            # The story goes on in a container of its own (a CMS splitting the body around
            # the box): one of its first three paragraphs must be the story's (a one-line
            # quote may open it). A bare paragraph after the box must be the story's itself.
            after = [n for n in following.iter("p") if self.stats.text.get(n, 0)]
            after = after[:_NEXT_PARAGRAPHS]
        else:
            after = [following]
        if not any(
            n.tag == "p"
            and self.stats.text.get(n, 0) >= _STORY_PARAGRAPH
            and self.stats.density(n) < 0.2
            for n in after
        ):
            return False
        # Up to 200 characters the stop line may be anywhere in the card; a longer box (two
        # or three cards, each a linked headline over a summary) must open with it.
        opening = length > _CARD_INSIDE_TEXT
        for part in el.iter():
            if part is el or not isinstance(part.tag, str):
                continue
            size = self.stats.text.get(part, 0)
            if 0 < size <= 40:
                line = one_line(element_text(part))
                if is_stop_heading(line) and not is_comment_heading(line):
                    return True
            if opening and size and (0 < size <= 40 or (part.text and part.text.strip())):
                return False  # the box's first line of text is no stop heading
        return False

    def _closing_byline(self, el: HtmlElement) -> bool:
        """Whether *el* is the story's byline closing its container, a short line of names
        with no element of text after it ("<p><strong>Minh Anh</strong></p>" under a "Xem
        thêm" box at the end): the box between the text and the byline is no end of the
        story, or the byline is lost with it."""
        length = self.stats.text.get(el, 0)
        if el.tag not in ("p", "div") or not 0 < length <= 60 or self.stats.density(el) > 0:
            return False
        if any(
            isinstance(after.tag, str) and self.stats.text.get(after, 0)
            for after in el.itersiblings()
        ):
            return False
        # The name with a credit after it ("Minh Anh (Theo TTXVN)"), or the credit alone.
        line, *_ = credit_line_parts(one_line(el.text_content()))
        return bool(byline_authors(line) or trailing_name(line) or credit_of(line))

    def _section_h1(self, el: HtmlElement) -> bool:
        """An h1 without link or picture that shares no word with any of the page's titles: a
        section's heading on a page that sets every heading in h1 (a headline with a kicker
        still shares its words)."""
        if not self.headlines or next(el.iter("a", "img"), None) is not None:
            return False  # a logo or the site's name, linked to its front page
        words = set(_WORD.findall(title_key(_inline_text(el))))
        return bool(words) and not any(words & set(_WORD.findall(h)) for h in self.headlines)

    def _centred_text(self) -> bool:
        """Whether the container centres its paragraphs as a rule (asked once, only of a
        centred paragraph under a picture)."""
        if self._centred is None:
            self._centred = self.container is not None and centred_as_a_rule(
                self.container, self.stats
            )
        return self._centred

    def _after_image(self) -> bool:
        return bool(self.blocks) and self.blocks[-1].kind == "image" and not self.blocks[-1].text

    def _is_furniture(self, el: HtmlElement, tag: str) -> bool:
        """*el* (of tag *tag*: the caller's, as lxml makes a new string at each read) is a
        block the reader skips."""
        length = self.stats.text.get(el, 0)
        if not length:
            return False  # every test below wants text
        links = self.stats.links.get(el, 0)
        density = links / length
        if density > 0.5 and tag != "p" and tag not in HEADING_TAGS:
            # A link-dense block (related stories, tag lists) unless it is long running text.
            return not (tag in ("div", "section", "td") and length > 600 and density < 0.7)
        if 0 < length < _CARD_TEXT:
            if tag in _CARD_TAGS and _is_teaser_card(el, self.base_url):
                return True
            if tag in _TEASER_BOX_TAGS and (_opens_with_teaser_heading(el) or _holds_pitch(el)):
                return True
        # A paragraph that is one link is a pointer to another story; so is a labelled one
        # ("Xem thêm: <a>…</a>", "Read more: <a>…</a>"), whose label dilutes the link, and a
        # subheading set the same way ("<h3>MIRA: <a>…</a></h3>": an editor's heading style).
        if not 0 < length < 200:
            return False
        if tag in HEADING_TAGS:
            return density > 0.4 and is_pointer(el.text_content())
        if tag != "p":
            return False
        return density > 0.8 or (density > 0.4 and is_pointer(element_text(el)))

    def image(self, el: HtmlElement) -> None:
        if self.stopped:
            return
        src = _image_src(el)
        if not src or src.startswith("data:"):
            return
        src = join_url(self.base_url, src)
        if not src:
            return
        self.flush()
        self.blocks.append(Block("image", "", _figure(src, ""), src=src))

    def figure(self, el: HtmlElement) -> None:
        caption_el = next(el.iter("figcaption"), None)
        self.picture(
            next(el.iter("img"), None), _inline_text(caption_el) if caption_el is not None else ""
        )

    def picture(self, img: HtmlElement | None, raw_caption: str) -> None:
        """A picture and its caption (the text under it in its figure, however built)."""
        caption = join_caption_lines(raw_caption.split("\n")) if raw_caption else ""
        if img is None:
            if caption:
                self.add_text("caption", caption)
            return
        src = _image_src(img)
        if not src or src.startswith("data:"):
            if caption:
                self.add_text("caption", caption)
            return
        src = join_url(self.base_url, src)
        if caption and is_promo(caption):
            # A call beside its banner or icon ("Tải ứng dụng Báo Tỉnh … Tải ngay" by the app's
            # logo, a box no class names once they are hashed): the picture is the call's too,
            # as with a call read as a caption in ``add_text``.
            return
        if caption and len(caption) <= _TEASER_LINE and _links_away(img, self.base_url):
            # A picture linked to another page with one line under it (the site's app, its
            # print edition, another story's teaser) is a promotion, whatever its words say: a
            # story's picture links to nothing or to its own larger file.
            return
        if looks_like_filename(caption) or photo_credit(caption):
            caption = ""  # a file name, or only the photographer ("Ảnh: Thu Hà"), as captions go
        if not src:
            if caption:
                self.add_text("caption", caption)
            return
        self.blocks.append(Block("image", caption, _figure(src, caption), src=src))

    def listing(self, el: HtmlElement) -> None:
        items = [one_line(_inline_text(li)) for li in el if li.tag == "li"]
        items = [i for i in items if i]
        if not items:
            return
        text = "\n".join(f"- {i}" for i in items)
        tag = el.tag
        inner = "".join(f"<li>{escape(i, quote=False)}</li>" for i in items)
        self.blocks.append(Block("list", text, f"<{tag}>{inner}</{tag}>"))

    def table(self, el: HtmlElement) -> None:
        rows = [r for r in el.iter("tr") if _closest_table(r) is el]
        imgs = list(el.iter("img"))
        # Image-with-caption tables (a common CMS editor output) and layout tables are not data.
        if imgs and len(rows) <= 3:
            self.image_table(el, imgs[0])
            return
        if any(self.stats.text.get(c, 0) > 400 for c in el.iter("td")) or any(
            c.tag in ("p", "div") and self.stats.text.get(c, 0) > 150 for c in el.iter()
        ):
            self.visit(el)
            self.flush()
            return
        cells_by_row = [[c for c in r if c.tag in ("td", "th")] for r in rows]
        if len(cells_by_row) == 1 and len(cells_by_row[0]) == 1 and not self.stopped:
            # One cell: a layout table (an old template's box), not data. Its lines and
            # blocks are read as a box's are, so "<b>Headline</b><br>08/01/2026" stays two
            # lines instead of one glued string ("...được giá08/01/2026"). (After the story's
            # end, where only a byline is looked for, the cell stays one block.)
            self.visit(el)
            self.flush()
            return
        # A cell's lines and blocks are words apart: text_content() would glue "a<br>b" to "ab".
        cells_by_row = [[one_line(_inline_text(c)) for c in cells] for cells in cells_by_row]
        cells_by_row = [cells for cells in cells_by_row if any(cells)]
        if not cells_by_row:
            return
        text = "\n".join(" | ".join(cells) for cells in cells_by_row)
        html_rows = "".join(
            "<tr>" + "".join(f"<td>{escape(c, quote=False)}</td>" for c in cells) + "</tr>"
            for cells in cells_by_row
        )
        self.blocks.append(Block("table", text, f"<table>{html_rows}</table>"))

    def image_table(self, el: HtmlElement, img: HtmlElement) -> None:
        src = _image_src(img)
        caption = join_caption_lines(
            [line for td in el.iter("td", "th") for line in _inline_text(td).split("\n")]
        )
        if looks_like_filename(caption):
            caption = ""
        if src and not src.startswith("data:"):
            src = join_url(self.base_url, src)
        if src and not src.startswith("data:"):
            self.blocks.append(Block("image", caption, _figure(src, caption), src=src))
        elif caption:
            self.add_text("caption", caption)


# Another story's teaser set inside the article ("Lesen Sie auch" cards, "interesting articles"
# boxes): a small box whose picture or headline and its "more" link all point to one address.
_CARD_TAGS = frozenset({"div", "section", "article", "li", "figure"})
_CARD_TEXT = 500
_TEASER_BOX_TAGS = frozenset({"div", "section", "aside"})
# A line of this many digits and nothing else is an id (an embed's, a timestamp's), never a
# number a story prints: amounts, phone numbers and dates carry separators or words.
_ID_DIGITS = 12


# The class an embed script looks for on the quote it turns into a post (the quote is what the
# page holds until the script runs): a post quoted by the story, with its author and date line.
EMBEDDED_POST_CLASSES: frozenset[str] = frozenset({
    "twitter-tweet", "twitter-video", "bluesky-embed", "mastodon-embed", "threads-post",
})  # fmt: skip


def _is_embedded_post(el: HtmlElement) -> bool:
    names = el.get("class")
    return bool(names) and not EMBEDDED_POST_CLASSES.isdisjoint(names.lower().split())


@lru_cache(maxsize=1024)
def _furniture_tag(tag: str) -> bool:
    """A custom element (a tag name with a hyphen) named like furniture: "pp-inline-teaser",
    "related-articles", "newsletter-signup". Its name is all the markup says of it (custom
    elements seldom carry a class), and a teaser element inside the story is another story's
    (as a class name "teaser" is not: "teaser-text" is often the story's own lead)."""
    name = tag.lower()
    return "teaser" in name or is_negative(name)


def _opens_with_teaser_heading(box: HtmlElement) -> bool:
    """*box* starts with the heading of a teaser box ("Keep Reading", "Lesen Sie auch") in an
    element of its own: the whole box is the teaser (the other story's headline, its summary,
    its link), not only the heading line. The heading must be a child element, not the box's
    own first words: a paragraph that starts so is read as before."""
    for node in box.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        if node.text and node.text.strip():
            return is_teaser_heading(_inline_text(node))
        if node.tail and node.tail.strip():
            return False
    return False


def _holds_pitch(box: HtmlElement) -> bool:
    """*box* (a short box of several elements) holds a call to action of its own in one of its
    child elements ("HAZTE MIEMBRO …", "Subscribe to …"): the box is the site's pitch, and its
    other lines (the appeal's argument, the button) go with it. A box that is one paragraph is
    judged line by line as before."""
    children = [c for c in box if isinstance(c.tag, str) and c.tag not in ("br", "script")]
    if len(children) < 2:
        return False
    for node in box.iterdescendants("p", "h2", "h3", "h4", "strong", "b", "a"):
        text = one_line(_inline_text(node))
        if text and is_promo(text):
            return not _tells_a_story(children)
    return False


# A short story's paragraphs: this many full sentences of their own in one box are the story,
# with the paper's call under it ("Đặt mua Báo Tỉnh in: …" closing a four-paragraph AMP
# story), not a pitch box's argument (which is one or two lines around its button).
_STORY_PARAGRAPHS = 3


def _tells_a_story(children: Sequence[HtmlElement]) -> bool:
    """Whether ``_STORY_PARAGRAPHS`` or more of *children* are paragraphs of 80 characters or
    more that end a sentence and are no call to action."""
    count = 0
    for child in children:
        if child.tag != "p":
            continue
        text = one_line(_inline_text(child))
        if len(text) >= 80 and text[-1] in '.!?…"”' and not is_promo(text):
            count += 1
            if count >= _STORY_PARAGRAPHS:
                return True
    return False


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:[?#]|$)", re.IGNORECASE)


# The longest line under a linked picture that reads as its teaser (a caption may be longer).
_TEASER_LINE = 150
# How far above a picture its link may be (the picture in a span in the link).
_LINK_DEPTH = 3


def _links_away(img: HtmlElement, page_url: str) -> bool:
    """*img* is wrapped in a link to another page: not its own larger file, an anchor, a
    script or the page itself."""
    a = img
    for _ in range(_LINK_DEPTH):
        a = a.getparent()
        if a is None:
            return False
        if a.tag == "a":
            break
    else:
        return False
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")) or _IMAGE_FILE.search(href):
        return False
    here = _address_key(page_url)
    return not (here and _address_key(join_url(page_url, href)) == here)


def _without_link_lines(lines: list[str]) -> list[str]:
    """Lines (or paragraphs) that are one link each, set under the story's text in the same
    block ("<br><a>20 Kilo abnehmen: …</a><br><a>…</a>"), are pointers to other stories: gone
    when the block holds text of its own; a block of such lines alone keeps them, to be judged
    as a whole (link density, stop headings)."""
    marked = [line.lstrip().startswith(_LINK_LINE) for line in lines]
    if any(not m and line.strip() for m, line in zip(marked, lines, strict=True)):
        return [line for m, line in zip(marked, lines, strict=True) if not m]
    return [line.replace(_LINK_LINE, "") for line in lines]


def _is_teaser_card(el: HtmlElement, page_url: str = "") -> bool:
    """Two links of *el* go to the same address and one of them is on a picture or a heading
    (or holds one): a teaser card's picture, headline and "more" link. The story's own links
    are to different places, and a heading of its own is not a link; links to the page itself
    (a short post's title and date both linking its permalink) are not another story's."""
    seen: dict[str, HtmlElement] = {}
    here = _address_key(page_url)
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or _IMAGE_FILE.search(href):
            continue  # a photo and its caption both linked to the full-size picture: a figure
        if here and _address_key(join_url(page_url, href)) == here:
            continue
        first = seen.setdefault(href, a)
        if first is not a and (_on_picture_or_heading(first) or _on_picture_or_heading(a)):
            return True
    return False


def _address_key(url: str) -> str:
    """An address compared loosely: no scheme, "www.", fragment or trailing slash (the query
    stays: old CMSs name the article in it, "?newsid=123")."""
    url = url.split("#", 1)[0].strip().lower()
    url = url.split("://", 1)[-1]
    return url.removeprefix("www.").rstrip("/")


def _on_picture_or_heading(a: HtmlElement) -> bool:
    if next(a.iter("img", "picture", *HEADING_TAGS), None) is not None:
        return True
    parent = a.getparent()
    return parent is not None and parent.tag in HEADING_TAGS


def _closest_table(el: HtmlElement) -> HtmlElement | None:
    node = el.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node


def _inline_text(el: HtmlElement | None) -> str:
    """Text of an element with <br> as newline and block children as paragraph breaks."""
    if el is None:
        return ""
    parts: list[str] = []
    _inline_walk(el, parts)
    return "".join(parts)


def _inline_walk(node: HtmlElement, parts: list[str]) -> None:
    """``_inline_text``'s walk, a module function: a closure calling itself is a reference
    cycle, freed only by the cyclic collector."""
    if text := node.text:
        parts.append(text)
    for child in node:
        tag = child.tag  # a new string each read: read once
        if tag.__class__ is str:
            if tag == "br":
                parts.append("\n")
            elif tag in BLOCK_TAGS:
                parts.append("\n\n")
                _inline_walk(child, parts)
                parts.append("\n\n")
            elif len(child):
                _inline_walk(child, parts)
            elif text := child.text:  # a leaf (most inline elements): its text, no call
                parts.append(text)
        if tail := child.tail:
            parts.append(tail)


# A figure built from divs (a div-and-table CMS, or HTML5's figure and figcaption renamed): a box
# holding one picture and, under it, a short text in elements of its own. Its text is the
# picture's caption and credit, as a <figcaption>'s is. A picture set in a paragraph's text
# ("<div><img> Text …</div>", text straight in the box or after the picture in the same child)
# is not one: that text is the story's.
_FIGURE_TEXT = 400
_FIGURE_LABEL = 30  # a label on the picture's own link ("zum Vergrößern anklicken")


def _figure_box(el: HtmlElement, stats: Stats) -> tuple[HtmlElement, str] | None:
    """(the picture, its caption's text) when *el* is a figure built from divs, else None.

    Pictures in a row, each with its text (a photo story, a how-to's steps), are not: their
    texts are the story's. Nor is a box whose text is a list or a heading (an icon beside the
    points it explains)."""
    parts = _picture_and_caption(el, stats)
    if parts is None:
        return None
    for neighbour in (el.getprevious(), el.getnext()):
        if (
            neighbour is not None
            and neighbour.tag == "div"
            and (
                _picture_and_caption(neighbour, stats) is not None
                or _same_slide(neighbour, el, stats)
            )
        ):
            return None
    return parts


def _same_slide(neighbour: HtmlElement, el: HtmlElement, stats: Stats) -> bool:
    """*neighbour* is built as *el* (tag and first class) and holds a picture and text: a
    slide of the same photo story, however long its text (a slide whose text is a paragraph is
    no figure, yet the short ones beside it are its like, not captions)."""
    return (
        stats.text.get(neighbour, 0) > 0
        and _build(neighbour) == _build(el)
        and next(neighbour.iter("img"), None) is not None
    )


def _picture_and_caption(el: HtmlElement, stats: Stats) -> tuple[HtmlElement, str] | None:
    length = stats.text.get(el, 0)
    if not 0 < length <= _FIGURE_TEXT or (el.text and not el.text.isspace()):
        return None
    if next(el.iter("ul", "ol", "table", *HEADING_TAGS), None) is not None:
        return None
    picture: HtmlElement | None = None
    caption: list[str] = []
    for child in el:
        tag = child.tag
        if tag.__class__ is not str or (child.tail and not child.tail.isspace()):
            return None
        if tag == "img" or next(child.iter("img"), None) is not None:
            if picture is not None or (
                stats.text.get(child, 0) and not _picture_label(child, stats)
            ):
                return None  # two pictures (a gallery), a picture in a paragraph, a name
            picture = child if tag == "img" else next(child.iter("img"))
        elif stats.text.get(child, 0):
            if picture is None:
                return None  # text above the picture
            caption.append(_inline_text(child))
    if picture is None or not caption or stats.density(el) > 0.5:
        return None
    return picture, "\n".join(caption)


def _picture_label(part: HtmlElement, stats: Stats) -> bool:
    """The text beside a figure's picture is a label on it ("zum Vergrößern anklicken"): short,
    and no link to another page (a writer's picture and name linked to the writer's page)."""
    if stats.text.get(part, 0) > _FIGURE_LABEL:
        return False
    for a in part.iter("a"):
        href = a.get("href")
        if stats.text.get(a, 0) and href and not _IMAGE_FILE.search(href):
            return False
    return True


def _centred(el: HtmlElement) -> bool:
    return "center" in (el.get("style", "") + el.get("align", "")).lower()


# A container centres its paragraphs as a rule when this share of its prose paragraphs is.
_CENTRED_SHARE = 0.5


def centred_as_a_rule(container: HtmlElement, stats: Stats) -> bool:
    """Whether at least half of *container*'s prose paragraphs (25+ characters) are centred:
    a post set centred throughout (reviews, poems, a promotion), where centring a paragraph
    under a picture does not set it apart as the picture's caption."""
    prose = centred = 0
    for p in container.iter("p"):
        if stats.text.get(p, 0) >= 25:
            prose += 1
            centred += _centred(p)
    return prose > 0 and centred >= _CENTRED_SHARE * prose


def _is_caption(
    el: HtmlElement,
    *,
    after_image: bool = False,
    centred_text: Callable[[], bool] | None = None,
) -> bool:
    """A caption: named so, or (right after an image) a short paragraph all in italics/centred;
    centred only sets it apart where the container's paragraphs are not centred as a rule
    (*centred_text*, asked only then)."""
    hints = hint_string(el)
    if hints.strip() and _CAPTION.search(hints):
        return len(element_text(el)) < 600
    if not after_image or el.tag != "p" or len(element_text(el)) > 400:
        return False
    if _centred(el) and (centred_text is None or not centred_text()):
        return True
    # Every piece of text sits inside <em>/<i>: the editor's way of writing a caption.
    outside = (el.text or "").strip() or any((c.tail or "").strip() for c in el)
    return not outside and len(el) > 0 and all(c.tag in ("em", "i", "br") for c in el)


def _image_src(img: HtmlElement) -> str:
    # Lazy loaders keep the real URL in data-* attributes and a placeholder in src.
    for attr in ("data-src", "data-original", "data-lazy-src", "data-srcset", "src"):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0] if attr == "data-srcset" else value
    return ""


def _figure(src: str, caption: str) -> str:
    cap = f"<figcaption>{escape(caption, quote=False)}</figcaption>" if caption else ""
    return f'<figure><img src="{escape(src)}">{cap}</figure>'


def _pre(text: str) -> str:
    return f"<pre>{escape(text, quote=False)}</pre>"
