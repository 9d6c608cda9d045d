"""Render the bundled sample sites to static files: ``python -m aggregator.samples.build``.

Three layouts, like three different provincial CMSs (notes §2):

- mau-tuyenquang: feed-driven (RSS), JSON-LD on ordinary articles; its top story is the real seed
  story under an injected gambling <title>, with "Theo TQĐT" and "Tin cùng chuyên mục";
- mau-tayninh: listing-driven with pagination, no JSON-LD and no date meta, only the visible
  "Thứ sáu: 15:00 ngày 14/11/2025" line, "(BTN) -" leads, print/app bars, Google News CTA;
- mau-quangtri: sitemap-driven (index → news sitemap) with an RSS feed too, OpenGraph only,
  "QTO -" leads.

The output is committed so the demo and tests serve fixed bytes; edit content.py, re-run, review.
Sites that move on between two crawls (a story added or edited, a story taken down while
listings still link it, a video page among the stories) are written with ``write_sites`` on a
served copy; ``add_story`` and ``edit_story`` are the usual moves.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Mapping
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

from aggregator.samples.content import SAMPLES, Story

ROOT = Path(__file__).parent / "sites"


def _paragraphs(story: Story) -> str:
    if story.kind == "video":  # a player and its caption: what a CMS's video page holds
        video = story.extra.get("video", "/video/clip.mp4")
        return (
            f'<div class="video-player"><video controls preload="none" src="{video}" '
            f'poster="{story.image}"></video></div>\n'
            + "\n".join(f"<p>{escape(text)}</p>" for text in story.paragraphs)
        )
    parts = []
    for i, text in enumerate(story.paragraphs):
        parts.append(f"<p>{escape(text)}</p>")
        if i == 0 and story.image and story.caption:
            caption = "<br>".join(escape(line) for line in story.caption.split("\n"))
            parts.append(
                '<table class="image center"><tbody><tr><td>'
                f'<img src="{story.image}" alt="{escape(story.title)}" width="700"></td></tr>'
                f'<tr><td class="image_desc"><em>{caption}</em></td></tr></tbody></table>'
            )
        if story.table and text.endswith(":"):
            head, *rows = story.table
            cells = "".join(f"<th>{escape(c)}</th>" for c in head)
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows
            )
            parts.append(
                f'<table class="data"><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>'
            )
    return "\n".join(parts)


def _related(site: str, stories: tuple[Story, ...], current: Story, heading: str) -> str:
    links = "".join(
        f'<li><a href="{_url(site, s)}">{escape(s.title)}</a></li>'
        for s in stories
        if s is not current
    )
    return f'<div class="related"><h3 class="title-box">{heading}</h3><ul>{links}</ul></div>'


def _url(site: str, story: Story) -> str:
    suffix = {"mau-tuyenquang": f"-{story.id}.html", "mau-tayninh": f"-a{story.id}.html"}.get(
        site, f"-post{story.id}.html"
    )
    return f"/{site}/{story.section}/{story.slug}{suffix}"


def _nav(site: str, sections: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li><a href="/{site}/{slug}/">{escape(name)}</a></li>' for slug, name in sections
    )
    return f'<nav class="main-menu"><ul><li><a href="/{site}/">Trang chủ</a></li>{items}</ul></nav>'


def _footer(paper: str, address: str) -> str:
    return (
        f'<footer class="footer"><p>{escape(paper)} - Cơ quan của Đảng bộ tỉnh</p>'
        f"<p>Địa chỉ: {escape(address)}</p><p>Giấy phép hoạt động báo điện tử số 123/GP-BTTTT</p>"
        "<p>Tổng số lượt truy cập: 12.345.678</p></footer>"
    )


def _dmy(iso: str, language: str = "vi") -> str:
    when = datetime.fromisoformat(iso)
    if language == "en":  # as the English editions print it (notes §2.1)
        return f"{when:%A, %B} {when.day}, {when:%Y, %H:%M} (GMT+7)"
    weekdays = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
    return f"{weekdays[when.weekday()]}, {when:%d/%m/%Y %H:%M}"


def _modified_meta(story: Story) -> str:
    """The line after ``article:published_time`` for an edited story ("" for the others)."""
    if not story.modified:
        return ""
    return f'\n<meta property="article:modified_time" content="{story.modified}">'


def tuyenquang_article(story: Story, stories: tuple[Story, ...]) -> str:
    site = "mau-tuyenquang"
    served_title = story.page_title or f"{story.title} - Báo Tuyên Quang điện tử"
    jsonld = ""
    if not story.page_title:  # the hacked page lost its structured data along with its <title>
        jsonld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": story.title,
                "datePublished": story.published,
                **({"dateModified": story.modified} if story.modified else {}),
                "articleSection": story.section_name,
                "author": {"@type": "Person", "name": story.author.split(":")[-1].strip()},
                "publisher": {"@type": "Organization", "name": "Báo Tuyên Quang"},
                "image": [story.image] if story.image else [],
            },
            ensure_ascii=False,
        )
        jsonld = f'<script type="application/ld+json">{jsonld}</script>'
    byline = (
        f'<p style="text-align:right"><strong>{escape(story.author)}</strong></p>'
        if story.author
        else ""
    )
    credit = (
        f'<p style="text-align:right"><strong>{escape(story.credit)}</strong></p>'
        if story.credit
        else ""
    )
    home = "Home" if story.language == "en" else "Trang chủ"
    return f"""<!DOCTYPE html>
<html lang="{story.language}"><head><meta charset="utf-8">
<title>{escape(served_title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{escape(served_title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{story.published}">{_modified_meta(story)}
<link rel="canonical" href="http://samples.invalid{_url(site, story)}">
{jsonld}
<link rel="stylesheet" href="/{site}/css/style.css">
</head><body>
<div class="top-bar"><span class="date-now">Thứ bảy, 29/11/2025</span> <a href="/{site}/rss.html">RSS</a></div>
<header><a class="logo" href="/{site}/"><img src="/{site}/images/logo.png" alt="Báo Tuyên Quang"></a></header>
{_nav(site, [("chinh-tri", "Chính trị"), ("kinh-te", "Kinh tế"), ("van-hoa", "Văn hóa"), ("nong-nghiep", "Nông nghiệp")])}
<div class="container"><div class="col-main">
<div class="breadcrumb"><a href="/{site}/">{home}</a> » <a href="/{site}/{story.section}/">{escape(story.section_name)}</a></div>
<h1 class="title-detail">{escape(story.title)}</h1>
<div class="date-time">{_dmy(story.published, story.language)}</div>
<div class="social-share"><a href="#">Chia sẻ</a> <a href="#">In bài</a> <span>Cỡ chữ A- A+</span></div>
<div class="sapo"><strong>{escape(story.lead)}</strong></div>
<div id="content-detail" class="content-detail">
{_paragraphs(story).replace("<p>", "<p>", 1)}
{byline}{credit}
</div>
{_related(site, stories, story, "Tin cùng chuyên mục")}
</div>
<div class="col-right"><div class="box-most-read"><h3>Đọc nhiều</h3><ul>
<li><a href="/{site}/chinh-tri/trong-tinh/">Tin trong tỉnh</a></li></ul></div>
<div class="banner"><img src="/{site}/images/banner-dai-hoi.jpg" alt="Banner"></div></div></div>
{_footer("Báo Tuyên Quang", "Số 02 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang")}
</body></html>
"""


def tayninh_article(story: Story, stories: tuple[Story, ...]) -> str:
    site = "mau-tayninh"
    author = (
        f'<p class="author" style="text-align:right"><strong>{escape(story.author)}</strong></p>'
    )
    return f"""<!DOCTYPE html>
<html lang="{story.language}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(story.title)} - Báo Tây Ninh Online</title>
<meta name="description" content="{escape(story.lead)}">
<link rel="canonical" href="http://samples.invalid{_url(site, story)}">
</head><body>
<div id="header"><div class="print-bar"><a href="/{site}/doc-bao-in/">Đọc báo in</a> | <a href="/{site}/app/">Tải ứng dụng</a></div>
<div class="banner-top">Tư tưởng Hồ Chí Minh 20 tháng 11</div></div>
{_nav(site, [("thoi-su-chinh-tri", "Thời sự - Chính trị"), ("kinh-te", "Kinh tế"), ("phap-luat", "Pháp luật"), ("giao-duc", "Giáo dục")])}
<div id="main"><div class="left-content">
<div class="cate-name"><a href="/{site}/{story.section}/">{escape(story.section_name)}</a></div>
<div class="news-detail">
<div class="news-date">{story.extra["dateline"]}</div>
<h1 class="news-title">{escape(story.title)}</h1>
<div class="gg-news">Theo dõi Báo Tây Ninh trên<br><a href="#">google news</a></div>
<div class="sapo">{escape(story.lead)}</div>
<div class="detail-content">
{_paragraphs(story)}
{author}
</div>
<div class="share-box">Thích 0 Chia sẻ</div>
</div>
{_related(site, stories, story, "Tin liên quan")}
<div class="comment-box"><h3>Ý kiến bạn đọc</h3><form><textarea></textarea><button>Gửi bình luận</button></form></div>
</div></div>
{_footer("Báo Tây Ninh", "Số 1 đường Nguyễn Văn Rốp, phường Tân Ninh, tỉnh Tây Ninh")}
</body></html>
"""


def quangtri_article(story: Story, stories: tuple[Story, ...]) -> str:
    site = "mau-quangtri"
    image = (
        f'<meta property="og:image" content="http://samples.invalid{story.image}">'
        if story.image
        else ""
    )
    credit = f'<p class="article__source">{escape(story.credit)}</p>' if story.credit else ""
    figure = ""
    if story.image:
        figure = (
            f'<figure class="article__image"><img data-src="{story.image}" src="/{site}/images/blank.gif" '
            f'alt=""><figcaption>{escape(story.caption)}</figcaption></figure>'
        )
    body = (
        _paragraphs(story)
        if story.kind == "video"
        else "\n".join(f"<p>{escape(p)}</p>" for p in story.paragraphs)
    )
    return f"""<!DOCTYPE html>
<html lang="{story.language}"><head><meta charset="utf-8">
<title>{escape(story.title)} | Báo Quảng Trị</title>
<meta property="og:title" content="{escape(story.title)}">
<meta property="og:description" content="{escape(story.lead)}">
{image}
<meta property="article:published_time" content="{story.published}">{_modified_meta(story)}
<meta property="article:section" content="{escape(story.section_name)}">
<link rel="canonical" href="http://samples.invalid{_url(site, story)}">
</head><body>
<header class="site-header"><a href="/{site}/">Báo Quảng Trị</a></header>
{_nav(site, [("kinh-te", "Kinh tế"), ("y-te", "Y tế"), ("dat-va-nguoi-quang-binh", "Đất và người Quảng Bình")])}
<main><article class="article">
<ul class="breadcrumbs"><li><a href="/{site}/">Trang chủ</a></li><li><a href="/{site}/{story.section}/">{escape(story.section_name)}</a></li></ul>
<h1 class="article__title">{escape(story.title)}</h1>
<div class="article__meta"><time>{datetime.fromisoformat(story.published):%H:%M, %d/%m/%Y}</time></div>
<div class="article__sapo">{escape(story.lead)}</div>
{figure}
<div class="article__body">
{body}
<p class="article__author"><strong>{escape(story.author)}</strong></p>
{credit}
</div>
</article>
<aside>{_related(site, stories, story, "Xem thêm")}</aside></main>
{_footer("Báo Quảng Trị", "Số 1 Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị")}
</body></html>
"""


def _rss(site: str, title: str, stories: tuple[Story, ...]) -> str:
    items = "".join(
        f"<item><title>{escape(s.page_title or s.title)}</title><link>http://samples.invalid{_url(site, s)}</link>"
        f"<description>{escape(s.lead)}</description>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(s.published))}</pubDate></item>\n"
        for s in sorted(stories, key=lambda s: s.published, reverse=True)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://samples.invalid/{site}/</link>"
        f"<description>Tin mới</description>\n{items}</channel></rss>\n"
    )


def _listing(site: str, stories: list[Story], page: int, pages: int) -> str:
    items = "".join(
        f'<div class="news-item"><h3><a href="{_url(site, s)}">{escape(s.title)}</a></h3>'
        f'<p class="sapo">{escape(s.lead)}</p></div>'
        for s in stories
    )
    pager = "".join(
        f'<a href="/{site}/tin-tuc/{"" if n == 1 else f"trang-{n}.html"}">{n}</a> '
        for n in range(1, pages + 1)
    )
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức - Báo Tây Ninh '
        f"Online</title></head><body>{_nav(site, [('tin-tuc', 'Tin tức')])}"
        f'<div class="list-news">{items}</div><div class="paging">{pager}</div></body></html>\n'
    )


def _sitemaps(site: str, stories: tuple[Story, ...]) -> dict[str, str]:
    urls = "".join(
        f"<url><loc>http://samples.invalid{_url(site, s)}</loc>"
        f"<lastmod>{s.modified or s.published}</lastmod>"
        f"<news:news><news:publication_date>{s.published}</news:publication_date>"
        f"<news:title>{escape(s.title)}</news:title></news:news></url>\n"
        for s in stories
    )
    return {
        "sitemap.xml": '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>http://samples.invalid/{site}/sitemaps/news.xml</loc></sitemap></sitemapindex>\n",
        "sitemaps/news.xml": '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        f"{urls}</urlset>\n",
    }


# The sites' RSS feeds: (path, title).
_FEEDS = {
    "mau-tuyenquang": ("rss/home.rss", "Báo Tuyên Quang - Tin mới"),
    "mau-quangtri": ("rss/tin-moi.rss", "Báo Quảng Trị - Tin mới"),
}

# What each sample homepage offers for autodiscovery (`scrapy checksite`): its menu sections
# and, for the feed-driven site, a <link rel="alternate"> feed.
_HOMEPAGES = {
    "mau-tuyenquang": ("Báo Tuyên Quang", [("chinh-tri/trong-tinh", "Chính trị"), ("kinh-te", "Kinh tế"), ("van-hoa/du-lich", "Du lịch"), ("nong-nghiep", "Nông nghiệp"), ("video", "Video")]),
    "mau-tayninh": ("Báo Tây Ninh Online", [("tin-tuc", "Tin tức"), ("thoi-su-chinh-tri", "Thời sự - Chính trị"), ("kinh-te", "Kinh tế"), ("tim-kiem", "Tìm kiếm")]),
    "mau-quangtri": ("Báo Quảng Trị", [("kinh-te", "Kinh tế"), ("y-te", "Y tế"), ("dat-va-nguoi-quang-binh", "Đất và người Quảng Bình")]),
}  # fmt: skip


def _homepage(site: str, stories: tuple[Story, ...]) -> str:
    paper, sections = _HOMEPAGES[site]
    feed = (
        f'<link rel="alternate" type="application/rss+xml" title="Tin mới" '
        f'href="http://samples.invalid/{site}/{_FEEDS[site][0]}">'
        if site in _FEEDS
        else ""
    )
    newest = sorted(stories, key=lambda s: s.published, reverse=True)
    items = "".join(f'<li><a href="{_url(site, s)}">{escape(s.title)}</a></li>' for s in newest)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(paper)}</title>'
        f"{feed}</head><body>{_nav(site, sections)}"
        f'<div class="home-news"><ul>{items}</ul></div>'
        f"{_footer(paper, 'Việt Nam')}</body></html>\n"
    )


def render(samples: dict[str, tuple[Story, ...]] | None = None) -> dict[str, str]:
    """Every file of every sample site: relative path -> text."""
    samples = SAMPLES if samples is None else samples
    files: dict[str, str] = {}
    renderers = {
        "mau-tuyenquang": tuyenquang_article,
        "mau-tayninh": tayninh_article,
        "mau-quangtri": quangtri_article,
    }
    for site, stories in samples.items():
        files[f"{site}/index.html"] = _homepage(site, stories)
        for story in stories:
            if story.kind != "removed":  # taken down: no page, but still listed below
                files[_url(site, story).lstrip("/")] = renderers[site](story, stories)
    for site, (path, title) in _FEEDS.items():
        files[f"{site}/{path}"] = _rss(site, title, samples[site])
    newest = sorted(samples["mau-tayninh"], key=lambda s: s.published, reverse=True)
    per_page = 2
    pages = (len(newest) + per_page - 1) // per_page
    for n in range(1, pages + 1):
        name = "index.html" if n == 1 else f"trang-{n}.html"
        files[f"mau-tayninh/tin-tuc/{name}"] = _listing(
            "mau-tayninh", newest[(n - 1) * per_page : n * per_page], n, pages
        )
    for name, text in _sitemaps("mau-quangtri", samples["mau-quangtri"]).items():
        files[f"mau-quangtri/{name}"] = text
    return files


def write_sites(root: Path, samples: Mapping[str, tuple[Story, ...]], site: str) -> list[str]:
    """Publish *site* as *samples* have it on the served copy of the sample sites at *root*, as
    its CMS would: pages, feeds, listings and sitemaps. Files whose bytes do not change are not
    touched (their ETag and Last-Modified stay); a removed story's page is deleted (its URL
    answers 404). Returns the paths written, relative to *root*."""
    written = []
    for relative, text in render(dict(samples)).items():
        if not relative.startswith(f"{site}/"):
            continue
        path = root / relative
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(relative)
    for story in samples[site]:
        if story.kind == "removed":
            (root / _url(site, story).lstrip("/")).unlink(missing_ok=True)
    return written


def add_story(root: Path, site: str, story: Story) -> str:
    """Publish *story* on the served copy of the sample sites at *root* (see ``write_sites``),
    next to the bundled ones. Returns the story's path on the server.

    For tests and benchmarks that add an article between two crawls.
    """
    samples = dict(SAMPLES)
    samples[site] = (*samples[site], story)
    write_sites(root, samples, site)
    return _url(site, story)


def edit_story(
    samples: Mapping[str, tuple[Story, ...]], site: str, story_id: str, **changes: Any
) -> dict[str, tuple[Story, ...]]:
    """*samples* with the story *story_id* of *site* edited (``dataclasses.replace`` fields)."""
    out = dict(samples)
    if not any(s.id == story_id for s in out[site]):
        raise KeyError(f"{site} has no story {story_id}")
    out[site] = tuple(
        dataclasses.replace(s, **changes) if s.id == story_id else s for s in out[site]
    )
    return out


def story_path(site: str, story: Story) -> str:
    """The story's path on the sample server: ``/mau-tayninh/kinh-te/…-a169051.html``."""
    return _url(site, story)


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    for relative, text in render().items():
        path = ROOT / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(render())} files under {ROOT}")  # noqa: T201


if __name__ == "__main__":
    main()
