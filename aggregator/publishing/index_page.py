"""index.html: the page a person lands on. Vietnamese, no JavaScript, readable on a phone.

A search form (a plain GET form to the query feeds of ``scrapy serve``) follows the "all" feed.
Every feed is a card with its item count, latest headline, last update and subscribe links for
each format; sites carry their health (broken, compromised) and a summary of unhealthy sites sits
at the top. Place feeds (communes and wards, possibly thousands) are a compact list per province
in a <details> that opens without JavaScript. The page is a pure function of the feeds, so it
changes only when they do.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from aggregator.publishing.model import BRAND, Feed, province_name
from aggregator.publishing.opml import feed_name
from aggregator.taxonomy import CATEGORIES, PROVINCES

FORMAT_LABELS: tuple[tuple[str, str], ...] = (("rss", "RSS"), ("atom", "Atom"), ("json", "JSON"))
HEALTH_LABELS = {
    "broken": "Đang lỗi",
    "compromised": "Có dấu hiệu bị tấn công",
}

_CSS = """
:root{--bg:#fbfaf7;--fg:#1d1f21;--muted:#5b6169;--card:#fff;--line:#e3e0d8;--accent:#9f1d20;
--link:#0b5394;--warn-bg:#fff4d6;--warn-fg:#6b4a00;--bad-bg:#fde7e7;--bad-fg:#8a1414;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#141517;--fg:#ececec;--muted:#a9b0b8;--card:#1e2023;
--line:#33363b;--accent:#ff8a80;--link:#8cc4ff;--warn-bg:#3a2f10;--warn-fg:#ffd98a;--bad-bg:#3d1719;
--bad-fg:#ffb4ae}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",
Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
a{color:var(--link);text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--card);padding:.5rem}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
header{border-bottom:4px solid var(--accent);background:var(--card)}
header .wrap{padding-top:1.5rem;padding-bottom:1rem}
h1{margin:0 0 .25rem;font-size:clamp(1.6rem,4vw,2.3rem);color:var(--accent);letter-spacing:-.01em}
.lead{margin:.25rem 0 .75rem;font-size:1.08rem;max-width:48rem}
.stamp{margin:0;color:var(--muted);font-size:.95rem}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:.75rem 0 0}
nav a{font-weight:600}
main{padding:1rem 0 3rem}
h2{font-size:1.35rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
.hint{color:var(--muted);margin:-.25rem 0 1rem}
.cards{list-style:none;padding:0;margin:0;display:grid;gap:.75rem;
grid-template-columns:repeat(auto-fill,minmax(min(100%,17rem),1fr))}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.8rem .9rem;
display:flex;flex-direction:column;gap:.3rem}
.card h3{font-size:1.05rem;margin:0}
.card.empty h3{color:var(--muted)}
.meta{margin:0;color:var(--muted);font-size:.88rem}
.latest{margin:0;font-size:.95rem}
.latest a{color:var(--fg)}
.latest .label{color:var(--muted)}
.subscribe{margin:auto 0 0;padding-top:.35rem;display:flex;flex-wrap:wrap;gap:.4rem;font-size:.9rem}
.subscribe a{display:inline-block;padding:.2rem .6rem;border:1px solid var(--line);border-radius:999px;
text-decoration:none;font-weight:600;min-width:2.75rem;text-align:center}
.subscribe a:hover{border-color:var(--link)}
.badge{display:inline-block;font-size:.8rem;font-weight:700;padding:.05rem .5rem;border-radius:.3rem}
.badge.broken{background:var(--warn-bg);color:var(--warn-fg)}
.badge.compromised{background:var(--bad-bg);color:var(--bad-fg)}
.note{margin:0;font-size:.88rem}
.health{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);
border-radius:.5rem;padding:.5rem 1rem;margin-top:1.5rem}
.health h2{margin-top:.5rem}
.health ul{padding-left:1.1rem;margin:.5rem 0}
.featured{border-width:2px}
details.places{background:var(--card);border:1px solid var(--line);border-radius:.5rem;
margin:0 0 .5rem}
details.places summary{cursor:pointer;padding:.7rem .9rem;font-weight:600;min-height:2.75rem}
details.places summary .meta{font-weight:400}
details.places ul{list-style:none;margin:0;padding:0 .9rem .6rem}
details.places li{display:flex;flex-wrap:wrap;align-items:baseline;gap:.15rem .6rem;
padding:.45rem 0;border-top:1px solid var(--line)}
details.places li .place{flex:1 1 12rem;font-weight:600}
details.places .subscribe{margin:0;padding:0}
form.search{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.8rem .9rem;
display:grid;gap:.6rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr));align-items:end}
form.search label{display:flex;flex-direction:column;gap:.2rem;font-weight:600;font-size:.95rem}
form.search input,form.search select{font:inherit;padding:.45rem .55rem;border:1px solid var(--line);
border-radius:.35rem;background:var(--bg);color:var(--fg);min-height:2.75rem;width:100%}
form.search .buttons{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;grid-column:1/-1}
form.search button{font:inherit;font-weight:700;padding:.45rem .9rem;min-height:2.75rem;border-radius:999px;
border:1px solid var(--accent);background:var(--accent);color:var(--card);cursor:pointer}
form.search button.alt{background:transparent;color:var(--link);border-color:var(--line)}
form.search input:focus-visible,form.search select:focus-visible,form.search button:focus-visible{
outline:3px solid var(--accent);outline-offset:2px}
code{font-size:.92em;overflow-wrap:anywhere}
footer{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem;padding:1rem 0 2rem}
"""


def vn_number(n: int) -> str:
    """1234567 → "1.234.567": Vietnamese groups thousands with dots."""
    return f"{n:,}".replace(",", ".")


def vn_datetime(value: datetime) -> str:
    """ "12/10/2025 10:00": day first, 24-hour clock, as Vietnamese readers write it."""
    return value.strftime("%d/%m/%Y %H:%M")


def _card(feed: Feed, heading: str = "h3", featured: bool = False) -> str:
    name = feed_name(feed)
    classes = ["card"]
    if not feed.items:
        classes.append("empty")
    if featured:
        classes.append("featured")
    parts = [f'<li class="{" ".join(classes)}" id="{escape(feed.anchor)}">']
    title = escape(name)
    if feed.kind == "site" and feed.health and feed.health.status in HEALTH_LABELS:
        status = feed.health.status
        title += f' <span class="badge {status}">{HEALTH_LABELS[status]}</span>'
    parts.append(f"<{heading}>{title}</{heading}>")
    if feed.kind == "site" and feed.province in PROVINCES:
        province = PROVINCES[feed.province]
        parts.append(
            f'<p class="meta"><a href="#province-{escape(feed.province)}">{escape(province)}</a>'
        )
        if feed.home_url:
            parts.append(f' · <a href="{escape(feed.home_url)}" rel="nofollow">trang báo</a>')
        parts.append("</p>")
    if feed.items:
        newest = feed.items[0]
        parts.append(
            f'<p class="meta">{vn_number(feed.total)} bài · cập nhật '
            f'<time datetime="{feed.updated.isoformat()}">{vn_datetime(feed.updated)}</time></p>'
        )
        parts.append(
            f'<p class="latest"><span class="label">Mới nhất:</span> '
            f'<a href="{escape(newest.url)}">{escape(newest.title)}</a></p>'
        )
    else:
        parts.append('<p class="meta">0 bài · chưa có tin</p>')
    if feed.kind == "site" and feed.health and feed.health.note:
        parts.append(f'<p class="note">{escape(feed.health.note)}</p>')
    links = " ".join(
        f'<a href="{escape(feed.path)}.{fmt}" type="{_MIME[fmt]}" '
        f'aria-label="{escape(name)}: nguồn tin {label}">{label}</a>'
        for fmt, label in FORMAT_LABELS
    )
    parts.append(f'<p class="subscribe">{links}</p>')
    parts.append("</li>")
    return "".join(parts)


_MIME = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}

_SECTIONS: tuple[tuple[str, str, str, str], ...] = (
    (
        "category",
        "chuyen-muc",
        "Theo chuyên mục",
        "Mỗi chuyên mục gom tin cùng chủ đề từ báo của mọi tỉnh, thành phố.",
    ),
    (
        "province",
        "tinh-thanh",
        "Theo tỉnh, thành phố",
        (
            "34 đơn vị hành chính cấp tỉnh từ ngày 1/7/2025; báo của tỉnh cũ đã sáp nhập "
            "được tính vào tỉnh mới."
        ),
    ),
    ("site", "cac-bao", "Theo từng báo", "Tin của riêng từng tờ báo, kể cả bài đăng lại."),
    (
        "topic",
        "chu-de",
        "Theo chủ đề",
        "Những tìm kiếm được lưu sẵn, gom tin về một chủ đề từ báo của mọi tỉnh, thành phố.",
    ),
)

# Query feeds need `scrapy serve` (or a proxy to it): a plain GET form, no JavaScript. Each
# button submits the same fields to one format; the address it opens is the feed to subscribe to.
EXAMPLE_QUERY = "search.rss?q=s%E1%BA%A1t+l%E1%BB%9F&province=lao-cai"


def _search_section() -> str:
    provinces = "".join(
        f'<option value="{escape(slug)}">{escape(name)}</option>'
        for slug, name in PROVINCES.items()
    )
    categories = "".join(
        f'<option value="{escape(slug)}">{escape(name)}</option>'
        for slug, name in CATEGORIES.items()
    )
    buttons = "".join(
        f'<button type="submit" formaction="search.{fmt}"'
        + ("" if fmt == "rss" else ' class="alt"')
        + f">{'Tạo nguồn tin ' if fmt == 'rss' else ''}{label}</button>"
        for fmt, label in FORMAT_LABELS
    )
    return (
        '<section aria-labelledby="tim-kiem"><h2 id="tim-kiem">Tìm kiếm và theo dõi</h2>'
        '<p class="hint">Tìm trong tin của mọi tỉnh, thành phố và theo dõi kết quả như một nguồn '
        "tin. Không cần gõ dấu: “sat lo” tìm được “sạt lở”. Đặt cụm từ trong ngoặc kép "
        "(“bão số 3”), thêm dấu trừ để loại (-“xổ số”), viết OR giữa hai từ để lấy cả hai.</p>"
        '<form class="search" action="search.rss" method="get" role="search">'
        '<label for="q">Từ khóa<input id="q" name="q" type="search" maxlength="200" '
        'placeholder="sạt lở" autocomplete="off"></label>'
        '<label for="province">Tỉnh, thành phố<select id="province" name="province">'
        f'<option value="">Tất cả</option>{provinces}</select></label>'
        '<label for="category">Chuyên mục<select id="category" name="category">'
        f'<option value="">Tất cả</option>{categories}</select></label>'
        f'<div class="buttons">{buttons}</div></form>'
        "<p>Địa chỉ của trang kết quả là nguồn tin để dán vào ứng dụng đọc tin. Ví dụ, tin sạt lở "
        f'ở Lào Cai: <a href="{EXAMPLE_QUERY}" type="{_MIME["rss"]}">RSS</a> · '
        f'<a href="{EXAMPLE_QUERY.replace(".rss", ".atom")}" type="{_MIME["atom"]}">Atom</a> · '
        f'<a href="{EXAMPLE_QUERY.replace(".rss", ".json")}" type="{_MIME["json"]}">JSON</a>'
        "</p></section>"
    )


def _places_section(feeds: Sequence[Feed]) -> str:
    """Place feeds as one collapsible list per province (closed: the page stays short)."""
    by_province: dict[str, list[Feed]] = {}
    for feed in feeds:
        if feed.kind == "place":
            by_province.setdefault(feed.province, []).append(feed)
    if not by_province:
        return ""
    out = [
        '<section aria-labelledby="xa-phuong"><h2 id="xa-phuong">Theo xã, phường</h2>',
        (
            '<p class="hint">Tin về từng xã, phường, đặc khu (đơn vị hành chính từ ngày 1/7/2025; '
            "bài dùng tên cũ trước sáp nhập cũng được nhận ra). Chỉ những nơi đã có tin mới có "
            "nguồn tin.</p>"
        ),
    ]
    for province, members in by_province.items():
        name = province_name(province)
        out.append(
            f'<details class="places" id="place-{escape(province)}"><summary>{escape(name)} '
            f'<span class="meta">· {vn_number(len(members))} nơi có tin</span></summary><ul>'
        )
        for feed in members:
            unit = feed_name(feed).rsplit(", ", 1)[0]
            links = " ".join(
                f'<a href="{escape(feed.path)}.{fmt}" type="{_MIME[fmt]}" '
                f'aria-label="{escape(unit)}: nguồn tin {label}">{label}</a>'
                for fmt, label in FORMAT_LABELS
            )
            out.append(
                f'<li id="{escape(feed.anchor)}"><span class="place">{escape(unit)}</span>'
                f'<span class="meta">{vn_number(feed.total)} bài · '
                f'<time datetime="{feed.updated.isoformat()}">{vn_datetime(feed.updated)}</time>'
                f'</span><span class="subscribe">{links}</span></li>'
            )
        out.append("</ul></details>")
    out.append("</section>")
    return "".join(out)


def _health_section(feeds: Sequence[Feed]) -> str:
    unhealthy = [
        f
        for f in feeds
        if f.kind == "site" and f.health is not None and f.health.status in HEALTH_LABELS
    ]
    if not unhealthy:
        return ""
    rows = "".join(
        f'<li><a href="#{escape(f.anchor)}">{escape(feed_name(f))}</a>: '
        f'<span class="badge {f.health.status}">{HEALTH_LABELS[f.health.status]}</span>'
        + (f" {escape(f.health.note)}" if f.health.note else "")
        + "</li>"
        for f in unhealthy
        if f.health is not None
    )
    return (
        '<section class="health" aria-labelledby="tinh-trang">'
        '<h2 id="tinh-trang">Tình trạng nguồn tin</h2>'
        "<p>Một số báo đang gặp sự cố. Bài đã đăng vẫn được kiểm tra trước khi đưa vào nguồn "
        "tin; tin rác bị giữ lại, không đăng.</p>"
        f"<ul>{rows}</ul></section>"
    )


def render_index(feeds: Sequence[Feed]) -> bytes:
    """The index page for *feeds* (the "all" feed first, then the order given)."""
    everything = next((f for f in feeds if f.kind == "all"), None)
    newest = max((f.updated for f in feeds if f.items), default=None)
    head_links = ""
    if everything is not None:
        head_links = "".join(
            f'<link rel="alternate" type="{_MIME[fmt]}" title="{escape(everything.title)}" '
            f'href="{everything.path}.{fmt}">'
            for fmt, _label in FORMAT_LABELS
        )
    stamp = (
        f'Cập nhật lần cuối <time datetime="{newest.isoformat()}">{vn_datetime(newest)}</time> '
        "(giờ Việt Nam)"
        if newest is not None
        else "Chưa có bài nào được đăng"
    )
    total = everything.total if everything else 0
    sites = sum(1 for f in feeds if f.kind == "site")
    out = [
        "<!doctype html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{BRAND} — tin từ báo các tỉnh, thành phố</title>",
        (
            '<meta name="description" content="Nguồn tin RSS, Atom và JSON Feed từ báo chí địa phương '
            'Việt Nam: theo chuyên mục, theo tỉnh, thành phố và theo từng báo.">'
        ),
        head_links,
        f"<style>{_CSS}</style></head><body>",
        '<a class="skip" href="#noi-dung">Bỏ qua, tới nội dung chính</a>',
        '<header><div class="wrap">',
        f"<h1>{BRAND}</h1>",
        (
            '<p class="lead">Tin từ báo chí các tỉnh, thành phố Việt Nam, đã làm sạch và gom lại '
            "thành nguồn tin để theo dõi trong ứng dụng đọc tin (Feedly, Inoreader, NetNewsWire, "
            "Miniflux…).</p>"
        ),
        (
            f'<p class="stamp">{stamp} · {vn_number(total)} bài từ {vn_number(sites)} báo · '
            '<a href="feeds.opml">Tải tất cả (OPML)</a></p>'
        ),
        '<nav aria-label="Mục lục"><ul>',
        '<li><a href="#chuyen-muc">Chuyên mục</a></li>',
        '<li><a href="#tinh-thanh">Tỉnh, thành phố</a></li>',
        '<li><a href="#cac-bao">Các báo</a></li>',
        '<li><a href="#chu-de">Chủ đề</a></li>' if any(f.kind == "topic" for f in feeds) else "",
        '<li><a href="#tim-kiem">Tìm kiếm</a></li>',
        '<li><a href="#xa-phuong">Xã, phường</a></li>'
        if any(f.kind == "place" for f in feeds)
        else "",
        '<li><a href="#cach-dung">Cách theo dõi</a></li>',
        "</ul></nav></div></header>",
        '<main id="noi-dung" class="wrap">',
    ]
    out.append(_health_section(feeds))
    if everything is not None:
        out.append('<h2 id="tat-ca">Tất cả tin</h2>')
        out.append(f'<ul class="cards">{_card(everything, "h3", featured=True)}</ul>')
    out.append(_search_section())
    for kind, anchor, label, hint in _SECTIONS:
        cards = "".join(_card(f) for f in feeds if f.kind == kind)
        if not cards:
            continue
        out.append(f'<section aria-labelledby="{anchor}"><h2 id="{anchor}">{label}</h2>')
        out.append(f'<p class="hint">{hint}</p><ul class="cards">{cards}</ul></section>')
    out.append(_places_section(feeds))
    out.append(
        '<section aria-labelledby="cach-dung"><h2 id="cach-dung">Cách theo dõi</h2>'
        "<p>Bấm giữ hoặc nhấp chuột phải vào nút <strong>RSS</strong>, <strong>Atom</strong> "
        "hoặc <strong>JSON</strong>, chọn “Sao chép địa chỉ liên kết”, rồi dán vào ứng dụng đọc "
        "tin. Ba định dạng có cùng nội dung; ứng dụng nào cũng đọc được RSS. Muốn theo dõi tất "
        'cả cùng lúc, hãy nhập tệp <a href="feeds.opml">OPML</a>.</p>'
        "<p>Mỗi bài giữ nguyên mã định danh khi báo sửa tiêu đề, nên không bị lặp. Giờ đăng là "
        "giờ Việt Nam (UTC+7). Ảnh được tải thẳng từ trang báo.</p></section>"
    )
    out.append(
        '</main><footer><div class="wrap">'
        f"<p>{BRAND}: tin được lấy tự động từ trang của các báo; bản quyền thuộc các báo. "
        "Mỗi bài đều dẫn về bài gốc.</p></div></footer></body></html>"
    )
    return ("\n".join(part for part in out if part) + "\n").encode("utf-8")
