"""Vietnamese text normalisation: one function for display text, others for keys.

Two families, never mixed up:

- **Display** — :func:`normalize_text` and :func:`strip_end_marker` return text a reader sees:
  NFC, invisible characters removed, whitespace tidied, mojibake repaired, but the writer's own
  spelling (old "hoà" or new "hòa" tone placement, curly quotes, en dashes) is kept.
- **Keys** — :func:`match_key`, :func:`fold` and :func:`slugify` return strings for comparison
  only (dedup, search, category/province lookup). They lose information on purpose and must
  never be published.

Background (research/vietnam-notes.md §5): NFC does not unify old/new tone placement; sites mix
"Tỉnh uỷ" and "Tỉnh ủy" even inside one article; spam/fake-news pages insert U+034F between
letters; UTF-8 read as cp1252 ("Tá»‰nh") appears on old pages and ftfy repairs it exactly.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

__all__ = [
    "bound",
    "fold",
    "match_key",
    "normalize_text",
    "search_text",
    "search_words",
    "slugify",
    "strip_controls",
    "strip_end_marker",
    "unify_tone_placement",
]

# --- vocabularies -----------------------------------------------------------------------------

# Invisible characters that only carry formatting or obfuscation (notes §5): zero-width space /
# non-joiner / joiner, word joiner, BOM, soft hyphen, and the combining grapheme joiner that spam
# pages put after every letter. None of them is ever needed in Vietnamese text.
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f"

# Bidirectional embedding, override and isolate controls: no Vietnamese text needs them, and in a
# title or a body they make a reader show text reversed or reordered ("Trojan Source" tricks).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Characters that look like a space but are not U+0020: NBSP, narrow NBSP (notes §5), the
# typographic spaces U+2000-U+200A, ideographic space, tab, and the vertical tab/form feed that
# some CMS exports leave in.
SPACE_LIKE_CHARS = "\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000\t\v\f"

# Dashes and quotes seen in titles and datelines (notes §5: "Tuyên Quang – Hà Giang", “ ” ‘ ’),
# unified only in keys.
DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
DOUBLE_QUOTE_CHARS = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02"
SINGLE_QUOTE_CHARS = "\u2018\u2019\u201a\u201b\u2032\u2039\u203a\uff07`\u00b4"

# The five Vietnamese tone marks as combining characters (after NFD).
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng

# --- compiled patterns ------------------------------------------------------------------------

_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}{BIDI_CONTROLS}]")
_SPACE_LIKE_RE = re.compile(f"[{SPACE_LIKE_CHARS}]")
# Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) plus
# DEL and the C1 block, which in scraped text is only ever a mojibake remnant. Removed *after*
# the ftfy step because ftfy uses C1 characters as evidence of mojibake.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
_SPACES_RE = re.compile(" {2,}")
_BLANK_LINES_RE = re.compile(r"\n{3,}")
_WHITESPACE_RE = re.compile(r"\s+")

# Old → new tone placement for the open rhymes oa, oe, uy (notes §5): on NFD text, a tone mark
# right after the second vowel moves to the first. Not after "q" ("quý", "Quỳnh" are
# qu+y, where the tone is on y in both styles); not when anything follows that makes the rhyme
# closed or changes the vowel: another letter ("hoàn", "Quỳnh", "ngoài") or another combining
# mark ("hoặc" is o + a + dot-below + breve in NFD — the breve must stop the match).
_TONE_PLACEMENT_RE = re.compile(
    rf"(?<![qQ])(?:([oO])([aAeE])|([uU])([yY]))([{TONE_MARKS}])(?![\u0300-\u036f]|[^\W\d_])"
)

# End-of-article markers (notes §2.2): "./.", "…/.", ". /.", "/." at the end of a paragraph.
# The sentence's own period or ellipsis is kept; a bare "/." after a word goes away.
_END_MARKER_RE = re.compile(r"(\.{3}|…|\.)?[ \t]*/\.[ \t]*$", re.MULTILINE)


# --- display ----------------------------------------------------------------------------------


# UTF-8 read as cp1252/latin-1 always leaves a lead byte (C2-F4: "Â".."ô") right before a
# continuation byte (80-BF: C1 controls, " ".."¿", or cp1252's "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ").
# Correct Vietnamese almost never has that pair, so this one search spares ftfy's much slower
# badness check on nearly every text (it still decides whenever the pair does occur).
_MOJIBAKE_HINT_RE = re.compile("[Â-ô][-¿ŒœŠšŸŽžƒˆ˜–—‘-„†-•…‰‹›€™]")


def _repair_mojibake(text: str) -> str:
    """Repair UTF-8-read-as-cp1252/latin-1, line by line, only where a line looks broken.

    ftfy's badness heuristic does not fire on correct Vietnamese (tested on the seed and on
    every precomposed Vietnamese letter, see tests), and repairing per line keeps a correct line
    from blocking the repair of a broken one (fix_encoding gives up on text it cannot re-encode).
    Only ``fix_encoding`` is used: ``fix_text`` would also uncurl quotes and change the display.
    """
    if not _MOJIBAKE_HINT_RE.search(text) or not is_bad(text):
        return text
    return "\n".join(ftfy.fix_encoding(line) if is_bad(line) else line for line in text.split("\n"))


def normalize_text(s: str) -> str:
    """Clean text for display: NFC, no invisible/control/replacement characters, tidy spaces,
    mojibake fixed.

    Paragraphs stay separated by exactly one blank line ("\\n\\n"); single line breaks are kept
    (captions split over two lines are the extractor's business); runs of spaces collapse to one
    and lines lose leading/trailing spaces. Spelling, quotes and dashes are left as written.
    """
    if not s:
        return ""
    text = s.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
    text = text.replace("\u2028", "\n").replace("\x85", "\n")
    text = _repair_mojibake(text)
    text = _INVISIBLE_RE.sub("", text)
    # U+FFFD is what a decoder left for bytes it could not read (or a NUL in HTML): it tells a
    # reader nothing, and the letters around it stand better without it.
    text = _CONTROL_RE.sub("", text).replace("\ufffd", "")
    text = unicodedata.normalize("NFC", text)
    text = _SPACE_LIKE_RE.sub(" ", text)
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANK_LINES_RE.sub("\n\n", text).strip()


def strip_controls(s: str) -> str:
    """*s* without control characters, lone surrogates and bidi controls, nothing else changed:
    for fields that are not display text (markup, URLs, section names). A lone surrogate (from a
    JSON-LD "\\ud800" escape) cannot even be encoded to be stored."""
    return _CONTROL_RE.sub("", _BIDI_RE.sub("", s)) if s else ""


def bound(s: str, limit: int) -> str:
    """*s* cut to at most *limit* characters, at a word boundary, with "…" when cut."""
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    if not s[limit - 1].isspace() and (space := cut.rfind(" ")) > limit // 2:
        cut = cut[:space]  # do not end in the middle of a word
    return cut.rstrip(" ,;:-–—") + "…"


def strip_end_marker(s: str) -> str:
    """Remove the end-of-article marker ("./.", "…/.") at the end of any paragraph or line.

    ``"…phát triển bền vững./."`` → ``"…phát triển bền vững."``; the sentence itself stays.
    """
    if "/." not in s:  # every match holds it: the pattern's scan at each position is spared
        return s.rstrip()
    return _END_MARKER_RE.sub(lambda m: m.group(1) or "", s).rstrip()


# --- keys -------------------------------------------------------------------------------------


def unify_tone_placement(s: str) -> str:
    """Move old-style tones on oa/oe/uy to the new style ("hoà" → "hòa", "uỷ" → "ủy"); NFC out.

    Case is preserved, so this is usable for display too if the product ever wants one style.
    """
    decomposed = unicodedata.normalize("NFD", s)
    fixed = _TONE_PLACEMENT_RE.sub(
        lambda m: (
            f"{m.group(1)}{m.group(5)}{m.group(2)}"
            if m.group(1)
            else f"{m.group(3)}{m.group(5)}{m.group(4)}"
        ),
        decomposed,
    )
    return unicodedata.normalize("NFC", fixed)


def match_key(s: str) -> str:
    """A comparison key (never display): NFC, lower-case, one tone style, one dash, one quote.

    Invisible characters are dropped and all whitespace (line breaks included) collapses to
    one space, so two copies of a story that differ only in such details give the same key.
    """
    # Bodies go through here (dedup signatures, spam): the steps are unify_tone_placement's and
    # a character table's, written to skip work plain text does not need (measured ~4x faster on
    # a body; tests/test_text.py compares it with the first version on random text).
    text = _INVISIBLE_RE.sub("", s).lower()
    decomposed = unicodedata.normalize("NFD", text)
    if _LOWER_TONE_PLACEMENT_RE.search(decomposed):  # old-style "hoà", "uỷ": move the tones
        moved = _LOWER_TONE_PLACEMENT_RE.sub(
            lambda m: (g := m.group())[0] + g[2] + g[1], decomposed
        )
        text = unicodedata.normalize("NFC", moved)
    elif not unicodedata.is_normalized("NFC", text):  # else NFC(NFD(text)) is text itself
        text = unicodedata.normalize("NFC", text)
    text = _KEY_CHARS_RE.sub(lambda m: _KEY_MAP[m.group()], text)
    # str.split() and re's \s agree on what whitespace is (both use str.isspace).
    return " ".join(text.split())


_KEY_MAP = {
    **dict.fromkeys(DASH_CHARS, "-"),
    **dict.fromkeys(DOUBLE_QUOTE_CHARS, '"'),
    **dict.fromkeys(SINGLE_QUOTE_CHARS, "'"),
    **dict.fromkeys(SPACE_LIKE_CHARS, " "),
}
_KEY_CHARS_RE = re.compile("[" + re.escape("".join(_KEY_MAP)) + "]")
# _TONE_PLACEMENT_RE on lower-case text, with the "not after q" look-behind moved after the first
# letter: the pattern then starts with a literal, so the engine jumps from one "o"/"u" to the next
# instead of trying the look-behind at every position.
_LOWER_TONE_PLACEMENT_RE = re.compile(
    f"(?:o(?<!q.)[ae]|u(?<!q.)y)[{TONE_MARKS}]" r"(?![\u0300-\u036f]|[^\W\d_])"
)


def fold(s: str) -> str:
    """Strip all diacritics, "đ" → "d", lower-case: the last-resort fuzzy key.

    Lossy on purpose ("Hà", "Hạ", "Hả" all become "ha"); use it for ASCII slugs, URL segments,
    lexicon matching against unaccented spam and full-text search, never for display.
    """
    # Every story's text is folded for the search index, so this is written for speed (the
    # plain definition: NFD, drop every combining mark, NFC). tests/test_text.py compares it
    # with that definition on every character and on random text.
    # "đ" has no decomposition (notes §5), so it is mapped by hand.
    text = _INVISIBLE_RE.sub("", s).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    plain = decomposed.encode("ascii", "ignore")
    if len(plain) == len(text):
        # Each character gave exactly one ASCII letter: ASCII, or a Latin letter whose other
        # parts after NFD are combining marks (all Vietnamese text): the marks are the
        # non-ASCII that encode() dropped.
        return plain.decode("ascii")
    # Anything else (a curly quote, a letter of another script, a mark on its own): split the
    # characters that are neither ASCII nor a Latin-block mark out and check each one.
    parts = _NOT_LATIN_OR_MARK_RE.split(decomposed)
    kept = [
        part.encode("ascii", "ignore").decode("ascii")
        if i % 2 == 0
        else ("" if unicodedata.combining(part) else part)
        for i, part in enumerate(parts)
    ]
    return unicodedata.normalize("NFC", "".join(kept))


# One character that is neither ASCII nor a combining mark of the Latin block (captured, so
# re.split keeps it as an odd-numbered part).
_NOT_LATIN_OR_MARK_RE = re.compile("([^\\x00-\\x7f\\u0300-\\u036f])")


_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")


def slugify(s: str) -> str:
    """ASCII slug: fold, every run of non-alphanumerics → "-" ("Văn hoá - Xã hội" → "van-hoa-xa-hoi")."""
    return _NON_ALNUM_RE.sub("-", fold(s)).strip("-")


# A search word: a run of letters and digits of the folded text. Punctuation, spaces and "_"
# separate words, so "Covid-19" is the words "covid" and "19", and "Đà-Nẵng" is "da" "nang".
_SEARCH_WORD_RE = re.compile(r"[^\W_]+")
# For folded text that is all ASCII (nearly every Vietnamese story): every byte that is not a
# letter or digit becomes a space, the same words as _SEARCH_WORD_RE finds, several times faster.
_NON_WORD_BYTES = bytes(c for c in range(128) if not chr(c).isalnum())
_SEPARATORS = bytes.maketrans(_NON_WORD_BYTES, b" " * len(_NON_WORD_BYTES))


def search_text(s: str) -> str:
    """The words full-text search indexes and looks for, separated by spaces (sometimes more
    than one): :func:`fold`, then every run of letters and digits is a word ("Sạt lở ở Đà
    Nẵng" → "sat lo o da nang").

    Both the store's index (SQLite FTS5, PostgreSQL tsvector) and every query go through here,
    so "hoà"/"hòa", "Đ"/"đ"/"D" and any tone mark meet on one form, whatever the engine's own
    tokenizer would have done with the accented text. Equal to ``" ".join(re.findall(r"[^\\W_]+",
    fold(s)))`` (tests/test_text.py), computed faster: every story goes through it when stored.
    """
    text = _INVISIBLE_RE.sub("", s).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    plain = decomposed.encode("ascii", "ignore")
    if len(plain) != len(text):  # not only (Latin letters with marks): see fold()
        others = {c for c in set(decomposed) if c > "\x7f" and not unicodedata.combining(c)}
        if any(c.isalnum() for c in others):  # a letter fold keeps (another script, "æ")
            return " ".join(_SEARCH_WORD_RE.findall(fold(s)))
        for c in others:  # punctuation and spaces ("“”–…", NBSP): word separators
            decomposed = decomposed.replace(c, " ")
        plain = decomposed.encode("ascii", "ignore")
    return plain.translate(_SEPARATORS).decode("ascii")


def search_words(s: str) -> list[str]:
    """:func:`search_text` as a list of words."""
    return search_text(s).split()
