"""Gambling / lottery SEO spam detection for scraped Vietnamese news items.

Public API: :func:`spam_verdict` (title, body, url → :class:`SpamVerdict`), plus
:func:`title_score` / :func:`title_is_spam` for the title alone.

Semantics the pipeline relies on (DESIGN.md "spam guard"):

- ``title_injected`` — the TITLE looks like gambling spam, but the BODY is a genuine news article
  that has nothing to do with that title (the seed case: a hacked Báo Tuyên Quang page served
  "Xổ số trực tuyến kiên giang - Nền tảng xổ số trực tuyến uy tín" over a story about the
  provincial police). The article itself is **not** spam: ``is_spam`` is False. The pipeline
  (a) replaces the title with the extracted heading and flags the site as compromised.
- ``is_spam`` — the item as a whole is spam (doorway page, spam post, spam title over a body
  that is spam too, empty or incoherent): (b) quarantine it, keeping ``reasons``.
- The two are never both True. ``score`` is the total evidence (title + URL + body parts, the
  title part alone when ``title_injected``), compared with :data:`SPAM_THRESHOLD`; ``reasons``
  are short names of every signal that fired, most useful in logs and the quarantine table.

Signals (research/vietnam-notes.md §3.3), all on text normalised by :mod:`aggregator.text`:

1. a weighted lexicon — brands (+ a generic ``name88``-style pattern), strong betting and
   lottery-prediction terms, promotional words that only count next to a strong or lottery
   term. Legal lottery words (xổ số kiến thiết, XSKT, vé số, Vietlott) weigh 0 on their own;
2. "news context" damping: titles that report *on* gambling (police, courts, warnings about
   hacked gov.vn sites) use the same words, so lexicon evidence is multiplied by
   :data:`NEWS_CONTEXT_FACTOR` when such words are present; quoted spans count for less;
3. structure — syllables glued together ("đâudanh", "tínxổ"), which real headlines never have,
   and all-lower-case query-like titles. Foreign words are not glued syllables: a word with a
   Latin letter Vietnamese never writes (Müller, Núñez) or a Capitalised one (Sané, Pérez);
4. obfuscation — U+034F between letters, small capitals, Cyrillic look-alikes, stray combining
   marks: non-Vietnamese marks left over after NFC, so not the ü of "Müller" (notes §5); never
   damped;
5. URL — betting brands in the host name, doorway paths (``/NNN/viewspace-NNN.html``);
6. body — links to betting domains (the hidden-link attack on .gov.vn sites, notes §3.1), the
   lexicon at a lower weight and capped, glued-query soup;
7. title–body coherence — syllable-bigram overlap between title and body.

Terms are matched on the folded text (no diacritics) *but* a hit only counts when the original
span is either unaccented (spam often drops diacritics: "nha cai uy tin") or carries exactly the
term's own diacritics — so "bán cá" (selling fish) does not count as "bắn cá" (fish-shooting
games), nor "dành để" as "đánh đề".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from aggregator.text import (
    fold,
    match_key,
    slugify,
)
from aggregator.urls import split

__all__ = [
    "SPAM_THRESHOLD",
    "SpamVerdict",
    "spam_verdict",
    "title_is_spam",
    "title_score",
]

# --- thresholds and weights -------------------------------------------------------------------

# Notes §3.3: brand +3, strong term +3, promo with strong/lottery +2, flag at >= 3.
SPAM_THRESHOLD = 3.0
BRAND_WEIGHT = 3.0
PROMO_BONUS = 2.0  # once, when any promo word stands next to a strong or lottery term
QUOTED_FACTOR = 0.5  # a term inside “…” / "…" is probably being quoted by a news report
NEWS_CONTEXT_FACTOR = 0.25  # lexicon evidence in a title that reports on gambling
BODY_FACTOR = 0.3  # body lexicon weighs less than the title ...
BODY_LEXICON_CAP = 2.0  # ... and can never flag an item on its own
BETTING_LINK_WEIGHT = 2.0  # per distinct betting host linked from the body
BETTING_LINK_CAP = 4.0
COHERENCE_MIN = 0.2  # title bigrams found in the body below this share: title is unrelated
GENUINE_BODY_MIN_WORDS = 40

# --- vocabularies -----------------------------------------------------------------------------

# Brands seen on doorway pages (notes §3.2, P) and common ones (R). Matched on folded text as
# whole tokens (glued forms like "sunwin8888" are caught by BRAND_PREFIXES below). "b52" and
# "iwin" are not here: B-52 is the bomber of December 1972 news; they count only with "club".
BRANDS: tuple[str, ...] = (
    "kuwin", "98win", "sunwin", "sun86", "sun99", "go88", "go789", "789club", "v8club", "luk88",
    "lixi88", "vin6868", "hu99", "m88", "alo789", "0033win", "choangclub", "xeng club",
    "nhacaiuytin", "bongdalu", "tilebongda", "789bet", "kubet", "hi88", "jun88", "new88", "f8bet",
    "shbet", "8xbet", "fb88", "w88", "188bet", "b52 club", "b52club", "iwin club", "iwinclub",
    "rikvip", "hitclub", "hit club", "sunwin club", "win79", "nohu", "taixiu", "gamebai",
    "bong88", "sbobet", "vwin", "12bet", "oxbet", "qh88", "mb66", "8kbet", "nhatvip", "manclub",
    "789win", "33win", "ok9", "bet88", "five88", "k8cc", "vn88", "fun88", "dafabet", "cwin",
)  # fmt: skip
# A brand glued to following text ("sunwin8888web", "kuwinok2") still starts with the brand.
BRAND_PREFIXES: tuple[str, ...] = ("kuwin", "98win", "sunwin", "go88", "789club", "nhacai")

# Generic brand shape from notes §3.2: letters + a "lucky" number. Prefixes that are legit
# codes are excluded: airlines (VN789, VJ…, QH…, BL…), roads (QL, ĐT, TL, HL, DT), COVID.
GENERIC_BRAND_RE = re.compile(r"(?<![a-z0-9])([a-z]{2,8})(88|99|68|86|789|777|8888)[a-z0-9]*")
GENERIC_BRAND_STOP_PREFIXES = frozenset(
    {"vn", "vj", "qh", "bl", "ql", "dt", "tl", "hl", "covid", "su", "mig", "iso", "tcvn", "qd"}
)
# Digits glued to betting words (f8bet, 0033win, 789club) are brands too.
BET_SUFFIX_BRAND_RE = re.compile(r"(?<![a-z0-9])[a-z0-9]*\d[a-z0-9]*(?:bet|win|club)(?![a-z])")


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry: the accented form, its weight, and whether its URL slug is safe."""

    text: str  # accented, lower-case, new tone style (as match_key writes it)
    weight: float
    url_safe: bool = True  # False: the folded slug collides with ordinary words ("ban-ca")


# Strong casino/betting and lottery-prediction terms (notes §3.2, P/C). Weight 3 flags a title
# alone; 2 needs one more signal (ambiguous words with legit uses: cockfighting appears in
# farming/crime news, "xóc đĩa" and "bắn cá" in crime news, casinos in Phú Quốc tourism news).
STRONG_TERMS: tuple[Term, ...] = (
    Term("nhà cái", 3.0),
    Term("cá cược", 3.0),
    Term("cá độ", 3.0, url_safe=False),  # ca-do: "cá đỏ", "cả đó"
    Term("kèo nhà cái", 3.0),
    Term("tỷ lệ kèo", 3.0),
    Term("tỉ lệ kèo", 3.0),
    Term("soi kèo", 3.0),
    Term("nổ hũ", 3.0),
    Term("quay hũ", 3.0),
    Term("hũ thần tài", 3.0),
    Term("game bài", 3.0),
    Term("web bài", 3.0),
    Term("đánh bài online", 3.0),
    Term("tài xỉu", 3.0),
    Term("xóc đĩa", 2.0),
    Term("bắn cá", 2.0, url_safe=False),  # ban-ca: "bán cá"
    Term("casino online", 3.0),
    Term("casino trực tuyến", 3.0),
    Term("casino", 1.0),
    Term("slot game", 3.0),
    Term("quay slot", 3.0),
    Term("đá gà online", 3.0),
    Term("đá gà trực tuyến", 3.0),
    Term("đá gà trực tiếp", 3.0),
    Term("thomo", 3.0),
    Term("đá gà", 2.0, url_safe=False),
    Term("đổi tiền thật", 3.0),
    Term("tặng tiền miễn phí", 3.0),
    Term("lô đề", 3.0, url_safe=False),  # lo-de: "lo để"
    Term("đánh đề", 3.0, url_safe=False),  # danh-de: "dành để"
    Term("soi cầu", 3.0),
    Term("cầu bạch thủ", 3.0),
    Term("bạch thủ lô", 3.0),
    Term("lô gan", 3.0),
    Term("bạc nhớ", 3.0),
    Term("dàn đề", 3.0, url_safe=False),
    Term("lô xiên", 3.0),
    Term("lô chuẩn", 3.0),
    Term("dự đoán xsmb", 3.0),
    Term("dự đoán xsmn", 3.0),
    Term("dự đoán xổ số", 3.0),
    Term("dự đoán kết quả xổ số", 3.0),
    Term("quy luật giải đặc biệt", 3.0),
    Term("xổ số trực tuyến", 3.0),  # notes §3.2 (R): online sales beyond Vietlott are illegal
    Term("xổ số online", 3.0),
    Term("lô đề online", 3.0),
)

# Legal lottery vocabulary: weight 0 on its own (results pages, XSKT companies, ticket sellers),
# but a promo word next to one of these is spam-shaped (notes §3.3 lesson 1).
LOTTERY_TERMS: tuple[str, ...] = (
    "xổ số", "xsmb", "xsmn", "xsmt", "kqxs", "xskt", "vé số", "vietlott", "kết quả xổ số",
    "giải đặc biệt", "xs",
)  # fmt: skip

# Promotional words (notes §3.2/§3.3): count once, and only with a strong or lottery term.
PROMO_TERMS: tuple[str, ...] = (
    "uy tín", "nền tảng", "đổi thưởng", "link vào", "tải game", "đăng ký nhận", "nạp tiền",
    "rút tiền", "miễn phí", "khuyến mãi", "tặng tiền", "top", "online", "chuẩn", "chính xác",
    "hôm nay", "nhất",
)  # fmt: skip

# Words of news *about* gambling: police, courts, warnings, hacked state sites (notes §3.1 and
# the legit set). "đánh bạc" / "cờ bạc" are the legal terms; spam never uses them.
NEWS_CONTEXT_TERMS: tuple[str, ...] = (
    # police and courts ("bắt" alone would hit "bắt đầu", "bắt nguồn"; "án" would hit "dự án")
    "công an", "bị bắt", "bắt giữ", "bắt quả tang", "bắt tạm giam", "bắt khẩn cấp", "bắt nhóm",
    "bắt đối tượng", "triệt phá", "triệt xóa", "khởi tố", "truy tố", "xét xử", "tuyên án",
    "bản án", "phạt tù", "tạm giữ", "tạm giam", "điều tra", "đối tượng", "đường dây", "tụ điểm",
    "ổ nhóm", "xử phạt", "vi phạm", "tội phạm", "tòa án", "viện kiểm sát", "bị cáo", "trinh sát",
    "tang vật", "thu giữ", "sa lưới",
    # the legal words for gambling: spam never uses them
    "đánh bạc", "cờ bạc",
    # warnings, victims, hacked state sites
    "lừa đảo", "bị lừa", "thủ đoạn", "cảnh báo", "cảnh giác", "chèn link", "chèn quảng cáo",
    "quảng cáo", "website", "gov.vn", "tấn công", "an toàn thông tin", "tin tặc", "bị hack",
    "ngăn chặn", "phòng chống", "tác hại", "sập bẫy", "vỡ nợ", "nghiện", "trắng tay",
)  # fmt: skip

# Host-name fragments of betting/prediction domains (folded, no dots).
BETTING_HOST_FRAGMENTS: tuple[str, ...] = (
    "kuwin", "98win", "nhacai", "nohu", "taixiu", "gamebai", "soikeo", "keonhacai", "casino",
    "lode", "soicau", "danhde", "bongdalu", "tilebongda", "sunwin", "xocdia", "bancaonline",
    "tylekeo", "laydexoso",
)  # fmt: skip

# Doorway paths seen in notes §3.1: /NNNNNN/viewspace-NNNNNN.html.
DOORWAY_PATH_RE = re.compile(r"/\d+/viewspace-\d+\.html")

# --- text preparation -------------------------------------------------------------------------
#
# Speed (docs/trust.md "Speed"): the pipeline calls spam_verdict up to twice per article with
# the same ~1,000-word body, so everything here avoids per-character Python loops and one regex
# per vocabulary entry over the body. Each shortcut below is exact, not an approximation, and
# tests/test_spam.py compares every verdict with the frozen original (tests/data/spam_oracle.py).

_QUOTED_RE = re.compile(r"“[^”]{1,120}”|\"[^\"]{1,120}\"|«[^»]{1,120}»|‘[^’]{1,120}’")
_TOKEN_RE = re.compile(r"[^\W_]+")
# Host of an absolute or scheme-relative link. The original led with an optional "https?:",
# which changes no host but made the engine try every position; starting at "//" it can skip.
_URL_RE = re.compile(r"//([a-z0-9.-]+\.[a-z]{2,})(/[^\s\"'<>]*)?", re.IGNORECASE)
_BARE_DOMAIN_RE = re.compile(
    r"(?<![\w.@/-])((?:[a-z0-9-]+\.)+(?:com|net|vip|win|club|bet|top|xyz|in|info|live|fun|me|cc|io|org))\b",
    re.IGNORECASE,
)
# Every _BARE_DOMAIN_RE match ends with this; it is cheap to look for first (starts with a ".").
_BARE_DOMAIN_HINT_RE = re.compile(
    r"\.(?:com|net|vip|win|club|bet|top|xyz|in|info|live|fun|me|cc|io|org)\b", re.IGNORECASE
)
_HTML_TAG_RE = re.compile(r"<[^>]+>")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # the [a-z0-9] of the boundaries


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    # One char in, one char out, so the folded text stays aligned with the original.
    if ch == "đ":
        return "d"
    return unicodedata.normalize("NFD", ch)[0]


class _FoldTable(dict):
    """``str.translate`` table computing :func:`_fold_char` once per distinct character.

    Folding a body char by char in a generator was ~1 ms; translate does the loop in C.
    """

    def __missing__(self, cp: int) -> str:
        folded = _fold_char(chr(cp))
        if len(self) < 20_000:  # bounded: hostile text cannot grow it without limit
            self[cp] = folded
        return folded


_FOLD_TABLE = _FoldTable()

_NON_ALNUM_TO_SPACE = str.maketrans({chr(c): " " for c in range(128) if chr(c) not in _ALNUM})
_RUN_RE = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class _Prepared:
    """Text ready for the lexicon.

    ``key`` is the match_key text and ``folded`` its per-char fold, of the same length, so a hit
    on the folded text can be checked against the original span. ``runs`` are the maximal
    [a-z0-9] runs of ``folded`` in order — the "words" the lexicon's boundaries delimit — and
    ``words`` their set: a vocabulary entry can only match where its first run is a whole run
    of the text, so one set look-up rules out almost every entry (see :func:`_head`).
    """

    key: str
    folded: str
    runs: list[str]
    words: frozenset[str]


def _prepare(text: str) -> _Prepared:
    key = match_key(text)
    return _with_runs(key, key.translate(_FOLD_TABLE))


def _with_runs(key: str, folded: str) -> _Prepared:
    if folded.isascii():  # the usual case: translate's ASCII fast path, then split
        runs = folded.translate(_NON_ALNUM_TO_SPACE).split()
    else:
        runs = _RUN_RE.findall(folded)
    return _Prepared(key, folded, runs, frozenset(runs))


def _as_folded(text: str) -> _Prepared:
    """Already-folded text (a title's first word, a host label) for :func:`_brand_hits`."""
    return _with_runs(text, text)


def _head(folded_entry: str) -> str:
    """The first [a-z0-9] run of a folded vocabulary entry.

    A match starts after a boundary, so at the start of a run of the text; the entry's first
    run is followed in the entry by a non-[a-z0-9] character (a space, a dot), or it is the
    whole entry and a whole word must end at a boundary — either way the text's run there is
    exactly the entry's first run. (Multi-word terms glued on the right still have a space
    after their first word.)
    """
    head = _RUN_RE.match(folded_entry)
    if head is None:
        raise ValueError(f"vocabulary entry must start with [a-z0-9]: {folded_entry!r}")
    return head.group()


@dataclass(frozen=True, slots=True)
class _Literal:
    """A vocabulary entry ready for matching (see :func:`_find_term`)."""

    text: str
    forms: tuple[str, ...]  # the spans that count: key form (exact diacritics), folded form
    whole_word: bool  # single words must stand alone; multi-word terms may be glued on the right
    head: str  # first [a-z0-9] run of the folded form


def _literal(term: str) -> _Literal:
    key = match_key(term)  # the real one: built once at import
    folded = "".join(_fold_char(c) for c in key)
    return _Literal(term, tuple(dict.fromkeys((key, folded))), " " not in folded, _head(folded))


def _boundary_before(key: str, start: int) -> bool:
    return start == 0 or _fold_char(key[start - 1]) not in _ALNUM


def _boundary_after(key: str, end: int) -> bool:
    return end == len(key) or _fold_char(key[end]) not in _ALNUM


def _find_term(term: _Literal, text: _Prepared, quoted: list[tuple[int, int]]) -> float | None:
    """Return the best factor of the term's hits (1.0, QUOTED_FACTOR) or None if no valid hit.

    The rule: the term matches the folded text at a word boundary (a single word also must end
    at one) and the span of the key is the term's own spelling or its unaccented form. A span
    that is one of those two strings always folds to the folded term, so it is enough to look
    for those two strings in the key with ``str.find`` and check the folded boundaries. (No term
    can overlap itself at a boundary — a test checks — so every such occurrence is also one the
    original's left-to-right regex scan would have reached.)
    """
    if term.head not in text.words:
        return None
    key = text.key
    best: float | None = None
    for form in term.forms:
        start = key.find(form)
        while start != -1:
            end = start + len(form)
            if _boundary_before(key, start) and (not term.whole_word or _boundary_after(key, end)):
                if not any(a <= start < b for a, b in quoted):
                    return 1.0
                best = QUOTED_FACTOR
            start = key.find(form, start + 1)
    return best


def _has_word(folded: str, word: str, *, glued: bool = False) -> bool:
    """``(?<![a-z0-9])word(?![a-z0-9])`` on folded text; with ``glued``, ``word[a-z0-9]``."""
    start = folded.find(word)
    while start != -1:
        end = start + len(word)
        if start == 0 or folded[start - 1] not in _ALNUM:
            followed = end < len(folded) and folded[end] in _ALNUM
            if followed is glued:
                return True
        start = folded.find(word, start + 1)
    return False


def _quoted_spans(key: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED_RE.finditer(key)]


# --- glued tokens -----------------------------------------------------------------------------

# A folded Vietnamese syllable: onset (plus two-consonant onsets of Central Highlands names like
# Krông, M'Drắk, Bl'ao), 1-3 vowels, optional coda (k: Đắk Lắk). Doorway text glues queries
# ("đâudanh", "tínxổ", "bắctải"), which no real syllable matches.
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|kr|dr|bl|br|pl|hr|gl|[bcdghklmnpqrstvx])?"
    r"[aeiouy]{1,3}(?:ng|nh|ch|[cmnptk])?"
)
_DIGIT_GLUED_RE = re.compile(r"\d[^\W\d_]{2,}")

# The lower-case letters of Vietnamese writing: a-z, đ, and the vowels a ă â e ê i o ô ơ u ư y
# with no tone or one of the five. A Latin letter outside this set (ü ö ä ß ç ğ ı ñ ø å ł ř č
# ě š ž ś é-with-anything-else…) is never written in Vietnamese, so a token holding one is a
# foreign word (Müller, Gündoğan, Núñez, Ødegaard, Weißröckchen), not glued Vietnamese syllables.
_VIETNAMESE_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzđ"
    + "".join(
        unicodedata.normalize("NFC", vowel + tone)
        for vowel in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
        for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    )
)


def _is_foreign_latin(ch: str) -> bool:
    """A Latin letter that Vietnamese does not write (ü, ñ, ø, ß…); Cyrillic, small capitals and
    other scripts are not Latin here, so look-alike tokens stay glued (and obfuscated)."""
    return ch.isalpha() and _is_latin_or_vietnamese(ch) and ch not in _VIETNAMESE_LETTERS


@lru_cache(maxsize=16_384)
def _is_glued(token: str) -> bool:
    """A token that is not one syllable yet carries Vietnamese diacritics, or that glues a
    number to an accented word ("2023vô"). Plain ASCII tokens are skipped (brands, English),
    and so are words with a Latin letter Vietnamese never writes (Müller, Núñez): their
    diacritics are not Vietnamese ones. ``token`` is lower-case (a match_key token).

    Cached per token: an article repeats a few hundred syllables, so a body costs one findall
    and one cache look-up per word.
    """
    if token.isascii():
        return False
    if any(c.isdigit() for c in token):
        return _DIGIT_GLUED_RE.search(token) is not None
    if any(map(_is_foreign_latin, token)):
        return False
    letters = "".join(_fold_char(c) for c in token)
    return _SYLLABLE_RE.fullmatch(letters) is None


def _name_keys(text: str) -> frozenset[str]:
    """match_key forms of the capitalised Latin words of ``text`` ("Sané", "Dembélé", "Pérez").

    Vietnamese writes a name syllable by syllable ("Tuyên Quang"), so a Capitalised word of
    several syllables is a foreign name, however Vietnamese its letters look; doorway text glues
    lower-case queries ("đâudanh", "tínxổ"). ALL-CAPS words are not names here ("TÍNXỔ").
    """
    words = set(_CAPITALISED_LATIN_RE.findall(unicodedata.normalize("NFC", text)))
    return frozenset(match_key(w) for w in words if not w.isascii() and w[1:].islower())


def _glued_tokens(tokens: list[str], text: str) -> int:
    """Glued tokens among ``tokens`` (the key's), but not the capitalised names of ``text``."""
    return _without_names([t for t in tokens if _is_glued(t)], text)


def _without_names(glued: list[str], text: str) -> int:
    """How many of ``glued`` are not names of ``text``. Names are only looked for when there is
    a glued token (ordinary text has none; scanning a body for them costs ~0.4 ms)."""
    if not glued:
        return 0
    names = _name_keys(text)
    return sum(1 for t in glued if t not in names)


# --- obfuscation ------------------------------------------------------------------------------

_SMALL_CAPS = frozenset(
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ"  # small capitals U+1D00.., IPA, Latin Ext-D
)
# Combining marks Vietnamese uses: 5 tones, circumflex, breve, horn (+ dot below shared).
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
_SMALL_CAPS_RE = re.compile("[" + "".join(sorted(_SMALL_CAPS)) + "]")
# Characters that could be a non-Vietnamese combining mark: nothing below U+0300 combines.
_ODD_MARK_CANDIDATE_RE = re.compile("[^\x00-\u02ff" + "".join(sorted(_VIETNAMESE_MARKS)) + "]")
# Tokens with at least one letter/digit outside Latin + Latin Extended Additional; a token
# without one cannot be a mixed-script word, so the rest are never looked at.
_NON_LATIN_TOKEN_RE = re.compile(r"[^\W_]*[^\W_\x00-\u024f\u1e00-\u1eff][^\W_]*")


def _is_plain_char(ch: str) -> bool:
    """True when a text made only of such characters can have no obfuscation signal but CGJ:
    not a small capital, no combining class, already NFC (so NFC leaves no mark after it: ü,
    ñ, ø are plain), and a letter must be Latin / Vietnamese."""
    if ch in _SMALL_CAPS or unicodedata.combining(ch):
        return False
    if unicodedata.normalize("NFC", ch) != ch:
        return False
    return not ch.isalpha() or _is_latin_or_vietnamese(ch)


def _is_latin_or_vietnamese(ch: str) -> bool:
    cp = ord(ch)
    return cp < 0x250 or 0x1E00 <= cp <= 0x1EFF


# Ordinary Vietnamese text (ASCII, Latin-1, Latin Extended, Vietnamese letters, punctuation) is
# made only of such characters; one C-level search then settles obfuscation_reasons.
_PLAIN_RANGES = ((0x0000, 0x0250), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x20A0, 0x20C0))


def _char_class(code_points: list[int]) -> str:
    """A regex character class body, consecutive code points merged into ranges (compiling
    ~700 single characters would add tens of milliseconds to the import)."""
    parts, start = [], 0
    for i in range(1, len(code_points) + 1):
        if i == len(code_points) or code_points[i] != code_points[i - 1] + 1:
            lo, hi = code_points[start], code_points[i - 1]
            parts.append(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else ""))
            start = i
    return "".join(parts)


# A whole token (a maximal [^\W_] run) of Latin letters, an upper-case one then no upper-case
# or title-case one: what _name_keys needs but "not ASCII" and "some lower-case". The
# regex skips the ordinary words of a ~1,000-word body in C (a Python loop cost ~0.4 ms); the
# look-behind (no word character before the capital) comes after the capital, so it is only
# tried where one stands.
_LATIN_LETTERS = [
    c
    for lo, hi in ((0x41, 0x250), (0x1E00, 0x1F00))
    for c in map(chr, range(lo, hi))
    if c.isalpha()
]
_CAPITALISED_LATIN_RE = re.compile(
    "["
    + _char_class([ord(c) for c in _LATIN_LETTERS if c.isupper()])
    + "](?<![^\\W_].)["
    + _char_class([ord(c) for c in _LATIN_LETTERS if not c.isupper() and not c.istitle()])
    + "]+(?![^\\W_])"
)


_NOT_PLAIN_RE = re.compile(
    "[^"
    + _char_class(
        [cp for lo, hi in _PLAIN_RANGES for cp in range(lo, hi) if _is_plain_char(chr(cp))]
    )
    + "]"
)


def obfuscation_reasons(text: str) -> list[str]:
    """Unicode tricks seen on spam / fake-news pages (notes §5); empty for ordinary text."""
    reasons: list[str] = []
    if text.count("\u034f") >= 3:
        reasons.append("obfuscation:cgj")
    text = text.replace("\u034f", "")
    if not _NOT_PLAIN_RE.search(text):
        return reasons
    decomposed = unicodedata.normalize("NFD", text)
    if len(_SMALL_CAPS_RE.findall(decomposed)) >= 3:
        reasons.append("obfuscation:small-caps")
    # Stray marks are those NFC cannot compose into a letter: "e\u0308" is the letter ë (Müller,
    # Rütter, Noël are not obfuscated), "e\u033c" stays a letter and a seagull below.
    composed = unicodedata.normalize("NFC", text)
    candidates = _ODD_MARK_CANDIDATE_RE.findall(composed)
    if sum(1 for c in candidates if unicodedata.combining(c)) >= 3:
        reasons.append("obfuscation:combining")
    # Cyrillic/Greek look-alikes inside otherwise Latin words ("Сһɪ́пһ").
    mixed_words = 0
    for word in _NON_LATIN_TOKEN_RE.findall(composed):
        letters = [c for c in word if c.isalpha()]
        foreign = sum(1 for c in letters if not _is_latin_or_vietnamese(c))
        if 0 < foreign < len(letters) or (foreign and any(c in _SMALL_CAPS for c in word)):
            mixed_words += 1
    if mixed_words >= 2:
        reasons.append("obfuscation:script-mix")
    return reasons


# --- lexicon ----------------------------------------------------------------------------------


# Longest first, so "kèo nhà cái" is counted once rather than also as "nhà cái".
_STRONG_LONGEST_FIRST = tuple(sorted(STRONG_TERMS, key=lambda t: -len(t.text)))
_STRONG_LITERALS = tuple((t, _literal(t.text), slugify(t.text)) for t in _STRONG_LONGEST_FIRST)
_LOTTERY_LITERALS = tuple(_literal(t) for t in LOTTERY_TERMS)
_PROMO_LITERALS = tuple(_literal(t) for t in PROMO_TERMS)
_NEWS_CONTEXT_LITERALS = tuple(_literal(t) for t in NEWS_CONTEXT_TERMS)
_BRAND_HEADS = tuple((brand, _head(brand)) for brand in BRANDS)
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    score: float  # after promo, quote and news-context adjustments
    reasons: tuple[str, ...]
    news_context: bool


def _brand_hits(text: _Prepared) -> list[str]:
    folded, hits = text.folded, []
    for brand, head in _BRAND_HEADS:
        if head in text.words and _has_word(folded, brand):
            hits.append(brand.replace(" ", ""))
    for prefix in BRAND_PREFIXES:
        if prefix in folded and _has_word(folded, prefix, glued=True):
            hits.append(prefix)
    # Both shapes need a digit, and a match never leaves its run (it is made of [a-z0-9] and
    # starts at a boundary), so they run on the few runs with digits, in text order.
    if _DIGIT_RE.search(folded):
        digit_runs = " ".join(r for r in text.runs if not r.isalpha())
        for m in GENERIC_BRAND_RE.finditer(digit_runs):
            if m.group(1) not in GENERIC_BRAND_STOP_PREFIXES:
                hits.append(m.group(0))
        hits.extend(m.group(0) for m in BET_SUFFIX_BRAND_RE.finditer(digit_runs))
    return list(dict.fromkeys(hits))


def _any_term(terms: tuple[_Literal, ...], text: _Prepared) -> bool:
    return any(_find_term(t, text, []) is not None for t in terms)


def _lexicon(text: _Prepared, *, need_context: bool = True) -> _Lexicon:
    """Lexicon evidence of prepared text. Without ``need_context`` the news-context look-up is
    skipped when the score is 0 (it could only set ``news_context``, which bodies ignore)."""
    quoted = _quoted_spans(text.key)
    reasons: list[str] = []
    score = 0.0
    brands = _brand_hits(text)
    for brand in brands:
        reasons.append(f"brand:{brand}")
    score += BRAND_WEIGHT * min(len(brands), 2)

    strong = 0.0
    matched_strong: list[str] = []
    for term, literal, slug in _STRONG_LITERALS:
        factor = _find_term(literal, text, quoted)
        if factor is None:
            continue
        # A longer term already counted covers its parts ("kèo nhà cái" ⊃ "nhà cái").
        if any(term.text in longer for longer in matched_strong):
            continue
        matched_strong.append(term.text)
        reasons.append(f"term:{slug}")
        strong += term.weight * factor
    score += strong

    if strong or brands or _any_term(_LOTTERY_LITERALS, text):
        for promo in _PROMO_LITERALS:
            if _find_term(promo, text, quoted) is not None:
                reasons.append(f"promo:{slugify(promo.text)}")
                score += PROMO_BONUS
                break

    news_context = False
    if score or need_context:
        news_context = _any_term(_NEWS_CONTEXT_LITERALS, text)
    if news_context and score:
        score *= NEWS_CONTEXT_FACTOR
        reasons.append("news-context")
    return _Lexicon(score, tuple(reasons), news_context)


# --- title ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Title:
    score: float
    reasons: tuple[str, ...]
    news_context: bool  # of the title's lexicon: damps URL path terms
    key: str


@lru_cache(maxsize=256)
def _title_evidence(title: str) -> _Title:
    """Everything spam_verdict needs from the title, once per title (the pipeline often checks
    the heading and the served <title>, which are frequently the same string)."""
    text = _prepare(title)
    lex = _lexicon(text)
    score, reasons = lex.score, list(lex.reasons)
    glued = _glued_tokens(_TOKEN_RE.findall(text.key), title)
    if glued:
        reasons.append("glued-tokens")
        score += {1: 1.0, 2: 2.5}.get(glued, 3.0)
    # The doorway shape: starts with a brand ("kuwin …", "98win …"). Never damped.
    first = text.folded.split(" ", 1)[0] if text.folded else ""
    if first and _brand_hits(_as_folded(first)):
        reasons.append("brand-prefix")
        score += 1.0
    # Real headlines start with a capital; doorway titles are lower-case query soup.
    words = title.split()
    if len(words) >= 6 and not any(c.isupper() for c in title):
        reasons.append("query-like")
        score += 1.0
    obf = obfuscation_reasons(title)
    reasons.extend(obf)
    score += 3.0 * len(obf)
    return _Title(score, tuple(reasons), lex.news_context, text.key)


def title_score(title: str) -> tuple[float, tuple[str, ...]]:
    """Spam evidence from the title alone: lexicon + glued tokens + shape + obfuscation."""
    evidence = _title_evidence(title)
    return evidence.score, evidence.reasons


def title_is_spam(title: str) -> bool:
    """True when the title alone carries enough gambling-spam evidence."""
    return title_score(title)[0] >= SPAM_THRESHOLD


# --- URL and body -----------------------------------------------------------------------------


def _host_is_betting(host: str) -> str | None:
    """A short name for a betting host ("kuwinok2.com" → "kuwin"), or None."""
    host = host.lower().removeprefix("www.")
    if host.endswith((".gov.vn", ".edu.vn")):
        return None
    labels = host.split(".")
    flat = "".join(labels[:-1]) if len(labels) > 1 else host
    for fragment in BETTING_HOST_FRAGMENTS:
        if fragment in flat:
            return fragment
    for label in labels[:-1]:
        hits = _brand_hits(_as_folded(label))
        if hits:
            return hits[0]
    return None


# URL-safe strong terms in vocabulary order, folded, with their reason names.
_URL_TERMS = tuple(
    (fold(t.text), re.compile(r"(?<![a-z0-9])" + re.escape(fold(t.text)) + r"(?![a-z0-9])"))
    for t in STRONG_TERMS
    if t.url_safe
)
_URL_TERM_REASONS = tuple(f"url:term:{slugify(t.text)}" for t in STRONG_TERMS if t.url_safe)
_SLUG_SPLIT_RE = re.compile(r"[-_/.]+")


def _url_score(url: str, news_context: bool) -> tuple[float, list[str]]:
    if not url:
        return 0.0, []
    parts = split(url if "//" in url else "//" + url)
    if parts is None:  # not a URL urllib can read: nothing to score in it
        return 0.0, []
    score, reasons = 0.0, []
    host = parts.hostname or ""
    brand = _host_is_betting(host)
    if brand:
        reasons.append(f"url:brand:{brand}")
        score += BRAND_WEIGHT
    path = parts.path.lower()
    if DOORWAY_PATH_RE.search(path):
        reasons.append("url:doorway-path")
        score += 1.5
    slug_text = " ".join(_SLUG_SPLIT_RE.split(fold(path)))
    path_terms = 0.0
    for (folded_term, pattern), reason in zip(_URL_TERMS, _URL_TERM_REASONS, strict=True):
        if folded_term in slug_text and pattern.search(slug_text):
            reasons.append(reason)
            path_terms += 1.5
    if path_terms:
        score += min(path_terms, 3.0) * (NEWS_CONTEXT_FACTOR if news_context else 1.0)
    return score, reasons


def _body_text_and_hosts(body: str) -> tuple[str, list[str]]:
    # Both link patterns need a "//" or a ".tld"; a plain-text body has neither, so skip them.
    hosts = [m.group(1).lower() for m in _URL_RE.finditer(body)] if "//" in body else []
    text = _HTML_TAG_RE.sub(" ", body) if "<" in body and ">" in body else body
    if _BARE_DOMAIN_HINT_RE.search(text):
        hosts += [m.group(1).lower() for m in _BARE_DOMAIN_RE.finditer(text)]
    return text, list(dict.fromkeys(hosts))


def _bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(tokens))


@dataclass(frozen=True, slots=True)
class _Body:
    score: float
    reasons: tuple[str, ...]
    words: int
    tokens: tuple[str, ...]  # of the key, for the title-body coherence check


@lru_cache(maxsize=4)
def _body_evidence(body: str) -> _Body:
    """Everything spam_verdict needs from the body. Cached for the second call of the pipeline
    (served <title> after the heading) with the same body; small, bodies are large."""
    body_text, hosts = _body_text_and_hosts(body)
    score, reasons = 0.0, []
    betting = list(dict.fromkeys(b for b in (_host_is_betting(h) for h in hosts) if b))
    if betting:
        reasons.extend(f"betting-link:{b}" for b in betting)
        score += min(BETTING_LINK_WEIGHT * len(betting), BETTING_LINK_CAP)
    text = _prepare(body_text)
    tokens = _TOKEN_RE.findall(text.key)
    if text.key:
        lex = _lexicon(text, need_context=False)
        if lex.score:
            reasons.extend(f"body:{r}" for r in lex.reasons)
            score += min(lex.score * BODY_FACTOR, BODY_LEXICON_CAP)
        # Names can only lower the count, so they are only looked for when it is high enough.
        glued = [t for t in tokens if _is_glued(t)]
        if _glued_body(len(glued), len(tokens)) and _glued_body(
            _without_names(glued, body_text), len(tokens)
        ):
            reasons.append("body:glued-tokens")
            score += 3.0
        obf = obfuscation_reasons(body_text)
        reasons.extend(f"body:{r}" for r in obf)
        score += 3.0 * len(obf)
    return _Body(score, tuple(reasons), len(tokens), tuple(tokens))


def _glued_body(glued: int, words: int) -> bool:
    """Glued-query soup: at least 5 glued tokens, and more than 3 % of the words."""
    return glued >= 5 and glued / max(words, 1) > 0.03


# Caches keyed on whole input texts (benchmarks/bench_spam.py clears them between calls).
_TEXT_CACHES = (_title_evidence, _body_evidence)


@dataclass(frozen=True, slots=True)
class SpamVerdict:
    """The spam guard's decision for one item; see the module docstring for the semantics."""

    is_spam: bool
    score: float
    reasons: tuple[str, ...]
    title_injected: bool = False


def spam_verdict(title: str, body: str = "", url: str = "") -> SpamVerdict:
    """Decide whether an item is spam, or a genuine article under an injected spam title.

    ``body`` may be plain text or HTML (links are looked for in both). ``url`` is the item's
    URL (host and path are scored). See the module docstring for what the pipeline does with
    ``is_spam`` and ``title_injected``.
    """
    t = _title_evidence(title)
    u_score, u_reasons = _url_score(url, t.news_context)
    b = _body_evidence(body or "")

    title_spam = t.score >= SPAM_THRESHOLD
    if title_spam and b.words >= GENUINE_BODY_MIN_WORDS and b.score < SPAM_THRESHOLD:
        title_bigrams = _bigrams(_TOKEN_RE.findall(t.key))
        body_bigrams = _bigrams(list(b.tokens))
        overlap = len(title_bigrams & body_bigrams) / max(len(title_bigrams), 1)
        if overlap < COHERENCE_MIN and u_score < SPAM_THRESHOLD:
            reasons = (*t.reasons, *u_reasons, *b.reasons, "title-body-mismatch")
            return SpamVerdict(False, round(t.score, 2), reasons, title_injected=True)

    total = t.score + u_score + b.score
    reasons = (*t.reasons, *u_reasons, *b.reasons)
    return SpamVerdict(total >= SPAM_THRESHOLD, round(total, 2), reasons, title_injected=False)
