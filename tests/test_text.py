"""Tables for aggregator.text: display normalisation and the comparison keys."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from aggregator.text import (
    fold,
    match_key,
    normalize_text,
    search_words,
    slugify,
    strip_end_marker,
    unify_tone_placement,
)
from tests.shared import shared_file

SEED = shared_file("seed/article-baotuyenquang.txt")

# Every lower-case Vietnamese vowel with every tone, plus đ: the alphabet ftfy must not touch.
_VOWELS = "aăâeêioôơuưy"
_TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
VIETNAMESE_LETTERS = (
    "".join(unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES) + "đ"
)


def _mojibake(s: str) -> str:
    """UTF-8 bytes read as cp1252, the common failure (notes §5)."""
    return s.encode("utf-8").decode("cp1252", errors="replace")


# --- normalize_text ---------------------------------------------------------------------------

NORMALIZE_CASES = [
    ("empty", "", ""),
    ("plain-unchanged", "Củng cố mối quan hệ mật thiết với nhân dân", None),
    ("nfd-to-nfc", unicodedata.normalize("NFD", "Tỉnh ủy Tuyên Quang"), "Tỉnh ủy Tuyên Quang"),
    ("old-tone-kept-for-display", "TX. Hoà Thành, Tỉnh uỷ", None),
    ("double-spaces-seed", "cụ thể hóa  Đề án 02", "cụ thể hóa Đề án 02"),
    ("many-spaces", "Đảng    ủy   Công an", "Đảng ủy Công an"),
    ("nbsp", "Ngày\u00a012-10", "Ngày 12-10"),
    ("narrow-nbsp", "40\u202fm2", "40 m2"),
    ("nbsp-runs-collapse", "a\u00a0 \u00a0b", "a b"),
    ("tab", "a\tb", "a b"),
    ("zwsp", "Tuyên\u200bQuang", "TuyênQuang"),
    ("zwnj-zwj", "a\u200cb\u200dc", "abc"),
    ("word-joiner", "x\u2060y", "xy"),
    ("bom-start", "\ufeffTin tức", "Tin tức"),
    ("soft-hyphen", "chính\u00adtrị", "chínhtrị"),
    ("cgj-every-letter", "\u034f".join("Chính trị") + "\u034f", "Chính trị"),
    ("cgj-between-base-and-tone", "Tỉ\u034f\u0309nh".replace("ỉ", "i"), "Tỉnh"),
    ("trailing-spaces-per-line", "dòng một   \n   dòng hai", "dòng một\ndòng hai"),
    ("paragraphs-kept", "Đoạn 1.\n\nĐoạn 2.", None),
    ("blank-lines-collapse", "Đoạn 1.\n\n\n\n\nĐoạn 2.", "Đoạn 1.\n\nĐoạn 2."),
    ("whitespace-only-lines", "Đoạn 1.\n  \n \t \nĐoạn 2.", "Đoạn 1.\n\nĐoạn 2."),
    ("single-break-kept-caption", "tham gia\ngiúp nhân dân", None),
    ("crlf", "a\r\n\r\nb", "a\n\nb"),
    ("cr", "a\rb", "a\nb"),
    ("unicode-line-sep", "a\u2028b", "a\nb"),
    ("unicode-para-sep", "a\u2029b", "a\n\nb"),
    ("outer-strip", "\n\n  Tin  \n\n", "Tin"),
    ("control-chars", "a\x00b\x07c\x1bd", "abcd"),
    # What a decoder left for unreadable bytes (or an HTML parser for a NUL) says nothing.
    (
        "replacement-chars",
        "Tin\ufffd nóng: cầu mới \ufffd\ufffd\ufffdkhánh thành",
        "Tin nóng: cầu mới khánh thành",
    ),
    ("del-and-c1", "a\x7fb\x9dc", "abc"),
    ("nonchar", "a\ufffeb\uffffc", "abc"),
    ("lone-surrogate", "a\ud800b", "ab"),
    ("curly-quotes-kept", "“cướp” vé số ‘x’", None),
    ("dashes-kept", "Tuyên Quang – Hà Giang — 2025", None),
    ("mojibake-cp1252", _mojibake("Tỉnh ủy Tuyên Quang"), "Tỉnh ủy Tuyên Quang"),
    ("mojibake-latin1", "Tỉnh ủy".encode().decode("latin-1"), "Tỉnh ủy"),
    (
        "mojibake-one-line-of-two",
        "Bí thư Tỉnh ủy phát biểu\n" + _mojibake("Hội nghị Tỉnh ủy lần thứ 5"),
        "Bí thư Tỉnh ủy phát biểu\nHội nghị Tỉnh ủy lần thứ 5",
    ),
    (
        "mojibake-long-sentence",
        _mojibake("Kết quả xổ số kiến thiết Kiên Giang"),
        "Kết quả xổ số kiến thiết Kiên Giang",
    ),
    ("all-vietnamese-letters", VIETNAMESE_LETTERS, None),
    ("all-vietnamese-upper", VIETNAMESE_LETTERS.upper(), None),
    ("cp1258-style-decomposed", "Ti\u0309nh \u0111a\u0323o", "Tỉnh đạo"),
    ("ellipsis-and-dots-kept", "đổ sân bê tông...", None),
    ("emoji-kept", "Chúc mừng 🎉", None),
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [pytest.param(raw, exp, id=name) for name, raw, exp in NORMALIZE_CASES],
)
def test_normalize_text(raw: str, expected: str | None) -> None:
    if expected is None:  # None: already clean text that must come out unchanged
        expected = raw
    assert normalize_text(raw) == expected


def test_normalize_is_idempotent_on_seed() -> None:
    once = normalize_text(SEED.read_text(encoding="utf-8"))
    assert normalize_text(once) == once
    assert "  " not in once
    assert "Tin cùng chuyên mục" in once  # boilerplate removal is not this function's job


def test_normalize_does_not_alter_correct_seed_text_beyond_spaces() -> None:
    raw = SEED.read_text(encoding="utf-8")
    assert "\u00a0" in raw  # the seed's doubled spaces are partly NBSP
    expected = raw.strip().replace("\u00a0", "").replace(" ", "")
    assert normalize_text(raw).replace(" ", "") == expected


# --- strip_end_marker -------------------------------------------------------------------------

END_MARKER_CASES = [
    ("period-slash-dot", "phát triển bền vững./.", "phát triển bền vững."),
    ("ellipsis-vov", "tiếp tục theo dõi…/.", "tiếp tục theo dõi…"),
    ("three-dots", "tiếp tục theo dõi.../.", "tiếp tục theo dõi..."),
    ("space-before", "phát triển bền vững. /.", "phát triển bền vững."),
    ("bare-after-word", "phát triển bền vững/.", "phát triển bền vững"),
    ("trailing-space", "xong./.   ", "xong."),
    ("end-of-paragraph", "Đoạn một./.\n\nTheo TTXVN", "Đoạn một.\n\nTheo TTXVN"),
    ("no-marker", "Không có dấu kết.", "Không có dấu kết."),
    ("date-slash-untouched", "ngày 12/10.", "ngày 12/10."),
    ("mid-sentence-untouched", "a./. b", "a./. b"),
    (
        "url-untouched",
        "xem tại https://baotuyenquang.com.vn/",
        "xem tại https://baotuyenquang.com.vn/",
    ),
    ("empty", "", ""),
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [pytest.param(raw, exp, id=name) for name, raw, exp in END_MARKER_CASES],
)
def test_strip_end_marker(raw: str, expected: str) -> None:
    assert strip_end_marker(raw) == expected


# --- tone placement and match_key -------------------------------------------------------------

TONE_CASES = [
    # Changed: old placement on open oa/oe/uy → new placement (notes §5 list).
    ("hoà", "hòa"),
    ("Hoà Thành", "Hòa Thành"),
    ("hiện thực hoá", "hiện thực hóa"),
    ("thuý", "thúy"),
    ("khoẻ", "khỏe"),
    ("Tỉnh uỷ", "Tỉnh ủy"),
    ("xoá", "xóa"),
    ("luỹ", "lũy"),
    ("hoạ", "họa"),
    ("khoá XIV", "khóa XIV"),
    ("Uỷ viên", "Ủy viên"),
    ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("Thuỵ Anh", "Thụy Anh"),
    ("tuỳ", "tùy"),
    ("loè loẹt", "lòe loẹt"),  # "loẹt" is closed (final t): unchanged
    ("hoà.", "hòa."),
    ("(hoà)", "(hòa)"),
    # Unchanged: qu + y, closed rhymes, three-vowel rhymes, ươ/uơ, breve/circumflex.
    ("quý", "quý"),
    ("Quý Mão", "Quý Mão"),
    ("Quỳnh Lưu", "Quỳnh Lưu"),
    ("hoàn thành", "hoàn thành"),
    ("thuở", "thuở"),
    ("hoặc", "hoặc"),
    ("hoằng", "hoằng"),
    ("ngoài", "ngoài"),
    ("xoáy", "xoáy"),
    ("thuế", "thuế"),
    ("huệ", "huệ"),
    ("khuya", "khuya"),
    ("chuyện", "chuyện"),
    ("huỳnh", "huỳnh"),
    ("mùa", "mùa"),
    ("của", "của"),
    ("quả", "quả"),
    ("hòa", "hòa"),  # already new style
    ("Tỉnh ủy", "Tỉnh ủy"),
    ("", ""),
]


@pytest.mark.parametrize(
    ("raw", "expected"), [pytest.param(r, e, id=r or "empty") for r, e in TONE_CASES]
)
def test_unify_tone_placement(raw: str, expected: str) -> None:
    assert unify_tone_placement(raw) == expected
    assert unify_tone_placement(unicodedata.normalize("NFD", raw)) == expected


MATCH_KEY_EQUAL = [
    ("old-new-tone", "Hội nghị Tỉnh uỷ khoá XVII", "Hội nghị Tỉnh ủy khóa XVII"),
    ("case", "BÍ THƯ TỈNH ỦY", "bí thư tỉnh ủy"),
    ("nfd", unicodedata.normalize("NFD", "Hòa Bình"), "Hòa Bình"),
    ("en-dash", "Tuyên Quang – Hà Giang", "Tuyên Quang - Hà Giang"),
    ("em-dash", "Tuyên Quang — Hà Giang", "Tuyên Quang - Hà Giang"),
    ("minus-sign", "a − b", "a - b"),
    ("curly-double", "“cướp” vé số", '"cướp" vé số'),
    ("guillemets", "«cướp» vé số", '"cướp" vé số'),
    ("curly-single", "‘x’", "'x'"),
    ("whitespace", "a \n\n b\tc\u00a0d", "a b c d"),
    ("zero-width", "Tuyên\u200b Quang", "Tuyên Quang"),
    ("cgj", "\u034f".join("hoà"), "hòa"),
    ("outer-space", "  a  ", "a"),
]


@pytest.mark.parametrize(
    ("a", "b"), [pytest.param(a, b, id=name) for name, a, b in MATCH_KEY_EQUAL]
)
def test_match_key_unifies(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


MATCH_KEY_DIFFERENT = [
    ("tones-matter", "Hà", "Hạ"),
    ("quy-vs-quy-tone", "quý", "quỳ"),
    ("hoan-vs-hoa", "hoàn", "hòa"),
    ("d-vs-dd", "da", "đa"),
]


@pytest.mark.parametrize(
    ("a", "b"), [pytest.param(a, b, id=name) for name, a, b in MATCH_KEY_DIFFERENT]
)
def test_match_key_keeps_meaning(a: str, b: str) -> None:
    assert match_key(a) != match_key(b)


def test_match_key_examples() -> None:
    assert match_key("  Tỉnh Uỷ  Tuyên Quang – khoá XVII ") == "tỉnh ủy tuyên quang - khóa xvii"


# --- fold and slugify -------------------------------------------------------------------------

FOLD_CASES = [
    ("Đắk Lắk", "dak lak"),
    ("Văn hóa", "van hoa"),
    ("Văn hoá", "van hoa"),
    ("NỔ HŨ", "no hu"),
    ("nhà cái uy tín", "nha cai uy tin"),
    ("Tỉnh ủy", "tinh uy"),
    ("đánh đề", "danh de"),
    ("ĐÁNH_ĐỀ", "danh_de"),
    ("Hà Hạ Hả", "ha ha ha"),
    ("xổ số kiến thiết", "xo so kien thiet"),
    ("Quỳnh", "quynh"),
    ("Ưu tiên ươm", "uu tien uom"),
    (unicodedata.normalize("NFD", "Đồng Tháp"), "dong thap"),
    ("ab\u034fc", "abc"),
    ("abc 123", "abc 123"),
    ("", ""),
]


@pytest.mark.parametrize(
    ("raw", "expected"), [pytest.param(r, e, id=e or "empty") for r, e in FOLD_CASES]
)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


def test_fold_covers_every_vietnamese_letter() -> None:
    folded = fold(VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper())
    assert folded.isascii()
    assert set(folded) <= set("aeiouyd")


SLUG_CASES = [
    ("Văn hoá - Xã hội", "van-hoa-xa-hoi"),
    ("Văn hóa – Xã hội", "van-hoa-xa-hoi"),
    ("Thời sự", "thoi-su"),
    ("/Thoi-su", "thoi-su"),
    ("giai_bao_chi_xay_dung_dang", "giai-bao-chi-xay-dung-dang"),
    ("Quốc phòng - An ninh", "quoc-phong-an-ninh"),
    ("Y tế - Sức khỏe", "y-te-suc-khoe"),
    ("Đất và Người Tuyên Quang", "dat-va-nguoi-tuyen-quang"),
    ("  Kinh tế  ", "kinh-te"),
    ("Chuyển đổi số 4.0", "chuyen-doi-so-4-0"),
    ("“Tin” nóng!", "tin-nong"),
    ("---", ""),
    ("", ""),
]


@pytest.mark.parametrize(
    ("raw", "expected"), [pytest.param(r, e, id=e or "empty") for r, e in SLUG_CASES]
)
def test_slugify(raw: str, expected: str) -> None:
    assert slugify(raw) == expected


SEED_LIKE_SAMPLES = [
    Path(__file__).parents[1].joinpath("aggregator/samples/content.py").read_text(encoding="utf-8"),
    "Tỉnh Uỷ Tuyên Quang – khoá XVII “hoà bình” quý Quỳnh thuở hoặc ngoài",
]


def test_match_key_equals_its_first_version() -> None:
    from tests.data.text_oracle import match_key as first_version

    rng = random.Random(7)
    alphabet = (
        "aeouyqAEOUYQdđĐ hoà hoá HOÀ Quý quỳnh thuở hoặc ngoài uỷ Uỷ ạặậệ"
        "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0308\u0335\u033c"
        "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u00a0\u202f\u2003\u3000\t\n\r\v\f\x1c\x85"
        "\u2010\u2013\u2014\u2212\u201c\u201d\u00ab\u00bb\u2018\u2019`\u00b4-\"'"
        "İıſKÅẞǅСᴛ0123456789.,"
    )
    samples = [*SEED_LIKE_SAMPLES]
    samples += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)
    ]
    for s in samples:
        assert match_key(s) == first_version(s), repr(s)


def test_fold_and_search_words_equal_their_first_versions() -> None:
    from tests.data.text_oracle import fold as first_fold
    from tests.data.text_oracle import search_words as first_search_words

    rng = random.Random(11)
    alphabet = (
        "aeouydđĐ hoà HOÀ Quý thuở hoặc uỷ ạặậệ_-.,:/" + "\u0300\u0301\u0303\u0309\u0323"
        "\u0302\u0306\u031b\u1dc0\u20d0\u0488\u034f\u200b\u00a0\u201c\u201d\u2013İıſKÅẞǅæ½²"
    )
    samples = [*SEED_LIKE_SAMPLES]
    samples += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)
    ]
    samples += ["".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(20)) for _ in range(3000)]
    for s in samples:
        assert fold(s) == first_fold(s), repr(s)
        assert search_words(s) == first_search_words(s), repr(s)


def test_fold_and_search_words_on_every_character() -> None:
    """The fast paths rest on what NFD does to each character: checked for all of them, alone
    and between letters."""
    from tests.data.text_oracle import fold as first_fold
    from tests.data.text_oracle import search_words as first_search_words

    interesting = [
        c
        for c in map(chr, range(0x110000))
        if not 0xD800 <= ord(c) <= 0xDFFF
        and (
            ord(c) < 0x3000
            or unicodedata.decomposition(c)
            or unicodedata.combining(c)
            or unicodedata.category(c).startswith("M")
        )
    ]
    for char in interesting:  # every character that NFD or the fold could touch
        for s in (char, f"a{char}b"):
            assert fold(s) == first_fold(s), repr(s)
            assert search_words(s) == first_search_words(s), repr(s)
