"""Bytes of an HTML page to NFC text, for sites with wrong, missing or legacy charsets.

Order of evidence: a byte-order mark, then the HTTP ``Content-Type`` charset, then the page's own
``<meta charset>``, then detection (charset-normalizer). A declared charset is only trusted when the
bytes decode under it without errors; Western single-byte declarations (latin-1, windows-1252, ascii)
decode *anything*, so for them UTF-8 and windows-1258 are tried too and the most plausible Vietnamese
reading wins. windows-1258 stores tones as combining marks, hence NFC after every decode
(vietnam-notes §5). UTF-8 that was once read as cp1252 (mojibake) is repaired with ftfy.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_META_WINDOW = 4096  # browsers look for the meta charset in the first 1024 bytes; be generous

# Declarations that decode every byte sequence, so success proves nothing.
_PERMISSIVE = frozenset({"latin_1", "iso8859_1", "cp1252", "ascii", "cp1258"})
# Letters only Vietnamese uses (precomposed, after NFC): evidence that a decoding is right.
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạ-ỹẠ-Ỹ]")
# Typical mojibake of UTF-8 Vietnamese read as cp1252: "á»‰", "Ã¡", "Ä‘", "Æ°".
_MOJIBAKE = re.compile("(?:á»|áº|Ã[\u0080-\u00bf]|Ä[‘\u0090]|Æ[°¡])")
_HTML_DECLARED_NAMES = {"x-user-defined": "cp1252", "unicode": "utf-8", "utf8": "utf-8"}


def _codec(name: str | None) -> str | None:
    """Python codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    name = _HTML_DECLARED_NAMES.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _declared(body: bytes, content_type_header: str | None) -> list[str]:
    found: list[str] = []
    if content_type_header and (m := _HEADER_CHARSET.search(content_type_header)):
        found.append(m.group(1))
    if m := _META_CHARSET.search(body[:_META_WINDOW]):
        found.append(m.group(1).decode("ascii", "replace"))
    return [c for c in (_codec(name) for name in found) if c]


def _plausibility(text: str) -> float:
    """Share of non-ASCII letters that are Vietnamese, minus replacement/control characters."""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return 1.0
    good = len(_VIETNAMESE.findall(text)) + sum(ch in "“”‘’–—…©®°«»·" for ch in non_ascii)
    bad = sum(ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Co", "Mn") for ch in non_ascii)
    return (good - 2 * bad) / len(non_ascii)


def _try(body: bytes, codec: str) -> str | None:
    try:
        return unicodedata.normalize("NFC", body.decode(codec))
    except (UnicodeDecodeError, LookupError):
        return None


def _finish(text: str) -> str:
    if _MOJIBAKE.search(text):
        text = ftfy.fix_encoding(text)
    return unicodedata.normalize("NFC", text)


def decode_html(body: bytes, content_type_header: str | None = None) -> str:
    """Decode an HTML page to NFC text; never raises (undecodable bytes become U+FFFD)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return _finish(body[len(bom) :].decode(codec, "replace"))

    for codec in _declared(body, content_type_header):
        if codec in _PERMISSIVE and not body.isascii():
            break  # success would prove nothing: weigh the readings below
        if (text := _try(body, codec)) is not None:
            return _finish(text)

    if body.isascii():
        return body.decode("ascii")
    # Undeclared or wrongly declared: UTF-8 is self-validating and by far the most common; then
    # compare the Vietnamese legacy code page with what the detector proposes.
    if (text := _try(body, "utf-8")) is not None:
        return _finish(text)
    readings: dict[str, str] = {}
    for codec in ("cp1258", _codec(_detect(body)), *_declared(body, content_type_header)):
        if codec and codec not in readings and (text := _try(body, codec)) is not None:
            readings[codec] = text
    if not readings:
        return _finish(body.decode("utf-8", "replace"))
    best = max(readings, key=lambda c: _plausibility(readings[c]))
    return _finish(readings[best])


def _detect(body: bytes) -> str | None:
    match = charset_normalizer.from_bytes(body[:65536]).best()
    return match.encoding if match else None
