"""Map a site's own section names / slugs onto the canonical categories of taxonomy.CATEGORIES.

Public API:

- :func:`categorize` (candidates in priority order, per-site overrides → (slug, deciding raw));
- :func:`section_key` (the folded lookup key of one raw section);
- :func:`is_non_article_section` (discovery skips video/podcast/e-paper/search… listings).

Matching rules (research/vietnam-notes.md §2.4, §2.5):

1. Every raw candidate is reduced to a key: folded (no diacritics, "đ"→"d", lower-case), file
   extension dropped (".html"), underscores and other non-alphanumerics → "-", a trailing
   numeric id dropped ("/thoi-su-215.html" → "thoi-su", Hậu Giang's CMS). A URL or path
   candidate is tried as a whole, then segment by segment; a breadcrumb string
   ("Thời sự › Trong tỉnh") part by part.
2. A key is looked up in: the site's overrides (its ``[categories]`` table, keys folded the same
   way; they win over the global table), the alias table :data:`ALIASES`, the ``<tỉnh>``
   patterns (:data:`PATTERNS`), and finally — for compound sections not in the table
   ("Kinh tế - Xã hội", "thoi-su-thai-nguyen") — the first alias found inside it, scanning
   left to right, so a compound maps to its *first listed* canonical. Explicit table entries
   win over that rule (the notes list "xa-hoi-phap-luat" under phap-luat on purpose).
3. Generic "news" sections (tin-tuc, tin-moi, su-kien, …) map to thoi-su only if no candidate
   says anything more specific: a breadcrumb "Trang chủ › Tin tức › Kinh tế" is kinh-te.
4. Lottery sections ("Kết quả xổ số", XSKT, KQXS) → kinh-te (notes §2.5 suggestion; lottery
   results are legitimate, see spam.py, and economic news is where provincial papers file
   them). A dedicated "xo-so" bucket would be a product decision; not done here.
5. Nothing matched → ("khac", the first non-navigation raw candidate), so the pipeline can
   count unmapped sections per site and someone can add an override.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from urllib.parse import urlsplit

from aggregator.taxonomy import CATEGORIES, FALLBACK_CATEGORY, PROVINCES
from aggregator.text import slugify

__all__ = [
    "ALIASES",
    "ENGLISH_ALIASES",
    "NON_ARTICLE_SECTIONS",
    "categorize",
    "is_non_article_section",
    "section_key",
]

# --- data -------------------------------------------------------------------------------------

# Canonical slug → aliases (folded slugs). From notes §2.5's table, plus the §2.4 slugs it did
# not list (marked "§2.4") and lottery sections (rule 4). Order inside a tuple does not matter.
ALIASES: dict[str, tuple[str, ...]] = {
    "thoi-su": (
        "thoi-su", "tin-tuc", "tin-moi", "tin24h", "moi-nong", "su-kien", "thoi-su-su-kien",
        "thoi-su-binh-luan", "thoi-su-trong-tinh", "thoi-su-trong-nuoc", "trong-tinh",
        "dia-phuong", "trang-tin-dia-phuong", "trang-dia-phuong", "xa-phuong", "tieu-diem",
        "diem-bao", "trong-nuoc", "tin-noi-bat", "tin-trong-tinh",
        "su-kien-binh-luan", "binh-luan", "phan-tich",  # §2.4: commentary on current affairs
    ),
    "chinh-tri": (
        "chinh-tri", "thoi-su-chinh-tri", "xay-dung-dang", "xay-dung-dang-chinh-quyen",
        "noi-chinh", "bao-ve-nen-tang-tu-tuong-cua-dang", "phong-chong-tham-nhung",
        "cai-cach-hanh-chinh", "hoi-dong-nhan-dan", "mat-tran-to-quoc", "dien-dan-cu-tri",
        "dai-bieu-voi-cu-tri", "doan-the", "hoat-dong-doan-the", "nghi-quyet-cua-dang",
        "theo-guong-bac", "tin-tuc-dai-hoi", "giai-bao-chi-xay-dung-dang", "dai-hoi-dang",
    ),
    "kinh-te": (
        "kinh-te", "doanh-nghiep", "co-hoi-dau-tu", "xuc-tien-dau-tu", "kinh-te-thi-truong",
        "thi-truong", "thuong-mai-dich-vu", "cong-thuong", "cong-nghiep-ttcn", "tai-chinh",
        "bat-dong-san", "do-thi", "xay-dung-do-thi", "ket-noi-doanh-nghiep", "hoi-nhap-quoc-te",
        "dau-tu", "kinh-doanh",
        # rule 4: lottery results and lottery-company news
        "xo-so", "xo-so-kien-thiet", "ket-qua-xo-so", "xskt", "kqxs",
    ),
    "nong-nghiep": (
        "nong-nghiep", "nong-nghiep-nong-thon", "nong-thon-moi", "ocop", "review-ocop", "tam-nong",
        "nong-nghiep-nong-dan-nong-thon", "khuyen-nong",
    ),
    "xa-hoi": (
        "xa-hoi", "doi-song", "doi-song-xa-hoi", "chinh-sach-xa-hoi", "lao-dong",
        "lao-dong-viec-lam", "bao-hiem-xa-hoi", "an-toan-giao-thong", "giao-thong", "cong-dong",
        "nhip-song-tre", "nguoi-tot", "tam-long-vang", "tu-thien", "dan-toc-mien-nui",
        "dan-toc-ton-giao", "gia-dinh",
    ),
    "phap-luat": (
        "phap-luat", "xa-hoi-phap-luat", "phap-luat-doi-song", "an-ninh-trat-tu",
        "tim-hieu-phap-luat", "van-ban-phap-luat", "cung-phong-chong-toi-pham", "ban-tin-113",
    ),
    "quoc-phong-an-ninh": (
        "quoc-phong-an-ninh", "an-ninh-quoc-phong", "quoc-phong", "an-ninh", "bien-dao",
        "bien-dao-viet-nam", "bien-gioi", "quan-su",
    ),
    "van-hoa": (
        "van-hoa", "van-hoa-giai-tri", "van-hoa-nghe-thuat", "van-hoa-van-nghe", "van-nghe",
        "van-hoa-xa-hoi", "van-hoa-du-lich-van-hoc-nghe-thuat", "giai-tri", "dien-anh",
        "dat-va-nguoi", "van-hoc-nghe-thuat", "van-hoc", "le-hoi", "di-san",
    ),
    "du-lich": ("du-lich", "diem-den", "kham-pha", "van-hoa-du-lich"),
    "giao-duc": (
        "giao-duc", "khoa-giao", "khoa-hoc-giao-duc", "giao-duc-dao-tao", "tuyen-sinh", "hoc-duong",
    ),
    "y-te": (
        "y-te", "suc-khoe", "y-te-suc-khoe", "suc-khoe-y-te", "suc-khoe-doi-song", "goc-suc-khoe",
        "an-toan-thuc-pham",
    ),
    "khoa-hoc-cong-nghe": (
        "khoa-hoc-cong-nghe", "khoa-hoc", "cong-nghe", "chuyen-doi-so", "nhip-song-so",
        "cong-nghe-moi", "so-hoa",
    ),
    "moi-truong": ("moi-truong", "tai-nguyen-moi-truong", "bien-doi-khi-hau", "tai-nguyen"),
    "the-thao": (
        "the-thao", "the-thao-trong-tinh", "the-thao-trong-nuoc", "the-thao-quoc-te",
        "the-thao-nuoc-ngoai", "bong-da",
    ),
    "quoc-te": (
        "quoc-te", "the-gioi", "doi-ngoai", "thoi-su-quoc-te", "ban-tin-the-gioi", "kieu-bao",
        "hop-tac-quoc-te",
    ),
    "ban-doc": (
        "ban-doc", "toa-soan-ban-doc", "van-de-ban-doc-quan-tam", "nhip-cau-ban-doc",
        "thu-ban-doc", "goc-nhin", "y-kien", "ban-doc-viet", "hop-thu-ban-doc",
    ),
    "phong-su": (
        "phong-su", "phong-su-ky-su", "ky-phong-su", "phong-su-dieu-tra", "chuyen-de",
        "emagazine", "e-magazine", "longform", "megastory",  # §2.5: if the text is extractable
    ),
}  # fmt: skip

# English editions' section names and slugs (Báo Tuyên Quang has one, notes §2.1; the English
# column of notes §2.5), folded like the others. Kept apart for reading; merged into ALIASES below,
# so both languages go through the same table and the same rules.
ENGLISH_ALIASES: dict[str, tuple[str, ...]] = {
    "thoi-su": ("current-affairs", "latest-news", "local-news", "breaking-news", "headlines"),
    "chinh-tri": ("politics", "party-building", "government", "state-affairs"),
    "kinh-te": (
        "economy", "business", "economics", "finance", "investment", "real-estate", "markets",
        "economy-business", "business-economy",
    ),
    "nong-nghiep": ("agriculture", "rural-development", "farming", "new-rural-areas"),
    "xa-hoi": ("society", "labour", "labor", "employment", "traffic", "community", "ethnic-minorities"),
    "phap-luat": ("law", "legal", "justice", "crime", "law-justice"),
    "quoc-phong-an-ninh": (
        "national-defence", "national-defense", "defence", "defense", "security",
        "national-security", "defence-security", "defense-security", "military", "sea-and-islands",
    ),
    "van-hoa": ("culture", "arts", "culture-arts", "entertainment", "heritage", "literature"),
    "du-lich": ("travel", "tourism", "destinations", "travel-tourism"),
    "giao-duc": ("education", "education-training"),
    "y-te": ("health", "healthcare", "medicine", "food-safety"),
    "khoa-hoc-cong-nghe": (
        "science", "technology", "science-technology", "sci-tech", "digital-transformation",
    ),
    "moi-truong": ("environment", "natural-resources", "climate-change", "natural-resources-environment"),
    "the-thao": ("sports", "sport", "football", "soccer"),
    "quoc-te": ("world", "international", "foreign-affairs", "diplomacy", "overseas-vietnamese"),
    "ban-doc": ("readers", "opinion", "letters", "readers-forum"),
    "phong-su": ("features", "feature", "reportage", "in-depth", "investigation"),
}  # fmt: skip
ALIASES = {slug: (*ALIASES[slug], *ENGLISH_ALIASES.get(slug, ())) for slug in ALIASES}

# Generic "news" aliases: thoi-su only when no candidate names anything more specific (rule 3).
GENERIC_ALIASES = frozenset({"tin-tuc", "tin-moi", "tin24h", "moi-nong", "su-kien", "tin-noi-bat"})

# Navigation crumbs that say nothing about the topic: never decide, never the "unmapped" raw.
NAVIGATION_KEYS = frozenset({"", "trang-chu", "home", "index", "tin", "bai-viet", "news", "vi"})

# Absorbed provinces (the 29 pre-2025 units merged away) and other names seen in slugs, so that
# "ve-ha-giang", "dat-va-nguoi-kien-giang" and "binh-duong-hom-nay" match too.
OLD_PROVINCE_SLUGS: tuple[str, ...] = (
    "ha-giang", "yen-bai", "bac-kan", "hoa-binh", "vinh-phuc", "bac-giang", "hai-duong",
    "thai-binh", "ha-nam", "nam-dinh", "quang-binh", "quang-nam", "kon-tum", "binh-dinh",
    "phu-yen", "ninh-thuan", "dak-nong", "binh-thuan", "binh-phuoc", "binh-duong",
    "ba-ria-vung-tau", "long-an", "tien-giang", "ben-tre", "tra-vinh", "hau-giang", "soc-trang",
    "bac-lieu", "kien-giang", "thua-thien-hue", "tp-hcm", "hcm", "sai-gon", "tphcm", "hanoi",
)  # fmt: skip
_PROVINCE_ALT = "|".join(
    sorted({*PROVINCES, *OLD_PROVINCE_SLUGS}, key=len, reverse=True)  # longest first
)

# The "<tỉnh>" rows of notes §2.5 as patterns on the key.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"ve-(?:{_PROVINCE_ALT})"), "thoi-su"),
    (re.compile(rf"(?:{_PROVINCE_ALT})-hom-nay"), "thoi-su"),
    (re.compile(rf"thoi-su-(?:{_PROVINCE_ALT})"), "thoi-su"),  # §2.4 thoi-su-thai-nguyen
    (re.compile(r"dat-va-nguoi(?:-[a-z0-9-]+)?"), "van-hoa"),  # any place name after it
    (re.compile(r"hoc-tap-va-lam-theo(?:-[a-z0-9-]+)?"), "chinh-tri"),
)

# Listing sections whose items are not text articles (notes §2.4): discovery skips them.
# Exact keys; those in NON_ARTICLE_PREFIXES also match as "<prefix>-…" ("video-thoi-su").
NON_ARTICLE_SECTIONS = frozenset(
    {
        "video", "videos", "audio", "podcast", "podcasts", "short-video", "multimedia", "media",
        "emagazine", "e-magazine", "longform", "megastory", "infographic", "infographics",
        "photo", "photos", "image", "images", "albumphoto", "album-anh", "bao-anh", "anh",
        "phong-su-anh", "bao-in", "doc-bao-in", "xem-bao", "epaper", "e-paper", "an-pham",
        "truyen-hinh", "phat-thanh", "tv", "radio", "clip", "tim-kiem", "search", "tags", "tag",
        "chu-de", "thong-tin-quang-cao", "quang-cao", "thoi-tiet", "lich-am-duong", "rss",
    }
)  # fmt: skip
NON_ARTICLE_PREFIXES: tuple[str, ...] = (
    "video", "podcast", "emagazine", "e-magazine", "infographic", "multimedia", "longform",
    "megastory", "truyen-hinh", "phat-thanh", "bao-in", "tim-kiem",
)  # fmt: skip

# Sub-sequence matching only on short keys: a long key is an article slug, whose words
# ("…-kinh-te-…") say nothing about the section.
MAX_COMPOUND_PARTS = 6

_ALIAS_TO_SLUG: dict[str, str] = {
    alias: slug for slug, aliases in ALIASES.items() for alias in aliases
}
# Hyphen-less twins, so "Tin 24h" (key "tin-24h") finds "tin24h" and "vanhoa" finds "van-hoa".
_COMPACT_TO_SLUG: dict[str, str] = {a.replace("-", ""): s for a, s in _ALIAS_TO_SLUG.items()}
assert set(ALIASES) <= set(CATEGORIES)
assert len(_ALIAS_TO_SLUG) == sum(len(a) for a in ALIASES.values()), "an alias is listed twice"

# --- keys -------------------------------------------------------------------------------------

_EXTENSION_RE = re.compile(r"\.(?:html?|aspx?|php|shtml|cms)$", re.IGNORECASE)
_ID_SUFFIX_RE = re.compile(r"(?:-\d+)+$")
_BREADCRUMB_SPLIT_RE = re.compile(r"\s*[>›»|/]\s*")


def section_key(raw: str) -> str:
    """The lookup key of one raw section: "Văn hoá - Xã hội" → "van-hoa-xa-hoi",
    "/Thoi-su-215.html" → "thoi-su", "giai_bao_chi_xay_dung_dang" → "giai-bao-chi-xay-dung-dang".
    """
    text = _EXTENSION_RE.sub("", raw.strip().strip("/"))
    key = slugify(text)
    stripped = _ID_SUFFIX_RE.sub("", key)
    return stripped or key  # a purely numeric segment stays as it is (and matches nothing)


def _keys(raw: str) -> Iterator[str]:
    """Keys to try for one candidate: the whole, then each path segment / breadcrumb part."""
    text = raw.strip()
    if "://" in text or text.startswith("//"):
        text = urlsplit(text if "://" in text else "http:" + text).path
    yield section_key(text)
    parts = [p for p in _BREADCRUMB_SPLIT_RE.split(text) if p.strip()]
    if len(parts) > 1:
        for part in parts:
            yield section_key(part)


def is_non_article_section(segment: str) -> bool:
    """True for listing sections whose items are not text articles (video, e-paper, search…)."""
    key = section_key(segment)
    return key in NON_ARTICLE_SECTIONS or any(key.startswith(p + "-") for p in NON_ARTICLE_PREFIXES)


# --- lookup -----------------------------------------------------------------------------------


def _lookup(key: str, overrides: Mapping[str, str], allow_generic: bool) -> str | None:
    if not key or key in NAVIGATION_KEYS:
        return None
    compact = key.replace("-", "")
    if key in overrides:
        return overrides[key]
    if compact in overrides:
        return overrides[compact]
    slug = _ALIAS_TO_SLUG.get(key) or _COMPACT_TO_SLUG.get(compact)
    generic = key in GENERIC_ALIASES or compact in _COMPACT_GENERIC
    if slug and (allow_generic or not generic):
        return slug
    for pattern, pattern_slug in PATTERNS:
        if pattern.fullmatch(key):
            return pattern_slug
    # Compound sections: the first alias inside the key, left to right, longest first.
    words = key.split("-")
    if len(words) > MAX_COMPOUND_PARTS:
        return None
    for start in range(len(words)):
        for end in range(len(words), start, -1):
            if (start, end) == (0, len(words)):
                continue  # the whole key was tried above
            sub = "-".join(words[start:end])
            if sub in overrides:
                return overrides[sub]
            slug = _ALIAS_TO_SLUG.get(sub)
            if slug and sub not in GENERIC_ALIASES:
                return slug
    return None


_COMPACT_GENERIC = frozenset(a.replace("-", "") for a in GENERIC_ALIASES)


def _normalize_overrides(overrides: Mapping[str, str]) -> dict[str, str]:
    normalized: dict[str, str] = {}
    for section, slug in overrides.items():
        if slug not in CATEGORIES:
            raise ValueError(f"category override {section!r} → {slug!r}: unknown category slug")
        key = section_key(section)
        normalized[key] = slug
        normalized.setdefault(key.replace("-", ""), slug)
    return normalized


def categorize(
    candidates: Iterable[str], overrides: Mapping[str, str] | None = None
) -> tuple[str, str]:
    """(canonical category slug, the raw candidate that decided it).

    ``candidates`` in priority order: the site's section / breadcrumb entries, JSON-LD
    ``articleSection``, URL path segments (or the whole path). ``overrides`` is the site file's
    ``[categories]`` table (site section → slug); its keys are folded like candidates and it
    wins over the global table. Unknown override slugs raise ValueError (a site-file error).
    Fallback: ``("khac", first non-navigation raw candidate)``, or ``("khac", "")`` if none.
    """
    raws = [c for c in candidates if c and c.strip()]
    site = _normalize_overrides(overrides or {})
    for allow_generic in (False, True):
        for raw in raws:
            for key in _keys(raw):
                slug = _lookup(key, site, allow_generic)
                if slug:
                    return slug, raw
    unmapped = next((r for r in raws if section_key(r) not in NAVIGATION_KEYS), "")
    return FALLBACK_CATEGORY, unmapped
