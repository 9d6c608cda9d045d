"""Crawl state kept between runs, next to the articles: HTTP validators, URL aliases, run history.

Three tables with their own ``MetaData`` on the store's database (same URL, same engine setup via
``aggregator.storage.make_engine``), so a SQLite file or a PostgreSQL server holds everything:

- ``crawl_validators``: the ETag / Last-Modified of feed, sitemap and listing URLs (never of
  article pages: a stored article is not requested at all), sent back as conditional requests;
- ``crawl_aliases``: URLs that turned out to be another URL of a stored article (a redirect from
  an absorbed paper's domain, a rel=canonical elsewhere), so they are not fetched again either;
- ``crawl_runs``: one row per site per run (what the run report says), from which site health is
  computed: last success, recent error rate, runs in a row without new articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
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
    insert,
    select,
)
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


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


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
        """Write *rows* over the stored rows with the same URLs, in one transaction (an upsert
        that SQLite and PostgreSQL both take as it is)."""
        if not rows:
            return
        with self.engine.begin() as conn:
            conn.execute(delete(table).where(table.c.url.in_([row["url"] for row in rows])))
            conn.execute(insert(table), rows)

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
