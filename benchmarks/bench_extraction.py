"""Extraction benchmark: body, snippets, title, author, day and speed, beside trafilatura and htmldate.

Usage (from the repository root):

    .venv/bin/python -m benchmarks.bench_extraction [--data PATH] [--sets aeb,trafilatura]
        [--only ours] [--repeat N] [--failures METRIC --half A] [--dump FILE]
        [--perturb no-meta,no-class,no-tags,no-url,reparse]

``--data`` defaults to ``../shared/benchmarks/extraction`` relative to the repository root; its
README defines every metric, implemented here as written there:

- body (``aeb/``): 4-token ``\\w+`` shingles, per-page tp/fp/fn normalised to sum to 1, precision
  and recall averaged over pages, F1 from the two averages; an empty extraction scores 0 and 0;
- snippets (``trafilatura/``): a ``with`` snippet found in the main text (whitespace collapsed on
  both sides) is a true positive, else a false negative; a ``without`` snippet found is a false
  positive; micro-averaged P/R/F1;
- title: exact after NFKC, casefold, whitespace collapse and trimming quotes (pages with a title);
- author: token F1 (bag of casefolded ``\\w+``) averaged over pages that name one; "spurious" is the
  share of pages annotated as naming none (``author: ""``) where an author was output;
- day: the publication day in the page's own offset equals the truth; accuracy over pages with a
  dated truth, and coverage (share of those pages with any date). On ``trafilatura/`` pages whose
  truth has no date are left out of both (they are annotated "none" for authors, not for dates).

Every set is split in two halves by a fixed hash of the page URL (first byte of its SHA-1: even =
half A, odd = half B). Rules are tuned looking at half A only; half B says whether a change holds
on pages nobody looked at. Both halves are reported.

Extractors, all given the same raw bytes in the same process:

- ours: ``extract_article(raw, url)``: decoding, every Article field and the date cascade;
- trafilatura 2.3.1: ``bare_extraction(raw, url=url, with_metadata=True)``, the same job (main
  text, title, author, date through htmldate's extensive search);
- htmldate 1.11: ``find_date(raw, url=url, original_date=True)`` (dates only);
- readability-lxml 0.9 (``aeb/`` body only, the earlier reference).

Speed: pages per second over every page of the selected sets, best of ``--repeat`` passes (the
first pass also gives the scores). "ours" and trafilatura do the same job, so their ratio is the
speed measure; htmldate does less (dates only) and is listed for orientation.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
SETS = ("aeb", "htmldate", "htmldate-more", "trafilatura")
# The pages were saved years ago: the benchmark's crawl time comes after all of them.
NOW = datetime.fromisoformat("2026-01-01T00:00:00+07:00")


def default_data() -> Path:
    """``../shared/benchmarks/extraction`` from the repo root; from a git worktree nested deeper
    (``wt/extract``), the nearest ancestor that has it."""
    for parent in REPO.parents:
        candidate = parent / "shared" / "benchmarks" / "extraction"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "benchmarks" / "extraction"


# --- pages -----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Page:
    set: str
    key: str
    url: str
    truth: dict[str, Any]
    raw: bytes
    half: str = ""  # "A" or "B" by the URL the set gives, whatever a perturbation shows

    def __post_init__(self) -> None:
        self.half = self.half or half_of(self.url)


def half_of(url: str) -> str:
    """ "A" or "B", fixed by the URL: the first byte of its SHA-1, even or odd."""
    return "A" if hashlib.sha1(url.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def load(folder: Path) -> list[Page]:
    data = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    items = data["items"] if "items" in data and "meta" in data else data
    return [Page(folder.name, key, item["url"], item,
                 gzip.decompress((folder / item["file"]).read_bytes()))
            for key, item in sorted(items.items())]  # fmt: skip


# --- perturbations: the same pages with one kind of evidence taken away -----------------------------
#
# The development sets reward whatever evidence their pages happen to carry. A page whose date, author
# or title sits in metadata never tests the visible date line or byline; a site whose class names say
# "byline" and "article-body" never tests the generic path that a site with hashed CSS-module classes
# (or none) goes through. Each mode below removes one kind of evidence from every page, for every
# extractor alike, so the paths that unfamiliar sites exercise are measured on a thousand real pages.
# The truth is unchanged: where a page shows its date or author only in the removed metadata, every
# extractor loses it, and the comparison with trafilatura in the same run says how much of a drop is
# ours. "reparse" is the control: the parse and re-serialisation every mode does, removing nothing.

PERTURBATIONS = ("reparse", "no-meta", "no-class", "no-tags", "no-url")

# Meta tags that say how to read the bytes, not what the page is about: kept.
_KEEP_META = frozenset({"content-type", "viewport", "x-ua-compatible"})
_MICRODATA = ("itemprop", "itemscope", "itemtype", "itemid", "property", "datetime", "pubdate")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")

# HTML5's words for a page's parts, and what a div-and-table CMS writes instead of each.
_SEMANTIC_TAGS = {
    **dict.fromkeys(
        ("article", "main", "header", "footer", "aside", "nav", "section", "figure",
         "figcaption", "address", "hgroup", "details", "summary"),
        "div",
    ),
    **dict.fromkeys(("time", "mark", "cite"), "span"),
}  # fmt: skip


def _hashed(prefix: str, value: str) -> str:
    return " ".join(prefix + hashlib.sha1(t.encode("utf-8")).hexdigest()[:6] for t in value.split())


def perturb(raw: bytes, modes: Iterable[str], url: str = "") -> bytes:
    """*raw* with the evidence named by *modes* removed, re-serialised as UTF-8.

    - ``no-meta``: every ``<meta>`` that describes the page (name, property, itemprop: dates,
      authors, titles, descriptions), JSON-LD and other script data, microdata and RDFa attributes,
      ``datetime`` attributes and ``rel="author"``: what is left is what a reader sees (and the
      ``<title>`` and the URL);
    - ``no-class``: every class and id token replaced by a hash of itself (the same token gives the
      same hash on a page, as CSS modules do): structure and text stay, names that say "byline",
      "content" or "sidebar" are gone;
    - ``no-tags``: HTML5's semantic elements (``article``, ``main``, ``header``, ``aside``,
      ``time``, ``figure`` …) renamed to the ``div`` or ``span`` an older CMS writes, and ARIA
      ``role`` attributes dropped: the page's parts are known only by their shape and text;
    - ``no-url`` (with the page's *url*): the page's own address wherever the page names it
      (canonical link, ``og:url``, alternates, JSON-LD) becomes :func:`perturb_url`'s, so the
      address a page names says no more than the one it was fetched from;
    - ``reparse``: nothing removed (the control).
    """
    from lxml import html as lxml_html

    from aggregator.encoding import decode_html

    modes = set(modes)
    text = _XML_DECLARATION.sub("", decode_html(raw), count=1)  # lxml refuses one in a str
    if not text.strip():
        return raw
    doc = lxml_html.document_fromstring(text)
    for meta in list(doc.iter("meta")):
        if (
            meta.get("charset") is not None
            or (meta.get("http-equiv") or "").lower() == "content-type"
        ):
            meta.drop_tree()  # re-declared below: the bytes are UTF-8 now
    if "no-meta" in modes:
        for meta in list(doc.iter("meta")):
            if (meta.get("http-equiv") or meta.get("name") or "").lower() not in _KEEP_META:
                meta.drop_tree()
        for script in list(doc.iter("script")):
            if (script.get("type") or "").lower() not in ("", "text/javascript", "module"):
                script.drop_tree()
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            for name in _MICRODATA:
                element.attrib.pop(name, None)
            if "author" in (element.get("rel") or "").lower().split():
                element.attrib.pop("rel")
    if "no-class" in modes:
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            if element.get("class"):
                element.set("class", _hashed("c", element.get("class")))
            if element.get("id"):
                element.set("id", _hashed("i", element.get("id")))
    if "no-url" in modes and url:
        _own_address_hidden(doc, url)
    if "no-tags" in modes:
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag in _SEMANTIC_TAGS:
                element.tag = _SEMANTIC_TAGS[element.tag]
            element.attrib.pop("role", None)
    head = doc.find("head")
    if head is None:
        head = doc.makeelement("head")
        doc.insert(0, head)
    head.insert(0, doc.makeelement("meta", charset="utf-8"))
    return b"<!DOCTYPE html>\n" + lxml_html.tostring(doc, encoding="utf-8")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _same_page(value: str, url: str) -> bool:
    """Whether *value* (an address on the page at *url*) is that page: same host give or take
    a www./m./amp. prefix, same path give or take a final slash."""
    try:
        there, here = urlsplit(urljoin(url, value.strip())), urlsplit(url)
    except ValueError:
        return False
    hosts = [h.hostname or "" for h in (there, here)]
    hosts = [h.removeprefix("www.").removeprefix("m.").removeprefix("amp.") for h in hosts]
    return hosts[0] == hosts[1] and there.path.rstrip("/") == here.path.rstrip("/")


def _own_address_hidden(doc: Any, url: str) -> None:
    """``no-url``'s change to the bytes: every attribute naming the page's own address, and the
    address written out in scripts (JSON-LD's url, @id, mainEntityOfPage), shows
    :func:`perturb_url`'s instead."""
    own = urlsplit(url)
    if len(own.path.rstrip("/")) <= 1:
        return  # a home page's address says nothing already
    shown = perturb_url(url)
    written = own.netloc + own.path.rstrip("/")
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for name in ("href", "content"):
            value = element.get(name)
            if value and "/" in value and _same_page(value, url):
                element.set(name, shown)
        if element.tag == "script" and element.text and own.netloc in element.text:
            text = _address_in_script(element.text, written, shown)
            if text != element.text:
                # lxml refuses control characters, which a script's text may hold
                element.text = _CONTROL.sub("", text)


def _address_in_script(text: str, written: str, shown: str) -> str:
    """*text* with every absolute mention of *written* (host and path, with any query) replaced
    by *shown*, as written or with JSON's escaped slashes (each kept in its own form: unescaping
    the whole script would turn a string's ``<\\/script>`` into the script's end)."""
    for slash in ("/", "\\/"):
        address = re.escape(written.replace("/", slash))
        text = re.sub(
            rf"https?:{re.escape(slash * 2)}{address}(?:{re.escape(slash)})?(?:[?#][^\s\"'<>]*)?"
            r"(?=[\s\"'<>\\]|$)",
            shown.replace("/", slash).replace("\\", "\\\\"),
            text,
        )
    return text


def perturb_url(url: str) -> str:
    """*url* on the same host with a path that says nothing (``no-url``): no date, slug or section
    for any extractor to read. The half stays the original URL's."""
    parts = urlsplit(url)
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
    return urlunsplit((parts.scheme or "https", parts.netloc, f"/p/{digest}", "", ""))


# --- what an extractor gives -----------------------------------------------------------------------


@dataclass(slots=True)
class Output:
    body: str | None = None
    title: str | None = None
    authors: list[str] | None = None
    day: str | None = None  # YYYY-MM-DD, or None for "no date"
    extra: dict[str, Any] = field(default_factory=dict)  # for --failures and --dump


def ours(page: Page) -> Output:
    from aggregator.extract import extract_article

    article = extract_article(page.raw, page.url, now=NOW)
    published = article.published
    return Output(
        body=article.body_text,
        title=article.title,
        authors=list(article.authors),
        day=published.date().isoformat() if published else None,
        extra={
            "published": published.isoformat() if published else None,
            "credit": article.credit,
            "summary": article.summary[:200],
            "title_source": article.title_source,
            "reject": article.reject_reason,
        },
    )


def trafilatura_full(page: Page) -> Output:
    from trafilatura import bare_extraction

    doc = bare_extraction(page.raw, url=page.url, with_metadata=True)
    if doc is None:
        return Output(body="", title="", authors=[], day=None)
    author = doc.author or ""
    return Output(
        body=doc.text or "",
        title=doc.title or "",
        authors=[a.strip() for a in author.split(";") if a.strip()],
        day=(doc.date or None) and str(doc.date)[:10],
    )


def htmldate_only(page: Page) -> Output:
    from htmldate import find_date

    return Output(day=find_date(page.raw, url=page.url, original_date=True))


def readability_body(page: Page) -> Output:
    from lxml import html as lxml_html
    from readability import Document

    summary = Document(page.raw, url=page.url).summary(html_partial=True)
    text = " ".join(lxml_html.fromstring(summary).itertext()) if summary.strip() else ""
    return Output(body=text)


@dataclass(frozen=True, slots=True)
class Extractor:
    name: str
    run: Callable[[Page], Output]
    sets: tuple[str, ...]  # the sets it is scored (and timed) on


EXTRACTORS = (
    Extractor("ours", ours, SETS),
    Extractor("trafilatura 2.3.1", trafilatura_full, SETS),
    Extractor("htmldate 1.11", htmldate_only, ("htmldate", "htmldate-more", "trafilatura")),
    Extractor("readability-lxml 0.9", readability_body, ("aeb",)),
)


# --- metrics ---------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_scores(expected: str, extracted: str) -> tuple[float, float]:
    """(precision, recall) of one page's body."""
    truth, pred = shingles(expected), shingles(extracted)
    tp = sum((truth & pred).values())
    fp = sum((pred - truth).values())
    fn = sum((truth - pred).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0  # both empty
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def snippet_counts(truth: dict[str, Any], body: str) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn) of one page's snippets."""
    text = collapse(body)
    tp = sum(1 for s in truth["with"] if collapse(s) in text)
    fp = sum(1 for s in truth["without"] if collapse(s) in text)
    return tp, len(truth["with"]) - tp, fp, len(truth["without"]) - fp


def title_key(text: str) -> str:
    text = collapse(unicodedata.normalize("NFKC", text).casefold())
    return text.strip(" \"'“”„‘’«»‹›")


def author_f1(expected: str | list[str], authors: list[str]) -> float:
    """Token F1 of one page; *expected* is a name or a list of names (a few pages list several)."""
    if isinstance(expected, list):
        expected = " ".join(expected)
    truth = Counter(t.casefold() for t in _TOKEN.findall(expected))
    pred = Counter(t.casefold() for t in _TOKEN.findall(" ".join(authors)))
    common = sum((truth & pred).values())
    if not common:
        return 0.0
    return f1(common / sum(pred.values()), common / sum(truth.values()))


def dated(page: Page) -> bool:
    return bool(page.truth.get("published"))


# --- scoring one extractor on one set (one half or both) -------------------------------------------


@dataclass(slots=True)
class Score:
    pages: int = 0
    body: tuple[float, float, float] | None = None  # F1, P, R
    snippets: tuple[float, float, float] | None = None
    title: tuple[int, int] | None = None  # right, total
    author: tuple[float, int, int, int] | None = None  # mean F1, pages, spurious, none-pages
    day: tuple[int, int, int] | None = None  # right, found, total


def score(pages: list[Page], outputs: list[Output]) -> Score:
    result = Score(pages=len(pages))
    if not pages:
        return result
    pairs = list(zip(pages, outputs, strict=True))
    kind = pages[0].set
    if kind == "aeb" and outputs[0].body is not None:
        scores = [page_scores(p.truth["body"], o.body or "") for p, o in pairs]
        precision = sum(s[0] for s in scores) / len(scores)
        recall = sum(s[1] for s in scores) / len(scores)
        result.body = (f1(precision, recall), precision, recall)
    if kind == "trafilatura" and outputs[0].body is not None:
        tp = fn = fp = 0
        for p, o in pairs:
            a, b, c, _ = snippet_counts(p.truth, o.body or "")
            tp, fn, fp = tp + a, fn + b, fp + c
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        result.snippets = (f1(precision, recall), precision, recall)
    if kind == "trafilatura" and outputs[0].title is not None:
        titled = [(p, o) for p, o in pairs if p.truth.get("title")]
        right = sum(title_key(p.truth["title"]) == title_key(o.title or "") for p, o in titled)
        result.title = (right, len(titled))
    if kind == "trafilatura" and outputs[0].authors is not None:
        named = [(p, o) for p, o in pairs if p.truth.get("author")]
        none = [(p, o) for p, o in pairs if p.truth.get("author") == ""]
        mean = sum(author_f1(p.truth["author"], o.authors or []) for p, o in named)
        spurious = sum(bool(o.authors) for _, o in none)
        result.author = (mean / len(named) if named else 0.0, len(named), spurious, len(none))
    if kind != "aeb":
        with_day = [(p, o) for p, o in pairs if dated(p)]
        right = sum(o.day == p.truth["published"] for p, o in with_day)
        found = sum(o.day is not None for _, o in with_day)
        result.day = (right, found, len(with_day))
    return result


# --- running ---------------------------------------------------------------------------------------


def run_extractor(
    extractor: Extractor, pages: list[Page], repeat: int
) -> tuple[list[Output], float]:
    """Outputs of the first pass and the best time of ``repeat`` passes over *pages*."""
    if not pages:
        return [], 0.0
    extractor.run(pages[0])  # warm-up: imports and caches
    outputs: list[Output] = []
    best = float("inf")
    for i in range(repeat):
        start = time.perf_counter()
        current = [extractor.run(page) for page in pages]
        best = min(best, time.perf_counter() - start)
        if i == 0:
            outputs = current
    return outputs, best


def _fmt_day(day: tuple[int, int, int] | None) -> str:
    if day is None:
        return "–"
    right, found, total = day
    return f"{right / total:.3f} / {found / total:.3f} ({right}/{total})" if total else "–"


def _fmt_triple(value: tuple[float, float, float] | None) -> str:
    return f"{value[0]:.3f} ({value[1]:.3f} / {value[2]:.3f})" if value else "–"


def report(
    sets: dict[str, list[Page]],
    results: dict[str, dict[str, list[Output]]],
    halves: Iterable[str],
) -> None:
    for set_name, pages in sets.items():
        print(f"\n### {set_name} ({len(pages)} pages)\n")
        columns = {
            "aeb": ["body F1 (P / R)"],
            "htmldate": ["day accuracy / coverage"],
            "htmldate-more": ["day accuracy / coverage"],
            "trafilatura": [
                "snippets F1 (P / R)",
                "title exact",
                "author F1 / spurious",
                "day accuracy / coverage",
            ],
        }[set_name]
        print("| extractor | half | pages | " + " | ".join(columns) + " |")
        print("|---|---|---|" + "---|" * len(columns))
        for name, per_set in results.items():
            if set_name not in per_set:
                continue
            outputs = per_set[set_name]
            for half in halves:
                chosen = [
                    (p, o)
                    for p, o in zip(pages, outputs, strict=True)
                    if half == "all" or p.half == half
                ]
                s = score([p for p, _ in chosen], [o for _, o in chosen])
                cells = []
                for column in columns:
                    if column.startswith("body"):
                        cells.append(_fmt_triple(s.body))
                    elif column.startswith("snippets"):
                        cells.append(_fmt_triple(s.snippets))
                    elif column.startswith("title"):
                        cells.append(
                            f"{s.title[0] / s.title[1]:.3f} ({s.title[0]}/{s.title[1]})"
                            if s.title and s.title[1]
                            else "–"
                        )
                    elif column.startswith("author"):
                        cells.append(
                            f"{s.author[0]:.3f} / {s.author[2] / s.author[3]:.2f} ({s.author[2]}/{s.author[3]})"
                            if s.author and s.author[3]
                            else "–"
                        )
                    else:
                        cells.append(_fmt_day(s.day))
                print(f"| {name} | {half} | {s.pages} | " + " | ".join(cells) + " |")


# --- failures (development aid: look at half A only) -----------------------------------------------


def failures(metric: str, pages: list[Page], outputs: list[Output], half: str, limit: int) -> None:
    rows = []
    for page, out in zip(pages, outputs, strict=True):
        if half != "all" and page.half != half:
            continue
        t = page.truth
        if metric == "body" and page.set == "aeb":
            p, r = page_scores(t["body"], out.body or "")
            if f1(p, r) < 0.95:
                rows.append((f1(p, r), page, f"P {p:.3f} R {r:.3f}"))
        elif metric == "snippets" and page.set == "trafilatura":
            text = collapse(out.body or "")
            missed = [s for s in t["with"] if collapse(s) not in text]
            extra = [s for s in t["without"] if collapse(s) in text]
            if missed or extra:
                detail = "".join(f"\n      MISSED {s[:110]!r}" for s in missed)
                detail += "".join(f"\n      EXTRA  {s[:110]!r}" for s in extra)
                rows.append(
                    (-(len(missed) + len(extra)), page, f"{len(out.body or '')} chars{detail}")
                )
        elif metric == "title" and t.get("title") is not None and page.set == "trafilatura":
            if t["title"] and title_key(t["title"]) != title_key(out.title or ""):
                source = out.extra.get("title_source", "")
                rows.append(
                    (0, page, f"truth {t['title']!r}\n      ours  {out.title!r} ({source})")
                )
        elif metric == "author" and page.set == "trafilatura" and "author" in t:
            value = author_f1(t["author"], out.authors or []) if t["author"] else None
            if (value is not None and value < 1) or (value is None and out.authors):
                rows.append((value or 0, page, f"truth {t['author']!r}  ours {out.authors!r}"))
        elif metric == "day" and page.set != "aeb" and dated(page) and out.day != t["published"]:
            detail = f"truth {t['published']}  ours {out.extra.get('published', out.day)}"
            rows.append((0 if out.day else 1, page, detail))
    rows.sort(key=lambda r: r[0])
    for _, page, detail in rows[:limit]:
        print(f"  [{page.set} {page.key}] {page.url[:100]}\n      {detail}")
    print(f"\n{len(rows)} failing pages ({metric}, half {half})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_data(), help="the four sets' folder")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    parser.add_argument("--only", help="run only extractors whose name starts with this")
    parser.add_argument("--repeat", type=int, default=2, help="timed passes (best time)")
    parser.add_argument("--half", default=None, help="report only half A, B (default: A, B, all)")
    parser.add_argument(
        "--failures", choices=("body", "snippets", "title", "author", "day"), default=None
    )
    parser.add_argument("--limit", type=int, default=400, help="failures to list")
    parser.add_argument("--dump", type=Path, help="write every output to this JSON file")
    parser.add_argument(
        "--perturb",
        default="",
        help=f"comma-separated: remove evidence from every page first ({', '.join(PERTURBATIONS)})",
    )
    args = parser.parse_args(argv)
    modes = [m for m in args.perturb.split(",") if m]
    if unknown := [m for m in modes if m not in PERTURBATIONS]:
        parser.error(f"unknown --perturb {', '.join(unknown)} (one of {', '.join(PERTURBATIONS)})")

    sets = {name: load(args.data / name) for name in args.sets.split(",") if name}
    if modes:
        for page in (page for pages in sets.values() for page in pages):
            page.raw = perturb(page.raw, modes, page.url)
            if "no-url" in modes:
                page.url = perturb_url(page.url)
    extractors = [e for e in EXTRACTORS if not args.only or e.name.startswith(args.only)]
    halves = [args.half] if args.half else ["A", "B", "all"]
    results: dict[str, dict[str, list[Output]]] = {}
    speed: list[tuple[str, int, float]] = []
    for extractor in extractors:
        chosen = [name for name in sets if name in extractor.sets]
        pages = [page for name in chosen for page in sets[name]]
        outputs, elapsed = run_extractor(extractor, pages, max(1, args.repeat))
        speed.append((extractor.name, len(pages), elapsed))
        results[extractor.name] = {}
        start = 0
        for name in chosen:
            results[extractor.name][name] = outputs[start : start + len(sets[name])]
            start += len(sets[name])
        print(f"{extractor.name}: {len(pages)} pages in {elapsed:.1f} s", file=sys.stderr)

    if args.failures:
        name = extractors[0].name
        for set_name, pages in sets.items():
            if set_name in results[name]:
                failures(
                    args.failures, pages, results[name][set_name], args.half or "A", args.limit
                )
        return

    perturbed = f"; perturbed: {args.perturb}" if modes else ""
    print(
        f"Extraction benchmark: {args.data} (halves by SHA-1 of the URL; crawl time {NOW}{perturbed})"
    )
    report(sets, results, halves)
    print("\n### speed (every page of the sets each extractor is scored on, best of "
          f"{max(1, args.repeat)})\n")  # fmt: skip
    print("| extractor | job | pages | pages/s | ms/page |")
    print("|---|---|---|---|---|")
    jobs = {"ours": "body + all metadata", "trafilatura 2.3.1": "body + metadata",
            "htmldate 1.11": "date only", "readability-lxml 0.9": "body only"}  # fmt: skip
    rate = {}
    for name, count, elapsed in speed:
        rate[name] = count / elapsed if elapsed else 0.0
        print(
            f"| {name} | {jobs[name]} | {count} | {rate[name]:.1f} | {1000 * elapsed / max(count, 1):.2f} |"
        )
    if "ours" in rate and "trafilatura 2.3.1" in rate:
        print(f"\nours vs trafilatura on the same pages and job: "
              f"{rate['ours'] / rate['trafilatura 2.3.1']:.1f}x")  # fmt: skip
    if args.dump:
        dump = {
            name: {
                set_name: {p.key: asdict(o) for p, o in zip(sets[set_name], outs, strict=True)}
                for set_name, outs in per_set.items()
            }
            for name, per_set in results.items()
        }
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
