"""Make stored article HTML safe and self-contained for feed readers.

Two passes, in this order:

1. A repair pass with lxml that a sanitizer cannot do: it resolves lazy-loaded images
   (``data-src``, ``data-original``, ``data-srcset``, ... put back into ``src``/``srcset``),
   removes tracking pixels and placeholder images, unwraps or drops ``<noscript>`` copies, and
   makes every URL absolute against the article's URL (feed readers have no base URL).
2. The security gate, nh3 (Ammonia): an allowlist of tags and attributes, so scripts, styles,
   iframes, objects, forms and event-handler attributes never pass; only http(s)/mailto URLs;
   ``referrerpolicy="no-referrer"`` on every image, because provincial sites block hotlinked
   images whose Referer is not their own.

XML 1.0 forbids most C0 control characters; ``xml_safe`` removes them (and the C1 range, which in
Vietnamese pages is always mojibake) from every string that reaches a feed.
"""

from __future__ import annotations

import html
import re

import lxml.html
import nh3
from lxml import etree

from aggregator.urls import join_url

# XML 1.0 Char production minus what is merely "discouraged" but breaks readers in practice:
# C0 controls except TAB/LF/CR, DEL and C1 controls, lone surrogates, U+FFFE/U+FFFF.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """*text* without the characters that make an XML document invalid."""
    return _XML_FORBIDDEN.sub("", text)


# Attributes that lazy-loading scripts read the real image URL from, most common first.
_LAZY_SRC = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "data-echo")
_LAZY_SRCSET = ("data-srcset", "data-lazy-srcset", "data-original-set")

# Hosts and paths that serve 1×1 beacons, not pictures.
_TRACKER = re.compile(
    r"(?:google-analytics\.com|googletagmanager\.com|doubleclick\.net|facebook\.com/tr"
    r"|scorecardresearch\.com|quantserve\.com|/pixel(?:\.gif|\.png)?(?:[?/]|$)"
    r"|/beacon(?:[?/]|$)|/track(?:ing)?(?:\.gif|\.png)?(?:[?/]|$))",
    re.IGNORECASE,
)
# A "1", "0", "1px" dimension: the mark of a tracking pixel.
_TINY = re.compile(r"^\s*[01](?:\.0+)?\s*(?:px)?\s*$")
_TINY_STYLE = re.compile(
    r"(?:width|height)\s*:\s*[01](?:px)?\s*(?:;|$)|display\s*:\s*none", re.IGNORECASE
)

# The tags a news article body needs; everything else is unwrapped (text kept) by nh3.
ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div",
        "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "img", "ins", "li", "mark", "ol", "p", "picture", "pre", "q", "s", "small", "source",
        "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
        "tr", "u", "ul",
    }
)  # fmt: skip
# Removed together with their content (the text inside a script is not article text).
_DROP_WITH_CONTENT: frozenset[str] = frozenset(
    {"script", "style", "iframe", "object", "embed", "form", "button", "select", "textarea",
     "noscript", "template", "svg", "math", "canvas", "video", "audio", "head", "title"}
)  # fmt: skip
_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "srcset", "sizes", "alt", "title", "width", "height"},
    "source": {"srcset", "sizes", "media", "type"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "ol": {"start"},
}
_URL_SCHEMES = {"http", "https", "mailto"}


def _absolute(url: str, base: str) -> str:
    """*url* resolved against *base*; "" for anything that is not http(s) afterwards."""
    url = url.strip()
    if not url:
        return ""
    if url.startswith(("https://", "http://")):  # the common case; urljoin is slow
        return url
    resolved = join_url(base, url)
    return resolved if resolved.startswith(("https://", "http://")) else ""


def srcset_candidates(value: str) -> list[tuple[str, str]]:
    """(URL, descriptor) pairs of a srcset, tokenized as the HTML standard does.

    A URL runs to the next whitespace (so the comma inside a data: URL does not split it); a
    URL that ends in a comma has no descriptor.
    """
    out = []
    pos, n = 0, len(value)
    while pos < n:
        while pos < n and (value[pos].isspace() or value[pos] == ","):
            pos += 1
        start = pos
        while pos < n and not value[pos].isspace():
            pos += 1
        url, descriptor = value[start:pos], ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            start = pos
            while pos < n and value[pos] != ",":
                pos += 1
            descriptor = value[start:pos].strip()
        if url:
            out.append((url, descriptor))
    return out


def absolute_srcset(srcset: str, base: str) -> str:
    """A srcset with every candidate URL absolute; candidates that are not http(s) are dropped."""
    out = []
    for url, descriptor in srcset_candidates(srcset):
        absolute = _absolute(url, base)
        if absolute:
            out.append(f"{absolute} {descriptor}".strip())
    return ", ".join(out)


def _is_placeholder(src: str) -> bool:
    # Lazy loaders put a 1×1 data: GIF or a "blank"/"loading" image in src until scrolled into view.
    lowered = src.strip().lower()
    return (
        not lowered
        or lowered.startswith("data:")
        or any(word in lowered for word in ("blank.gif", "spacer.gif", "placeholder", "lazy."))
    )


def _is_tracking_pixel(img: lxml.html.HtmlElement, src: str) -> bool:
    width, height = img.get("width", ""), img.get("height", "")
    if (_TINY.match(width) and (not height or _TINY.match(height))) or (
        _TINY.match(height) and not width
    ):
        return True
    if _TINY_STYLE.search(img.get("style", "")):
        return True
    return bool(_TRACKER.search(src))


def _repair_images(root: lxml.html.HtmlElement, base: str) -> None:
    for img in list(root.iter("img")):
        src = img.get("src", "")
        if _is_placeholder(src):
            src = next((img.get(a, "") for a in _LAZY_SRC if img.get(a, "").strip()), "")
        lazy_srcset = next((img.get(a, "") for a in _LAZY_SRCSET if img.get(a, "").strip()), "")
        srcset = absolute_srcset(lazy_srcset or img.get("srcset", ""), base)
        src = _absolute(src, base)
        if not src and srcset:  # only a srcset: its first candidate is a fine src
            src = srcset.split(",")[0].split()[0]
        if not src or _is_tracking_pixel(img, src):
            _remove_keep_tail(img)
            continue
        img.set("src", src)
        if srcset:
            img.set("srcset", srcset)
        elif "srcset" in img.attrib:
            del img.attrib["srcset"]
    for source in list(root.iter("source")):
        srcset = absolute_srcset(source.get("data-srcset", "") or source.get("srcset", ""), base)
        if srcset:
            source.set("srcset", srcset)
        else:
            _remove_keep_tail(source)


def _repair_noscript(root: lxml.html.HtmlElement) -> None:
    # Lazy-loading pages repeat each image inside <noscript>. When the lazy image was resolved,
    # the copy is a duplicate; when it was not (no data-* attribute), the copy is the only image.
    seen = {img.get("src") for img in root.iter("img") if img.getparent().tag != "noscript"}
    for noscript in list(root.iter("noscript")):
        images = list(noscript.iter("img"))
        if images and all(img.get("src") in seen for img in images):
            _remove_keep_tail(noscript)
        else:
            noscript.drop_tag()


def _remove_keep_tail(element: lxml.html.HtmlElement) -> None:
    # lxml stores the text after an element in its .tail; a plain remove() would lose it.
    element.drop_tree()


def _make_links_absolute(root: lxml.html.HtmlElement, base: str) -> None:
    for a in root.iter("a"):
        href = a.get("href")
        if href is None:
            continue
        if href.strip().lower().startswith("mailto:"):
            continue
        if href.strip().startswith("#"):  # an in-page anchor means nothing outside the page
            del a.attrib["href"]
            continue
        absolute = _absolute(href, base)
        if absolute:
            a.set("href", absolute)
        else:
            del a.attrib["href"]


def _repair(fragment: str, base: str) -> str:
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):  # nothing parseable: let nh3 judge the raw text
        return fragment
    _repair_images(root, base)
    # Resolve images before noscript copies are judged, and do it in a second loop because the
    # first may have changed src values the noscript check compares against.
    _repair_noscript(root)
    _make_links_absolute(root, base)
    # Serialize the wrapper once and cut its tags off: much faster than child by child.
    return etree.tostring(root, encoding=str, method="html")[len("<div>") : -len("</div>")]


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    # nh3 checks URL schemes in src/href but not inside srcset; the repair pass already made the
    # candidates absolute, so anything that is still not http(s) here is hostile.
    if attr == "srcset":
        safe = [
            f"{url} {descriptor}".strip()
            for url, descriptor in srcset_candidates(value)
            if url.lower().startswith(("http://", "https://"))
        ]
        return ", ".join(safe) or None
    return value


def _cleaner(*, srcset_filter: bool) -> nh3.Cleaner:
    # Built once: configuring Ammonia costs more than cleaning a typical article.
    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes=_ATTRIBUTES,
        # A Python callback per attribute is slow; only bodies with a srcset need it.
        attribute_filter=_filter_attribute if srcset_filter else None,
        url_schemes=_URL_SCHEMES,
        # The repair pass made every URL it could absolute; what is still relative is junk.
        url_relative="deny",
        link_rel="noopener noreferrer nofollow",
        # One attribute only: nh3 adds several in a per-process random (hash map) order, which
        # would make the same store publish different bytes on each run.
        set_tag_attribute_values={"img": {"referrerpolicy": "no-referrer"}},
        strip_comments=True,
    )


_CLEANER = _cleaner(srcset_filter=False)
_CLEANER_SRCSET = _cleaner(srcset_filter=True)


def sanitize_html(fragment: str, base_url: str) -> str:
    """Safe, self-contained HTML for a feed item from an article body scraped at *base_url*."""
    fragment = xml_safe(fragment)
    if not fragment.strip():
        return ""
    repaired = _repair(fragment, base_url)
    cleaner = _CLEANER_SRCSET if "srcset" in repaired else _CLEANER
    return xml_safe(cleaner.clean(repaired)).strip()


def text_to_html(text: str) -> str:
    """Plain article text (paragraphs separated by blank lines) as escaped ``<p>`` paragraphs."""
    paragraphs = [p.strip() for p in xml_safe(text).split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
