"""`scrapy checksite URL [--write FILE] [--province SLUG] [--samples N]`: how a site is added.

Probes a homepage the way the crawler would see it and prints what it found: robots.txt rules,
feeds (``<link rel=alternate>``, links to .rss, common feed paths), sitemaps (robots.txt
``Sitemap:`` lines, common paths), section listings (the navigation menu), the article URL
pattern and id, and the extraction of a few sample articles. ``--write`` saves a starter site
file to review and put in the site rules directory.

It makes a handful of sequential requests (with DOWNLOAD_DELAY between them), with our
User-Agent, and obeys robots.txt. Real use needs the internet; the tests probe the loopback
sample sites.
"""

from __future__ import annotations

import argparse
import os
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html
from scrapy.exceptions import UsageError

from aggregator.cli import QuietCommand
from aggregator.commands import echo, exit_with
from aggregator.discovery import (
    ARTICLE_PATTERNS,
    COMMON_FEED_PATHS,
    COMMON_SITEMAP_PATHS,
    autodiscover,
    infer_article_pattern,
    parse_feed,
    parse_html,
    parse_sitemap,
    robots_sitemaps,
)
from aggregator.urls import canonicalize, looks_like_article, same_site

MAX_BYTES = 4 * 1024 * 1024


@dataclass
class Fetched:
    url: str  # after redirects
    status: int
    body: bytes = b""
    error: str = ""


@dataclass
class Probe:
    """What checksite found; ``site_file`` renders it as a starter site file."""

    homepage: str
    name: str = ""
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    pattern: tuple[str, str, str] | None = None
    disallowed: list[str] = field(default_factory=list)

    def site_file(self, province: str) -> str:
        def strings(values: list[str]) -> str:
            return "[" + ", ".join(f'"{v}"' for v in values) + "]"

        lines = [
            f"# Starter site file written by `scrapy checksite {self.homepage}`: review it.",
            f'name = "{self.name or urlsplit(self.homepage).hostname}"',
            f'province = "{province}"'
            if province
            else 'province = "FIXME"  # one of the 34 province slugs',
            f'homepage = "{self.homepage}"',
            "",
            "[start]",
        ]
        if self.feeds:
            lines.append(f"feeds = {strings(self.feeds)}")
        if self.sitemaps:
            lines.append(f"sitemaps = {strings(self.sitemaps)}")
        if self.sections:
            lines.append(f"sections = {strings(self.sections[:20])}")
        if self.pattern:
            lines += [
                "",
                "[urls]",
                f"article = '{self.pattern[1]}'",
                f"article_id = '{self.pattern[2]}'",
            ]
        return "\n".join(lines) + "\n"


def writable(name: str) -> Path:
    """The --write path, its folder created; exits with one line (status 2) when it cannot be."""
    path = Path(name)
    if path.is_dir():
        exit_with(
            f"--write {name}: is a directory; give a file name such as {path / 'baoxyz.toml'}"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        exit_with(f"--write {name}: cannot create folder {path.parent}: {exc.strerror or exc}")
    if not os.access(path.parent, os.W_OK):
        exit_with(f"--write {name}: folder {path.parent} is not writable")
    return path


class Command(QuietCommand):
    requires_project = True

    def syntax(self) -> str:
        return "URL [--write FILE] [--province SLUG] [--samples N]"

    def short_desc(self) -> str:
        return "Probe a site's homepage: feeds, sitemaps, sections, URL pattern, sample articles"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--write", metavar="FILE", help="write a starter site file")
        parser.add_argument("--province", default="", help="province slug for --write")
        parser.add_argument("--samples", type=int, default=3, help="articles to extract")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("checksite needs one homepage URL")
        self.agent = self.settings.get("USER_AGENT")
        self.delay = self.settings.getfloat("DOWNLOAD_DELAY", 0.5)
        self.timeout = self.settings.getfloat("DOWNLOAD_TIMEOUT", 30)
        self.robots: urllib.robotparser.RobotFileParser | None = None
        self._last = 0.0
        # Before probing (a handful of polite requests): a file that cannot be written is said now.
        path = writable(opts.write) if opts.write else None
        probe = self.probe(args[0])
        if probe is None:
            self.exitcode = 1
            return
        self.show_samples(probe, opts.samples)
        if path is not None:
            try:
                path.write_text(probe.site_file(opts.province), encoding="utf-8")
            except OSError as exc:
                exit_with(f"cannot write {path}: {exc.strerror or exc}")
            echo(f"\nWrote {path} (review it, then put it in the site rules directory)")

    # --- fetching ---------------------------------------------------------------------------------

    def fetch(self, url: str) -> Fetched:
        if self.robots is not None and not self.robots.can_fetch(self.agent, url):
            return Fetched(url, 0, error="disallowed by robots.txt")
        wait = self._last + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)  # one request at a time, spaced like the crawler's
        self._last = time.monotonic()
        request = urllib.request.Request(url, headers={"User-Agent": self.agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return Fetched(response.geturl(), response.status, response.read(MAX_BYTES))
        except urllib.error.HTTPError as exc:
            return Fetched(url, exc.code, error=f"HTTP {exc.code}")
        except (urllib.error.URLError, OSError) as exc:
            return Fetched(url, 0, error=str(getattr(exc, "reason", exc)))

    def _robots(self, homepage: str) -> str:
        robots_url = urljoin(homepage, "/robots.txt")
        fetched = self.fetch(robots_url)
        text = fetched.body.decode("utf-8", "replace") if fetched.status == 200 else ""
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(text.splitlines())
        self.robots = parser
        return text

    # --- probing ----------------------------------------------------------------------------------

    def probe(self, url: str) -> Probe | None:
        if urlsplit(url).scheme not in ("http", "https"):
            raise UsageError(f"not an http(s) URL: {url!r}")
        robots_txt = self._robots(url)
        home = self.fetch(url)
        out = _Printer()
        if home.status != 200:
            out.line(f"Homepage {url}: {home.error or home.status}")
            return None
        homepage = home.url if home.url.endswith("/") or urlsplit(home.url).path else url
        if canonicalize(home.url) != canonicalize(url):
            out.line(f"Redirected to {home.url}")
        probe = Probe(homepage=homepage, name=_site_name(home.body))
        found = autodiscover(home.body, homepage)
        host = urlsplit(homepage).hostname or ""
        base_path = urlsplit(homepage).path

        def ours(link: str) -> bool:
            return same_site(link, (host,)) and urlsplit(link).path.startswith(base_path)

        # Feeds: what the page declares, else the common paths that answer with entries.
        candidates = found.feeds or [urljoin(homepage, p) for p in COMMON_FEED_PATHS]
        feed_articles: list[str] = []
        for feed in candidates:
            fetched = self.fetch(feed)
            entries = parse_feed(fetched.body) if fetched.status == 200 else []
            if entries:
                probe.feeds.append(feed)
                feed_articles += [e.url for e in entries]
        # Sitemaps: robots.txt lines (for this site), else the common paths.
        sitemap_articles: list[str] = []
        listed = [s for s in robots_sitemaps(robots_txt) if ours(s)]
        for sitemap in listed or [urljoin(homepage, p) for p in COMMON_SITEMAP_PATHS]:
            fetched = self.fetch(sitemap)
            if fetched.status != 200:
                continue
            parsed = parse_sitemap(fetched.body)
            if not parsed.entries:
                continue
            probe.sitemaps.append(sitemap)
            if parsed.is_index:  # look one level down, at the first child, for article URLs
                child = self.fetch(urljoin(sitemap, parsed.entries[0].url))
                parsed = parse_sitemap(child.body) if child.status == 200 else parsed
            sitemap_articles += [e.url for e in parsed.entries if not parsed.is_index]
            if listed:
                continue
            break  # one common path that answers is enough
        probe.sections = [s for s in found.sections if ours(s)]
        articles = [
            a
            for a in dict.fromkeys(
                canonicalize(u) for u in (*feed_articles, *sitemap_articles, *found.articles)
            )
            if ours(a) and looks_like_article(a)
        ]
        probe.articles = articles
        probe.pattern = infer_article_pattern(articles) or found.article_pattern
        probe.disallowed = [
            p for p in (*probe.feeds, *probe.sitemaps, *probe.sections) if not self._allowed(p)
        ]

        out.line(f"Site: {probe.name or host}  ({homepage})")
        out.group("Feeds", probe.feeds, "none found: the crawl will use sitemaps or sections")
        out.group("Sitemaps", probe.sitemaps, "none found")
        out.group("Sections (navigation menu)", probe.sections, "none found")
        if probe.pattern:
            matching = sum(1 for a in articles if _matches(a, probe.pattern))
            out.line(
                f"Article URLs: {len(articles)} seen; pattern {probe.pattern[0]} "
                f"(article = '{probe.pattern[1]}', id = '{probe.pattern[2]}') "
                f"matches {matching}"
            )
        else:
            out.line(f"Article URLs: {len(articles)} seen; no common id pattern (check by hand)")
        if probe.disallowed:
            out.group("Disallowed by robots.txt", probe.disallowed, "")
        return probe

    def _allowed(self, url: str) -> bool:
        return self.robots is None or self.robots.can_fetch(self.agent, url)

    def show_samples(self, probe: Probe, count: int) -> None:
        from aggregator.extract import extract_article

        picked = [a for a in probe.articles if probe.pattern is None or _matches(a, probe.pattern)]
        echo(f"\nSample articles ({min(count, len(picked))} of {len(picked)}):")
        for url in picked[:count]:
            fetched = self.fetch(url)
            if fetched.status != 200:
                echo(f"  {url}\n    fetch failed: {fetched.error or fetched.status}")
                continue
            article = extract_article(fetched.body, fetched.url, None, now=datetime.now(UTC))
            if article.reject_reason:
                echo(f"  {url}\n    not an article: {article.reject_reason}")
                continue
            published = article.published.isoformat() if article.published else "NO DATE"
            words = len(article.body_text.split())
            echo(
                f"  {url}\n    title: {article.title}\n    published: {published}"
                f"  section: {article.section or '-'}  body: {words} words"
                f"  title from: {article.title_source or '-'}"
            )


def _matches(url: str, pattern: tuple[str, str, str]) -> bool:
    import re

    return bool(re.search(pattern[1], url))


def _site_name(body: bytes) -> str:
    doc = parse_html(body)
    if doc is None:
        return ""
    for meta in doc.iter("meta"):
        if meta.get("property") == "og:site_name" and meta.get("content"):
            return meta.get("content", "").strip()
    title = doc.find(".//title")
    return (
        " ".join(title.text_content().split()) if isinstance(title, lxml_html.HtmlElement) else ""
    )


class _Printer:
    def line(self, text: str) -> None:
        echo(text)

    def group(self, title: str, items: list[str], empty: str) -> None:
        echo(f"{title}: {len(items) if items else empty}")
        for item in items:
            echo(f"  {item}")


__all__ = ["ARTICLE_PATTERNS", "Command", "Probe"]
