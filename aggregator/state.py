"""Crawl state kept between runs, next to the articles: validators, URL memory, aliases, history.

Four tables with their own ``MetaData`` on the store's database (same URL, same engine setup via
``aggregator.storage.make_engine``), so a SQLite file or a PostgreSQL server holds everything:

- ``crawl_validators``: the ETag / Last-Modified of feed, sitemap and listing URLs, sent back as
  conditional requests;
- ``crawl_urls``: what is remembered about each article URL the crawl has met: the page's own
  validators (for the conditional re-fetch of an edited story), the change signals its feed,
  sitemap and listing entries showed last, and why it is not fetched (dead: 404/410; skipped: not
  an article; retry: a transient failure waiting for its next try);
- ``crawl_aliases``: URLs that turned out to be another URL of a stored article (a redirect from
  an absorbed paper's domain, a rel=canonical elsewhere), so they are not fetched again either;
- ``crawl_runs``: one row per site per run (what the run report says), from which site health is
  computed: last success, recent error rate, runs in a row without new articles.

What to fetch again is decided here, by pure functions the spider asks (table-tested):
``discovered`` (a URL seen in a feed, sitemap or listing), ``after_fetch`` / ``after_failure``
(what to remember after a request or a drop), ``due_retries`` and ``pick_rechecks`` (requests
made without reading listings). docs/crawling.md has the rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.engine import Engine

from aggregator.schema import ensure_schema
from aggregator.storage import ArticleStore, make_engine

metadata = MetaData()

validators = Table(
    "crawl_validators",
    metadata,
    Column("url", String(2048), primary_key=True),
    Column("site", String(64), nullable=False, index=True),
    Column("etag", String(512), nullable=False, default=""),
    Column("last_modified", String(64), nullable=False, default=""),
    Column("updated_at", DateTime, nullable=False),  # UTC
)

urls = Table(
    "crawl_urls",
    metadata,
    Column("url", String(2048), primary_key=True),  # canonical article URL
    Column("site", String(64), nullable=False, index=True),
    Column("status", String(16), nullable=False),  # ok | dead | skipped | retry
    Column("reason", String(64), nullable=False, default=""),  # http_404, short-body, timeout…
    Column("attempts", Integer, nullable=False, default=0),  # failures in a row
    Column("next_try", DateTime),  # UTC: dead, skipped and retry URLs are not asked before
    Column("etag", String(512), nullable=False, default=""),  # the article page's own validators
    Column("last_modified", String(64), nullable=False, default=""),
    Column("signals", Text, nullable=False, default="{}"),  # JSON: source kind -> values seen
    Column("checked_at", DateTime),  # UTC: the page itself last answered (200 or 304)
    Column("updated_at", DateTime, nullable=False),
)

aliases = Table(
    "crawl_aliases",
    metadata,
    Column("url", String(2048), primary_key=True),  # canonical URL that is not fetched again
    Column("site", String(64), nullable=False, index=True),
    Column("target", String(2048), nullable=False),  # the canonical URL the article is stored as
    Column("seen_at", DateTime, nullable=False),
)

runs = Table(
    "crawl_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(32), nullable=False, index=True),  # the run's start, ISO (UTC)
    Column("site", String(64), nullable=False, index=True),
    Column("started", DateTime, nullable=False),  # UTC
    Column("finished", DateTime, nullable=False),
    Column("status", String(16), nullable=False),  # ok | errors | failed
    Column("requests", Integer, nullable=False, default=0),
    Column("article_requests", Integer, nullable=False, default=0),
    Column("not_modified", Integer, nullable=False, default=0),
    Column("new", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("report", Text, nullable=False, default="{}"),  # the site's entry of the run report
)


_CHUNK = 500  # rows per DELETE … IN (…): far below SQLite's and PostgreSQL's parameter limits


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


def _aware(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Validators:
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True, slots=True)
class HealthRules:
    """When a site is flagged (settings AGGREGATOR_HEALTH_*)."""

    window: int = 10  # runs looked at for the error rate
    error_rate: float = 0.2  # flag "errors" at this share of failed requests
    silent_runs: int = 3  # flag "silent" after this many runs in a row without new articles…
    silent_hours: float = 48.0  # …and this long since the last new article

    @classmethod
    def from_settings(cls, settings: Any) -> HealthRules:
        return cls(
            window=settings.getint("AGGREGATOR_HEALTH_WINDOW", 10),
            error_rate=settings.getfloat("AGGREGATOR_HEALTH_ERROR_RATE", 0.2),
            silent_runs=settings.getint("AGGREGATOR_HEALTH_SILENT_RUNS", 3),
            silent_hours=settings.getfloat("AGGREGATOR_HEALTH_SILENT_HOURS", 48.0),
        )


@dataclass(frozen=True, slots=True)
class SiteHealth:
    """How a site has been doing, from its recent runs; ``flags`` empty means healthy."""

    site: str
    runs: int = 0
    last_run: datetime | None = None
    last_status: str = ""
    last_success: datetime | None = None
    last_new: int = 0  # new articles in the last run
    last_new_at: datetime | None = None  # the last run that brought new articles
    error_rate: float = 0.0  # failed requests / requests over the window
    runs_without_new: int = 0  # trailing runs with no new article
    flags: tuple[str, ...] = field(default=())


def _last_errors(row: Mapping[str, Any]) -> dict[str, int]:
    """The errors by reason of one run row (its stored report entry)."""
    try:
        errors = json.loads(row.get("report") or "{}").get("errors", {})
    except (ValueError, AttributeError):  # a row written before reports were stored
        return {}
    return errors if isinstance(errors, dict) else {}


def compute_health(
    site: str, history: list[Mapping[str, Any]], rules: HealthRules, now: datetime
) -> SiteHealth:
    """Health of *site* from its run rows, newest first (pure: table-tested)."""
    if not history:
        return SiteHealth(site)
    window = history[: rules.window]
    requests = sum(r["requests"] for r in window)
    errors = sum(r["errors"] for r in window)
    error_rate = errors / requests if requests else (1.0 if errors else 0.0)
    without_new = 0
    for row in history:
        if row["new"]:
            break
        without_new += 1
    last_success = next((r["finished"] for r in history if r["status"] != "failed"), None)
    last_new_at = next((r["finished"] for r in history if r["new"]), None)
    flags = []
    if history[0]["status"] == "failed":
        flags.append("failing")
    if _last_errors(history[0]).get("blocked"):
        flags.append("blocked")  # an anti-bot wall answered instead of the site (faults.py)
    if error_rate >= rules.error_rate and requests:
        flags.append("errors")
    if (
        last_new_at is not None
        and without_new >= rules.silent_runs
        and now - last_new_at >= timedelta(hours=rules.silent_hours)
    ):
        flags.append("silent")  # it used to bring articles, and has stopped: a layout change?
    return SiteHealth(
        site=site,
        runs=len(history),
        last_run=history[0]["finished"],
        last_status=history[0]["status"],
        last_success=last_success,
        last_new=history[0]["new"],
        last_new_at=last_new_at,
        error_rate=round(error_rate, 3),
        runs_without_new=without_new,
        flags=tuple(flags),
    )


# --- per-URL memory: what to fetch again --------------------------------------------------------

# Failures that say the page is gone: remembered as dead at once (a 404 in a listing stays for years).
DEAD_ERRORS = frozenset({"http_404", "http_410"})
# Reasons that will not change on a later fetch: the page is not an article (a video page, a
# gallery without text, a stub, a file served as HTML, a page too large to be one, one that
# inflates past the size limit, one that sends us to another site). Any other drop or failure
# (aggregator.faults: timeouts, 5xx, anti-bot walls, maintenance pages…) is retried like a
# transient failure.
NOT_ARTICLE_REASONS = frozenset(
    {
        "no-body", "short-body", "no-title", "not-html", "binary", "too-large", "oversize",
        "decompression_bomb", "offsite_redirect",
    }
)  # fmt: skip
# The reason remembered for a request a dead worker of a shared round had taken (frontier.py).
ABANDONED = "abandoned"
# Values kept per source kind: a story shown with a short headline on one listing and a long one
# on another is not an edit.
MAX_SIGNAL_VALUES = 4


class Status(StrEnum):
    OK = "ok"  # nothing against it: fetched when it is new, or seen as stored
    DEAD = "dead"  # 404/410, or a transient failure that ran out of attempts
    SKIPPED = "skipped"  # not an article
    RETRY = "retry"  # a transient failure: asked again directly, with back-off


class Action(StrEnum):
    """What the spider does with a URL a feed, sitemap or listing shows."""

    FETCH = "fetch"  # not stored: request it
    UPDATE = "update"  # stored, and a signal says it changed: a conditional re-fetch
    KNOWN = "known"  # stored, no change signal
    DEAD = "dead"  # remembered as dead, not yet time for another try
    SKIPPED = "skipped"  # remembered as not an article
    WAITING = "waiting"  # a transient failure waiting for its retry (asked directly, not here)


@dataclass(frozen=True, slots=True)
class Signal:
    """What one source says about an article URL; a change of it is a reason to fetch again.

    ``kind`` is the source: "sitemap" (``value``: the later of lastmod and news publication_date,
    ISO 8601), "feed" (a digest of the item's title, description, updated and pubDate) or
    "listing" (the headline the listing shows)."""

    kind: str
    value: str


@dataclass(frozen=True, slots=True)
class UrlMemory:
    """What the crawl remembers about one article URL (a row of ``crawl_urls``)."""

    status: Status = Status.OK
    reason: str = ""
    attempts: int = 0
    next_try: datetime | None = None
    etag: str = ""
    last_modified: str = ""
    signals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    checked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class RevisitRules:
    """When URLs are fetched again (settings AGGREGATOR_DEAD_RETRY_DAYS, AGGREGATOR_SKIP_DAYS,
    AGGREGATOR_RETRY_RUNS, AGGREGATOR_RECHECK_HOURS, AGGREGATOR_RECHECK_MAX; the back-off unit is
    AGGREGATOR_CRAWL_INTERVAL_MINUTES, how often runs are scheduled)."""

    dead_retry: timedelta = timedelta(days=30)  # a dead URL is asked once more after this
    skip_for: timedelta = timedelta(days=30)  # a non-article is left alone this long
    retry_runs: int = 3  # later runs that retry a transient failure before it counts as dead
    interval: timedelta = timedelta(minutes=60)  # between scheduled runs: the back-off unit
    recheck_hours: float = 0.0  # re-check stories published this recently (0: off)…
    recheck_max: int = 10  # …at most this many per site per run

    @classmethod
    def from_settings(cls, settings: Any) -> RevisitRules:
        return cls(
            dead_retry=timedelta(days=settings.getfloat("AGGREGATOR_DEAD_RETRY_DAYS", 30.0)),
            skip_for=timedelta(days=settings.getfloat("AGGREGATOR_SKIP_DAYS", 30.0)),
            retry_runs=max(0, settings.getint("AGGREGATOR_RETRY_RUNS", 3)),
            interval=timedelta(minutes=settings.getfloat("AGGREGATOR_CRAWL_INTERVAL_MINUTES", 60)),
            recheck_hours=max(0.0, settings.getfloat("AGGREGATOR_RECHECK_HOURS", 0.0)),
            recheck_max=max(0, settings.getint("AGGREGATOR_RECHECK_MAX", 10)),
        )


def _when(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def signals_changed(stored: Mapping[str, Sequence[str]], seen: Iterable[Signal]) -> bool:
    """True when a source now says something about a stored story that it did not say before.

    A kind never seen before for the URL is a baseline, not a change (a store crawled before
    signals were kept must not fetch everything again). Sitemap dates count only when later than
    the latest one seen; feed digests and listing headlines when not among those seen lately.
    """
    for signal in seen:
        old = stored.get(signal.kind)
        if not old or not signal.value:
            continue
        if signal.kind == "sitemap":
            new = _when(signal.value)
            latest = max((w for w in map(_when, old) if w is not None), default=None)
            if new is not None and latest is not None and new > latest:
                return True
        elif signal.value not in old:
            return True
    return False


def merge_signals(
    stored: Mapping[str, Sequence[str]], seen: Iterable[Signal]
) -> dict[str, tuple[str, ...]]:
    """The signals to remember after a run: this run's values first, then the older ones (a few
    per kind); for sitemaps only the latest date."""
    out = {kind: tuple(values) for kind, values in stored.items()}
    fresh: dict[str, list[str]] = {}
    for signal in seen:
        if signal.value and signal.value not in fresh.setdefault(signal.kind, []):
            fresh[signal.kind].append(signal.value)
    for kind, values in fresh.items():
        if kind == "sitemap":
            dated = [(w, v) for v in (*values, *out.get(kind, ())) if (w := _when(v)) is not None]
            out[kind] = (max(dated)[1],) if dated else ()
        else:
            older = [v for v in out.get(kind, ()) if v not in values]
            out[kind] = tuple([*values, *older][:MAX_SIGNAL_VALUES])
    return out


def discovered(
    known: bool, memory: UrlMemory | None, seen: Sequence[Signal], now: datetime
) -> Action:
    """What to do with an article URL a feed, sitemap or listing shows (``-a refresh=1`` does not
    ask: it fetches everything)."""
    if memory is not None and memory.next_try is not None and now < memory.next_try:
        if memory.status == Status.DEAD:
            return Action.DEAD
        if memory.status == Status.SKIPPED:
            return Action.SKIPPED
        if memory.status == Status.RETRY:
            return Action.WAITING
    if not known:
        return Action.FETCH
    if memory is not None and memory.status == Status.RETRY:
        return Action.UPDATE  # a stored story whose re-fetch failed: due again
    if signals_changed(memory.signals if memory else {}, seen):
        return Action.UPDATE
    return Action.KNOWN


def after_fetch(
    memory: UrlMemory | None, now: datetime, validators: Validators | None = None
) -> UrlMemory:
    """The page answered: a 200 with *validators* (its ETag / Last-Modified, kept for the next
    conditional re-fetch), or a 304 (``None``: the stored ones stay valid)."""
    old = memory or UrlMemory()
    new = Validators(old.etag, old.last_modified) if validators is None else validators
    return replace(
        old,
        status=Status.OK,
        reason="",
        attempts=0,
        next_try=None,
        etag=new.etag,
        last_modified=new.last_modified,
        checked_at=now,
    )


def after_failure(
    memory: UrlMemory | None, reason: str, now: datetime, rules: RevisitRules
) -> UrlMemory:
    """A request that failed (``reason``: ``http_404``, ``timeout``, … see aggregator.faults)
    or a page the pipelines dropped (its drop reason).

    404/410: dead, asked again after ``dead_retry``. Not an article (NOT_ARTICLE_REASONS):
    skipped for ``skip_for``. Anything else is taken as transient: retried directly on later runs
    after 0.5, 1.5, 3.5… scheduling intervals, and dead once it has failed on ``retry_runs`` later
    runs too.
    """
    old = memory or UrlMemory()
    if reason in NOT_ARTICLE_REASONS:
        skip_until = now + rules.skip_for
        return replace(old, status=Status.SKIPPED, reason=reason, attempts=0, next_try=skip_until)
    attempts = (old.attempts if old.status in (Status.RETRY, Status.DEAD) else 0) + 1
    if reason in DEAD_ERRORS or attempts > rules.retry_runs:
        return replace(
            old,
            status=Status.DEAD,
            reason=reason,
            attempts=attempts,
            next_try=now + rules.dead_retry,
        )
    wait = rules.interval * (2 ** (attempts - 1) - 0.5)
    return replace(old, status=Status.RETRY, reason=reason, attempts=attempts, next_try=now + wait)


def abandoned(stored: bool, memory: UrlMemory | None, now: datetime) -> UrlMemory | None:
    """An article request that a worker of a shared round took and never finished (it died):
    asked again directly on the next run (``due_retries``), unless the article was stored before
    the worker died (``None``: nothing to remember). Not a failure of the site: its attempts are
    left as they were."""
    if stored:
        return None
    return replace(memory or UrlMemory(), status=Status.RETRY, reason=ABANDONED, next_try=now)


def due_retries(memories: Mapping[str, UrlMemory], now: datetime) -> list[str]:
    """URLs whose transient failure is due for another try, oldest due first: requested directly,
    so a listing that answers 304 cannot hide them."""
    due = [
        (m.next_try or now, url)
        for url, m in memories.items()
        if m.status == Status.RETRY and (m.next_try is None or m.next_try <= now)
    ]
    return [url for _when_due, url in sorted(due)]


def pick_rechecks(
    recent: Iterable[tuple[str, datetime]],
    memories: Mapping[str, UrlMemory],
    now: datetime,
    rules: RevisitRules,
) -> list[str]:
    """Stored stories to re-check although no source signals a change (sites that give none):
    those published within ``recheck_hours``, least recently checked first, at most
    ``recheck_max``. Off by default."""
    if rules.recheck_hours <= 0 or rules.recheck_max <= 0:
        return []
    since = now - timedelta(hours=rules.recheck_hours)
    floor = datetime.min.replace(tzinfo=UTC)
    candidates = []
    for url, published in recent:
        memory = memories.get(url)
        if published < since or (memory is not None and memory.status != Status.OK):
            continue
        checked = memory.checked_at if memory is not None and memory.checked_at else floor
        candidates.append((checked, -published.timestamp(), url))
    return [url for *_order, url in sorted(candidates)[: rules.recheck_max]]


_STATUSES = frozenset(str(status) for status in Status)


def _memory(row: Any) -> UrlMemory:
    try:
        signals = {k: tuple(v) for k, v in json.loads(row.signals or "{}").items()}
    except (ValueError, AttributeError):  # a damaged row: forget its signals, not the URL
        signals = {}
    return UrlMemory(
        status=Status(row.status) if row.status in _STATUSES else Status.OK,
        reason=row.reason,
        attempts=row.attempts,
        next_try=_aware(row.next_try),
        etag=row.etag,
        last_modified=row.last_modified,
        signals=signals,
        checked_at=_aware(row.checked_at),
    )


class CrawlState:
    """Reads and writes the crawl tables; one short transaction per call."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.engine = engine or make_engine(url)
        self._own_engine = engine is None
        ensure_schema(self.engine)

    def close(self) -> None:
        if self._own_engine:
            self.engine.dispose()

    # --- validators -------------------------------------------------------------------------------

    def validators(self, site: str) -> dict[str, Validators]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(validators).where(validators.c.site == site))
            return {r.url: Validators(r.etag, r.last_modified) for r in rows}

    def save_validators(self, site: str, found: Mapping[str, Validators], now: datetime) -> None:
        self._replace_by_url(
            validators,
            [
                {
                    "url": url,
                    "site": site,
                    "etag": v.etag[:512],
                    "last_modified": v.last_modified[:64],
                    "updated_at": _naive_utc(now),
                }
                for url, v in found.items()
            ],
        )

    def delete_validators(self, urls: Iterable[str]) -> None:
        urls = list(urls)
        if urls:
            with self.engine.begin() as conn:
                conn.execute(delete(validators).where(validators.c.url.in_(urls)))

    # --- per-URL memory ---------------------------------------------------------------------------

    def url_memory(self, site: str) -> dict[str, UrlMemory]:
        """What is remembered about *site*'s article URLs (times aware, UTC)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(urls).where(urls.c.site == site))
            return {row.url: _memory(row) for row in rows}

    def save_url_memory(self, site: str, found: Mapping[str, UrlMemory], now: datetime) -> None:
        self._replace_by_url(
            urls,
            [
                {
                    "url": url,
                    "site": site,
                    "status": str(m.status),
                    "reason": m.reason[:64],
                    "attempts": m.attempts,
                    "next_try": _naive_utc(m.next_try) if m.next_try else None,
                    "etag": m.etag[:512],
                    "last_modified": m.last_modified[:64],
                    "signals": json.dumps(m.signals, ensure_ascii=False, sort_keys=True),
                    "checked_at": _naive_utc(m.checked_at) if m.checked_at else None,
                    "updated_at": _naive_utc(now),
                }
                for url, m in found.items()
            ],
        )

    def remembered(self, sites: Iterable[str] | None = None) -> dict[str, dict[str, int]]:
        """Per site: how many URLs are remembered as dead, skipped (not articles) or waiting
        for a retry, for ``scrapy sites`` and the run report."""
        query = select(urls.c.site, urls.c.status, func.count()).group_by(
            urls.c.site, urls.c.status
        )
        query = query.where(urls.c.status != str(Status.OK))
        if sites is not None:
            query = query.where(urls.c.site.in_(list(sites)))
        out: dict[str, dict[str, int]] = {}
        with self.engine.connect() as conn:
            for site, status, count in conn.execute(query):
                out.setdefault(site, {"dead": 0, "skipped": 0, "retry": 0})[status] = int(count)
        return out

    # --- aliases ----------------------------------------------------------------------------------

    def aliases(self, site: str) -> dict[str, str]:
        """Alias URL -> the canonical URL it stands for, for *site*."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(aliases.c.url, aliases.c.target).where(aliases.c.site == site)
            )
            return {r.url: r.target for r in rows}

    def save_aliases(self, site: str, found: Mapping[str, str], now: datetime) -> None:
        self._replace_by_url(
            aliases,
            [
                {"url": url, "site": site, "target": target, "seen_at": _naive_utc(now)}
                for url, target in found.items()
            ],
        )

    def _replace_by_url(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Write *rows* over the stored rows with the same URLs, in one transaction.

        On PostgreSQL, several workers of a round may write the same URL at once (one saw it in
        a feed, the other in a sitemap): INSERT … ON CONFLICT, in URL order so two writers lock
        rows in the same order. SQLite has one writer at a time: delete, then insert."""
        if not rows:
            return
        rows = sorted(rows, key=lambda row: row["url"])
        with self.engine.begin() as conn:
            for start in range(0, len(rows), _CHUNK):
                chunk = rows[start : start + _CHUNK]
                if conn.dialect.name == "postgresql":
                    statement = postgresql_insert(table)
                    columns = {c: statement.excluded[c] for c in chunk[0] if c != "url"}
                    conn.execute(
                        statement.on_conflict_do_update(index_elements=["url"], set_=columns),
                        chunk,
                    )
                    continue
                conn.execute(delete(table).where(table.c.url.in_([row["url"] for row in chunk])))
                conn.execute(insert(table), chunk)

    # --- runs and health --------------------------------------------------------------------------

    def record_runs(self, run_id: str, sites: Iterable[Mapping[str, Any]]) -> None:
        """Store each site's entry of a run report (see ``aggregator.reports``)."""
        rows = [
            {
                "run_id": run_id,
                "site": s["site"],
                "started": _naive_utc(datetime.fromisoformat(s["started"])),
                "finished": _naive_utc(datetime.fromisoformat(s["finished"])),
                "status": s["status"],
                "requests": s["requests"],
                "article_requests": s["article_requests"],
                "not_modified": s["not_modified"],
                "new": s["articles"]["new"],
                "updated": s["articles"]["updated"],
                "errors": sum(s["errors"].values()),
                "report": json.dumps(s, ensure_ascii=False, sort_keys=True),
            }
            for s in sites
        ]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(insert(runs), rows)

    def history(self, site: str, limit: int = 50) -> list[dict[str, Any]]:
        """The site's runs, newest first, times aware (UTC)."""
        query = select(runs).where(runs.c.site == site).order_by(runs.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            out = []
            for row in conn.execute(query):
                values = dict(row._mapping)
                for key in ("started", "finished"):
                    values[key] = values[key].replace(tzinfo=UTC)
                out.append(values)
            return out

    def health(
        self, sites: Iterable[str], rules: HealthRules | None = None, now: datetime | None = None
    ) -> dict[str, SiteHealth]:
        rules = rules or HealthRules()
        now = now or datetime.now(UTC)
        limit = max(rules.window, rules.silent_runs, 50)
        return {s: compute_health(s, self.history(s, limit), rules, now) for s in sites}


def site_health(db_url: str, sites: Iterable[str], settings: Any = None) -> dict[str, SiteHealth]:
    """Health of *sites* from the store at *db_url*: for ``scrapy sites`` and the index page."""
    state = CrawlState(db_url)
    store = ArticleStore(db_url)
    try:
        rules = HealthRules.from_settings(settings) if settings is not None else HealthRules()
        health = state.health(sites, rules)
        # A site that served an injected gambling <title> is compromised, whatever its crawls say.
        for site in store.sites_with_injected_titles() & health.keys():
            health[site] = replace(health[site], flags=(*health[site].flags, "compromised"))
        return health
    finally:
        store.close()
        state.close()
