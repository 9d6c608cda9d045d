"""Pure text helpers for Vietnamese news pages: whitespace, credits, bylines, lead prefixes, captions.

Everything here works on plain strings (one paragraph or one line at a time) and is table-tested in
``tests/test_extract.py``. The vocabularies (phrases, prefixes, labels) are named tables at the top,
kept apart from the code that applies them, so adding a phrase seen on a new site is a one-line change.
Nothing here parses HTML; ``content.py`` and ``page.py`` decide which strings to pass in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from aggregator import text as display_text
from aggregator.text import INVISIBLE_CHARS

# --- vocabularies ----------------------------------------------------------------------------------

# Headings that start a block which is never article text: once a body reaches one of these, the rest
# of the container is related links, comments or navigation (vietnam-notes §2.2, plus English ones).
STOP_HEADINGS: tuple[str, ...] = (
    "tin cùng chuyên mục", "tin liên quan", "bài liên quan", "tin bài liên quan", "xem thêm",
    "đọc thêm", "có thể bạn quan tâm", "bạn có thể quan tâm", "video liên quan", "ý kiến bạn đọc",
    "gửi bình luận", "bình luận", "viết bình luận", "tin mới nhất", "tin mới", "tin khác",
    "các tin khác", "tin đọc nhiều", "đọc nhiều nhất", "tin nổi bật", "cùng chuyên mục",
    "related articles", "related stories", "related news", "related", "read more", "more stories",
    "recommended", "comments", "leave a comment", "leave a reply", "you may also like",
    "more from", "most read", "most popular", "trending", "other news", "see also",
)  # fmt: skip

# Whole paragraphs that are page furniture, matched at the start of a paragraph (lower-cased).
BOILERPLATE_PREFIXES: tuple[str, ...] = (
    "đọc báo in", "tải ứng dụng", "theo dõi báo", "nghe audio", "aa |", "tăng cỡ chữ", "cỡ chữ",
    "bản in", "gởi bài viết", "gửi bài viết", "in bài viết", "chia sẻ bài viết", "skip ribbon",
    "skip to main content", "tổng số lượt truy cập", "lượt xem:", "email của bạn sẽ không",
    "share this article", "share on facebook", "follow us on", "sign up for our newsletter",
    "advertisement", "quảng cáo",
)  # fmt: skip

# Words of media-player and gallery controls ("Caption Close", "Image 1 of 8", "Previous Next",
# "Xem ảnh Đóng"). A short block made only of these (and numbers) is a widget's button labels,
# never a sentence of the article, on any site.
CONTROL_WORDS: frozenset[str] = frozenset({
    "caption", "close", "open", "expand", "collapse", "image", "images", "photo", "photos",
    "video", "play", "pause", "replay", "next", "previous", "prev", "back", "of", "enlarge",
    "zoom", "fullscreen", "full", "screen", "toggle", "gallery", "slideshow", "thumbnails",
    "advert", "advertisement", "loading", "more", "less", "hide", "show", "view",
    "đóng", "mở", "xem", "ảnh", "phóng", "to", "thu", "nhỏ", "trước", "tiếp", "theo",
})  # fmt: skip
_WORD = re.compile(r"\w+")
# Calls to action that publishers append to (or drop into) every article: newsletter sign-ups,
# "follow us on Twitter", "Have a tip? X may be reached at …", Jetpack's "This slideshow requires
# JavaScript". They address the reader about the site, not about the story. Matched anywhere in a
# short paragraph (an article sentence that mentions a newsletter is longer than a promo line).
_PROMO = re.compile(
    r"""\b(?:newsletters?\b|subscribe\s+(?:to|now|today)\b|sign\s+up\s+(?:for|to)\b
        | requires\s+javascript | may\s+be\s+reached\s+at
        | follow\s+(?:us|him|her|them|\w+)\s+on\s+(?:twitter|facebook|instagram)
        | đăng\s+ký\s+nhận\s+(?:tin|bản\s+tin))""",
    re.IGNORECASE | re.VERBOSE,
)
PROMO_MAX_LEN = 200
# A word every alternative of _PROMO contains: a cheap substring test in front of the regex, which
# costs ~5 µs per paragraph and is asked of every paragraph.
_PROMO_WORDS = ("newsletter", "subscribe", "sign", "requires", "reached", "follow", "đăng")

# A provenance line: "Theo TQĐT", "(Theo TTXVN)", "Nguồn: VNEWS", "Source: http://…", "-VNA".
_CREDIT = re.compile(
    r"""^\(?\s*(?:
        (?:theo|nguồn|source|according\s+to)\s*[:\-–]?\s*\S.{0,80}   # Theo TQĐT / Nguồn: …
        | [-–]\s*(?:VNA|TTXVN|VOV|VNS)                                 # English wire tail "-VNA"
    )\s*\)?\s*[./]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# Byline labels, longest first so "Bài, ảnh" wins over "Bài" (vietnam-notes §2.3).
BYLINE_LABELS: tuple[str, ...] = (
    "bài và ảnh", "bài, ảnh", "bài - ảnh", "bài/ảnh", "bài + ảnh", "thực hiện", "nhóm phóng viên",
    "phóng viên", "tác giả", "bài", "ảnh", "clip", "video", "text and photos", "story and photos",
    "photos", "photo", "by", "written by",
)  # fmt: skip
_BYLINE = re.compile(
    r"^\(?\s*(?P<label>"
    + "|".join(re.escape(label) for label in BYLINE_LABELS)
    + r")\s*[:\-–]\s*(?P<names>[^()]{2,80}?)\s*\)?\s*\.?$"
    + r"|^(?P<by>by)\s+(?P<bynames>[A-Z][^()]{2,80}?)\.?$",
    re.IGNORECASE,
)
_LABEL_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(label) for label in BYLINE_LABELS) + r")\s*:\s*", re.IGNORECASE
)
# Newsroom pseudonyms that stand in for a name: "PV" = phóng viên (reporter), "CTV" = contributor.
STAFF_NAMES: frozenset[str] = frozenset(
    {"PV", "NHÓM PV", "CTV", "PV-CTV", "BTV", "NHÓM PHÓNG VIÊN"}
)

# Lead prefixes glued to the sapo: "(BTN) -", "(Baonghean.vn) -", "QTO -", "TPO -", "VOV.VN -",
# "NDĐT-", "(TTV)", and Báo Tuyên Quang's bare "- " (vietnam-notes §2.2).
_LEAD_PREFIX = re.compile(
    r"""^\s*(?:
        \(\s*[\w.\-]{2,24}\s*\)\s*(?:[-–—:]\s*)?   # (BTN) -   (Baonghean.vn) -   (TTV)
        | [A-ZĐ][A-ZĐ0-9]{1,7}(?:\.VN)?\s*[-–—]\s*  # QTO -   TPO -   VOV.VN -   NDĐT-
        | [-–—]\s+                                 # - Ngày 23-3, …
    )""",
    re.VERBOSE,
)

# Separators between a headline and a site name in <title>/og:title.
_TITLE_SEPARATORS = re.compile(r"\s+[-–—|:»·]\s+|\s*\|\s*")
# A trailing part naming a publication rather than the story.
_SITE_WORDS = re.compile(
    r"^(?:báo|tạp chí|cổng thông tin|trang tin|đài|truyền hình|news|online|điện tử|"
    r"www\.|[\w-]+\.(?:vn|com|net|org)\b)",
    re.IGNORECASE,
)

# The invisible characters are aggregator.text's (one definition for the whole product).
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]»]$")


# --- whitespace ------------------------------------------------------------------------------------


# Display normalisation of whole texts is aggregator.text.normalize_text (the pipeline applies it
# to every field); extraction only needs single lines, one paragraph at a time:


def one_line(text: str) -> str:
    """Collapse every whitespace run (newlines included) to one space; NFC; invisibles removed.

    Not aggregator.text.normalize_text: that one keeps line breaks and repairs mojibake per line
    (ftfy), which the extractor, calling this tens of thousands of times per page on short
    strings, neither needs nor can afford (the page was already decoded and repaired once).
    """
    # str.split() without arguments splits on every Unicode space (NBSP, U+202F, U+3000 too).
    text = " ".join(text.split())
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


# --- classification of single lines ----------------------------------------------------------------


def _lower_key(text: str) -> str:
    """Lower-cased line without edge punctuation, for vocabulary lookups. Unlike
    aggregator.text.fold it keeps diacritics: "tin mới" and "tin mồi" must not collide."""
    return one_line(text).lower().strip(" :.-–—>»|")


def is_stop_heading(text: str) -> bool:
    """True for a heading like "Tin cùng chuyên mục" after which nothing is article text."""
    if len(text) > 60:  # cheap exit: nearly every paragraph is longer than any stop heading
        return False
    folded = _lower_key(text)
    return bool(folded) and folded in STOP_HEADINGS


def is_boilerplate(text: str) -> bool:
    """True for a paragraph that is page furniture ("Đọc báo in", "Lượt xem: 128", …)."""
    if len(text) > 160:
        return False
    folded = _lower_key(text)
    return len(folded) < 120 and folded.startswith(BOILERPLATE_PREFIXES)


def is_promo(text: str) -> bool:
    """True for a short call to action about the site (newsletter, follow us, tip line)."""
    if len(text) > PROMO_MAX_LEN:
        return False
    folded = text.casefold()  # the regex's IGNORECASE, for the substring test
    return any(word in folded for word in _PROMO_WORDS) and bool(_PROMO.search(text))


def is_control_label(text: str) -> bool:
    """True for a short block of widget labels only ("Caption Close", "Image 1 of 8")."""
    if len(text) > 40:
        return False
    words = _WORD.findall(text.lower())
    labels = [w for w in words if not w.isdigit()]  # a bare number ("02-751-1500") is data
    return bool(labels) and all(w in CONTROL_WORDS for w in labels)


def credit_of(line: str) -> str:
    """Return *line* when it is a provenance credit ("Theo TQĐT", "Nguồn: …"), else ""."""
    line = one_line(line)
    if len(line) > 90 or not _CREDIT.match(line):
        return ""
    # "Theo ông A, dự án …" is a sentence, not a credit: a credit has no comma-led clause.
    if line.lower().startswith("theo") and ("," in line or len(line.split()) > 8):
        return ""
    return line.rstrip(" ./")


def strip_end_marker_ending_sentence(text: str) -> str:
    """aggregator.text.strip_end_marker, then a period where the marker was the only one.

    "…mục tiêu đề ra./." -> "…mục tiêu đề ra." as in aggregator.text; but "…đề ra /." ->
    "…đề ra." where aggregator.text gives "…đề ra": in "ra/." the marker's dot is the sentence's
    full stop (VOV and Party papers end articles that way), and a body's last paragraph should
    still end as a sentence.
    """
    stripped = display_text.strip_end_marker(text)
    if stripped != text and stripped and not _SENTENCE_END.search(stripped):
        stripped += "."
    return stripped


def strip_lead_prefix(text: str) -> str:
    """Remove a dateline prefix glued to the sapo: "(BTN) - Sáng 5-6, …" -> "Sáng 5-6, …"."""
    match = _LEAD_PREFIX.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    # Keep the text when the "prefix" was the whole thing or the start of a real sentence.
    return rest if len(rest) >= 20 else text


def split_names(text: str) -> list[str]:
    """ "Vũ Nguyệt – Nhật Quang" / "A, B và C" -> one entry per person."""
    parts = re.split(r"\s*(?:,|;|\s[-–—]\s|–|\s(?:và|and|&)\s)\s*", text)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _is_name(text: str) -> bool:
    """A personal name line: 1-6 words, each capitalised, no sentence punctuation, no digits."""
    words = text.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in text):
        return False
    return all(w[0].isupper() for w in words if w[0].isalpha()) and not _SENTENCE_END.search(text)


def byline_authors(line: str) -> list[str] | None:
    """Authors named by a byline line, or None when the line is not a byline.

    "Bài, ảnh: THÁI CẢNH" -> ["THÁI CẢNH"]; "(Thực hiện: Trọng Phú)" -> ["Trọng Phú"];
    "PV" -> ["PV"]; "Vũ Nguyệt – Nhật Quang" -> ["Vũ Nguyệt", "Nhật Quang"] (a bare name line is
    only a byline at the end of a body, which the caller decides).
    """
    line = one_line(line)
    if not line or len(line) > 100:
        return None
    if line.strip("()").upper() in STAFF_NAMES:
        return [line.strip("()")]
    match = _BYLINE.match(line)
    if match is None:
        return None
    names = split_names(match.group("names") or match.group("bynames") or "")
    # "Bài: Lan Anh - Ảnh: Văn Dũng": later parts carry their own label.
    names = [_LABEL_PREFIX.sub("", n).strip() for n in names]
    names = [n for n in names if _is_name(n) or n.upper() in STAFF_NAMES]
    return names or None


def trailing_name(line: str) -> list[str] | None:
    """A bare name line at the end of a body ("Tố Tuấn", "Vũ Nguyệt – Nhật Quang"), or None."""
    line = one_line(line)
    if byline := byline_authors(line):
        return byline
    if len(line) > 60:
        return None
    names = split_names(line)
    if names and all(_is_name(n) and 2 <= len(n.split()) <= 4 for n in names):
        return names
    return None


# --- titles ----------------------------------------------------------------------------------------


def strip_site_suffix(title: str, site_names: Iterable[str] = ()) -> str:
    """Remove a publication name before/after the headline: "Lũ về - Báo Tuyên Quang" -> "Lũ về"."""
    title = one_line(title)
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    names = {_lower_key(n) for n in site_names if n}

    def is_site(part: str) -> bool:
        folded = _lower_key(part)
        return bool(folded) and (folded in names or bool(_SITE_WORDS.match(folded)))

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    if len(parts) == len(_TITLE_SEPARATORS.split(title)):
        return title
    # Re-split the original with the surviving span so the headline's own separators survive.
    first, last = parts[0], parts[-1]
    start = title.find(first)
    end = title.rfind(last) + len(last)
    return title[start:end].strip() if start >= 0 and end > start else title


@dataclass(frozen=True, slots=True)
class TitleWords:
    """The words of a title the page gives itself, and those of its first segment (the
    headline's usual place in "Headline | Site")."""

    words: frozenset[str]
    first: frozenset[str]


def title_words(text: str, *, numbers: bool = True) -> frozenset[str]:
    """Casefolded words; ``numbers=False`` leaves numbers out (a date set in a heading)."""
    return frozenset(w.casefold() for w in _WORD.findall(text) if numbers or not w.isdigit())


def title_shape(text: str, *, numbers: bool = True) -> TitleWords | None:
    """``TitleWords`` of a metadata title, None when it has no words."""
    words = title_words(text, numbers=numbers)
    if not words:
        return None
    first = _TITLE_SEPARATORS.split(one_line(text), maxsplit=1)[0]
    return TitleWords(words, title_words(first, numbers=numbers) or words)


def names_title(heading: str, titles: Iterable[TitleWords], *, numbers: bool = True) -> bool:
    """Whether *heading* is the page's title: most of its words are in one of the *titles*, it
    covers a good part of that title, and it shares a word with the title's first segment (a
    site-name heading covers the "Site" of "Headline | Site", not the headline)."""
    words = title_words(heading, numbers=numbers)
    if not words:
        return False
    for title in titles:
        common = len(words & title.words)
        if common >= 0.6 * len(words) and common >= 0.4 * len(title.words) and words & title.first:
            return True
    return False


# --- captions --------------------------------------------------------------------------------------


def join_caption_lines(lines: Sequence[str]) -> str:
    """Join a caption broken over lines into one paragraph.

    ["Cán bộ … tham gia", "giúp nhân dân … tu sửa đường."] -> "Cán bộ … tham gia giúp nhân dân …".
    Only used inside a caption block: in a body, a short unpunctuated line is often a subheading.
    """
    # A caption is one paragraph: the line breaks come from the CMS editor's narrow text box.
    return " ".join(line for line in (one_line(raw) for raw in lines) if line)


def looks_like_filename(text: str) -> bool:
    """An image file name leaking as a caption ("…thoát nghèo..jpg", "IMG_2034.JPG")."""
    return bool(re.search(r"\.(?:jpe?g|png|gif|webp|bmp)\s*$", text, re.IGNORECASE))
