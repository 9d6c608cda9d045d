"""The shared crawl frontier on Redis: several ``scrapy crawlall`` workers, one round.

With AGGREGATOR_REDIS_URL set, every ``crawlall`` joins the current *round* (or opens one): the
workers of a round share, per site, one request queue and one duplicate filter (scrapy-redis's
queue and filter, with our keys and fingerprints), so no URL is fetched twice across them; a
round's keys are its own, so the next round starts afresh and reads feeds and listings again.
Politeness holds across workers: a per-site lease in Redis allows at most
CONCURRENT_REQUESTS_PER_DOMAIN requests at once and one request per download delay, however
many workers there are.

What a worker takes from a queue is written down in its journal (atomically with the pop) and
crossed out when its crawl of the site closed cleanly (articles stored, URL memory saved). A
worker that dies (SIGKILL, a lost machine) stops refreshing its heartbeat; the worker that
finishes the round last finds its journal and hands what it had taken to the store's URL memory
(``aggregator.state.abandoned``), so the next round asks for exactly those pages again. The
last worker also publishes, under the store's publish lock (``aggregator.commands.crawlall``).

Keys, under AGGREGATOR_REDIS_PREFIX (one Redis server, not a Redis Cluster: the scripts below
name keys they build):

- ``round``: the current round's id;
- ``round:<id>:members``, ``round:<id>:alive:<worker>`` (a heartbeat that expires after
  AGGREGATOR_REDIS_WORKER_TIMEOUT seconds), ``round:<id>:sites``;
- ``round:<id>:site:<site>:requests`` (queue), ``…:seen`` (fingerprints), ``…:busy`` (workers
  holding requests of the site), ``…:taken:<worker>`` (journal);
- ``polite:<site>:leases``, ``polite:<site>:next``: the per-site concurrency and delay.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Self
from urllib.parse import urlsplit

import redis
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Response
from scrapy.utils.asyncio import create_looping_call, sleep
from scrapy_redis import picklecompat
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from aggregator.errors import AggregatorError
from aggregator.middlewares import retry_after_seconds

logger = logging.getLogger(__name__)

SCHEDULER = "aggregator.frontier.SharedScheduler"
_SCHEMES = frozenset({"redis", "rediss", "unix"})
KEEP_ROUND_KEYS = 2 * 24 * 3600  # s: a round nobody closes (every worker died) is not kept forever
_POLL = 0.25  # s: how often an idle worker looks at a site's queue again
_LEASE_POLL = 0.05  # s: how often a request waiting for the site's lease asks again


class BadRedisURL(AggregatorError):
    """AGGREGATOR_REDIS_URL is not a Redis URL (bad input: exit status 2)."""


class FrontierError(AggregatorError):
    """The Redis server cannot be used (exit status 1)."""


def parse_redis_url(url: str) -> str:
    """*url* when it is a Redis URL (``redis://``, ``rediss://``, ``unix://``) that names a host
    or socket, a port that is a number and a database that is a number; else BadRedisURL."""
    bad = BadRedisURL(f"AGGREGATOR_REDIS_URL is not a Redis URL: {url!r}")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise bad from None
    if parts.scheme not in _SCHEMES:
        raise bad
    if parts.scheme == "unix":
        if not parts.path:
            raise bad
        return url.strip()
    if not parts.hostname or (port is not None and not 0 < port < 65536):
        raise bad
    database = parts.path.strip("/")
    if database and not database.isdigit():
        raise bad
    return url.strip()


def client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10)


@dataclass(frozen=True, slots=True)
class FrontierConfig:
    url: str
    prefix: str = "aggregator:"
    worker_timeout: float = 60.0  # s without a heartbeat after which a worker counts as dead

    @classmethod
    def from_settings(cls, settings: Any) -> FrontierConfig | None:
        """None when AGGREGATOR_REDIS_URL is empty (one machine); BadRedisURL when it is bad."""
        raw = str(settings.get("AGGREGATOR_REDIS_URL", "") or "").strip()
        if not raw:
            return None
        timeout_raw = str(settings.get("AGGREGATOR_REDIS_WORKER_TIMEOUT", "60") or "60")
        try:
            timeout = float(timeout_raw)
        except ValueError:
            timeout = 0.0
        if not timeout >= 2:
            raise BadRedisURL(
                f"AGGREGATOR_REDIS_WORKER_TIMEOUT must be a number of seconds >= 2, "
                f"got {timeout_raw!r}"
            )
        prefix = str(settings.get("AGGREGATOR_REDIS_PREFIX", "aggregator:") or "aggregator:")
        return cls(parse_redis_url(raw), prefix, timeout)


# --- rounds -------------------------------------------------------------------------------------

# Join the current round, or open one. A round whose members are all dead (every worker of it
# was killed) is left behind: its id comes back as the second value, for the joiner to settle.
_JOIN = """
local prefix, worker, new_id, ttl = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local current = redis.call('GET', prefix .. 'round')
local stale = false
if current then
  local alive = false
  for _, member in ipairs(redis.call('SMEMBERS', prefix .. 'round:' .. current .. ':members')) do
    if redis.call('EXISTS', prefix .. 'round:' .. current .. ':alive:' .. member) == 1 then
      alive = true
    end
  end
  if not alive then stale = current; current = false end
end
if not current then
  current = new_id
  redis.call('SET', prefix .. 'round', current)
end
local base = prefix .. 'round:' .. current
redis.call('SADD', base .. ':members', worker)
redis.call('SET', base .. ':alive:' .. worker, '1', 'PX', math.floor(ttl * 1000))
return {current, stale}
"""

# Leave the round; the last worker alive closes it (a new crawlall opens the next) and gets the
# dead members back, whose journals it settles.
_LEAVE = """
local prefix, id, worker = ARGV[1], ARGV[2], ARGV[3]
local base = prefix .. 'round:' .. id
redis.call('SREM', base .. ':members', worker)
redis.call('DEL', base .. ':alive:' .. worker)
local dead = {}
for _, member in ipairs(redis.call('SMEMBERS', base .. ':members')) do
  if redis.call('EXISTS', base .. ':alive:' .. member) == 1 then return {0} end
  table.insert(dead, member)
end
if redis.call('GET', prefix .. 'round') == id then redis.call('DEL', prefix .. 'round') end
return {1, unpack(dead)}
"""

_HEARTBEAT = """
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[2])
end
return 1
"""


def worker_name() -> str:
    """host:pid:random, so two workers never share a journal, on one machine or several."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass
class Round:
    """This worker's place in a round (``Frontier.join``)."""

    frontier: Frontier
    id: str
    worker: str
    stale: str = ""  # a round left behind by workers that all died: settle it first
    _heartbeat: Any = field(default=None, repr=False)

    @property
    def started(self) -> datetime:
        """When the round was opened (its id starts with that time, UTC, to the second)."""
        try:
            return datetime.strptime(self.id[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            return datetime.min.replace(tzinfo=UTC)

    def crawler_settings(self, settings: Any) -> dict[str, Any]:
        """What each site's Crawler needs to crawl from the round's shared frontier."""
        return {
            **politeness_settings(settings),
            "SCHEDULER": SCHEDULER,
            "AGGREGATOR_REDIS_ROUND": self.id,
            "AGGREGATOR_REDIS_WORKER": self.worker,
        }

    def start_heartbeat(self) -> None:
        """Refresh this worker's heartbeat from the reactor (a hung worker stops refreshing it
        too, and the others stop waiting for it)."""
        self.beat()
        call = create_looping_call(self.beat)
        call.start(max(1.0, self.frontier.config.worker_timeout / 6), now=False)
        self._heartbeat = call

    def beat(self) -> None:
        keys = self.frontier.keys(self.id)
        try:
            self.frontier.server.eval(
                _HEARTBEAT,
                2,
                keys.alive(self.worker),
                keys.members,
                self.worker,
                int(self.frontier.config.worker_timeout * 1000),
            )
        except redis.RedisError as exc:
            logger.warning("frontier: heartbeat failed: %s", exc)

    def leave(self) -> tuple[bool, list[str]]:
        """Leave the round: (last, dead workers) — *last* when no other worker is alive, and then
        the round is closed: the next crawlall opens a new one."""
        if self._heartbeat is not None and self._heartbeat.running:
            self._heartbeat.stop()
        reply = self.frontier.server.eval(
            _LEAVE, 0, self.frontier.config.prefix, self.id, self.worker
        )
        last = bool(int(reply[0]))
        return last, [_text(member) for member in reply[1:]]


@dataclass(frozen=True, slots=True)
class RoundKeys:
    prefix: str
    round: str

    @property
    def base(self) -> str:
        return f"{self.prefix}round:{self.round}"

    @property
    def members(self) -> str:
        return f"{self.base}:members"

    @property
    def sites(self) -> str:
        return f"{self.base}:sites"

    def alive(self, worker: str) -> str:
        return f"{self.base}:alive:{worker}"

    def site(self, site: str) -> str:
        return f"{self.base}:site:{site}"

    def taken(self, site: str, worker: str) -> str:
        return f"{self.site(site)}:taken:{worker}"


@dataclass(frozen=True, slots=True)
class Abandoned:
    """A request a dead worker had taken from the round's queue of *site*."""

    site: str
    url: str
    kind: str  # aggregator_kind: article, feed, sitemap, listing
    key: str  # the canonical URL the crawl state knows an article by
    data: bytes = b""  # the request as the queue holds it


class Frontier:
    """A connection to the frontier's Redis server."""

    def __init__(self, config: FrontierConfig, server: redis.Redis | None = None) -> None:
        self.config = config
        self.server = server or client(config.url)

    @classmethod
    def connect(cls, config: FrontierConfig) -> Self:
        frontier = cls(config)
        try:
            frontier.server.ping()
        except redis.RedisError as exc:
            where = urlsplit(config.url)._replace(netloc=urlsplit(config.url).hostname or "")
            raise FrontierError(
                f"cannot reach the Redis server of AGGREGATOR_REDIS_URL ({where.geturl()}): "
                f"{str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}"
            ) from exc
        return frontier

    def keys(self, round_id: str) -> RoundKeys:
        return RoundKeys(self.config.prefix, round_id)

    def join(self, worker: str | None = None) -> Round:
        worker = worker or worker_name()
        new_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        reply = self.server.eval(
            _JOIN, 0, self.config.prefix, worker, new_id, self.config.worker_timeout
        )
        current, stale = _text(reply[0]), reply[1]
        return Round(self, current, worker, _text(stale) if stale else "")

    def members(self, round_id: str) -> list[str]:
        return sorted(_text(m) for m in self.server.smembers(self.keys(round_id).members))

    def abandoned(self, round_id: str, workers: list[str] | None = None) -> list[Abandoned]:
        """What *workers* (default: every member) had taken and not finished, from their
        journals; requests that cannot be read are skipped with a warning."""
        keys = self.keys(round_id)
        workers = self.members(round_id) if workers is None else workers
        found = []
        for site in sorted(_text(s) for s in self.server.smembers(keys.sites)):
            for worker in workers:
                for data in self.server.hvals(keys.taken(site, worker)):
                    try:
                        # Our own queue's requests, pickled by scrapy-redis: the Redis server
                        # must be one only the workers can write to (README "Scaling out").
                        request = pickle.loads(data)
                        meta = request.get("meta") or {}
                        url = str(request["url"])
                    except Exception as exc:  # noqa: BLE001 - a damaged entry loses one URL only
                        logger.warning("frontier: unreadable journal entry of %s: %s", site, exc)
                        continue
                    kind = str(meta.get("aggregator_kind") or "other")
                    key = str(meta.get("aggregator_url") or url)
                    found.append(Abandoned(site, url, kind, key, data))
        return found

    def hand_over(self, requests: list[Abandoned]) -> None:
        """Feeds, sitemaps and listing pages a dead worker had taken: the next round's queue of
        their site starts with them (what they show may never have been asked for; a listing
        page 2 is no start point)."""
        pipe = self.server.pipeline()
        for request in requests:
            pipe.rpush(self.handover_key(request.site), request.data)
        pipe.execute()

    def handover_key(self, site: str) -> str:
        return f"{self.config.prefix}handover:{site}"

    def clear(self, round_id: str) -> int:
        """Delete every key of the round (after it is settled)."""
        deleted = 0
        for batch in _batches(self.server.scan_iter(f"{self.keys(round_id).base}:*", count=500)):
            deleted += self.server.delete(*batch)
        return deleted


def _batches(keys: Iterator[Any], size: int = 500) -> Iterator[list[Any]]:
    batch = []
    for key in keys:
        batch.append(key)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


# --- the scheduler: scrapy-redis's queue and filter, per site and per round ----------------------

# Pop the first request of the site's queue and, in the same step, mark this worker busy with
# the site and write the request in its journal: a worker killed right after it still leaves a
# trace of what it took.
_POP = """
local items = redis.call('ZRANGE', KEYS[1], 0, 0)
if #items == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[3], redis.sha1hex(items[1]), items[1])
return items[1]
"""

# After this worker went idle on a site: 1 when the site's round is not over (requests queued,
# or another worker alive that may still add some), 0 when this worker may close the site.
_IDLE = """
redis.call('SREM', KEYS[2], ARGV[1])
if redis.call('ZCARD', KEYS[1]) > 0 then return 1 end
for _, member in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if redis.call('EXISTS', ARGV[2] .. member) == 1 then return 1 end
end
return 0
"""


class SiteDupeFilter(RFPDupeFilter):
    """scrapy-redis's filter, keyed on what the spider says identifies an article (its
    canonical URL, or the site's article id) rather than the URL as a source wrote it: two
    workers that meet one story under two spellings fetch it once."""

    def request_fingerprint(self, request: Request) -> str:
        key = request.meta.get("aggregator_dupe_key")
        if key:
            return hashlib.sha1(f"article\0{key}".encode()).hexdigest()
        return str(super().request_fingerprint(request))


class _Queue(PriorityQueue):
    """scrapy-redis's priority queue, popped together with the lease and journal (``_POP``)."""

    def pop_taken(self, busy: str, journal: str, worker: str) -> Request | None:
        data = self.server.eval(_POP, 3, self.key, busy, journal, worker)
        return self._decode_request(data) if data else None


class SharedScheduler(Scheduler):
    """The round's queue and duplicate filter of one site, in Redis.

    Not flushed when the crawl closes (scrapy-redis's default): other workers may still use
    them; the round's last worker deletes them. While the queue is empty but another worker is
    still busy with the site (it may find more), the crawl stays open and polls."""

    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        config = FrontierConfig.from_settings(settings)
        round_id = settings.get("AGGREGATOR_REDIS_ROUND")
        if config is None or not round_id:
            raise NotConfigured("the shared frontier needs AGGREGATOR_REDIS_URL and a round")
        server = client(config.url)
        scheduler = cls(server=server, persist=True, serializer=picklecompat)
        scheduler.crawler = crawler
        scheduler.stats = crawler.stats
        scheduler.keys = RoundKeys(config.prefix, str(round_id))
        scheduler.worker = str(settings.get("AGGREGATOR_REDIS_WORKER"))
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(scheduler.spider_closed, signal=signals.spider_closed)
        return scheduler

    def open(self, spider: Any) -> None:
        self.spider = spider
        self.site = str(spider.site_id)
        base = self.keys.site(self.site)
        # scrapy-redis formats queue keys with %(spider)s: a '%' of ours must stay a '%'.
        self.queue = _Queue(
            self.server, spider, (base + ":requests").replace("%", "%%"), self.serializer
        )
        self.df = SiteDupeFilter(self.server, key=base + ":seen")
        self.busy_key = base + ":busy"
        self.journal_key = self.keys.taken(self.site, self.worker)
        pipe = self.server.pipeline()
        pipe.sadd(self.keys.sites, self.site)
        for key in (self.keys.sites, self.keys.members):
            pipe.expire(key, KEEP_ROUND_KEYS)
        pipe.execute()
        # Requests a dead worker of an earlier round had taken (Frontier.hand_over): the first
        # worker to open the site takes them into this round's queue, through its filter.
        handover = f"{self.keys.prefix}handover:{self.site}"
        while (data := self.server.lpop(handover)) is not None:
            try:
                request = self.queue._decode_request(data)
            except Exception as exc:  # noqa: BLE001 - a damaged entry loses one request only
                logger.warning("frontier: unreadable handed-over request of %s: %s", self.site, exc)
                continue
            self.stats.inc_value("aggregator/frontier/handed_over")
            self.enqueue_request(request)

    def close(self, reason: str) -> None:
        for key in (self.queue.key, self.df.key, self.busy_key):
            self.server.expire(key, KEEP_ROUND_KEYS)

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            if self.stats:
                self.stats.inc_value("aggregator/frontier/duplicates")
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        request = self.queue.pop_taken(self.busy_key, self.journal_key, self.worker)
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def spider_idle(self) -> None:
        wait = self.server.eval(
            _IDLE, 2, self.queue.key, self.busy_key, self.worker, self.keys.alive("")
        )
        if int(wait):
            # Come back sooner than the engine's 5-second heartbeat: another worker may be
            # adding requests right now.
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None:
                slot.nextcall.schedule(_POLL)
            raise DontCloseSpider

    def spider_closed(self, reason: str) -> None:
        """Cross out this worker's journal of the site: its articles are stored and its URL
        memory saved by now (the store pipeline and the spider close before this handler).
        An interrupted crawl keeps its journal: the round's last worker settles it."""
        if reason == "finished":
            self.server.delete(self.journal_key)
        self.server.srem(self.busy_key, self.worker)


# --- politeness across workers -------------------------------------------------------------------

# One request of a site may start when fewer than ARGV[2] leases are held (expired ones freed)
# and the site's delay since the last start has passed; else the seconds to wait, as a string
# (Lua numbers come back as integers).
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return '-1' end
local next_start = tonumber(redis.call('GET', KEYS[2]) or '0')
if now < next_start then return tostring(next_start - now) end
local ttl = tonumber(ARGV[4])
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('EXPIRE', KEYS[1], math.ceil(ttl))
local delay = tonumber(ARGV[3])
if delay > 0 then
  redis.call('SET', KEYS[2], tostring(now + delay), 'PX', math.ceil(delay * 1000) + 1000)
end
return '0'
"""


# The site asked for a pause (a 429/503 with Retry-After): no worker starts a request before it.
_HOLD = """
local t = redis.call('TIME')
local until_ = tonumber(t[1]) + tonumber(t[2]) / 1000000 + tonumber(ARGV[1])
if until_ > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], tostring(until_), 'PX', math.ceil(tonumber(ARGV[1]) * 1000) + 1000)
end
return 1
"""


def politeness_settings(settings: Any) -> dict[str, Any]:
    """Crawler settings for a worker of a round (one crawler per site): the site's download
    delay is kept by SharedPolitenessMiddleware across the workers (AGGREGATOR_SITE_DELAY), so
    the downloader's own, which would come after it, is off; so is AutoThrottle, whose delay is
    one process's."""
    per_site = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2))
    return {
        "AGGREGATOR_SITE_DELAY": max(0.0, settings.getfloat("DOWNLOAD_DELAY", 0.0)),
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        # A site's crawler takes from the shared queue only what it may start: with Scrapy's 16,
        # the first worker would take most of a site's queue and wait on the leases with it,
        # while the others had nothing to do.
        "CONCURRENT_REQUESTS": per_site,
    }


class SharedPolitenessMiddleware:
    """Per-site concurrency and delay across the workers of a round.

    A request starts only with a lease from the site's Redis semaphore
    (CONCURRENT_REQUESTS_PER_DOMAIN for the site, whatever the number of workers) and once the
    site's download delay (DOWNLOAD_DELAY as configured) has passed since the last start by any
    worker. This middleware is the last one before the download: the downloader's own delay is
    off in a round (``politeness_settings``), else it would space requests after the gate and
    two workers' requests could go out together. A 429/503 with Retry-After holds every worker
    back, up to AGGREGATOR_RETRY_AFTER_MAX. A lease expires after DOWNLOAD_TIMEOUT plus a margin,
    so a killed worker does not keep it for long.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        config = FrontierConfig.from_settings(settings)
        if config is None or not settings.get("AGGREGATOR_REDIS_ROUND"):
            raise NotConfigured  # one machine: no message, Scrapy would log it as a warning
        self.crawler = crawler
        self.server = client(config.url)
        self.prefix = config.prefix
        self.limit = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2))
        self.delay = max(0.0, settings.getfloat("AGGREGATOR_SITE_DELAY", 0.0))
        self.ttl = settings.getfloat("DOWNLOAD_TIMEOUT", 180) + 30
        self.hold_max = settings.getfloat("AGGREGATOR_RETRY_AFTER_MAX", 120.0)
        self.acquire = self.server.register_script(_ACQUIRE)
        self.hold = self.server.register_script(_HOLD)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _keys(self) -> tuple[str, str]:
        site = getattr(self.crawler.spider, "site_id", "") or "?"
        return f"{self.prefix}polite:{site}:leases", f"{self.prefix}polite:{site}:next"

    async def process_request(self, request: Request) -> None:
        lease = uuid.uuid4().hex
        keys = self._keys()
        waited = False
        while True:
            wait = float(self.acquire(keys=keys, args=[lease, self.limit, self.delay, self.ttl]))
            if wait == 0:
                break
            waited = True
            await sleep(_LEASE_POLL if wait < 0 else min(wait, _LEASE_POLL))
        if waited:
            self.crawler.stats.inc_value("aggregator/frontier/polite_waits")
        request.meta["aggregator_lease"] = lease

    def _release(self, request: Request) -> None:
        lease = request.meta.pop("aggregator_lease", None)
        if lease:
            self.server.zrem(self._keys()[0], lease)

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        if response.status in (429, 503):
            asked = retry_after_seconds(
                response.headers.get(b"Retry-After"), date=response.headers.get(b"Date")
            )
            if asked is not None and 0 < asked <= self.hold_max:
                self.hold(keys=[self._keys()[1]], args=[asked])
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        self._release(request)
