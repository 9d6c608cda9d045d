"""Clocks: ours jumping backwards between runs, and a site's clock years off.

What reads the wall clock (reasoned from the code, then tested): the crawl time (first_seen,
last_seen, the publication date of a page that gives none, the cut-off for future dates), the
run report's times and run id, health ("hours since the last new article"), the dedup window
and the published files' mtimes. Feed dates come from the items, never from the clock.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from pathlib import Path

import feedparser
import pytest

from aggregator.middlewares import retry_after_seconds
from aggregator.samples.build import add_story
from aggregator.samples.content import SAMPLES
from aggregator.samples.server import SITES_ROOT, SampleServer
from tests.conftest import SAMPLE_IDS
from tests.reliability import faultsite as fs
from tests.reliability.conftest import FaultWorld, article_rows, integrity
from tests.reliability.pages import Story, article_html, sitemap

YEAR = 365 * 86400
SHIFT = "tests.reliability.clockshift"


@pytest.mark.parametrize(
    ("value", "date", "expected"),
    [
        (
            "Wed, 01 Jan 2031 00:00:02 GMT",
            "Wed, 01 Jan 2031 00:00:00 GMT",
            2.0,
        ),  # clock years ahead
        ("Mon, 01 Jan 2001 00:02:00 GMT", "Mon, 01 Jan 2001 00:00:00 GMT", 120.0),  # years behind
        ("120", "Wed, 01 Jan 2031 00:00:00 GMT", 120.0),
        ("Wed, 01 Jan 2031 00:00:02 GMT", "not a date", None),  # our own clock: far future
    ],
)
def test_retry_after_date_is_read_against_the_servers_own_date(
    value: str, date: str, expected: float | None
) -> None:
    now = datetime(2025, 12, 1, tzinfo=UTC).timestamp()
    got = retry_after_seconds(value, now=now, date=date)
    if expected is None:
        assert got is not None
        assert got > YEAR
    else:
        assert got == expected


def _feed_dates(feeds: Path) -> list[datetime]:
    dates = []
    for path in feeds.rglob("*.rss"):
        for entry in feedparser.parse(path.read_bytes()).entries:
            for key in ("published_parsed", "updated_parsed"):
                if entry.get(key):
                    dates.append(datetime(*entry[key][:6], tzinfo=UTC))
    for path in feeds.rglob("[!.]*.json"):  # hidden files (publish's own) are not feeds
        for item in json.loads(path.read_bytes())["items"]:
            dates += [datetime.fromisoformat(item[k]) for k in ("date_published", "date_modified")]
    return dates


@pytest.fixture
def skewed(tmp_path: Path) -> Iterator[FaultWorld]:
    """One site whose server clock, article dates and sitemap lastmods are five years ahead."""
    shutil.copytree(SITES_ROOT, tmp_path / "samples")
    with SampleServer(tmp_path / "samples") as samples, fs.FaultServer() as server:
        world = FaultWorld(tmp_path, samples, {"allow": server})
        world.build([fs.Case("clock-ahead", "sitemap", "")])
        site = world.sites["loi-clock-ahead"]
        server.clock_offset = 5 * YEAR
        future = (datetime.now(UTC) + timedelta(days=5 * 365)).isoformat(timespec="seconds")
        stories = [dataclasses.replace(s, published=future) for s in (site.old, site.new)]
        for story in stories:
            server.page(story.path(site.id), article_html(story, "Báo giờ sai").encode())
        server.page(f"/{site.id}/sitemap.xml", sitemap(server.base, site.id, stories), fs.XML)
        # And a rate limit whose Retry-After is two seconds on the server's own clock.
        date = formatdate(datetime.now(UTC).timestamp() + 5 * YEAR + 2, usegmt=True)
        server.fault(stories[1].path(site.id), fs.first_then_ok(fs.status(429, retry_after=date)))
        server.faulty = True
        yield world


def test_a_site_clock_years_ahead_loses_no_story_and_dates_none_in_the_future(
    skewed: FaultWorld,
) -> None:
    started = datetime.now(UTC)
    run = skewed.crawl("-a", "sites=loi-clock-ahead")
    assert run.returncode == 0, run.stderr[-2000:]
    entry = run.site("loi-clock-ahead")
    assert entry["articles"]["new"] == 2, entry  # the 429 was retried after 2 s, not given up
    rows = article_rows(skewed.workspace.db_url)
    assert len(rows) == 2
    ended = datetime.now(UTC) + timedelta(seconds=1)
    for row in rows.values():
        published = datetime.fromisoformat(row["published"]).replace(tzinfo=UTC)
        assert started - timedelta(seconds=1) <= published <= ended
    dates = _feed_dates(skewed.workspace.feeds)
    assert dates
    assert max(dates) <= ended


@pytest.fixture
def samples(tmp_path: Path) -> Iterator[FaultWorld]:
    shutil.copytree(SITES_ROOT, tmp_path / "samples")
    with SampleServer(tmp_path / "samples") as server:
        world = FaultWorld(tmp_path, server, {})
        world.build([])
        yield world


def test_our_clock_jumping_back_between_runs_loses_nothing(samples: FaultWorld) -> None:
    first = samples.crawl()
    assert first.returncode == 0, first.stderr[-2000:]
    before = article_rows(samples.workspace.db_url)
    mtimes = {p: p.stat().st_mtime for p in samples.workspace.feeds.rglob("*") if p.is_file()}
    base = SAMPLES["mau-tuyenquang"][1]
    new: Story = dataclasses.replace(
        base, id="9" + base.id, slug="tin-moi-" + base.slug, title="Tin mới: " + base.title,
        published=datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
    )  # type: ignore[assignment]  # fmt: skip
    add_story(samples.samples.root, "mau-tuyenquang", new)  # type: ignore[arg-type]
    # The machine's clock is set three days back (NTP gone wrong, a restored snapshot).
    second = samples.crawl(via=(SHIFT, str(-3 * 86400)))
    assert second.returncode == 0, second.stderr[-2000:]
    started = datetime.fromisoformat(second.report["started"])
    assert started < datetime.now(UTC) - timedelta(days=2)  # the run did see the wrong clock
    after = article_rows(samples.workspace.db_url)
    assert integrity(samples.workspace.db_url) == "ok"
    assert set(before) < set(after)  # nothing lost, the new story in
    assert len(after) == len(before) + 1
    for url, row in before.items():  # what was stored is untouched, first_seen included
        assert after[url]["first_seen"] == row["first_seen"], url
        assert after[url]["published"] == row["published"], url
    now = datetime.now(UTC) + timedelta(seconds=1)
    assert max(_feed_dates(samples.workspace.feeds)) <= now
    titles = [e.title for e in feedparser.parse(
        (samples.workspace.feeds / "site" / "mau-tuyenquang.rss").read_bytes()).entries]  # fmt: skip
    assert "Tin mới: " + base.title in titles
    # A file that changed was never given an older mtime than it had (readers' If-Modified-Since).
    for path, mtime in mtimes.items():
        assert path.stat().st_mtime >= mtime, path
    # The run history still takes the later run as the last one, whatever its clock said.
    sites = samples.scrapy("sites", "--json")
    assert sites.returncode == 0, sites.stderr[-2000:]
    rows = {r["id"]: r for r in json.loads(sites.stdout)}
    assert all(rows[s]["last_new"] is not None for s in SAMPLE_IDS)
    assert rows["mau-tuyenquang"]["last_new"] == 1
