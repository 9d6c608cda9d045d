"""Vietnamese article pages of the CMS families the research notes describe, scored field by field.

    .venv/bin/python -m benchmarks.vi_forms [--pages 600] [--seed 13] [--perturb no-meta,no-class]
                                            [--family live] [--fail 10]

Issue 13's goal on real Vietnamese pages is every title, publication minute, author and body
check right. The real pages are kept outside the repository and the development sets hold few
Vietnamese pages, so this renders made-up article pages of the families that
``../shared/research/vietnam-notes.md`` (§2) describes, each in plausible variants:

- families: ``tayninh`` (an older ASP.NET CMS: "Cập nhật ngày: …", "(BTN) -", print and app bars,
  the Google-News call), ``vendor`` (the provincial vendor CMS: weekday date line, sapo box, names
  at the end "Nguyễn Văn A - Trần B"), ``national`` ("08/12/2025 14:30 GMT+7", "TPO -", "./."),
  ``portal`` (a government portal: "… SA/CH", "Bản in", "Gởi bài viết"), ``wordpress`` (entry meta,
  "Đăng bởi", "Theo TTXVN" credits), ``amp`` (an AMP copy), ``mobile`` (an m. template, no
  sidebar), ``emagazine`` (cover picture, "Thực hiện: …" credits box), ``photo`` (a photo story,
  "Bài và ảnh: …"), ``video`` (a player and "Video: …"), ``live`` (a "TRỰC TIẾP" page whose
  entries each sit in a box of their own);
- class styles: meaningful names, hashed CSS-module names, none; markup: HTML5 or div soup;
- metadata: full (JSON-LD and OpenGraph with the minute), day only (JSON-LD gives the day, the
  page shows the minute), UTC (``Z``), none;
- date lines in the forms the notes list ("Thứ Hai, 08/12/2025 - 14:30", "08/12/2025 14:30 GMT+7",
  "Cập nhật ngày: …", "Thứ hai: 14:30 ngày …", "14:30 | 08/12/2025", "… 02:30 CH", "14h30 …"),
  with the right weekday, sometimes with an update line after the publication line;
- bylines: names at the end (one, two with " - " or " – "), in capitals, "Bài, ảnh: …",
  "Thực hiện: …", "PV", "Nhóm PV", a name under the headline, none; credits "Theo TTXVN",
  "(Theo TTXVN)", "Theo Báo Nhân Dân" that stay credits (no author).

Truth per page: the title (exact after whitespace collapse), the publication minute in Vietnam
time, the authors (set equality, case kept), story snippets (the first 60 characters of every
story paragraph, entry and caption) present in ``body_text``, boilerplate snippets (bars,
related boxes, widgets, footers, bylines and credits) absent. ``--seed`` picks the draw: the
committed default is the development seed; a held-out draw is any other seed, run once the
rules are written. ``--perturb`` runs every page through the benchmark's ``perturb`` first. The
pages are made up; no page of any development set is read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from html import escape

from benchmarks.bench_extraction import collapse, perturb

SNIPPET = 60
SHORT_LINE = 30  # boilerplate shorter than this is looked for as a whole line of the body
VN = timezone(timedelta(hours=7))

FAMILIES = (
    "tayninh", "vendor", "national", "portal", "wordpress", "amp", "mobile",
    "emagazine", "photo", "video", "live",
)  # fmt: skip
CLASSES = ("named", "hashed", "none")
MARKUPS = ("html5", "div")
METAS = ("full", "day-only", "utc", "none")

SITES = (
    ("Báo Tây Ninh", "baotayninh.vn", "BTN"),
    ("Báo Tuyên Quang", "baotuyenquang.com.vn", "TQĐT"),
    ("Báo Quảng Trị", "baoquangtri.vn", "QTO"),
    ("Báo Kiên Giang", "baokiengiang.vn", "KGO"),
    ("Báo Lào Cai", "baolaocai.vn", "BLC"),
    ("Báo Đồng Tháp", "baodongthap.vn", "BĐT"),
    ("Báo Phú Thọ", "baophutho.vn", "BPT"),
    ("Báo Hà Tĩnh", "baohatinh.vn", "BHT"),
)
SECTIONS = ("Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Giáo dục", "Pháp luật")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

HEADLINES = (
    "Tuyên Quang: Đẩy mạnh chuyển đổi số trong nông nghiệp vùng cao",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5, nhiệm kỳ 2025-2030",
    "Nông dân Chiêm Hóa thu lãi hàng trăm triệu đồng từ cam sành",
    "Khởi công xây dựng cầu Tình Húc nối hai bờ sông Lô",
    "“Xanh hóa” trường học từ những việc làm nhỏ",
    "Bảo đảm an toàn giao thông dịp Tết Nguyên đán Bính Ngọ 2026",
    "Gần 1.200 học sinh tham gia Hội khỏe Phù Đổng cấp tỉnh",
    "Triệt phá đường dây đánh bạc qua mạng, thu giữ hơn 2 tỷ đồng",
    "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Dao",
    "Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Hùng Lợi",
    "Mưa lớn gây sạt lở nhiều tuyến đường ở vùng cao",
    "Sôi nổi Ngày hội Văn hóa các dân tộc lần thứ III",
)
SENTENCES = (
    "Theo báo cáo của Sở Nông nghiệp và Môi trường, đến nay toàn tỉnh đã có hơn 300 hợp tác xã ứng dụng phần mềm truy xuất nguồn gốc.",
    "Ông Nguyễn Văn Hùng, Chủ tịch UBND xã cho biết, năm nay bà con đã chủ động chuyển đổi cơ cấu cây trồng phù hợp với thổ nhưỡng.",
    "Bên cạnh những kết quả đạt được, công tác triển khai vẫn còn một số khó khăn, nhất là về hạ tầng và nguồn nhân lực tại cơ sở.",
    "Tại buổi làm việc, đồng chí Bí thư Tỉnh ủy đề nghị các cấp, các ngành tập trung tháo gỡ vướng mắc, đẩy nhanh tiến độ các dự án trọng điểm.",
    "Chiều cùng ngày, đoàn công tác đã đến thăm, tặng quà các gia đình chính sách và hộ nghèo trên địa bàn xã.",
    "Trong năm qua, tổng giá trị sản xuất của ngành đạt trên 12.500 tỷ đồng, tăng 6,8% so với cùng kỳ năm trước.",
    "Để triển khai hiệu quả, tỉnh đã ban hành kế hoạch cụ thể, giao nhiệm vụ cho từng sở, ngành và địa phương.",
    "Bà Lê Thị Mai, một hộ dân ở thôn Nà Hang phấn khởi chia sẻ, nhờ được hỗ trợ vốn và kỹ thuật, thu nhập của gia đình đã tăng gần gấp đôi.",
    "Thời gian tới, địa phương tiếp tục huy động các nguồn lực, ưu tiên đầu tư hạ tầng giao thông, điện, nước sạch cho vùng đồng bào.",
    "Lực lượng công an đã phối hợp với chính quyền địa phương tuyên truyền, vận động người dân chấp hành nghiêm quy định của pháp luật.",
    "Đến nay, 100% trường học trên địa bàn đã được kết nối internet, phục vụ tốt công tác dạy và học trong tình hình mới.",
    "Dịp này, Ban tổ chức trao 25 suất học bổng, mỗi suất trị giá 2 triệu đồng cho học sinh có hoàn cảnh khó khăn vươn lên học tốt.",
    "Với mục tiêu đó, ngành chức năng sẽ tăng cường kiểm tra, giám sát, kịp thời phát hiện và xử lý các trường hợp vi phạm.",
    "Ngoài ra, các đại biểu cũng thảo luận về giải pháp phát triển kinh tế tập thể, nâng cao đời sống vật chất và tinh thần của nhân dân.",
    "Từ đầu năm đến nay, toàn tỉnh đã thu hút hơn 320 nghìn lượt khách du lịch, doanh thu ước đạt trên 450 tỷ đồng.",
    "Theo đại diện Ban quản lý dự án, công trình có tổng mức đầu tư hơn 180 tỷ đồng, dự kiến hoàn thành vào quý IV năm 2026.",
)
ENTRIES = (
    "Các đại biểu dâng hương tưởng niệm tại Khu di tích lịch sử quốc gia đặc biệt Tân Trào.",
    "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu khai mạc hội nghị, nêu rõ những nhiệm vụ trọng tâm.",
    "Hội nghị nghe báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025.",
    "Nhiều ý kiến tập trung vào giải pháp tháo gỡ khó khăn trong giải phóng mặt bằng các dự án.",
    "Lực lượng chức năng bố trí phân luồng giao thông trên các tuyến phố trung tâm từ sáng sớm.",
    "Hàng nghìn người dân và du khách đã có mặt tại quảng trường để theo dõi chương trình.",
)
NAMES = (
    "Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh", "Phạm Quang Huy", "Hoàng Anh", "Vũ Nguyệt",
    "Nhật Quang", "Sỹ Cường", "Minh Anh", "Thu Hà", "Đỗ Thanh Tùng", "Bích Ngọc", "Thái Cảnh",
    "Hồng Anh", "Trọng Phú", "Lê Thị Hồng",
)  # fmt: skip
RELATED = (
    "Hàm Yên: Vụ cam sành bội thu nhờ áp dụng kỹ thuật mới trong chăm sóc",
    "Nông dân Chiêm Hóa làm giàu từ mô hình nuôi cá lồng trên sông Gâm",
    "Công bố chỉ số chuyển đổi số cấp xã năm 2025 trên toàn tỉnh",
    "Kiểm tra công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI",
)
FOOTER = "Cơ quan chủ quản: Tỉnh ủy. Giấy phép số 123/GP-BTTTT cấp ngày 01/01/2020. Tổng biên tập: Trần Văn Bình."


@dataclass
class Page:
    family: str
    classes: str
    markup: str
    meta: str
    seed: int
    html: str = ""
    url: str = ""
    title: str = ""
    minute: str = ""  # YYYY-MM-DD HH:MM, Vietnam time
    authors: list[str] = field(default_factory=list)
    story: list[str] = field(default_factory=list)
    boiler: list[str] = field(default_factory=list)
    form: str = ""  # the date line's form and the byline's, for the failure listing


def slug(text: str) -> str:
    """A section's address slug as Vietnamese CMSs write it: "Thời sự" -> "thoi-su"."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return "-".join(plain.lower().split())


def date_line(rng: random.Random, when: datetime) -> tuple[str, str]:
    """(form name, the visible date line) of *when* (Vietnam time)."""
    d, t = when.strftime("%d/%m/%Y"), when.strftime("%H:%M")
    wd = WEEKDAYS[when.weekday()]
    hour12 = when.hour % 12 or 12
    forms = {
        "weekday-dash": f"{wd}, {d} - {t}",
        "gmt7": f"{d} {t} GMT+7",
        "updated-label": f"Cập nhật ngày: {d} - {t}",
        "weekday-colon": f"{wd.replace('Thứ ', 'Thứ ').lower().capitalize()}: {t} ngày {d}",
        "time-bar": f"{t} | {d}",
        "bar-gmt": f"{d} | {t} GMT+7",
        "weekday-paren": f"{wd}, {d}, {t} (GMT+7)",
        "posted-label": f"Ngày đăng: {d} {t}",
        "dashed": f"{when.strftime('%d-%m-%Y')} {t}",
        "short-weekday": f"Thứ {when.weekday() + 2}, {d} {t}"
        if when.weekday() < 6
        else f"CN, {d} {t}",
        "sa-ch": f"{d} {hour12:02d}:{when.minute:02d} {'SA' if when.hour < 12 else 'CH'}",
        "h-sep": f"{when.hour}h{when.minute:02d}, {d}",
        "updated-at": f"Cập nhật lúc {t}, {wd}, {d} (GMT+7)",
    }
    name = rng.choice(list(forms))
    return name, forms[name]


class Renderer:
    def __init__(self, page: Page, rng: random.Random) -> None:
        self.page, self.rng = page, rng

    def c(self, name: str) -> str:
        if self.page.classes == "none":
            return ""
        if self.page.classes == "hashed":
            digest = hashlib.sha1(f"{self.page.seed}{name}".encode()).hexdigest()[:6]
            return f' class="_{digest}"'
        return f' class="{name}"'

    def tag(self, name: str) -> str:
        return name if self.page.markup == "html5" else "div"

    def boiler(self, text: str) -> str:
        self.page.boiler.append(text)
        return escape(text)

    def story(self, text: str) -> str:
        self.page.story.append(text)
        return escape(text)

    def byline(self) -> tuple[str, str, list[str], str]:
        """(form, where: "end" or "top" or "credit", the line's HTML text, authors)."""
        rng = self.rng
        a, b = rng.sample(NAMES, 2)
        forms = [
            ("one-name", "end", a, [a]),
            ("two-names", "end", f"{a} - {b}", [a, b]),
            ("two-names-dash", "end", f"{a} – {b}", [a, b]),
            ("capitals", "end", f"{a.upper()}", [a]),
            ("text-photo", "end", f"Bài, ảnh: {a.upper()}", [a]),
            ("made-by", "end", f"Thực hiện: {a}", [a]),
            ("pv", "end", "PV", ["PV"]),
            ("team-pv", "end", "Nhóm PV", ["Nhóm PV"]),
            ("top-name", "top", a, [a]),
            ("theo-ttxvn", "credit", "Theo TTXVN", []),
            ("paren-theo", "credit", "(Theo TTXVN)", []),
            ("theo-paper", "credit", "Theo Báo Nhân Dân", []),
            ("none", "none", "", []),
        ]
        form, where, text, authors = rng.choice(forms)
        return form, where, text, authors

    def render(self) -> None:
        page, rng, c = self.page, self.rng, self.c
        site, host, prefix = rng.choice(SITES)
        section = rng.choice(SECTIONS)
        headline = rng.choice(HEADLINES)
        when = datetime(2025, 1, 1, 6, 0, tzinfo=VN) + timedelta(
            days=rng.randrange(340), minutes=rng.randrange(16 * 60)
        )
        art_id = rng.randrange(100000, 999999)
        page.url = f"https://{host}/{slug(section)}/bai-viet-{art_id}.html"
        page.minute = when.strftime("%Y-%m-%d %H:%M")
        form, line = date_line(rng, when)
        bform, where, bytext, authors = self.byline()
        fam = page.family
        if fam == "live":
            headline = "TRỰC TIẾP: " + headline if rng.random() < 0.5 else headline
        if fam == "video" and rng.random() < 0.5:
            headline = "Video: " + headline
        page.title = headline
        page.authors = authors
        page.form = f"{form}/{bform}"
        paras = rng.sample(SENTENCES, rng.randint(4, 7))
        sapo = rng.choice(SENTENCES[:8]) if fam != "live" else rng.choice(SENTENCES)
        while sapo in paras:
            paras.remove(sapo)
        lead = f"({prefix}) - " if fam in ("tayninh", "vendor") else f"{prefix} - "
        if fam in ("wordpress", "portal", "mobile"):
            lead = ""
        update = ""
        if rng.random() < 0.25 and "Cập nhật" not in line:
            later = when + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
            update = f"Cập nhật: {later.strftime('%d/%m/%Y %H:%M')}"
        # --- pieces ------------------------------------------------------------------------------
        date_html = f"<span{c('date')}>{escape(line)}</span>"
        if update:
            date_html += f" <span{c('updated')}>{escape(update)}</span>"
        top_byline = ""
        if where == "top":
            top_byline = f"<div{c('author')}><b>{escape(bytext)}</b></div>"
        bars = ""
        if fam in ("tayninh", "vendor", "national") and rng.random() < 0.7:
            bars = (
                f"<div{c('toolbar')}><a href='/bao-in'>{self.boiler('Đọc báo in')}</a>"
                f" <a href='/app'>Tải ứng dụng</a></div>"
            )
        if rng.random() < 0.3:
            bars += f"<div{c('audio')}>{self.boiler('Nghe audio 0:00')}</div>"
        follow = ""
        if rng.random() < 0.4:
            follow = (
                f"<div{c('google-news')}><a href='https://news.google.com/'>"
                f"{self.boiler(f'Theo dõi {site} trên google news')}</a></div>"
            )
        if fam == "live":  # the lead opens the live box below
            sapo_html = ""
        elif fam == "vendor" and page.classes != "none":
            sapo_html = f"<div{c('article-sapo')}>{escape(lead)}{self.story(sapo)}</div>"
        elif fam == "wordpress":
            sapo_html = f"<p><strong>{self.story(sapo)}</strong></p>"
        else:
            sapo_html = f"<p{c('sapo')}><b>{escape(lead)}{self.story(sapo)}</b></p>"
        blocks = []
        figures = fam in ("photo", "emagazine") or rng.random() < 0.3
        for k, p in enumerate(paras if fam != "live" else []):
            blocks.append(f"<p>{self.story(p)}</p>")
            if figures and k % 2 == 0:
                cap = f"Ảnh {k + 1}: {rng.choice(ENTRIES)[:-1]} ({section.lower()})."
                fig = self.tag("figure")
                cap_tag = "figcaption" if self.page.markup == "html5" else "div"
                blocks.append(
                    f"<{fig}{c('image')}><img src='/img/{art_id}-{k}.jpg' alt=''>"
                    f"<{cap_tag}>{self.story(cap)}</{cap_tag}></{fig}>"
                )
        if fam == "live":
            blocks = [f"<p>{escape(lead)}{self.story(sapo)}</p>"]
            entries = []
            stamp = rng.choice(("%H:%M", "%H:%M %d/%m", "%Hh%M"))  # "09:11", "09:11 28/06", "09h11"
            for k, e in enumerate(rng.sample(ENTRIES, rng.randint(3, 5))):
                t = (when + timedelta(minutes=15 * (5 - k))).strftime(stamp)
                entries.append(
                    f"<div{c('live-item')}><span{c('live-time')}>{t}</span>"
                    f"<div{c('live-content')}><p>{self.story(e)}</p></div></div>"
                )
            live_box = f"<div{c('live-list')}>{''.join(entries)}</div>"
            blocks.append(live_box)
            if rng.random() < 0.5:  # the lead in a box of its own above the list's box
                sapo_html = f"<div{c('live-lead')}>{blocks.pop(0)[3:-4]}</div>"
            if rng.random() < 0.5:
                blocks.insert(0, f"<div{c('live-label')}>{self.boiler('TRỰC TIẾP')}</div>")
        if fam == "video":
            blocks.insert(
                0,
                f"<div{c('video-player')}><video src='/v/{art_id}.mp4' controls></video></div>",
            )
        credits_box = ""
        end = ""
        if where == "end":
            if fam == "emagazine" and bform == "made-by":
                credits_box = f"<div{c('credits')}><p>{self.boiler(bytext)}</p></div>"
            else:
                align = " style='text-align:right'" if rng.random() < 0.5 else ""
                end = f"<p{align}><strong>{self.boiler(bytext)}</strong></p>"
        elif where == "credit":
            end = f"<p{c('source')}><em>{self.boiler(bytext)}</em></p>"
        if fam == "national" and blocks and blocks[-1].startswith("<p>"):
            blocks[-1] = blocks[-1][:-4] + "./.</p>"
        related = (
            f"<div{c('related')}><h3>{self.boiler('Tin cùng chuyên mục')}</h3><ul>"
            + "".join(
                f"<li><a href='/t{k}.html'>{self.boiler(t)}</a></li>"
                for k, t in enumerate(rng.sample(RELATED, 3))
            )
            + "</ul></div>"
        )
        tags = f"<div{c('tags')}>Từ khóa: <a href='/tag/1'>nông nghiệp</a> <a href='/tag/2'>chuyển đổi số</a></div>"
        widgets = ""
        if fam == "portal":
            widgets = f"<div{c('tools')}><a href='#print'>{self.boiler('Bản in')}</a> <a href='#send'>Gởi bài viết</a></div>"
        comments = ""
        if rng.random() < 0.4:
            comments = (
                f"<div{c('comments')}><h3>{self.boiler('Ý kiến bạn đọc')}</h3>"
                f"<textarea></textarea><button>Gửi bình luận</button></div>"
            )
        # --- the title block ---------------------------------------------------------------------
        h1 = f"<h1{c('article-title')}>{escape(headline)}</h1>"
        label = ""
        if fam in ("tayninh", "portal") and rng.random() < 0.5:
            label = f"<div{c('breadcrumb')}><a href='/s'>{escape(section)}</a></div>"
        head = f"{label}{h1}<div{c('meta')}>{date_html}</div>{top_byline}"
        if fam in ("emagazine",):
            head = (
                f"<div{c('cover')}><img src='/img/{art_id}-cover.jpg' alt=''>{h1}</div>"
                f"<div{c('meta')}>{date_html}</div>{top_byline}"
            )
        elif fam == "photo" and rng.random() < 0.5:
            head = f"<div{c('label')}>{self.boiler('Phóng sự ảnh')}</div>" + head
        body_box = f"<div{c('article-body' if fam != 'live' else 'live-body')}>{''.join(blocks)}{end}</div>"
        art = self.tag("article")
        article = f"<{art}{c('article')}>{head}{follow}{sapo_html}{body_box}{credits_box}{tags}{widgets}</{art}>"
        # --- the page ----------------------------------------------------------------------------
        menu = "".join(f"<li><a href='/s{k}'>{escape(s)}</a></li>" for k, s in enumerate(SECTIONS))
        sidebar = ""
        if fam not in ("mobile", "amp"):
            sidebar = (
                f"<{self.tag('aside')}{c('sidebar')}><h3>Tin mới</h3><ul>"
                + "".join(
                    f"<li><a href='/m{k}.html'>{escape(t)}</a> <span>{(when - timedelta(hours=k + 1)).strftime('%d/%m/%Y %H:%M')}</span></li>"
                    for k, t in enumerate(RELATED)
                )
                + f"</ul></{self.tag('aside')}>"
            )
        served = {
            0: f"{headline} - {site}",
            1: f"{site} | {headline}",
            2: headline,
        }[rng.randrange(3)]
        if fam == "tayninh" and rng.random() < 0.4:
            served = "Chi tiết tin"
        meta = self.metadata(headline, when, authors, site, page.url, art_id)
        amp = " amp" if fam == "amp" else ""
        viewport = "<meta name='viewport' content='width=device-width'>"
        head_html = (
            f"<!DOCTYPE html><html lang='vi'{amp}><head><meta charset='utf-8'>{viewport}"
            f"<title>{escape(served)}</title>{meta}</head><body>"
        )
        header = (
            f"<{self.tag('header')}{c('site-header')}><a href='/'>{escape(site)}</a>"
            f"{bars}<{self.tag('nav')}><ul>{menu}</ul></{self.tag('nav')}></{self.tag('header')}>"
        )
        footer = f"<{self.tag('footer')}{c('site-footer')}><p>{self.boiler(FOOTER)}</p></{self.tag('footer')}>"
        main = self.tag("main")
        page.html = (
            f"{head_html}{header}<{main}{c('main')}>{article}{related}{comments}{sidebar}"
            f"</{main}>{footer}</body></html>"
        )

    def metadata(
        self, headline: str, when: datetime, authors: list[str], site: str, url: str, art_id: int
    ) -> str:
        kind = self.page.meta
        if kind == "none":
            return ""
        if kind == "day-only":
            stamp = when.strftime("%Y-%m-%d")
        elif kind == "utc":
            stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        else:
            stamp = when.isoformat()
        data: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": stamp,
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": url,
        }
        if authors and self.rng.random() < 0.6:
            data["author"] = [{"@type": "Person", "name": a} for a in authors]
        else:
            data["author"] = {"@type": "Organization", "name": site}
        og = (
            f"<meta property='og:title' content='{escape(headline)}'>"
            f"<meta property='og:url' content='{url}'>"
            f"<meta property='og:image' content='https://x/img/{art_id}.jpg'>"
        )
        if kind == "full":
            og += f"<meta property='article:published_time' content='{stamp}'>"
        return (
            og
            + f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
        )


def pages(count: int, seed: int, family: str | None = None) -> list[Page]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        fam = family or FAMILIES[i % len(FAMILIES)]
        page = Page(
            family=fam, classes=rng.choice(CLASSES), markup=rng.choice(MARKUPS),
            meta=rng.choice(METAS), seed=seed * 100000 + i,
        )  # fmt: skip
        Renderer(page, random.Random(page.seed)).render()
        out.append(page)
    return out


def minute(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=VN)
    return value.astimezone(VN).strftime("%Y-%m-%d %H:%M")


def check(page: Page, article) -> dict[str, list[str]]:
    """The failed checks of one page: field -> what went wrong."""
    fails: dict[str, list[str]] = {}
    if collapse(article.title or "") != collapse(page.title):
        fails["title"] = [f"{article.title!r}"]
    got = minute(article.published)
    if got != page.minute:
        fails["minute"] = [f"{got or 'none'} (truth {page.minute})"]
    if sorted(article.authors or []) != sorted(page.authors):
        fails["author"] = [f"{article.authors} (truth {page.authors})"]
    text = collapse(article.body_text or "")
    missed = [s for s in page.story if collapse(s[:SNIPPET]) not in text]
    if missed:
        fails["snippets"] = [m[:70] for m in missed]
    # A short line (a byline's name, "PV") leaks as a paragraph of its own: as a substring it
    # would be found in any story sentence that names the same person.
    lines = {collapse(line) for line in (article.body_text or "").split("\n")}
    leaked = [
        s
        for s in dict.fromkeys(page.boiler)
        if (collapse(s[:SNIPPET]) in text if len(s) >= SHORT_LINE else collapse(s) in lines)
    ]
    if leaked:
        fails["boilerplate"] = [s[:70] for s in leaked]
    return fails


FIELDS = ("title", "minute", "author", "snippets", "boilerplate")


def main(argv: list[str] | None = None) -> None:
    from aggregator.extract import extract_article

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=660)
    parser.add_argument("--seed", type=int, default=13, help="13: development; others: held out")
    parser.add_argument("--perturb", default="", help="no-meta, no-class, no-tags (comma list)")
    parser.add_argument("--family", default=None, help="only this family")
    parser.add_argument("--fail", type=int, default=0, help="failing pages to print")
    parser.add_argument("--field", default=None, help="print only failures of this field")
    args = parser.parse_args(argv)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    modes = [m for m in args.perturb.split(",") if m]
    by: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    total: Counter = Counter()
    failures = []
    for page in pages(args.pages, args.seed, args.family):
        raw = page.html.encode()
        if modes:
            raw = perturb(raw, modes, page.url)
        article = extract_article(raw, page.url, now=now)
        fails = check(page, article)
        counts = Counter({f: int(f not in fails) for f in FIELDS})
        counts.update(pages=1, whole=int(not fails))
        total.update(counts)
        for dim in ("family", "classes", "markup", "meta"):
            by[dim][getattr(page, dim)].update(counts)
        if fails and (args.field is None or args.field in fails):
            failures.append((page, fails, article))

    def line(c: Counter) -> str:
        return f"{c['whole']}/{c['pages']} whole; " + ", ".join(f"{f} {c[f]}" for f in FIELDS)

    label = f" ({args.perturb})" if args.perturb else ""
    print(f"Vietnamese pages, seed {args.seed}{label}: {line(total)}")
    for dim, values in by.items():
        print(f"\n{dim}:")
        for value, c in sorted(values.items()):
            print(f"- {value}: {line(c)}")
    for page, fails, article in failures[: args.fail]:
        print(
            f"\n{page.family} {page.classes} {page.markup} {page.meta} {page.form} seed={page.seed}"
        )
        for f, what in fails.items():
            print(f"  {f}: {what[:3]}")
        body = article.body_text or ""
        print(f"  body starts {body[:100]!r} ... ends {body[-100:]!r}")


if __name__ == "__main__":
    main()
