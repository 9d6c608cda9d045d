"""The site registry: one TOML file per site, loaded into frozen, validated dataclasses.

Site knowledge is data. A file names the paper, its province, where to start discovering
articles, what an article URL looks like, optional CSS selectors for pages somebody has actually
seen, and how the site's sections map onto our categories. A bad file stops the run with one line
naming the file and the field (``SiteConfigError``), never a traceback.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aggregator.errors import SiteConfigError
from aggregator.packagedata import package_dir

BUNDLED_SITES_DIR = package_dir("site_rules")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True, slots=True)
class Selectors:
    """CSS selectors for one site's article pages; "" means "let the generic path decide"."""

    title: str = ""
    body: str = ""
    summary: str = ""
    published: str = ""
    author: str = ""
    section: str = ""
    remove: tuple[str, ...] = ()  # elements to delete inside the body before reading it

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True, slots=True)
class SiteConfig:
    id: str
    name: str
    province: str  # post-2025 province slug, e.g. "tuyen-quang"
    homepage: str
    feeds: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()  # section listing pages
    sitemaps: tuple[str, ...] = ()
    article_url: re.Pattern[str] | None = None  # what an article URL looks like
    article_id: re.Pattern[str] | None = None  # group 1 (or "id") = the site's article id
    ignore_urls: tuple[re.Pattern[str], ...] = ()
    pagination: str = ""  # page URL template with {page}, relative to a section URL's path
    selectors: Selectors = field(default_factory=Selectors)
    categories: Mapping[str, str] = field(default_factory=dict)  # site section -> category slug
    aliases: tuple[str, ...] = ()  # other hosts serving this site (www., m., absorbed domains)
    credit_names: tuple[str, ...] = ()  # how others credit it: "Theo TQĐT" → ("TQĐT",)
    language: str = "vi"
    enabled: bool = True
    sample: bool = False  # a bundled sample site (demo and tests), served on loopback
    note: str = ""
    source: Path | None = None

    @property
    def domain(self) -> str:
        return urlsplit(self.homepage).hostname or ""

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.domain, *self.aliases)

    def with_base(self, base: str) -> SiteConfig:
        """The same site served from *base* (``http://127.0.0.1:8123/site-id``): for samples."""
        return _rebase(self, base)


def _rebase(site: SiteConfig, base: str) -> SiteConfig:
    base = base.rstrip("/")
    old = site.homepage.rstrip("/")

    def move(url: str) -> str:
        return base + url[len(old) :] if url.startswith(old) else url

    from dataclasses import replace

    return replace(
        site,
        homepage=move(site.homepage),
        feeds=tuple(move(u) for u in site.feeds),
        sections=tuple(move(u) for u in site.sections),
        sitemaps=tuple(move(u) for u in site.sitemaps),
    )


# --- loading -------------------------------------------------------------------------------------

_TOP_KEYS = {
    "name", "province", "homepage", "enabled", "language", "note", "sample", "aliases", "credit_names",
    "start", "urls", "selectors", "categories",
}  # fmt: skip
_START_KEYS = {"feeds", "sections", "sitemaps", "pagination"}
_URL_KEYS = {"article", "article_id", "ignore"}


class _Reader:
    """Reads typed fields out of one raw TOML table, naming the file and field in every error."""

    def __init__(self, path: Path, raw: Mapping[str, Any], prefix: str = "") -> None:
        self.path, self.raw, self.prefix = path, raw, prefix

    def fail(self, key: str, problem: str) -> SiteConfigError:
        return SiteConfigError(f"{self.path}: field '{self.prefix}{key}': {problem}")

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.raw:
            if key not in allowed:
                hint = _closest(key, allowed)
                raise self.fail(
                    key, "unknown field" + (f" (did you mean '{hint}'?)" if hint else "")
                )

    def str(self, key: str, default: str | None = None) -> str:
        value = self.raw.get(key, default)
        if value is None:
            raise self.fail(key, "missing")
        if not isinstance(value, str):
            raise self.fail(key, f"expected a string, got {type(value).__name__}")
        return value

    def bool(self, key: str, default: bool) -> bool:
        value = self.raw.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, got {value!r}")
        return value

    def strs(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "expected a list of strings")
        return tuple(value)

    def urls(self, key: str) -> tuple[str, ...]:
        values = self.strs(key)
        for value in values:
            if urlsplit(value).scheme not in ("http", "https"):
                raise self.fail(key, f"not an http(s) URL: {value!r}")
        return values

    def regex(self, key: str) -> re.Pattern[str] | None:
        value = self.raw.get(key)
        return None if value is None else self._compile(key, value)

    def regexes(self, key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(self._compile(key, v) for v in self.strs(key))

    def _compile(self, key: str, value: object) -> re.Pattern[str]:
        if not isinstance(value, str):
            raise self.fail(key, "expected a regular expression string")
        try:
            return re.compile(value)
        except re.error as exc:
            raise self.fail(key, f"invalid regular expression {value!r}: {exc}") from None

    def table(self, key: str, allowed: set[str] | None = None) -> _Reader:
        value = self.raw.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, "expected a table")
        sub = _Reader(self.path, value, f"{self.prefix}{key}.")
        if allowed is not None:
            sub.check_keys(allowed)
        return sub


def _closest(key: str, allowed: Iterable[str]) -> str:
    import difflib

    matches = difflib.get_close_matches(key, sorted(allowed), n=1)
    return matches[0] if matches else ""


def load_site(path: Path) -> SiteConfig:
    """Load and validate one site file; raise SiteConfigError naming the file and field."""
    from aggregator.taxonomy import CATEGORIES, PROVINCES

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SiteConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SiteConfigError(f"{path}: not valid TOML: {exc}") from None

    top = _Reader(path, raw)
    top.check_keys(_TOP_KEYS)
    site_id = path.stem
    if not _ID.match(site_id):
        raise SiteConfigError(f"{path}: file name must be a lowercase id like 'baotuyenquang'")

    province = top.str("province")
    if province not in PROVINCES:
        hint = _closest(province, PROVINCES)
        raise top.fail(
            "province",
            f"unknown province {province!r}" + (f" (did you mean '{hint}'?)" if hint else ""),
        )
    homepage = top.urls("homepage")
    if len(homepage) != 1:
        raise top.fail("homepage", "expected one URL")

    start = top.table("start", _START_KEYS)
    urls = top.table("urls", _URL_KEYS)
    sel = top.table("selectors", {f.name for f in fields(Selectors)})
    cats = top.table("categories")
    categories: dict[str, str] = {}
    for section, slug in cats.raw.items():
        if slug not in CATEGORIES:
            raise cats.fail(section, f"unknown category {slug!r}; one of: {', '.join(CATEGORIES)}")
        categories[section] = slug

    pagination = start.str("pagination", "")
    if pagination and "{page}" not in pagination:
        raise start.fail("pagination", "must contain {page}")

    article_id = urls.regex("article_id")
    if article_id is not None and article_id.groups < 1:
        raise urls.fail("article_id", "needs a capturing group for the id")

    selectors = Selectors(
        **{f.name: sel.str(f.name, "") for f in fields(Selectors) if f.name != "remove"},
        remove=sel.strs("remove"),
    )
    _check_selectors(sel, selectors)

    site = SiteConfig(
        id=site_id,
        name=top.str("name"),
        province=province,
        homepage=homepage[0],
        feeds=start.urls("feeds"),
        sections=start.urls("sections"),
        sitemaps=start.urls("sitemaps"),
        pagination=pagination,
        article_url=urls.regex("article"),
        article_id=article_id,
        ignore_urls=urls.regexes("ignore"),
        selectors=selectors,
        categories=categories,
        aliases=top.strs("aliases"),
        credit_names=top.strs("credit_names"),
        language=top.str("language", "vi"),
        enabled=top.bool("enabled", True),
        sample=top.bool("sample", False),
        note=top.str("note", ""),
        source=path,
    )
    if not (site.feeds or site.sections or site.sitemaps):
        raise top.fail("start", "needs at least one of feeds, sections, sitemaps")
    return site


def _check_selectors(reader: _Reader, selectors: Selectors) -> None:
    from cssselect import GenericTranslator, SelectorError

    translator = GenericTranslator()
    for f in fields(Selectors):
        values = getattr(selectors, f.name)
        for value in values if isinstance(values, tuple) else (values,):
            if not value:
                continue
            try:
                translator.css_to_xpath(value)
            except SelectorError as exc:
                raise reader.fail(f.name, f"invalid CSS selector {value!r}: {exc}") from None


def load_sites(directory: Path | str | None = None) -> dict[str, SiteConfig]:
    """Load every ``*.toml`` in *directory* (default: the bundled rules), sorted by id."""
    root = Path(directory) if directory else BUNDLED_SITES_DIR
    if not root.is_dir():
        raise SiteConfigError(f"{root}: sites directory does not exist (AGGREGATOR_SITES_DIR)")
    sites = {}
    for path in sorted(root.glob("*.toml")):
        site = load_site(path)
        sites[site.id] = site
    return sites


def registry(sites_dir: str = "", samples_base: str = "") -> dict[str, SiteConfig]:
    """The sites a run may crawl: every site file, with sample sites moved to *samples_base*.

    Sample sites exist only on loopback (``scrapy demo`` and the tests serve them); without a
    *samples_base* they are left out, so a production run never tries to reach them.
    """
    sites = load_sites(sites_dir or None)
    return {
        site_id: site.with_base(f"{samples_base.rstrip('/')}/{site_id}") if site.sample else site
        for site_id, site in sites.items()
        if samples_base or not site.sample
    }
