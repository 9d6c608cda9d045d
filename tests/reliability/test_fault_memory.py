"""Memory stays bounded when a site sends a gzip bomb or an endless page.

The crawl subprocess's peak RSS (wait4's rusage of that one child) in a faulty run, against the
same sites' healthy run in the same test: the bombs (1 MB of gzip that inflates to 1 GiB, as
Content-Encoding and as a ``.xml.gz`` sitemap) and the oversize answers (an endless page, a 50 MB
feed, a sitemap past 50 MiB) may cost at most the limits of settings.py, not their own size.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from aggregator.samples.server import SITES_ROOT, SampleServer
from tests.reliability import faultsite as fs
from tests.reliability.conftest import FaultWorld

BOMBS = ("gzip-bomb", "sitemap-gzip-bomb")
OVERSIZE = ("oversize", "feed-50mb", "sitemap-50mb")
# What the limits allow on top of a healthy run: a 50 MiB sitemap and an 8 MiB page in flight,
# with a copy or two of each while they are read.
HEADROOM_MIB = 200


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultWorld]:
    root = tmp_path_factory.mktemp("memory")
    shutil.copytree(SITES_ROOT, root / "samples")
    with SampleServer(Path(root / "samples")) as samples, fs.FaultServer() as server:
        world = FaultWorld(root, samples, {"allow": server})
        world.build(c for c in fs.CASES if c.name in BOMBS + OVERSIZE)
        yield world


@pytest.fixture(scope="module")
def healthy_rss(world: FaultWorld) -> float:
    run = world.crawl("-a", "sites=" + ",".join(world.sites), "--no-publish")
    assert run.returncode == 0, run.stderr[-2000:]
    return run.max_rss_mib


@pytest.mark.parametrize("names", [BOMBS, OVERSIZE], ids=["bombs", "oversize"])
def test_peak_memory_of_a_faulty_run_is_bounded(
    world: FaultWorld, healthy_rss: float, names: tuple[str, ...]
) -> None:
    world.faulty(True)
    run = world.crawl("-a", "sites=" + ",".join(f"loi-{n}" for n in names), "--no-publish")
    assert run.returncode == 0, run.stderr[-2000:]
    for name in names:
        entry = run.site(f"loi-{name}")
        reason = next(c.reason for c in fs.CASES if c.name == name)
        assert reason in entry["errors"], entry
    print(f"peak RSS: healthy {healthy_rss:.0f} MiB, {'+'.join(names)} {run.max_rss_mib:.0f} MiB")
    assert run.max_rss_mib < healthy_rss + HEADROOM_MIB
