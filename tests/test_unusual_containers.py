"""Round 13: main text in unusual containers (press releases, house ads, photo stories)."""

from __future__ import annotations

import pytest

from aggregator.extract import extract_article
from aggregator.extract.clean import is_wire_notice

STORY = (
    "Theo báo cáo của Sở Nông nghiệp, nhiều hợp tác xã ở huyện Hàm Yên đã ứng dụng phần mềm "
    "truy xuất nguồn gốc, nhờ đó thu nhập tăng gần gấp đôi so với trước. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Original-Content von: Rheintal Energie eG, übermittelt durch news aktuell", True),
        ("This press release was distributed by Courier Newswire.", True),
        ("View source version on businesswire.com: https://www.businesswire.com/x", True),
        ("Thông cáo báo chí được đăng tải nguyên văn theo đề nghị của doanh nghiệp.", True),
        ("Der Brief des Bürgermeisters wird im Wortlaut veröffentlicht.", False),
        ("Die Mitteilung wurde im Wortlaut veröffentlicht und nicht bearbeitet.", False),
        ("Distributed by Warner Bros., the film opens in cinemas on Friday.", False),
        ("Pressekontakt: Julia Meier, Telefon 07621 123456", False),
        ("Original-Content von: " + "x" * 400, False),  # a paragraph, not a notice
    ],
)
def test_is_wire_notice(text: str, expected: bool) -> None:
    assert is_wire_notice(text) is expected


def _page(body: str, lang: str = "vi") -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>T</title></head><body>'
        f"<article><h1>Tiêu đề bài viết thử nghiệm</h1><div>{body}</div></article>"
        "</body></html>"
    ).encode()


def test_press_release_ends_at_the_wire_notice() -> None:
    body = "".join(f"<p>{STORY}{k}</p>" for k in range(6)) + (
        "<p>Original-Content von: Rheintal Energie eG, übermittelt durch news aktuell</p>"
        "<p>Über das Presseportal veröffentlichen Unternehmen ihre Mitteilungen im Wortlaut.</p>"
    )
    text = extract_article(_page(body, "de"), "https://example.de/a.html").body_text
    assert f"{STORY}5".strip() in text
    assert "Presseportal" not in text
    assert "Original-Content" not in text


def test_wire_notice_before_the_story_does_not_stop_it() -> None:
    body = "<p>Original-Content von: Rheintal Energie eG</p>" + "".join(
        f"<p>{STORY}{k}</p>" for k in range(4)
    )
    text = extract_article(_page(body, "de"), "https://example.de/a.html").body_text
    assert f"{STORY}3".strip() in text


def test_picture_linked_to_another_page_with_a_line_is_a_promotion() -> None:
    ad = "Tin tức quê hương luôn bên bạn với ứng dụng Báo Sông Lô trên điện thoại di động"
    body = (
        "".join(f"<p>{STORY}{k}</p>" for k in range(3))
        + f'<div><a href="/ung-dung"><img src="/img/app.png" alt=""></a><p>{ad}</p></div>'
        + "".join(f"<p>{STORY}{k}</p>" for k in range(3, 6))
    )
    article = extract_article(_page(body), "https://baosonglo.vn/tin/a.html")
    assert ad not in article.body_text
    assert f"{STORY}5".strip() in article.body_text


@pytest.mark.parametrize("href", ["/img/big.jpg", "#", "https://baosonglo.vn/tin/a.html", None])
def test_story_picture_keeps_its_caption(href: str | None) -> None:
    caption = "Người dân thu hoạch chè trên đồi ở xã Trung Hà"
    img = '<img src="/img/p.jpg" alt="">'
    pic = f'<a href="{href}">{img}</a>' if href else img
    body = (
        "".join(f"<p>{STORY}{k}</p>" for k in range(3))
        + f"<div>{pic}<p>{caption}</p></div>"
        + "".join(f"<p>{STORY}{k}</p>" for k in range(3, 6))
    )
    article = extract_article(_page(body), "https://baosonglo.vn/tin/a.html")
    assert caption in article.body_text  # a Vietnamese page keeps its captions in the text


def test_short_slides_beside_a_long_one_are_the_story() -> None:
    long = "Since January, the local school board voted to lease land for a new panel field. " * 3
    short = "In response, several family farms raised money through a community bond."
    slides = "".join(
        f'<div class="slide"><img src="/img/s{k}.jpg" alt=""><p>{text}</p></div>'
        for k, text in enumerate((long, short, long))
    )
    body = f"<p>{long}</p><div>{slides}</div>"
    text = extract_article(_page(body, "en"), "https://example.com/a.html").body_text
    assert short in text
