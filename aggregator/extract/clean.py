"""Pure text helpers for Vietnamese news pages: whitespace, credits, bylines, lead prefixes, captions.

Everything here works on plain strings (one paragraph or one line at a time) and is table-tested in
``tests/test_extract.py``. The vocabularies (phrases, prefixes, labels) are named tables at the top,
kept apart from the code that applies them, so adding a phrase seen on a new site is a one-line change.
Nothing here parses HTML; ``content.py`` and ``page.py`` decide which strings to pass in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree

from aggregator import text as display_text
from aggregator.text import INVISIBLE_CHARS
from aggregator.urls import same_site

# --- vocabularies ----------------------------------------------------------------------------------

# Headings that start a block which is never article text: once a body reaches one of these, the rest
# of the container is related links, comments or navigation (vietnam-notes §2.2, plus English ones).
STOP_HEADINGS: tuple[str, ...] = (
    "tin cùng chuyên mục", "tin liên quan", "bài liên quan", "tin bài liên quan", "xem thêm",
    "đọc thêm", "có thể bạn quan tâm", "bạn có thể quan tâm", "video liên quan", "ý kiến bạn đọc",
    "gửi bình luận", "bình luận", "viết bình luận", "tin mới nhất", "tin mới", "tin khác",
    "các tin khác", "tin đọc nhiều", "đọc nhiều nhất", "tin nổi bật", "cùng chuyên mục",
    "các tin đã đưa", "tin đã đưa",
    "related articles", "related stories", "related news", "related", "read more", "more stories",
    "recommended", "comments", "leave a comment", "leave a reply", "you may also like",
    "more from", "most read", "most popular", "trending", "other news", "see also",
    "related posts", "related content", "related reading", "you might also like",
    "recommended for you", "about the author", "no comments", "popular posts",
    # The same end-of-article boxes on German, French, Spanish, Portuguese, Italian, Polish pages.
    "weitere artikel", "weitere beiträge", "ähnliche artikel", "ähnliche beiträge",
    "verwandte artikel", "verwandte beiträge", "kommentare", "keine kommentare",
    "über den autor", "über die autorin", "meistgelesen", "meistgelesene artikel",
    "articles similaires", "articles liés", "commentaires", "à propos de l'auteur",
    "vous aimerez aussi", "les plus lus", "notas relacionadas", "noticias relacionadas",
    "artículos relacionados", "lo más leído", "comentarios", "sobre el autor",
    "notícias relacionadas", "comentários", "articoli correlati", "commenti",
    "podobne artykuły", "komentarze",
    # invitations that open the comment section ("Tell us what YOU think...")
    "tell us what you think", "have your say", "join the discussion", "join the conversation",
    "post a comment", "add a comment", "write a comment", "diskutieren sie mit",
    "kommentar schreiben", "schreibe einen kommentar", "laisser un commentaire",
    "deja un comentario", "deixe um comentário", "lascia un commento", "dodaj komentarz",
)  # fmt: skip

# Headings of a teaser box set inside the article ("Lesen Sie auch", "Le puede interesar"): the
# article goes on after the box, so they are not stop headings; the heading line is dropped and
# the box's links go as link-dense blocks.
TEASER_HEADINGS: frozenset[str] = frozenset({
    "also read", "you may be interested in", "further reading", "more on this topic",
    "auch interessant", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
    "das könnte sie interessieren", "das könnte dich interessieren", "mehr zum thema",
    "lesen sie auch", "lesen sie mehr", "zum weiterlesen", "à lire aussi", "lire aussi",
    "sur le même sujet", "te puede interesar", "le puede interesar",
    "también te puede interesar", "leia também", "veja também", "leggi anche",
    "ti potrebbe interessare", "zobacz także", "zobacz też", "czytaj także", "czytaj też",
    "keep reading", "read next", "read also", "weiterlesen", "lire la suite",
})  # fmt: skip

# Whole paragraphs that are page furniture, matched at the start of a paragraph (lower-cased).
BOILERPLATE_PREFIXES: tuple[str, ...] = (
    "đọc báo in", "tải ứng dụng", "theo dõi báo", "nghe audio", "aa |", "tăng cỡ chữ", "cỡ chữ",
    "bản in", "gởi bài viết", "gửi bài viết", "in bài viết", "chia sẻ bài viết", "skip ribbon",
    "skip to main content", "tổng số lượt truy cập", "lượt xem:", "email của bạn sẽ không",
    "share this article", "share on facebook", "follow us on", "sign up for our newsletter",
    "advertisement", "quảng cáo",
    # Copyright notes the CMS appends inside the body's container ("Bản quyền thuộc về Báo …,
    # ghi rõ nguồn khi phát hành lại thông tin").
    "bản quyền thuộc về", "ghi rõ nguồn", "© ", "copyright ©", "copyright (c)",
)  # fmt: skip

# Whole lines that are a share bar's or a print view's labels, left alone in their block when the
# buttons are icons (AMP's amp-social-share, print views' links): "Chia sẻ", "Đóng cửa sổ". Only
# the whole line: "Chia sẻ" opens sentences too ("Chia sẻ với phóng viên, ông …").
BOILERPLATE_LINES: frozenset[str] = frozenset({
    "chia sẻ", "chia sẻ bài", "chia sẻ bài viết", "chia sẻ facebook", "chia sẻ zalo",
    "đóng cửa sổ", "đóng lại", "quay lại", "trở về", "về đầu trang", "lên đầu trang", "in bài",
    "gửi email", "gửi e-mail", "gửi bạn bè", "lưu bài viết", "lưu tin",
    # The label of a story's format over its headline ("Phóng sự ảnh", "Trực tiếp",
    # "eMagazine") and a live page's refresh controls: furniture, alone in a block.
    "phóng sự ảnh", "trực tiếp", "emagazine", "e-magazine", "longform", "tự động cập nhật",
    "làm mới",
    # An app promotion's button, alone in a block once its box's class is gone.
    "tải ngay", "tải về", "tải app", "tải ứng dụng", "mở ứng dụng", "cài đặt ngay",
    "tải về ngay", "mở app",
    # The break an ad slot leaves in the story ("Article continues below", "Lesen Sie nach der
    # Anzeige weiter"), alone in its block once the slot's class is gone: the text goes on after
    # it, so it is dropped like the ad's label, not read as a stop.
    "article continues below", "story continues below", "the article continues below",
    "article continues below advertisement", "story continues below advertisement",
    "article continues after advertisement", "continue reading below",
    "lesen sie nach der anzeige weiter", "weiter nach der anzeige", "weiterlesen nach der anzeige",
    "artikel geht nach der anzeige weiter", "der artikel geht unter der anzeige weiter",
    "bài viết tiếp tục bên dưới", "nội dung tiếp tục bên dưới", "mời đọc tiếp bên dưới",
    "l'article continue ci-dessous", "la suite après la publicité", "la suite après cette publicité",
    "el artículo continúa debajo", "la nota continúa debajo", "continua a leggere sotto",
})  # fmt: skip

# Words of media-player and gallery controls ("Caption Close", "Image 1 of 8", "Previous Next",
# "Xem ảnh Đóng"). A short block made only of these (and numbers) is a widget's button labels,
# never a sentence of the article, on any site.
CONTROL_WORDS: frozenset[str] = frozenset({
    "caption", "close", "open", "expand", "collapse", "image", "images", "photo", "photos",
    "video", "play", "pause", "replay", "next", "previous", "prev", "back", "of", "enlarge",
    "zoom", "fullscreen", "full", "screen", "toggle", "gallery", "slideshow", "thumbnails",
    "advert", "advertisement", "loading", "more", "less", "hide", "show", "view",
    "đóng", "mở", "xem", "ảnh", "phóng", "to", "thu", "nhỏ", "trước", "tiếp", "theo",
    # the advertisement label in other languages, and print/PDF buttons
    "anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità", "reklama",
    "iklan", "print", "drucken", "imprimer", "imprimir", "drukuj", "pdf",
})  # fmt: skip
_WORD = re.compile(r"\w+")
# Calls to action that publishers append to (or drop into) every article: newsletter sign-ups,
# "follow us on Twitter", "Have a tip? X may be reached at …", Jetpack's "This slideshow requires
# JavaScript". They address the reader about the site, not about the story. Matched anywhere in a
# short paragraph (an article sentence that mentions a newsletter is longer than a promo line).
_PROMO = re.compile(
    r"""\b(?:newsletters?\b|subscribe\s+(?:to|now|today)\b|sign\s+up\s+(?:for|to)\b
        | requires\s+javascript | may\s+be\s+reached\s+at
        | follow\s+(?:us|him|her|them|\w+)\s+on\s+(?:twitter|facebook|instagram)
        | (?:telegram|whatsapp|viber|zalo)[-\s]+(?:channel|kanal|group|gruppe|nhóm|community)
        | (?:canal|grupo|channel|kênh|nhóm)\s+(?:de\s+|on\s+|trên\s+)?(?:telegram|whatsapp|viber|zalo)
        | đăng\s+ký\s+nhận\s+(?:tin|bản\s+tin)
        # the paper's calls inside the body's container: "Mời bạn đọc theo dõi Báo Tỉnh trên
        # Google News", "… trên Zalo", "Đặt mua Báo Tỉnh in: liên hệ …"
        # (only as the paragraph's opening: a story says "… theo dõi diễn biến trên Facebook")
        | ^\W*(?:mời\s+(?:bạn\s+đọc|quý\s+(?:vị|độc\s+giả|bạn\s+đọc)|độc\s+giả)\s+)?(?:hãy\s+)?
          (?:theo\s+dõi\s+(?:[^\W\d_]+\s+){0,6}?trên\s+(?:google\s+news|zalo|facebook|youtube
            |tiktok|fanpage)\b[^,;.]{0,60}\.?\s*$
          | đặt\s+mua\s+(?:báo|tạp\s+chí|ấn\s+phẩm)\b)
        # the paper's app: "Tải ứng dụng Báo Tỉnh để đọc tin nhanh nhất", "Cài đặt ứng dụng
        # … trên điện thoại", "Đọc Báo Tỉnh trên ứng dụng di động" (as the paragraph's opening,
        # short: a story says "… hướng dẫn người dân tải ứng dụng VNeID")
        | ^\W*(?:mời\s+(?:bạn\s+đọc|quý\s+(?:vị|độc\s+giả)|độc\s+giả)\s+)?(?:hãy\s+)?
          (?:(?:tải|cài\s+đặt|cài)\s+(?:ngay\s+)?(?:ứng\s+dụng|app)\s+(?:báo|tạp\s+chí|[^\W\d_]+\s+online)
            | tải\s+app\s+để | đọc\s+(?:báo|tạp\s+chí)\s+(?:[^\W\d_]+\s+){0,4}?trên\s+(?:ứng\s+dụng|app)\b
          )[^.!?]{0,100}$
        # the tip line: "Bạn đọc có thông tin phản ánh xin gửi về đường dây nóng: 0912…"
        | ^\W*(?:mời\s+)?(?:bạn\s+đọc|quý\s+độc\s+giả|độc\s+giả)\b[^.!?]{0,80}?
          (?:đường\s+dây\s+nóng|hotline)\b
        | already\s+a\s+(?:subscriber|member) | become\s+a\s+(?:subscriber|member)
        | hazte\s+(?:miembro|socio|suscriptor) | suscr[ií]bete | abonnez-vous
        | jetzt\s+abonnieren | abonnieren\s+sie | assine\s+(?:já|a|o|agora) | iscriviti
        | do\s+subskrypcji
        # a paywall's teaser box left in the page above the rest of the story ("You have read
        # your free articles this month", "Dieser Artikel ist nur für Abonnenten verfügbar",
        # "Bài viết dành cho thành viên. Đăng ký gói đọc báo …")
        | \byour\s+(?:\d+\s+)?free\s+articles?\b
        | \b(?:only\s+(?:available\s+)?(?:to|for)\s+subscribers|(?:to|for)\s+subscribers\s+only)\b
        | \bnur\s+für\s+(?:abonnenten|abonnentinnen|abonnent\*innen)\s+(?:verfügbar|lesbar|sichtbar)
        | \bbài\s+viết\s+(?:chỉ\s+)?dành\s+(?:riêng\s+)?cho\s+(?:thành\s+viên|hội\s+viên)
        | \bđăng\s+ký\s+gói\s+(?:đọc|thành\s+viên|hội\s+viên)
        | if\s+you\s+(?:enjoy(?:ed)?|lik(?:e|ed))\s+(?:reading\s+)?this\s+(?:article|post|story|piece)
        | wenn\s+ihnen\s+(?:dieser|der)\s+(?:artikel|beitrag)\s+gefallen\s+hat
        | click\s+here\s+(?:for|to)\s+(?:more\s+information|subscribe|find\s+out\s+more)
        # sign-ups without a named list ("… DiEM25's actions? Sign up here"), and appeals for
        # the site's money or membership ("Wesprzyj nas darowizną", "Hágase miembro ahora",
        # "Support our journalism", "Unterstützen Sie uns"; not a bare "support us", which a
        # quoted speaker says)
        | sign\s+up\s+(?:here|now|today)\b | h[aá]gase\s+(?:miembro|socio|suscriptor)
        | wesprzyj\s+nas | unterstützen\s+sie\s+uns | soutenez[-\s]nous | apóyanos
        | support\s+(?:our|independent)\s+(?:work|journalism|newsroom)\b
        | make\s+a\s+donation | donate\s+(?:now|today)\b
        # an affiliate-link disclosure ("Bei den Verlinkungen handelt es sich um Affiliate
        # Links", "This post contains affiliate links"): about the page's links, not the story
        | affiliate[-\s]links?\b | partner-?links?\b | enlaces\s+de\s+afiliad
        | liens\s+(?:d'affiliation|affiliés)
        # a wire's pointer to its topic page ("Follow AP's full coverage of Brexit at https://…")
        | follow\s+(?:\w+'s\s+)?(?:full\s+|complete\s+|more\s+|all\s+)?coverage\b
        # a magazine's pitch for its print issue ("… bestellen Sie es im Shop als Abo oder
        # Einzelheft", "Das Heft können Sie hier bestellen")
        | \beinzelhefte?\b
        | \b(?:heft|magazin|ausgabe)\s+(?:können\s+sie|kannst\s+du)\s+(?:\w+\s+){0,2}bestellen)""",
    re.IGNORECASE | re.VERBOSE,
)
PROMO_MAX_LEN = 200
# A word every alternative of _PROMO contains: a cheap substring test in front of the regex, which
# costs ~5 µs per paragraph and is asked of every paragraph.
_PROMO_WORDS = (
    "newsletter", "subscribe", "sign", "requires", "reached", "follow", "đăng", "already", "become",
    "hazte", "suscr", "abonn", "assine", "iscriviti", "subskrypcji", "click", "enjoy", "like",
    "gefallen", "telegram", "whatsapp", "viber", "zalo", "gase", "wesprzyj", "unterstützen",
    "soutenez", "apóyanos", "support", "donat", "affiliate", "partner", "afiliad", "affili",
    "coverage", "dõi", "đặt mua", "dây nóng", "hotline", "einzelheft", "bestellen", "ứng dụng",
    "app", "free article", "thành viên", "hội viên",
)  # fmt: skip

# A provenance line: "Theo TQĐT", "(Theo TTXVN)", "Nguồn: VNEWS", "Source: http://…", "-VNA".
_CREDIT = re.compile(
    r"""^\(?\s*(?:
        (?:theo|nguồn|source|according\s+to)\s*[:\-–]?\s*\S.{0,80}   # Theo TQĐT / Nguồn: …
        | [-–]\s*(?:VNA|TTXVN|VOV|VNS)                                 # English wire tail "-VNA"
    )\s*\)?\s*[./]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# "Nguồn: https://…" / "Source: http://…" / "URL: …", the whole line an address.
_ADDRESS_LINE = re.compile(
    r"^\(?\s*(?:nguồn|source|url|link\s+bài\s+viết|địa\s+chỉ\s+bài\s+viết)\s*:?\s*"
    r"(?P<url>(?:https?://|www\.)\S+?)\s*\)?\s*$",
    re.IGNORECASE,
)


def is_own_address_line(text: str, page_url: str) -> bool:
    """True for a line that is only this site's own address after a source label ("Nguồn:
    https://baotinh.vn/tin-tuc/bai-12.html" under a print view): the page saying where it is
    printed from, not a credit to another outlet. Another site's address stays a credit."""
    if len(text) > 300 or ("://" not in text and "www." not in text):
        return False
    m = _ADDRESS_LINE.match(one_line(text))
    if m is None:
        return False
    url = m.group("url")
    return same_site(url if "://" in url else "http://" + url, (urlsplit(page_url).hostname or "",))


# Byline labels, longest first so "Bài, ảnh" wins over "Bài" (vietnam-notes §2.3), and their
# English, German, French, Italian and Spanish kin ("Autor: …", "Text: …").
BYLINE_LABELS: tuple[str, ...] = (
    "bài và ảnh", "bài, ảnh", "bài - ảnh", "bài/ảnh", "bài + ảnh", "tin và ảnh", "tin, ảnh",
    "tin - ảnh", "tin/ảnh", "tin + ảnh", "thực hiện", "nhóm phóng viên",
    # The writer of an e-magazine's credits block ("Nội dung: Minh Anh - Ảnh: … - Thiết kế: …")
    # and the maker of a photo story ("Phóng sự ảnh: …", "Ảnh và bài: …"): the author.
    "nội dung", "phóng sự ảnh", "ảnh và bài", "ảnh, bài", "ảnh/bài",
    "phóng viên", "tác giả", "người viết", "người đăng", "viết bởi", "đăng bởi", "bài",
    "text and photos",
    "story and photos", "written by",
    "posted by", "by", "autorin", "autor", "author", "auteur", "autore", "verfasser", "text",
    "texte", "testo", "texto", "tekst", "von", "par", "por", "de",
    # Nordic, Finnish, Turkish and Polish/Czech kin: "Forfatter: …", "Yazar: …".
    "författare", "forfatter", "kirjoittaja", "yazar", "autorka",
    # A guest's byline.
    "gastautorin", "gastautor",
    # Round 12 (benchmarks/byline_forms.py): the writer's label in Russian and Ukrainian
    # ("Автор: …", "Текст: …"), Turkish ("Yazan: …", "Haber: …"), Finnish ("Teksti: …"),
    # Hungarian ("Szerző: …", "Írta: …"), Croatian, Serbian and Bosnian ("Piše: …",
    # "Napisao: …"), Greek ("Συντάκτης: …", "Γράφει: …"), Indonesian and Malay ("Penulis: …",
    # "Oleh: …"), Romanian ("Autor: …" above), English "Words: …".
    "автор", "авторка", "текст", "yazan", "yazar", "haber", "teksti", "szerző", "írta", "piše",
    "napisao", "napisala", "συντάκτης", "συντάκτρια", "γράφει", "κείμενο", "penulis",
    "words",
    # Chinese and Japanese: "作者：张伟", "记者：王芳", "文：山田太郎" (full-width colon).
    "作者", "记者", "記者", "撰文", "采写", "文字", "執筆", "筆者", "文",
    # The editor who wrote it up: "Redaktion: Anna Berger" (a newsroom's name after the label
    # is no person and stays out).
    "redaktion", "redacción", "redazione", "rédaction", "redactie",
)  # fmt: skip
# One label for the words and the pictures, like "Bài, ảnh": "Text & Fotos: …", "Text und Bild:
# …", "Texte et photos : …", "Words and pictures: …" (the writer took the photos too).
_TEXT_AND_PICTURES = (
    r"(?:text[eo]?|words)\s*(?:und|and|et|y|e|&|/|\+|,)\s*(?:fotos?|bild(?:er)?|photos?|pictures)"
)
# Labels of a photo or video credit: "Ảnh: Minh Quang" names a photographer, not the author.
PHOTO_LABELS: tuple[str, ...] = (
    "ảnh", "hình", "clip", "video", "photos", "photo", "fotos", "foto", "bilder", "bild", "image",
    # Dutch "Foto's: …", "Beeld: …" (round 13: a Dutch credits line's photographer was an author)
    "foto's", "beeld",
    # the picture heading the post ("Beitragsbild: …", "Featured image: …", "Ảnh bìa: …")
    "ảnh bìa", "ảnh đại diện", "beitragsbild", "titelbild", "titelfoto", "featured image",
    "header image", "cover image", "cover photo",
    # the pictures and footage of an e-magazine or video page ("Ảnh/Video: …")
    "ảnh/video", "ảnh và video", "ảnh, video",
)  # fmt: skip
# Labels of a longform page's layout credit ("Thiết kế: …", "Trình bày: …", "Đồ họa: …"): the
# designer, not an author. Only before names: "Thiết kế: gọn, pin 5.000 mAh" is a review's line.
DESIGN_LABELS: tuple[str, ...] = ("thiết kế", "trình bày", "đồ họa", "đồ hoạ")
# Words that introduce a byline without a colon: "By …", "Von …", "Par …", "Por …", "Bởi …".
BY_WORDS: tuple[str, ...] = (
    "written by", "posted by", "veröffentlicht von", "eingestellt von", "geschrieben von",
    "verfasst von", "publié par", "écrit par", "publicado por", "escrito por", "pubblicato da",
    "scritto da", "by", "von", "par", "por", "di", "door", "przez", "bài viết bởi", "đăng bởi", "viết bởi", "bởi",
    # Swedish, Norwegian and Danish ("Av Anna Lindqvist", "Skrevet af …"), Dutch, Polish, Czech.
    "skrivet av", "skrevet av", "skrevet af", "av", "af", "geschreven door", "napisał",
    "napisała", "napsal", "napsala",
    # Indonesian and Malay ("Oleh Budi Santoso"), Hungarian and Croatian without the colon.
    "oleh", "írta", "piše",
    # Romanian "de Ioana Popescu" (before full names only: ``byline_names``); Chinese and
    # Japanese "记者 张伟", "記者 山田太郎".
    "de", "记者", "記者",
    # A line that says what kind of piece it is and whose: "Ein Interview von …".
    "ein beitrag von", "ein gastbeitrag von", "ein kommentar von", "ein interview von",
    "ein artikel von", "ein text von", "blog beitrag von", "blogbeitrag von", "artikel von",
    "beitrag von", "kommentar von",
    "a guest post by", "an interview by", "an article by",
    # What the credit is for: "Story by …", "Words by …", "Reporting by A; Editing by B".
    "guest post by", "gastbeitrag von", "story by", "words by", "text by", "report by",
    "reporting by", "article by", "a cura di",
)  # fmt: skip
_BYLINE = re.compile(
    r"^\(?\s*(?P<label>"
    + _TEXT_AND_PICTURES
    + "|"
    + "|".join(re.escape(label) for label in BYLINE_LABELS)
    + r")\s*[:\-–：]\s*(?P<names>[^()]{2,80}?)\s*\)?\s*\.?$"
    + r"|^(?P<by>"
    + "|".join(re.escape(word) for word in BY_WORDS)
    + r")\s+(?P<bynames>[^\W\d_][^()]{1,110}?)\.?$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"^\(?\s*(?:" + "|".join(re.escape(label) for label in PHOTO_LABELS) + r")\s*[:\-–]\s*\S",
    re.IGNORECASE,
)
_DESIGN_CREDIT = re.compile(
    r"^\(?\s*(?:"
    + "|".join(re.escape(label) for label in DESIGN_LABELS)
    + r")\s*:\s*(?P<names>.+?)\)?$",
    re.IGNORECASE,
)


# The photo, video and layout credits after the writer in one credits line ("Nội dung: Minh Anh
# - Ảnh/Video: Thu Hà - Thiết kế: Lê Hương"), or on the next line of a credits box read as one
# ("Nội dung: Minh Anh Ảnh: Thu Hà", "Minh AnhẢnh: Thu Hà" where the box's lines were glued).
_CREDITS_AFTER = re.compile(
    r"(?P<sep>\s*(?:\s[-–—]|[|,;])\s*|\s+|(?<=[^\W\d_]))(?P<label>"
    + "|".join(re.escape(label) for label in (*PHOTO_LABELS, *DESIGN_LABELS))
    + r")\s*:",
    re.IGNORECASE,
)


def _without_credits_after(raw: str) -> str:
    """*raw* (a byline's names) up to the first photo, video or layout credit after them: cut
    before the tail's "/" reads as an agency's ("Ảnh/Video"). Without a dash or comma between,
    only a capitalised label after a word counts ("Minh Anh Ảnh: …"), glued to a lower-case
    letter if the box's lines ran together."""
    if ":" not in raw:
        return raw
    for match in _CREDITS_AFTER.finditer(raw):
        start = match.start("label")
        if not match.group("sep").strip() and not (start and raw[start].isupper()):
            continue
        if not match.group("sep") and not raw[start - 1].islower():
            continue
        if start:
            return raw[: match.start()]
    return raw


def _credit_part(text: str) -> bool:
    """A photo, video or layout credit ("Ảnh: Thu Hà", "Thiết kế: Lê Hương"): no author."""
    if _PHOTO_CREDIT.match(text):
        return True
    match = _DESIGN_CREDIT.match(text)
    return match is not None and _names_only(match.group("names"))


def _names_only(text: str) -> bool:
    """*text* is a list of names and nothing else ("Lê Hương", "Minh Anh, Thu Hà")."""
    names = split_names(text)
    return bool(names) and all(_is_name(n) or _INITIALS.match(n) for n in names)


_LABEL_PREFIX = re.compile(
    r"^(?:"
    + _TEXT_AND_PICTURES
    + "|"
    + "|".join(re.escape(label) for label in BYLINE_LABELS)
    + r")\s*[:：]\s*",
    re.IGNORECASE,
)
# What follows the names in a byline line and is not a name: a date ("am 21. April 2020", "on
# Monday, March 5, 2024",
# "| 12/10/2020", ", 3.11.2021"), a handle ("@wperdomod"), an agency ("/SP-X"), a dangling dash,
# the person interviewed or a helper after "mit"/"with" ("Ein Interview von A mit B").
_BYLINE_TAIL = re.compile(
    r"""\s+(?:am|on|le|el|em|il|vom|du|del|ngày|lúc|updated|aktualisiert)
        \s+(?:[^\W\d_]+[.,]?\s+){0,2}\S*\d.*$
        |\s*[|•·]\s.*$|\s*[|•·]$|,?\s+\d{1,4}[./-]\d.*$|\s+@\w.*$|\s*/.*$|\s+[-–—]\s*$
        |\s+(?:mit|with)\s+\S.*$
        # where a Chinese or Japanese writer files from, in full-width brackets ("张伟（杭州）")
        |\s*（[^）]{1,12}）$
        # the reading time set after the name ("von Lars Sobiraj Lesezeit: 4 Min.")
        |\s+(?:reading\s+time|read\s+time|lesezeit|lesedauer|leestijd|temps\s+de\s+lecture
            |tiempo\s+de\s+lectura|tempo\s+de\s+leitura|tempo\s+di\s+lettura)\s*:?\s*(?:ca\.\s*|~\s*)?\d.*$
        |\s+\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti)\.?\s+(?:read|lesezeit|de\s+lectura
            |de\s+leitura|de\s+lecture|di\s+lettura)\b.*$
        |\s+(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\b\D*\d.*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Newsroom pseudonyms that stand in for a name: "PV" = phóng viên (reporter), "CTV" = contributor.
STAFF_NAMES: frozenset[str] = frozenset(
    {"PV", "NHÓM PV", "CTV", "PV-CTV", "BTV", "NHÓM PHÓNG VIÊN"}
)
# A job title after a name ("Christoph Hein Chefredakteur"), not part of it.
_ROLE_SUFFIX = re.compile(
    r"\s*[,(]?\s*(?:chefredakteur(?:in)?|redakteur(?:in)?|editor(?:-in-chief)?|senior\s+editor"
    r"|reporter|journalist(?:in)?|correspondent|staff\s+writer|photographer|phóng\s+viên"
    r"|biên\s+tập\s+viên)\)?$",
    re.IGNORECASE,
)
# A job title set after a name and a comma, a part of its own: "Staff Writer", "Senior
# Political Correspondent", "Redakteurin", "corresponsal" (a name has no such last word).
_ROLE_PART = re.compile(
    r"^(?:[^\W\d_][\w.'-]*\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor"
    r"|journalist|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|journalist(?:in)?"
    r"|periodista|redactor(?:a)?|corresponsal|journaliste|rédacteur|rédactrice|correspondant(?:e)?"
    r"|giornalista|redattore|redattrice|corrispondente|verslaggever|correspondent(?:e)?"
    # Round 12: Portuguese, Polish, Czech and Slovak, Russian and Ukrainian, Turkish, Finnish,
    # Hungarian, Romanian, Greek, Croatian and Indonesian job titles.
    r"|jornalista|dziennikar(?:z|ka)|reporter(?:ka)?|redaktor(?:ka)?|korespondent(?:ka)?"
    r"|корреспондент|кореспондент(?:ка)?|журналист(?:ка)?|журналіст(?:ка)?|обозреватель|оглядач"
    r"|muhabir|toimittaja|újságíró|tudósító|jurnalist(?:ă)?|reporteră|δημοσιογράφος|ανταποκριτής"
    r"|novinar(?:ka)?|dopisni(?:k|ca)|wartawan|jurnalis|kontributor)$",
    re.IGNORECASE,
)
# The same for several writers, and a desk named as a compound ("…, staff writers",
# "…, Lokalredaktion", "…, verslaggevers"): round 13's signed lines under the headline.
_ROLES_PART = re.compile(
    r"^(?:[^\W\d_][\w.'-]*\s+){0,3}(?:writers|reporters|correspondents|editors|journalists"
    r"|columnists|contributors|redakteure|redakteurinnen|korrespondenten|journalisten"
    r"|journalistes|rédacteurs|rédactrices|correspondants|periodistas|redactores"
    r"|corresponsales|giornalisti|redattori|corrispondenti|verslaggevers|correspondenten"
    r"|redacteuren|phóng\s+viên|[^\W\d_]+redaktion)$",
    re.IGNORECASE,
)


def is_role(line: str) -> bool:
    """Whether *line* is only a job title or a desk ("Senior reporter", "Redakteurin",
    "Phóng viên", "Lokalredaktion"): the line under a name on a writer's card."""
    return bool(line) and bool(
        _ROLE_PART.match(line) or _ROLES_PART.match(line) or _ROLE_ONLY.match(line)
    )


# Singular titles ``_ROLE_PART`` leaves out for its comma rule: a Vietnamese reporter.
_ROLE_ONLY = re.compile(r"^(?:phóng\s+viên|biên\s+tập\s+viên|cộng\s+tác\s+viên)$", re.IGNORECASE)


def role_signed(line: str) -> list[str] | None:
    """Writers a line signs without a label, their job title or desk after the last comma
    ("Rachel Whitfield and Daniel Okafor, staff writers", "Katrin Vogel, Redakteurin"): every
    name a person's full name; None otherwise (a subtitle, a place, a sentence)."""
    line = one_line(line)
    if len(line) > 100:
        return None
    head, comma, tail = line.rpartition(",")
    tail = tail.strip()
    if not comma or not (_ROLE_PART.match(tail) or _ROLES_PART.match(tail)):
        return None
    names = byline_names(head)
    return names if names and all(_full_name(n) for n in names) else None


# A name and how to reach its writer, nothing else: "Phạm Thu Trang, thutrang@baohungyen.vn",
# "Rachel Whitfield @rwhitfield", "Anna Berger | anna.berger@example.de".
_CONTACT_SIGNED = re.compile(
    r"^(?P<name>[^,|·@]{4,60}?)\s*[,|·–-]?\s*"
    r"(?:\(?@[\w.]{2,30}\)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$"
)


def contact_signed(line: str) -> list[str] | None:
    """The writer a line names by a full name followed only by an e-mail address or a
    handle, without a label (round 13); None otherwise."""
    match = _CONTACT_SIGNED.match(one_line(line))
    if not match:
        return None
    name = match.group("name").strip()
    return [name] if _full_name(name) and len(name.split()) <= 4 else None


# Lead prefixes glued to the sapo: "(BTN) -", "(Baonghean.vn) -", "QTO -", "TPO -", "VOV.VN -",
# "NDĐT-", "(TTV)", and Báo Tuyên Quang's bare "- " (vietnam-notes §2.2).
_LEAD_PREFIX = re.compile(
    r"""^\s*(?:
        \(\s*[\w.\-]{2,24}\s*\)\s*(?:[-–—:]\s*)?   # (BTN) -   (Baonghean.vn) -   (TTV)
        | [A-ZĐ][A-ZĐ0-9]{1,7}(?:\.VN)?\s*[-–—]\s*  # QTO -   TPO -   VOV.VN -   NDĐT-
        | [-–—]\s+                                 # - Ngày 23-3, …
    )""",
    re.VERBOSE,
)

# Separators between a headline and a site name in <title>/og:title.
# "•", "›", "~" and "::" are common in templates too ("Headline • Site", "Headline :: Site").
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-–—|:»·•›~]|::)\s+|\s*\|\s*")
# A trailing part naming a publication rather than the story.
_SITE_WORDS = re.compile(
    r"^(?:báo|tạp chí|cổng thông tin|trang tin|đài|truyền hình|news|online|điện tử|"
    r"www\.|[\w-]+\.(?:vn|com|net|org)\b)",
    re.IGNORECASE,
)

# The invisible characters are aggregator.text's (one definition for the whole product).
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]»]$")


# --- whitespace ------------------------------------------------------------------------------------


# Display normalisation of whole texts is aggregator.text.normalize_text (the pipeline applies it
# to every field); extraction only needs single lines, one paragraph at a time:


def element_text(el: etree._Element) -> str:
    """``el.text_content()`` of an element: every text node below it, in document order.

    The same libxml2 read (``xmlNodeGetContent``, which XPath's ``string()`` behind
    ``text_content`` calls too), through the text serializer instead of an XPath evaluation
    with its context: ~3x faster a call, and the extractor asks ~100 elements a page (the
    byline-label candidates, the scored paragraphs). Equal on every element of the benchmark's
    pages (``tests/test_extract_speed.py`` holds it to ``text_content`` on edge cases).
    """
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def one_line(text: str) -> str:
    """Collapse every whitespace run (newlines included) to one space; NFC; invisibles removed.

    Not aggregator.text.normalize_text: that one keeps line breaks and repairs mojibake per line
    (ftfy), which the extractor, calling this tens of thousands of times per page on short
    strings, neither needs nor can afford (the page was already decoded and repaired once).

    More than half of a page's calls repeat an earlier one (a paragraph's line, then its key for
    each vocabulary test): plain strings are remembered. Not lxml's string results, subclasses
    of ``str`` that hold their element, and with it the page's tree.
    """
    if text.__class__ is str:
        return _one_line(text)
    return _one_line.__wrapped__(text)


@lru_cache(maxsize=2048)
def _one_line(text: str) -> str:
    # str.split() without arguments splits on every Unicode space (NBSP, U+202F, U+3000 too).
    text = " ".join(text.split())
    if text.isascii():
        return text
    if any(map(text.__contains__, INVISIBLE_CHARS)):
        # Few lines hold one: seven substring tests (C; none at all where the text's widest
        # character is narrower than the invisible one) spare the character-class scan.
        text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


# --- classification of single lines ----------------------------------------------------------------


def _lower_key(text: str) -> str:
    """Lower-cased line without edge punctuation, for vocabulary lookups. Unlike
    aggregator.text.fold it keeps diacritics: "tin mới" and "tin mồi" must not collide."""
    return one_line(text).lower().strip(" :.-–—>»|")


# A comment counter ("0 Kommentare", "12 comments", "3 bình luận"): the comments start here.
_COMMENT_COUNT = re.compile(
    r"^(?:\d+|no|keine|aucun|sin|sem|nessun|brak)\s+(?:comments?|kommentare?|commentaires?"
    r"|comentarios?|comentários?|commenti|komentarz[ey]?|bình\s+luận|ý\s+kiến)$"
)


# Stop headings that name what the box holds more of ("More from The Verge", "Weitere Beiträge
# aus der Kolumne", "Empfehlungen aus dem Shop"): matched at the start of a short line.
STOP_PREFIXES: tuple[str, ...] = (
    "more from ", "more stories from ", "more articles from ", "weitere beiträge aus ",
    "weitere beiträge von ", "weitere beiträge zum ", "weitere artikel aus ", "weitere artikel zum ",
    "weitere artikel von ", "empfehlungen aus ", "plus d'articles ", "autres articles ",
    "más noticias de ", "más artículos de ", "tin cùng ", "các tin cùng ",
)  # fmt: skip


# A comment counter that quotes the post's title, as blog themes print it ("11 Antworten zu
# “Sunday Thoughts …”", "2 thoughts on “…”", "Keine Kommentare for “…”", "One Response to "…""):
# the quotation mark after the preposition tells it from a headline ("12 Kommentare zu Verkehr").
_COMMENT_TITLE = re.compile(
    r"""^(?:\d+|one|an?|no|ein|eine|einen|keine|un|une|aucun|sin|nessun)\s+
        (?:comments?|responses?|repl(?:y|ies)|thoughts?|kommentare?|antworten?|gedanken
        |reaktionen|commentaires?|réponses?|comentarios?|respuestas?|commenti|risposte)
        \s+(?:to|on|for|zu|zum|auf|für|à|sur|a|en|de|di|su)\s*["“”„«‘’'‚]""",
    re.VERBOSE,
)
_COMMENT_TITLE_MAX = 200
# A comment heading with its count after it in brackets ("Bình luận (12)", "Comments (24)",
# "Kommentare [3]"): the count is the section's, the words are a comment heading's.
_BRACKETED_COUNT = re.compile(r"^(?P<words>\D+?)\s*[(\[]\s*\d+\s*[)\]]$")


def _counted_comment_heading(folded: str) -> bool:
    if not folded.endswith((")", "]")):
        return False
    m = _BRACKETED_COUNT.match(folded)
    return m is not None and m.group("words") in _COMMENT_HEADINGS


def is_stop_heading(text: str) -> bool:
    """True for a heading like "Tin cùng chuyên mục" after which nothing is article text."""
    if len(text) > 60:  # cheap exit: nearly every paragraph is longer than any stop heading
        return (
            len(text) <= _COMMENT_TITLE_MAX
            and (text[:1].isdigit() or text[:1] in "OoAaNnEeKkUuSs")
            and _COMMENT_TITLE.match(one_line(text).lower()) is not None
        )
    folded = _lower_key(text)
    return bool(folded) and (
        folded in STOP_HEADINGS
        or _COMMENT_COUNT.match(folded) is not None
        or _COMMENT_TITLE.match(folded) is not None
        or _counted_comment_heading(folded)
        or (
            folded.startswith(STOP_PREFIXES)
            and len(folded.split()) <= 7
            and not text.rstrip().endswith(".")  # a sentence, not a box's heading
        )
    )


# The stop headings that open a comment section: a counter, or an invitation to write one.
_COMMENT_HEADINGS = frozenset({
    "comments", "leave a comment", "leave a reply", "no comments", "kommentare",
    "keine kommentare", "commentaires", "comentarios", "comentários", "commenti", "komentarze",
    "bình luận", "gửi bình luận", "viết bình luận", "ý kiến bạn đọc", "post a comment",
    "add a comment", "write a comment", "kommentar schreiben", "schreibe einen kommentar",
    "laisser un commentaire", "deja un comentario", "deixe um comentário", "lascia un commento",
    "dodaj komentarz", "join the discussion", "join the conversation", "have your say",
    "diskutieren sie mit", "tell us what you think",
})  # fmt: skip


def is_comment_heading(text: str) -> bool:
    """A heading that opens a comment section ("3 Kommentare", "Leave a Reply", "11 Antworten
    zu “…”"): a stop heading about comments."""
    if len(text) > _COMMENT_TITLE_MAX:
        return False
    folded = _lower_key(text)
    return bool(folded) and (
        folded in _COMMENT_HEADINGS
        or _COMMENT_COUNT.match(folded) is not None
        or _COMMENT_TITLE.match(folded) is not None
        or _counted_comment_heading(folded)
    )


# Stop headings of the related-links boxes that Vietnamese CMSs also set inside the body,
# between paragraphs (vietnam-notes §2.2); "Tin cùng chuyên mục" and the like only end a page.
_IN_BODY_BOX_HEADINGS = frozenset(
    {"tin liên quan", "bài liên quan", "tin bài liên quan", "xem thêm", "đọc thêm"}
)


def is_in_body_box_heading(text: str) -> bool:
    """A heading of a related-links box that may sit inside the story ("Tin liên quan:")."""
    return len(text) <= 40 and _lower_key(text) in _IN_BODY_BOX_HEADINGS


# The other related-links boxes' headings, which CMS templates set inside the body's
# container at its end, before the byline: other stories of the section, suggestions.
_END_BOX_HEADINGS = _IN_BODY_BOX_HEADINGS | {
    "tin cùng chuyên mục", "bài cùng chuyên mục", "tin khác", "các tin khác", "tin mới",
    "có thể bạn quan tâm", "bạn có thể quan tâm", "video liên quan",
}  # fmt: skip


def is_related_box_heading(text: str) -> bool:
    """A heading of any related-links box ("Tin cùng chuyên mục", "Tin liên quan:")."""
    return len(text) <= 40 and _lower_key(text) in _END_BOX_HEADINGS


# A teaser heading that names the site by its domain ("Auch auf gofeminin.de", "More on
# example.com", "Aussi sur lemonde.fr"): what follows is more of the site, not the story.
_ALSO_ON_SITE = re.compile(
    r"^(?:auch|mehr|also|more|aussi|plus|también|más|anche|więcej)\s+(?:auf|bei|on|at|sur|en|su|na)"
    r"\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$"
)


def is_teaser_heading(text: str) -> bool:
    """The heading of a teaser box set inside the article ("Lesen Sie auch", "Keep Reading")."""
    return len(text) <= 60 and _teaser_key(_lower_key(text))


def _teaser_key(folded: str) -> bool:
    return folded in TEASER_HEADINGS or (
        " " in folded and "." in folded and _ALSO_ON_SITE.match(folded) is not None
    )


# How to cite the post, set under it by academic blogs and journals ("SUGGESTED CITATION Sauer,
# Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09, https://…"): the page's reference, not
# the story. Long (a title and an address), so matched apart from the short furniture lines.
_CITATION = re.compile(
    r"^\W*(?:suggested\s+citation|cite\s+this\s+(?:article|post|paper)\s*:|cite\s+as\s*:"
    r"|zitiervorschlag|zitierhinweis|citation\s+suggérée|pour\s+citer\s+cet\s+article)(?!\w)",
    re.IGNORECASE,
)


def is_boilerplate(text: str) -> bool:
    """True for a paragraph that is page furniture ("Đọc báo in", "Lượt xem: 128", …)."""
    if len(text) <= 400 and _CITATION.match(text) is not None:
        return True
    if len(text) > 160:
        return False
    folded = _lower_key(text)
    return len(folded) < 120 and (
        folded.startswith(BOILERPLATE_PREFIXES)
        or folded in BOILERPLATE_LINES
        or _teaser_key(folded)
    )


# A view counter closing a short line ("08/01/2026 18:21 | Lượt xem: 1.234", "Số lần đọc:
# 56"): old Vietnamese templates write it on the date line (vietnam-notes §2.2).
_VIEW_COUNTER = re.compile(
    r"\s*[|\-–,]?\s*(?:lượt\s+(?:xem|đọc)|số\s+lần\s+(?:xem|đọc))\s*:?\s*[\d.,]+\s*$",
    re.IGNORECASE,
)


# The same counter opening the line, before the date ("Lượt xem: 1.245 | 08/01/2026 18:21").
_VIEW_COUNTER_FIRST = re.compile(
    r"^\s*(?:lượt\s+(?:xem|đọc)|số\s+lần\s+(?:xem|đọc))\s*:?\s*[\d.,]+\s*[|\-–,]?\s*",
    re.IGNORECASE,
)


def without_view_counter(line: str) -> str:
    """*line* without a view counter at its end or its start (a cheap test first: most lines
    have none)."""
    if "ượt" not in line and "ần" not in line and "ƯỢT" not in line and "ẦN" not in line:
        return line
    return _VIEW_COUNTER_FIRST.sub("", _VIEW_COUNTER.sub("", line))


# Labels that point the reader to another story: "Xem thêm: …", "Read more: …".
_POINTER = re.compile(
    r"^\W*(?:xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan|mời\s+xem|xem\s+tiếp"
    r"|read\s+more|see\s+also|related|also\s+read|lesen\s+sie\s+(?:auch|mehr)"
    r"|mehr\s+zum\s+thema|auch\s+interessant|(?:à\s+)?lire\s+aussi|leer\s+más"
    r"|lee\s+también|lea\s+también|(?:le|te)\s+puede\s+interesar|mira|leia\s+também"
    r"|veja\s+também|leggi\s+anche|(?:zobacz|czytaj)\s+(?:też|także|również))\s*[:>»\-–]",
    re.IGNORECASE,
)


# The way on to the next page of a series, without a separator ("... weiter zu „Die
# Wortwahl“", "Weiter zu Teil 2", "Continue to part 3"): a pointer like "Read more: …".
_NEXT_PART = re.compile(
    r"^\W*(?:weiter\s+zu|weiter\s+mit|continue\s+to|continue\s+with)\s", re.IGNORECASE
)


def is_pointer(text: str) -> bool:
    """A label pointing to another story at the start of a short paragraph ("Xem thêm: …")."""
    return len(text) <= 200 and bool(_POINTER.match(text) or _NEXT_PART.match(text))


# A pitch that opens its paragraph with the reader's relation to the site ("If you enjoyed this
# article, we have a proposition for you: Join … Members get all of our content …", "Subscribe to
# …", "Already a subscriber? …"): the whole paragraph is the pitch, however long the offer it
# spells out. Imperatives and conditionals only: a story's paragraph may start with "Newsletters".
_PITCH_OPENING = re.compile(
    r"""\W*(?:if\s+you\s+(?:enjoy(?:ed)?|lik(?:e|ed))\s+(?:reading\s+)?this\s+(?:article|post|story|piece)
        | already\s+a\s+(?:subscriber|member) | become\s+a\s+(?:subscriber|member)
        | subscribe\s+(?:to|now|today)\b | sign\s+up\s+(?:for|to|here|now|today)\b
        | wenn\s+ihnen\s+(?:dieser|der)\s+(?:artikel|beitrag)\s+gefallen\s+hat)""",
    re.IGNORECASE | re.VERBOSE,
)
PITCH_MAX_LEN = 500


# A wire service's or press portal's notice under a press release: the release ends there, and
# what follows is the publisher's block about its service. Openings, then phrases anywhere in
# a short line (vocabulary as data: German, English, Vietnamese, French, Spanish).
WIRE_NOTICE_OPENINGS: tuple[str, ...] = (
    "original-content von", "original content von", "originalcontent von",
    "pressemitteilung übermittelt durch", "übermittelt durch news aktuell",
    "this press release was distributed by", "press release distributed by",
    "view source version on", "view original content", "thông cáo báo chí được đăng tải",
    "communiqué transmis par", "comunicado distribuido por",
)  # fmt: skip
WIRE_NOTICE_PHRASES: tuple[str, ...] = (
    "übermittelt durch news aktuell", "published as received",
    "nguyên văn theo đề nghị của doanh nghiệp", "không chịu trách nhiệm về nội dung thông cáo",
)  # fmt: skip
_WIRE_NOTICE_MAX = 300


def is_wire_notice(text: str) -> bool:
    """A line that says a press release was passed on by a wire or portal ("Original-Content
    von: …, übermittelt durch news aktuell", "This press release was distributed by …"):
    the release's end."""
    if len(text) > _WIRE_NOTICE_MAX:
        return False
    folded = one_line(text).lower()
    return folded.startswith(WIRE_NOTICE_OPENINGS) or any(
        phrase in folded for phrase in WIRE_NOTICE_PHRASES
    )


def is_promo(text: str) -> bool:
    """True for a short call to action about the site (newsletter, follow us, tip line)."""
    if len(text) > PROMO_MAX_LEN:
        return len(text) <= PITCH_MAX_LEN and _PITCH_OPENING.match(text) is not None
    folded = text.casefold()  # the regex's IGNORECASE, for the substring test
    if _AD_LABEL.match(text):
        return True
    return any(map(folded.__contains__, _PROMO_WORDS)) and bool(_PROMO.search(text))


# A short paragraph opened by the advertisement label and a separator ("ANZEIGE - Heute mal
# ausgehen?", "Advertisement: …", "Quảng cáo | …"): an ad slot's text set in the story.
_AD_LABEL = re.compile(
    r"^\W*(?:anzeige|werbung|advertisement|sponsored|publicité|publicidad|publicidade"
    r"|pubblicità|reklama|iklan|quảng\s+cáo)\s*[:|\-–—]",
    re.IGNORECASE,
)


# A photo agency named at the end of a credit line set apart from the caption ("Natalie Naccache |
# Bloomberg | Getty Images", "Hau Dinh / AP Photo"): the line holds no sentence, only names.
_AGENCY_CREDIT = re.compile(
    r"""^(?:©|\(c\)\s|copyright\s)\s*[^.!?]{1,60}$
        | ^[^.!?|/]{2,40}(?:\s[|/]\s[^.!?|/]{2,40}){0,3}\s[|/]\s*
          (?:getty\s+images|ap\s+photo|afp|reuters|epa(?:-efe)?|shutterstock|istock|alamy
            |pa\s+(?:images|wire|media)|dpa|picture\s+alliance|imago)\s*$
        | ^[^.!?]{0,60}\b(?:thinkstock|istock(?:photo)?|shutterstock|getty\s+images|unsplash
            |pixabay|pexels|fotolia|adobe\s+stock|depositphotos|123rf|dreamstime)\b[^.!?]{0,40}$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_agency_credit(text: str) -> bool:
    """A credit line of names only: "© Amazon", "Natalie Naccache | Bloomberg | Getty Images",
    or any short line naming a stock-photo library ("Thinkstock", "Photo by X on Unsplash"):
    those libraries sell pictures, never text."""
    return len(text) <= 80 and "\n" not in text and bool(_AGENCY_CREDIT.match(text))


# A line about the page, not the story: reading time ("Tempo de leitura: 1 minuto", "5 min read")
# and the post's filing ("Filed under: Khawarij |", "Tags: …", "Posted in …").
_PAGE_META = re.compile(
    r"""^(?:reading\s+time|read\s+time|tempo\s+de\s+leitura|tiempo\s+de\s+lectura
            |temps\s+de\s+lecture|tempo\s+di\s+lettura|lesezeit|czas\s+czytania|thời\s+gian\s+đọc)
          \s*:?\s*(?:ca\.\s*|~\s*)?\d+\s*\w*\.?$
        | ^\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti|phút)\.?\s+(?:read|de\s+leitura
            |de\s+lectura|de\s+lecture|di\s+lettura|lesezeit|đọc)$
        | ^(?:filed\s+under|posted\s+in|tagged(?:\s+with)?|tags|schlagwörter|schlagworte
            |étiquettes|etiquetas|từ\s+khóa|từ\s+khoá)\s*:\s*[^.!?]*$""",
    re.IGNORECASE | re.VERBOSE,
)


# A download link's line: a file type and its size ("Merkblatt PDF | 38 KB", "Tải về (PDF,
# 1,2 MB)", "Download (DOCX, 120 kB)"): the link to a file, not a sentence of the story.
_DOWNLOAD = re.compile(
    r"(?<![^\W\d_])(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar|mp3)\b\W{0,5}\d+(?:[.,]\d+)?\s?(?:kb|mb|gb|ko|mo)\b",
    re.IGNORECASE,
)


def is_page_meta(text: str) -> bool:
    """A reading-time, filing or download line ("Tempo de leitura: 1 minuto", "Filed under:
    News |", "Bericht PDF | 38 KB")."""
    return (
        len(text) <= 100
        and "\n" not in text
        and (
            bool(_PAGE_META.match(text))
            # a link's label, not a sentence that mentions a file ("… dạng PDF 2 MB.")
            or (_DOWNLOAD.search(text) is not None and not text.endswith((".", "!", "?")))
        )
    )


# A field of a contact block (a press release's press contact, an imprint): a phone or e-mail
# label and its number or address, nothing else ("Telefon: +49 - (40) - 300 30 - 1141", "Tel.:
# 030 1234567", "E-Mail: presse@example.com"). A story's sentence that gives a number is longer
# than the label and the number.
_CONTACT_FIELD = re.compile(
    r"""^(?:tel(?:efon|ephone|éfono|éfone|efone)?|phone|fon|fax|telefax|mobil(?:e|telefon)?|handy
          |e-?mail|mail|courriel)\.?\s*:\s*
        (?:\+?\(?\d[\d\s()/.\-–]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_contact_field(text: str) -> bool:
    """A contact block's phone or e-mail line ("Telefon: +49 40 300 30", "E-Mail: a@b.de")."""
    return len(text) <= 80 and "\n" not in text and _CONTACT_FIELD.match(text) is not None


# A WordPress shortcode the theme failed to render ("[button link=…]Send us your review[/button]"):
# template markup shown as text, never a sentence of the story.
# A "[caption …]" one is left alone: its text is a caption, which the body keeps.
_SHORTCODE = re.compile(
    r"^\[(?!caption\b)([a-z][\w-]*)(?:\s[^\]]*)?\].{0,200}\[/\1\]$", re.IGNORECASE
)


def is_shortcode(text: str) -> bool:
    """A paragraph that is one unrendered shortcode ("[button …]Click[/button]")."""
    return text.startswith("[") and bool(_SHORTCODE.match(text))


def is_control_label(text: str) -> bool:
    """True for a short block of widget labels only ("Caption Close", "Image 1 of 8")."""
    if len(text) > 40:
        return False
    words = _WORD.findall(text.lower())
    labels = [w for w in words if not w.isdigit()]  # a bare number ("02-751-1500") is data
    return bool(labels) and all(w in CONTROL_WORDS for w in labels)


# Labels of the text-to-speech player many Vietnamese news CMSs put above the story ("Nghe đọc
# bài", "Nghe bài viết", "Giọng nữ | Giọng nam", "Giọng nam miền Bắc", "Tốc độ 1x") and of poll
# and vote buttons ("Bình chọn", "Biểu quyết", "Xem kết quả", "Gửi"), with their English forms.
# Not CONTROL_WORDS: "Miền Bắc", "Nam Bộ" or "Kết quả" alone are subheadings of a story; these
# words are only read as labels beside a form control, or in a line that names the player
# ("nghe", "giọng", "listen").
PLAYER_WORDS: frozenset[str] = frozenset({
    "nghe", "đọc", "bài", "viết", "báo", "giọng", "nữ", "nam", "miền", "bắc", "trung", "tốc",
    "độ", "phát", "dừng", "tạm", "tắt", "bật", "âm", "lượng", "tin", "audio", "podcast",
    "bình", "chọn", "biểu", "quyết", "kết", "quả", "gửi", "ý", "kiến",
    "listen", "to", "this", "article", "story", "voice", "female", "male", "speed", "volume",
    "mute", "unmute", "vote", "results", "result", "submit", "poll",
    # the reading's length ("Listen to this article 5 min", "Nghe đọc bài 4 phút")
    "min", "mins", "minute", "minutes", "phút", "giây",
    # a live page's refresh box ("Tự động cập nhật" beside its checkbox, "Làm mới")
    "tự", "động", "cập", "nhật", "làm", "mới",
})  # fmt: skip
_PLAYER_CUES = frozenset({"nghe", "giọng", "listen"})
# Playback speeds ("1x", "1.25x", "0,75x"), which _WORD reads as words.
_SPEED = re.compile(r"^\d+(?:[.,]\d+)?x$")


def _label_words(text: str) -> list[str] | None:
    """The words of *text* other than numbers and speeds, when every one is a widget label."""
    words = [w for w in _WORD.findall(text.lower()) if not w.isdigit() and not _SPEED.match(w)]
    if all(w in CONTROL_WORDS or w in PLAYER_WORDS for w in words):
        return words
    return None


def is_widget_labels(text: str) -> bool:
    """True for the text of a box beside a form control that is only the widget's labels,
    times and speeds ("Nghe đọc bài 00:00 / 03:25 Giọng nữ | Giọng nam 1x", "Bình chọn Xem kết
    quả"); an empty text is labels too (a box of bare controls)."""
    text = one_line(text)
    return len(text) <= 150 and _label_words(text) is not None


# The action of a vote: "Bình chọn", "Biểu quyết", "Gửi", "Xem kết quả", "Vote", "Results".
_VOTE_CUES = frozenset({"chọn", "quyết", "gửi", "quả", "vote", "submit", "results"})


def is_vote_label(text: str) -> bool:
    """A poll's button or link text: a few labels, one of them a vote's action."""
    if len(text) > 30:
        return False
    words = _label_words(text)
    return bool(words) and not _VOTE_CUES.isdisjoint(words)


# A player's clock at the start, alone on its line ("00:00", "0:00 / 03:25"); a live blog's
# entry time ("08:00") is not at zero.
_PLAYER_CLOCK = re.compile(r"^0?0:00(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$")


def is_player_label(text: str) -> bool:
    """A short line of a text-to-speech player's labels whose controls a script draws ("Nghe đọc
    bài", "Giọng nữ | Giọng nam", "Listen to this article", its clock "00:00 / 03:25"): only
    labels, one of them naming the player."""
    if len(text) > 80:
        return False
    if _PLAYER_CLOCK.match(text):
        return True
    words = _label_words(text)
    return bool(words) and not _PLAYER_CUES.isdisjoint(words)


def credit_of(line: str) -> str:
    """Return *line* when it is a provenance credit ("Theo TQĐT", "Nguồn: …"), else ""."""
    line = one_line(line)
    if len(line) > 90 or not _CREDIT.match(line):
        return ""
    # "Theo ông A, dự án …" is a sentence, not a credit: a credit has no comma-led clause.
    if line.lower().startswith("theo") and ("," in line or len(line.split()) > 8):
        return ""
    return line.rstrip(" ./")


def strip_end_marker_ending_sentence(text: str) -> str:
    """aggregator.text.strip_end_marker, then a period where the marker was the only one.

    "…mục tiêu đề ra./." -> "…mục tiêu đề ra." as in aggregator.text; but "…đề ra /." ->
    "…đề ra." where aggregator.text gives "…đề ra": in "ra/." the marker's dot is the sentence's
    full stop (VOV and Party papers end articles that way), and a body's last paragraph should
    still end as a sentence.
    """
    stripped = display_text.strip_end_marker(text)
    if stripped != text and stripped and not _SENTENCE_END.search(stripped):
        stripped += "."
    return stripped


def has_lead_prefix(text: str) -> bool:
    """Whether *text* opens with a dateline prefix ("(BTN) -", "QTO -"; not a bare "- ")."""
    match = _LEAD_PREFIX.match(text)
    return match is not None and not match.group().lstrip().startswith(("-", "–", "—"))


def strip_lead_prefix(text: str) -> str:
    """Remove a dateline prefix glued to the sapo: "(BTN) - Sáng 5-6, …" -> "Sáng 5-6, …"."""
    match = _LEAD_PREFIX.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    # Keep the text when the "prefix" was the whole thing or the start of a real sentence.
    return rest if len(rest) >= 20 else text


def split_names(text: str) -> list[str]:
    """ "Vũ Nguyệt – Nhật Quang" / "A, B và C" -> one entry per person. "A B und C D", "A B y
    C D": between two names of two words or more ("Kirche und Leben" is one name)."""
    parts = _BETWEEN_NAMES.split(text)
    out: list[str] = []
    for part in parts:
        if out and _POST_NOMINAL.match(part):
            # "Michael L. Anderson, PhD, Carlos Dobkin, PhD": a degree after the comma is
            # the name's, not a person of its own.
            out[-1] = f"{out[-1].rstrip()}, {part.strip()}"
            continue
        pieces = _OTHER_AND.split(part)
        # "Anna Berger und dpa": a news agency after the "and" is its credit, split off as
        # after a comma (``person_names`` drops it beside a person's full name).
        if len(pieces) > 1 and all(
            len(p.split()) >= 2 or p.strip(" .").casefold() in NEWS_AGENCIES for p in pieces
        ):
            out.extend(pieces)
        else:
            out.append(part)
    return [p.strip(" .") for p in out if p.strip(" .")]


# Between people in a list of names: a comma (with the serial "and" after it: "A, B, and C"), a
# semicolon, a dash, "và"/"and"/"&" ("AND" in a byline set in capitals: "BY A AND B").
_BETWEEN_NAMES = re.compile(
    r"\s*(?:,\s*(?:and|und|et|y|và|&)\s|,|;|、|，|\s[-–—]\s|–|\s(?:và|and|AND|&)\s)\s*"
)


# Degrees and generational suffixes written after a name and a comma ("Jane Doe, MD",
# "John Smith, Jr."): English-language bylines of journals and papers.
_POST_NOMINAL = re.compile(
    r"^\s*(?:ph\.?\s?d|m\.?d|mba|mph|msc|m\.sc|dphil|dds|dvm|rn|jr|sr|ii|iii|iv)\.?\s*$",
    re.IGNORECASE,
)


# "und", "y", "et", "e", "och", "og", "en", "ja", "ve" between names, lower-case only (no part
# of a name is); and Polish, Czech, Slovak, Croatian, Russian, Ukrainian, Hungarian, Romanian,
# Greek and Indonesian "and" ("i", "a", "и", "і", "та", "és", "și", "και", "dan": round 12).
_OTHER_AND = re.compile(
    r"\s+(?:und|y|et|e|och|og|en|ja|ve|i|a|и|і|та|és|și|şi|και|dan|UND|Y|ET|OCH|OG|EN)\s+"
)


# Lower-case particles inside personal names ("Ursula von der Leyen", "Lê Văn A" has none).
_NAME_PARTICLES = frozenset({
    "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "al",
    "y", "dos", "das", "zu", "ten", "ter",
    # Swedish nobility's "af" ("Anna af Klint"), Portuguese "do" ("Maria do Carmo"): round 12.
    "af", "do",
})  # fmt: skip
# Initials, with or without the last dot: "P.Y", "N.H.", "J.R."
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,4}[^\W\d_]?\.?$")


def is_name(text: str) -> bool:
    """Whether *text* is shaped like a personal name (``_is_name``)."""
    return _is_name(text)


def _is_name(text: str) -> bool:
    """A personal name line: 1-6 words, each capitalised (particles like "von" aside), no
    sentence punctuation (initials "P.Y." aside), no digits."""
    words = text.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in text):
        return False
    if not all(w[0].isupper() or w in _NAME_PARTICLES for w in words if w[0].isalpha()):
        return False
    return not _SENTENCE_END.search(text) or bool(_INITIALS.match(words[-1]))


# A user name where a byline is marked up: "tlow", "fri.juli", "delta201", "ThE_PaiN".
_HANDLE = re.compile(r"^(?=.*[^\W\d_])[\w.\-]{3,30}$")


_BRACKETED_HANDLE = re.compile(r"\s*\(@\w{1,30}\)")


def byline_names(text: str, *, marked: bool = False) -> list[str]:
    """The names in a byline's text: labels, dates, handles and job titles around them left
    out. *marked*: the page marks the text up as its author (rel=author, itemprop=author, a
    class named "author"), so a user name counts too ("tlow")."""
    text = _undated(one_line(text))
    if not text or len(text) > 120:
        return []
    if text.strip("()").upper() in STAFF_NAMES:
        return [text.strip("()")]
    if _credit_part(text):
        return []
    if "(@" in text:  # "By Jane Smith (@janesmith)": her handle beside the name
        text = _BRACKETED_HANDLE.sub("", text)
    match = _BYLINE.match(text)
    raw = (match.group("names") or match.group("bynames") or "") if match else text
    raw = _BYLINE_TAIL.sub("", _without_credits_after(raw)).strip(" ,;:-–—")
    names = []
    for name in split_names(raw):
        if _credit_part(name):
            continue  # "Bài: Lan Anh - Ảnh: Văn Dũng": the photographer is not an author
        name = _LABEL_PREFIX.sub("", name).strip()
        if names and _ROLE_PART.match(name):
            continue  # "By Jane Smith, Staff Writer", "Por María López, corresponsal": her role
        if name.casefold() in STAFF_WORDS:  # "By Staff Writer": the newsroom, like "PV"
            names.append(name)
            continue
        name = strip_name_title(_ROLE_SUFFIX.sub("", name).strip())
        if not name:
            continue
        if name.upper() in STAFF_NAMES or _is_name(name) or (marked and _HANDLE.match(name)):
            names.append(name)
        elif match and _CJK_NAME.match(name) and not _CJK_ORGANISATION.search(name):
            names.append(name)  # "作者：张伟": a name in Han or kana after a label (no capitals)
    if _placed(raw, names):
        names.pop()  # "Von Anna Berger, Hamburg", "Por Lucía Fernández, Madrid": her city
    if (
        match
        and (match.group("by") or "").casefold() == "de"
        and not all(_full_name(n) for n in names)
    ):
        return []  # "de" opens as many phrases as bylines: only before full names
    return names


# A Chinese or Japanese personal name: two to five Han characters or kana, no space ("张伟",
# "欧阳明", "山田太郎", "佐々木美咲"); only after a byline's label (``byline_names``).
_CJK_NAME = re.compile(r"^[\u3005\u3040-\u30ff\u4e00-\u9fff]{2,5}$")
# The last characters of a Chinese or Japanese newspaper's, agency's or office's name ("钱江晚报",
# "北陸新報", "新华社", "编辑部", "新闻网"): no person's.
_CJK_ORGANISATION = re.compile(r"(?:报|報|新聞|新闻|社|网|網|台|部|局|会|會|院|厅|廳|所|室|组|組)$")


def _placed(raw: str, names: list[str]) -> bool:
    """The last of *names* is a place after the writer: one word set after a comma behind
    one full name ("Anna Berger, Hamburg", "Laura Virtanen, Tampere"). A byline names its
    writer in full; one word there is where she writes from (or a wire: "…, Reuters"). In a
    longer list ("A B, C D, E") a one-word entry may be a writer known by one name: kept
    (half B of the trafilatura set lost a page's writer with lists of any length)."""
    if len(names) != 2 or "," not in raw:
        return False
    last = names[-1]
    return (
        len(last.split()) == 1
        and raw.rsplit(",", 1)[1].strip(" .") == last
        and last.upper() not in STAFF_NAMES
        and last.casefold() not in STAFF_WORDS
        and not _INITIALS.match(last)
        and all(len(n.split()) >= 2 for n in names[:-1])
    )


# A byline after the day it was posted: "Posted on March 5, 2024 by Jane Smith", "Geschrieben
# am 5. März 2024 von Max Mustermann", "Publié le 5 mars 2024 par Jean Dupont" (WordPress
# themes' default line). The day holds a digit and starts with one or a capital (a month or a
# weekday: "Published in 2024 by Penguin" is a book's imprint); what follows it is the byline.
_DATED_BYLINE = re.compile(
    r"^(?:posted|published|written|geschrieben|veröffentlicht|verfasst|erstellt|eingestellt"
    r"|publié|écrit|publicado|escrito|pubblicato|scritto)\s+(?:(?:on|am|le|el|il|em)\s+)?"
    r"(?-i:(?=\d|[A-ZÀ-Þ]))[^|•·]{0,30}\d[^|•·]{0,40}?\s+(?P<byline>(?:by|von|par|por|da|di)\s+[^\W\d_].*)$",
    re.IGNORECASE,
)


def _undated(line: str) -> str:
    """*line* without the posting day in front of its byline ("Posted on March 5, 2024 by
    Jane Smith" -> "by Jane Smith"); any other line as it is."""
    if line[:1] in "PpGgVvEeWw" and (match := _DATED_BYLINE.match(line)):
        return match.group("byline")
    return line


def byline_authors(line: str) -> list[str] | None:
    """Authors named by a byline line, or None when the line is not a byline.

    "Bài, ảnh: THÁI CẢNH" -> ["THÁI CẢNH"]; "(Thực hiện: Trọng Phú)" -> ["Trọng Phú"];
    "PV" -> ["PV"]; "Von Tobias Kuske" -> ["Tobias Kuske"]. A bare name line is only a byline
    at the end of a body, which the caller decides (``trailing_name``); a photo credit
    ("Ảnh: Minh Quang") names no author (``photo_credit``).
    """
    line = _undated(one_line(line))
    if not line or len(line) > 100:
        return None
    if line.strip("()").upper() in STAFF_NAMES:
        return [line.strip("()")]
    if _BYLINE.match(line) is None:
        # A remark in brackets right after the name: "Autor: Samuel Diekmann (Sponsored Post),
        # Redner bei …", "Von Anna Berger (Gastbeitrag)"; a credit there ("(Theo TTXVN)")
        # is not a remark and keeps the line what it was.
        if "(" not in line or "," in line.partition("(")[0]:
            return None  # after a comma it qualifies a place or a role: "…, Köllitsch (D)"
        if (bare := _REMARK.sub("", line, count=1)) == line:
            return None
        if _BYLINE.match(bare) is None:
            return None
        line = bare
    if _CLAUSE_PART.search(line):
        return None  # "By Tuesday, the council had voted.": a sentence that opens with "By"
    names = byline_names(line)
    if _NEWSROOM_LABEL.match(line) and not all(_full_name(n) for n in names):
        return None  # "Redaktion: Lokales", "Redaktion: dpa", "Rédaction : Le Monde": no person
    return names or None


def _full_name(name: str) -> bool:
    """A person's name of two words or more, not a title with an article ("Le Monde")."""
    return _is_name(name) and len(name.split()) >= 2 and not _ARTICLE.match(name)


# "Redaktion:" names the editor as often as the desk: after it only full names are a byline.
_NEWSROOM_LABEL = re.compile(
    r"^\(?\s*(?:redaktion|redacción|redazione|rédaction|redactie)\b", re.IGNORECASE
)


# A clause after a comma: three lower-case words in a row ("…, the council had voted"), which
# no list of names, role or agency credit has.
_CLAUSE_PART = re.compile(r",\s+(?:[a-zß-ÿ][\w'’-]*\s+){2}[a-zß-ÿ]")
# A short remark in brackets right after a word; not a source credit ("(Theo TTXVN)").
_REMARK = re.compile(
    r"(?<=[^\W\d_])\s*\((?!\s*(?:theo|nguồn|quelle|source|via)\b)[^()]{1,30}\)", re.IGNORECASE
)


_BY_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in (*BY_WORDS, *BYLINE_LABELS)) + r")\b\s*:?\s*",
    re.IGNORECASE,
)


def is_byline_line(text: str) -> bool:
    """*text* is set as a byline: a label and what follows ("Von dpa", "Autor: …"). After
    Romanian "de", only full names ("de Ioana Popescu"; "De Standaard" is a paper's name)."""
    line = _undated(one_line(text))
    match = _BYLINE.match(line)
    if match is not None and (match.group("by") or "").casefold() == "de":
        return bool(byline_names(line))
    return match is not None


def organisation_byline(text: str) -> str:
    """The newsroom, agency or company an explicit byline names ("Von dpa", "Por Agencia
    EFE", "Attac France" in a rel=author link), or "": a short name, no sentence, no date,
    no CMS account or label."""
    text = _BY_PREFIX.sub("", one_line(text)).strip(" ,;:-–—|")
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 50 or any(ch.isdigit() for ch in text):
        return ""
    if text.casefold() in NOT_A_NAME or _SENTENCE_END.search(text) or not text[0].isalpha():
        return ""
    # A phrase, not a name: a lower-case start beyond one word ("created by"), a label inside.
    if len(words) > 1 and (text[0].islower() or _BY_PREFIX.match(words[-1])):
        return ""
    return text


def photo_credit(line: str) -> bool:
    """A photo or video credit line ("Ảnh: Minh Quang", "Foto: dpa"): out of the body, and
    not an author."""
    line = one_line(line)
    return len(line) <= 100 and _credit_part(line)


# "(tổng hợp)" (compiled), "(t/h)", "(lược dịch)" after a reporter's name at the end of a story.
_COMPILED_BY = re.compile(
    r"\s*\((?:tổng\s+hợp|t/h|th|biên\s+dịch|lược\s+dịch|dịch)\)\s*\.?$", re.IGNORECASE
)


# The newsroom or role a reporter writes for, in brackets after the names at the end of a
# story: "Minh Anh (TTXVN)", "Vũ Nguyệt - Nhật Quang (CTV)", "Thu Hà (VOV)".
# The reporter's e-mail address, bracketed the same way: "Minh Anh (minhanh@baotinh.vn)".
_NEWSROOM_TAG = re.compile(r"\s*\((?:[A-ZĐ][A-ZĐ0-9]{1,9}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)\s*\.?$")
# The role before a reporter's name: "PV Minh Anh" (phóng viên), "CTV Thu Hà" (contributor).
_ROLE_PREFIX = re.compile(r"^(?:PV|CTV|BTV|Phóng viên)\s+(?=[A-ZĐ\u00c0-\u1ef8])")


# Academic and professional titles written before a writer's name in Vietnamese bylines:
# "ThS. Nguyễn Văn A", "PGS.TS Trần B", "BSCKII Lê C", "Luật sư Phạm D", "Nhà báo Hoàng E".
# The abbreviations are matched in their own case only ("TS", not "ts"), each closed by a dot
# or a space; the words may start in either case.
_NAME_TITLE_ABBREVIATIONS = (
    "GS", "PGS", "TSKH", "TS", "ThS", "Ths", "BSCKII", "BSCKI", "BSCK", "BS", "DS", "KS", "CN", "LS",
    "NSND", "NSƯT", "NGND", "NGƯT", "TTƯT", "TTND",
)  # fmt: skip
_NAME_TITLE_WORDS = (
    "phó giáo sư", "giáo sư", "tiến sĩ", "thạc sĩ", "bác sĩ", "dược sĩ", "kỹ sư", "kĩ sư",
    "luật sư", "nhà báo", "nhà văn", "nhà thơ", "nhà giáo", "nghệ sĩ", "cử nhân",
    # Military and police ranks ("Đại tá Nguyễn Văn A" signs articles of the army's and the
    # police's papers and of provincial papers' defence pages), in both tone placements.
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá",
    "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "đại uý", "thượng uý", "trung uý",
    "thiếu uý", "chuẩn úy", "chuẩn uý",
    # Religious titles before a monk's, nun's or priest's name ("Hòa thượng Thích Thanh A").
    "hòa thượng", "hoà thượng", "thượng tọa", "thượng toạ", "đại đức", "ni trưởng", "ni sư",
    "sư cô", "linh mục", "mục sư", "giám mục",
)  # fmt: skip
# Titles one after the other, a comma between them or not: "Đại tá, TS. Nguyễn Văn A".
_NAME_TITLE = re.compile(
    r"^(?:(?:" + "|".join(_NAME_TITLE_ABBREVIATIONS) + r")(?:\.\s*|,?\s+)"
    r"|(?i:" + "|".join(_NAME_TITLE_WORDS) + r"),?\s+)+"
    r"(?:\(?[A-ZĐ]{2,6}\)?\s+)?"  # "BSCK II", "BS (CKI)": the level spelt apart
)


def strip_name_title(name: str) -> str:
    """*name* without the academic or professional titles before it ("ThS. Nguyễn Văn Minh" ->
    "Nguyễn Văn Minh", "PGS.TS Trần Thu Hà" -> "Trần Thu Hà", "Luật sư Phạm Dũng" -> "Phạm
    Dũng"), when a name of two words or more follows; else *name*. The same writer signs with
    and without the title, on one site and across sites, so the name alone is the author."""
    if len(name) < 6 or not name[:1].isalpha():
        return name
    match = _NAME_TITLE.match(name)
    if match is None:
        return name
    rest = name[match.end() :].strip()
    return rest if len(rest.split()) >= 2 and _is_name(rest) else name


# Where a titled writer's workplace starts, after the name: "ThS. Nguyễn Văn Minh, Trường Đại
# học Tân Trào", "BS. Trần Thu Hà (Bệnh viện Đa khoa tỉnh)", "Luật sư A - Đoàn Luật sư tỉnh".
_AFFILIATION_CUT = re.compile(r"\s*(?:[,;()]|\s[-–—]\s)\s*")
# The first words of a workplace: a school, hospital, institute, office, association, bar.
_AFFILIATION = re.compile(
    r"^(?:trường|bệnh\s+viện|học\s+viện|viện|đại\s+học|khoa|sở|ban|hội|đoàn|trung\s+tâm|phòng"
    r"|công\s+ty|ủy\s+ban|ubnd|cục|chi\s+cục|bộ|văn\s+phòng|tòa\s+án|báo|tạp\s+chí|đài"
    r"|công\s+an|quân\s+khu|sư\s+đoàn|trung\s+đoàn|lữ\s+đoàn|đồn|chùa|giáo\s+hội|giáo\s+phận"
    r"|giáo\s+xứ)\b",
    re.IGNORECASE,
)


def is_affiliation(line: str) -> bool:
    """Whether *line* names a workplace ("Trường Đại học Tân Trào", "Bệnh viện Đa khoa
    tỉnh"): short, led by an institution's word, no sentence."""
    line = one_line(line).strip(" ()")
    return 0 < len(line) <= 80 and bool(_AFFILIATION.match(line)) and not line.endswith(".")


def titled_names(line: str) -> list[str] | None:
    """The writers of a line led by an academic or professional title, up to their workplace:
    "ThS. Nguyễn Văn Minh, Trường Đại học Tân Trào" -> ["Nguyễn Văn Minh"], "ThS. A - TS. B"
    -> both; None when the line has no title first or no name after it. The title says the
    line signs the story, so what follows the names is the signer's workplace, not text."""
    line = one_line(line)
    if len(line) > 120 or (first := _NAME_TITLE.match(line)) is None:
        return None
    names: list[str] = []
    # The titles before the first name go first: a comma between two of them is no cut.
    parts = [part.strip() for part in _AFFILIATION_CUT.split(line[first.end() :]) if part.strip()]
    for i, part in enumerate(parts):
        name = strip_name_title(part.rstrip("."))
        if is_affiliation(name) or not (_is_name(name) and 2 <= len(name.split()) <= 4):
            # After the names, a workplace or a role ("Phó Giám đốc Công an tỉnh"); a clause
            # ("…, Giám đốc Công an tỉnh phát biểu chỉ đạo hội nghị.") makes the line a caption
            # or a sentence about the titled person, not a signature.
            if (
                line.endswith(".")
                or any(len(rest.split()) > _ROLE_WORDS for rest in parts[i:])
                or _acts(parts[i:])
            ):
                return None
            break
        names.append(name)
    return names or None


# A signer's workplace or role after the name is at most this many words ("Phó Giám đốc Công an
# tỉnh", "Trường Đại học Sư phạm Thành phố Hồ Chí Minh").
_ROLE_WORDS = 9

# What a titled person does in a caption or a sentence about them, written in lower case after
# the role ("Đại tá A, Giám đốc Công an tỉnh phát biểu", "…, Trưởng Công an huyện kiểm tra"):
# a workplace names these words capitalised ("Ủy ban Kiểm tra", "Ban Chỉ đạo"), a clause does
# not. Case-sensitive on purpose.
_ACTION_AFTER_ROLE = re.compile(
    r"(?<!\w)(?:phát\s+biểu|cho\s+biết|kiểm\s+tra|báo\s+cáo|chỉ\s+đạo|trao\s+đổi|trao|tặng"
    r"|chúc(?:\s+Tết)?|thăm|khẳng\s+định|nhấn\s+mạnh|làm\s+việc|động\s+viên|trả\s+lời"
    r"|chủ\s+trì|đề\s+nghị|yêu\s+cầu|phát\s+động|tham\s+dự|dự|đánh\s+giá|thông\s+tin"
    r"|giới\s+thiệu|hướng\s+dẫn|tuyên\s+dương|khen\s+thưởng|quán\s+triệt|kết\s+luận"
    r"|tiếp|gặp|nói|chia\s+sẻ|bày\s+tỏ)(?!\w)"
)


def _acts(parts: Sequence[str]) -> bool:
    """Whether the words after a titled name hold a clause (``_ACTION_AFTER_ROLE``)."""
    return any(_ACTION_AFTER_ROLE.search(part) for part in parts)


def trailing_name(line: str) -> list[str] | None:
    """A bare name line at the end of a body ("Tố Tuấn", "Vũ Nguyệt – Nhật Quang", "Minh Phúc
    (tổng hợp)", "Minh Anh (TTXVN)", "ThS. Nguyễn Văn Minh, Trường Đại học Tân Trào"), or
    None."""
    if titled := titled_names(line):
        return titled
    line = _NEWSROOM_TAG.sub("", _COMPILED_BY.sub("", one_line(line)))
    line = _ROLE_PREFIX.sub("", line)
    if byline := byline_authors(line):
        return byline
    if len(line) > 60:
        return None
    # "Minh Anh - Ảnh: Thu Hà": the photographer is not an author.
    names = [strip_name_title(n) for n in split_names(line) if not _credit_part(n)]
    # A full name of 2-4 words, a newsroom pseudonym ("PV - CTV") or initials ("M.A").
    if names and all(
        (_is_name(n) and 2 <= len(n.split()) <= 4) or n.upper() in STAFF_NAMES or _INITIALS.match(n)
        for n in names
    ):
        return names
    return None


# A provenance credit in brackets after the reporter's name: "Minh Anh (Theo Báo Nhân Dân)".
_BRACKETED_CREDIT = re.compile(
    r"^(?P<names>[^()]{2,60}?)\s*(?P<credit>\((?:theo|nguồn)\s[^()]+\))\s*\.?$", re.IGNORECASE
)


# A photo credit after the reporter's name on the same line, past a slash, dash, bar or
# comma: "Minh Anh / Ảnh: Thu Hà", "Minh Anh - Ảnh: Thu Hà", "Minh Anh, ảnh: Thu Hà".
_NAME_THEN_PHOTO = re.compile(
    r"^(?P<names>[^/|]{2,60}?)\s*(?:[/|,;]|\s[-–—])\s*(?P<photo>\(?\s*(?:"
    + "|".join(re.escape(label) for label in PHOTO_LABELS)
    + r")\s*[:\-–]\s*\S.*)$",
    re.IGNORECASE,
)


def credit_line_parts(line: str) -> list[str]:
    """*line* split into a name and the credit after it: bracketed ("Minh Anh (Theo Báo Nhân
    Dân)" -> ["Minh Anh", "(Theo Báo Nhân Dân)"]) or a photo credit ("Minh Anh / Ảnh: Thu Hà"
    -> ["Minh Anh", "Ảnh: Thu Hà"]), else [*line*]."""
    line_ = one_line(line)
    if m := _BRACKETED_CREDIT.match(line_):
        return [m.group("names"), m.group("credit")]
    if len(line_) <= 100 and (m := _NAME_THEN_PHOTO.match(line_)):
        return [m.group("names"), m.group("photo")]
    return [line]


# --- who is not a person ---------------------------------------------------------------------------

# Words of organisations, publications and newsrooms: a byline holding one names no person
# ("Deutsches Weininstitut GmbH", "mix1.de Redaktion", "VietNamNet News", "Wirtualna Polska Media").
ORGANISATION_WORDS: frozenset[str] = frozenset({
    "gmbh", "ag", "se", "kg", "mbh", "ohg", "ev", "inc", "ltd", "llc", "plc", "corp",
    "corporation", "company", "co", "sa", "sarl", "srl", "spa", "bv", "nv", "jsc", "tnhh",
    "group", "gruppe", "media", "medien", "verlag", "magazin", "magazine", "zeitung", "news",
    "redaktion", "rédaction", "redacción", "redazione", "editorial", "newsroom", "online",
    "verein", "stiftung", "institut", "institute", "ministerium", "bundesministerium",
    "ministry", "department", "departement", "abteilung", "amt", "bundesamt", "agency",
    "agentur", "university", "universität", "association", "verband", "portal", "website",
    "pressestelle", "presseamt", "landesanstalt", "anstalt", "feuerwehr", "polizei",
    # Round 12: the words newspapers are named with ("Kieler Rundschau", "Utrechts Dagblad",
    # "Tampereen Sanomat", "Gazeta Małopolska"): a byline naming the paper names no person.
    # Not "Post", "Avis", "List" or "Echo", which are people's names too.
    "rundschau", "tagblatt", "tageblatt", "anzeiger", "kurier", "nachrichten", "courier",
    "courrier", "corriere", "gazette", "gazzetta", "gazeta", "gazetesi", "diario", "diário",
    "jornal", "journal", "dagblad", "dagbladet", "tidning", "tidningen", "tidende", "sanomat",
    "napló", "hírlap", "postası", "harian", "deník", "denník", "noviny", "газета", "вестник",
    "tribune", "herald", "chronicle", "dziennik", "krant", "newspaper", "εφημερίδα",
})  # fmt: skip
# Vietnamese publications and companies, named by their first words; "Ban Biên Tập" alone (a
# WordPress account's display name) is the newsroom too.
_VI_ORGANISATION = re.compile(
    r"^(?:báo|tạp\s+chí|đài|truyền\s+hình|cổng\s+thông\s+tin|trang\s+tin|công\s+ty|tập\s+đoàn"
    r"|ban\s+biên\s+tập|tòa\s+soạn|toà\s+soạn|văn\s+phòng|trung\s+tâm|sở|ủy\s+ban|ubnd)\s"
    r"|^(?:ban\s+biên\s+tập|tòa\s+soạn|toà\s+soạn)$",
    re.IGNORECASE,
)
# A newsroom signing as such, alone: a byline like "PV" or "Nhóm PV" (a site's name with it,
# "mix1.de Redaktion", is the publisher).
STAFF_WORDS: frozenset[str] = frozenset({
    "redaktion", "die redaktion", "newsdesk", "staff writer", "staff", "editorial staff",
    "rédaction", "la rédaction", "redacción", "redazione",
    # Round 12: the newsroom signing in other languages ("Autor: Redakcja", "Автор: Редакция").
    "redactie", "de redactie", "redação", "redakcja", "redakce", "redakcia", "редакция",
    "редакція", "haber merkezi", "redaktionen", "redaksjonen", "toimitus", "szerkesztőség",
    "redacția", "redacţia", "σύνταξη", "redakcija", "redaksi", "tim redaksi", "编辑部", "編集部",
})  # fmt: skip
# Accounts and roles a CMS prints where a name should be, and form labels ("Name *").
NOT_A_NAME: frozenset[str] = frozenset({
    "admin", "administrator", "webmaster", "publisher", "author", "autor", "editor", "redaktion",
    "super user", "user", "guest", "gast", "unknown", "anonymous", "anonym", "name", "root",
    "system", "moderator", "all posts", "alle beiträge", "posts", "quản trị viên",
    "quản trị", "biên tập", "người viết", "người đăng", "by", "von", "datum", "date", "quelle", "source",
    "foto", "fotos", "photo", "published", "veröffentlicht", "mehr", "more", "text",
    # Weekdays, which a date line beside a byline opens ("Donnerstag, 4. November 2021"
    # split at its comma): never a person's name alone.
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "sonnabend", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì",
    "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "maandag", "dinsdag", "woensdag",
    "donderdag", "vrijdag", "zaterdag", "zondag",
})  # fmt: skip
_DOMAIN = re.compile(
    r"(?:^|\s)(?:https?://|www\.)\S*|\b[\w-]+\.(?:[a-z]{2,3}|info|online)\b", re.IGNORECASE
)
_EMAIL = re.compile(r"\s*[\w.+-]+@[\w-]+\.[\w.]+")
_FOLD = re.compile(r"[\W_]+")


# A name never starts with an article: "La República", "El Colombiano", "The Verge" are titles.
_ARTICLE = re.compile(r"^(?:the|der|die|das|el|la|le|les|il|lo|los|las)\s", re.IGNORECASE)


# A social-media handle after a name: "Williams Perdomo @wperdomod".
_HANDLE_TAIL = re.compile(r"(?<=\w)\s+@\w+$")


def _folded(text: str) -> str:
    return _FOLD.sub("", text.casefold())


# News agencies credited after a writer's name in a byline ("By Jane Smith, Reuters", "Von Anna
# Berger, APA", "Por María López, EFE"): the wire, not a second author.
NEWS_AGENCIES: frozenset[str] = frozenset({
    "reuters", "ap", "afp", "dpa", "efe", "ansa", "epa", "kyodo", "xinhua", "tass", "upi",
    "bloomberg", "apa", "sda", "kna", "epd", "anp", "belga", "pap", "ctk", "mti", "yonhap",
    "bernama", "antara", "pti", "ians", "aap", "europa press", "associated press",
    "agence france-presse", "the associated press", "the canadian press", "canadian press",
    "keystone-sda", "ttxvn", "vna",
    # Round 12: the national agencies of the languages of benchmarks/byline_forms.py.
    "lusa", "čtk", "tasr", "тасс", "ріа новини", "риа новости", "укрінформ", "укрiнформ",
    "інтерфакс-україна", "интерфакс", "aa", "anadolu ajansı", "dha", "tt", "ritzau", "ntb",
    "stt", "agerpres", "mediafax", "απε-μπε", "απε", "hina", "fena", "tanjug", "sta",
    "新华社", "中新社", "共同", "共同通信", "時事", "時事通信", "中央社",
})  # fmt: skip


def person_names(names: Sequence[str], site_names: Sequence[str] = (), host: str = "") -> list[str]:
    """The *names* that may be people: no organisation, publication, site, CMS account, form
    label, address or URL. A list that names the site is a publisher line ("Kirche und Leben,
    Münster, Germany"): none of it is a person.

    Remembered for plain strings: the byline steps ask about the same names with the same
    publishers several times a page (~650 calls on the 102 cold pages, 163 different); a new
    list each time, as before. lxml's string results (they hold the page's tree) not kept."""
    names, site_names = tuple(names), tuple(site_names)
    if host.__class__ is str and all(n.__class__ is str for n in (*names, *site_names)):
        return list(_remembered_person_names(names, site_names, host))
    return _person_names(names, site_names, host)


@lru_cache(maxsize=1024)
def _remembered_person_names(
    names: tuple[str, ...], site_names: tuple[str, ...], host: str
) -> tuple[str, ...]:
    return tuple(_person_names(names, site_names, host))


def _person_names(names: Sequence[str], site_names: Sequence[str], host: str) -> list[str]:
    sites = {_folded(n) for n in site_names if n} | {
        _folded(label) for label in host.lower().split(".") if len(label) >= 4 and label != "www"
    }
    out = []
    organisations: list[str] = []
    for name in names:
        raw = one_line(name)
        name = _HANDLE_TAIL.sub("", _EMAIL.sub("", raw)).strip(" ,;:-–—|*©")
        if name[:3].casefold() == "(c)":  # "(c) Johannes Wolf", "© Kathrin Führes"
            name = name[3:].strip()
        folded = _folded(name)
        words = [w.casefold() for w in _WORD.findall(name)]
        if folded in sites and not (
            2 <= len(name.split()) <= 4 and _is_name(name) and not _ARTICLE.match(name)
        ):
            return []  # the site's name, unless the site is named after a person
        if name.casefold() in STAFF_WORDS or name.upper() in STAFF_NAMES:
            out.append(name)  # "Redaktion", "Newsdesk": the newsroom as a byline, like "PV"
            continue
        if sum(ch.isalpha() for ch in name) < 2 or name.casefold() in NOT_A_NAME:
            continue
        if len(name) <= 2 and name != raw:
            continue  # what an address left behind ("La" of "La Repúblicala…@glr.pe")
        if _DOMAIN.search(name) or any(w in ORGANISATION_WORDS for w in words):
            organisations.append(name)
            continue
        if _VI_ORGANISATION.match(name):
            organisations.append(name)
            continue
        # A one-word name that is the site's name or host ("VnExpress", "FinanceScout24"), or
        # holds it ("TVT-Redaktion"); a first name inside "heikoadams" is the owner's.
        if len(words) == 1 and any(
            (folded in site and len(folded) >= 0.7 * len(site)) or (site in folded and site)
            for site in sites
        ):
            continue
        # The site's name with more words ("Betty Crocker Kitchens" on BettyCrocker.com);
        # not a person's full name whose first word names the site (helge.at, a personal
        # blog, signed "By Helge Fahrnberger").
        if any(len(site) >= 5 and site in folded and site != folded for site in sites) and not (
            2 <= len(parts := name.split()) <= 3
            and _is_name(name)
            and _folded(parts[0]) in sites
            and folded not in sites  # "Diakonie Deutschland" on diakonie.de is the site
            and not _ARTICLE.match(name)
        ):
            continue
        # A lower-case word that is no name particle: a phrase, not a name ("Bildung und
        # Forschung WBF"); a one-word user name ("tlow") is handled where it is marked up.
        parts = name.split()
        if len(parts) > 1 and any(
            w[0].islower() and w not in _NAME_PARTICLES for w in parts if w[0].isalpha()
        ):
            continue
        if name not in out:
            out.append(name)
    if len(out) > 1 and any(len(n.split()) > 1 or _CJK_NAME.match(n) for n in out):
        # "Von David Hutzler, dpa": one lower-case word beside full names is the agency's
        # credit (dpa, kna, epd, apa); no person writes a name in small letters there.
        # A news agency's name beside them is its credit too ("By Jane Smith, Reuters").
        out = [
            n
            for n in out
            if not (n.isalpha() and n.islower() and len(n) <= 6)
            and n.casefold() not in NEWS_AGENCIES
        ]
    if organisations:
        # "Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF": the capitals beside an
        # organisation are its abbreviation, not a person's initials.
        out = [n for n in out if not any(abbreviates(n, org) for org in organisations)]
    return out


def abbreviates(short: str, name: str) -> bool:
    """*short* is one word of 2-6 capitals, each the initial of a word of *name*, in order
    ("LWF" of "Bayerische Landesanstalt für Wald und Forstwirtschaft"; "DRK" of "Deutsches
    Rotes Kreuz")."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    initials = iter(w[0].upper() for w in _WORD.findall(name))
    return all(letter in initials for letter in short)


# --- titles ----------------------------------------------------------------------------------------


def strip_site_suffix(title: str, site_names: Iterable[str] = ()) -> str:
    """Remove a publication name before/after the headline: "Lũ về - Báo Tuyên Quang" -> "Lũ về",
    and one set in brackets before it: "[Báo Tuyên Quang] Lũ về" -> "Lũ về".

    Remembered for plain strings (~5 calls a page, half of them repeats)."""
    site_names = tuple(site_names)
    if title.__class__ is str and all(n.__class__ is str for n in site_names):
        return _strip_site_suffix(title, site_names)
    return _strip_site_suffix.__wrapped__(title, site_names)


@lru_cache(maxsize=1024)
def _strip_site_suffix(title: str, site_names: tuple[str, ...]) -> str:
    title = one_line(title)
    names = {_lower_key(n) for n in site_names if n}

    def is_site(part: str) -> bool:
        folded = _lower_key(part)
        return bool(folded) and (folded in names or bool(_SITE_WORDS.match(folded)))

    if title[:1] in "[(":
        title = strip_bracketed_prefix(
            title, lambda part: _lower_key(part) in names or bool(_BRACKETED_SITE.match(part))
        )
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    if len(parts) == len(_TITLE_SEPARATORS.split(title)):
        return title
    # Re-split the original with the surviving span so the headline's own separators survive.
    first, last = parts[0], parts[-1]
    start = title.find(first)
    end = title.rfind(last) + len(last)
    return title[start:end].strip() if start >= 0 and end > start else title


# A publication's name in brackets before a headline: a Vietnamese publication word or a
# domain. Not "news", "online": "(News) Headline" labels the post's kind.
_BRACKETED_SITE = re.compile(
    r"^(?:báo|tạp\s+chí|cổng\s+thông\s+tin|trang\s+tin|đài|truyền\s+hình)\s|^(?:www\.)?[\w-]+\.(?:vn|com|net|org)$",
    re.IGNORECASE,
)
# A bracketed group opening a title: "[Báo Tỉnh] Headline", "(Báo X) - Headline".
_BRACKETED_PREFIX = re.compile(r"^(?:\[([^\]\[]{1,60})\]|\(([^()]{1,60})\))\s*(?:[-–—|:]\s*)?")


def strip_bracketed_prefix(title: str, is_named: Callable[[str], bool]) -> str:
    """*title* without a bracketed group before it that *is_named* accepts (a publication's or a
    section's name), when a headline of at least two words follows; otherwise *title*. A
    bracket holding anything else ("[Video]", "(Clip)", a quotation) is the headline's."""
    match = _BRACKETED_PREFIX.match(title)
    if not match:
        return title
    rest = title[match.end() :].strip()
    if len(rest.split()) < 2 or not is_named((match.group(1) or match.group(2)).strip()):
        return title
    return rest


def is_publication_name(title: str, site_names: Iterable[str] = ()) -> bool:
    """Whether *title* is only a publication's name: one part of at most six words, one of
    *site_names* or led by a publication word ("Báo Tỉnh điện tử", "Cổng thông tin điện tử
    tỉnh"), as the og:title a portal sets on every page."""
    title = one_line(title)
    if not title or len(title.split()) > 6 or len(_TITLE_SEPARATORS.split(title)) > 1:
        return False
    folded = _lower_key(title)
    return folded in {_lower_key(n) for n in site_names if n} or bool(_SITE_WORDS.match(folded))


@dataclass(frozen=True, slots=True)
class TitleWords:
    """The words of a title the page gives itself, and those of its first segment (the
    headline's usual place in "Headline | Site")."""

    words: frozenset[str]
    first: frozenset[str]


def title_words(text: str, *, numbers: bool = True) -> frozenset[str]:
    """Casefolded words; ``numbers=False`` leaves numbers out (a date set in a heading).

    Remembered for plain strings (the heading and title tests ask about the same titles and
    headings: about half of a page's calls repeat one)."""
    if text.__class__ is str:
        return _title_words(text, numbers)
    return _title_words.__wrapped__(text, numbers)


@lru_cache(maxsize=4096)
def _title_words(text: str, numbers: bool) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(text) if numbers or not w.isdigit())


def title_shape(text: str, *, numbers: bool = True) -> TitleWords | None:
    """``TitleWords`` of a metadata title, None when it has no words."""
    words = title_words(text, numbers=numbers)
    if not words:
        return None
    first = _TITLE_SEPARATORS.split(one_line(text), maxsplit=1)[0]
    return TitleWords(words, title_words(first, numbers=numbers) or words)


def names_title(heading: str, titles: Iterable[TitleWords], *, numbers: bool = True) -> bool:
    """Whether *heading* is the page's title: most of its words are in one of the *titles*, it
    covers a good part of that title, and it shares a word with the title's first segment (a
    site-name heading covers the "Site" of "Headline | Site", not the headline)."""
    words = title_words(heading, numbers=numbers)
    if not words:
        return False
    for title in titles:
        common = len(words & title.words)
        if common >= 0.6 * len(words) and common >= 0.4 * len(title.words) and words & title.first:
            return True
    return False


# --- captions --------------------------------------------------------------------------------------


# A collapsed caption's toggle read after its credit: "… (AP Photo/Gene J. Puskar) less".
_EXPANDER_AFTER_CREDIT = (") less", ") more", ") Less", ") More")


def join_caption_lines(lines: Sequence[str]) -> str:
    """Join a caption broken over lines into one paragraph.

    ["Cán bộ … tham gia", "giúp nhân dân … tu sửa đường."] -> "Cán bộ … tham gia giúp nhân dân …".
    Only used inside a caption block: in a body, a short unpunctuated line is often a subheading.
    """
    # A caption is one paragraph: the line breaks come from the CMS editor's narrow text box.
    text = " ".join(line for line in (one_line(raw) for raw in lines) if line)
    if text.endswith(_EXPANDER_AFTER_CREDIT):
        # the caption's expander link ("… (AP Photo/Gene J. Puskar) less") after its credit
        text = text[: text.rindex(")") + 1]
    if "©" in text or text.endswith((")", "]")):  # the guard: few captions end in a credit
        text = without_credit_tail(text)
    return text


# The picture's credit set after the caption's words: a copyright ("… zu machen. © Thinkstock",
# "Foto © Peter Steiger", "© Foto: Skoda") or a labelled source in brackets ("… Aufklärung.
# (Quelle: Fleischmann/Unsplash/DJV)", "(Photo: AP)"): names, no sentence, at the very end.
# Vietnamese "(Ảnh: …)" is left to the Vietnamese caption rules.
_CREDIT_TAIL = re.compile(
    r"""\s*(?:
        \(?\s*(?:(?:foto|photo|bild|image)\s*:?\s*)?©\s*(?:(?:foto|photo)\s*:\s*)?[^.!?©()]{1,60}\)?
        | \(\s*(?:quelle|foto|fotos|photo|photos|bild|credit|source|fuente|crédit|fonte|źródło)
            \s*:\s*[^.!?()]{1,60}\)
        # a wire's credit in brackets: "(AP Photo/Gene J. Puskar)", "(Joshua Roberts/Reuters)",
        # "[File: Reuters]", "[Mohammad Ismail/Reuters]": the agency last, or "AP Photo" first
        | \(\s*(?:AP|AFP|UPI)\s+Photos?\s*(?:/[^()]{1,60})?\)
        | [(\[]\s*(?:file\s*:\s*)?(?:[^()\[\]!?/]{1,40}/\s*)*
            (?:reuters|ap|afp|epa(?:-efe)?|getty\s+images|bloomberg|upi|xinhua|anadolu\s+agency)
            \s*[)\]]
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def without_credit_tail(caption: str) -> str:
    """A caption without the credit glued to its end: the photographer or agency is not what
    the picture shows (a caption that is only the credit is left whole, for the credit rules
    to judge)."""
    match = _CREDIT_TAIL.search(caption)
    if match is None or match.start() < 15:
        return caption
    return caption[: match.start()].rstrip()


# A bracketed link to another story at the end of a paragraph ("… w Polsce. [czytaj więcej]",
# "… said. [Read more]"): the link's label, not the story's words.
_MORE_LINK_TAIL = re.compile(
    r"\s*\[\s*(?:czytaj\s+(?:więcej|dalej)|więcej|read\s+more|more|mehr|weiterlesen|lesen\s+sie\s+mehr"
    r"|lire\s+la\s+suite|la\s+suite|leer\s+más|leia\s+mais|leggi\s+(?:tutto|di\s+più)"
    r"|xem\s+thêm|đọc\s+thêm)\s*(?:…|\.{3}|»|>+)?\s*\]\s*$",
    re.IGNORECASE,
)


def without_more_link(paragraph: str) -> str:
    """*paragraph* without a bracketed "read more" link at its end ("… [czytaj więcej]")."""
    if not paragraph.endswith("]"):
        return paragraph
    match = _MORE_LINK_TAIL.search(paragraph)
    return paragraph[: match.start()] if match and match.start() > 0 else paragraph


def looks_like_filename(text: str) -> bool:
    """An image file name leaking as a caption ("…thoát nghèo..jpg", "IMG_2034.JPG")."""
    return bool(re.search(r"\.(?:jpe?g|png|gif|webp|bmp)\s*$", text, re.IGNORECASE))


# A byline label followed by a CMS login instead of a name: "Người đăng: admin", "Đăng bởi:
# bientap", "Posted by: Administrator". The login is one word: an account name (``NOT_A_NAME``)
# or lower-case letters and digits, as logins are written (a person's name is capitalised).
_ACCOUNT_LINE = re.compile(
    r"^\W*(?:người\s+đăng|đăng\s+bởi|người\s+viết|tác\s+giả|biên\s+tập|posted\s+by)\s*:?\s*"
    r"(?P<login>[\w.@-]+)\W*$",
    re.IGNORECASE,
)


def account_byline(line: str) -> bool:
    """Whether *line* is a byline label naming a CMS account, not a person (``_ACCOUNT_LINE``):
    furniture of the template, no author."""
    m = _ACCOUNT_LINE.match(one_line(line))
    if m is None:
        return False
    login = m.group("login")
    return login.casefold() in NOT_A_NAME or (login.islower() and login.isascii())


# A Vietnamese syllable has a vowel; an acronym ("PV", "TTXVN", "CTV", "QĐND") may have none.
_VI_VOWEL = re.compile(
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]"
)


def name_case(name: str) -> str:
    """A Vietnamese name written in capitals as a name is written: "NGUYỄN VĂN AN" -> "Nguyễn
    Văn An", "H'HEN NIÊ" -> "H'Hen Niê". Bylines set in capitals ("Bài, ảnh: THÁI CẢNH", the
    notes §2.3) are typography, and the same writer signs in both cases on one site. Only a name
    of two words or more with no lower-case letter changes; a word without a vowel (an acronym:
    "PV", "TTXVN") or with a dot (initials "N.A") stays as written, and so does a one-word name
    (as often an acronym with a vowel: "VOV")."""
    words = name.split()
    if len(words) < 2 or any(ch.islower() for ch in name):
        return name
    out = []
    for word in words:
        if "." in word or not _VI_VOWEL.search(word.lower()):
            out.append(word)
        else:
            out.append("'".join(part[:1] + part[1:].lower() for part in word.split("'")))
    return " ".join(out)
