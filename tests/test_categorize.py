"""Tables for aggregator.categorize: every section slug of notes §2.4, names, URLs, overrides."""

from __future__ import annotations

import pytest

from aggregator.categorize import (
    ALIASES,
    NON_ARTICLE_SECTIONS,
    categorize,
    is_non_article_section,
    section_key,
)
from aggregator.taxonomy import CATEGORIES, PROVINCES

# Every article-section slug listed in research/vietnam-notes.md §2.4, with where it goes.
# None of them goes to "khac": each has a sensible canonical home (commentary sections
# "su-kien-binh-luan", "phan-tich" → thoi-su; "goc-nhin" → ban-doc as the §2.5 table says).
NOTES_24_SLUGS: dict[str, str] = {
    "thoi-su": "thoi-su",
    "thoi-su-chinh-tri": "chinh-tri",
    "thoi-su-thai-nguyen": "thoi-su",
    "thoi-su-su-kien": "thoi-su",
    "thoi-su-trong-tinh": "thoi-su",
    "moi-nong": "thoi-su",
    "tin24h": "thoi-su",
    "trong-tinh": "thoi-su",
    "dia-phuong": "thoi-su",
    "trang-tin-dia-phuong": "thoi-su",
    "xa-phuong": "thoi-su",
    "chinh-tri": "chinh-tri",
    "xay-dung-dang": "chinh-tri",
    "noi-chinh": "chinh-tri",
    "bao-ve-nen-tang-tu-tuong-cua-dang": "chinh-tri",
    "phong-chong-tham-nhung": "chinh-tri",
    "cai-cach-hanh-chinh": "chinh-tri",
    "dien-dan-cu-tri": "chinh-tri",
    "kinh-te": "kinh-te",
    "doanh-nghiep": "kinh-te",
    "co-hoi-dau-tu": "kinh-te",
    "thuong-mai-dich-vu": "kinh-te",
    "cong-nghiep-ttcn": "kinh-te",
    "tai-chinh": "kinh-te",
    "bat-dong-san": "kinh-te",
    "do-thi": "kinh-te",
    "nong-nghiep": "nong-nghiep",
    "nong-nghiep-nong-thon": "nong-nghiep",
    "nong-thon-moi": "nong-nghiep",
    "xa-hoi": "xa-hoi",
    "doi-song": "xa-hoi",
    "doi-song-xa-hoi": "xa-hoi",
    "chinh-sach-xa-hoi": "xa-hoi",
    "lao-dong-viec-lam": "xa-hoi",
    "an-toan-giao-thong": "xa-hoi",
    "phap-luat": "phap-luat",
    "xa-hoi-phap-luat": "phap-luat",
    "phap-luat-doi-song": "phap-luat",
    "an-ninh-trat-tu": "phap-luat",
    "quoc-phong-an-ninh": "quoc-phong-an-ninh",
    "an-ninh-quoc-phong": "quoc-phong-an-ninh",
    "quoc-phong": "quoc-phong-an-ninh",
    "an-ninh": "quoc-phong-an-ninh",
    "van-hoa": "van-hoa",
    "van-hoa-giai-tri": "van-hoa",
    "van-hoa-nghe-thuat": "van-hoa",
    "van-hoa-van-nghe": "van-hoa",
    "van-nghe": "van-hoa",
    "van-hoa-xa-hoi": "van-hoa",
    "giai-tri": "van-hoa",
    "du-lich": "du-lich",
    "the-thao": "the-thao",
    "giao-duc": "giao-duc",
    "khoa-giao": "giao-duc",
    "khoa-hoc-giao-duc": "giao-duc",
    "y-te": "y-te",
    "y-te-suc-khoe": "y-te",
    "suc-khoe": "y-te",
    "suc-khoe-y-te": "y-te",
    "suc-khoe-doi-song": "y-te",
    "khoa-hoc-cong-nghe": "khoa-hoc-cong-nghe",
    "cong-nghe": "khoa-hoc-cong-nghe",
    "chuyen-doi-so": "khoa-hoc-cong-nghe",
    "moi-truong": "moi-truong",
    "tai-nguyen-moi-truong": "moi-truong",
    "quoc-te": "quoc-te",
    "the-gioi": "quoc-te",
    "doi-ngoai": "quoc-te",
    "ban-doc": "ban-doc",
    "toa-soan-ban-doc": "ban-doc",
    "phong-su": "phong-su",
    "phong-su-ky-su": "phong-su",
    "ky-phong-su": "phong-su",
    "dat-va-nguoi-tuyen-quang": "van-hoa",  # dat-va-nguoi-<tỉnh>
    "dat-va-nguoi-kien-giang": "van-hoa",
    "ve-tuyen-quang": "thoi-su",  # ve-<tỉnh>
    "ve-ha-giang": "thoi-su",  # an absorbed province still has its section
    "su-kien": "thoi-su",
    "goc-nhin": "ban-doc",
    "su-kien-binh-luan": "thoi-su",
    "phan-tich": "thoi-su",
    # pages (P): baotuyenquang /chinh-tri/trong-tinh/, baotayninh /thoi-su-chinh-tri/bien-dao/
    "bien-dao": "quoc-phong-an-ninh",
    "giai_bao_chi_xay_dung_dang": "chinh-tri",
}


@pytest.mark.parametrize(
    ("slug", "expected"), list(NOTES_24_SLUGS.items()), ids=list(NOTES_24_SLUGS)
)
def test_every_notes_section_slug_maps(slug: str, expected: str) -> None:
    assert categorize([slug]) == (expected, slug)
    assert expected != "khac"


# Which §2.4 sections go to "khac" on purpose: the non-article listings that have no topic
# (video, audio, e-paper, search, weather, lunar calendar, advertorials). Discovery skips them
# (is_non_article_section); if one is ever the only candidate, the item is counted as unmapped.
# emagazine/longform/megastory are the exception: §2.5 files them under phong-su.
NOTES_24_NON_ARTICLE = [
    "video", "audio", "podcast", "short-video", "multimedia", "media", "emagazine", "longform",
    "megastory", "infographic", "photo", "image", "albumphoto", "bao-anh", "bao-in",
    "doc-bao-in", "xem-bao", "epaper", "an-pham", "truyen-hinh", "phat-thanh", "tim-kiem",
    "search", "tags", "chu-de", "thong-tin-quang-cao", "thoi-tiet", "lich-am-duong",
]  # fmt: skip
LONGFORM = {"emagazine", "longform", "megastory"}


@pytest.mark.parametrize("slug", NOTES_24_NON_ARTICLE)
def test_non_article_sections(slug: str) -> None:
    assert is_non_article_section(slug)
    expected = "phong-su" if slug in LONGFORM else "khac"
    assert categorize([slug]) == (expected, slug)


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("/Video/", True),
        ("video-thoi-su", True),
        ("Podcast", True),
        ("Báo in", True),
        ("Tìm kiếm", True),
        ("E-magazine", True),
        ("thoi-su", False),
        ("anh-hung-luc-luong-vu-trang", False),  # "anh" (photo) only as the whole segment
        ("media-doi-song", False),
        ("phong-su", False),
        ("", False),
    ],
)
def test_is_non_article_section(segment: str, expected: bool) -> None:
    assert is_non_article_section(segment) is expected


def test_alias_table_covers_every_real_category() -> None:
    assert set(ALIASES) == set(CATEGORIES) - {"khac"}
    for slug, aliases in ALIASES.items():
        assert slug in aliases  # the canonical slug is its own alias


@pytest.mark.parametrize("slug", sorted(set(CATEGORIES) - {"khac"}))
def test_canonical_vietnamese_names_map_to_themselves(slug: str) -> None:
    name = CATEGORIES[slug]
    assert categorize([name])[0] == slug


@pytest.mark.parametrize("province", list(PROVINCES))
def test_province_patterns(province: str) -> None:
    assert categorize([f"ve-{province}"])[0] == "thoi-su"
    assert categorize([f"dat-va-nguoi-{province}"])[0] == "van-hoa"
    assert categorize([f"{province}-hom-nay"])[0] == "thoi-su"


# Raw names and URLs as sites hand them over.
RAW_CASES = [
    ("compound-first-listed", ["Văn hóa - Xã hội"], "van-hoa"),
    ("compound-old-tone", ["Văn hoá - Xã hội"], "van-hoa"),
    ("compound-en-dash", ["Văn hóa – Xã hội"], "van-hoa"),
    ("compound-not-in-table", ["Kinh tế - Xã hội"], "kinh-te"),
    ("compound-table-wins", ["Xã hội - Pháp luật"], "phap-luat"),
    ("compound-giao-duc-y-te", ["Giáo dục - Y tế"], "giao-duc"),
    ("case-slug", ["/Thoi-su"], "thoi-su"),
    ("case-slug-chinh-tri", ["/Chinh-tri"], "chinh-tri"),
    ("id-suffix", ["/thoi-su-215.html"], "thoi-su"),
    ("id-suffix-no-ext", ["kinh-te-12"], "kinh-te"),
    ("underscore", ["giai_bao_chi_xay_dung_dang"], "chinh-tri"),
    ("aspx", ["/Pages/the-thao.aspx"], "the-thao"),
    ("upper-name", ["THỂ THAO"], "the-thao"),
    ("nfd-name", ["Gia\u0301o du\u0323c"], "giao-duc"),
    ("sapo-name", ["Sức khỏe"], "y-te"),
    ("suc-khoe-old-tone", ["Sức khoẻ"], "y-te"),
    ("ocop", ["OCOP"], "nong-nghiep"),
    ("dat-va-nguoi", ["Đất và người Tuyên Quang"], "van-hoa"),
    ("ve-tinh-name", ["Về Tây Ninh"], "thoi-su"),
    ("hoc-tap-bac", ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"], "chinh-tri"),
    ("lottery-results", ["Kết quả xổ số"], "kinh-te"),
    ("lottery-xskt", ["XSKT"], "kinh-te"),
    ("lottery-province", ["Kết quả xổ số Kiên Giang"], "kinh-te"),
    ("lottery-url", ["/xo-so/"], "kinh-te"),
    ("breadcrumb-string", ["Thời sự › Trong tỉnh"], "thoi-su"),
    ("breadcrumb-string-gt", ["Trang chủ > Kinh tế > Doanh nghiệp"], "kinh-te"),
    ("full-url", ["https://baotuyenquang.com.vn/chinh-tri/trong-tinh/abc-123.html"], "chinh-tri"),
    ("path-with-sub", ["/thoi-su-chinh-tri/bien-dao/"], "chinh-tri"),
    ("path-underscore", ["/thoi-su-chinh-tri/giai_bao_chi_xay_dung_dang/"], "chinh-tri"),
    (
        "long-article-slug-ignored",
        ["/cung-co-moi-quan-he-mat-thiet-voi-nhan-dan-kinh-te-1.html"],
        "khac",
    ),
    ("generic-loses-to-specific", ["Trang chủ", "Tin tức", "Kinh tế"], "kinh-te"),
    ("generic-alone", ["Tin tức"], "thoi-su"),
    ("generic-then-url", ["Tin mới", "/giao-duc/"], "giao-duc"),
    ("priority-order", ["Thể thao", "/kinh-te/"], "the-thao"),
    ("skip-unknown-first", ["Lạ lùng", "Du lịch"], "du-lich"),
    ("video-then-topic", ["Video", "Thời sự"], "thoi-su"),
    ("video-compound-path", ["/video/thoi-su/"], "thoi-su"),
    ("bong-da", ["Bóng đá"], "the-thao"),
    ("spaced-name-of-joined-slug", ["Tin 24h"], "thoi-su"),
    ("joined-slug", ["/vanhoa/"], "van-hoa"),
    ("the-gioi", ["Thế giới"], "quoc-te"),
    ("kieu-bao", ["Kiều bào"], "quoc-te"),
    ("bien-gioi", ["Biên giới"], "quoc-phong-an-ninh"),
    ("emagazine-url", ["/emagazine/"], "phong-su"),
    ("empty", [], "khac"),
    ("blank-strings", ["", "  "], "khac"),
    ("home-only", ["Trang chủ"], "khac"),
]


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [pytest.param(c, e, id=name) for name, c, e in RAW_CASES],
)
def test_categorize_raw(candidates: list[str], expected: str) -> None:
    assert categorize(candidates)[0] == expected


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        pytest.param(["Thể thao", "/kinh-te/"], ("the-thao", "Thể thao"), id="first-decides"),
        pytest.param(["Lạ lùng", "Du lịch"], ("du-lich", "Du lịch"), id="second-decides"),
        pytest.param(["Lạ lùng", "Kỳ thú"], ("khac", "Lạ lùng"), id="unmapped-first-raw"),
        pytest.param(["Trang chủ", "Lạ lùng"], ("khac", "Lạ lùng"), id="unmapped-skips-home"),
        pytest.param(["Trang chủ"], ("khac", ""), id="only-navigation"),
        pytest.param([], ("khac", ""), id="nothing"),
    ],
)
def test_categorize_returns_deciding_raw(candidates: list[str], expected: tuple[str, str]) -> None:
    assert categorize(candidates) == expected


OVERRIDES = {"Bạn đọc": "xa-hoi", "Lạ lùng": "van-hoa", "doi-song": "y-te", "Tin 24h": "kinh-te"}


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        pytest.param(["Bạn đọc"], "xa-hoi", id="override-wins-over-table"),
        pytest.param(["ban-doc"], "xa-hoi", id="override-folded-key"),
        pytest.param(["BẠN ĐỌC"], "xa-hoi", id="override-case"),
        pytest.param(["Lạ lùng"], "van-hoa", id="override-new-section"),
        pytest.param(["/la-lung-12.html"], "van-hoa", id="override-url-id"),
        pytest.param(["Đời sống"], "y-te", id="override-by-slug-key"),
        pytest.param(["tin24h"], "kinh-te", id="override-generic"),
        pytest.param(["Thể thao"], "the-thao", id="no-override-uses-table"),
    ],
)
def test_overrides(candidates: list[str], expected: str) -> None:
    assert categorize(candidates, OVERRIDES)[0] == expected


def test_override_with_unknown_slug_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown category"):
        categorize(["x"], {"x": "sports"})


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Văn hoá - Xã hội", "van-hoa-xa-hoi"),
        ("/Thoi-su-215.html", "thoi-su"),
        ("giai_bao_chi_xay_dung_dang", "giai-bao-chi-xay-dung-dang"),
        ("tin24h", "tin24h"),
        ("2024", "2024"),
        ("", ""),
    ],
)
def test_section_key(raw: str, key: str) -> None:
    assert section_key(raw) == key


def test_non_article_sections_are_keys() -> None:
    assert all(section_key(s) == s for s in NON_ARTICLE_SECTIONS)
