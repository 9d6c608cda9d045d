"""The first implementations of aggregator.text.match_key, fold and search_words, frozen: the
oracles that the faster ones in aggregator/text.py are compared with (tests/test_text.py). Not
imported by the product."""

from __future__ import annotations

import re
import unicodedata

from aggregator.text import (
    BIDI_CONTROLS,
    DASH_CHARS,
    DOUBLE_QUOTE_CHARS,
    INVISIBLE_CHARS,
    SINGLE_QUOTE_CHARS,
    SPACE_LIKE_CHARS,
    TONE_MARKS,
)

_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}]")
_WHITESPACE_RE = re.compile(r"\s+")
_TONE_PLACEMENT_RE = re.compile(
    rf"(?<![qQ])(?:([oO])([aAeE])|([uU])([yY]))([{TONE_MARKS}])(?![\u0300-\u036f]|[^\W\d_])"
)
_KEY_TABLE = str.maketrans(
    {
        **dict.fromkeys(DASH_CHARS, "-"),
        **dict.fromkeys(DOUBLE_QUOTE_CHARS, '"'),
        **dict.fromkeys(SINGLE_QUOTE_CHARS, "'"),
        **dict.fromkeys(SPACE_LIKE_CHARS, " "),
    }
)


def unify_tone_placement(s: str) -> str:
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
    text = _INVISIBLE_RE.sub("", s)
    text = unify_tone_placement(text.lower())
    text = text.translate(_KEY_TABLE)
    return _WHITESPACE_RE.sub(" ", text).strip()


_FOLD_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}{BIDI_CONTROLS}]")


def fold(s: str) -> str:
    """The first aggregator.text.fold: every combining mark dropped, one character at a time."""
    text = _FOLD_INVISIBLE_RE.sub("", s).lower()
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.replace("đ", "d"))


def search_words(s: str) -> list[str]:
    """The first aggregator.text.search_words: runs of letters and digits of the fold."""
    return re.findall(r"[^\W_]+", fold(s))
