"""Hostile content for the reliability suite: XML entity attacks, XSS vectors, a hacked site.

The XSS list follows OWASP's XSS Filter Evasion Cheat Sheet (the kinds it lists, written here for
an article body): scripts, event handlers in every casing, javascript:/vbscript:/data: URLs
entity-encoded and split by whitespace, SVG and MathML scripts, iframe srcdoc, base, meta
refresh, CSS expression() and url(javascript:), forms.
"""

from __future__ import annotations

import re

XSS_VECTORS: tuple[str, ...] = (
    "<script>alert('XSS')</script>",
    "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
    "<ScRiPt>alert(1)</sCrIpT>",
    '<script/xss src="http://xss.example/xss.js"></script>',
    '<<SCRIPT>alert("XSS");//<</SCRIPT>',
    "<img src=\"javascript:alert('XSS')\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "<img src=x onerror=alert(1)>",
    "<img src=x OnErRoR=alert(1)>",
    '<img src="http://anh.example/x.jpg" onload="alert(1)" ONMOUSEOVER="alert(2)">',
    "<body onload=alert('XSS')>",
    '<a href="javascript:alert(1)">Bấm vào đây</a>',
    '<a href="JAVASCRIPT:alert(1)">Xem thêm</a>',
    '<a href="  javascript:alert(1)">Chi tiết</a>',
    '<a href="&#x6A;avascript:alert(1)">Đọc tiếp</a>',
    '<a href="vbscript:msgbox(1)">Tải về</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Mở</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    "<svg onload=alert(1)><script>alert(2)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    '<math href="javascript:alert(1)">CLICKME</math>',
    "<iframe src=\"javascript:alert('XSS');\"></iframe>",
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    "<base href=\"javascript:alert('XSS');//\">",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(\'XSS\');">',
    '<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert(\'XSS\')</SCRIPT>">',
    "<div style=\"width: expression(alert('XSS'));\">Nội dung</div>",
    "<div style=\"background-image: url(javascript:alert('XSS'))\">Nội dung</div>",
    "<style>li {list-style-image: url(\"javascript:alert('XSS')\");}</style><ul><li>XSS</li></ul>",
    '<link rel="stylesheet" href="javascript:alert(\'XSS\');">',
    '<form action="javascript:alert(1)"><input type="submit" value="Gửi"></form>',
    '<button formaction="javascript:alert(1)">Gửi</button>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<table background="javascript:alert(1)"><tr><td>XSS</td></tr></table>',
    "<details open ontoggle=alert(1)>",
    '<video><source onerror="alert(1)"></video>',
    '<a href="http://tin.example/" target="_blank" onclick="alert(1)">Liên kết</a>',
    '<p style="position:fixed;top:0;left:0;width:100%;height:100%">Phủ kín trang</p>',
    '<img src="http://anh.example/a.jpg" srcset="javascript:alert(1) 1x, http://anh.example/b.jpg 2x">',
    '"><script>alert(document.cookie)</script>',
    "';alert(String.fromCharCode(88,83,83))//",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
)

# Tokens that must never appear in a published file's bytes (where <link>, <meta> and <style> are
# the feed's or the index page's own).
DANGEROUS_RAW = (
    "<script", "<iframe", "srcdoc", "<base ", "http-equiv", "expression(", "<form", "<svg",
    "<math", "<object", "<embed", "formaction", "onerror", "onload=", "onmouseover", "ontoggle",
    "onclick",
)  # fmt: skip
# A script URL as an attribute's value (a path that merely contains "javascript:" is harmless).
SCRIPT_URL = re.compile(r"""=\s*["'`]?\s*(?:javascript|vbscript|data)\s*:""", re.IGNORECASE)


def billion_laughs(root: str, inner: str) -> bytes:
    """A document whose one entity expands to 10^9 copies of "lol" if a parser expands it."""
    lines = ['<!ENTITY lol "lol">']
    lines += [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10)]  # fmt: skip
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n' + "\n".join(lines) + "\n]>\n" + inner
    ).encode()


def quadratic_blowup(root: str, inner: str) -> bytes:
    """One 50 KB entity referenced 20,000 times: 1 GB if a parser expands it."""
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [<!ENTITY a "{"x" * 50_000}">]>\n' + inner
    ).encode()


def external_entities(root: str, inner: str, marker_file: str, dtd_url: str) -> bytes:
    """A SYSTEM entity naming a local file, and a parameter entity loading a DTD."""
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n'
        f'<!ENTITY xxe SYSTEM "file://{marker_file}">\n'
        f'<!ENTITY % remote SYSTEM "{dtd_url}">\n%remote;\n'
        f'<!ENTITY % file SYSTEM "file://{marker_file}">\n'
        "]>\n" + inner
    ).encode()
