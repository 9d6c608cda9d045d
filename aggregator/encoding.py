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
import ftfy.bad_codecs  # registers the "sloppy-windows-1252" codec used below

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
_PERMISSIVE = frozenset(
    codecs.lookup(name).name for name in ("latin-1", "iso-8859-15", "cp1252", "ascii", "cp1258")
)
_TONED = re.compile("[\u1ea0-\u1ef9đĐ]")
# A cp1258 reading is taken over a Western one when at least this share of its non-ASCII
# characters are toned Vietnamese letters (Vietnamese text: ~0.6-0.9; Western text: ~0).
_CP1258_MIN_SHARE = 0.3
# Typical mojibake of UTF-8 Vietnamese read as cp1252: "á»‰", "Ã¡", "Ä‘", "Æ°".
_MOJIBAKE = re.compile("(?:á»|áº|Ã[\u0080-\u00bf]|Ä[‘\u0090]|Æ[°¡])")
# The same pairs as UTF-8 bytes ("á»" = C3 A1 C2 BB), searched in the raw bytes in one pass (six
# separate substring searches cost ~0.8 ms on a 170 KiB page, this ~0.1 ms); only a page that has
# one pays for the regex over the decoded text.
_MOJIBAKE_BYTES = re.compile(
    rb"\xc3(?:\xa1\xc2[\xbb\xba]|\x83\xc2|\x84\xe2\x80\x98|\x86\xc2[\xb0\xa1])"
)
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
        name = m.group(1).decode("ascii", "replace")
        # A page that can be read far enough to find its <meta> is not UTF-16: browsers read a
        # UTF-16 declaration there as UTF-8 (HTML's prescan rule), and so do we.
        found.append("utf-8" if name.lower().startswith("utf-16") else name)
    return [c for c in (_codec(name) for name in found) if c]


def _vietnamese_share(text: str) -> float:
    """Share of non-ASCII characters that are toned Vietnamese letters (U+1EA0–U+1EF9) or đ/Đ.

    In windows-1258, tones are separate combining bytes that NFC composes into this block; the
    same bytes read as latin-1 or cp1252 are rare letters (Ì, Ò, Þ, ò), so a Western page read as
    cp1258 scores near 0 and a Vietnamese one near 1.
    """
    # The characters the ASCII encoder drops (a Python loop per character cost ~6 ms on a
    # 100 KiB sample; this is C).
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if not non_ascii:
        return 0.0
    return len(_TONED.findall(text)) / non_ascii


_NFC_CHUNK = 8192


def _nfc(text: str) -> str:
    """NFC of a page, paying the full normalisation only on the parts that need it.

    ``normalize`` returns its argument itself after a quick check when a string is already NFC
    (~0.2 ms for a 200 KiB page), but one decomposed letter anywhere sends the whole string down
    the slow path (~3 ms: an English page with a "Tiếng Việt" menu entry typed in NFD, measured).
    Normalised in ~8 KiB pieces, each cut just before a "<", the result is the same: an ASCII
    character is never the second half of a composition and never reorders with a mark
    (combining class 0), so nothing composes across the cut. (A cut *after* ">" would not be
    safe: ">" + U+0338 composes to "≯".)
    """
    if len(text) <= _NFC_CHUNK:
        return unicodedata.normalize("NFC", text)
    pieces: list[str] = []
    changed = False
    start = 0
    while start < len(text):
        end = text.find("<", start + _NFC_CHUNK)
        end = len(text) if end < 0 else end
        piece = text[start:end]
        normal = unicodedata.normalize("NFC", piece)
        changed = changed or normal is not piece
        pieces.append(normal)
        start = end
    return "".join(pieces) if changed else text


def _try(body: bytes, codec: str) -> str | None:
    try:
        return _nfc(body.decode(codec))
    except (UnicodeDecodeError, LookupError):
        return None


def _try_utf8(body: bytes) -> tuple[str, bool, bytes] | None:
    """*body* as UTF-8 text in NFC, whether that is the bytes' own text unchanged, and the
    bytes of its non-ASCII characters (``_finish`` searches them for mojibake first)."""
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    non_ascii = _non_ascii_bytes(body)
    if _utf8_surely_nfc(non_ascii):
        return decoded, True, non_ascii
    text = _nfc(decoded)  # *decoded* itself when already NFC
    return text, text is decoded, non_ascii


_ASCII_BYTES = bytes(range(128))
_ASCII_PIECE = 2048


def _non_ascii_bytes(body: bytes) -> bytes:
    """``body.translate(None, _ASCII_BYTES)``: the bytes of *body* that are not ASCII, in order.

    The same bytes, since deleting bytes one by one commutes with cutting *body* into pieces;
    but ``translate`` costs ~10 instructions a byte, and most of a page is in pieces with no
    non-ASCII byte at all (scripts, styles, markup: ~60 % of the bytes of the benchmark's
    non-ASCII pages are in such 2 KiB pieces), which ``isascii`` clears at a fraction of that
    (a word at a time). Cold count: -0.48 M instructions a page
    (64.52 → 64.04).
    """
    step = _ASCII_PIECE
    return b"".join(
        [
            piece.translate(None, _ASCII_BYTES)
            for start in range(0, len(body), step)
            if not (piece := body[start : start + step]).isascii()
        ]
    )


def _utf8_surely_nfc(non_ascii: bytes) -> bool:
    """A valid UTF-8 page whose non-ASCII characters are *non_ascii* (its bytes without the
    ASCII ones) decodes to NFC text, by the quick check of those characters alone; False says
    "not sure" (``_nfc`` then decides), never "not NFC".

    The quick check passes a string when each character is NFC-stable ("yes") and each mark
    (non-zero combining class) follows a character of no higher class. ASCII characters are
    stable and of class 0: cut out, they leave every character's verdict and every mark's
    predecessor as they were or make a mark follow another (a pass on what is left then held
    before as well). Deleting the ASCII bytes (C, a table look-up a byte) leaves the other
    characters' whole UTF-8 sequences, about 1-20 % of a page; the quick check over the page in
    ~8 KiB pieces, which a page with a curly quote or an accent in most pieces needs (an ASCII
    piece passes at once), cost ~0.6 ms a page, this ~0.4 (1363 UTF-8 pages of the benchmark).
    """
    rest = non_ascii.decode("utf-8")
    return not rest or unicodedata.normalize("NFC", rest) is rest


def _finish(text: str, body: bytes = b"", *, nfc: bool = False, non_ascii: bytes = b"") -> str:
    """Repair mojibake, then NFC (skipped when *text* already went through ``_try``'s NFC).
    *non_ascii*, when given, is *body* without its ASCII bytes."""
    # Byte probes first: the regex only runs on the rare page that has a suspicious pair. Each
    # pair is non-ASCII bytes only, so a page whose non-ASCII bytes, put together, show none
    # has none: that search (1-20 % of the page) spares the one over the whole page.
    if (
        (not non_ascii or _MOJIBAKE_BYTES.search(non_ascii))
        and _MOJIBAKE_BYTES.search(body)
        and _MOJIBAKE.search(text)
    ):
        text = _fix_mojibake_lines(text)
        nfc = False
    # NFC of a whole page costs about as much as decoding it: do it once.
    return text if nfc else _nfc(text)


def _fix_mojibake_lines(text: str) -> str:
    """ftfy on the lines that show mojibake, the others as they are.

    Cheaper than ftfy over the whole page (19 ms for 58 KiB with one bad comment in a script,
    measured) and finer: a page mixing clean and double-encoded parts (a template pasted in from
    an old CMS) gets each line judged on its own.
    """
    lines = text.splitlines(keepends=True)
    return "".join(_fix_line(line) if _MOJIBAKE.search(line) else line for line in lines)


def _fix_line(line: str) -> str:
    """ftfy on one line; where mojibake is left, ftfy on each word that shows it.

    A line that mixes a double-encoded part with clean Vietnamese ("<title>Há»™i nghá»‹ - Báo
    Tỉnh</title>": the headline from an old database, the site's name typed into the template)
    cannot be re-read as a whole, and ftfy then repairs only some of its pairs; a word is
    either one or the other.
    """
    fixed = ftfy.fix_encoding(line)
    if not _MOJIBAKE.search(fixed):
        return fixed
    return _WORD.sub(_reread_word, fixed)


_WORD = re.compile(r"[^\s<>\"'=]+")


def _reread_word(match: re.Match[str]) -> str:
    """A word showing mojibake read back as the UTF-8 it was, when its characters are all
    cp1252's (C1 controls for the five bytes cp1252 leaves undefined) and their bytes are
    valid UTF-8; otherwise the word as it is (ftfy wants more evidence than one word gives)."""
    word = match.group()
    if not _MOJIBAKE.search(word):
        return word
    try:
        return word.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return word


def decode_html(body: bytes, content_type_header: str | None = None) -> str:
    """Decode an HTML page to NFC text; never raises (undecodable bytes become U+FFFD)."""
    return decode_html_source(body, content_type_header)[0]


def decode_html_source(body: bytes, content_type_header: str | None = None) -> tuple[str, bool]:
    """``decode_html``, and whether *body* is exactly that text in UTF-8 (no byte-order mark, no
    repair, already NFC): the common case, where a parser may read the bytes themselves."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return _finish(body[len(bom) :].decode(codec, "replace"), body), False
    if body.isascii():
        return body.decode("ascii"), True

    declared = _declared(body, content_type_header)
    permissive: list[str] = []
    for codec in declared:
        if codec in _PERMISSIVE:
            permissive.append(codec)  # decodes anything: weigh it against the others below
        elif codec == "utf-8":
            if (found := _try_utf8(body)) is not None:
                return _finish_utf8(*found, body)
        elif (text := _try(body, codec)) is not None:
            return _finish(text, body, nfc=True), False
    # UTF-8 is self-validating and by far the most common real encoding.
    if (found := _try_utf8(body)) is not None:
        return _finish_utf8(*found, body)
    # UTF-8 but for a few broken sequences (a stray byte, a lone surrogate in a CMS field): read
    # as UTF-8 with those replaced, as a browser does, not the whole page as a legacy codec.
    if (text := _mostly_utf8(body)) is not None:
        return _finish(text, body), False
    # A Vietnamese legacy page, declared as such, as something Western, or not at all.
    sample = body[:200_000]
    vietnamese = _try(sample, "cp1258")
    if vietnamese is not None and _vietnamese_share(vietnamese) >= _CP1258_MIN_SHARE:
        return _finish(_try(body, "cp1258") or body.decode("cp1258", "replace"), body), False
    for codec in [c for c in permissive if c != "cp1258"] or [_codec(_detect(body))]:
        if codec and (text := _try(body, codec)) is not None:
            return _finish(text, body, nfc=True), False
    return _finish(body.decode("cp1252", "replace"), body), False


def decode_html_lazily(
    body: bytes, content_type_header: str | None = None
) -> tuple[str | None, bool]:
    """``decode_html_source``, but ``(None, True)`` when *body* is exactly its text in UTF-8,
    found without building that text (a parser that reads the bytes never needs it).

    The same verdict: on a valid UTF-8 page the decoder's answer is "unchanged" when no BOM,
    no other charset tried before UTF-8, NFC and no mojibake repair; this walks that path on
    the bytes, and wherever it is not sure (another declared charset first, the quick NFC check
    not passing, a mojibake pair present, invalid UTF-8) it hands *body* to
    ``decode_html_source``, which decides as always. Cold count: decoding the page's text and
    checking it cost ~2.7 M instructions a page, the bytes ~1.9.
    """
    if body.startswith(_BOM_STARTS):
        return decode_html_source(body, content_type_header)
    if body.isascii():
        return None, True
    for codec in _declared(body, content_type_header):
        if codec == "utf-8":
            break
        if codec not in _PERMISSIVE:  # tried before UTF-8: let the decoder try it
            return decode_html_source(body, content_type_header)
    non_ascii = _utf8_non_ascii_bytes(body)
    if non_ascii is None or not _utf8_surely_nfc(non_ascii) or _MOJIBAKE_BYTES.search(non_ascii):
        return decode_html_source(body, content_type_header)
    return None, True


_BOM_STARTS = tuple(bom for bom, _ in _BOMS)


def _utf8_non_ascii_bytes(body: bytes) -> bytes | None:
    """``_non_ascii_bytes(body)`` when *body* is valid UTF-8, else None; without decoding it.

    Cut into the same 2 KiB pieces, the pieces holding a non-ASCII byte form runs between
    pieces that are all ASCII; a run starts after an ASCII byte (or the page's start) and ends
    before one (or the page's end), so no character's bytes cross its ends and the page is
    valid UTF-8 exactly when every run is. Only the runs are decoded (and dropped).
    """
    step = _ASCII_PIECE
    pieces: list[bytes] = []
    run_start = -1
    for start in range(0, len(body), step):
        piece = body[start : start + step]
        if piece.isascii():
            if run_start >= 0:
                if not _valid_utf8(body[run_start:start]):
                    return None
                run_start = -1
            continue
        if run_start < 0:
            run_start = start
        pieces.append(piece.translate(None, _ASCII_BYTES))
    if run_start >= 0 and not _valid_utf8(body[run_start:]):
        return None
    return b"".join(pieces)


def _valid_utf8(run: bytes) -> bool:
    try:
        run.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_NON_ASCII = re.compile("[^\x00-\x7f]")
# A legacy page (windows-1258, cp1252) read as UTF-8 has next to no valid multi-byte character:
# its letters are single bytes followed by ASCII or by tone bytes, never continuation bytes. A
# UTF-8 page with a few broken sequences has many valid characters for each one.
_UTF8_MIN_VALID_PER_BROKEN = 4


def _mostly_utf8(body: bytes) -> str | None:
    text = body.decode("utf-8", "replace")
    broken = text.count("\ufffd") - body.count("\ufffd".encode())
    valid = len(_NON_ASCII.findall(text)) - text.count("\ufffd")
    return text if broken > 0 and valid >= _UTF8_MIN_VALID_PER_BROKEN * broken else None


def _finish_utf8(text: str, unchanged: bool, non_ascii: bytes, body: bytes) -> tuple[str, bool]:
    """``_finish`` of a UTF-8 reading; still unchanged only when no mojibake was repaired."""
    finished = _finish(text, body, nfc=True, non_ascii=non_ascii)
    return finished, unchanged and finished is text


def _detect(body: bytes) -> str | None:
    match = charset_normalizer.from_bytes(body[:65536]).best()
    return match.encoding if match else None
