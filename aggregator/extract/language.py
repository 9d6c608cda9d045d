"""The language of a story: what the page declares, weighed against its own text. Pure.

Declarations, most specific first: ``<html lang>``, ``og:locale``, JSON-LD ``inLanguage``,
``Content-Language`` (``<meta http-equiv>`` or ``<meta name>``), ``<meta name="language">``,
and last the server's HTTP ``Content-Language`` header (it speaks for a whole site).
Templates copy ``lang="vi"`` to an English edition and ``lang="en"`` to Vietnamese pages, so with
enough text the text decides between the two: Vietnamese letters (ă, ơ, ư, đ, tones) are in
almost every Vietnamese word and in no English one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_VIETNAMESE = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
# Letter counts in C loops: the check counts up to 4000 characters per page.
# (str.translate with a dict is a dict lookup per character: ~10x slower than this regex.)
_VIETNAMESE_LETTER = re.compile(f"[{_VIETNAMESE}{_VIETNAMESE.upper()}]")
# The same without â, ê, ô: French and Portuguese write them too ("être", "côté", "você"), so
# a page of those languages has a few per thousand letters and none of the rest.
_VIETNAMESE_ONLY = re.compile(
    "[" + "".join(ch for ch in _VIETNAMESE + _VIETNAMESE.upper() if ch not in "âêôÂÊÔ") + "]"
)
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_TAG = re.compile(r"[a-z]{2,3}")
MIN_LETTERS = 300  # below this, the text is too short to overrule a declaration
TEXT_CHARS = 4000


def primary_tag(value: str) -> str:
    """The primary language subtag of a declaration: "vi-VN" → "vi", "en_US" → "en"; a list
    ("vi, en") gives its first; anything unreadable gives ""."""
    first = re.split(r"[,;\s]", value.strip().lower(), maxsplit=1)[0]
    tag = re.split(r"[-_]", first, maxsplit=1)[0]
    return tag if _TAG.fullmatch(tag) else ""


# Runs of non-ASCII characters: the only ones whose ``isalpha`` needs a Unicode look-up.
_NON_ASCII_RUNS = re.compile("[^\x00-\x7f]+")


def _letter_count(sample: str) -> tuple[int, str]:
    """``sum(map(str.isalpha, sample))``, and the sample's non-ASCII characters in order.

    The ASCII characters that are letters are exactly a-z and A-Z: counted in C (the ASCII
    encoder drops the others, a byte ``translate`` the non-letters), ``isalpha`` called only on
    the non-ASCII characters; a call a character over 4000 cost ~0.2 M instructions a page.
    """
    ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if sample.isascii():
        return ascii_letters, ""
    rest = "".join(_NON_ASCII_RUNS.findall(sample))
    return ascii_letters + sum(map(str.isalpha, rest)), rest


def detect_language(declared: Iterable[str], text: str, fallback: str = "vi") -> str:
    """The story's language: the first readable declaration, unless the text (enough of it)
    says Vietnamese or English against it; *fallback* (the site's) when nothing says. Enough
    text without Vietnamese letters is never "vi": "en" when it is ASCII, "" (unknown) when it
    is another language that nobody declared (or that the template calls "vi")."""
    claim = next((tag for tag in map(primary_tag, declared) if tag), "")
    sample = text[:TEXT_CHARS]
    # Vietnamese letters are all non-ASCII: counted among the sample's non-ASCII characters
    # (``rest``), the same counts as over the whole sample.
    letters, rest = _letter_count(sample)
    if letters >= MIN_LETTERS:
        vietnamese = len(_VIETNAMESE_LETTER.findall(rest)) / letters
        if vietnamese > 0.03:
            return "vi"
        if claim in ("", "vi") and len(_VIETNAMESE_ONLY.findall(rest)) / letters < 0.002:
            # Enough text with no Vietnamese letter is not Vietnamese, whatever the template or
            # the site says: English when it is all ASCII letters, else a language we do not
            # name ("" rather than a wrong "vi", which would switch on Vietnamese-only rules).
            ascii_text = sample.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS)
            return "en" if len(ascii_text) > 0.95 * letters else ""
    return claim or fallback
