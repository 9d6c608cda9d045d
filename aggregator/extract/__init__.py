"""Article extraction: one page (URL + HTML, optional site rules) to one ``Article``. No Scrapy.

``extract_article`` is the only entry point. It guards the input (empty, binary, gigantic, not
HTML), decodes bytes with ``aggregator.encoding.decode_html_source``, parses once with lxml (the
page's own bytes when they are already that text in UTF-8) and hands the tree to ``ArticlePage``.
It never raises for bad input: a page that is not an article comes back with
``Article.reject_reason`` set, and the pipelines drop it with that reason.
"""

from __future__ import annotations

import functools
import gc
import logging
from collections.abc import Callable
from datetime import datetime
from typing import ParamSpec, TypeVar

from lxml import etree

from aggregator.encoding import decode_html_lazily
from aggregator.extract.page import ArticlePage, parse_document, parse_document_bytes
from aggregator.items import Article
from aggregator.sites import SiteConfig

__all__ = ["ArticlePage", "extract_article"]

logger = logging.getLogger(__name__)

# Larger than any real article page (the AEB maximum is ~2 MiB); beyond this, parsing time and
# memory are spent on something that is not a news page (a dump, a feed archive, an attack).
MAX_PAGE_BYTES = 8 * 1024 * 1024
# File signatures of things servers send with text/html by mistake.
BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"RIFF",
    b"\x00\x00\x01\x00", b"ID3", b"OggS", b"\x7fELF", b"MZ", b"BZh", b"7z\xbc\xaf",
)  # fmt: skip


def _reject(url: str, reason: str) -> Article:
    return Article(url=url, reject_reason=reason)


def _looks_binary(head: bytes) -> bool:
    if head.startswith(BINARY_SIGNATURES):
        return True
    # UTF-16 pages are full of NULs but start with a BOM, handled by the decoder.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return head.count(b"\x00") > len(head) // 100 + 1


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _without_gc(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run *func* with the cyclic garbage collector paused (and resumed after, if it ran).

    One page allocates thousands of short-lived objects (element proxies, statistics, text
    pieces) that reference counting frees; the collector still counts them, so it ran ~1 young
    and, every few pages, a full collection over the whole process heap while a page was being
    read, and found nothing of the page's to free: ~2 ms a page of 11 on the 1428 benchmark pages,
    about a fifth of the extractor's time. Paused, that work is not done; the few cycles a page
    leaves are collected after, when the collector's own thresholds next say so. Only resumed
    when it was running before (a caller that disabled it keeps it disabled; two threads extracting
    at once leave it running when the last one finishes).
    """

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return func(*args, **kwargs)
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            gc.enable()

    return wrapper


@_without_gc
def extract_article(
    html: str | bytes,
    url: str,
    site: SiteConfig | None = None,
    *,
    now: datetime | None = None,
    content_type: str | None = None,
    content_language: str | None = None,
) -> Article:
    """Extract the article in *html* served at *url*; ``site=None`` uses the generic path.

    *now* is the crawl time, used for relative dates ("2 giờ trước") and sanity checks.
    *content_type* is the HTTP Content-Type header of bytes *html*: its charset is a hint that
    the page's own declaration and detection are weighed against. *content_language* is the
    HTTP Content-Language header: a declaration of the story's language after the page's own.
    """
    if html is None or len(html) == 0:
        return _reject(url, "empty-page")
    if len(html) > MAX_PAGE_BYTES:
        return _reject(url, "too-large")
    if isinstance(html, bytes | bytearray):
        if _looks_binary(bytes(html[:4096])):
            return _reject(url, "binary")
        raw = bytes(html)
        lazy, unchanged = decode_html_lazily(raw, content_type)
        utf8 = raw if unchanged else None
        # The page's own UTF-8 bytes, its text not built: the guards below on the bytes. A "<"
        # among the first 64 KiB bytes is among the first 64 Ki characters (and the text is then
        # neither empty nor blank); the parse reads the bytes unless the text starts with an XML
        # declaration, i.e. unless "<?xml" is at its first "<". Otherwise the text, as before.
        if lazy is None:
            first = raw.find(b"<", 0, 65536)
            if first >= 0 and not raw.startswith(b"<?xml", first):
                return _article(url, None, raw, site, now, content_language)
            lazy = raw.decode("utf-8")
        text = lazy
    else:
        text, utf8 = html, None
        if "\x00" in text[:4096]:
            return _reject(url, "binary")
    # Neither test copies the page (``strip`` and a slice did: ~0.1-1 MB of memory a page).
    if not text or text.isspace():
        return _reject(url, "empty-page")
    if text.find("<", 0, 65536) < 0:
        return _reject(url, "not-html")
    return _article(url, text, utf8, site, now, content_language)


def _article(
    url: str,
    text: str | None,
    utf8: bytes | None,
    site: SiteConfig | None,
    now: datetime | None,
    content_language: str | None,
) -> Article:
    """The article of the page *text* (parsed from *utf8* when given: ``parse_document``), or
    of the page whose UTF-8 bytes are *utf8* when *text* is None (not starting with an XML
    declaration); or the reason it has none."""
    try:
        doc = parse_document_bytes(utf8) if text is None else parse_document(text, utf8)
    except (etree.ParserError, ValueError) as exc:
        logger.info("unparseable page %s: %s", url, exc)
        return _reject(url, "unparseable")
    try:
        return ArticlePage(
            url, doc, site, now=now, content_language=content_language or ""
        ).to_article()
    except RecursionError:  # absurdly deep nesting (broken or hostile markup)
        return _reject(url, "too-deep")
    except Exception as exc:
        # A bug, not bad input: log it with the traceback so it is seen and fixed, and drop the page
        # with a reason that the run's stats count.
        logger.exception("extractor failed on %s", url)
        return _reject(url, f"extractor-error:{type(exc).__name__}")
