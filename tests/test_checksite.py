"""`scrapy checksite URL`: probing the loopback sample homepages, and the starter site file."""

from __future__ import annotations

import pytest

from aggregator.sites import load_site
from tests.conftest import Workspace


@pytest.mark.parametrize(
    ("site", "expect", "pattern"),
    [
        ("mau-tuyenquang", "rss/home.rss", "-(\\d{4,})\\.html$"),  # <link rel="alternate">
        ("mau-quangtri", "sitemap.xml", "-post(\\d+)\\.html$"),  # robots.txt Sitemap: line
        ("mau-tayninh", "tin-tuc/", "-a(\\d+)\\.html$"),  # menu sections only
    ],
)
def test_checksite_finds_start_points_and_writes_a_site_file(
    workspace: Workspace, site: str, expect: str, pattern: str
) -> None:
    out = workspace.root / f"{site}.toml"
    homepage = f"{workspace.server.base}/{site}/"
    result = workspace.scrapy(
        "checksite", homepage, "--write", str(out), "--province", "tay-ninh", "--samples", "2"
    )
    assert f"{homepage}{expect}" in result.stdout
    assert "Sample articles (2 of" in result.stdout
    assert "title: " in result.stdout
    config = load_site(out)  # the starter file is a valid site file
    assert config.homepage == homepage
    assert config.article_id is not None
    assert config.article_id.pattern == pattern
    starts = (*config.feeds, *config.sitemaps, *config.sections)
    assert any(s.endswith(expect) for s in starts)
    assert not any("/video" in s or "/tim-kiem" in s for s in config.sections)


def test_checksite_reports_an_unreachable_homepage(workspace: Workspace) -> None:
    result = workspace.scrapy("checksite", f"{workspace.server.base}/khong-co/", check=False)
    assert result.returncode == 1
    assert "404" in result.stdout
