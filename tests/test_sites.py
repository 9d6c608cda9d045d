"""The site registry: every bundled file loads; a bad file stops the run with one line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from aggregator.errors import SiteConfigError
from aggregator.sites import load_site, load_sites, registry
from aggregator.taxonomy import PROVINCES

GOOD = """
name = "Báo Mẫu"
province = "tuyen-quang"
homepage = "https://baomau.vn/"

[start]
feeds = ["https://baomau.vn/rss/tin-moi.rss"]

[urls]
article = '-a\\d+\\.html$'
article_id = '-a(\\d+)\\.html$'
"""


def write(tmp_path: Path, text: str, name: str = "baomau.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_bundled_site_loads() -> None:
    sites = load_sites()
    assert len(sites) >= 60
    assert {s.province for s in sites.values()} == set(PROVINCES), "every province has a paper"
    assert {"mau-tuyenquang", "mau-tayninh", "mau-quangtri"} <= set(sites)


def test_real_sites_have_no_invented_selectors() -> None:
    # Nobody here has opened the real sites: they must go through the generic path.
    for site in load_sites().values():
        if not site.sample:
            assert not site.selectors.any, site.id


def test_samples_only_with_a_samples_base() -> None:
    assert not any(s.sample for s in registry().values())
    moved = registry(samples_base="http://127.0.0.1:9999")["mau-tayninh"]
    assert moved.sections == ("http://127.0.0.1:9999/mau-tayninh/tin-tuc/",)
    assert moved.domain == "127.0.0.1"


def test_good_file_loads(tmp_path: Path) -> None:
    site = load_site(write(tmp_path, GOOD))
    assert site.id == "baomau"
    assert site.article_id is not None
    assert site.article_id.search("/x-a123.html")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("province =", "provinse ="),
            "field 'provinse': unknown field (did you mean 'province'?)",
        ),
        (("[urls]", "[url]"), "field 'url': unknown field (did you mean 'urls'?)"),
        (
            ("'-a\\d+\\.html$'", "'-a(\\d+\\.html$'"),
            "field 'urls.article': invalid regular expression",
        ),
        (
            ("'-a(\\d+)\\.html$'", "'-a\\d+\\.html$'"),
            "field 'urls.article_id': needs a capturing group",
        ),
        (('"tuyen-quang"', '"ha-giang"'), "field 'province': unknown province 'ha-giang'"),
        (
            ('"https://baomau.vn/rss', '"ftp://baomau.vn/rss'),
            "field 'start.feeds': not an http(s) URL",
        ),
        (("feeds =", "feed ="), "field 'start.feed': unknown field (did you mean 'feeds'?)"),
        (('name = "Báo Mẫu"\n', ""), "field 'name': missing"),
        (("[urls]", "enabled = 'yes'\n[urls]"), "field 'start.enabled': unknown field"),
        (
            ("[urls]", '[categories]\n"xa-hoi" = "doi-song"\n[urls]'),
            "field 'categories.xa-hoi': unknown category 'doi-song'",
        ),
        (
            ("[urls]", '[selectors]\nbody = "div..x"\n[urls]'),
            "field 'selectors.body': invalid CSS selector",
        ),
        (('homepage = "https://baomau.vn/"', 'homepage = "https://baomau.vn/'), "not valid TOML"),
    ],
)
def test_bad_file_names_file_and_field(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(SiteConfigError) as info:
        load_site(path)
    text = str(info.value)
    assert "\n" not in text
    assert text.startswith(str(path))
    assert message in text


def test_bad_site_file_stops_the_run_with_one_line(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("[urls]", "[urls]\nignore = ['(unclosed']"))
    result = subprocess.run(  # noqa: PLW1510 - the exit code is asserted below
        [sys.executable, "-m", "scrapy", "crawlall"],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "AGGREGATOR_SITES_DIR": str(tmp_path),
            "PATH": "/usr/bin:/bin",
            "AGGREGATOR_DB_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        },
        cwd=Path(__file__).parents[1],
    )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "baomau.toml" in line]
    assert errors
    assert "field 'urls.ignore': invalid regular expression" in errors[0]
    assert "Traceback" not in result.stderr
    assert not re.search(r"^\s+File ", result.stderr, re.MULTILINE)


@pytest.mark.parametrize(
    "command",
    [("crawlall",), ("crawl", "news", "-a", "site=baomau"), ("sites",), ("publish",)],
    ids=["crawlall", "crawl-news", "sites", "publish"],
)
def test_every_command_reports_a_bad_site_file_in_one_line(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    write(tmp_path, GOOD.replace("[urls]", "[urls]\nignore = ['(unclosed']"))
    env = {**os.environ, "AGGREGATOR_SITES_DIR": str(tmp_path),
           "AGGREGATOR_DB_URL": f"sqlite:///{tmp_path}/db.sqlite3",
           "AGGREGATOR_FEEDS_DIR": str(tmp_path / "feeds")}  # fmt: skip
    result = subprocess.run(  # noqa: PLW1510 - the exit code is asserted below
        [sys.executable, "-m", "scrapy", *command],
        capture_output=True, text=True, timeout=120, env=env, cwd=Path(__file__).parents[1],
    )  # fmt: skip
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    error = [line for line in result.stderr.splitlines() if "baomau.toml" in line]
    assert len(error) == 1
    assert "field 'urls.ignore': invalid regular expression" in error[0]
