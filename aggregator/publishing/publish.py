"""Store → feeds directory: select, build, write atomically, skip what did not change, ping WebSub.

The only module of the package that touches the disk and the network. Everything it writes comes
from the pure builders, so the same store always gives the same bytes; a file whose bytes did not
change is not touched (its mtime, hence the server's Last-Modified and ETag, stay put), and a file
that did change is replaced in one rename, so a reader never sees half a file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from typing import Any

from aggregator.items import PlaceTag
from aggregator.publishing import model, render, sanitize
from aggregator.publishing.index_page import render_index
from aggregator.publishing.model import (
    FORMATS,
    Feed,
    FeedItem,
    ItemPlace,
    Kind,
    SiteHealth,
    build_item,
    feed_description,
    feed_title,
    province_name,
    to_vn,
)
from aggregator.publishing.opml import render_opml
from aggregator.publishing.render import entries_for, render_json, render_xml
from aggregator.publishing.selection import (
    ALL,
    FeedKey,
    Selection,
    fetch_rows,
    fetch_with_places,
    select_items,
)
from aggregator.search import SearchRequest
from aggregator.sites import SiteConfig, registry
from aggregator.state import site_health as crawl_health
from aggregator.storage import ArticleStore
from aggregator.taxonomy import CATEGORIES, PROVINCES
from aggregator.text import slugify
from aggregator.topics import Topic, load_topics

logger = logging.getLogger(__name__)

FEED_DIRS = ("category", "province", "site", "topic", "place")
# A saved topic's search may take this long: publishing is a batch job, not a reader waiting.
TOPIC_SEARCH_SECONDS = 60.0
INJECTED_NOTE = (
    "Trang báo từng trả về tiêu đề bị chèn quảng cáo cờ bạc (dấu hiệu bị tấn công); "
    "các bài này đã được lấy lại tiêu đề thật trước khi đăng."
)


@dataclass(slots=True)
class PublishReport:
    """What one publish did."""

    feeds: int = 0  # feeds published (each in three formats)
    items: int = 0  # distinct articles shown across all feeds
    written: list[str] = field(default_factory=list)  # relative paths replaced or created
    unchanged: int = 0  # files whose bytes were already on disk
    removed: list[str] = field(default_factory=list)  # feeds of removed sites, places now empty
    pinged: int = 0  # feed URLs announced to the WebSub hub
    ping_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed_feeds(self) -> list[str]:
        return [p for p in self.written if p.endswith(tuple(f".{fmt}" for fmt in FORMATS))]

    def summary(self) -> str:
        """One line for the operator."""
        line = (
            f"published {self.feeds} feeds ({self.items} articles): "
            f"{len(self.written)} files written, {self.unchanged} unchanged"
        )
        if self.removed:
            line += f", {len(self.removed)} removed"
        if self.pinged or self.ping_errors:
            line += f", {self.pinged} WebSub pings"
            if self.ping_errors:
                line += f" ({len(self.ping_errors)} failed: {self.ping_errors[0]})"
        return line + f" in {self.seconds:.2f} s"


# --- files ---------------------------------------------------------------------------------------


def write_if_changed(path: Path, data: bytes, mtime: float) -> bool:
    """Atomically replace *path* with *data* unless it already holds exactly that; True if written.

    The new file's mtime (the server's Last-Modified) is the feed's own date, the newest item,
    but always later than the file it replaces, so a reader asking If-Modified-Since never misses
    a change that did not bring a newer item (an edit, an item ageing out).
    """
    try:
        old = path.stat()
    except FileNotFoundError:
        old = None
    if old is not None and old.st_size == len(data) and path.read_bytes() == data:
        return False
    if old is not None:
        mtime = max(mtime, old.st_mtime + 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.utime(tmp, (mtime, mtime))
        tmp.replace(path)  # atomic on POSIX within one filesystem
    finally:
        tmp.unlink(missing_ok=True)
    return True


# --- WebSub --------------------------------------------------------------------------------------


def websub_ping(hub: str, urls: Iterable[str], *, timeout: float = 5.0) -> tuple[int, list[str]]:
    """Tell *hub* that *urls* changed (WebSub "publish" notification); (count, errors).

    Stops at the first connection failure: a hub that is down would otherwise cost one timeout
    per feed.
    """
    sent, errors = 0, []
    for url in urls:
        body = urllib.parse.urlencode({"hub.mode": "publish", "hub.url": url}).encode()
        request = urllib.request.Request(
            hub,
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
            sent += 1
        except urllib.error.HTTPError as exc:  # the hub answered: carry on with the next feed
            errors.append(f"{url}: HTTP {exc.code}")
        except (urllib.error.URLError, OSError) as exc:
            errors.append(f"{hub}: {getattr(exc, 'reason', exc)}")
            break
    return sent, errors


# --- building ------------------------------------------------------------------------------------


def site_health(
    sites: Mapping[str, SiteConfig],
    injected: set[str],
    given: Mapping[str, SiteHealth] | None,
) -> dict[str, SiteHealth]:
    """Each site's health: the caller's record, made "compromised" when a stored article had an
    injected (spam) title. Notes from both sources are kept."""
    out: dict[str, SiteHealth] = {}
    for site_id in sites:
        record = (given or {}).get(site_id, SiteHealth())
        if site_id in injected:
            note = " ".join(n for n in (record.note, INJECTED_NOTE) if n)
            record = SiteHealth(status="compromised", note=note)
        out[site_id] = record
    return out


def _item_places(places: list[PlaceTag]) -> tuple[ItemPlace, ...]:
    return tuple(ItemPlace(p.code, p.name, p.province, p.slug) for p in places)


def feed_items(
    rows: Mapping[int, Any],
    item_places: Mapping[int, list[PlaceTag]],
    sites: Mapping[str, SiteConfig],
) -> dict[int, FeedItem]:
    items = {}
    for row_id, row in rows.items():
        site = sites.get(row.site)
        items[row_id] = build_item(
            guid=row.guid,
            url=row.url,
            title=row.title,
            summary=row.summary,
            body_html=row.body_html,
            body_text=row.body_text,
            authors=json.loads(row.authors or "[]"),
            credit=row.credit,
            image=row.image,
            category=row.category,
            province=row.province,
            site=row.site,
            site_name=site.name if site else row.site,
            site_url=site.homepage if site else row.url,
            published=_aware(row.published),
            updated=_aware(row.updated) if row.updated else None,
            places=_item_places(item_places.get(row_id, [])),
            language=row.language,
        )
    return items


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)  # the store keeps naive UTC


def _home_url(base_url: str, kind: Kind, slug: str, site: SiteConfig | None) -> str:
    # A site feed stands for the paper's own homepage; the others for their card on our index.
    if site is not None:
        return site.homepage
    return f"{base_url}/index.html" + ("" if kind == "all" else f"#{kind}-{slug}")


def search_feed(
    store: ArticleStore,
    sites: Mapping[str, SiteConfig],
    request: SearchRequest,
    *,
    kind: Kind,
    slug: str,
    name: str,
    base_url: str,
    empty_date: datetime,
    since: datetime | None = None,
    ttl_minutes: int = 60,
    hub: str = "",
    query: str = "",
    timeout: float = 5.0,
) -> Feed:
    """The feed of a search's stories, newest first: a saved topic's (``kind="topic"``) or a
    query feed's (``"search"``, whose *query* string is part of its URL). Items as in every
    feed; copies of another paper's story left out (aggregator.storage.search_ids)."""
    filters: dict[str, Any] = dict(request.filters())
    ids = store.search_ids(request.query, **filters, since=since, order="date", timeout=timeout)
    rows, places = fetch_with_places(store.engine, ids)
    items = feed_items({i: rows[i] for i in ids if i in rows}, places, sites)
    base_url = base_url.rstrip("/")
    return Feed(
        kind=kind,
        slug=slug,
        title=feed_title(kind, name),
        description=feed_description(kind, name),
        home_url=f"{base_url}/index.html#" + (f"topic-{slug}" if kind == "topic" else "tim-kiem"),
        base_url=base_url,
        items=tuple(items[i] for i in ids if i in items),
        total=len(items),
        ttl_minutes=ttl_minutes,
        hub=hub,
        empty_date=empty_date,
        query=query,
    )


def plan_feeds(sites: Mapping[str, SiteConfig]) -> list[tuple[Kind, str, str]]:
    """Every feed to publish, in display order: (kind, slug, Vietnamese name).

    Every category and province gets a feed even while empty, so a subscription made today does
    not 404 until the first article arrives. Sites are ordered by province, then name.
    """
    plan: list[tuple[Kind, str, str]] = [("all", "", "")]
    plan += [("category", slug, name) for slug, name in CATEGORIES.items()]
    plan += [("province", slug, name) for slug, name in PROVINCES.items()]
    order = {slug: i for i, slug in enumerate(PROVINCES)}
    ordered = sorted(sites.values(), key=lambda s: (order.get(s.province, 99), s.name, s.id))
    plan += [("site", site.id, site.name) for site in ordered]
    return plan


def plan_places(selection: Selection) -> list[tuple[Kind, str, str]]:
    """A feed for every unit with stories to show, by province (taxonomy order), then name
    (phường before xã: the kind is part of the name)."""
    order = {slug: i for i, slug in enumerate(PROVINCES)}
    places = sorted(
        (p for key, p in selection.places.items() if selection.members.get(key)),
        # Folded names sort as Vietnamese readers expect ("Đường Hồng" with the D's).
        key=lambda p: (order.get(p.province, 99), slugify(p.name), p.code),
    )
    return [
        ("place", f"{p.province}/{p.slug}", f"{p.name}, {province_name(p.province)}")
        for p in places
    ]


def publish(
    store: ArticleStore,
    sites: Mapping[str, SiteConfig],
    out_dir: Path | str,
    base_url: str,
    *,
    max_items: int = 50,
    max_days: float | None = None,
    ttl_minutes: int = 60,
    hub: str = "",
    health: Mapping[str, SiteHealth] | None = None,
    place_items: int = 20,
    topics: Sequence[Topic] = (),
) -> PublishReport:
    """Regenerate the feeds directory *out_dir* from *store*; see docs/feeds.md for the rules.

    Place feeds show the newest *place_items* stories of each unit (none at all when 0); each
    of *topics* (saved searches) is a feed ``topic/<slug>``."""
    started = time.perf_counter()
    out = Path(out_dir)
    base_url = base_url.rstrip("/")
    plan = plan_feeds(sites)
    selection = select_items(
        store.engine,
        [(kind, slug) for kind, slug, _name in plan],
        max_items=max_items,
        max_days=max_days,
        place_items=place_items,
    )
    items = feed_items(selection.rows, selection.item_places, sites)
    entries = entries_for(items.values())
    healths = site_health(sites, selection.injected_sites, health)
    # An empty feed is dated from the store's newest story (the same store gives the same files;
    # an edit elsewhere does not touch it), or, for an empty store, from now: never 1970, which
    # readers and the W3C validator take for a broken date.
    empty_date = to_vn(selection.newest or datetime.now(UTC).replace(microsecond=0))

    feeds: list[Feed] = []
    for kind, slug, name in plan + plan_places(selection):
        key: FeedKey = ALL if kind == "all" else (kind, slug)
        site = sites.get(slug) if kind == "site" else None
        members = selection.members.get(key, ())
        feeds.append(
            Feed(
                kind=kind,
                slug=slug,
                title=feed_title(kind, name),
                description=feed_description(kind, name),
                home_url=_home_url(base_url, kind, slug, site),
                base_url=base_url,
                # Place feeds get their items only if they changed (_publish_places).
                items=() if kind == "place" else tuple(items[i] for i in members),
                total=selection.totals[key],
                ttl_minutes=ttl_minutes,
                hub=hub,
                health=healths.get(slug) if site else None,
                province=site.province if site else slug.split("/")[0] if kind == "place" else "",
                stamp=_stamp(selection.stamps[i] for i in members) if kind == "place" else None,
                empty_date=empty_date,
            )
        )

    for topic in topics:
        # "since" counts from the store's newest story, as AGGREGATOR_FEED_MAX_DAYS: the same
        # store always gives the same topic feeds.
        days = topic.request.since_days
        since = selection.newest - timedelta(days=days) if days and selection.newest else None
        feeds.append(
            search_feed(
                store,
                sites,
                topic.request,
                kind="topic",
                slug=topic.slug,
                name=topic.name,
                base_url=base_url,
                empty_date=empty_date,
                since=since,
                ttl_minutes=ttl_minutes,
                hub=hub,
                timeout=TOPIC_SEARCH_SECONDS,
            )
        )

    report = PublishReport(feeds=len(feeds), items=len(items.keys() | selection.stamps.keys()))
    produced: set[Path] = set()
    _remove_orphan_temps(out)

    def emit(relative: str, data: bytes, mtime: float) -> None:
        path = out / relative
        produced.add(path)
        if write_if_changed(path, data, mtime):
            report.written.append(relative)
        else:
            report.unchanged += 1

    def emit_feed(feed: Feed, entries: Mapping[str, Any]) -> None:
        mtime = feed.updated.timestamp()
        rss, atom = render_xml(feed, entries)
        emit(f"{feed.path}.rss", rss, mtime)
        emit(f"{feed.path}.atom", atom, mtime)
        emit(f"{feed.path}.json", render_json(feed), mtime)

    for feed in feeds:
        if feed.kind == "topic":
            emit_feed(
                feed, {**entries, **entries_for(i for i in feed.items if i.id not in entries)}
            )
        elif feed.kind != "place":
            emit_feed(feed, entries)
    places = [feed for feed in feeds if feed.kind == "place"]
    changed = _changed_places(out, places, selection, sites, produced)
    report.unchanged += 3 * (len(places) - sum(len(group) for group in changed.values()))
    for group in changed.values():  # a province at a time: only its stories in memory
        ids = {i for feed in group for i in selection.members[("place", feed.slug)]}
        rows = fetch_rows(store.engine, ids - items.keys())
        batch = feed_items(rows, selection.item_places, sites)
        batch_entries = {**entries, **entries_for(batch.values())}
        for feed in group:
            members = selection.members[("place", feed.slug)]
            shown = tuple(batch[i] if i in batch else items[i] for i in members)
            emit_feed(replace(feed, items=shown), batch_entries)
    newest = max(feed.updated for feed in feeds).timestamp()
    emit("feeds.opml", render_opml(feeds), newest)
    emit("index.html", render_index(feeds), newest)
    report.removed = _remove_stale(out, produced)

    if hub and report.changed_feeds:
        urls = [f"{base_url}/{path}" for path in report.changed_feeds]
        report.pinged, report.ping_errors = websub_ping(hub, urls)
        for error in report.ping_errors:
            logger.warning("WebSub ping failed: %s", error)
    report.seconds = time.perf_counter() - started
    return report


# --- place feeds: only what changed is rendered ---------------------------------------------------

# Fingerprints of the place feeds as last written, next to them: a hidden file (never served).
PLACE_FINGERPRINTS = "place/.fingerprints.json"


@cache
def _render_key() -> str:
    """Everything besides the stories that decides a feed's bytes: our rendering code and the
    libraries it calls. A change to any of them re-renders every place feed."""
    digest = hashlib.sha256()
    for module in (model, render, sanitize, sys.modules[__name__]):
        # Read through the package, not the file system: Scrapyd runs the code from a zipped egg.
        name = Path(module.__file__ or "").name
        digest.update(files(module.__package__ or "").joinpath(name).read_bytes())
    for package in ("feedgen", "nh3", "lxml"):
        digest.update(version(package).encode())
    return digest.hexdigest()


def _stamp(rows: Iterable[Any]) -> datetime | None:
    """The newest item date of a place feed from its narrow rows, as build_item computes it."""
    dates = [max(r.updated, r.published) if r.updated else r.published for r in rows]
    return to_vn(_aware(max(dates))) if dates else None


def place_fingerprint(
    feed: Feed,
    rows: Iterable[Any],
    item_places: Mapping[int, list[PlaceTag]],
    sites: Mapping[str, SiteConfig],
) -> str:
    """A digest of everything a place feed's three files are made from."""
    digest = hashlib.sha256(_render_key().encode())
    head = (feed.path, feed.title, feed.description, feed.home_url, feed.ttl_minutes, feed.hub)
    digest.update(repr(head).encode())
    for row in rows:
        site = sites.get(row.site)
        places = [(p.code, p.name, p.province, p.slug) for p in item_places.get(row.id, [])]
        # repr of str/int/datetime values is exact and stable: what json.dumps gives, faster.
        fields = (
            tuple(row), site.name if site else "", site.homepage if site else "", places,
        )  # fmt: skip
        digest.update(repr(fields).encode())
    return digest.hexdigest()


def _changed_places(
    out: Path,
    places: list[Feed],
    selection: Selection,
    sites: Mapping[str, SiteConfig],
    produced: set[Path],
) -> dict[str, list[Feed]]:
    """Place feeds to render, by province; the others are left on disk as they are (counted
    as produced). Records the new fingerprints. A re-publish after a crawl re-renders only the
    units that got a story: thousands of unchanged feeds cost a digest each, not a render."""
    path = out / PLACE_FINGERPRINTS
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = {}
    new: dict[str, str] = {}
    changed: dict[str, list[Feed]] = {}
    for feed in places:
        rows = [selection.stamps[i] for i in selection.members[("place", feed.slug)]]
        new[feed.slug] = place_fingerprint(feed, rows, selection.item_places, sites)
        files = [out / f"{feed.path}.{fmt}" for fmt in FORMATS]
        if old.get(feed.slug) == new[feed.slug] and all(f.is_file() for f in files):
            produced.update(files)
        else:
            changed.setdefault(feed.province, []).append(feed)
    if new:
        data = (json.dumps(new, sort_keys=True, indent=0) + "\n").encode()
        write_if_changed(path, data, max(feed.updated for feed in places).timestamp())
    else:
        path.unlink(missing_ok=True)
    return changed


_TEMP = re.compile(r"^\..+\.(\d+)\.tmp$")


def _remove_orphan_temps(out: Path) -> None:
    """Delete the temporary files of a publish that was killed mid-write (write_if_changed names
    them ``.<name>.<pid>.tmp``), unless their process is still running: another publish."""
    folders = [out, *(out / d for d in FEED_DIRS)]
    place = out / "place"
    if place.is_dir():  # place/<province>/<unit>.rss: one level deeper than the other kinds
        folders += [d for d in place.iterdir() if d.is_dir()]
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = _TEMP.match(path.name)
            if match is None or not path.is_file():
                continue
            pid = int(match.group(1))
            if pid != os.getpid() and _alive(pid):
                continue
            path.unlink(missing_ok=True)
            logger.info("removed %s, left by a publish that did not finish", path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def _remove_stale(out: Path, produced: set[Path]) -> list[str]:
    """Delete feed files we did not produce this time (a site removed from the registry, a
    commune with no story left), and the province folders of place/ left empty.

    Only our own kinds of file in our own folders: nothing else an operator put there.
    """
    removed = []
    for folder in FEED_DIRS:
        directory = out / folder
        if not directory.is_dir():
            continue
        # place/<province>/<unit>.rss: one level deeper than the other kinds.
        folders = sorted(d for d in directory.iterdir() if d.is_dir()) if folder == "place" else []
        for parent in (directory, *folders):
            for path in sorted(parent.iterdir()):
                ours = path.suffix.lstrip(".") in FORMATS and not path.name.startswith(".")
                if ours and path.is_file() and path not in produced:
                    path.unlink()
                    removed.append(str(path.relative_to(out)))
        for parent in folders:
            if not any(parent.iterdir()):
                parent.rmdir()
    return removed


# --- settings ------------------------------------------------------------------------------------


def _setting(settings: Any, name: str, default: str) -> str:
    # Settings not (yet) declared in aggregator/settings.py still honour the environment, like
    # every AGGREGATOR_* setting; `-s NAME=value` wins over both.
    value = settings.get(name)
    if value is None or value == "":
        value = os.environ.get(name, default)
    return str(value)


@dataclass(frozen=True, slots=True)
class PublishOptions:
    """The AGGREGATOR_* settings publishing reads, validated into types."""

    db_url: str
    feeds_dir: str
    base_url: str
    sites_dir: str
    samples_base: str
    max_items: int
    max_days: float | None
    ttl_minutes: int
    hub: str
    place_items: int
    topics_file: str = ""
    topics: tuple[Topic, ...] = ()

    @classmethod
    def from_settings(cls, settings: Any) -> PublishOptions:
        """Read from Scrapy settings (or any object with ``.get``); raise ValueError naming the
        setting when a value is unusable."""

        def number(name: str, default: str, kind: type[float | int], zero: bool = False) -> Any:
            raw = _setting(settings, name, default)
            try:
                value = kind(raw)
            except ValueError:
                raise ValueError(f"{name} must be a number, got {raw!r}") from None
            if value < 0 or (value == 0 and not zero):
                word = "0 or more" if zero else "positive"
                raise ValueError(f"{name} must be {word}, got {raw!r}")
            return value

        max_days_raw = _setting(settings, "AGGREGATOR_FEED_MAX_DAYS", "")
        hub = _setting(settings, "AGGREGATOR_WEBSUB_HUB", "")
        topics_file = _setting(settings, "AGGREGATOR_TOPICS_FILE", "")
        max_items = number("AGGREGATOR_FEED_MAX_ITEMS", "50", int)
        # Checked here, with every other setting, so a bad file stops a crawlall before it
        # crawls (sites are checked against the registry when publishing).
        topics = load_topics(topics_file, default_limit=max_items) if topics_file else []
        if hub and urllib.parse.urlsplit(hub).scheme not in ("http", "https"):
            raise ValueError(f"AGGREGATOR_WEBSUB_HUB must be an http(s) URL, got {hub!r}")
        return cls(
            db_url=_setting(settings, "AGGREGATOR_DB_URL", "sqlite:///data/aggregator.sqlite3"),
            feeds_dir=_setting(settings, "AGGREGATOR_FEEDS_DIR", "feeds"),
            base_url=_setting(settings, "AGGREGATOR_BASE_URL", "http://127.0.0.1:8080"),
            sites_dir=_setting(settings, "AGGREGATOR_SITES_DIR", ""),
            samples_base=_setting(settings, "AGGREGATOR_SAMPLES_BASE", ""),
            max_items=max_items,
            max_days=number("AGGREGATOR_FEED_MAX_DAYS", "", float) if max_days_raw else None,
            ttl_minutes=number("AGGREGATOR_CRAWL_INTERVAL_MINUTES", "60", int),
            hub=hub,
            place_items=number("AGGREGATOR_PLACE_FEED_MAX_ITEMS", "20", int, zero=True),
            topics_file=topics_file,
            topics=tuple(topics),
        )


# What the index page says about a crawl health flag (aggregator.state), in Vietnamese.
_FLAG_NOTES = {
    "failing": "Lần thu thập gần nhất không thành công.",
    "errors": "Nhiều yêu cầu tới báo bị lỗi trong các lần thu thập gần đây.",
    "silent": "Đã nhiều lần thu thập không có bài mới dù trước đó vẫn có.",
    "blocked": "Báo chặn trình thu thập tin bằng trang kiểm tra chống bot.",
}


def health_from_crawl(flags: Iterable[str]) -> SiteHealth:
    """The index page's record for a site with these crawl-health *flags* ("compromised" is
    derived from the store by publish() itself)."""
    notes = [_FLAG_NOTES[f] for f in flags if f in _FLAG_NOTES]
    return SiteHealth(status="broken", note=" ".join(notes)) if notes else SiteHealth()


def publish_from_settings(
    settings: Any, health: Mapping[str, SiteHealth] | None = None
) -> PublishReport:
    """Publish with the AGGREGATOR_* settings: what `scrapy publish`, `crawlall` and `demo` run.

    Without *health*, each site's crawl health comes from the run history in the store."""
    options = PublishOptions.from_settings(settings)
    sites = registry(options.sites_dir, options.samples_base)
    topics = options.topics
    if topics:  # again, now that the registry is known: a topic's sites must exist
        topics = tuple(
            load_topics(options.topics_file, sites=sites, default_limit=options.max_items)
        )
    if health is None:
        crawl = crawl_health(options.db_url, sites, settings)
        health = {site: health_from_crawl(h.flags) for site, h in crawl.items()}
    store = ArticleStore(options.db_url)
    try:
        return publish(
            store,
            sites,
            options.feeds_dir,
            options.base_url,
            max_items=options.max_items,
            max_days=options.max_days,
            ttl_minutes=options.ttl_minutes,
            hub=options.hub,
            health=health,
            place_items=options.place_items,
            topics=topics,
        )
    finally:
        store.close()
