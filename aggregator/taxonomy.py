"""Canonical categories and the 34 post-2025 provinces: the vocabularies feeds are grouped by.

Slugs are the published interface (``feeds/category/<slug>.rss``, ``feeds/province/<slug>.rss``);
names are what readers see. Order is the order of the index page and the OPML file.
"""

from __future__ import annotations

# The 18 canonical categories of DESIGN.md, slug -> Vietnamese name.
CATEGORIES: dict[str, str] = {
    "thoi-su": "Thời sự",
    "chinh-tri": "Chính trị",
    "kinh-te": "Kinh tế",
    "nong-nghiep": "Nông nghiệp - Nông thôn",
    "xa-hoi": "Xã hội",
    "phap-luat": "Pháp luật",
    "quoc-phong-an-ninh": "Quốc phòng - An ninh",
    "van-hoa": "Văn hóa - Văn nghệ",
    "du-lich": "Du lịch",
    "giao-duc": "Giáo dục",
    "y-te": "Y tế - Sức khỏe",
    "khoa-hoc-cong-nghe": "Khoa học - Công nghệ",
    "moi-truong": "Tài nguyên - Môi trường",
    "the-thao": "Thể thao",
    "quoc-te": "Quốc tế",
    "ban-doc": "Bạn đọc",
    "phong-su": "Phóng sự - Ký sự",
    "khac": "Khác",
}
FALLBACK_CATEGORY = "khac"

# The 34 provincial units since 1 July 2025 (code order of the 2025 list), slug -> name.
PROVINCES: dict[str, str] = {
    "ha-noi": "TP Hà Nội",
    "cao-bang": "Cao Bằng",
    "tuyen-quang": "Tuyên Quang",
    "dien-bien": "Điện Biên",
    "lai-chau": "Lai Châu",
    "son-la": "Sơn La",
    "lao-cai": "Lào Cai",
    "thai-nguyen": "Thái Nguyên",
    "lang-son": "Lạng Sơn",
    "quang-ninh": "Quảng Ninh",
    "bac-ninh": "Bắc Ninh",
    "phu-tho": "Phú Thọ",
    "hai-phong": "TP Hải Phòng",
    "hung-yen": "Hưng Yên",
    "ninh-binh": "Ninh Bình",
    "thanh-hoa": "Thanh Hóa",
    "nghe-an": "Nghệ An",
    "ha-tinh": "Hà Tĩnh",
    "quang-tri": "Quảng Trị",
    "hue": "TP Huế",
    "da-nang": "TP Đà Nẵng",
    "quang-ngai": "Quảng Ngãi",
    "gia-lai": "Gia Lai",
    "khanh-hoa": "Khánh Hòa",
    "dak-lak": "Đắk Lắk",
    "lam-dong": "Lâm Đồng",
    "dong-nai": "Đồng Nai",
    "ho-chi-minh": "TP Hồ Chí Minh",
    "tay-ninh": "Tây Ninh",
    "dong-thap": "Đồng Tháp",
    "vinh-long": "Vĩnh Long",
    "an-giang": "An Giang",
    "can-tho": "TP Cần Thơ",
    "ca-mau": "Cà Mau",
}
assert len(PROVINCES) == 34
