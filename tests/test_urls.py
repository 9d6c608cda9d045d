"""URL canonicalization, article ids and the generic article-URL test: tables."""

from __future__ import annotations

import re

import pytest

from aggregator.urls import (
    article_id,
    canonicalize,
    is_non_article,
    looks_like_article,
    same_site,
    site_for_url,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.baotayninh.vn/khat-vong-a169010.html",
            "https://baotayninh.vn/khat-vong-a169010.html",
        ),
        (
            "https://beta.baotayninh.vn/khat-vong-a169010.html",
            "https://baotayninh.vn/khat-vong-a169010.html",
        ),
        (
            "https://baotayninh.vn/index.php/khat-vong-a169010.html",
            "https://baotayninh.vn/khat-vong-a169010.html",
        ),
        (
            "https://m.baotuyenquang.com.vn/x-1.html#binh-luan",
            "https://baotuyenquang.com.vn/x-1.html",
        ),
        (
            "HTTPS://BaoLaoCai.VN/a-post1.html?utm_source=fb&utm_medium=x",
            "https://baolaocai.vn/a-post1.html",
        ),
        ("https://baolaocai.vn/a.html?fbclid=abc&id=7", "https://baolaocai.vn/a.html?id=7"),
        ("https://baolaocai.vn/a.html?b=2&a=1", "https://baolaocai.vn/a.html?a=1&b=2"),
        ("https://baolaocai.vn:443//chinh-tri//a.html", "https://baolaocai.vn/chinh-tri/a.html"),
        (
            "http://127.0.0.1:8123/mau-tayninh/x-a1.html",
            "http://127.0.0.1:8123/mau-tayninh/x-a1.html",
        ),
        ("https://baolaocai.vn", "https://baolaocai.vn/"),
    ],
)
def test_canonicalize(url: str, expected: str) -> None:
    assert canonicalize(url) == expected
    assert canonicalize(expected) == expected  # idempotent


@pytest.mark.parametrize(
    ("url", "pattern", "expected"),
    [
        ("https://baotayninh.vn/khat-vong-a169010.html", None, "169010"),
        ("https://baolaocai.vn/ho-tro-post376814.html", None, "376814"),
        ("https://baobacninhtv.vn/le-hoi-postid12345.bbg", None, "12345"),
        ("https://baothainguyen.vn/xa-hoi/201009/tin-3679055", None, "3679055"),
        ("https://baoquangngai.vn/tin-moi-123456.htm", None, "123456"),
        ("https://baotuyenquang.com.vn/chinh-tri/trong-tinh/", None, ""),
        ("https://baotayninh.vn/khat-vong-a169010.html", re.compile(r"-a(\d+)\.html$"), "169010"),
        ("https://x.vn/a-b-c-d", re.compile(r"-(?P<id>\d+)$"), ""),
    ],
)
def test_article_id(url: str, pattern: re.Pattern[str] | None, expected: str) -> None:
    assert article_id(url, pattern) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://baodanang.vn/thoi-su/ky-hop-thu-12-hdnd-thanh-pho-3312345.html", True),
        ("https://hanoimoi.vn/ha-noi-khoi-cong-cau-tu-lien-712345.html", True),
        ("https://baodaklak.vn/kinh-te/202511/gia-ca-phe-tang-manh-trong-tuan/", False),
        ("https://baolamdong.vn/nong-dan-da-lat-trung-mua-hoa-tet-xuan-2026.html", True),
        ("https://baodanang.vn/thoi-su/", False),
        ("https://baodanang.vn/video/ky-hop-thu-12-hdnd-thanh-pho-3312345.html", False),
        ("https://baodanang.vn/tag/ky-hop-thu-12-hdnd-33.html", False),
        ("https://baotuyenquang.com.vn/chinh-tri/trong-tinh/trang-2.html", False),
        ("https://baodanang.vn/lien-he.html", False),
    ],
)
def test_looks_like_article(url: str, expected: bool) -> None:
    assert looks_like_article(url) is expected


def test_same_site_ignores_www_and_mobile() -> None:
    assert same_site("https://www.baotayninh.vn/x", ("baotayninh.vn",))
    assert same_site("https://m.baotayninh.vn/x", ("baotayninh.vn",))
    assert not same_site("https://baotayninh.vn.evil.com/x", ("baotayninh.vn",))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://baodongkhoi.vn/tin-a-b-c-12345.html", "baodongkhoi"),  # an absorbed domain
        ("https://dongkhoi.baovinhlong.vn/tin-a-b-c-12345.html", "baodongkhoi"),
        ("https://www.baotayninh.vn/x-a1.html", "baotayninh"),
        ("https://example.com/x", ""),
    ],
)
def test_site_for_url(url: str, expected: str) -> None:
    hosts = {
        "baotayninh": ("baotayninh.vn", "beta.baotayninh.vn"),
        "baodongkhoi": ("dongkhoi.baovinhlong.vn", "baodongkhoi.vn"),
    }
    assert site_for_url(url, hosts) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://bao.vn/video/", True),
        ("https://bao.vn/tim-kiem/", True),
        ("https://bao.vn/thoi-su/trang-2.html", True),
        ("https://bao.vn/kinh-te/", False),
    ],
)
def test_is_non_article(url: str, expected: bool) -> None:
    assert is_non_article(url) is expected
