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


FACTS = "Die Genossenschaft zählt inzwischen 412 Mitglieder aus drei Gemeinden im Tal."
LONG = (
    "Nach Angaben des Landkreises haben zahlreiche Haushalte im Tal eine gemeinsame Solaranlage "
    "auf dem Schuldach geplant und rechnen mit einer Amortisation in sechs Jahren. "
)


def _aside_page(aside: str) -> bytes:
    body = (
        "".join(f"<p>{LONG}{k}</p>" for k in range(3))
        + aside
        + ("".join(f"<p>{LONG}{k}</p>" for k in range(3, 6)))
    )
    return (
        '<html lang="de"><head><meta charset="utf-8"><title>T</title></head><body><main>'
        f"<article><h1>Gemeinden setzen auf Bürgerenergie</h1>{body}</article>"
        "<aside><h3>Meistgelesen</h3><p>Ein Satz in der Seitenleiste, der keine Links hat "
        "und nichts mit der Geschichte zu tun hat, außer dass er hier steht.</p></aside>"
        "</main></body></html>"
    ).encode()


def test_facts_aside_between_paragraphs_is_the_story() -> None:
    aside = f"<aside><h4>Hintergrund</h4><ul><li>{FACTS}</li></ul></aside>"
    text = extract_article(_aside_page(aside), "https://example.de/a.html").body_text
    assert FACTS in text
    assert "Seitenleiste" not in text  # the page's sidebar aside stays furniture


@pytest.mark.parametrize(
    "aside",
    [
        # a related box: links
        (
            '<aside><h4>Mehr zum Thema</h4><ul><li><a href="/a">Kreistag beschließt Haushalt mit '
            'neuen Mitteln</a></li><li><a href="/b">Warum die Strompreise steigen</a></li></ul>'
            "</aside>"
        ),
        # a newsletter box: a form
        f"<aside><p>{FACTS} Jeden Morgen im Postfach.</p><form><input name=e></form></aside>",
    ],
)
def test_other_asides_between_paragraphs_stay_furniture(aside: str) -> None:
    text = extract_article(_aside_page(aside), "https://example.de/a.html").body_text
    assert "Kreistag" not in text
    assert FACTS not in text


@pytest.mark.parametrize(
    ("markup", "paragraphs"),
    [
        ("<font>Eins zwei<br><br>drei <b>vier</b><br>fünf<br> <br>sechs</font>", 3),
        ("<div>Eine Zeile<br>noch eine<br>und noch eine</div>", 1),
        ("<div><br><br>Nach zwei Umbrüchen<br><br></div>", 1),
        ("<div>Text <p>ein Absatz, nicht der eigene</p> mehr</div>", 1),
        ("<div></div>", 0),
    ],
)
def test_own_paragraphs(markup: str, paragraphs: int) -> None:
    from lxml import html

    from aggregator.extract.content import _own_paragraphs

    assert len(_own_paragraphs(html.fragment_fromstring(markup))) == paragraphs


def test_br_story_with_few_commas_beats_the_comments() -> None:
    # German prose with few commas, 30 paragraphs (4,000+ characters) as <br><br> lines in a layout table's cell,
    # and four comments in their own paragraphs under it
    story = "<br><br>".join(
        f"Am Nachmittag haben die Landwirte im Tal Fördermittel beim Bund beantragt und "
        f"wollen im Frühjahr erweitern. Bislang hat der Versorger protestiert {k}."
        for k in range(30)
    )
    comments = "".join(
        f"<div><b>user{k}</b><p>Endlich passiert hier mal etwas, wir haben selbst über eine "
        f"Anlage nachgedacht, aber es war zu teuer, leider, sagt {k}.</p></div>"
        for k in range(4)
    )
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>T</title></head><body>'
        '<table><tr><td><a href="/a">Politik</a><br><a href="/b">Sport</a></td>'
        f'<td><font face="Arial">{story}</font></td></tr></table>'
        f"<div><h3>Kommentare</h3>{comments}</div></body></html>"
    ).encode()
    text = extract_article(page, "https://example.de/a.html").body_text
    assert "protestiert 29." in text
    assert "Endlich passiert" not in text


def _slides(texts: list[str], caption_tag: str = "p") -> str:
    return "".join(
        f'<div class="s"><img src="/img/s{k}.jpg" alt=""><div class="n">{k + 1} / {len(texts)}'
        f'</div><{caption_tag} class="t">{text}</{caption_tag}></div>'
        for k, text in enumerate(texts)
    )


@pytest.mark.parametrize("caption_tag", ["p", "div"])
def test_photo_story_slides_with_counters_are_the_story(caption_tag: str) -> None:
    long = "In response, several family farms raised money through a community bond. " * 3
    short = "Meanwhile, residents on the east side asked for clearer rules on net metering."
    texts = [f"{long}{k}" if k % 3 else f"{short} {k}" for k in range(6)]
    body = f"<p>{long}</p><div>{_slides(texts, caption_tag)}</div>"
    text = extract_article(_page(body, "en"), "https://example.com/a.html").body_text
    for t in texts:
        assert t in text


def test_gallery_of_captions_inside_a_story_is_still_dropped() -> None:
    gallery = _slides(["Panels on the roof", "Volunteers at the meeting", "The old mill"])
    body = (
        "".join(f"<p>{STORY}{k}</p>" for k in range(3))
        + f"<div>{gallery}</div>"
        + "".join(f"<p>{STORY}{k}</p>" for k in range(3, 6))
    )
    text = extract_article(_page(body, "en"), "https://example.com/a.html").body_text
    assert "Volunteers at the meeting" not in text
    assert f"{STORY}5".strip() in text
