"""FROZEN ORACLE — a verbatim copy of aggregator/spam.py as of commit 9ae4be8 (before the speed
work on branch ``spamfast``), with ONE deliberate rule fix (below). Do not edit or "fix" it
otherwise: tests/test_spam.py compares the fast implementation's verdicts with this one on a
corpus, and benchmarks/bench_spam.py times it as the "before". If a verdict is ever meant to
change, change the test's expectation, not this file.

AMENDED (round 13, branch spam14, "foreign names are not spam"): the oracle now encodes the
corrected rule, written the plain slow way, so the corpus comparison still proves the fast
module's shortcuts change nothing. Only these two places differ from 9ae4be8, both marked
"AMENDED":
- obfuscation_reasons counts non-Vietnamese combining marks left over after NFC (stray marks),
  not those of NFD (which counted the ü of "Müller");
- _glued_tokens skips tokens with a Latin letter Vietnamese never writes (Müller, Núñez) and the
  Capitalised Latin words of the text (Sané, Pérez); it takes the text as a second argument.

Original module docstring follows.

Gambling / lottery SEO spam detection for scraped Vietnamese news items.

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
   and all-lower-case query-like titles;
4. obfuscation — U+034F between letters, small capitals, Cyrillic look-alikes, stray combining
   marks (notes §5); never damped;
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
from urllib.parse import urlsplit

from aggregator.text import fold, match_key, slugify

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

_QUOTED_RE = re.compile(r"“[^”]{1,120}”|\"[^\"]{1,120}\"|«[^»]{1,120}»|‘[^’]{1,120}’")
_TOKEN_RE = re.compile(r"[^\W_]+")
_URL_RE = re.compile(r"(?:https?:)?//([a-z0-9.-]+\.[a-z]{2,})(/[^\s\"'<>]*)?", re.IGNORECASE)
_BARE_DOMAIN_RE = re.compile(
    r"(?<![\w.@/-])((?:[a-z0-9-]+\.)+(?:com|net|vip|win|club|bet|top|xyz|in|info|live|fun|me|cc|io|org))\b",
    re.IGNORECASE,
)
_HTML_TAG_RE = re.compile(r"<[^>]+>")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    # One char in, one char out, so the folded text stays aligned with the original.
    if ch == "đ":
        return "d"
    return unicodedata.normalize("NFD", ch)[0]


def _prepare(text: str) -> tuple[str, str]:
    """(key, folded) of the same length: key = match_key text, folded = its per-char fold.

    Equal lengths let a hit on the folded text be checked against the original span.
    """
    key = match_key(text)
    folded = "".join(_fold_char(c) for c in key)
    return key, folded


def _term_pattern(folded_term: str) -> re.Pattern[str]:
    # Single words must stand alone; multi-word terms may be glued on the right, as doorway
    # queries are ("nổ hũthần tài"). Left side is always a boundary.
    right = "" if " " in folded_term else r"(?![a-z0-9])"
    return re.compile(r"(?<![a-z0-9])" + re.escape(folded_term) + right)


@lru_cache(maxsize=512)
def _compiled(term: str) -> tuple[re.Pattern[str], str, str]:
    key, folded = _prepare(term)
    return _term_pattern(folded), key, folded


def _find_term(term: str, key: str, folded: str, quoted: list[tuple[int, int]]) -> float | None:
    """Return the best factor of the term's hits (1.0, QUOTED_FACTOR) or None if no valid hit."""
    pattern, term_key, term_folded = _compiled(term)
    best: float | None = None
    for m in pattern.finditer(folded):
        span = key[m.start() : m.end()]
        # Valid only if written unaccented or with the term's exact diacritics.
        if span not in (term_folded, term_key):
            continue
        inside = any(a <= m.start() < b for a, b in quoted)
        factor = QUOTED_FACTOR if inside else 1.0
        best = factor if best is None else max(best, factor)
        if best == 1.0:
            break
    return best


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


# AMENDED (spam14): the lower-case letters Vietnamese writes; see the module docstring.
_VIETNAMESE_LETTERS = set("abcdefghijklmnopqrstuvwxyzđ")
for _vowel in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
    for _tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"):
        _VIETNAMESE_LETTERS.add(unicodedata.normalize("NFC", _vowel + _tone))


def _glued_tokens(key: str, text: str) -> int:
    """Count tokens that are not one syllable yet carry Vietnamese diacritics, or that glue a
    number to an accented word ("2023vô"). Plain ASCII tokens are skipped (brands, English).
    AMENDED (spam14): so are words with a Latin letter Vietnamese never writes, and the
    Capitalised Latin words of ``text`` (foreign names)."""
    names = set()
    for word in _TOKEN_RE.findall(unicodedata.normalize("NFC", text)):
        capitalised = word.isalpha() and word[0].isupper() and word[1:].islower()
        latin = all(_is_latin_or_vietnamese(c) for c in word)
        if len(word) > 1 and not word.isascii() and capitalised and latin:
            names.add(match_key(word))
    count = 0
    for token in _TOKEN_RE.findall(key):
        if token.isascii():
            continue
        letters = "".join(_fold_char(c) for c in token)
        if any(c.isdigit() for c in token):
            if _DIGIT_GLUED_RE.search(token):
                count += 1
            continue
        latin_letters = [c for c in token if c.isalpha() and _is_latin_or_vietnamese(c)]
        if any(c not in _VIETNAMESE_LETTERS for c in latin_letters) or token in names:
            continue
        if not _SYLLABLE_RE.fullmatch(letters):
            count += 1
    return count


# --- obfuscation ------------------------------------------------------------------------------

_SMALL_CAPS = frozenset(
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ"  # small capitals U+1D00.., IPA, Latin Ext-D
)
# Combining marks Vietnamese uses: 5 tones, circumflex, breve, horn (+ dot below shared).
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _is_latin_or_vietnamese(ch: str) -> bool:
    cp = ord(ch)
    return cp < 0x250 or 0x1E00 <= cp <= 0x1EFF


def obfuscation_reasons(text: str) -> list[str]:
    """Unicode tricks seen on spam / fake-news pages (notes §5); empty for ordinary text."""
    reasons: list[str] = []
    if text.count("\u034f") >= 3:
        reasons.append("obfuscation:cgj")
    decomposed = unicodedata.normalize("NFD", text.replace("\u034f", ""))
    if sum(1 for c in decomposed if c in _SMALL_CAPS) >= 3:
        reasons.append("obfuscation:small-caps")
    # AMENDED (spam14): marks left over after NFC, not every mark of NFD.
    composed = unicodedata.normalize("NFC", decomposed)
    odd_marks = sum(1 for c in composed if unicodedata.combining(c) and c not in _VIETNAMESE_MARKS)
    if odd_marks >= 3:
        reasons.append("obfuscation:combining")
    # Cyrillic/Greek look-alikes inside otherwise Latin words ("Сһɪ́пһ").
    mixed_words = 0
    for word in _TOKEN_RE.findall(unicodedata.normalize("NFC", decomposed)):
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


@dataclass(frozen=True, slots=True)
class _Lexicon:
    score: float  # after promo, quote and news-context adjustments
    reasons: tuple[str, ...]
    news_context: bool


def _brand_hits(folded: str) -> list[str]:
    hits: list[str] = []
    for brand in BRANDS:
        if re.search(r"(?<![a-z0-9])" + re.escape(brand) + r"(?![a-z0-9])", folded):
            hits.append(brand.replace(" ", ""))
    for prefix in BRAND_PREFIXES:
        if re.search(r"(?<![a-z0-9])" + re.escape(prefix) + r"[a-z0-9]", folded):
            hits.append(prefix)
    for m in GENERIC_BRAND_RE.finditer(folded):
        if m.group(1) not in GENERIC_BRAND_STOP_PREFIXES:
            hits.append(m.group(0))
    hits.extend(m.group(0) for m in BET_SUFFIX_BRAND_RE.finditer(folded))
    return list(dict.fromkeys(hits))


def _lexicon(text: str) -> _Lexicon:
    key, folded = _prepare(text)
    quoted = _quoted_spans(key)
    reasons: list[str] = []
    score = 0.0
    brands = _brand_hits(folded)
    for brand in brands:
        reasons.append(f"brand:{brand}")
    score += BRAND_WEIGHT * min(len(brands), 2)

    strong = 0.0
    matched_strong: list[str] = []
    for term in _STRONG_LONGEST_FIRST:
        factor = _find_term(term.text, key, folded, quoted)
        if factor is None:
            continue
        # A longer term already counted covers its parts ("kèo nhà cái" ⊃ "nhà cái").
        if any(term.text in longer for longer in matched_strong):
            continue
        matched_strong.append(term.text)
        reasons.append(f"term:{slugify(term.text)}")
        strong += term.weight * factor
    score += strong

    lottery = any(_find_term(t, key, folded, []) is not None for t in LOTTERY_TERMS)
    if strong or lottery or brands:
        promos = [p for p in PROMO_TERMS if _find_term(p, key, folded, quoted) is not None]
        if promos:
            reasons.append(f"promo:{slugify(promos[0])}")
            score += PROMO_BONUS

    news_context = any(_find_term(t, key, folded, []) is not None for t in NEWS_CONTEXT_TERMS)
    if news_context and score:
        score *= NEWS_CONTEXT_FACTOR
        reasons.append("news-context")
    return _Lexicon(score, tuple(reasons), news_context)


# --- title ------------------------------------------------------------------------------------


def title_score(title: str) -> tuple[float, tuple[str, ...]]:
    """Spam evidence from the title alone: lexicon + glued tokens + shape + obfuscation."""
    lex = _lexicon(title)
    score, reasons = lex.score, list(lex.reasons)
    key, folded = _prepare(title)
    glued = _glued_tokens(key, title)  # AMENDED (spam14): the title, for its names
    if glued:
        reasons.append("glued-tokens")
        score += {1: 1.0, 2: 2.5}.get(glued, 3.0)
    # The doorway shape: starts with a brand ("kuwin …", "98win …"). Never damped.
    first = folded.split(" ", 1)[0] if folded else ""
    if first and _brand_hits(first):
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
    return score, tuple(reasons)


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
        hits = _brand_hits(label)
        if hits:
            return hits[0]
    return None


def _url_score(url: str, news_context: bool) -> tuple[float, list[str]]:
    if not url:
        return 0.0, []
    parts = urlsplit(url if "//" in url else "//" + url)
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
    slug_text = " ".join(re.split(r"[-_/.]+", fold(path)))
    path_terms = 0.0
    for term in STRONG_TERMS:
        if not term.url_safe:
            continue
        if re.search(r"(?<![a-z0-9])" + re.escape(fold(term.text)) + r"(?![a-z0-9])", slug_text):
            reasons.append(f"url:term:{slugify(term.text)}")
            path_terms += 1.5
    if path_terms:
        score += min(path_terms, 3.0) * (NEWS_CONTEXT_FACTOR if news_context else 1.0)
    return score, reasons


def _body_text_and_hosts(body: str) -> tuple[str, list[str]]:
    hosts = [m.group(1).lower() for m in _URL_RE.finditer(body)]
    text = _HTML_TAG_RE.sub(" ", body) if "<" in body and ">" in body else body
    hosts += [m.group(1).lower() for m in _BARE_DOMAIN_RE.finditer(text)]
    return text, list(dict.fromkeys(hosts))


def _bigrams(key: str) -> set[tuple[str, str]]:
    tokens = _TOKEN_RE.findall(key)
    return set(pairwise(tokens))


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
    t_score, t_reasons = title_score(title)
    title_lex_context = _lexicon(title).news_context
    u_score, u_reasons = _url_score(url, title_lex_context)

    body_text, hosts = _body_text_and_hosts(body or "")
    b_score, b_reasons = 0.0, []
    betting = list(dict.fromkeys(b for b in (_host_is_betting(h) for h in hosts) if b))
    if betting:
        b_reasons.extend(f"betting-link:{b}" for b in betting)
        b_score += min(BETTING_LINK_WEIGHT * len(betting), BETTING_LINK_CAP)
    body_key = match_key(body_text)
    body_words = len(_TOKEN_RE.findall(body_key))
    if body_key:
        lex = _lexicon(body_text)
        if lex.score:
            b_reasons.extend(f"body:{r}" for r in lex.reasons)
            b_score += min(lex.score * BODY_FACTOR, BODY_LEXICON_CAP)
        glued = _glued_tokens(body_key, body_text)  # AMENDED (spam14): + the text
        if glued >= 5 and glued / max(body_words, 1) > 0.03:
            b_reasons.append("body:glued-tokens")
            b_score += 3.0
        obf = obfuscation_reasons(body_text)
        b_reasons.extend(f"body:{r}" for r in obf)
        b_score += 3.0 * len(obf)

    title_spam = t_score >= SPAM_THRESHOLD
    if title_spam and body_words >= GENUINE_BODY_MIN_WORDS and b_score < SPAM_THRESHOLD:
        title_bigrams = _bigrams(match_key(title))
        overlap = len(title_bigrams & _bigrams(body_key)) / max(len(title_bigrams), 1)
        if overlap < COHERENCE_MIN and u_score < SPAM_THRESHOLD:
            reasons = (*t_reasons, *u_reasons, *b_reasons, "title-body-mismatch")
            return SpamVerdict(False, round(t_score, 2), reasons, title_injected=True)

    total = t_score + u_score + b_score
    reasons = (*t_reasons, *u_reasons, *b_reasons)
    return SpamVerdict(total >= SPAM_THRESHOLD, round(total, 2), reasons, title_injected=False)
